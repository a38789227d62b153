// session.h: the explorer's state and behaviour without any UI: loading and streaming a corpus, links and
// history, intents, the selection, the cached row lists and the automation state. The ImGui panels (src/app)
// draw from a const Session and fill an Intents value; apply() carries it out between frames (the v6502r /
// Tracy pattern). Nothing here includes ImGui, SDL or Emscripten (CTest session_boundary checks it), so
// tests/session drives it natively with a fake platform.
//
// Requests the UI must act on once (select a tab, bring the selection into view, show a sort in a table
// header) are counters: the session bumps them, the UI remembers the last value it acted on. The session never
// holds a flag that only the UI can reset.
#pragma once

#include "core/corpus.h"
#include "core/dates.h"
#include "core/json.h"
#include "core/kinds.h"
#include "core/ledger.h"
#include "core/manifest.h"
#include "core/persons.h"
#include "core/query.h"
#include "core/view.h"
#include "core/view_link.h"
#include "session/platform.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ae::session {

// An asynchronous download (font, corpus) or a file the user dropped / picked.
struct Download {
  enum class Phase : uint8_t { idle, loading, done, failed } phase = Phase::idle;
  double loaded = 0, total = 0;
  std::string url, error;
};

// A selected item: kind + index into that kind's flat array.
struct Selection {
  bool active = false;
  ItemKind kind = ItemKind::person;
  uint32_t index = 0;
  bool operator==(const Selection&) const = default;
};

// A photo thumbnail, loaded on first view.
struct Thumbnail {
  enum class Phase : uint8_t { loading, ready, failed } phase = Phase::loading;
  uint32_t texture = 0;  // the host's texture name (a GL texture: ImTextureID)
  int width = 0, height = 0;
  std::string error;
};

// A pasted text or a text file for My articles: its name and its bytes as they came (any encoding).
struct TextInput {
  std::string name;
  std::string bytes;
};

// What the UI asks for; applied after the frame.
struct Intents {
  bool set_panel = false;
  ItemKind panel = ItemKind::person;
  int toggle_topic = -1;  // topic index
  bool set_query = false;
  std::string query;
  int toggle_figure_kind = -1;
  bool set_article = false;
  int32_t article = -1;
  bool clear_filters = false;
  bool set_filters = false;  // replace the whole filter set with `filters` (a widget for a new filter needs no new intent)
  Query filters;
  bool select = false;
  Selection selection;
  bool scroll_reader = false;  // bring the selection's sentence into view
  bool set_sort = false;
  ItemKind sort_panel = ItemKind::person;
  Sort sort;
  int move_selection = 0;  // arrow keys: -1 up, +1 down, ±page
  bool set_by_person = false;  // the People panel: one row per person in the corpus, or per article
  bool by_person = false;
  int step_member = 0;         // by person: select the person's row in the previous (-1) / next (+1) article
  bool show_ledger = false;    // the figure ledger panel (set_panel leaves it)
  bool export_csv = false, export_json = false;
  bool export_csv_excel = false;  // CSV that starts with a UTF-8 byte order mark, so Excel reads accents right
  bool retry_load = false;
  int64_t request_text = -1, retry_text = -1;  // article index whose text the reader needs / retries
  bool open_file = false;
  bool copy_link = false;
  bool copy_citation = false;
  bool dismiss_link_notice = false;
  std::vector<uint32_t> load_thumbnails;  // photo indices whose src is on screen but not loaded
  // ---- My articles (my_articles.cpp)
  std::vector<TextInput> add_texts;  // pasted text or dropped/picked text, Markdown or HTML files
  int show_mine = -1;                       // 1: show My articles; 0: the default articles again
  bool clear_mine_messages = false;
  int remove_mine = -1;      // remove this article (index into mine.corpus) from My articles
  bool export_mine = false;  // download My articles as article JSON (article-prep validate accepts it)
  bool copy_link_with_article = false;  // the link with the reader's article packed in it (MyArticles::share)
  bool empty() const;
};

// "Copy link with the article" (issue 14, part 5): the reader's article of My articles, packed by the platform
// (deflate-raw, then base64url) to travel in a link's `doc=` parameter. Packed again whenever the reader's article
// changes, so the sidebar can offer the link only when it fits, and the export otherwise.
inline constexpr size_t kMaxLinkArticleChars = 30000;  // `doc=` value; whole links stay under Safari's ~80k limit
inline constexpr size_t kMaxUnpackedLinkBytes = 8u << 20;  // what a `doc=` may unpack to (a deflate bomb stops here)
struct LinkShare {
  enum class Phase : uint8_t { none, packing, ready, too_large, failed } phase = Phase::none;
  std::string article;  // the packed article's id
  uint32_t request = 0;
  std::string packed;   // base64url, when ready
  size_t packed_chars = 0;
  std::string error;
};

