// query.cpp: filtering, facet counts and sorting over the Corpus (see query.h for the semantics).
#include "core/query.h"

#include "core/dates.h"
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
  for (auto& idx : index_) idx = KindIndex{};
  article_days_.clear();
  orgs_.clear();
  index_new_items();
}

void QueryEngine::extend(const Corpus& corpus) {
  bool shrunk = false;
  for (int k = 0; k < kItemKinds; ++k) shrunk = shrunk || corpus.item_count(ItemKind(k)) < index_[k].items;
  if (corpus_ != &corpus || shrunk || corpus.topics.size() < index_[0].topic_bits.size()) {
    attach(corpus);
    return;
  }
  index_new_items();
}

void QueryEngine::index_new_items() {
  const Corpus& c = *corpus_;
  for (size_t a = article_days_.size(); a < c.articles.size(); ++a) {
    const Article& art = c.articles[a];
    article_days_.push_back(art.published.len ? day_number(c.str(art.published)) : kNoDay);
    index_[int(ItemKind::person)].article_items.push_back(art.people);
    index_[int(ItemKind::agreement)].article_items.push_back(art.agreements);
    index_[int(ItemKind::figure)].article_items.push_back(art.figures);
    index_[int(ItemKind::photo)].article_items.push_back(art.photos);
  }
  orgs_.extend(c);
  for (int k = 0; k < kItemKinds; ++k) {
    const ItemKind kind = ItemKind(k);
    KindIndex& idx = index_[k];
    const size_t from = idx.items, n = c.item_count(kind), words = item_words(n);
    idx.topic_bits.resize(c.topics.size());
    for (auto& bits : idx.topic_bits) bits.resize(words, 0);
    if (kind == ItemKind::figure)
      for (auto& bits : idx.figure_kind_bits) bits.resize(words, 0);
    if (from == 0) idx.search.reserve(n, 0);  // a first load: exactly (later shards grow it geometrically)
    for (size_t i = from; i < n; ++i) {
      const uint32_t item = uint32_t(i);
      const uint64_t bit = uint64_t(1) << (i & 63);
      const Range r = c.item_topics(kind, item);
      for (uint32_t j = r.begin; j < r.end(); ++j) {
        const uint32_t t = c.refs[j];
        if (t < idx.topic_bits.size()) idx.topic_bits[t][i >> 6] |= bit;
      }
      if (kind == ItemKind::figure && unsigned(c.figures[i].kind) < 8)
        idx.figure_kind_bits[unsigned(c.figures[i].kind)][i >> 6] |= bit;
      const Str search = c.item_search(kind, item);
      idx.search.add_external(&c.strings.buffer(), search.off, search.len);  // the pool's bytes, not a copy
    }
    idx.items = n;
    idx.terms.clear();  // match sets cover the old items only
    idx.scope_valid = false;
  }
  last_text_.clear();
  last_terms_.clear();
}

bool QueryEngine::index_tokens(size_t max_items) {
  for (auto& idx : index_) {
    if (max_items == 0) break;
    max_items -= idx.search.index_tokens(max_items);
  }
  return tokens_pending();
}

bool QueryEngine::tokens_pending() const {
  for (const auto& idx : index_)
    if (!idx.search.tokens_ready()) return true;
  return false;
}

size_t QueryEngine::memory_bytes() const {
  size_t n = 0;
  for (const auto& idx : index_) {
    n += idx.search.memory_bytes();
    for (const auto& b : idx.topic_bits) n += b.capacity() * sizeof(uint64_t);
    for (const auto& b : idx.figure_kind_bits) n += b.capacity() * sizeof(uint64_t);
    for (const auto& m : idx.terms) n += m.bits.capacity() * sizeof(uint64_t) + m.term.capacity();
  }
  return n;
}

