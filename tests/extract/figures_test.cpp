// figures_test: money, percentages, counts, measures, qualifiers, subjects and non-figures.
#include "helpers.h"

#include <gtest/gtest.h>

#include <cmath>

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
  expect_fig("with investments of nearly $31.23 billion", "$31.23 billion", 31.23e9, "USD", FigureKind::money,
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
             "400 children", 400, "children", FigureKind::count, "more than", "children");
  expect_fig("There were 46 potential cases under investigation.", "46 potential cases", 46, "cases",
             FigureKind::count, "", "potential cases");
  expect_fig("About 1.5 million people live there.", "1.5 million people", 1.5e6, "people", FigureKind::count,
             "about", "people");
}

TEST(ExtractFigures, Measures) {
  expect_fig("Your country shares roughly 1,100 miles, almost 1,800 kilometres, with China.", "1,100 miles",
             1100, "mi", FigureKind::measure, "roughly");
  expect_fig("Your country shares roughly 1,100 miles, almost 1,800 kilometres, with China.",
             "1,800 kilometres", 1800, "km", FigureKind::measure, "almost");
  expect_fig("The plant makes up to 40,000 tonnes a year.", "40,000 tonnes", 40000, "t", FigureKind::measure,
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
      "Just 24 hours after your independence, he came.",
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

// Values of every figure in one sentence, in order.
static std::vector<double> values(std::string_view text) {
  std::vector<double> v;
  for (const FigureRecord& f : body(text).figures) v.push_back(f.value);
  return v;
}
static std::vector<std::string> texts(std::string_view text) {
  std::vector<std::string> v;
  for (const FigureRecord& f : body(text).figures) v.push_back(f.text);
  return v;
}

// Like expect_fig, without the subject.
static void expect_v(std::string_view text, std::string_view fig_text, double value, std::string_view unit,
                     FigureKind kind, std::string_view qualifier = "") {
  ArticleRecord a = body(text);
  const FigureRecord* f = figure(a, fig_text);
  ASSERT_TRUE(f) << "no figure '" << fig_text << "' in: " << text << (a.figures.empty() ? "" : " first: " + a.figures[0].text);
  EXPECT_NEAR(f->value, value, 1e-9 * (value < 0 ? -value : value)) << fig_text;
  EXPECT_EQ(f->unit, unit) << fig_text;
  EXPECT_EQ(f->kind, kind) << fig_text;
  EXPECT_EQ(f->qualifier, qualifier) << fig_text;
  EXPECT_EQ(match_text(a, f->evidence), fig_text);
}

TEST(ExtractFigures, QualifiersStayOutsideTheSpan) {
  expect_v("The mill employs more than 300 weavers.", "300 weavers", 300, "weavers", FigureKind::count, "more than");
  expect_v("Rent rose by about 4% in spring.", "4%", 4, "%", FigureKind::percent, "about");
  expect_v("She could lose up to \xC2\xA3" "2m on the deal.", "\xC2\xA3" "2m", 2e6, "GBP", FigureKind::money, "up to");
}

TEST(ExtractFigures, CurrencyPrefixesAndCodes) {
  expect_v("The ferry line was sold for US$12.5 million.", "US$12.5 million", 12.5e6, "USD", FigureKind::money);
  expect_v("The ferry line was sold for US $12.5 million.", "US $12.5 million", 12.5e6, "USD", FigureKind::money);
  expect_v("The vineyard fetched A$3.2m at auction.", "A$3.2m", 3.2e6, "AUD", FigureKind::money);
  expect_v("The vineyard fetched $A3,200,000 at auction.", "$A3,200,000", 3.2e6, "AUD", FigureKind::money);
  expect_v("Its flats start at HK$4.1 million.", "HK$4.1 million", 4.1e6, "HKD", FigureKind::money);
  expect_v("Tickets cost C$40 each.", "C$40", 40, "CAD", FigureKind::money);
  expect_v("The club paid R$15 million for him.", "R$15 million", 15e6, "BRL", FigureKind::money);
  expect_v("A share closed at S$1.25 on Friday.", "S$1.25", 1.25, "SGD", FigureKind::money);
  expect_v("The chip maker earned NT$9.8bn.", "NT$9.8bn", 9.8e9, "TWD", FigureKind::money);
  expect_v("The yacht was listed at USD10m last spring.", "USD10m", 10e6, "USD", FigureKind::money);
  expect_v("Platinum traded at USD1,050 an ounce.", "USD1,050", 1050, "USD", FigureKind::money);
  expect_v("The bakery chain raised EUR 5m from investors.", "EUR 5m", 5e6, "EUR", FigureKind::money);
  expect_v("Palm oil futures gained to RM3.40 a kilo.", "RM3.40", 3.4, "MYR", FigureKind::money);
  expect_v("A cup of tea costs Rs 20 at the station.", "Rs 20", 20, "INR", FigureKind::money);
  expect_v("She bought a bike for 850\xE2\x82\xAC in May.", "850\xE2\x82\xAC", 850, "EUR", FigureKind::money);
  expect_v("The fine was 300 \xE2\x82\xAC at most.", "300 \xE2\x82\xAC", 300, "EUR", FigureKind::money);
  expect_v("Shares fell to $-1.5 at the close.", "$-1.5", -1.5, "USD", FigureKind::money);
}

TEST(ExtractFigures, TransliteratedSymbols) {
  // "£" and "¥" as ASCII transliteration writes them: "PS", "Y=".
  expect_v("The striker joined for PS45m last summer.", "PS45m", 45e6, "GBP", FigureKind::money);
  expect_v("Net profit reached Y=120 billion.", "Y=120 billion", 120e9, "JPY", FigureKind::money);
  EXPECT_TRUE(body("He still plays his old PS4 every night.").figures.empty());
}

TEST(ExtractFigures, CurrencyNouns) {
  expect_v("The startup raised 40 million shekels.", "40 million shekels", 40e6, "ILS", FigureKind::money);
  expect_v("Deposits of 2 million Danish crowns pay a fee.", "2 million Danish crowns", 2e6, "DKK",
             FigureKind::money);
  expect_v("The ferry costs 90 kronor one way.", "90 kronor", 90, "SEK", FigureKind::money);
  expect_v("Bond sales hit 6 billion ringgit.", "6 billion ringgit", 6e9, "MYR", FigureKind::money);
  expect_v("A taxi ride is 120 pesos.", "120 pesos", 120, "MXN", FigureKind::money);
  expect_v("The mine wrote off 3 billion rand.", "3 billion rand", 3e9, "ZAR", FigureKind::money);
  expect_v("The bridge cost 500 million Swiss francs.", "500 million Swiss francs", 500e6, "CHF", FigureKind::money);
  expect_v("A bus ticket is 1,400 won.", "1,400 won", 1400, "KRW", FigureKind::money);
  expect_v("The studio lost 2 million pounds last season.", "2 million pounds", 2e6, "GBP", FigureKind::money);
  expect_v("The plant cost 45 billion naira.", "45 billion naira", 45e9, "NGN", FigureKind::money);
  expect_v("The new road cost 800 crore rupees.", "800 crore rupees", 8e9, "INR", FigureKind::money);
  expect_v("A meal costs 70 kn in the old town.", "70 kn", 70, "HRK", FigureKind::money);
}

TEST(ExtractFigures, MinorUnitsInTheMainUnit) {
  expect_v("Milk went up 12 cents a litre.", "12 cents", 0.12, "USD", FigureKind::money);
  expect_v("Bus fares rise by 20 pence.", "20 pence", 0.2, "GBP", FigureKind::money);
  expect_v("The shares closed at 415p on Tuesday.", "415p", 4.15, "GBP", FigureKind::money);
  expect_v("The rubber firm gained 7 sen to RM1.90.", "7 sen", 0.07, "MYR", FigureKind::money);
  expect_v("The loss was 48 cents per share.", "48 cents", 0.48, "USD", FigureKind::money);
}

TEST(ExtractFigures, SignedAndGluedPercents) {
  EXPECT_EQ(values("Markets at noon: Dax +0.4% Cac -0.7% Ibex +1.1%."), (std::vector<double>{0.4, -0.7, 1.1}));
  expect_v("The yield was 2.15pc on Monday.", "2.15pc", 2.15, "%", FigureKind::percent);
  expect_v("Error rates fell to .5% this spring.", ".5%", 0.5, "%", FigureKind::percent);
  expect_v("The charge is .02 per cent of assets.", ".02 per cent", 0.02, "%", FigureKind::percent);
  expect_v("Rates rose 3 pct in June.", "3 pct", 3, "%", FigureKind::percent);
  expect_v("The brewer is 31.5 percent-owned by a fund.", "31.5 percent-owned", 31.5, "%", FigureKind::percent);
  expect_v("The rate rose 0.25 percentage points.", "0.25 percentage points", 0.25, "pp", FigureKind::percent);
}

TEST(ExtractFigures, NumberWordsFractionsAndMultipliers) {
  expect_v("The council will spend two million dollars on parks.", "two million dollars", 2e6, "USD",
             FigureKind::money);
  expect_v("It is a million dollar flat.", "a million dollar", 1e6, "USD", FigureKind::money);
  expect_v("Sales fell five per cent in March.", "five per cent", 5, "%", FigureKind::percent);
  expect_v("Prices rose twenty-five percent.", "twenty-five percent", 25, "%", FigureKind::percent);
  expect_v("Two thirds of the members voted yes.", "Two thirds", 66.67, "%", FigureKind::percent);
  expect_v("A quarter of the farms are flooded.", "A quarter", 25, "%", FigureKind::percent);
  expect_v("The new hall is three times as large.", "three times", 3, "times", FigureKind::measure);
  expect_v("Half a million visitors came.", "Half a million visitors", 5e5, "visitors", FigureKind::count);
  expect_v("Half of the budget goes on wages.", "Half", 50, "%", FigureKind::percent);
  expect_v("The two sides met three times.", "three times", 3, "times", FigureKind::measure);
  const char* none[] = {"In the first half of the season they lost.",
                        "One of the boats sank.", "The five partners agreed."};
  for (const char* t : none) EXPECT_TRUE(body(t).figures.empty()) << t << " -> " << body(t).figures[0].text;
}

TEST(ExtractFigures, RangesGiveTwoFigures) {
  EXPECT_EQ(values("Turnover should reach $40 to $44 billion."), (std::vector<double>{40e9, 44e9}));
  EXPECT_EQ(texts("Turnover should reach $40 to $44 billion."), (std::vector<std::string>{"$40", "$44 billion"}));
  EXPECT_EQ(values("Inflation may reach 4-5% this year."), (std::vector<double>{4, 5}));
  EXPECT_EQ(values("Growth will slow from 3.1 to 2.9 per cent."), (std::vector<double>{3.1, 2.9}));
  EXPECT_EQ(values("The fund wants between 6 and 8 billion euros."), (std::vector<double>{6e9, 8e9}));
  EXPECT_EQ(values("The club is worth 1.2 to 1.5-1.6 billion euros."), (std::vector<double>{1.2e9, 1.5e9, 1.6e9}));
  EXPECT_EQ(values("Flats cost $3-4 million each."), (std::vector<double>{3e6, 4e6}));
  // Ends at different scales keep their own: "$300 to $2 million".
  EXPECT_EQ(values("Gifts ranged from $300 to $2 million."), (std::vector<double>{300, 2e6}));
  EXPECT_EQ(values("The plant hires 200 to 300 welders."), (std::vector<double>{200, 300}));
}

TEST(ExtractFigures, SpaceGroupedThousands) {
  expect_v("The town has 12 480 residents.", "12 480 residents", 12480, "residents", FigureKind::count);
  expect_v("The tax brought in \xE2\x82\xAC" "1 250 000 last year.", "\xE2\x82\xAC" "1 250 000", 1250000, "EUR",
             FigureKind::money);
}

TEST(ExtractFigures, TimePeriodsAreNotFigures) {
  const char* none[] = {"The works will take 18 months.", "He ran the shop for 10 years.",
                        "The talks lasted 36 hours.", "The plan covers the next 3 quarters.",
                        "Prices will rise over 5 to 10 years.", "Some 2 decades passed."};
  for (const char* t : none) EXPECT_TRUE(body(t).figures.empty()) << t << " -> " << body(t).figures[0].text;
}

TEST(ExtractFigures, CountsAndNamesStayRight) {
  expect_v("The airline carried 4.2 million passengers.", "4.2 million passengers", 4.2e6, "passengers",
             FigureKind::count);
  expect_v("The site lost 1,200 jobs in a year.", "1,200 jobs", 1200, "jobs", FigureKind::count);
  const char* none[] = {"The FTSE 100 closed higher.", "He turned 60 in 2019.", "It was their 25th anniversary.",
                        "The Boeing 747 landed.", "The talks of 2019-2020 failed."};
  for (const char* t : none) EXPECT_TRUE(body(t).figures.empty()) << t << " -> " << body(t).figures[0].text;
}

TEST(ExtractFigures, NumberPhrases) {
  expect_v("Nearly a quarter of a million fans came.", "a quarter of a million fans", 250000, "fans", FigureKind::count,
           "nearly");
  expect_v("Sales rose by one point five per cent.", "one point five per cent", 1.5, "%", FigureKind::percent);
  expect_v("The stock lost 40 Canadian cents.", "40 Canadian cents", 0.4, "CAD", FigureKind::money);
  // A year is never the first end of a range: "in 2030 to 4 million tonnes".
  EXPECT_EQ(values("Output should rise in 2030 to 4 million tonnes."), (std::vector<double>{4e6}));
}

TEST(ExtractFigures, MoreWrittenForms) {
  expect_v("The mine was sold for $1.5-million.", "$1.5-million", 1.5e6, "USD", FigureKind::money);
  expect_v("It bought a 10-per-cent stake.", "10-per-cent", 10, "%", FigureKind::percent);
  expect_v("Rates rose 2.5 pc this year.", "2.5 pc", 2.5, "%", FigureKind::percent);
  expect_v("The fund raised \xE2\x82\xA6" "5 billion.", "\xE2\x82\xA6" "5 billion", 5e9, "NGN", FigureKind::money);
  expect_v("The plan costs Rmb12bn.", "Rmb12bn", 12e9, "CNY", FigureKind::money);
  expect_v("The budget is Rs 1.5 lakh crore.", "Rs 1.5 lakh crore", 1.5e12, "INR", FigureKind::money);
  expect_v("The club spent \xE2\x82\xAC" "1,2 million on it.", "\xE2\x82\xAC" "1,2 million", 1.2e6, "EUR",
           FigureKind::money);
  expect_v("The club spent \xE2\x82\xAC" "1,200 on it.", "\xE2\x82\xAC" "1,200", 1200, "EUR", FigureKind::money);
}

TEST(ExtractFigures, TitleFiguresComeFirst) {
  ArticleRecord a = run("Bakery chain profits jump 12% to $40m\n\nThe chain sold 3 million loaves.\n");
  ASSERT_EQ(a.figures.size(), 3u);
  EXPECT_EQ(a.figures[0].text, "12%");
  EXPECT_EQ(a.figures[1].text, "$40m");
  EXPECT_DOUBLE_EQ(a.figures[1].value, 40e6);
  EXPECT_EQ(a.figures[2].text, "3 million loaves");
  // The format has no title evidence: an empty span at the start of paragraph 0.
  EXPECT_EQ(a.figures[0].evidence.paragraph, 0u);
  EXPECT_EQ(a.figures[0].evidence.match.begin, 0u);
  EXPECT_EQ(a.figures[0].evidence.match.end, 0u);
  EXPECT_EQ(a.figures[0].evidence.sentence.end, 0u);
  // A title alone (no paragraph to point at) gives no figures.
  EXPECT_TRUE(run("Profits jump 12%\n").figures.empty());
}

TEST(ExtractFigures, SpelledCountsAndModelNames) {
  expect_v("Nine judges heard the appeal.", "Nine judges", 9, "judges", FigureKind::count);
  expect_v("Police arrested two men on Friday.", "two men", 2, "men", FigureKind::count);
  expect_v("The court fined six Acme managers.", "six Acme managers", 6, "managers", FigureKind::count);
  expect_v("We spoke three or four times a week.", "four times", 4, "times", FigureKind::measure);
  // Referential numerals and model names are not counts.
  const char* none[] = {"The two countries signed.", "Its three plants closed.", "The airline bought Boeing 737 jets."};
  for (const char* t : none) {
    ArticleRecord a = body(t);
    for (const FigureRecord& f : a.figures) EXPECT_NE(f.kind, FigureKind::count) << t << " -> " << f.text;
  }
  // A count before a model designation counts the planes (round 11); the designation is no count of its own.
  expect_v("It ordered 10 737-800 planes.", "10 737-800 planes", 10, "planes", FigureKind::count);
  // A bare amount takes the currency of the sentence's money: "another 550m".
  expect_v("It gets 1bn euros now, with another 550m to follow.", "550m", 550e6, "EUR", FigureKind::money);
}

TEST(ExtractFigures, SharesAndPartitives) {
  expect_v("The club sold half its stadium.", "half", 50, "%", FigureKind::percent);
  expect_v("Sales grew by a fifth, the firm said.", "a fifth", 20, "%", FigureKind::percent);
  expect_v("Nine times out of ten the bus is late.", "Nine times out of ten", 90, "%", FigureKind::percent);
  expect_v("One in 20 pupils has no laptop.", "One in 20", 5, "%", FigureKind::percent);
  expect_v("Police freed eight of the hostages.", "eight of the hostages", 8, "hostages", FigureKind::count);
  expect_v("The pill holds 40mg of iron.", "40mg", 40, "mg", FigureKind::measure);
  EXPECT_EQ(texts("Nearly two thirds - 61% - agreed."), (std::vector<std::string>{"61%"}));
  const char* none[] = {"She served two full terms.", "He was hired by a third party.", "It has its 787 Dreamliner jets."};
  for (const char* t : none) {
    ArticleRecord a = body(t);
    EXPECT_TRUE(a.figures.empty()) << t << " -> " << a.figures[0].text;
  }
}

TEST(ExtractFigures, SentenceCurrencySkipsConversions) {
  expect_v("Profit was 80m euros ($104m), up from 41m a year ago.", "41m", 41e6, "EUR", FigureKind::money);
  for (const FigureRecord& f : body("The fund lost \xC2\xA3" "5m, and 2 million unemployed wait.").figures)
    EXPECT_NE(f.text, "2 million") << f.text;
}

TEST(ExtractFigures, MoreRangesAndTidyValues) {
  EXPECT_EQ(values("Rates of 0.75%-1.25% are likely."), (std::vector<double>{0.75, 1.25}));
  expect_v("It is a 12 percentage-point gap.", "12 percentage-point", 12, "pp", FigureKind::percent);
  expect_v("They raised Rs4,000cr last year.", "Rs4,000cr", 4e10, "INR", FigureKind::money);
  expect_v("It cost $ 4.1 million.", "$ 4.1 million", 4.1e6, "USD", FigureKind::money);
  EXPECT_EQ(body("It cost $4.1 million.").figures[0].value, 4100000.0);  // exactly, no binary noise
}

TEST(ExtractFigures, ShareOfAnAmount) {
  expect_v("It has raised 30 million of the 90 million euros it needs.", "30 million", 30e6, "EUR", FigureKind::money);
}

TEST(ExtractFigures, LongerCountedNouns) {
  expect_v("It works with 120 civil and military supply firms.", "120 civil and military supply firms", 120, "firms",
           FigureKind::count);
  expect_v("It will buy 12 A350 jets.", "12 A350 jets", 12, "jets", FigureKind::count);
  expect_v("Some 300,000 Rohingyas fled.", "300,000 Rohingyas", 300000, "Rohingyas", FigureKind::count, "some");
}

TEST(ExtractFigures, NamesWithNumberWords) {
  const char* none[] = {"He visited the Three Gorges site.", "It runs eight Las Vegas, it said."};
  for (const char* t : none)
    for (const FigureRecord& f : body(t).figures) EXPECT_NE(f.kind, FigureKind::count) << t << " -> " << f.text;
}

TEST(ExtractFigures, ScoresAndShortUnits) {
  for (const FigureRecord& f : body("They were 31-7 winners in Rome.").figures) EXPECT_NE(f.text, "31") << f.text;
  EXPECT_TRUE(body("She ran it in 11.02 secs.").figures.empty());
  expect_v("He kicked it from 40 yards.", "40 yards", 40, "yd", FigureKind::measure);
}

TEST(ExtractFigures, HostileGroupsAndRanges) {
  std::string groups = "We saw 1";
  for (int n = 0; n < 2000; ++n) groups += " 000";
  groups += " people and 1-2-3-4-5-6-7-8-9% of them.";
  ArticleRecord a = body(groups);
  for (const FigureRecord& f : a.figures) EXPECT_TRUE(std::isfinite(f.value)) << f.text;
}

TEST(ExtractFigures, IndexReadingsArePoints) {
  ArticleRecord a = body("The activity index rose to 61.2 from 59.8 in May. A reading above 50 indicates growth.");
  ASSERT_EQ(a.figures.size(), 3u);
  EXPECT_EQ(a.figures[0].value, 61.2);
  EXPECT_EQ(a.figures[0].kind, FigureKind::measure);
  EXPECT_EQ(a.figures[0].unit, "points");
  EXPECT_EQ(a.figures[2].value, 50);
  EXPECT_EQ(a.figures[2].unit, "points");
  // No index in the sentence: a bare number stays out.
  EXPECT_TRUE(body("Prices rose to 61.2 from 59.8 in May.").figures.empty());
}

TEST(ExtractFigures, IndexSentenceStillCountsThings) {
  ArticleRecord a = body("The index is based on a survey of 10,227 firms.");
  ASSERT_EQ(a.figures.size(), 1u);
  EXPECT_EQ(a.figures[0].unit, "firms");
  EXPECT_EQ(a.figures[0].kind, FigureKind::count);
}

// In a sentence about an index, a number before an adjective and a plural noun is a count, not a reading;
// irregular plurals ("memoranda") are counted nouns.
TEST(ExtractFigures, IndexSentenceCountWithAdjective) {
  ae::ArticleRecord a = ae::extract::test::body(
      "The index, which rose to 55.2, is based on replies from more than 300 manufacturing firms.");
  const ae::FigureRecord* f = ae::extract::test::figure(a, "300 manufacturing firms");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, ae::FigureKind::count);
  ae::ArticleRecord b = ae::extract::test::body("The two ministers signed 12 memoranda of understanding.");
  const ae::FigureRecord* g = ae::extract::test::figure(b, "12 memoranda");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->unit, "memoranda");
}

