// loading.cpp: getting articles into the model. One corpus file, or a sharded corpus (docs/scale.md): the
// manifest first (the UI is interactive at once: topics, totals), then the shards streamed four at
// a time and appended to the model as they arrive (filters apply to what is loaded), and article texts
// fetched only when the reader shows an article whose text lives in a separate file.
//
// Sections: [requests] [corpus] [manifest and shards] [texts] [callbacks]
#include "app/app.h"

#include "app/platform.h"
#include "core/json.h"
#include "core/manifest.h"
#include "core/view_link.h"

#include "imgui.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace ae::app {

namespace {
// Request ids: the font, the corpus (or manifest), one per shard, one per text file.
constexpr uint32_t kFontRequest = 1;
constexpr uint32_t kCorpusRequest = 2;
constexpr uint32_t kIndexRequest = 3;  // a manifest's index file
constexpr uint32_t kShardBase = 0x100000;
constexpr uint32_t kTextBase = 0x40000000;
constexpr const char* kFontUrl = "fonts/ui.ttf";
constexpr uint32_t kShardsInFlight = 4;  // hides network and frame time; each arrival is parsed between frames
}  // namespace

// ------------------------------------------------------------------------------------------- [requests]
static void begin_download(Download& d, uint32_t id, const std::string& url) {
  d = Download{};
  d.phase = Download::Phase::loading;
  d.url = url;
  platform::fetch(id, url);
}

void start(App& app) {
  platform::mark("ae:main");
  // ?data=path/to/corpus-or-manifest.json opens another same-origin file (relative path only).
  std::string data = platform::query_param("data");
  if (!data.empty()) {
    if (ae::is_safe_relative_path(data) && data.size() > 5 && data.ends_with(".json")) {
      app.corpus_url = data;
    } else {
      app.data_error = "The page address asks for data=" + data.substr(0, 200) +
                       ", which is not a relative path to a .json file on this site; the default articles are shown.";
    }
  }
  app.corpus_name = app.corpus_url;
  app.stream.started_ms = platform::now_ms();
  begin_download(app.font_download, kFontRequest, kFontUrl);
  begin_download(app.corpus_download, kCorpusRequest, app.corpus_url);
  platform::install_file_drop();
  platform::install_history_listener();
  platform::set_overlay("Loading font and articles…", -1);
}

void retry_load(App& app) {
  if (app.stream.active && app.corpus_download.phase == Download::Phase::done) {  // resume the failed shards
    for (auto& phase : app.stream.shard_phase)
      if (phase == ShardPhase::failed) phase = ShardPhase::waiting;
    app.stream.error.clear();
    app.load_error.clear();
    pump_stream(app);
    return;
  }
  if (app.corpus_download.phase == Download::Phase::loading) return;
  app.load_error.clear();
  app.stream = Stream{};
  app.stream.started_ms = platform::now_ms();
  begin_download(app.corpus_download, kCorpusRequest, app.corpus_url);
}

// ------------------------------------------------------------------------------------------- [corpus]
void reset_view(App& app) {
  app.query = Query{};
  app.selection = Selection{};
  for (auto& p : app.panels) p = PanelRows{};
  for (bool& s : app.sort_from_app) s = true;
  ++app.filter_generation;
  app.facet_generation = ~uint64_t(0);
}

// Parses `data` as a corpus; on success it replaces the current one, on failure the current one stays and the
// loader's message is shown (nothing is lost).
static void take_corpus(App& app, char* data, size_t size, const std::string& name, bool from_url) {
  Corpus fresh;
  if (auto err = app.loader.load(std::string_view(data, size), fresh)) {
    err->file = name;
    app.load_error = err->to_string();
    std::fprintf(stderr, "corpus load failed: %s\n", app.load_error.c_str());
    return;
  }
  app.corpus = std::move(fresh);
  app.corpus_name = name;
  app.text_base = from_url ? name : std::string();  // text files of a dropped corpus cannot be fetched
  app.stream = Stream{};
  app.texts.clear();
  app.load_error.clear();
  app.engine.attach(app.corpus);
  reset_view(app);
  apply_fragment(app, platform::location_hash());  // a shared link applies before the first frame with data
}

