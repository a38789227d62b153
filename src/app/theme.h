// theme.h: light and dark (issue 15, part 6). The explorer follows prefers-color-scheme unless the user picked a
// theme with the menu bar's toggle, which the browser remembers (platform::save_theme). Every colour the app
// draws with, beyond ImGui's style, comes from here, so both themes keep text at 4.5:1 or more (WCAG AA,
// tests/browser/platform.test.mjs measures the published colours).
#pragma once

#include "imgui.h"

#include <string>

namespace ae::app {

struct ThemeColors {
  ImVec4 error;          // error headings
  ImVec4 notice;         // the menu bar's confirmation line
  ImVec4 link_notice_bg;  // the "this link was applied as far as it was valid" box
  ImU32 sentence_bg, match_bg, mention_bg;  // reader highlights (under the text colour)
  ImVec4 clear;          // behind every window
};

void apply_theme(bool light);  // ImGui's style colours and the table below
bool theme_is_light();
const ThemeColors& theme_colors();
// ,"theme":{"name":"light","text":[r,g,b,a],…}: the colours text is drawn on, for the contrast test.
std::string theme_json();

}  // namespace ae::app
