// panel_photos.cpp: the Photos table: caption, credit, people pictured.
#include "app/panels.h"

#include "imgui.h"

#include <algorithm>

namespace ae::app {
namespace {

constexpr float kThumbW = 64, kThumbH = 44;

// A thumbnail cell: the image scaled to fit, a placeholder while it loads, or a mark if it failed. Every row
// of a table with thumbnails has the same height, as ImGuiListClipper requires.
void thumbnail_cell(const Session& s, Ui& ui, uint32_t i, Intents& out) {
  const Corpus& c = s.corpus;
  std::string_view src = c.str(c.photos[i].src);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  if (src.empty()) {
    ImGui::Dummy(ImVec2(kThumbW, kThumbH));
    return;
  }
  const session::Thumbnail* t = session::thumbnail(s, src);
  if (!t) out.load_thumbnails.push_back(i);
  if (t && t->phase == session::Thumbnail::Phase::ready && t->width > 0 && t->height > 0) {
    const float scale = std::min(kThumbW / float(t->width), kThumbH / float(t->height));
    const ImVec2 size(float(t->width) * scale, float(t->height) * scale);
    ImGui::Image(reinterpret_cast<ImTextureID>(uintptr_t(t->texture)), size);
    ui.publish("thumb:" + std::string(c.str(c.photos[i].id)));
    if (size.y < kThumbH) ImGui::Dummy(ImVec2(0, kThumbH - size.y - ImGui::GetStyle().ItemSpacing.y));
  } else {
    ImGui::GetWindowDrawList()->AddRect(p, ImVec2(p.x + kThumbW, p.y + kThumbH), ImGui::GetColorU32(ImGuiCol_Border));
    const char* mark = t && t->phase == session::Thumbnail::Phase::failed ? "no image" : "…";
    ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + 6, p.y + 12), ImGui::GetColorU32(ImGuiCol_TextDisabled), mark);
    ImGui::Dummy(ImVec2(kThumbW, kThumbH));
  }
}

void draw_photos(const Session& s, Ui& ui, TableState& st, Intents& out) {
  if (draw_empty_state(s, ItemKind::photo)) return;
  const Corpus& c = s.corpus;
  bool any_src = false;  // a thumbnail column only when some photo has an image
  for (const Photo& p : c.photos)
    if (p.src.len) {
      any_src = true;
      break;
    }
  static const Column with_thumbs[] = {
      {"", SortColumn::none, kThumbW + 4}, {"Caption", SortColumn::caption, -1.6f}, {"Credit", SortColumn::credit, 0},
      {"Pictured", SortColumn::pictured, 0},
  };
  const Column* columns = any_src ? with_thumbs : with_thumbs + 1;
  if (!begin_panel_table(s, st, ItemKind::photo, columns, any_src ? 4 : 3, out)) return;
  std::string names;
  draw_panel_rows(s, ui, ItemKind::photo, out, [&](uint32_t i) {
    const Photo& p = c.photos[i];
    if (any_src) {
      thumbnail_cell(s, ui, i, out);
      ImGui::TableNextColumn();
    }
    std::string_view cap = c.str(p.caption);
    cell_text(cap);
    ImGui::TableNextColumn();
    std::string_view cr = c.str(p.credit);
    cell_text(cr);
    ImGui::TableNextColumn();
    names.clear();
    for (uint32_t j = p.people.begin; j < p.people.end(); ++j) {
      if (j > p.people.begin) names += ", ";
      names += c.str(c.people[c.refs[j]].name);
    }
    cell_text(names);
  }, any_src ? kThumbH : 0);
  end_panel_table();
}

[[maybe_unused]] const bool registered = register_panel({std::string(kind_info(ItemKind::photo).name),
                                        std::string(kind_info(ItemKind::photo).title), ItemKind::photo, 3,
                                        [st = TableState{}](const Session& s, Ui& ui, Intents& out) mutable {
                                          draw_photos(s, ui, st, out);
                                        }});

}  // namespace
}  // namespace ae::app
