// app.cpp: the frame, the downloads, intent application, cache refresh and the published automation state.
//
// Sections: [items] [downloads] [intents] [layout] [frame] [state]
#include "app/app.h"

#include "app/platform.h"
#include "core/export.h"
#include "core/json.h"
#include "core/view_link.h"

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"

#include <SDL.h>
#include <SDL_opengles2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ae::app {

const char* panel_name(Panel p) {
  static const char* names[kPanels] = {"people", "agreements", "figures", "photos"};
  return names[int(p)];
}
const char* panel_title(Panel p) {
  static const char* titles[kPanels] = {"People", "Agreements", "Figures", "Photos"};
  return titles[int(p)];
}

App& the_app() {
  static App* app = new App();  // never destroyed: the page lives as long as the app
  return *app;
}

// ------------------------------------------------------------------------------------------- [items]
const Evidence* item_evidence(const Corpus& c, Panel kind, uint32_t i) {
  switch (kind) {
    case Panel::person: return c.people[i].mentions.count ? &c.evidence[c.people[i].mentions.begin] : nullptr;
    case Panel::agreement: return &c.agreements[i].evidence;
    case Panel::figure: return &c.figures[i].evidence;
    case Panel::photo: return &c.photos[i].evidence;
  }
  return nullptr;
}

View current_view(const App& app) {
  const Corpus& c = app.corpus;
  View v;
  v.panel = app.panel;
  for (uint32_t t : app.query.topics) v.topics.emplace_back(c.str(c.topics[t].id));
  v.query = app.query.text;
  v.figure_kinds = app.query.figure_kinds;
  if (app.query.article >= 0) v.article = c.str(c.articles[size_t(app.query.article)].id);
  if (app.selection.active) {
    v.sel_article = c.str(c.articles[c.item_article(app.selection.kind, app.selection.index)].id);
    v.sel_item = c.str(c.item_id(app.selection.kind, app.selection.index));
  }
  v.sort = app.panels[int(app.panel)].sort;
  return v;
}

void set_notice(App& app, std::string text) {
  app.notice = std::move(text);
  app.notice_until = ImGui::GetTime() + 4;
}

}  // namespace ae::app

using ae::app::App;

void app_on_hash_change(std::string_view fragment) {
  App& app = ae::app::the_app();
  if (fragment == app.link_fragment) return;  // our own write
  if (app.corpus.articles.empty() && !app.stream.active) return;  // nothing to apply it to yet
  ae::app::open_link(app, std::string(fragment));
}

void app_on_image(uint32_t id, uint32_t texture, int width, int height, std::string_view error) {
  App& app = ae::app::the_app();
  if (id == 0 || id > app.thumbnails.size()) return;
  ae::app::Thumbnail& t = app.thumbnails[id - 1];
  if (texture) {
    t.phase = ae::app::Thumbnail::Phase::ready;
    t.texture = texture;
    t.width = width;
    t.height = height;
  } else {
    t.phase = ae::app::Thumbnail::Phase::failed;
    t.error = std::string(error);
    std::fprintf(stderr, "%s\n", t.error.c_str());
  }
}

void app_on_clipboard(bool ok, std::string_view error) {
  App& app = ae::app::the_app();
  if (ok) ae::app::set_notice(app, app.clipboard_text.find('\n') == std::string::npos ? "Link copied to the clipboard"
                                                                                   : "Citation copied to the clipboard");
  else ae::app::set_notice(app, "Could not copy (" + std::string(error) + "): " + app.clipboard_text);
}

