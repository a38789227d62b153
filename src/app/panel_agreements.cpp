// panel_agreements.cpp: the Agreements table: title, kind, parties, status, linked figure.
#include "app/app.h"

#include "imgui.h"

namespace ae::app {

void draw_agreements_panel(App& app, Intents& out) {
  if (draw_empty_state(app, Panel::agreement)) return;
  static const Column columns[] = {
      {"Title", SortColumn::title, -1.6f}, {"Kind", SortColumn::kind, 90}, {"Parties", SortColumn::parties, 0},
      {"Status", SortColumn::status, 80}, {"Figure", SortColumn::none, 0},
  };
  if (!begin_panel_table(app, Panel::agreement, columns, 5, out)) return;
  const Corpus& c = app.corpus;
  std::string parties;
  draw_panel_rows(app, Panel::agreement, out, [&](uint32_t i) {
    const Agreement& a = c.agreements[i];
    std::string_view t = c.str(a.title);
    cell_text(t);
    ImGui::TableNextColumn();
    std::string_view k = c.str(a.kind);
    cell_text(k);
    ImGui::TableNextColumn();
    parties.clear();
    for (uint32_t j = a.parties.begin; j < a.parties.end(); ++j) {
      if (j > a.parties.begin) parties += ", ";
      parties += c.str(c.strs[j]);
    }
    cell_text(parties);
    ImGui::TableNextColumn();
    std::string_view st = to_string(a.status);
    cell_text(st);
    ImGui::TableNextColumn();
    if (a.figure >= 0) {
      std::string_view f = c.str(c.figures[size_t(a.figure)].text);
      cell_text(f);
    }
  });
  end_panel_table();
}

}  // namespace ae::app
