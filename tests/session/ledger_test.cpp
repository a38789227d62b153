// The figure ledger panel (issue 16, part 4): a panel that is no kind table. Its tab shows the ledger over the
// figures, the link says panel=ledger, a point is a figure selection (sel=) whose sentence the reader opens, the
// filters narrow the lines, a kind tab leaves the ledger, and the state JSON publishes the lines and the
// selected line with its points.
#include "../core/ledger_corpus.h"
#include "fake_platform.h"

namespace ae::session::testing {
namespace {

using SessionLedger = SessionFixture;

void load_trade(SessionFixture& f, std::string hash = {}) {
  f.platform.hash = std::move(hash);
  f.start_with();
  answer(f.s, f.platform, "data/corpus.json", write_corpus(ledger_testing::trade_corpus()));
  f.settle();
}

std::vector<std::string> line_labels(const Session& s) {
  std::vector<std::string> out;
  for (uint32_t l : s.ledger_rows.lines) out.push_back(s.ledger_index.line(l).label);
  return out;
}

TEST_F(SessionLedger, TheTabShowsTheLedgerAndTheLinkSaysSo) {
  load_trade(*this);
  EXPECT_EQ(s.ledger_index.indexed(), 0u) << "not built until the ledger is shown";
  Intents show;
  show.show_ledger = true;
  frame(show);
  EXPECT_TRUE(s.ledger);
  EXPECT_EQ(s.panel, ItemKind::figure);
  EXPECT_EQ(s.ledger_index.indexed(), s.corpus.figures.size());
  ASSERT_EQ(s.ledger_rows.lines.size(), 6u);
  EXPECT_EQ(line_labels(s)[0], "bilateral trade, Kazakhstan\u2013United States, USD");
  EXPECT_EQ(s.link_fragment, "#v=1&panel=ledger");
  EXPECT_EQ(selected_ledger_row(s), -1);
  const std::string json = state_json(s, "");
  EXPECT_NE(json.find("{\"panel\":\"ledger\","), std::string::npos) << json;
  EXPECT_NE(json.find("\"ledger\":{\"count\":6,\"figures\":8,\"lines\":[{\"key\":\"money|USD|bilateral "
                      "trade|kazakhstan,united states\",\"label\":\"bilateral trade, Kazakhstan\u2013United States, "
                      "USD\",\"subject\":\"bilateral trade\",\"sides\":[\"Kazakhstan\",\"United States\"],\"kind\":"
                      "\"money\",\"unit\":\"USD\",\"values\":3,\"articles\":3,\"dated\":3,\"min\":2100000000,"
                      "\"max\":3000000000,\"median\":2600000000,\"spread\":0.346154,\"disagree\":true}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("],\"selected\":null}"), std::string::npos) << json;

  // A kind tab leaves the ledger; its state is null again.
  Intents figures;
  figures.set_panel = true;
  figures.panel = ItemKind::figure;
  frame(figures);
  EXPECT_FALSE(s.ledger);
  EXPECT_EQ(s.link_fragment, "#v=1&panel=figures");
  EXPECT_NE(state_json(s, "").find("\"ledger\":null"), std::string::npos);
}

TEST_F(SessionLedger, APointIsAFigureWhoseSentenceTheReaderOpens) {
  load_trade(*this);
  Intents show;
  show.show_ledger = true;
  frame(show);
  const Range span = s.ledger_rows.spans[0];
  const uint32_t second = s.ledger_rows.points[span.begin + 1].figure;  // 2.6 billion, 2023-01-20
  const uint64_t scrolls = s.reader_scroll;
  Intents click;
  click.select = true;
  click.selection = Selection{true, ItemKind::figure, second};
  click.scroll_reader = true;
  frame(click);
  EXPECT_TRUE(s.ledger) << "a point keeps the ledger";
  EXPECT_EQ(selected_ledger_row(s), 0);
  EXPECT_GT(s.reader_scroll, scrolls);
  EXPECT_EQ(reader_article(s), 1u);
  const std::string article(s.corpus.str(s.corpus.articles[1].id)), item(s.corpus.str(s.corpus.figures[second].id));
  EXPECT_EQ(s.link_fragment, "#v=1&panel=ledger&sel=" + article + "/" + item);
  const std::string json = state_json(s, "");
  EXPECT_NE(json.find("\"sentenceText\":\"Kazakhstan\u2013US bilateral trade was $2.6 billion, the ministry said.\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"points\":[{\"article\":"), std::string::npos) << json;
  EXPECT_NE(json.find("{\"article\":\"" + article + "\",\"item\":\"" + item +
                      "\",\"text\":\"$2.6 billion\",\"value\":2600000000,\"date\":\"2023-01-20\",\"conflict\":true}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"at\":1}}"), std::string::npos) << json;

  // Selecting an item of another kind leaves the ledger for that kind's table.
  Intents person;
  person.select = true;
  person.selection = Selection{true, ItemKind::agreement, 0};
  frame(person);
  EXPECT_FALSE(s.ledger);
  EXPECT_EQ(s.panel, ItemKind::agreement);
}

TEST_F(SessionLedger, TheLinkRestoresTheLedgerAndItsPointAndFiltersNarrowIt) {
  const Corpus c = ledger_testing::trade_corpus();
  const uint32_t fig = c.articles[2].figures.begin;  // $3 billion, 2024-02-01
  const std::string link = "#v=1&panel=ledger&sel=" + std::string(c.str(c.articles[2].id)) + "/" +
                           std::string(c.str(c.figures[fig].id)) + "&dates=2024..";
  load_trade(*this, link);
  EXPECT_TRUE(s.ledger);
  EXPECT_TRUE(s.link_ignored.empty());
  EXPECT_EQ(s.link_fragment, link);
  EXPECT_EQ(line_labels(s), (std::vector<std::string>{"bilateral trade, Kazakhstan\u2013United States, USD",
                                                      "contracts, China\u2013Kazakhstan"}));
  EXPECT_EQ(selected_ledger_row(s), 0);
  EXPECT_EQ(s.ledger_rows.stats[0].values, 1u) << "the date range keeps one of the three values";
  // Clearing the filters brings the other values back; the point stays selected.
  Intents clear;
  clear.clear_filters = true;
  frame(clear);
  EXPECT_EQ(s.ledger_rows.lines.size(), 6u);
  EXPECT_EQ(s.ledger_rows.stats[size_t(selected_ledger_row(s))].values, 3u);
  // Back to an old link: no ledger.
  on_hash_change(s, "#v=1&panel=figures");
  settle();
  EXPECT_FALSE(s.ledger);
  EXPECT_EQ(s.panel, ItemKind::figure);
}

TEST_F(SessionLedger, ANewCorpusRebuildsTheLedger) {
  load_trade(*this, "#v=1&panel=ledger");
  ASSERT_EQ(s.ledger_rows.lines.size(), 6u);
  Corpus small;
  small.add(ledger_testing::trade_articles()[3]);
  drop_file(s, "small.json", write_corpus(small));
  settle();
  EXPECT_EQ(line_labels(s), std::vector<std::string>{"bilateral trade, USD"})
      << "China is no side in a corpus that never names it";
}

}  // namespace
}  // namespace ae::session::testing
