// people_round12_test: round 12, classes read on check11 and check12 (released).
//  - a copula and a role after a full name ("X will remain chief executive of Acme", "X became chairman") name a
//    person in that role; "was named player of the year" is an award, no role;
//  - an apposition "X, Acme acting chief executive officer said" ends at a speech verb;
//  - a role in commas right before a full name ("Chilean PM, Ana Soto,", "the head of the Peruvian institute,
//    Luis Rojas,") is that person's; a role in commas after another name is that name's apposition;
//  - "PM" is a title in capitals only ("at 3 pm" is a time);
//  - a one-word name after a title that is the first word of one full name is that person ("PM Ana" after "Prime
//    Minister Ana Soto"; "Sir Alan" after "Sir Alan Budd"), never after a royal form ("Prince Carlos");
//  - a government unit after a role stops before the next signatory ("... Affairs and Ana Soto, Vice President").
// Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(PeopleRound12, CopulaAndRole) {
  ArticleRecord a = body("Tomas Berg will remain chief executive of Nordlys, reporting to the board. Vera Holm "
                         "became chairman of Acme Corp last year.");
  EXPECT_EQ(must(a, "Tomas Berg").role, "chief executive");
  EXPECT_EQ(must(a, "Tomas Berg").affiliation, "Nordlys");
  EXPECT_EQ(must(a, "Vera Holm").role, "chairman");
}

TEST(PeopleRound12, AwardIsNoRole) {
  ArticleRecord a = body("Tomas Berg was named player of the year on Monday.");
  const PersonRecord* p = person(a, "Tomas Berg");
  if (p) EXPECT_EQ(p->role, "") << names(a);
}

TEST(PeopleRound12, AppositionEndsAtASpeechVerb) {
  ArticleRecord a = body("Tomas Berg, Nordlys Air acting chief executive officer said the route pays.");
  EXPECT_EQ(must(a, "Tomas Berg").role, "acting chief executive officer");
  EXPECT_EQ(must(a, "Tomas Berg").affiliation, "Nordlys Air");
}

TEST(PeopleRound12, RoleInCommasBeforeTheName) {
  ArticleRecord a = body("The deal was signed by the head of the Peruvian institute, Luis Rojas, in Lima.");
  EXPECT_EQ(must(a, "Luis Rojas").role, "head");
}

TEST(PeopleRound12, RoleInCommasAfterAnotherNameIsItsApposition) {
  ArticleRecord a = body("The song is by Maria Lund, the director of the popular musical, Midnight Harbour.");
  EXPECT_EQ(person(a, "Midnight Harbour"), nullptr) << names(a);
}

TEST(PeopleRound12, PmInCapitalsOnly) {
  ArticleRecord a = body("The visit of Chilean PM Ana Soto ended on Monday. The talks start at 3 pm Friday.");
  EXPECT_EQ(must(a, "Ana Soto").role, "PM");
  EXPECT_EQ(a.people.size(), 1u) << names(a);
}

TEST(PeopleRound12, GivenNameAfterATitle) {
  ArticleRecord a = body("Prime Minister Ana Soto visited Lima. PM Ana returned home on Friday. Sir Alan Budd spoke "
                         "later, and Sir Alan said the review was fair.");
  EXPECT_EQ(a.people.size(), 2u) << names(a);
  EXPECT_EQ(person(a, "Ana"), nullptr) << names(a);
  EXPECT_EQ(person(a, "Alan"), nullptr) << names(a);
}

TEST(PeopleRound12, RoyalFormKeepsItsOwnPerson) {
  ArticleRecord a = body("Carlos Ruiz, the party leader, spoke. Prince Carlos and his wife hosted a dinner.");
  EXPECT_NE(person(a, "Carlos Ruiz"), nullptr) << names(a);
  const PersonRecord& ruiz = must(a, "Carlos Ruiz");
  EXPECT_EQ(ruiz.role, "party leader");
}

// "Joint Secretary, Department of Economic Affairs and Ana Soto, Vice President of X": the unit after a role stops
// before "and" + a name + a comma + a role (the next signatory).
TEST(PeopleRound12, GovernmentUnitStopsBeforeTheNextSignatory) {
  ArticleRecord a = body("The loan agreement was signed by Ram Thapa, Joint Secretary, Department of Economic Affairs "
                         "and Ana Soto, Vice President of the Andes Development Bank.");
  EXPECT_EQ(must(a, "Ram Thapa").role, "Joint Secretary, Department of Economic Affairs");
}
