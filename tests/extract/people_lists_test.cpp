// people_lists_test: round 11, classes read on check10 (released after its one held-out score).
//  - "Commodore", "Ayatollah" and the abbreviated ranks "Capt", "Maj", "Cdr" are forms of address, never part of a
//    name; a capitalised run before a form of address ends a role ("Leader of the Islamic Revolution Ayatollah X")
//    and is no name;
//  - in a list of titled people ("A, Parliament Speaker B and ..."), the title before the next name is not an
//    apposition to the name before, and the name before is a person too;
//  - "his predecessor, X", "her wife, X": a relation noun after a possessive pronoun names a person, with no role.
// Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(PeopleLists, RanksAndStylesAreFormsOfAddress) {
  ArticleRecord a = body("The yard's chairman, Commodore Arjun Mehta (Retd), said the order was welcome. Capt Sara "
                         "Lind said the ship was ready.");
  EXPECT_EQ(person(a, "Commodore Arjun Mehta"), nullptr) << names(a);
  EXPECT_NE(person(a, "Arjun Mehta"), nullptr) << names(a);
  EXPECT_NE(person(a, "Sara Lind"), nullptr) << names(a);
}

TEST(PeopleLists, RoleBeforeAFormOfAddressIsNoName) {
  ArticleRecord a = body("The visitor will meet Guardian of the Northern Revolution Ayatollah Reza Tabari, Senate "
                         "Speaker Omar Halabi and Foreign Minister Lina Haddad.");
  EXPECT_EQ(person(a, "Revolution"), nullptr) << names(a);
  const PersonRecord& t = must(a, "Reza Tabari");
  EXPECT_NE(t.role, "Speaker");  // the next person's title is no apposition
  EXPECT_EQ(must(a, "Omar Halabi").role, "Senate Speaker");
  EXPECT_EQ(must(a, "Lina Haddad").role, "Foreign Minister");
}

TEST(PeopleLists, NameBeforeATitledNameIsAPerson) {
  ArticleRecord a = body("The club's founder along with Marco Bellini, coach Remy Kovac and trainer Ivo Petrov are "
                         "charged.");
  const PersonRecord& b = must(a, "Marco Bellini");
  EXPECT_NE(b.role, "coach");
  EXPECT_EQ(must(a, "Remy Kovac").role, "coach");
}

TEST(PeopleLists, RelationAfterAPossessivePronoun) {
  ArticleRecord a = body("Mr Clarke put more weight on the law than his predecessor, Daniel Okafor. He thanked his "
                         "colleague, Jonas Berg.");
  EXPECT_EQ(must(a, "Daniel Okafor").role, "");
  EXPECT_EQ(must(a, "Jonas Berg").role, "");
}

// Roles in full: a capitalised portfolio before "Minister"/"Secretary"/"Commissioner" is part of the role, not an
// employer; a unit of government in commas after a role ("Secretary, Economic Relations Division") is part of it.
TEST(PeopleLists, PortfolioBeforeATitleIsPartOfTheRole) {
  ArticleRecord a = body("Business Secretary Tom Reyes had demanded a veto. Lifelong Learning Minister Ana Ruiz said "
                         "so. Northwind Bank Chairman Ivo Petrov agreed.");
  EXPECT_EQ(must(a, "Tom Reyes").role, "Business Secretary");
  EXPECT_EQ(must(a, "Tom Reyes").affiliation, "");
  EXPECT_EQ(must(a, "Ana Ruiz").role, "Lifelong Learning Minister");
  EXPECT_EQ(must(a, "Ivo Petrov").role, "Chairman");  // a company before a title is the employer
}

TEST(PeopleLists, GovernmentUnitAfterTheRole) {
  ArticleRecord a = body("The loan agreement was signed by Lina Haddad, Secretary, Economic Relations Division, and "
                         "Omar Halabi, Joint Secretary, Department of Economic Affairs, on Monday.");
  EXPECT_EQ(must(a, "Lina Haddad").role, "Secretary, Economic Relations Division");
  EXPECT_EQ(must(a, "Omar Halabi").role, "Joint Secretary, Department of Economic Affairs");
}

// A capitalised role written straight before a form of address is the person's; a list ("Prince X and Mrs Y") and
// an organisation's role are not read this way.
TEST(PeopleLists, TitledRunBeforeAFormOfAddress) {
  ArticleRecord a = body("This was said by the Minister of State for External Affairs Shri Arun Mehta in the House "
                         "today. Prince Edmund and Mrs Clara Holt will marry.");
  EXPECT_EQ(must(a, "Arun Mehta").role, "Minister of State for External Affairs");
  EXPECT_EQ(must(a, "Clara Holt").role, "");
}
