// tokens.cpp: splits a sentence into words, numbers, possessives and punctuation (one linear scan).
//
// Why these shapes: names keep inner hyphens ("Kassym-Jomart"), initialisms keep their dots ("U.S."), a
// possessive "’s" is its own token so "Pompeo’s" still matches "Pompeo", and a number that touches a word
// ("74th", "C5+1", "COVID-19") is recognisable to the figure pass through the kSpaceBefore flag.
#include "extract/doc.h"
#include "extract/utf8.h"

#include <cstring>

namespace ae::extract {

std::string_view lower(std::string_view s, char (&buf)[64]) {
  size_t n = s.size() < 63 ? s.size() : 63;
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  }
  // Fold the typographic apostrophe so "group’s" and "group's" look the same to the gazetteer.
  std::string_view out(buf, n);
  return out;
}

bool is_word(const Token& t) { return t.kind == Tok::word; }

Evidence make_evidence(const Sentence& s, uint32_t b, uint32_t e) {
  Evidence ev;
  ev.paragraph = s.para;
  ev.sentence = s.span;
  ev.match = {b, e};
  return ev;
}

namespace {

uint32_t cp_at(std::string_view t, size_t i, uint32_t end) {
  if (i >= end) return 0;
  uint32_t cp;
  decode(t, i, cp);
  return cp;
}

// A letter-dot initialism at i: "U.S.", "U.K.", "e.g." -> its end, or 0.
size_t dotted_end(std::string_view t, size_t i, size_t end) {
  size_t j = i;
  int letters = 0;
  while (j + 1 < end && ((t[j] | 0x20) >= 'a' && (t[j] | 0x20) <= 'z') && t[j + 1] == '.') {
    j += 2;
    ++letters;
  }
  if (letters < 2) return 0;
  if (j < end && ((t[j] | 0x20) >= 'a' && (t[j] | 0x20) <= 'z')) return 0;  // "U.Sx"
  return j;
}

}  // namespace

