// agreements_clause_test: sides read from the clause around an agreement (clause.cpp, round 9): conjoined
// subjects, a passive "by", "between X and Y", "with X", a definite noun or pronoun resolved to the sentence before,
// a signer standing for the body they act for, and the slots that are no side (a reporting clause, a place).
// Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

namespace {
std::string sides(const AgreementRecord& g) {
  std::string all;
  for (const std::string& p : g.parties) all += "[" + p + "] ";
  return all;
}
}  // namespace

TEST(AgreementsClause, ConjoinedSubjectsAreBothSides) {
  ArticleRecord a = body("Halvorsen Shipping Ltd and Brightwell Foods Plc have jointly signed a freight contract "
                         "worth $40m.");
  const AgreementRecord* g = titled(a, "freight contract");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Halvorsen Shipping Ltd")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Brightwell Foods Plc")) << sides(*g);
}

TEST(AgreementsClause, ListedSubjectsKeepEveryMember) {
  ArticleRecord a = body("Moldova, Portugal and Chile have formally adopted a convention on seed banks.");
  const AgreementRecord* g = titled(a, "convention on seed banks");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Moldova")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Portugal")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Chile")) << sides(*g);
}

TEST(AgreementsClause, PassiveByGivesTheSides) {
  ArticleRecord a = body("A memorandum on flood forecasting, drafted over two years, was finally signed by "
                         "Namibia and Finland.");
  const AgreementRecord* g = titled(a, "flood forecasting");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Namibia")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Finland")) << sides(*g);
}

TEST(AgreementsClause, NounAgentByIsASide) {
  ArticleRecord a = body("Shareholders of Tarkon Ports Ltd rejected an unsolicited $2bn takeover bid by "
                         "Norvel Holdings Plc.");
  ASSERT_FALSE(a.agreements.empty()) << titles(a);
  const AgreementRecord& g = a.agreements[0];
  EXPECT_TRUE(has_party(g, "Norvel Holdings Plc")) << g.title << " " << sides(g);
}

TEST(AgreementsClause, BetweenAfterThePassiveVerb) {
  ArticleRecord a = body("The protocol on rail freight tariffs, prepared by experts, was signed between Estonia "
                         "and Georgia.");
  const AgreementRecord* g = titled(a, "rail freight tariffs");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Estonia")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Georgia")) << sides(*g);
}

TEST(AgreementsClause, WithAfterTheVerbIsASide) {
  ArticleRecord a = body("Brightwell Foods Plc yesterday signed, after months of talks with Halvorsen Shipping "
                         "Ltd, a contract for refrigerated transport.");
  const AgreementRecord* g = titled(a, "refrigerated transport");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Brightwell Foods Plc")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Halvorsen Shipping Ltd")) << sides(*g);
}

TEST(AgreementsClause, TheCompanyIsResolvedToThePreviousSentence) {
  ArticleRecord a = body("Halvorsen Shipping Ltd reported higher profits for the year on Monday. The company also "
                         "struck a licensing deal for its hull coatings.");
  const AgreementRecord* g = titled(a, "licensing deal");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Halvorsen Shipping Ltd")) << sides(*g);
}

TEST(AgreementsClause, TheTwoSidesAreThePreviousSentencesCountries) {
  ArticleRecord a = body("Delegations from Namibia and Finland held talks in Windhoek. After the talks the two "
                         "sides agreed a programme of teacher exchanges.");
  const AgreementRecord* g = titled(a, "teacher exchanges");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Namibia")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Finland")) << sides(*g);
}

TEST(AgreementsClause, ASignerStandsForTheBodyTheyActFor) {
  ArticleRecord a = body("Jane Roe, chief executive of Brightwell Foods Plc, signed a distribution agreement for "
                         "frozen goods.");
  const AgreementRecord* g = titled(a, "distribution agreement");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Brightwell Foods Plc")) << sides(*g);
  EXPECT_FALSE(has_party(*g, "Jane Roe")) << sides(*g);
}