namespace ae::app {

// ------------------------------------------------------------------------------------------- [intents]

static void export_view(App& app, bool csv) {
  const auto& rows = app.panels[int(app.panel)].rows;
  std::string data = csv ? export_csv(app.corpus, app.panel, rows) : export_json(app.corpus, app.panel, rows);
  std::string name = std::string("article-explorer-") + panel_name(app.panel) + (csv ? ".csv" : ".json");
  platform::download(name, csv ? "text/csv;charset=utf-8" : "application/json", data);
  set_notice(app, "Exported " + std::to_string(rows.size()) + " " + panel_name(app.panel) + " to " + name);
}

void apply(App& app, const Intents& in) {
  bool filters_changed = false;
  const View before = current_view(app);
  if (in.set_panel && in.panel != app.panel) app.panel = in.panel;
  if (in.toggle_topic >= 0) {
    auto& t = app.query.topics;
    auto it = std::find(t.begin(), t.end(), uint32_t(in.toggle_topic));
    if (it == t.end()) t.push_back(uint32_t(in.toggle_topic));
    else t.erase(it);
    filters_changed = true;
  }
  if (in.set_query && in.query != app.query.text) {
    app.query.text = in.query;
    filters_changed = true;
  }
  if (in.toggle_figure_kind >= 0) {
    app.query.figure_kinds ^= uint8_t(1u << in.toggle_figure_kind);
    filters_changed = true;
  }
  if (in.set_article && in.article != app.query.article) {
    app.query.article = in.article;
    filters_changed = true;
  }
  if (in.clear_filters && !app.query.empty()) {
    app.query = Query{};
    filters_changed = true;
  }
  if (filters_changed) ++app.filter_generation;
  if (in.set_sort) {
    app.panels[int(in.sort_panel)].sort = in.sort;
    app.panels[int(in.sort_panel)].built_generation = ~uint64_t(0);
  }
  if (in.select) {
    app.selection = in.selection;
    app.panel = in.selection.kind;
    app.panel_from_app = true;
    app.scroll_to_selection = true;
    app.reader_scroll = in.scroll_reader;
  }
  if (in.move_selection != 0) {
    refresh(app);
    const auto& rows = app.panels[int(app.panel)].rows;
    if (!rows.empty()) {
      int pos = -1;
      if (app.selection.active && app.selection.kind == app.panel)
        for (size_t r = 0; r < rows.size(); ++r)
          if (rows[r] == app.selection.index) pos = int(r);
      int next = pos < 0 ? (in.move_selection > 0 ? 0 : int(rows.size()) - 1) : pos + in.move_selection;
      next = std::clamp(next, 0, int(rows.size()) - 1);
      app.selection = Selection{true, app.panel, rows[size_t(next)]};
      app.scroll_to_selection = true;
      app.reader_scroll = true;
    }
  }
  if (in.scroll_reader && !in.select) app.reader_scroll = true;
  if (in.export_csv) export_view(app, true);
  if (in.export_json) export_view(app, false);
  if (in.open_file) platform::open_file_picker();
  if (in.dismiss_link_notice) app.link_notice_open = false;
  for (uint32_t photo : in.load_thumbnails) {
    std::string src(app.corpus.str(app.corpus.photos[photo].src));
    if (app.thumbnail_by_src.count(src)) continue;
    app.thumbnails.emplace_back();
    const uint32_t id = uint32_t(app.thumbnails.size());
    app.thumbnail_by_src.emplace(src, id);
    platform::load_image(id, src);
  }
  if (in.copy_link) {
    app.clipboard_text = platform::location_base() + encode_view(current_view(app));
    platform::copy_to_clipboard(app.clipboard_text);
  }
  if (in.copy_citation && app.selection.active) {
    app.clipboard_text = citation(app);
    platform::copy_to_clipboard(app.clipboard_text);
  }
  // History: panel, topic, kind, article, selection and sort changes push an entry; typing replaces it.
  View after = current_view(app);
  if (after.query != before.query) app.typing_since = ImGui::GetTime();
  after.query = before.query;
  if (!(after == before)) app.history_push = true;
  if (in.retry_load) retry_load(app);
  if (in.request_text >= 0) request_text(app, uint32_t(in.request_text));
  if (in.retry_text >= 0) retry_text(app, uint32_t(in.retry_text));
}

// A panel's filtered, sorted rows; rebuilt only when the filters or its sort changed since the last build.
static const std::vector<uint32_t>& panel_rows(App& app, Panel p) {
  PanelRows& pr = app.panels[int(p)];
  if (pr.built_generation != app.filter_generation) {
    app.engine.filter(p, app.query, pr.sort, pr.rows);
    pr.built_generation = pr.count_generation = app.filter_generation;
    pr.count = pr.rows.size();
  }
  return pr.rows;
}

// A panel's row count for its tab label: exact for the visible panel; for a hidden one, the last count until
// refresh() gets to it (`stale` says so).
static size_t panel_count(const App& app, Panel p, bool* stale) {
  const PanelRows& pr = app.panels[int(p)];
  *stale = pr.count_generation != app.filter_generation;
  return pr.count;
}

void refresh(App& app) {
  if (app.engine.corpus() != &app.corpus) app.engine.attach(app.corpus);
  const bool rebuilt = app.panels[int(app.panel)].built_generation != app.filter_generation;
  panel_rows(app, app.panel);  // before the facets: they reuse this filter's result
  if (app.facet_generation != app.filter_generation || app.facet_panel != app.panel) {
    app.engine.facet_counts(app.panel, app.query, app.facet_counts);
    app.facet_generation = app.filter_generation;
    app.facet_panel = app.panel;
  }
  if (rebuilt) return;  // this frame already paid for a filter: the hidden tab counts wait a frame
  for (int k = 0; k < kPanels; ++k) {  // one hidden panel's count per frame
    PanelRows& pr = app.panels[k];
    if (Panel(k) == app.panel || pr.count_generation == app.filter_generation) continue;
    pr.count = app.engine.count(Panel(k), app.query);
    pr.count_generation = app.filter_generation;
    break;
  }
}

bool counts_pending(const App& app) {
  for (const auto& pr : app.panels)
    if (pr.count_generation != app.filter_generation) return true;
  return false;
}


// ------------------------------------------------------------------------------------------- [links]
void apply_fragment(App& app, std::string_view fragment) {
  DecodedView d = decode_view(fragment);
  std::vector<std::string> ignored = std::move(d.ignored);
  ResolvedView r = resolve_view(app.corpus, d.view, ignored);
  app.query = r.query;
  app.panel = r.panel;
  app.panel_from_app = true;
  app.selection = r.has_selection ? Selection{true, r.sel_kind, r.sel_index} : Selection{};
  app.scroll_to_selection = app.reader_scroll = r.has_selection;
  for (int k = 0; k < kPanels; ++k) {
    app.panels[k].sort = k == int(r.panel) ? r.sort : Sort{};
    app.panels[k].built_generation = ~uint64_t(0);
    app.sort_from_app[k] = true;
  }
  ++app.filter_generation;
  app.link_ignored = std::move(ignored);
  app.link_notice_open = !app.link_ignored.empty();
  // The address bar shows the canonical form of what was applied (ignored parts dropped).
  app.link_fragment = encode_view(current_view(app));
  if (!fragment.empty() && fragment != app.link_fragment) platform::set_history(app.link_fragment, true);
  app.history_push = false;
  app.typing_since = -1;
}

void sync_url(App& app) {
  if (app.corpus.articles.empty() && app.link_fragment.empty()) return;  // nothing loaded: keep the address
  const bool typing_settled = app.typing_since >= 0 && ImGui::GetTime() - app.typing_since > 0.4;
  if (!app.history_push && !typing_settled) return;
  std::string f = encode_view(current_view(app));
  if (f != app.link_fragment) {
    platform::set_history(f, !app.history_push);
    app.link_fragment = std::move(f);
  }
  app.history_push = false;
  if (typing_settled) app.typing_since = -1;
}

const Thumbnail* thumbnail(const App& app, std::string_view src) {
  auto it = app.thumbnail_by_src.find(std::string(src));
  return it == app.thumbnail_by_src.end() ? nullptr : &app.thumbnails[it->second - 1];
}

std::string citation(const App& app) {
  const Corpus& c = app.corpus;
  if (!app.selection.active) return {};
  const uint32_t i = app.selection.index;
  std::string what;
  switch (app.selection.kind) {
    case Panel::person: {
      const Person& p = c.people[i];
      what = std::string(c.str(p.name));
      if (p.role.len) what += ", " + std::string(c.str(p.role));
      if (p.affiliation.len) what += " (" + std::string(c.str(p.affiliation)) + ")";
      break;
    }
    case Panel::agreement: what = std::string(c.str(c.agreements[i].title)); break;
    case Panel::figure: {
      const Figure& f = c.figures[i];
      what = std::string(c.str(f.text));
      if (f.subject.len) what += " (" + std::string(c.str(f.subject)) + ")";
      break;
    }
    case Panel::photo: what = "Photo: " + std::string(c.str(c.photos[i].caption)); break;
  }
  const uint32_t art = c.item_article(app.selection.kind, i);
  const Article& a = c.articles[art];
  std::string out = what + "\n";
  if (const Evidence* e = item_evidence(c, app.selection.kind, i); e && e->paragraph < a.paragraphs.count) {
    std::string_view para = c.str(c.strs[a.paragraphs.begin + e->paragraph]);
    if (e->sentence.end <= para.size() && e->sentence.begin <= e->sentence.end)
      out += "\u201C" + std::string(para.substr(e->sentence.begin, e->sentence.end - e->sentence.begin)) + "\u201D\n";
  }
  out += "\u2014 " + std::string(c.str(a.title));
  if (a.source.len) out += ", " + std::string(c.str(a.source));
  if (a.published.len) out += ", " + std::string(c.str(a.published));
  out += "\n" + platform::location_base() + encode_view(current_view(app)) + "\n";
  return out;
}

// ------------------------------------------------------------------------------------------- [layout]
static Rect window_rect() {
  ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
  return {p.x, p.y, p.x + s.x, p.y + s.y};
}

static void draw_menu_bar(App& app, Intents& intents) {
  if (!ImGui::BeginMainMenuBar()) return;
  ImGui::TextUnformatted("Article Explorer");
  app.rects.push_back({"menu_bar", window_rect()});
  ImGui::Separator();
  if (ImGui::MenuItem("Open…")) intents.open_file = true;
  publish_rect(app, "open");
  ImGui::TextDisabled("Export view:");
  if (ImGui::MenuItem("CSV")) intents.export_csv = true;
  publish_rect(app, "export_csv");
  if (ImGui::MenuItem("JSON")) intents.export_json = true;
  publish_rect(app, "export_json");
  ImGui::Separator();
  if (ImGui::MenuItem("Copy link")) intents.copy_link = true;
  publish_rect(app, "copy_link");
  ImGui::Separator();
  const auto& cd = app.corpus_download;
  if (cd.phase == Download::Phase::loading) {
    float f = cd.total > 0 ? float(cd.loaded / cd.total) : 0.f;
    ImGui::TextDisabled("Loading articles…");
    ImGui::ProgressBar(f > 1 ? 1 : f, ImVec2(160, 0));
  } else if (!app.stream.complete()) {  // a sharded corpus: say what fraction is loaded (filters see only that)
    const Stream& st = app.stream;
    ImGui::TextDisabled("Loaded %llu of %llu articles (%.0f%%)", (unsigned long long)st.articles_loaded,
                        (unsigned long long)st.manifest.articles, 100 * st.fraction());
    ImGui::ProgressBar(float(st.fraction()), ImVec2(160, 0), "");
    publish_rect(app, "stream_progress");
  } else if (!app.corpus.articles.empty()) {
    ImGui::TextDisabled("%s: %zu article%s", app.corpus_name.c_str(), app.corpus.articles.size(),
                        app.corpus.articles.size() == 1 ? "" : "s");
  }
  if (!app.notice.empty() && ImGui::GetTime() < app.notice_until) {
    ImGui::Separator();
    ImGui::TextColored(ImVec4(0.55f, 0.85f, 0.55f, 1), "%s", app.notice.c_str());
  }
  ImGui::EndMainMenuBar();
}

static void draw_body(App& app, Intents& intents) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  ImGui::Begin("##body", nullptr, flags);
  ImGui::PopStyleVar();

  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float sidebar_w = std::floor(std::clamp(avail * 0.2f, 210.f, 320.f));
  const float reader_w = std::floor(std::clamp(avail * 0.3f, 260.f, 620.f));
  const float centre_w = std::fmax(120.f, avail - sidebar_w - reader_w - 2 * spacing);

