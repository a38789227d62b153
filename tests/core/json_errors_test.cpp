// json_errors_test.cpp: every loader error class with its exact message, path and byte offset, and the
// guarantee that a failed load leaves the target corpus untouched.
#include "core/json.h"

#include "article_gen.h"

#include <gtest/gtest.h>

using namespace ae;

namespace {

const std::string kId = "a-0123456789abcdef";

// A small valid document; tests splice broken pieces into it.
std::string doc(const std::string& article_body, const std::string& extra_top = "") {
  return R"({"format":"article-json","version":1)" + extra_top + R"(,"articles":[{"id":")" + kId +
         R"(","title":"T","paragraphs":["Hello world. Bye."])" + article_body + "}]}";
}

std::string evidence(int p = 0, int sb = 0, int se = 12, int mb = 0, int me = 5) {
  return R"({"paragraph":)" + std::to_string(p) + R"(,"sentence":[)" + std::to_string(sb) + "," + std::to_string(se) +
         R"(],"match":[)" + std::to_string(mb) + "," + std::to_string(me) + "]}";
}

std::string person(const std::string& id = "p-x", const std::string& ev = evidence()) {
  return R"({"id":")" + id + R"(","name":"X","mentions":[)" + ev + "]}";
}

LoadError load_error(std::string_view json, const LoadOptions& options = {}) {
  Corpus c;
  auto err = CorpusLoader().load(json, c, options);
  EXPECT_TRUE(err.has_value()) << json;
  EXPECT_TRUE(c.articles.empty());
  EXPECT_TRUE(c.topics.empty());
  return err.value_or(LoadError{});
}

uint64_t pos(std::string_view json, std::string_view needle, size_t nth = 0) {
  size_t p = json.find(needle);
  while (nth-- > 0 && p != std::string_view::npos) p = json.find(needle, p + 1);
  EXPECT_NE(p, std::string_view::npos) << needle;
  return p;
}

}  // namespace

#define EXPECT_LOAD_ERROR(err, off, p, msg) \
  do {                                      \
    LoadError e_ = (err);                   \
    EXPECT_EQ(e_.message, msg);             \
    EXPECT_EQ(e_.path, p);                  \
    EXPECT_EQ(e_.offset, off);              \
  } while (0)

TEST(JsonErrors, ValidBaseDocumentLoads) {
  Corpus c;
  auto err = CorpusLoader().load(doc(R"(,"people":[)" + person() + "]"), c);
  EXPECT_FALSE(err) << err->to_string();
}

TEST(JsonErrors, EmptyInput) {
  EXPECT_LOAD_ERROR(load_error(""), 0u, "", "expected a JSON document, found empty input");
  EXPECT_LOAD_ERROR(load_error(" \n\t "), 4u, "", "expected a JSON document, found empty input");
}

TEST(JsonErrors, OversizedInputRefusedBeforeParsing) {
  LoadOptions o;
  o.max_bytes = 10;
  // Not even JSON: proves nothing is parsed.
  EXPECT_LOAD_ERROR(load_error("xxxxxxxxxxxxxxxxxxxx", o), 0u, "",
                    "input is 20 bytes, larger than the limit of 10 bytes");
}

TEST(JsonErrors, TruncatedInput) {
  std::string full = doc("");
  std::string cut = full.substr(0, pos(full, "\"title\"") + 10);  // inside the title string
  EXPECT_LOAD_ERROR(load_error(cut), cut.size(), "articles[0].title",
                    "expected '\"' to close the string, found end of input");
  std::string open = R"({"format":"article-json","version":1,"articles":[)";
  EXPECT_LOAD_ERROR(load_error(open), open.size(), "articles[0]", "expected a value, found end of input");
  std::string no_close = full.substr(0, full.size() - 1);
  EXPECT_LOAD_ERROR(load_error(no_close), no_close.size(), "articles", "expected ',' or '}', found end of input");
}

TEST(JsonErrors, EveryPrefixIsRejected) {
  std::string full = doc(R"(,"people":[)" + person() + R"(],"figures":[{"id":"f-1","text":"1","value":1.5e3,"unit":"","kind":"count","evidence":)" + evidence() + "}]");
  CorpusLoader loader;
  for (size_t n = 0; n < full.size(); ++n) {
    Corpus c;
    auto err = loader.load(std::string_view(full).substr(0, n), c);
    ASSERT_TRUE(err) << n;
    EXPECT_LE(err->offset, n);
    EXPECT_TRUE(c.articles.empty());
  }
}

