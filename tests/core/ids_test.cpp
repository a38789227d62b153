// ids_test.cpp: slug(), article_id(), UniqueIds and the item id helpers (docs/article-json.md "Identifiers").
#include "core/article.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace ae;

TEST(Slug, Basics) {
  EXPECT_EQ(slug("Kassym-Jomart Tokayev"), "kassym-jomart-tokayev");
  EXPECT_EQ(slug("  Open  Skies -- Agreement!! "), "open-skies-agreement");
  EXPECT_EQ(slug("$31.23 billion"), "31-23-billion");
  EXPECT_EQ(slug("Zürich’s Straße"), "zurich-s-strasse");
  EXPECT_EQ(slug("Қасым-Жомарт Тоқаев"), "qasym-zhomart-toqaev");
}

TEST(Slug, LengthLimitCutsAtWordBoundary) {
  std::string s = slug("the quick brown fox jumps over the lazy dog and keeps running far away");
  EXPECT_LE(s.size(), 48u);
  EXPECT_EQ(s, "the-quick-brown-fox-jumps-over-the-lazy-dog-and");
  EXPECT_EQ(slug(std::string(60, 'a')), std::string(48, 'a'));  // no '-' to cut at
  EXPECT_NE(slug("aaaa " + std::string(60, 'b')).back(), '-');
}

TEST(Slug, NothingSluggableGivesStableHash) {
  std::string a = slug("北京"), b = slug("上海");
  EXPECT_EQ(a.size(), 8u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a, slug("北京"));
  EXPECT_EQ(slug("").size(), 8u);
}

TEST(Ids, Fnv1a64) {
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ull);
  EXPECT_EQ(fnv1a64("bar", fnv1a64("foo")), fnv1a64("foobar"));  // seed chains
}

TEST(Ids, ArticleId) {
  std::string id = article_id("The Astana Times", "Kazakhstan, Uzbekistan sign trade deal");
  ASSERT_EQ(id.size(), 18u);
  EXPECT_EQ(id.substr(0, 2), "a-");
  char expect[32];
  std::snprintf(expect, sizeof expect, "a-%016llx",
                static_cast<unsigned long long>(fnv1a64("The Astana Times\nKazakhstan, Uzbekistan sign trade deal")));
  EXPECT_EQ(id, expect);
  EXPECT_NE(article_id("ab", "c"), article_id("a", "bc"));  // the "\n" separates source from title
  EXPECT_NE(article_id("A", "B"), article_id("B", "A"));
}

TEST(Ids, UniqueIdsAppendCounters) {
  UniqueIds ids;
  EXPECT_EQ(ids.make("p-john"), "p-john");
  EXPECT_EQ(ids.make("p-john"), "p-john-2");
  EXPECT_EQ(ids.make("p-john"), "p-john-3");
  EXPECT_EQ(ids.make("p-john-2"), "p-john-2-2");
  EXPECT_EQ(ids.make("f-x"), "f-x");
  UniqueIds many;  // linear: 20,000 equal slugs
  std::string last;
  for (int i = 0; i < 20000; ++i) last = many.make("f-5-people");
  EXPECT_EQ(last, "f-5-people-20000");
}

TEST(Ids, ItemHelpers) {
  EXPECT_EQ(person_id("Kassym-Jomart Tokayev"), "p-kassym-jomart-tokayev");
  EXPECT_EQ(figure_id("nearly $31.23 billion"), "f-nearly-31-23-billion");
  EXPECT_EQ(agreement_id("Open Skies Agreement"), "ag-open-skies-agreement");
  EXPECT_EQ(photo_id("  President Tokayev meets   the delegation in Astana on Monday"),
            "ph-president-tokayev-meets-the-delegation-in");
  EXPECT_EQ(first_words(" a  b c ", 2), "a  b");
  EXPECT_EQ(first_words("one", 6), "one");
  EXPECT_EQ(first_words("   ", 6), "");
}

TEST(Enums, RoundTrip) {
  for (auto k : {FigureKind::money, FigureKind::percent, FigureKind::count, FigureKind::measure}) {
    FigureKind back{};
    ASSERT_TRUE(parse_figure_kind(to_string(k), back));
    EXPECT_EQ(back, k);
  }
  for (auto s : {AgreementStatus::signed_, AgreementStatus::agreed, AgreementStatus::planned, AgreementStatus::discussed}) {
    AgreementStatus back{};
    ASSERT_TRUE(parse_agreement_status(to_string(s), back));
    EXPECT_EQ(back, s);
  }
  EXPECT_EQ(to_string(AgreementStatus::signed_), "signed");
  FigureKind k = FigureKind::money;
  EXPECT_FALSE(parse_figure_kind("Money", k));
  EXPECT_EQ(k, FigureKind::money);
}

TEST(Record, ClearKeepsCapacity) {
  ArticleRecord a;
  a.title = std::string(100, 'x');
  a.people.resize(10);
  size_t cap = a.title.capacity(), people_cap = a.people.capacity();
  a.clear();
  EXPECT_EQ(a, ArticleRecord{});
  EXPECT_EQ(a.title.capacity(), cap);
  EXPECT_EQ(a.people.capacity(), people_cap);
}