TEST(AgreementsClause, ThePlaceOfTheSigningIsNoSide) {
  ArticleRecord a = body("Chile and Portugal held talks in Lisbon last week. The two sides later signed an agreement "
                         "on wine exports in Madrid.");
  const AgreementRecord* g = titled(a, "wine exports");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Chile")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Portugal")) << sides(*g);
  EXPECT_FALSE(has_party(*g, "Spain")) << sides(*g);
}

TEST(AgreementsClause, AListAboutAGroupTakesTheGroupsSides) {
  ArticleRecord a = body("Namibia and Finland signed three memoranda of understanding on Monday. The memoranda "
                         "signed are: a memorandum on forestry research, a memorandum on teacher training and a "
                         "memorandum on water management.");
  const AgreementRecord* g = titled(a, "teacher training");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Namibia")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Finland")) << sides(*g);
}

TEST(AgreementsClause, ANounAfterThePassiveVerbIsNoAgent) {
  // "agreed the package with X": an active verb after the mention; its "with" belongs to another deal.
  ArticleRecord a = body("Brokers involved in the sale of the bonds agreed a compensation package with the "
                         "Tarkon Regulatory Authority.");
  for (const AgreementRecord& g : a.agreements)
    if (g.title.find("sale of the bonds") != std::string::npos)
      EXPECT_FALSE(has_party(g, "Tarkon Regulatory Authority")) << sides(g);
}

// The same classes where the phrase rules next to the mention find fewer than two sides and the clause decides.
TEST(AgreementsClause, ConjoinedSubjectBeforeARelativeClause) {
  ArticleRecord a = body("Brightwell Foods Plc and Halvorsen Shipping Ltd, which have worked together since 2010, "
                         "renewed a freight contract.");
  const AgreementRecord* g = titled(a, "freight contract");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Brightwell Foods Plc")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Halvorsen Shipping Ltd")) << sides(*g);
}

TEST(AgreementsClause, WithAfterAPassiveVerb) {
  ArticleRecord a = body("A contract for refrigerated transport, drafted by lawyers, was agreed on Monday with "
                         "Halvorsen Shipping Ltd.");
  const AgreementRecord* g = titled(a, "refrigerated transport");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Halvorsen Shipping Ltd")) << sides(*g);
}

TEST(AgreementsClause, ADescribedCompanyIsResolvedToThePreviousSentence) {
  ArticleRecord a = body("Halvorsen Shipping Ltd reported higher profits on Monday. The Norwegian shipping group "
                         "also struck a licensing deal for its hull coatings.");
  const AgreementRecord* g = titled(a, "licensing deal");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Halvorsen Shipping Ltd")) << sides(*g);
}

TEST(AgreementsClause, TheTwoNationsWithAModifier) {
  ArticleRecord a = body("Delegations from Namibia and Finland held talks in Windhoek. The two partner nations later "
                         "signed a memorandum on teacher exchanges.");
  const AgreementRecord* g = titled(a, "teacher exchanges");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Namibia")) << sides(*g);
  EXPECT_TRUE(has_party(*g, "Finland")) << sides(*g);
}

TEST(AgreementsClause, ASignerAsThePassiveAgent) {
  ArticleRecord a = body("The agreement on port fees was signed by Jane Roe, chief executive of Brightwell Foods "
                         "Plc, and by the harbour master.");
  const AgreementRecord* g = titled(a, "port fees");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_TRUE(has_party(*g, "Brightwell Foods Plc")) << sides(*g);
  EXPECT_FALSE(has_party(*g, "Jane Roe")) << sides(*g);
}

// "Documents were signed after the talks between A and B. The documents included an agreement on X": the group
// is named only vaguely in the sentence before, so its items take the sides of that sentence's clause.
TEST(AgreementsClause, ListAfterAVagueGroupTakesThatSentencesSides) {
  ArticleRecord a = body(
      "Documents were signed following the talks between Belarusian President Ivan Dorosh and Peruvian President "
      "Ana Quispe in Minsk. The documents included an agreement on visa-free travel.");
  const AgreementRecord* g = titled(a, "visa-free travel");
  ASSERT_NE(g, nullptr);
  EXPECT_TRUE(has_party(*g, "Belarus"));
  EXPECT_TRUE(has_party(*g, "Peru"));
}