TEST(JsonErrors, WrongTypes) {
  std::string j = doc(R"(,"source":5)");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "5}"), "articles[0].source", "expected a string, found number");
  j = doc(R"(,"paragraphs":"x")");
  // "paragraphs" twice is caught first; use a fresh document.
  j = R"({"format":"article-json","version":1,"articles":[{"id":")" + kId + R"(","title":"T","paragraphs":{}}]})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "{}"), "articles[0].paragraphs", "expected an array, found object");
  j = doc(R"(,"figures":[{"id":"f-1","text":"1","value":"12","unit":"","kind":"count","evidence":)" + evidence() + "}]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"12\""), "articles[0].figures[0].value", "expected a number, found string");
  j = doc(R"(,"people":[)" + person("p-x", evidence(0, 0, 12, 0, -1)) + "]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "-1"), "articles[0].people[0].mentions[0].match[1]",
                    "expected an integer from 0 to 4294967295, found -1");
  j = doc(R"(,"topics":[null])");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "null"), "articles[0].topics[0]", "expected a string, found null");
  EXPECT_LOAD_ERROR(load_error("[1,2]"), 0u, "", "expected an object, found array");
  EXPECT_LOAD_ERROR(load_error("  \"x\""), 2u, "", "expected an object, found string");
  j = R"({"format":"article-json","version":1,"articles":[true]})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "true"), "articles[0]", "expected an object, found boolean");
}

TEST(JsonErrors, InvalidEnumAndMissingFields) {
  std::string j = doc(R"(,"figures":[{"id":"f-1","text":"1","value":1,"unit":"","kind":"lots","evidence":)" + evidence() + "}]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"lots\""), "articles[0].figures[0].kind",
                    "expected \"money\", \"percent\", \"count\" or \"measure\", found \"lots\"");
  j = doc(R"(,"figures":[{"id":"f-1","text":"1","unit":"","kind":"count","evidence":)" + evidence() + "}]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "{\"id\":\"f-1\""), "articles[0].figures[0]", "missing required field \"value\"");
  j = R"({"format":"article-json","version":1,"articles":[{"id":")" + kId + R"("}]})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "{\"id\""), "articles[0]", "missing required field \"title\"");
  j = doc(R"(,"title":"again")");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"again\""), "articles[0].title", "expected one \"title\" field, found another");
}

TEST(JsonErrors, InvalidUtf8) {
  std::string j = doc("");
  size_t at = pos(j, "world") + 2;
  j[at] = '\xFF';
  EXPECT_LOAD_ERROR(load_error(j), at, "articles[0].paragraphs[0]", "expected valid UTF-8, found byte 0xff");
  j = doc("");
  at = pos(j, "Bye");
  j.replace(at, 1, "\xE2\x82");  // truncated 3-byte sequence
  EXPECT_LOAD_ERROR(load_error(j), at, "articles[0].paragraphs[0]", "expected valid UTF-8, found byte 0xe2");
}

TEST(JsonErrors, NestingDeeperThanMaxDepth) {
  std::string deep(40, '[');
  deep += std::string(40, ']');
  std::string j = doc("", R"(,"x":)" + deep);
  std::string path = "x";
  for (int i = 0; i < 31; ++i) path += "[0]";
  // The root object is level 1, so the 32nd '[' is level 33.
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "[[") + 31, path,
                    "expected at most 32 levels of nested arrays and objects, found more");
  LoadOptions o;
  o.max_depth = 4;  // the format itself needs more for items
  j = doc(R"(,"people":[)" + person() + "]");
  EXPECT_LOAD_ERROR(load_error(j, o), pos(j, "{\"id\":\"p-x\""), "articles[0].people[0]",
                    "expected at most 4 levels of nested arrays and objects, found more");
  // Very deep and unterminated: no recursion blow-up, still a depth error.
  std::string abyss(100000, '[');
  EXPECT_LOAD_ERROR(load_error(R"({"x":)" + abyss), 5u + 31u, path,
                    "expected at most 32 levels of nested arrays and objects, found more");
}

