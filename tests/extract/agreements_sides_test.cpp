// agreements_sides_test: who the sides of a deal are when the sentence names them indirectly: a country that
// only gives a company's nationality, a company named by "the firm", a person standing for the state or body
// they serve, and countries of the whole world. Every sentence here is made up.
#include "helpers.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ae;
using namespace ae::extract::test;

namespace {

std::string dump(const ArticleRecord& a) {
  std::string all;
  for (const AgreementRecord& g : a.agreements) {
    all += "[" + g.title + " |";
    for (const std::string& p : g.parties) all += " " + p + ";";
    all += "] ";
  }
  return all;
}

}  // namespace

// "Peru's Brelling Software": Peru is the company's nationality, not a side; the company after it is one,
// organisation evidence or not, and so is the name before the clause's verb ("..., Tarvex announced").
TEST(AgreementSides, PossessiveCountryGivesNationalityOnly) {
  ArticleRecord a = body("In the morning, Tarvex announced a deal with Peru's Brelling Software to develop a booking platform.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Tarvex")) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Brelling Software")) << dump(a);
  EXPECT_FALSE(has_party(a.agreements[0], "Peru")) << dump(a);
}

TEST(AgreementSides, PossessiveCountryInTheSubject) {
  ArticleRecord a = body("Meanwhile, Chile's Velkor Systems has said it plans a joint venture with Dravia Motors to build turbines.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Velkor Systems")) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Dravia Motors")) << dump(a);
  EXPECT_FALSE(has_party(a.agreements[0], "Chile")) << dump(a);
}

// A state body stands for its state: "Chile's Ministry of Energy" keeps Chile as a side.
TEST(AgreementSides, PossessiveCountryBeforeAStateBodyStaysASide) {
  ArticleRecord a = body("Chile's Ministry of Energy signed an agreement on solar power with Peru.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Chile")) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Peru")) << dump(a);
}

// "the Indian firm" describes a company: India is no side of its deal.
TEST(AgreementSides, CountryBeforeACompanyNounIsNoSide) {
  ArticleRecord a = body("Dravia Motors grew. Separately, the Indian firm signed a supply deal with Dravia Motors.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_FALSE(has_party(a.agreements[0], "India")) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Dravia Motors")) << dump(a);
}

// "The firm" as the clause's subject is the company named before.
TEST(AgreementSides, TheFirmIsTheCompanyNamedBefore) {
  ArticleRecord a = body(
      "Velkor Systems reported higher profits. The firm is in the spotlight after signing a licensing deal with "
      "Dravia Motors.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Velkor Systems")) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Dravia Motors")) << dump(a);
}

// ... but not across a clause: the bare agreement there has no sides and stays a vague mention.
TEST(AgreementSides, TheFirmDoesNotReachIntoAnotherClause) {
  ArticleRecord a = body(
      "Velkor Systems reported higher profits. The firm is Chile's biggest employer, and a failure to reach an "
      "agreement would hurt workers.");
  EXPECT_TRUE(a.agreements.empty()) << dump(a);
}

// A person who is the subject stands for the state they serve.
TEST(AgreementSides, PersonSubjectStandsForTheirCountry) {
  ArticleRecord a = body("Peruvian President Ivo Brenner rejected a free-trade deal with the European Union in March.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Peru")) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "European Union")) << dump(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::discussed);
}

// ... and so does one named after "with".
TEST(AgreementSides, PersonAfterWithStandsForTheirCountry) {
  ArticleRecord a = body(
      "Chilean Foreign Minister Ivo Brenner signed a memorandum on water cooperation with Peru's Foreign Minister "
      "Lena Vass.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Chile")) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Peru")) << dump(a);
}

// A person who only reports the deal is no side of it.
TEST(AgreementSides, ReportingPersonIsNoSide) {
  ArticleRecord a = body(
      "Chilean Foreign Minister Ivo Brenner said the agreement on water cooperation with Velkor Systems was signed.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_FALSE(has_party(a.agreements[0], "Chile")) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Velkor Systems")) << dump(a);
}

