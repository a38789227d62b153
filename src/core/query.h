// query.h: the filter engine behind every panel. Plain C++20, unit-tested natively (tests/core/query_test.cpp).
//
// Semantics: topics are OR-ed among themselves and AND-ed with everything else; the text query is split into
// terms (folded: lowercase, diacritics removed) that must all occur in an item's search string; the figure-kind
// filter applies to figures only; the article filter restricts to one article. Facet counts give, per topic,
// how many items of a kind match all the other filters and carry that topic.
//
// The engine keeps one bitset per (kind, topic) and per figure kind, so topic and kind filters are word-wise
// ORs, and facet counts are popcounts of (topic bits AND the other filters). Text terms are matched with a
// SearchIndex per kind (the pool's search strings in place + signatures, core/search_index.h); the match set of each
// recent term is kept, so a term that extends a known one (typing one character at a time) only retests the
// items of the known term, and toggles, clears and the other panels reuse the sets.
#pragma once

#include "core/corpus.h"
#include "core/organisations.h"
#include "core/search_index.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

struct Query {
  std::vector<uint32_t> topics;  // topic indices into Corpus::topics; empty = any
  std::string text;              // as typed
  uint8_t figure_kinds = 0;      // bit (1 << FigureKind); 0 = all kinds
  int32_t article = -1;          // article index, or -1 for all
  // Publication dates, inclusive: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (core/dates.h); "" = open. With either
  // set, items of undated articles do not match.
  std::string date_from, date_to;
  // An organisation's key (core/organisations.h): only items of the articles that involve it; "" = any.
  std::string organisation;
  bool operator==(const Query&) const = default;
  bool empty() const {
    return topics.empty() && text.empty() && figure_kinds == 0 && article < 0 && date_from.empty() &&
           date_to.empty() && organisation.empty();
  }
};

// Splits folded text into terms (whitespace separated; a "quoted phrase" is one term).
std::vector<std::string> query_terms(std::string_view text);

// Sort columns per kind (the panels' table columns, in order).
enum class SortColumn : uint8_t {
  none,
  // people
  name, role, affiliation, mentions,
  // agreements
  title, kind, parties, status,
  // figures
  text, value, figure_kind, subject,
  // photos
  caption, credit, pictured,
  // all
  article,
};
struct Sort {
  SortColumn column = SortColumn::none;
  bool descending = false;
  bool operator==(const Sort&) const = default;
};
std::string_view to_string(SortColumn c);             // "name", "value", ... (used in view links)
bool parse_sort_column(std::string_view s, SortColumn& out);
bool sort_applies(ItemKind kind, SortColumn c);        // column exists in that kind's table

class QueryEngine {
 public:
  // Indexes `corpus` from scratch (topic bitsets, figure-kind bitsets, search index).
  void attach(const Corpus& corpus);
  // Indexes only the items appended to the attached corpus since the last attach()/extend() (a corpus loaded
  // in shards: existing items keep their indices, new topics may have been appended). Attaches instead when
  // `corpus` is another corpus or has shrunk. Drops the remembered term matches.
  void extend(const Corpus& corpus);
  const Corpus* corpus() const { return corpus_; }
  // Items indexed per kind (corpus().item_count() until the corpus grows without extend()).
  size_t indexed(ItemKind kind) const { return index_[int(kind)].search.size(); }
  // The corpus's organisations (affiliations and agreement sides), indexed with the articles.
  const OrganisationIndex& organisations() const { return orgs_; }
  // Builds the token dictionaries of the search indexes (core/search_index.h) by at most `max_items` items;
  // returns true while some remain. Filters give the same results before and after, only faster after.
  bool index_tokens(size_t max_items);
  bool tokens_pending() const;
  // Approximate heap use of the index (bitsets, search buffers, remembered term matches).
  size_t memory_bytes() const;

  // The rows (indices into the kind's flat array) matching `q`, ordered by `sort` (stable; ties keep corpus
  // order). Figures sorted by value sort numerically within a unit, units alphabetically.
  void filter(ItemKind kind, const Query& q, const Sort& sort, std::vector<uint32_t>& rows);
  // Per topic: items of `kind` that match every filter of `q` except its topics and carry that topic
  // (an item listing a topic twice counts once).
  void facet_counts(ItemKind kind, const Query& q, std::vector<uint32_t>& counts);
  // Items of `kind` matching `q` (a popcount: no row list is built).
  size_t count(ItemKind kind, const Query& q);

 private:
  struct TermMatch {
    std::string term;
    ItemBits bits;
    uint64_t used = 0;  // last use, for eviction
  };
  struct KindIndex {
    size_t items = 0;
    std::vector<ItemBits> topic_bits;  // [topic][word]
    ItemBits figure_kind_bits[8];      // figures only: [FigureKind][word]
    SearchIndex search;
    std::vector<TermMatch> terms;      // recent term match sets (at most kTermCache)
    // The items inside the last date range and organisation asked for (a mask built once per change, so a
    // keystroke with a range or an organisation set costs one AND, not a walk over the articles).
    std::vector<Range> article_items;  // per article: its items of this kind (a compact copy: the mask walks it)
    bool scope_valid = false;
    std::string scope_from, scope_to, scope_org;
    ItemBits scope;
  };
  static constexpr size_t kTermCache = 16;

  void index_new_items();  // indexes items [index_[k].items, corpus_->item_count(k)) of every kind
  const ItemBits& term_bits(ItemKind kind, const std::string& term);
  // out = items of `kind` matching q's text, figure kinds and article (and its topics when `with_topics`).
  void evaluate(ItemKind kind, const Query& q, bool with_topics, ItemBits& out);
  // The mask of items of `kind` inside q's date range and organisation (either may be open).
  const ItemBits& scope_bits(ItemKind kind, const Query& q);

  const Corpus* corpus_ = nullptr;
  KindIndex index_[kItemKinds];
  OrganisationIndex orgs_;
  std::vector<int32_t> article_days_;  // per article: day number of Article::published (core/dates.h), or kNoDay
  uint64_t clock_ = 0;
  // Scratch, reused between calls.
  ItemBits eval_, any_, narrow_;
  std::string last_text_;
  std::vector<std::string> last_terms_;
};

// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end with CRLF.
void append_csv_field(std::string& out, std::string_view field);
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace ae