const ItemBits& QueryEngine::term_bits(ItemKind kind, const std::string& term) {
  KindIndex& idx = index_[int(kind)];
  ++clock_;
  for (auto& m : idx.terms)
    if (m.term == term) {
      m.used = clock_;
      return m.bits;
    }
  // Only items matching every known term that occurs inside this one can match it (typing narrows).
  const size_t words = item_words(idx.items);
  const uint64_t* within = nullptr;
  for (const auto& m : idx.terms) {
    if (term.find(m.term) == std::string::npos) continue;
    if (!within) {
      narrow_.assign(m.bits.begin(), m.bits.end());
      within = narrow_.data();
    } else {
      for (size_t w = 0; w < words; ++w) narrow_[w] &= m.bits[w];
    }
  }
  if (idx.terms.size() >= kTermCache) {  // evict the least recently used
    auto oldest = std::min_element(idx.terms.begin(), idx.terms.end(),
                                   [](const TermMatch& a, const TermMatch& b) { return a.used < b.used; });
    idx.terms.erase(oldest);
  }
  TermMatch& m = idx.terms.emplace_back();
  m.term = term;
  m.used = clock_;
  idx.search.match(term, within, m.bits);
  return m.bits;
}

void QueryEngine::evaluate(ItemKind kind, const Query& q, bool with_topics, ItemBits& out) {
  const KindIndex& idx = index_[int(kind)];
  const size_t n = idx.items, words = item_words(n);
  if (q.text != last_text_) {
    last_text_ = q.text;
    last_terms_ = query_terms(q.text);
  }
  if (last_terms_.empty()) {
    out.assign(words, ~uint64_t(0));
    if (n & 63) out.back() = (uint64_t(1) << (n & 63)) - 1;
  } else {
    for (size_t t = 0; t < last_terms_.size(); ++t) {
      const ItemBits& bits = term_bits(kind, last_terms_[t]);
      if (t == 0) out.assign(bits.begin(), bits.end());
      else
        for (size_t w = 0; w < words; ++w) out[w] &= bits[w];
    }
  }
  if (q.article >= 0) {  // items of one article are contiguous
    size_t begin = 0, end = 0;
    if (size_t(q.article) < corpus_->articles.size()) {
      const Article& a = corpus_->articles[size_t(q.article)];
      const Range r = kind == ItemKind::person      ? a.people
                      : kind == ItemKind::agreement ? a.agreements
                      : kind == ItemKind::figure    ? a.figures
                                                    : a.photos;
      begin = std::min<size_t>(r.begin, n);
      end = std::min<size_t>(r.end(), n);
    }
    for (size_t w = 0; w < words; ++w) {
      const size_t lo = w * 64, hi = lo + 64;
      if (hi <= begin || lo >= end) {
        out[w] = 0;
        continue;
      }
      uint64_t keep = ~uint64_t(0);
      if (begin > lo) keep &= ~uint64_t(0) << (begin - lo);
      if (end < hi) keep &= (uint64_t(1) << (end - lo)) - 1;
      out[w] &= keep;
    }
  }
  if (!q.date_from.empty() || !q.date_to.empty() || !q.organisation.empty()) {
    const ItemBits& scope = scope_bits(kind, q);
    for (size_t w = 0; w < words; ++w) out[w] &= scope[w];
  }
  if (kind == ItemKind::figure && q.figure_kinds != 0) {
    any_.assign(words, 0);
    for (unsigned k = 0; k < 8; ++k)
      if (q.figure_kinds & (1u << k))
        for (size_t w = 0; w < words; ++w) any_[w] |= idx.figure_kind_bits[k][w];
    for (size_t w = 0; w < words; ++w) out[w] &= any_[w];
  }
  if (with_topics && !q.topics.empty()) {
    any_.assign(words, 0);
    for (uint32_t t : q.topics)
      if (t < idx.topic_bits.size())
        for (size_t w = 0; w < words; ++w) any_[w] |= idx.topic_bits[t][w];
    for (size_t w = 0; w < words; ++w) out[w] &= any_[w];
  }
}

