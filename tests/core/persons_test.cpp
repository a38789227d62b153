// persons_test.cpp: people across the corpus (core/persons.h): the merging key, one entry per full name over
// many articles, different full names sharing a surname kept apart, dates and roles most recent first, rows for
// a filter, and extend() over appended articles (shards) giving the same groups as build().
#include "core/persons.h"

#include "core/text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

namespace ae {
namespace {

PersonRecord person(std::string name, std::string role = "", std::string affiliation = "", int mentions = 1) {
  PersonRecord p;
  p.id = "p-" + std::to_string(std::hash<std::string>{}(name) % 100000);
  p.name = std::move(name);
  p.role = std::move(role);
  p.affiliation = std::move(affiliation);
  for (int i = 0; i < mentions; ++i) p.mentions.push_back(Evidence{0, {0, 10}, {0, 4}});
  return p;
}

ArticleRecord article(int n, std::string published, std::vector<PersonRecord> people) {
  ArticleRecord a;
  a.id = "a-" + std::string(15, '0') + std::to_string(n);
  a.title = "Article " + std::to_string(n);
  a.published = std::move(published);
  a.paragraphs = {"A sentence we wrote for this test."};
  a.people = std::move(people);
  return a;
}

// Five articles about a made-up cabinet: one minister under three spellings, two Harrows, a surname-only row.
Corpus cabinet() {
  Corpus c;
  c.add(article(1, "2005-01-10", {person("Ilse Harrow", "Finance Minister", "", 3), person("Tomas Vell", "chairman", "Orbis Rail")}));
  c.add(article(2, "2005-03-02", {person("ILSE HARROW", "Prime Minister", "", 2), person("Dane Harrow", "economist")}));
  c.add(article(3, "", {person("Ilse Hárrow", "", "", 1)}));
  c.add(article(4, "2004-12-30", {person("Harrow", "spokesman"), person("Tomas Vell", "chairman", "Orbis Rail", 4)}));
  c.add(article(5, "2005-02-01", {person("Jean-Luc Marre"), person("Jean Luc Marre"), person("George W. Bush"),
                                   person("George W Bush")}));
  return c;
}

uint32_t group_named(const PersonIndex& x, const Corpus& c, std::string_view name) {
  for (uint32_t g = 0; g < x.size(); ++g)
    if (c.str(x.group(g).name) == name) return g;
  ADD_FAILURE() << "no group " << name;
  return 0;
}

TEST(PersonKey, FoldsCaseDiacriticsHyphensDotsAndSpaces) {
  EXPECT_EQ(person_key("Kassym-Jomart Tokayev"), "kassym jomart tokayev");
  EXPECT_EQ(person_key("  KASSYM   JOMART  TOKAYEV "), "kassym jomart tokayev");
  EXPECT_EQ(person_key("Kassym\xE2\x80\x93Jomart Tok\xC3\xA1yev"), "kassym jomart tokayev");  // en dash, á
  EXPECT_EQ(person_key("George W. Bush"), "george w bush");
  EXPECT_EQ(person_key("O'Neill"), "o'neill");
  EXPECT_EQ(person_key("--."), "");
}

TEST(PersonIndex, OneEntryPerFullNameAcrossArticles) {
  const Corpus c = cabinet();
  PersonIndex x;
  x.build(c);
  EXPECT_EQ(x.indexed(), c.people.size());
  // Ilse Harrow x3, Tomas Vell x2, Dane Harrow, Harrow, Jean-Luc Marre x2, George W. Bush x2.
  EXPECT_EQ(x.size(), 6u);
  const PersonGroup& ilse = x.group(group_named(x, c, "Ilse Harrow"));
  EXPECT_EQ(ilse.members.size(), 3u);
  EXPECT_EQ(ilse.articles, 3u);
  EXPECT_EQ(ilse.mentions, 6u);
  EXPECT_EQ(c.str(ilse.first_date), "2005-01-10");  // the undated article changes neither end
  EXPECT_EQ(c.str(ilse.last_date), "2005-03-02");
  const PersonGroup& vell = x.group(group_named(x, c, "Tomas Vell"));
  EXPECT_EQ(vell.articles, 2u);
  EXPECT_EQ(vell.mentions, 5u);
  EXPECT_EQ(c.str(vell.first_date), "2004-12-30");
  // Two rows of one article under two spellings: one person, one article.
  const PersonGroup& marre = x.group(group_named(x, c, "Jean-Luc Marre"));
  EXPECT_EQ(marre.members.size(), 2u);
  EXPECT_EQ(marre.articles, 1u);
  EXPECT_EQ(x.group(group_named(x, c, "George W. Bush")).members.size(), 2u);
}

TEST(PersonIndex, NeverMergesDifferentFullNamesOrAGuessedSurname) {
  const Corpus c = cabinet();
  PersonIndex x;
  x.build(c);
  const uint32_t ilse = group_named(x, c, "Ilse Harrow"), dane = group_named(x, c, "Dane Harrow"),
                 bare = group_named(x, c, "Harrow");
  EXPECT_NE(ilse, dane);
  EXPECT_NE(bare, ilse);
  EXPECT_NE(bare, dane);
  EXPECT_EQ(x.group(dane).members.size(), 1u);
  EXPECT_EQ(x.group(bare).members.size(), 1u);
}

TEST(PersonIndex, RolesMostRecentFirstEachOnce) {
  const Corpus c = cabinet();
  PersonIndex x;
  x.build(c);
  auto roles = x.roles(c, group_named(x, c, "Ilse Harrow"));
  ASSERT_EQ(roles.size(), 2u);  // the undated mention has no role
  EXPECT_EQ(roles[0].role, "Prime Minister");
  EXPECT_EQ(roles[0].date, "2005-03-02");
  EXPECT_EQ(roles[1].role, "Finance Minister");
  roles = x.roles(c, group_named(x, c, "Tomas Vell"));
  ASSERT_EQ(roles.size(), 1u);  // the same pair twice
  EXPECT_EQ(roles[0].affiliation, "Orbis Rail");
  EXPECT_EQ(roles[0].date, "2005-01-10");
}

TEST(PersonIndex, RowsForAFilterAreGroupsOnceRankedOrByName) {
  const Corpus c = cabinet();
  PersonIndex x;
  x.build(c);
  std::vector<uint32_t> all(c.people.size());
  for (uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  std::vector<uint32_t> rows;
  x.rows_for(c, all, false, false, rows);
  ASSERT_EQ(rows.size(), 6u);
  auto names = [&] {
    std::vector<std::string> n;
    for (uint32_t g : rows) n.emplace_back(c.str(x.group(g).name));
    return n;
  };
  // Most articles, then most mentions, then the name.
  EXPECT_EQ(names(), (std::vector<std::string>{"Ilse Harrow", "Tomas Vell", "George W. Bush", "Jean-Luc Marre",
                                               "Dane Harrow", "Harrow"}));
  x.rows_for(c, all, true, false, rows);
  EXPECT_EQ(names(), (std::vector<std::string>{"Dane Harrow", "George W. Bush", "Harrow", "Ilse Harrow",
                                               "Jean-Luc Marre", "Tomas Vell"}));
  x.rows_for(c, all, true, true, rows);
  EXPECT_EQ(names().front(), "Tomas Vell");
  // A filter that kept only article 3's row still shows the whole person (all three articles).
  std::vector<uint32_t> reps;
  x.rows_for(c, {c.articles[2].people.begin}, false, false, rows, &reps);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(x.group(rows[0]).articles, 3u);
  EXPECT_EQ(reps, std::vector<uint32_t>{c.articles[2].people.begin}) << "selecting it selects the row the filter kept";
}

TEST(PersonIndex, ExtendOverAppendedArticlesMatchesBuild) {
  const Corpus whole = cabinet();
  Corpus growing;
  PersonIndex inc;
  for (uint32_t a = 0; a < whole.articles.size(); ++a) {
    growing.add(whole.record(a));
    inc.extend(growing);
    EXPECT_EQ(inc.indexed(), growing.people.size());
  }
  PersonIndex full;
  full.build(whole);
  ASSERT_EQ(inc.size(), full.size());
  for (uint32_t g = 0; g < full.size(); ++g) {
    EXPECT_EQ(inc.group(g).members, full.group(g).members);
    EXPECT_EQ(inc.group(g).articles, full.group(g).articles);
    EXPECT_EQ(growing.str(inc.group(g).first_date), whole.str(full.group(g).first_date));
  }
  // Another corpus: rebuilt, not extended.
  Corpus other;
  other.add(article(9, "", {person("Ada Quill")}));
  inc.extend(other);
  EXPECT_EQ(inc.size(), 1u);
}

// rows_for has two paths: a filter that kept few groups sorts them; one that kept many walks an order sorted once
// per growth of the index. Every subset, in all four orders, must give what sorting it would give, and a grown
// index (a shard that changes who ranks first) must re-sort.
TEST(PersonIndex, RowsForManyAndFewAgreeAndFollowGrowth) {
  Corpus c = cabinet();
  PersonIndex x;
  x.build(c);
  const uint32_t n = uint32_t(c.people.size());
  auto expected = [&](const std::vector<uint32_t>& kept, bool by_name, bool desc) {
    std::vector<uint32_t> g;
    for (uint32_t r : kept)
      if (std::find(g.begin(), g.end(), x.group_of(r)) == g.end()) g.push_back(x.group_of(r));
    std::sort(g.begin(), g.end());
    auto key = [&](uint32_t a) {
      return std::make_tuple(-int64_t(x.group(a).articles), -int64_t(x.group(a).mentions),
                             fold_for_search(c.str(x.group(a).name)));
    };
    std::stable_sort(g.begin(), g.end(), [&](uint32_t a, uint32_t b) {
      if (by_name) {
        const auto na = fold_for_search(c.str(x.group(a).name)), nb = fold_for_search(c.str(x.group(b).name));
        return desc ? nb < na : na < nb;
      }
      return desc ? key(b) < key(a) : key(a) < key(b);
    });
    return g;
  };
  std::vector<uint32_t> rows;
  for (uint32_t mask = 1; mask < (1u << n); mask += 7) {  // a spread of subsets, small and large
    std::vector<uint32_t> kept;
    for (uint32_t r = 0; r < n; ++r)
      if (mask & (1u << r)) kept.push_back(r);
    for (int o = 0; o < 4; ++o) {
      x.rows_for(c, kept, o & 2, o & 1, rows);
      EXPECT_EQ(rows, expected(kept, o & 2, o & 1)) << "subset " << mask << ", order " << o;
    }
  }
  std::vector<uint32_t> all(n);
  for (uint32_t i = 0; i < n; ++i) all[i] = i;
  x.rows_for(c, all, false, false, rows);
  ASSERT_EQ(std::string(c.str(x.group(rows.front()).name)), "Ilse Harrow");
  // Tomas Vell appears in three more articles: he now ranks first, and the cached order must see it.
  for (int a = 6; a <= 8; ++a) c.add(article(a, "2005-04-0" + std::to_string(a - 5), {person("Tomas Vell")}));
  x.extend(c);
  all.resize(c.people.size());
  for (uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  x.rows_for(c, all, false, false, rows);
  EXPECT_EQ(std::string(c.str(x.group(rows.front()).name)), "Tomas Vell");
  EXPECT_EQ(rows, expected(all, false, false));
}

}  // namespace
}  // namespace ae
