// agreements_news_test: deal mentions as business news writes them: deals named by their value, a participle
// before the sides, plural deals with sides that have no organisation evidence, one deal as the head of
// another trigger. Every sentence here is made up.
#include "helpers.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ae;
using namespace ae::extract::test;

// A deal with no subject of its own is still one when its value names it; the participle gives the status.
TEST(AgreementsNews, ValueNamesTheDealAndParticipleGivesStatus) {
  ArticleRecord a = body("The brewers say they already paid out in a $310m settlement reached with 12 counties in 2001.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "settlement with 12 counties");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
}

TEST(AgreementsNews, BareValuedDealKeepsItsValue) {
  ArticleRecord a = body("Analysts expect a £40m deal before the end of the season.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "£40m deal");
}

// "the $40m deal" after a deal is listed is the same deal.
TEST(AgreementsNews, DefiniteValuedDealRefersBack) {
  ArticleRecord a = body(
      "Korvel Motors signed a supply contract with Dunmore Steel. Shares rose after the $40m contract was "
      "announced.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
}

// "sponsorship deals with Redvale and Stanmoor": one deal per side, a name coordinated with a side is a side.
TEST(AgreementsNews, PluralDealSidesWithoutOrganisationEvidence) {
  ArticleRecord a = body("Ostrel, which recently lost kit deals with Redvale and Stanmoor, said profits fell.");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "kit deal with Redvale");
  EXPECT_EQ(a.agreements[1].title, "kit deal with Stanmoor");
  EXPECT_TRUE(has_party(a.agreements[1], "Stanmoor"));
}

TEST(AgreementsNews, PluralDealListAfterADash) {
  ArticleRecord a = body("Aerovia has signed fresh deals with two regional carriers - Sky Tarn and Moravel.");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  EXPECT_NE(a.agreements[0].title.find("Sky Tarn"), std::string::npos) << titles(a);
  EXPECT_NE(a.agreements[1].title.find("Moravel"), std::string::npos) << titles(a);
  EXPECT_EQ(a.agreements[1].status, AgreementStatus::signed_);
}

// Countries and people in the list are no reason to split.
TEST(AgreementsNews, PluralDealWithCountriesOrPeopleIsNotSplit) {
  ArticleRecord a = body("The ministry signed trade deals with France and Brazil last year.");
  EXPECT_LE(a.agreements.size(), 1u) << titles(a);
  ArticleRecord b = body("Coach Ian Marlow said the club agreed deals with John Tarrant and Peter Loy.");
  for (const AgreementRecord& g : b.agreements) EXPECT_EQ(g.title.find("deal with Peter Loy"), std::string::npos);
}

// A later mention naming the same side without organisation evidence is no new deal.
TEST(AgreementsNews, SameSideIsNoNewDeal) {
  ArticleRecord a = body(
      "Ostrel lost kit deals with Redvale and Stanmoor. In May, Ostrel said its kit agreement with Redvale "
      "would end early.");
  EXPECT_EQ(a.agreements.size(), 2u) << titles(a);
}

// A name right after "with" is a side; a descriptor before it ("Scottish club") is not.
TEST(AgreementsNews, NameAfterWithIsASide) {
  ArticleRecord a = body("Ostrel has signed a new four-year agreement with Scottish club Harrowfield.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Harrowfield"));
  EXPECT_FALSE(has_party(a.agreements[0], "Scottish"));
}

// "takeover offer", "merger agreement": the last trigger noun is the head, one item.
TEST(AgreementsNews, TriggerBeforeTriggerIsAModifier) {
  ArticleRecord a = body("Velta Group has signed a merger agreement with Harlow Exchange.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].kind, "agreement");
  EXPECT_NE(a.agreements[0].title.find("merger agreement"), std::string::npos);
}

// "a trade deal between the two countries" names both, with spaces.
TEST(AgreementsNews, BetweenTheTwoCountriesIsSpelledOut) {
  ArticleRecord a = body(
      "Chile and Peru held talks in Peru. The offer is part of a trade deal between the two countries, "
      "officials in Peru said.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "trade deal between Peru and Chile");
}

// "in 1998" ends the complement like "on 12 May".
TEST(AgreementsNews, YearEndsTheComplement) {
  ArticleRecord a = body("Dunmore Steel signed a supply contract with Korvel Motors in 2003.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title.find("2003"), std::string::npos) << titles(a);
}

// Deal verbs whose object is no organisation: a business unit the seller owns, goods bought from a named seller.
TEST(AgreementsNews, SaleOfOwnBusinessUnit) {
  ArticleRecord a = body("Velta Group sold half its insurance arm in 2003 and cut its debt.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Velta Group sale of half its insurance arm");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

TEST(AgreementsNews, PurchaseOfGoodsFromNamedSellers) {
  ArticleRecord a = body("Meanwhile, flag carrier Tarn Air is considering to buy 30 new jets from either Aerovia or Skyforge.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Tarn Air purchase of 30 new jets from Aerovia or Skyforge");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::discussed);
  EXPECT_TRUE(has_party(a.agreements[0], "Skyforge"));
}

// Selling goods with no buyer named, or something that is no business unit, is no deal.
TEST(AgreementsNews, PlainSalesAreNoDeals) {
  EXPECT_TRUE(body("Velta Group sold 5 million phones last year.").agreements.empty());
  EXPECT_TRUE(body("Korvel Motors sells its cars in 40 countries.").agreements.empty());
  EXPECT_TRUE(body("The retailer Brenmoor Stores said its unit was sold.").agreements.empty());
}

// "sold GM a stake": the organisation after "sell" receives; the stake is no sale of it.
TEST(AgreementsNews, SoldAnOrganisationSomethingIsNoSaleOfIt) {
  ArticleRecord a = body("Retailer Brenmoor Stores had sold Velta Group a stake in 2000.");
  for (const AgreementRecord& g : a.agreements) EXPECT_NE(g.title, "Brenmoor Stores sale of Velta Group");
}

// "X, which is due to merge with Y": the relative clause is about X; "due to" is a plan.
TEST(AgreementsNews, MergerInARelativeClause) {
  ArticleRecord a = body(
      "The ruling was challenged by Dunmore Bank and Korvel Oil, a former unit of state gas monopoly Estragaz which "
      "is due to merge with Velta Petroleum.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Estragaz merger with Velta Petroleum");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::planned);
}

// "the firm" as object is the company named before; "willing to" is no plan yet.
TEST(AgreementsNews, TheFirmIsTheCompanyNamedBefore) {
  ArticleRecord a = body(
      "Shares in carmaker Ostrel Motors fell. Rival Dunmore Motors had been willing to buy the firm, but the "
      "founder refused.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Dunmore Motors purchase of Ostrel Motors");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::discussed);
}

// "The unit was acquired by X": the business noun is what X bought.
TEST(AgreementsNews, PassiveWithABusinessNounSubject) {
  ArticleRecord a = body("The unit was acquired by Velta Group 20 years ago.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Velta Group acquisition of the unit");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
}

// The clause's subject is a side without organisation evidence, and names a company deal.
TEST(AgreementsNews, SubjectNameIsASide) {
  ArticleRecord a = body(
      "Airlines buy from Aerovia and others. Aerovia has also recently signed a maintenance deal with Sky Tarn.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Aerovia maintenance deal with Sky Tarn");
  EXPECT_TRUE(has_party(a.agreements[0], "Aerovia"));
  EXPECT_TRUE(has_party(a.agreements[0], "Sky Tarn"));
}

// The organisation after "to" or "from" is the other side, never what is sold; "selling off" is a sale.
TEST(AgreementsNews, SaleToTheOtherSide) {
  ArticleRecord a = body("Korvel Motors will gain the right to sell its truck division to Velta Group.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Korvel Motors sale of its truck division to Velta Group");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::planned);
  ArticleRecord b = body("Oil firm Estragaz is selling off its main refining unit.");
  ASSERT_EQ(b.agreements.size(), 1u) << titles(b);
  EXPECT_EQ(b.agreements[0].title, "Estragaz sale of its main refining unit");
}

// A pronoun ends the object ("selling it if it gets approval from X"); a public body is never sold.
TEST(AgreementsNews, PronounObjectIsNoDeal) {
  ArticleRecord a = body("Drugmaker Velta Pharma said it would consider selling it if it gets Drug Safety Agency approval.");
  EXPECT_TRUE(a.agreements.empty()) << titles(a);
}

// "FleetBoston, bought by BOA": a reduced passive names the buyer after "by".
TEST(AgreementsNews, ReducedPassive) {
  ArticleRecord a = body("Lender Dunmore Bank, bought by Velta Group in 2003, cut 900 jobs.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Velta Group purchase of Dunmore Bank");
}

// One name inside the other is a name cut short, not a second company.
TEST(AgreementsNews, NameInsideTheOtherIsNoSecondCompany) {
  ArticleRecord a = body("Retailer Harlow Department Stores is to buy rival May Department Stores.");
  for (const AgreementRecord& g : a.agreements) EXPECT_NE(g.title, "Harlow Department Stores purchase of Department Stores");
}

// "A's Chamber and B's Committee signed a cooperation agreement": named after the two bodies, so the next
// pair's agreement is another one.
TEST(AgreementsNews, DescribedAgreementNamedAfterTheTwoBodies) {
  ArticleRecord a = body(
      "The Audit Chamber of Norvania and the Control Committee of Estland signed a cooperation agreement. The "
      "Academy of Sciences of Norvania and the Academy of Arts of Estland signed a cooperation agreement.");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "cooperation agreement between Audit Chamber of Norvania and Control Committee of Estland");
}