// "My articles": what the user pasted, dropped or opened as text, Markdown or a saved web page, extracted in the
// page by the same code as `article-prep extract`: the platform runs extract::extract_file_document (the web app in
// a Web Worker that loads the extractor on first use, so the first view does not carry it) and the article is taken
// from the one-article document it answers. Once something is added the explorer shows My articles instead of the
// default corpus (that is what the user came to see); "Show default articles" fetches the default corpus again and
// "Show my articles" switches back. Kept in memory only (for now).
struct MyArticles {
  Corpus corpus;            // the extractor's topics declared first, as `article-prep extract --topics` does
  bool showing = false;     // Session::corpus is a copy of `corpus`
  std::vector<std::string> messages;  // one line per file since the last clear: added (and how it was read) or why not
  uint64_t adds = 0;        // files answered so far
  std::unordered_map<uint32_t, std::string> pending;  // request id -> file name, sent to the extractor
  uint32_t next_request = 0;
  uint32_t batch_files = 0, batch_added = 0;  // since the extractor was last idle: for the notice
  double batch_started_ms = 0;
  double last_ms = 0;       // the last batch: from add_texts to its last answer (extraction, worker, re-indexing)
  // Kept in the browser (Platform::keep_my_articles, IndexedDB in the web app): the document as last written.
  size_t kept_bytes = 0;
  std::string keep_error;   // the browser refused to keep them (private mode, quota): they stay until the page closes
  double storage_usage = -1, storage_quota = -1;  // the browser's estimate for this site (bytes), after a keep
  // Links (issue 14, part 5). A `corpus=mine` link applies to My articles; one that arrives before the browser has
  // said what it kept waits here, and so does the view of a link whose `doc=` article is still being unpacked.
  bool known = false;         // the kept articles were read (on_kept), or there were none
  std::string waiting_link;   // the fragment (without doc=) to apply once known / unpacked
  uint32_t unpack_request = 0;  // a `doc=` being unpacked (0: none)
  LinkShare share;
};

// The cached rows of one kind. Hidden kinds only need a count (their tab label): it is computed lazily, one
// kind per refresh after the visible one is up to date, so a filter change costs one kind's filter.
struct PanelRows {
  std::vector<uint32_t> rows;
  uint64_t built_generation = ~uint64_t(0);
  Sort sort;         // the kind's current sort
  size_t count = 0;  // rows matching the filters (== rows.size() once built)
  uint64_t count_generation = ~uint64_t(0);
};

// A sharded corpus being streamed (docs/scale.md).
enum class ShardPhase : uint8_t { waiting, loading, done, failed };
struct Stream {
  bool active = false;  // the corpus came from a manifest
  Manifest manifest;
  std::string manifest_url;
  std::vector<ShardPhase> shard_phase;
  std::vector<uint32_t> order;  // fetch order (a link's shard first)
  uint32_t shards_loaded = 0;
  uint64_t articles_loaded = 0;
  std::string error;        // the first failure (file:offset: path: message); Retry resumes the failed shards
  std::string index_error;  // the index file could not be read (links then wait for their shard in order)
  double started_ms = 0, interactive_ms = -1, complete_ms = -1;  // Platform::now_ms clock
  double manifest_ms = 0;            // parse_manifest()
  double load_ms = 0, index_ms = 0;  // time spent in CorpusLoader::load and QueryEngine::extend for the shards
  uint64_t bytes_loaded = 0;         // shard bytes parsed
  bool complete() const { return !active || shards_loaded == shard_phase.size(); }
  double fraction() const { return manifest.articles ? double(articles_loaded) / double(manifest.articles) : 1.0; }
};

// A link waiting for its article's shard: decoded once, re-resolved as shards arrive.
struct PendingLink {
  bool active = false;
  DecodedView link;
  std::string fragment;  // as it arrived (the address bar is rewritten to the canonical form once applied)
  uint64_t view_changes = 0;  // Session::view_changes when it was applied: a user change cancels the wait
};

// A file of article texts, fetched the first time the reader needs one of its articles.
struct TextFile {
  enum class Phase : uint8_t { loading, done, failed } phase = Phase::loading;
  uint32_t request = 0;
  uint32_t articles = 0;  // texts attached from it
  std::string url, error;
};
enum class TextState : uint8_t { inline_, loading, failed };

struct Session {
  explicit Session(Platform& p) : platform(&p) {}
  Platform* platform;

