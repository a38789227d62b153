// agreements_round13_test: round 13, classes read on check13 (released after its one held-out score) and on
// check11 again.
//  - an order to make goods is a deal ("received an order to build three tankers", "an order from X to construct
//    two carriers", "an order for the construction of four ferries"); "an order to build a fence" (no count) is none;
//  - a contract or an order won ("received", "won", "was awarded") exists: signed; "hopes to win" is not;
//  - "awarded a contract by X for Y": the giver is passed over in the title;
//  - "shipbuilder X", "shipyard X": cue nouns of an organisation, the yard names its order;
//  - a list set out one document per paragraph after a colon ("The four MoUs signed are as follows:" then
//    "1) Cooperation in X", ...): an item without a trigger noun is a document of the list's kind, an item with one
//    takes the list's verb, and the counted group is those documents; prose after the list ends it;
//  - "another MoU": a document of its own, "another" no part of its title;
//  - a document told by no subject, signed by a minister, is about the minister's portfolio.
// Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(AgreementsRound13, OrderToBuildGoodsByCount) {
  ArticleRecord a = body("Korean shipbuilder Daewa Marine Works has received an order to build three chemical tankers "
                         "worth a total of $90m.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Daewa Marine Works order to build three chemical tankers");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
  EXPECT_TRUE(has_party(a.agreements[0], "Daewa Marine Works")) << titles(a);
}

TEST(AgreementsRound13, OrderFromABuyerToConstruct) {
  ArticleRecord a = body("In June, the yard won an order from a Greek owner to construct two bulk carriers.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "order from a Greek owner to construct two bulk carriers");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsRound13, OrderForTheConstructionOf) {
  ArticleRecord a = body("Oriel Yard also secured an order from Kesteven Offshore for the construction of two supply "
                         "vessels.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Oriel Yard order from Kesteven Offshore for the construction of two supply vessels");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsRound13, AnOrderWithoutACountIsNoDeal) {
  EXPECT_TRUE(body("The council issued an order to build a new fence around the park.").agreements.empty());
  EXPECT_TRUE(body("The firm cut staff in order to build three new stores.").agreements.empty());
}

TEST(AgreementsRound13, ContractAwardedByAGiverLeavesTheGiverOutOfTheTitle) {
  ArticleRecord a = body("Nordline Shipyard has been awarded a contract by Baltic ferry operator Sundline for the "
                         "construction of four passenger ferries.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Nordline Shipyard contract for the construction of four passenger ferries");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsRound13, AContractHopedForIsNotSigned) {
  ArticleRecord a = body("Tarrow Engineering hopes to win a contract to build a bridge over the Severn estuary.");
  for (const AgreementRecord& g : a.agreements) EXPECT_NE(g.status, AgreementStatus::signed_) << titles(a);
}

TEST(AgreementsRound13, ListSetOutByParagraphs) {
  ArticleRecord a = run("Title\n\n"
                        "Chile and Norway on Monday signed four memorandums of understanding (MoUs) to deepen ties.\n\n"
                        "The four MoUs signed are as follows:\n\n"
                        "1) Cooperation between the Chilean Space Agency and the Norwegian Space Centre\n\n"
                        "2) Agreement on the mutual recognition of driving licences\n\n"
                        "3) Collaboration in the field of fisheries\n\n"
                        "4) Cooperation on disaster relief\n\n"
                        "The Chilean president arrived in Oslo on Sunday for a three-day visit.\n");
  EXPECT_EQ(a.agreements.size(), 4u) << titles(a);
  const AgreementRecord* space =
      titled(a, "MoU on cooperation between the Chilean Space Agency and the Norwegian Space Centre");
  ASSERT_NE(space, nullptr) << titles(a);
  EXPECT_EQ(space->status, AgreementStatus::signed_);
  EXPECT_TRUE(has_party(*space, "Chilean Space Agency")) << titles(a);
  const AgreementRecord* fish = titled(a, "MoU on collaboration in the field of fisheries");
  ASSERT_NE(fish, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*fish, "Chile")) << titles(a);
  EXPECT_TRUE(has_party(*fish, "Norway")) << titles(a);
  ASSERT_NE(titled(a, "MoU on cooperation on disaster relief"), nullptr) << titles(a);
  // The item with its own trigger noun takes the list's verb.
  const AgreementRecord* lic = titled(a, "Agreement on the mutual recognition of driving licences");
  ASSERT_NE(lic, nullptr) << titles(a);
  EXPECT_EQ(lic->status, AgreementStatus::signed_);
  EXPECT_TRUE(has_party(*lic, "Norway")) << titles(a);  // the list's sides
  // The prose after the list is no document.
  for (const AgreementRecord& g : a.agreements) EXPECT_EQ(g.title.find("president"), std::string::npos) << titles(a);
}

TEST(AgreementsRound13, ProseAfterAColonIsNoList) {
  ArticleRecord a = run("Title\n\n"
                        "Chile and Norway signed two agreements on trade. The minister explained the agreements:\n\n"
                        "Both countries will cut tariffs on salmon and copper from next year.\n");
  for (const AgreementRecord& g : a.agreements) EXPECT_EQ(g.title.find("tariffs"), std::string::npos) << titles(a);
}

