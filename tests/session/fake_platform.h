// fake_platform.h: a Platform that records what the session asks of the host (fetches, history writes,
// clipboard, downloads, images) and lets a test answer, plus small made-up corpora (plain, and sharded with a
// manifest, an index file and text files) written with the core's own writers.
#pragma once

#include "core/json.h"
#include "core/manifest.h"
#include "extract/extract.h"
#include "extract/input.h"
#include "session/session.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace ae::session::testing {

class FakePlatform : public Platform {
 public:
  struct Fetch {
    uint32_t id;
    std::string url;
    bool progress;
  };
  struct HistoryWrite {
    std::string fragment;
    bool replace;
  };
  struct FileSaved {
    std::string name, mime, data;
  };

  void fetch(uint32_t id, std::string_view url, bool progress) override { fetches.push_back({id, std::string(url), progress}); }
  double now_ms() override { return now; }
  void mark(std::string_view name) override { marks.emplace_back(name); }
  std::string query_param(std::string_view name) override {
    auto it = params.find(std::string(name));
    return it == params.end() ? std::string() : it->second;
  }
  std::string location_hash() override { return hash; }
  std::string location_base() override { return "http://127.0.0.1:8000/"; }
  void set_history(std::string_view fragment, bool replace) override {
    history.push_back({std::string(fragment), replace});
    hash = std::string(fragment);
  }
  void copy_to_clipboard(std::string_view text) override { clipboard.emplace_back(text); }
  void download(std::string_view name, std::string_view mime, std::string_view data) override {
    downloads.push_back({std::string(name), std::string(mime), std::string(data)});
  }
  void load_image(uint32_t id, std::string_view url) override { images.push_back({id, std::string(url), false}); }
  void open_file_picker() override { ++pickers; }
  // My articles: the request is kept; answer_extracts() runs the extractor natively, as the web app's worker does.
  struct ExtractRequest {
    uint32_t id;
    std::string name, bytes;
  };
  void extract_text(uint32_t id, std::string_view name, std::string_view bytes) override {
    extracts.push_back({id, std::string(name), std::string(bytes)});
  }
  std::vector<ExtractRequest> extracts;
  void keep_my_articles(std::string_view document, bool showing) override {
    kept = std::string(document);
    kept_showing = showing;
    ++keeps;
  }
  // "Copy link with the article": requests are kept; answer_packs() answers them with a stand-in packing (hex,
  // which the fake unpack reverses), as the web app answers with deflate-raw + base64url.
  struct PackRequest {
    uint32_t id;
    std::string bytes;
    size_t max_bytes;
  };
  void pack_for_link(uint32_t id, std::string_view document) override { packs.push_back({id, std::string(document), 0}); }
  void unpack_from_link(uint32_t id, std::string_view packed, size_t max_bytes) override {
    unpacks.push_back({id, std::string(packed), max_bytes});
  }
  std::vector<PackRequest> packs, unpacks;
  std::string kept;  // the last document kept for My articles
  bool kept_showing = false;
  int keeps = 0;

  // The last fetch of `url` (its request id), or 0.
  uint32_t request_of(std::string_view url) const {
    for (auto it = fetches.rbegin(); it != fetches.rend(); ++it)
      if (it->url == url) return it->id;
    return 0;
  }
  size_t fetch_count(std::string_view url) const {
    size_t n = 0;
    for (const auto& f : fetches) n += f.url == url;
    return n;
  }

  double now = 1000;
  std::string hash;
  std::map<std::string, std::string> params;
  std::vector<Fetch> fetches;
  std::vector<HistoryWrite> history;
  std::vector<std::string> clipboard, marks;
  std::vector<FileSaved> downloads;
  std::vector<Fetch> images;
  int pickers = 0;
};

