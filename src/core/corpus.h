// corpus.h: the in-memory model the explorer filters and draws. Plain C++20: no ImGui, SDL or Emscripten.
//
// Layout: every string lives once in one StringPool (short repeated strings such as topic ids, units, roles,
// kinds and party names are interned); items of all articles sit in flat per-kind arrays, and an article owns
// a contiguous Range of each. Lists (mentions, parties, topic refs, photo people) are Ranges into shared flat
// arrays. Each item also has a lowercase, diacritic-folded search string and a topic list, from which the
// query engine builds per-topic bitsets. Corpus::add() packs an ArticleRecord (or the loader's ArticleView);
// Corpus::record() unpacks one.
#pragma once

#include "core/article.h"
#include "core/article_view.h"
#include "core/bytes.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ae {

struct Str {  // a string in the pool
  uint32_t off = 0, len = 0;
};
struct Range {  // a run in a flat array
  uint32_t begin = 0, count = 0;
  uint32_t end() const { return begin + count; }
};

// Hash for unordered maps keyed by std::string that are looked up with string_views (no temporary strings).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

class StringPool {
 public:
  Str add(std::string_view s);     // appends (no dedup): paragraphs, captions, names
  Str intern(std::string_view s);  // dedups: ids of topics, units, kinds, roles, parties
  // A search string is folded straight into the pool, field by field, with no scratch copy: take
  // `from = bytes()`, append the fields (a '\n' between non-empty ones), then since(from) is the string.
  // Nothing else may be added to the pool in between.
  void append_folded_field(size_t from, std::string_view s);
  Str since(size_t from) const { return {static_cast<uint32_t>(from), static_cast<uint32_t>(data_.size() - from)}; }
  std::string_view view(Str s) const { return {data_.data() + s.off, s.len}; }
  const ByteBuffer& buffer() const { return data_; }  // the bytes view() reads (SearchIndex::add_external)
  size_t bytes() const { return data_.size(); }
  size_t capacity() const { return data_.capacity(); }
  void clear();
  void truncate(size_t bytes);  // drops everything added after the pool held `bytes` (Corpus::rollback)
  void reserve(size_t bytes) { data_.reserve(bytes); }
  size_t capacity_bytes() const;  // heap use including the intern table (approximate)

 private:
  ByteBuffer data_;  // appended without zero-filling first (bytes.h)
  StringMap<Str> interned_;
  static constexpr size_t kCacheLog2 = 12;  // 4,096: a 10k corpus has 2,322 distinct publication dates
  std::array<Str, size_t(1) << kCacheLog2> cache_{};  // recently interned strings (intern()); len 0 = empty slot
};

enum class ItemKind : uint8_t { person, agreement, figure, photo };
inline constexpr int kItemKinds = 4;
std::string_view to_string(ItemKind k);  // "people", "agreements", "figures", "photos"

struct Topic {
  Str id, label;
};
struct Person {
  uint32_t article = 0;
  Str id, name, role, affiliation, search;
  Range mentions;  // into Corpus::evidence
  Range topics;    // into Corpus::refs (topic indices)
};
struct Figure {
  uint32_t article = 0;
  Str id, text, unit, qualifier, subject, search;
  double value = 0;
  FigureKind kind = FigureKind::count;
  Evidence evidence;
  Range topics;
};
struct Agreement {
  uint32_t article = 0;
  Str id, title, kind, search;
  Range parties;  // into Corpus::strs
  AgreementStatus status = AgreementStatus::discussed;
  int32_t figure = -1;  // index into Corpus::figures, or -1
  Evidence evidence;
  Range topics;
};
struct Photo {
  uint32_t article = 0;
  Str id, caption, credit, src, search;
  Range people;  // into Corpus::refs (indices into Corpus::people)
  Evidence evidence;
  Range topics;
};
struct Article {
  Str id, title, source, url, published, search;
  Evidence published_evidence;  // where `published` was read in the text, when published_in_text
  bool published_in_text = false;
  Range paragraphs;  // into Corpus::strs; empty until load_texts() attaches them when text_ref is set
  Str text_ref;      // text file of a stripped article ("texts-00003.json"); empty = text inline. Kept
                     // after load_texts() attached the paragraphs, so one knows where they came from.
  Range topics;      // into Corpus::refs
  Range people, agreements, figures, photos;  // into the per-kind arrays
};

class Corpus {
 public:
  // ---- building
  // Adds (or relabels) a topic; returns its index. Topics referenced by an article but never declared get
  // their id as label.
  uint32_t add_topic(std::string_view id, std::string_view label);
  // Packs one article. The record must be valid (validate_article() in json.h); returns its index.
  uint32_t add(const ArticleRecord& a);
  uint32_t add(const ArticleView& a);  // the same from the loader's views (article_view.h)
  void clear();
  void reserve_bytes(size_t json_bytes);  // pre-sizes arrays from the input size

  // A point to return to: the loader appends in place and, when the input turns out invalid, rolls back to
  // the mark taken before it started, so a failed append leaves the corpus exactly as it was.
  struct Mark {
    size_t bytes = 0, topics = 0, articles = 0, people = 0, agreements = 0, figures = 0, photos = 0, evidence = 0,
           strs = 0, refs = 0;
    std::vector<Str> topic_labels;  // add_topic() may relabel a topic
  };
  Mark mark() const;
  void rollback(const Mark& m);

  // ---- reading
  std::string_view str(Str s) const { return strings.view(s); }
  ArticleRecord record(uint32_t article) const;
  std::vector<TopicRecord> topic_records() const;
  std::optional<uint32_t> find_article(std::string_view id) const;
  std::optional<uint32_t> find_topic(std::string_view id) const;
  // The item with this id inside article `article`, as an index into the kind's flat array.
  std::optional<uint32_t> find_item(uint32_t article, ItemKind kind, std::string_view id) const;
  size_t item_count(ItemKind k) const;
  // Calls f(item) on item i of kind k; every item type has id, article, search and topics.
  template <class F>
  decltype(auto) visit_item(ItemKind k, uint32_t i, F&& f) const {
    switch (k) {
      case ItemKind::agreement: return f(agreements[i]);
      case ItemKind::figure: return f(figures[i]);
      case ItemKind::photo: return f(photos[i]);
      case ItemKind::person: break;
    }
    return f(people[i]);
  }
  Str item_id(ItemKind k, uint32_t i) const { return visit_item(k, i, [](const auto& x) { return x.id; }); }
  Str item_search(ItemKind k, uint32_t i) const { return visit_item(k, i, [](const auto& x) { return x.search; }); }
  Range item_topics(ItemKind k, uint32_t i) const { return visit_item(k, i, [](const auto& x) { return x.topics; }); }
  uint32_t item_article(ItemKind k, uint32_t i) const {
    return visit_item(k, i, [](const auto& x) { return x.article; });
  }
  size_t memory_bytes() const;  // approximate heap use, for the UI and benchmarks

  StringPool strings;
  std::vector<Topic> topics;
  std::vector<Article> articles;
  std::vector<Person> people;
  std::vector<Agreement> agreements;
  std::vector<Figure> figures;
  std::vector<Photo> photos;
  std::vector<Evidence> evidence;  // person mentions
  std::vector<Str> strs;           // paragraphs, parties
  std::vector<uint32_t> refs;      // topic indices, photo people

 private:
  template <class A>
  uint32_t add_article(const A& a);  // add() for either form (corpus.cpp)

  StringMap<uint32_t> article_index_;
  StringMap<uint32_t> topic_index_;
};

}  // namespace ae
