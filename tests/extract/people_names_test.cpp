// people_names_test: names that hold a title word, capitalised modifiers that only make a title, and
// "counterpart" resolved to the counterpart's role (round 4). Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(PeopleNames, NameFormingTitleEndsAName) {
  ArticleRecord a = body("Punjab Chief Minister Tariq Aziz Khan opened the new bridge on Tuesday.");
  EXPECT_EQ(must(a, "Tariq Aziz Khan").role, "Chief Minister");
  EXPECT_EQ(person(a, "Tariq Aziz"), nullptr);
}

TEST(PeopleNames, NameFormingTitleAfterTwoWordsBeforeAVerb) {
  ArticleRecord a = body("Governor Bilal Ahmed Shah said the port would reopen. Shah spoke to reporters.");
  EXPECT_EQ(must(a, "Bilal Ahmed Shah").role, "Governor");
  EXPECT_EQ(a.people.size(), 1u);
}

TEST(PeopleNames, TitleBeforeANameStaysATitle) {
  // Before the name, a title word is no part of it.
  ArticleRecord a = body("Foreign Minister Sheikh Abdullah bin Rashid al-Mansouri arrived in Rome.");
  const PersonRecord& p = must(a, "Abdullah bin Rashid al-Mansouri");
  EXPECT_EQ(p.role, "Foreign Minister");
}

TEST(PeopleNames, FormOfAddressKeptBeforeAOneWordName) {
  ArticleRecord a = body("The talks between Prime Minister Sheikh Farida and her guests went well.");
  EXPECT_EQ(must(a, "Sheikh Farida").role, "Prime Minister");
  EXPECT_EQ(person(a, "Farida"), nullptr);
}

TEST(PeopleNames, FormOfAddressBeforeAKnownShortNameIsDropped) {
  ArticleRecord a = body(
      "Crown Prince Khalid bin Omar Al Sabah opened the fair. Later Minister Sheikh Khalid toured the port.");
  EXPECT_NE(person(a, "Khalid bin Omar Al Sabah"), nullptr);
  EXPECT_EQ(person(a, "Sheikh Khalid"), nullptr);
}

TEST(PeopleRoles, HighCommissionerKeepsHigh) {
  ArticleRecord a = body("Ghana High Commissioner to India Kwame Asante signed the visa protocol.");
  const PersonRecord& p = must(a, "Kwame Asante");
  EXPECT_NE(p.role.find("High Commissioner"), std::string::npos) << p.role;
  EXPECT_EQ(p.affiliation, "Ghana");
}

TEST(PeopleRoles, EuroMpIsOneRole) {
  ArticleRecord a = body("Jane Hollis, the Euro MP, said the vote was close.");
  EXPECT_EQ(must(a, "Jane Hollis").role, "Euro MP");
}

TEST(PeopleRoles, CounterpartTakesTheRoleOfThePersonBefore) {
  ArticleRecord a = body("Finance Minister Ama Boateng met her Ghanaian counterpart Kofi Mensah in Accra.");
  EXPECT_EQ(must(a, "Ama Boateng").role, "Finance Minister");
  const PersonRecord& k = must(a, "Kofi Mensah");
  EXPECT_EQ(k.role, "Finance Minister");
  EXPECT_EQ(k.affiliation, "Ghana");
}

TEST(PeopleRoles, CounterpartAcrossSentences) {
  ArticleRecord a = body(
      "Latvian Prime Minister Ilze Berzina arrived in Vilnius on Monday. She met her Lithuanian counterpart "
      "Tomas Kazlauskas.");
  EXPECT_EQ(must(a, "Tomas Kazlauskas").role, "Prime Minister");
  EXPECT_EQ(must(a, "Tomas Kazlauskas").affiliation, "Lithuania");
}

TEST(PeopleRoles, CounterpartWithNoOneBeforeStaysCounterpart) {
  ArticleRecord a = body("His counterpart Omar Haddad declined to comment.");
  const PersonRecord* p = person(a, "Omar Haddad");
  if (p) {
    EXPECT_EQ(p->role, "counterpart");
  }
}

TEST(PeopleRoles, CapitalisedDepartmentEndingInADepartmentWord) {
  ArticleRecord a = body(
      "Deputy Director of Coastal and Marine Affairs Rosa M. Delgado and Special Envoy for Border Negotiations "
      "Tomas Reyes attended the ceremony.");
  EXPECT_EQ(must(a, "Rosa M. Delgado").role, "Deputy Director of Coastal and Marine Affairs");
  EXPECT_EQ(must(a, "Tomas Reyes").role, "Special Envoy for Border Negotiations");
}

TEST(PeopleNames, TheTitleAndOneWordIsAThingUnlessThePersonIsKnown) {
  ArticleRecord a = body("Turnout in the General Election rose. The Chief Inspector's report was late.");
  EXPECT_TRUE(a.people.empty()) << a.people.front().name;
  ArticleRecord b = body("Tony Marsh spoke first. Later the Prime Minister Marsh said no.");
  EXPECT_EQ(must(b, "Tony Marsh").role, "Prime Minister");
}

TEST(PeopleRoles, CounterpartRoleLeavesTheOtherSidesOrganisation) {
  ArticleRecord a = body("Acme chief Jean Dupont will meet his Globex counterpart Clara Fisher on Friday.");
  EXPECT_EQ(must(a, "Clara Fisher").role, "chief");
  EXPECT_EQ(must(a, "Clara Fisher").affiliation, "Globex");
}

TEST(PeopleNames, TheAndACompoundTitleStillNameAPerson) {
  ArticleRecord a = body("He met the Queen and Prince Philip at the palace.");
  EXPECT_NE(person(a, "Philip"), nullptr);
}

TEST(PeopleRoles, RegionTheRoleGovernsIsTheAffiliation) {
  ArticleRecord a = body("Governor of Kars-e-Nour province of Iran Reza Bahrami Tehrani met the delegation.");
  const PersonRecord& p = must(a, "Reza Bahrami Tehrani");
  EXPECT_EQ(p.role, "Governor");
  EXPECT_EQ(p.affiliation, "Kars-e-Nour");
}

TEST(PeopleNames, HighIsAFamilyNameOutsideATitle) {
  ArticleRecord a = body("The coach asked former referees Derek High and Paul Stone to review the match. High said no.");
  EXPECT_NE(person(a, "Derek High"), nullptr);
  ArticleRecord b = body("High Commissioner Maria Okafor opened the office.");
  EXPECT_EQ(must(b, "Maria Okafor").role, "High Commissioner");
}
