// app.cpp: the frame. Events, session refresh, the layout (menu bar, sidebar, the registered panels as tabs,
// the reader), then the intents go to the session and the automation state is published if it changed.
//
// Sections: [start] [layout] [frame] [publish] [idle]
#include "app/app.h"

#include "app/panels.h"
#include "app/platform.h"
#include "app/theme.h"
#include "core/format.h"

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"

#include <SDL.h>
#include <SDL_opengles2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace ae::app {

using session::Download;

App& the_app() {
  static App* app = new App(platform::web_platform());  // never destroyed: the page lives as long as the app
  return *app;
}

// ------------------------------------------------------------------------------------------- [start]
void start(App& app) {
  session::start(app.session);
  platform::install_file_drop();
  platform::install_history_listener();
  platform::install_input_bridge();
  platform::install_my_articles();  // after the input bridge: its key listener sees the paste box's keys first
  platform::install_mirror();       // issue 15, part 4: web/a11y.js's way back into the session
  platform::install_touch();        // issue 15, part 5: after the input bridge, whose listeners wake the app first
  app.slow_frame_ms = std::atof(platform::query_param("slowframe").c_str());  // docs/automation.md
  app.theme_choice = platform::saved_theme();
  platform::set_overlay("Loading font and articles…", -1);
}

// ------------------------------------------------------------------------------------------- [layout]
static Rect window_rect() {
  ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
  return {p.x, p.y, p.x + s.x, p.y + s.y};
}

static void draw_menu_bar(App& app, Intents& intents) {
  const Session& s = app.session;
  Ui& ui = app.ui;
  if (!ImGui::BeginMainMenuBar()) return;
  if (app.compact) {  // issue 15, part 5: one menu and the pane switcher (the page's title names the app)
    ui.rects.push_back({"menu_bar", window_rect()});
    draw_compact_menu(app, intents);
    ImGui::EndMainMenuBar();
    return;
  }
  ImGui::TextUnformatted("Article Explorer");
  ui.rects.push_back({"menu_bar", window_rect()});
  ImGui::Separator();
  if (ImGui::MenuItem("Open…")) intents.open_file = true;
  ui.publish("open");
  ImGui::TextDisabled("Export view:");
  if (ImGui::MenuItem("CSV")) intents.export_csv = true;
  ui.publish("export_csv");
  if (ImGui::MenuItem("CSV for Excel")) intents.export_csv_excel = true;  // with a UTF-8 BOM (docs in README)
  ui.publish("export_csv_excel");
  if (ImGui::MenuItem("JSON")) intents.export_json = true;
  ui.publish("export_json");
  ImGui::Separator();
  if (ImGui::MenuItem("Copy link")) intents.copy_link = true;
  ui.publish("copy_link");
  ImGui::Separator();
  // Light and dark (issue 15): the page's prefers-color-scheme until the user picks one here; remembered.
  if (ImGui::MenuItem(theme_is_light() ? "Dark theme" : "Light theme")) {
    app.theme_choice = theme_is_light() ? "dark" : "light";
    platform::save_theme(app.theme_choice);
  }
  ui.publish("theme_toggle");
  ImGui::Separator();
  const auto& cd = s.corpus_download;
  if (cd.phase == Download::Phase::loading) {
    float f = cd.total > 0 ? float(cd.loaded / cd.total) : 0.f;
    ImGui::TextDisabled("Loading articles…");
    ImGui::ProgressBar(f > 1 ? 1 : f, ImVec2(160, 0));
  } else if (!s.stream.complete()) {  // a sharded corpus: say what fraction is loaded (filters see only that)
    const session::Stream& st = s.stream;
    ImGui::TextDisabled("Loaded %s of %s articles (%.0f%%)", group_thousands(st.articles_loaded).c_str(),
                        group_thousands(st.manifest.articles).c_str(), 100 * st.fraction());
    ImGui::ProgressBar(float(st.fraction()), ImVec2(160, 0), "");
    ui.publish("stream_progress");
  } else if (!s.corpus.articles.empty()) {
    ImGui::TextDisabled("%s: %s article%s", s.corpus_name.c_str(), group_thousands(s.corpus.articles.size()).c_str(),
                        s.corpus.articles.size() == 1 ? "" : "s");
  }
  if (session::notice_visible(s)) {
    ImGui::Separator();
    ImGui::TextColored(theme_colors().notice, "%s", s.notice.c_str());
  }
  ImGui::EndMainMenuBar();
}

