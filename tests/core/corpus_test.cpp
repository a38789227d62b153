// corpus_test.cpp: packing records into the Corpus model, lookups, search strings and topics.
#include "core/corpus.h"
#include "core/json.h"

#include "article_gen.h"

#include <gtest/gtest.h>

using namespace ae;

namespace {

ArticleRecord sample() {
  ArticleRecord a;
  a.title = "Kazakhstan and Türkiye sign open skies deal";
  a.source = "The Astana Times";
  a.id = article_id(a.source, a.title);
  a.paragraphs = {"ASTANA – Kazakhstan and Türkiye signed an open skies agreement worth $1.2 billion.",
                  "President Tokayev said trade reached nearly $31.23 billion."};
  a.topics = {"trade", "transport"};
  PersonRecord p;
  p.id = "p-kassym-jomart-tokayev";
  p.name = "Kassym-Jomart Tokayev";
  p.role = "President";
  p.affiliation = "Kazakhstan";
  p.mentions = {{1, {0, 58}, {10, 17}}};
  p.topics = {"trade"};
  a.people.push_back(p);
  FigureRecord f;
  f.id = "f-nearly-31-23-billion";
  f.text = "nearly $31.23 billion";
  f.value = 31.23e9;
  f.unit = "USD";
  f.kind = FigureKind::money;
  f.qualifier = "nearly";
  f.subject = "bilateral trade";
  f.evidence = {1, {0, 58}, {36, 57}};
  a.figures.push_back(f);
  AgreementRecord g;
  g.id = "ag-open-skies-agreement";
  g.title = "open skies agreement";
  g.kind = "agreement";
  g.parties = {"Kazakhstan", "Türkiye"};
  g.status = AgreementStatus::signed_;
  g.figure = f.id;
  g.evidence = {0, {0, 84}, {47, 67}};
  a.agreements.push_back(g);
  PhotoRecord ph;
  ph.id = "ph-president-tokayev";
  ph.caption = "President Tokayev";
  ph.credit = "Akorda";
  ph.people = {p.id};
  ph.evidence = {1, {0, 58}, {0, 26}};
  a.photos.push_back(ph);
  return a;
}

}  // namespace

TEST(Corpus, SampleIsValid) { EXPECT_EQ(validate_article(sample()), std::nullopt); }

TEST(Corpus, AddAndRecordRoundTrip) {
  Corpus c;
  c.add_topic("trade", "Trade");
  ArticleRecord a = sample();
  EXPECT_EQ(c.add(a), 0u);
  EXPECT_EQ(c.record(0), a);
  EXPECT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.item_count(ItemKind::person), 1u);
  EXPECT_EQ(c.item_count(ItemKind::figure), 1u);
  EXPECT_EQ(c.item_count(ItemKind::agreement), 1u);
  EXPECT_EQ(c.item_count(ItemKind::photo), 1u);
  EXPECT_EQ(c.agreements[0].figure, 0);
  ASSERT_EQ(c.photos[0].people.count, 1u);
  EXPECT_EQ(c.refs[c.photos[0].people.begin], 0u);
}

TEST(Corpus, SearchStringsAreFoldedFields) {
  Corpus c;
  c.add(sample());
  EXPECT_EQ(c.str(c.people[0].search), "kassym-jomart tokayev\npresident\nkazakhstan");
  EXPECT_EQ(c.str(c.figures[0].search), "nearly $31.23 billion\nbilateral trade\nusd");
  EXPECT_EQ(c.str(c.agreements[0].search), "open skies agreement\nagreement\nkazakhstan\nturkiye");
  EXPECT_EQ(c.str(c.photos[0].search), "president tokayev\nakorda");
  EXPECT_EQ(c.str(c.articles[0].search), "kazakhstan and turkiye sign open skies deal\nthe astana times");
}

TEST(Corpus, TopicsDeclaredAndAutoDeclared) {
  Corpus c;
  EXPECT_EQ(c.add_topic("trade", "Trade"), 0u);
  c.add(sample());  // references "transport", never declared
  ASSERT_EQ(c.topics.size(), 2u);
  auto t = c.find_topic("transport");
  ASSERT_TRUE(t);
  EXPECT_EQ(c.str(c.topics[*t].label), "transport");
  EXPECT_EQ(c.add_topic("transport", "Transport"), *t);  // relabel keeps the index
  EXPECT_EQ(c.topic_records()[1], (TopicRecord{"transport", "Transport"}));
  EXPECT_EQ(c.str(c.topics[0].label), "Trade");
}

