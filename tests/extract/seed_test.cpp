// seed_test: the seed article against tests/data/seed.expected.json (hand-checked), field by field; plus
// whole-pipeline properties: validity, explanations, and bounded work on hostile input.
#include "core/json.h"
#include "helpers.h"

#include "simdjson.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>

using namespace ae;
using namespace ae::extract;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string str(simdjson::ondemand::value v) {
  std::string_view s;
  EXPECT_EQ(v.get_string().get(s), simdjson::SUCCESS);
  return std::string(s);
}
std::vector<std::string> strs(simdjson::ondemand::value v) {
  std::vector<std::string> out;
  simdjson::ondemand::array arr;
  EXPECT_EQ(v.get_array().get(arr), simdjson::SUCCESS);
  for (auto x : arr) {
    std::string_view s;
    EXPECT_EQ(x.get_string().get(s), simdjson::SUCCESS);
    out.emplace_back(s);
  }
  return out;
}
double num(simdjson::ondemand::value v) {
  double d = 0;
  EXPECT_EQ(v.get_double().get(d), simdjson::SUCCESS);
  return d;
}

struct Seed : ::testing::Test {
  static ExtractResult result;
  static Lexicon lexicon;
  static void SetUpTestSuite() {
    std::string error;
    lexicon = *parse_lexicon(slurp(std::string(AE_SOURCE_DIR) + "/assets/topics.json"), error);
    ExtractOptions o;
    o.lexicon = &lexicon;
    o.explain = true;
    result = ae::extract::extract(slurp(std::string(AE_SOURCE_DIR) + "/assets/articles/000_ed62864c3e57ce75.txt"), o);
  }
};
ExtractResult Seed::result;
Lexicon Seed::lexicon;

// Walks the expected items of one kind in document order and calls check(record, key, value) for every field
// the expectation gives; the counts must match too.
template <class Record, class Check>
void expect_items(simdjson::ondemand::value& v, const std::vector<Record>& got, const char* kind, Check check) {
  size_t i = 0;
  for (auto item : v.get_array()) {
    ASSERT_LT(i, got.size()) << "missing " << kind << " #" << i;
    for (auto f : item.get_object()) {
      std::string_view k;
      simdjson::ondemand::value x;
      ASSERT_EQ(f.unescaped_key().get(k), simdjson::SUCCESS);
      ASSERT_EQ(f.value().get(x), simdjson::SUCCESS);
      check(got[i], k, x);
    }
    ++i;
  }
  EXPECT_EQ(got.size(), i) << kind;
}

}  // namespace

