// agreements_counted_test: round 11, classes read on check10 (released after its one held-out score).
//  - a counted group whose list names as many subjects is that many documents ("two MoUs on A and B"), and is no
//    group of its own any more; a count that differs from the list keeps the group;
//  - "three other agreements on ...", "two more deals with X": a count before a vague word counts the group when a
//    complement names it (a bare "two more agreements" names nothing);
//  - a passive after the list makes the documents ("agreements on A and B were signed");
//  - "regarding" opens a list of subjects as "on" does; a noun by its ending ("education") is a subject of its own,
//    not a modifier of a shared head;
//  - the list may start before the last preposition ("agricultural co-operation, tourism, and co-operation in
//    biotechnology");
//  - "Two contracts were firmed up with X for A and B": the passive gives the status, the complement starts at
//    "with";
//  - split titles: an acronym given in passing names the document, a purpose ("to promote cooperation in the fields
//    of") reads as "on cooperation in".
// Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(AgreementsCounted, CountMatchingItsListIsOneDocumentPerSubject) {
  ArticleRecord a = body("Norway and Chile on Monday signed two agreements on fisheries and renewable energy.");
  EXPECT_NE(titled(a, "agreement on fisheries"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "agreement on renewable energy"), nullptr) << titles(a);
  EXPECT_EQ(a.agreements.size(), 2u) << titles(a);
}

