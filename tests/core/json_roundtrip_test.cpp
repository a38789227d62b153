// json_roundtrip_test.cpp: load(write(x)) == x over generated corpora, canonical output, forward
// compatibility (unknown fields), appending to a non-empty corpus, and the writer's escaping and numbers.
#include "core/json.h"

#include "article_gen.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

using namespace ae;

namespace {

void expect_same(const Corpus& a, const Corpus& b) {
  ASSERT_EQ(a.articles.size(), b.articles.size());
  for (uint32_t i = 0; i < a.articles.size(); ++i) ASSERT_EQ(a.record(i), b.record(i)) << "article " << i;
  EXPECT_EQ(a.topic_records(), b.topic_records());
}

}  // namespace

TEST(JsonRoundTrip, GeneratedCorpora) {
  CorpusLoader loader;  // one loader for all: exercises its reuse
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    ae::testing::ArticleGen gen(seed);
    Corpus c = gen.corpus(1 + gen.below(30), seed % 5 == 0 ? 40 : 6);
    std::string json = write_corpus(c);
    Corpus back;
    auto err = loader.load(json, back);
    ASSERT_FALSE(err) << "seed " << seed << ": " << err->to_string();
    expect_same(c, back);
    EXPECT_EQ(write_corpus(back), json) << "seed " << seed;  // canonical: byte-identical
  }
}

TEST(JsonRoundTrip, EmptyCorpus) {
  Corpus c;
  std::string json = write_corpus(c);
  EXPECT_EQ(json, "{\"format\":\"article-json\",\"version\":1,\"topics\":[],\"articles\":[]}\n");
  Corpus back;
  EXPECT_FALSE(CorpusLoader().load(json, back));
  EXPECT_TRUE(back.articles.empty());
}

TEST(JsonRoundTrip, CanonicalLayout) {
  Corpus c;
  c.add_topic("trade", "Trade");
  ArticleRecord a;
  a.title = "T";
  a.id = article_id("", "T");
  a.paragraphs = {"Hello world."};
  FigureRecord f;
  f.id = "f-5";
  f.text = "5";
  f.value = 5;
  f.unit = "";
  f.kind = FigureKind::count;
  f.evidence = {0, {0, 12}, {0, 5}};
  a.figures.push_back(f);
  c.add(a);
  c.add([&] { ArticleRecord b; b.title = "U"; b.source = "S"; b.id = article_id("S", "U"); return b; }());
  EXPECT_EQ(write_corpus(c),
            "{\"format\":\"article-json\",\"version\":1,\"topics\":[{\"id\":\"trade\",\"label\":\"Trade\"}],\"articles\":[\n"
            "{\"id\":\"" + a.id + "\",\"title\":\"T\",\"paragraphs\":[\"Hello world.\"],\"topics\":[],\"people\":[],"
            "\"agreements\":[],\"figures\":[{\"id\":\"f-5\",\"text\":\"5\",\"value\":5,\"unit\":\"\",\"kind\":\"count\","
            "\"evidence\":{\"paragraph\":0,\"sentence\":[0,12],\"match\":[0,5]},\"topics\":[]}],\"photos\":[]},\n"
            "{\"id\":\"" + article_id("S", "U") + "\",\"title\":\"U\",\"source\":\"S\",\"paragraphs\":[],\"topics\":[],"
            "\"people\":[],\"agreements\":[],\"figures\":[],\"photos\":[]}\n"
            "]}\n");
  EXPECT_EQ(write_article(c, 1), "{\"id\":\"" + article_id("S", "U") + "\",\"title\":\"U\",\"source\":\"S\","
            "\"paragraphs\":[],\"topics\":[],\"people\":[],\"agreements\":[],\"figures\":[],\"photos\":[]}");
}

TEST(JsonWriter, StringEscapes) {
  std::string out;
  append_json_string(out, "a\"b\\c\n\t\r\b\f\x01\x1f\x7f é 🙂 </");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f\x7f é 🙂 </\"");
}