// A plural trigger with no modifier before it, split over its sides.
TEST(AgreementsNews, PluralSplitWithoutModifier) {
  ArticleRecord a = body("The Forensic Committee of Norvania signed agreements with the Interior Ministry and the Ministry of Justice.");
  ASSERT_EQ(a.agreements.size(), 2u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "agreement with Interior Ministry");
  EXPECT_EQ(a.agreements[1].title, "agreement with Ministry of Justice");
}

// Talks between two companies are a deal being discussed; talks with a state or a person are not, and talks
// between sides that already have a deal listed are about that deal.
TEST(AgreementsNews, CompanyTalks) {
  ArticleRecord a = body(
      "Shares in retailer Brenmoor Stores rose. But the furniture retailer is also holding talks with Velta Group's "
      "rival Harlow Holdings.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Brenmoor Stores talks with Harlow Holdings");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::discussed);
  EXPECT_TRUE(body("Retailer Brenmoor Stores held talks with Prime Minister Ana Varga.").agreements.empty());
  EXPECT_TRUE(body("The Foreign Ministry held talks with Chile.").agreements.empty());
  ArticleRecord b = body(
      "Velta Group made a takeover bid for retailer Brenmoor Stores. Velta Group has continued talks with "
      "Brenmoor Stores.");
  EXPECT_EQ(b.agreements.size(), 1u) << titles(b);
}

