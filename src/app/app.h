// app.h: the explorer's whole state in one object, and the intents panels emit.
//
// A frame reads the model and draws; panels never mutate it mid-draw. They fill an Intents value, which
// apply() carries out between frames (the v6502r / Tracy pattern). Derived lists (filtered + sorted rows, facet
// counts) are cached and rebuilt only when the query or the sort changes.
#pragma once

#include "core/corpus.h"
#include "core/json.h"
#include "core/manifest.h"
#include "core/query.h"
#include "core/view.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

struct SDL_Window;
typedef void* SDL_GLContext;

namespace ae::app {

using Panel = ae::ItemKind;  // the four panels are the four item kinds
inline constexpr int kPanels = ae::kItemKinds;
const char* panel_name(Panel p);   // "people", "agreements", "figures", "photos"
const char* panel_title(Panel p);  // "People", ...

// An asynchronous download (font, corpus) or a file the user dropped / picked.
struct Download {
  enum class Phase : uint8_t { idle, loading, done, failed } phase = Phase::idle;
  double loaded = 0, total = 0;
  std::string url, error;
};

// A selected item: kind + index into that kind's flat array.
struct Selection {
  bool active = false;
  Panel kind = Panel::person;
  uint32_t index = 0;
  bool operator==(const Selection&) const = default;
};

// A photo thumbnail, loaded on first view.
struct Thumbnail {
  enum class Phase : uint8_t { loading, ready, failed } phase = Phase::loading;
  uint32_t texture = 0;  // GL texture name (ImTextureID)
  int width = 0, height = 0;
  std::string error;
};

// What the UI asks for; applied after the frame.
struct Intents {
  bool set_panel = false;
  Panel panel = Panel::person;
  int toggle_topic = -1;  // topic index
  bool set_query = false;
  std::string query;
  int toggle_figure_kind = -1;
  bool set_article = false;
  int32_t article = -1;
  bool clear_filters = false;
  bool select = false;
  Selection selection;
  bool scroll_reader = false;  // bring the selection's sentence into view
  bool set_sort = false;
  Panel sort_panel = Panel::person;
  ae::Sort sort;
  int move_selection = 0;  // arrow keys: -1 up, +1 down, ±page
  bool export_csv = false, export_json = false;
  bool retry_load = false;
  int64_t request_text = -1, retry_text = -1;  // article index whose text the reader needs / retries
  bool open_file = false;
  bool copy_link = false;
  bool copy_citation = false;
  bool dismiss_link_notice = false;
  std::vector<uint32_t> load_thumbnails;  // photo indices whose src is on screen but not loaded
};

// Screen rectangles (CSS px) of the main widgets, published for tests and embedding.
struct Rect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool operator==(const Rect&) const = default;
};
struct NamedRect {
  std::string name;
  Rect rect;
  bool operator==(const NamedRect&) const = default;
};

// The cached rows of one panel. Hidden panels only need a count (their tab label): it is computed lazily, one
// panel per frame after the visible panel is up to date, so a filter change costs one panel's filter.
struct PanelRows {
  std::vector<uint32_t> rows;
  uint64_t built_generation = ~uint64_t(0);
  ae::Sort sort;  // the panel's current sort
  size_t count = 0;  // rows matching the filters (== rows.size() once built)
  uint64_t count_generation = ~uint64_t(0);
};

// A sharded corpus being streamed (loading.cpp, docs/scale.md).
enum class ShardPhase : uint8_t { waiting, loading, done, failed };
struct Stream {
  bool active = false;  // the corpus came from a manifest
  ae::Manifest manifest;
  std::string manifest_url;
  std::vector<ShardPhase> shard_phase;
  std::vector<uint32_t> order;  // fetch order (a link's shard first)
  uint32_t shards_loaded = 0;
  uint64_t articles_loaded = 0;
  std::string error;  // the first failure (file:offset: path: message); Retry resumes the failed shards
  std::string index_error;  // the index file could not be read (links then wait for their shard in order)
  double started_ms = 0, interactive_ms = -1, complete_ms = -1;  // performance.now() clock
  double manifest_ms = 0;              // parse_manifest()
  double load_ms = 0, index_ms = 0;  // time spent in CorpusLoader::load and QueryEngine::extend for the shards
  uint64_t bytes_loaded = 0;         // shard bytes parsed
  std::string pending_link, pending_view;  // a link waiting for its article's shard, and the view it set
  bool complete() const { return !active || shards_loaded == shard_phase.size(); }
  double fraction() const {
    return manifest.articles ? double(articles_loaded) / double(manifest.articles) : 1.0;
  }
};

// A file of article texts, fetched the first time the reader needs one of its articles.
struct TextFile {
  enum class Phase : uint8_t { loading, done, failed } phase = Phase::loading;
  uint32_t request = 0;
  uint32_t articles = 0;  // texts attached from it
  std::string url, error;
};
enum class TextState : uint8_t { inline_, loading, failed };

struct App {
  // ---- platform
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  float dpr = 1;           // devicePixelRatio the font atlas was built for
  float font_css_px = 15;  // UI text size in CSS px
  bool fonts_ready = false;
  std::vector<unsigned char> font_ttf;

