// orgs_test: organisations are found from their shape and context, are never people, and become
// affiliations. Every sentence here is made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

namespace {

bool has_person(const ArticleRecord& a, std::string_view name) { return person(a, name) != nullptr; }

}  // namespace

TEST(Orgs, HeadNounMakesAnOrganisationNotAPerson) {
  ArticleRecord a = body("Officials at Brackwater Prison said the Nolan Foundation had complained.");
  EXPECT_FALSE(has_person(a, "Brackwater Prison"));
  EXPECT_FALSE(has_person(a, "Nolan Foundation"));
}

TEST(Orgs, CueNounBeforeANameMakesItACompany) {
  ArticleRecord a = body(
      "Shares in electronics retailer Vantor Plenty rose after rival Quell Depot said it would cut prices. "
      "Vantor Plenty said its sales were strong.");
  EXPECT_FALSE(has_person(a, "Vantor Plenty"));
  EXPECT_FALSE(has_person(a, "Quell Depot"));
}

TEST(Orgs, PossessiveBusinessNounMakesACompany) {
  ArticleRecord a = body("Marlow Kitely's profits rose, and Marlow Kitely said the results beat forecasts.");
  EXPECT_FALSE(has_person(a, "Marlow Kitely"));
}

TEST(Orgs, SaidItMakesACompany) {
  ArticleRecord a = body("Dunmore Halvard said it would appeal against the ruling.");
  EXPECT_FALSE(has_person(a, "Dunmore Halvard"));
}

TEST(Orgs, OrganisationBeforeARoleIsTheAffiliation) {
  ArticleRecord a = body("Velmont Bank's chief executive Hilda Marsh said profits rose.");
  const PersonRecord* p = person(a, "Hilda Marsh");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "chief executive");
  EXPECT_EQ(p->affiliation, "Velmont Bank");
}

TEST(Orgs, PartyWordGivesThePartyAsAffiliation) {
  ArticleRecord a = body("Tory leader Edwin Crane attacked the plan, and Labour backbencher Rosa Quill agreed.");
  const PersonRecord* p = person(a, "Edwin Crane");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "Tory leader");  // the party stays in the title as written, and is the affiliation
  EXPECT_EQ(p->affiliation, "Conservative Party");
  const PersonRecord* q = person(a, "Rosa Quill");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->role, "Labour backbencher");
  EXPECT_EQ(q->affiliation, "Labour Party");
}

TEST(Orgs, AcronymIsAnOrganisationAndAnEmployer) {
  ArticleRecord a = body("Dora Pemberton of the QRTW said the rule was unfair.");
  const PersonRecord* p = person(a, "Dora Pemberton");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->affiliation, "QRTW");
}

TEST(Orgs, TitleInsideARunEndsTheOrganisation) {
  // "Parliament" is the organisation; the president and the speaker are people.
  ArticleRecord a = body("He met Vestrian President Anton Velic and Parliament Speaker Mira Tosk.");
  const PersonRecord* p = person(a, "Anton Velic");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "President");
  const PersonRecord* q = person(a, "Mira Tosk");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->role, "Parliament Speaker");
  EXPECT_EQ(q->affiliation, "Parliament");
}

TEST(Orgs, DepartmentTitleIsNotAnOrganisation) {
  ArticleRecord a = body("Energy Minister Paul Ostrander and Home Secretary Jean Wilks spoke.");
  const PersonRecord* p = person(a, "Paul Ostrander");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "Energy Minister");
  const PersonRecord* q = person(a, "Jean Wilks");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->role, "Home Secretary");
}

TEST(Orgs, AcronymOfAKnownNameIsThatOrganisation) {
  // "HSE" is written out once; a deal with "HSE" then has the full name as its side.
  ArticleRecord a = body(
      "The Harlow Stock Exchange rejected the approach. Velta Group made a takeover offer for the HSE.");
  ASSERT_EQ(a.agreements.size(), 1u);
  ASSERT_FALSE(a.agreements[0].parties.empty());
  EXPECT_EQ(a.agreements[0].parties.back(), "Harlow Stock Exchange");
}

TEST(Orgs, DemonymStartsACompanyName) {
  ArticleRecord a = body("Shares in American Velmont rose after American Velmont said it would cut costs.");
  EXPECT_FALSE(has_person(a, "American Velmont"));
  EXPECT_FALSE(has_person(a, "Velmont"));
}

TEST(Orgs, SportsClubsAreOrganisations) {
  ArticleRecord a = body("Holders Dunmore United beat Velta Rovers, and Dunmore United said it was pleased.");
  EXPECT_FALSE(has_person(a, "Dunmore United"));
  EXPECT_FALSE(has_person(a, "Holders Dunmore United"));
  EXPECT_FALSE(has_person(a, "Velta Rovers"));
}

// "market leader X": a leader of a market is a company, never a person.
TEST(Orgs, MarketLeaderIsACompany) {
  ae::ArticleRecord a = ae::extract::test::body("It struggles to keep up with market leader Velcorp Dunmore, analysts said.");
  EXPECT_TRUE(a.people.empty()) << a.people.size();
}

// "the International Monetary Fund": an adjective that never starts a person's name still opens an
// organisation's when two capitalised words follow; "on Monday" after a name is no part of it.
TEST(Orgs, InternationalOpensANameAndADayEndsIt) {
  ArticleRecord a = body("Kestrel signed a loan deal with the International Monetary Fund on Monday.");
  ASSERT_FALSE(a.agreements.empty());
  EXPECT_TRUE(has_party(a.agreements.front(), "International Monetary Fund")) << a.agreements.front().parties.size();
}