TEST_F(Seed, MatchesHandCheckedExpectation) {
  const ArticleRecord& a = result.article;
  simdjson::ondemand::parser parser;
  simdjson::padded_string json = simdjson::padded_string(slurp(std::string(AE_TEST_DATA) + "/seed.expected.json"));
  simdjson::ondemand::document doc;
  ASSERT_EQ(parser.iterate(json).get(doc), simdjson::SUCCESS);
  simdjson::ondemand::object root;
  ASSERT_EQ(doc.get_object().get(root), simdjson::SUCCESS);
  for (auto field : root) {
    std::string_view key;
    ASSERT_EQ(field.unescaped_key().get(key), simdjson::SUCCESS);
    simdjson::ondemand::value v;
    ASSERT_EQ(field.value().get(v), simdjson::SUCCESS);
    if (key == "title") { EXPECT_EQ(a.title, str(v)); }
    if (key == "paragraphs") { EXPECT_EQ(a.paragraphs.size(), size_t(num(v))); }
    if (key == "article_topics_include") {
      for (const std::string& t : strs(v))
        EXPECT_NE(std::find(a.topics.begin(), a.topics.end(), t), a.topics.end()) << "article topic " << t;
    }
    if (key == "people") {
      expect_items(v, a.people, "person", [](const PersonRecord& p, std::string_view k, simdjson::ondemand::value& x) {
        if (k == "id") { EXPECT_EQ(p.id, str(x)); }
        if (k == "name") { EXPECT_EQ(p.name, str(x)) << p.id; }
        if (k == "role") { EXPECT_EQ(p.role, str(x)) << p.id; }
        if (k == "affiliation") { EXPECT_EQ(p.affiliation, str(x)) << p.id; }
        if (k == "mentions") { EXPECT_EQ(p.mentions.size(), size_t(num(x))) << p.id; }
      });
    }
    if (key == "figures") {
      expect_items(v, a.figures, "figure", [](const FigureRecord& p, std::string_view k, simdjson::ondemand::value& x) {
        if (k == "id") { EXPECT_EQ(p.id, str(x)); }
        if (k == "text") { EXPECT_EQ(p.text, str(x)) << p.id; }
        if (k == "value") { EXPECT_DOUBLE_EQ(p.value, num(x)) << p.id; }
        if (k == "unit") { EXPECT_EQ(p.unit, str(x)) << p.id; }
        if (k == "kind") { EXPECT_EQ(to_string(p.kind), str(x)) << p.id; }
        if (k == "qualifier") { EXPECT_EQ(p.qualifier, str(x)) << p.id; }
        if (k == "subject") { EXPECT_EQ(p.subject, str(x)) << p.id; }
        if (k == "paragraph") { EXPECT_EQ(p.evidence.paragraph, uint32_t(num(x))) << p.id; }
      });
    }
    if (key == "agreements") {
      expect_items(v, a.agreements, "agreement", [](const AgreementRecord& p, std::string_view k, simdjson::ondemand::value& x) {
        if (k == "id") { EXPECT_EQ(p.id, str(x)); }
        if (k == "title") { EXPECT_EQ(p.title, str(x)) << p.id; }
        if (k == "kind") { EXPECT_EQ(p.kind, str(x)) << p.id; }
        if (k == "status") { EXPECT_EQ(to_string(p.status), str(x)) << p.id; }
        if (k == "parties") { EXPECT_EQ(p.parties, strs(x)) << p.id; }
        if (k == "figure") { EXPECT_EQ(p.figure, str(x)) << p.id; }
        if (k == "paragraph") { EXPECT_EQ(p.evidence.paragraph, uint32_t(num(x))) << p.id; }
      });
    }
    if (key == "photos") {
      expect_items(v, a.photos, "photo", [](const PhotoRecord& p, std::string_view k, simdjson::ondemand::value& x) {
        if (k == "id") { EXPECT_EQ(p.id, str(x)); }
        if (k == "caption") { EXPECT_EQ(p.caption, str(x)) << p.id; }
        if (k == "credit") { EXPECT_EQ(p.credit, str(x)) << p.id; }
        if (k == "people") { EXPECT_EQ(p.people, strs(x)) << p.id; }
        if (k == "paragraph") { EXPECT_EQ(p.evidence.paragraph, uint32_t(num(x))) << p.id; }
      });
    }
  }
}

TEST_F(Seed, IsValidArticleJson) {
  auto bad = validate_article(result.article);
  EXPECT_FALSE(bad) << *bad;
  Corpus c;
  for (auto& t : lexicon.topics) c.add_topic(t.id, t.label);
  c.add(result.article);
  CorpusLoader loader;
  Corpus back;
  auto err = loader.load(write_corpus(c), back);
  ASSERT_FALSE(err) << err->to_string();
  EXPECT_EQ(back.record(0), result.article);
}

TEST_F(Seed, EveryItemIsExplained) {
  const ArticleRecord& a = result.article;
  EXPECT_EQ(result.explain.size(), a.people.size() + a.figures.size() + a.agreements.size() + a.photos.size());
  for (const Explanation& e : result.explain) EXPECT_FALSE(e.rule.empty()) << e.id;
  std::string text = explain_text(result);
  EXPECT_NE(text.find("person p-mike-pompeo"), std::string::npos);
  EXPECT_NE(text.find("title:country+title+name"), std::string::npos);
  EXPECT_NE(text.find("\"$2.1 billion\""), std::string::npos);
}

TEST(ExtractPipeline, HostileInputStaysFastAndValid) {
  std::string huge = "Title\n\n" + std::string(10 << 20, 'x') + "\n\n" + std::string(1 << 20, '9') + " people\n\n";
  for (int i = 0; i < 20000; ++i) huge += "Kazakh President Kassym-Jomart Tokayev signed 5 deals worth $1 billion. ";
  auto t0 = std::chrono::steady_clock::now();
  ExtractResult r = ae::extract::extract(huge, {});
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 20.0);
  EXPECT_FALSE(validate_article(r.article));
  EXPECT_LE(r.article.figures.size(), size_t(5000));
}