TEST(FiguresCounts, PluralAcronymIsACountedNoun) {
  ArticleRecord a = body("The ministries signed 4 MoUs and trained 12 NGOs.");
  const FigureRecord* f = figure(a, "4 MoUs");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->value, 4);
  EXPECT_EQ(f->unit, "MoUs");
  EXPECT_NE(figure(a, "12 NGOs"), nullptr);
}

TEST(FiguresCounts, SingularMemorandumAfterACountIsCounted) {
  ArticleRecord a = body("The two governments signed five memorandum of understanding. The memorandum runs long.");
  ASSERT_EQ(a.figures.size(), 1u);
  EXPECT_EQ(a.figures[0].value, 5);
}

TEST(FiguresCounts, CountInTheTitleWithACapitalisedPlural) {
  ArticleRecord a = run("Ministers sign 3 Memoranda in Lusaka\n\nThe ministers met on Monday.\n");
  ASSERT_EQ(a.figures.size(), 1u);
  EXPECT_EQ(a.figures[0].value, 3);
}

TEST(FiguresMoney, DenominationsAreMoneyInTheCurrencyNamedBefore) {
  ArticleRecord a = body(
      "Prices are set in pesos. The bank will withdraw the 50m note, and the one-million peso note becomes a "
      "one-peso coin.");
  const FigureRecord* n = figure(a, "50m");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->value, 50e6);
  EXPECT_EQ(n->kind, FigureKind::money);
  const FigureRecord* m = figure(a, "one-million peso");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->value, 1e6);
  EXPECT_EQ(m->kind, FigureKind::money);
  const FigureRecord* c = figure(a, "one-peso");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value, 1);
  EXPECT_EQ(c->kind, FigureKind::money);
}

TEST(FiguresMoney, HyphenatedWordsThatAreNoNumbersStayOut) {
  ArticleRecord a = body("It was a one-sided match and a one-off payment by the 10 players.");
  EXPECT_EQ(figure(a, "one-sided"), nullptr);
  EXPECT_EQ(figure(a, "one-off"), nullptr);
  ArticleRecord b = body("The 20m note was printed.");  // no currency named: no money
  const FigureRecord* f = figure(b, "20m");
  if (f) {
    EXPECT_NE(f->kind, FigureKind::money);
  }
}
