// people_address_test: round 10, classes read on check7 and check8 (released). Abbreviated military ranks are forms
// of address, never part of a name; "H. E." is "His Excellency"; a country's role written before a form of address
// in commas is the person's; "Lao" is a demonym. Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(PeopleAddress, RankIsNoPartOfTheName) {
  ArticleRecord a = body("Gen Ramon Ortega took power in 1980. Victims say Gen Ortega must pay. Col. Ana Ruiz said "
                         "nothing.");
  EXPECT_EQ(person(a, "Gen Ramon Ortega"), nullptr);
  EXPECT_EQ(person(a, "Gen Ortega"), nullptr);
  EXPECT_NE(person(a, "Ramon Ortega"), nullptr);
  EXPECT_EQ(person(a, "Ortega"), nullptr);  // the later mention is the same person
  EXPECT_NE(person(a, "Ana Ruiz"), nullptr);
}

TEST(PeopleAddress, RankAfterACompoundRoleStaysOut) {
  ArticleRecord a = body("Chile's vice president and Prime Minister Gen Ramon Ortega spoke.");
  const PersonRecord& p = must(a, "Ramon Ortega");
  EXPECT_EQ(p.role, "vice president and Prime Minister");
  EXPECT_EQ(p.affiliation, "Chile");
}

TEST(PeopleAddress, AbbreviatedExcellency) {
  ArticleRecord a = body("The President of the Republic of Chile, H. E. Juan Ortega, received his counterpart.");
  const PersonRecord& p = must(a, "Juan Ortega");
  EXPECT_EQ(p.role, "President");
  EXPECT_EQ(p.affiliation, "Chile");
}

TEST(PeopleAddress, LaoIsADemonym) {
  ArticleRecord a = body("Lao President Somsak Vongvilay arrived in Hanoi.");
  const PersonRecord& p = must(a, "Somsak Vongvilay");
  EXPECT_EQ(p.role, "President");
  EXPECT_EQ(p.affiliation, "Laos");
}

TEST(PeopleAddress, PossessiveEmployerWithAScopeAndADepartment) {
  ArticleRecord a = body("\"Rates will rise,\" said Jane Roe, E&Y's UK head of tax. \"Not yet,\" said John Doe, Acme's "
                         "director of research.");
  const PersonRecord& p = must(a, "Jane Roe");
  EXPECT_EQ(p.role, "UK head of tax");
  EXPECT_EQ(p.affiliation, "E&Y");
  const PersonRecord& q = must(a, "John Doe");
  EXPECT_EQ(q.role, "director of research");
  EXPECT_EQ(q.affiliation, "Acme");
}

TEST(PeopleAddress, PluralTitleBeforeAListOfNames) {
  ArticleRecord a = body("The communique was signed by the ambassadors Ana Ruiz Vega and Pablo Torres.");
  EXPECT_EQ(must(a, "Ana Ruiz Vega").role, "ambassador");
  EXPECT_EQ(must(a, "Pablo Torres").role, "ambassador");
}

TEST(PeopleAddress, IndianFormsOfAddressAndOpeningParticiples) {
  ArticleRecord a = body("Minister of State Shri Anil Verma visited Lima. Following Ruiz's decision to sell, the board "
                         "met.");
  EXPECT_NE(person(a, "Anil Verma"), nullptr);
  EXPECT_EQ(person(a, "Shri Anil Verma"), nullptr);
  EXPECT_EQ(person(a, "Following Ruiz"), nullptr);
  ArticleRecord b = body("Fleming Hart, a fund manager at Acme, said the deal was done.");  // a name's -ing word
  EXPECT_EQ(person(b, "Following Hart"), nullptr);
}