static void error_text(const char* heading, const std::string& detail) {
  ImGui::TextColored(theme_colors().error, "%s", heading);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(detail.c_str());
  ImGui::PopTextWrapPos();
}

// Above the tabs: load failures (with Retry), a refused ?data=, and what a link could not apply.
static void draw_banners(const Session& s, Ui& ui, Intents& intents) {
  if (!s.load_error.empty()) {
    error_text(s.corpus.articles.empty() ? "The corpus could not be loaded:"
                                         : "That file could not be loaded; the current corpus is kept:",
               s.load_error);
    if (s.corpus_download.phase == Download::Phase::failed) {
      if (ImGui::Button("Retry")) intents.retry_load = true;
      ui.publish("retry");
    }
    ImGui::Separator();
  }
  if (!s.data_error.empty() && s.load_error.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(theme_colors().error, "%s", s.data_error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
  }
  if (!s.stream.index_error.empty()) {  // links then wait for their shard in order: slower, nothing lost
    error_text("The corpus index could not be read; links to an article wait until its shard arrives:",
               s.stream.index_error);
    ui.publish("index_error");
    ImGui::Separator();
  }
  if (!s.stream.error.empty()) {
    error_text("Part of the corpus could not be loaded; what arrived is shown:", s.stream.error);
    if (ImGui::Button("Retry")) intents.retry_load = true;
    ui.publish("retry_shards");
    ImGui::Separator();
  }
  if (s.link_notice_open) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme_colors().link_notice_bg);
    // At most 3 messages + "and N more", each wrapped to the notice's width (a long one, such as the My articles
    // notice, would otherwise be cut at the edge); past 8 lines it scrolls.
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float wrap = std::max(50.0f, ImGui::GetContentRegionAvail().x - ImGui::GetStyle().WindowPadding.x * 2 -
                                           ImGui::GetTreeNodeToLabelSpacing());
    float text_h = line;
    for (size_t i = 0; i < s.link_ignored.size() && i < 3; ++i)
      text_h += ImGui::CalcTextSize(s.link_ignored[i].c_str(), nullptr, false, wrap).y + spacing;
    if (s.link_ignored.size() > 3) text_h += line;
    const float h = std::min(text_h, line * 8) + 12;
    ImGui::BeginChild("##link_notice", ImVec2(0, h), true, text_h > line * 8 ? 0 : ImGuiWindowFlags_NoScrollbar);
    ImGui::TextUnformatted("This link was applied as far as it was valid. Ignored:");
    ImGui::SameLine(ImGui::GetContentRegionAvail().x - 10);
    if (ImGui::SmallButton("x")) intents.dismiss_link_notice = true;
    ui.publish("dismiss_link_notice");
    for (size_t i = 0; i < s.link_ignored.size() && i < 3; ++i) {
      ImGui::Bullet();
      ImGui::SameLine();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(s.link_ignored[i].c_str());
      ImGui::PopTextWrapPos();
    }
    if (s.link_ignored.size() > 3) ImGui::BulletText("and %zu more", s.link_ignored.size() - 3);
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
}

