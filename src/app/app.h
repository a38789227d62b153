// app.h: the ImGui side of the explorer. The behaviour (loading, links, intents, the automation state) lives in
// src/session, which knows no UI; this layer draws a const Session and emits Intents, which the frame hands
// to session::apply() after drawing. Panels are registered once (panels.h) and own their widget state.
#pragma once

#include "app/platform.h"
#include "session/session.h"

#include <cstdint>
#include <string>
#include <vector>

struct SDL_Window;
typedef void* SDL_GLContext;

namespace ae::app {

using session::Intents;
using session::Selection;
using session::Session;

// Screen rectangles (CSS px) of the main widgets, published for tests and embedding (docs/automation.md).
struct Rect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool operator==(const Rect&) const = default;
};
struct NamedRect {
  std::string name;
  Rect rect;
  bool operator==(const NamedRect&) const = default;
};

// What one frame's drawing collects and the requests it acts on.
struct Ui {
  std::vector<NamedRect> rects;      // rebuilt every frame
  std::vector<NamedRect> row_rects;  // visible rows of the active table: name = item id
  bool push_panel = false;           // the tab bar selects the session's panel this frame
  bool scroll_to_selection = false;  // the table brings the selected row into view this frame
  bool reader_scroll = false;        // the reader brings the selected sentence into view this frame
  // Issue 15: the active ImGui text field, which gets a real DOM <input> laid over it (platform.h).
  bool text_active = false;
  platform::TextOverlay text_at;
  std::string text_value, text_hint;
  void publish(std::string name);    // the last ImGui item's rectangle
  void publish_row(const Corpus& c, ItemKind kind, uint32_t item);  // the last item as a row of the active table
};

struct App {
  explicit App(session::Platform& p) : session(p) {}
  session::Session session;

  // ---- platform
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  float dpr = 1;           // devicePixelRatio the font atlas was built for
  float font_css_px = 15;  // UI text size in CSS px
  bool fonts_ready = false;
  // Issue 18: the first atlas holds only the glyphs the first view can show (fonts.cpp); the full one is built on
  // the frame after the first frame with data. atlas_has_data: the first atlas included the loaded articles' glyphs.
  bool atlas_full = false;
  bool atlas_has_data = false;

  // ---- drawing
  Ui ui;
  char search_buffer[512] = {};  // the search box's edit buffer (mirrors session.query.text)
  uint64_t panel_seen = 0, selection_scroll_seen = 0, reader_scroll_seen = 0;  // session requests acted on

  // ---- idle loop, key queue and text overlay (issue 15): see app.cpp [idle]
  bool loop_running = true;     // the browser's animation loop calls frame(); paused when nothing changes
  int frames_wanted = 2;        // draw at least this many more frames
  double awake_until_ms = 0;    // and keep drawing until then (performance.now clock)
  double slow_frame_ms = 0;     // ?slowframe=N: every frame takes at least N ms (tests of slow machines)
  // Issue 18: while shards stream in and nobody is using the page, frames are drawn at most every
  // kStreamFrameMs, so the main thread spends its time loading instead of redrawing a progress bar (at 100k
  // articles a frame costs about as much as loading a shard). Any input lifts it at once.
  double last_input_ms = -1e9;
  double next_stream_frame_ms = 0;
  bool focus_search = false;    // Ctrl+F: the search box takes the keyboard on the next frame
  std::string theme_choice;     // "light", "dark", or "" to follow prefers-color-scheme (app/theme.h)
  bool text_pending = false;    // the DOM input's committed text, for the active field's next frame
  std::string text_in;
  int text_sel0 = 0, text_sel1 = 0;
  bool text_done = false;       // the DOM input let go (Enter, Escape, Tab, blur): deactivate the ImGui field
  int nav_move = 0;             // table keys since the last frame (feed_events): rows to move the selection by
  bool nav_enter = false;       // and Enter: show the selection's sentence
  bool overlay_shown = false;
  platform::TextOverlay overlay_at;

  // ---- the screen-reader mirror (issue 15, part 4): a11y_mirror.cpp
  uint64_t mirror_revision = ~uint64_t(0);  // the session revision the mirror was last built from
  std::string mirror_json;                  // as last sent to the page

  // ---- phones, tablets and zoom (issue 15, part 5): layout.cpp
  enum class Pane : uint8_t { filters, table, reader };
  Pane pane = Pane::table;       // the one pane a compact layout shows
  bool compact = false;          // this frame: narrower than kCompactWidth CSS px
  bool big_targets = false;      // this frame: targets at least 40 CSS px (compact, or a finger)
  std::string compact_panel;     // compact tabs: the id of a panel without a kind that is shown, else ""
  float touch_dy = 0, touch_x = 0, touch_y = 0;  // a touch drag's scroll waiting for the next frame

  // ---- automation
  uint64_t frame = 0;
  uint64_t state_revision = ~uint64_t(0);  // the session revision session_state was built from
  std::string session_state;               // session::state_json without the host fields
  std::vector<NamedRect> published_rects, published_row_rects;
  std::string published_display;
};

App& the_app();  // the single instance (heap-allocated; main()'s stack unwinds under Emscripten)

void start(App& app);  // after SDL/GL/ImGui init: starts the downloads and installs the page listeners
void frame(App& app);  // one frame: events, refresh, draw, apply intents, publish
void wake_for_data(App& app);  // a download's answer (see App::next_stream_frame_ms)
void wake(App& app, int frames, double linger_ms);  // resume the paused loop (input, an answer, a timer)

void draw_sidebar(App& app, Intents& out);
void draw_my_articles(App& app, Intents& out);  // my_articles_ui.cpp (issue 14), at the foot of the sidebar
void draw_reader(const Session& s, Ui& ui, Intents& out);

// The screen-reader mirror (a11y_mirror.cpp): sent to the page when the session's mirror changed.
void publish_mirror(App& app);
// Phones, tablets and zoom (layout.cpp). Below kCompactWidth CSS px one pane shows at a time (filters, table or
// reader) with a switcher in the menu bar; with a compact layout or a finger, targets are at least 40 CSS px.
inline constexpr float kCompactWidth = 700;
void update_layout(App& app);          // before NewFrame: compact or not, the style's sizes
void apply_touch_scroll(App& app);     // after NewFrame: a pending touch drag scrolls the window under it
void draw_compact_menu(App& app, Intents& out);   // the menu bar's items in one menu, and the pane switcher
void draw_compact_tabs(App& app, Intents& out);   // the panels as wrapping buttons, then the shown panel
std::string layout_json(const App& app);          // ,"layout":{…} for the automation state
// `text` shortened with "…" to fit `width` px in the current font (whole if it fits).
std::string elide(std::string_view text, float width);

// Fonts (fonts.cpp): builds the atlas from the fetched TTF at font_css_px × dpr and scales back. `full`: every
// glyph range the UI supports; else the first view's glyphs only (a base range and the loaded articles' characters).
void rebuild_fonts(App& app, bool full = true);

}  // namespace ae::app
