// Intents: filters, selection and the arrow keys, sorting, export, clipboard, thumbnails, and the requests
// the session makes of the UI (counters the UI acts on once).
#include "fake_platform.h"

namespace ae::session::testing {
namespace {

using SessionIntents = SessionFixture;

TEST_F(SessionIntents, TopicToggleFiltersEveryKindAndClearUndoesIt) {
  load_plain(6);
  const uint64_t generation = s.filter_generation;
  Intents topic;
  topic.toggle_topic = int(*s.corpus.find_topic("trade"));
  frame(topic);
  EXPECT_GT(s.filter_generation, generation);
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 3u);  // odd articles are about trade
  EXPECT_EQ(s.panels[int(ItemKind::figure)].count, 3u);
  EXPECT_EQ(s.facet_counts, (std::vector<uint32_t>{3, 3}));  // per topic, as if chosen (topics combine with "or")
  Intents clear;
  clear.clear_filters = true;
  frame(clear);
  EXPECT_TRUE(s.query.empty());
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 6u);
}

TEST_F(SessionIntents, SearchFigureKindAndArticleFilter) {
  load_plain(5);
  Intents q;
  q.set_query = true;
  q.query = "testpersonc2";
  frame(q);
  EXPECT_EQ(row_ids(ItemKind::person), std::vector<std::string>{make_article(2, {}).people[0].id});
  Intents kinds;
  kinds.clear_filters = true;
  frame(kinds);
  Intents money;
  money.toggle_figure_kind = int(FigureKind::money);
  money.set_panel = true;
  money.panel = ItemKind::figure;
  frame(money);
  EXPECT_TRUE(s.panels[int(ItemKind::figure)].rows.empty());
  EXPECT_EQ(why_empty(s, ItemKind::figure), "No figures match kind money.");
  Intents article;
  article.toggle_figure_kind = int(FigureKind::money);
  article.set_article = true;
  article.article = 4;
  frame(article);
  EXPECT_EQ(row_ids(ItemKind::figure), std::vector<std::string>{make_article(4, {}).figures[0].id});
}

TEST_F(SessionIntents, SetFiltersReplacesTheWholeFilterSetAndPushesHistory) {
  load_plain(4);
  Intents in;
  in.set_filters = true;
  in.filters.topics = {*s.corpus.find_topic("energy")};
  in.filters.article = 2;
  frame(in);
  EXPECT_EQ(row_ids(ItemKind::person), std::vector<std::string>{make_article(2, {}).people[0].id});
  ASSERT_EQ(platform.history.size(), 1u);
  EXPECT_EQ(platform.history[0].fragment, "#v=1&panel=people&topics=energy&article=" + make_article(2, {}).id);
  const uint64_t generation = s.filter_generation;
  frame(in);  // the same filters again: no refilter, no history entry
  EXPECT_EQ(s.filter_generation, generation);
  EXPECT_EQ(platform.history.size(), 1u);
}

TEST_F(SessionIntents, SelectingAnItemShowsItsKindAndAsksTheUiToScroll) {
  load_plain(4);
  const uint64_t tab = s.panel_pushed, rows = s.selection_scroll, reader = s.reader_scroll;
  Intents pick;
  pick.select = true;
  pick.selection = Selection{true, ItemKind::figure, 2};
  pick.scroll_reader = true;
  frame(pick);
  EXPECT_EQ(s.panel, ItemKind::figure);
  EXPECT_EQ(s.panel_pushed, tab + 1);
  EXPECT_EQ(s.selection_scroll, rows + 1);
  EXPECT_EQ(s.reader_scroll, reader + 1);
  EXPECT_EQ(reader_article(s), 2u);
}

