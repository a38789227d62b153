// organisations_test.cpp: organisations as a facet (core/organisations.h): the merging key, affiliations and
// agreement sides counted per article, ranking, the query's organisation filter, appended articles, org= links.
#include "core/organisations.h"
#include "core/query.h"
#include "core/view_link.h"

#include <gtest/gtest.h>

namespace ae {
namespace {

ArticleRecord article(int n, std::vector<std::pair<std::string, std::string>> people,
                      std::vector<std::vector<std::string>> deals = {}) {
  ArticleRecord a;
  a.id = "a-" + std::string(15, '0') + std::to_string(n);
  a.title = "Business report " + std::to_string(n);
  a.paragraphs = {"A sentence we wrote for this test."};
  for (size_t i = 0; i < people.size(); ++i) {
    PersonRecord p;
    p.id = "p-" + std::to_string(i);
    p.name = people[i].first;
    p.affiliation = people[i].second;
    p.mentions = {Evidence{0, {0, 10}, {0, 4}}};
    a.people.push_back(p);
  }
  for (size_t i = 0; i < deals.size(); ++i) {
    AgreementRecord g;
    g.id = "g-" + std::to_string(i);
    g.title = "supply deal";
    g.parties = deals[i];
    g.evidence = Evidence{0, {0, 10}, {0, 4}};
    a.agreements.push_back(g);
  }
  return a;
}

Corpus sample() {
  Corpus c;
  c.add(article(1, {{"Ilse Harrow", "Orbis Rail"}, {"Tomas Vell", "the Treasury"}}, {{"Orbis Rail", "Kestrel Steel"}}));
  c.add(article(2, {{"Dane Harrow", "ORBIS RAIL"}}));
  c.add(article(3, {{"Ada Quill", "Treasury"}}, {{"Kestrel Steel", "Lunar Mining Co."}}));
  c.add(article(4, {{"Bo Penn", ""}}));
  return c;
}

TEST(Organisations, KeyFoldsAndDropsALeadingThe) {
  EXPECT_EQ(organisation_key("The Treasury"), "treasury");
  EXPECT_EQ(organisation_key("ORBIS  RAIL"), "orbis rail");
  EXPECT_EQ(organisation_key("Lunar Mining Co."), "lunar mining co");
  EXPECT_EQ(organisation_key("Société Générale"), "societe generale");
  EXPECT_EQ(organisation_key("AT&T"), "at&t");
  EXPECT_EQ(organisation_key(" - "), "");
}

TEST(Organisations, AffiliationsAndSidesPerArticle) {
  const Corpus c = sample();
  OrganisationIndex x;
  x.extend(c);
  ASSERT_EQ(x.size(), 4u);  // Orbis Rail, Treasury, Kestrel Steel, Lunar Mining Co.
  const Organisation& orbis = x.at(uint32_t(x.find("orbis rail")));
  EXPECT_EQ(c.str(orbis.name), "Orbis Rail");
  EXPECT_EQ(orbis.articles, (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(orbis.people, 2u);
  EXPECT_EQ(orbis.agreements, 1u);
  EXPECT_EQ(x.at(uint32_t(x.find("treasury"))).articles, (std::vector<uint32_t>{0, 2}));
  EXPECT_EQ(x.find("the treasury"), -1) << "keys, not names";
  const auto top = x.ranked(3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(x.at(top[0]).key, "kestrel steel");  // 2 articles each: by key
  EXPECT_EQ(x.at(top[1]).key, "orbis rail");
  EXPECT_EQ(x.at(top[2]).key, "treasury");
}

TEST(Organisations, FilterKeepsTheItemsOfItsArticlesAndGrowsWithShards) {
  Corpus c = sample();
  QueryEngine e;
  e.attach(c);
  Query q;
  q.organisation = "orbis rail";
  std::vector<uint32_t> rows;
  e.filter(ItemKind::person, q, Sort{}, rows);
  EXPECT_EQ(rows, (std::vector<uint32_t>{0, 1, 2})) << "everyone in the two articles involving it";
  e.filter(ItemKind::agreement, q, Sort{}, rows);
  EXPECT_EQ(rows, std::vector<uint32_t>{0});
  q.organisation = "nobody ltd";
  EXPECT_EQ(e.count(ItemKind::person, q), 0u);
  c.add(article(5, {{"Cy Dent", "Orbis Rail"}}));
  e.extend(c);
  q.organisation = "orbis rail";
  EXPECT_EQ(e.count(ItemKind::person, q), 4u);
  EXPECT_EQ(e.organisations().at(uint32_t(e.organisations().find("orbis rail"))).articles.size(), 3u);
}

TEST(Organisations, LinksCarryTheKey) {
  View v;
  v.organisation = "orbis rail";
  EXPECT_EQ(encode_view(v), "#v=1&panel=people&org=orbis%20rail");
  DecodedView d = decode_view(encode_view(v));
  EXPECT_TRUE(d.ignored.empty());
  EXPECT_EQ(d.view, v);
  d = decode_view("#v=1&org=Orbis%20Rail");
  EXPECT_EQ(d.view.organisation, "");
  EXPECT_EQ(d.ignored, std::vector<std::string>{"malformed organisation 'Orbis Rail'"});
}

}  // namespace
}  // namespace ae