// Countries and demonyms of the whole world, not only the regions the first reports were about.
TEST(AgreementSides, CountriesOfTheWholeWorld) {
  ArticleRecord a = body("Ghanaian Trade Minister Kofi Mensah met traders. Rwanda and Uganda signed an agreement on border trade.");
  const PersonRecord* p = person(a, "Kofi Mensah");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->affiliation, "Ghana");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Rwanda")) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Uganda")) << dump(a);
}

// A deal that exists was signed: "as part of a partnership agreement", "will continue a joint venture
// agreement" (the verb governs the trigger); "talks will continue on a deal" is no such case.
TEST(AgreementStatusExisting, PartOfAnAgreementIsSigned) {
  ArticleRecord a = body("Korvel Motors sold Dunmore Steel a stake in 2001, as part of a partnership agreement.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementStatusExisting, ContinuedAgreementIsSigned) {
  ArticleRecord a = body("Chile and Peru will also continue a joint venture agreement to produce fertiliser.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementStatusExisting, TalksThatContinueAreNoSignedDeal) {
  ArticleRecord a = body("Officials said talks will continue on a trade deal with Peru.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_NE(a.agreements[0].status, AgreementStatus::signed_);
}

// A person inside a phrase of the subject ("The meeting with X") is not the subject: no side from them.
TEST(AgreementSides, PersonInsideASubjectPhraseIsNoSide) {
  ArticleRecord a = body(
      "Peruvian President Ivo Brenner flew home. The meeting with Brenner lifted ties to the level of a strategic "
      "partnership.");
  for (const AgreementRecord& g : a.agreements) EXPECT_FALSE(has_party(g, "Peru")) << dump(a);
}

// A deal told through another noun, named by "agreed/signed with": "a package of trade measures agreed with
// Peru" is an agreement with Peru; a date or terms that "were agreed" are not.
TEST(AgreementOtherNouns, ArrangementNounAgreedWithASide) {
  ArticleRecord a = body("Critics say the move is part of a package of trade measures agreed with Peru in order to end the dispute.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_EQ(a.agreements[0].title, "package of trade measures with Peru");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
  EXPECT_TRUE(has_party(a.agreements[0], "Peru")) << dump(a);
  EXPECT_FALSE(has_party(a.agreements[0], "Critics")) << dump(a);
}

TEST(AgreementOtherNouns, PayOffAgreedWithACompany) {
  ArticleRecord a = body("Analysts said the pay-off agreed with Dravia Motors ends the alliance.");
  ASSERT_EQ(a.agreements.size(), 1u) << dump(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Dravia Motors")) << dump(a);
}

TEST(AgreementOtherNouns, OtherNounsAgreedWithAreNoDeals) {
  EXPECT_TRUE(body("The date agreed with Peru is in May.").agreements.empty());
  EXPECT_TRUE(body("The terms were agreed with Peru last year.").agreements.empty());
}

// "the transport, energy and finance ministries ... signed cooperation agreements": one agreement per listed
// body; the two countries of the report are its sides. A plural with nothing listed stays vague, and a list of
// trades before "companies" is no list of state bodies.
TEST(AgreementPlurals, ListedBodiesMakeOneAgreementEach) {
  ArticleRecord a = body(
      "Chile and Peru held talks in Lima. Besides, the transport, energy and finance ministries of the two "
      "countries signed cooperation agreements. Chile and Peru are neighbours. Peru and Chile trade.");
  ASSERT_EQ(a.agreements.size(), 3u) << dump(a);
  EXPECT_EQ(a.agreements[0].title, "cooperation agreement between the transport ministries");
  EXPECT_EQ(a.agreements[2].title, "cooperation agreement between the finance ministries");
  for (const AgreementRecord& g : a.agreements) {
    EXPECT_EQ(g.status, AgreementStatus::signed_);
    EXPECT_TRUE(has_party(g, "Chile") && has_party(g, "Peru")) << dump(a);
  }
}

TEST(AgreementPlurals, UnlistedOrNonStateBodiesStayVague) {
  EXPECT_TRUE(body("The ministries signed agreements.").agreements.empty());
  EXPECT_TRUE(body("Health and safety companies signed agreements.").agreements.empty());
}
