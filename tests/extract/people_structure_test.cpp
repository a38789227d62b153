// people_structure_test: names read from their shape and position, not from lists of first names (round 5):
// initials, "Md" before a name, a capitalised common noun inside a name, "X-based" companies, an age in
// commas, verbs whose subject or object is a person, a role after "as". Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(PeopleStructure, MdBeforeANameIsPartOfIt) {
  ArticleRecord a = body("Md Rafiqul Hasan, the director of the port authority, said the cargo had arrived.");
  const PersonRecord& p = must(a, "Md Rafiqul Hasan");
  EXPECT_EQ(p.role, "director");
  EXPECT_EQ(person(a, "Rafiqul Hasan"), nullptr);
}

TEST(PeopleStructure, MdAfterAnHonorificAndWithItsDot) {
  ArticleRecord a = body("The accord was signed by Mr Md Tofazzel Karim and Ms Nasrin Jahan. "
                         "Md. Abul Kashem told reporters the port was ready.");
  EXPECT_NE(person(a, "Md Tofazzel Karim"), nullptr);
  EXPECT_NE(person(a, "Md. Abul Kashem"), nullptr);
}

TEST(PeopleStructure, ManagingDirectorStaysATitle) {
  // "MD" in capitals, or lower case, is the title; only "Md" before a name is a given name.
  ArticleRecord a = body("Acme Foods MD Jonas Berg said sales rose.");
  EXPECT_EQ(must(a, "Jonas Berg").role, "MD");
}

TEST(PeopleStructure, CommonNounInsideAName) {
  ArticleRecord a = body("Nusrat Islam, a spokeswoman for the ministry, declined to comment.");
  EXPECT_EQ(must(a, "Nusrat Islam").role, "spokeswoman");
}

TEST(PeopleStructure, FeastsAndGamesAreNoNames) {
  ArticleRecord a = body("Fans said the Athens Olympics were a success. Father Christmas said hello.");
  EXPECT_EQ(person(a, "Athens Olympics"), nullptr);
  EXPECT_EQ(person(a, "Father Christmas"), nullptr);
}

TEST(PeopleStructure, CapitalInitialsAfterAFormOfAddress) {
  ArticleRecord a = body("The plan was presented by Dr GNR Baloch, the vice chancellor.");
  const PersonRecord& p = must(a, "GNR Baloch");
  EXPECT_EQ(p.role, "vice chancellor");
  EXPECT_EQ(person(a, "Baloch"), nullptr);
}

TEST(PeopleStructure, CapitalInitialsAfterATitle) {
  ArticleRecord a = body("Education Minister ATM Rahman opened the school.");
  EXPECT_EQ(must(a, "ATM Rahman").role, "Education Minister");
}

TEST(PeopleStructure, AcronymBeforeANameIsNoInitials) {
  // Without a title or form of address before it, an all-capitals word is an acronym.
  ArticleRecord a = body("The ICRC team met Jon Amar. ICRC Geneva said the visit went well.");
  EXPECT_EQ(person(a, "ICRC Geneva"), nullptr);
}

TEST(PeopleStructure, DottedInitialsEvenTheLetterA) {
  ArticleRecord a = body("The meeting was chaired by Dr A. B. Karimov, who welcomed the guests.");
  EXPECT_NE(person(a, "A. B. Karimov"), nullptr);
  ArticleRecord b = body("Professor A.K. Tulegenov welcomed the guests.");
  EXPECT_EQ(must(b, "A.K. Tulegenov").role, "Professor");
}

TEST(PeopleStructure, PlaceBasedCompanyIsNoPerson) {
  ArticleRecord a = body("Lyon-based Veolix Terrena said it would bid for the contract. "
                         "Shares in Osaka-based Nakamura Denki rose after Nakamura Denki said profits doubled.");
  EXPECT_TRUE(a.people.empty()) << a.people.front().name;
}

TEST(PeopleStructure, PlaceBasedEmployerLosesThePlace) {
  ArticleRecord a = body("Paula Stein, a director of the Boston-based Institute for Civic Studies, said so.");
  const PersonRecord& p = must(a, "Paula Stein");
  EXPECT_EQ(p.affiliation, "Institute for Civic Studies");
}

TEST(PeopleStructure, AgeInCommasMakesAPerson) {
  ArticleRecord a = body("Tomas Wierzba, 52, a teacher from the town, lost his house.");
  EXPECT_EQ(must(a, "Tomas Wierzba").role, "teacher");
  ArticleRecord b = body("Among them were Olek Brandt, 34, and Ivo Marsh, 41.");
  EXPECT_NE(person(b, "Olek Brandt"), nullptr);
  EXPECT_NE(person(b, "Ivo Marsh"), nullptr);
}

TEST(PeopleStructure, VerbsOfPeople) {
  ArticleRecord a = body("Ilham Zoirov received Rustam Begaliev in the capital.");
  EXPECT_NE(person(a, "Ilham Zoirov"), nullptr);
  EXPECT_NE(person(a, "Rustam Begaliev"), nullptr);
}

