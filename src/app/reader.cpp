// reader.cpp: the article reader: the text of the selected item's article with its provenance highlighted
// (sentence and matched text), every mention of a selected person, and the photos and agreements a selected
// person appears in (clickable: they select that item).
//
// ImGui has no rich text, so paragraphs are laid out here: split into words and highlight boundaries, wrapped
// at the window width, drawn through the draw list with highlight backgrounds.
#include "app/app.h"
#include "app/theme.h"

#include "imgui.h"

#include <algorithm>
#include <cstdio>

namespace ae::app {

namespace {

struct Highlight {
  uint32_t begin, end;
  ImU32 colour;
};

// Lays out and draws `text` wrapped to the content width; returns the screen y of byte `focus`, or kNoFocus.
// (A screen y is negative when the line is scrolled above the window: -1 could not mean "none", and moving up
// to an earlier person or figure with the arrow keys did not scroll the reader back, issue 15.)
constexpr float kNoFocus = -FLT_MAX;
float draw_rich_paragraph(std::string_view text, const std::vector<Highlight>& hl, uint32_t focus) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float wrap = std::max(50.f, ImGui::GetContentRegionAvail().x);
  const float line_h = ImGui::GetTextLineHeight() + 2;
  const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
  float x = 0, y = 0, focus_y = kNoFocus;

  // Boundaries: every highlight edge splits a run; runs are then split at spaces for wrapping.
  auto colour_at = [&](uint32_t pos) -> ImU32 {
    ImU32 c = 0;
    for (const auto& h : hl)
      if (pos >= h.begin && pos < h.end) c = h.colour;  // later (inner) highlights win
    return c;
  };
  auto next_edge = [&](uint32_t pos) {
    uint32_t e = uint32_t(text.size());
    for (const auto& h : hl) {
      if (h.begin > pos && h.begin < e) e = h.begin;
      if (h.end > pos && h.end < e) e = h.end;
    }
    return e;
  };

  uint32_t pos = 0;
  const uint32_t n = uint32_t(text.size());
  while (pos < n) {
    // A word: up to and including the following spaces, cut at a highlight edge.
    uint32_t end = pos;
    while (end < n && text[end] != ' ') ++end;
    while (end < n && text[end] == ' ') ++end;
    end = std::min(end, next_edge(pos));
    const char* b = text.data() + pos;
    const char* e = text.data() + end;
    float w = font->CalcTextSizeA(size, FLT_MAX, 0, b, e).x;
    if (x > 0 && x + w > wrap) {  // wrap before this word (trailing spaces may overhang)
      float w_trim = font->CalcTextSizeA(size, FLT_MAX, 0, b, e - (e > b && e[-1] == ' ' ? 1 : 0)).x;
      if (x + w_trim > wrap) {
        x = 0;
        y += line_h;
      }
    }
    if (x == 0 && w > wrap) {  // a single word longer than a line: hard-break by characters
      const char* cut = font->CalcWordWrapPositionA(size / font->FontSize, b, e, wrap);
      if (cut <= b) cut = b + 1;
      end = uint32_t(cut - text.data());
      e = cut;
      w = font->CalcTextSizeA(size, FLT_MAX, 0, b, e).x;
    }
    if (focus != UINT32_MAX && focus >= pos && focus < end && focus_y == kNoFocus) focus_y = origin.y + y;
    if (ImU32 c = colour_at(pos))
      dl->AddRectFilled(ImVec2(origin.x + x - 1, origin.y + y), ImVec2(origin.x + x + w + 1, origin.y + y + line_h - 1), c, 2);
    dl->AddText(font, size, ImVec2(origin.x + x, origin.y + y + 1), ink, b, e);
    x += w;
    if (x >= wrap && end < n) {
      x = 0;
      y += line_h;
    }
    pos = end;
  }
  ImGui::Dummy(ImVec2(wrap, y + line_h));
  return focus_y;
}

}  // namespace

