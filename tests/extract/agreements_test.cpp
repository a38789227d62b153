// agreements_test: triggers, titles, statuses, parties and figure links.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract;
using namespace ae::extract::test;

TEST(ExtractAgreements, OpenSkiesSigned) {
  ArticleRecord a = body(
      "Kazakhstan and the U.S. also signed an open skies agreement in December that will facilitate direct flights.");
  ASSERT_EQ(a.agreements.size(), 1u);
  const AgreementRecord& g = a.agreements[0];
  EXPECT_EQ(g.id, "ag-open-skies-agreement");
  EXPECT_EQ(g.title, "open skies agreement");
  EXPECT_EQ(g.kind, "agreement");
  EXPECT_EQ(g.status, AgreementStatus::signed_);
  EXPECT_EQ(g.parties, (std::vector<std::string>{"Kazakhstan", "United States"}));
  EXPECT_EQ(match_text(a, g.evidence), "open skies agreement");
}

TEST(ExtractAgreements, TysonReached) {
  ArticleRecord a = body(
      "Recently reached agreements include an agreement with American agricultural giant Tyson Foods to build a "
      "modern meat processing complex in Kazakhstan. Tileuberdi described the agreement as a first signal.");
  ASSERT_EQ(a.agreements.size(), 1u);
  const AgreementRecord& g = a.agreements[0];
  // The complement names the subject; the descriptor before the company is left out of the title.
  EXPECT_EQ(g.title, "agreement with Tyson Foods to build a modern meat processing complex in Kazakhstan");
  EXPECT_EQ(g.status, AgreementStatus::agreed);
  EXPECT_EQ(g.parties, (std::vector<std::string>{"Tyson Foods", "Kazakhstan"}));
}

TEST(ExtractAgreements, PlannedMemorandumWithFigure) {
  ArticleRecord a = body(
      "Uzbekistan and Kazakhstan will sign a memorandum of understanding on a $500 million railway next month.");
  ASSERT_EQ(a.agreements.size(), 1u);
  const AgreementRecord& g = a.agreements[0];
  EXPECT_EQ(g.title, "memorandum of understanding on a $500 million railway");
  EXPECT_EQ(g.kind, "memorandum");
  EXPECT_EQ(g.status, AgreementStatus::planned);
  EXPECT_EQ(g.parties, (std::vector<std::string>{"Uzbekistan", "Kazakhstan"}));
  ASSERT_EQ(a.figures.size(), 1u);
  EXPECT_EQ(g.figure, a.figures[0].id);
}

TEST(ExtractAgreements, PartnershipsDiscussedAndPlanned) {
  ArticleRecord a = body(
      "Pompeo reaffirmed the United States\xE2\x80\x99 strategic partnership with Kazakhstan. He said Kazakhstan "
      "will continue its partnership with the U.S. State Department. Partnerships like these are good.");
  ASSERT_EQ(a.agreements.size(), 2u);
  EXPECT_EQ(a.agreements[0].title, "strategic partnership with Kazakhstan");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::discussed);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"United States", "Kazakhstan"}));
  EXPECT_EQ(a.agreements[1].title, "partnership with the U.S. State Department");
  EXPECT_EQ(a.agreements[1].status, AgreementStatus::planned);
  EXPECT_EQ(a.agreements[1].parties, (std::vector<std::string>{"Kazakhstan", "U.S. State Department"}));
}

TEST(ExtractAgreements, RepeatsAndGenericsAreSkipped) {
  ArticleRecord a = body(
      "The strategic partnership with the U.S. is firm. The strategic partnership grows. We need new agreements. "
      "We must deal with it.");
  ASSERT_EQ(a.agreements.size(), 1u);
  EXPECT_EQ(a.agreements[0].title, "strategic partnership with the U.S.");
}

TEST(ExtractAgreements, DealBetween) {
  ArticleRecord a = body("Air Astana struck a deal between Kazakhstan and Boeing Company worth $1 billion.");
  ASSERT_EQ(a.agreements.size(), 1u);
  EXPECT_EQ(a.agreements[0].title, "Air Astana deal between Kazakhstan and Boeing Company");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
  // (Air Astana, the subject that struck it, is an organisation by its head "Air" since round 13, and a side.)
  EXPECT_TRUE(has_party(a.agreements[0], "Kazakhstan")) << titles(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Boeing Company")) << titles(a);
  EXPECT_FALSE(a.agreements[0].figure.empty());
}
