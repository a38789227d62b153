// doc.h: the working form shared by the extraction passes (internal to src/extract).
//
// The pipeline is paragraphs -> sentences -> tokens -> item passes. Each pass reads the Doc and appends to
// the ArticleRecord plus one Explanation per item (the rule that produced it, for `article-prep --explain`).
// Offsets are UTF-8 byte offsets into ArticleRecord::paragraphs[p], the same spans Evidence uses.
#pragma once

#include "core/article.h"
#include "core/bytes.h"
#include "extract/extract.h"
#include "extract/gazetteer.h"

#include <cassert>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ae::extract {

enum class Tok : uint8_t {
  word,        // letters/digits/internal hyphens or apostrophes: "Kassym-Jomart", "COVID-19", "aren't"
  number,      // digits with inner ',' or '.': "1,100", "31.23"
  possessive,  // "'s" / "’s" / a bare "’" after a plural ("States’")
  punct,       // any other single character (multi-byte for “ ” – € ...)
};

enum TokFlag : uint16_t {
  kCap = 1,          // first letter is uppercase
  kAllCaps = 2,      // every letter uppercase (two letters or more)
  kSpaceBefore = 4,  // whitespace (or the sentence start) precedes the token
  kDotted = 8,       // letter-dot initialism: "U.S.", "U.K."
  kHasDigit = 16,    // a word containing digits: "COVID-19", "C5"
  kInCredit = 32,    // inside a photo credit: no people, figures or agreements there
  kInQuote = 64,     // inside “…”
  kInOrg = 128,      // inside an organisation's name (orgs.cpp): never part of a person's name
};

struct Token {
  uint32_t begin = 0, end = 0;  // byte offsets in the paragraph
  Tok kind = Tok::punct;
  uint16_t flags = 0;
  bool has(TokFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t para = 0;
  Span span;                           // trimmed
  uint32_t tok_begin = 0, tok_end = 0;  // into Doc::toks
  // The paragraph's text and its lowercased copy (Doc::a->paragraphs[para], Doc::lowered[para]), kept here so
  // that Doc::text() and Doc::low(), asked of most tokens by every pass, read one pointer instead of following
  // Doc -> ArticleRecord -> paragraphs -> string (callgrind: about 3 instructions a call, millions of calls).
  // Whoever makes a Sentence sets them (pipeline.cpp, figures.cpp's title); the texts do not change during the
  // passes.
  const char* text = nullptr;
  const char* low = nullptr;
};

struct Caption {
  uint32_t para = 0;
  Span caption;  // text before the credit marker (trimmed)
  Span credit;   // the credit, without marker, brackets and trailing period
  Span whole;    // the trimmed paragraph
  const char* rule = "";
};

// An organisation named in the text: tokens [tb, te) of sentence `sent` (orgs.cpp).
struct OrgMention {
  uint32_t sent = 0, tb = 0, te = 0;
  std::string name;       // as written, without a leading "the" or a trailing possessive
  const char* rule = "";  // the evidence: "head", "suffix", "cue", "possessive", "acronym", "known", ...
  std::string canon;      // the full name an acronym stands for ("LSE" after "London Stock Exchange (LSE)")
  bool company = false;   // found by company evidence (cue noun, legal form, "its shares", "said it", a deal)
};

struct Doc {
  ArticleRecord* a = nullptr;
  std::vector<Sentence> sents;
  std::vector<Token> toks;
  std::vector<Caption> captions;
  // ASCII-lowercased copy of each paragraph (same byte offsets): views into lowered_text, one buffer for the
  // article rather than one string per paragraph.
  std::string lowered_text;
  std::vector<std::string_view> lowered;
  std::vector<const GazEntry*> gz;   // per token: its one-word gazetteer entry (looked up once)
  // Per token: gz[k]'s flags, 0 when none. has() reads them here rather than through the pointer: the passes ask
  // has() of most tokens, and the entry is a load from the gazetteer's table (perf: a stall at such tests).
  std::vector<uint32_t> gzf;
  std::vector<Explanation>* explain = nullptr;
  std::vector<OrgMention> orgs;     // in document order
  std::vector<int32_t> org_of;      // per token: index into orgs of the mention holding it, or -1

