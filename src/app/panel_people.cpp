// panel_people.cpp: the People table: name, role, affiliation, mention count, article.
#include "app/app.h"

#include "imgui.h"

namespace ae::app {

void draw_people_panel(App& app, Intents& out) {
  if (draw_empty_state(app, Panel::person)) return;
  static const Column columns[] = {
      {"Name", SortColumn::name, -1.5f}, {"Role", SortColumn::role, -1.2f}, {"Affiliation", SortColumn::affiliation, -1},
      {"Mentions", SortColumn::mentions, 70}, {"Article", SortColumn::article, -1.2f},
  };
  if (!begin_panel_table(app, Panel::person, columns, 5, out)) return;
  const Corpus& c = app.corpus;
  draw_panel_rows(app, Panel::person, out, [&](uint32_t i) {
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

}  // namespace ae::app
