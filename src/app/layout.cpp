// layout.cpp: phones, tablets and zoom (issue 15, part 5). At 390 CSS px the three-column layout gave the table
// about 25 px per column, the tabs shrank to single letters and touch drags pressed rows instead of scrolling.
// Below kCompactWidth CSS px (a phone, a narrow window, 200 % zoom of a laptop screen) one pane shows at a time,
// chosen in the menu bar (Filters | Table | Reader); the menu bar's other items fold into one "Menu"; the panels'
// tabs become buttons that wrap instead of shrinking. With a compact layout or a finger (any-pointer: coarse)
// buttons, tabs, chips and table rows are at least 40 CSS px tall. A touch drag scrolls the window under the finger
// (platform_web.cpp sends it here; momentum is the page's); a tap is a click.
//
// The layout is decided from the canvas's CSS size each frame, so a resize, a browser zoom or a DPR change (each
// wakes the app) re-lays out on the next frame.
#include "app/app.h"
#include "app/panels.h"
#include "app/theme.h"
#include "core/format.h"

#include "imgui.h"
#include "imgui_internal.h"  // SetScrollY(ImGuiWindow*), HoveredWindow: a touch drag scrolls the window under it

#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ae::app {

namespace {

constexpr float kTarget = 40;  // CSS px: the smallest touch target (WCAG 2.5.5 asks 44, Material 48; 40 fits 390 px)

const char* pane_name(App::Pane p) {
  switch (p) {
    case App::Pane::filters: return "filters";
    case App::Pane::table: return "table";
    case App::Pane::reader: return "reader";
  }
  return "table";
}

// A button drawn pressed when `on` (the pane switcher, the compact tabs).
bool toggle_button(const char* label, bool on, ImVec2 size = ImVec2(0, 0)) {
  if (on) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  } else {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered));
  }
  const bool pressed = ImGui::Button(label, size);
  ImGui::PopStyleColor(2);
  return pressed;
}

}  // namespace

void update_layout(App& app) {
  int w = 0, h = 0;
  SDL_GetWindowSize(app.window, &w, &h);
  const bool compact = w > 0 && float(w) < kCompactWidth;
  if (compact != app.compact) ++app.session.sort_pushed;  // the tables are new ImGui tables: show the sort again
  app.compact = compact;
  app.big_targets = compact || platform::coarse_pointer();
  // The explorer's geometry (theme.cpp's shape()), grown for fingers: a frame (button, tab, chip, field, menu
  // bar) is the font plus twice FramePadding.y tall, a table row the font plus twice CellPadding.y.
  ImGuiStyle& st = ImGui::GetStyle();
  const float font = app.font_css_px;
  const float pad = app.big_targets ? std::ceil((kTarget - font) / 2) : 4;
  st.FramePadding = ImVec2(8, pad);
  st.CellPadding = ImVec2(6, app.big_targets ? pad : 3);
  st.ItemSpacing = ImVec2(8, app.big_targets ? 8 : 6);
  st.ScrollbarSize = app.big_targets ? 18 : 14;
  st.WindowPadding = ImVec2(compact ? 6 : 8, compact ? 6 : 8);
}

void apply_touch_scroll(App& app) {
  if (app.touch_dy == 0) return;
  const float dy = app.touch_dy;
  app.touch_dy = 0;
  ImGuiContext& g = *GImGui;
  // The window under the finger (the page moved the pointer there when the touch began), or the nearest
  // enclosing one that scrolls: a table's rows, the reader's text, the sidebar.
  ImGuiWindow* w = g.HoveredWindow;
  while (w && (w->ScrollMax.y <= 0 || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) &&
         (w->Flags & ImGuiWindowFlags_ChildWindow))
    w = w->ParentWindow;
  if (!w || w->ScrollMax.y <= 0) return;
  ImGui::SetScrollY(w, std::clamp(w->Scroll.y - dy, 0.f, w->ScrollMax.y));
}

