// people_more_test: the people rules added for real news: compound roles, roles after and around names,
// peers, forms of address, particles, lists, and later mentions resolved to one person. Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(PeopleRoles, CompoundRoleJoinedByAnd) {
  ArticleRecord a = body("\"We did well,\" chairman and chief executive Rupert Vane said.");
  EXPECT_EQ(must(a, "Rupert Vane").role, "chairman and chief executive");
}

TEST(PeopleRoles, CompoundRoleJoinedByCommaAndDash) {
  ArticleRecord a = body(
      "Deputy Prime Minister - Minister of Trade Arslan Bekov met Minister of Agriculture, Water Resources and "
      "Regional Development Timur Osk.");
  EXPECT_EQ(must(a, "Arslan Bekov").role, "Deputy Prime Minister - Minister of Trade");
  EXPECT_EQ(must(a, "Timur Osk").role, "Minister of Agriculture, Water Resources and Regional Development");
}

TEST(PeopleRoles, LowercaseNounsBeforeARoleBelongToIt) {
  ArticleRecord a = body("Last year immigration minister Dan Rowe said the rules would change.");
  EXPECT_EQ(must(a, "Dan Rowe").role, "immigration minister");
}

TEST(PeopleRoles, FormerAndExStayInTheRole) {
  ArticleRecord a = body(
      "Former Korvex chief Ben Tamm denied the charges, and ex-chief financial officer Lou Marr testified.");
  const PersonRecord& b = must(a, "Ben Tamm");
  EXPECT_EQ(b.role, "former chief");
  EXPECT_EQ(b.affiliation, "Korvex");
  EXPECT_EQ(must(a, "Lou Marr").role, "ex-chief financial officer");
}

TEST(PeopleRoles, RoleAfterTheNameInAnApposition) {
  ArticleRecord a = body("\"It is too early,\" said Jane Roe, a retail analyst at Fendle Partners.");
  const PersonRecord& p = must(a, "Jane Roe");
  EXPECT_EQ(p.role, "retail analyst");
  EXPECT_EQ(p.affiliation, "Fendle Partners");
}

// Words between a role's head and an employer belong to the role: a specialism, a region, or a head noun the
// gazetteer does not know ("strategist" misspelt); the employer is the affiliation.
TEST(PeopleRoles, WordsBetweenTheRoleAndAnEmployerBelongToTheRole) {
  ArticleRecord a = body(
      "\"Rates will rise,\" said Ada Penn, chief currency strategist at Halvern Bank. Olu Dare, chief Italian "
      "economist for Marlow Research, agreed, and Kit Vey, chief market stategist at Tressel Capital, did not.");
  const PersonRecord& p = must(a, "Ada Penn");
  EXPECT_EQ(p.role, "chief currency strategist");
  EXPECT_EQ(p.affiliation, "Halvern Bank");
  const PersonRecord& o = must(a, "Olu Dare");
  EXPECT_EQ(o.role, "chief Italian economist");
  EXPECT_EQ(o.affiliation, "Marlow Research");
  EXPECT_EQ(must(a, "Kit Vey").role, "chief market stategist");
  EXPECT_EQ(must(a, "Kit Vey").affiliation, "Tressel Capital");
}

// Without an employer after it, the words after a role are not taken: "Ada Penn, chief executive, said".
TEST(PeopleRoles, NoEmployerNoExtension) {
  ArticleRecord a = body("Ada Penn, the chief executive, said profits would rise.");
  EXPECT_EQ(must(a, "Ada Penn").role, "chief executive");
}

// A country word that opens a job title at an employer is the job's scope: part of the role, and the employer
// is the affiliation. Without an employer the country stays the affiliation.
TEST(PeopleRoles, CountryBeforeAJobAtAnEmployerIsPartOfTheRole) {
  ArticleRecord a = body(
      "\"Spending held up,\" said Lena Ash, UK chief economist at Orrin Securities. Jon Pell, the French economy "
      "minister, disagreed.");
  const PersonRecord& l = must(a, "Lena Ash");
  EXPECT_EQ(l.role, "UK chief economist");
  EXPECT_EQ(l.affiliation, "Orrin Securities");
  const PersonRecord& j = must(a, "Jon Pell");
  EXPECT_EQ(j.affiliation, "France");
}

