// text_ref_test.cpp: articles whose text lives in a separate file ("textRef", docs/article-json.md "Text
// files"): loading stripped articles, the text-file loader (load_texts) and the writers for both.
#include "core/json.h"

#include "article_gen.h"

#include <gtest/gtest.h>

using namespace ae;

namespace {

const std::string kId = "a-0123456789abcdef";
const std::string kId2 = "a-00000000000000ff";

std::string evidence(int p, int sb, int se, int mb, int me) {
  return R"({"paragraph":)" + std::to_string(p) + R"(,"sentence":[)" + std::to_string(sb) + "," + std::to_string(se) +
         R"(],"match":[)" + std::to_string(mb) + "," + std::to_string(me) + "]}";
}

// An article with one person whose mention is in paragraph `p`, [sb,se) / [mb,me).
std::string article(const std::string& id, const std::string& text_field, const std::string& ev) {
  return R"({"id":")" + id + R"(","title":"T",)" + text_field + R"(,"people":[{"id":"p-x","name":"X","mentions":[)" + ev +
         "]}]}";
}

std::string doc(const std::string& articles) {
  return R"({"format":"article-json","version":1,"articles":[)" + articles + "]}";
}

std::string texts(const std::string& entries) {
  return R"({"format":"article-json-text","version":1,"texts":[)" + entries + "]}";
}

std::string entry(const std::string& id, const std::string& paragraphs) {
  return R"({"id":")" + id + R"(","paragraphs":[)" + paragraphs + "]}";
}

uint64_t pos(std::string_view json, std::string_view needle) {
  size_t p = json.find(needle);
  EXPECT_NE(p, std::string_view::npos) << needle;
  return p;
}

// A corpus with two stripped articles (mentions in paragraph 1, [0,12) / [0,5)) and one inline article.
Corpus stripped_corpus() {
  Corpus c;
  std::string j = doc(article(kId, R"("textRef":"texts-00000.json")", evidence(1, 0, 12, 0, 5)) + "," +
                      article(kId2, R"("textRef":"sub/texts-00001.json")", evidence(0, 0, 3, 1, 2)) + "," +
                      article("a-1111111111111111", R"("paragraphs":["Inline text."])", evidence(0, 0, 6, 0, 6)));
  auto err = CorpusLoader().load(j, c);
  EXPECT_FALSE(err) << err->to_string();
  return c;
}

}  // namespace

TEST(TextRef, StrippedArticleLoadsAndRoundTrips) {
  Corpus c = stripped_corpus();
  ASSERT_EQ(c.articles.size(), 3u);
  EXPECT_EQ(c.str(c.articles[0].text_ref), "texts-00000.json");
  EXPECT_EQ(c.articles[0].paragraphs.count, 0u);
  EXPECT_EQ(c.str(c.articles[2].text_ref), "");
  ArticleRecord r = c.record(0);
  EXPECT_EQ(r.text_ref, "texts-00000.json");
  EXPECT_TRUE(r.paragraphs.empty());
  EXPECT_FALSE(validate_article(r));

  // Canonical form: "textRef" where "paragraphs" would be, no paragraphs.
  std::string one = write_article(c, 0);
  EXPECT_NE(one.find(R"("title":"T","textRef":"texts-00000.json","topics":[])"), std::string::npos) << one;
  EXPECT_EQ(one.find("\"paragraphs\""), std::string::npos);
  std::string json = write_corpus(c);
  Corpus back;
  ASSERT_FALSE(CorpusLoader().load(json, back));
  for (uint32_t i = 0; i < c.articles.size(); ++i) EXPECT_EQ(back.record(i), c.record(i));
  EXPECT_EQ(write_corpus(back), json);
}

