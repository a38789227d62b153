// agreements_measures_test: a trigger noun that modifies a measure noun ("the settlement figure", "the deal
// price") names an amount, not a deal (round 8, a class read on check6 and seen across the BBC corpus). The deal
// itself, named elsewhere in the same words, is still found. Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(AgreementsMeasures, SettlementFigureIsNoDeal) {
  ArticleRecord a = body("Ms Varga told the Herald Tribune that the final settlement figure was lower than "
                         "expected because one lender had withdrawn.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsMeasures, DealPriceAndContractValuesAreNoDeals) {
  ArticleRecord a = body("Analysts said the deal price looked generous. The contract values were not disclosed "
                         "by Norvel Shipping.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsMeasures, TheDealItselfIsStillFound) {
  ArticleRecord a = body("Norvel Shipping signed a settlement with Tarkon Ports on Monday. The settlement figure "
                         "was not disclosed.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("settlement with Tarkon Ports"), std::string::npos) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}
