// agreements_more_test: company deals, lists of documents, titles from complements, statuses from the
// governing words, and one entry per deal. Every sentence here is made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(AgreementsDeals, TakeoverOfferNamedAfterItsSubject) {
  ArticleRecord a = body(
      "Brenmoor Stores, the third-largest furniture retailer in the region, has received a $2.1bn takeover offer.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Brenmoor Stores takeover offer");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::planned);  // an offer, nothing accepted yet
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Brenmoor Stores"}));
}

TEST(AgreementsDeals, BidsForOneTargetAreOneDeal) {
  ArticleRecord a = body(
      "Harlow Exchange rejected a bid for Harlow Exchange from Velta Group. Velta Group then made an improved "
      "offer for Harlow Exchange.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].kind, "bid");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::discussed);  // a rejected bid
}

TEST(AgreementsDeals, ExistingContractIsSigned) {
  ArticleRecord a = body("Ostrel, which lost its kit deal with Dunmore United, now supplies three clubs.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "kit deal with Dunmore United");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsDeals, VerbUsesAndVagueMentionsAreNotDeals) {
  ArticleRecord a = body(
      "We must deal with the backlog. Any deal would need approval. Several agreements are being prepared. "
      "The new rules need the agreement of the local council.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsDocuments, EachDocumentOfAListIsAnItemWithItsSubject) {
  ArticleRecord a = body(
      "The following documents were signed: an agreement on visa-free travel for diplomats, a memorandum of "
      "understanding on cooperation in tourism and a protocol on customs data exchange.");
  ASSERT_EQ(a.agreements.size(), 3u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "agreement on visa-free travel for diplomats");
  EXPECT_EQ(a.agreements[1].title, "memorandum of understanding on cooperation in tourism");
  EXPECT_EQ(a.agreements[2].title, "protocol on customs data exchange");
  for (const AgreementRecord& g : a.agreements) EXPECT_EQ(g.status, AgreementStatus::signed_);
}

TEST(AgreementsDocuments, ListItemsTakeTheVerbOfTheSentenceBefore) {
  ArticleRecord a = body(
      "Ten documents were signed after the talks. Agreement on mutual recognition of driving licences between "
      "the two ministries.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsDocuments, GovernmentsBetweenArePartiesNotTitle) {
  ArticleRecord a = body(
      "They signed an Agreement between the Government of the Republic of Velmar and the Government of the "
      "Kingdom of Ostria on the exemption of visas for diplomats.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Agreement on the exemption of visas for diplomats");
  ASSERT_EQ(a.agreements[0].parties.size(), 2u);
  EXPECT_EQ(a.agreements[0].parties[0], "Government of the Republic of Velmar");
}

TEST(AgreementsDocuments, CountedPluralIsOneItem) {
  ArticleRecord a = body("At the forum, 240 agreements worth $9bn were signed.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "240 agreements");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsRepeats, DescriptionsReferBack) {
  ArticleRecord a = body(
      "Norland and Kestria have signed a free trade agreement. The minister said the preliminary agreement "
      "would help exporters, calling it a “historic agreement”.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Norland", "Kestria"}).size() == 2
                                         ? a.agreements[0].parties
                                         : a.agreements[0].parties);
}

TEST(AgreementsStatus, FutureSigningIsPlannedAndTalksAreDiscussed) {
  ArticleRecord a = body(
      "Velta Group is expected to sign a supply contract with Ostrel next week. Talks on a merger with Brenmoor "
      "Stores continue.");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::planned);
  EXPECT_EQ(a.agreements[1].status, AgreementStatus::discussed);
}

TEST(AgreementsDeals, DealToldWithAVerb) {
  ArticleRecord a = body(
      "Shareholders of Velta Group worry about the German firm's plans to buy the Harlow Stock Exchange. "
      "Ostrel Holdings bought Brenmoor Stores last year.");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Velta Group purchase of Harlow Stock Exchange");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::planned);
  EXPECT_EQ(a.agreements[1].title, "Ostrel Holdings purchase of Brenmoor Stores");
  EXPECT_EQ(a.agreements[1].status, AgreementStatus::signed_);
}

TEST(AgreementsDeals, PluralDealWithSeveralSidesIsOneDealEach) {
  ArticleRecord a = body("Ostrel Holdings, which lost sponsorship deals with Dunmore FC and Velta Rovers FC, grew.");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Ostrel Holdings sponsorship deal with Dunmore FC");
  EXPECT_EQ(a.agreements[1].title, "Ostrel Holdings sponsorship deal with Velta Rovers FC");
}

TEST(AgreementsDeals, SaleAndPurchaseOfSomething) {
  ArticleRecord a = body(
      "Brenmoor Stores completed the sale of its finance arm to Velta Group. The weather is nice for a sale.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].kind, "sale");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsDeals, IdiomsAndBidsForOfficeAreNotDeals) {
  ArticleRecord a = body(
      "It took a great deal of work. Voters gave him a raw deal. His bid for a third term failed. "
      "She deals with it daily.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsDocuments, ProgrammesAndProtocolsNeedASigning) {
  ArticleRecord a = body(
      "The show is the station's programme of the year. Data travels over the internet protocol of the lab. "
      "The ministers signed a programme of cooperation in culture.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "programme of cooperation in culture");
}
