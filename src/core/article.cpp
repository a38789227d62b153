// article.cpp: enum names, record reset, and the id rules of docs/article-json.md ("Identifiers").
#include "core/article.h"

#include "core/text.h"

#include <algorithm>

namespace ae {

std::string_view to_string(FigureKind k) {
  switch (k) {
    case FigureKind::money: return "money";
    case FigureKind::percent: return "percent";
    case FigureKind::count: return "count";
    case FigureKind::measure: return "measure";
  }
  return "count";
}

std::string_view to_string(AgreementStatus s) {
  switch (s) {
    case AgreementStatus::signed_: return "signed";
    case AgreementStatus::agreed: return "agreed";
    case AgreementStatus::planned: return "planned";
    case AgreementStatus::discussed: return "discussed";
  }
  return "discussed";
}

bool parse_figure_kind(std::string_view s, FigureKind& out) {
  for (auto k : {FigureKind::money, FigureKind::percent, FigureKind::count, FigureKind::measure}) {
    if (s == to_string(k)) { out = k; return true; }
  }
  return false;
}

bool parse_agreement_status(std::string_view s, AgreementStatus& out) {
  for (auto k : {AgreementStatus::signed_, AgreementStatus::agreed, AgreementStatus::planned,
                 AgreementStatus::discussed}) {
    if (s == to_string(k)) { out = k; return true; }
  }
  return false;
}

void ArticleRecord::clear() {
  // clear() on strings and vectors keeps their capacity, which is the point of reusing one record.
  id.clear();
  title.clear();
  source.clear();
  url.clear();
  published.clear();
  published_evidence.reset();
  paragraphs.clear();
  text_ref.clear();
  topics.clear();
  people.clear();
  agreements.clear();
  figures.clear();
  photos.clear();
}

namespace {
constexpr size_t kMaxSlug = 48;
void append_hex(std::string& out, uint64_t v, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = digits - 1; i >= 0; --i) out.push_back(kHex[(v >> (4 * i)) & 0xF]);
}
}  // namespace

std::string slug(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_ascii_folded(out, text);
  // The slug is written over the folded text in place, byte by byte through an index (every item id is a slug:
  // push_back per byte and a second string cost more than the rest). The write index never passes the read index:
  // a '-' is written only for a gap of at least one byte already read.
  size_t w = 0;
  bool gap = false;
  for (size_t r = 0; r < out.size(); ++r) {
    const char c = out[r];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (gap && w != 0) out[w++] = '-';
      gap = false;
      out[w++] = c;
    } else {
      gap = true;
    }
  }
  out.resize(w);
  if (out.size() > kMaxSlug) {
    // Prefer ending at a word boundary so ids do not end in half a word.
    size_t cut = kMaxSlug;
    if (out[kMaxSlug] != '-') {
      size_t dash = out.rfind('-', kMaxSlug - 1);
      if (dash != std::string::npos && dash > 0) cut = dash;
    }
    out.resize(cut);
    while (!out.empty() && out.back() == '-') out.pop_back();
  }
  if (out.empty()) {
    // Nothing sluggable (e.g. Chinese or Arabic script): a short hash keeps the id stable and distinct.
    append_hex(out, fnv1a64(text) >> 32, 8);
  }
  return out;
}

uint64_t fnv1a64(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

std::string article_id(std::string_view source, std::string_view title) {
  uint64_t h = fnv1a64(title, fnv1a64("\n", fnv1a64(source)));
  std::string out = "a-";
  append_hex(out, h, 16);
  return out;
}

bool UniqueIds::take(const std::string& id) {
  if (taken_.empty()) {
    for (const std::string& t : few_)
      if (t == id) return false;
    if (few_.size() < kFew) {
      if (few_.empty()) few_.reserve(kFew);  // one allocation, no moves of the ids while the list grows
      few_.push_back(id);
      return true;
    }
    taken_.insert(few_.begin(), few_.end());  // from now on, the set holds every id taken
    few_.clear();
  }
  return taken_.insert(id).second;
}

std::string UniqueIds::make(std::string id) {
  if (take(id)) return id;
  unsigned& n = next_[id];
  if (n < 2) n = 2;
  for (;; ++n) {
    std::string candidate = id + "-" + std::to_string(n);
    if (take(candidate)) {
      ++n;
      return candidate;
    }
  }
}

std::string_view first_words(std::string_view text, size_t n) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  size_t i = 0;
  while (i < text.size() && space(text[i])) ++i;
  size_t begin = i, end = i;
  for (size_t w = 0; w < n && i < text.size(); ++w) {
    while (i < text.size() && !space(text[i])) ++i;
    end = i;
    while (i < text.size() && space(text[i])) ++i;
  }
  return text.substr(begin, end - begin);
}

std::string person_id(std::string_view name) { return "p-" + slug(name); }
std::string figure_id(std::string_view text) { return "f-" + slug(text); }
std::string agreement_id(std::string_view title) { return "ag-" + slug(title); }
std::string photo_id(std::string_view caption) { return "ph-" + slug(first_words(caption, 6)); }

}  // namespace ae
