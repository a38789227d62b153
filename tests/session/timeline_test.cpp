// The timeline (issue 16): articles per date bucket in the state, a date range set through the filters narrows
// every panel, travels in the link and comes back with Back; a new corpus rebuilds the timeline.
#include "fake_platform.h"

namespace ae::session::testing {
namespace {

using SessionTimeline = SessionFixture;

TEST_F(SessionTimeline, RangeFiltersTravelsInTheLinkAndTheStateShowsTheHistogram) {
  load_plain(6);  // made-up articles are dated 2026-01-01 .. 2026-01-06
  EXPECT_EQ(s.timeline.unit, Timeline::Unit::day);
  EXPECT_EQ(s.timeline.counts, (std::vector<uint32_t>{1, 1, 1, 1, 1, 1}));
  std::string json = state_json(s, "");
  EXPECT_NE(json.find("\"timeline\":{\"unit\":\"day\",\"first\":\"2026-01-01\",\"last\":\"2026-01-06\",\"dated\":6,"
                      "\"undated\":0,\"counts\":[1,1,1,1,1,1]}"),
            std::string::npos)
      << json;

  Intents range;
  range.set_filters = true;
  range.filters = s.query;
  range.filters.date_from = "2026-01-02";
  range.filters.date_to = "2026-01-03";
  frame(range);
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 2u);
  EXPECT_EQ(s.panels[int(ItemKind::figure)].count, 2u);
  EXPECT_EQ(s.link_fragment, "#v=1&panel=people&dates=2026-01-02..2026-01-03");
  json = state_json(s, "");
  EXPECT_NE(json.find("\"dates\":{\"from\":\"2026-01-02\",\"to\":\"2026-01-03\"}"), std::string::npos) << json;

  // Back to the unfiltered view (the address bar's previous fragment), and a link reopened.
  on_hash_change(s, "#v=1&panel=people");
  settle();
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 6u);
  on_hash_change(s, "#v=1&panel=people&dates=2026-01-05..");
  settle();
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 2u);
  Intents clear;
  clear.clear_filters = true;
  frame(clear);
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 6u);
}

TEST_F(SessionTimeline, ANewCorpusRebuildsIt) {
  load_plain(3);
  EXPECT_EQ(s.timeline.dated, 3u);
  drop_file(s, "more.json", corpus_json(9));
  settle();
  EXPECT_EQ(s.timeline.dated, 9u);
  EXPECT_EQ(s.timeline.counts.size(), 9u);
}

}  // namespace
}  // namespace ae::session::testing
