// timeline.cpp: see timeline.h. The chart is one invisible button: a press picks the first bucket, the drag
// extends the range, the release sets the filter (set_filters with the query's date bounds replaced). Buckets in
// the current range are drawn in the active colour; hovering shows a bucket's label and count.
#include "app/timeline.h"

#include "core/dates.h"

#include "imgui.h"

#include <algorithm>
#include <string>

namespace ae::app {
namespace {

struct TimelineState {  // the drag in progress (the widget's own state, as each view keeps its own)
  bool dragging = false;
  size_t from = 0, to = 0;
};

size_t bucket_at(const Timeline& t, float x, float x0, float width) {
  const float f = std::clamp((x - x0) / std::max(width, 1.f), 0.f, 0.9999f);
  return std::min(t.counts.size() - 1, size_t(f * float(t.counts.size())));
}

}  // namespace

void draw_timeline(const Session& s, Ui& ui, Intents& out) {
  static TimelineState st;
  const Timeline& t = s.timeline;
  const Query& q = s.query;
  if (t.counts.empty()) {
    if (!s.corpus.articles.empty()) ImGui::TextDisabled("Published: no article has a date");
    return;
  }
  ImGui::TextDisabled("Published (per %s)", std::string(t.unit_name()).c_str());
  const float width = ImGui::GetContentRegionAvail().x, height = ImGui::GetFontSize() * 3;
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##timeline", ImVec2(width, height));
  ui.publish("timeline");
  const bool hovered = ImGui::IsItemHovered();
  const float mx = ImGui::GetIO().MousePos.x;
  if (ImGui::IsItemActivated()) {
    st.dragging = true;
    st.from = st.to = bucket_at(t, mx, p0.x, width);
  }
  if (st.dragging && ImGui::IsItemActive()) st.to = bucket_at(t, mx, p0.x, width);
  if (st.dragging && ImGui::IsItemDeactivated()) {
    st.dragging = false;
    const size_t a = std::min(st.from, st.to), b = std::max(st.from, st.to);
    out.set_filters = true;
    out.filters = q;
    out.filters.date_from = t.bucket_from(a);
    out.filters.date_to = t.bucket_to(b);
  }

  // Which buckets are in the range shown: the drag in progress, else the query's range.
  size_t lo = 1, hi = 0;  // empty
  if (st.dragging) {
    lo = std::min(st.from, st.to);
    hi = std::max(st.from, st.to);
  } else if (!q.date_from.empty() || !q.date_to.empty()) {
    const DayRange r = day_range(q.date_from, q.date_to);
    lo = r.first == kNoDay ? 0 : (r.first > t.last_day ? t.counts.size() : t.bucket_of(std::max(r.first, t.first_day)));
    hi = r.last == kNoDay ? t.counts.size() - 1 : (r.last < t.first_day ? 0 : t.bucket_of(std::min(r.last, t.last_day)));
    if (r.last != kNoDay && r.last < t.first_day) lo = 1, hi = 0;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const uint32_t peak = std::max<uint32_t>(1, *std::max_element(t.counts.begin(), t.counts.end()));
  const float bw = width / float(t.counts.size());
  const ImU32 on = ImGui::GetColorU32(ImGuiCol_ButtonActive), off = ImGui::GetColorU32(ImGuiCol_FrameBgHovered),
              base = ImGui::GetColorU32(ImGuiCol_FrameBg);
  dl->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + height), base);
  for (size_t b = 0; b < t.counts.size(); ++b) {
    if (!t.counts[b]) continue;
    const float h = std::max(2.f, height * float(t.counts[b]) / float(peak));
    const float x0 = p0.x + bw * float(b), x1 = std::max(x0 + 1.f, x0 + bw - (bw > 3 ? 1.f : 0.f));
    dl->AddRectFilled(ImVec2(x0, p0.y + height - h), ImVec2(x1, p0.y + height), b >= lo && b <= hi ? on : off);
  }
  if (hovered && !st.dragging) {
    const size_t b = bucket_at(t, mx, p0.x, width);
    ImGui::SetTooltip("%s: %s article%s", t.bucket_from(b).c_str(), std::to_string(t.counts[b]).c_str(),
                      t.counts[b] == 1 ? "" : "s");
  }
  ImGui::TextDisabled("%s", t.bucket_from(0).c_str());
  const std::string last = t.bucket_to(t.counts.size() - 1);
  ImGui::SameLine(std::max(0.f, ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(last.c_str()).x));
  ImGui::TextDisabled("%s", last.c_str());
  if (!q.date_from.empty() || !q.date_to.empty()) {
    ImGui::Text("%s .. %s", q.date_from.empty() ? "start" : q.date_from.c_str(), q.date_to.empty() ? "end" : q.date_to.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("All dates")) {
      out.set_filters = true;
      out.filters = q;
      out.filters.date_from.clear();
      out.filters.date_to.clear();
    }
    ui.publish("timeline_clear");
  } else if (t.undated) {
    ImGui::TextDisabled("%s undated article%s", std::to_string(t.undated).c_str(), t.undated == 1 ? "" : "s");
  }
}

}  // namespace ae::app