// Vague mentions: a description that names neither the subject nor a side, share offers (placings), a
// gerund after a preposition, plurals told only by where they happen.
TEST(AgreementsNews, VagueMentionsAreLeftOut) {
  const char* texts[] = {
      "Analysts said shareholders could hope for a better deal.",
      "A full-blown merger is not expected this year.",
      "The bank is planning a share offer to raise money.",
      "The firm is good at making acquisitions in markets where prices fell.",
      "Builders hope to win rebuilding contracts in the flooded regions.",
  };
  for (const char* t : texts) EXPECT_TRUE(body(t).agreements.empty()) << t << " -> " << titles(body(t));
  ArticleRecord a = body("The council praised its role in promoting inter-ethnic accord between the two regions.");
  for (const AgreementRecord& g : a.agreements) EXPECT_EQ(g.title.find("promoting"), std::string::npos);
  // With a side it stays: "Korvel Motors preliminary agreement".
  EXPECT_EQ(body("Korvel Motors signed a preliminary agreement.").agreements.size(), 1u);
}

// A plural told by a named place is a deal of its own; a verb before the trigger is no modifier.
TEST(AgreementsNews, PluralInANamedPlace) {
  ArticleRecord a = body("Oil firm Tarn Energy has been awarded two oil exploration contracts in Egypt.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  ArticleRecord b = body("Oil firm Tarn Energy holds contracts in Chile and Peru.");
  ASSERT_EQ(b.agreements.size(), 1u) << titles(b);
  EXPECT_EQ(b.agreements[0].title.find("holds"), std::string::npos) << titles(b);
}

// "its former parent and phone pioneer X": the company the description names is what is bought.
TEST(AgreementsNews, DescribedObjectNamedAfterAnd) {
  ArticleRecord a = body("Last week Velta Group agreed to buy its former parent and phone pioneer Korvel Telecom.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Velta Group purchase of Korvel Telecom");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
}

// Status from farther afield: a passive verb after coordinated documents, the next document of a list, a
// sentence about the documents named before, a named instrument, "entered into", a name holding a cue word.
TEST(AgreementsNews, StatusOfListsAndNamedInstruments) {
  ArticleRecord a = body(
      "The protocol of the 4th meeting of the Joint Commission on Trade between Chile and Peru and the Action Plan "
      "for Chilean-Peruvian Economic Cooperation were signed by the two prime ministers.");
  ASSERT_GE(a.agreements.size(), 1u) << titles(a);
  for (const AgreementRecord& g : a.agreements) EXPECT_EQ(g.status, AgreementStatus::signed_) << titles(a);

  ArticleRecord b = body(
      "The ministers also signed a Memorandum of Understanding on Cultural Cooperation between the Arts Council "
      "of Chile and the Culture Institute of Peru and a MOU between the Diplomatic Academy of Chile and the "
      "Foreign Service Institute of Peru.");
  ASSERT_EQ(b.agreements.size(), 2u) << titles(b);
  EXPECT_EQ(b.agreements[1].status, AgreementStatus::signed_) << titles(b);

  ArticleRecord c = body(
      "Six documents were signed in Lima. Another document is the Agreement on cooperation in the field of "
      "plant quarantine.");
  ASSERT_EQ(c.agreements.size(), 1u) << titles(c);
  EXPECT_EQ(c.agreements[0].status, AgreementStatus::signed_);

  ArticleRecord e = body("Critics say the law breaks the European Convention on Human Rights.");
  ASSERT_EQ(e.agreements.size(), 1u) << titles(e);
  EXPECT_EQ(e.agreements[0].status, AgreementStatus::signed_);

  ArticleRecord f = body("The finance ministries of Chile and Peru entered into an agreement on avoiding double taxation.");
  ASSERT_EQ(f.agreements.size(), 1u) << titles(f);
  EXPECT_EQ(f.agreements[0].status, AgreementStatus::signed_);
}

// "A and B agreed to establish a body": an agreement told with a verb by two sides, for a concrete act only.
TEST(AgreementsNews, TwoSidesAgreedToAct) {
  ArticleRecord a = body(
      "In May, Chilean minister Ana Varga and her Peruvian counterpart Tomas Lindqvist agreed to establish a "
      "commission that would settle the border.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "agreement to establish a commission");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::agreed);
  EXPECT_TRUE(body("Chile and Peru agreed to expand cooperation in trade.").agreements.empty());
  EXPECT_TRUE(body("Velta Group agreed to pay $5m to the regulator.").agreements.empty());
  ArticleRecord b = body("Chile and Peru agreed to form a strategic partnership.");
  EXPECT_EQ(b.agreements.size(), 1u) << titles(b);
}

// A plural with neither modifier nor a named side, count or place is deals in general; a conjunction is no
// modifier.
TEST(AgreementsNews, GeneralPluralsAndConjunctions) {
  EXPECT_TRUE(body("\"You don't do deals over jobs like this,\" the minister said.").agreements.empty());
  EXPECT_TRUE(body("The studio signs deals with publishers every year.").agreements.empty());
  EXPECT_EQ(body("The regulator reached agreements with three former managers of Velta Group.").agreements.size(), 1u);
  ArticleRecord a = body("Creditors threatened to call in loans unless agreement was reached on new funding.");
  for (const AgreementRecord& g : a.agreements) EXPECT_EQ(g.title.find("unless"), std::string::npos) << titles(a);
}

// Sides: a hyphenated pair of countries names both; a document with no sides of its own in a report about two
// countries is between them. (An acronym side named by its full name is checked on the dev set: GCC.)
TEST(AgreementsNews, SidesFromPairsHostsAndAcronyms) {
  ArticleRecord a = body("The ministers signed a roadmap for Chile-Peru cooperation up to 2030.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_TRUE(has_party(a.agreements[0], "Chile"));
  EXPECT_TRUE(has_party(a.agreements[0], "Peru"));

  ArticleRecord b = run(
      "Chile and Peru sign documents\n\nThe President of Chile arrived in Peru. Chile and Peru held talks in Lima. "
      "Peru welcomed Chile's proposals. The following documents were signed:\n\n"
      "- Memorandum of Understanding on cooperation in the field of fisheries;\n");
  ASSERT_EQ(b.agreements.size(), 1u) << titles(b);
  EXPECT_TRUE(has_party(b.agreements[0], "Chile")) << b.agreements[0].parties.size();
  EXPECT_TRUE(has_party(b.agreements[0], "Peru")) << b.agreements[0].parties.size();
}

// "X and Y plan to merge": two companies joined by "and" are two names, and they merge with each other; an
// "and" inside a body's name stays ("Entertainment and Leisure Software Publishers Association").
TEST(AgreementsNews, TwoCompaniesMerge) {
  ArticleRecord a = body("Shares rose after Velta Group and Korvel Motors announced plans to merge.");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].title, "Velta Group merger with Korvel Motors");
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::planned);
  ArticleRecord b = body(
      "Ivo Marek, director general of the Entertainment and Leisure Software Publishers Association, said it grew.");
  const PersonRecord* p = person(b, "Ivo Marek");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->affiliation, "Entertainment and Leisure Software Publishers Association");
}

// The headline's verb gives the status of the first deal of its family left planned or discussed by the body;
// a headline about a future signing does not.
TEST(AgreementsNews, HeadlineStatus) {
  ArticleRecord a = run(
      "Chile and Peru sign fishing deal\n\nThe offer, made as part of a fishing deal between Chile and Peru, will "
      "allow Peru to fish in Chilean waters.\n");
  ASSERT_EQ(a.agreements.size(), 1u) << titles(a);
  EXPECT_EQ(a.agreements[0].status, AgreementStatus::signed_);
  ArticleRecord b = run(
      "Chile and Peru to sign fishing deal\n\nThe offer, made as part of a fishing deal between Chile and Peru, will "
      "allow Peru to fish in Chilean waters.\n");
  ASSERT_EQ(b.agreements.size(), 1u) << titles(b);
  EXPECT_NE(b.agreements[0].status, AgreementStatus::signed_);
}
