// query.cpp: filtering, facet counts and sorting over the Corpus (see query.h for the semantics).
#include "core/query.h"

#include "core/text.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>

namespace ae {

// ------------------------------------------------------------------------------------------- terms
std::vector<std::string> query_terms(std::string_view text) {
  std::string folded = fold_for_search(text);
  std::vector<std::string> terms;
  size_t i = 0;
  const size_t n = folded.size();
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (i < n) {
    while (i < n && space(folded[i])) ++i;
    if (i >= n) break;
    if (folded[i] == '"') {  // a phrase runs to the closing quote (or the end, while it is being typed)
      size_t end = folded.find('"', i + 1);
      if (end == std::string::npos) end = n;
      std::string phrase = folded.substr(i + 1, end - i - 1);
      size_t a = phrase.find_first_not_of(" \t"), b = phrase.find_last_not_of(" \t");
      if (a != std::string::npos) terms.push_back(phrase.substr(a, b - a + 1));
      i = end + 1;
      continue;
    }
    size_t start = i;
    while (i < n && !space(folded[i])) ++i;
    terms.push_back(folded.substr(start, i - start));
  }
  return terms;
}

// ------------------------------------------------------------------------------------------- sort names
namespace {
struct ColumnName {
  SortColumn column;
  std::string_view name;
};
constexpr ColumnName kColumns[] = {
    {SortColumn::none, "none"},         {SortColumn::name, "name"},       {SortColumn::role, "role"},
    {SortColumn::affiliation, "affiliation"}, {SortColumn::mentions, "mentions"}, {SortColumn::title, "title"},
    {SortColumn::kind, "kind"},         {SortColumn::parties, "parties"}, {SortColumn::status, "status"},
    {SortColumn::text, "text"},         {SortColumn::value, "value"},     {SortColumn::figure_kind, "figure-kind"},
    {SortColumn::subject, "subject"},   {SortColumn::caption, "caption"}, {SortColumn::credit, "credit"},
    {SortColumn::pictured, "pictured"}, {SortColumn::article, "article"},
};
}  // namespace

std::string_view to_string(SortColumn c) {
  for (const auto& e : kColumns)
    if (e.column == c) return e.name;
  return "none";
}
bool parse_sort_column(std::string_view s, SortColumn& out) {
  for (const auto& e : kColumns)
    if (e.name == s) {
      out = e.column;
      return true;
    }
  return false;
}
bool sort_applies(ItemKind kind, SortColumn c) {
  switch (c) {
    case SortColumn::none:
    case SortColumn::article: return true;
    case SortColumn::name:
    case SortColumn::role:
    case SortColumn::affiliation:
    case SortColumn::mentions: return kind == ItemKind::person;
    case SortColumn::title:
    case SortColumn::kind:
    case SortColumn::parties:
    case SortColumn::status: return kind == ItemKind::agreement;
    case SortColumn::text:
    case SortColumn::value:
    case SortColumn::figure_kind:
    case SortColumn::subject: return kind == ItemKind::figure;
    case SortColumn::caption:
    case SortColumn::credit:
    case SortColumn::pictured: return kind == ItemKind::photo;
  }
  return false;
}

// ------------------------------------------------------------------------------------------- engine
void QueryEngine::attach(const Corpus& corpus) {
  corpus_ = &corpus;
  for (int k = 0; k < kItemKinds; ++k) {
    KindIndex& idx = index_[k];
    idx.items = corpus.item_count(ItemKind(k));
    const size_t words = (idx.items + 63) / 64;
    idx.topic_bits.assign(corpus.topics.size(), std::vector<uint64_t>(words, 0));
    for (uint32_t i = 0; i < idx.items; ++i) {
      Range r = corpus.item_topics(ItemKind(k), i);
      for (uint32_t j = r.begin; j < r.end(); ++j) {
        uint32_t t = corpus.refs[j];
        if (t < idx.topic_bits.size()) idx.topic_bits[t][i >> 6] |= uint64_t(1) << (i & 63);
      }
    }
    memo_[k] = Memo{};
    facet_memo_[k] = Memo{};
  }
}

bool QueryEngine::matches_text(ItemKind kind, uint32_t i, const std::vector<std::string>& terms) const {
  if (terms.empty()) return true;
  std::string_view s = corpus_->str(corpus_->item_search(kind, i));
  for (const auto& t : terms)
    if (s.find(t) == std::string_view::npos) return false;
  return true;
}

bool QueryEngine::matches_non_topic(ItemKind kind, uint32_t i, const Query& q,
                                    const std::vector<std::string>& terms) const {
  if (q.article >= 0 && corpus_->item_article(kind, i) != uint32_t(q.article)) return false;
  if (kind == ItemKind::figure && q.figure_kinds != 0 &&
      !(q.figure_kinds & (1u << unsigned(corpus_->figures[i].kind))))
    return false;
  return matches_text(kind, i, terms);
}

void QueryEngine::candidates(ItemKind kind, const Query& q, Memo& memo, std::vector<uint32_t>& out) {
  out.clear();
  const KindIndex& idx = index_[int(kind)];
  const auto terms = query_terms(q.text);

  // Typing extends the query: only the previous result can still match.
  const bool narrows = memo.valid && memo.query.topics == q.topics && memo.query.figure_kinds == q.figure_kinds &&
                       memo.query.article == q.article && q.text.size() >= memo.query.text.size() &&
                       std::string_view(q.text).substr(0, memo.query.text.size()) == memo.query.text;
  if (narrows) {
    for (uint32_t i : memo.rows)
      if (matches_text(kind, i, terms)) out.push_back(i);
  } else if (!q.topics.empty()) {
    const size_t words = (idx.items + 63) / 64;
    std::vector<uint64_t> acc(words, 0);
    for (uint32_t t : q.topics)
      if (t < idx.topic_bits.size())
        for (size_t w = 0; w < words; ++w) acc[w] |= idx.topic_bits[t][w];
    for (size_t w = 0; w < words; ++w) {
      uint64_t bits = acc[w];
      while (bits) {
        uint32_t i = uint32_t(w * 64 + std::countr_zero(bits));
        bits &= bits - 1;
        if (matches_non_topic(kind, i, q, terms)) out.push_back(i);
      }
    }
  } else {
    uint32_t begin = 0, end = uint32_t(idx.items);
    if (q.article >= 0 && size_t(q.article) < corpus_->articles.size()) {  // items of one article are contiguous
      const Article& a = corpus_->articles[size_t(q.article)];
      Range r = kind == ItemKind::person      ? a.people
                : kind == ItemKind::agreement ? a.agreements
                : kind == ItemKind::figure    ? a.figures
                                              : a.photos;
      begin = r.begin;
      end = r.end();
    } else if (q.article >= 0) {
      end = 0;
    }
    for (uint32_t i = begin; i < end; ++i)
      if (matches_non_topic(kind, i, q, terms)) out.push_back(i);
  }
  memo.query = q;
  memo.rows = out;
  memo.valid = true;
}

size_t QueryEngine::count(ItemKind kind, const Query& q) {
  std::vector<uint32_t> rows;
  candidates(kind, q, memo_[int(kind)], rows);
  return rows.size();
}

void QueryEngine::facet_counts(ItemKind kind, const Query& q, std::vector<uint32_t>& counts) {
  counts.assign(corpus_->topics.size(), 0);
  // Without a topic filter the facet base is the row set itself: reuse filter()'s result instead of scanning.
  const Memo& last = memo_[int(kind)];
  std::vector<uint32_t> own;
  const std::vector<uint32_t>* rows = &own;
  if (q.topics.empty() && last.valid && last.query == q) {
    rows = &last.rows;
  } else {
    Query rest = q;
    rest.topics.clear();
    candidates(kind, rest, facet_memo_[int(kind)], own);
  }
  const Corpus& c = *corpus_;
  for (uint32_t i : *rows) {
    Range r = c.item_topics(kind, i);
    for (uint32_t j = r.begin; j < r.end(); ++j)
      if (c.refs[j] < counts.size()) ++counts[c.refs[j]];
  }
}

// ------------------------------------------------------------------------------------------- sorting
namespace {
// Case-insensitive (ASCII) three-way comparison; non-ASCII bytes compare by value.
int compare_text(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<unsigned char>(y + 32);
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}
int compare_num(double a, double b) { return a < b ? -1 : (a > b ? 1 : 0); }
}  // namespace

static int compare_items(const Corpus& c, ItemKind kind, SortColumn col, uint32_t a, uint32_t b) {
  auto s = [&](Str x) { return c.str(x); };
  switch (col) {
    case SortColumn::none: return 0;
    case SortColumn::article: return compare_num(c.item_article(kind, a), c.item_article(kind, b));
    case SortColumn::name: return compare_text(s(c.people[a].name), s(c.people[b].name));
    case SortColumn::role: return compare_text(s(c.people[a].role), s(c.people[b].role));
    case SortColumn::affiliation: return compare_text(s(c.people[a].affiliation), s(c.people[b].affiliation));
    case SortColumn::mentions: return compare_num(c.people[a].mentions.count, c.people[b].mentions.count);
    case SortColumn::title: return compare_text(s(c.agreements[a].title), s(c.agreements[b].title));
    case SortColumn::kind: return compare_text(s(c.agreements[a].kind), s(c.agreements[b].kind));
    case SortColumn::parties: {
      const Range ra = c.agreements[a].parties, rb = c.agreements[b].parties;
      std::string_view pa = ra.count ? s(c.strs[ra.begin]) : std::string_view(), pb = rb.count ? s(c.strs[rb.begin]) : std::string_view();
      return compare_text(pa, pb);
    }
    case SortColumn::status: return compare_num(int(c.agreements[a].status), int(c.agreements[b].status));
    case SortColumn::text: return compare_text(s(c.figures[a].text), s(c.figures[b].text));
    case SortColumn::value: {  // numeric within a unit; units alphabetical
      int u = compare_text(s(c.figures[a].unit), s(c.figures[b].unit));
      return u != 0 ? u : compare_num(c.figures[a].value, c.figures[b].value);
    }
    case SortColumn::figure_kind: return compare_num(int(c.figures[a].kind), int(c.figures[b].kind));
    case SortColumn::subject: return compare_text(s(c.figures[a].subject), s(c.figures[b].subject));
    case SortColumn::caption: return compare_text(s(c.photos[a].caption), s(c.photos[b].caption));
    case SortColumn::credit: return compare_text(s(c.photos[a].credit), s(c.photos[b].credit));
    case SortColumn::pictured: return compare_num(c.photos[a].people.count, c.photos[b].people.count);
  }
  return 0;
}

void QueryEngine::filter(ItemKind kind, const Query& q, const Sort& sort, std::vector<uint32_t>& rows) {
  candidates(kind, q, memo_[int(kind)], rows);
  if (sort.column == SortColumn::none || !sort_applies(kind, sort.column)) return;
  const Corpus& c = *corpus_;
  std::stable_sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
    int r = compare_items(c, kind, sort.column, a, b);
    if (sort.column == SortColumn::value && r != 0 && sort.descending) {
      // Descending by value keeps units in alphabetical order and reverses values within each unit.
      int u = compare_text(c.str(c.figures[a].unit), c.str(c.figures[b].unit));
      if (u != 0) return u < 0;
      return r > 0;
    }
    return sort.descending ? r > 0 : r < 0;
  });
}

// ------------------------------------------------------------------------------------------- CSV
void append_csv_field(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char ch : field) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    append_csv_field(out, fields[i]);
  }
  out += "\r\n";
  return out;
}

}  // namespace ae
