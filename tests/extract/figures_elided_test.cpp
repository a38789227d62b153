// figures_elided_test: round 10, classes read on check8 (released). A population's bare figure counts people; the
// parts of a count listed after "including" keep its noun; "N out of M" is a share. Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(FiguresElided, PopulationCountsPeople) {
  ArticleRecord a = body("The country's population will reach 48 million, then fall to under 40 million by 2080.");
  const FigureRecord* f = figure(a, "48 million");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, FigureKind::count);
  EXPECT_EQ(f->unit, "people");
  EXPECT_DOUBLE_EQ(f->value, 48e6);
  ASSERT_NE(figure(a, "40 million"), nullptr);
  EXPECT_EQ(figure(a, "40 million")->qualifier, "under");
}

TEST(FiguresElided, BareMillionsWithoutAPopulationAreNone) {
  ArticleRecord a = body("Sales rose to 48 million last year.");
  EXPECT_EQ(figure(a, "48 million"), nullptr);
}

TEST(FiguresElided, ListedPartsKeepTheCountsNoun) {
  ArticleRecord a = body("The group employs 2,300 workers, including 800 in Chile, 120 in Peru and 45 in Bolivia.");
  for (const char* t : {"800", "120", "45"}) {
    const FigureRecord* f = figure(a, t);
    ASSERT_NE(f, nullptr) << t;
    EXPECT_EQ(f->kind, FigureKind::count) << t;
    EXPECT_EQ(f->unit, "workers") << t;
  }
}

TEST(FiguresElided, NoListNoInheritedNoun) {
  ArticleRecord a = body("The group employs 2,300 workers and opened in 1998 with 45 in Bolivia.");
  EXPECT_EQ(figure(a, "45"), nullptr);
  EXPECT_EQ(figure(a, "1998"), nullptr);
}

TEST(FiguresElided, OutOfIsAShare) {
  ArticleRecord a = body("Only three out of 20 applicants were accepted, and one out of every four appealed.");
  const FigureRecord* f = figure(a, "three out of 20");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, FigureKind::percent);
  EXPECT_DOUBLE_EQ(f->value, 15);
  const FigureRecord* g = figure(a, "one out of every four");
  ASSERT_NE(g, nullptr);
  EXPECT_DOUBLE_EQ(g->value, 25);
  EXPECT_EQ(figure(a, "20 applicants"), nullptr);
}

// Round 11 (check10, released): a bare number in a parallel clause repeats the earlier count's noun; sixths and
// eighths are fractions; a number after a form of address names a model ("Commodore 64").
TEST(FiguresElided, ParallelClauseKeepsTheCountsNoun) {
  ArticleRecord a = body("About 900 jobs will go in retail while 300 and 120 will go in logistics and finance.");
  for (const char* t : {"300", "120"}) {
    const FigureRecord* f = figure(a, t);
    ASSERT_NE(f, nullptr) << t;
    EXPECT_EQ(f->kind, FigureKind::count);
    EXPECT_EQ(f->unit, "jobs");
  }
  ArticleRecord b = body("Some 40 people were hurt, while 12 were killed.");
  ASSERT_NE(figure(b, "12"), nullptr);
  EXPECT_EQ(figure(b, "12")->unit, "people");
}

TEST(FiguresElided, UnrelatedBareNumberStaysOut) {
  ArticleRecord a = body("About 900 jobs will go in retail, while 300 of the stores stay open.");
  EXPECT_EQ(figure(a, "300"), nullptr);  // a partitive with its own noun, not the jobs
}

TEST(FiguresElided, SixthsAndEighths) {
  ArticleRecord a = body("The two firms would control more than one-sixth of the market. An eighth of the staff left.");
  ASSERT_NE(figure(a, "one-sixth"), nullptr);
  EXPECT_DOUBLE_EQ(figure(a, "one-sixth")->value, 16.67);
  ASSERT_NE(figure(a, "An eighth"), nullptr);
  EXPECT_DOUBLE_EQ(figure(a, "An eighth")->value, 12.5);
}

TEST(FiguresElided, NumberAfterAFormOfAddressIsAModel) {
  ArticleRecord a = body("The Commodore 64 computer still has fans.");
  EXPECT_TRUE(a.figures.empty());
}

