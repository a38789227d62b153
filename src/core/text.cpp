// text.cpp: UTF-8 validation and search/slug folding (see text.h for the folding rules).
#include "core/text.h"

#include <simdjson.h>

#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ae {
namespace {

// Decodes one well-formed UTF-8 sequence at s[i]; returns its length, or 0 when it is ill-formed.
size_t decode(std::string_view s, size_t i, uint32_t& cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  size_t left = s.size() - i;
  unsigned char c = p[0];
  if (c < 0x80) { cp = c; return 1; }
  auto cont = [&](size_t k) { return k < left && (p[k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) {
    if (!cont(1)) return 0;
    cp = (uint32_t(c & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    cp = (uint32_t(c & 0x0F) << 12) | (uint32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;  // overlong or surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    cp = (uint32_t(c & 0x07) << 18) | (uint32_t(p[1] & 0x3F) << 12) | (uint32_t(p[2] & 0x3F) << 6) |
         (p[3] & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF) return 0;
    return 4;
  }
  return 0;
}

template <class Out>
void append_utf8(Out& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

// U+00C0..U+00FF -> base letters; '*' keeps the character (× and ÷), digits name multi-letter folds.
constexpr const char kLatin1[] =
    "aaaaaa1ceeeeiiii"   // C0..CF (1 = ae)
    "dnooooo*ouuuuy23"   // D0..DF (2 = th, 3 = ss)
    "aaaaaa1ceeeeiiii"   // E0..EF
    "dnooooo*ouuuuy2y";  // F0..FF
// U+0100..U+017F -> base letters; 4 = ij, 5 = oe.
constexpr const char kLatinA[] =
    "aaaaaacccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "44" "jj" "kkk" "llllllllll"
    "nnnnnnnnn" "oooooo" "55" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy" "zzzzzz" "s";
static_assert(sizeof(kLatin1) == 65 && sizeof(kLatinA) == 129);

template <class Out>
void append_letter_code(Out& out, char c) {
  switch (c) {
    case '1': out.append("ae", 2); break;
    case '2': out.append("th", 2); break;
    case '3': out.append("ss", 2); break;
    case '4': out.append("ij", 2); break;
    case '5': out.append("oe", 2); break;
    default: out.push_back(c);
  }
}

// Lowercase form of a Cyrillic capital (Russian, Ukrainian, Kazakh, ...), or cp itself.
uint32_t cyrillic_lower(uint32_t cp) {
  if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;
  if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;
  if ((cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) || (cp >= 0x04D0 && cp <= 0x052F))
    return (cp % 2 == 0) ? cp + 1 : cp;
  if (cp == 0x04C0) return 0x04CF;
  if (cp >= 0x04C1 && cp <= 0x04CE) return (cp % 2 == 1) ? cp + 1 : cp;
  return cp;
}

// Latin transliteration of a lowercase Cyrillic letter, or nullptr.
const char* cyrillic_latin(uint32_t cp) {
  static constexpr const char* kBasic[32] = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k",
                                             "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
                                             "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
  static constexpr const char* kExtra[16] = {"e", "e", "dj", "g", "ye", "dz", "i", "yi",
                                             "j", "lj", "nj", "c", "k", "i", "u", "dz"};
  if (cp >= 0x0430 && cp <= 0x044F) return kBasic[cp - 0x0430];
  if (cp >= 0x0450 && cp <= 0x045F) return kExtra[cp - 0x0450];
  switch (cp) {
    case 0x04D9: return "a";  // ә
    case 0x0493: return "g";  // ғ
    case 0x0491: return "g";  // ґ
    case 0x049B: return "q";  // қ
    case 0x04A3: return "n";  // ң
    case 0x04E9: return "o";  // ө
    case 0x04B1: return "u";  // ұ
    case 0x04AF: return "u";  // ү
    case 0x04BB: return "h";  // һ
    default: return nullptr;
  }
}

// ASCII runs are the common case (every search string is folded at load): they are found and lowercased eight
// bytes at a time (SWAR), which wasm32 does in 64-bit registers.
constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
inline uint64_t load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
// Lowercases the ASCII letters of eight ASCII bytes: a byte gets 0x20 when it is >= 'A' and not > 'Z' (bytes are
// below 0x80, so the additions never carry into the next byte).
inline uint64_t lower8(uint64_t w) {
  const uint64_t ge_a = w + kOnes * (0x80 - 'A'), gt_z = w + kOnes * (0x7F - 'Z');
  return w | ((ge_a & ~gt_z & kHigh) >> 2);
}

// Out: std::string or ByteBuffer (append, push_back, data, size).
template <class Out>
void fold(Out& out, std::string_view s, bool transliterate) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      size_t end = i + 1;
      while (s.size() - end >= 8 && !(load8(s.data() + end) & kHigh)) end += 8;
      while (end < s.size() && static_cast<unsigned char>(s[end]) < 0x80) ++end;
      const size_t at = out.size();
      out.append(s.data() + i, end - i);
      char* p = out.data() + at;
      size_t n = end - i;
      for (; n >= 8; p += 8, n -= 8) {
        const uint64_t w = lower8(load8(p));
        std::memcpy(p, &w, 8);
      }
      for (; n > 0; ++p, --n)
        if (*p >= 'A' && *p <= 'Z') *p = char(*p + 32);
      i = end;
      continue;
    }
    uint32_t cp = 0;
    size_t n = decode(s, i, cp);
    if (n == 0) {  // not UTF-8: keep the byte
      out.push_back(char(c));
      ++i;
      continue;
    }
    i += n;
    if (cp >= 0xC0 && cp <= 0xFF) {
      char f = kLatin1[cp - 0xC0];
      if (f == '*') append_utf8(out, cp);
      else append_letter_code(out, f);
    } else if (cp >= 0x100 && cp <= 0x17F) {
      append_letter_code(out, kLatinA[cp - 0x100]);
    } else if (cp == 0x218 || cp == 0x219) {  // Romanian comma-below letters, common in names
      out.push_back('s');
    } else if (cp == 0x21A || cp == 0x21B) {
      out.push_back('t');
    } else if (cp >= 0x300 && cp <= 0x36F) {
      // combining diacritical mark (decomposed text): drop it
    } else if (cp >= 0x400 && cp <= 0x52F) {
      uint32_t lower = cyrillic_lower(cp);
      const char* latin = transliterate ? cyrillic_latin(lower) : nullptr;
      if (latin) out.append(latin, std::strlen(latin));
      else append_utf8(out, lower);
    } else if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
      out.push_back('-');
    } else if ((cp >= 0x2018 && cp <= 0x201B) || cp == 0x2032) {
      out.push_back('\'');
    } else if ((cp >= 0x201C && cp <= 0x201F) || cp == 0x2033 || cp == 0xAB || cp == 0xBB) {
      out.push_back('"');
    } else if (cp == 0x2026) {
      out.append("...", 3);
    } else if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
               cp == 0x3000) {
      out.push_back(' ');
    } else if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) {
      // soft hyphen and zero-width characters: invisible, so they must not split words
    } else {
      append_utf8(out, cp);
    }
  }
}

}  // namespace