// "the Brackwell Warehouse chief executive": capitalised words before a job title in an apposition are the
// employer, even without a company suffix or head noun. A dash list gives the title to the next name instead.
TEST(PeopleRoles, UnknownEmployerBeforeAJobTitleInAnApposition) {
  ArticleRecord a = body(
      "Sam Tull, the Brackwell Warehouse chief executive, said sales fell. Guests included director Lee Marr - "
      "Quent actress Ola Brisk - and others.");
  const PersonRecord& p = must(a, "Sam Tull");
  EXPECT_EQ(p.role, "chief executive");
  EXPECT_EQ(p.affiliation, "Brackwell Warehouse");
  EXPECT_EQ(must(a, "Lee Marr").affiliation, "");
}

TEST(PeopleRoles, NameInCommasAfterTheRole) {
  ArticleRecord a = body("It will happen only when the Prime Minister, Tom Bairn, decides.");
  EXPECT_EQ(must(a, "Tom Bairn").role, "Prime Minister");
}

TEST(PeopleRoles, FormOfAddressBetweenRoleAndName) {
  ArticleRecord a = body(
      "He met Minister for Finance Mr Olan Sather and Minister for Investment Sheikh Karim Bin Adel Al Nour, "
      "then Secretary of Culture His Excellency Jose Luis Marin Ortega.");
  EXPECT_EQ(must(a, "Olan Sather").role, "Minister for Finance");
  EXPECT_EQ(must(a, "Karim Bin Adel Al Nour").role, "Minister for Investment");
  EXPECT_EQ(must(a, "Jose Luis Marin Ortega").role, "Secretary of Culture");
}

TEST(PeopleRoles, FullerRoleWins) {
  ArticleRecord a = body("Minister Ida Varr arrived. Minister of Foreign Affairs Ida Varr then spoke.");
  EXPECT_EQ(must(a, "Ida Varr").role, "Minister of Foreign Affairs");
}

TEST(PeopleNames, PeersKeepLordAndTheirTerritorialPart) {
  ArticleRecord a = body(
      "Lord Renwick of Ashby said the ruling was right, and the senior law lord, Lord Pell, agreed. "
      "Lord Renwick of Ashby later spoke again.");
  must(a, "Lord Renwick of Ashby");
  EXPECT_EQ(must(a, "Lord Pell").role, "senior law lord");
  EXPECT_EQ(person(a, "Renwick"), nullptr);
  EXPECT_EQ(person(a, "Pell"), nullptr);
}

TEST(PeopleNames, ParticlesInitialsAndRegnalNumbers) {
  ArticleRecord a = body(
      "Crown Prince Rashid bin Khalid al-Marri met King Edmund VI and Minister K. Ravindran in the capital.");
  must(a, "Rashid bin Khalid al-Marri");
  must(a, "Edmund VI");
  must(a, "K. Ravindran");
}

TEST(PeopleNames, BareFullNameConfirmedByALaterMrMention) {
  ArticleRecord a = body(
      "Owen Stray has attacked the decision. But Mr Stray denied it amounted to a crisis.");
  const PersonRecord& p = must(a, "Owen Stray");
  EXPECT_EQ(p.mentions.size(), 2u);
  EXPECT_EQ(person(a, "Stray"), nullptr);  // no surname-only duplicate
}

TEST(PeopleNames, ListOfNamesWithOnePersonCue) {
  ArticleRecord a = body("Two men - Peter Holm and Ravi Desai - have also been freed, Paul Kett said.");
  must(a, "Peter Holm");
  must(a, "Ravi Desai");
}

