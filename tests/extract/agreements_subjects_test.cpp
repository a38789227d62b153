// agreements_subjects_test: round 10, classes read on check7 and check8 (released) and checked on every set.
//  - a plural document whose complement lists its subjects is one document per subject ("signed agreements on
//    healthcare and education"); a list whose parts share the last one's head noun ("economic, trade and technical
//    cooperation") is one subject, and a singular document keeps the whole list in its title;
//  - a list of instruments does not split inside one instrument's own list ("holders of diplomatic and service
//    passports");
//  - "the two ministers signed": the report's two countries are the sides; "According to X, ..." is no side;
//  - stake purchases: a hyphenated place descriptor ("the UK-based X"), "it" as the buyer, "is to buy" (planned),
//    a failed attempt (discussed), and a later "agreement in this regard" / "for the acquisition" that only firms
//    up the deal's status.
// Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(AgreementsSubjects, PluralWithListedSubjectsIsOneDocumentEach) {
  ArticleRecord a = body("After the talks the two ministers signed cooperation agreements on fisheries, forestry, "
                         "customs, and aviation.");
  for (const char* subject : {"fisheries", "forestry", "customs", "aviation"}) {
    const AgreementRecord* g = titled(a, std::string("cooperation agreement on ") + subject);
    ASSERT_NE(g, nullptr) << subject << ": " << titles(a);
    EXPECT_EQ(g->status, AgreementStatus::signed_);
  }
  EXPECT_EQ(a.agreements.size(), 4u) << titles(a);
}

TEST(AgreementsSubjects, SubjectsAfterANestedPreposition) {
  ArticleRecord a = body("The delegations also signed agreements on cooperation in archives and statistics, and a "
                         "memorandum on port security.");
  EXPECT_NE(titled(a, "agreement on cooperation in archives"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "agreement on cooperation in statistics"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "memorandum on port security"), nullptr) << titles(a);
}

TEST(AgreementsSubjects, AnAndInsideAMiddleSubjectStays) {
  ArticleRecord a = body("The parties signed deals on road haulage, veterinary and plant health, and youth "
                         "exchanges.");
  EXPECT_NE(titled(a, "deal on road haulage"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "deal on veterinary and plant health"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "deal on youth exchanges"), nullptr) << titles(a);
  EXPECT_EQ(a.agreements.size(), 3u) << titles(a);
}

