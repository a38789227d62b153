// query_test.cpp: filter semantics (topics OR, text AND, figure kinds, article), facet counts, sort order,
// incremental narrowing while typing, a generated corpus against a brute-force reference, incremental indexing
// (attach + extend), and RFC 4180 CSV escaping.
#include "core/query.h"

#include "article_gen.h"

#include <gtest/gtest.h>

#include <algorithm>
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

// ------------------------------------------------------------------------------------------- reference
// The semantics of query.h, evaluated item by item on the corpus itself (no index).
bool reference_matches(const Corpus& c, ItemKind k, uint32_t i, const Query& q, bool with_topics) {
  if (q.article >= 0 && c.item_article(k, i) != uint32_t(q.article)) return false;
  if (k == ItemKind::figure && q.figure_kinds != 0 && !(q.figure_kinds & (1u << unsigned(c.figures[i].kind))))
    return false;
  if (with_topics && !q.topics.empty()) {
    bool any = false;
    const Range r = c.item_topics(k, i);
    for (uint32_t j = r.begin; j < r.end() && !any; ++j)
      any = std::find(q.topics.begin(), q.topics.end(), c.refs[j]) != q.topics.end();
    if (!any) return false;
  }
  const std::string_view s = c.str(c.item_search(k, i));
  for (const auto& t : query_terms(q.text))
    if (s.find(t) == std::string_view::npos) return false;
  return true;
}
std::vector<uint32_t> reference_rows(const Corpus& c, ItemKind k, const Query& q) {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < c.item_count(k); ++i)
    if (reference_matches(c, k, i, q, true)) out.push_back(i);
  return out;
}
std::vector<uint32_t> reference_facets(const Corpus& c, ItemKind k, const Query& q) {
  std::vector<uint32_t> counts(c.topics.size(), 0);
  for (uint32_t i = 0; i < c.item_count(k); ++i) {
    if (!reference_matches(c, k, i, q, false)) continue;
    std::vector<bool> seen(c.topics.size(), false);  // an item listing a topic twice counts once
    const Range r = c.item_topics(k, i);
    for (uint32_t j = r.begin; j < r.end(); ++j)
      if (c.refs[j] < counts.size() && !seen[c.refs[j]]) {
        seen[c.refs[j]] = true;
        ++counts[c.refs[j]];
      }
  }
  return counts;
}

// Checks filter, facet_counts and count of every kind against the reference.
void expect_reference(QueryEngine& e, const Corpus& c, const Query& q, const std::string& what) {
  for (int k = 0; k < kItemKinds; ++k) {
    const ItemKind kind = ItemKind(k);
    std::vector<uint32_t> rows, counts;
    e.filter(kind, q, Sort{}, rows);
    const auto want = reference_rows(c, kind, q);
    EXPECT_EQ(rows, want) << what << " kind " << k;
    e.facet_counts(kind, q, counts);
    EXPECT_EQ(counts, reference_facets(c, kind, q)) << what << " kind " << k;
    EXPECT_EQ(e.count(kind, q), want.size()) << what << " kind " << k;
  }
}

std::string describe(const Query& q) {
  std::string s = "text '" + q.text + "' topics";
  for (uint32_t t : q.topics) s += " " + std::to_string(t);
  return s + " kinds " + std::to_string(q.figure_kinds) + " article " + std::to_string(q.article);
}

const char* const kTexts[] = {"",        "t",         "tr",      "trade",    "TRADE astana", "a",
                              "bil",     "billion",   "é",       "zurich",   "\"trade a\"",  "x/y",
                              "Қазақ",   "\"line",    "ctrl",    "memo",     "50%",          "$31",
                              "zzz",     "e t",       "naive",   "\xf0\x9f", "ünïcödé",      "\"\"",
                              "tokayev", "\"tab\"",   "<",       "#1",       "a a",          "quote\""};

// Random queries (text, topics, figure kinds, article) on a generated corpus, each on a fresh engine and on
// one long-lived engine whose remembered term matches must not leak between queries.
TEST(Query, GeneratedCorpusMatchesReference) {
  testing::ArticleGen gen(11);
  const Corpus c = gen.corpus(120);
  QueryEngine shared;
  shared.attach(c);
  for (int n = 0; n < 150; ++n) {
    Query q;
    q.text = kTexts[gen.below(std::size(kTexts))];
    if (gen.chance(30)) q.text += std::string(" ") + kTexts[gen.below(std::size(kTexts))];
    for (size_t t = 0, m = gen.below(3); t < m; ++t) q.topics.push_back(uint32_t(gen.below(c.topics.size() + 1)));
    if (gen.chance(30)) q.figure_kinds = uint8_t(gen.below(256));
    if (gen.chance(20)) q.article = int32_t(gen.below(c.articles.size() + 2));
    expect_reference(shared, c, q, describe(q));
    if (n % 10 == 0) {
      QueryEngine fresh;
      fresh.attach(c);
      expect_reference(fresh, c, q, "fresh " + describe(q));
    }
  }
}