TEST(JsonErrors, DuplicateArticleId) {
  std::string art = R"({"id":")" + kId + R"(","title":"T"})";
  std::string j = R"({"format":"article-json","version":1,"articles":[)" + art + "," + art + "]}";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"" + kId, 1), "articles[1].id",
                    "expected a unique article id, found \"" + kId + "\" again (first at articles[0])");
}

TEST(JsonErrors, DuplicateArticleIdAgainstLoadedCorpus) {
  std::string j = doc("");
  CorpusLoader loader;
  Corpus c;
  ASSERT_FALSE(loader.load(j, c));
  std::string before = write_corpus(c);
  auto err = loader.load(j, c);
  ASSERT_TRUE(err);
  EXPECT_LOAD_ERROR(*err, pos(j, "\"" + kId), "articles[0].id",
                    "expected a unique article id, found \"" + kId + "\", which is already loaded");
  EXPECT_EQ(write_corpus(c), before);
}

TEST(JsonErrors, DuplicateItemId) {
  std::string j = doc(R"(,"people":[)" + person("p-x") + "," + person("p-y") + R"(],"agreements":[{"id":"p-y"}])");
  // Item ids are checked once the article is complete; the kind prefix comes first.
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "{\"id\":\"p-y\"}"), "articles[0].agreements[0]",
                    "missing required field \"title\"");
  j = doc(R"(,"people":[)" + person("p-x") + "," + person("p-y") + "," + person("p-x") + "]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"p-x\"", 1), "articles[0].people[2].id",
                    "expected a unique item id, found \"p-x\" again (first at people[0])");
}

TEST(JsonErrors, PhotoReferencesMissingPerson) {
  std::string j = doc(R"(,"people":[)" + person() + R"(],"photos":[{"id":"ph-1","caption":"c","people":["p-x","p-ghost"],"evidence":)" +
                      evidence() + "}]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"p-ghost\""), "articles[0].photos[0].people[1]",
                    "expected the id of a person in this article, found \"p-ghost\"");
}

TEST(JsonErrors, AgreementReferencesMissingFigure) {
  std::string j = doc(R"(,"agreements":[{"id":"ag-1","title":"deal","kind":"deal","status":"signed","figure":"f-none","evidence":)" +
                      evidence() + "}]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"f-none\""), "articles[0].agreements[0].figure",
                    "expected the id of a figure in this article, found \"f-none\"");
}

TEST(JsonErrors, NonFiniteValue) {
  for (std::string v : {"1e999", "-1e400"}) {
    std::string j = doc(R"(,"figures":[{"id":"f-1","text":"1","value":)" + v + R"(,"unit":"","kind":"count","evidence":)" + evidence() + "}]");
    EXPECT_LOAD_ERROR(load_error(j), pos(j, v), "articles[0].figures[0].value", "expected a finite number, found " + v);
  }
  std::string j = doc(R"(,"figures":[{"id":"f-1","text":"1","value":NaN,"unit":"","kind":"count","evidence":)" + evidence() + "}]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "NaN"), "articles[0].figures[0].value", "expected a value, found 'N'");
}

TEST(JsonErrors, UnknownVersion) {
  std::string j = R"({"format":"article-json","version":2,"articles":[]})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "2"), "version", "unsupported version 2 (this build reads version 1)");
  j = R"({"format":"article-json","version":"1"})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"1\""), "version", "expected a number, found string");
  j = R"({"format":"article-json"})";
  EXPECT_LOAD_ERROR(load_error(j), 0u, "", "missing required field \"version\"");
}

TEST(JsonErrors, MissingOrWrongFormat) {
  std::string j = R"( {"version":1,"articles":[]})";
  EXPECT_LOAD_ERROR(load_error(j), 1u, "", "missing required field \"format\"");
  j = R"({"format":"geojson","version":1})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"geojson\""), "format", "expected \"article-json\", found \"geojson\"");
}

