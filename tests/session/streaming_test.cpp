// A sharded corpus: the manifest first, shards four at a time, the index file, a failed or broken shard and
// its Retry, and article texts fetched when the reader needs them.
#include "fake_platform.h"

namespace ae::session::testing {
namespace {

struct SessionStreaming : SessionFixture {
  Sharded data = make_sharded(12, 2);  // six shards of two articles
  void open_manifest(std::string hash = {}) {
    platform.hash = std::move(hash);
    start_with("data/big/manifest.json");
    answer(s, platform, "data/big/manifest.json", data.manifest);
    settle();
  }
  size_t shards_requested() const {
    size_t n = 0;
    for (const auto& f : platform.fetches) n += f.url.find("/shard-") != std::string::npos;
    return n;
  }
  void deliver_shard(int i) { answer(s, platform, "data/big/shard-0000" + std::to_string(i) + ".json", data.shards[size_t(i)]); }
};

TEST_F(SessionStreaming, ManifestMakesTheExplorerUsableAndStartsFourShards) {
  open_manifest();
  EXPECT_TRUE(s.stream.active);
  EXPECT_EQ(s.corpus_download.phase, Download::Phase::done);
  EXPECT_EQ(s.corpus.topics.size(), 2u);
  EXPECT_TRUE(s.corpus.articles.empty());
  EXPECT_EQ(shards_requested(), 4u);
  EXPECT_FALSE(platform.fetches.back().progress);  // small files: collected off the main thread
  EXPECT_EQ(platform.fetch_count("data/big/index.json"), 1u);
  EXPECT_EQ(why_empty(s, ItemKind::person), "Loading articles… 0 of 12 (0%); people appear as they arrive.");
}

// Issue 14: My articles shown before a sharded default corpus arrives stay on screen; shards already asked for are
// dropped when they come, and "Show default articles" streams the corpus again.
TEST_F(SessionStreaming, MyArticlesShownFirstAreNotReplacedByAManifestOrItsShards) {
  start_with("data/big/manifest.json");
  on_kept(s, {}, false);
  add_texts(s, {{"a.txt", "Harbour reopens\n\nMayor Wren Testperson opened the harbour.\n"}});
  answer_extracts(s, platform);
  ASSERT_TRUE(s.mine.showing);
  answer(s, platform, "data/big/manifest.json", data.manifest);
  settle();
  EXPECT_TRUE(s.mine.showing);
  EXPECT_FALSE(s.stream.active);
  EXPECT_EQ(s.corpus.articles.size(), 1u);
  EXPECT_EQ(s.corpus_name, "My articles");
  EXPECT_EQ(shards_requested(), 0u);
  Intents back;
  back.show_mine = 0;
  frame(back);
  answer(s, platform, "data/big/manifest.json", data.manifest);
  settle();
  EXPECT_TRUE(s.stream.active);
  EXPECT_EQ(shards_requested(), 4u);
  deliver_shard(0);
  settle();
  EXPECT_EQ(s.corpus.articles.size(), 2u);
}

TEST_F(SessionStreaming, EachShardAppendsAndKeepsFourInFlight) {
  open_manifest();
  deliver_shard(0);
  EXPECT_EQ(s.stream.shards_loaded, 1u);
  EXPECT_EQ(s.stream.articles_loaded, 2u);
  EXPECT_EQ(shards_requested(), 5u);
  settle();
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 2u);  // filters see what is loaded
  for (int i = 1; i < 6; ++i) deliver_shard(i);
  EXPECT_TRUE(s.stream.complete());
  EXPECT_EQ(s.corpus.articles.size(), 12u);
  EXPECT_EQ(s.notice, "All 12 articles loaded");
  settle();
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 12u);
}

TEST_F(SessionStreaming, FailedShardIsReportedAndRetryFetchesOnlyIt) {
  open_manifest();
  fail(s, platform, "data/big/shard-00001.json", "HTTP 500 for data/big/shard-00001.json");
  EXPECT_EQ(s.stream.shard_phase[1], ShardPhase::failed);
  EXPECT_EQ(s.stream.error, "HTTP 500 for data/big/shard-00001.json");
  for (int i : {0, 2, 3, 4, 5}) deliver_shard(i);
  EXPECT_FALSE(s.stream.complete());
  EXPECT_EQ(s.corpus.articles.size(), 10u);
  EXPECT_EQ(platform.fetch_count("data/big/shard-00001.json"), 1u);
  Intents retry;
  retry.retry_load = true;
  frame(retry);
  EXPECT_TRUE(s.stream.error.empty());
  EXPECT_EQ(platform.fetch_count("data/big/shard-00001.json"), 2u);
  EXPECT_EQ(platform.fetch_count("data/big/shard-00000.json"), 1u);
  deliver_shard(1);
  EXPECT_TRUE(s.stream.complete());
  EXPECT_EQ(s.corpus.articles.size(), 12u);
}

