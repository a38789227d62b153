// loading.cpp: getting articles into the session. One corpus file, or a sharded corpus (docs/scale.md): the
// manifest first (the UI is interactive at once: topics, totals), then the shards streamed four at a time and
// appended to the model as they arrive (filters apply to what is loaded), and article texts fetched only when
// the reader shows an article whose text lives in a separate file.
//
// Sections: [requests] [corpus] [manifest and shards] [texts] [answers]
#include "session/session.h"
#include "session/session_internal.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace ae::session {

// ------------------------------------------------------------------------------------------- [requests]
static void begin_download(Session& s, Download& d, uint32_t id, const std::string& url) {
  d = Download{};
  d.phase = Download::Phase::loading;
  d.url = url;
  s.platform->fetch(id, url, true);
}

void start(Session& s) {
  s.platform->mark("ae:main");
  // ?data=path/to/corpus-or-manifest.json opens another same-origin file (relative path only).
  std::string data = s.platform->query_param("data");
  if (!data.empty()) {
    if (is_safe_relative_path(data) && data.size() > 5 && data.ends_with(".json")) {
      s.corpus_url = data;
    } else {
      s.data_error = "The page address asks for data=" + data.substr(0, 200) +
                     ", which is not a relative path to a .json file on this site; the default articles are shown.";
    }
  }
  s.corpus_name = s.corpus_url;
  s.stream.started_ms = s.platform->now_ms();
  begin_download(s, s.font_download, kFontRequest, kFontUrl);
  begin_download(s, s.corpus_download, kCorpusRequest, s.corpus_url);
  touch(s);
}

void retry_load(Session& s) {
  touch(s);
  if (s.stream.active && s.corpus_download.phase == Download::Phase::done) {  // resume the failed shards
    for (auto& phase : s.stream.shard_phase)
      if (phase == ShardPhase::failed) phase = ShardPhase::waiting;
    s.stream.error.clear();
    s.load_error.clear();
    pump_stream(s);
    return;
  }
  if (s.corpus_download.phase == Download::Phase::loading) return;
  s.load_error.clear();
  s.stream = Stream{};
  s.pending_link = PendingLink{};
  s.stream.started_ms = s.platform->now_ms();
  begin_download(s, s.corpus_download, kCorpusRequest, s.corpus_url);
}

// ------------------------------------------------------------------------------------------- [corpus]
void reset_view(Session& s) {
  s.query = Query{};
  s.selection = Selection{};
  for (auto& p : s.panels) p = PanelRows{};
  s.persons.clear();  // rebuilt from the new corpus when the by-person view is first shown
  s.person_rows.clear();
  s.person_reps.clear();
  s.person_rows_stale = true;
  s.ledger_index.clear();  // rebuilt from the new corpus when the ledger is first shown
  s.ledger_rows = LedgerRows{};
  s.ledger_rows_stale = true;
  s.timeline_articles = SIZE_MAX;
  s.organisations_articles = SIZE_MAX;
  ++s.sort_pushed;
  ++s.filter_generation;
  s.facet_generation = ~uint64_t(0);
}

// Parses `data` as a corpus; on success it replaces the current one, on failure the current one stays and the
// loader's message is shown (nothing is lost).
static void take_corpus(Session& s, char* data, size_t size, const std::string& name, bool from_url) {
  if (from_url && s.mine.showing) return;  // My articles arrived first: the default corpus waits for "Default articles"
  Corpus fresh;
  if (auto err = s.loader.load(std::string_view(data, size), fresh)) {
    err->file = name;
    s.load_error = err->to_string();
    std::fprintf(stderr, "corpus load failed: %s\n", s.load_error.c_str());
    return;
  }
  s.corpus = std::move(fresh);
  s.corpus_name = name;
  s.text_base = from_url ? name : std::string();  // text files of a dropped corpus cannot be fetched
  s.stream = Stream{};
  s.pending_link = PendingLink{};
  s.texts.clear();
  s.load_error.clear();
  s.engine.attach(s.corpus);
  reset_view(s);
  const std::string hash = s.platform->location_hash();
  // A shared link applies before the first frame with data (unless it is about My articles: divert_link).
  if (!from_url || !divert_link(s, hash)) apply_link(s, decode_view(hash), hash);
}

