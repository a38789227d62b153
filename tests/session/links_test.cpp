// Links: applied on load, canonicalised in the address bar, partly ignored, waiting for their shard (before
// and after it arrives), cancelled by the user, and Back/Forward through history.
#include "fake_platform.h"

#include "core/view_link.h"

namespace ae::session::testing {
namespace {

using SessionLinks = SessionFixture;

std::string person_item(int i) {
  return make_article(i, {}).people[0].id;
}
std::string sel_link(const std::string& article, const std::string& item, const std::string& panel = "people") {
  return "#v=1&panel=" + panel + "&sel=" + article + "/" + item;
}

TEST_F(SessionLinks, LinkInTheAddressIsAppliedWhenTheCorpusArrives) {
  const std::string article = make_article(1, {}).id;
  load_plain(3, "#v=1&panel=figures&topics=trade&sel=" + article + "/" + make_article(1, {}).figures[0].id);
  EXPECT_EQ(s.panel, ItemKind::figure);
  ASSERT_EQ(s.query.topics.size(), 1u);
  EXPECT_EQ(s.corpus.str(s.corpus.topics[s.query.topics[0]].id), "trade");
  EXPECT_EQ(selected_item(), make_article(1, {}).figures[0].id);
  EXPECT_EQ(reader_article(s), 1u);
  EXPECT_FALSE(s.link_notice_open);
  EXPECT_TRUE(platform.history.empty());  // already canonical: the address bar is left alone
}

TEST_F(SessionLinks, PartlyValidLinkIsAppliedAndTheRestListed) {
  load_plain(3, "#v=1&panel=figures&topics=trade,nosuch&bogus=1");
  EXPECT_EQ(s.panel, ItemKind::figure);
  EXPECT_EQ(s.query.topics.size(), 1u);
  EXPECT_TRUE(s.link_notice_open);
  EXPECT_EQ(s.link_ignored, (std::vector<std::string>{"unknown key 'bogus'", "no topic 'nosuch' in this corpus"}));
  ASSERT_EQ(platform.history.size(), 1u);  // the address bar shows what was applied
  EXPECT_EQ(platform.history[0].fragment, "#v=1&panel=figures&topics=trade");
  EXPECT_TRUE(platform.history[0].replace);
  Intents dismiss;
  dismiss.dismiss_link_notice = true;
  frame(dismiss);
  EXPECT_FALSE(s.link_notice_open);
}

TEST_F(SessionLinks, LinkToAnArticleNotYetStreamedWaitsForItsShard) {
  Sharded data = make_sharded(12, 2);
  const std::string link = sel_link(data.ids[10], person_item(10));  // in shard 5, the last
  platform.hash = link;
  start_with("data/big/manifest.json");
  answer(s, platform, "data/big/manifest.json", data.manifest);
  EXPECT_TRUE(s.pending_link.active);
  EXPECT_FALSE(s.link_notice_open);  // not missing: on its way
  EXPECT_FALSE(s.selection.active);
  EXPECT_EQ(platform.fetch_count("data/big/shard-00005.json"), 0u);  // the index says where it is; not here yet
  answer(s, platform, "data/big/index.json", data.index);
  answer(s, platform, "data/big/shard-00000.json", data.shards[0]);
  // The next shard fetched is the link's.
  EXPECT_EQ(platform.fetches.back().url, "data/big/shard-00005.json");
  EXPECT_TRUE(s.pending_link.active);
  answer(s, platform, "data/big/shard-00005.json", data.shards[5]);
  EXPECT_FALSE(s.pending_link.active);
  EXPECT_EQ(selected_item(), person_item(10));
  EXPECT_EQ(s.corpus.str(s.corpus.articles[reader_article(s)].id), data.ids[10]);
  EXPECT_FALSE(s.link_notice_open);
  EXPECT_EQ(s.link_fragment, link);
}

TEST_F(SessionLinks, LinkOpenedAfterItsShardArrivedAppliesAtOnce) {
  Sharded data = make_sharded(12, 2);
  start_with("data/big/manifest.json");
  answer(s, platform, "data/big/manifest.json", data.manifest);
  for (int i = 0; i < 4; ++i) answer(s, platform, "data/big/shard-0000" + std::to_string(i) + ".json", data.shards[size_t(i)]);
  settle();
  const std::string link = sel_link(data.ids[3], person_item(3));
  on_hash_change(s, link);
  EXPECT_FALSE(s.pending_link.active);
  EXPECT_EQ(selected_item(), person_item(3));
  EXPECT_EQ(s.link_fragment, link);
}

TEST_F(SessionLinks, UserChangeCancelsAWaitingLink) {
  Sharded data = make_sharded(12, 2);
  platform.hash = sel_link(data.ids[10], person_item(10));
  start_with("data/big/manifest.json");
  answer(s, platform, "data/big/manifest.json", data.manifest);
  ASSERT_TRUE(s.pending_link.active);
  Intents tab;
  tab.set_panel = true;
  tab.panel = ItemKind::figure;
  frame(tab);
  for (int i = 0; i < 6; ++i) answer(s, platform, "data/big/shard-0000" + std::to_string(i) + ".json", data.shards[size_t(i)]);
  EXPECT_FALSE(s.pending_link.active);
  EXPECT_FALSE(s.selection.active);  // the user moved on: the late article does not yank the view back
  EXPECT_EQ(s.panel, ItemKind::figure);
}

TEST_F(SessionLinks, LinkToAnArticleNoShardHoldsIsReportedOnceEverythingArrived) {
  Sharded data = make_sharded(4, 2);
  platform.hash = sel_link("a-0000000000000000", "p-nobody");
  start_with("data/big/manifest.json");
  answer(s, platform, "data/big/manifest.json", data.manifest);
  EXPECT_TRUE(s.pending_link.active);
  answer(s, platform, "data/big/shard-00000.json", data.shards[0]);
  answer(s, platform, "data/big/shard-00001.json", data.shards[1]);
  EXPECT_FALSE(s.pending_link.active);
  EXPECT_TRUE(s.link_notice_open);
  EXPECT_EQ(s.link_ignored, (std::vector<std::string>{"no item 'a-0000000000000000/p-nobody' in this corpus"}));
}

TEST_F(SessionLinks, ChangesPushHistoryAndBackForwardRestoreTheView) {
  load_plain(4);
  const std::string start = s.link_fragment;
  Intents topic;
  topic.toggle_topic = int(*s.corpus.find_topic("trade"));
  frame(topic);
  ASSERT_EQ(platform.history.size(), 1u);
  EXPECT_FALSE(platform.history[0].replace);  // a meaningful change: a new history entry
  EXPECT_EQ(platform.history[0].fragment, "#v=1&panel=people&topics=trade");
  Intents pick;
  pick.select = true;
  pick.selection = Selection{true, ItemKind::figure, s.corpus.articles[1].figures.begin};
  frame(pick);
  ASSERT_EQ(platform.history.size(), 2u);
  const std::string second = platform.history[1].fragment;
  EXPECT_EQ(s.panel, ItemKind::figure);

  on_hash_change(s, platform.history[0].fragment);  // Back
  EXPECT_FALSE(s.selection.active);
  EXPECT_EQ(s.panel, ItemKind::person);
  EXPECT_EQ(s.query.topics.size(), 1u);
  on_hash_change(s, start);  // Back again
  EXPECT_TRUE(s.query.topics.empty());
  on_hash_change(s, second);  // Forward twice
  EXPECT_EQ(s.panel, ItemKind::figure);
  EXPECT_TRUE(s.selection.active);
  EXPECT_EQ(platform.history.size(), 2u);  // restoring writes no history of its own
}

// Issue 15: a sort change is a view change like any other: it pushes an entry, and Back/Forward restore it and
// ask the table header to show it (sort_pushed).
TEST_F(SessionLinks, SortChangesPushHistoryAndBackForwardRestoreThem) {
  load_plain(4);
  Intents panel;
  panel.set_panel = true;
  panel.panel = ItemKind::figure;
  frame(panel);
  ASSERT_EQ(platform.history.size(), 1u);
  const std::string unsorted = platform.history[0].fragment;
  EXPECT_EQ(unsorted, "#v=1&panel=figures");
  Intents sort;
  sort.set_sort = true;
  sort.sort_panel = ItemKind::figure;
  sort.sort = Sort{SortColumn::value, true};
  frame(sort);
  ASSERT_EQ(platform.history.size(), 2u);
  EXPECT_FALSE(platform.history[1].replace);  // a new entry, not a replacement
  const std::string sorted = platform.history[1].fragment;
  EXPECT_EQ(sorted, "#v=1&panel=figures&sort=value-");
  const std::vector<uint32_t> sorted_rows = s.panels[int(ItemKind::figure)].rows;

  const uint64_t pushed = s.sort_pushed;
  on_hash_change(s, unsorted);  // Back
  refresh(s);
  EXPECT_EQ(s.panels[int(ItemKind::figure)].sort.column, SortColumn::none);
  EXPECT_GT(s.sort_pushed, pushed);  // the header is told
  on_hash_change(s, sorted);  // Forward
  refresh(s);
  EXPECT_EQ(s.panels[int(ItemKind::figure)].sort, (Sort{SortColumn::value, true}));
  EXPECT_EQ(s.panels[int(ItemKind::figure)].rows, sorted_rows);
  EXPECT_EQ(platform.history.size(), 2u);  // restoring writes no history of its own
}

TEST_F(SessionLinks, OwnAddressBarWriteIsNotReapplied) {
  load_plain(2);
  Intents tab;
  tab.set_panel = true;
  tab.panel = ItemKind::figure;
  frame(tab);
  const uint64_t revision = s.revision;
  on_hash_change(s, s.link_fragment);  // the hashchange our own pushState caused
  EXPECT_EQ(s.revision, revision);
}

TEST_F(SessionLinks, HashChangeBeforeAnyCorpusWaitsForTheLoad) {
  start_with();
  on_hash_change(s, "#v=1&panel=figures");
  EXPECT_EQ(s.panel, ItemKind::person);  // nothing to apply it to yet
  platform.hash = "#v=1&panel=figures";  // the address bar still holds it
  answer(s, platform, "data/corpus.json", corpus_json(2));
  EXPECT_EQ(s.panel, ItemKind::figure);  // applied with the corpus
}

TEST_F(SessionLinks, TypingReplacesTheEntryOncePaused) {
  load_plain(3);
  Intents typed;
  typed.set_query = true;
  typed.query = "wren";
  frame(typed);
  EXPECT_TRUE(platform.history.empty());  // still typing
  platform.now += 500;
  tick(s);
  ASSERT_EQ(platform.history.size(), 1u);
  EXPECT_TRUE(platform.history[0].replace);
  EXPECT_EQ(platform.history[0].fragment, "#v=1&panel=people&q=wren");
}

TEST_F(SessionLinks, CurrentViewRoundTripsThroughALink) {
  load_plain(4);
  Intents in;
  in.set_panel = true;
  in.panel = ItemKind::figure;
  in.toggle_figure_kind = int(FigureKind::percent);
  in.set_article = true;
  in.article = 2;
  frame(in);
  Intents sort;
  sort.set_sort = true;
  sort.sort_panel = ItemKind::figure;
  sort.sort = Sort{SortColumn::value, true};
  frame(sort);
  const View v = current_view(s);
  EXPECT_EQ(encode_view(v), "#v=1&panel=figures&kinds=percent&article=" + make_article(2, {}).id + "&sort=value-");
  std::vector<std::string> ignored;
  EXPECT_EQ(describe_view(s.corpus, resolve_view(s.corpus, v, ignored)), v);
  EXPECT_TRUE(ignored.empty());
}

}  // namespace
}  // namespace ae::session::testing