TEST(TextRef, SpansAreCheckedStructurallyOnly) {
  // Paragraph 7 and offsets far beyond any text: fine while the text is absent.
  Corpus c;
  std::string j = doc(article(kId, R"("textRef":"t.json")", evidence(7, 100, 2000000000, 200, 300)));
  EXPECT_FALSE(CorpusLoader().load(j, c));
  // But a match outside its sentence, or a reversed sentence, is refused.
  std::string bad = doc(article(kId, R"("textRef":"t.json")", evidence(0, 10, 20, 5, 15)));
  auto err = CorpusLoader().load(bad, c = Corpus());
  ASSERT_TRUE(err);
  EXPECT_EQ(err->path, "articles[0].people[0].mentions[0].match");
  EXPECT_EQ(err->message, "expected a span inside the sentence [10,20], found [5,15]");
  std::string reversed = doc(article(kId, R"("textRef":"t.json")", evidence(0, 20, 10, 15, 15)));
  err = CorpusLoader().load(reversed, c = Corpus());
  ASSERT_TRUE(err);
  EXPECT_EQ(err->path, "articles[0].people[0].mentions[0].sentence");
  EXPECT_EQ(err->message, "expected a span with begin <= end, found [20,10]");
  // The paragraph index is still a uint32.
  std::string big = doc(article(kId, R"("textRef":"t.json")", R"({"paragraph":4294967296,"sentence":[0,1],"match":[0,1]})"));
  err = CorpusLoader().load(big, c = Corpus());
  ASSERT_TRUE(err);
  EXPECT_EQ(err->path, "articles[0].people[0].mentions[0].paragraph");
}

TEST(TextRef, BothParagraphsAndTextRefIsAnError) {
  for (std::string fields : {R"("paragraphs":[],"textRef":"t.json")", R"("textRef":"t.json","paragraphs":["x"])"}) {
    std::string j = doc(article(kId, fields, evidence(0, 0, 1, 0, 1)));
    Corpus c;
    auto err = CorpusLoader().load(j, c);
    ASSERT_TRUE(err) << j;
    EXPECT_EQ(err->message, "expected either \"paragraphs\" or \"textRef\", found both");
    bool textref_second = fields[1] == 'p';
    EXPECT_EQ(err->path, textref_second ? "articles[0].textRef" : "articles[0].paragraphs");
    EXPECT_EQ(err->offset, textref_second ? pos(j, "\"t.json\"") : pos(j, "[\"x\"]"));
    EXPECT_TRUE(c.articles.empty());
  }
  ArticleRecord r;
  r.id = kId;
  r.title = "T";
  r.paragraphs = {"x"};
  r.text_ref = "t.json";
  auto msg = validate_article(r);
  ASSERT_TRUE(msg);
  EXPECT_EQ(*msg, "textRef: expected either \"paragraphs\" or \"textRef\", found both");
}

TEST(TextRef, HostileTextRefsAreRefused) {
  const std::string too_long(1025, 'a');
  for (std::string ref : {std::string("/etc/passwd"), std::string("../secret.json"), std::string("a/../../b"),
                          std::string(".."), std::string("a/.."), std::string("https://evil.example/x"),
                          std::string("a b"), std::string("a\\\\b"), std::string("t.json?x=1"), std::string("%2e%2e/x"),
                          std::string("\\u00e9.json"), too_long}) {
    std::string j = doc(article(kId, R"("textRef":")" + ref + "\"", evidence(0, 0, 1, 0, 1)));
    Corpus c;
    auto err = CorpusLoader().load(j, c);
    ASSERT_TRUE(err) << ref;
    EXPECT_EQ(err->path, "articles[0].textRef") << ref;
    EXPECT_EQ(err->offset, pos(j, "\"textRef\":") + 10) << ref;
    EXPECT_NE(err->message.find("expected a relative text file path"), std::string::npos) << err->message;
    EXPECT_TRUE(c.articles.empty());
  }
  std::string empty = doc(article(kId, R"("textRef":"")", evidence(0, 0, 1, 0, 1)));
  Corpus c;
  auto err = CorpusLoader().load(empty, c);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->path, "articles[0].textRef");
  EXPECT_EQ(err->message, "expected a non-empty string, found \"\"");
  // Allowed: dots inside names, subdirectories, exactly 1024 bytes.
  for (std::string ref : {std::string("texts/v1.2/texts-00003.json"), std::string("./a..b/.x"), std::string(1024, 'b')}) {
    Corpus ok;
    std::string j = doc(article(kId, R"("textRef":")" + ref + "\"", evidence(0, 0, 1, 0, 1)));
    EXPECT_FALSE(CorpusLoader().load(j, ok)) << ref;
  }
}

