// append_test.cpp: CorpusLoader::load appends in place (shards) and rolls back a failed input, so the corpus is
// left exactly as it was: records, topics and their labels, id lookups, interned strings, and later loads.
#include "article_gen.h"
#include "core/json.h"

#include <gtest/gtest.h>

namespace {

std::string corpus_json(uint64_t seed, int first, int n, const char* topics = nullptr) {
  ae::Corpus c;
  if (topics) c.add_topic("trade", topics);
  ae::testing::ArticleGen gen(seed);
  for (int i = 0; i < first + n; ++i) {
    ae::ArticleRecord a = gen.article(i);
    if (i >= first) c.add(a);
  }
  return ae::write_corpus(c);
}

std::vector<ae::ArticleRecord> records(const ae::Corpus& c) {
  std::vector<ae::ArticleRecord> out;
  for (uint32_t i = 0; i < c.articles.size(); ++i) out.push_back(c.record(i));
  return out;
}

TEST(Append, FailedAppendLeavesTheCorpusExactlyAsItWas) {
  ae::CorpusLoader loader;
  ae::Corpus c;
  ASSERT_FALSE(loader.load(corpus_json(3, 0, 6, "Trade"), c));
  const auto before = records(c);
  const auto topics = c.topic_records();
  const size_t bytes = c.strings.bytes();

  // Valid articles followed by a broken one, a relabelled topic and a new topic: all rolled back.
  std::string bad = corpus_json(3, 6, 5, "Relabelled trade");
  const size_t last = bad.rfind("{\"id\":\"a-");
  ASSERT_NE(last, std::string::npos);
  bad.insert(last + 1, "\"title\":7,");
  auto err = loader.load(bad, c);
  ASSERT_TRUE(err);
  EXPECT_NE(err->path.find("articles[4]"), std::string::npos) << err->to_string();
  EXPECT_EQ(records(c), before);
  EXPECT_EQ(c.topic_records(), topics);
  EXPECT_EQ(c.strings.bytes(), bytes);
  for (const auto& r : before) EXPECT_TRUE(c.find_article(r.id));

  // A duplicate of an article already loaded is named as such, and also rolled back.
  err = loader.load(corpus_json(3, 5, 3), c);
  ASSERT_TRUE(err);
  EXPECT_NE(err->message.find("already loaded"), std::string::npos) << err->to_string();
  EXPECT_EQ(records(c), before);

  // The next valid shard appends normally after the failures.
  ASSERT_FALSE(loader.load(corpus_json(3, 6, 5), c));
  ae::Corpus whole;
  ASSERT_FALSE(loader.load(corpus_json(3, 0, 11, "Trade"), whole));
  EXPECT_EQ(records(c), records(whole));
  for (uint32_t i = 0; i < whole.articles.size(); ++i) EXPECT_EQ(c.find_article(whole.str(whole.articles[i].id)), i);
}

}  // namespace
