// panel_figures.cpp: the Figures table (as written, normalised value + unit, kind, subject) and a bar chart
// of the money figures in view, one bar per figure, scaled within its currency.
#include "app/panels.h"

#include "core/export.h"

#include "imgui.h"

#include <algorithm>
#include <cmath>

namespace ae::app {
namespace {

constexpr float kChartHeight = 130;

void draw_money_chart(const Session& s, Intents& out) {
  const Corpus& c = s.corpus;
  const auto& rows = s.panels[int(ItemKind::figure)].rows;
  // The currency with the most figures in view, then its largest figures.
  std::vector<uint32_t> money;
  for (uint32_t i : rows)
    if (c.figures[i].kind == FigureKind::money) money.push_back(i);
  ImGui::Separator();
  if (money.empty()) {
    ImGui::TextDisabled("No money figures in view to chart.");
    return;
  }
  std::sort(money.begin(), money.end(), [&](uint32_t a, uint32_t b) { return c.figures[a].value > c.figures[b].value; });
  std::string_view unit = c.str(c.figures[money[0]].unit);
  std::vector<uint32_t> bars;
  for (uint32_t i : money)
    if (c.str(c.figures[i].unit) == unit && bars.size() < 6) bars.push_back(i);
  ImGui::Text("Money in view (%s, largest %zu of %zu)", std::string(unit).c_str(), bars.size(), money.size());
  const double max = c.figures[bars[0]].value > 0 ? c.figures[bars[0]].value : 1;
  const float label_w = 220, avail = ImGui::GetContentRegionAvail().x - label_w - 110;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float row_h = ImGui::GetTextLineHeightWithSpacing();
  for (uint32_t i : bars) {
    const Figure& f = c.figures[i];
    ImGui::PushID(int(i));
    std::string_view label = f.subject.len ? c.str(f.subject) : c.str(f.text);
    ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton("##bar", ImVec2(label_w + std::max(avail, 40.f) + 110, row_h))) {
      out.select = true;
      out.selection = Selection{true, ItemKind::figure, i};
      out.scroll_reader = true;
    }
    const bool hovered = ImGui::IsItemHovered();
    dl->PushClipRect(p, ImVec2(p.x + label_w - 8, p.y + row_h), true);
    dl->AddText(p, ImGui::GetColorU32(ImGuiCol_Text), label.data(), label.data() + label.size());
    dl->PopClipRect();
    const float w = float(std::max(0.0, f.value / max)) * std::max(avail, 40.f);
    const bool selected = s.selection.active && s.selection.kind == ItemKind::figure && s.selection.index == i;
    dl->AddRectFilled(ImVec2(p.x + label_w, p.y + 2), ImVec2(p.x + label_w + std::max(w, 2.f), p.y + row_h - 3),
                      ImGui::GetColorU32(selected ? ImGuiCol_PlotHistogramHovered
                                                  : hovered ? ImGuiCol_ButtonHovered : ImGuiCol_PlotHistogram));
    std::string v = format_value(f.value, c.str(f.unit), f.kind);
    dl->AddText(ImVec2(p.x + label_w + std::max(w, 2.f) + 6, p.y), ImGui::GetColorU32(ImGuiCol_Text), v.c_str());
    ImGui::PopID();
  }
}

void draw_figures(const Session& s, Ui& ui, TableState& st, Intents& out) {
  if (draw_empty_state(s, ItemKind::figure)) return;
  static const Column columns[] = {
      {"As written", SortColumn::text, 0}, {"Value", SortColumn::value, 130},
      {"Kind", SortColumn::figure_kind, 75}, {"Subject", SortColumn::subject, 0},
  };
  if (begin_panel_table(s, st, ItemKind::figure, columns, 4, out, kChartHeight)) {
    const Corpus& c = s.corpus;
    std::string value;
    draw_panel_rows(s, ui, ItemKind::figure, out, [&](uint32_t i) {
      const Figure& f = c.figures[i];
      cell_text(c.str(f.text));
      ImGui::TableNextColumn();
      value = format_value(f.value, c.str(f.unit), f.kind);
      cell_text(value);
      ImGui::TableNextColumn();
      cell_text(to_string(f.kind));
      ImGui::TableNextColumn();
      cell_text(c.str(f.subject));
    });
    end_panel_table();
  }
  draw_money_chart(s, out);
}

[[maybe_unused]] const bool registered = register_panel({std::string(kind_info(ItemKind::figure).name),
                                        std::string(kind_info(ItemKind::figure).title), ItemKind::figure, 2,
                                        [st = TableState{}](const Session& s, Ui& ui, Intents& out) mutable {
                                          draw_figures(s, ui, st, out);
                                        }});

}  // namespace
}  // namespace ae::app
