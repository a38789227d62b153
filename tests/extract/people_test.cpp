// people_test: title patterns, appositions, affiliations, surname mentions and non-people.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract;
using namespace ae::extract::test;

TEST(ExtractPeople, CountryTitleName) {
  ArticleRecord a = body("United States Secretary of State Mike Pompeo visited Nur-Sultan Feb. 1-2.");
  ASSERT_EQ(a.people.size(), 1u);
  EXPECT_EQ(a.people[0].id, "p-mike-pompeo");
  EXPECT_EQ(a.people[0].name, "Mike Pompeo");
  EXPECT_EQ(a.people[0].role, "Secretary of State");
  EXPECT_EQ(a.people[0].affiliation, "United States");
  EXPECT_EQ(match_text(a, a.people[0].mentions[0]), "Mike Pompeo");
}

TEST(ExtractPeople, DemonymTitleNameAndListAffiliation) {
  ArticleRecord a = body(
      "Pompeo met with Kazakh President Kassym-Jomart Tokayev, First President Nursultan Nazarbayev, Foreign "
      "Minister Mukhtar Tileuberdi and other senior officials.");
  const PersonRecord* t = person(a, "Kassym-Jomart Tokayev");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->role, "President");
  EXPECT_EQ(t->affiliation, "Kazakhstan");
  const PersonRecord* n = person(a, "Nursultan Nazarbayev");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->role, "First President");
  EXPECT_EQ(n->affiliation, "Kazakhstan");
  const PersonRecord* m = person(a, "Mukhtar Tileuberdi");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->role, "Foreign Minister");
  EXPECT_EQ(m->affiliation, "Kazakhstan");
  EXPECT_EQ(a.people.size(), 3u);  // "Pompeo" alone is nobody known
}

TEST(ExtractPeople, NoListNoSharedAffiliation) {
  ArticleRecord a = body("Kazakh President Kassym-Jomart Tokayev met Foreign Minister Mukhtar Tileuberdi.");
  ASSERT_TRUE(person(a, "Mukhtar Tileuberdi"));
  EXPECT_EQ(person(a, "Mukhtar Tileuberdi")->affiliation, "");
}

TEST(ExtractPeople, UsPresident) {
  ArticleRecord a = body("Tokayev met U.S. President Donald Trump in September. Later President Trump spoke.");
  const PersonRecord* p = person(a, "Donald Trump");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->role, "President");
  EXPECT_EQ(p->affiliation, "United States");
  ASSERT_EQ(p->mentions.size(), 2u);
  EXPECT_EQ(match_text(a, p->mentions[1]), "Trump");
}

TEST(ExtractPeople, SurnameMentionsIncludingPossessiveAndCaption) {
  ArticleRecord a = run(
      "T\n\nPompeo, Tokayev shaking hands. Photo credit: Akorda press service.\n\n"
      "Secretary of State Mike Pompeo met Kazakh President Kassym-Jomart Tokayev.\n\n"
      "The visit was part of Pompeo\xE2\x80\x99s tour. Pompeo said it went well.\n");
  const PersonRecord* p = person(a, "Mike Pompeo");
  ASSERT_TRUE(p);
  ASSERT_EQ(p->mentions.size(), 4u);
  EXPECT_EQ(p->mentions[0].paragraph, 0u);  // the caption comes first in the text
  EXPECT_EQ(match_text(a, p->mentions[0]), "Pompeo");
  EXPECT_EQ(match_text(a, p->mentions[2]), "Pompeo");  // "Pompeo’s"
  EXPECT_EQ(a.people[0].id, "p-mike-pompeo");          // ordered by first mention
  ASSERT_EQ(a.photos.size(), 1u);
  EXPECT_EQ(a.photos[0].people, (std::vector<std::string>{"p-mike-pompeo", "p-kassym-jomart-tokayev"}));
}

TEST(ExtractPeople, PredecessorSharesTheOffice) {
  ArticleRecord a = body(
      "United States Secretary of State Mike Pompeo spoke. \xE2\x80\x9CMy predecessor, Secretary of State James "
      "Baker, travelled here,\xE2\x80\x9D said Pompeo.");
  const PersonRecord* b = person(a, "James Baker");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->role, "Secretary of State");
  EXPECT_EQ(b->affiliation, "United States");
}

TEST(ExtractPeople, Apposition) {
  ArticleRecord a = body("John Smith, the chief executive of Tyson Foods, said the plant will open.");
  const PersonRecord* p = person(a, "John Smith");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->role, "chief executive");
  EXPECT_EQ(p->affiliation, "Tyson Foods");
  a = body("Anna Lee, Kazakhstan\xE2\x80\x99s ambassador, said so.");
  ASSERT_TRUE(person(a, "Anna Lee"));
  EXPECT_EQ(person(a, "Anna Lee")->affiliation, "Kazakhstan");
  EXPECT_EQ(person(a, "Anna Lee")->role, "ambassador");
}

TEST(ExtractPeople, AnaphorFillsAffiliation) {
  ArticleRecord a = body("Foreign Minister Mukhtar Tileuberdi spoke. Later, said the Kazakh minister, all was well.");
  ASSERT_TRUE(person(a, "Mukhtar Tileuberdi"));
  EXPECT_EQ(person(a, "Mukhtar Tileuberdi")->affiliation, "Kazakhstan");
}

TEST(ExtractPeople, OfCountryComplement) {
  ArticleRecord a = body("President of Kazakhstan Kassym-Jomart Tokayev and Minister of Foreign Affairs Jane Roe met.");
  ASSERT_TRUE(person(a, "Kassym-Jomart Tokayev"));
  EXPECT_EQ(person(a, "Kassym-Jomart Tokayev")->role, "President");
  EXPECT_EQ(person(a, "Kassym-Jomart Tokayev")->affiliation, "Kazakhstan");
  ASSERT_TRUE(person(a, "Jane Roe"));
  EXPECT_EQ(person(a, "Jane Roe")->role, "Minister of Foreign Affairs");
}

TEST(ExtractPeople, PlacesOrganisationsAndCountriesAreNotPeople) {
  ArticleRecord a = body(
      "The United States thanked Kazakhstan. Tyson Foods said it will build a plant. The United Nations General "
      "Assembly met in New York, and the White House said the U.S. Centre for Disease Control and Prevention "
      "helps. America\xE2\x80\x99s Chevon and ExxonMobil invest. Get The Astana Times stories sent to you! "
      "NUR-SULTAN \xE2\x80\x93 Central Asian states met.");
  EXPECT_TRUE(a.people.empty()) << a.people[0].name;
}

TEST(ExtractPeople, BareNameNeedsACue) {
  EXPECT_EQ(body("Mukhtar Tileuberdi said the talks went well.").people.size(), 1u);
  EXPECT_EQ(body("Silk Way Rally crossed the steppe.").people.size(), 0u);
}

TEST(ExtractPeople, OrganisationBeforeTitle) {
  ArticleRecord a = body("Samsung Electronics CEO Kim Ki-nam attended the forum.");
  const PersonRecord* p = person(a, "Kim Ki-nam");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->role, "CEO");
  EXPECT_EQ(p->affiliation, "Samsung Electronics");
}
