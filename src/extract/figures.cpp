// figures.cpp: money, percentages, counts and measures, written with digits or number words.
//
// A number is a figure when it carries a currency, a percent sign or word, a unit (miles, km, tonnes…) or a
// counted plural noun ("600 Kazakh citizens": the unit is the head noun "citizens", the subject its phrase
// "Kazakh citizens").
// - Currencies: symbols before ($, €, £, ¥, ₸…) or after ("1,200€"), with a country prefix (US$, $US, A$,
//   HK $, NT$, R$…), codes and prefixes glued or spaced ("USD10m", "EUR 5m", "RM2.70", "Rs 500"), currency
//   words after ("dollars", "Danish crowns", "shekels"), minor units in the main unit ("25 cents" -> 0.25
//   USD, "925p" -> 9.25 GBP, "18 sen"); the ASCII transliterations "PS" (£) and "Y=" (¥) glued to a number.
// - Scale words (thousand, million/mln/mn/m, billion/bln/bn/b, trillion/tn, crore, lakh) multiply the value.
// - Percent: "%", "percent", "per cent", "pct", "pc" (glued "5pc"), "percent-owned", signed "+0.3%" and
//   ".5%"; "percentage points" has unit pp.
// - Number words when they carry a unit or a scale ("two million", "five per cent", "a million dollars",
//   "three times as large" -> 3 times), fractions of something ("two thirds of", "a quarter of", "half of")
//   as percentages. A bare "two countries" is no figure (it mostly refers to things in passing).
// - Ranges: "6-7%", "5 to 7 per cent", "$89 to $93 billion": the first number takes the unit (and scale) of
//   the second; each end is its own figure. Space-grouped thousands ("7 791") are one number.
// Qualifiers before the number (more than, nearly, about, up to, …) go to `qualifier`, outside the text.
// Not figures: dates (a month next to the number), bare years, time periods ("18 months", "10 years",
// "30 years ago"), ordinals ("74th"), ranges without a unit (2021-2025), numbers glued to a word
// ("COVID-19", "C5+1"), times ("10:30").
// Subject, first rule that applies: a noun right after the figure ("a 57 percent increase" -> "increase",
// prefixed by the previous figure's subject when the clause starts with "which"); "NOUN of FIGURE"
// ("investments of nearly $31.23 billion"); "NP VERB FIGURE" for verbs such as reached/was/totalled/stood at
// ("bilateral trade reached $2.1 billion").
#include "extract/doc.h"
#include "extract/gazetteer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace ae::extract {
namespace {

struct Fig {
  FigureRecord rec;
  uint32_t sent = 0, tb = 0, te = 0;  // tokens of the figure text
  std::string rule;
};

// (Both inlined, like word_is: asked of most tokens.)
[[gnu::always_inline]] inline bool is_punct(const Doc& d, const Sentence& s, uint32_t k, std::string_view p) {
  return k < s.tok_end && d.toks[k].kind == Tok::punct && same_word(d.text(s, d.toks[k]), p);
}
[[gnu::always_inline]] inline bool low_is(const Doc& d, const Sentence& s, uint32_t k, std::string_view w) {
  return k >= s.tok_begin && k < s.tok_end && d.toks[k].kind == Tok::word && same_word(d.low(s, d.toks[k]), w);
}
bool glued(const Doc& d, uint32_t a, uint32_t b) { return d.toks[a].end == d.toks[b].begin; }

std::string_view currency_symbol(std::string_view p) {
  if (p == "$") return "USD";
  if (p == "\xE2\x82\xAC") return "EUR";      // €
  if (p == "\xC2\xA3") return "GBP";          // £
  if (p == "\xC2\xA5") return "JPY";          // ¥
  if (p == "\xE2\x82\xB8") return "KZT";      // ₸
  if (p == "\xE2\x82\xBD") return "RUB";      // ₽
  if (p == "\xE2\x82\xB9") return "INR";      // ₹
  if (p.size() == 3 && p[0] == '\xE2' && p[1] == '\x82') {
    switch (p[2]) {
      case '\xA6': return "NGN";  // ₦
      case '\xA9': return "KRW";  // ₩
      case '\xAA': return "ILS";  // ₪
      case '\xAB': return "VND";  // ₫
      case '\xB1': return "PHP";  // ₱
      case '\xB4': return "UAH";  // ₴
      case '\xBA': return "TRY";  // ₺
      case '\xBC': return "AZN";  // ₼
      case '\xBE': return "GEL";  // ₾
      default: break;
    }
  }
  if (p == "\xE0\xB8\xBF") return "THB";      // ฿
  return {};
}

bool plural_noun(std::string_view l) {
  if (gaz_has(l, gPluralNoun)) return true;
  if (l.size() < 4 || l.back() != 's') return false;
  std::string_view t = l.substr(l.size() - 2);
  return t != "ss" && t != "us" && t != "is" && t != "'s";
}

bool noun_like(const Doc& d, const Sentence& s, uint32_t k) {
  if (k >= s.tok_end) return false;
  const Token& t = d.toks[k];
  if (t.kind != Tok::word || t.has(kHasDigit) || t.has(kInCredit)) return false;
  const GazEntry* e = d.gz[k];
  if (e && (e->flags & (gFunction | gSpeech | gMonth | gScale))) return false;
  if (t.has(kCap) && !(e && (e->flags & gDemonym))) return false;
  return true;
}

// Qualifier ending right before token b: returns its first token, or b.
uint32_t qualifier_before(const Doc& d, const Sentence& s, uint32_t b, std::string& q) {
  static constexpr std::string_view k3[] = {"as many as", "as much as", "in excess of", "a total of"};
  static constexpr std::string_view k2[] = {"more than", "less than", "fewer than", "up to", "at least",
                                            "close to", "just over", "just under", "upwards of", "an estimated",
                                            "some of", "as little as", "no more than"};
  static constexpr std::string_view k1[] = {"over", "nearly", "almost", "about", "around", "roughly",
                                            "approximately", "some", "under", "approx", "circa", "only",
                                            "below", "above", "estimated"};
  auto words_match = [&](std::string_view phrase, int n) {
    if (b < s.tok_begin + n) return false;
    uint32_t k = b - n;
    size_t pos = 0;
    for (int w = 0; w < n; ++w, ++k) {
      size_t sp = phrase.find(' ', pos);
      std::string_view word = phrase.substr(pos, sp == std::string_view::npos ? phrase.size() - pos : sp - pos);
      if (!low_is(d, s, k, word)) return false;
      pos = sp == std::string_view::npos ? phrase.size() : sp + 1;
    }
    return true;
  };
  for (auto p : k3)
    if (words_match(p, 3)) { q = p; return b - 3; }
  for (auto p : k2)
    if (words_match(p, 2)) { q = p; return b - 2; }
  for (auto p : k1)
    if (words_match(p, 1)) { q = p; return b - 1; }
  return b;
}

// Words of a noun phrase ending at token e (exclusive), walking back over at most 6 words; "of" is allowed
// inside ("volume of trade"). Leading determiners are dropped.
std::string np_before(const Doc& d, const Sentence& s, uint32_t e) {
  uint32_t b = e;
  int n = 0;
  while (b > s.tok_begin && n < 6) {
    const Token& t = d.toks[b - 1];
    if (t.kind != Tok::word || t.has(kHasDigit)) break;
    std::string_view l = d.low(s, t);
    if (gaz_has(l, gFunction) && l != "of") break;
    if (gaz_has(l, gMonth | gSpeech)) break;
    --b;
    ++n;
  }
  while (b < e && low_is(d, s, b, "of")) ++b;
  if (b >= e) return {};
  return std::string(d.span_text(s, b, e));
}

// Words after a figure that are not what it measures: time adverbs and frequency ("$5 billion now",
// "18.5% last year", "5% a year").
bool not_subject_noun(std::string_view l) {
  static constexpr std::string_view k[] = {"now", "last", "next", "ago", "year", "years", "annually", "today",
                                           "yesterday", "earlier", "later", "already", "respectively", "yearly",
                                           "monthly", "daily", "overall", "total", "more", "less", "higher",
                                           "lower", "compared", "year-on-year"};
  for (auto w : k)
    if (l == w) return true;
  return false;
}

bool value_verb(std::string_view l) {
  static constexpr std::string_view k[] = {
      "reached", "reach", "reaches", "was", "is", "were", "are", "totalled", "totaled", "total", "totals",
      "amounted", "amounts", "stood", "stands", "rose", "grew", "increased", "fell", "dropped", "declined",
      "hit", "exceeded", "exceeds", "topped", "surpassed", "worth", "valued", "accounted", "accounts",
      "made", "estimated", "doubled", "jumped", "climbed", "decreased", "equalled", "equaled", "be"};
  for (auto w : k)
    if (l == w) return true;
  return false;
}

bool is_sign(std::string_view p) { return p == "+" || p == "-" || p == "\xE2\x88\x92"; }

// Letters written with "$": "US$", "$US", "A$", "HK $" -> the dollar's currency.
std::string_view dollar_prefix(std::string_view l) {
  if (l == "us" || l == "u.s.") return "USD";
  if (l == "a" || l == "au") return "AUD";
  if (l == "c" || l == "ca" || l == "can") return "CAD";
  if (l == "hk") return "HKD";
  if (l == "s" || l == "sg") return "SGD";
  if (l == "nz") return "NZD";
  if (l == "nt") return "TWD";
  if (l == "r") return "BRL";
  if (l == "mex") return "MXN";
  return {};
}

// Durations are periods of time, not measures: "18 months", "10 years", "24 hours".
bool time_unit(std::string_view u) {
  static constexpr std::string_view k[] = {"h", "min", "s", "d", "week", "month", "year", "decade", "quarter",
                                           "century", "night", "term", "season"};
  for (auto w : k)
    if (u == w) return true;
  return false;
}

bool upper_ascii(std::string_view w) {
  for (char ch : w)
    if (ch < 'A' || ch > 'Z') return false;
  return w.size() >= 2;
}

// Code-like currency words written before a number in mixed case: "Rs 500", "RM2.70", "Rp 10,000".
bool mixed_case_code(std::string_view l) {
  return l == "rs" || l == "rm" || l == "rp" || l == "rmb" || l == "ksh" || l == "dh";
}

// Denominator of a fraction word: "thirds" -> 3.
int denominator(std::string_view l) {
  if (l == "third" || l == "thirds") return 3;
  if (l == "quarter" || l == "quarters") return 4;
  if (l == "fifth" || l == "fifths") return 5;
  if (l == "sixth" || l == "sixths") return 6;
  if (l == "eighth" || l == "eighths") return 8;
  if (l == "tenth" || l == "tenths") return 10;
  return 0;
}

// Value of a number word, or of a hyphenated one ("twenty-five"); -1 if none.
double number_word(std::string_view l) {
  if (const GazEntry* e = gaz(l); e && (e->flags & gNumber)) return e->scale;
  size_t h = l.find('-');
  if (h == std::string_view::npos) return -1;
  const GazEntry* a = gaz(l.substr(0, h));
  const GazEntry* b = gaz(l.substr(h + 1));
  if (a && b && (a->flags & gNumber) && (b->flags & gNumber) && a->scale >= 20 && b->scale < 10 &&
      b->scale > 0)
    return a->scale + b->scale;
  return -1;
}

// One figure read from the number (or number word) at token i, before its qualifier and subject.
struct Core {
  uint32_t b = 0, e = 0;  // tokens of the figure text
  double value = 0;
  double scale = 1, minor = 1;  // applied to value already
  double raw = 0;               // the number as written, before scale and minor unit
  bool scaled = false, words = false, bare = false;
  FigureKind kind = FigureKind::count;
  std::string_view unit;
  const char* rule = "";
  uint32_t noun_b = 0, head = 0;  // counted noun phrase
  uint32_t range_next = 0;        // the other end of a range starts here
  uint32_t skip_to = 0;           // rejected: the tokens up to here are done too
};

bool read_core(const Doc& d, const Sentence& s, uint32_t i, Core& c, int depth, bool range_end);

// The sentence is about an index or a survey reading ("index", "reading", "indices").
bool index_sentence(const Doc& d, const Sentence& s) {
  for (uint32_t k = s.tok_begin; k < s.tok_end; ++k) {
    const Token& t = d.toks[k];
    if (t.kind != Tok::word || t.end - t.begin < 5 || t.end - t.begin > 8) continue;
    std::string_view l = d.low(s, t);
    if (l == "index" || l == "index's" || l == "reading" || l == "readings" || l == "indices") return true;
  }
  return false;
}

// The whole number a token writes, in digits ("50") or a word ("ten"); -1 if none ("1,5", "3.2", "x").
double whole_number(const Doc& d, const Sentence& s, const Token& w) {
  if (w.kind == Tok::word) return number_word(d.low(s, w));
  if (w.kind == Tok::number && d.text(s, w).find_first_of(",.") == std::string_view::npos)
    return std::strtod(std::string(d.text(s, w)).c_str(), nullptr);
  return -1;
}

// A number right after another ("10 737-800 planes") or after a name ("Boeing 737 jets") names a model: no count.
// A noun for aircraft: after a three-digit number it makes that number a model ("787 aircraft", "747 jets").
bool aircraft_noun(const Doc& d, const Sentence& s, uint32_t k) {
  return k < s.tok_end && d.toks[k].kind == Tok::word &&
         in(d.low(s, d.toks[k]), {"aircraft", "jets", "jet", "planes", "airliners", "freighters", "jetliners"});
}

bool model_name(const Doc& d, const Sentence& s, const Core& c) {
  if (c.b <= s.tok_begin || c.words) return false;
  const Token& p = d.toks[c.b - 1];
  // "24 of its 787 aircraft", "the 747 jets": three digits between a determiner and an aircraft noun are a model.
  // ("Boeing unveils new 777 aircraft", "Boeing's 777 jets")
  if (c.e == c.b + 1 && c.e < s.tok_end && d.toks[c.b].end - d.toks[c.b].begin == 3 &&
      ((p.kind == Tok::word && in(d.low(s, p), {"its", "their", "his", "her", "the", "our", "new", "latest"})) ||
       p.kind == Tok::possessive) &&
      aircraft_noun(d, s, c.e))
    return true;
  if (p.kind == Tok::number) return true;
  return p.kind == Tok::word && p.has(kCap) && c.b - 1 > s.tok_begin &&
         (!d.gz[c.b - 1] || (d.gz[c.b - 1]->flags & (gOrg | gHonorific)));  // ("Commodore 64" is a model too)
}

// "a third of", "two thirds of", "two-thirds of", "half of": a share, as a percentage.
bool read_fraction(const Doc& d, const Sentence& s, uint32_t i, Core& c) {
  std::string_view l = d.low(s, d.toks[i]);
  double num = -1;
  int den = 0;
  uint32_t k = i + 1;
  if (l == "half") {
    if (i > s.tok_begin && d.toks[i - 1].kind == Tok::word) {
      std::string_view p = d.low(s, d.toks[i - 1]);
      if (p == "first" || p == "second" || p == "last" || p == "latter" || p == "other" || p == "the" ||
          p == "top" || p == "bottom" || p == "back" || p == "front")
        return false;
    }
    num = 1, den = 2;
  } else if (size_t h = l.find('-'); h != std::string_view::npos) {
    num = number_word(l.substr(0, h));
    den = denominator(l.substr(h + 1));
  } else if (k < s.tok_end && d.toks[k].kind == Tok::word) {
    num = (l == "a" || l == "an") ? 1 : number_word(l);
    den = denominator(d.low(s, d.toks[k]));
    ++k;
  }
  if (num <= 0 || den == 0 || num >= den) return false;
  // "two thirds of the staff", "half its finance arm", "rose by a fifth, ..." (not "a third party")
  bool of = low_is(d, s, k, "of") && !low_is(d, s, k + 1, "a") && !low_is(d, s, k + 1, "an");
  bool det = den == 2 && (low_is(d, s, k, "its") || low_is(d, s, k, "their") || low_is(d, s, k, "the") ||
                          low_is(d, s, k, "his") || low_is(d, s, k, "her") || low_is(d, s, k, "our"));
  bool by = i > s.tok_begin && low_is(d, s, i - 1, "by") &&
            (k >= s.tok_end || d.toks[k].kind != Tok::word || (d.gz[k] && (d.gz[k]->flags & gFunction)));
  if (!of && !det && !by) return false;
  c = Core{};
  c.b = i, c.e = k;
  c.value = double(int64_t(num * 10000.0 / den + 0.5)) / 100.0;
  c.kind = FigureKind::percent, c.unit = "%", c.rule = "percent:fraction", c.words = true;
  return true;
}

bool read_core(const Doc& d, const Sentence& s, uint32_t i, Core& c, int depth, bool range_end) {
  c = Core{};
  const Token& t = d.toks[i];
  std::string_view para = d.para(s.para);
  std::string_view cur;  // currency of a prefix
  const char* rule = "";
  double sign = 1, minor = 1, scale = 1;
  bool ps = false, dot = false, digits_only = true;
  uint32_t k = i + 1;
  std::string_view inner;  // letters glued after the number inside its token: "USD10m" -> "m"
  c.b = i;
  if (t.kind == Tok::number || (t.kind == Tok::word && t.has(kHasDigit))) {
    size_t ob = t.begin;
    if (t.kind == Tok::word) {  // a code glued to the number: "USD10m", "RM2.70", "$US55", "PS2.7m"
      std::string_view l = d.low(s, t);
      size_t n = 0;
      while (n < l.size() && l[n] >= 'a' && l[n] <= 'z') ++n;
      if (n == 0 || n >= l.size() || l[n] < '0' || l[n] > '9') return false;
      std::string_view letters = l.substr(0, n);
      const GazEntry* e = gaz(letters);
      if (i > s.tok_begin && glued(d, i - 1, i) && is_punct(d, s, i - 1, "$")) {
        cur = dollar_prefix(letters);
        if (cur.empty()) return false;
        c.b = i - 1, rule = "money:symbol";
      } else if (letters == "ps" && d.text(s, t).substr(0, 2) == "PS") {
        cur = "GBP", rule = "money:symbol", ps = true;  // "£" transliterated to ASCII
      } else if (e && (e->flags & gCurrency) && !(e->flags & gMinorUnit) &&
                 (upper_ascii(d.text(s, t).substr(0, n)) || mixed_case_code(letters) ||
                  (n >= 4 && d.text(s, t).substr(0, n) == letters))) {  // "euro958 million" (a currency word)
        cur = e->value, rule = "money:code-before";
      } else {
        return false;
      }
      ob += n;
    }
    size_t lim = d.toks[s.tok_end - 1].end, j = ob;
    while (j < lim) {
      char ch = para[j];
      if (ch >= '0' && ch <= '9') { ++j; continue; }
      if ((ch == ',' || ch == '.') && j + 1 < lim && para[j + 1] >= '0' && para[j + 1] <= '9') { j += 2; continue; }
      break;
    }
    uint32_t m = i;
    while (m < s.tok_end && d.toks[m].end < j) ++m;
    if (m >= s.tok_end) return false;
    if (d.toks[m].end > j) {
      if (m != i) return false;
      inner = d.low(s, t).substr(j - t.begin);
      // "$1.6mn-grant", "a 29mn-loan agreement": a hyphen compound after the scale; the suffix ends at it.
      if (size_t h = inner.find('-'); h != std::string_view::npos && h > 0) inner = inner.substr(0, h);
    }
    k = m + 1;
    std::string_view numtext = para.substr(ob, j - ob);
    digits_only = numtext.find_first_of(",.") == std::string_view::npos;
    // ".5%": a leading decimal point.
    if (t.kind == Tok::number && digits_only && i > s.tok_begin && glued(d, i - 1, i) && is_punct(d, s, i - 1, ".") &&
        (d.toks[i - 1].has(kSpaceBefore) || i - 1 == s.tok_begin))
      dot = true, c.b = i - 1;
    if (numtext.size() > 24) return false;
    char buf[32];
    size_t bn = 0;
    if (dot) buf[bn++] = '0', buf[bn++] = '.';
    // A last comma group of one or two digits is a decimal comma ("1,2 million"), not a thousands separator.
    size_t lastc = numtext.rfind(',');
    bool dec_comma = lastc != std::string_view::npos && numtext.find('.') == std::string_view::npos &&
                     numtext.size() - lastc - 1 < 3;
    for (size_t q = 0; q < numtext.size(); ++q)
      if (numtext[q] != ',') buf[bn++] = numtext[q];
      else if (dec_comma && q == lastc) buf[bn++] = '.';
    buf[bn] = 0;
    char* end = nullptr;
    c.value = std::strtod(buf, &end);
    if (!end || *end) return false;
    // Space-grouped thousands: "7 791", "1 250 000".
    if (t.kind == Tok::number && digits_only && !dot && numtext.size() <= 3 && inner.empty()) {
      while (k < s.tok_end && c.value < 1e15 && d.toks[k].kind == Tok::number && d.toks[k].has(kSpaceBefore) &&
             d.toks[k].end - d.toks[k].begin == 3 &&
             d.text(s, d.toks[k]).find_first_of(",.") == std::string_view::npos &&
             // ("30 787s": a plural model designation after a count is no group of thousands)
             !(k + 1 < s.tok_end && glued(d, k, k + 1) && d.toks[k + 1].kind == Tok::word) &&
             !(k + 1 < s.tok_end && glued(d, k, k + 1) && d.toks[k + 1].kind == Tok::punct &&
               !is_punct(d, s, k + 1, "%") && currency_symbol(d.text(s, d.toks[k + 1])).empty())) {
        std::string_view g = d.text(s, d.toks[k]);
        c.value = c.value * 1000 + (g[0] - '0') * 100 + (g[1] - '0') * 10 + (g[2] - '0');
        ++k;
      }
    }
    // What is glued before the number: a sign, a currency symbol (with a country prefix), "(" or a quote.
    if (t.kind == Tok::number && !dot) {
      uint32_t q = i;
      auto punct_before = [&](uint32_t x) -> std::string_view {
        if (x > s.tok_begin && glued(d, x - 1, x) && d.toks[x - 1].kind == Tok::punct) return d.text(s, d.toks[x - 1]);
        return {};
      };
      auto sign_ok = [&](uint32_t x) {  // the sign token x-1 starts a word of its own
        return d.toks[x - 1].has(kSpaceBefore) || x - 1 == s.tok_begin ||
               !currency_symbol(punct_before(x - 1)).empty();
      };
      std::string_view pt = punct_before(q);
      if (is_sign(pt) && sign_ok(q)) {
        if (pt != "+") sign = -1;
        --q;
        pt = punct_before(q);
      }
      std::string_view sym = currency_symbol(pt);
      if (sym.empty() && pt.empty() && q > s.tok_begin && d.toks[q - 1].kind == Tok::punct &&
          !(q - 1 > s.tok_begin && d.toks[q - 2].kind == Tok::number && glued(d, q - 2, q - 1)))
        sym = currency_symbol(d.text(s, d.toks[q - 1]));  // "$ 5 million"
      if (!sym.empty()) {
        cur = sym, rule = "money:symbol";
        --q;
        if (q > s.tok_begin && d.toks[q - 1].kind == Tok::word) {  // "US$", "HK$", "US $"
          const Token& w = d.toks[q - 1];
          std::string_view pc = sym == "USD" ? dollar_prefix(d.low(s, w)) : std::string_view{};
          if (glued(d, q - 1, q)) {
            if (!pc.empty()) cur = pc;
            --q;
          } else if (!pc.empty() && w.has(kAllCaps)) {
            cur = pc;
            --q;
          }
        } else if (std::string_view p2 = punct_before(q); is_sign(p2) && sign_ok(q)) {  // "-$5"
          if (p2 != "+") sign = -1;
          --q;
        }
      } else if (pt == "=" && q - 1 > s.tok_begin && glued(d, q - 2, q - 1) && d.text(s, d.toks[q - 2]) == "Y") {
        cur = "JPY", rule = "money:symbol";  // "¥" transliterated to ASCII
        q -= 2;
      } else if (!pt.empty() && pt != "(" && pt != "\"" && pt != "\xE2\x80\x9C" && pt != "[" &&
                 !((range_end || (q - 1 > s.tok_begin && is_punct(d, s, q - 2, "%"))) &&
                   (pt == "-" || pt == "\xE2\x80\x93"))) {
        // ("0.25%-0.5%": the second end of a range of percents is a figure)
        // Glued to what precedes: the "2" of "1-2", "10:30", "3/4".
        return false;
      } else if (pt.empty() && q > s.tok_begin && glued(d, q - 1, q)) {
        return false;
      }
      c.b = q;
    }
    // Ranges written N-M: "6-7%" gives two figures; "2021-2025", "1-2" without a unit are none.
    if (inner.empty() && k + 1 < s.tok_end && glued(d, k - 1, k) && d.toks[k].kind == Tok::punct &&
        glued(d, k, k + 1) && d.toks[k + 1].kind == Tok::number) {
      std::string_view sep = d.text(s, d.toks[k]);
      if (sep == "-" || sep == "\xE2\x80\x93" || sep == ":" || sep == "/") {
        Core c2;
        if ((sep == "-" || sep == "\xE2\x80\x93") && depth < 2 && read_core(d, s, k + 1, c2, depth + 1, true) &&
            (!c2.bare || (!cur.empty() && c2.scaled)) && c.value <= c2.raw) {  // ranges rise; "42-6" is a score
          c.kind = cur.empty() ? c2.kind : FigureKind::money;
          if (c.kind == FigureKind::count && model_name(d, s, c)) {
            c.skip_to = k + 1;
            return false;
          }
          c.unit = cur.empty() ? c2.unit : cur;
          c.raw = c.value;
          c.value *= sign * (c2.scaled ? c2.scale : 1) * c2.minor;
          c.scaled = c2.scaled, c.scale = c2.scale, c.minor = c2.minor;
          c.noun_b = c2.noun_b, c.head = c2.head;
          c.rule = "range:shared-unit";
          c.e = k;
          c.range_next = k + 1;
          return true;
        }
        c.skip_to = k + 1;
        return false;
      }
    }
    // Dates: a month right before ("Feb. 1", "July 2019") or after ("1 February").
    uint32_t pm = c.b;
    if (pm > s.tok_begin && is_punct(d, s, pm - 1, ".")) --pm;
    if (pm > s.tok_begin && d.toks[pm - 1].kind == Tok::word && d.has(pm - 1, gMonth) && d.toks[pm - 1].has(kCap))
      return false;
    if (k < s.tok_end && d.toks[k].kind == Tok::word && d.toks[k].has(kCap) && d.has(k, gMonth)) return false;
  } else if (t.kind == Tok::word) {  // number words: "two million", "a million", "half a billion"
    std::string_view l = d.low(s, t);
    double v = d.gz[i] && (d.gz[i]->flags & gNumber) ? d.gz[i]->scale : number_word(l);
    if (v < 0) {
      if ((l == "a" || l == "an") && k < s.tok_end && d.has(k, gScale) && d.low(s, d.toks[k]).back() != 's') {
        v = 1;
      } else if (l == "half" && (low_is(d, s, k, "a") || low_is(d, s, k, "an")) && k + 1 < s.tok_end &&
                 d.has(k + 1, gScale)) {
        v = 0.5, ++k;
      } else if ((l == "a" || l == "an") && k < s.tok_end && d.toks[k].kind == Tok::word &&
                 denominator(d.low(s, d.toks[k])) && low_is(d, s, k + 1, "of") &&
                 (low_is(d, s, k + 2, "a") || low_is(d, s, k + 2, "an")) && k + 3 < s.tok_end && d.has(k + 3, gScale)) {
        v = 1.0 / denominator(d.low(s, d.toks[k])), k += 3;  // "a quarter of a million"
      } else if (size_t h = l.find('-'); h != std::string_view::npos && h + 1 < l.size() &&
                 (v = number_word(l.substr(0, h))) > 0 && gaz_has(l.substr(h + 1), gScale | gCurrency)) {
        inner = l.substr(h + 1);  // "the one-million lira note", "a one-lira coin": read like "1m", "1 lira"
      } else {
        return false;
      }
    } else if (k < s.tok_end && v >= 20 && v < 100 && int(v) % 10 == 0) {
      double u = k < s.tok_end && d.toks[k].kind == Tok::word ? number_word(d.low(s, d.toks[k])) : -1;
      if (u > 0 && u < 10) v += u, ++k;  // "twenty five"
    }
    if (low_is(d, s, k, "point") && k + 1 < s.tok_end && d.toks[k + 1].kind == Tok::word) {
      double u = number_word(d.low(s, d.toks[k + 1]));
      if (u >= 0 && u < 10) v += u / 10, k += 2;  // "one point three"
    }
    if (i > s.tok_begin && d.toks[i - 1].kind == Tok::word &&
        (number_word(d.low(s, d.toks[i - 1])) >= 0 || low_is(d, s, i - 1, "point")))
      return false;  // inside a longer number phrase
    c.value = v;
    c.words = true;
  } else {
    return false;
  }
  // ---- after the number: a glued suffix, a scale word, then a percent, currency or unit word
  FigureKind kind = cur.empty() ? FigureKind::count : FigureKind::money;
  std::string_view unit = cur;
  bool sfx_tok = false;
  std::string_view sfx = inner;
  if (sfx.empty() && !c.words && k < s.tok_end && glued(d, k - 1, k) && d.toks[k].kind == Tok::word)
    sfx = d.low(s, d.toks[k]), sfx_tok = true;
  // "$1.6mn-grant", "a 29mn-loan agreement": a hyphen compound after the scale; the suffix ends at it.
  if (size_t h = sfx.find('-'); h != std::string_view::npos && h > 0 && h + 1 < sfx.size()) sfx = sfx.substr(0, h);
  if (!sfx.empty()) {
    const GazEntry* e = gaz(sfx);
    if (sfx == "st" || sfx == "nd" || sfx == "rd" || sfx == "th" || sfx == "s") return false;
    if (sfx == "m" || sfx == "b" || sfx == "k") scale = sfx == "m" ? 1e6 : sfx == "b" ? 1e9 : 1e3, c.scaled = true;
    else if (e && (e->flags & gScale)) scale = e->scale, c.scaled = true;
    else if (sfx == "pc" && kind == FigureKind::count) kind = FigureKind::percent, unit = "%", rule = "percent:word";
    else if (sfx == "p" && kind == FigureKind::count)
      kind = FigureKind::money, unit = "GBP", minor = 0.01, rule = "money:minor-unit";
    else if (e && (e->flags & gCurrency) && kind == FigureKind::count) {
      kind = FigureKind::money, unit = e->value, rule = "money:currency-word";
      if (e->flags & gMinorUnit) minor = 0.01;
    } else if (e && (e->flags & gUnit) && kind == FigureKind::count) {
      if (time_unit(e->value)) return false;
      kind = FigureKind::measure, unit = e->value, rule = "measure:unit";
    } else {
      return false;  // "5G", "3D"
    }
    if (sfx_tok) ++k;
  }
  // Hyphenated: "$1.5-million", "a 10-per-cent stake".
  if (sfx.empty() && !c.words && k + 1 < s.tok_end && glued(d, k - 1, k) && is_punct(d, s, k, "-") &&
      glued(d, k, k + 1) && d.toks[k + 1].kind == Tok::word) {
    std::string_view l = d.low(s, d.toks[k + 1]);
    if (d.has(k + 1, gScale)) scale = d.gz[k + 1]->scale, c.scaled = true, k += 2;
    else if (kind == FigureKind::count && (l == "per-cent" || l == "percent" || l.substr(0, 8) == "percent-" ||
                                           l.substr(0, 9) == "per-cent-"))
      kind = FigureKind::percent, unit = "%", rule = "percent:word", k += 2;
  }
  // Scale words: "5 million", "two hundred million".
  for (int n = 0; n < 2 && k < s.tok_end && (kind == FigureKind::count || kind == FigureKind::money) &&
                  d.toks[k].kind == Tok::word && d.has(k, gScale);
       ++n) {
    double sc = d.gz[k]->scale;
    if (c.scaled && !(sc > scale)) break;  // "two hundred million", "1.5 lakh crore"
    scale *= sc, c.scaled = true, ++k;
  }
  if (ps && !c.scaled && digits_only && c.value < 10) return false;  // "PS4" is a product
  if (kind == FigureKind::count && !c.words) {
    // A currency code or word before: "USD 5 million", "Rs. 500", "$US 5m".
    uint32_t q = c.b;
    if (q > s.tok_begin + 1 && is_punct(d, s, q - 1, ".") && low_is(d, s, q - 2, "rs")) --q;
    if (q > s.tok_begin && d.toks[q - 1].kind == Tok::word && d.has(q - 1, gCurrency) && !d.has(q - 1, gMinorUnit) &&
        (d.toks[q - 1].has(kAllCaps) || mixed_case_code(d.low(s, d.toks[q - 1])))) {
      kind = FigureKind::money, unit = d.gz[q - 1]->value, rule = "money:code-before";
      c.b = q - 1;
    } else if (q > s.tok_begin + 1 && d.toks[q - 1].kind == Tok::word && glued(d, q - 2, q - 1) &&
               is_punct(d, s, q - 2, "$") && !dollar_prefix(d.low(s, d.toks[q - 1])).empty()) {
      kind = FigureKind::money, unit = dollar_prefix(d.low(s, d.toks[q - 1])), rule = "money:symbol";
      c.b = q - 2;
    }
  }
  if (kind == FigureKind::count && k < s.tok_end) {
    const GazEntry* e = nullptr;
    std::string_view lk = d.toks[k].kind == Tok::word ? d.low(s, d.toks[k]) : std::string_view{};
    if (is_punct(d, s, k, "%")) {
      kind = FigureKind::percent, unit = "%", rule = "percent:sign", ++k;
    } else if (lk == "percent" || lk == "pct" || d.text(s, d.toks[k]) == "pc" || lk == "per-cent" || lk.substr(0, 8) == "percent-" ||
               lk.substr(0, 9) == "per-cent-") {
      kind = FigureKind::percent, unit = "%", rule = "percent:word", ++k;
    } else if (lk == "per" && low_is(d, s, k + 1, "cent")) {
      kind = FigureKind::percent, unit = "%", rule = "percent:word", k += 2;
    } else if (lk == "percentage" && (low_is(d, s, k + 1, "points") || low_is(d, s, k + 1, "point"))) {
      kind = FigureKind::percent, unit = "pp", rule = "percent:points", k += 2;
    } else if (lk == "percentage-point" || lk == "percentage-points") {
      kind = FigureKind::percent, unit = "pp", rule = "percent:points", ++k;
    } else if (int n = match_gaz(d, s, k, gCurrency, &e)) {
      kind = FigureKind::money, unit = e->value, rule = "money:currency-word", k += n;
      if (e->flags & gMinorUnit) minor = 0.01, rule = "money:minor-unit";
    } else if (d.toks[k].kind == Tok::punct && !currency_symbol(d.text(s, d.toks[k])).empty() &&
               !(k + 1 < s.tok_end && glued(d, k, k + 1) && d.toks[k + 1].kind == Tok::number)) {
      kind = FigureKind::money, unit = currency_symbol(d.text(s, d.toks[k])), rule = "money:symbol-after", ++k;
    } else if (d.toks[k].kind == Tok::word && (d.toks[k].has(kCap) || d.has(k, gDemonym)) &&
               !d.has(k, gMonth) && (n = match_gaz(d, s, k + 1, gCurrency, &e))) {
      // "7.5 million Danish crowns", "300 Nigerian naira", "65 Canadian cents"
      kind = FigureKind::money, unit = e->value, rule = "money:currency-word", k += 1 + n;
      if (e->flags & gMinorUnit) {
        minor = 0.01, rule = "money:minor-unit";
        std::string main = std::string(d.low(s, d.toks[k - 1 - n])) + " dollars";  // "Canadian cents"
        if (const GazEntry* g = gaz(main); g && (g->flags & gCurrency)) unit = g->value;
      }
    } else if (int m = match_gaz(d, s, k, gUnit, &e)) {
      if (time_unit(e->value) || low_is(d, s, k + m, "ago")) {
        c.skip_to = k + m - 1;
        return false;
      }
      if (e->value == "lb" && scale >= 1e3) kind = FigureKind::money, unit = "GBP", rule = "money:currency-word";
      else kind = FigureKind::measure, unit = e->value, rule = "measure:unit";
      k += m;
    } else if (d.toks[k].kind == Tok::word && d.text(s, d.toks[k]) == "times") {
      kind = FigureKind::measure, unit = "times", rule = "measure:times", ++k;
      // "nine times out of ten": a share
      if (low_is(d, s, k, "out") && low_is(d, s, k + 1, "of") && k + 2 < s.tok_end) {
        double den = whole_number(d, s, d.toks[k + 2]);
        if (den > 0 && c.value <= den && den < 1e6)
          kind = FigureKind::percent, unit = "%", rule = "percent:ratio", c.value = c.value * 100 / den, k += 3;
      }
    } else if (!c.scaled && low_is(d, s, k, "out") && low_is(d, s, k + 1, "of") && k + 2 < s.tok_end) {
      // "two out of 10 applicants", "three out of every five": a share
      uint32_t dk = low_is(d, s, k + 2, "every") ? k + 3 : k + 2;
      double den = dk < s.tok_end ? whole_number(d, s, d.toks[dk]) : 0;
      if (den > c.value && den < 1e6 && c.value > 0)
        kind = FigureKind::percent, unit = "%", rule = "percent:out-of",
        c.value = double(int64_t(c.value * 10000.0 / den + 0.5)) / 100.0, k = dk + 1;
    } else if (c.value >= 1 && c.value <= 10 && c.value == double(int64_t(c.value)) && !c.scaled &&
               low_is(d, s, k, "in") && k + 1 < s.tok_end) {
      // "one in 50", "two in five": a share (a small count in a larger whole number)
      double den = whole_number(d, s, d.toks[k + 1]);
      if (den > c.value && den < 1e6 && !(den >= 1800 && den <= 2100) &&
          !(k + 2 < s.tok_end && d.toks[k + 2].kind == Tok::word && d.has(k + 2, gMonth)))
        kind = FigureKind::percent, unit = "%", rule = "percent:ratio",
        c.value = double(int64_t(c.value * 10000.0 / den + 0.5)) / 100.0, k += 2;
    }
  } else if (kind == FigureKind::money && sfx.empty() && k < s.tok_end) {
    // "$5 billion USD" / "$10 mln dollars": a redundant currency word belongs to the text.
    const GazEntry* e = nullptr;
    if (int n = match_gaz(d, s, k, gCurrency, &e); n && !(e->flags & gMinorUnit)) k += n;
  }
  if (kind == FigureKind::percent && low_is(d, s, k, "points")) unit = "pp", ++k;
  c.raw = c.value;
  c.value *= sign * scale * minor;
  c.scale = scale, c.minor = minor;
  c.kind = kind, c.unit = unit, c.rule = rule;
  c.e = k;
  // Ranges with a word: "5 to 7 per cent", "$89 to $93 billion", "between 3 and 4 million people".
  bool year_like = !c.words && !c.scaled && digits_only && !dot && sign == 1 && c.raw >= 1800 && c.raw <= 2100 &&
                   c.raw == double(int64_t(c.raw));
  if ((kind == FigureKind::count || (kind == FigureKind::money && !c.scaled)) && depth < 2 && k + 1 < s.tok_end &&
      !(kind == FigureKind::count && year_like)) {
    bool conn = low_is(d, s, k, "to") || low_is(d, s, k, "or") ||
                (d.toks[k].kind == Tok::punct && d.toks[k].has(kSpaceBefore) &&
                 (is_punct(d, s, k, "-") || is_punct(d, s, k, "\xE2\x80\x93")));
    if (!conn && low_is(d, s, k, "and")) {
      uint32_t q = c.b;
      if (q > s.tok_begin && low_is(d, s, q - 1, "between")) conn = true;
    }
    uint32_t n = k + 1;
    if (conn && d.toks[n].kind == Tok::punct && !currency_symbol(d.text(s, d.toks[n])).empty() &&
        n + 1 < s.tok_end && glued(d, n, n + 1))
      ++n;
    Core c2;
    if (conn && read_core(d, s, n, c2, depth + 1, false)) {
      if (kind == FigureKind::count && !c2.bare && (c2.kind != FigureKind::count || c2.head)) {
        c.kind = c2.kind, c.unit = c2.unit, c.rule = "range:shared-unit";
        // The other end's scale when the range rises within it: "3 to 5 million", not "200 to 4 million".
        if (!c.scaled && c2.scaled && c2.kind != FigureKind::percent && c.raw <= c2.raw)
          c.value *= c2.scale, c.scaled = true;
        c.value *= c2.minor;
        c.noun_b = c2.noun_b, c.head = c2.head;
        c.range_next = n;
        return true;
      }
      if (kind == FigureKind::money && !c.scaled && c2.scaled && (c2.kind == FigureKind::money || c2.bare) &&
          c.raw <= c2.raw) {
        c.value *= c2.scale, c.scaled = true, c.rule = "range:shared-scale";
        c.range_next = n;
      }
    }
  }
  if (c.kind == FigureKind::measure && year_like) return false;  // "in 2019 tonnes of ..."
  if (c.kind != FigureKind::count) return true;
  // ---- counts: the counted noun, up to three words, the head is the first plural noun
  if (model_name(d, s, c)) return false;
  // An index reading: a bare number after to/from/at/above/below in a sentence about an index ("the index
  // rose to 57.8 from 58.6", "a reading above 50 indicates growth") measures points on that index.
  if (!c.words && !c.scaled && !year_like && c.b > s.tok_begin && index_sentence(d, s)) {
    std::string_view p = d.toks[c.b - 1].kind == Tok::word ? d.low(s, d.toks[c.b - 1]) : std::string_view{};
    // Not when a counted noun follows ("a survey of 10,227 firms"); a plural-looking word followed by an
    // article is a verb ("above 50 indicates a level of growth").
    bool counted_noun = false;
    // "400 industrial companies": one lowercase modifier may stand before the counted noun.
    uint32_t h = k;
    if (h + 1 < s.tok_end && d.toks[h].kind == Tok::word && !d.toks[h].has(kCap) && !d.has(h, gFunction) &&
        !plural_noun(d.low(s, d.toks[h])) && d.toks[h + 1].kind == Tok::word && !d.toks[h + 1].has(kCap) &&
        plural_noun(d.low(s, d.toks[h + 1])))
      ++h;
    if (h < s.tok_end && d.toks[h].kind == Tok::word && plural_noun(d.low(s, d.toks[h]))) {
      std::string_view n2 = h + 1 < s.tok_end && d.toks[h + 1].kind == Tok::word ? d.low(s, d.toks[h + 1])
                                                                                  : std::string_view{};
      std::string_view n1 = d.low(s, d.toks[h]);
      bool verb = n1 == "indicates" || n1 == "means" || n1 == "shows" || n1 == "suggests" || n1 == "signals" ||
                  n1 == "represents" || n1 == "marks" || n1 == "remains" || n1 == "separates";
      counted_noun = !verb && !(n2 == "a" || n2 == "an" || n2 == "the" || n2 == "that");
    }
    if (!counted_noun &&
        (p == "to" || p == "from" || p == "at" || p == "above" || p == "below" || p == "than" || p == "of")) {
      c.kind = FigureKind::measure;
      c.unit = "points";
      c.rule = "measure:index-reading";
      return true;
    }
  }
  if (c.words && !c.scaled) {
    // A spelled count ("nine judges"), not a referential one ("the two countries", "its three plants").
    bool det = c.value < 2 || c.value != double(int64_t(c.value));
    if (c.b > s.tok_begin) {
      const Token& p = d.toks[c.b - 1];
      std::string_view l = p.kind == Tok::word ? d.low(s, p) : std::string_view{};
      det = det || p.kind == Tok::possessive || l == "the" || l == "these" || l == "those" || l == "its" ||
            l == "their" || l == "his" || l == "her" || l == "our" || l == "your" || l == "my" || l == "both" ||
            l == "all" || l == "first" || l == "last" || l == "next" || l == "other" || l == "every" ||
            l == "each" || l == "whose" || l == "any" || l == "another" || l == "same";
    }
    if (det) { c.bare = true; return true; }
  }
  // A capitalised number word inside a sentence belongs to a name ("the Three Gorges dam").
  if (c.words && t.has(kCap) && i > s.tok_begin) { c.bare = true; return true; }
  uint32_t head = 0;
  uint32_t lim = k + 3;  // three words, longer plain noun modifiers below
  bool coordinated = false;
  bool cap_mod = false;
  // "a 100-aircraft letter of intent", "a four-nation tournament", "the 76-seat E175": a count glued to its noun
  // by a hyphen, the noun in the singular. Not a time ("a 20-year loan"), a unit ("a 100-metre tower"), a
  // multiplier ("a 10-fold rise") or a word that is no noun ("a 30-strong team", "a one-off").
  if (k + 1 < s.tok_end && is_punct(d, s, k, "-") && !d.toks[k].has(kSpaceBefore) && glued(d, k, k + 1) &&
      d.toks[k + 1].kind == Tok::word && !d.toks[k + 1].has(kCap) && noun_like(d, s, k + 1) && c.value >= 2 &&
      !(k + 2 < s.tok_end && glued(d, k + 1, k + 2)) && !year_like) {
    std::string_view n = d.low(s, d.toks[k + 1]);
    const GazEntry* e = d.gz[k + 1];
    const bool unit = e && (e->flags & (gUnit | gCurrency | gScale));
    const bool not_noun = in(n, {"fold", "strong", "odd", "plus", "way", "off", "time", "times", "old", "pronged",
                                 "man", "up", "inch", "foot", "degree", "carat", "megapixel", "rated", "count",
                                 "seater", "bit", "speed", "percent", "cent", "mile", "metre", "meter",
                                 "point", "nil", "all", "hour", "minute", "day", "week", "month", "year", "decade",
                                 "century", "night", "storey", "story", "legged", "lane", "track"});
    if (!unit && !not_noun && n.find('-') == std::string_view::npos) {  // (not "16-year-old")
      c.unit = d.text(s, d.toks[k + 1]);
      c.noun_b = k + 1, c.head = k + 2, c.rule = "count:hyphen-noun";
      c.e = k + 2;
      return true;
    }
  }
  uint32_t unit_b = 0;  // where a model designation used as the counted noun starts ("six 737-800s")
  for (uint32_t m = k; m < s.tok_end && m < lim; ++m) {
    const Token& w = d.toks[m];
    // A model designation after a count: "six 737-800s", "two 777-300ERs", "eight A320s" (the designation is the
    // counted noun), "two 787 Dreamliners", "four 777 freighters" (a modifier of the noun after it). Its tokens
    // touch ("737", "-", "800", "s"); after a spelled count any, after digits only one with a hyphen or letters.
    if ((m == k || (m == k + 1 && cap_mod)) && (w.kind == Tok::number || (w.kind == Tok::word && w.has(kHasDigit))) &&
        w.has(kSpaceBefore)) {  // (after a maker's name: "eight Airbus A320s")
      uint32_t r = m + 1;
      while (r < s.tok_end && !d.toks[r].has(kSpaceBefore) && r < m + 6 &&
             (d.toks[r].kind != Tok::punct || d.text(s, d.toks[r]) == "-"))
        ++r;
      const bool glued = r > m + 1 || w.kind == Tok::word;
      if (c.words || glued) {
        std::string_view last = d.text(s, d.toks[r - 1]);
        if (glued && last.size() >= 1 && last.back() == 's' && d.toks[r - 1].kind == Tok::word) {
          head = r;
          unit_b = m;
          break;
        }
        if (r < s.tok_end && d.toks[r].kind == Tok::word && plural_noun(d.low(s, d.toks[r]))) {
          head = r + 1;
          break;
        }
      }
    }
    // A capitalised word may qualify the head: "six Acme executives", "10 A320 jets".
    bool name_mod = (c.words || !digits_only || c.raw < 100) && w.kind == Tok::word && w.has(kCap) &&
                    !(d.gz[m] && (d.gz[m]->flags & (gMonth | gWeekday | gFunction | gCommon | gScale)));
    // "eight fully-operational Islamic banking groups": a modifier joined by a hyphen is one word.
    if (m > k && w.kind == Tok::punct && d.text(s, w) == "-" && !w.has(kSpaceBefore) && m + 1 < s.tok_end &&
        glued(d, m, m + 1) && noun_like(d, s, m + 1)) {
      ++m;
      if (plural_noun(d.low(s, d.toks[m]))) { head = m + 1; break; }
      lim = std::min(lim + 1, k + 7);
      continue;
    }
    if (!noun_like(d, s, m)) {
      // Coordinated qualifiers: "240 civil and military aerospace firms".
      if (m > k && (low_is(d, s, m, "and") || low_is(d, s, m, "or")) && noun_like(d, s, m + 1) &&
          !plural_noun(d.low(s, d.toks[m - 1]))) {
        lim = std::min(lim + 2, k + 6);
        coordinated = true;
        continue;
      }
      // A capitalised plural head: "800,000 Tutsis", "2 million Americans", and an acronym's plural of three
      // letters ("659 MPs", "40 PCs"), too short for plural_noun.
      std::string_view wt = w.kind == Tok::word ? d.text(s, w) : std::string_view();
      const bool acronym_plural = wt.size() == 3 && wt[0] >= 'A' && wt[0] <= 'Z' && wt[1] >= 'A' && wt[1] <= 'Z' &&
                                  wt[2] == 's';
      if (w.kind == Tok::word && w.has(kCap) && !w.has(kAllCaps) && !w.has(kHasDigit) &&
          (!d.gz[m] || (d.gz[m]->flags & gPluralNoun) || acronym_plural) &&
          !year_like && !cap_mod && (plural_noun(d.low(s, w)) || acronym_plural)) {
        head = m + 1;
        break;
      }
      if (!name_mod) break;
      cap_mod = true;
    } else if (plural_noun(d.low(s, w))) {
      head = m + 1;
      break;
    }
    if (!w.has(kSpaceBefore)) break;
    // "23 super critical thermal power plants": plain lowercase modifiers may run to five words (no adverb, no
    // participle, no coordination: "16 following relatively few television appearances" is none).
    if (m + 1 == lim && lim < k + 5 && !coordinated && m + 1 < s.tok_end) {
      auto plain_word = [&](uint32_t q) {
        const Token& x = d.toks[q];
        if (x.kind == Tok::punct) return d.text(s, x) == "-" && !x.has(kSpaceBefore);
        if (x.kind != Tok::word || d.has(q, gFunction | gSpeech)) return false;
        std::string_view l = d.low(s, x);
        const bool hyphened = q + 1 < s.tok_end && is_punct(d, s, q + 1, "-") && glued(d, q, q + 1);  // "fully-"
        // (a participle right after the count: "16 following ..."; "banking groups" is a noun's modifier)
        if (l.size() < 3 || (l.substr(l.size() - 2) == "ly" && !hyphened) || (q == k && l.substr(l.size() - 3) == "ing"))
          return false;
        // one capitalised word alone ("Islamic banking"), never a name of two ("Wikid Records label")
        if (x.has(kCap))
          return !(q > k && d.toks[q - 1].has(kCap)) && !(q + 1 < s.tok_end && d.toks[q + 1].has(kCap) &&
                                                          d.toks[q + 1].kind == Tok::word && q + 1 <= m);
        return true;
      };
      bool plain = true;
      for (uint32_t q = k; q <= m + 1 && plain; ++q) plain = plain_word(q) || (q == m + 1 && d.toks[q].has(kCap));
      if (plain) ++lim;
    }
  }
  if (year_like) return false;
  // "eight of the detainees"
  uint32_t noun_b = k;
  if (!head && c.value >= 2 && low_is(d, s, k, "of") && k + 1 < s.tok_end &&
      (low_is(d, s, k + 1, "the") || low_is(d, s, k + 1, "its") || low_is(d, s, k + 1, "their") ||
       low_is(d, s, k + 1, "these") || low_is(d, s, k + 1, "those") || low_is(d, s, k + 1, "our"))) {
    // ("14 of its passenger and cargo planes": a coordination may qualify the noun; "50 of its 7E7 planes": so
    // may a model designation with letters. A plain number is a count of its own: "22 of the 30 projects".)
    for (uint32_t m = k + 2; m < s.tok_end && m < k + 8; ++m) {
      const bool model = (d.toks[m].kind == Tok::word && d.toks[m].has(kHasDigit)) ||
                         (d.toks[m].kind == Tok::number && d.toks[m].end - d.toks[m].begin == 3 &&
                          aircraft_noun(d, s, m + 1));
      const bool joined = m > k + 2 && (low_is(d, s, m, "and") || low_is(d, s, m, "or")) && noun_like(d, s, m + 1);
      // "500 of its 777-200LR planes": a designation in parts ("777", "-", "200LR") is one model.
      if (d.toks[m].kind == Tok::number && m + 2 < s.tok_end && is_punct(d, s, m + 1, "-") && glued(d, m, m + 1) &&
          glued(d, m + 1, m + 2) && (d.toks[m + 2].kind == Tok::number || d.toks[m + 2].has(kHasDigit))) {
        m += 2;
        while (m + 1 < s.tok_end && glued(d, m, m + 1) && d.toks[m + 1].kind != Tok::punct) ++m;  // "200" "LR"
        continue;
      }
      if (!noun_like(d, s, m) && !model && !joined) break;
      if (!model && !joined && plural_noun(d.low(s, d.toks[m]))) { head = m + 1, noun_b = k + 2; break; }
    }
  }
  if (head && d.gz[head - 1] && (d.gz[head - 1]->flags & gUnit) && time_unit(d.gz[head - 1]->value))
    return false;  // "two full terms", "ten straight years"
  if (head && denominator(d.low(s, d.toks[head - 1]))) return false;  // "two thirds - 65% - of ..."
  // A denomination: "the 20m note", "five million notes" is money in the currency named last before it.
  if (!head && c.scaled && k < s.tok_end && d.toks[k].kind == Tok::word) {
    std::string_view n = d.low(s, d.toks[k]);
    if (n == "note" || n == "notes" || n == "banknote" || n == "banknotes") {
      for (uint32_t m = c.b; m-- > 0 && m + 300 > c.b;) {
        const GazEntry* e = d.gz[m];
        if (d.toks[m].kind == Tok::word && e && (e->flags & gCurrency) && !(e->flags & gMinorUnit) &&
            !e->value.empty()) {
          c.kind = FigureKind::money;
          c.unit = e->value;
          c.rule = "money:denomination";
          return true;
        }
      }
    }
  }
  if (!head || (c.value == 1 && scale == 1)) {
    c.bare = true;
    return true;
  }
  c.unit = unit_b ? d.span_text(s, unit_b, head) : d.text(s, d.toks[head - 1]);
  c.noun_b = noun_b, c.head = head, c.rule = noun_b == k ? "count:counted-noun" : "count:partitive";
  c.e = head;
  return true;
}

// A value without the binary noise of scaling: 4.1 * 1e6 is 4100000, not 4099999.9999999995.
double tidy(double v) {
  if (v == 0 || !std::isfinite(v)) return v;
  int digits = 15 - int(std::ceil(std::log10(std::fabs(v))));
  if (digits < 0 || digits > 15) return v;
  double p = std::pow(10.0, digits);
  double r = std::round(v * p) / p;
  return std::isfinite(r) ? r : v;
}

void finish(Doc& d, std::vector<Fig>& figs) {
  UniqueIds taken;
  d.a->figures.reserve(d.a->figures.size() + figs.size());
  for (Fig& f : figs) {
    f.rec.id = taken.make(figure_id(f.rec.text));
    if (d.explain) d.explain->push_back({"figure", f.rec.id, f.rule, {}});
    d.a->figures.push_back(std::move(f.rec));
  }
}

// Can token i start a figure? (cheap test before read_core)
bool may_start(const Doc& d, const Sentence& s, uint32_t i) {
  const Token& t = d.toks[i];
  if (t.kind == Tok::number) return !t.has(kInCredit);
  if (t.kind != Tok::word || t.has(kInCredit)) return false;
  if (t.has(kHasDigit)) return true;
  uint32_t len = t.end - t.begin;
  if (const GazEntry* e = d.gz[i]) {
    if (e->flags & gNumber) return true;
    if (len > 2 || !(e->flags & gFunction)) return false;
    // "a million", "a third of", "an eighth of"
    // (same_word, not ==: the operator stayed a call, and may_start is asked of every four-letter word)
    std::string_view l = d.low(s, t);
    if (!same_word(l, "a") && !same_word(l, "an")) return false;
    if (i + 1 >= s.tok_end || d.toks[i + 1].kind != Tok::word) return false;
    return d.has(i + 1, gScale) || denominator(d.low(s, d.toks[i + 1])) != 0;
  }
  if (len == 4) return same_word(d.low(s, t), "half");
  if (len < 7) return false;
  // "twenty-five", "two-thirds", "one-quarter"
  std::string_view l = d.low(s, t);
  char c0 = l[0];
  if (!(c0 == 't' || c0 == 'f' || c0 == 's' || c0 == 'e' || c0 == 'n' || c0 == 'o')) return false;
  // Only a dash in the first eight bytes counts: look there only (find() was a memchr call over the whole word).
  size_t h = 0;
  while (h < 8 && h < l.size() && l[h] != '-') ++h;
  return h < 8 && h < l.size() && number_word(l.substr(0, h)) >= 0;
}

// The last money figure of the sentence (figs from `first` on) that is not inside brackets, or null.
const Fig* sentence_money(const Doc& d, const Sentence& s, const std::vector<Fig>& figs, size_t first) {
  const Fig* out = nullptr;
  int depth = 0;
  uint32_t k = s.tok_begin;
  for (size_t n = first; n < figs.size(); ++n) {
    for (; k < figs[n].tb; ++k) {
      if (is_punct(d, s, k, "(")) ++depth;
      else if (is_punct(d, s, k, ")") && depth > 0) --depth;
    }
    if (depth == 0 && figs[n].rec.kind == FigureKind::money) out = &figs[n];
  }
  return out;
}

// The article's currency: the one written most often (symbols, codes and currency words), or "" when none is.
std::string_view article_currency(const Doc& d) {
  std::unordered_map<std::string_view, int> n;
  for (const Sentence& s : d.sents)
    for (uint32_t k = s.tok_begin; k < s.tok_end; ++k) {
      const Token& t = d.toks[k];
      if (t.kind == Tok::punct) {
        if (std::string_view c = currency_symbol(d.text(s, t)); !c.empty()) ++n[c];
      } else if (const GazEntry* e = d.gz[k]; e && (e->flags & gCurrency) && !(e->flags & gMinorUnit)) {
        ++n[e->value];
      }
    }
  std::string_view best;
  int most = 0;
  for (auto& [c, m] : n)
    if (m > most || (m == most && c < best)) best = c, most = m;
  return best;
}

// "a loan of 29mn to the Government", "a 29mn-loan agreement", "worth 5bn": a scaled number that a money noun
// governs is money even without a currency (the article's currency is its unit).
bool money_context(const Doc& d, const Sentence& s, const Core& c) {
  static constexpr std::string_view kMoneyNouns[] = {"loan", "loans", "credit", "grant", "grants", "investment",
                                                     "investments", "budget", "financing", "funding", "deal", "aid"};
  auto money_noun = [&](std::string_view w) {
    for (auto m : kMoneyNouns)
      if (w == m) return true;
    return false;
  };
  // "29mn-loan": the compound's noun, after the hyphen inside the number's token
  std::string_view last = d.low(s, d.toks[c.e - 1]);
  if (size_t h = last.find('-'); h != std::string_view::npos && money_noun(last.substr(h + 1))) return true;
  if (c.b > s.tok_begin + 1 && low_is(d, s, c.b - 1, "of") && money_noun(d.low(s, d.toks[c.b - 2]))) return true;
  return c.b > s.tok_begin && (low_is(d, s, c.b - 1, "worth") || low_is(d, s, c.b - 1, "totalling"));
}

// Whether one of `words` occurs in the sentence before token b.
bool mentions_before(const Doc& d, const Sentence& s, uint32_t b, std::initializer_list<std::string_view> words) {
  for (uint32_t k = s.tok_begin; k < b; ++k)
    if (d.toks[k].kind == Tok::word)
      for (std::string_view w : words)
        if (d.low(s, d.toks[k]) == w) return true;
  return false;
}

// The count a bare number belongs to as a part of a list: "1,000 people, including 450 in the UK, 100 in Spain": a
// count of the sentence (figs from `first` on) followed, before b, by "including" / "of whom" / "of which". Null
// when there is none.
const Fig* listed_count(const Doc& d, const Sentence& s, const std::vector<Fig>& figs, size_t first, uint32_t b) {
  // The number opens a list item: right after the list word, a comma or "and" (over a qualifier); "at number 27"
  // is a rank, "in 1998 with 45" no part.
  uint32_t p = b;
  while (p > s.tok_begin + 1 && (low_is(d, s, p - 1, "about") || low_is(d, s, p - 1, "nearly") ||
                                 low_is(d, s, p - 1, "almost") || low_is(d, s, p - 1, "around") ||
                                 low_is(d, s, p - 1, "some") || low_is(d, s, p - 1, "over") ||
                                 (low_is(d, s, p - 1, "than") && (low_is(d, s, p - 2, "more") || low_is(d, s, p - 2, "fewer")))))
    p -= low_is(d, s, p - 1, "than") ? 2 : 1;
  if (p == s.tok_begin) return nullptr;
  if (!(low_is(d, s, p - 1, "including") || is_punct(d, s, p - 1, ",") || low_is(d, s, p - 1, "and") ||
        low_is(d, s, p - 1, "whom") || low_is(d, s, p - 1, "which")))
    return nullptr;
  for (size_t n = figs.size(); n-- > first;) {
    const Fig& f = figs[n];
    if (f.rec.kind != FigureKind::count || f.rule.find("counted-noun") == std::string::npos) continue;
    for (uint32_t k = f.te; k < b; ++k)
      if (low_is(d, s, k, "including") || (low_is(d, s, k, "of") && (low_is(d, s, k + 1, "whom") || low_is(d, s, k + 1, "which"))))
        return &f;
    return nullptr;  // only the nearest count
  }
  return nullptr;
}

// The count a bare number adds to or takes part of: "options for eight more", "14 from Airbus and another six from a
// lessor", "30 jets, ten of which will be leased". The nearest earlier count of the sentence gives the noun; the
// number is followed by "more" (and no noun), preceded by "another", or followed by "of which/them/these".
const Fig* more_of_count(const Doc& d, const Sentence& s, const std::vector<Fig>& figs, size_t first, uint32_t b,
                         uint32_t e) {
  const bool more = low_is(d, s, e, "more") && !noun_like(d, s, e + 1);
  const bool another = b > s.tok_begin && low_is(d, s, b - 1, "another");
  const bool part = low_is(d, s, e, "of") && (low_is(d, s, e + 1, "which") || low_is(d, s, e + 1, "them") ||
                                               low_is(d, s, e + 1, "these") || low_is(d, s, e + 1, "those"));
  if (!more && !another && !part) return nullptr;
  for (size_t n = figs.size(); n-- > first;) {
    const Fig& f = figs[n];
    if (f.te > b) continue;
    return f.rec.kind == FigureKind::count && f.rule.find("count:") == 0 ? &f : nullptr;  // only the nearest figure
  }
  return nullptr;
}

// The count a bare number repeats in a parallel clause: "About 1,100 jobs will go in banking while 1,200 and 550
// will go in IT": an earlier count of the sentence is followed by the same word as the bare number (or a pair of
// them joined by "and"), and the number opens its clause (after "while", "whereas", "but", "and" or a comma).
const Fig* parallel_count(const Doc& d, const Sentence& s, const std::vector<Fig>& figs, size_t first, uint32_t b,
                          uint32_t e) {
  if (b == s.tok_begin || !(low_is(d, s, b - 1, "while") || low_is(d, s, b - 1, "whereas") ||
                            low_is(d, s, b - 1, "but") || low_is(d, s, b - 1, "and") || is_punct(d, s, b - 1, ",")))
    return nullptr;
  uint32_t q = e;
  if (low_is(d, s, q, "and") && q + 1 < s.tok_end && d.toks[q + 1].kind == Tok::number) q += 2;  // "1,200 and 550"
  if (low_is(d, s, b - 1, "and") && b >= s.tok_begin + 2 && d.toks[b - 2].kind == Tok::number) return nullptr;
  if (q >= s.tok_end || d.toks[q].kind != Tok::word) return nullptr;
  for (size_t n = figs.size(); n-- > first;) {
    const Fig& f = figs[n];
    if (f.rec.kind != FigureKind::count || f.rule.find("counted-noun") == std::string::npos) continue;
    if (f.te < s.tok_end && d.toks[f.te].kind == Tok::word && d.low(s, d.toks[f.te]) == d.low(s, d.toks[q]))
      return &f;
    return nullptr;  // only the nearest count
  }
  return nullptr;
}

// A past participle at k ("related", "located"): after a bare number it repeats a count's phrase.
bool participle_at(const Doc& d, const Sentence& s, uint32_t k) {
  if (k >= s.tok_end || d.toks[k].kind != Tok::word || d.toks[k].has(kCap)) return false;
  std::string_view l = d.low(s, d.toks[k]);
  return l.size() > 4 && l.substr(l.size() - 2) == "ed";
}

// "... 1,200 and 550 will go": the bare number at b is the second of a pair joined by "and".
bool b_is_second_of_pair(const Doc& d, const Sentence& s, uint32_t b) {
  return b >= s.tok_begin + 3 && low_is(d, s, b - 1, "and") && d.toks[b - 2].kind == Tok::number;
}

// Appends the figures of d's sentences to figs; false when the item limit is reached.
bool scan(const Doc& d, std::vector<Fig>& figs) {
  std::string_view currency;  // the article's currency, looked up once on first need
  bool currency_known = false;
  for (uint32_t si = 0; si < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    size_t first_in_sentence = figs.size();
    uint32_t range_at = UINT32_MAX;  // the second end of a range starts here
    FigureKind range_kind = FigureKind::count;
    std::string_view range_unit;
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = d.toks[i];
      if (t.kind == Tok::word && !t.has(kHasDigit)) {  // the common case, decided here: most words start nothing
        const GazEntry* e = d.gz[i];
        uint32_t len = t.end - t.begin;
        if (e ? !(e->flags & gNumber) && (len > 2 || !(e->flags & gFunction)) : len != 4 && len < 7) continue;
        // A word without an entry starts a figure only as "half" or a hyphenated number word, which starts with
        // one of may_start()'s six letters: test that byte here, not in the call (callgrind: -4.4 M instructions).
        if (!e) {
          const char c0 = s.low[t.begin];
          if (len == 4 ? c0 != 'h' : !(c0 == 't' || c0 == 'f' || c0 == 's' || c0 == 'e' || c0 == 'n' || c0 == 'o'))
            continue;
        } else if (!(e->flags & gNumber)) {
          // What is left is a function word of one or two letters ("of", "in", "to"): only "a" and "an" go on.
          const char* w = s.low + t.begin;
          if (!(w[0] == 'a' && (len == 1 || w[1] == 'n'))) continue;
        }
      } else if (t.kind != Tok::number && t.kind != Tok::word) {
        continue;
      }
      if (!may_start(d, s, i)) continue;
      Core c;
      std::string unit_of_sentence;
      bool ok = (t.kind == Tok::word && !t.has(kHasDigit) && read_fraction(d, s, i, c)) ||
                read_core(d, s, i, c, 0, i == range_at);
      if (!ok) {
        if (c.skip_to > i) i = c.skip_to;
        continue;
      }
      if (c.bare) {
        if (i == range_at && range_kind != FigureKind::count) {
          // The second end of a range takes the first end's unit: "$3-5 billion".
          c.kind = range_kind, c.unit = range_unit, c.rule = "range:shared-unit";
        } else if (const Fig* m = c.scaled && !noun_like(d, s, c.e) && !is_punct(d, s, c.e, "(")
                                      ? sentence_money(d, s, figs, first_in_sentence)
                                      : nullptr) {
          // "1bn euros now, with another 550m later", "77m euros ($100m), up from 38m": the sentence's money
          // outside brackets (a conversion is another currency); not before a noun ("3 million unemployed").
          c.kind = FigureKind::money, c.rule = "money:sentence-currency";
          unit_of_sentence = m->rec.unit;
        } else if (Core c2; c.scaled && low_is(d, s, c.e, "of") &&
                            (low_is(d, s, c.e + 1, "the") || low_is(d, s, c.e + 1, "its") ||
                             low_is(d, s, c.e + 1, "their")) &&
                            c.e + 2 < s.tok_end && may_start(d, s, c.e + 2) &&
                            read_core(d, s, c.e + 2, c2, 1, false) && c2.kind == FigureKind::money) {
          // "raised 280 million of the 1.5 billion shekels it needs"
          c.kind = FigureKind::money, c.unit = c2.unit, c.rule = "money:share-of-money";
        } else if (c.scaled && !c.words && money_context(d, s, c) &&
                   !(currency = currency_known ? currency : (currency_known = true, article_currency(d))).empty()) {
          c.kind = FigureKind::money, c.rule = "money:article-currency";
          unit_of_sentence = std::string(currency);
        } else if (c.scaled && !noun_like(d, s, c.e) && mentions_before(d, s, c.b, {"population", "populations"})) {
          // "the population is expected to peak at 127 million": a population counts people.
          c.kind = FigureKind::count, c.unit = "people", c.rule = "count:population";
        } else if (const Fig* lc = !c.scaled && !c.words && !noun_like(d, s, c.e) && !(c.value >= 1800 && c.value <= 2100)
                                      ? listed_count(d, s, figs, first_in_sentence, c.b)
                                      : nullptr) {
          // "employs 1,000 people, including 450 in the UK and 100 in Spain": the noun is the count's before.
          c.kind = FigureKind::count, c.unit = lc->rec.unit, c.rule = "count:elided-noun";
        } else if (const Fig* mc = !c.scaled && (!noun_like(d, s, c.e) || low_is(d, s, c.e, "more")) && c.value < 1800
                                       ? more_of_count(d, s, figs, first_in_sentence, c.b, c.e)
                                       : nullptr) {
          c.kind = FigureKind::count, c.unit = mc->rec.unit, c.rule = "count:more-of";
        } else if (const Fig* pc = !c.scaled && (!c.words || participle_at(d, s, c.e)) &&
                                           (!noun_like(d, s, c.e) || participle_at(d, s, c.e)) &&
                                           !(c.value >= 1800 && c.value <= 2100)
                                       ? parallel_count(d, s, figs, first_in_sentence, c.b, c.e)
                                       : nullptr) {
          // ("eight projects related to farming, three related to energy": the participle after the bare number
          // repeats the one after the count, which parallel_count checks, so a number word may be one too.)
          c.kind = FigureKind::count, c.unit = pc->rec.unit, c.rule = "count:parallel";
        } else if (const Fig* pc2 = !c.scaled && !c.words && !noun_like(d, s, c.e) && b_is_second_of_pair(d, s, c.b)
                                        ? parallel_count(d, s, figs, first_in_sentence, c.b - 2, c.b - 1)
                                        : nullptr) {
          c.kind = FigureKind::count, c.unit = pc2->rec.unit, c.rule = "count:parallel";
        } else {
          continue;
        }
      }
      uint32_t b = c.b, k = c.e;
      std::string q;
      uint32_t qb = qualifier_before(d, s, b, q);
      Fig f;
      f.sent = si;
      f.tb = b;
      f.te = k;
      f.rule = c.rule;
      FigureRecord& r = f.rec;
      r.text = std::string(d.span_text(s, b, k));
      r.value = tidy(c.value);
      r.unit = unit_of_sentence.empty() ? std::string(c.unit) : unit_of_sentence;
      r.kind = c.kind;
      r.qualifier = q;
      r.evidence = make_evidence(s, d.toks[b].begin, d.toks[k - 1].end);
      // ---- subject
      if (c.kind == FigureKind::count) {
        if (c.head) r.subject = std::string(d.span_text(s, c.noun_b, c.head));
        f.rule += "+subject:counted";
      } else {
        uint32_t m = k, n = 0;
        while (m < s.tok_end && n < 3 && noun_like(d, s, m)) {
          std::string_view l = d.low(s, d.toks[m]);
          if (l.size() > 2 && (l.substr(l.size() - 2) == "ed" || l.substr(l.size() - 2) == "ly")) break;
          if (n == 0 && not_subject_noun(l)) break;
          ++m, ++n;
        }
        if (n > 0) {
          r.subject = std::string(d.span_text(s, k, m));
          f.rule += "+subject:noun-after";
          // "…, which was a 57 percent increase": the increase of the previous figure's subject.
          for (uint32_t w = qb; w > s.tok_begin && w + 30 > qb; --w) {
            if (is_punct(d, s, w - 1, ",")) break;
            if (low_is(d, s, w - 1, "which") && figs.size() > first_in_sentence &&
                !figs.back().rec.subject.empty()) {
              r.subject = figs.back().rec.subject + " " + r.subject;
              f.rule += "+which";
              break;
            }
          }
        } else if (qb > s.tok_begin && low_is(d, s, qb - 1, "of")) {
          r.subject = np_before(d, s, qb - 1);
          if (!r.subject.empty()) f.rule += "+subject:np-of";
        } else {
          uint32_t v = qb;
          while (v > s.tok_begin && (low_is(d, s, v - 1, "a") || low_is(d, s, v - 1, "an") ||
                                     low_is(d, s, v - 1, "to") || low_is(d, s, v - 1, "at") ||
                                     low_is(d, s, v - 1, "by")))
            --v;
          if (v > s.tok_begin && d.toks[v - 1].kind == Tok::word && value_verb(d.low(s, d.toks[v - 1]))) {
            uint32_t e = v - 1;
            while (e > s.tok_begin && (low_is(d, s, e - 1, "has") || low_is(d, s, e - 1, "have") ||
                                       low_is(d, s, e - 1, "had") || low_is(d, s, e - 1, "will")))
              --e;
            r.subject = np_before(d, s, e);
            if (!r.subject.empty()) f.rule += "+subject:np-verb";
          }
        }
      }
      figs.push_back(std::move(f));
      if (c.range_next) {
        range_at = c.range_next, range_kind = c.kind, range_unit = c.unit;
        i = c.range_next - 1;
      } else {
        i = k - 1;
      }
      if (figs.size() >= kMaxItemsPerKind) return false;
    }
  }
  return true;
}

}  // namespace

