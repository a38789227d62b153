// table.cpp: the panel registry, and what the kind tables share: the table frame with sortable headers kept in
// step with the session's sort (a link may set it), the empty state that says why a table is empty, and
// published rectangles.
#include "app/panels.h"

#include "imgui.h"
#include "imgui_internal.h"  // TableSetColumnSortDirection: push a sort restored from a link into the header

#include <algorithm>

namespace ae::app {

std::vector<PanelDef>& panels() {
  static std::vector<PanelDef> registry;  // filled by the panels' static registrations, before main()
  return registry;
}

bool register_panel(PanelDef def) {
  auto& r = panels();
  auto at = std::upper_bound(r.begin(), r.end(), def.order, [](int o, const PanelDef& p) { return o < p.order; });
  r.insert(at, std::move(def));
  return true;
}

void Ui::publish(std::string name) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  rects.push_back({std::move(name), {a.x, a.y, b.x, b.y}});
}

void Ui::publish_row(const Corpus& c, ItemKind kind, uint32_t item) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  if (b.y < ImGui::GetWindowPos().y || a.y > ImGui::GetWindowPos().y + ImGui::GetWindowSize().y) return;  // clipped
  row_rects.push_back({std::string(c.str(c.item_id(kind, item))), {a.x, a.y, b.x, b.y}});
}

bool begin_panel_table(const Session& s, TableState& st, ItemKind kind, const Column* columns, int count,
                       Intents& out, float reserve_bottom) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuterH |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Hideable;
  ImVec2 size(0, -reserve_bottom);
  if (!ImGui::BeginTable(std::string(kind_info(kind).name).c_str(), count, flags, size)) return false;
  for (int c = 0; c < count; ++c) {
    const float w = columns[c].width;
    ImGuiTableColumnFlags cf = w > 0 ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
    if (columns[c].sort == SortColumn::none) cf |= ImGuiTableColumnFlags_NoSort;
    // An "Article" column says nothing while the corpus has a single article.
    if (columns[c].sort == SortColumn::article && s.corpus.articles.size() < 2) cf |= ImGuiTableColumnFlags_Disabled;
    ImGui::TableSetupColumn(columns[c].label, cf, w > 0 ? w : (w < 0 ? -w : 1.f), ImGuiID(columns[c].sort));
  }
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableHeadersRow();
  // Each sortable header's rectangle, published as header:<sort column> (tests sort by clicking, issue 15).
  if (ImGuiTable* table = ImGui::GetCurrentTable()) {
    for (int c = 0; c < count; ++c) {
      if (columns[c].sort == SortColumn::none || !table->Columns[c].IsEnabled || !table->Columns[c].IsVisibleX) continue;
      const ImRect r = ImGui::TableGetCellBgRect(table, c);
      the_app().ui.rects.push_back({"header:" + std::string(to_string(columns[c].sort)), {r.Min.x, r.Min.y, r.Max.x, r.Max.y}});
    }
  }

  const Sort& sort = s.panels[int(kind)].sort;
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
    if (st.sort_seen != s.sort_pushed) {  // the session's sort wins (restored from a link): show it in the header
      // Every other column is cleared first and the sorted one set last: TableSetColumnSortDirection without
      // append clears the sort order of all other columns, so setting a later column to None after the sorted
      // one used to drop the sort (a link with sort=value- opened unsorted, issue 15).
      int sorted = -1;
      for (int c = 0; c < count; ++c) {
        if (columns[c].sort == SortColumn::none) continue;
        if (columns[c].sort == sort.column) sorted = c;
        else ImGui::TableSetColumnSortDirection(c, ImGuiSortDirection_None, false);
      }
      if (sorted >= 0)
        ImGui::TableSetColumnSortDirection(
            sorted, sort.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending, false);
      st.sort_seen = s.sort_pushed;
      specs->SpecsDirty = false;
    } else if (specs->SpecsDirty) {  // the user clicked a header
      Sort clicked;
      if (specs->SpecsCount > 0) {
        clicked.column = SortColumn(specs->Specs[0].ColumnUserID);
        clicked.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
      }
      if (!(clicked == sort)) {
        out.set_sort = true;
        out.sort_panel = kind;
        out.sort = clicked;
      }
      specs->SpecsDirty = false;
    }
  }
  return true;
}

void end_panel_table() { ImGui::EndTable(); }

// A text wider than its column ends in "…" instead of being cut mid-letter (issue 15: at 390 px or 200 % zoom
// names lost their ends); the whole text shows on hover (after a tap on a touch screen), in the reader and in the
// screen-reader mirror.
void cell_text(std::string_view text) {
  const char* b = text.data();
  const char* e = b + text.size();
  const ImVec2 size = ImGui::CalcTextSize(b, e);
  const float avail = ImGui::GetContentRegionAvail().x;
  if (size.x <= avail || avail <= 0) {
    ImGui::TextUnformatted(b, e);
    return;
  }
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect bb(pos, ImVec2(pos.x + avail, pos.y + size.y));
  ImGui::ItemSize(bb.GetSize());
  if (!ImGui::ItemAdd(bb, 0)) return;
  ImGui::RenderTextEllipsis(window->DrawList, bb.Min, bb.Max, bb.Max.x, bb.Max.x, b, e, &size);
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(b, e);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

bool draw_empty_state(const Session& s, ItemKind kind) {
  if (!s.panels[int(kind)].rows.empty()) return false;
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", session::why_empty(s, kind).c_str());
  ImGui::PopTextWrapPos();
  return true;
}

}  // namespace ae::app