TEST(PeopleNames, ShorterNameMadeOfLaterWordsIsTheSamePerson) {
  ArticleRecord a = body(
      "Secretary of Tourism Ana Belen Cortes Vidal arrived. Later Secretary Cortes Vidal met Mr Vidal's team.");
  must(a, "Ana Belen Cortes Vidal");
  EXPECT_EQ(person(a, "Cortes Vidal"), nullptr);
  EXPECT_EQ(a.people.size(), 1u);
}

TEST(PeopleRoles, DelegationListsGiveEachRoleToTheNameAfterIt) {
  ArticleRecord a = body(
      "The delegation included Minister of State for Trade, His Excellency Omar Vell, Ambassador of Norway to "
      "Oman, His Excellency Dr. Karl Benn, and Assistant Director of the Ministry of Finance, Ms. Rita Lom.");
  EXPECT_EQ(must(a, "Omar Vell").role, "Minister of State for Trade");
  EXPECT_EQ(must(a, "Karl Benn").role, "Ambassador of Norway to Oman");
  const PersonRecord& r = must(a, "Rita Lom");
  EXPECT_EQ(r.role, "Assistant Director of the Ministry of Finance");
  EXPECT_EQ(r.affiliation, "Ministry of Finance");
}

TEST(PeopleRoles, AWeakRoleGivesWayToAFullerOne) {
  ArticleRecord a = body(
      "He met his counterpart, His Excellency Ivo Dran, Minister of Foreign Affairs, African Cooperation and "
      "Moroccan Expatriates.");
  EXPECT_EQ(must(a, "Ivo Dran").role, "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates");
}

TEST(PeopleRoles, DashApposition) {
  ArticleRecord a = body("On Thursday, Lord Wend - a senior law lord - said the rules were wrong.");
  EXPECT_EQ(must(a, "Lord Wend").role, "senior law lord");
}

TEST(PeopleNames, ARoleBeforeTheNameOutweighsSaidIt) {
  ArticleRecord a = body("Chief executive Jean-Luc Morel said it had been a difficult year.");
  EXPECT_EQ(must(a, "Jean-Luc Morel").role, "Chief executive");
}

TEST(PeopleRoles, RegionCoveredByTheRole) {
  ArticleRecord a = body("Madrid is represented by Spain's director general for Europe, Jose Luis Pena.");
  const PersonRecord& p = must(a, "Jose Luis Pena");
  EXPECT_EQ(p.role, "director general for Europe");
  EXPECT_EQ(p.affiliation, "Spain");
}

TEST(PeopleRoles, RoleGivenInTheNextSentence) {
  ArticleRecord a = body("Gordon Vale said the plan was sound. The chancellor added that taxes would not rise.");
  EXPECT_EQ(must(a, "Gordon Vale").role, "chancellor");
}

TEST(PeopleRoles, UnnamedRoleThenTheName) {
  ArticleRecord a = body(
      "Norway's defence minister has opened the air show. Erik Lund said firms could take advantage of it.");
  const PersonRecord& p = must(a, "Erik Lund");
  EXPECT_EQ(p.role, "defence minister");
  EXPECT_EQ(p.affiliation, "Norway");
}

TEST(PeopleRoles, WhomTheRoleServesAndOccupations) {
  ArticleRecord a = body(
      "Advisor to the Russian President Ivan Petrov spoke, and Norfolk farmer Tom Hale listened.");
  EXPECT_EQ(must(a, "Ivan Petrov").role, "Advisor to the Russian President");
  EXPECT_EQ(must(a, "Tom Hale").role, "farmer");
}

TEST(PeopleRoles, RoleOfAStateInCommasBeforeHisExcellency) {
  ArticleRecord a = body(
      "The Secretary of Culture of the United Norland Provinces, His Excellency Jose Luis Marin Ortega is "
      "visiting Oslo.");
  const PersonRecord& p = must(a, "Jose Luis Marin Ortega");
  EXPECT_EQ(p.role, "Secretary of Culture");
  EXPECT_EQ(p.affiliation, "United Norland Provinces");
}