  // ---- data
  Corpus corpus;
  CorpusLoader loader;
  QueryEngine engine;
  Download font_download, corpus_download;
  std::vector<unsigned char> font_ttf;
  std::string corpus_url = "data/corpus.json";   // what the page loads (?data= may name another same-origin file)
  std::string corpus_name = "data/corpus.json";  // where the corpus came from (URL or dropped file name)
  std::string text_base;                         // URL that textRefs resolve against ("" for a dropped file)
  Stream stream;
  PendingLink pending_link;
  std::unordered_map<std::string, TextFile> texts;  // by URL
  std::vector<std::string> text_urls;               // by request number
  std::string load_error;                           // loader message (file:offset: path: message)
  std::string data_error;                           // a ?data= parameter that was refused (the default is shown)
  std::vector<Thumbnail> thumbnails;                // by request id - 1
  std::unordered_map<std::string, uint32_t> thumbnail_by_src;  // src -> request id

  // ---- view
  ItemKind panel = ItemKind::person;
  Query query;  // filters (topic indices, text, kinds, article)
  Selection selection;
  uint64_t filter_generation = 0;  // bumped when `query` or the corpus changes
  PanelRows panels[kItemKinds];
  std::vector<uint32_t> facet_counts;  // per topic, for the active kind
  uint64_t facet_generation = ~uint64_t(0);
  ItemKind facet_panel = ItemKind::person;
  // The People panel by person (core/persons.h): the index is built on first use after a load and extended
  // as shards arrive; person_rows are groups, person_reps the person row each one selects.
  bool by_person = false;
  PersonIndex persons;
  std::vector<uint32_t> person_rows, person_reps;
  bool person_rows_stale = true;
  // The People tab's count by person while another panel is shown (hidden counts are people, not rows, in
  // that view: a tab that said 93 where the table then lists 1 person would mislead).
  size_t person_count = 0;
  uint64_t person_count_generation = ~uint64_t(0);
  // The figure ledger panel (core/ledger.h), a panel that is no kind table: while `ledger` is on, `panel` is
  // figure and the ledger lines the Figures rows. The index is built on first use after a load and extended as
  // shards arrive; ledger_rows are the lines for the current filters, rebuilt when the figure rows are.
  bool ledger = false;
  LedgerIndex ledger_index;
  LedgerRows ledger_rows;
  bool ledger_rows_stale = true;
  // Articles per publication date bucket (core/dates.h), for the sidebar's timeline; rebuilt when the number of
  // articles changes (a load, a shard).
  Timeline timeline;
  size_t timeline_articles = SIZE_MAX;
  // The sidebar's organisations (engine.organisations()), most articles first; re-ranked when articles arrive.
  std::vector<uint32_t> organisations_ranked;
  size_t organisations_articles = SIZE_MAX;
  uint64_t view_changes = 0;  // user changes of the view (apply): a waiting link gives up when it moves
  std::string notice;         // a short confirmation line (export done, ...), shown until notice_until_ms
  double notice_until_ms = 0;

  // ---- requests to the UI (counters; see the header comment)
  uint64_t panel_pushed = 1;      // the tab bar selects `panel` (1: on the first frame too)
  uint64_t sort_pushed = 0;       // every table header shows its kind's sort
  uint64_t selection_scroll = 0;  // the table brings the selected row into view
  uint64_t reader_scroll = 0;     // the reader brings the selected sentence into view

  // ---- shareable link (docs/links.md)
  std::string link_fragment;              // the fragment the address bar shows for the current view
  std::vector<std::string> link_ignored;  // what the last opened link could not apply (dismissible notice)
  bool link_notice_open = false;
  bool history_push = false;              // a meaningful change: pushState on the next sync_url
  double typing_since_ms = -1;            // search text changed at this time: replaceState once typing pauses
  std::string clipboard_text;             // last text sent to the clipboard (shown if copying fails)
  std::string clipboard_notice;           // what to say once it is there ("" = "Link/Citation copied…")

  // ---- My articles (my_articles.cpp)
  MyArticles mine;

  // ---- automation
  bool ready = false;     // true after the first frame drawn with data
  uint64_t revision = 0;  // bumped whenever anything the state JSON shows may have changed
};

// ---- loading (loading.cpp)
void start(Session& s);       // reads ?data=, starts the font and corpus downloads
void retry_load(Session& s);  // after a failure: refetch the corpus, or resume the failed shards
void pump_stream(Session& s);  // keeps up to four shard requests in flight
// Whether article `article`'s text is here (`error` says why it failed); request_text starts fetching it.
TextState text_state(const Session& s, uint32_t article, std::string* error = nullptr);
void request_text(Session& s, uint32_t article);
void retry_text(Session& s, uint32_t article);
// Platform answers. `data` was allocated with malloc and is owned (freed) by the session; size + 64 bytes are
// readable (simdjson padding). A null `data` means the request failed with `error`.
void on_fetch_progress(Session& s, uint32_t request_id, double loaded, double total);
void on_fetch_done(Session& s, uint32_t request_id, char* data, size_t size, int http_status, std::string_view error);
void on_file(Session& s, char* data, size_t size, std::string_view name, std::string_view error);  // dropped/picked