namespace {
// Sets bits [begin, end) of `bits`, a word at a time.
void set_bits(ItemBits& bits, size_t begin, size_t end) {
  while (begin < end && (begin & 63)) {
    bits[begin >> 6] |= uint64_t(1) << (begin & 63);
    ++begin;
  }
  for (; begin + 64 <= end; begin += 64) bits[begin >> 6] = ~uint64_t(0);
  for (; begin < end; ++begin) bits[begin >> 6] |= uint64_t(1) << (begin & 63);
}
}  // namespace

const ItemBits& QueryEngine::scope_bits(ItemKind kind, const Query& q) {
  KindIndex& idx = index_[int(kind)];
  if (idx.scope_valid && idx.scope_from == q.date_from && idx.scope_to == q.date_to && idx.scope_org == q.organisation)
    return idx.scope;
  const size_t n = idx.items, words = item_words(n);
  // From the engine's compact per-article ranges: walking the Article structs themselves cost a cache miss or
  // two per article (4 ms for 100k articles).
  auto items_of = [&](size_t a) {
    const Range r = a < idx.article_items.size() ? idx.article_items[a] : Range{};
    return std::pair<size_t, size_t>(std::min<size_t>(r.begin, n), std::min<size_t>(r.end(), n));
  };
  const bool dated = !q.date_from.empty() || !q.date_to.empty();
  // Items of one article are contiguous, so each article in scope sets one run of bits.
  idx.scope.assign(words, 0);
  if (!q.organisation.empty()) {
    const int64_t o = orgs_.find(q.organisation);
    const DayRange range = day_range(q.date_from, q.date_to);
    if (o >= 0)
      for (uint32_t a : orgs_.at(uint32_t(o)).articles) {
        if (dated && (a >= article_days_.size() || !range.contains(article_days_[a]))) continue;
        const auto [b, e] = items_of(a);
        set_bits(idx.scope, b, e);
      }
  } else {
    const DayRange range = day_range(q.date_from, q.date_to);
    for (size_t a = 0; a < article_days_.size(); ++a)
      if (range.contains(article_days_[a])) {
        const auto [b, e] = items_of(a);
        set_bits(idx.scope, b, e);
      }
  }
  idx.scope_valid = true;
  idx.scope_from = q.date_from;
  idx.scope_to = q.date_to;
  idx.scope_org = q.organisation;
  return idx.scope;
}

size_t QueryEngine::count(ItemKind kind, const Query& q) {
  if (!corpus_) return 0;
  evaluate(kind, q, true, eval_);
  size_t n = 0;
  for (uint64_t w : eval_) n += size_t(std::popcount(w));
  return n;
}

void QueryEngine::facet_counts(ItemKind kind, const Query& q, std::vector<uint32_t>& counts) {
  counts.assign(corpus_ ? corpus_->topics.size() : 0, 0);
  if (!corpus_) return;
  evaluate(kind, q, false, eval_);
  const KindIndex& idx = index_[int(kind)];
  const size_t words = eval_.size();
  for (size_t t = 0; t < idx.topic_bits.size() && t < counts.size(); ++t) {
    const uint64_t* bits = idx.topic_bits[t].data();
    uint32_t n = 0;
    for (size_t w = 0; w < words; ++w) n += uint32_t(std::popcount(bits[w] & eval_[w]));
    counts[t] = n;
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
  rows.clear();
  if (!corpus_) return;
  evaluate(kind, q, true, eval_);
  size_t n = 0;
  for (uint64_t w : eval_) n += size_t(std::popcount(w));
  rows.resize(n);
  uint32_t* out = rows.data();
  for (size_t w = 0; w < eval_.size(); ++w)
    for (uint64_t bits = eval_[w]; bits; bits &= bits - 1) *out++ = uint32_t(w * 64 + size_t(std::countr_zero(bits)));
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