// A byline paragraph in the body names the author (the editor), with the agency after a dash.
TEST(PeopleBylines, BylineParagraphs) {
  ae::ArticleRecord a = ae::extract::test::run(
      "Trade talks resume\n\nBy Ana Varga\n\nEdited by Tomas Lindqvist\n\nThe talks resumed on Monday.\n");
  const ae::PersonRecord* p = ae::extract::test::person(a, "Ana Varga");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "author");
  const ae::PersonRecord* q = ae::extract::test::person(a, "Tomas Lindqvist");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->role, "editor");
  ae::ArticleRecord b = ae::extract::test::run("Trade talks resume\n\nBy Ivo Marek – Northwire:\n\nThe talks resumed.\n");
  const ae::PersonRecord* r = ae::extract::test::person(b, "Ivo Marek");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->role, "author");
  EXPECT_EQ(r->affiliation, "Northwire");
  // "by NAME" inside a sentence is no byline.
  ae::ArticleRecord c = ae::extract::test::body("The plan was drafted by Ivo Marek last year.");
  const ae::PersonRecord* n = ae::extract::test::person(c, "Ivo Marek");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->role, "");
}

// "the presidents of A and B – X and Y": each name holds the role for its country, in order.
TEST(PeopleRespective, PluralTitleOfTwoCountries) {
  ae::ArticleRecord a = ae::extract::test::body(
      "The talks were held with the participation of the presidents of Chile and Peru – Ana Varga and Tomas "
      "Lindqvist.");
  const ae::PersonRecord* p = ae::extract::test::person(a, "Ana Varga");
  const ae::PersonRecord* q = ae::extract::test::person(a, "Tomas Lindqvist");
  ASSERT_NE(p, nullptr);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(p->role, "president");
  EXPECT_EQ(p->affiliation, "Chile");
  EXPECT_EQ(q->role, "president");
  EXPECT_EQ(q->affiliation, "Peru");
  ae::ArticleRecord b = ae::extract::test::body(
      "The foreign ministers of Chile and Peru, Ana Varga and Tomas Lindqvist, met in Lima.");
  const ae::PersonRecord* r = ae::extract::test::person(b, "Tomas Lindqvist");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->role, "foreign minister");
  EXPECT_EQ(r->affiliation, "Peru");
}

// A role in lower case keeps its department in lower case, unless the department is cut short by the noun
// phrase it opens ("director of civil liberties group X").
TEST(PeopleRoles, LowerCaseDepartment) {
  ae::ArticleRecord a = ae::extract::test::body(
      "Ivo Marek, chancellor of the exchequer, spoke first. Ana Varga, minister of finance, agreed. Tomas "
      "Lindqvist, director of civil liberties group Northwire, disagreed.");
  const ae::PersonRecord* p = ae::extract::test::person(a, "Ivo Marek");
  const ae::PersonRecord* q = ae::extract::test::person(a, "Ana Varga");
  const ae::PersonRecord* r = ae::extract::test::person(a, "Tomas Lindqvist");
  ASSERT_NE(p, nullptr);
  ASSERT_NE(q, nullptr);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(p->role, "chancellor of the exchequer");
  EXPECT_EQ(q->role, "minister of finance");
  EXPECT_EQ(r->role.find("civil"), std::string::npos) << r->role;
}

// A role after a copula ("has become the Labour Party's longest-serving prime minister") names the office of
// a person; it makes no person of a name by itself.
TEST(PeopleRoles, CopulaRole) {
  ae::ArticleRecord a = ae::extract::test::body(
      "Ivo Marek has become the Labour Party's longest-serving prime minister. Mr Marek said so.");
  const ae::PersonRecord* p = ae::extract::test::person(a, "Ivo Marek");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "prime minister");
  EXPECT_EQ(p->affiliation, "Labour Party");
  ae::ArticleRecord b = ae::extract::test::body("Sky Box is a digital video recorder and director favourite.");
  EXPECT_EQ(ae::extract::test::person(b, "Sky Box"), nullptr);
}

