// sidebar.cpp: the filter sidebar: search box, topic chips with facet counts, figure kinds, article selector,
// clear filters. Emits intents only; the query engine in src/core does the filtering.
#include "app/app.h"
#include "app/organisation_facet.h"
#include "app/timeline.h"
#include "core/format.h"

#include "imgui.h"
#include "imgui_internal.h"  // ClearActiveID: the DOM input let go of the field (issue 15)

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace ae::app {

static bool chip(const char* label, bool on, bool dim) {
  if (on) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  } else {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered));
  }
  if (dim) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * 0.55f);
  bool pressed = ImGui::Button(label);
  if (dim) ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  return pressed;
}

// Issue 15: the DOM <input> over the active field owns the text (paste, IME, browser undo); each frame the
// field takes its committed value here, inside ImGui's edit state, so ImGui keeps its own caret in step.
static int take_overlay_text(ImGuiInputTextCallbackData* d) {
  App& app = *static_cast<App*>(d->UserData);
  if (!app.text_pending) return 0;
  app.text_pending = false;
  const std::string& t = app.text_in;
  const size_t n = std::min(t.size(), size_t(d->BufSize - 1));
  d->DeleteChars(0, d->BufTextLen);
  d->InsertChars(0, t.data(), t.data() + n);
  d->SelectionStart = std::clamp(app.text_sel0, 0, int(n));
  d->CursorPos = d->SelectionEnd = std::clamp(app.text_sel1, 0, int(n));
  return 0;
}

static void draw_search(App& app, Intents& out) {
  // ImGui 1.86's core InputText edits a char buffer; app.search_buffer mirrors the session's query text.
  const Session& s = app.session;
  char* buffer = app.search_buffer;
  static const char* kHint = "Search names, roles, captions…";
  if (std::strncmp(buffer, s.query.text.c_str(), sizeof app.search_buffer) != 0)
    std::snprintf(buffer, sizeof app.search_buffer, "%s", s.query.text.c_str());
  if (app.focus_search) {  // Ctrl+F / Cmd+F
    ImGui::SetKeyboardFocusHere();
    app.focus_search = false;
  }
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputTextWithHint("##search", kHint, buffer, sizeof app.search_buffer,
                               ImGuiInputTextFlags_CallbackAlways, take_overlay_text, &app)) {
    out.set_query = true;
    out.query = buffer;
  }
  if (ImGui::IsItemActive()) {
    Ui& ui = app.ui;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ui.text_active = true;
    ui.text_at = platform::TextOverlay{a.x, a.y, b.x, b.y, ImGui::GetFontSize(), ImGui::GetStyle().FramePadding.x};
    ui.text_value = buffer;
    ui.text_hint = kHint;
    if (app.text_done) ImGui::ClearActiveID();
  } else if (app.text_pending) {  // text that arrived after the field let go (typed, then Tab in one frame)
    app.text_pending = false;
    std::snprintf(buffer, sizeof app.search_buffer, "%s", app.text_in.c_str());
    out.set_query = true;
    out.query = buffer;
  }
  app.ui.publish("search");
}

static void draw_topics(App& app, Intents& out) {
  const Session& s = app.session;
  const Corpus& c = s.corpus;
  ImGui::TextDisabled("Topics (%s in view)", std::string(kind_info(s.panel).name).c_str());
  if (c.topics.empty()) {
    ImGui::TextDisabled("This corpus has no topics.");
    return;
  }
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  const ImGuiStyle& style = ImGui::GetStyle();
  for (uint32_t t = 0; t < c.topics.size(); ++t) {
    const bool on = std::find(s.query.topics.begin(), s.query.topics.end(), t) != s.query.topics.end();
    const uint32_t n = t < s.facet_counts.size() ? s.facet_counts[t] : 0;
    char label[160];
    std::string_view name = c.str(c.topics[t].label);
    std::snprintf(label, sizeof label, "%.*s  %s###topic%u", int(name.size()), name.data(), group_thousands(n).c_str(), t);
    const float w = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2;
    if (t > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    if (chip(label, on, n == 0 && !on)) out.toggle_topic = int(t);
    app.ui.publish("topic:" + std::string(c.str(c.topics[t].id)));
  }
}

static void draw_figure_kinds(App& app, Intents& out) {
  ImGui::TextDisabled("Figure kinds");
  for (int k = 0; k < kFigureKinds; ++k) {
    bool on = (app.session.query.figure_kinds & (1u << k)) != 0;
    std::string_view name = kFigureKindNames[k];
    if (k % 2) ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.5f + ImGui::GetStyle().WindowPadding.x);
    if (ImGui::Checkbox(std::string(name).c_str(), &on)) out.toggle_figure_kind = k;
    app.ui.publish("kind:" + std::string(name));
  }
}

static void draw_article_selector(App& app, Intents& out) {
  const Session& s = app.session;
  const Corpus& c = s.corpus;
  if (c.articles.size() < 2) return;
  ImGui::TextDisabled("Article");
  std::string preview = s.query.article >= 0 && size_t(s.query.article) < c.articles.size()
                            ? std::string(c.str(c.articles[size_t(s.query.article)].title))
                            : "All " + group_thousands(c.articles.size()) + " articles";
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##article", preview.c_str())) {
    if (ImGui::Selectable("All articles", s.query.article < 0)) {
      out.set_article = true;
      out.article = -1;
    }
    app.ui.publish("article:all");
    ImGuiListClipper clipper;  // thousands of articles cost what the visible ones cost
    clipper.Begin(int(c.articles.size()));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        ImGui::PushID(i);
        std::string_view t = c.str(c.articles[size_t(i)].title);
        if (ImGui::Selectable(std::string(t).c_str(), s.query.article == i)) {
          out.set_article = true;
          out.article = i;
        }
        app.ui.publish("article:" + std::string(c.str(c.articles[size_t(i)].id)));
        ImGui::PopID();
      }
    ImGui::EndCombo();
  }
  app.ui.publish("article");
}

void draw_sidebar(App& app, Intents& out) {
  draw_search(app, out);
  ImGui::Spacing();
  draw_topics(app, out);
  ImGui::Spacing();
  ImGui::Separator();
  draw_figure_kinds(app, out);
  ImGui::Spacing();
  draw_article_selector(app, out);
  ImGui::Spacing();
  draw_timeline(app.session, app.ui, out);
  ImGui::Spacing();
  draw_organisation_facet(app.session, app.ui, out);
  ImGui::Separator();
  ImGui::BeginDisabled(app.session.query.empty());
  if (ImGui::Button("Clear filters", ImVec2(-1, 0))) out.clear_filters = true;
  ImGui::EndDisabled();
  app.ui.publish("clear");
  draw_my_articles(app, out);
}

}  // namespace ae::app