TEST(JsonWriter, NumbersRoundTripExactly) {
  const double values[] = {0.0, -0.0, 1.0, -1.5, 0.1 + 0.2, 31.23e9, 1e21, 1e-7, 123456789012345678.0,
                           std::numeric_limits<double>::max(), std::numeric_limits<double>::min(),
                           std::numeric_limits<double>::denorm_min(), -std::numeric_limits<double>::max()};
  CorpusLoader loader;
  for (double v : values) {
    Corpus c;
    ArticleRecord a;
    a.title = "n";
    a.id = article_id("", "n");
    a.paragraphs = {"x"};
    FigureRecord f;
    f.id = "f-n";
    f.text = "n";
    f.value = v;
    f.evidence = {0, {0, 1}, {0, 1}};
    a.figures.push_back(f);
    c.add(a);
    Corpus back;
    auto err = loader.load(write_corpus(c), back);
    ASSERT_FALSE(err) << v << ": " << err->to_string();
    double got = back.figures[0].value;
    EXPECT_EQ(std::memcmp(&got, &v, sizeof v) == 0 || (v == 0 && got == 0), true) << v;
    EXPECT_EQ(got, v);
  }
}

TEST(JsonLoad, UnknownFieldsAreIgnored) {
  std::string json = R"({"format":"article-json","version":1,"future":{"a":[1,2,{"b":null}],"c":true},
    "topics":[{"id":"trade","label":"Trade","color":"#fff"}],
    "articles":[{"id":"a-0123456789abcdef","title":"T","extra":[[[]]],"paragraphs":["Hello there."],
      "people":[{"id":"p-x","name":"X","mentions":[{"paragraph":0,"sentence":[0,12],"match":[0,5],"weight":0.5}],
                 "aliases":["Y"],"score":1e999}]}]})";
  Corpus c;
  auto err = CorpusLoader().load(json, c);
  ASSERT_FALSE(err) << err->to_string();
  ASSERT_EQ(c.people.size(), 1u);
  EXPECT_EQ(c.str(c.people[0].name), "X");
  EXPECT_EQ(c.str(c.topics[0].label), "Trade");
}

TEST(JsonLoad, EscapedKeysAndStrings) {
  std::string json = R"({"form\u0061t":"article-json","version":1,"articles":[{"id":"a-0123456789abcdef",
    "title":"Caf\u00e9 \ud83d\ude42 \"q\" \/","paragraphs":[]}]})";
  Corpus c;
  auto err = CorpusLoader().load(json, c);
  ASSERT_FALSE(err) << err->to_string();
  EXPECT_EQ(c.str(c.articles[0].title), "Café 🙂 \"q\" /");
}

// The canonical layout (one article per line) takes strings and keys without escapes straight from the input
// and unescapes the others: both kinds side by side in one article, keys included, and a string that ends in
// an escaped backslash.
TEST(JsonLoad, EscapedKeysAndStringsInCanonicalLayout) {
  std::string json = "{\"format\":\"article-json\",\"version\":1,\"topics\":[],\"articles\":[\n"
      R"({"id":"a-0123456789abcdef","t\u0069tle":"Caf\u00e9 \"q\"","source":"plain","url":"x\\","paragraphs":["a\nb","c"],)"
      R"("people":[{"id":"p-x","n\u0061me":"\u0058","mentions":[{"paragraph":1,"sentence":[0,1],"match":[0,1]}]}]})"
      "\n]}\n";
  Corpus c;
  auto err = CorpusLoader().load(json, c);
  ASSERT_FALSE(err) << err->to_string();
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.str(c.articles[0].title), "Café \"q\"");
  EXPECT_EQ(c.str(c.articles[0].source), "plain");
  EXPECT_EQ(c.str(c.articles[0].url), "x\\");
  EXPECT_EQ(c.str(c.strs[0]), "a\nb");
  EXPECT_EQ(c.str(c.strs[1]), "c");
  ASSERT_EQ(c.people.size(), 1u);
  EXPECT_EQ(c.str(c.people[0].name), "X");
  EXPECT_EQ(c.str(c.people[0].search), "x");
}

TEST(JsonLoad, UndeclaredTopicsAreAutoDeclared) {
  std::string json = R"({"format":"article-json","version":1,"articles":[{"id":"a-0123456789abcdef","title":"T",
    "topics":["energy"]}],"topics":[{"id":"trade","label":"Trade"}]})";
  Corpus c;
  ASSERT_FALSE(CorpusLoader().load(json, c));
  EXPECT_EQ(c.topic_records(), (std::vector<TopicRecord>{{"energy", "energy"}, {"trade", "Trade"}}));
}

