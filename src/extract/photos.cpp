// photos.cpp: photo captions and their credits.
//
// A caption paragraph is a short paragraph with a credit marker: "… Photo credit: X.", "… (Photo by
// X/Agency)", "… Photo: X", "… Credit: X". The caption is the text before the marker, the credit the text
// after it without brackets and trailing period. People pictured are the person items with a mention inside
// the caption (the people pass links bare surnames there), in caption order.
#include "extract/doc.h"
#include "extract/gazetteer.h"
#include "core/text.h"

#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ae::extract {
namespace {

constexpr size_t kMaxCaption = 800;  // longer paragraphs are body text that merely mention a photo

// Whether `s` holds "hoto" or "redit" (every credit marker holds one of them), or with `upper` also "HOTO" or
// "REDIT". It runs on every line and every paragraph. find() per word costs a memchr call for each 'h' and 'r' in
// the text, which are common letters; with SSE2 (every x86-64), sixteen positions at a time are tested for
// the first two bytes of a word ("ho", "re"), and only those positions are compared in full.
bool has_marker(std::string_view s, bool upper) {
  auto at = [&](size_t k) {
    const std::string_view r = s.substr(k);
    return r.starts_with("hoto") || r.starts_with("redit") ||
           (upper && (r.starts_with("HOTO") || r.starts_with("REDIT")));
  };
  size_t i = 0;
#if defined(__SSE2__)
  const char* p = s.data();
  const auto pair = [](__m128i a, __m128i b, char x, char y) {
    return _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8(x)), _mm_cmpeq_epi8(b, _mm_set1_epi8(y)));
  };
  // Every position below i has been tested: a word starting there was found, whatever comes after.
  for (; i + 17 <= s.size(); i += 16) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));  // the byte after each
    __m128i m = _mm_or_si128(pair(a, b, 'h', 'o'), pair(a, b, 'r', 'e'));
    if (upper) m = _mm_or_si128(m, _mm_or_si128(pair(a, b, 'H', 'O'), pair(a, b, 'R', 'E')));
    for (uint32_t bits = uint32_t(_mm_movemask_epi8(m)); bits; bits &= bits - 1)
      if (at(i + size_t(__builtin_ctz(bits)))) return true;
  }
#endif
  const std::string_view tail = s.substr(i);
  return tail.find("hoto") != std::string_view::npos || tail.find("redit") != std::string_view::npos ||
         (upper && (tail.find("HOTO") != std::string_view::npos || tail.find("REDIT") != std::string_view::npos));
}

std::string_view trim_view(std::string_view s, size_t& off) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  off = b;
  return s.substr(b, e - b);
}

}  // namespace