TEST(LoadTexts, AttachesAndSkipsUnknown) {
  Corpus c = stripped_corpus();
  std::string t = texts(entry("a-9999999999999999", R"("unknown")") + "," + entry(kId, R"("Zero.","Hello world. Bye.")") +
                        "," + entry("a-1111111111111111", R"("not for inline articles")"));
  std::vector<uint32_t> filled;
  CorpusLoader loader;
  auto err = loader.load_texts(t, c, &filled);
  ASSERT_FALSE(err) << err->to_string();
  EXPECT_EQ(filled, std::vector<uint32_t>{0});
  ASSERT_EQ(c.articles[0].paragraphs.count, 2u);
  EXPECT_EQ(c.str(c.strs[c.articles[0].paragraphs.begin + 1]), "Hello world. Bye.");
  EXPECT_EQ(c.str(c.articles[0].text_ref), "texts-00000.json");  // kept
  EXPECT_EQ(c.articles[1].paragraphs.count, 0u);
  EXPECT_EQ(c.str(c.strs[c.articles[2].paragraphs.begin]), "Inline text.");
  // Loading the same file again: the article already has its text, so nothing happens.
  filled.clear();
  ASSERT_FALSE(loader.load_texts(t, c, &filled));
  EXPECT_TRUE(filled.empty());
  EXPECT_EQ(c.articles[0].paragraphs.count, 2u);
  // The written corpus is still the shard form.
  EXPECT_EQ(write_article(c, 0).find("\"paragraphs\""), std::string::npos);
}

TEST(LoadTexts, BadSpansRejectTheWholeFileAndLeaveTheCorpusUnchanged) {
  Corpus c = stripped_corpus();
  const std::string before = write_corpus(c);
  const size_t strings_before = c.strings.bytes(), strs_before = c.strs.size();
  // kId2 fits; kId's mention needs paragraph 1 with 12 bytes, and gets only 5.
  std::string t = texts(entry(kId2, R"("abc")") + "," + entry(kId, R"("Zero.","Short")"));
  std::vector<uint32_t> filled{42};
  auto err = CorpusLoader().load_texts(t, c, &filled);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->path, "texts[1].paragraphs");
  EXPECT_EQ(err->offset, pos(t, R"(["Zero.")"));
  EXPECT_EQ(err->message, "expected paragraphs that fit the evidence of article \"" + kId +
                              "\", found people[0].mentions[0].sentence: expected a span inside the paragraph's 5 bytes, "
                              "found [0,12]");
  EXPECT_EQ(filled, std::vector<uint32_t>{42});
  EXPECT_EQ(c.articles[1].paragraphs.count, 0u);
  EXPECT_EQ(c.strings.bytes(), strings_before);
  EXPECT_EQ(c.strs.size(), strs_before);
  EXPECT_EQ(write_corpus(c), before);

  // Too few paragraphs, and a span inside a UTF-8 character.
  err = CorpusLoader().load_texts(texts(entry(kId, R"("only one")")), c);
  ASSERT_TRUE(err);
  EXPECT_NE(err->message.find("expected a paragraph index below 1, found 1"), std::string::npos) << err->message;
  err = CorpusLoader().load_texts(texts(entry(kId2, R"("äb")")), c);
  ASSERT_TRUE(err);
  EXPECT_NE(err->message.find("UTF-8 character boundaries"), std::string::npos) << err->message;
  EXPECT_EQ(write_corpus(c), before);
}