// ------------------------------------------------------------------------------------------- [manifest and shards]
// A link that names an article not loaded yet waits for it (its shard is fetched first) instead of reporting
// it missing; anything the user changes meanwhile cancels the wait.
bool link_waits_for_stream(const Session& s, const View& v) {
  if (!s.stream.active || s.stream.complete()) return false;
  auto missing = [&](const std::string& id) { return !id.empty() && !s.corpus.find_article(id); };
  return missing(v.article) || missing(v.sel_article);
}

void prioritise_link_shards(Session& s, const View& v) {
  for (const std::string* id : {&v.sel_article, &v.article}) {
    if (id->empty()) continue;
    auto shard = s.stream.manifest.shard_of(*id);
    if (!shard) continue;
    auto& order = s.stream.order;
    auto it = std::find(order.begin(), order.end(), *shard);
    if (it != order.end()) std::rotate(order.begin(), it, it + 1);
  }
}

static void take_manifest(Session& s, const char* data, size_t size, const std::string& url) {
  if (s.mine.showing) return;  // as take_corpus: My articles are on screen; "Show default articles" fetches it again
  Manifest m;
  const double t0 = s.platform->now_ms();
  auto parse_error = parse_manifest(std::string_view(data, size), m);
  const double parse_ms = s.platform->now_ms() - t0;
  if (auto err = parse_error) {
    err->file = url;
    s.load_error = err->to_string();
    std::fprintf(stderr, "manifest load failed: %s\n", s.load_error.c_str());
    return;
  }
  s.corpus = Corpus{};
  for (const auto& t : m.topics) s.corpus.add_topic(t.id, t.label);
  s.corpus_name = url;
  s.text_base = url;
  s.texts.clear();
  s.load_error.clear();
  s.stream = Stream{};
  s.stream.active = true;
  s.stream.started_ms = s.platform->now_ms();
  s.stream.manifest_url = url;
  s.stream.manifest = std::move(m);
  s.stream.manifest_ms = parse_ms;
  const size_t n = s.stream.manifest.shards.size();
  s.stream.shard_phase.assign(n, ShardPhase::waiting);
  s.stream.order.resize(n);
  for (uint32_t i = 0; i < n; ++i) s.stream.order[i] = i;
  s.engine.attach(s.corpus);
  reset_view(s);
  const std::string hash = s.platform->location_hash();
  if (!divert_link(s, hash)) {
    DecodedView link = decode_view(hash);
    prioritise_link_shards(s, link.view);
    apply_link(s, std::move(link), hash);
  }
  pump_stream(s);
  if (!s.stream.manifest.index_file.empty())  // fetched alongside the shards; only links need it
    s.platform->fetch(kIndexRequest, resolve_relative(url, s.stream.manifest.index_file), false);
}

// The manifest's index (which shard holds which article) arrived: a link waiting for an article now knows
// which shard to fetch next. A broken index is reported but costs nothing else.
static void take_index(Session& s, const char* data, size_t size) {
  Stream& st = s.stream;
  const std::string url = resolve_relative(st.manifest_url, st.manifest.index_file);
  if (auto err = parse_manifest_index(std::string_view(data, size), st.manifest)) {
    err->file = url;
    st.index_error = err->to_string();
    std::fprintf(stderr, "index load failed: %s\n", st.index_error.c_str());
    return;
  }
  if (s.pending_link.active) prioritise_link_shards(s, s.pending_link.link.view);
}

void pump_stream(Session& s) {
  Stream& st = s.stream;
  if (!st.active) return;
  uint32_t in_flight = 0;
  for (auto p : st.shard_phase) in_flight += p == ShardPhase::loading;
  for (uint32_t shard : st.order) {
    if (in_flight >= kShardsInFlight) break;
    if (st.shard_phase[shard] != ShardPhase::waiting) continue;
    st.shard_phase[shard] = ShardPhase::loading;
    ++in_flight;
    s.platform->fetch(kShardBase + shard, resolve_relative(st.manifest_url, st.manifest.shards[shard].file), false);
  }
}

