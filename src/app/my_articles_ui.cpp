// my_articles_ui.cpp: the "My articles" block at the foot of the sidebar (issue 14): the Paste article button,
// the switch between My articles and the default articles, and what happened to each file added. The work is in
// src/session/my_articles.cpp; this only draws it and emits intents.
#include "app/app.h"
#include "app/platform.h"

#include "imgui.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace ae::app {
namespace {
// 1.5 KiB, 3.2 MiB, 2.1 GiB: powers of 1024, named so, as the rest of the page says sizes (issue 17).
std::string format_bytes(double bytes) {
  const char* units[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
  int u = 0;
  while (bytes >= 1024.0 && u < 4) {
    bytes /= 1024.0;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u ? "%.1f %s" : "%.0f %s", bytes, units[u]);
  return buf;
}
}  // namespace

void draw_my_articles(App& app, Intents& out) {
  const Session& s = app.session;
  const session::MyArticles& m = s.mine;
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextUnformatted("My articles");
  ImGui::SameLine();
  ImGui::TextDisabled("(%zu)", m.corpus.articles.size());
  if (ImGui::Button("Paste article…", ImVec2(-1, 0))) platform::open_paste_box();
  app.ui.publish("mine_paste");
  if (!m.corpus.articles.empty()) {
    // The list, each with its remove button (at most 8 lines tall; it scrolls).
    const Corpus& c = m.corpus;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float h = std::min<float>(float(c.articles.size()), 8.f) * line + ImGui::GetStyle().WindowPadding.y;
    if (ImGui::BeginChild("mine_list", ImVec2(-1, h), false)) {
      for (uint32_t a = 0; a < c.articles.size(); ++a) {
        ImGui::PushID(int(a));
        const std::string id(c.str(c.articles[a].id));
        if (ImGui::SmallButton("x")) out.remove_mine = int(a);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove from My articles");
        app.ui.publish("mine_remove:" + id);
        ImGui::SameLine();
        ImGui::TextUnformatted(std::string(c.str(c.articles[a].title)).c_str());
        ImGui::PopID();
      }
    }
    ImGui::EndChild();
    if (ImGui::Button("Export as article JSON", ImVec2(-1, 0))) out.export_mine = true;
    app.ui.publish("mine_export");
    if (m.keep_error.empty()) {
      ImGui::TextDisabled("Kept in this browser: %s", format_bytes(double(m.kept_bytes)).c_str());
      if (m.storage_quota > 0 && ImGui::IsItemHovered())  // the browser's own estimate, for the whole site
        ImGui::SetTooltip("This site uses %s of the %s this browser allows it",
                          format_bytes(m.storage_usage).c_str(), format_bytes(m.storage_quota).c_str());
      if (m.storage_quota > 0 && m.storage_usage > 0.8 * m.storage_quota)
        ImGui::TextDisabled("Storage is %.0f%% full: export My articles to keep a copy",
                            100.0 * m.storage_usage / m.storage_quota);
    }
    if (m.showing) {
      // Part 5: My articles live in this browser, so a plain link to them opens nowhere else. The reader's article
      // can travel inside the link when it packs small enough; otherwise the export is the way to send it.
      using Phase = session::LinkShare::Phase;
      const session::LinkShare& sh = m.share;
      if (sh.phase == Phase::ready) {
        if (ImGui::Button("Copy link with the article", ImVec2(-1, 0))) out.copy_link_with_article = true;
        if (ImGui::IsItemHovered())
          ImGui::SetTooltip("A link that carries the article in the reader (%zu characters packed), so it opens in "
                            "any browser", sh.packed_chars);
        app.ui.publish("mine_copy_link_article");
      } else if (sh.phase == Phase::too_large) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("This article is too large to travel in a link (%zu characters packed; a link holds "
                           "%zu). Send it with Export as article JSON.",
                           sh.packed_chars, session::kMaxLinkArticleChars);
        ImGui::PopStyleColor();
      } else if (sh.phase == Phase::failed) {
        ImGui::TextDisabled("No link with the article: %s", sh.error.c_str());
      }
      if (ImGui::Button("Show default articles", ImVec2(-1, 0))) out.show_mine = 0;
      app.ui.publish("mine_default");
    } else {
      if (ImGui::Button("Show my articles", ImVec2(-1, 0))) out.show_mine = 1;
      app.ui.publish("mine_show");
    }
  }
  if (m.messages.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Drop .txt, .md or saved .html pages anywhere on the page, or choose them with Open…. "
                       "They are read here, in your browser; nothing is uploaded.");
    ImGui::PopStyleColor();
    return;
  }
  // The newest lines, most recent last; a file that could not be used is in the warning colour.
  const size_t first = m.messages.size() > 6 ? m.messages.size() - 6 : 0;
  for (size_t i = first; i < m.messages.size(); ++i) {
    const std::string& line = m.messages[i];
    const bool bad = line.find(": could not be used") != std::string::npos;
    if (bad) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.62f, 0.35f, 1.0f));
    ImGui::TextWrapped("%s", line.c_str());
    if (bad) ImGui::PopStyleColor();
  }
  if (first) ImGui::TextDisabled("(%zu earlier)", first);
  if (ImGui::SmallButton("Clear messages")) out.clear_mine_messages = true;
  app.ui.publish("mine_clear");
}

}  // namespace ae::app
