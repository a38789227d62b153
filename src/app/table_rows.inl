// table_rows.inl: the clipped row loop shared by the kind tables (included by panels.h).
#pragma once

#include "imgui.h"

namespace ae::app {

template <class DrawRow>
void draw_panel_rows(const Session& s, Ui& ui, ItemKind kind, Intents& out, DrawRow&& draw_row, float row_height) {
  const auto& rows = s.panels[int(kind)].rows;
  int selected_row = -1;
  if (s.selection.active && s.selection.kind == kind) {
    for (size_t r = 0; r < rows.size(); ++r)
      if (rows[r] == s.selection.index) {
        selected_row = int(r);
        break;
      }
  }
  const bool publish = kind == s.panel;
  ImGuiListClipper clipper;
  clipper.Begin(int(rows.size()));
  if (ui.scroll_to_selection && selected_row >= 0) clipper.ForceDisplayRangeByIndices(selected_row, selected_row + 1);
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const uint32_t item = rows[size_t(r)];
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::PushID(r);
      const bool selected = r == selected_row;
      // A Selectable's hit box reaches half ItemSpacing.y above and below its line without moving the layout: with
      // it at twice the cell padding the whole row is the target (40 px with touch targets, issue 15).
      ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                          ImVec2(ImGui::GetStyle().ItemSpacing.x, 2 * ImGui::GetStyle().CellPadding.y));
      const bool clicked = ImGui::Selectable("##row", selected,
                                             ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap |
                                                 ImGuiSelectableFlags_AllowDoubleClick,
                                             ImVec2(0, row_height));
      ImGui::PopStyleVar();
      if (clicked) {
        out.select = true;
        out.selection = Selection{true, kind, item};
        out.scroll_reader = true;
      }
      if (publish) ui.publish_row(s.corpus, kind, item);
      if (selected && ui.scroll_to_selection) ImGui::SetScrollHereY(0.5f);
      ImGui::SameLine(0, 0);
      draw_row(item);
      ImGui::PopID();
    }
  }
}

}  // namespace ae::app