// ------------------------------------------------------------------------------------------- [manifest and shards]
// A link that names an article not loaded yet waits for it (its shard is fetched first) instead of reporting
// it missing; anything the user changes meanwhile cancels the wait.
static bool link_waits_for_stream(const App& app, std::string_view fragment) {
  if (!app.stream.active || app.stream.complete()) return false;
  DecodedView d = decode_view(fragment);
  auto missing = [&](const std::string& id) { return !id.empty() && !app.corpus.find_article(id); };
  return missing(d.view.article) || missing(d.view.sel_article);
}

static void prioritise_link_shards(App& app, std::string_view fragment) {
  DecodedView d = decode_view(fragment);
  for (const std::string* id : {&d.view.sel_article, &d.view.article}) {
    if (id->empty()) continue;
    auto shard = app.stream.manifest.shard_of(*id);
    if (!shard) continue;
    auto& order = app.stream.order;
    auto it = std::find(order.begin(), order.end(), *shard);
    if (it != order.end()) std::rotate(order.begin(), it, it + 1);
  }
}

void open_link(App& app, const std::string& fragment) {
  apply_fragment(app, fragment);
  if (link_waits_for_stream(app, fragment)) {
    app.stream.pending_link = fragment;
    app.stream.pending_view = encode_view(current_view(app));
    app.link_notice_open = false;  // not "missing" yet: it is on its way
  } else {
    app.stream.pending_link.clear();
  }
}

static void take_manifest(App& app, const char* data, size_t size, const std::string& url) {
  Manifest m;
  const double t0 = platform::now_ms();
  auto parse_error = parse_manifest(std::string_view(data, size), m);
  const double parse_ms = platform::now_ms() - t0;
  if (auto err = parse_error) {
    err->file = url;
    app.load_error = err->to_string();
    std::fprintf(stderr, "manifest load failed: %s\n", app.load_error.c_str());
    return;
  }
  app.corpus = Corpus{};
  for (const auto& t : m.topics) app.corpus.add_topic(t.id, t.label);
  app.corpus_name = url;
  app.text_base = url;
  app.texts.clear();
  app.load_error.clear();
  app.stream = Stream{};
  app.stream.active = true;
  app.stream.started_ms = platform::now_ms();
  app.stream.manifest_url = url;
  app.stream.manifest = std::move(m);
  app.stream.manifest_ms = parse_ms;
  const size_t n = app.stream.manifest.shards.size();
  app.stream.shard_phase.assign(n, ShardPhase::waiting);
  app.stream.order.resize(n);
  for (uint32_t i = 0; i < n; ++i) app.stream.order[i] = i;
  app.engine.attach(app.corpus);
  reset_view(app);
  const std::string hash = platform::location_hash();
  prioritise_link_shards(app, hash);
  open_link(app, hash);
  pump_stream(app);
  if (!app.stream.manifest.index_file.empty())  // fetched alongside the shards; only links need it
    platform::fetch(kIndexRequest, resolve_relative(url, app.stream.manifest.index_file), false);
}

// The manifest's index (which shard holds which article) arrived: a link waiting for an article now knows
// which shard to fetch next. A broken index is reported but costs nothing else.
static void take_index(App& app, const char* data, size_t size) {
  Stream& s = app.stream;
  const std::string url = resolve_relative(s.manifest_url, s.manifest.index_file);
  if (auto err = parse_manifest_index(std::string_view(data, size), s.manifest)) {
    err->file = url;
    s.index_error = err->to_string();
    std::fprintf(stderr, "index load failed: %s\n", s.index_error.c_str());
    return;
  }
  if (!s.pending_link.empty()) prioritise_link_shards(app, s.pending_link);
}

void pump_stream(App& app) {
  Stream& s = app.stream;
  if (!s.active) return;
  uint32_t in_flight = 0;
  for (auto p : s.shard_phase) in_flight += p == ShardPhase::loading;
  for (uint32_t shard : s.order) {
    if (in_flight >= kShardsInFlight) break;
    if (s.shard_phase[shard] != ShardPhase::waiting) continue;
    s.shard_phase[shard] = ShardPhase::loading;
    ++in_flight;
    platform::fetch(kShardBase + shard, resolve_relative(s.manifest_url, s.manifest.shards[shard].file), false);
  }
}

