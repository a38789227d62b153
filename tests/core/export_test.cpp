// export_test.cpp: "Export view" rows: header per kind, fields, normalised values, CSV and JSON output.
#include "core/export.h"
#include "core/json.h"

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
  f.evidence = {0, {0, 40}, {14, 26}};
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
            "article,id,text,value,unit,kind,qualifier,subject,normalised\r\n"
            "a-00000000000000aa,f-2-1-billion,$2.1 billion,2100000000,USD,money,,\"trade, \"\"record\"\"\",2.1 bn USD\r\n");
  EXPECT_EQ(export_csv(c, ItemKind::figure, {}), "article,id,text,value,unit,kind,qualifier,subject,normalised\r\n");
}

TEST(Export, JsonKeepsValueNumericAndEscapesStrings) {
  Corpus c = one_figure_corpus();
  EXPECT_EQ(export_json(c, ItemKind::figure, {0}),
            "[\n{\"article\":\"a-00000000000000aa\",\"id\":\"f-2-1-billion\",\"text\":\"$2.1 billion\",\"value\":2100000000,"
            "\"unit\":\"USD\",\"kind\":\"money\",\"qualifier\":\"\",\"subject\":\"trade, \\\"record\\\"\","
            "\"normalised\":\"2.1 bn USD\"}\n]\n");
  EXPECT_EQ(export_json(c, ItemKind::person, {}), "[]\n");
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
}

}  // namespace
}  // namespace ae
