// agreements_groups_test: deals told as groups by count and kind, stake and unit purchases, "is buying",
// the subject of a deal verb as a company, business bodies as sides (round 5). Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(AgreementsGroups, CountWithAKindIsOneItem) {
  // The count's figure spans "12 investment agreements": the count still names the group.
  ArticleRecord a = body("During the visit, 12 investment agreements worth $1.4 billion were signed by firms of "
                         "the two countries.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "12 investment agreements");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsGroups, ElidedCountBeforeACopula) {
  ArticleRecord a = body("Of the 30 documents signed, 18 were trade agreements.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "18 trade agreements");
}

TEST(AgreementsGroups, PluralNamedByItsValue) {
  ArticleRecord a = body("Energy agreements worth $3 billion were signed at the forum in Baku.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Energy agreements worth $3 billion");
}

TEST(AgreementsGroups, SingleDealKeepsItsSidesNotItsValue) {
  ArticleRecord a = body("Acme Holdings agreed a deal with Widget Corp valued at $2bn.");
  for (const AgreementRecord& r : a.agreements) EXPECT_EQ(r.title.find("valued"), std::string::npos) << r.title;
}

TEST(AgreementsGroups, StakePurchase) {
  ArticleRecord a = body("Velta Capital bought a 29.9% stake in Korvel Mining last year.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Velta Capital purchase of 29.9% stake in Korvel Mining");
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Velta Capital", "Korvel Mining"}));
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsGroups, AgreedStakePurchase) {
  ArticleRecord a = body("Harlow Holdings agreed to buy a 40% stake in Petrona Foods from its founders.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Harlow Holdings purchase of 40% stake in Petrona Foods");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
}

TEST(AgreementsGroups, IsBuyingIsAgreed) {
  ArticleRecord a = body("Harlow Holdings is buying Petrona Foods for $300m, the company said.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Harlow Holdings purchase of Petrona Foods");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
}

TEST(AgreementsGroups, SubjectOfADealVerbIsACompany) {
  // "Veolix" has no company evidence of its own but buys something; the unit bought is named with its owner.
  ArticleRecord a = body("On Monday Veolix agreed to acquire the water business of Velta Group for €2bn.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Veolix acquisition of water business of Velta Group");
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Veolix", "Velta Group"}));
}

TEST(AgreementsGroups, ABuyerWhoIsAPersonStaysAPerson) {
  ArticleRecord a = body("Tycoon Ivan Sorokin owns the club. Sorokin bought Velta Rovers in 2003.");
  EXPECT_NE(person(a, "Ivan Sorokin"), nullptr);
}

TEST(AgreementsGroups, CommonNounOpeningASentenceIsNoBuyer) {
  ArticleRecord a = body("Investors are buying shares in Korvel Mining.");
  for (const AgreementRecord& r : a.agreements)
    for (const std::string& p : r.parties) EXPECT_NE(p, "Investors");
}

TEST(AgreementsGroups, PlaceBasedCompanyIsASide) {
  ArticleRecord a = body("Lyon-based Veolix has acquired a 51% stake in Amwal Water, it said.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Veolix", "Amwal Water"}));
}

TEST(AgreementsGroups, BusinessBodiesAreSides) {
  ArticleRecord a = body("The Federation of Velmar Industries and the Confederation of Ostrian Industry signed a "
                         "memorandum to set up a joint business council.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Federation of Velmar Industries",
                                                                "Confederation of Ostrian Industry"}));
  ArticleRecord b = body("The Norland Chamber of Commerce and the Kestria Exporters Association signed an MoU to "
                         "boost trade.");
  ASSERT_EQ(b.agreements.size(), 1u) << titles(b);
  EXPECT_EQ(b.agreements[0].parties.size(), 2u);
}

TEST(AgreementsGroups, CountOverAVagueWordStaysVague) {
  ArticleRecord a = body("The ministry said it would examine eight other contracts next year.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsGroups, DealOfATakeoverToldByAVerbIsNoSecondItem) {
  ArticleRecord a = body("Velta Group has agreed to merge with Korvel Holdings in a deal worth $5bn.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Velta Group merger with Korvel Holdings");
}

TEST(AgreementsGroups, WhatIsAcquiredIsACompany) {
  ArticleRecord a = body("Korvel Mining is in talks to acquire Amwal Resources.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Korvel Mining", "Amwal Resources"}));
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::discussed);
}

TEST(AgreementsGroups, PlayersAndGoodsSoldAreNoCompanies) {
  ArticleRecord a = body("Velta Rovers refused to sell Tomas Brandt to Korvel United. "
                         "Brandt said he was happy.");
  EXPECT_NE(person(a, "Tomas Brandt"), nullptr);
}