// ---- My articles (my_articles.cpp)
// Sends each input to the extractor (Platform::extract_text); answers arrive through on_extracted: an article is
// added to My articles and shown, a file that cannot be used gets a message naming it, the others still go in.
void add_texts(Session& s, std::vector<TextInput> inputs);
// The extractor's answer: a one-article document and how the file was read (`note`), or `error`.
void on_extracted(Session& s, uint32_t request_id, std::string_view document, std::string_view note,
                  std::string_view error);
// My articles kept by the browser from an earlier visit (`showing`: they were on screen), read at start.
void on_kept(Session& s, std::string_view document, bool showing);
// The browser refused to keep My articles (`error` from the storage API).
void on_keep_failed(Session& s, std::string_view error);
// The browser's estimate of the storage this site uses and may use (navigator.storage.estimate), after a keep.
void on_storage(Session& s, double usage, double quota);
// Whether a dropped or picked file is an article text (text, Markdown, HTML) rather than article JSON.
bool is_article_text(std::string_view name, std::string_view data);
void show_my_articles(Session& s, bool mine);
// A link about to be applied: a `doc=` article is unpacked and added to My articles; a `corpus=mine` view goes to My
// articles, or waits until the kept ones are read, or says honestly that they are kept in another browser; a view of
// the default articles while My articles are shown fetches them again. true: handled here, don't apply `fragment`.
bool divert_link(Session& s, std::string_view fragment);
// Packs the reader's article of My articles for a link when it changed (from refresh()).
void update_link_share(Session& s);
// The platform's answers to pack_for_link / unpack_from_link.
void on_packed(Session& s, uint32_t request_id, std::string_view packed, std::string_view error);
void on_unpacked(Session& s, uint32_t request_id, std::string_view document, std::string_view error);

// ---- view, intents and links (session.cpp)
void apply(Session& s, const Intents& in);
void refresh(Session& s);  // rebuilds stale row lists / facet counts; one hidden count per call
void tick(Session& s);     // once per frame: expires the notice, writes the address bar (push or debounced replace)
// When tick() next has something to do (the notice expires, typing settles into the address bar), on the
// Platform::now_ms clock; -1 when nothing is due. A UI that stops drawing at rest (issue 15) wakes up then.
double next_deadline_ms(const Session& s);
void set_ready(Session& s);  // the first frame with data was drawn
void open_link(Session& s, std::string_view fragment);  // decodes once and applies, even while shards stream
void on_hash_change(Session& s, std::string_view fragment);  // Back/Forward or an edited address bar
void on_image(Session& s, uint32_t request_id, uint32_t texture, int width, int height, std::string_view error);
void on_clipboard(Session& s, bool ok, std::string_view error);
void set_notice(Session& s, std::string text);
bool notice_visible(const Session& s);
bool counts_pending(const Session& s);
// Work the refreshes do while nothing else is asked for (the search token dictionaries): the app keeps drawing
// frames until it is done. Not part of the published state: nothing visible waits for it.
bool background_pending(const Session& s);
View current_view(const Session& s);
std::string citation(const Session& s);  // the selected item, its sentence, its article and the link
const Thumbnail* thumbnail(const Session& s, std::string_view src);  // null until requested
const Evidence* item_evidence(const Corpus& c, ItemKind kind, uint32_t i);  // first mention for people
// The selection's article, else the article filter's, else the first row's on screen, else 0.
uint32_t reader_article(const Session& s);
// By person: the group of the selected person row, or -1 (no person selected, or the index is not built).
int64_t selected_group(const Session& s);
// The ledger: the row (in ledger_rows) of the selected figure's line, or -1 (no figure selected, its figure is in
// no line the filters keep, or the ledger is not built).
int64_t selected_ledger_row(const Session& s);
std::string why_empty(const Session& s, ItemKind kind);  // why a kind's table shows no rows
// A kind's row count for its tab label: exact for the visible kind; for a hidden one the last count until
// refresh() gets to it (`stale` says so).
size_t row_count(const Session& s, ItemKind kind, bool* stale);
// The sentence in curly quotes, unless it starts with a quote mark of its own (a quotation: “Just 24 hours,” he
// said.), which would double the opening quote (issue 15).
std::string quote_sentence(std::string_view sentence);

// ---- automation state (state.cpp, docs/automation.md)
// The state JSON window.explorer.state() returns. `host_fields` (",\"display\":{…},…", from the UI) is spliced
// in before the closing brace.
std::string state_json(const Session& s, std::string_view host_fields = {});

}  // namespace ae::session