TEST(AgreementsSubjects, SharedHeadIsOneSubject) {
  ArticleRecord a = body("The two governments signed agreements on economic, scientific and technical cooperation.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("economic, scientific and technical cooperation"), std::string::npos)
      << titles(a);
}

TEST(AgreementsSubjects, SingularKeepsItsWholeList) {
  ArticleRecord a = body("The ministers signed a framework agreement on economic, trade, cultural and technical "
                         "cooperation.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("on economic, trade, cultural and technical cooperation"), std::string::npos)
      << titles(a);
}

TEST(AgreementsSubjects, TalkAboutDealsIsNoList) {
  ArticleRecord a = body("Unions complained about deals over wages and pensions.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsSubjects, ListOfInstrumentsDoesNotSplitInsideOne) {
  ArticleRecord a = body("Several documents were signed in the capital. The documents included a framework agreement "
                         "on economic, trade and cultural cooperation, an agreement on visa-free travel for holders "
                         "of diplomatic and service passports.");
  EXPECT_NE(titled(a, "holders of diplomatic and service passports"), nullptr) << titles(a);
  EXPECT_EQ(titled(a, "ervice passports") == titled(a, "holders"), true) << titles(a);  // no "Service passports" item
  EXPECT_EQ(titled(a, "Trade"), nullptr) << titles(a);
  EXPECT_EQ(a.agreements.size(), 2u) << titles(a);
}

TEST(AgreementsSubjects, TwoMinistersAreTheTwoCountries) {
  ArticleRecord a = body("Chile's foreign minister arrived in Peru on Monday. Talks in Peru covered trade with Chile. "
                         "The two ministers signed an agreement on fisheries. Peru and Chile also discussed tourism.");
  const AgreementRecord* g = titled(a, "agreement on fisheries");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Chile")) << g->parties.size();
  EXPECT_TRUE(has_party(*g, "Peru")) << g->parties.size();
}

TEST(AgreementsSubjects, ReportSourceIsNoSide) {
  ArticleRecord a = body("According to the state news agency Tarkon Press, the parties signed an agreement on "
                         "friendly relations.");
  const AgreementRecord* g = titled(a, "agreement on friendly relations");
  ASSERT_NE(g, nullptr) << titles(a);
  for (const std::string& p : g->parties) EXPECT_EQ(p.find("Tarkon"), std::string::npos) << p;
}

TEST(AgreementsSubjects, StakeInAHyphenatedPlaceDescribedCompany) {
  ArticleRecord a = body("Norvel Chemicals is to buy a majority stake in the UK-based Tarkon Salt Group.");
  const AgreementRecord* g = titled(a, "stake in Tarkon Salt Group");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->status, AgreementStatus::planned);
  EXPECT_TRUE(has_party(*g, "Norvel Chemicals"));
}

TEST(AgreementsSubjects, ItIsTheCompanyBefore) {
  ArticleRecord a = body("Norvel Chemicals makes salt and fertilisers. Last year, it had acquired a 30 per cent stake "
                         "in Belmor Phosphates SA for $20m.");
  const AgreementRecord* g = titled(a, "stake in Belmor Phosphates");  // (the title drops "SA")
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Norvel Chemicals"));
  EXPECT_EQ(g->status, AgreementStatus::signed_);
}

TEST(AgreementsSubjects, FailedAttemptIsDiscussed) {
  ArticleRecord a = body("Norvel Chemicals recently made an abortive attempt to acquire Belmor Fertilisers Company.");
  const AgreementRecord* g = titled(a, "Belmor Fertilisers Company");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->status, AgreementStatus::discussed);
}

TEST(AgreementsSubjects, ReferenceBackFirmsUpTheStatus) {
  ArticleRecord a = body("Norvel Chemicals proposes to buy a majority stake in Tarkon Salt Group. A statement said "
                         "the two companies had entered into an agreement in this regard. The signing of the "
                         "agreement for the acquisition lifted the shares.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_) << titles(a);
}

TEST(AgreementsSubjects, CountedDocumentsCoveringFields) {
  ArticleRecord a = body("Chile and Peru on Friday signed 14 documents covering joint cooperation, memoranda of "
                         "understanding and executive programmes.");
  const AgreementRecord* g = titled(a, "14 documents covering joint cooperation");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->status, AgreementStatus::signed_);
  EXPECT_EQ(a.agreements.size(), 1u) << titles(a);
}

TEST(AgreementsSubjects, DocumentsThatAreNotSignedAreNone) {
  ArticleRecord a = body("Lawyers filed 22 documents covering the case with the court on Monday.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsSubjects, CountedGroupWhoseItemsAreNamedIsNoItem) {
  ArticleRecord a = body("Chile and Peru signed three agreements on Monday. The ministers signed an agreement on "
                         "veterinary cooperation. Chile and Peru also signed a memorandum on a joint university, and "
                         "an agreement on the avoidance of double taxation.");
  EXPECT_EQ(titled(a, "three agreements"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "agreement on veterinary cooperation"), nullptr) << titles(a);
}

TEST(AgreementsSubjects, CountedGroupAloneStays) {
  ArticleRecord a = body("Chile and Peru signed three agreements on Monday to expand trade.");
  EXPECT_NE(titled(a, "three agreements"), nullptr) << titles(a);
}

TEST(AgreementsSubjects, AcceptingALoanIsAgreedAndInReturnIsNoSubject) {
  ArticleRecord a = body("Chile turned to the International Monetary Fund, accepting a $9bn loan in return for cutting "
                         "spending.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title.find("return"), std::string::npos) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
  EXPECT_TRUE(has_party(a.agreements[0], "International Monetary Fund"));
}

TEST(AgreementsSubjects, PurposesListedWithSemicolonsAfterAReport) {
  ArticleRecord a = body("The premier signed three memoranda of understanding with Chile on his first visit. A "
                         "statement from his office said, the MOUs were for closer co-operation in mining between the "
                         "Mining Ministry of Peru and the Chilean Copper Commission; economic and technical "
                         "co-operation between the two governments; and co-operation in higher education.");
  const AgreementRecord* g = titled(a, "co-operation in mining");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->title.find("between"), std::string::npos) << g->title;
  EXPECT_NE(titled(a, "conomic and technical co-operation"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "o-operation in higher education"), nullptr) << titles(a);
  EXPECT_EQ(titled(a, "three memoranda"), nullptr) << titles(a);  // the three are named
}

TEST(AgreementsSubjects, TwoModifiersJoinedByAndAreTwoDocuments) {
  ArticleRecord a = body("The trade ministers of Chile and Peru signed the Preferential and Transit Trade agreements, "
                         "which will be implemented from next month.");
  const AgreementRecord* p = titled(a, "Preferential Trade agreement");
  const AgreementRecord* t = titled(a, "Transit Trade agreement");
  ASSERT_NE(p, nullptr) << titles(a);
  ASSERT_NE(t, nullptr) << titles(a);
  EXPECT_EQ(p->status, AgreementStatus::signed_);  // "which will be implemented" tells nothing of the signing
  EXPECT_EQ(t->status, AgreementStatus::signed_);
}

TEST(AgreementsSubjects, ModifiersJoinedByAndInTalkAreNoDocuments) {
  ArticleRecord a = body("Unions criticised the pay and pension deals on Monday.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsSubjects, ValueBeforeTheSidesOfASingleDeal) {
  ArticleRecord a = body("The regulator agreed a deal totalling $90m with Norvel Capital Management Ltd.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("with Norvel Capital Management"), std::string::npos) << titles(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Norvel Capital Management Ltd")) << titles(a);
}

TEST(AgreementsSubjects, IdiomsAndReferencesAreNoDeals) {
  EXPECT_TRUE(body("Ministers promised a better deal for victims of crime.").agreements.empty());
  EXPECT_TRUE(body("The policies should help deal with the public debt.").agreements.empty());
  ArticleRecord a = body("Norvel Motors signed a supply agreement with Tarkon Steel Ltd in 2001. The agreement in question "
                         "dates back to Norvel's plan to expand.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title.find("question"), std::string::npos) << titles(a);
}

TEST(AgreementsSubjects, ListGoesOnPastAPartsOwnAnd) {
  ArticleRecord a = body("The two sides signed pacts covering science and technology, health cooperation, mining and "
                         "energy, and green partnerships.");
  EXPECT_NE(titled(a, "pact covering science and technology"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "pact covering health cooperation"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "pact covering mining and energy"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "pact covering green partnerships"), nullptr) << titles(a);
  EXPECT_EQ(a.agreements.size(), 4u) << titles(a);
}

TEST(AgreementsSubjects, LoanNamedByPurposeAndBorrower) {
  ArticleRecord a = body("The Andean Development Bank is expected to process an urban development loan for Cusco next year. Loans "
                         "have become more expensive.");
  const AgreementRecord* g = titled(a, "urban development loan for Cusco");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->status, AgreementStatus::planned);
  EXPECT_EQ(a.agreements.size(), 1u) << titles(a);
}

TEST(AgreementsSubjects, AnOrderForACountIsAPurchase) {
  ArticleRecord a = body("Budget airline Norvel Air has placed an order for 40 Airbus A320 planes, in a deal valued at "
                         "$2bn. A court order was lifted, in order to let the sale proceed.");
  const AgreementRecord* g = titled(a, "order for 40 Airbus A320 planes");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->status, AgreementStatus::signed_);
  EXPECT_TRUE(has_party(*g, "Norvel Air")) << titles(a);
  EXPECT_EQ(titled(a, "court order"), nullptr) << titles(a);
}

TEST(AgreementsSubjects, CountryOpeningACompanyNameAndACurrencyPrefix) {
  ArticleRecord a = body("New Zealand Dairy Holdings has agreed to sell its stake in Tarkon Cheeses to United Milk Ltd "
                         "for NZ$5.3m. NZ$2m was paid at once.");
  ASSERT_FALSE(a.agreements.empty()) << titles(a);
  EXPECT_TRUE(has_party(a.agreements[0], "New Zealand Dairy Holdings")) << titles(a);
  EXPECT_TRUE(has_party(a.agreements[0], "United Milk Ltd")) << titles(a);
}
