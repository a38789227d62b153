// agreements_purpose_test: a purpose after a document's sides names it ("an MoU with the governor of X to expand
// trade" is the "MoU to expand trade"), unless the side is a named company or the purpose is a trade ("a deal with
// X to buy Y"); "agreed to form a commission to monitor X" keeps the purpose (round 8, a class read on check2 and
// check6). Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(AgreementsPurpose, PurposeAfterAnOfficeNamesTheDocument) {
  ArticleRecord a = body("The chief minister of Karvonia signed a memorandum of understanding with the governor of "
                         "Belmoria province to expand bilateral trade and tourism.");
  const AgreementRecord* g = titled(a, "to expand bilateral trade and tourism");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->title.find("governor"), std::string::npos) << g->title;
  EXPECT_EQ(g->status, AgreementStatus::signed_);
}

TEST(AgreementsPurpose, NamedCompanySideStillNamesTheDeal) {
  ArticleRecord a = body("Norvel Shipping signed an agreement with Tarkon Ports Ltd to develop a container terminal.");
  const AgreementRecord* g = titled(a, "Tarkon Ports");
  ASSERT_NE(g, nullptr) << titles(a);
}

TEST(AgreementsPurpose, TradePurposeKeepsTheSides) {
  ArticleRecord a = body("The city council signed an agreement with the regional governor to buy the old harbour.");
  const AgreementRecord* g = titled(a, "with the regional governor");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->title.find("agreement to buy"), std::string::npos) << g->title;
}

TEST(AgreementsPurpose, AgreedToFormKeepsThePurpose) {
  ArticleRecord a = body("The two ministers agreed to form a joint commission to monitor border trade via the "
                         "northern crossing.");
  const AgreementRecord* g = titled(a, "joint commission to monitor border trade");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->status, AgreementStatus::agreed);
}