TEST(Corpus, Lookups) {
  Corpus c;
  ArticleRecord a = sample();
  c.add(a);
  ArticleRecord b = sample();
  b.title = "Second";
  b.id = article_id(b.source, b.title);
  c.add(b);
  EXPECT_EQ(c.find_article(b.id), 1u);
  EXPECT_EQ(c.find_article("a-0000000000000000"), std::nullopt);
  EXPECT_EQ(c.find_item(1, ItemKind::person, "p-kassym-jomart-tokayev"), 1u);
  EXPECT_EQ(c.find_item(0, ItemKind::figure, "f-nearly-31-23-billion"), 0u);
  EXPECT_EQ(c.find_item(1, ItemKind::agreement, "ag-open-skies-agreement"), 1u);
  EXPECT_EQ(c.find_item(1, ItemKind::photo, "ph-president-tokayev"), 1u);
  EXPECT_EQ(c.find_item(0, ItemKind::photo, "p-kassym-jomart-tokayev"), std::nullopt);
  EXPECT_EQ(c.find_item(5, ItemKind::person, "p-x"), std::nullopt);
  EXPECT_EQ(c.agreements[1].figure, 1);  // global figure index
  EXPECT_EQ(c.refs[c.photos[1].people.begin], 1u);
}

TEST(Corpus, InterningSharesShortStrings) {
  Corpus c;
  c.add(sample());
  ArticleRecord b = sample();
  b.title = "Other";
  b.id = article_id(b.source, b.title);
  c.add(b);
  EXPECT_EQ(c.people[0].role.off, c.people[1].role.off);
  EXPECT_EQ(c.articles[0].source.off, c.articles[1].source.off);
  StringPool pool;
  Str x = pool.intern("USD"), y = pool.intern("USD"), z = pool.add("USD");
  EXPECT_EQ(x.off, y.off);
  EXPECT_NE(x.off, z.off);
  EXPECT_EQ(pool.view(z), "USD");
}

// intern() answers from a small cache of recent strings before the map: with far more distinct strings than
// cache slots, every string still interns to one place and reads back as itself, and after truncate() (a
// rollback) a string interned again is added again rather than answered from a stale slot.
TEST(Corpus, InterningThroughTheCacheAndAfterTruncate) {
  StringPool pool;
  std::vector<Str> first;
  for (int i = 0; i < 5000; ++i) first.push_back(pool.intern("org " + std::to_string(i) + (i % 3 ? " Ltd" : "")));
  for (int i = 4999; i >= 0; --i) {
    const std::string s = "org " + std::to_string(i) + (i % 3 ? " Ltd" : "");
    Str again = pool.intern(s);
    ASSERT_EQ(again.off, first[size_t(i)].off) << s;
    ASSERT_EQ(pool.view(again), s);
  }
  const size_t keep = pool.bytes();
  Str late = pool.intern("added after the mark");
  pool.truncate(keep);
  pool.add("XXXXXXXXXXXXXXXXXXXX");  // overwrites the bytes `late` pointed at
  Str back = pool.intern("added after the mark");
  EXPECT_EQ(pool.view(back), "added after the mark");
  EXPECT_GE(back.off, keep + 20);
  (void)late;
  EXPECT_EQ(pool.view(pool.intern("org 7 Ltd")), "org 7 Ltd");
}

TEST(Corpus, ClearAndMemory) {
  Corpus c;
  c.reserve_bytes(1 << 20);
  c.add(sample());
  EXPECT_GT(c.memory_bytes(), size_t(1) << 19);
  c.clear();
  EXPECT_TRUE(c.articles.empty());
  EXPECT_TRUE(c.topics.empty());
  EXPECT_EQ(c.strings.bytes(), 0u);
  EXPECT_EQ(c.find_article(sample().id), std::nullopt);
}

TEST(Corpus, ManyItemsUseSortedLookups) {
  ae::testing::ArticleGen gen(7);
  for (int i = 0; i < 20; ++i) {
    ArticleRecord a = gen.article(static_cast<size_t>(i), 60);
    ASSERT_EQ(validate_article(a), std::nullopt);
    Corpus c;
    c.add(a);
    EXPECT_EQ(c.record(0), a);
  }
}

TEST(Corpus, GeneratedRecordsAreValid) {
  ae::testing::ArticleGen gen(1);
  for (int i = 0; i < 300; ++i) {
    ArticleRecord a = gen.article(static_cast<size_t>(i));
    ASSERT_EQ(validate_article(a), std::nullopt) << i;
  }
}