// Hands `body` to the session as the platform would: a malloc'd copy with 64 readable bytes past the end.
inline void answer(Session& s, uint32_t id, std::string_view body) {
  char* p = static_cast<char*>(std::malloc(body.size() + 64));
  std::memcpy(p, body.data(), body.size());
  std::memset(p + body.size(), 0, 64);
  on_fetch_done(s, id, p, body.size(), 200, {});
}
inline void answer(Session& s, FakePlatform& p, std::string_view url, std::string_view body) {
  const uint32_t id = p.request_of(url);
  ASSERT_NE(id, 0u) << url << " was never requested";
  answer(s, id, body);
}
inline void fail(Session& s, FakePlatform& p, std::string_view url, std::string_view error) {
  const uint32_t id = p.request_of(url);
  ASSERT_NE(id, 0u) << url << " was never requested";
  on_fetch_done(s, id, nullptr, 0, 404, error);
}
// Answers every extractor request with extract::extract_file_document and the default topic lexicon
// (assets/topics.json), in the order they were made: the web app's worker does the same, one file at a time.
inline void answer_extracts(Session& s, FakePlatform& p) {
  static const extract::Lexicon lexicon = [] {
    std::ifstream in(std::string(AE_SOURCE_DIR) + "/assets/topics.json", std::ios::binary);
    std::string json((std::istreambuf_iterator<char>(in)), {}), error;
    auto lex = extract::parse_lexicon(json, error);
    EXPECT_TRUE(lex) << error;
    return lex ? std::move(*lex) : extract::Lexicon{};
  }();
  std::vector<FakePlatform::ExtractRequest> requests;
  requests.swap(p.extracts);
  for (const auto& r : requests) {
    std::string note, error;
    const std::string doc = extract::extract_file_document(r.name, r.bytes, &lexicon, note, error);
    on_extracted(s, r.id, doc, note, error);
  }
}

inline std::string fake_pack(std::string_view bytes) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return out;
}
inline void answer_packs(Session& s, FakePlatform& p) {
  std::vector<FakePlatform::PackRequest> requests;
  requests.swap(p.packs);
  for (const auto& r : requests) on_packed(s, r.id, fake_pack(r.bytes), {});
}
inline void answer_unpacks(Session& s, FakePlatform& p) {
  std::vector<FakePlatform::PackRequest> requests;
  requests.swap(p.unpacks);
  for (const auto& r : requests) {
    std::string out;
    bool ok = r.bytes.size() % 2 == 0;
    for (size_t i = 0; ok && i < r.bytes.size(); i += 2) {
      auto v = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
      const int hi = v(r.bytes[i]), lo = v(r.bytes[i + 1]);
      ok = hi >= 0 && lo >= 0;
      out += char(hi * 16 + lo);
    }
    if (ok && out.size() > r.max_bytes) on_unpacked(s, r.id, {}, "it unpacks to more than the limit");
    else if (ok) on_unpacked(s, r.id, out, {});
    else on_unpacked(s, r.id, {}, "it is not an article packed by Article Explorer (bad characters)");
  }
}

inline void drop_file(Session& s, std::string_view name, std::string_view body) {
  char* p = static_cast<char*>(std::malloc(body.size() + 64));
  std::memcpy(p, body.data(), body.size());
  std::memset(p + body.size(), 0, 64);
  on_file(s, p, body.size(), name, {});
}

// ---- made-up articles: article i has one person ("Wren Testperson<i>") and one figure ("<i> percent").
inline ArticleRecord make_article(int i, std::vector<std::string> topics) {
  ArticleRecord a;
  a.title = "Test article number " + std::to_string(i);
  a.source = "Session Test Gazette";
  a.published = "2026-01-0" + std::to_string(1 + i % 9);
  a.id = article_id(a.source, a.title);
  const std::string name = "Wren Testperson" + std::string(1, char('a' + i % 26)) + std::to_string(i);
  const std::string figure = std::to_string(10 + i) + " percent";
  const std::string s1 = name + " opened the imaginary bridge.";
  const std::string s2 = "Traffic on it rose by " + figure + " in a week.";
  a.paragraphs = {s1 + " " + s2};
  a.topics = topics;
  PersonRecord p;
  p.id = person_id(name);
  p.name = name;
  p.role = "Mayor";
  p.mentions = {Evidence{0, {0, uint32_t(s1.size())}, {0, uint32_t(name.size())}}};
  p.topics = topics;
  a.people.push_back(p);
  FigureRecord f;
  f.id = figure_id(figure);
  f.text = figure;
  f.value = 10 + i;
  f.unit = "%";
  f.kind = FigureKind::percent;
  f.subject = "traffic";
  const uint32_t b2 = uint32_t(s1.size() + 1);
  const uint32_t m = b2 + uint32_t(s2.find(figure));
  f.evidence = Evidence{0, {b2, b2 + uint32_t(s2.size())}, {m, m + uint32_t(figure.size())}};
  f.topics = topics;
  a.figures.push_back(f);
  return a;
}

inline std::vector<std::string> topics_of(int i) {
  return i % 2 ? std::vector<std::string>{"trade"} : std::vector<std::string>{"energy"};
}