static void take_shard(App& app, uint32_t shard, const char* data, size_t size) {
  Stream& s = app.stream;
  const std::string url = resolve_relative(s.manifest_url, s.manifest.shards[shard].file);
  const size_t before = app.corpus.articles.size();
  const double t0 = platform::now_ms();
  if (s.shards_loaded == 0) {  // one reservation for the whole corpus instead of regrowing per shard (made here,
    uint64_t shard_bytes = 0;  // not with the manifest, so the first frame does not wait for it)
    for (const auto& f : s.manifest.shards) shard_bytes += f.bytes;
    app.corpus.reserve_bytes(size_t(std::min<uint64_t>(shard_bytes, uint64_t(1) << 30)));
  }
  if (auto err = app.loader.load(std::string_view(data, size), app.corpus)) {  // appends; unchanged on error
    err->file = url;
    s.shard_phase[shard] = ShardPhase::failed;
    if (s.error.empty()) s.error = err->to_string();
    std::fprintf(stderr, "shard load failed: %s\n", err->to_string().c_str());
    return;
  }
  s.shard_phase[shard] = ShardPhase::done;
  s.articles_loaded += app.corpus.articles.size() - before;
  ++s.shards_loaded;
  const double t1 = platform::now_ms();
  app.engine.extend(app.corpus);
  s.load_ms += t1 - t0;
  s.index_ms += platform::now_ms() - t1;
  s.bytes_loaded += size;
  ++app.filter_generation;  // rows, facets and tab counts now cover the new articles
  if (s.complete()) {
    s.complete_ms = platform::now_ms();
    set_notice(app, "All " + std::to_string(app.corpus.articles.size()) + " articles loaded");
  }
  if (!s.pending_link.empty()) {
    if (encode_view(current_view(app)) != s.pending_view) {
      s.pending_link.clear();  // the user moved on
    } else {
      open_link(app, s.pending_link);
    }
  }
}

// ------------------------------------------------------------------------------------------- [texts]
TextState text_state(const App& app, uint32_t article, std::string* error) {
  const Article& a = app.corpus.articles[article];
  if (!a.text_ref.len || a.paragraphs.count) return TextState::inline_;
  if (app.text_base.empty()) {
    if (error) *error = "This article's text is in " + std::string(app.corpus.str(a.text_ref)) +
                        ", which a dropped file cannot reach. Serve the corpus and open it by URL.";
    return TextState::failed;
  }
  auto it = app.texts.find(resolve_relative(app.text_base, app.corpus.str(a.text_ref)));
  if (it == app.texts.end() || it->second.phase == TextFile::Phase::loading) return TextState::loading;
  if (error) {
    if (it->second.phase == TextFile::Phase::failed) *error = it->second.error;
    else *error = it->first + " holds no text for article " + std::string(app.corpus.str(a.id));
  }
  return TextState::failed;
}

void request_text(App& app, uint32_t article) {
  if (article >= app.corpus.articles.size()) return;
  const Article& a = app.corpus.articles[article];
  if (!a.text_ref.len || a.paragraphs.count || app.text_base.empty()) return;
  const std::string url = resolve_relative(app.text_base, app.corpus.str(a.text_ref));
  if (app.texts.count(url)) return;
  TextFile f;
  f.request = uint32_t(app.text_urls.size());
  f.url = url;
  app.texts.emplace(url, std::move(f));
  app.text_urls.push_back(url);
  platform::fetch(kTextBase + uint32_t(app.text_urls.size() - 1), url, false);
}

void retry_text(App& app, uint32_t article) {
  const Article& a = app.corpus.articles[article];
  if (!a.text_ref.len || app.text_base.empty()) return;
  const std::string url = resolve_relative(app.text_base, app.corpus.str(a.text_ref));
  auto it = app.texts.find(url);
  if (it == app.texts.end() || it->second.phase != TextFile::Phase::failed) return;
  it->second.phase = TextFile::Phase::loading;
  it->second.error.clear();
  platform::fetch(kTextBase + it->second.request, url, false);
}