static void take_shard(Session& s, uint32_t shard, const char* data, size_t size) {
  Stream& st = s.stream;
  const std::string url = resolve_relative(st.manifest_url, st.manifest.shards[shard].file);
  const size_t before = s.corpus.articles.size();
  const double t0 = s.platform->now_ms();
  if (st.shards_loaded == 0) {  // one reservation for the whole corpus instead of regrowing per shard (made here,
    uint64_t shard_bytes = 0;   // not with the manifest, so the first frame does not wait for it)
    for (const auto& f : st.manifest.shards) shard_bytes += f.bytes;
    s.corpus.reserve_bytes(size_t(std::min<uint64_t>(shard_bytes, uint64_t(1) << 30)));
  }
  // Appends, and checks the shard holds as many articles as the manifest says; unchanged on any error.
  if (auto err = load_shard(s.loader, st.manifest, shard, std::string_view(data, size), s.corpus)) {
    err->file = url;
    st.shard_phase[shard] = ShardPhase::failed;
    if (st.error.empty()) st.error = err->to_string();
    std::fprintf(stderr, "shard load failed: %s\n", err->to_string().c_str());
    return;
  }
  st.shard_phase[shard] = ShardPhase::done;
  st.articles_loaded += s.corpus.articles.size() - before;
  ++st.shards_loaded;
  const double t1 = s.platform->now_ms();
  s.engine.extend(s.corpus);
  st.load_ms += t1 - t0;
  st.index_ms += s.platform->now_ms() - t1;
  st.bytes_loaded += size;
  ++s.filter_generation;  // rows, facets and tab counts now cover the new articles
  if (st.complete()) {
    st.complete_ms = s.platform->now_ms();
    set_notice(s, "All " + std::to_string(s.corpus.articles.size()) + " articles loaded");
  }
  if (s.pending_link.active) {
    if (s.view_changes != s.pending_link.view_changes) {
      s.pending_link = PendingLink{};  // the user moved on
    } else {
      PendingLink p = std::move(s.pending_link);
      apply_link(s, std::move(p.link), p.fragment);  // waits again if its article is still on its way
    }
  }
}

// ------------------------------------------------------------------------------------------- [texts]
TextState text_state(const Session& s, uint32_t article, std::string* error) {
  const Article& a = s.corpus.articles[article];
  if (!a.text_ref.len || a.paragraphs.count) return TextState::inline_;
  if (s.text_base.empty()) {
    if (error) *error = "This article's text is in " + std::string(s.corpus.str(a.text_ref)) +
                        ", which a dropped file cannot reach. Serve the corpus and open it by URL.";
    return TextState::failed;
  }
  auto it = s.texts.find(resolve_relative(s.text_base, s.corpus.str(a.text_ref)));
  if (it == s.texts.end() || it->second.phase == TextFile::Phase::loading) return TextState::loading;
  if (error) {
    if (it->second.phase == TextFile::Phase::failed) *error = it->second.error;
    else *error = it->first + " holds no text for article " + std::string(s.corpus.str(a.id));
  }
  return TextState::failed;
}

void request_text(Session& s, uint32_t article) {
  if (article >= s.corpus.articles.size()) return;
  const Article& a = s.corpus.articles[article];
  if (!a.text_ref.len || a.paragraphs.count || s.text_base.empty()) return;
  const std::string url = resolve_relative(s.text_base, s.corpus.str(a.text_ref));
  if (s.texts.count(url)) return;
  TextFile f;
  f.request = uint32_t(s.text_urls.size());
  f.url = url;
  s.texts.emplace(url, std::move(f));
  s.text_urls.push_back(url);
  s.platform->fetch(kTextBase + uint32_t(s.text_urls.size() - 1), url, false);
  touch(s);
}

void retry_text(Session& s, uint32_t article) {
  if (article >= s.corpus.articles.size()) return;
  const Article& a = s.corpus.articles[article];
  if (!a.text_ref.len || s.text_base.empty()) return;
  const std::string url = resolve_relative(s.text_base, s.corpus.str(a.text_ref));
  auto it = s.texts.find(url);
  if (it == s.texts.end() || it->second.phase != TextFile::Phase::failed) return;
  it->second.phase = TextFile::Phase::loading;
  it->second.error.clear();
  s.platform->fetch(kTextBase + it->second.request, url, false);
  touch(s);
}

