// sentences.cpp: splits a paragraph into sentences.
//
// A sentence ends at . ! ? (plus any closing quotes or brackets) followed by whitespace and an uppercase
// letter, digit or opening quote, or by the end of the paragraph. Abbreviations do not end sentences:
// titles (Mr., Dr., St.) and months (Feb.) never do; initialisms (U.S.) and company suffixes (Inc.) only
// when the next word is a typical sentence opener ("The U.S. He said" ends, "the U.S. State Department" not).
#include "extract/doc.h"
#include "extract/gazetteer.h"
#include "extract/utf8.h"

#include <algorithm>
#include <cstring>

namespace ae::extract {
namespace {

enum class Abbr { none, never_ends, ends_before_opener };

Abbr abbreviation_before(std::string_view p, size_t dot) {
  size_t b = dot;
  while (b > 0) {
    unsigned char c = static_cast<unsigned char>(p[b - 1]);
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') { --b; continue; }
    if (c == '.' && b >= 2 && ((p[b - 2] | 0x20) >= 'a' && (p[b - 2] | 0x20) <= 'z')) { --b; continue; }
    break;
  }
  std::string_view w = p.substr(b, dot - b);
  if (w.empty() || w.size() > 12) return Abbr::none;
  if (w.find('.') != std::string_view::npos) return Abbr::ends_before_opener;  // U.S, U.K, e.g
  if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return Abbr::never_ends;    // an initial: "J. Smith"
  if (w == "Md" || w == "Mohd") return Abbr::never_ends;  // Mohammad abbreviated: "Md. Abul Kashem" ("MD." may end one)
  static constexpr std::string_view kNever[] = {
      "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "rev",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos",
      "vs", "approx", "est", "fig", "vol", "pp", "ca", "cf", "mt", "ft", "messrs", "hon", "sr", "jr"};
  static constexpr std::string_view kCompany[] = {"inc", "ltd", "co", "corp", "plc", "llc", "jsc", "bros", "etc"};
  // Every word of the two lists has 2-6 letters (checked here at compile time): a word of another length skips
  // their 53 compares (callgrind: the compares were 4 M instructions over the BBC files).
  static_assert([] {
    for (auto a : kNever)
      if (a.size() < 2 || a.size() > 6) return false;
    for (auto a : kCompany)
      if (a.size() < 2 || a.size() > 6) return false;
    return true;
  }());
  if (w.size() < 2 || w.size() > 6) return Abbr::none;
  char buf[64];
  std::string_view l = lower(w, buf);
  for (auto a : kNever)
    if (same_word(l, a)) return Abbr::never_ends;
  for (auto a : kCompany)
    if (same_word(l, a)) return Abbr::ends_before_opener;
  return Abbr::none;
}

bool is_opener(std::string_view p, size_t k) {
  size_t e = k;
  while (e < p.size() && ((p[e] | 0x20) >= 'a' && (p[e] | 0x20) <= 'z')) ++e;
  if (e == k) return false;
  char buf[64];
  std::string_view w = lower(p.substr(k, e - k), buf);
  static constexpr std::string_view kOpeners[] = {
      "the", "he", "she", "it", "they", "we", "i", "in", "but", "and", "this", "that", "there", "a", "an",
      "our", "his", "her", "its", "their", "on", "at", "for", "as", "after", "while", "during", "since",
      "however", "meanwhile", "according", "these", "those", "both", "also", "earlier", "last", "next",
      "speaking", "with", "under", "his", "if", "when", "yet", "so"};
  for (auto o : kOpeners)
    if (same_word(w, o)) return true;
  return false;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view p) {
  std::vector<Span> out;
  split_sentences(p, out);
  return out;
}

void split_sentences(std::string_view p, std::vector<Span>& out) {
  size_t start = 0, n = p.size();
  auto push = [&](size_t b, size_t e) {
    while (b < e) {
      uint32_t cp;
      uint32_t l = decode(p, b, cp);
      if (!is_space_cp(cp)) break;
      b += l;
    }
    while (e > b && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n' || p[e - 1] == '\r')) --e;
    if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };
  // The next '.', '!' and '?' at or after i, each found with memchr (one linear pass per mark): most bytes
  // are none of them, and '!' and '?' are rare.
  size_t next_dot = 0, next_excl = 0, next_q = 0;
  auto next_of = [&](char m, size_t from) {
    const void* f = from < n ? std::memchr(p.data() + from, m, n - from) : nullptr;
    return f ? static_cast<size_t>(static_cast<const char*>(f) - p.data()) : n;
  };
  next_dot = next_of('.', 0);
  next_excl = next_of('!', 0);
  next_q = next_of('?', 0);
  size_t i = 0;
  while (i < n) {
    if (next_dot < i) next_dot = next_of('.', i);
    if (next_excl < i) next_excl = next_of('!', i);
    if (next_q < i) next_q = next_of('?', i);
    i = std::min(next_dot, std::min(next_excl, next_q));
    if (i >= n) break;
    char c = p[i];
    size_t j = i + 1;
    while (j < n) {  // closing quotes, brackets and repeated marks stay with the sentence
      uint32_t cp;
      uint32_t l = decode(p, j, cp);
      if (is_close_quote_cp(cp) || cp == '.' || cp == '!' || cp == '?') j += l; else break;
    }
    size_t k = j;
    bool saw_space = false;
    while (k < n) {
      uint32_t cp;
      uint32_t l = decode(p, k, cp);
      if (!is_space_cp(cp)) break;
      saw_space = true;
      k += l;
    }
    if (k >= n) break;  // end of paragraph: the tail is the last sentence
    if (!saw_space) { i = j; continue; }
    uint32_t next;
    decode(p, k, next);
    bool next_ok = is_upper_cp(next) || is_digit_cp(next) || is_open_quote_cp(next);
    if (!next_ok) { i = j; continue; }
    if (c == '.' && j == i + 1) {
      Abbr a = abbreviation_before(p, i);
      if (a == Abbr::never_ends) { i = j; continue; }
      if (a == Abbr::ends_before_opener && !is_opener(p, k)) { i = j; continue; }
    }
    push(start, j);
    start = k;
    i = k;
  }
  push(start, n);
}

}  // namespace ae::extract