TEST_F(SessionIntents, ArrowKeysWalkTheVisibleRowsAndStopAtTheEnds) {
  load_plain(3);
  Intents down;
  down.move_selection = 1;
  frame(down);  // nothing selected: the first row
  EXPECT_EQ(selected_item(), row_ids(ItemKind::person)[0]);
  frame(down);
  EXPECT_EQ(selected_item(), row_ids(ItemKind::person)[1]);
  Intents page;
  page.move_selection = 20;
  frame(page);
  EXPECT_EQ(selected_item(), row_ids(ItemKind::person)[2]);
  Intents up;
  up.move_selection = -20;
  frame(up);
  EXPECT_EQ(selected_item(), row_ids(ItemKind::person)[0]);
}

TEST_F(SessionIntents, SortReordersOnlyItsKindAndDoesNotRepaintHeaders) {
  load_plain(4);
  const uint64_t headers = s.sort_pushed;
  Intents sort;
  sort.set_sort = true;
  sort.sort_panel = ItemKind::person;
  sort.sort = Sort{SortColumn::name, true};
  frame(sort);
  std::vector<std::string> ids = row_ids(ItemKind::person);
  ASSERT_EQ(ids.size(), 4u);
  EXPECT_EQ(ids.front(), make_article(3, {}).people[0].id);  // "…d3" sorts last by name: first descending
  EXPECT_EQ(s.sort_pushed, headers);  // the user's click is already in the header
  on_hash_change(s, "#v=1&panel=people&sort=name+");
  EXPECT_EQ(s.sort_pushed, headers + 1);  // a link's sort must be shown in the header
}

TEST_F(SessionIntents, ExportSavesTheVisibleRowsAndSaysSo) {
  load_plain(3);
  Intents csv;
  csv.export_csv = true;
  frame(csv);
  ASSERT_EQ(platform.downloads.size(), 1u);
  EXPECT_EQ(platform.downloads[0].name, "article-explorer-people.csv");
  EXPECT_EQ(platform.downloads[0].mime, "text/csv;charset=utf-8");
  EXPECT_NE(platform.downloads[0].data.find("Wren Testpersonb1"), std::string::npos);
  EXPECT_EQ(s.notice, "Exported 3 people to article-explorer-people.csv");
  Intents json;
  json.export_json = true;
  frame(json);
  EXPECT_EQ(platform.downloads[1].name, "article-explorer-people.json");
  Intents excel;
  excel.export_csv_excel = true;
  frame(excel);
  ASSERT_EQ(platform.downloads.size(), 3u);
  EXPECT_EQ(platform.downloads[2].data.rfind("\xEF\xBB\xBF", 0), 0u) << "starts with the UTF-8 byte order mark";
  EXPECT_EQ(platform.downloads[2].data.substr(3), platform.downloads[0].data) << "otherwise the same CSV";
  EXPECT_EQ(platform.downloads[0].data.rfind("\xEF\xBB\xBF", 0), std::string::npos) << "plain CSV has no BOM";
  EXPECT_EQ(s.notice, "Exported 3 people to article-explorer-people.csv (for Excel)");
}

TEST_F(SessionIntents, CopyLinkAndCitationGoToTheClipboard) {
  load_plain(2);
  Intents link;
  link.copy_link = true;
  frame(link);
  ASSERT_EQ(platform.clipboard.size(), 1u);
  EXPECT_EQ(platform.clipboard[0], "http://127.0.0.1:8000/#v=1&panel=people");
  on_clipboard(s, true, {});
  EXPECT_EQ(s.notice, "Link copied to the clipboard");
  Intents cite;
  cite.copy_citation = true;  // nothing selected: nothing to cite
  frame(cite);
  EXPECT_EQ(platform.clipboard.size(), 1u);
  cite.select = true;
  cite.selection = Selection{true, ItemKind::person, 1};
  frame(cite);
  ASSERT_EQ(platform.clipboard.size(), 2u);
  const std::string& c = platform.clipboard[1];
  EXPECT_EQ(c.rfind("Wren Testpersonb1, Mayor\n\u201CWren Testpersonb1 opened the imaginary bridge.\u201D\n", 0), 0u) << c;
  EXPECT_NE(c.find("\u2014 Test article number 1, Session Test Gazette, 2026-01-02\n"), std::string::npos) << c;
  on_clipboard(s, false, "denied");
  EXPECT_EQ(s.notice.rfind("Could not copy (denied): Wren", 0), 0u) << s.notice;
}