// Round 11 (check11, released): a model designation after a count is the counted noun ("six 737-800s", "eight
// Airbus A320s") or qualifies the noun after it ("two 787 Dreamliners"), never a count of its own; a partitive may
// coordinate its modifiers; a plain number inside a partitive is a count of its own.
TEST(FiguresElided, ModelDesignationsAfterACount) {
  ArticleRecord a = body("The lessor bought 10 planes - six 737-800s, two 777-300ERs and two 787 Dreamliners. It also "
                         "ordered eight Airbus A320s and four 777 freighters.");
  struct Want { const char* text; double value; const char* unit; };
  for (const Want& w : {Want{"six 737-800s", 6, "737-800s"}, Want{"two 777-300ERs", 2, "777-300ERs"},
                        Want{"two 787 Dreamliners", 2, "Dreamliners"}, Want{"eight Airbus A320s", 8, "A320s"},
                        Want{"four 777 freighters", 4, "freighters"}}) {
    const FigureRecord* f = figure(a, w.text);
    ASSERT_NE(f, nullptr) << w.text;
    EXPECT_EQ(f->kind, FigureKind::count) << w.text;
    EXPECT_DOUBLE_EQ(f->value, w.value) << w.text;
    EXPECT_EQ(f->unit, w.unit) << w.text;
  }
  EXPECT_EQ(figure(a, "787 Dreamliners"), nullptr);
  EXPECT_EQ(figure(a, "777 freighters"), nullptr);
}

TEST(FiguresElided, PartitivesWithCoordinationAndInnerCounts) {
  ArticleRecord a = body("It has orders for 14 of its passenger and cargo planes. Some 22 of the 30 construction "
                         "projects were halted.");
  ASSERT_NE(figure(a, "14 of its passenger and cargo planes"), nullptr);
  EXPECT_EQ(figure(a, "14 of its passenger and cargo planes")->unit, "planes");
  ASSERT_NE(figure(a, "30 construction projects"), nullptr);  // a plain number inside is its own count
}

// Round 12 (classes read on check9-check12, released): a count glued to its singular noun by a hyphen ("a
// 100-aircraft order", "a 76-seat jet"; not "a 20-year loan", "a 10-fold rise", "a 16-year-old"); plain modifiers
// up to five words ("23 super critical thermal power plants", "eight fully-operational Islamic banking groups"),
// never over an adverb or a participle after the count; "30 787s" is no group of thousands; "euro958 million";
// "24 of its 787 aircraft" (a model between a determiner and an aircraft noun). Sentences made up.
TEST(FiguresRound12, HyphenCount) {
  ArticleRecord a = body("Andes Air signed a 40-aircraft order for a 76-seat jet. It took a 20-year loan, saw a "
                         "10-fold rise and hired a 16-year-old pilot.");
  const FigureRecord* f = figure(a, "40-aircraft");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->value, 40);
  EXPECT_EQ(f->kind, FigureKind::count);
  EXPECT_NE(figure(a, "76-seat"), nullptr);
  EXPECT_EQ(figure(a, "20-year"), nullptr);
  EXPECT_EQ(figure(a, "10-fold"), nullptr);
  EXPECT_EQ(figure(a, "16-year-old"), nullptr);
}

TEST(FiguresRound12, LongPlainModifiers) {
  ArticleRecord a = body("The state plans 23 super critical thermal power plants. It has eight fully-operational "
                         "Islamic banking groups. He made 16 following relatively few television appearances.");
  EXPECT_NE(figure(a, "23 super critical thermal power plants"), nullptr);
  EXPECT_NE(figure(a, "eight fully-operational Islamic banking groups"), nullptr);
  for (const FigureRecord& f : a.figures) EXPECT_EQ(f.unit.find("appearances"), std::string::npos) << f.text;
}

TEST(FiguresRound12, ModelsAndGluedCurrencyWords) {
  ArticleRecord a = body("Andes Air will buy 30 787s from Boeing, and 12 of its 747 jets will go. The deal is "
                         "worth euro958 million.");
  const FigureRecord* f = figure(a, "30 787s");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->value, 30);
  const FigureRecord* g = figure(a, "12 of its 747 jets");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->value, 12);
  const FigureRecord* m = figure(a, "euro958 million");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->unit, "EUR");
  EXPECT_EQ(m->value, 958000000);
}