  // Empties the Doc for the next article, keeping the vectors' room (extract() reuses one Doc per thread).
  void clear() {
    a = nullptr;
    explain = nullptr;
    sents.clear();
    toks.clear();
    captions.clear();
    lowered_text.clear();
    lowered.clear();
    gz.clear();
    gzf.clear();
    orgs.clear();
    org_of.clear();
  }
  // Gives back the room of a Doc that grew past `bytes` of tokens (one huge input must not keep it all).
  void trim(size_t bytes) {
    if (toks.capacity() * sizeof(Token) > bytes) *this = Doc();
  }

  // The accessors below are always inlined: the passes call them for nearly every token from inside long
  // functions, where GCC otherwise kept some of them calls (callgrind: ~100k calls per 400 articles).
  [[gnu::always_inline]] std::string_view para(uint32_t p) const { return a->paragraphs[p]; }
  // text() and low() build the view directly, not with substr(): a token lies inside its sentence's paragraph
  // (tokenize() makes it so; the assert checks it in debug builds), and substr()'s bounds test and clamp cost
  // about as much as the rest of these accessors, which the passes call millions of times a run (callgrind).
  [[gnu::always_inline]] std::string_view text(const Sentence& s, const Token& t) const {
    assert(s.text == a->paragraphs[s.para].data() && t.begin <= t.end && t.end <= a->paragraphs[s.para].size());
    return {s.text + t.begin, t.end - t.begin};
  }
  std::string_view text(const Sentence& s, uint32_t b, uint32_t e) const {
    return para(s.para).substr(b, e - b);
  }
  uint32_t idx(const Token& t) const { return static_cast<uint32_t>(&t - toks.data()); }
  [[gnu::always_inline]] bool has(uint32_t k, uint32_t flags) const { return (gzf[k] & flags) != 0; }
  [[gnu::always_inline]] std::string_view low(const Sentence& s, const Token& t) const {
    assert(s.low == lowered[s.para].data() && t.begin <= t.end && t.end <= lowered[s.para].size());
    return {s.low + t.begin, t.end - t.begin};
  }
  // Text from token i's start to token j-1's end (absolute token indices).
  std::string_view span_text(const Sentence& s, uint32_t i, uint32_t j) const {
    return para(s.para).substr(toks[i].begin, toks[j - 1].end - toks[i].begin);
  }
};

// a == b for the short words the passes compare (mostly 2-10 bytes), inline: string_view's == calls libc's
// memcmp, whose call cost more than the comparison (perf: memcmp was 4% of `article-prep extract`).
[[gnu::always_inline]] inline bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() && same_bytes(a.data(), b.data(), a.size());
}

// Whether w is one of the words of a list (each compared inline; == called memcmp for every word of the list).
inline bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  for (auto x : list)
    if (same_word(w, x)) return true;
  return false;
}

// Token k of sentence s is the word w (w lowercase ASCII). The length is compared first: it is the common
// mismatch, and the passes ask this of most tokens. Always inlined: GCC kept it a call inside the long pass
// functions, and the call cost more than the test (w is a literal: its length folds into the compare).
[[gnu::always_inline]] inline bool word_is(const Doc& d, const Sentence& s, uint32_t k, std::string_view w) {
  if (k < s.tok_begin || k >= s.tok_end) return false;
  const Token& t = d.toks[k];
  return t.kind == Tok::word && t.end - t.begin == w.size() && same_bytes(s.low + t.begin, w.data(), w.size());
}

// A list the pass clears and fills for every article, kept per thread so that its room (kilobytes: a large
// allocation, which also made malloc consolidate its free lists each time) is allocated once; the items of the
// previous article are destroyed here. A list that grew past `max_items` (a hostile text) is given back.
template <class T>
std::vector<T>& reused_list(std::vector<T>& room, size_t reserve, size_t max_items = 4096) {
  if (room.capacity() > max_items) std::vector<T>().swap(room);
  room.clear();
  room.reserve(reserve);
  return room;
}

// Whether a word may be in a small set of words, asked before the set's hash look-up: the words' lengths and
// first bytes as bit sets. Most words of a text fail one of the two tests, which cost a few instructions where
// the look-up hashes the word (std::hash) and reads a bucket (perf: such look-ups for every capitalised word were
// among the costliest lines of the people and organisation passes). Never says no for a word that was added.
class WordFilter {
 public:
  void add(std::string_view w) {
    if (w.empty()) {
      empty_ = true;
      return;
    }
    lengths_ |= uint64_t(1) << (w.size() < 63 ? w.size() : 63);
    const unsigned char c = static_cast<unsigned char>(w[0]);
    first_[c >> 6] |= uint64_t(1) << (c & 63);
  }
  bool maybe(std::string_view w) const {
    if (w.empty()) return empty_;
    const unsigned char c = static_cast<unsigned char>(w[0]);
    return (lengths_ >> (w.size() < 63 ? w.size() : 63) & 1) && (first_[c >> 6] >> (c & 63) & 1);
  }