TEST(LoadTexts, FormatErrors) {
  Corpus c = stripped_corpus();
  const std::string before = write_corpus(c);
  CorpusLoader loader;
  struct Case {
    std::string json, path, message;
  };
  const std::string ok_entry = entry(kId2, R"("abc")");
  std::vector<Case> cases = {
      {R"({"format":"article-json","version":1,"texts":[)" + ok_entry + "]}", "format",
       "expected \"article-json-text\", found \"article-json\""},
      {R"({"format":"article-json-text","version":2,"texts":[)" + ok_entry + "]}", "version",
       "unsupported version 2 (this build reads version 1)"},
      {R"({"version":1,"texts":[)" + ok_entry + "]}", "", "missing required field \"format\""},
      {texts(ok_entry + "," + entry(kId2, R"("abc")")), "texts[1].id",
       "expected a unique article id, found \"" + kId2 + "\" again (first at texts[0])"},
      {texts(R"({"id":")" + kId2 + R"("})"), "texts[0]", "missing required field \"paragraphs\""},
      {texts(R"({"id":")" + kId2 + R"(","paragraphs":[1]})"), "texts[0].paragraphs[0]", "expected a string, found number"},
      {texts(ok_entry + ","), "texts[1]", "expected a value, found ']'"},
      {texts(ok_entry) + "x", "", "expected end of input, found 'x'"},
  };
  for (const Case& k : cases) {
    std::vector<uint32_t> filled;
    auto err = loader.load_texts(k.json, c, &filled);
    ASSERT_TRUE(err) << k.json;
    EXPECT_EQ(err->path, k.path) << k.json;
    EXPECT_EQ(err->message, k.message) << k.json;
    EXPECT_LE(err->offset, k.json.size());
    EXPECT_TRUE(filled.empty());
    EXPECT_EQ(c.articles[1].paragraphs.count, 0u);
    EXPECT_EQ(write_corpus(c), before);
  }
  // Offsets point at the offending value.
  std::string dup = texts(ok_entry + "," + entry(kId2, R"("abc")"));
  auto err = loader.load_texts(dup, c);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->offset, dup.rfind("\"" + kId2));
}

TEST(LoadTexts, WriteTextsRoundTrip) {
  // Split generated corpora into a stripped shard and a text file, load both, and compare with the original.
  CorpusLoader loader;
  for (uint64_t seed = 1; seed <= 12; ++seed) {
    ae::testing::ArticleGen gen(seed);
    Corpus full = gen.corpus(1 + gen.below(12), 6);
    std::vector<uint32_t> all;
    std::string shard = R"({"format":"article-json","version":1,"topics":[],"articles":[)";
    for (uint32_t i = 0; i < full.articles.size(); ++i) {
      all.push_back(i);
      if (i) shard += ",";
      shard += write_article(full, i, "texts-" + std::to_string(seed) + ".json");
    }
    shard += "]}";
    std::string text_file = write_texts(full, all);
    EXPECT_EQ(text_file.rfind(R"({"format":"article-json-text","version":1,"texts":[)", 0), 0u);

    Corpus c;
    auto err = loader.load(shard, c);
    ASSERT_FALSE(err) << "seed " << seed << ": " << err->to_string();
    std::vector<uint32_t> filled;
    err = loader.load_texts(text_file, c, &filled);
    ASSERT_FALSE(err) << "seed " << seed << ": " << err->to_string();
    EXPECT_EQ(filled, all);
    for (uint32_t i = 0; i < full.articles.size(); ++i) {
      ArticleRecord r = c.record(i);
      EXPECT_EQ(r.text_ref, "texts-" + std::to_string(seed) + ".json");
      r.text_ref.clear();
      EXPECT_EQ(r, full.record(i)) << "seed " << seed << " article " << i;
    }
  }
  // An empty text file is valid and fills nothing.
  Corpus c = stripped_corpus();
  EXPECT_EQ(write_texts(c, {}), "{\"format\":\"article-json-text\",\"version\":1,\"texts\":[]}\n");
  std::vector<uint32_t> filled;
  EXPECT_FALSE(loader.load_texts(write_texts(c, {}), c, &filled));
  EXPECT_TRUE(filled.empty());
}

TEST(LoadTexts, RecordWithTextRefViaCorpusAdd) {
  // The other way to produce a shard: set text_ref on the record and drop its paragraphs before add().
  ae::testing::ArticleGen gen(7);
  Corpus full = gen.corpus(3, 4);
  Corpus part;
  for (uint32_t i = 0; i < full.articles.size(); ++i) {
    ArticleRecord r = full.record(i);
    r.paragraphs.clear();
    r.text_ref = "t.json";
    ASSERT_FALSE(validate_article(r));
    part.add(r);
  }
  EXPECT_EQ(write_corpus(part).find("\"paragraphs\""), std::string::npos);
  for (uint32_t i = 0; i < full.articles.size(); ++i)
    EXPECT_EQ(write_article(part, i), write_article(full, i, "t.json"));
}