TEST(JsonErrors, EvidenceOutOfRange) {
  std::string j = doc(R"(,"people":[)" + person("p-x", evidence(3)) + "]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "3,\"sentence\""), "articles[0].people[0].mentions[0].paragraph",
                    "expected a paragraph index below 1, found 3");
  j = doc(R"(,"people":[)" + person("p-x", evidence(0, 0, 99)) + "]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "[0,99]"), "articles[0].people[0].mentions[0].sentence",
                    "expected a span inside the paragraph's 17 bytes, found [0,99]");
  j = doc(R"(,"figures":[{"id":"f-1","text":"1","value":1,"unit":"","kind":"count","evidence":)" + evidence(0, 13, 17, 2, 15) + "}]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "[2,15]"), "articles[0].figures[0].evidence.match",
                    "expected a span inside the sentence [13,17], found [2,15]");
  j = doc(R"(,"people":[)" + person("p-x", R"({"paragraph":0,"sentence":[0,1,2],"match":[0,0]})") + "]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "[0,1,2]"), "articles[0].people[0].mentions[0].sentence",
                    "expected [begin, end] (2 integers), found 3 elements");
}

TEST(JsonErrors, TrailingContent) {
  std::string j = doc("") + " x";
  EXPECT_LOAD_ERROR(load_error(j), j.size() - 1, "", "expected end of input, found 'x'");
  j = doc("") + "{}";
  EXPECT_LOAD_ERROR(load_error(j), j.size() - 2, "", "expected end of input, found '{'");
  j = doc("") + "\n\n";  // whitespace is fine
  Corpus c;
  EXPECT_FALSE(CorpusLoader().load(j, c));
}

TEST(JsonErrors, SyntaxErrorsNameThePlace) {
  std::string j = R"({"format":"article-json","version":1,"articles":[{"id" "x"}]})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"x\""), "articles[0].id", "expected ':', found '\"'");
  j = R"({"format":"article-json","version":1,"articles":[{"title":"a\qb"}]})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "qb"), "articles[0].title", "expected an escape character, found 'q'");
  j = R"({"format":"article-json","version":1,"articles":[{"title":"\udc00"}]})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\\udc00"), "articles[0].title", "expected a high surrogate before \\uDC00");
  j = R"({"format":"article-json","version":1,"articles":[],})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "}"), "", "expected a string key, found '}'");
}

TEST(JsonErrors, InvalidIdsAndTopics) {
  std::string j = R"({"format":"article-json","version":1,"articles":[{"id":"A-1","title":"T"}]})";
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"A-1\""), "articles[0].id",
                    "expected an article id (\"a-\" and 16 lowercase hex digits), found \"A-1\"");
  j = doc(R"(,"topics":["Trade"])");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"Trade\""), "articles[0].topics[0]",
                    "expected a topic id ([a-z0-9-]+), found \"Trade\"");
  j = doc("", R"(,"topics":[{"id":"t","label":"T"},{"id":"t","label":"U"}])");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"t\"", 1), "topics[1].id", "expected a unique topic id, found \"t\" again");
  j = doc(R"(,"people":[)" + person("x-1") + "]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "\"x-1\""), "articles[0].people[0].id",
                    "expected a person id (\"p-\" followed by [a-z0-9-]), found \"x-1\"");
}

TEST(JsonErrors, FailedLoadLeavesCorpusUntouched) {
  ae::testing::ArticleGen gen(3);
  Corpus c = gen.corpus(4);
  std::string before = write_corpus(c);
  size_t topics = c.topics.size();
  CorpusLoader loader;
  // Valid articles first, then a broken one: nothing of this input may stay.
  std::string j = R"({"format":"article-json","version":1,"topics":[{"id":"new-topic","label":"N"}],"articles":[)"
                  R"({"id":"a-1111111111111111","title":"ok","topics":["fresh"]},{"id":"a-2222222222222222","title":5}]})";
  ASSERT_TRUE(loader.load(j, c));
  EXPECT_EQ(write_corpus(c), before);
  EXPECT_EQ(c.topics.size(), topics);
  EXPECT_EQ(c.find_article("a-1111111111111111"), std::nullopt);
  EXPECT_EQ(c.find_topic("fresh"), std::nullopt);
  // And the loader still works afterwards.
  ASSERT_FALSE(loader.load(R"({"format":"article-json","version":1,"articles":[{"id":"a-1111111111111111","title":"ok"}]})", c));
  EXPECT_EQ(c.articles.size(), 5u);
}

