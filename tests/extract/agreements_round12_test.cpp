// agreements_round12_test: round 12, classes read on check12 (released after its one held-out score).
//  - "a credit agreement under which X will provide $N to improve Y": the relative clause's purpose names the deal,
//    its subject is a side;
//  - a purpose after the sides' names and a comma, or after a value ("for an amount of 10 million euros for the
//    X project"), names a document better than its sides; "for" and a count (goods) does not;
//  - "signed the loan agreement on behalf of ...": "on behalf of" names no subject; the definite mention of a
//    sort of deal told before (loan, credit, financing) refers back to it;
//  - "will extend a loan": planned (extend lends, it does not continue a deal);
//  - "X ordered 14 A330-900s": an order by count; "the court ordered X to pay" is none;
//  - a named plan that is signed ("the Implementation Plan of the Economic Agenda") is a document; an unveiled
//    "Five-Year Plan" is not;
//  - the second object of "signed X and the MoU for Y" takes the verb however far it is;
//  - "a memorandum signed in May 2021, between A and B": a participle and a date before the sides; inside another
//    document's complement it is an item of its own;
//  - a counted group whose documents are named in the next sentences is those documents, not a group of its own;
//  - "Dhaka (AGENCY)- X signed": the agency in a dateline is no side;
//  - a borrowing verb governs a loan ("is set to receive": planned), and "the loan agreement was signed" later
//    firms it up; "aimed at" ends a complement;
//  - "two loan agreements ... for A in X and B in Y": split at their one "and";
//  - "the agreements in Lima" after documents told before refers back; "came to an agreement" is agreed;
//  - a subject told before "between" names the document (unless it is only "cooperation");
//  - "Of the four contracts, one was with X for Y" is one contract; a later counted group counts as its count of
//    named documents.
// Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(AgreementsRound12, RelativeClausePurposeNamesTheDeal) {
  ArticleRecord a = body("Nepal on Monday signed a financing agreement under which the World Bank will provide "
                         "$40 million to upgrade rural roads in the hills.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "financing agreement to upgrade rural roads in the hills");
  EXPECT_TRUE(has_party(a.agreements[0], "Nepal")) << titles(a);
  EXPECT_TRUE(has_party(a.agreements[0], "World Bank")) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsRound12, RelativeClauseForAfterTheValue) {
  ArticleRecord a = body("Laos signed a loan agreement whereby Thailand lends it $15 million for a new bridge.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "loan agreement for a new bridge");
}

TEST(AgreementsRound12, PurposeAfterTheSidesAndAComma) {
  ArticleRecord a = body("The Forestry Institute of Peru signed a memorandum of understanding with Chile's National "
                         "Seed Bank, for cooperation in seed research, the agency said.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "memorandum of understanding for cooperation in seed research");
}

TEST(AgreementsRound12, PurposeAfterAValue) {
  ArticleRecord a = body("Parliament on Tuesday approved a credit agreement between Togo and Banque de Commerce of "
                         "France (BDC) for an amount of 12 million euros for the Coastal Water Supply project (CWSP).");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "credit agreement for the Coastal Water Supply project");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
}

TEST(AgreementsRound12, ForACountIsNamedBySides) {
  ArticleRecord a = body("Fiji Airways signed a purchase agreement with Boeing for 12 787s on Monday.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("Boeing"), std::string::npos) << titles(a);
}

TEST(AgreementsRound12, OnBehalfOfIsNoSubjectAndTheLoanRefersBack) {
  ArticleRecord a = body("Nepal signed a credit agreement with the World Bank on Monday. Ram Thapa and Anne Berg "
                         "signed the loan agreement on behalf of the government and the bank respectively.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "credit agreement with the World Bank");
}

TEST(AgreementsRound12, WillExtendALoanIsPlanned) {
  ArticleRecord a = body("The Nordic Fund will extend a $9 million loan to Nepal for irrigation.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::planned);
}

TEST(AgreementsRound12, OrderedByCount) {
  ArticleRecord a = body("Fiji Airways ordered 14 A350-900s for delivery from 2027. A court ordered Fiji Airways to "
                         "pay damages. The city ordered a review.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Fiji Airways order of 14 A350-900s");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsRound12, SignedNamedPlanAndTheSecondObject) {
  ArticleRecord a = body("Officials from Peru and Chile signed the update of the Implementation Plan of the Joint "
                         "Trade Agenda 2025-2027 and the MoU for Fisheries Cooperation.");
  const AgreementRecord* p = titled(a, "Implementation Plan of the Joint Trade Agenda");
  ASSERT_NE(p, nullptr) << titles(a);
  EXPECT_EQ(p->status, AgreementStatus::signed_);
  const AgreementRecord* m = titled(a, "MoU for Fisheries Cooperation");
  ASSERT_NE(m, nullptr) << titles(a);
  EXPECT_EQ(m->status, AgreementStatus::signed_);
}

TEST(AgreementsRound12, UnveiledPlanIsNoDocument) {
  ArticleRecord a = body("The government unveiled its Five-Year Plan on Monday.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsRound12, DocumentSignedOnADateInsideAnotherComplement) {
  ArticleRecord a = body("They also signed the Action Plan for the implementation of a memorandum signed in May "
                         "2021, between the transport ministers of Peru and Chile, for the renewal of rail links.");
  EXPECT_NE(titled(a, "Action Plan for the implementation"), nullptr) << titles(a);
  const AgreementRecord* m = titled(a, "memorandum");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  m = &a.agreements[1];
  EXPECT_EQ(m->title.rfind("memorandum", 0), 0u) << titles(a);
  EXPECT_EQ(m->status, AgreementStatus::signed_);
  EXPECT_TRUE(has_party(*m, "Peru")) << titles(a);
}

TEST(AgreementsRound12, CountedGroupNamedLaterIsThoseDocuments) {
  ArticleRecord a = body("Peru and Chile signed three cooperation agreements in the trade, fisheries and health "
                         "areas. Officials signed the Work Plan of the Joint Trade Agenda and the MoU for Fisheries "
                         "Cooperation. They also signed a memorandum on health research.");
  for (const AgreementRecord& g : a.agreements)
    EXPECT_EQ(g.title.find("three"), std::string::npos) << titles(a);
  EXPECT_NE(titled(a, "MoU for Fisheries Cooperation"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "memorandum on health research"), nullptr) << titles(a);
}

TEST(AgreementsRound12, CountedGroupWithFewNamedStays) {
  ArticleRecord a = body("Peru and Chile signed twelve cooperation agreements on Monday. They include a memorandum "
                         "on health research.");
  EXPECT_NE(titled(a, "twelve cooperation agreements"), nullptr) << titles(a);
}

TEST(AgreementsRound12, AgencyInADatelineIsNoSide) {
  ArticleRecord a = run("Nepal signs loan\n\nKathmandu, Nepal (NNA)- Nepal on Monday signed a financing agreement "
                        "under which the World Bank will provide $40 million to upgrade rural roads.\n");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_FALSE(has_party(a.agreements[0], "NNA")) << titles(a);
}

// A borrowing verb governs a loan ("is set to receive a loan": planned); "The loan agreement was signed" later
// refers back to it and firms up its status. "aimed at" ends the complement (a reduced relative).
TEST(AgreementsRound12, BorrowedLoanSignedLater) {
  ArticleRecord a = body("Nepal is set to receive a $30 million loan from the World Bank for the Rural Roads Program "
                         "aimed at safer travel. The loan agreement was signed yesterday by Ram Thapa.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title.find("aimed"), std::string::npos) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("Rural Roads Program"), std::string::npos) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

// "two loan agreements ... for A in X and B in Y": two counted, one "and" between two phrases: one each.
TEST(AgreementsRound12, TwoCountedSplitAtTheirAnd) {
  ArticleRecord a = body("Nepal and the World Bank signed two loan agreements under which the bank will give $90 "
                         "million for the repair of bridges in Karnali and upgrading water supply in Lumbini.");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  EXPECT_NE(titled(a, "loan agreement for the repair of bridges in Karnali"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "loan agreement for upgrading water supply in Lumbini"), nullptr) << titles(a);
}

// "the exchange of the agreements in Lima": the documents told before, where they were signed.
TEST(AgreementsRound12, TheAgreementsInAPlaceReferBack) {
  ArticleRecord a = body("Peru and Chile signed four agreements during the visit. The presidents witnessed the exchange "
                         "of the agreements in Lima this evening.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("four agreements"), std::string::npos) << titles(a);
}

// "came to an agreement on X": reached.
TEST(AgreementsRound12, CameToAnAgreementIsAgreed) {
  ArticleRecord a = body("Peru and Chile came to an agreement on fishing quotas.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
}

// A subject told first names the document; the sides after "between" are its parties. A subject that says nothing
// ("cooperation") keeps the sides in the title.
TEST(AgreementsRound12, SubjectBeforeTheSidesNamesTheDocument) {
  ArticleRecord a = body("They signed a Memorandum of Understanding on Cooperation in Forestry, Fisheries and Related "
                         "Fields between the Republic of Peru and the Republic of Chile.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Memorandum of Understanding on Cooperation in Forestry, Fisheries and Related Fields");
  EXPECT_TRUE(has_party(a.agreements[0], "Peru")) << titles(a);
  ArticleRecord b = body("They signed a Protocol on cooperation between the Peruvian Standards Agency and the Chilean "
                         "Standards Institute.");
  ASSERT_EQ(b.agreements.size(), 1u) << titles(b);
  EXPECT_NE(b.agreements[0].title.find("Standards"), std::string::npos) << titles(b);
}

// "Of the four contracts, one was with X for Y": one of a group, named by its complement; the groups ("four
// contracts worth ...", told twice) are the documents named after them, counted ones as many as their count.
TEST(AgreementsRound12, PartitiveOneAndGroupsNamedLater) {
  ArticleRecord a = body("The defence ministry signed four contracts worth $2 billion on Friday.\n\n"
                         "The ministry on Friday inked four procurement deals. Of the four contracts, one was with "
                         "Andes Aviation Limited for the procurement of trainer aircraft.\n\n"
                         "Two other deals were finalised with Pacific Shipyards Limited for the procurement of patrol "
                         "boats.\n\n"
                         "A contract was also signed with Sierra Radar Limited for coastal radars.");
  const AgreementRecord* one = titled(a, "contract with Andes Aviation Limited for the procurement of trainer aircraft");
  ASSERT_NE(one, nullptr) << titles(a);
  EXPECT_EQ(one->status, AgreementStatus::signed_);
  for (const AgreementRecord& g : a.agreements) EXPECT_EQ(g.title.find("four"), std::string::npos) << titles(a);
}

// "a 40-aircraft letter of intent": the hyphen count (a figure of its own) still modifies the deal.
TEST(AgreementsRound12, HyphenCountModifiesTheDeal) {
  ArticleRecord a = body("Andes Leasing Corporation announced a 40-aircraft letter of intent on Monday.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("40-aircraft letter of intent"), std::string::npos) << titles(a);
}