  ImGui::BeginChild("##sidebar", ImVec2(sidebar_w, 0), true);
  app.rects.push_back({"sidebar", window_rect()});
  draw_sidebar(app, intents);
  ImGui::EndChild();

  ImGui::SameLine();
  ImGui::BeginChild("##centre", ImVec2(centre_w, 0), true);
  if (!app.load_error.empty()) {
    ImGui::TextColored(ImVec4(1, 0.45f, 0.4f, 1), app.corpus.articles.empty() ? "The corpus could not be loaded:"
                                                                              : "That file could not be loaded; the current corpus is kept:");
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(app.load_error.c_str());
    ImGui::PopTextWrapPos();
    if (app.corpus_download.phase == Download::Phase::failed) {
      if (ImGui::Button("Retry")) intents.retry_load = true;
      publish_rect(app, "retry");
    }
    ImGui::Separator();
  }
  if (!app.data_error.empty() && app.load_error.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(ImVec4(1, 0.45f, 0.4f, 1), "%s", app.data_error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
  }
  if (!app.stream.error.empty()) {
    ImGui::TextColored(ImVec4(1, 0.45f, 0.4f, 1), "Part of the corpus could not be loaded; what arrived is shown:");
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(app.stream.error.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Retry")) intents.retry_load = true;
    publish_rect(app, "retry_shards");
    ImGui::Separator();
  }
  if (app.link_notice_open) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.35f, 0.28f, 0.1f, 0.6f));
    const float h = ImGui::GetTextLineHeightWithSpacing() * float(std::min<size_t>(app.link_ignored.size(), 4) + 1) + 12;  // at most 3 lines + "and N more"
    ImGui::BeginChild("##link_notice", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::TextUnformatted("This link was applied as far as it was valid. Ignored:");
    ImGui::SameLine(ImGui::GetContentRegionAvail().x - 10);
    if (ImGui::SmallButton("x")) intents.dismiss_link_notice = true;
    publish_rect(app, "dismiss_link_notice");
    for (size_t i = 0; i < app.link_ignored.size() && i < 3; ++i) ImGui::BulletText("%s", app.link_ignored[i].c_str());
    if (app.link_ignored.size() > 3) ImGui::BulletText("and %zu more", app.link_ignored.size() - 3);
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  if (ImGui::BeginTabBar("##panels")) {
    for (int i = 0; i < kPanels; ++i) {
      Panel p = Panel(i);
      char label[64];
      bool stale = false;
      const size_t n = p == app.panel ? panel_rows(app, p).size() : panel_count(app, p, &stale);
      if (stale) std::snprintf(label, sizeof label, "%s (…)###%s", panel_title(p), panel_name(p));
      else std::snprintf(label, sizeof label, "%s (%zu)###%s", panel_title(p), n, panel_name(p));
      ImGuiTabItemFlags tf = (app.panel_from_app && app.panel == p) ? ImGuiTabItemFlags_SetSelected : 0;
      bool open = ImGui::BeginTabItem(label, nullptr, tf);
      publish_rect(app, std::string("tab_") + panel_name(p));
      if (open) {
        if (app.panel != p && !app.panel_from_app) {
          intents.set_panel = true;
          intents.panel = p;
        }
        switch (p) {
          case Panel::person: draw_people_panel(app, intents); break;
          case Panel::agreement: draw_agreements_panel(app, intents); break;
          case Panel::figure: draw_figures_panel(app, intents); break;
          case Panel::photo: draw_photos_panel(app, intents); break;
        }
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  app.panel_from_app = false;
  app.scroll_to_selection = false;
  ImGui::EndChild();

  ImGui::SameLine();
  ImGui::BeginChild("##reader", ImVec2(0, 0), true);
  app.rects.push_back({"reader", window_rect()});
  draw_reader(app, intents);
  app.reader_scroll = false;
  ImGui::EndChild();

  ImGui::End();
}

// Arrow keys move the selection in the active table, Page Up/Down by a page, Enter shows it in the reader.
// Keys go to the search box instead while it is being edited.
static void handle_keys(const App& app, Intents& out) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) out.move_selection = 1;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) out.move_selection = -1;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown))) out.move_selection = 20;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp))) out.move_selection = -20;
  if (app.selection.active && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                               ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter))))
    out.scroll_reader = true;
}

