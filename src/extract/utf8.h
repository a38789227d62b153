// utf8.h: the few Unicode facts the extractor needs: decoding, letters, case, spaces and quotes.
// Deliberately small: Latin, Latin-1/Extended-A, Greek and Cyrillic case; anything else non-ASCII and not
// punctuation counts as a (caseless) letter.
#pragma once

#include <cstdint>
#include <string_view>

namespace ae::extract {

// decode() past its ASCII test. Out of line on purpose: the passes call decode() in their inner loops on text
// that is nearly all ASCII, and with the whole decoder inline the compiler made every call a function call.
[[gnu::noinline]] inline uint32_t decode_multibyte(std::string_view s, size_t i, uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  auto cont = [&](size_t k) { return k < s.size() && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
  if ((c & 0xE0) == 0xC0 && cont(i + 1)) {
    cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
    return 2;
  }
  if ((c & 0xF0) == 0xE0 && cont(i + 1) && cont(i + 2)) {
    cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
         (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    return 3;
  }
  if ((c & 0xF8) == 0xF0 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
    cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
         ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) | (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
    return 4;
  }
  cp = 0xFFFD;
  return 1;
}

// How many of the eight bytes of w (in memory order, little-endian) are ASCII letters before the first byte that
// is not one (0-8), and whether any of those is lowercase. The tokenizer's word loop takes a whole run of
// letters in one step instead of one byte at a time (words are mostly ASCII letters).
inline uint32_t ascii_letter_run(uint64_t w, bool& any_lower) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t y = (w | (kOnes * 0x20)) & ~kHigh;     // each byte folded to lowercase, high bit cleared
  const uint64_t ge_a = y + kOnes * (0x80 - 'a');        // high bit set: y >= 'a' (no carry: y <= 0x7F)
  const uint64_t gt_z = y + kOnes * (0x7F - 'z');        // high bit set: y > 'z'
  const uint64_t letter = ge_a & ~gt_z & ~w & kHigh;     // ...and the byte itself was ASCII
  const uint64_t not_letter = ~letter & kHigh;
  const uint32_t run = not_letter ? uint32_t(__builtin_ctzll(not_letter)) / 8 : 8;
  const uint64_t in_run = run == 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * run)) - 1;
  any_lower = ((w << 2) & letter & in_run) != 0;  // bit 5 (0x20) set: lowercase ('a' and up)
  return run;
}

// Decodes the code point at s[i]; returns its length (1 for an invalid byte, which decodes as U+FFFD).
inline uint32_t decode(std::string_view s, size_t i, uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) [[likely]] {
    cp = c;
    return 1;
  }
  return decode_multibyte(s, i, cp);
}

// The classifiers below answer ASCII inline and the rest out of line (the *_beyond_ascii functions). With the
// whole range chain inline, GCC turned it into a binary search on cp that tested 0x177, 0x149, 0x137 and 0xFF
// before reaching the ASCII case: about ten instructions for every word the tokenizer read (callgrind).
[[gnu::noinline]] inline bool is_space_beyond_ascii(uint32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
         cp == 0xFEFF;
}
inline bool is_space_cp(uint32_t cp) {
  // ASCII first, in two compares: '\t' '\n' '\v' '\f' '\r' are 9-13 (the tokenizer asks this of every token).
  if (cp < 0x80) [[likely]] return cp == ' ' || cp - 9u < 5u;
  return is_space_beyond_ascii(cp);
}
inline bool is_digit_cp(uint32_t cp) { return cp >= '0' && cp <= '9'; }
[[gnu::noinline]] inline bool is_letter_beyond_ascii(uint32_t cp) {
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, currency, arrows, math, boxes
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF20) return false;
  if (cp >= 0x1F000) return false;  // emoji and symbols
  return true;
}
inline bool is_letter_cp(uint32_t cp) {
  if (cp < 0x80) [[likely]] return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return is_letter_beyond_ascii(cp);
}
[[gnu::noinline]] inline bool is_upper_beyond_ascii(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D) return true;
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}
inline bool is_upper_cp(uint32_t cp) {
  if (cp < 0x80) [[likely]] return cp >= 'A' && cp <= 'Z';
  return is_upper_beyond_ascii(cp);
}
inline bool is_lower_cp(uint32_t cp) { return is_letter_cp(cp) && !is_upper_cp(cp); }
inline bool is_apostrophe_cp(uint32_t cp) { return cp == '\'' || cp == 0x2019; }
inline bool is_close_quote_cp(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x2019 || cp == 0x201D || cp == 0xBB || cp == ')' || cp == ']';
}
inline bool is_open_quote_cp(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x2018 || cp == 0x201C || cp == 0xAB || cp == '(' || cp == '[';
}

}  // namespace ae::extract