TEST(JsonErrors, ToString) {
  LoadError e{"corpus.json", 42, "articles[3].figures[7].value", "expected a finite number, found 1e999"};
  EXPECT_EQ(e.to_string(), "corpus.json:42: articles[3].figures[7].value: expected a finite number, found 1e999");
  e.file.clear();
  e.path.clear();
  EXPECT_EQ(e.to_string(), "42: expected a finite number, found 1e999");
}

TEST(ValidateArticle, ReportsRelativePaths) {
  ArticleRecord a;
  a.title = "T";
  a.id = article_id("", "T");
  EXPECT_EQ(validate_article(a), std::nullopt);
  a.paragraphs = {"caf\xC3\xA9"};
  FigureRecord f;
  f.id = "f-1";
  f.text = "1";
  f.value = std::numeric_limits<double>::infinity();
  f.evidence = {0, {0, 5}, {0, 4}};
  a.figures.push_back(f);
  EXPECT_EQ(validate_article(a), "figures[0].value: expected a finite number, found a non-finite value");
  a.figures[0].value = 1;
  EXPECT_EQ(validate_article(a), "figures[0].evidence.match: expected a span on UTF-8 character boundaries, found [0,4]");
  a.figures[0].evidence.match = {0, 3};
  EXPECT_EQ(validate_article(a), std::nullopt);
  a.paragraphs[0] = "caf\xC3";
  EXPECT_EQ(validate_article(a), "paragraphs[0]: expected valid UTF-8, found byte 0xc3 at byte 3");
  a.paragraphs[0] = "café";
  a.people.push_back({"p-x", "X", "", "", {}, {}});
  EXPECT_EQ(validate_article(a), "people[0].mentions: expected at least one mention, found none");
}

// Repeated item ids are found by comparing pairs for a few items and by sorting for many: both name the earliest
// repeat in document order and the first occurrence of its id, whichever id sorts first.
TEST(ValidateArticle, EarliestRepeatedItemIdFewAndMany) {
  for (size_t extra : {0u, 40u}) {
    ArticleRecord a;
    a.title = "T";
    a.id = article_id("", "T");
    a.paragraphs = {"Hello world."};
    auto person = [](std::string id) { return PersonRecord{std::move(id), "X", "", "", {{0, {0, 5}, {0, 5}}}, {}}; };
    for (size_t i = 0; i < extra; ++i) a.people.push_back(person("p-u" + std::to_string(i)));
    for (const char* id : {"p-b", "p-a", "p-c", "p-a", "p-b"}) a.people.push_back(person(id));
    const std::string b = std::to_string(extra);
    EXPECT_EQ(validate_article(a), "people[" + std::to_string(extra + 3) + "].id: expected a unique item id, found \"p-a\" again (first at people[" +
                                       std::to_string(extra + 1) + "])") << b;
    a.people[extra + 3].id = "p-d";
    EXPECT_EQ(validate_article(a), "people[" + std::to_string(extra + 4) + "].id: expected a unique item id, found \"p-b\" again (first at people[" +
                                       std::to_string(extra) + "])") << b;
    a.people[extra + 4].id = "p-e";
    EXPECT_EQ(validate_article(a), std::nullopt) << b;
  }
}

