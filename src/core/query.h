// query.h: the filter engine behind every panel. Plain C++20, unit-tested natively (tests/core/query_test.cpp).
//
// Semantics: topics are OR-ed among themselves and AND-ed with everything else; the text query is split into
// terms (folded: lowercase, diacritics removed) that must all occur in an item's search string; the figure-kind
// filter applies to figures only; the article filter restricts to one article. Facet counts give, per topic,
// how many items of a kind match all the other filters and carry that topic.
//
// The engine keeps one bitset per (kind, topic) so a topic filter is a word-wise OR, and narrows text searches
// incrementally when a new query extends the previous one (typing one character at a time).
#pragma once

#include "core/corpus.h"

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
  bool operator==(const Query&) const = default;
  bool empty() const { return topics.empty() && text.empty() && figure_kinds == 0 && article < 0; }
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
  // Builds the per-topic bitsets for `corpus` (call again after the corpus changes).
  void attach(const Corpus& corpus);
  const Corpus* corpus() const { return corpus_; }

  // The rows (indices into the kind's flat array) matching `q`, ordered by `sort` (stable; ties keep corpus
  // order). Figures sorted by value sort numerically within a unit, units alphabetically.
  void filter(ItemKind kind, const Query& q, const Sort& sort, std::vector<uint32_t>& rows);
  // Per topic: items of `kind` that match every filter of `q` except its topics and carry that topic.
  void facet_counts(ItemKind kind, const Query& q, std::vector<uint32_t>& counts);
  // Items of `kind` matching `q` (without building the row list order).
  size_t count(ItemKind kind, const Query& q);

 private:
  struct KindIndex {
    size_t items = 0;
    std::vector<std::vector<uint64_t>> topic_bits;  // [topic][word]
  };
  bool matches_text(ItemKind kind, uint32_t i, const std::vector<std::string>& terms) const;
  bool matches_non_topic(ItemKind kind, uint32_t i, const Query& q, const std::vector<std::string>& terms) const;
  struct Memo;
  void candidates(ItemKind kind, const Query& q, Memo& memo, std::vector<uint32_t>& out);

  const Corpus* corpus_ = nullptr;
  KindIndex index_[kItemKinds];
  // Incremental text narrowing: the last result per kind, one for rows and one for facet counts (whose
  // query has no topics), so each keeps narrowing while the user types.
  struct Memo {
    Query query;  // the query whose (unsorted) result is in rows
    std::vector<uint32_t> rows;
    bool valid = false;
  } memo_[kItemKinds], facet_memo_[kItemKinds];
};

// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end with CRLF.
void append_csv_field(std::string& out, std::string_view field);
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace ae
