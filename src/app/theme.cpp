// theme.cpp: see theme.h. ImGui's own light and dark styles, with the colours that fell short of WCAG AA
// contrast (4.5:1) for text darkened or lightened: disabled text (used for labels and counts, not only for
// disabled items) and the light theme's buttons, headers and tabs under text.
#include "app/theme.h"

#include <cstdio>

namespace ae::app {

namespace {
bool g_light = false;
ThemeColors g_colors;

void shape() {  // the explorer's geometry, the same in both themes
  ImGuiStyle& s = ImGui::GetStyle();
  s.WindowRounding = 4;
  s.ChildRounding = 4;
  s.FrameRounding = 3;
  s.TabRounding = 3;
  s.FramePadding = ImVec2(8, 4);
  s.ItemSpacing = ImVec2(8, 6);
  s.CellPadding = ImVec2(6, 3);
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 1;
}
}  // namespace

void apply_theme(bool light) {
  g_light = light;
  ImVec4* c = ImGui::GetStyle().Colors;
  if (light) {
    ImGui::StyleColorsLight();
    c[ImGuiCol_Text] = ImVec4(0.08f, 0.08f, 0.10f, 1);
    c[ImGuiCol_TextDisabled] = ImVec4(0.36f, 0.36f, 0.38f, 1);   // was 0.60: 2.6:1 on the window
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.97f, 1);
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.90f, 0.90f, 0.91f, 1);
    c[ImGuiCol_FrameBg] = ImVec4(0.92f, 0.93f, 0.95f, 1);
    c[ImGuiCol_Button] = ImVec4(0.80f, 0.87f, 0.97f, 1);        // opaque pale blue: the text stays dark on it
    c[ImGuiCol_ButtonHovered] = ImVec4(0.70f, 0.81f, 0.96f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.62f, 0.76f, 0.95f, 1);
    c[ImGuiCol_Header] = ImVec4(0.78f, 0.86f, 0.97f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.70f, 0.81f, 0.96f, 1);
    c[ImGuiCol_HeaderActive] = ImVec4(0.62f, 0.76f, 0.95f, 1);
    c[ImGuiCol_Tab] = ImVec4(0.84f, 0.88f, 0.94f, 1);
    c[ImGuiCol_TabHovered] = ImVec4(0.70f, 0.81f, 0.96f, 1);
    c[ImGuiCol_TabActive] = ImVec4(0.74f, 0.83f, 0.97f, 1);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.88f, 0.89f, 0.92f, 1);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0, 0, 0, 0.04f);
    g_colors.error = ImVec4(0.70f, 0.10f, 0.08f, 1);
    g_colors.notice = ImVec4(0.08f, 0.42f, 0.12f, 1);
    g_colors.link_notice_bg = ImVec4(1.0f, 0.93f, 0.70f, 1);
    g_colors.sentence_bg = IM_COL32(150, 185, 245, 140);
    g_colors.match_bg = IM_COL32(250, 205, 80, 200);
    g_colors.mention_bg = IM_COL32(140, 215, 150, 170);
    g_colors.clear = ImVec4(0.97f, 0.97f, 0.97f, 1);
  } else {
    ImGui::StyleColorsDark();
    c[ImGuiCol_TextDisabled] = ImVec4(0.60f, 0.60f, 0.62f, 1);  // was 0.50: 4.3:1 on a framed child
    c[ImGuiCol_ButtonActive] = ImVec4(0.10f, 0.40f, 0.80f, 1);  // a chosen topic chip: was 3.6:1 under white text
    g_colors.error = ImVec4(1, 0.45f, 0.4f, 1);
    g_colors.notice = ImVec4(0.55f, 0.85f, 0.55f, 1);
    g_colors.link_notice_bg = ImVec4(0.35f, 0.28f, 0.1f, 0.6f);
    g_colors.sentence_bg = IM_COL32(70, 90, 140, 110);
    g_colors.match_bg = IM_COL32(210, 160, 40, 150);
    g_colors.mention_bg = IM_COL32(90, 160, 100, 140);
    g_colors.clear = ImVec4(0.11f, 0.11f, 0.12f, 1);
  }
  shape();
}

bool theme_is_light() { return g_light; }
const ThemeColors& theme_colors() { return g_colors; }

std::string theme_json() {
  const ImVec4* c = ImGui::GetStyle().Colors;
  std::string s = ",\"theme\":{\"name\":\"";
  s += g_light ? "light" : "dark";
  s += '"';
  char buf[160];
  auto add = [&](const char* name, const ImVec4& v) {
    std::snprintf(buf, sizeof buf, ",\"%s\":[%.3f,%.3f,%.3f,%.3f]", name, v.x, v.y, v.z, v.w);
    s += buf;
  };
  add("text", c[ImGuiCol_Text]);
  add("textDisabled", c[ImGuiCol_TextDisabled]);
  add("windowBg", c[ImGuiCol_WindowBg]);
  add("childBg", c[ImGuiCol_ChildBg]);
  add("menuBarBg", c[ImGuiCol_MenuBarBg]);
  add("frameBg", c[ImGuiCol_FrameBg]);
  add("button", c[ImGuiCol_Button]);
  add("buttonActive", c[ImGuiCol_ButtonActive]);
  add("header", c[ImGuiCol_Header]);
  add("tab", c[ImGuiCol_Tab]);
  add("tabActive", c[ImGuiCol_TabActive]);
  add("tableHeaderBg", c[ImGuiCol_TableHeaderBg]);
  add("error", g_colors.error);
  add("notice", g_colors.notice);
  s += '}';
  return s;
}

}  // namespace ae::app
