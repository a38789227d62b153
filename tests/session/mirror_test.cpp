// The screen-reader mirror (issue 15, part 4): what it says about the view, the window of rows it carries for a
// big table, the announcement after a filter, and its actions driving the session like clicks on the canvas.
#include "fake_platform.h"
#include "session/mirror.h"

namespace ae::session::testing {
namespace {

using SessionMirror = SessionFixture;

TEST_F(SessionMirror, TabsChipsGridAndReaderOfTheDefaultView) {
  load_plain(6);
  const Mirror m = build_mirror(s);
  ASSERT_EQ(m.tabs.size(), 4u);
  EXPECT_EQ(m.tabs[0].title, "People");
  EXPECT_EQ(m.tabs[0].count, 6u);
  EXPECT_TRUE(m.tabs[0].selected);
  EXPECT_FALSE(m.tabs[2].selected);
  EXPECT_EQ(m.tabs[2].count, 6u);  // one figure per article
  ASSERT_EQ(m.chips.size(), s.corpus.topics.size());
  for (const MirrorChip& c : m.chips) EXPECT_FALSE(c.pressed);
  EXPECT_EQ(m.grid.kind, "people");
  EXPECT_EQ(m.grid.columns, (std::vector<std::string>{"Name", "Role", "Affiliation", "Mentions", "Article"}));
  EXPECT_EQ(m.grid.row_count, 6u);
  EXPECT_EQ(m.grid.selected, -1);
  ASSERT_EQ(m.grid.rows.size(), 6u);
  EXPECT_EQ(m.grid.rows[0].cells[1], "Mayor");
  EXPECT_EQ(m.grid.rows[0].id, row_ids(ItemKind::person)[0]);
  EXPECT_EQ(m.reader.title, "Test article number 0");
  EXPECT_EQ(m.reader.marked, -1);
  ASSERT_EQ(m.reader.paragraphs.size(), 1u);
  EXPECT_EQ(m.announce, "People: 6 of 6");
}

TEST_F(SessionMirror, AFilterIsAnnouncedAndPressesItsChip) {
  load_plain(6);
  const uint64_t before = build_mirror(s).filter_generation;
  const int trade = int(*s.corpus.find_topic("trade"));
  ASSERT_TRUE(mirror_act(s, int(MirrorAction::toggle_topic), trade, {}));
  settle();
  const Mirror m = build_mirror(s);
  EXPECT_NE(m.filter_generation, before);
  EXPECT_EQ(m.announce, "People: 3 of 6");
  EXPECT_TRUE(m.chips[size_t(trade)].pressed);
  EXPECT_EQ(m.grid.row_count, 3u);
  EXPECT_EQ(m.tabs[0].count, 3u);
  ASSERT_TRUE(mirror_act(s, int(MirrorAction::set_query), 0, "testpersonb1"));
  settle();
  EXPECT_EQ(build_mirror(s).search, "testpersonb1");
  EXPECT_EQ(build_mirror(s).announce, "People: 1 of 6");
}

TEST_F(SessionMirror, ArrowsSelectRowsAndTheReaderMarksTheSentence) {
  load_plain(6);
  const uint64_t scrolls = s.selection_scroll;
  ASSERT_TRUE(mirror_act(s, int(MirrorAction::move), 1, {}));  // the first arrow selects the first row
  settle();
  EXPECT_EQ(selected_item(), row_ids(ItemKind::person)[0]);
  ASSERT_TRUE(mirror_act(s, int(MirrorAction::move), 1, {}));
  settle();
  EXPECT_EQ(selected_item(), row_ids(ItemKind::person)[1]);
  EXPECT_GT(s.selection_scroll, scrolls);  // the canvas table brings it into view too
  const Mirror m = build_mirror(s);
  EXPECT_EQ(m.grid.selected, 1);
  EXPECT_TRUE(m.grid.rows[1].selected);
  EXPECT_EQ(m.reader.marked, 0);
  const MirrorParagraph& p = m.reader.paragraphs[0];
  const std::string sentence = p.text.substr(p.mark_begin, p.mark_end - p.mark_begin);
  EXPECT_EQ(sentence, m.grid.rows[1].cells[0] + " opened the imaginary bridge.");
  const std::string json = mirror_json(m);
  // The paragraph goes as three pieces (before, the marked sentence, after): no byte offsets for the page to map.
  EXPECT_NE(json.find("[\"\",\"" + sentence + "\",\" Traffic on it rose by 11 percent in a week.\"]"), std::string::npos)
      << json;
  ASSERT_TRUE(mirror_act(s, int(MirrorAction::move), 1000000, {}));  // End
  settle();
  EXPECT_EQ(selected_item(), row_ids(ItemKind::person)[5]);
  const uint64_t reader = s.reader_scroll;
  ASSERT_TRUE(mirror_act(s, int(MirrorAction::show), 0, {}));  // Enter
  EXPECT_GT(s.reader_scroll, reader);
}

TEST_F(SessionMirror, SelectRowAndTabSwitchPushToTheCanvas) {
  load_plain(6);
  ASSERT_TRUE(mirror_act(s, int(MirrorAction::select_row), 3, {}));
  settle();
  EXPECT_EQ(selected_item(), row_ids(ItemKind::person)[3]);
  const uint64_t pushed = s.panel_pushed;
  ASSERT_TRUE(mirror_act(s, int(MirrorAction::set_panel), int(ItemKind::figure), {}));
  settle();
  EXPECT_EQ(s.panel, ItemKind::figure);
  EXPECT_GT(s.panel_pushed, pushed);  // the canvas's tab bar follows
  const Mirror m = build_mirror(s);
  EXPECT_TRUE(m.tabs[2].selected);
  EXPECT_EQ(m.grid.columns[0], "As written");
  EXPECT_EQ(m.announce, "Figures: 6 of 6");
}

TEST_F(SessionMirror, RefusesActionsThatMeanNothing) {
  load_plain(3);
  const uint64_t revision = s.revision;
  EXPECT_FALSE(mirror_act(s, int(MirrorAction::set_panel), 9, {}));
  EXPECT_FALSE(mirror_act(s, int(MirrorAction::toggle_topic), 99, {}));
  EXPECT_FALSE(mirror_act(s, int(MirrorAction::select_row), 3, {}));
  EXPECT_FALSE(mirror_act(s, int(MirrorAction::show), 0, {}));  // nothing selected
  EXPECT_FALSE(mirror_act(s, 42, 0, {}));
  EXPECT_EQ(s.revision, revision);
}

TEST_F(SessionMirror, ABigTableSendsAWindowAroundTheSelection) {
  load_plain(200);
  Mirror m = build_mirror(s, 40);
  EXPECT_EQ(m.grid.row_count, 200u);
  ASSERT_EQ(m.grid.rows.size(), 40u);
  EXPECT_EQ(m.grid.rows.front().position, 0u);
  ASSERT_TRUE(mirror_act(s, int(MirrorAction::select_row), 150, {}));
  settle();
  m = build_mirror(s, 40);
  ASSERT_EQ(m.grid.rows.size(), 40u);
  EXPECT_EQ(m.grid.selected, 150);
  EXPECT_EQ(m.grid.rows.front().position, 130u);
  EXPECT_TRUE(m.grid.rows[20].selected);
  ASSERT_TRUE(mirror_act(s, int(MirrorAction::move), 1000000, {}));
  settle();
  m = build_mirror(s, 40);
  EXPECT_EQ(m.grid.rows.front().position, 160u);
  EXPECT_EQ(m.grid.rows.back().position, 199u);
  EXPECT_TRUE(m.grid.rows.back().selected);
}

}  // namespace
}  // namespace ae::session::testing