// Typing, erasing and toggling as the app does (the narrowing path), against the reference at every step.
TEST(Query, TypingSequencesMatchReference) {
  testing::ArticleGen gen(5);
  const Corpus c = gen.corpus(80);
  QueryEngine e;
  e.attach(c);
  Query q;
  auto type = [&](std::string_view s) {
    for (size_t i = 0; i < s.size();) {  // whole UTF-8 characters, as the text field delivers them
      size_t n = 1;
      while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
      q.text.append(s.substr(i, n));
      i += n;
      expect_reference(e, c, q, "typed " + describe(q));
    }
  };
  type("tokayev tra");
  q.topics = {*c.find_topic("trade")};
  expect_reference(e, c, q, describe(q));
  q.text.pop_back();  // backspace widens
  expect_reference(e, c, q, describe(q));
  q.text.clear();
  type("Қазақстан \"trade a");
  q.topics.clear();
  q.figure_kinds = 1u << unsigned(FigureKind::money);
  expect_reference(e, c, q, describe(q));
  q.text.clear();
  type("a t e");
  q.article = 3;
  type("x");
}

// A term matches inside one item's search string only: never across the end of one item and the start of
// the next, but across the line break that joins two fields of one item (as a quoted phrase can hold one).
TEST(Query, TermsNeverSpanTwoItems) {
  Corpus c;
  ArticleRecord a;
  a.id = "a-0000000000000001";
  a.title = "t";
  a.paragraphs = {"p"};
  a.people = {person("p-ab", "ab", "", {}), person("p-cd", "cd", "xy", {}), person("p-ef", "ef", "", {})};
  c.add(a);
  QueryEngine e;
  e.attach(c);
  std::vector<uint32_t> rows;
  auto people = [&](std::string text) {
    Query q;
    q.text = std::move(text);
    e.filter(ItemKind::person, q, Sort{}, rows);
    EXPECT_EQ(e.count(ItemKind::person, q), rows.size());
    return ids(c, ItemKind::person, rows);
  };
  EXPECT_EQ(people("ab"), (std::vector<std::string>{"p-ab"}));  // the very start of the buffer
  EXPECT_EQ(people("ef"), (std::vector<std::string>{"p-ef"}));  // the very end
  EXPECT_EQ(people("b"), (std::vector<std::string>{"p-ab"}));
  EXPECT_TRUE(people("bc").empty());                            // "ab" + "cd"
  EXPECT_TRUE(people("ye").empty());                            // "cd\nxy" + "ef"
  EXPECT_TRUE(people("\"b\ncd\"").empty());
  EXPECT_EQ(people("\"d\nx\""), (std::vector<std::string>{"p-cd"}));  // two fields of one item
  EXPECT_EQ(people("xy cd"), (std::vector<std::string>{"p-cd"}));
}

TEST(Query, FacetCountsCountAnItemOnceWhenItListsATopicTwice) {
  Corpus c;
  c.add_topic("trade", "Trade");
  ArticleRecord a;
  a.id = "a-0000000000000001";
  a.title = "t";
  a.paragraphs = {"p"};
  a.people = {person("p-a", "a", "", {"trade", "trade"}), person("p-b", "b", "", {"trade"})};
  c.add(a);
  QueryEngine e;
  e.attach(c);
  std::vector<uint32_t> counts;
  e.facet_counts(ItemKind::person, Query{}, counts);
  EXPECT_EQ(counts, (std::vector<uint32_t>{2}));
}

TEST(Query, EmptyAndUnattachedEnginesReturnNothing) {
  QueryEngine none;
  std::vector<uint32_t> rows{1, 2}, counts{3};
  none.filter(ItemKind::person, Query{}, Sort{}, rows);
  EXPECT_TRUE(rows.empty());
  none.facet_counts(ItemKind::person, Query{}, counts);
  EXPECT_TRUE(counts.empty());
  EXPECT_EQ(none.count(ItemKind::figure, Query{}), 0u);
  Corpus empty;
  QueryEngine e;
  e.attach(empty);
  Query q;
  q.text = "a";
  q.article = 0;
  e.filter(ItemKind::figure, q, Sort{SortColumn::value, true}, rows);
  EXPECT_TRUE(rows.empty());
  EXPECT_EQ(e.count(ItemKind::photo, q), 0u);
}