  // ---- data
  ae::Corpus corpus;
  ae::CorpusLoader loader;
  ae::QueryEngine engine;
  Download font_download, corpus_download;
  std::string corpus_url = "data/corpus.json";   // what the page loads (?data= may name another same-origin file)
  std::string corpus_name = "data/corpus.json";  // where the corpus came from (URL or dropped file name)
  std::string text_base;                          // URL that textRefs resolve against ("" for a dropped file)
  Stream stream;
  std::unordered_map<std::string, TextFile> texts;  // by URL
  std::vector<std::string> text_urls;               // by request number
  std::string load_error;                         // loader message (file:offset: path: message)
  std::string data_error;                         // a ?data= parameter that was refused (the default is shown)
  std::vector<Thumbnail> thumbnails;              // by request id - 1
  std::unordered_map<std::string, uint32_t> thumbnail_by_src;  // src -> request id

  // ---- view
  Panel panel = Panel::person;
  bool panel_from_app = true;  // the tab bar must select `panel` on the next frame
  ae::Query query;             // filters (topic indices, text, kinds, article)
  char search_buffer[512] = {};  // the search box's edit buffer (mirrors query.text)
  Selection selection;
  uint64_t filter_generation = 0;  // bumped when `query` changes
  PanelRows panels[kPanels];
  std::vector<uint32_t> facet_counts;  // per topic, for the active panel
  uint64_t facet_generation = ~uint64_t(0);
  Panel facet_panel = Panel::person;
  bool sort_from_app[kPanels] = {false, false, false, false};  // push panels[i].sort into the table header
  bool scroll_to_selection = false;  // table: bring the selected row into view
  bool reader_scroll = false;        // reader: bring the selected sentence into view
  std::string notice;                // a short confirmation/notice line (export done, ...)
  double notice_until = 0;

  // ---- shareable link (docs/links.md)
  std::string link_fragment;              // the fragment the address bar shows for the current view
  std::vector<std::string> link_ignored;  // what the last opened link could not apply (dismissible notice)
  bool link_notice_open = false;
  bool history_push = false;              // a meaningful change this frame: pushState
  double typing_since = -1;               // search text changed at this time: replaceState once typing pauses
  std::string clipboard_text;             // last text sent to the clipboard (shown if copying fails)

  // ---- automation
  uint64_t frame = 0;
  bool ready = false;  // true after the first frame drawn with data
  std::vector<NamedRect> rects;     // rebuilt every frame
  std::vector<NamedRect> row_rects;  // visible rows of the active panel: name = item id
  std::string published_state;
};

App& the_app();  // the single instance (heap-allocated; main()'s stack unwinds under Emscripten)

// Loading (loading.cpp).
void start(App& app);       // after SDL/GL/ImGui init: starts the downloads
void retry_load(App& app);  // after a failure: refetch the corpus, or resume the failed shards
void pump_stream(App& app);  // keeps up to four shard requests in flight
void reset_view(App& app);
// Whether article `article`'s text is here (`error` says why it failed); request_text starts fetching it.
TextState text_state(const App& app, uint32_t article, std::string* error = nullptr);
void request_text(App& app, uint32_t article);
void retry_text(App& app, uint32_t article);
void open_link(App& app, const std::string& fragment);  // a link, even while shards are still streaming
bool counts_pending(const App& app);
void set_notice(App& app, std::string text);
void frame(App& app);  // one frame: events, refresh caches, draw, apply intents, publish
void apply(App& app, const Intents& in);
void refresh(App& app);  // rebuilds stale row lists / facet counts
void apply_fragment(App& app, std::string_view fragment);  // opens a link (on load, Back/Forward)
void sync_url(App& app);  // writes the current view to the address bar (push or debounced replace)
std::string citation(const App& app);
const Thumbnail* thumbnail(const App& app, std::string_view src);  // null until requested  // the selected item's text, its sentence and the link
std::string state_json(const App& app);
void publish_rect(App& app, std::string name);  // the last ImGui item's rectangle
void publish_row_rect(App& app, Panel kind, uint32_t item);  // the last item as a row of the active table

// Item accessors shared by panels and the reader.
const ae::Evidence* item_evidence(const ae::Corpus& c, Panel kind, uint32_t i);  // first mention for people
ae::View current_view(const App& app);

// Panels (one file each): read the model, emit intents.
void draw_people_panel(App& app, Intents& out);
void draw_agreements_panel(App& app, Intents& out);
void draw_figures_panel(App& app, Intents& out);
void draw_photos_panel(App& app, Intents& out);
void draw_sidebar(App& app, Intents& out);
void draw_reader(App& app, Intents& out);

// Shared table helpers (table.cpp): empty-state text, row selection, sort header sync.
struct Column {
  const char* label;
  ae::SortColumn sort;  // SortColumn::none: not sortable
  float width;          // > 0: fixed width in CSS px; 0: stretch; < 0: stretch with weight -width
};
// Begins a sortable, resizable, scrolling table filling the remaining height (leave `reserve_bottom` px).
bool begin_panel_table(App& app, Panel kind, const Column* columns, int count, Intents& out, float reserve_bottom = 0);
void end_panel_table();
// Draws the rows with ImGuiListClipper; `draw_row(i)` draws the cells after the row's selectable (which spans
// all columns and `row_height`, 0 = one text line; rows must share one height for the clipper).
template <class DrawRow>
void draw_panel_rows(App& app, Panel kind, Intents& out, DrawRow&& draw_row, float row_height = 0);
bool draw_empty_state(const App& app, Panel kind);
// A table cell's text; when the column is too narrow for it, hovering shows the whole text.
void cell_text(std::string_view text);  // true if the panel is empty (and explained why)
std::string why_empty(const App& app, Panel kind);

// Fonts (fonts.cpp): builds the atlas from the fetched TTF at font_css_px × dpr and scales back.
void rebuild_fonts(App& app);

}  // namespace ae::app

#include "app/table_rows.inl"