static void take_texts(App& app, TextFile& f, const char* data, size_t size) {
  std::vector<uint32_t> filled;
  if (auto err = app.loader.load_texts(std::string_view(data, size), app.corpus, &filled)) {
    err->file = f.url;
    f.phase = TextFile::Phase::failed;
    f.error = err->to_string();
    std::fprintf(stderr, "text load failed: %s\n", f.error.c_str());
    return;
  }
  f.phase = TextFile::Phase::done;
  f.articles = uint32_t(filled.size());
  app.reader_scroll = app.selection.active;  // the selected sentence is now there to scroll to
}

}  // namespace ae::app

// ------------------------------------------------------------------------------------------- [callbacks]
using ae::app::App;
using ae::app::Download;

void app_on_fetch_progress(uint32_t id, double loaded, double total) {
  App& app = ae::app::the_app();
  if (id == ae::app::kFontRequest || id == ae::app::kCorpusRequest) {
    Download& d = id == ae::app::kFontRequest ? app.font_download : app.corpus_download;
    d.loaded = loaded;
    d.total = total;
  }
}

void app_on_fetch_done(uint32_t id, char* data, size_t size, size_t /*capacity*/, int http_status,
                       std::string_view error) {
  App& app = ae::app::the_app();
  using namespace ae::app;
  if (id >= kTextBase) {
    const uint32_t k = id - kTextBase;
    if (k < app.text_urls.size()) {
      TextFile& f = app.texts[app.text_urls[k]];
      if (!data) {
        f.phase = TextFile::Phase::failed;
        f.error = std::string(error);
      } else {
        take_texts(app, f, data, size);
      }
    }
    std::free(data);
    return;
  }
  if (id == kIndexRequest) {
    if (app.stream.active) {
      if (data) take_index(app, data, size);
      else app.stream.index_error = std::string(error);
    }
    std::free(data);
    return;
  }
  if (id >= kShardBase) {
    const uint32_t shard = id - kShardBase;
    Stream& s = app.stream;
    if (s.active && shard < s.shard_phase.size() && s.shard_phase[shard] == ShardPhase::loading) {
      if (!data) {
        s.shard_phase[shard] = ShardPhase::failed;
        if (s.error.empty()) s.error = std::string(error);
      } else {
        take_shard(app, shard, data, size);
      }
      pump_stream(app);
    }
    std::free(data);
    return;
  }
  Download& d = id == kFontRequest ? app.font_download : app.corpus_download;
  if (!data) {
    d.phase = Download::Phase::failed;
    d.error = std::string(error);
    if (id == kCorpusRequest) app.load_error = d.error;
    std::fprintf(stderr, "fetch %s failed (status %d): %s\n", d.url.c_str(), http_status, d.error.c_str());
    return;
  }
  d.loaded = double(size);
  if (id == kFontRequest) {
    app.font_ttf.assign(reinterpret_cast<unsigned char*>(data), reinterpret_cast<unsigned char*>(data) + size);
    d.phase = Download::Phase::done;
  } else if (ae::looks_like_manifest(std::string_view(data, size))) {
    take_manifest(app, data, size, d.url);
    ae::platform::mark("ae:manifest-parsed");
    d.phase = app.load_error.empty() ? Download::Phase::done : Download::Phase::failed;
  } else {
    take_corpus(app, data, size, d.url, true);
    ae::platform::mark("ae:corpus-parsed");
    d.phase = app.load_error.empty() ? Download::Phase::done : Download::Phase::failed;
  }
  std::free(data);
}

void app_on_file(char* data, size_t size, std::string_view name, std::string_view error) {
  App& app = ae::app::the_app();
  if (!data) {
    app.load_error = std::string(error);
    return;
  }
  if (ae::looks_like_manifest(std::string_view(data, size))) {
    app.load_error = std::string(name) +
                     ": this is the manifest of a sharded corpus; its shards can only be fetched from a web server. "
                     "Serve the folder and open the page with ?data=path/to/" + std::string(name) + ".";
  } else {
    ae::app::take_corpus(app, data, size, std::string(name), false);
    if (app.load_error.empty()) app.corpus_download.phase = Download::Phase::done;
  }
  std::free(data);
}