// Round 12, read on check13 after its one held-out score: a scale glued to a hyphen compound ("$1.6mn-grant"), a
// designation in parts inside a partitive ("300 of its 747-400ER jets"), a model after "new" or a possessive ("Boeing
// unveils new 787 aircraft"). Sentences made up.
TEST(FiguresRound12, ScaleBeforeAHyphenAndModelsInParts) {
  ArticleRecord a = body("The road costs $58mn, with a $1.6mn-grant by Japan. Andes Air expects to fly 300 of its "
                         "747-400ER jets by 2030, and shows its new 787 aircraft.");
  const FigureRecord* g = figure(a, "$1.6mn-grant");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->value, 1600000);
  const FigureRecord* p = figure(a, "300 of its 747-400ER jets");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->value, 300);
  for (const FigureRecord& f : a.figures) EXPECT_NE(f.value, 787) << f.text;
}

// Round 13 (read on check11-check13): a bare number that adds to or takes part of the count before it has that
// count's noun: "eight more", "another six", "ten of which".
TEST(FiguresElided, MoreAnotherAndOfWhichTakeTheCountsNoun) {
  ArticleRecord a = body("Velta won orders for 30 planes, with options for eight more. It bought 14 jets from Kestrel "
                         "and another six from a lessor. Tanager will buy 30 787s, ten of which will be leased.");
  const FigureRecord* eight = figure(a, "eight");
  ASSERT_NE(eight, nullptr);
  EXPECT_EQ(eight->kind, FigureKind::count);
  EXPECT_EQ(eight->unit, "planes");
  EXPECT_DOUBLE_EQ(eight->value, 8);
  ASSERT_NE(figure(a, "six"), nullptr);
  EXPECT_EQ(figure(a, "six")->unit, "jets");
  ASSERT_NE(figure(a, "ten"), nullptr);
  EXPECT_EQ(figure(a, "ten")->unit, "787s");
}

TEST(FiguresElided, MoreWithoutACountBeforeIsNone) {
  ArticleRecord a = body("We will probably see one more rate rise before the end of the year, and two more after it.");
  EXPECT_EQ(figure(a, "two"), nullptr);
  ArticleRecord b = body("Sales rose by 5% and may rise by two more next year.");
  EXPECT_EQ(figure(b, "two"), nullptr);
}

// Round 13: a scaled number a money noun governs ("a loan of 29mn", "a 40mn-loan agreement", "worth 5bn") is money
// in the article's currency; an article with no currency written gives it none.
TEST(FiguresElided, MoneyNounTakesTheArticlesCurrency) {
  ArticleRecord a = body("The bank will lend $30mn. A loan of 29mn will go to the Government. It signed a 40mn-loan "
                         "agreement.");
  const FigureRecord* f = figure(a, "29mn");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, FigureKind::money);
  EXPECT_EQ(f->unit, "USD");
  EXPECT_DOUBLE_EQ(f->value, 29e6);
  ASSERT_NE(figure(a, "40mn-loan"), nullptr);
  EXPECT_EQ(figure(a, "40mn-loan")->unit, "USD");
  ArticleRecord b = body("A loan of 29mn will go to the Government.");
  EXPECT_EQ(figure(b, "29mn"), nullptr);
}

// Round 13 (read on check14): "two in five" is a share like "one in 50"; a year after "in" is none.
TEST(FiguresElided, SmallCountInAWholeIsAShare) {
  ArticleRecord a = body("Two in five people complained. He scored 3 in 2005.");
  const FigureRecord* f = figure(a, "Two in five");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, FigureKind::percent);
  EXPECT_DOUBLE_EQ(f->value, 40);
  EXPECT_EQ(figure(a, "3 in 2005"), nullptr);
}

// Round 13 (read on check14): a bare number followed by the participle that follows a count before it repeats
// that count's noun, number words too: "eight projects related to farming, three related to energy".
TEST(FiguresElided, ParallelParticipleRepeatsTheNoun) {
  ArticleRecord a = body("Deals were signed for eight projects related to farming, three related to energy and 12 "
                         "related to tourism.");
  ASSERT_NE(figure(a, "three"), nullptr);
  EXPECT_EQ(figure(a, "three")->unit, "projects");
  ASSERT_NE(figure(a, "12"), nullptr);
  EXPECT_EQ(figure(a, "12")->unit, "projects");
  ArticleRecord b = body("Eight projects were approved and three related cases were closed.");
  EXPECT_EQ(figure(b, "three"), nullptr);
}
