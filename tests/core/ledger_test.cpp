// ledger_test.cpp: the figure ledger (core/ledger.h): grouping on kind, unit, normalised subject and the sides
// named in the sentence; subject normalisation; short names only in capitals; the spread and disagreement; the
// query filters applied through the figure rows; a corpus extended article by article groups as one built whole.
#include "core/ledger.h"
#include "core/query.h"
#include "ledger_corpus.h"

#include <gtest/gtest.h>

namespace ae {
namespace {

using ledger_testing::trade_articles;
using ledger_testing::trade_corpus;

std::vector<uint32_t> all_figures(const Corpus& c) {
  std::vector<uint32_t> rows(c.figures.size());
  for (uint32_t i = 0; i < rows.size(); ++i) rows[i] = i;
  return rows;
}

std::vector<std::string> labels(const LedgerIndex& x, const LedgerRows& r) {
  std::vector<std::string> out;
  for (uint32_t l : r.lines) out.push_back(x.line(l).label);
  return out;
}

TEST(Ledger, SubjectKeyFoldsDropsDeterminersAndSingularises) {
  EXPECT_EQ(ledger_subject_key("The bilateral trades"), "bilateral trade");
  EXPECT_EQ(ledger_subject_key("its EXPORTS"), "export");
  EXPECT_EQ(ledger_subject_key("member countries"), "member country");
  EXPECT_EQ(ledger_subject_key("Kazakhstan’s oil exports"), "kazakhstan oil export");
  EXPECT_EQ(ledger_subject_key("gas"), "gas");
  EXPECT_EQ(ledger_subject_key("trade status"), "trade status");
  EXPECT_EQ(ledger_subject_key("Éxport–import"), "export import");
  EXPECT_EQ(ledger_subject_key(" the "), "");
}

TEST(Ledger, SidesAreTheCorpusNamesAndShortFormsOnlyInCapitals) {
  LedgerIndex x;
  const Corpus c = trade_corpus();
  x.build(c);
  EXPECT_EQ(x.sides_in("It cost us a lot."), std::vector<std::string>{});
  EXPECT_EQ(x.sides_in("The US and the EU agreed."), (std::vector<std::string>{"European Union", "United States"}));
  EXPECT_EQ(x.sides_in("the U.S. and the United States of America"), std::vector<std::string>{"United States"});
  EXPECT_EQ(x.sides_in("Britain, the UK and the United Kingdom"), std::vector<std::string>{"United Kingdom"});
  EXPECT_EQ(x.sides_in("KAZAKHSTAN and china"), std::vector<std::string>{"Kazakhstan"}) << "china is not capitalised";
  EXPECT_EQ(x.sides_in("Kazakhstan’s trade with China"), (std::vector<std::string>{"China", "Kazakhstan"}));
  // A party the extraction got wrong ("About") never names a side; a real one-word party does.
  Corpus d = trade_corpus();
  d.add(ledger_testing::trade_article(9, "2023-06-01",
                                      {{"About 100 firms traded.", "100 firms", "firms", "firms", 100, FigureKind::count}},
                                      {"About", "Oscars"}));
  LedgerIndex y;
  y.build(d);
  EXPECT_EQ(y.sides_in("About 100 firms won 3 Oscars."), std::vector<std::string>{"Oscars"});
}

TEST(Ledger, GroupsOnSubjectSidesKindAndUnit) {
  const Corpus c = trade_corpus();
  LedgerIndex x;
  x.build(c);
  EXPECT_EQ(x.indexed(), c.figures.size());
  ASSERT_EQ(x.size(), 6u);
  LedgerRows r;
  x.rows_for(c, all_figures(c), r);
  EXPECT_EQ(labels(x, r), (std::vector<std::string>{
                              "bilateral trade, Kazakhstan\u2013United States, USD",  // three values first
                              "bilateral trade fees, USD",                           // "us" is no side
                              "bilateral trade, China\u2013Kazakhstan, USD",
                              "bilateral trade, Kazakhstan\u2013United States, EUR",  // another unit, another line
                              "contracts, China\u2013Kazakhstan",                    // the counted noun is not repeated
                              "foreign direct investment, Kazakhstan\u2013United States, USD",  // "U.S." left the subject
                          }));
  const LedgerLine& top = x.line(r.lines[0]);
  EXPECT_EQ(top.subject, "bilateral trade");
  EXPECT_EQ(top.sides, (std::vector<std::string>{"Kazakhstan", "United States"}));
  EXPECT_EQ(top.kind, FigureKind::money);
  EXPECT_EQ(top.key, "money|USD|bilateral trade|kazakhstan,united states");
  EXPECT_EQ(top.figures.size(), 3u);
  // The figure with no subject is in no line.
  for (uint32_t f = 0; f < c.figures.size(); ++f)
    EXPECT_EQ(x.line_of(f) < 0, c.figures[f].subject.len == 0) << f;
  size_t points = 0;
  for (const auto& st : r.stats) points += st.values;
  EXPECT_EQ(points, c.figures.size() - 1);
}

TEST(Ledger, PointsByDateSpreadAndDisagreement) {
  const Corpus c = trade_corpus();
  LedgerIndex x;
  x.build(c);
  LedgerRows r;
  x.rows_for(c, all_figures(c), r);
  ASSERT_FALSE(r.lines.empty());
  const LedgerStats& st = r.stats[0];
  EXPECT_EQ(st.values, 3u);
  EXPECT_EQ(st.articles, 3u);
  EXPECT_EQ(st.dated, 3u);
  EXPECT_DOUBLE_EQ(st.min, 2.1e9);
  EXPECT_DOUBLE_EQ(st.max, 3e9);
  EXPECT_DOUBLE_EQ(st.median, 2.6e9);
  EXPECT_NEAR(st.spread, 0.9 / 2.6, 1e-12);
  EXPECT_TRUE(st.disagree) << "2.1 and 2.6 billion ten days apart";
  const Range span = r.spans[0];
  ASSERT_EQ(span.count, 3u);
  std::vector<std::string> days;
  for (uint32_t i = span.begin; i < span.end(); ++i) days.push_back(day_string(r.points[i].day));
  EXPECT_EQ(days, (std::vector<std::string>{"2023-01-10", "2023-01-20", "2024-02-01"}));
  EXPECT_DOUBLE_EQ(r.points[span.begin].value, 2.1e9);
  std::vector<bool> conflicts;
  for (uint32_t i = span.begin; i < span.end(); ++i) conflicts.push_back(r.points[i].conflict);
  EXPECT_EQ(conflicts, (std::vector<bool>{true, true, false})) << "the two January values, not the 2024 one";
  // One value: no spread, no disagreement; an undated point is kept.
  const size_t china = r.find(uint32_t(x.find("money|USD|bilateral trade|china,kazakhstan")));
  ASSERT_NE(china, SIZE_MAX);
  EXPECT_EQ(r.stats[china].values, 1u);
  EXPECT_EQ(r.stats[china].dated, 0u);
  EXPECT_EQ(r.points[r.spans[china].begin].day, kNoDay);
  EXPECT_EQ(r.stats[china].spread, 0);
  EXPECT_FALSE(r.stats[china].disagree);
}

TEST(Ledger, AgreeingSourcesAndFarApartDatesDoNotDisagree) {
  using ledger_testing::trade_article;
  Corpus c;
  const auto fig = [](double v) {
    return ledger_testing::Fig{"Bilateral trade between Kazakhstan and the U.S. reached $2 billion.", "$2 billion",
                               "bilateral trade", "USD", v};
  };
  c.add(trade_article(0, "2023-01-10", {fig(2.0e9)}, {"Kazakhstan", "United States"}));
  c.add(trade_article(1, "2023-01-12", {fig(2.04e9)}));  // 2% apart: the same figure, rounded differently
  c.add(trade_article(2, "2023-06-01", {fig(2.5e9)}));   // months later: the figure moved, no disagreement
  LedgerIndex x;
  x.build(c);
  LedgerRows r;
  x.rows_for(c, all_figures(c), r);
  ASSERT_EQ(r.lines.size(), 1u);
  EXPECT_EQ(r.stats[0].values, 3u);
  EXPECT_FALSE(r.stats[0].disagree);
  EXPECT_NEAR(r.stats[0].spread, 0.5 / 2.04, 1e-12);
}

TEST(Ledger, AQuantityNamesSomebodyOrSaysMoreThanItsUnit) {
  using ledger_testing::Fig;
  using ledger_testing::trade_article;
  Corpus c;
  c.add(trade_article(0, "2023-01-10",
                      {{"About 103 people came.", "103 people", "people", "people", 103, FigureKind::count},
                       {"Sales saw a rise of 4%.", "4%", "rise", "%", 4, FigureKind::percent},
                       {"It sold 300 new electric cars.", "300 new electric cars", "new electric cars", "cars", 300,
                        FigureKind::count},
                       {"Kazakhstan hired 50 teachers.", "50 teachers", "teachers", "teachers", 50, FigureKind::count}},
                      {"Kazakhstan"}));
  LedgerIndex x;
  x.build(c);
  const uint32_t f = c.articles[0].figures.begin;
  EXPECT_EQ(x.line_of(f), -1) << "'people' says no more than its unit";
  EXPECT_EQ(x.line_of(f + 1), -1) << "a rise of what?";
  ASSERT_GE(x.line_of(f + 2), 0);
  EXPECT_EQ(x.line(uint32_t(x.line_of(f + 2))).label, "new electric cars");
  ASSERT_GE(x.line_of(f + 3), 0);
  EXPECT_EQ(x.line(uint32_t(x.line_of(f + 3))).label, "teachers, Kazakhstan") << "one word, but it names somebody";
  c.add(trade_article(1, "2023-02-10", {{"The film won 3 Oscars.", "3 Oscars", "Oscars", "Oscars", 3, FigureKind::count}},
                      {"Oscars"}));
  x.build(c);
  const int64_t oscars = x.line_of(c.articles[1].figures.begin);
  ASSERT_GE(oscars, 0);
  EXPECT_EQ(x.line(uint32_t(oscars)).label, "Oscars") << "not 'Oscars, Oscars'";
  // A generic counted noun says nothing even with a side: hurt people and a population are no one quantity.
  c.add(trade_article(2, "2023-03-10",
                      {{"In Kazakhstan 5 people were hurt.", "5 people", "people", "people", 5, FigureKind::count},
                       {"Kazakhstan has 19 million people.", "19 million people", "people", "people", 19e6,
                        FigureKind::count},
                       {"Kazakhstan was hit 3 times.", "3 times", "times", "times", 3, FigureKind::count}},
                      {"Kazakhstan"}));
  x.build(c);
  for (uint32_t f = c.articles[2].figures.begin; f < c.articles[2].figures.end(); ++f)
    EXPECT_EQ(x.line_of(f), -1) << f;
}

TEST(Ledger, StatsOfUnorderedPointsAndOneArticleWithTwoValues) {
  const Corpus c = ledger_testing::trade_corpus();
  const uint32_t a0 = c.articles[0].figures.begin, a2 = c.articles[2].figures.begin, a4 = c.articles[4].figures.begin;
  const int32_t d = day_number("2023-01-10");
  // Two values of one article on one day never disagree with each other; a third article's does.
  LedgerStats st = ledger_stats({{a2, 3e9, d}, {a2 + 1, 12, d}}, c);
  EXPECT_FALSE(st.disagree);
  EXPECT_EQ(st.articles, 1u);
  st = ledger_stats({{a2, 3e9, d}, {a2 + 1, 12, d}, {a4, 12.1, d + 40}, {a0, 2.9e9, d + 20}}, c);
  EXPECT_TRUE(st.disagree) << "12 (article 2) and 2.9e9 (article 0) twenty days apart";
  EXPECT_EQ(st.articles, 3u);
  EXPECT_EQ(st.dated, 4u);
  EXPECT_DOUBLE_EQ(st.median, (12.1 + 2.9e9) / 2);
}

TEST(Ledger, TheQueryFiltersApplyThroughTheFigureRows) {
  const Corpus c = trade_corpus();
  LedgerIndex x;
  x.build(c);
  QueryEngine e;
  e.attach(c);
  std::vector<uint32_t> rows;
  Query q;
  q.date_from = "2024";
  e.filter(ItemKind::figure, q, Sort{}, rows);
  LedgerRows r;
  x.rows_for(c, rows, r);
  EXPECT_EQ(labels(x, r), (std::vector<std::string>{"bilateral trade, Kazakhstan\u2013United States, USD",
                                                    "contracts, China\u2013Kazakhstan"}));
  EXPECT_EQ(r.stats[0].values, 1u);
  EXPECT_DOUBLE_EQ(r.stats[0].min, 3e9);
  EXPECT_FALSE(r.stats[0].disagree) << "the disagreeing sources are filtered out";
  q = Query{};
  q.text = "euros";
  e.filter(ItemKind::figure, q, Sort{}, rows);
  x.rows_for(c, rows, r);
  EXPECT_EQ(labels(x, r), std::vector<std::string>{"bilateral trade, Kazakhstan\u2013United States, EUR"});
  e.filter(ItemKind::figure, Query{.text = "nothing-matches"}, Sort{}, rows);
  x.rows_for(c, rows, r);
  EXPECT_TRUE(r.lines.empty());
  EXPECT_TRUE(r.points.empty());
}

TEST(Ledger, ExtendedArticleByArticleGroupsAsBuiltWhole) {
  const Corpus whole = trade_corpus();
  LedgerIndex built;
  built.build(whole);
  Corpus c;
  LedgerIndex x;
  for (const ArticleRecord& a : trade_articles()) {
    c.add(a);
    x.extend(c);
  }
  ASSERT_EQ(x.size(), built.size());
  for (uint32_t l = 0; l < x.size(); ++l) {
    EXPECT_EQ(x.line(l).key, built.line(l).key);
    EXPECT_EQ(x.line(l).figures, built.line(l).figures);
  }
  // Another corpus (or a shrunk one) starts over.
  Corpus small;
  small.add(trade_articles()[0]);
  x.extend(small);
  EXPECT_EQ(x.size(), 1u);
  EXPECT_EQ(x.indexed(), 1u);
}

TEST(Ledger, WithoutTheTextOnlyTheSubjectCounts) {
  std::vector<ArticleRecord> articles = trade_articles();
  Corpus c;
  for (ArticleRecord a : articles) {
    a.paragraphs.clear();  // a stripped corpus before its text file arrives
    a.text_ref = "texts-00000.json";
    c.add(a);
  }
  LedgerIndex x;
  x.build(c);
  LedgerRows r;
  x.rows_for(c, all_figures(c), r);
  ASSERT_FALSE(r.lines.empty());
  EXPECT_EQ(x.line(r.lines[0]).label, "bilateral trade, USD");
  EXPECT_EQ(r.stats[0].values, 4u);  // the US and China lines meet: nothing says which pair
  EXPECT_EQ(x.line(uint32_t(x.line_of(c.articles[5].figures.begin))).label,
            "foreign direct investment, United States, USD");
}

}  // namespace
}  // namespace ae