// ------------------------------------------------------------------------------------------- [frame]
void frame(App& app) {
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);

  if (!app.fonts_ready) {
    if (app.font_download.phase == Download::Phase::done || app.font_download.phase == Download::Phase::failed) {
      rebuild_fonts(app);  // falls back to ImGui's built-in font if the TTF failed, with a console message
    } else {
      const auto& cd = app.corpus_download;
      platform::set_overlay("Loading font and articles…", cd.total > 0 ? cd.loaded / cd.total : -1);
      ++app.frame;
      platform::publish_frame(app.frame, false);
      return;
    }
  }
  if (std::fabs(float(platform::device_pixel_ratio()) - app.dpr) > 0.01f) rebuild_fonts(app);  // moved screens

  refresh(app);
  app.rects.clear();
  app.row_rects.clear();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  Intents intents;
  draw_menu_bar(app, intents);
  draw_body(app, intents);
  handle_keys(app, intents);
  ImGui::Render();

  int fb_w = 0, fb_h = 0;
  SDL_GL_GetDrawableSize(app.window, &fb_w, &fb_h);
  glViewport(0, 0, fb_w, fb_h);
  glClearColor(0.11f, 0.11f, 0.12f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  apply(app, intents);
  sync_url(app);

  ++app.frame;
  const bool has_data = app.corpus_download.phase == Download::Phase::done ||
                        app.corpus_download.phase == Download::Phase::failed;
  if (has_data && !app.ready) {
    app.ready = true;
    app.stream.interactive_ms = platform::now_ms();
    platform::mark("ae:first-data-frame");
    platform::hide_overlay();
  }
  std::string s = state_json(app);
  if (s != app.published_state) {
    app.published_state = std::move(s);
    platform::publish_state(app.published_state);
  }
  platform::publish_frame(app.frame, app.ready);
}