TEST_F(SessionStreaming, BrokenShardLeavesTheLoadedArticlesAlone) {
  open_manifest();
  deliver_shard(0);
  answer(s, platform, "data/big/shard-00001.json", "{\"format\":\"article-json\",\"version\":1,\"articles\":[{]}");
  EXPECT_EQ(s.stream.shard_phase[1], ShardPhase::failed);
  EXPECT_EQ(s.stream.error.rfind("data/big/shard-00001.json:", 0), 0u) << s.stream.error;
  EXPECT_EQ(s.corpus.articles.size(), 2u);
}

TEST_F(SessionStreaming, ShardWithMoreArticlesThanTheManifestSaysIsRefused) {
  open_manifest();
  deliver_shard(0);
  // Shard 1 arrives holding four articles (those of shards 2 and 3) where the manifest says two.
  Sharded big = make_sharded(12, 4);
  answer(s, platform, "data/big/shard-00001.json", big.shards[1]);
  EXPECT_EQ(s.stream.shard_phase[1], ShardPhase::failed);
  EXPECT_NE(s.stream.error.find("expected 2 articles"), std::string::npos) << s.stream.error;
  EXPECT_EQ(s.stream.error.rfind("data/big/shard-00001.json:", 0), 0u) << s.stream.error;
  EXPECT_EQ(s.corpus.articles.size(), 2u);  // the corpus is as it was
}

TEST_F(SessionStreaming, BrokenIndexIsReportedAndCostsNothingElse) {
  open_manifest();
  answer(s, platform, "data/big/index.json", "{\"format\":\"nope\"}");
  EXPECT_FALSE(s.stream.index_error.empty());
  for (int i = 0; i < 6; ++i) deliver_shard(i);
  EXPECT_TRUE(s.stream.complete());
}

TEST_F(SessionStreaming, ReaderTextIsFetchedOnceAndAttached) {
  open_manifest();
  deliver_shard(0);
  settle();
  EXPECT_EQ(text_state(s, 0), TextState::loading);
  Intents want;
  want.request_text = 0;
  frame(want);
  frame(want);  // the reader asks every frame while it waits: one request
  EXPECT_EQ(platform.fetch_count("data/big/texts-00000.json"), 1u);
  answer(s, platform, "data/big/texts-00000.json", data.texts[0]);
  EXPECT_EQ(text_state(s, 0), TextState::inline_);
  EXPECT_EQ(text_state(s, 1), TextState::inline_);  // same file
  EXPECT_GT(s.corpus.articles[0].paragraphs.count, 0u);
}

TEST_F(SessionStreaming, FailedTextIsExplainedAndRetried) {
  open_manifest();
  deliver_shard(0);
  request_text(s, 0);
  fail(s, platform, "data/big/texts-00000.json", "HTTP 404 for data/big/texts-00000.json");
  std::string why;
  EXPECT_EQ(text_state(s, 0, &why), TextState::failed);
  EXPECT_EQ(why, "HTTP 404 for data/big/texts-00000.json");
  Intents retry;
  retry.retry_text = 0;
  frame(retry);
  EXPECT_EQ(platform.fetch_count("data/big/texts-00000.json"), 2u);
  EXPECT_EQ(text_state(s, 0), TextState::loading);
  answer(s, platform, "data/big/texts-00000.json", data.texts[0]);
  EXPECT_EQ(text_state(s, 0), TextState::inline_);
}

TEST_F(SessionStreaming, DroppedShardCannotReachItsTextsAndSaysWhy) {
  start_with();
  answer(s, platform, "data/corpus.json", corpus_json(1));
  drop_file(s, "shard-00000.json", data.shards[0]);
  std::string why;
  EXPECT_EQ(text_state(s, 0, &why), TextState::failed);
  EXPECT_EQ(why, "This article's text is in texts-00000.json, which a dropped file cannot reach. Serve the corpus and "
                 "open it by URL.");
  request_text(s, 0);
  EXPECT_EQ(platform.fetch_count("texts-00000.json"), 0u);
}

}  // namespace
}  // namespace ae::session::testing