// Evidence objects in the writer's form {"paragraph":0,"sentence":[0,12],"match":[0,5]} are read straight from
// the bytes (json_loader.h read_evidence_bytes); every other form goes through simdjson, with the same values
// and the same errors.
TEST(JsonErrors, EvidenceInEveryFormReadsTheSameOrFailsTheSame) {
  auto mention_of = [](const std::string& ev) {
    Corpus c;
    std::string j = doc(R"(,"people":[)" + person("p-x", ev) + "]");
    auto err = CorpusLoader().load(j, c);
    EXPECT_FALSE(err) << j << " " << (err ? err->to_string() : "");
    return c.evidence.empty() ? Evidence{} : c.evidence[0];
  };
  const Evidence want{0, {0, 12}, {6, 11}};
  for (const std::string ev : {R"({"paragraph":0,"sentence":[0,12],"match":[6,11]})",
                               R"({ "paragraph":0,"sentence":[0,12],"match":[6,11]})",
                               R"({"paragraph" : 0,"sentence":[0,12],"match":[6,11]})",
                               R"({"paragraph":0,"sentence":[0,12],"match":[6,11] })",
                               R"({"sentence":[0,12],"paragraph":0,"match":[6,11]})",
                               R"({"paragraph":0,"sentence":[0,12],"match":[6,11],"note":"x"})",
                               R"({"paragraph":0,"sentence":[ 0,12],"match":[6,11]})"})
    EXPECT_EQ(mention_of(ev), want) << ev;
  auto with = [](const std::string& ev) { return doc(R"(,"people":[)" + person("p-x", ev) + "]"); };
  std::string j = with(R"({"paragraph":0,"sentence":[0,12],"match":[6,11],"match":[6,11]})");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "[6,11]}") , "articles[0].people[0].mentions[0].match",
                    "expected one \"match\" field, found another");
  j = with(R"({"paragraph":0,"sentence":[0,12]})");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, R"({"paragraph")"), "articles[0].people[0].mentions[0]",
                    "missing required field \"match\"");
  j = with(R"({"paragraph":4294967296,"sentence":[0,12],"match":[6,11]})");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "4294967296"), "articles[0].people[0].mentions[0].paragraph",
                    "expected an integer from 0 to 4294967295, found 4294967296");
  j = with(R"({"paragraph":0,"sentence":[0,12],"match":[6,13]})");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "[6,13]"), "articles[0].people[0].mentions[0].match",
                    "expected a span inside the sentence [0,12], found [6,13]");
}

// Spans are read straight from the bytes when they have the writer's form "[12,34]" (json_loader.h
// read_span_bytes); every other form goes through simdjson, with the same values and the same errors.
TEST(JsonErrors, SpansInEveryFormReadTheSameOrFailTheSame) {
  auto mention_of = [](const std::string& sentence, const std::string& match) {
    Corpus c;
    std::string j = doc(R"(,"people":[)" + person("p-x", R"({"paragraph":0,"sentence":)" + sentence + R"(,"match":)" + match + "}") + "]");
    auto err = CorpusLoader().load(j, c);
    EXPECT_FALSE(err) << j << " " << (err ? err->to_string() : "");
    return c.evidence.empty() ? Evidence{} : c.evidence[0];
  };
  for (const auto& [s, m] : std::vector<std::pair<std::string, std::string>>{
           {"[0,12]", "[0,5]"}, {"[ 0 , 12 ]", "[0 ,5]"}, {"[0,\n12]", "[\t0,5 ]"}}) {
    Evidence e = mention_of(s, m);
    EXPECT_EQ(e.sentence.begin, 0u) << s;
    EXPECT_EQ(e.sentence.end, 12u) << s;
    EXPECT_EQ(e.match.end, 5u) << m;
  }
  std::string j = doc(R"(,"people":[)" + person("p-x", evidence(0, 0, 12, 0, 5).replace(evidence().find("[0,5]"), 5, "[0,4294967296]")) + "]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "4294967296"), "articles[0].people[0].mentions[0].match[1]",
                    "expected an integer from 0 to 4294967295, found 4294967296");
  j = doc(R"(,"people":[)" + person("p-x", evidence(0, 0, 12, 0, 5).replace(evidence().find("[0,5]"), 5, "[0,12345678901]")) + "]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "12345678901"), "articles[0].people[0].mentions[0].match[1]",
                    "expected an integer from 0 to 4294967295, found 12345678901");
  j = doc(R"(,"people":[)" + person("p-x", evidence(0, 0, 12, 0, 5).replace(evidence().find("[0,5]"), 5, "[0,5,6]")) + "]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "[0,5,6]"), "articles[0].people[0].mentions[0].match",
                    "expected [begin, end] (2 integers), found 3 elements");
  j = doc(R"(,"people":[)" + person("p-x", evidence(0, 0, 12, 0, 5).replace(evidence().find("[0,5]"), 5, "[0,4294967295]")) + "]");
  EXPECT_LOAD_ERROR(load_error(j), pos(j, "[0,4294967295]"), "articles[0].people[0].mentions[0].match",
                    "expected a span inside the sentence [0,12], found [0,4294967295]");
}