void tokenize(std::string_view t, Span range, std::vector<Token>& out) {
  size_t i = range.begin, end = range.end;
  bool space = true;
  while (i < end) {
    if (t[i] == ' ') {  // fast path for the most common byte
      space = true;
      ++i;
      continue;
    }
    uint32_t cp;
    uint32_t len = decode(t, i, cp);
    if (is_space_cp(cp)) {
      space = true;
      i += len;
      continue;
    }
    Token tok;
    tok.begin = static_cast<uint32_t>(i);
    if (space) tok.flags |= kSpaceBefore;
    space = false;
    if (is_digit_cp(cp)) {
      size_t j = i + 1;
      while (j < end) {
        char c = t[j];
        if (c >= '0' && c <= '9') { ++j; continue; }
        if ((c == ',' || c == '.') && j + 1 < end && t[j + 1] >= '0' && t[j + 1] <= '9') { j += 2; continue; }
        break;
      }
      tok.kind = Tok::number;
      tok.end = static_cast<uint32_t>(j);
      out.push_back(tok);
      i = j;
      continue;
    }
    if (is_letter_cp(cp)) {
      // (Most words have no dot after their first letter: that test alone is much cheaper than the call.)
      size_t j = i + 1 < end && t[i + 1] == '.' ? dotted_end(t, i, end) : 0;
      tok.kind = Tok::word;
      if (j) {
        tok.flags |= kDotted | kCap | kAllCaps;
        if (!(t[i] >= 'A' && t[i] <= 'Z')) tok.flags &= ~(kCap | kAllCaps);
      } else {
        bool upper_first = is_upper_cp(cp), any_lower = false;
        int letters = 0;
        j = i;
        while (j < end) {
          unsigned char b;
          if (end - j >= 8) {  // eight bytes at a time while they are ASCII letters
            uint64_t w;
            std::memcpy(&w, t.data() + j, 8);
            bool lower = false;
            const uint32_t run = ascii_letter_run(w, lower);
            letters += int(run);
            any_lower |= lower;
            j += run;
            if (run == 8) continue;
            // t[j] (still inside the eight bytes) is no ASCII letter: straight on to the tests below (asking the
            // ASCII-letter test again cost five instructions for nearly every word).
            b = static_cast<unsigned char>(t[j]);
          } else {
            b = static_cast<unsigned char>(t[j]);
            if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {  // ASCII fast path
              ++letters;
              if (b >= 'a') any_lower = true;
              ++j;
              continue;
            }
          }
          // Most words end at an ASCII space or punctuation: only a digit, '-' or '\'' can go on (tested below).
          if (b < 0x80 && !(b >= '0' && b <= '9') && b != '-' && b != '\'') break;
          uint32_t c2;
          uint32_t l2 = decode(t, j, c2);
          if (is_letter_cp(c2)) {
            ++letters;
            if (is_lower_cp(c2)) any_lower = true;
            j += l2;
          } else if (is_digit_cp(c2)) {
            tok.flags |= kHasDigit;
            j += l2;
          } else if ((c2 == '-' || c2 == 0x2010 || c2 == 0x2011) && j + l2 < end) {
            uint32_t n = cp_at(t, j + l2, static_cast<uint32_t>(end));
            if (!is_letter_cp(n) && !is_digit_cp(n)) break;
            j += l2;
          } else if (is_apostrophe_cp(c2) && j + l2 < end) {
            uint32_t n = cp_at(t, j + l2, static_cast<uint32_t>(end));
            if (!is_letter_cp(n)) break;
            // "’s" followed by a non-letter is a possessive: stop the word before it.
            size_t after = j + l2 + 1;
            if ((n == 's' || n == 'S') && (after >= end || !is_letter_cp(cp_at(t, after, static_cast<uint32_t>(end)))))
              break;
            j += l2;
          } else {
            break;
          }
        }
        if (upper_first) tok.flags |= kCap;
        if (upper_first && letters >= 2 && !any_lower) tok.flags |= kAllCaps;
      }
      tok.end = static_cast<uint32_t>(j);
      out.push_back(tok);
      i = j;
      continue;
    }
    if (is_apostrophe_cp(cp)) {
      uint32_t n = cp_at(t, i + len, static_cast<uint32_t>(end));
      if ((n == 's' || n == 'S') && !is_letter_cp(cp_at(t, i + len + 1, static_cast<uint32_t>(end))) &&
          !out.empty() && out.back().end == i && out.back().kind == Tok::word) {
        tok.kind = Tok::possessive;
        tok.end = static_cast<uint32_t>(i + len + 1);
        out.push_back(tok);
        i = tok.end;
        continue;
      }
      // "States’ partnership": a bare apostrophe after a word ending in s.
      if (!out.empty() && out.back().end == i && out.back().kind == Tok::word && i > 0 &&
          (t[i - 1] == 's' || t[i - 1] == 'S') && !is_letter_cp(n)) {
        tok.kind = Tok::possessive;
        tok.end = static_cast<uint32_t>(i + len);
        out.push_back(tok);
        i = tok.end;
        continue;
      }
    }
    tok.kind = Tok::punct;
    tok.end = static_cast<uint32_t>(i + len);
    out.push_back(tok);
    i += len;
  }
}

}  // namespace ae::extract

#include "extract/gazetteer.h"

namespace ae::extract {

// match_gaz() past its inline common case: token i is a word whose entry starts some multi-word phrase.
int match_gaz_phrase(const Doc& d, const Sentence& s, uint32_t i, uint32_t flags, const GazEntry** out) {
  char buf[64];
  size_t n = 0;
  uint32_t ends[kMaxGazWords];
  int words = 0;
  for (uint32_t k = i; k < s.tok_end && words < kMaxGazWords; ++k) {
    const Token& t = d.toks[k];
    if (t.kind != Tok::word) break;
    if (k > i && !t.has(kSpaceBefore)) break;
    std::string_view w = d.low(s, t);
    if (n + w.size() + 1 > sizeof buf) break;
    if (k > i) buf[n++] = ' ';
    for (char c : w) buf[n++] = c;
    ends[words++] = static_cast<uint32_t>(n);
  }
  for (int w = words; w >= 1; --w) {
    const GazEntry* e = gaz({buf, ends[w - 1]});
    if (e && (e->flags & flags)) {
      if (out) *out = e;
      return w;
    }
  }
  return 0;
}

}  // namespace ae::extract
