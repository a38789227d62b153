// panel_ledger.cpp: the figure ledger panel (issue 16, part 4; core/ledger.h). The top lists the ledger lines
// for the current filters (label, values, range, spread; lines whose sources disagree are marked); below, the
// selected line (else the first) as a chart of value against date and its points, each with its article. A
// click on a line selects its first point; a click on a point selects that figure, and the reader opens its
// sentence. The ledger is a panel that is no kind table: its tab asks for Session::ledger (show_ledger).
#include "app/panels.h"
#include "app/theme.h"

#include "core/export.h"
#include "core/format.h"

#include "imgui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ae::app {
namespace {

constexpr int kPublishedRows = 40;     // automation rectangles for the first lines and points drawn
constexpr float kChartHeight = 150;

std::string spread_text(const LedgerStats& st) {
  if (st.values < 2) return "\u2014";
  if (!std::isfinite(st.spread) || st.spread >= 100) return ">10000%";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f%%", st.spread * 100);
  return buf;
}

void select_point(Intents& out, uint32_t figure) {
  out.select = true;
  out.selection = Selection{true, ItemKind::figure, figure};
  out.scroll_reader = true;
}

void draw_lines(const Session& s, Ui& ui, Intents& out, int64_t selected_row, float height) {
  const Corpus& c = s.corpus;
  const LedgerRows& x = s.ledger_rows;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##ledger_lines", 4, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Line", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Values", ImGuiTableColumnFlags_WidthFixed, 55);
  ImGui::TableSetupColumn("Range", ImGuiTableColumnFlags_WidthFixed, 190);
  ImGui::TableSetupColumn("Spread", ImGuiTableColumnFlags_WidthFixed, 70);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(int(x.lines.size()));
  if (ui.scroll_to_selection && selected_row >= 0) clipper.ForceDisplayRangeByIndices(int(selected_row), int(selected_row) + 1);
  std::string range;
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const LedgerLine& l = s.ledger_index.line(x.lines[size_t(r)]);
      const LedgerStats& st = x.stats[size_t(r)];
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::PushID(r);
      if (ImGui::Selectable("##line", r == selected_row,
                            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
        select_point(out, x.points[x.spans[size_t(r)].begin].figure);
      if (r < kPublishedRows) ui.publish("ledger_line_" + std::to_string(r));
      if (r == selected_row && ui.scroll_to_selection) ImGui::SetScrollHereY(0.5f);
      ImGui::SameLine(0, 0);
      cell_text(l.label);
      ImGui::TableNextColumn();
      ImGui::Text("%u", st.values);
      ImGui::TableNextColumn();
      const std::string_view unit = c.str(l.unit);
      range = format_value(st.min, unit, l.kind);
      if (st.max > st.min) range += " \u2013 " + format_value(st.max, unit, l.kind);
      cell_text(range);
      ImGui::TableNextColumn();
      const std::string spread = spread_text(st);
      if (st.disagree) {
        ImGui::TextColored(theme_colors().error, "%s !", spread.c_str());
        if (ImGui::IsItemHovered())
          ImGui::SetTooltip("Sources within %d days of each other differ by more than %.0f%%", kDisagreeDays,
                            kDisagreeRatio * 100);
      } else {
        ImGui::TextUnformatted(spread.c_str());
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

// Value against date: dated points on a date axis, undated ones in a column of their own at the right.
void draw_chart(const Session& s, Ui& ui, Intents& out, size_t row) {
  const Corpus& c = s.corpus;
  const LedgerRows& x = s.ledger_rows;
  const LedgerLine& l = s.ledger_index.line(x.lines[row]);
  const LedgerStats& st = x.stats[row];
  const Range span = x.spans[row];
  const std::string_view unit = c.str(l.unit);
  const float label_w = ImGui::CalcTextSize("0000000000000").x;
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const float width = std::max(160.f, ImGui::GetContentRegionAvail().x), height = kChartHeight;
  const float text_h = ImGui::GetTextLineHeight();
  const bool any_undated = st.dated < st.values;
  // Undated points get a column of their own at the right; the whole plot when no point is dated.
  const float undated_w = st.dated == 0 ? width - label_w - 12 : any_undated ? 70.f : 0.f;
  const float x0 = p0.x + label_w, x1 = p0.x + width - undated_w - 12, y0 = p0.y + 6, y1 = p0.y + height - text_h - 6;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 frame = ImGui::GetColorU32(ImGuiCol_FrameBg), axis = ImGui::GetColorU32(ImGuiCol_Border),
              text = ImGui::GetColorU32(ImGuiCol_Text), dim = ImGui::GetColorU32(ImGuiCol_TextDisabled),
              point = ImGui::GetColorU32(ImGuiCol_PlotLines), chosen = ImGui::GetColorU32(ImGuiCol_PlotHistogramHovered),
              off = ImGui::ColorConvertFloat4ToU32(theme_colors().error);
  dl->AddRectFilled(ImVec2(x0, y0), ImVec2(p0.x + width, y1), frame);
  // Value scale: min..max with a margin; one value sits in the middle.
  double lo = st.min, hi = st.max;
  if (hi <= lo) {
    const double pad = std::fabs(lo) > 0 ? std::fabs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  } else {
    const double pad = (hi - lo) * 0.08;
    lo -= pad;
    hi += pad;
  }
  int32_t first_day = INT32_MAX, last_day = INT32_MIN;
  for (uint32_t i = span.begin; i < span.end(); ++i)
    if (x.points[i].day != kNoDay) {
      first_day = std::min(first_day, x.points[i].day);
      last_day = std::max(last_day, x.points[i].day);
    }
  const std::string top = format_value(st.max, unit, l.kind), bottom = format_value(st.min, unit, l.kind);
  auto y_of = [&](double v) { return float(y1 - (v - lo) / (hi - lo) * double(y1 - y0 - 8) - 4); };
  dl->AddText(ImVec2(p0.x, y_of(st.max) - text_h / 2), dim, top.c_str());
  if (st.max > st.min) dl->AddText(ImVec2(p0.x, y_of(st.min) - text_h / 2), dim, bottom.c_str());
  dl->AddLine(ImVec2(x0, y1), ImVec2(x1 + 12, y1), axis);
  auto x_of = [&](int32_t day) {
    if (day == kNoDay) return x1 + 12 + undated_w / 2;
    if (last_day <= first_day) return (x0 + x1) / 2;
    return x0 + 12 + float(day - first_day) / float(last_day - first_day) * (x1 - x0 - 12);
  };
  if (first_day <= last_day) {
    const std::string a = day_string(first_day), b = day_string(last_day);
    dl->AddText(ImVec2(x0 + 4, y1 + 2), dim, a.c_str());
    if (last_day > first_day) dl->AddText(ImVec2(x1 - ImGui::CalcTextSize(b.c_str()).x + 12, y1 + 2), dim, b.c_str());
  }
  if (any_undated) {
    if (st.dated) dl->AddLine(ImVec2(x1 + 12, y0), ImVec2(x1 + 12, y1), axis);
    dl->AddText(ImVec2(x1 + 12 + (undated_w - ImGui::CalcTextSize("undated").x) / 2, y1 + 2), dim, "undated");
  }
  // The median as a dashed reference, so a source far from the others stands out.
  if (st.values > 1)
    for (float xx = x0; xx < x1 + 12; xx += 8) dl->AddLine(ImVec2(xx, y_of(st.median)), ImVec2(xx + 4, y_of(st.median)), axis);
  // Dated points joined in date order.
  ImVec2 prev;
  bool have_prev = false;
  for (uint32_t i = span.begin; i < span.end(); ++i) {
    const LedgerPoint& p = x.points[i];
    if (p.day == kNoDay) continue;
    const ImVec2 at(x_of(p.day), y_of(p.value));
    if (have_prev) dl->AddLine(prev, at, point, 1.5f);
    prev = at;
    have_prev = true;
  }
  const float r = 5;
  int undated_seen = 0;
  for (uint32_t i = span.begin; i < span.end(); ++i) {
    const LedgerPoint& p = x.points[i];
    ImVec2 at(x_of(p.day), y_of(p.value));
    if (p.day == kNoDay) at.x += float((undated_seen++ % 5) - 2) * 7;  // side by side, not on top of each other
    ImGui::SetCursorScreenPos(ImVec2(at.x - r - 2, at.y - r - 2));
    ImGui::PushID(int(i));
    if (ImGui::InvisibleButton("##point", ImVec2(2 * r + 4, 2 * r + 4))) select_point(out, p.figure);
    if (int(i - span.begin) < kPublishedRows) ui.publish("ledger_point_" + std::to_string(i - span.begin));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    const bool selected = s.selection.active && s.selection.kind == ItemKind::figure && s.selection.index == p.figure;
    dl->AddCircleFilled(at, selected || hovered ? r + 1.5f : r, selected ? chosen : p.conflict ? off : point);
    if (selected) dl->AddCircle(at, r + 4, text, 0, 1.5f);
    if (hovered) {
      const Figure& f = c.figures[p.figure];
      const Article& a = c.articles[f.article];
      ImGui::SetTooltip("%s (%s)\n%s\n%s%s", std::string(c.str(f.text)).c_str(),
                        format_value(p.value, unit, l.kind).c_str(), std::string(c.str(a.title)).c_str(),
                        p.day == kNoDay ? "undated" : day_string(p.day).c_str(),
                        p.conflict ? "\ndisagrees with another source's value" : "");
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(p0.x, p0.y + height));
  ImGui::Dummy(ImVec2(width, 1));
}

void draw_points(const Session& s, Intents& out, size_t row) {
  const Corpus& c = s.corpus;
  const LedgerRows& x = s.ledger_rows;
  const LedgerLine& l = s.ledger_index.line(x.lines[row]);
  const Range span = x.spans[row];
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##ledger_points", 4, flags, ImVec2(0, std::max(ImGui::GetContentRegionAvail().y, 60.f))))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed, 130);
  ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, 90);
  ImGui::TableSetupColumn("As written", ImGuiTableColumnFlags_WidthFixed, 150);
  ImGui::TableSetupColumn("Article", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  std::string value;
  for (uint32_t i = span.begin; i < span.end(); ++i) {
    const LedgerPoint& p = x.points[i];
    const Figure& f = c.figures[p.figure];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::PushID(int(i));
    const bool selected = s.selection.active && s.selection.kind == ItemKind::figure && s.selection.index == p.figure;
    if (ImGui::Selectable("##point_row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
      select_point(out, p.figure);
    ImGui::SameLine(0, 0);
    value = format_value(p.value, c.str(l.unit), l.kind);
    if (p.conflict) {
      ImGui::TextColored(theme_colors().error, "%s !", value.c_str());
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Another article within %d days gives a value more than %.0f%% apart",
                                                    kDisagreeDays, kDisagreeRatio * 100);
    } else {
      cell_text(value);
    }
    ImGui::TableNextColumn();
    if (p.day == kNoDay) ImGui::TextDisabled("undated");
    else ImGui::TextUnformatted(day_string(p.day).c_str());
    ImGui::TableNextColumn();
    cell_text(c.str(f.text));
    ImGui::TableNextColumn();
    cell_text(c.str(c.articles[f.article].title));
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void draw_ledger(const Session& s, Ui& ui, Intents& out) {
  const LedgerRows& x = s.ledger_rows;
  if (x.lines.empty()) {
    if (s.corpus.figures.empty()) {
      ImGui::TextWrapped("%s", session::why_empty(s, ItemKind::figure).c_str());
    } else if (s.panels[int(ItemKind::figure)].rows.empty()) {
      ImGui::TextWrapped("%s", session::why_empty(s, ItemKind::figure).c_str());
    } else {
      ImGui::TextWrapped("No figure in view has a subject, so none can be lined up.");
    }
    return;
  }
  size_t in_lines = 0, several = 0, disagree = 0;
  for (const LedgerStats& st : x.stats) {
    in_lines += st.values;
    several += st.values > 1;
    disagree += st.disagree;
  }
  ImGui::TextDisabled("%s lines from %s figures; %s with more than one value, %s where sources disagree",
                      group_thousands(x.lines.size()).c_str(), group_thousands(in_lines).c_str(),
                      group_thousands(several).c_str(), group_thousands(disagree).c_str());
  const int64_t selected_row = session::selected_ledger_row(s);
  const float avail = ImGui::GetContentRegionAvail().y;
  const float detail_min = kChartHeight + ImGui::GetTextLineHeightWithSpacing() * 5;
  const float rows_h = (float(x.lines.size()) + 1.5f) * ImGui::GetTextLineHeightWithSpacing() + 8;
  draw_lines(s, ui, out, selected_row, std::max(80.f, std::min({rows_h, avail * 0.45f, avail - detail_min})));
  const size_t row = selected_row >= 0 ? size_t(selected_row) : 0;
  const LedgerLine& l = s.ledger_index.line(x.lines[row]);
  const LedgerStats& st = x.stats[row];
  ImGui::Separator();
  ImGui::TextWrapped("%s", l.label.c_str());
  const std::string_view unit = s.corpus.str(l.unit);
  std::string about = st.values > 1 ? std::to_string(st.values) + " values in " + std::to_string(st.articles) +
                                          " articles, median " + format_value(st.median, unit, l.kind) + ", spread " +
                                          spread_text(st) + (st.disagree ? "; sources disagree (red)" : "")
                                    : std::string("one value so far");
  if (selected_row < 0) about += ". The first line: select a line or a point to open its sentence.";
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", about.c_str());
  ImGui::PopStyleColor();
  draw_chart(s, ui, out, row);
  draw_points(s, out, row);
}

[[maybe_unused]] const bool registered = register_panel({
    "ledger", "Ledger", std::nullopt, 4,
    [](const Session& s, Ui& ui, Intents& out) { draw_ledger(s, ui, out); },
    [](const Session& s) { return s.ledger; },
    [](Intents& out) { out.show_ledger = true; },
});

}  // namespace
}  // namespace ae::app
