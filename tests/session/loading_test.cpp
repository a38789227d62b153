// Loading one corpus file: the requests start makes, ?data=, a corpus that arrives, fails, is retried, and a
// dropped file.
#include "fake_platform.h"

namespace ae::session::testing {
namespace {

using SessionLoading = SessionFixture;

TEST_F(SessionLoading, StartRequestsTheFontAndTheDefaultCorpus) {
  start_with();
  ASSERT_EQ(platform.fetches.size(), 2u);
  EXPECT_EQ(platform.fetches[0].url, "fonts/ui.ttf");
  EXPECT_EQ(platform.fetches[1].url, "data/corpus.json");
  EXPECT_TRUE(platform.fetches[1].progress);  // one big file: the progress bar moves
  EXPECT_EQ(s.corpus_download.phase, Download::Phase::loading);
  EXPECT_EQ(why_empty(s, ItemKind::person), "Loading articles…");
  on_fetch_progress(s, platform.request_of("data/corpus.json"), 50, 200);
  EXPECT_EQ(why_empty(s, ItemKind::person), "Loading articles… 25%");
}

TEST_F(SessionLoading, DataParameterOpensAnotherSameOriginFile) {
  start_with("data/other.json");
  EXPECT_EQ(platform.fetches[1].url, "data/other.json");
  EXPECT_EQ(s.corpus_name, "data/other.json");
  EXPECT_TRUE(s.data_error.empty());
}

TEST_F(SessionLoading, DataParameterOutsideTheSiteIsRefusedAndTheDefaultShown) {
  start_with("https://elsewhere.example/x.json");
  EXPECT_EQ(platform.fetches[1].url, "data/corpus.json");
  EXPECT_NE(s.data_error.find("not a relative path to a .json file"), std::string::npos) << s.data_error;
}

TEST_F(SessionLoading, ArrivingCorpusFillsTheModelAndTheRows) {
  load_plain(3);
  EXPECT_EQ(s.corpus_download.phase, Download::Phase::done);
  EXPECT_EQ(s.corpus.articles.size(), 3u);
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 3u);
  EXPECT_EQ(s.panels[int(ItemKind::figure)].count, 3u);
  EXPECT_FALSE(counts_pending(s));
  EXPECT_EQ(s.link_fragment, "#v=1&panel=people");
}

TEST_F(SessionLoading, FontBytesAreKept) {
  start_with();
  answer(s, platform, "fonts/ui.ttf", "not really a font");
  EXPECT_EQ(s.font_download.phase, Download::Phase::done);
  EXPECT_EQ(std::string(s.font_ttf.begin(), s.font_ttf.end()), "not really a font");
}

TEST_F(SessionLoading, FailedCorpusIsReportedAndRetryFetchesItAgain) {
  start_with();
  fail(s, platform, "data/corpus.json", "HTTP 503 Service Unavailable for data/corpus.json");
  EXPECT_EQ(s.corpus_download.phase, Download::Phase::failed);
  EXPECT_EQ(s.load_error, "HTTP 503 Service Unavailable for data/corpus.json");
  EXPECT_EQ(why_empty(s, ItemKind::figure), "No figures: the corpus failed to load (see the message above).");
  Intents retry;
  retry.retry_load = true;
  apply(s, retry);
  EXPECT_EQ(platform.fetch_count("data/corpus.json"), 2u);
  EXPECT_TRUE(s.load_error.empty());
  answer(s, platform, "data/corpus.json", corpus_json(2));
  EXPECT_EQ(s.corpus_download.phase, Download::Phase::done);
  EXPECT_EQ(s.corpus.articles.size(), 2u);
}

TEST_F(SessionLoading, BrokenJsonSaysWhereAndKeepsNothing) {
  start_with();
  answer(s, platform, "data/corpus.json", "{\"format\":\"article-json\",\"version\":1,\"articles\":[tru");
  EXPECT_EQ(s.corpus_download.phase, Download::Phase::failed);
  EXPECT_EQ(s.load_error.rfind("data/corpus.json:", 0), 0u) << s.load_error;
  EXPECT_TRUE(s.corpus.articles.empty());
}

TEST_F(SessionLoading, DroppedFileReplacesTheCorpusAndFailuresKeepIt) {
  load_plain(3);
  drop_file(s, "mine.json", corpus_json(1));
  EXPECT_EQ(s.corpus.articles.size(), 1u);
  EXPECT_EQ(s.corpus_name, "mine.json");
  EXPECT_TRUE(s.text_base.empty());  // text files of a dropped corpus cannot be fetched
  drop_file(s, "broken.json", "{");
  EXPECT_EQ(s.corpus.articles.size(), 1u);
  EXPECT_EQ(s.load_error.rfind("broken.json:", 0), 0u) << s.load_error;
}

TEST_F(SessionLoading, DroppedManifestIsRefusedWithAHint) {
  load_plain(2);
  drop_file(s, "manifest.json", make_sharded(4, 2).manifest);
  EXPECT_EQ(s.corpus.articles.size(), 2u);
  EXPECT_NE(s.load_error.find("?data=path/to/manifest.json"), std::string::npos) << s.load_error;
}

TEST_F(SessionLoading, UnreadableDroppedFileIsReported) {
  load_plain(2);
  on_file(s, nullptr, 0, "big.json", "big.json is 3 GB; this page can use at most 2 GB");
  EXPECT_EQ(s.load_error, "big.json is 3 GB; this page can use at most 2 GB");
  EXPECT_EQ(s.corpus.articles.size(), 2u);
}

// The search token dictionaries are built by idle refreshes after the load, never by the load itself, and the
// rows a query gives are the same before and after.
TEST_F(SessionLoading, TokenDictionariesAreIdleWorkAndChangeNoRow) {
  platform.hash = "#v=1&panel=people&q=er";
  start_with();
  answer(s, platform, "data/corpus.json", corpus_json(30));
  EXPECT_TRUE(s.engine.tokens_pending()) << "the load does not build them";
  refresh(s);  // the first refresh after the load builds the visible rows: no dictionary yet
  const std::vector<std::string> before = row_ids(ItemKind::person);
  ASSERT_FALSE(before.empty());
  EXPECT_TRUE(background_pending(s));
  settle();
  EXPECT_FALSE(background_pending(s)) << "30 articles fit one slice";
  EXPECT_FALSE(s.engine.tokens_pending());
  Intents retype;
  retype.set_query = true;
  retype.query = "e";
  frame(retype);
  retype.query = "er";
  frame(retype);
  EXPECT_EQ(row_ids(ItemKind::person), before);
}

}  // namespace
}  // namespace ae::session::testing
