// panel_people.cpp: the People table, per article (name, role, affiliation, mention count, article) or by
// person across the corpus (core/persons.h: name, articles, mentions, the latest role, first and last date).
#include "app/panels.h"

#include "imgui.h"

#include <string>

namespace ae::app {
namespace {

// "Per article | By person": which rows the People table lists (the link's by=person).
void draw_view_switch(const Session& s, Ui& ui, Intents& out) {
  if (ImGui::RadioButton("Per article", !s.by_person)) {
    out.set_by_person = true;
    out.by_person = false;
  }
  ui.publish("people_per_article");
  ImGui::SameLine();
  if (ImGui::RadioButton("By person", s.by_person)) {
    out.set_by_person = true;
    out.by_person = true;
  }
  ui.publish("people_by_person");
  if (s.by_person) {
    ImGui::SameLine();
    ImGui::TextDisabled("%zu people in %zu rows", s.person_rows.size(), s.panels[int(ItemKind::person)].rows.size());
  }
}

// One row per person: selecting it selects the person row the filter kept (its article shows in the reader).
void draw_by_person(const Session& s, Ui& ui, TableState& st, Intents& out) {
  static const Column columns[] = {
      {"Name", SortColumn::name, -1.3f}, {"Articles", SortColumn::mentions, 70}, {"Mentions", SortColumn::none, 70},
      {"Latest role", SortColumn::none, -1.6f}, {"First seen", SortColumn::none, 90}, {"Last seen", SortColumn::none, 90},
  };
  // Its own ID scope: ImGui keeps column widths and order per table ID, and this table has other columns.
  ImGui::PushID("by_person");
  if (!begin_panel_table(s, st, ItemKind::person, columns, 6, out)) {
    ImGui::PopID();
    return;
  }
  const Corpus& c = s.corpus;
  const int64_t selected_group = session::selected_group(s);
  int selected_row = -1;
  for (size_t r = 0; r < s.person_rows.size() && selected_group >= 0; ++r)
    if (s.person_rows[r] == uint32_t(selected_group)) selected_row = int(r);
  ImGuiListClipper clipper;
  clipper.Begin(int(s.person_rows.size()));
  if (ui.scroll_to_selection && selected_row >= 0) clipper.ForceDisplayRangeByIndices(selected_row, selected_row + 1);
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const uint32_t g = s.person_rows[size_t(r)];
      const PersonGroup& pg = s.persons.group(g);
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::PushID(r);
      const bool selected = r == selected_row;
      ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,  // the whole row is the target (see table_rows.inl)
                          ImVec2(ImGui::GetStyle().ItemSpacing.x, 2 * ImGui::GetStyle().CellPadding.y));
      const bool clicked =
          ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap);
      ImGui::PopStyleVar();
      if (clicked) {
        out.select = true;
        out.selection = Selection{true, ItemKind::person, s.person_reps[size_t(r)]};
        out.scroll_reader = true;
      }
      ui.publish_row(c, ItemKind::person, s.person_reps[size_t(r)]);
      if (selected && ui.scroll_to_selection) ImGui::SetScrollHereY(0.5f);
      ImGui::SameLine(0, 0);
      cell_text(c.str(pg.name));
      ImGui::TableNextColumn();
      ImGui::Text("%u", pg.articles);
      ImGui::TableNextColumn();
      ImGui::Text("%u", pg.mentions);
      ImGui::TableNextColumn();
      const auto roles = s.persons.roles(c, g);  // visible rows only: a few dozen per frame
      if (!roles.empty()) {
        std::string role(roles[0].role);
        if (!roles[0].affiliation.empty()) role += (role.empty() ? "" : ", ") + std::string(roles[0].affiliation);
        if (roles.size() > 1) role += "  (+" + std::to_string(roles.size() - 1) + " more)";
        cell_text(role);
      }
      ImGui::TableNextColumn();
      cell_text(c.str(pg.first_date));
      ImGui::TableNextColumn();
      cell_text(c.str(pg.last_date));
      ImGui::PopID();
    }
  }
  end_panel_table();
  ImGui::PopID();
}

void draw_people(const Session& s, Ui& ui, TableState& st, TableState& by_st, Intents& out) {
  if (draw_empty_state(s, ItemKind::person)) return;
  draw_view_switch(s, ui, out);
  if (s.by_person) {
    draw_by_person(s, ui, by_st, out);
    return;
  }
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
                                        [st = TableState{}, by_st = TableState{}](const Session& s, Ui& ui,
                                                                                   Intents& out) mutable {
                                          draw_people(s, ui, st, by_st, out);
                                        }});

}  // namespace
}  // namespace ae::app