// Issue 15: a sentence that opens with its own quote mark is not quoted again.
TEST(SessionCitation, QuoteSentenceDoesNotDoubleAnOpeningQuote) {
  EXPECT_EQ(quote_sentence("Plain words."), "\u201CPlain words.\u201D");
  EXPECT_EQ(quote_sentence("\u201CJust 24 hours,\u201D he said."), "\u201CJust 24 hours,\u201D he said.");
  EXPECT_EQ(quote_sentence("\"Just 24 hours,\" he said."), "\"Just 24 hours,\" he said.");
  EXPECT_EQ(quote_sentence("\u00ABOui\u00BB, dit-il."), "\u00ABOui\u00BB, dit-il.");
  EXPECT_EQ(quote_sentence(""), "\u201C\u201D");
}

// Issue 15: the reader never keeps an item the view no longer shows.
TEST_F(SessionIntents, SelectionEndsWhenTheViewLosesIt) {
  load_plain(3);
  Intents pick;
  pick.select = true;
  pick.selection = Selection{true, ItemKind::person, 1};
  frame(pick);
  ASSERT_TRUE(s.selection.active);
  Intents narrow;  // a search the selected person still matches keeps it
  narrow.set_query = true;
  narrow.query = "Testpersonb1";
  frame(narrow);
  EXPECT_TRUE(s.selection.active);
  Intents nothing;  // a search that matches nothing ends it
  nothing.set_query = true;
  nothing.query = "zzzz-no-such-name";
  frame(nothing);
  EXPECT_FALSE(s.selection.active);
  EXPECT_EQ(current_view(s).sel_item, "");

  Intents clear;
  clear.clear_filters = true;
  frame(clear);
  frame(pick);
  ASSERT_TRUE(s.selection.active);
  Intents tab;  // another panel: the person is not in it
  tab.set_panel = true;
  tab.panel = ItemKind::figure;
  frame(tab);
  EXPECT_FALSE(s.selection.active);
  Intents figure;  // selecting in the same intent as a panel change keeps the new selection
  figure.set_panel = true;
  figure.panel = ItemKind::person;
  figure.select = true;
  figure.selection = Selection{true, ItemKind::figure, 0};
  frame(figure);
  EXPECT_TRUE(s.selection.active);
  EXPECT_EQ(s.panel, ItemKind::figure);
}

TEST_F(SessionIntents, OpenFileAsksThePlatform) {
  load_plain(1);
  Intents open;
  open.open_file = true;
  frame(open);
  EXPECT_EQ(platform.pickers, 1);
}

TEST_F(SessionIntents, ThumbnailIsRequestedOncePerImage) {
  Corpus c = make_corpus(0);
  ArticleRecord a = make_article(0, {});
  PhotoRecord ph;
  ph.id = "ph-a-made-up-photo";
  ph.caption = "A made-up photo";
  ph.src = "img/made-up.png";
  ph.people = {a.people[0].id};
  ph.evidence = a.people[0].mentions[0];
  a.photos.push_back(ph);
  c.add(a);
  start_with();
  answer(s, platform, "data/corpus.json", write_corpus(c));
  settle();
  Intents show;
  show.load_thumbnails = {0};
  frame(show);
  frame(show);
  ASSERT_EQ(platform.images.size(), 1u);
  EXPECT_EQ(platform.images[0].url, "img/made-up.png");
  EXPECT_EQ(thumbnail(s, "img/made-up.png")->phase, Thumbnail::Phase::loading);
  on_image(s, platform.images[0].id, 7, 64, 48, {});
  EXPECT_EQ(thumbnail(s, "img/made-up.png")->texture, 7u);
  EXPECT_EQ(thumbnail(s, "img/other.png"), nullptr);
}

}  // namespace
}  // namespace ae::session::testing
