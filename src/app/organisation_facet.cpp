// organisation_facet.cpp: see organisation_facet.h. Selecting an organisation replaces the query's organisation
// (set_filters), so it combines with topics, search, kinds and dates like any other filter.
#include "app/organisation_facet.h"

#include "core/organisations.h"

#include "imgui.h"

#include <string>

namespace ae::app {

void draw_organisation_facet(const Session& s, Ui& ui, Intents& out) {
  const OrganisationIndex& x = s.engine.organisations();
  const auto& ranked = s.organisations_ranked;
  if (ranked.empty()) return;
  ImGui::PushTextWrapPos(0);  // a narrow sidebar (1024 px, 200 % zoom) wraps the heading rather than cutting it
  ImGui::TextDisabled("Organisations and countries (articles)");  // affiliations and sides: both
  ImGui::PopTextWrapPos();
  auto choose = [&](const std::string& key) {
    out.set_filters = true;
    out.filters = s.query;
    out.filters.organisation = s.query.organisation == key ? std::string() : key;  // a second click clears it
  };
  // The chosen one first (it may not be among the top), then the top ones, wrapped like the topic chips.
  constexpr size_t kChips = 8;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  const int64_t chosen = s.query.organisation.empty() ? -1 : x.find(s.query.organisation);
  size_t shown = 0;
  auto chip = [&](uint32_t o) {
    const Organisation& org = x.at(o);
    const bool on = int64_t(o) == chosen;
    std::string label = std::string(s.corpus.str(org.name)) + "  " + std::to_string(org.articles.size()) + "###org" +
                        std::to_string(o);
    const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    if (shown > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(on ? ImGuiCol_ButtonActive : ImGuiCol_FrameBg));
    if (ImGui::Button(label.c_str())) choose(org.key);
    ImGui::PopStyleColor();
    ui.publish("org:" + org.key);
    ++shown;
  };
  if (chosen >= 0) chip(uint32_t(chosen));
  for (size_t i = 0; i < ranked.size() && i < kChips; ++i)
    if (int64_t(ranked[i]) != chosen) chip(ranked[i]);
  if (ranked.size() > kChips) {  // all of them, most articles first, drawn only while the list is open
    ImGui::SetNextItemWidth(-1);
    const std::string preview = "All " + std::to_string(ranked.size()) + " organisations…";
    if (ImGui::BeginCombo("##organisations", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
      ImGuiListClipper clipper;
      clipper.Begin(int(ranked.size()));
      while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
          const Organisation& org = x.at(ranked[size_t(i)]);
          ImGui::PushID(i);
          const std::string label = std::string(s.corpus.str(org.name)) + "  (" + std::to_string(org.articles.size()) + ")";
          if (ImGui::Selectable(label.c_str(), int64_t(ranked[size_t(i)]) == chosen)) choose(org.key);
          ImGui::PopID();
        }
      ImGui::EndCombo();
    }
    ui.publish("organisations");
  }
}

}  // namespace ae::app
