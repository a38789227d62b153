// mirror.h: the screen-reader mirror (issue 15, part 4). What the canvas shows, as plain data a page turns into a
// visually hidden DOM (web/a11y.js): the tabs with their counts, the topic chips, the search text, the active
// panel as a grid (a window of rows around the selection, so 100k rows cost what 40 do), the reader's text with
// the highlighted sentence, and the line a polite live region announces after a filter change ("People: 3 of 6").
// Operating the mirror (a tab, a chip, the arrow keys in the grid, Enter) comes back as a MirrorAction, carried
// out through the session's intents like any click on the canvas.
//
// Built from the session only (no UI), so tests/session checks it natively; the app sends the JSON to the page
// only when it changed (an idle page stays idle).
#pragma once

#include "session/session.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ae::session {

struct MirrorTab {
  std::string id, title;  // "people", "People"
  size_t count = 0;       // rows matching the filters (the tab's number)
  bool stale = false;     // a hidden tab's count not yet recomputed after a filter change
  bool selected = false;
};
struct MirrorChip {
  std::string id, label;  // topic id and label
  uint32_t count = 0;     // items of the active kind with this topic (the chip's number)
  bool pressed = false;
};
struct MirrorRow {
  std::string id;  // the item id of the row (by person: the person row it selects)
  uint32_t position = 0;  // 0-based position in the table
  std::vector<std::string> cells;
  bool selected = false;
};
struct MirrorGrid {
  std::string kind, label;            // "people", "People"
  std::vector<std::string> columns;   // header labels
  size_t row_count = 0;               // rows in the whole table (aria-rowcount adds the header row)
  int64_t selected = -1;              // position of the selected row, or -1
  std::vector<MirrorRow> rows;        // a window of consecutive rows around the selection (or the top)
  std::string empty;                  // why the table is empty ("" when it has rows)
};
struct MirrorParagraph {
  std::string text;
  uint32_t mark_begin = 0, mark_end = 0;  // the highlighted sentence (bytes), mark_end == mark_begin: none
};
struct MirrorReader {
  std::string article, title, meta;      // article id, title, "source · date"
  std::string status;                    // "" when the text is here, else "Loading the article text…" / why not
  std::vector<MirrorParagraph> paragraphs;
  int64_t marked = -1;                   // paragraph holding the highlighted sentence, or -1
};
struct Mirror {
  std::vector<MirrorTab> tabs;
  std::vector<MirrorChip> chips;
  std::string search;
  MirrorGrid grid;
  MirrorReader reader;
  std::string announce;             // "People: 3 of 6": the active table after the last filter change
  uint64_t filter_generation = 0;   // the page announces when this moves
};

// The mirror of the current view. `window`: how many rows of the active table to include.
Mirror build_mirror(const Session& s, size_t window = 40);
std::string mirror_json(const Mirror& m);

// What the page's mirror asks for (web/a11y.js -> platform_web.cpp -> here).
enum class MirrorAction : int {
  set_panel = 1,    // arg: kind index (the tab bar follows)
  toggle_topic = 2, // arg: topic index
  set_query = 3,    // text: the search box's value
  move = 4,         // arg: rows to move the selection by (arrow keys ±1, Page ±20, Home/End ±1e6)
  select_row = 5,   // arg: position in the active table
  show = 6,         // Enter: bring the selection's sentence into view in the reader
};
// Carries out a mirror action through apply(); false if `action` or `arg` means nothing here.
bool mirror_act(Session& s, int action, int64_t arg, std::string_view text);

}  // namespace ae::session
