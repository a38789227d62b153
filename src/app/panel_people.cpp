// panel_people.cpp: the People table: name, role, affiliation, mention count, article.
#include "app/panels.h"

#include "imgui.h"

namespace ae::app {
namespace {

void draw_people(const Session& s, Ui& ui, TableState& st, Intents& out) {
  if (draw_empty_state(s, ItemKind::person)) return;
  static const Column columns[] = {
      {"Name", SortColumn::name, -1.5f}, {"Role", SortColumn::role, -1.2f}, {"Affiliation", SortColumn::affiliation, -1},
      {"Mentions", SortColumn::mentions, 70}, {"Article", SortColumn::article, -1.2f},
  };
  if (!begin_panel_table(s, st, ItemKind::person, columns, 5, out)) return;
  const Corpus& c = s.corpus;
  draw_panel_rows(s, ui, ItemKind::person, out, [&](uint32_t i) {
    const Person& p = c.people[i];
    cell_text(c.str(p.name));
    ImGui::TableNextColumn();
    cell_text(c.str(p.role));
    ImGui::TableNextColumn();
    cell_text(c.str(p.affiliation));
    ImGui::TableNextColumn();
    ImGui::Text("%u", p.mentions.count);
    ImGui::TableNextColumn();
    cell_text(c.str(c.articles[p.article].title));
  });
  end_panel_table();
}

[[maybe_unused]] const bool registered = register_panel({std::string(kind_info(ItemKind::person).name),
                                        std::string(kind_info(ItemKind::person).title), ItemKind::person, 0,
                                        [st = TableState{}](const Session& s, Ui& ui, Intents& out) mutable {
                                          draw_people(s, ui, st, out);
                                        }});

}  // namespace
}  // namespace ae::app
