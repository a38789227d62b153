// ledger_link_test.cpp: the ledger panel in links (docs/links.md): panel=ledger, the selected point as sel=,
// round trips through encode/decode and resolve/describe, and the old panel links unchanged.
#include "core/view_link.h"
#include "ledger_corpus.h"

#include <gtest/gtest.h>

namespace ae {
namespace {

TEST(LedgerLink, PanelLedgerEncodesAndDecodes) {
  View v;
  v.panel = ItemKind::figure;
  v.ledger = true;
  EXPECT_EQ(encode_view(v), "#v=1&panel=ledger");
  DecodedView d = decode_view("#v=1&panel=ledger");
  EXPECT_TRUE(d.ignored.empty());
  EXPECT_TRUE(d.view.ledger);
  EXPECT_EQ(d.view.panel, ItemKind::figure) << "the ledger lines the figures";
  EXPECT_EQ(d.view, v);
}

TEST(LedgerLink, RoundTripWithFiltersAndAPoint) {
  View v;
  v.panel = ItemKind::figure;
  v.ledger = true;
  v.topics = {"trade"};
  v.query = "bilateral";
  v.figure_kinds = 1;  // money
  v.sel_article = "a-0123456789abcdef";
  v.sel_item = "f-2-1-billion-0";
  v.sort = Sort{SortColumn::value, true};
  v.organisation = "kazakhstan";
  v.date_from = "2023";
  v.date_to = "2024-06";
  const std::string f = encode_view(v);
  EXPECT_EQ(f, "#v=1&panel=ledger&topics=trade&q=bilateral&kinds=money&sel=a-0123456789abcdef/f-2-1-billion-0"
               "&sort=value-&dates=2023..2024-06&org=kazakhstan");
  DecodedView d = decode_view(f);
  EXPECT_TRUE(d.ignored.empty());
  EXPECT_EQ(d.view, v);
}

TEST(LedgerLink, OldPanelLinksAreUnchanged) {
  for (const char* f : {"#v=1&panel=figures", "#v=1&panel=people&by=person", "#v=1&panel=photos", "#v=1"}) {
    DecodedView d = decode_view(f);
    EXPECT_TRUE(d.ignored.empty()) << f;
    EXPECT_FALSE(d.view.ledger) << f;
    if (std::string_view(f) != "#v=1") {
      EXPECT_EQ(encode_view(d.view), f);
    }
  }
  EXPECT_EQ(decode_view("#v=1&panel=figures").view.panel, ItemKind::figure);
  DecodedView bad = decode_view("#v=1&panel=ledgers");
  EXPECT_FALSE(bad.view.ledger);
  ASSERT_EQ(bad.ignored.size(), 1u);
  EXPECT_EQ(bad.ignored[0], "unknown panel 'ledgers'");
  // The first panel= counts, as for every key.
  DecodedView twice = decode_view("#v=1&panel=ledger&panel=people");
  EXPECT_TRUE(twice.view.ledger);
  EXPECT_EQ(twice.ignored.size(), 1u);
}

TEST(LedgerLink, ResolvesAgainstACorpusAndDescribesBack) {
  const Corpus c = ledger_testing::trade_corpus();
  View v;
  v.panel = ItemKind::figure;
  v.ledger = true;
  v.sel_article = std::string(c.str(c.articles[1].id));
  v.sel_item = std::string(c.str(c.figures[c.articles[1].figures.begin].id));
  v.date_from = "2023-01";
  std::vector<std::string> ignored;
  const ResolvedView r = resolve_view(c, v, ignored);
  EXPECT_TRUE(ignored.empty());
  EXPECT_TRUE(r.ledger);
  EXPECT_EQ(r.panel, ItemKind::figure);
  ASSERT_TRUE(r.has_selection);
  EXPECT_EQ(r.sel_kind, ItemKind::figure);
  EXPECT_EQ(r.sel_index, c.articles[1].figures.begin);
  EXPECT_EQ(describe_view(c, r), v);
  EXPECT_EQ(decode_view(encode_view(describe_view(c, r))).view, v);
  // A view that says ledger for another panel resolves to the ledger over the figures; a figures sort applies.
  View odd;
  odd.ledger = true;
  odd.panel = ItemKind::person;
  odd.sort = Sort{SortColumn::value, false};
  const ResolvedView o = resolve_view(c, odd, ignored);
  EXPECT_EQ(o.panel, ItemKind::figure);
  EXPECT_EQ(o.sort.column, SortColumn::value);
  EXPECT_TRUE(ignored.empty());
}

}  // namespace
}  // namespace ae