TEST(AgreementsCounted, CountDifferentFromItsListKeepsTheGroup) {
  ArticleRecord a = body("Norway and Chile on Monday signed five agreements on fisheries and renewable energy.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("five agreements"), std::string::npos) << titles(a);
}

TEST(AgreementsCounted, CountBeforeAVagueWord) {
  ArticleRecord a = body("Three other agreements on shipping, tourism, and cooperation in astronomy were to be signed "
                         "by the deputy ministers.");
  for (const char* t : {"agreement on shipping", "agreement on tourism", "agreement on cooperation in astronomy"}) {
    const AgreementRecord* g = titled(a, t);
    ASSERT_NE(g, nullptr) << t << ": " << titles(a);
    EXPECT_EQ(g->status, AgreementStatus::planned);
  }
  EXPECT_EQ(a.agreements.size(), 3u) << titles(a);
}

TEST(AgreementsCounted, BareCountBeforeAVagueWordNamesNothing) {
  ArticleRecord a = body("The two presidents met in the capital. Two more agreements were signed.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

TEST(AgreementsCounted, PassiveAfterTheListMakesTheDocuments) {
  ArticleRecord a = body("Agreements on railways, water and health were signed after the talks.");
  EXPECT_NE(titled(a, "Agreement on railways"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "Agreement on water"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "Agreement on health"), nullptr) << titles(a);
}

TEST(AgreementsCounted, RegardingAndNounSubjects) {
  ArticleRecord a = body("Both countries also signed agreements regarding military, education, and land management.");
  EXPECT_NE(titled(a, "agreement regarding military"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "agreement regarding education"), nullptr) << titles(a);
  EXPECT_NE(titled(a, "agreement regarding land management"), nullptr) << titles(a);
  EXPECT_EQ(a.agreements.size(), 3u) << titles(a);
}

TEST(AgreementsCounted, AcronymAndPurposeInSplitTitles) {
  ArticleRecord a = body("Peru and Kenya on Sunday signed two memorandums of understanding (MoUs) to promote "
                         "cooperation in the fields of mining and standards.");
  const AgreementRecord* m = titled(a, "MoU on cooperation in mining");
  ASSERT_NE(m, nullptr) << titles(a);
  EXPECT_EQ(m->status, AgreementStatus::signed_);
  EXPECT_NE(titled(a, "MoU on cooperation in standards"), nullptr) << titles(a);
  EXPECT_EQ(a.agreements.size(), 2u) << titles(a);
}

TEST(AgreementsCounted, PassiveBeforeWithGivesStatusAndComplement) {
  ArticleRecord a = body("Two contracts were firmed up with Northwind Systems Limited for the procurement of coastal "
                         "radar (CR) and patrol boats.");
  const AgreementRecord* r =
      titled(a, "contract with Northwind Systems Limited for the procurement of coastal radar (CR)");
  ASSERT_NE(r, nullptr) << titles(a);
  EXPECT_EQ(r->status, AgreementStatus::signed_);
  EXPECT_NE(titled(a, "contract with Northwind Systems Limited for the procurement of patrol boats"), nullptr)
      << titles(a);
  EXPECT_EQ(a.agreements.size(), 2u) << titles(a);
}

TEST(AgreementsCounted, VagueCountWithAComplement) {
  ArticleRecord a = body("Two other deals were finalised with Eastgate Aerospace Private Limited for the supply of "
                         "trainer aircraft.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("Eastgate Aerospace"), std::string::npos) << titles(a);
}

// "take over X": a company taken over is a takeover; an office, a show or a body's management is none.
TEST(AgreementsCounted, TakeOverACompany) {
  ArticleRecord a = body("Harbour Holdings PLC won its bid to take over engineering group Valecroft PLC.");
  const AgreementRecord* t = titled(a, "Harbour Holdings takeover of Valecroft");
  ASSERT_NE(t, nullptr) << titles(a);
  ArticleRecord b = body("Two presenters are taking over Northcast Radio's breakfast show. Lena Ortiz took over as "
                         "chief executive of Valecroft PLC in May.");
  EXPECT_TRUE(b.agreements.empty()) << titles(b);
}

// Deals told only in general name nothing: vague sides, a deal sought, sides told by their number after the deal.
TEST(AgreementsCounted, VagueSidesAndDealsSought) {
  ArticleRecord a = body("The minister hoped agreement with several countries could be reached. \"It is not an easy "
                         "agreement to get,\" he said.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
  ArticleRecord b = body("Harbour Holdings PLC agreed to buy Valecroft PLC. The merger of the two industry giants could "
                         "face a review.");
  EXPECT_EQ(b.agreements.size(), 1u) << titles(b);
}

// A capitalised trigger inside an office's name is part of a title.
TEST(AgreementsCounted, TriggerInsideAnOfficeName) {
  ArticleRecord a = body("Ana Ruiz, Minister for International Cooperation and Promotion of Public-Private "
                         "Partnership, opened the fair. Peru and Chile signed the Executive Programme for Cultural "
                         "Exchanges.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(titled(a, "Executive Programme for Cultural Exchanges"), nullptr) << titles(a);
}

// "Among them, 12 MoUs were investment agreements": a part of the documents told before takes their verb.
TEST(AgreementsCounted, PartOfTheDocumentsBeforeTakesTheirVerb) {
  ArticleRecord a = body("Peru and Chile signed 20 memorandums of understanding on Monday. Among them, 12 MoUs were "
                         "investment agreements valued at 1.4 billion dollars.");
  const AgreementRecord* g = titled(a, "investment agreements");
  ASSERT_NE(g, nullptr) << titles(a);
  EXPECT_EQ(g->status, AgreementStatus::signed_);
}

// A company deal's title names the companies without their legal form; the parties keep it.
TEST(AgreementsCounted, TitleWithoutLegalForms) {
  ArticleRecord a = body("Harbour Holdings PLC agreed to buy Valecroft Inc.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Harbour Holdings purchase of Valecroft");
  EXPECT_TRUE(has_party(a.agreements[0], "Harbour Holdings PLC"));
}

// A loan told by a lending verb: the subject lends, the indirect object borrows; given is signed, to give planned.
TEST(AgreementsCounted, LoanGivenByItsLender) {
  ArticleRecord a = body("Norway has given Peru a $6bn loan to build the port.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Norway $6bn loan to Peru to build the port");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
  EXPECT_TRUE(has_party(a.agreements[0], "Peru"));
  ArticleRecord b = body("The Nordic Bank will provide Peru a $300m loan.");
  ASSERT_EQ(b.agreements.size(), 1u) << titles(b);
  EXPECT_EQ(b.agreements[0].status, AgreementStatus::planned);
}

TEST(AgreementsCounted, TriggerNamingABody) {
  ArticleRecord a = body("The order was signed on behalf of the Ministry of Defence's Acquisition Wing. The EU Merger "
                         "Task Force cleared it.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

// A document between two long-named bodies, then its subject: the subject names it, the bodies are its parties.
TEST(AgreementsCounted, SubjectAfterTheSidesNamesTheDocument) {
  ArticleRecord a = body("The two countries signed a Memorandum of Understanding between the Department of Tourism of "
                         "the Republic of Peru and the Ministry of Culture of Chile concerning Heritage Sites.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Memorandum of Understanding concerning Heritage Sites");
}

// "an order from X for as many as 24 aircraft": a purchase by count, its buyer named first; "agreed to purchase X"
// is the verb of a company deal.
TEST(AgreementsCounted, OrderFromABuyerAndPurchaseAsAVerb) {
  ArticleRecord a = body("Boeing won an order from Norway's Fjord Air for as many as 24 of its 787 aircraft.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("order from Norway's Fjord Air"), std::string::npos) << titles(a);
  ArticleRecord b = body("Harbour Holdings PLC agreed to purchase Valecroft Inc.");
  ASSERT_EQ(b.agreements.size(), 1u) << titles(b);
  EXPECT_EQ(b.agreements[0].title, "Harbour Holdings purchase of Valecroft");
  EXPECT_EQ(b.agreements[0].status, AgreementStatus::agreed);
}

// A contract bagged (won, received) exists: signed by the annotation's rules (round 13; it was "agreed" before, which
// check11's and check13's gold for won contracts and orders contradict).
TEST(AgreementsCounted, BaggedAContract) {
  ArticleRecord a = body("Northwind Systems said it has bagged a $20m contract for building a port in Peru.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}