TEST(JsonLoad, AppendsToNonEmptyCorpus) {
  ae::testing::ArticleGen gen(99);
  Corpus first = gen.corpus(5), second;
  for (size_t i = 100; i < 104; ++i) second.add(gen.article(i));
  second.add_topic("trade", "Trade (relabelled)");
  ASSERT_FALSE(second.find_topic("ai-2030"));  // declared only in the first
  CorpusLoader loader;
  Corpus merged;
  ASSERT_FALSE(loader.load(write_corpus(first), merged));
  auto err = loader.load(write_corpus(second), merged);
  ASSERT_FALSE(err) << err->to_string();
  ASSERT_EQ(merged.articles.size(), 9u);
  for (uint32_t i = 0; i < 5; ++i) EXPECT_EQ(merged.record(i), first.record(i));
  for (uint32_t i = 0; i < 4; ++i) EXPECT_EQ(merged.record(5 + i), second.record(i));
  EXPECT_EQ(merged.str(merged.topics[*merged.find_topic("trade")].label), "Trade (relabelled)");
  // Topics the second file does not declare keep their labels.
  for (const TopicRecord& t : first.topic_records()) {
    if (second.find_topic(t.id)) continue;
    EXPECT_EQ(merged.str(merged.topics[*merged.find_topic(t.id)].label), t.label);
  }
}

TEST(JsonLoad, LoaderReuseAcrossDifferentShapes) {
  // The scratch record keeps items between articles; a later, smaller article must not inherit any.
  ae::testing::ArticleGen gen(5);
  Corpus c;
  c.add(gen.article(0, 40));
  ArticleRecord small;
  small.title = "small";
  small.id = article_id("", "small");
  c.add(small);
  c.add(gen.article(2, 3));
  Corpus back;
  ASSERT_FALSE(CorpusLoader().load(write_corpus(c), back));
  expect_same(c, back);
}

// The loader parses the canonical layout (one article per line) article by article; everything else, and
// every error, goes through the whole-document path. Both must agree.
TEST(JsonLoad, CanonicalLayoutFastPathAgreesWithGeneralPath) {
  ae::testing::ArticleGen gen(11);
  Corpus c = gen.corpus(8, 6);
  const std::string json = write_corpus(c);
  CorpusLoader loader;
  // Variants of the same document: CRLF line ends, spaces before commas, one line (general path only).
  std::string crlf, spaced, one_line;
  for (char ch : json) {
    if (ch == '\n') crlf += "\r\n";
    else crlf += ch;
    if (ch != '\n') one_line += ch;
  }
  spaced = json;
  for (size_t p = 0; (p = spaced.find("},\n{", p)) != std::string::npos; p += 5) spaced.replace(p, 4, "} ,\n{");
  for (const std::string* v : std::initializer_list<const std::string*>{&json, &crlf, &spaced, &one_line}) {
    Corpus back;
    auto err = loader.load(*v, back);
    ASSERT_FALSE(err) << err->to_string();
    expect_same(c, back);
  }
  // Errors on a later line: the same path and offset as without line breaks (offsets shift by the newlines).
  std::string broken = json;
  size_t third = 0;
  for (int k = 0; k < 3; ++k) third = broken.find("\n{", third + 1);
  ASSERT_NE(third, std::string::npos);
  size_t para = broken.find("\"paragraph\":", third);
  broken.replace(para, 13, "\"paragraph\":9");  // the first evidence of articles[2] now names paragraph 9x
  Corpus back;
  auto err = loader.load(broken, back);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->path.rfind("articles[2].", 0), 0u) << err->to_string();
  EXPECT_TRUE(back.articles.empty());
  // Missing closing line, a blank line, trailing garbage: refused with the general path's messages.
  std::string unclosed = json.substr(0, json.rfind("]}"));
  err = loader.load(unclosed, back);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->message, "expected ',' or ']', found end of input");
  std::string garbage = json + "x";
  err = loader.load(garbage, back);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->message, "expected end of input, found 'x'");
  EXPECT_EQ(err->offset, json.size());
  std::string blank = json;
  blank.insert(blank.find("\n{") + 1, "\n");
  Corpus b2;
  ASSERT_FALSE(loader.load(blank, b2));  // valid JSON, just not the canonical layout
  expect_same(c, b2);
}