inline Corpus make_corpus(int articles) {
  Corpus c;
  c.add_topic("energy", "Energy");
  c.add_topic("trade", "Trade");
  for (int i = 0; i < articles; ++i) {
    ArticleRecord a = make_article(i, topics_of(i));
    if (auto bad = validate_article(a)) ADD_FAILURE() << "made-up article " << i << ": " << *bad;
    c.add(a);
  }
  return c;
}
inline std::string corpus_json(int articles) { return write_corpus(make_corpus(articles)); }

// A sharded corpus as `article-prep shard` writes it: `per_shard` articles per shard, texts in one file per
// shard, the index in its own file.
struct Sharded {
  std::string manifest, index;
  std::vector<std::string> shards, texts;
  std::vector<std::string> ids;  // article ids in order
};
inline Sharded make_sharded(int articles, int per_shard) {
  const Corpus corpus = make_corpus(articles);
  Sharded out;
  Manifest m;
  m.topics = corpus.topic_records();
  m.topic_articles.assign(corpus.topics.size(), 0);
  m.articles = uint64_t(articles);
  m.counts[0] = corpus.people.size();
  m.counts[1] = corpus.agreements.size();
  m.counts[2] = corpus.figures.size();
  m.counts[3] = corpus.photos.size();
  for (int first = 0, s = 0; first < articles; first += per_shard, ++s) {
    const int last = std::min(articles, first + per_shard);
    const std::string texts_file = "texts-0000" + std::to_string(s) + ".json";
    const std::string shard_file = "shard-0000" + std::to_string(s) + ".json";
    std::vector<uint32_t> ids;
    Corpus part;
    for (const auto& t : m.topics) part.add_topic(t.id, t.label);
    for (int i = first; i < last; ++i) {
      ids.push_back(uint32_t(i));
      ArticleRecord r = corpus.record(uint32_t(i));
      r.paragraphs.clear();
      r.text_ref = texts_file;
      part.add(r);
    }
    out.texts.push_back(write_texts(corpus, ids));
    m.texts.push_back({texts_file, uint32_t(last - first), out.texts.back().size()});
    out.shards.push_back(write_corpus(part));
    m.shards.push_back({shard_file, uint32_t(last - first), out.shards.back().size()});
    for (int i = first; i < last; ++i) {
      const Article& a = corpus.articles[size_t(i)];
      ManifestEntry e;
      e.id = corpus.str(a.id);
      e.title = corpus.str(a.title);
      e.shard = uint32_t(s);
      for (uint32_t j = a.topics.begin; j < a.topics.end(); ++j) {
        e.topics.push_back(corpus.refs[j]);
        ++m.topic_articles[corpus.refs[j]];
      }
      e.counts[0] = a.people.count;
      e.counts[1] = a.agreements.count;
      e.counts[2] = a.figures.count;
      e.counts[3] = a.photos.count;
      out.ids.push_back(e.id);
      m.index.push_back(std::move(e));
    }
  }
  m.index_file = "index.json";
  out.index = write_manifest_index(m);
  out.manifest = write_manifest(m);
  return out;
}

// A session over a FakePlatform, started (font and corpus requested) with `data` as ?data= when given.
struct SessionFixture : ::testing::Test {
  FakePlatform platform;
  Session s{platform};

  void start_with(std::string data = {}) {
    if (!data.empty()) platform.params["data"] = data;
    start(s);
  }
  // Starts, loads a plain corpus of `n` articles and refreshes the caches, as the first frame would.
  void load_plain(int n, std::string hash = {}) {
    platform.hash = std::move(hash);
    start_with();
    answer(s, platform, "data/corpus.json", corpus_json(n));
    settle();
  }
  // refresh() until every hidden count is up to date (one per frame in the app), then tick.
  void settle() {
    for (int i = 0; i < 8; ++i) refresh(s);
    tick(s);
  }
  // One frame's worth of the app's work after drawing: apply the intents, refresh, tick.
  void frame(const Intents& in) {
    apply(s, in);
    settle();
  }
  std::string selected_item() const {
    return s.selection.active ? std::string(s.corpus.str(s.corpus.item_id(s.selection.kind, s.selection.index))) : "";
  }
  std::vector<std::string> row_ids(ItemKind k) const {
    std::vector<std::string> ids;
    for (uint32_t r : s.panels[int(k)].rows) ids.emplace_back(s.corpus.str(s.corpus.item_id(k, r)));
    return ids;
  }
};

}  // namespace ae::session::testing