static void take_texts(Session& s, TextFile& f, const char* data, size_t size) {
  std::vector<uint32_t> filled;
  if (auto err = s.loader.load_texts(std::string_view(data, size), s.corpus, &filled)) {
    err->file = f.url;
    f.phase = TextFile::Phase::failed;
    f.error = err->to_string();
    std::fprintf(stderr, "text load failed: %s\n", f.error.c_str());
    return;
  }
  f.phase = TextFile::Phase::done;
  f.articles = uint32_t(filled.size());
  if (s.selection.active) ++s.reader_scroll;  // the selected sentence is now there to scroll to
}

// ------------------------------------------------------------------------------------------- [answers]
void on_fetch_progress(Session& s, uint32_t id, double loaded, double total) {
  if (id == kFontRequest || id == kCorpusRequest) {
    Download& d = id == kFontRequest ? s.font_download : s.corpus_download;
    d.loaded = loaded;
    d.total = total;
    touch(s);
  }
}

void on_fetch_done(Session& s, uint32_t id, char* data, size_t size, int http_status, std::string_view error) {
  touch(s);
  if (id >= kTextBase) {
    const uint32_t k = id - kTextBase;
    if (k < s.text_urls.size()) {
      TextFile& f = s.texts[s.text_urls[k]];
      if (!data) {
        f.phase = TextFile::Phase::failed;
        f.error = std::string(error);
      } else {
        take_texts(s, f, data, size);
      }
    }
    std::free(data);
    return;
  }
  if (id == kIndexRequest) {
    if (s.stream.active) {
      if (data) take_index(s, data, size);
      else s.stream.index_error = std::string(error);
    }
    std::free(data);
    return;
  }
  if (id >= kShardBase) {
    const uint32_t shard = id - kShardBase;
    Stream& st = s.stream;
    if (st.active && shard < st.shard_phase.size() && st.shard_phase[shard] == ShardPhase::loading) {
      if (!data) {
        st.shard_phase[shard] = ShardPhase::failed;
        if (st.error.empty()) st.error = std::string(error);
        pump_stream(s);
      } else {
        // The next request goes out before this shard is parsed, so its body arrives while the main thread
        // parses (issue 18: at 100k the parse of one shard is ~40 ms). take_shard sets the final phase.
        st.shard_phase[shard] = ShardPhase::done;
        pump_stream(s);
        take_shard(s, shard, data, size);
      }
    }
    std::free(data);
    return;
  }
  if (id != kFontRequest && id != kCorpusRequest) {
    std::free(data);
    return;
  }
  Download& d = id == kFontRequest ? s.font_download : s.corpus_download;
  if (!data) {
    d.phase = Download::Phase::failed;
    d.error = std::string(error);
    if (id == kCorpusRequest) s.load_error = d.error;
    std::fprintf(stderr, "fetch %s failed (status %d): %s\n", d.url.c_str(), http_status, d.error.c_str());
    return;
  }
  d.loaded = double(size);
  if (id == kFontRequest) {
    s.font_ttf.assign(reinterpret_cast<unsigned char*>(data), reinterpret_cast<unsigned char*>(data) + size);
    d.phase = Download::Phase::done;
  } else if (looks_like_manifest(std::string_view(data, size))) {
    take_manifest(s, data, size, d.url);
    s.platform->mark("ae:manifest-parsed");
    d.phase = s.load_error.empty() ? Download::Phase::done : Download::Phase::failed;
  } else {
    take_corpus(s, data, size, d.url, true);
    s.platform->mark("ae:corpus-parsed");
    d.phase = s.load_error.empty() ? Download::Phase::done : Download::Phase::failed;
  }
  std::free(data);
}

void on_file(Session& s, char* data, size_t size, std::string_view name, std::string_view error) {
  touch(s);
  if (!data) {
    s.load_error = std::string(error);
    return;
  }
  if (is_article_text(name, std::string_view(data, size))) {  // text, Markdown, HTML: into My articles
    add_texts(s, {TextInput{std::string(name), std::string(data, size)}});
  } else if (looks_like_manifest(std::string_view(data, size))) {
    s.load_error = std::string(name) +
                   ": this is the manifest of a sharded corpus; its shards can only be fetched from a web server. "
                   "Serve the folder and open the page with ?data=path/to/" + std::string(name) + ".";
  } else {
    take_corpus(s, data, size, std::string(name), false);
    if (s.load_error.empty()) s.corpus_download.phase = Download::Phase::done;
  }
  std::free(data);
}

}  // namespace ae::session