// The registered panels as tabs; a kind table's tab shows its row count ("…" while a hidden count is stale).
static void draw_tabs(const Session& s, Ui& ui, Intents& intents) {
  if (!ImGui::BeginTabBar("##panels")) return;
  bool other_shown = false;  // a panel that is no kind table is shown (the ledger)
  for (const PanelDef& p : panels()) other_shown = other_shown || (p.active && p.active(s));
  for (PanelDef& p : panels()) {
    char label[96];
    if (p.kind) {
      bool stale = false;
      const size_t n = session::row_count(s, *p.kind, &stale);
      if (stale) std::snprintf(label, sizeof label, "%s (…)###%s", p.title.c_str(), p.id.c_str());
      else std::snprintf(label, sizeof label, "%s (%s)###%s", p.title.c_str(), group_thousands(n).c_str(), p.id.c_str());
    } else {
      std::snprintf(label, sizeof label, "%s###%s", p.title.c_str(), p.id.c_str());
    }
    const bool mine = p.active ? p.active(s) : (p.kind && *p.kind == s.panel && !other_shown);
    bool open = ImGui::BeginTabItem(label, nullptr, ui.push_panel && mine ? ImGuiTabItemFlags_SetSelected : 0);
    ui.publish("tab_" + p.id);
    if (!open) continue;
    if (!mine && !ui.push_panel) {  // the user picked this tab
      if (p.pick) {
        p.pick(intents);
      } else if (p.kind) {
        intents.set_panel = true;
        intents.panel = *p.kind;
      }
    }
    p.draw(s, ui, intents);
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

static void draw_body(App& app, Intents& intents) {
  const Session& s = app.session;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  ImGui::Begin("##body", nullptr, flags);
  ImGui::PopStyleVar();
  if (app.compact) {  // issue 15, part 5: one pane at a time, the same child windows (their scroll is kept)
    if (session::notice_visible(s)) ImGui::TextColored(theme_colors().notice, "%s", s.notice.c_str());
    switch (app.pane) {
      case App::Pane::filters:
        ImGui::BeginChild("##sidebar", ImVec2(0, 0), true);
        app.ui.rects.push_back({"sidebar", window_rect()});
        draw_sidebar(app, intents);
        ImGui::EndChild();
        break;
      case App::Pane::table:
        ImGui::BeginChild("##centre", ImVec2(0, 0), true);
        draw_banners(s, app.ui, intents);
        draw_compact_tabs(app, intents);
        ImGui::EndChild();
        break;
      case App::Pane::reader:
        ImGui::BeginChild("##reader", ImVec2(0, 0), true);
        app.ui.rects.push_back({"reader", window_rect()});
        draw_reader(s, app.ui, intents);
        ImGui::EndChild();
        break;
    }
    ImGui::End();
    return;
  }

  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float sidebar_w = std::floor(std::clamp(avail * 0.2f, 210.f, 320.f));
  const float reader_w = std::floor(std::clamp(avail * 0.3f, 260.f, 620.f));
  const float centre_w = std::fmax(120.f, avail - sidebar_w - reader_w - 2 * spacing);

  ImGui::BeginChild("##sidebar", ImVec2(sidebar_w, 0), true);
  app.ui.rects.push_back({"sidebar", window_rect()});
  draw_sidebar(app, intents);
  ImGui::EndChild();

  ImGui::SameLine();
  ImGui::BeginChild("##centre", ImVec2(centre_w, 0), true);
  draw_banners(s, app.ui, intents);
  draw_tabs(s, app.ui, intents);
  ImGui::EndChild();

  ImGui::SameLine();
  ImGui::BeginChild("##reader", ImVec2(0, 0), true);
  app.ui.rects.push_back({"reader", window_rect()});
  draw_reader(s, app.ui, intents);
  ImGui::EndChild();

  ImGui::End();
}

// Arrow keys move the selection in the active table, Page Up/Down by a page, Enter shows it in the reader.
// Keys go to the search box instead while it is being edited.
// They count the browser's keydown events (feed_events: one per press, and the browser's own auto-repeat while a
// key is held), not ImGui's per-frame key state: ImGui repeats a key held 0.275 s of its clock, and on a loaded
// machine a few slow frames between a key's down and up made one press move two or three rows.
static void handle_keys(App& app, Intents& out) {
  const Session& s = app.session;
  const int move = app.nav_move;
  const bool enter = app.nav_enter;
  app.nav_move = 0;
  app.nav_enter = false;
  if (ImGui::GetIO().WantTextInput) return;
  if (move != 0) out.move_selection = move;
  if (s.selection.active && enter) out.scroll_reader = true;
}

// A keydown the table acts on (handle_keys), counted as SDL delivers it to ImGui.
static void count_nav_key(App& app, const SDL_KeyboardEvent& k) {
  switch (k.keysym.scancode) {
    case SDL_SCANCODE_DOWN: app.nav_move += 1; break;
    case SDL_SCANCODE_UP: app.nav_move -= 1; break;
    case SDL_SCANCODE_PAGEDOWN: app.nav_move += 20; break;
    case SDL_SCANCODE_PAGEUP: app.nav_move -= 20; break;
    case SDL_SCANCODE_RETURN:
    case SDL_SCANCODE_KP_ENTER: app.nav_enter = true; break;
    default: break;
  }
}

// ------------------------------------------------------------------------------------------- [publish]
static void append_rects(std::string& s, const std::vector<NamedRect>& rects) {
  s += '{';
  char buf[128];
  for (size_t i = 0; i < rects.size(); ++i) {
    if (i) s += ',';
    append_json_string(s, rects[i].name);
    const Rect& r = rects[i].rect;
    std::snprintf(buf, sizeof buf, ":[%.1f,%.1f,%.1f,%.1f]", r.x0, r.y0, r.x1, r.y1);
    s += buf;
  }
  s += '}';
}

// The automation state: the session's part is rebuilt when its revision moved, the host's part (display,
// widget rectangles) when it differs from the last frame's; nothing is sent when neither changed.
static bool publish_state(App& app) {
  int w = 0, h = 0, fw = 0, fh = 0;
  SDL_GetWindowSize(app.window, &w, &h);
  SDL_GL_GetDrawableSize(app.window, &fw, &fh);
  char display[256];
  std::snprintf(display, sizeof display,
                ",\"display\":{\"width\":%d,\"height\":%d,\"framebufferWidth\":%d,\"framebufferHeight\":%d,"
                "\"dpr\":%.3g,\"fontPx\":%.3g}",
                w, h, fw, fh, app.dpr, app.font_css_px);
  const std::string display_theme = display + theme_json() + layout_json(app);  // issue 15: colours, layout
  const bool session_changed = app.state_revision != app.session.revision;
  const bool host_changed = app.published_display != display_theme || app.published_rects != app.ui.rects ||
                            app.published_row_rects != app.ui.row_rects;
  if (!session_changed && !host_changed) return false;
  if (session_changed) {
    app.session_state = session::state_json(app.session);
    app.state_revision = app.session.revision;
  }
  if (host_changed) {
    app.published_display = display_theme;
    app.published_rects = app.ui.rects;
    app.published_row_rects = app.ui.row_rects;
  }
  std::string host = app.published_display + ",\"rects\":";
  append_rects(host, app.published_rects);
  host += ",\"rowRects\":";
  append_rects(host, app.published_row_rects);
  std::string state = app.session_state;
  state.insert(state.size() - 1, host);  // before the closing brace
  platform::publish_state(state);
  return host_changed;
}

// ------------------------------------------------------------------------------------------- [idle]
// Issue 15: idle means idle. The browser calls frame() on each animation frame only while the loop runs; after
// a frame in which nothing changed and nothing waits, the loop pauses, and the page's input listeners, every
// platform answer (fetch, image, clipboard, history, file), the session's next deadline (a notice expiring,
// typing settling into the address bar) and window.explorer.wake() resume it. ImGui needs a couple of frames
// after an input to settle hover and layout, so a wake asks for a few frames, and input keeps the loop going
// for a quarter of a second.
// The throttle applies while shards stream in and no input came for a second (see App::last_input_ms).
// 400 ms (was 200): in headless Chromium with SwiftShader each frame also blocks the main thread ~65 ms in the
// compositor's commit while the GPU process rasterises it; at 100k articles 2.5 progress frames a second instead
// of ~4.5 cut the GPU process's CPU from 4.5 to 2.9 s (docs/performance-notes.md, "w1").
static constexpr double kStreamFrameMs = 400, kInputQuietMs = 1000;
static bool stream_throttled(const App& app, double now) {
  const Session& s = app.session;
  return s.stream.active && !s.stream.complete() && now - app.last_input_ms > kInputQuietMs;
}

void wake_for_data(App& app) {
  const double now = platform::now_ms();
  if (stream_throttled(app, now) && now < app.next_stream_frame_ms) {
    if (!app.loop_running) platform::wake_after(app.next_stream_frame_ms - now);
    return;  // a running loop draws it anyway
  }
  wake(app, 2, 0);
}

void wake(App& app, int frames, double linger_ms) {
  app.frames_wanted = std::max(app.frames_wanted, frames);
  if (linger_ms > 0) {  // the input bridge's wake: somebody is using the page
    app.awake_until_ms = std::max(app.awake_until_ms, platform::now_ms() + linger_ms);
    app.last_input_ms = platform::now_ms();
  }
  if (!app.loop_running) {
    app.loop_running = true;
    platform::resume_loop();
  }
}

// SDL's events, queued across frames. ImGui 1.86 samples key state once per frame, so a key that goes down and
// up within one frame is never seen, and on a slow frame presses were lost or (held across the frame, past the
// repeat delay) doubled. Each frame takes at most one transition per key; the rest wait for the next frame, in
// order (a later event never overtakes an earlier one).
static std::vector<SDL_Event>& event_queue() {
  static auto* q = new std::vector<SDL_Event>();
  return *q;
}

static void feed_events(App& app) {
  std::vector<SDL_Event>& q = event_queue();
  SDL_Event event;
  while (SDL_PollEvent(&event)) q.push_back(event);
  std::vector<SDL_Scancode> changed;
  size_t i = 0;
  for (; i < q.size(); ++i) {
    const SDL_Event& e = q[i];
    if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) {
      const SDL_Scancode key = e.key.keysym.scancode;
      if (std::find(changed.begin(), changed.end(), key) != changed.end()) break;  // next frame
      changed.push_back(key);
    }
    if (e.type == SDL_KEYDOWN) count_nav_key(app, e.key);
    ImGui_ImplSDL2_ProcessEvent(&e);
  }
  q.erase(q.begin(), q.begin() + long(i));
  if (i > 0) app.last_input_ms = platform::now_ms();
}

static bool input_held() {
  const ImGuiIO& io = ImGui::GetIO();
  for (bool down : io.MouseDown)
    if (down) return true;
  for (bool down : io.KeysDown)
    if (down) return true;
  return false;
}

static void end_frame(App& app, double frame_start, uint64_t revision_before, bool host_changed) {
  Session& s = app.session;
  if (app.slow_frame_ms > 0)  // ?slowframe=N: a machine too busy to draw faster (tests only)
    while (platform::now_ms() - frame_start < app.slow_frame_ms) {
    }
  app.text_done = false;
  // Something moved this frame: draw again until a frame changes nothing (layout and counts settle).
  const bool busy = s.revision != revision_before || host_changed || !event_queue().empty() ||
                    session::counts_pending(s) || session::background_pending(s) ||
                    (app.fonts_ready && input_held()) ||
                    (s.ready && !app.atlas_full);  // the full font atlas is built on the next frame
  if (busy) app.frames_wanted = std::max(app.frames_wanted, 2);
  if (app.frames_wanted > 0) --app.frames_wanted;
  const double now = platform::now_ms();
  if (stream_throttled(app, now) && !input_held()) {  // rest until the next stream frame (shards load meanwhile)
    app.next_stream_frame_ms = now + kStreamFrameMs;
    app.frames_wanted = std::max(app.frames_wanted, 1);
    app.loop_running = false;
    platform::pause_loop(false);
    platform::wake_after(kStreamFrameMs);
    return;
  }
  if (app.frames_wanted > 0 || now < app.awake_until_ms) return;
  app.loop_running = false;
  platform::pause_loop();
  const double next = session::next_deadline_ms(s);
  if (next >= 0) platform::wake_after(next - now);
}

// The DOM <input> follows the active ImGui text field: shown and focused when it activates, moved with it,
// hidden when it lets go.
static void sync_text_overlay(App& app) {
  const Ui& ui = app.ui;
  if (ui.text_active && !app.overlay_shown) {
    platform::show_text_overlay(ui.text_at, ui.text_value, ui.text_hint);
    app.overlay_shown = true;
    app.overlay_at = ui.text_at;
  } else if (ui.text_active && !(ui.text_at == app.overlay_at)) {
    platform::move_text_overlay(ui.text_at);
    app.overlay_at = ui.text_at;
  } else if (!ui.text_active && app.overlay_shown) {
    platform::hide_text_overlay();
    app.overlay_shown = false;
  }
}

// ------------------------------------------------------------------------------------------- [frame]
void frame(App& app) {
  Session& s = app.session;
  const double frame_start = platform::now_ms();
  const uint64_t revision_before = s.revision;
  feed_events(app);

  if (!app.fonts_ready) {
    // Issue 18: a corpus read whole (js_fetch reads files under 32 MB at once and reports no progress for them) is
    // waited for too, so the first atlas and the first full frame (shaders, layout) are built once, with the data.
    // When the font arrived first, a full frame without data was drawn first and the atlas built twice: 100-300 ms
    // on a busy machine before the first frame with data. A corpus that reports progress (large or streamed)
    // gets the UI and its progress bar at once, as before; the page's overlay says what is loading meanwhile.
    const auto& cd = s.corpus_download;
    const bool corpus_arriving = cd.phase == Download::Phase::loading && cd.loaded == 0 && cd.total == 0;
    if ((s.font_download.phase == Download::Phase::done || s.font_download.phase == Download::Phase::failed) &&
        !corpus_arriving) {
      rebuild_fonts(app, false);  // falls back to ImGui's built-in font if the TTF failed, with a console message
    } else {
      platform::set_overlay("Loading font and articles…", cd.total > 0 ? cd.loaded / cd.total : -1);
      ++app.frame;
      platform::publish_frame(app.frame, false);
      end_frame(app, frame_start, revision_before, false);
      return;
    }
  }
  // Issue 18: the first atlas holds the first view's glyphs only (fonts.cpp). Articles that arrived after it was
  // built get theirs before they are drawn; the full atlas comes on the frame after the first frame with data,
  // before typing, shards or My articles can bring other characters.
  if (!app.atlas_full) {
    if (s.ready) {
      rebuild_fonts(app, true);
    } else if (!app.atlas_has_data && (s.corpus_download.phase == Download::Phase::done ||
                                       s.corpus_download.phase == Download::Phase::failed)) {
      rebuild_fonts(app, false);
    }
  }
  if (std::fabs(float(platform::device_pixel_ratio()) - app.dpr) > 0.01f) rebuild_fonts(app, true);  // moved screens

  session::refresh(s);
  Ui& ui = app.ui;
  ui.rects.clear();
  ui.row_rects.clear();
  ui.push_panel = app.panel_seen != s.panel_pushed;  // the session's requests since the last frame drawn
  ui.scroll_to_selection = app.selection_scroll_seen != s.selection_scroll;
  ui.reader_scroll = app.reader_scroll_seen != s.reader_scroll;
  app.panel_seen = s.panel_pushed;
  app.selection_scroll_seen = s.selection_scroll;
  app.reader_scroll_seen = s.reader_scroll;
  ui.text_active = false;
  // The theme: the user's choice, else the page's prefers-color-scheme (a change of it wakes the app).
  const bool light = app.theme_choice == "light" || (app.theme_choice.empty() && platform::prefers_light());
  if (light != theme_is_light()) {
    apply_theme(light);
    platform::set_page_theme(light);
  }
  update_layout(app);  // issue 15, part 5: compact or not, target sizes (a resize or zoom re-lays out at once)
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  // After an idle pause the backend's clock jumps by seconds; ImGui's timers (key repeat after 0.275 s held,
  // double-click) must see at most a tenth of a second per frame, or a slow frame turns one press into two.
  ImGui::GetIO().DeltaTime = std::clamp(ImGui::GetIO().DeltaTime, 1e-4f, 0.1f);
  ImGui::NewFrame();
  apply_touch_scroll(app);
  Intents intents;
  draw_menu_bar(app, intents);
  draw_body(app, intents);
  handle_keys(app, intents);
  ImGui::Render();

  int fb_w = 0, fb_h = 0;
  SDL_GL_GetDrawableSize(app.window, &fb_w, &fb_h);
  glViewport(0, 0, fb_w, fb_h);
  const ImVec4& bg = theme_colors().clear;
  glClearColor(bg.x, bg.y, bg.z, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  session::apply(s, intents);
  session::tick(s);

  ++app.frame;
  const bool has_data = s.corpus_download.phase == Download::Phase::done ||
                        s.corpus_download.phase == Download::Phase::failed;
  if (has_data && !s.ready) {
    session::set_ready(s);
    platform::hide_overlay();
  }
  const bool host_changed = publish_state(app);
  publish_mirror(app);  // issue 15, part 4: the screen-reader mirror, when the session changed it
  sync_text_overlay(app);
  platform::publish_frame(app.frame, s.ready);
  end_frame(app, frame_start, revision_before, host_changed);
}

}  // namespace ae::app
