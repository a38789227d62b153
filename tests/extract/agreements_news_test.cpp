// agreements_news_test: deal mentions as business news writes them: deals named by their value, a participle
// before the sides, plural deals with sides that have no organisation evidence, one deal as the head of
// another trigger. Every sentence here is made up.
#include "helpers.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ae;
using namespace ae::extract::test;

namespace {

std::string titles(const ArticleRecord& a) {
  std::string all;
  for (const AgreementRecord& g : a.agreements) all += "[" + g.title + "|" + std::string(to_string(g.status)) + "] ";
  return all;
}

bool has_party(const AgreementRecord& g, std::string_view p) {
  return std::find(g.parties.begin(), g.parties.end(), p) != g.parties.end();
}

}  // namespace

// A deal with no subject of its own is still one when its value names it; the participle gives the status.
TEST(AgreementsNews, ValueNamesTheDealAndParticipleGivesStatus) {
  ArticleRecord a = body("The brewers say they already paid out in a $310m settlement reached with 12 counties in 2001.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "settlement with 12 counties");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
}

TEST(AgreementsNews, BareValuedDealKeepsItsValue) {
  ArticleRecord a = body("Analysts expect a £40m deal before the end of the season.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "£40m deal");
}

// "the $40m deal" after a deal is listed is the same deal.
TEST(AgreementsNews, DefiniteValuedDealRefersBack) {
  ArticleRecord a = body(
      "Korvel Motors signed a supply contract with Dunmore Steel. Shares rose after the $40m contract was "
      "announced.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
}

// "sponsorship deals with Redvale and Stanmoor": one deal per side, a name coordinated with a side is a side.
TEST(AgreementsNews, PluralDealSidesWithoutOrganisationEvidence) {
  ArticleRecord a = body("Ostrel, which recently lost kit deals with Redvale and Stanmoor, said profits fell.");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "kit deal with Redvale");
  EXPECT_EQ(a.agreements[1].title, "kit deal with Stanmoor");
  EXPECT_TRUE(has_party(a.agreements[1], "Stanmoor"));
}

TEST(AgreementsNews, PluralDealListAfterADash) {
  ArticleRecord a = body("Aerovia has signed fresh deals with two regional carriers - Sky Tarn and Moravel.");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("Sky Tarn"), std::string::npos) << titles(a);
  EXPECT_NE(a.agreements[1].title.find("Moravel"), std::string::npos) << titles(a);
  EXPECT_EQ(a.agreements[1].status, AgreementStatus::signed_);
}

// Countries and people in the list are no reason to split.
TEST(AgreementsNews, PluralDealWithCountriesOrPeopleIsNotSplit) {
  ArticleRecord a = body("The ministry signed trade deals with France and Brazil last year.");
  EXPECT_LE(a.agreements.size(), 1u) << titles(a);
  ArticleRecord b = body("Coach Ian Marlow said the club agreed deals with John Tarrant and Peter Loy.");
  for (const AgreementRecord& g : b.agreements) EXPECT_EQ(g.title.find("deal with Peter Loy"), std::string::npos);
}

// A later mention naming the same side without organisation evidence is no new deal.
TEST(AgreementsNews, SameSideIsNoNewDeal) {
  ArticleRecord a = body(
      "Ostrel lost kit deals with Redvale and Stanmoor. In May, Ostrel said its kit agreement with Redvale "
      "would end early.");
  EXPECT_EQ(a.agreements.size(), 2u) << titles(a);
}

// A name right after "with" is a side; a descriptor before it ("Scottish club") is not.
TEST(AgreementsNews, NameAfterWithIsASide) {
  ArticleRecord a = body("Ostrel has signed a new four-year agreement with Scottish club Harrowfield.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Harrowfield"));
  EXPECT_FALSE(has_party(a.agreements[0], "Scottish"));
}

// "takeover offer", "merger agreement": the last trigger noun is the head, one item.
TEST(AgreementsNews, TriggerBeforeTriggerIsAModifier) {
  ArticleRecord a = body("Velta Group has signed a merger agreement with Harlow Exchange.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].kind, "agreement");
  EXPECT_NE(a.agreements[0].title.find("merger agreement"), std::string::npos);
}

// "a trade deal between the two countries" names both, with spaces.
TEST(AgreementsNews, BetweenTheTwoCountriesIsSpelledOut) {
  ArticleRecord a = body(
      "Chile and Peru held talks in Peru. The offer is part of a trade deal between the two countries, "
      "officials in Peru said.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "trade deal between Peru and Chile");
}

// "in 1998" ends the complement like "on 12 May".
TEST(AgreementsNews, YearEndsTheComplement) {
  ArticleRecord a = body("Dunmore Steel signed a supply contract with Korvel Motors in 2003.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title.find("2003"), std::string::npos) << titles(a);
}
