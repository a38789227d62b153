// manifest_test.cpp: the sharded-corpus manifest (core/manifest.h): round trip, checks, hostile paths.
#include "core/manifest.h"
#include "article_gen.h"

#include <gtest/gtest.h>

namespace {

ae::Manifest sample() {
  ae::Manifest m;
  m.topics = {{"trade", "Trade"}, {"energy", "Energy"}};
  m.articles = 3;
  m.counts[0] = 5;
  m.counts[2] = 7;
  m.topic_articles = {2, 1};
  m.shards = {{"shard-00000.json", 2, 100}, {"shard-00001.json", 1, 50}};
  m.texts = {{"texts-00000.json", 3, 900}};
  m.index = {{"a-0000000000000001", "One", 0, {0}, {1, 0, 2, 0}},
             {"a-0000000000000002", "Two \"quoted\"", 0, {0, 1}, {2, 0, 3, 0}},
             {"a-0000000000000003", "Trois é", 1, {}, {2, 0, 2, 0}}};
  return m;
}

TEST(Manifest, RoundTrip) {
  const ae::Manifest m = sample();
  const std::string json = ae::write_manifest(m);
  EXPECT_TRUE(ae::looks_like_manifest(json));
  ae::Manifest back;
  auto err = ae::parse_manifest(json, back);
  ASSERT_FALSE(err) << err->to_string();
  EXPECT_EQ(back, m);
  EXPECT_EQ(back.shard_of("a-0000000000000003"), 1u);
  EXPECT_FALSE(back.shard_of("a-00000000000000ff"));
}

TEST(Manifest, SniffsOnlyTheFormat) {
  EXPECT_FALSE(ae::looks_like_manifest(R"({"format":"article-json","version":1,"articles":[]})"));
  EXPECT_TRUE(ae::looks_like_manifest(R"({ "format" : "article-json-manifest" })"));
  EXPECT_FALSE(ae::looks_like_manifest(""));
  EXPECT_FALSE(ae::looks_like_manifest("not json"));
}

std::string parse_error(const std::string& json) {
  ae::Manifest m;
  auto err = ae::parse_manifest(json, m);
  return err ? err->to_string() : std::string();
}

TEST(Manifest, ErrorsNameWhatAndWhere) {
  std::string good = ae::write_manifest(sample());
  EXPECT_EQ(parse_error(good), "");

  std::string wrong_shard = good;
  wrong_shard.replace(wrong_shard.find("\"shard\":1"), 9, "\"shard\":9");
  EXPECT_NE(parse_error(wrong_shard).find("index[2].shard: expected a shard number below 2, found 9"), std::string::npos)
      << parse_error(wrong_shard);

  std::string hostile = good;
  hostile.replace(hostile.find("shard-00001.json"), 16, "../../etc/passwd");
  EXPECT_NE(parse_error(hostile).find("shards[1].file: expected a relative path"), std::string::npos) << parse_error(hostile);

  std::string scheme = good;
  scheme.replace(scheme.find("texts-00000.json"), 16, "https://evil.example/x.json");
  EXPECT_NE(parse_error(scheme).find("texts[0].file"), std::string::npos);

  std::string count = good;
  count.replace(count.find("\"articles\":3"), 12, "\"articles\":4");
  EXPECT_NE(parse_error(count).find("shards: expected the shards to hold"), std::string::npos) << parse_error(count);

  std::string topic = good;
  topic.replace(topic.find("\"topics\":[\"trade\",\"energy\"]"), 26, "\"topics\":[\"trade\",\"nope!!\"]");
  EXPECT_NE(parse_error(topic).find("expected a topic declared"), std::string::npos) << parse_error(topic);

  EXPECT_NE(parse_error(R"({"format":"article-json","version":1})").find("format: expected \"article-json-manifest\""),
            std::string::npos);
  EXPECT_NE(parse_error(R"({"format":"article-json-manifest","version":2})").find("version"), std::string::npos);
  EXPECT_NE(parse_error(R"({"format":"article-json-manifest","version":1,"articles":"x"})").find("articles: expected a non-negative integer, found a string"),
            std::string::npos);
  EXPECT_NE(parse_error("[1,2").find("expected an object, found an array"), std::string::npos);
  EXPECT_NE(parse_error("").find("JSON"), std::string::npos);
  // Truncated anywhere: an error, never a crash.
  for (size_t n = 0; n < good.size(); n += 7) EXPECT_NE(parse_error(good.substr(0, n)), "") << n;
}

TEST(Manifest, SafeRelativePaths) {
  EXPECT_TRUE(ae::is_safe_relative_path("shard-00000.json"));
  EXPECT_TRUE(ae::is_safe_relative_path("big/texts/t-1.json"));
  for (const char* bad : {"", "/abs.json", "../x.json", "a/../b.json", "a//b.json", "./x.json", "x/", "http://x/y.json",
                          "javascript:alert(1)", "a b.json", "a%2e%2e/b", "a\\b.json", "é.json"})
    EXPECT_FALSE(ae::is_safe_relative_path(bad)) << bad;
  EXPECT_FALSE(ae::is_safe_relative_path(std::string(1025, 'a')));
  EXPECT_EQ(ae::resolve_relative("data/big/manifest.json", "shard-00001.json"), "data/big/shard-00001.json");
  EXPECT_EQ(ae::resolve_relative("manifest.json", "shard-00001.json"), "shard-00001.json");
}

}  // namespace

