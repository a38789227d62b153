// agreements_refs_test: references back to a deal, titles that keep their verb and skip a bracketed acronym,
// counted documents, buyers named by a time-phrased "said it", objects after a descriptor, "the company" as
// the last company that was a subject (round 6). Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ae;
using namespace ae::extract::test;

TEST(AgreementsRefs, TheDealToCloseIsNoNewDeal) {
  // An infinitive that says what the deal will do, or what someone expects of it, refers back.
  ArticleRecord a = body("Harlow Holdings said it has agreed to acquire Petrona Foods for $300m. Harlow expects "
                         "the deal to close in the spring. Analysts want the deal to include a break fee.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Harlow Holdings acquisition of Petrona Foods");
}

TEST(AgreementsRefs, TheDealToBuyKeepsItsComplement) {
  ArticleRecord a = body("The board approved the deal to buy Korvel Mining from its founders.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("Korvel Mining"), std::string::npos) << titles(a);
}

TEST(AgreementsRefs, DefinitiveAgreementToAcquireIsTheAcquisition) {
  // "X announced Monday, March 3, it has signed ...": the pronoun makes X a company, so the deal has its buyer.
  ArticleRecord a = body("Velmora announced Monday, March 3, it has signed a definitive agreement to acquire "
                         "Tarsk Optics in a deal valued at $2 billion.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Velmora acquisition of Tarsk Optics");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Velmora", "Tarsk Optics"}));
}

TEST(AgreementsRefs, VerbKeptInATitleWithoutABuyer) {
  // No buyer is known here: the noun's title keeps "acquire" (a descriptor is dropped only after a preposition).
  ArticleRecord a = body("The board signed a definitive agreement to acquire Tarsk Optics last week.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("to acquire Tarsk Optics"), std::string::npos) << titles(a);
}

TEST(AgreementsRefs, ObjectAfterACompanyDescriptor) {
  ArticleRecord a = body("Deverell & Co. said Tuesday it has agreed to acquire Dutch family-owned company the "
                         "Brandt Group for 2 billion euros.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Deverell & Co acquisition of Brandt Group");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
}

TEST(AgreementsRefs, BracketedMixedCaseAcronymBeforeTheComplement) {
  ArticleRecord a = body("The two agencies signed a memorandum of understanding (MoU) on disaster relief.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "memorandum of understanding (MoU) on disaster relief");
}

TEST(AgreementsRefs, CountedDocumentsAreOneGroup) {
  ArticleRecord a = body("Officials of Norland and Estovia inked 14 cooperation documents during the visit. The "
                         "Norland and Estovia officials inked 14 documents of cooperation in trade and health.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "14 cooperation documents");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsRefs, UncountedDocumentsAreNone) {
  ArticleRecord a = body("Prosecutors signed documents filed in court on Friday. She keeps her documents on a "
                         "laptop.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsRefs, DemonymsBeforeOfficialsAreSides) {
  ArticleRecord a = body("Iranian and Chinese senior officials signed 12 cooperation documents in Beijing.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Iran", "China"}));
}

TEST(AgreementsRefs, ComplementStopsAtRemains) {
  ArticleRecord a = body("Harlow Holdings agreed the sale of its Petrona Foods unit. The completion of the sale "
                         "of the Petrona unit remains subject to approval, Harlow said.");
  for (const AgreementRecord& r : a.agreements) EXPECT_EQ(r.title.find("remains"), std::string::npos) << r.title;
}

TEST(AgreementsRefs, TheCompanyIsTheLastCompanyThatWasASubject) {
  // "The company" opening a sentence is Velmora (the subject before), not the bank named inside a phrase.
  ArticleRecord a = body("On Monday, Velmora said it had agreed to acquire Tarsk Optics for $2 billion. The purchase "
                         "will be paid with a loan arranged with Castlegate Bank. The company launched a hostile "
                         "takeover in May.");
  for (const AgreementRecord& r : a.agreements)
    for (const std::string& p : r.parties) EXPECT_NE(p, "Castlegate Bank") << r.title;
}

TEST(AgreementsRefs, BuyingTheWholeFirm) {
  ArticleRecord a = body("Korvel Mining holds a 20% stake in Tarsk Optics. Last year Korvel came close to buying "
                         "the whole firm in a $900m takeover deal.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Korvel purchase of Tarsk Optics");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::discussed);
}

TEST(AgreementsRefs, DatelineAgencyIsNoSide) {
  ArticleRecord a = body("Riga, BNX – Latvian and Estonian officials signed 9 cooperation documents on Monday.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Latvia", "Estonia"}));
}

TEST(AgreementsRefs, DashLaterInTheSentenceIsNoDateline) {
  ArticleRecord a = body("Velta Group's takeover of Korvel Mining - the largest this year - was approved.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(std::find(a.agreements[0].parties.begin(), a.agreements[0].parties.end(), "Korvel Mining"),
            a.agreements[0].parties.end())
      << titles(a);
}

TEST(AgreementsRefs, BetweenTheTwoCountriesAfterTheVerb) {
  ArticleRecord a = body("Norway and Chile held a commission meeting in Oslo. Norway's minister said 31 "
                         "cooperation documents have been signed between the two countries. Chile and Norway "
                         "also discussed fishing. Chile hopes for more trade with Norway.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].parties.size(), 2u) << titles(a);
}

TEST(AgreementsRefs, MentionWithoutCueKeepsTheStatus) {
  // "The company launched a hostile takeover" tells nothing of the deal's status: it stays signed.
  ArticleRecord a = body("Velmora said on Monday it has signed a definitive agreement to acquire Tarsk Optics. "
                         "The company launched a hostile takeover after Tarsk first said it was not interested.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsRefs, BracketedConversionIsNoBoundary) {
  ArticleRecord a = body("Last week the exchange rejected a £1.3bn ($2.5bn) takeover offer from Velta Holdings.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::discussed);
}
