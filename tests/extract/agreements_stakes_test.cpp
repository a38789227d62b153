// agreements_stakes_test: stakes sold to a named buyer, an owner's stake bought under an option, joint statements
// issued, counted documents named after two countries, a deal described again (round 7, classes read on check5).
// "the agreement in place" names no deal; a takeover told only in the headline. Also counts of three-letter plural
// acronyms. Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ae;
using namespace ae::extract::test;

TEST(AgreementsStakes, StakeSoldToANamedBuyer) {
  ArticleRecord a = body("Family-owned holding group Korvex has agreed to sell a 9.5 percent stake in retailer "
                         "Baltmark AG to Norway's Fjordline Capital Group for an undisclosed sum, it said.");
  const AgreementRecord* g = titled(a, "stake in Baltmark");  // (the title drops the legal form "AG")
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_NE(g->title.find("to Fjordline Capital Group"), std::string::npos) << g->title;
  EXPECT_EQ(g->status, AgreementStatus::agreed);
  EXPECT_TRUE(has_party(*g, "Korvex"));
  EXPECT_TRUE(has_party(*g, "Fjordline Capital Group"));
  EXPECT_FALSE(has_party(*g, "Baltmark AG"));  // its shares change hands: no side of the sale
}

TEST(AgreementsStakes, OwnersStakeIsBoughtNotTheOwner) {
  ArticleRecord a = body("Under the terms of the deal, Fjordline Capital Group can acquire Korvex Holding's "
                         "remaining 12 percent stake under a call option.");
  const AgreementRecord* g = titled(a, "Korvex Holding's remaining 12 percent stake");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Korvex Holding"));
  for (const AgreementRecord& x : a.agreements)  // no "acquisition of Korvex Holding": the owner is not bought
    EXPECT_NE(x.title.substr(x.title.size() > 13 ? x.title.size() - 13 : 0), "Korvex Holding") << titles(a);
}

TEST(AgreementsStakes, IssuedJointStatementNamedAfterItsCountries) {
  ArticleRecord a = body("They issued a joint statement, affirming efforts to deepen trade between Chile and Peru.");
  const AgreementRecord* g = titled(a, "joint statement");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->title, "joint statement between Chile and Peru");
  EXPECT_EQ(g->status, AgreementStatus::signed_);
}

TEST(AgreementsStakes, BareJointStatementIsStillNoDocument) {
  ArticleRecord a = body("The joint statement was read out twice by the spokesman.");
  EXPECT_EQ(titled(a, "joint statement"), nullptr) << titles(a);
}

TEST(AgreementsStakes, CountedGroupNamedAfterTwoCountries) {
  ArticleRecord a = body("On Monday, Chile and Peru signed six MoUs.");
  const AgreementRecord* g = titled(a, "six MoUs");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->title, "six MoUs between Chile and Peru");
}

TEST(AgreementsStakes, DealDescribedAgainIsNoNewDeal) {
  ArticleRecord a = body("Velmar Group has agreed to buy Ostrava Textiles Ltd for 40 million euros. The purchase needed "
                         "approval at a meeting because it was classified as a reverse takeover.");
  EXPECT_NE(titled(a, "Ostrava Textiles"), nullptr) << titles(a);
  EXPECT_EQ(titled(a, "reverse takeover"), nullptr) << titles(a);
}

TEST(AgreementsStakes, ThreeLetterPluralAcronymIsCounted) {
  ArticleRecord a = body("Just 12 of the 480 MPs voted, and the school bought 35 PCs.");
  const FigureRecord* f = figure(a, "480 MPs");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->unit, "MPs");
  EXPECT_DOUBLE_EQ(f->value, 480);
  ASSERT_NE(figure(a, "35 PCs"), nullptr);
}

TEST(AgreementsStakes, AgreementInPlaceNamesNoDeal) {
  ArticleRecord a = body("With the agreement in place, exports between the two chambers are expected to double.");
  EXPECT_EQ(titled(a, "in place"), nullptr) << titles(a);
}

TEST(AgreementsStakes, TakeoverToldOnlyInTheHeadline) {
  ArticleRecord a = run("Velmar is buying Ostrava Textiles for $90 million\n\nThe deal values Ostrava Textiles at "
                        "twice its sales. Brno-based Velmar Group said its board had approved it.\n");
  const AgreementRecord* g = titled(a, "Velmar purchase of Ostrava Textiles");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->status, AgreementStatus::agreed);
  EXPECT_TRUE(has_party(*g, "Ostrava Textiles"));
}

TEST(AgreementsStakes, HeadlineDealToldInTheBodyIsNotRepeated) {
  ArticleRecord a = run("Velmar to buy Czech textile firm\n\nVelmar Group has agreed to buy Ostrava Textiles Ltd "
                        "for 40 million euros, it said.\n");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("Ostrava Textiles"), std::string::npos) << titles(a);
}