void draw_reader(const Session& s, Ui& ui, Intents& out) {
  const Corpus& c = s.corpus;
  if (c.articles.empty()) {
    ImGui::TextDisabled(s.corpus_download.phase == session::Download::Phase::loading || !s.stream.complete()
                            ? "Loading articles…"
                            : "No article to show.");
    return;
  }
  // Which article: the selection's, else the article filter's, else the first.
  const uint32_t article = session::reader_article(s);
  const Article& a = c.articles[article];

  // Highlights per paragraph.
  const ThemeColors& tc = theme_colors();
  const ImU32 sentence_bg = tc.sentence_bg, match_bg = tc.match_bg, mention_bg = tc.mention_bg;
  std::vector<std::vector<Highlight>> hl(a.paragraphs.count);
  uint32_t focus_paragraph = UINT32_MAX, focus_byte = UINT32_MAX;
  auto add = [&](const Evidence& e, bool focus) {
    if (e.paragraph >= hl.size()) return;
    hl[e.paragraph].push_back({e.sentence.begin, e.sentence.end, sentence_bg});
    hl[e.paragraph].push_back({e.match.begin, e.match.end, match_bg});
    if (focus && focus_paragraph == UINT32_MAX) {
      focus_paragraph = e.paragraph;
      focus_byte = e.sentence.begin;
    }
  };
  if (s.selection.active) {
    if (s.selection.kind == ItemKind::person) {
      const Person& p = c.people[s.selection.index];
      for (uint32_t m = p.mentions.begin; m < p.mentions.end(); ++m) {
        const Evidence& e = c.evidence[m];
        if (e.paragraph >= hl.size()) continue;
        hl[e.paragraph].push_back({e.match.begin, e.match.end, mention_bg});
        if (m == p.mentions.begin) {
          focus_paragraph = e.paragraph;
          focus_byte = e.match.begin;
        }
      }
    } else if (const Evidence* e = session::item_evidence(c, s.selection.kind, s.selection.index)) {
      add(*e, true);
    }
  }

  std::string_view title = c.str(a.title);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(title.data(), title.data() + title.size());
  ImGui::PopTextWrapPos();
  std::string meta;
  if (a.source.len) meta += c.str(a.source);
  if (a.published.len) meta += (meta.empty() ? "" : " · ") + std::string(c.str(a.published));
  if (!meta.empty()) ImGui::TextDisabled("%s", meta.c_str());
  if (s.selection.active) {
    if (ImGui::SmallButton("Copy citation")) out.copy_citation = true;
    ui.publish("copy_citation");
    ImGui::SameLine();
    ImGui::TextDisabled("Enter: show in text");
  }

  // A selected person: where they appear.
  if (s.selection.active && s.selection.kind == ItemKind::person) {
    const Person& p = c.people[s.selection.index];
    ImGui::Separator();
    ImGui::Text("%.*s: %u mention%s (highlighted)", int(p.name.len), c.str(p.name).data(), p.mentions.count,
                p.mentions.count == 1 ? "" : "s");
    // By person: the person's other articles, one step at a time (members are in corpus order).
    const int64_t g = s.by_person ? session::selected_group(s) : -1;
    if (g >= 0 && s.persons.group(uint32_t(g)).members.size() > 1) {
      const auto& m = s.persons.group(uint32_t(g)).members;
      size_t at = 0;
      while (at < m.size() && m[at] != s.selection.index) ++at;
      ImGui::BeginDisabled(at == 0);
      if (ImGui::SmallButton("< Previous article")) out.step_member = -1;
      ImGui::EndDisabled();
      ui.publish("person_prev");
      ImGui::SameLine();
      ImGui::Text("Article %zu of %zu naming them", at + 1, m.size());
      ImGui::SameLine();
      ImGui::BeginDisabled(at + 1 >= m.size());
      if (ImGui::SmallButton("Next article >")) out.step_member = 1;
      ImGui::EndDisabled();
      ui.publish("person_next");
    }
    int listed = 0;
    for (uint32_t ph = a.photos.begin; ph < a.photos.end(); ++ph) {
      const Photo& photo = c.photos[ph];
      for (uint32_t j = photo.people.begin; j < photo.people.end(); ++j)
        if (c.refs[j] == s.selection.index) {
          ImGui::PushID(int(ph));
          const std::string full = "Photo: " + std::string(c.str(photo.caption));
          // A long caption or title ends in "…" rather than being cut at the pane's edge (a phone); hover shows it all.
          const std::string label = elide(full, ImGui::GetContentRegionAvail().x);
          if (ImGui::Selectable(label.c_str())) {
            out.select = true;
            out.selection = Selection{true, ItemKind::photo, ph};
            out.scroll_reader = true;
          }
          ui.publish("appears:" + std::string(c.str(photo.id)));
          if (label.size() != full.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", full.c_str());
          ImGui::PopID();
          ++listed;
        }
    }
    for (uint32_t ag = a.agreements.begin; ag < a.agreements.end(); ++ag) {
      const Agreement& agreement = c.agreements[ag];
      bool in = false;  // the person is mentioned in the agreement's sentence
      for (uint32_t m = p.mentions.begin; m < p.mentions.end() && !in; ++m) {
        const Evidence& e = c.evidence[m];
        in = e.paragraph == agreement.evidence.paragraph && e.match.begin >= agreement.evidence.sentence.begin &&
             e.match.end <= agreement.evidence.sentence.end;
      }
      if (!in) continue;
      ImGui::PushID(int(ag) + 1000000);
      const std::string full = "Agreement: " + std::string(c.str(agreement.title));
      // A long caption or title ends in "…" rather than being cut at the pane's edge (a phone); hover shows it all.
      const std::string label = elide(full, ImGui::GetContentRegionAvail().x);
      if (ImGui::Selectable(label.c_str())) {
        out.select = true;
        out.selection = Selection{true, ItemKind::agreement, ag};
        out.scroll_reader = true;
      }
      ui.publish("appears:" + std::string(c.str(agreement.id)));
      if (label.size() != full.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", full.c_str());
      ImGui::PopID();
      ++listed;
    }
    if (!listed) ImGui::TextDisabled("Not pictured in a photo or named in an agreement's sentence.");
  }
  ImGui::Separator();

  // A sharded corpus keeps texts in separate files: fetched the first time the reader needs one.
  std::string text_error;
  switch (session::text_state(s, article, &text_error)) {
    case session::TextState::inline_: break;
    case session::TextState::loading:
      out.request_text = article;
      ImGui::TextDisabled("Loading the article text…");
      return;
    case session::TextState::failed:
      ImGui::TextColored(tc.error, "The article text could not be loaded:");
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(text_error.c_str());
      ImGui::PopTextWrapPos();
      if (ImGui::Button("Retry")) out.retry_text = article;
      ui.publish("retry_text");
      return;
  }

  ImGui::BeginChild("##text", ImVec2(0, 0), false);
  for (uint32_t i = 0; i < a.paragraphs.count; ++i) {
    std::string_view para = c.str(c.strs[a.paragraphs.begin + i]);
    const float y = draw_rich_paragraph(para, hl[i], i == focus_paragraph ? focus_byte : UINT32_MAX);
    if (y != kNoFocus && ui.reader_scroll) {
      ImGui::SetScrollFromPosY(y - ImGui::GetWindowPos().y, 0.25f);
    }
    if (y != kNoFocus) {  // the focused line (the selection's sentence or first mention), for tests: is it in view?
      const float x0 = ImGui::GetWindowPos().x, x1 = x0 + ImGui::GetWindowSize().x;
      ui.rects.push_back({"reader_focus", {x0, y, x1, y + ImGui::GetTextLineHeight()}});
    }
    ImGui::Spacing();
  }
  ImGui::EndChild();
}

}  // namespace ae::app