TEST(AgreementsGroups, DocumentToldByItsSubject) {
  ArticleRecord a = body("A document on cooperation in the field of tourism was also signed.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "document on cooperation in the field of tourism");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
  ArticleRecord b = body("The sides signed a culture cooperation document.");
  ASSERT_EQ(b.agreements.size(), 1u) << titles(b);
  EXPECT_EQ(b.agreements[0].title, "culture cooperation document");
}

TEST(AgreementsGroups, DocumentsNotSignedAreNoAgreements) {
  ArticleRecord a = body("Open the document on your computer. The document was long.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsGroups, JointStatement) {
  ArticleRecord a = body("Norland and Kestria signed a joint statement on strategic partnership. The firm issued "
                         "a statement on its results.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "joint statement on strategic partnership");
}

TEST(AgreementsGroups, CooperationPlan) {
  ArticleRecord a = body("The two ministries signed a cooperation plan for 2025-2027.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "cooperation plan for 2025-2027");
}

TEST(AgreementsGroups, LoanWithAValueAndASide) {
  ArticleRecord a = body("The Velmar Development Bank approved a $500 million loan to Kenya to upgrade "
                         "tracks. Households took out more loans. A $2bn loan was discussed.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
  EXPECT_EQ(a.agreements[0].parties,
            (std::vector<std::string>{"Velmar Development Bank", "Kenya"}));
}

TEST(AgreementsGroups, DemonymsBeforeAStateNounAreSides) {
  ArticleRecord a = body("The Kazakh and Uzbek governments signed an agreement on the Kambarata power plant.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Kazakhstan", "Uzbekistan"}));
  ArticleRecord b = body("A Kazakh company signed a contract with Velta Group to build a road.");
  for (const AgreementRecord& r : b.agreements)
    for (const std::string& p : r.parties) EXPECT_NE(p, "Kazakhstan");
}

TEST(AgreementsGroups, TheTwoSidesAreTheReportsTwoCountries) {
  // Uzbekistan is named once only: too seldom to be a side by itself, but "the two sides" says there are two.
  ArticleRecord a = body("Kazakhstan hosted the talks in Astana. Kazakhstan and Uzbekistan are neighbours. "
                         "After the talks, the two sides signed an agreement on water management.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Kazakhstan", "Uzbekistan"}));
}

TEST(AgreementsGroups, ListedInstrumentsWithoutATriggerNounEach) {
  ArticleRecord a = body("The MoUs signed are: framework of understanding on energy, protocol on customs "
                         "cooperation and supply of medical equipment.");
  ASSERT_EQ(a.agreements.size(), 3u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Framework of understanding on energy");
  EXPECT_EQ(a.agreements[0].kind, "memorandum");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
  // The item with a trigger noun of its own is read as usual, and stops before the next listed item.
  bool protocol = false;
  for (const AgreementRecord& r : a.agreements) protocol |= r.title == "protocol on customs cooperation";
  EXPECT_TRUE(protocol) << titles(a);
}

TEST(AgreementsGroups, PluralBeforeAVerbWithoutAColonIsNoList) {
  ArticleRecord a = body("Argo signed new contracts in May. Those deals were further delayed, and talks go on.");
  for (const AgreementRecord& r : a.agreements) EXPECT_EQ(r.title.find("delayed"), std::string::npos) << r.title;
}

TEST(AgreementsGroups, NumberGluedToAModifier) {
  ArticleRecord a = body("Velta Energy has signed a 10-year power purchase agreement with Korvel Grid Company.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("10-year power purchase agreement"), std::string::npos) << titles(a);
}

TEST(AgreementsGroups, AgreementToAcquireIsTheAcquisition) {
  ArticleRecord a = body("Harlow Capital has entered into a definitive agreement to acquire Petrona Foods.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Harlow Capital acquisition of Petrona Foods");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsGroups, FormedJointVentureExists) {
  ArticleRecord a = body("Korvel Mining and Velta Energy have formed a joint venture to explore lithium.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsGroups, PronounSubjectStandsForThePeopleBefore) {
  ArticleRecord a = body("Kazakh President Kassym Tokayev held talks with Uzbek President Shavkat Mirziyoyev. They "
                         "signed a treaty on the demarcation of the border.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].parties, (std::vector<std::string>{"Kazakhstan", "Uzbekistan"}));
  ArticleRecord b = body("Norway's Prime Minister Erna Berg met Swedish Prime Minister Stefan Lind. The two leaders "
                         "signed a declaration on Arctic cooperation.");
  ASSERT_EQ(b.agreements.size(), 1u) << titles(b);
  EXPECT_EQ(b.agreements[0].parties, (std::vector<std::string>{"Norway", "Sweden"}));
}
