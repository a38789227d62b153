// figures_test: money, percentages, counts, measures, qualifiers, subjects and non-figures.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract;
using namespace ae::extract::test;

static void expect_fig(std::string_view text, std::string_view fig_text, double value, std::string_view unit,
                       FigureKind kind, std::string_view qualifier = "", std::string_view subject = "") {
  ArticleRecord a = body(text);
  const FigureRecord* f = figure(a, fig_text);
  ASSERT_TRUE(f) << "no figure '" << fig_text << "' in: " << text;
  EXPECT_DOUBLE_EQ(f->value, value) << fig_text;
  EXPECT_EQ(f->unit, unit) << fig_text;
  EXPECT_EQ(f->kind, kind) << fig_text;
  EXPECT_EQ(f->qualifier, qualifier) << fig_text;
  EXPECT_EQ(f->subject, subject) << fig_text;
  EXPECT_EQ(match_text(a, f->evidence), fig_text);
}

TEST(ExtractFigures, Money) {
  expect_fig("In 2018, bilateral trade reached $2.1 billion, which was a 57 percent increase over 2017.",
             "$2.1 billion", 2.1e9, "USD", FigureKind::money, "", "bilateral trade");
  expect_fig("The fund holds 10 bln USD.", "10 bln USD", 10e9, "USD", FigureKind::money);
  expect_fig("Exports were 5.3 billion dollars.", "5.3 billion dollars", 5.3e9, "USD", FigureKind::money, "", "Exports");
  expect_fig("They pledged 500 million euros to the plan.", "500 million euros", 500e6, "EUR", FigureKind::money);
  expect_fig("A loan of \xC2\xA3" "40 million was granted.", "\xC2\xA3" "40 million", 40e6, "GBP", FigureKind::money, "", "loan");
  expect_fig("It costs \xE2\x82\xAC" "3.5bn now.", "\xE2\x82\xAC" "3.5bn", 3.5e9, "EUR", FigureKind::money);
  expect_fig("The budget is 120 billion tenge.", "120 billion tenge", 120e9, "KZT", FigureKind::money, "", "budget");
  expect_fig("It was worth 2 trillion rubles.", "2 trillion rubles", 2e12, "RUB", FigureKind::money);
  expect_fig("with investments of nearly $31.23 billion", "nearly $31.23 billion", 31.23e9, "USD", FigureKind::money,
             "nearly", "investments");
}

TEST(ExtractFigures, Percent) {
  expect_fig("In 2018, bilateral trade reached $2.1 billion, which was a 57 percent increase over 2017.", "57 percent",
             57, "%", FigureKind::percent, "", "bilateral trade increase");
  expect_fig("As of July 2019, U.S. foreign direct investment was 18.5 percent of the total.", "18.5 percent", 18.5,
             "%", FigureKind::percent, "", "U.S. foreign direct investment");
  expect_fig("Growth hit 18.5% last year.", "18.5%", 18.5, "%", FigureKind::percent, "", "Growth");
}

TEST(ExtractFigures, Counts) {
  expect_fig("The operation returned 600 Kazakh citizens, including more than 400 children, from Syria.",
             "600 Kazakh citizens", 600, "citizens", FigureKind::count, "", "Kazakh citizens");
  expect_fig("The operation returned 600 Kazakh citizens, including more than 400 children, from Syria.",
             "more than 400 children", 400, "children", FigureKind::count, "more than", "children");
  expect_fig("There were 46 potential cases under investigation.", "46 potential cases", 46, "cases",
             FigureKind::count, "", "potential cases");
  expect_fig("About 1.5 million people live there.", "About 1.5 million people", 1.5e6, "people", FigureKind::count,
             "about", "people");
}

TEST(ExtractFigures, Measures) {
  expect_fig("Your country shares roughly 1,100 miles, almost 1,800 kilometres, with China.", "roughly 1,100 miles",
             1100, "mi", FigureKind::measure, "roughly");
  expect_fig("Your country shares roughly 1,100 miles, almost 1,800 kilometres, with China.",
             "almost 1,800 kilometres", 1800, "km", FigureKind::measure, "almost");
  expect_fig("Just 24 hours after your independence, he came.", "24 hours", 24, "h", FigureKind::measure);
  expect_fig("The plant makes up to 40,000 tonnes a year.", "up to 40,000 tonnes", 40000, "t", FigureKind::measure,
             "up to");
}

TEST(ExtractFigures, NotFigures) {
  const char* texts[] = {
      "Pompeo visited Nur-Sultan Feb. 1-2, and the tour began Jan. 29 in London.",
      "It was the 74th session of the United Nations General Assembly.",
      "Nazarbayev visited the U.S. in January 2018 and in 1991, as of July 2019.",
      "The program covers 2021-2025 and the C5+1 format.",
      "The COVID-19 outbreak spread.",
      "Back in 1991, almost 30 years ago, he came.",
      "The two countries met on 3 February at 10:30.",
      "It wrapped up the five-country tour.",
      "Since 1993, we have worked closely.",
  };
  for (const char* t : texts) {
    ArticleRecord a = body(t);
    EXPECT_TRUE(a.figures.empty()) << t << " -> " << a.figures[0].text;
  }
}

TEST(ExtractFigures, IdsAreUnique) {
  ArticleRecord a = body("They sent 5 trucks. Then 5 trucks more.");
  ASSERT_EQ(a.figures.size(), 2u);
  EXPECT_EQ(a.figures[0].id, "f-5-trucks");
  EXPECT_EQ(a.figures[1].id, "f-5-trucks-2");
}

TEST(ExtractFigures, HostileNumbers) {
  std::string digits(1000000, '7');
  ArticleRecord a = body("We saw " + digits + " people and 3 people.");
  ASSERT_EQ(a.figures.size(), 1u);
  EXPECT_EQ(a.figures[0].text, "3 people");
}