// ------------------------------------------------------------------------------------------- extend
// Compares two engines on the same corpus over a set of queries (every kind: filter, facets, count).
void expect_same(QueryEngine& a, QueryEngine& b, const Corpus& c, const std::string& what) {
  std::vector<Query> queries(1);
  for (const char* text : {"t", "tr", "trade", "a", "\"trade a\"", "late", "zzz", "é"}) {
    Query q;
    q.text = text;
    queries.push_back(q);
  }
  for (uint32_t t = 0; t < c.topics.size(); ++t) {
    Query q;
    q.topics = {t};
    queries.push_back(q);
    q.text = "a";
    q.figure_kinds = 1u << unsigned(FigureKind::count);
    queries.push_back(q);
  }
  Query late;
  late.article = int32_t(c.articles.size()) - 1;
  queries.push_back(late);
  for (const auto& q : queries)
    for (int k = 0; k < kItemKinds; ++k) {
      const ItemKind kind = ItemKind(k);
      std::vector<uint32_t> ra, rb, fa, fb;
      a.filter(kind, q, Sort{}, ra);
      b.filter(kind, q, Sort{}, rb);
      EXPECT_EQ(ra, rb) << what << " " << describe(q) << " kind " << k;
      EXPECT_EQ(ra, reference_rows(c, kind, q)) << what << " " << describe(q) << " kind " << k;
      a.facet_counts(kind, q, fa);
      b.facet_counts(kind, q, fb);
      EXPECT_EQ(fa, fb) << what << " " << describe(q) << " kind " << k;
      EXPECT_EQ(a.count(kind, q), b.count(kind, q)) << what << " " << describe(q) << " kind " << k;
    }
}

TEST(Query, AttachHalfThenExtendEqualsAttachAll) {
  testing::ArticleGen gen(3);
  std::vector<ArticleRecord> records;
  for (size_t i = 0; i < 90; ++i) records.push_back(gen.article(i));
  // A topic that only the second part uses (appended to Corpus::topics when the article is added).
  records[80].topics.push_back("late-topic");
  if (!records[80].people.empty()) records[80].people[0].topics.push_back("late-topic");
  if (!records[80].figures.empty()) records[80].figures[0].topics.push_back("late-topic");
  records[80].title += " late";

  Corpus whole = testing::ArticleGen(0).corpus(0);  // the declared topics only
  for (const auto& r : records) whole.add(r);
  QueryEngine all;
  all.attach(whole);

  Corpus growing = testing::ArticleGen(0).corpus(0);
  for (size_t i = 0; i < 45; ++i) growing.add(records[i]);
  QueryEngine shards;
  shards.attach(growing);
  const size_t topics_before = growing.topics.size();
  expect_same(shards, shards, growing, "first half");  // warms the remembered term matches
  for (size_t i = 45; i < records.size(); ++i) growing.add(records[i]);
  ASSERT_GT(growing.topics.size(), topics_before);
  shards.extend(growing);
  for (int k = 0; k < kItemKinds; ++k) EXPECT_EQ(shards.indexed(ItemKind(k)), growing.item_count(ItemKind(k)));
  expect_same(shards, all, growing, "extended");

  shards.extend(growing);  // zero new items
  expect_same(shards, all, growing, "extended twice");
}

TEST(Query, ExtendInManyShardsAndFromEmpty) {
  testing::ArticleGen gen(9);
  Corpus whole = testing::ArticleGen(0).corpus(0), growing = testing::ArticleGen(0).corpus(0);
  QueryEngine shards;
  shards.extend(growing);  // never attached: extend attaches
  EXPECT_EQ(shards.corpus(), &growing);
  for (size_t i = 0; i < 60; ++i) {
    ArticleRecord r = gen.article(i);
    whole.add(r);
    growing.add(r);
    if (i % 7 == 0) {
      Query q;
      q.text = "a";
      size_t indexed_matches = 0;  // until extend(), the engine answers over the items it has indexed
      for (uint32_t row : reference_rows(growing, ItemKind::person, q))
        indexed_matches += row < shards.indexed(ItemKind::person);
      EXPECT_EQ(shards.count(ItemKind::person, q), indexed_matches);
      shards.extend(growing);
      EXPECT_EQ(shards.count(ItemKind::person, q), reference_rows(growing, ItemKind::person, q).size());
    }
  }
  shards.extend(growing);
  QueryEngine all;
  all.attach(whole);
  expect_same(shards, all, growing, "many shards");
}

}  // namespace
}  // namespace ae
