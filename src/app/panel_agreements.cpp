// panel_agreements.cpp: the Agreements table: title, kind, parties, status, linked figure.
#include "app/panels.h"

#include "imgui.h"

namespace ae::app {
namespace {

void draw_agreements(const Session& s, Ui& ui, TableState& st, Intents& out) {
  if (draw_empty_state(s, ItemKind::agreement)) return;
  static const Column columns[] = {
      {"Title", SortColumn::title, -1.6f}, {"Kind", SortColumn::kind, 90}, {"Parties", SortColumn::parties, 0},
      {"Status", SortColumn::status, 80}, {"Figure", SortColumn::none, 0},
  };
  if (!begin_panel_table(s, st, ItemKind::agreement, columns, 5, out)) return;
  const Corpus& c = s.corpus;
  std::string parties;
  draw_panel_rows(s, ui, ItemKind::agreement, out, [&](uint32_t i) {
    const Agreement& a = c.agreements[i];
    cell_text(c.str(a.title));
    ImGui::TableNextColumn();
    cell_text(c.str(a.kind));
    ImGui::TableNextColumn();
    parties.clear();
    for (uint32_t j = a.parties.begin; j < a.parties.end(); ++j) {
      if (j > a.parties.begin) parties += ", ";
      parties += c.str(c.strs[j]);
    }
    cell_text(parties);
    ImGui::TableNextColumn();
    cell_text(to_string(a.status));
    ImGui::TableNextColumn();
    if (a.figure >= 0) cell_text(c.str(c.figures[size_t(a.figure)].text));
  });
  end_panel_table();
}

[[maybe_unused]] const bool registered = register_panel({std::string(kind_info(ItemKind::agreement).name),
                                        std::string(kind_info(ItemKind::agreement).title), ItemKind::agreement, 1,
                                        [st = TableState{}](const Session& s, Ui& ui, Intents& out) mutable {
                                          draw_agreements(s, ui, st, out);
                                        }});

}  // namespace
}  // namespace ae::app