namespace {

TEST(Manifest, IndexInItsOwnFile) {
  ae::Manifest m = sample();
  m.index_file = "index.json";
  const std::string head = ae::write_manifest(m), index = ae::write_manifest_index(m);
  EXPECT_EQ(head.find("\"index\":"), std::string::npos);
  EXPECT_NE(head.find("\"indexFile\":\"index.json\""), std::string::npos);
  ae::Manifest back;
  ASSERT_FALSE(ae::parse_manifest(head, back));
  EXPECT_TRUE(back.index.empty());
  EXPECT_EQ(back.index_file, "index.json");
  auto err = ae::parse_manifest_index(index, back);
  ASSERT_FALSE(err) << err->to_string();
  EXPECT_EQ(back, m);

  // Checked against the manifest it belongs to; the manifest is unchanged on error.
  ae::Manifest fewer;
  ASSERT_FALSE(ae::parse_manifest(head, fewer));
  fewer.shards.pop_back();
  err = ae::parse_manifest_index(index, fewer);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->path, "index[2].shard");
  EXPECT_TRUE(fewer.index.empty());
  err = ae::parse_manifest_index(R"({"format":"article-json-manifest","version":1,"index":[]})", back);
  ASSERT_TRUE(err);
  EXPECT_NE(err->message.find("article-json-manifest-index"), std::string::npos);

  std::string hostile = head;
  hostile.replace(hostile.find("index.json"), 10, "../idx.json");
  ae::Manifest h;
  err = ae::parse_manifest(hostile, h);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->path, "indexFile");
}

}  // namespace

// Issue 17: a shard holding more (or fewer) articles than the manifest says is a located error, and the corpus
// it was appended to is left as it was.
namespace {
TEST(Manifest, ShardArticleCountIsChecked) {
  ae::Corpus whole;
  ae::testing::ArticleGen gen(17);
  for (int i = 0; i < 3; ++i) whole.add(gen.article(i));
  const std::string json = ae::write_corpus(whole);
  ae::Manifest m;
  m.articles = 4;
  m.shards = {{"shard-00000.json", 1, 10}, {"shard-00001.json", 3, json.size()}};
  ae::CorpusLoader loader;

  ae::Corpus c;
  auto err = ae::load_shard(loader, m, 0, json, c);  // the manifest says 1, the shard holds 3
  ASSERT_TRUE(err);
  EXPECT_EQ(err->to_string(), "shard-00000.json:" + std::to_string(json.find("\"articles\"")) +
                                  ": articles: expected 1 articles (the manifest's shards[0].articles), found 3");
  EXPECT_EQ(c.articles.size(), 0u);

  ASSERT_FALSE(ae::load_shard(loader, m, 1, json, c));
  EXPECT_EQ(c.articles.size(), 3u);
  ae::Corpus one;
  one.add(gen.article(10));
  err = ae::load_shard(loader, m, 1, ae::write_corpus(one), c);  // fewer than the manifest says: rolled back
  ASSERT_TRUE(err);
  EXPECT_EQ(err->message, "expected 3 articles (the manifest's shards[1].articles), found 1");
  EXPECT_EQ(c.articles.size(), 3u);
  EXPECT_EQ(c.record(2), whole.record(2));

  err = ae::load_shard(loader, m, 2, json, c);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->message, "expected a shard number below 2, found 2");
  err = ae::load_shard(loader, m, 0, "{", c);  // a loader error keeps its own location, with the shard's file
  ASSERT_TRUE(err);
  EXPECT_EQ(err->file, "shard-00000.json");
  EXPECT_EQ(c.articles.size(), 3u);
}
}  // namespace