TEST(PeopleStructure, RoleAfterAs) {
  ArticleRecord a = body("Al Noor Bank has hired Omar Farouk as chief executive. Mr Farouk starts in May.");
  const PersonRecord& p = must(a, "Omar Farouk");
  EXPECT_EQ(p.role, "chief executive");
  EXPECT_EQ(a.people.size(), 1u);
}

TEST(PeopleStructure, PartPlayedIsNoRole) {
  // "as author X": a title before another name is the part played, not the actor's office.
  ArticleRecord a = body("The film stars Jon Vale as author Peter Quint, said the studio.");
  const PersonRecord* p = person(a, "Jon Vale");
  EXPECT_TRUE(p == nullptr || p->role.empty()) << p->role;
}

TEST(PeopleStructure, BracketedQualifierInARoleAfterTheName) {
  ArticleRecord a = body("Luis Ortega Vidal, Vice President (Asia Trade Section) of the Velmar Chamber of Commerce, "
                         "spoke first.");
  const PersonRecord& p = must(a, "Luis Ortega Vidal");
  EXPECT_EQ(p.role, "Vice President (Asia Trade Section)");
  EXPECT_EQ(p.affiliation, "Velmar Chamber of Commerce");
}

TEST(PeopleStructure, WhoAfterANameMakesAPerson) {
  ArticleRecord a = body("Nargiza Yusupova, who heads the investment agency, said talks continue.");
  EXPECT_NE(person(a, "Nargiza Yusupova"), nullptr);
}

TEST(PeopleStructure, AccordingToAName) {
  ArticleRecord a = body("According to Farhod Tashkentov, the bridge will open in June.");
  EXPECT_NE(person(a, "Farhod Tashkentov"), nullptr);
  ArticleRecord b = body("According to Velta Holdings, sales rose. According to La Gazeta 24 Horas, they fell.");
  EXPECT_EQ(person(b, "Velta Holdings"), nullptr);
  EXPECT_EQ(person(b, "La Gazeta"), nullptr);
}

TEST(PeopleStructure, OnBehalfOfGivesTheAffiliation) {
  ArticleRecord a = body("The deal was signed by Azamat Jumabaev on behalf of Kazakh Invest and Li Wei on behalf "
                         "of Norland Railway Group.");
  EXPECT_EQ(must(a, "Azamat Jumabaev").affiliation, "Kazakh Invest");
  EXPECT_EQ(must(a, "Li Wei").affiliation, "Norland Railway Group");
}

TEST(PeopleStructure, EmployerBeforeATitleIsNoPerson) {
  ArticleRecord a = body("The buyers, led by Grupo Marbella chairman Luis Alvarez, bought the hotel.");
  EXPECT_EQ(person(a, "Grupo Marbella"), nullptr);
  EXPECT_EQ(must(a, "Luis Alvarez").affiliation, "Grupo Marbella");
}

TEST(PeopleStructure, OfficeNamedByItsSeatIsNotTheNextPersonsRole) {
  ArticleRecord a = body("The Bishop of Velmar said he was pleased. Jon Abbot said he was delighted.");
  EXPECT_EQ(must(a, "Jon Abbot").role, "");
}

TEST(PeopleStructure, EmployerBetweenARoleAndANameInCommas) {
  ArticleRecord a = body("A spokesman for Velta Foods, Peter Grant, confirmed the deal.");
  const PersonRecord& p = must(a, "Peter Grant");
  EXPECT_EQ(p.role, "spokesman");
  EXPECT_EQ(p.affiliation, "Velta Foods");
}

TEST(PeopleStructure, PicturedAfterAName) {
  ArticleRecord a = body("Ivan Petrov (pictured) said the firm would grow.");
  EXPECT_NE(person(a, "Ivan Petrov"), nullptr);
}

TEST(PeopleStructure, PossessiveRoleBeforeANameInCommas) {
  ArticleRecord a = body("The programme's host, Jonathan Dimbly, asked the questions. The gang's killer, Tom "
                         "Voss, was jailed.");
  EXPECT_EQ(must(a, "Jonathan Dimbly").role, "host");
  EXPECT_EQ(must(a, "Tom Voss").role, "killer");
}

TEST(PeopleStructure, PossessiveThingBeforeANameIsNoRole) {
  // Not a person's noun: a plural, or a thing ("debut", "company").
  ArticleRecord a = body("The film's backers, Roadside Pictures, said it would open in May. His own production "
                         "company, Further Reels, made it.");
  const PersonRecord* p = person(a, "Roadside Pictures");
  EXPECT_TRUE(p == nullptr || p->role.empty());
  const PersonRecord* q = person(a, "Further Reels");
  EXPECT_TRUE(q == nullptr || q->role.empty());
}
