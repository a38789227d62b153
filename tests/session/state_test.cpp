// The published automation state (docs/automation.md): its fields, and that it changes (Session::revision
// moves) only when something it shows may have changed.
#include "fake_platform.h"

#include "simdjson.h"

namespace ae::session::testing {
namespace {

using SessionState = SessionFixture;

// Parses the state JSON; fails the test if it is not JSON.
struct State {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  explicit State(const std::string& json) {
    auto r = parser.parse(json);
    EXPECT_EQ(r.error(), simdjson::SUCCESS) << json;
    if (!r.error()) root = r.value_unsafe();
  }
  std::string str(const char* pointer) {
    std::string_view v;
    EXPECT_EQ(root.at_pointer(pointer).get(v), simdjson::SUCCESS) << pointer;
    return std::string(v);
  }
  int64_t num(const char* pointer) {
    int64_t v = -1;
    EXPECT_EQ(root.at_pointer(pointer).get(v), simdjson::SUCCESS) << pointer;
    return v;
  }
  bool flag(const char* pointer) {
    bool v = false;
    EXPECT_EQ(root.at_pointer(pointer).get(v), simdjson::SUCCESS) << pointer;
    return v;
  }
  bool is_null(const char* pointer) { return root.at_pointer(pointer).is_null(); }
};

TEST_F(SessionState, DescribesTheLoadedCorpusAndTheView) {
  load_plain(4);
  Intents pick;
  pick.select = true;
  pick.selection = Selection{true, ItemKind::figure, 1};
  frame(pick);
  set_ready(s);
  State st(state_json(s, ",\"display\":{\"width\":800}"));
  EXPECT_EQ(st.str("/panel"), "figures");
  EXPECT_TRUE(st.flag("/ready"));
  EXPECT_EQ(st.str("/corpus/status"), "loaded");
  EXPECT_EQ(st.num("/corpus/articles"), 4);
  EXPECT_EQ(st.num("/corpus/people"), 4);
  EXPECT_EQ(st.num("/corpus/photos"), 0);
  EXPECT_EQ(st.num("/corpus/topics"), 2);
  EXPECT_FALSE(st.flag("/pending"));
  EXPECT_TRUE(st.is_null("/stream"));
  EXPECT_EQ(st.str("/selection/kind"), "figures");
  EXPECT_EQ(st.str("/selection/item"), make_article(1, {}).figures[0].id);
  EXPECT_EQ(st.num("/rowCounts/figures"), 4);
  EXPECT_EQ(st.str("/rows/0"), make_article(0, {}).figures[0].id);
  EXPECT_EQ(st.num("/facets/trade"), 2);
  EXPECT_EQ(st.str("/reader/article"), make_article(1, {}).id);
  EXPECT_EQ(st.str("/reader/matchText"), "11 percent");
  EXPECT_EQ(st.str("/reader/text"), "here");
  EXPECT_EQ(st.str("/link"), s.link_fragment);
  EXPECT_TRUE(st.is_null("/linkNotice"));
  EXPECT_EQ(st.num("/display/width"), 800);  // the host's fields are spliced in
}

TEST_F(SessionState, StreamingFieldsFollowTheShards) {
  Sharded data = make_sharded(4, 2);
  platform.hash = "#v=1&sel=" + data.ids[3] + "/" + make_article(3, {}).people[0].id;
  start_with("data/big/manifest.json");
  answer(s, platform, "data/big/manifest.json", data.manifest);
  settle();
  {
    State st(state_json(s));
    EXPECT_EQ(st.num("/stream/shards"), 2);
    EXPECT_EQ(st.num("/stream/shardsLoaded"), 0);
    EXPECT_TRUE(st.flag("/stream/linkWaiting"));
    EXPECT_FALSE(st.flag("/stream/complete"));
  }
  fail(s, platform, "data/big/shard-00000.json", "HTTP 500");
  answer(s, platform, "data/big/shard-00001.json", data.shards[1]);
  settle();
  State st(state_json(s));
  EXPECT_EQ(st.num("/stream/shardsLoaded"), 1);
  EXPECT_EQ(st.num("/stream/shardsFailed"), 1);
  EXPECT_EQ(st.str("/stream/error"), "HTTP 500");
  EXPECT_FALSE(st.flag("/stream/linkWaiting"));  // its article arrived
  EXPECT_EQ(st.str("/reader/text"), "loading");
}

TEST_F(SessionState, FailedLoadAndRefusedDataAreReported) {
  start_with("../../etc/passwd");
  fail(s, platform, "data/corpus.json", "HTTP 404");
  State st(state_json(s));
  EXPECT_EQ(st.str("/corpus/status"), "failed");
  EXPECT_EQ(st.str("/corpus/error"), "HTTP 404");
  EXPECT_TRUE(st.is_null("/reader"));
}

TEST_F(SessionState, RevisionMovesOnlyWhenSomethingChanged) {
  load_plain(3);
  const uint64_t settled = s.revision;
  frame(Intents{});
  refresh(s);
  tick(s);
  EXPECT_EQ(s.revision, settled);  // an idle frame publishes nothing
  Intents topic;
  topic.toggle_topic = 0;
  frame(topic);
  EXPECT_GT(s.revision, settled);
  const uint64_t after = s.revision;
  Intents text;
  text.request_text = 0;  // inline text: nothing to fetch, nothing changes
  frame(text);
  EXPECT_EQ(s.revision, after);
}

TEST_F(SessionState, NoticeExpiresAndTheStateSaysSo) {
  load_plain(2);
  Intents csv;
  csv.export_csv = true;
  frame(csv);
  EXPECT_EQ(State(state_json(s)).str("/notice"), "Exported 2 people to article-explorer-people.csv");
  const uint64_t shown = s.revision;
  platform.now += 4001;
  tick(s);
  EXPECT_GT(s.revision, shown);
  EXPECT_EQ(State(state_json(s)).str("/notice"), "");
}

TEST_F(SessionState, HiddenTabCountsArriveOnePerRefresh) {
  platform.hash = "";
  start_with();
  answer(s, platform, "data/corpus.json", corpus_json(3));
  refresh(s);  // the visible kind and the facets
  EXPECT_TRUE(counts_pending(s));
  bool stale = false;
  EXPECT_EQ(row_count(s, ItemKind::person, &stale), 3u);
  EXPECT_FALSE(stale);
  row_count(s, ItemKind::figure, &stale);
  EXPECT_TRUE(stale);
  refresh(s);
  refresh(s);
  refresh(s);
  EXPECT_FALSE(counts_pending(s));
  EXPECT_EQ(row_count(s, ItemKind::figure, &stale), 3u);
  EXPECT_FALSE(stale);
  EXPECT_FALSE(State(state_json(s)).flag("/pending"));
}

}  // namespace
}  // namespace ae::session::testing