// "Hon." is a form of address (Commonwealth ministers and members), never a name.
TEST(PeopleNames, HonIsAFormOfAddress) {
  ArticleRecord a = body("Prime Minister Hon. Tavita Olu has arrived in Apia. The visit by Hon. Olu is his first.");
  EXPECT_EQ(person(a, "Hon"), nullptr);
  EXPECT_EQ(must(a, "Tavita Olu").role, "Prime Minister");
}

// A bare name that opens a company's name written in full elsewhere is the company, shortened; a partnership
// named after a person still lets the person be one.
TEST(PeopleNames, ShortenedCompanyNameIsNoPerson) {
  ArticleRecord a = body(
      "Dorran Mart Incorporated sold its stake. \"We are pleased,\" said Dorran Mart. Later, \"We agree,\" said "
      "Ivo Pell of administrators Ivo Pell & Partners.");
  EXPECT_EQ(person(a, "Dorran Mart"), nullptr);
  EXPECT_EQ(person(a, "Dorran Mart Incorporated"), nullptr);
  EXPECT_NE(person(a, "Ivo Pell"), nullptr);
}

// "the Chairman of ORG, Mr. X": the role of an organisation right before the form of address is X's.
TEST(PeopleRoles, RoleOfAnOrganisationBeforeAFormOfAddress) {
  ArticleRecord a = body("The delegation met the Chairman of Velmont Rail Group Limited, Mr. Tao Renfei, on Monday.");
  const PersonRecord& p = must(a, "Tao Renfei");
  EXPECT_EQ(p.role, "Chairman");
  EXPECT_EQ(p.affiliation, "Velmont Rail Group Limited");
}

// A misspelt repeat of a full name with the same role is the same person; a different role keeps them apart.
TEST(PeopleNames, MisspeltRepeatWithTheSameRoleIsOnePerson) {
  ArticleRecord a = body(
      "President Ko Wenliang welcomed the guests. Later President Ko Wengliang spoke. Senator Ida Brandt and "
      "Governor Ida Brant met.");
  EXPECT_NE(person(a, "Ko Wenliang"), nullptr);
  EXPECT_EQ(person(a, "Ko Wengliang"), nullptr);
  EXPECT_NE(person(a, "Ida Brandt"), nullptr);
  EXPECT_NE(person(a, "Ida Brant"), nullptr);
}

// A museum, gallery, library, memorial or stadium named after someone is no person.
TEST(PeopleNames, InstitutionNamedAfterAPersonIsNoPerson) {
  ArticleRecord a = body("The ministers opened the Sheikh Omar Dalin Memorial Museum and the Ada Korr Library.");
  EXPECT_TRUE(a.people.empty()) << a.people.front().name;
}

// "..., according to the mayor's press secretary. X says ...": the source at the end of the sentence before
// is the speaker named next; the role that opens that sentence is someone else's.
TEST(PeopleRoles, SourceAtTheEndOfThePreviousSentence) {
  ArticleRecord a = body(
      "The mayor of Brenn has signed a contract for new roads, according to the mayor's press secretary.\n\n"
      "Olek Varda says the roads will be finished next year.");
  EXPECT_EQ(must(a, "Olek Varda").role, "press secretary");
}

// "director of UK Equities at Acme": "of" and a capitalised run before an employer is the department (part of
// the role), even when it opens with a country; the employer is the affiliation.
TEST(PeopleRoles, DepartmentBeforeAnEmployer) {
  ArticleRecord a = body("\"It is cheap,\" said Ray Oduya, investment director of UK Equities at Pellam Investments.");
  const PersonRecord& p = must(a, "Ray Oduya");
  EXPECT_EQ(p.role, "investment director of UK Equities");
  EXPECT_EQ(p.affiliation, "Pellam Investments");
}

// A lower-case role keeps lower-case modifiers of its department: "director of anti-virus research".
TEST(PeopleRoles, LowerCaseDepartmentWithModifiers) {
  ArticleRecord a = body("\"It spread fast,\" said Oona Kell, director of anti-virus research at Tessel Labs.");
  const PersonRecord& p = must(a, "Oona Kell");
  EXPECT_EQ(p.role, "director of anti-virus research");
  EXPECT_EQ(p.affiliation, "Tessel Labs");
}

