// panels.h: the centre panels as a registry. Each panel is one file that registers a PanelDef at namespace
// scope; the tab bar draws them in `order`. A panel draws from a const Session, keeps its own widget state
// (captured by its draw function) and emits Intents; it never changes the session mid-draw.
//
// A table of one item kind sets `kind` (its tab shows a row count, the link's panel= selects it); a panel that
// is not a table of one kind (a timeline, a ledger) leaves it empty and is just one more file.
// Also here: what the four kind tables share (table.cpp, table_rows.inl).
#pragma once

#include "app/app.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ae::app {

struct PanelDef {
  std::string id;     // "people": the tab's automation rectangle is "tab_<id>"
  std::string title;  // "People"
  std::optional<ItemKind> kind;  // the item kind this panel lists, if it is a table of one kind
  int order = 0;                 // tab position, lowest first
  std::function<void(const Session&, Ui&, Intents&)> draw;  // owns the panel's state
  // A panel that is no kind table says when it is the one shown (the session's state, e.g. Session::ledger) and
  // what picking its tab asks for; while one is shown, no kind table's tab is.
  std::function<bool(const Session&)> active;
  std::function<void(Intents&)> pick;
};
bool register_panel(PanelDef def);   // `static const bool registered = register_panel({...});`
std::vector<PanelDef>& panels();     // in tab order

// ---- the kind tables (table.cpp)
struct Column {
  const char* label;
  SortColumn sort;  // SortColumn::none: not sortable
  float width;      // > 0: fixed width in CSS px; 0: stretch; < 0: stretch with weight -width
};
// What a kind table remembers between frames.
struct TableState {
  uint64_t sort_seen = 0;  // the session's sort_pushed last shown in the header
};
// Begins a sortable, resizable, scrolling table filling the remaining height (leave `reserve_bottom` px).
bool begin_panel_table(const Session& s, TableState& st, ItemKind kind, const Column* columns, int count,
                       Intents& out, float reserve_bottom = 0);
void end_panel_table();
// Draws the rows with ImGuiListClipper; `draw_row(i)` draws the cells after the row's selectable (which spans
// all columns and `row_height`, 0 = one text line; rows must share one height for the clipper).
template <class DrawRow>
void draw_panel_rows(const Session& s, Ui& ui, ItemKind kind, Intents& out, DrawRow&& draw_row, float row_height = 0);
bool draw_empty_state(const Session& s, ItemKind kind);  // true if the table is empty (and says why)
// A table cell's text; when the column is too narrow for it, hovering shows the whole text.
void cell_text(std::string_view text);

}  // namespace ae::app

#include "app/table_rows.inl"