 private:
  uint64_t lengths_ = 0;
  uint64_t first_[4] = {};
  bool empty_ = false;
};

// "II", "VI", "XIV": a regnal or ordinal numeral (a name's part, never an acronym).
inline bool roman_numeral(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  for (char c : w)
    if (c != 'I' && c != 'V' && c != 'X') return false;
  return true;
}

// "paris-based", "dubai-headquartered", "state-owned" (lowercase): where a company is based or who owns it
// describes the company named next (orgs.cpp); the word is never part of a person's name (people.cpp).
inline bool based_word(std::string_view l) {
  auto ends = [&](std::string_view x) {
    return l.size() > x.size() && same_bytes(l.data() + l.size() - x.size(), x.data(), x.size());
  };
  return ends("-based") || ends("-headquartered") || ends("-owned") || ends("-controlled");
}

// The longest gazetteer phrase (1..kMaxGazWords words) starting at token i of sentence s (absolute index)
// whose entry has any of `flags`; returns its length in tokens (0 if none) and the entry. The common case, a
// word that starts no phrase, is answered inline from the cached look-up; match_gaz_phrase() does the rest.
int match_gaz_phrase(const Doc& d, const Sentence& s, uint32_t i, uint32_t flags, const GazEntry** out);
inline int match_gaz(const Doc& d, const Sentence& s, uint32_t i, uint32_t flags, const GazEntry** out) {
  if (i >= s.tok_end || d.toks[i].kind != Tok::word) return 0;
  const GazEntry* first = d.gz[i];
  if (first && (first->flags & gPhraseStart)) return match_gaz_phrase(d, s, i, flags, out);
  if (first && (first->flags & flags)) {
    if (out) *out = first;
    return 1;
  }
  return 0;
}

// gazetteer.cpp: out[k] = the one-word gazetteer entry of token b[k] (nullptr unless a word that is listed) and
// flags[k] its flags (0 for none); low_para is the lowercased paragraph the tokens' offsets point into. What
// gaz() of each word would return.
void gaz_tokens(std::string_view low_para, const Token* b, const Token* e, const GazEntry** out, uint32_t* flags);

// Items per kind and article are capped so hostile text (a million "5 people") stays bounded.
inline constexpr size_t kMaxItemsPerKind = 5000;

// ---- passes (one file each)
// paragraphs.cpp: front matter, title and paragraphs from raw text.
void split_paragraphs(std::string_view raw, ArticleRecord& a);
// sentences.cpp: sentence spans of one paragraph; the second form appends them to `out` (the pipeline reuses
// one vector for every paragraph instead of allocating one each).
std::vector<Span> split_sentences(std::string_view para);
void split_sentences(std::string_view para, std::vector<Span>& out);
// tokens.cpp: tokens of text[begin, end) appended to out.
void tokenize(std::string_view para, Span range, std::vector<Token>& out);
// photos.cpp: finds caption paragraphs (run before people, so credits are masked) and adds PhotoRecords
// after people are known.
void find_captions(Doc& d);
// A caption paragraph: text before a credit marker ("Photo credit: X.", "(Photo by X/Agency)", "Photo: X").
bool find_credit(std::string_view para, Caption& out);
void photos_pass(Doc& d);
// orgs.cpp: organisations (companies, ministries, parties, agencies), run before people so that they are
// never taken for people and can become affiliations and agreement parties.
void orgs_pass(Doc& d);
void people_pass(Doc& d);
void figures_pass(Doc& d);
void agreements_pass(Doc& d);
// topics.cpp
void topics_pass(Doc& d, const Lexicon* lex);

// ---- small helpers shared by the passes (tokens.cpp)
// ASCII-lowercases `s` into buf (truncated to 63 bytes); returns the view.
std::string_view lower(std::string_view s, char (&buf)[64]);
bool is_word(const Token& t);
Evidence make_evidence(const Sentence& s, uint32_t b, uint32_t e);

}  // namespace ae::extract