TEST(AgreementsRound13, AnotherIsNoPartOfTheTitle) {
  ArticleRecord a = body("The two sides signed a memorandum of understanding on cooperation in agriculture. Another "
                         "MoU on tourism was signed by the ministers.");
  ASSERT_NE(titled(a, "MoU on tourism"), nullptr) << titles(a);
}

TEST(AgreementsRound13, AnotherBareMoUIsNamedAfterItsSides) {
  ArticleRecord a = body("The Chilean and Norwegian trade ministers met in Oslo on Monday. Chile and Norway signed an "
                         "agreement on fisheries. The two sides also signed another MoU.");
  ASSERT_NE(titled(a, "MoU between Chile and Norway"), nullptr) << titles(a);
}

TEST(AgreementsRound13, AMinistersPortfolioNamesTheDocument) {
  ArticleRecord a = run("Title\n\n"
                        "Chile and Norway signed several documents on Tuesday.\n\n"
                        "An MoU was signed by the Chilean Minister of Agriculture Ana Soto and her Norwegian "
                        "counterpart.\n\n"
                        "Another MoU was signed by the Minister of Youth and Sports of Chile and the head of the "
                        "Norwegian sports council.\n");
  ASSERT_NE(titled(a, "MoU on agriculture"), nullptr) << titles(a);
  ASSERT_NE(titled(a, "MoU on youth and sports"), nullptr) << titles(a);
}

// "Air" names an airline ("Tanager Air", "Air Sorvia"): an organisation, never a person, and the buyer of an order.
TEST(AgreementsRound13, AirNamesAnAirline) {
  ArticleRecord a = body("Tanager Air ordered 12 jets from Airbus last week.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Tanager Air")) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
  ArticleRecord b = body("Shares in Air Sorvia and Velta Airways rose on Monday, traders said.");
  EXPECT_EQ(person(b, "Air Sorvia"), nullptr);
}

// A name opened by its head ends at an "and" before another name: "Air Deccan and Kingfisher" are two sides.
TEST(AgreementsRound13, HeadFirstNameEndsAtAnd) {
  ArticleRecord a = body("Airbus has signed fresh deals with two Indian airlines - Air Sorvia and Kestrel.");
  EXPECT_EQ(a.agreements.size(), 2u) << titles(a);
  ArticleRecord b = body("The Ministry of Trade and Industry signed a deal with Velta Motors to build a plant.");
  ASSERT_FALSE(b.agreements.empty());
  EXPECT_TRUE(has_party(b.agreements[0], "Ministry of Trade and Industry")) << titles(b);
}

// An order won from a buyer is one, counted or not; a court's order is not won.
TEST(AgreementsRound13, OrderWonFromABuyer) {
  ArticleRecord a = body("Airbus said its corporate jet arm has won a new order from an undisclosed European customer.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Airbus order from an undisclosed European customer");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
  EXPECT_TRUE(body("The court order from the judge was clear.").agreements.empty());
}

// "Memorandum of Understandings (MoUs) on A, B, and C": the plural written on the complement; one per subject.
TEST(AgreementsRound13, MemorandumOfUnderstandingsIsPlural) {
  ArticleRecord a = body("Chile and Peru signed Memorandum of Understandings (MoUs) on agriculture, electricity trade, "
                         "and cultural cooperation.");
  EXPECT_EQ(a.agreements.size(), 3u) << titles(a);
  ASSERT_NE(titled(a, "MoU on electricity trade"), nullptr) << titles(a);
}

// "will oppose any formal £800m takeover bid from X": a value and a named side make "any" one bid; "any deal" alone
// is a vague mention.
TEST(AgreementsRound13, AnyWithAValueAndANamedSide) {
  ArticleRecord a = body("They will oppose any formal £800m takeover bid from US tycoon Malcolm Glazier. Any deal with "
                         "the unions is far off.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "formal takeover bid from US tycoon Malcolm Glazier");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::planned);
}

// "would fund the purchase of the U.S. firm": a definite description after "of" is the company named last before.
TEST(AgreementsRound13, DefiniteCompanyAfterOfIsTheOneNamedBefore) {
  ArticleRecord a = run("Title\n\nKestrel Tyres said it would pay $1 billion in cash for Velta Holdings, a U.S. maker of "
                        "retreading equipment.\n\nKestrel Tyres said it would fund the purchase of the U.S. firm through a "
                        "bank loan.\n");
  const AgreementRecord* g = titled(a, "Kestrel Tyres purchase of Velta Holdings");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Velta Holdings")) << titles(a);
}

// One modified kind told again: a bare "the loan agreement" takes the name of a later mention with a complement,
// and a later definite mention with a shared side is the same deal; "the agreement on X" after "the agreement on Y"
// (no modifier) stays two.
TEST(AgreementsRound13, OneLoanAgreementToldThreeTimes) {
  ArticleRecord a = run("Title\n\nThe loan agreement has been signed with Velta Steel Limited, the agency said.\n\n"
                        "The Sorvian Cooperation Agency said that it has signed a USD 50 million loan agreement for a "
                        "steel plant in Freedonia.\n\nThe Sorvian Cooperation Agency signed the loan agreement to fund "
                        "the construction of the plant.\n");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "loan agreement for a steel plant in Freedonia");
  ArticleRecord b = body("Chile and Peru signed the agreement on fisheries. They also signed the agreement on tourism.");
  EXPECT_EQ(b.agreements.size(), 2u) << titles(b);
}