size_t find_invalid_utf8(std::string_view s) {
  // A short ASCII string (an id, a name, a role: most strings of an article) is valid without the SIMD check,
  // whose call through simdjson's dispatch cost more than this loop (callgrind, validate_article).
  if (s.size() <= 64) {
    uint64_t high = 0;
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) high |= load8(s.data() + i);
    for (; i < s.size(); ++i) high |= static_cast<unsigned char>(s[i]);
    if (!(high & kHigh)) return std::string_view::npos;
  }
  // The SIMD check answers the common "all valid" case quickly; the scalar walk only locates the error.
  if (simdjson::validate_utf8(s.data(), s.size())) return std::string_view::npos;
  size_t i = 0;
  uint32_t cp = 0;
  while (i < s.size()) {
    size_t n = decode(s, i, cp);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;  // unreachable unless the two validators disagree
}

bool is_utf8_boundary(std::string_view s, size_t offset) {
  if (offset == 0 || offset == s.size()) return true;
  if (offset > s.size()) return false;
  return (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

std::string fold_for_search(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  fold(out, s, false);
  return out;
}

void append_folded(std::string& out, std::string_view s) { fold(out, s, false); }

void ascii_lower_in_place(char* p, size_t n) {
#if defined(__SSE2__)
  // Sixteen bytes at a time where SSE2 is there (every x86-64): extract() lowers every paragraph of every
  // article. The signed compares leave bytes 0x80-0xFF (UTF-8 lead and continuation bytes) alone: as signed
  // values they are below 'A'.
  for (; n >= 16; p += 16, n -= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i upper =
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p), _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  }
#endif
  for (; n >= 8; p += 8, n -= 8) {
    const uint64_t w = load8(p);
    // lower8() on the low seven bits of each byte, then only where the byte itself is ASCII (high bit clear):
    // UTF-8 lead and continuation bytes are left alone.
    const uint64_t h = w & ~kHigh;
    const uint64_t ge_a = h + kOnes * (0x80 - 'A'), gt_z = h + kOnes * (0x7F - 'Z');
    const uint64_t lowered = w | ((ge_a & ~gt_z & ~w & kHigh) >> 2);
    std::memcpy(p, &lowered, 8);
  }
  for (; n > 0; ++p, --n)
    if (*p >= 'A' && *p <= 'Z') *p = char(*p + 32);
}

std::string ascii_lowered(std::string_view s) {
  std::string out(s);
  ascii_lower_in_place(out.data(), out.size());
  return out;
}

void append_folded(ByteBuffer& out, std::string_view s) { fold(out, s, false); }
void append_ascii_folded(std::string& out, std::string_view s) { fold(out, s, true); }

std::vector<char32_t> non_ascii_code_points(std::string_view s) {
  // One bit per code point (136 KiB): dedup without hashing, and the answer comes out sorted.
  std::vector<uint64_t> seen;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Skip ASCII eight bytes at a time: most text is ASCII.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    uint32_t cp = 0;
    const size_t len = decode(s, i, cp);
    if (len == 0) {
      ++i;
      continue;
    }
    if (seen.empty()) seen.assign((0x110000 + 63) / 64, 0);
    seen[cp >> 6] |= uint64_t(1) << (cp & 63);
    i += len;
  }
  std::vector<char32_t> out;
  for (size_t w = 0; w < seen.size(); ++w)
    for (uint64_t bits = seen[w]; bits; bits &= bits - 1) out.push_back(char32_t(w * 64 + size_t(__builtin_ctzll(bits))));
  return out;
}

}  // namespace ae