// ------------------------------------------------------------------------------------------- [state]
static void append_rect(std::string& out, const Rect& r) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "[%.1f,%.1f,%.1f,%.1f]", r.x0, r.y0, r.x1, r.y1);
  out += buf;
}

static void append_rects(std::string& s, const std::vector<NamedRect>& rects) {
  s += '{';
  for (size_t i = 0; i < rects.size(); ++i) {
    if (i) s += ',';
    ae::append_json_string(s, rects[i].name);
    s += ':';
    append_rect(s, rects[i].rect);
  }
  s += '}';
}

static void append_span(std::string& s, const char* key, Span sp) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "\"%s\":[%u,%u]", key, sp.begin, sp.end);
  s += buf;
}

std::string state_json(const App& app) {
  const Corpus& c = app.corpus;
  const View v = current_view(app);
  std::string s;
  s.reserve(4096);
  s += "{\"panel\":\"";
  s += panel_name(app.panel);
  s += "\",\"ready\":";
  s += app.ready ? "true" : "false";
  const char* phase = "idle";
  switch (app.corpus_download.phase) {
    case Download::Phase::idle: phase = "idle"; break;
    case Download::Phase::loading: phase = "loading"; break;
    case Download::Phase::done: phase = "loaded"; break;
    case Download::Phase::failed: phase = "failed"; break;
  }
  s += ",\"corpus\":{\"status\":\"";
  s += phase;
  s += "\",\"name\":";
  ae::append_json_string(s, app.corpus_name);
  s += ",\"error\":";
  ae::append_json_string(s, app.load_error.empty() ? app.data_error : app.load_error);
  char buf[640];
  std::snprintf(buf, sizeof buf,
                ",\"articles\":%zu,\"people\":%zu,\"agreements\":%zu,\"figures\":%zu,\"photos\":%zu,\"topics\":%zu}",
                c.articles.size(), c.people.size(), c.agreements.size(), c.figures.size(), c.photos.size(),
                c.topics.size());
  s += buf;
  s += ",\"pending\":";
  s += counts_pending(app) ? "true" : "false";

  // A sharded corpus: how much is loaded (docs/automation.md).
  s += ",\"stream\":";
  if (app.stream.active) {
    const Stream& st = app.stream;
    uint32_t failed = 0;
    for (auto ph : st.shard_phase) failed += ph == ShardPhase::failed;
    std::snprintf(buf, sizeof buf,
                  "{\"shards\":%zu,\"shardsLoaded\":%u,\"shardsFailed\":%u,\"articles\":%llu,\"articlesLoaded\":%llu,"
                  "\"fraction\":%.4f,\"complete\":%s,\"startedMs\":%.1f,\"interactiveMs\":%.1f,\"completeMs\":%.1f,"
                  "\"manifestMs\":%.1f,\"loadMs\":%.1f,\"indexMs\":%.1f,\"bytesLoaded\":%llu,\"linkWaiting\":%s,\"error\":",
                  st.shard_phase.size(), st.shards_loaded, failed, (unsigned long long)st.manifest.articles,
                  (unsigned long long)st.articles_loaded, st.fraction(), st.complete() ? "true" : "false", st.started_ms,
                  st.interactive_ms, st.complete_ms, st.manifest_ms, st.load_ms, st.index_ms, (unsigned long long)st.bytes_loaded,
                  st.pending_link.empty() ? "false" : "true");
    s += buf;
    ae::append_json_string(s, st.error);
    std::snprintf(buf, sizeof buf, ",\"indexEntries\":%zu,\"indexError\":", st.manifest.index.size());
    s += buf;
    ae::append_json_string(s, st.index_error);
    s += '}';
  } else {
    s += "null";
  }

  // The view (ids, as a link would carry them).
  s += ",\"topics\":[";
  for (size_t i = 0; i < v.topics.size(); ++i) {
    if (i) s += ',';
    ae::append_json_string(s, v.topics[i]);
  }
  s += "],\"query\":";
  ae::append_json_string(s, v.query);
  s += ",\"figureKinds\":[";
  bool first = true;
  for (int k = 0; k < 4; ++k)
    if (v.figure_kinds & (1u << k)) {
      if (!first) s += ',';
      s += '"';
      s += to_string(FigureKind(k));
      s += '"';
      first = false;
    }
  s += "],\"article\":";
  ae::append_json_string(s, v.article);
  s += ",\"selection\":";
  if (app.selection.active) {
    s += "{\"kind\":\"";
    s += panel_name(app.selection.kind);
    s += "\",\"article\":";
    ae::append_json_string(s, v.sel_article);
    s += ",\"item\":";
    ae::append_json_string(s, v.sel_item);
    s += '}';
  } else {
    s += "null";
  }
  s += ",\"sort\":{\"column\":\"";
  s += to_string(v.sort.column);
  s += "\",\"descending\":";
  s += v.sort.descending ? "true" : "false";
  s += '}';

  // Row counts per panel (filtered) and the active panel's rows in display order.
  s += ",\"rowCounts\":{";
  for (int i = 0; i < kPanels; ++i) {
    if (i) s += ',';
    std::snprintf(buf, sizeof buf, "\"%s\":%zu", panel_name(Panel(i)), app.panels[i].count);
    s += buf;
  }
  s += "},\"rows\":[";
  const auto& rows = app.panels[int(app.panel)].rows;
  const size_t shown = std::min<size_t>(rows.size(), 1000);
  for (size_t r = 0; r < shown; ++r) {
    if (r) s += ',';
    ae::append_json_string(s, c.str(c.item_id(app.panel, rows[r])));
  }
  s += "],\"facets\":{";
  for (size_t t = 0; t < c.topics.size() && t < app.facet_counts.size(); ++t) {
    if (t) s += ',';
    ae::append_json_string(s, c.str(c.topics[t].id));
    s += ':' + std::to_string(app.facet_counts[t]);
  }
  s += '}';

  // The reader: which article and what is highlighted.
  s += ",\"reader\":";
  if (c.articles.empty()) {
    s += "null";
  } else {
    uint32_t article = app.selection.active ? c.item_article(app.selection.kind, app.selection.index)
                       : app.query.article >= 0 ? uint32_t(app.query.article) : 0;
    s += "{\"article\":";
    ae::append_json_string(s, c.str(c.articles[article].id));
    const Evidence* e = app.selection.active ? item_evidence(c, app.selection.kind, app.selection.index) : nullptr;
    if (e && e->paragraph < c.articles[article].paragraphs.count) {
      std::string_view para = c.str(c.strs[c.articles[article].paragraphs.begin + e->paragraph]);
      std::snprintf(buf, sizeof buf, ",\"paragraph\":%u,", e->paragraph);
      s += buf;
      append_span(s, "sentence", e->sentence);
      s += ',';
      append_span(s, "match", e->match);
      s += ",\"sentenceText\":";
      ae::append_json_string(s, para.substr(std::min<size_t>(e->sentence.begin, para.size()),
                                            e->sentence.end - std::min(e->sentence.begin, e->sentence.end)));
      s += ",\"matchText\":";
      ae::append_json_string(s, para.substr(std::min<size_t>(e->match.begin, para.size()),
                                            e->match.end - std::min(e->match.begin, e->match.end)));
    }
    {
      std::string text_error;
      const TextState ts = text_state(app, article, &text_error);
      s += ts == TextState::inline_ ? ",\"text\":\"here\"" : ts == TextState::loading ? ",\"text\":\"loading\"" : ",\"text\":\"failed\"";
      s += ",\"textError\":";
      ae::append_json_string(s, text_error);
      std::snprintf(buf, sizeof buf, ",\"paragraphs\":%u", c.articles[article].paragraphs.count);
      s += buf;
    }
    if (app.selection.active && app.selection.kind == Panel::person) {
      std::snprintf(buf, sizeof buf, ",\"mentionsHighlighted\":%u", c.people[app.selection.index].mentions.count);
      s += buf;
    }
    s += '}';
  }
  size_t thumbs_ready = 0, thumbs_failed = 0;
  for (const auto& t : app.thumbnails) {
    thumbs_ready += t.phase == Thumbnail::Phase::ready;
    thumbs_failed += t.phase == Thumbnail::Phase::failed;
  }
  std::snprintf(buf, sizeof buf, ",\"thumbnails\":{\"requested\":%zu,\"ready\":%zu,\"failed\":%zu}",
                app.thumbnails.size(), thumbs_ready, thumbs_failed);
  s += buf;
  s += ",\"link\":";
  ae::append_json_string(s, app.link_fragment);
  s += ",\"linkNotice\":";
  if (app.link_notice_open) {
    s += '[';
    for (size_t i = 0; i < app.link_ignored.size(); ++i) {
      if (i) s += ',';
      ae::append_json_string(s, app.link_ignored[i]);
    }
    s += ']';
  } else {
    s += "null";
  }
  s += ",\"notice\":";
  ae::append_json_string(s, ImGui::GetTime() < app.notice_until ? app.notice : std::string());

  int w = 0, h = 0, fw = 0, fh = 0;
  SDL_GetWindowSize(app.window, &w, &h);
  SDL_GL_GetDrawableSize(app.window, &fw, &fh);
  std::snprintf(buf, sizeof buf,
                ",\"display\":{\"width\":%d,\"height\":%d,\"framebufferWidth\":%d,\"framebufferHeight\":%d,"
                "\"dpr\":%.3g,\"fontPx\":%.3g}",
                w, h, fw, fh, app.dpr, app.font_css_px);
  s += buf;
  s += ",\"rects\":";
  append_rects(s, app.rects);
  s += ",\"rowRects\":";
  append_rects(s, app.row_rects);
  s += '}';
  return s;
}

}  // namespace ae::app