void draw_compact_menu(App& app, Intents& out) {
  Ui& ui = app.ui;
  // A button and a popup rather than BeginMenu: a menu bar's menu is one text line tall, this is a 40 px target.
  const bool open = ImGui::IsPopupOpen("##compact_menu");
  if (toggle_button("Menu", open)) ImGui::OpenPopup("##compact_menu");
  ui.publish("menu");
  const ImVec2 below(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y);
  ImGui::SetNextWindowPos(below);
  if (ImGui::BeginPopup("##compact_menu")) {
    const ImVec2 item(std::min(260.f, ImGui::GetIO().DisplaySize.x - 24), kTarget);
    auto entry = [&](const char* label, const char* rect) {
      const bool pressed = ImGui::Selectable(label, false, 0, item);
      ui.publish(rect);
      return pressed;
    };
    if (entry("Open…", "open")) out.open_file = true;
    if (entry("Export view as CSV", "export_csv")) out.export_csv = true;
    if (entry("Export view as CSV for Excel", "export_csv_excel")) out.export_csv_excel = true;
    if (entry("Export view as JSON", "export_json")) out.export_json = true;
    if (entry("Copy link", "copy_link")) out.copy_link = true;
    if (entry(theme_is_light() ? "Dark theme" : "Light theme", "theme_toggle")) {
      app.theme_choice = theme_is_light() ? "dark" : "light";
      platform::save_theme(app.theme_choice);
    }
    const Session& s = app.session;
    if (!s.corpus.articles.empty()) {
      ImGui::Separator();
      ImGui::TextDisabled("%s: %s article%s", s.corpus_name.c_str(), group_thousands(s.corpus.articles.size()).c_str(),
                          s.corpus.articles.size() == 1 ? "" : "s");
    }
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  // The pane switcher: three equal buttons filling the rest of the bar.
  static const struct {
    const char* label;
    App::Pane pane;
  } kPanes[] = {{"Filters", App::Pane::filters}, {"Table", App::Pane::table}, {"Reader", App::Pane::reader}};
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x - 4;
  const float w = std::floor((avail - 2 * spacing) / 3);
  for (const auto& p : kPanes) {
    if (toggle_button(p.label, app.pane == p.pane, ImVec2(w, 0))) app.pane = p.pane;
    ui.publish(std::string("pane:") + pane_name(p.pane));
    ImGui::SameLine(0, spacing);
  }
  ImGui::NewLine();
}

void draw_compact_tabs(App& app, Intents& out) {
  const Session& s = app.session;
  Ui& ui = app.ui;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  PanelDef* shown = nullptr;
  bool first = true;
  for (PanelDef& p : panels()) {
    char label[96];
    if (p.kind) {
      bool stale = false;
      const size_t n = session::row_count(s, *p.kind, &stale);
      if (stale) std::snprintf(label, sizeof label, "%s (…)###ctab_%s", p.title.c_str(), p.id.c_str());
      else std::snprintf(label, sizeof label, "%s (%s)###ctab_%s", p.title.c_str(), group_thousands(n).c_str(), p.id.c_str());
    } else {
      std::snprintf(label, sizeof label, "%s###ctab_%s", p.title.c_str(), p.id.c_str());
    }
    const bool on = p.kind ? app.compact_panel.empty() && *p.kind == s.panel : app.compact_panel == p.id;
    const float w = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2;
    if (!first) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();  // wrap rather than shrink to letters
    }
    first = false;
    if (toggle_button(label, on)) {
      if (p.kind) {
        app.compact_panel.clear();
        if (*p.kind != s.panel) {
          out.set_panel = true;
          out.panel = *p.kind;
        }
      } else {
        app.compact_panel = p.id;
      }
    }
    ui.publish("tab_" + p.id);
    if (on) shown = &p;
  }
  ImGui::Spacing();
  if (!shown) return;
  ImGui::PushID(shown->id.c_str());
  shown->draw(s, ui, out);
  ImGui::PopID();
}

std::string elide(std::string_view text, float width) {
  const char* b = text.data();
  const char* e = b + text.size();
  if (ImGui::CalcTextSize(b, e).x <= width) return std::string(text);
  const float room = width - ImGui::CalcTextSize("…").x;
  ImFont* font = ImGui::GetFont();
  const char* cut = room > 0 ? font->CalcWordWrapPositionA(ImGui::GetFontSize() / font->FontSize, b, e, room) : b;
  // CalcWordWrapPositionA breaks at a word where it can; a single long word breaks by characters.
  while (cut > b && ImGui::CalcTextSize(b, cut).x > room) --cut;
  while (cut > b && (cut[-1] == ' ' || cut[-1] == ',')) --cut;
  while (cut > b && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  return std::string(b, cut) + "…";
}

std::string layout_json(const App& app) {
  char buf[160];
  std::snprintf(buf, sizeof buf, ",\"layout\":{\"compact\":%s,\"pane\":\"%s\",\"bigTargets\":%s}",
                app.compact ? "true" : "false", app.compact ? pane_name(app.pane) : "all",
                app.big_targets ? "true" : "false");
  return buf;
}

}  // namespace ae::app
