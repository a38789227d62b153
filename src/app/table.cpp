// table.cpp: what the four panel tables share: the table frame with sortable headers kept in step with the
// app's sort (a link may set it), the empty state that says why a panel is empty, and published rectangles.
#include "app/app.h"

#include "imgui.h"
#include "imgui_internal.h"  // TableSetColumnSortDirection: push a sort restored from a link into the header

#include <cstdio>

namespace ae::app {

void publish_rect(App& app, std::string name) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  app.rects.push_back({std::move(name), {a.x, a.y, b.x, b.y}});
}

void publish_row_rect(App& app, Panel kind, uint32_t item) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  if (b.y < ImGui::GetWindowPos().y || a.y > ImGui::GetWindowPos().y + ImGui::GetWindowSize().y) return;  // clipped
  app.row_rects.push_back({std::string(app.corpus.str(app.corpus.item_id(kind, item))), {a.x, a.y, b.x, b.y}});
}

bool begin_panel_table(App& app, Panel kind, const Column* columns, int count, Intents& out, float reserve_bottom) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuterH |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Hideable;
  ImVec2 size(0, -reserve_bottom);
  if (!ImGui::BeginTable(panel_name(kind), count, flags, size)) return false;
  for (int c = 0; c < count; ++c) {
    const float w = columns[c].width;
    ImGuiTableColumnFlags cf = w > 0 ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
    if (columns[c].sort == ae::SortColumn::none) cf |= ImGuiTableColumnFlags_NoSort;
    // An "Article" column says nothing while the corpus has a single article.
    if (columns[c].sort == ae::SortColumn::article && app.corpus.articles.size() < 2) cf |= ImGuiTableColumnFlags_Disabled;
    ImGui::TableSetupColumn(columns[c].label, cf, w > 0 ? w : (w < 0 ? -w : 1.f), ImGuiID(columns[c].sort));
  }
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableHeadersRow();

  PanelRows& pr = app.panels[int(kind)];
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
    if (app.sort_from_app[int(kind)]) {  // the app's sort wins (restored from a link): show it in the header
      for (int c = 0; c < count; ++c) {
        ImGuiSortDirection dir = ImGuiSortDirection_None;
        if (columns[c].sort == pr.sort.column && pr.sort.column != ae::SortColumn::none)
          dir = pr.sort.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending;
        if (columns[c].sort != ae::SortColumn::none) ImGui::TableSetColumnSortDirection(c, dir, false);
      }
      app.sort_from_app[int(kind)] = false;
      specs->SpecsDirty = false;
    } else if (specs->SpecsDirty) {  // the user clicked a header
      ae::Sort s;
      if (specs->SpecsCount > 0) {
        s.column = ae::SortColumn(specs->Specs[0].ColumnUserID);
        s.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
      }
      if (!(s == pr.sort)) {
        out.set_sort = true;
        out.sort_panel = kind;
        out.sort = s;
      }
      specs->SpecsDirty = false;
    }
  }
  return true;
}

void end_panel_table() { ImGui::EndTable(); }

void cell_text(std::string_view text) {
  const char* b = text.data();
  const char* e = b + text.size();
  ImGui::TextUnformatted(b, e);
  if (ImGui::IsItemHovered() && ImGui::CalcTextSize(b, e).x > ImGui::GetColumnWidth()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(b, e);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

std::string why_empty(const App& app, Panel kind) {
  const char* noun = panel_name(kind);
  switch (app.corpus_download.phase) {
    case Download::Phase::idle:
    case Download::Phase::loading: {
      char buf[128];
      if (app.corpus_download.total > 0)
        std::snprintf(buf, sizeof buf, "Loading articles… %.0f%%", 100.0 * app.corpus_download.loaded / app.corpus_download.total);
      else
        std::snprintf(buf, sizeof buf, "Loading articles…");
      return buf;
    }
    case Download::Phase::failed: return std::string("No ") + noun + ": the corpus failed to load (see the message above).";
    case Download::Phase::done: break;
  }
  const Stream& st = app.stream;
  if (!st.complete() && app.corpus.item_count(kind) == 0) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "Loading articles… %llu of %llu (%.0f%%); %s appear as they arrive.",
                  (unsigned long long)st.articles_loaded, (unsigned long long)st.manifest.articles, 100 * st.fraction(), noun);
    return buf;
  }
  if (app.corpus.articles.empty()) return "The corpus has no articles. Drop an article JSON file on the page to open one.";
  if (app.corpus.item_count(kind) == 0) return std::string("The corpus has no ") + noun + ".";
  // Filters exclude everything: say which.
  std::string why = std::string("No ") + noun + (st.complete() ? "" : " loaded so far") + " match";
  bool first = true;
  auto clause = [&](const std::string& text) {
    why += first ? " " : " and ";
    why += text;
    first = false;
  };
  if (!app.query.topics.empty()) {
    std::string t = app.query.topics.size() == 1 ? "topic " : "topics ";
    for (size_t i = 0; i < app.query.topics.size(); ++i) {
      if (i) t += " or ";
      t += app.corpus.str(app.corpus.topics[app.query.topics[i]].label);
    }
    clause(t);
  }
  if (!app.query.text.empty()) clause("\"" + app.query.text + "\"");
  if (kind == Panel::figure && app.query.figure_kinds) {
    std::string k = "kind ";
    bool any = false;
    for (int f = 0; f < 4; ++f)
      if (app.query.figure_kinds & (1u << f)) {
        if (any) k += " or ";
        k += to_string(ae::FigureKind(f));
        any = true;
      }
    clause(k);
  }
  if (app.query.article >= 0 && size_t(app.query.article) < app.corpus.articles.size())
    clause("in the article \"" + std::string(app.corpus.str(app.corpus.articles[size_t(app.query.article)].title)) + "\"");
  if (first) return std::string("No ") + noun + " to show.";
  return why + ".";
}

bool draw_empty_state(const App& app, Panel kind) {
  if (!app.panels[int(kind)].rows.empty()) return false;
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", why_empty(app, kind).c_str());
  ImGui::PopTextWrapPos();
  return true;
}

}  // namespace ae::app