// "Jane Roe meets the delegation in May. Reuters": a short paragraph whose last sentence ends and is followed
// by a bare credit of one to four capitalised words ("AFP", "Getty Images", "EPA / Ana Lima") with no stop of
// its own. Body paragraphs end with a stop, so the missing one is what marks the credit.
static bool bare_credit(std::string_view p, Caption& out) {
  constexpr size_t kMaxBareCaption = 400;
  size_t e = p.size();
  while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t')) --e;
  if (e < 12 || e > kMaxBareCaption) return false;
  char last = p[e - 1];
  if (!((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z'))) return false;
  // The credit: back over capitalised words (and "/", "&", "-", "via") to a sentence stop and a space.
  size_t b = e, words = 0;
  while (b > 0) {
    size_t we = b;
    while (we > 0 && p[we - 1] == ' ') --we;
    size_t ws = we;
    while (ws > 0 && p[ws - 1] != ' ') --ws;
    if (ws == we) return false;
    std::string_view w = p.substr(ws, we - ws);
    char c0 = w[0];
    char wl = w.back();
    bool stop_before = wl == '.' || wl == '!' || wl == '?' || wl == '\'' || wl == '"' ||
                       (w.size() >= 3 && (w.substr(w.size() - 3) == "\xE2\x80\x9D" || w.substr(w.size() - 3) == "\xE2\x80\x99"));
    if (words > 0 && stop_before) {
      // w ends the caption sentence: the credit is p[b, e).
      if (ws < 20) return false;  // a caption of a few words is no caption
      // A caption starts like a sentence and says one or two things: not a paragraph cut mid-sentence
      // ("continued her run ..."), a list item ("- Burnley ...") or a long quote.
      char f = p[0];
      if (!((f >= 'A' && f <= 'Z') || f == '"' || f == '\'' || static_cast<unsigned char>(f) >= 0x80)) return false;
      int stops = 0;
      for (size_t k = 0; k + 1 < we; ++k)
        stops += (p[k] == '.' || p[k] == '!' || p[k] == '?') && p[k + 1] == ' ';
      if (stops > 1) return false;
      // The credit is a name: not a sentence's opening word, a demonym or a country ("And", "Jamaican").
      std::string_view first = p.substr(b, e - b);
      first = first.substr(0, first.find(' '));
      char buf[64];
      if (const GazEntry* g = gaz(lower(first, buf)); g && (g->flags & (gCommon | gFunction | gDemonym | gCountry)))
        return false;
      size_t cap_e = we;
      out.caption = {0, static_cast<uint32_t>(cap_e)};
      out.credit = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      out.whole = {0, static_cast<uint32_t>(e)};
      out.rule = "photo:bare-credit";
      return true;
    }
    bool sep = w == "/" || w == "&" || w == "-" || w == "via" || w == "|";
    bool cap = c0 >= 'A' && c0 <= 'Z';
    if (!(cap || sep)) return false;
    for (char c : w)  // no stop, comma or possessive inside a credit ("Ireland's" opens a cut sentence)
      if (c == '.' || c == ',' || c == ':' || c == ';' || c == '(' || c == ')' || c == '\'' || c == '"') return false;
    if (w.find("\xE2\x80\x99") != std::string_view::npos) return false;
    if (!sep && ++words > 4) return false;
    b = ws;
  }
  return false;
}

namespace {

// find_credit() on paragraph p and `low`, its ASCII-lowercased copy (same offsets): the markers are lowercase, so
// a case-blind search for them is a plain find() in `low` (memchr speed; the byte-by-byte case-folding search
// this replaced was most of the caption scans' cost, which run for every line and paragraph).
bool find_credit_in(std::string_view p, std::string_view low, Caption& out) {
  if (p.size() > kMaxCaption || p.size() < 8) return false;
  // Every marker contains "hoto" or "redit": has_marker rejects almost every paragraph. (In `p`, as written: a
  // marker in mixed case such as "PHoto" is no marker.)
  if (!has_marker(p, true)) return false;
  struct Marker {
    std::string_view text;
    bool bracketed;   // "(Photo by X)": the credit ends at ')'
    bool needs_stop;  // must follow the start, ". ", "| " or "- " (a bare "Photo:" mid-sentence is text)
    const char* rule;
  };
  static constexpr Marker kMarkers[] = {
      {"photo credit:", false, false, "photo:credit-colon"},
      {"photo credits:", false, false, "photo:credit-colon"},
      {"image credit:", false, false, "photo:credit-colon"},
      {"(photo by ", true, false, "photo:bracket-by"},
      {"(photo: ", true, false, "photo:bracket-colon"},
      {"(photo courtesy of ", true, false, "photo:bracket-courtesy"},
      {"(credit: ", true, false, "photo:bracket-credit"},
      {"photo by ", false, true, "photo:by"},
      {"photo courtesy of ", false, true, "photo:courtesy"},
      {"photo: ", false, true, "photo:colon"},
      {"credit: ", false, true, "photo:credit"},
  };
  for (const Marker& m : kMarkers) {
    size_t at = low.find(m.text);
    if (at == std::string_view::npos || at == 0) continue;
    if (m.needs_stop) {
      size_t k = at;
      while (k > 0 && p[k - 1] == ' ') --k;
      if (k == 0) continue;
      char prev = p[k - 1];
      bool ok = prev == '.' || prev == '|' || prev == '-' || prev == '!' || prev == '?' ||
                (k >= 3 && (p.substr(k - 3, 3) == "\xE2\x80\x93" || p.substr(k - 3, 3) == "\xE2\x80\x9D"));
      if (!ok) continue;
    }
    size_t cstart = at + m.text.size();
    size_t cend = p.size();
    if (m.bracketed) {
      size_t close = p.find(')', cstart);
      if (close == std::string_view::npos) continue;
      cend = close;
    }
    size_t off;
    std::string_view credit = trim_view(p.substr(cstart, cend - cstart), off);
    size_t credit_b = cstart + off;
    while (!credit.empty() && (credit.back() == '.' || credit.back() == ' ')) credit.remove_suffix(1);
    std::string_view cap = p.substr(0, at);
    while (!cap.empty() && (cap.back() == ' ' || cap.back() == '(' || cap.back() == '|' || cap.back() == '-'))
      cap.remove_suffix(1);
    if (cap.size() >= 3 && cap.substr(cap.size() - 3) == "\xE2\x80\x93") cap.remove_suffix(3);
    while (!cap.empty() && cap.back() == ' ') cap.remove_suffix(1);
    size_t cap_b;
    cap = trim_view(cap, cap_b);
    if (cap.empty() || credit.empty()) continue;
    out.caption = {static_cast<uint32_t>(cap_b), static_cast<uint32_t>(cap_b + cap.size())};
    out.credit = {static_cast<uint32_t>(credit_b), static_cast<uint32_t>(credit_b + credit.size())};
    size_t wb;
    std::string_view whole = trim_view(p, wb);
    out.whole = {static_cast<uint32_t>(wb), static_cast<uint32_t>(wb + whole.size())};
    out.rule = m.rule;
    return true;
  }
  return false;
}

}  // namespace

bool find_credit(std::string_view p, Caption& out) {
  if (p.size() > kMaxCaption || p.size() < 8) return false;
  if (!has_marker(p, true)) return false;  // (find_credit_in tests it again: lowering the line costs more)
  char low[kMaxCaption];
  std::memcpy(low, p.data(), p.size());
  ascii_lower_in_place(low, p.size());
  return find_credit_in(p, {low, p.size()}, out);
}

void find_captions(Doc& d) {
  for (uint32_t p = 0; p < d.a->paragraphs.size(); ++p) {
    Caption c;
    // The lowered copy needs only the lowercase marker words (the paragraph needs both cases); a paragraph with
    // neither can only hold a bare credit, which ends in a letter after a stop.
    const std::string_view low = d.lowered[p];
    bool marker = has_marker(low, false);
    // A bare credit is only looked for in whole paragraphs: split_paragraphs keeps a line with a marker apart,
    // never one that merely ends in capitalised words (a hard-wrapped line may end "... in May. Chief John").
    if ((marker && find_credit_in(d.a->paragraphs[p], low, c)) || bare_credit(d.a->paragraphs[p], c)) {
      // A bare credit followed by a paragraph that opens in lowercase is a sentence cut at a paragraph break
      // ("... in the final. Jamaican" / "sprinter X won ...").
      if (std::string_view(c.rule) == "photo:bare-credit" && p + 1 < d.a->paragraphs.size() &&
          !d.a->paragraphs[p + 1].empty() && d.a->paragraphs[p + 1][0] >= 'a' && d.a->paragraphs[p + 1][0] <= 'z')
        continue;
      c.para = p;
      d.captions.push_back(c);
    }
  }
}

void photos_pass(Doc& d) {
  ArticleRecord& a = *d.a;
  UniqueIds taken;
  for (const Caption& c : d.captions) {
    if (a.photos.size() >= kMaxItemsPerKind) break;
    std::string_view para = a.paragraphs[c.para];
    PhotoRecord ph;
    ph.caption = para.substr(c.caption.begin, c.caption.end - c.caption.begin);
    ph.credit = para.substr(c.credit.begin, c.credit.end - c.credit.begin);
    std::string_view cap = ph.caption;  // the id uses its first six words
    ph.id = taken.make(photo_id(cap));
    // People pictured: mentions inside the caption, ordered by position.
    std::vector<std::pair<uint32_t, size_t>> found;
    for (size_t k = 0; k < a.people.size(); ++k) {
      for (const Evidence& m : a.people[k].mentions) {
        if (m.paragraph == c.para && m.match.begin >= c.caption.begin && m.match.end <= c.caption.end) {
          found.push_back({m.match.begin, k});
          break;
        }
      }
    }
    std::sort(found.begin(), found.end());
    for (auto& f : found) ph.people.push_back(a.people[f.second].id);
    ph.evidence.paragraph = c.para;
    ph.evidence.sentence = c.whole;
    ph.evidence.match = c.caption;
    if (d.explain) d.explain->push_back({"photo", ph.id, c.rule});
    a.photos.push_back(std::move(ph));
  }
}

}  // namespace ae::extract