// The title is a figure source too ("Profits jump 76% at ..."): it is read as a one-paragraph document of its
// own, and its figures come first. The article format has no place for title evidence, so a title figure's
// evidence is an empty span at the start of paragraph 0 (the reader then shows the top of the article, under
// the title); an article without paragraphs gets no title figures.
void figures_pass(Doc& d) {
  // Room for an article's usual count (16): no moves of each Fig's strings while the list grows.
  thread_local std::vector<Fig> figs_room;
  std::vector<Fig>& figs = reused_list(figs_room, 16);
  if (!d.a->title.empty() && !d.a->paragraphs.empty()) {
    ArticleRecord ta;
    ta.paragraphs.push_back(d.a->title);
    Doc t;
    t.a = &ta;
    std::string low = d.a->title;
    for (char& c : low) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    t.lowered_text = std::move(low);
    t.lowered.push_back(t.lowered_text);
    t.toks.reserve(ta.paragraphs[0].size() / 2 + 4);  // more than a title's tokens: one allocation
    for (Span sp : split_sentences(ta.paragraphs[0])) {
      Sentence s;
      s.para = 0;
      s.span = sp;
      s.text = ta.paragraphs[0].data();
      s.low = t.lowered[0].data();
      s.tok_begin = static_cast<uint32_t>(t.toks.size());
      tokenize(ta.paragraphs[0], sp, t.toks);
      s.tok_end = static_cast<uint32_t>(t.toks.size());
      t.sents.push_back(s);
    }
    t.gz.resize(t.toks.size());
    t.gzf.resize(t.toks.size());
    for (const Sentence& s : t.sents)
      gaz_tokens(t.lowered[s.para], t.toks.data() + s.tok_begin, t.toks.data() + s.tok_end,
                 t.gz.data() + s.tok_begin, t.gzf.data() + s.tok_begin);
    scan(t, figs);
    for (Fig& f : figs) {
      f.rec.evidence = Evidence{};
      f.rule += "+title";
    }
  }
  if (figs.size() < kMaxItemsPerKind) scan(d, figs);
  finish(d, figs);
}

}  // namespace ae::extract
