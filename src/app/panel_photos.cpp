// panel_photos.cpp: the Photos table: caption, credit, people pictured.
#include "app/app.h"

#include "imgui.h"

namespace ae::app {

void draw_photos_panel(App& app, Intents& out) {
  if (draw_empty_state(app, Panel::photo)) return;
  static const Column columns[] = {
      {"Caption", SortColumn::caption, 0}, {"Credit", SortColumn::credit, 0}, {"Pictured", SortColumn::pictured, 0},
  };
  if (!begin_panel_table(app, Panel::photo, columns, 3, out)) return;
  const Corpus& c = app.corpus;
  std::string names;
  draw_panel_rows(app, Panel::photo, out, [&](uint32_t i) {
    const Photo& p = c.photos[i];
    std::string_view cap = c.str(p.caption);
    ImGui::TextUnformatted(cap.data(), cap.data() + cap.size());
    ImGui::TableNextColumn();
    std::string_view cr = c.str(p.credit);
    ImGui::TextUnformatted(cr.data(), cr.data() + cr.size());
    ImGui::TableNextColumn();
    names.clear();
    for (uint32_t j = p.people.begin; j < p.people.end(); ++j) {
      if (j > p.people.begin) names += ", ";
      names += c.str(c.people[c.refs[j]].name);
    }
    ImGui::TextUnformatted(names.c_str());
  });
  end_panel_table();
}

}  // namespace ae::app