// "Brent Council's Jo Marr said", "Britain's Ada Penn won": an organisation's or a country's possessive right
// before a full name is the person's affiliation.
TEST(PeopleRoles, PossessiveBeforeAFullNameIsTheAffiliation) {
  ArticleRecord a = body("\"It must stop,\" Halvern Council's Jo Marr said. Britain's Ada Penn said she would race again.");
  EXPECT_EQ(must(a, "Jo Marr").affiliation, "Halvern Council");
  EXPECT_EQ(must(a, "Ada Penn").affiliation, "United Kingdom");
}

// "the Vice President (Trade Section) of the Halvern Trade Council (HTC), X": the role of an organisation
// before a full name in commas is X's, its bracketed qualifier included.
TEST(PeopleRoles, RoleOfAnOrganisationBeforeANameInCommas) {
  ArticleRecord a = body(
      "It was signed by the Vice President (Asia Trade Section) of the Halvern Trade Council (HTC), Agustin Ruiz "
      "Pardo.");
  const PersonRecord& p = must(a, "Agustin Ruiz Pardo");
  // (since round 13 the public body the office belongs to is part of the role, as before a name without a comma)
  EXPECT_EQ(p.role, "Vice President (Asia Trade Section) of the Halvern Trade Council");
  EXPECT_EQ(p.affiliation, "Halvern Trade Council");
}

// "Federation of Halvern Chambers (FHC) Director X": the organisation before its bracketed acronym employs X.
TEST(PeopleRoles, OrganisationWithAcronymBeforeATitle) {
  ArticleRecord a = body("The memorandum was signed by Federation of Halvern Chambers (FHC) Director Amjad Rafi.");
  const PersonRecord& p = must(a, "Amjad Rafi");
  EXPECT_EQ(p.role, "Director");
  EXPECT_EQ(p.affiliation, "Federation of Halvern Chambers");
}

// "fellow Welshman X", "Dutchman X", "compatriot X", "X, a Belgian national": nouns for a person of a nation
// cue a person, and are never part of the name.
TEST(PeopleNames, NationalityNounsCueAPerson) {
  ArticleRecord a = body(
      "His fellow Welshman Dai Prothero won six titles. Dutchman Pim Alders lost to compatriot Joop Verkerk. "
      "Last year Samu Adjei, a Belgian national, was jailed.");
  EXPECT_NE(person(a, "Dai Prothero"), nullptr);
  EXPECT_NE(person(a, "Pim Alders"), nullptr);
  EXPECT_EQ(person(a, "Dutchman Pim Alders"), nullptr);
  EXPECT_NE(person(a, "Joop Verkerk"), nullptr);
  EXPECT_NE(person(a, "Samu Adjei"), nullptr);
}

// "director of the Halvern Board's consumer research centre": the unit of an organisation is part of the role,
// the organisation the employer; not when the lower-case words run into a name ("chief of Acme's new X").
TEST(PeopleRoles, UnitOfAnOrganisationIsPartOfTheRole) {
  ArticleRecord a = body(
      "\"It fell,\" said Lyn Fraine, director of the Halvern Board's consumer research centre. \"It rose,\" said "
      "Ari Bost, chief of Tessel Group's new Global Unit.");
  const PersonRecord& p = must(a, "Lyn Fraine");
  EXPECT_EQ(p.role, "director of the Halvern Board's consumer research centre");
  EXPECT_EQ(p.affiliation, "Halvern Board");
  EXPECT_EQ(must(a, "Ari Bost").role.find("new"), std::string::npos);
}

// A lower-case portfolio after "for" ends at a past-tense verb: "minister for cooperation affairs signed".
TEST(PeopleRoles, PortfolioBeforeAVerb) {
  ArticleRecord a = body("Jo Marr, assistant foreign minister for international cooperation affairs signed for Oman.");
  EXPECT_EQ(must(a, "Jo Marr").role, "assistant foreign minister for international cooperation affairs");
}

