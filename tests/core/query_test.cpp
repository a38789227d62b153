// query_test.cpp: filter semantics (topics OR, text AND, figure kinds, article), facet counts, sort order,
// incremental narrowing while typing, and RFC 4180 CSV escaping.
#include "core/query.h"

#include <gtest/gtest.h>

#include <random>

namespace ae {
namespace {

Evidence ev(uint32_t p = 0) { return Evidence{p, {0, 10}, {0, 5}}; }

FigureRecord figure(std::string id, std::string text, double value, std::string unit, FigureKind kind,
                    std::string subject, std::vector<std::string> topics) {
  FigureRecord f;
  f.id = std::move(id);
  f.text = std::move(text);
  f.value = value;
  f.unit = std::move(unit);
  f.kind = kind;
  f.subject = std::move(subject);
  f.evidence = ev();
  f.topics = std::move(topics);
  return f;
}

PersonRecord person(std::string id, std::string name, std::string role, std::vector<std::string> topics) {
  PersonRecord p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.role = std::move(role);
  p.mentions = {ev()};
  p.topics = std::move(topics);
  return p;
}

// Two articles; topics: trade, investment, aviation.
Corpus sample() {
  Corpus c;
  c.add_topic("trade", "Trade");
  c.add_topic("investment", "Investment");
  c.add_topic("aviation", "Aviation");
  ArticleRecord a;
  a.id = "a-0000000000000001";
  a.title = "Trade talks";
  a.paragraphs = {"Bilateral trade reached $2.1 billion, a 57 percent increase."};
  a.figures = {figure("f-2-1-billion", "$2.1 billion", 2.1e9, "USD", FigureKind::money, "bilateral trade", {"trade"}),
               figure("f-57-percent", "57 percent", 57, "%", FigureKind::percent, "increase", {"trade"}),
               figure("f-31-23-billion", "$31.23 billion", 31.23e9, "USD", FigureKind::money, "investments",
                      {"investment"}),
               figure("f-1-100-miles", "1,100 miles", 1100, "mi", FigureKind::measure, "border", {})};
  a.people = {person("p-mike-pompeo", "Mike Pompeo", "Secretary of State", {"trade", "aviation"}),
              person("p-kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "President", {"investment"})};
  c.add(a);
  ArticleRecord b;
  b.id = "a-0000000000000002";
  b.title = "Flights";
  b.paragraphs = {"Airlines will add 12 flights worth €500 million."};
  b.figures = {figure("f-12-flights", "12 flights", 12, "flights", FigureKind::count, "direct flights", {"aviation"}),
               figure("f-500-million", "€500 million", 5e8, "EUR", FigureKind::money, "flights", {"aviation", "trade"})};
  b.people = {person("p-nursultan-nazarbayev", "Nursultan Nazarbáyev", "First President", {})};
  c.add(b);
  return c;
}

std::vector<std::string> ids(const Corpus& c, ItemKind k, const std::vector<uint32_t>& rows) {
  std::vector<std::string> out;
  for (uint32_t r : rows) {
    Str id = k == ItemKind::figure ? c.figures[r].id : c.people[r].id;
    out.emplace_back(c.str(id));
  }
  return out;
}

uint32_t topic(const Corpus& c, std::string_view id) { return *c.find_topic(id); }

TEST(Query, EmptyQueryReturnsEverythingInCorpusOrder) {
  Corpus c = sample();
  QueryEngine q;
  q.attach(c);
  std::vector<uint32_t> rows;
  q.filter(ItemKind::figure, Query{}, Sort{}, rows);
  EXPECT_EQ(ids(c, ItemKind::figure, rows),
            (std::vector<std::string>{"f-2-1-billion", "f-57-percent", "f-31-23-billion", "f-1-100-miles",
                                      "f-12-flights", "f-500-million"}));
}

TEST(Query, TopicsAreOredAmongThemselves) {
  Corpus c = sample();
  QueryEngine q;
  q.attach(c);
  std::vector<uint32_t> rows;
  Query query;
  query.topics = {topic(c, "investment"), topic(c, "aviation")};
  q.filter(ItemKind::figure, query, Sort{}, rows);
  EXPECT_EQ(ids(c, ItemKind::figure, rows),
            (std::vector<std::string>{"f-31-23-billion", "f-12-flights", "f-500-million"}));
}

TEST(Query, TopicsAreAndedWithTextAndKind) {
  Corpus c = sample();
  QueryEngine q;
  q.attach(c);
  std::vector<uint32_t> rows;
  Query query;
  query.topics = {topic(c, "trade")};
  query.text = "BILLION";
  q.filter(ItemKind::figure, query, Sort{}, rows);
  EXPECT_EQ(ids(c, ItemKind::figure, rows), (std::vector<std::string>{"f-2-1-billion"}));
  query.text.clear();
  query.figure_kinds = 1u << unsigned(FigureKind::percent);
  q.filter(ItemKind::figure, query, Sort{}, rows);
  EXPECT_EQ(ids(c, ItemKind::figure, rows), (std::vector<std::string>{"f-57-percent"}));
}

TEST(Query, TextTermsAreAndedCaseInsensitiveAndDiacriticFolded) {
  Corpus c = sample();
  QueryEngine q;
  q.attach(c);
  std::vector<uint32_t> rows;
  Query query;
  query.text = "nazarbayev first";
  q.filter(ItemKind::person, query, Sort{}, rows);
  EXPECT_EQ(ids(c, ItemKind::person, rows), (std::vector<std::string>{"p-nursultan-nazarbayev"}));
  query.text = "NAZARBÁYEV president";
  q.filter(ItemKind::person, query, Sort{}, rows);
  EXPECT_EQ(ids(c, ItemKind::person, rows), (std::vector<std::string>{"p-nursultan-nazarbayev"}));
  query.text = "president";
  q.filter(ItemKind::person, query, Sort{}, rows);
  EXPECT_EQ(rows.size(), 2u);
  query.text = "\"first president\"";
  q.filter(ItemKind::person, query, Sort{}, rows);
  EXPECT_EQ(rows.size(), 1u);
  query.text = "president zzz";
  q.filter(ItemKind::person, query, Sort{}, rows);
  EXPECT_TRUE(rows.empty());
}

TEST(Query, ArticleFilterRestrictsToOneArticle) {
  Corpus c = sample();
  QueryEngine q;
  q.attach(c);
  std::vector<uint32_t> rows;
  Query query;
  query.article = 1;
  q.filter(ItemKind::figure, query, Sort{}, rows);
  EXPECT_EQ(ids(c, ItemKind::figure, rows), (std::vector<std::string>{"f-12-flights", "f-500-million"}));
  query.topics = {topic(c, "trade")};
  q.filter(ItemKind::figure, query, Sort{}, rows);
  EXPECT_EQ(ids(c, ItemKind::figure, rows), (std::vector<std::string>{"f-500-million"}));
  query.article = 7;  // no such article: nothing, not everything
  query.topics.clear();
  q.filter(ItemKind::figure, query, Sort{}, rows);
  EXPECT_TRUE(rows.empty());
}

TEST(Query, FacetCountsIgnoreTopicSelectionButHonourOtherFilters) {
  Corpus c = sample();
  QueryEngine q;
  q.attach(c);
  std::vector<uint32_t> counts;
  Query query;
  query.topics = {topic(c, "aviation")};
  q.facet_counts(ItemKind::figure, query, counts);
  EXPECT_EQ(counts[topic(c, "trade")], 3u);
  EXPECT_EQ(counts[topic(c, "investment")], 1u);
  EXPECT_EQ(counts[topic(c, "aviation")], 2u);
  query.text = "billion";
  q.facet_counts(ItemKind::figure, query, counts);
  EXPECT_EQ(counts[topic(c, "trade")], 1u);
  EXPECT_EQ(counts[topic(c, "investment")], 1u);
  EXPECT_EQ(counts[topic(c, "aviation")], 0u);
}

// facet_counts reuses filter()'s rows when no topic is selected; the counts must equal a fresh computation.
TEST(Query, FacetCountsReusingRowsEqualFreshCounts) {
  Corpus c = sample();
  for (const char* text : {"", "billion", "bil", "zzz"}) {
    Query query;
    query.text = text;
    QueryEngine app_like;  // as the app: filter, then facets
    app_like.attach(c);
    std::vector<uint32_t> rows, reused, fresh;
    app_like.filter(ItemKind::figure, query, Sort{SortColumn::value, true}, rows);
    app_like.facet_counts(ItemKind::figure, query, reused);
    QueryEngine alone;
    alone.attach(c);
    alone.facet_counts(ItemKind::figure, query, fresh);
    EXPECT_EQ(reused, fresh) << "query '" << text << "'";
  }
}

TEST(Query, SortByValueIsNumericWithinUnit) {
  Corpus c = sample();
  QueryEngine q;
  q.attach(c);
  std::vector<uint32_t> rows;
  q.filter(ItemKind::figure, Query{}, Sort{SortColumn::value, false}, rows);
  EXPECT_EQ(ids(c, ItemKind::figure, rows),
            (std::vector<std::string>{"f-57-percent", "f-500-million", "f-12-flights", "f-1-100-miles",
                                      "f-2-1-billion", "f-31-23-billion"}));
  q.filter(ItemKind::figure, Query{}, Sort{SortColumn::value, true}, rows);
  EXPECT_EQ(ids(c, ItemKind::figure, rows),
            (std::vector<std::string>{"f-57-percent", "f-500-million", "f-12-flights", "f-1-100-miles",
                                      "f-31-23-billion", "f-2-1-billion"}));
}

TEST(Query, SortByTextColumnIsCaseInsensitiveAndStable) {
  Corpus c = sample();
  QueryEngine q;
  q.attach(c);
  std::vector<uint32_t> rows;
  q.filter(ItemKind::person, Query{}, Sort{SortColumn::name, false}, rows);
  EXPECT_EQ(ids(c, ItemKind::person, rows),
            (std::vector<std::string>{"p-kassym-jomart-tokayev", "p-mike-pompeo", "p-nursultan-nazarbayev"}));
  q.filter(ItemKind::person, Query{}, Sort{SortColumn::name, true}, rows);
  EXPECT_EQ(ids(c, ItemKind::person, rows),
            (std::vector<std::string>{"p-nursultan-nazarbayev", "p-mike-pompeo", "p-kassym-jomart-tokayev"}));
  // A column of another kind is ignored: corpus order.
  q.filter(ItemKind::person, Query{}, Sort{SortColumn::value, false}, rows);
  EXPECT_EQ(ids(c, ItemKind::person, rows),
            (std::vector<std::string>{"p-mike-pompeo", "p-kassym-jomart-tokayev", "p-nursultan-nazarbayev"}));
}

// Typing one character at a time narrows from the previous result; the answer must equal a fresh engine's.
TEST(Query, IncrementalTypingMatchesFreshEvaluation) {
  Corpus c = sample();
  QueryEngine typing;
  typing.attach(c);
  const std::string typed = "bill tra";
  std::vector<uint32_t> rows, fresh_rows;
  for (size_t n = 0; n <= typed.size(); ++n) {
    Query query;
    query.text = typed.substr(0, n);
    typing.filter(ItemKind::figure, query, Sort{}, rows);
    QueryEngine fresh;
    fresh.attach(c);
    fresh.filter(ItemKind::figure, query, Sort{}, fresh_rows);
    EXPECT_EQ(rows, fresh_rows) << "after typing '" << query.text << "'";
  }
  // Deleting characters (not an extension) must widen again.
  Query query;
  query.text = "bil";
  typing.filter(ItemKind::figure, query, Sort{}, rows);
  EXPECT_EQ(rows.size(), 2u);
}

TEST(Query, TermsSplitOnSpacesAndQuotes) {
  EXPECT_EQ(query_terms("  Trade  \"Open Skies\" deal"), (std::vector<std::string>{"trade", "open skies", "deal"}));
  EXPECT_EQ(query_terms("\"unterminated phr"), (std::vector<std::string>{"unterminated phr"}));
  EXPECT_TRUE(query_terms("   ").empty());
  EXPECT_TRUE(query_terms("\"\"").empty());
}

TEST(Query, SortColumnNamesRoundTrip) {
  for (int i = 0; i <= int(SortColumn::article); ++i) {
    SortColumn back = SortColumn::none;
    ASSERT_TRUE(parse_sort_column(to_string(SortColumn(i)), back)) << i;
    EXPECT_EQ(back, SortColumn(i));
  }
  SortColumn out;
  EXPECT_FALSE(parse_sort_column("bogus", out));
}

TEST(Csv, QuotesOnlyWhenNeededAndDoublesQuotes) {
  EXPECT_EQ(csv_row({"plain", "with,comma", "say \"hi\"", "two\nlines", ""}),
            "plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
  EXPECT_EQ(csv_row({"Tokayev’s ünïcode"}), "Tokayev’s ünïcode\r\n");
  EXPECT_EQ(csv_row({"cr\ronly"}), "\"cr\ronly\"\r\n");
}

}  // namespace
}  // namespace ae
