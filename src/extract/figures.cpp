// figures.cpp: money, percentages, counts and measures written with digits.
//
// A number is a figure when it carries a currency ($, €, USD, dollars, tenge…), a percent sign or word, a
// unit (miles, km, hours…) or a counted plural noun ("600 Kazakh citizens": the unit is the head noun
// "citizens", the subject its phrase "Kazakh citizens"). Scale words (thousand, million/mln/mn,
// billion/bln/bn, trillion/trln/tn, glued "10bn"/"5m") multiply the value; qualifiers before it (more than,
// nearly, almost, about, up to, …) are kept.
// Not figures: dates (a month next to the number, "Feb. 1-2", "July 2019"), bare years (1800-2100 without a
// currency, scale or unit), "N years ago" (a point in time), ordinals ("74th"), ranges written N-M (periods
// such as 2021-2025, day ranges), numbers glued to a word ("COVID-19", "C5+1"), times ("10:30") and spelled
// numbers ("two countries", "five-country tour": number words are never figures, since they mostly count
// things in passing). Durations with digits ("24 hours") are measures with units h/min/s/d/week/month/year.
// Subject, first rule that applies: a noun right after the figure ("a 57 percent increase" -> "increase",
// prefixed by the previous figure's subject when the clause starts with "which"); "NOUN of FIGURE"
// ("investments of nearly $31.23 billion"); "NP VERB FIGURE" for verbs such as reached/was/totalled/stood at
// ("bilateral trade reached $2.1 billion").
#include "extract/doc.h"
#include "extract/gazetteer.h"

#include <cstdlib>
#include <cstring>

namespace ae::extract {
namespace {

struct Fig {
  FigureRecord rec;
  uint32_t sent = 0, tb = 0, te = 0;  // tokens of the figure text
  std::string rule;
};

bool is_punct(const Doc& d, const Sentence& s, uint32_t k, std::string_view p) {
  return k < s.tok_end && d.toks[k].kind == Tok::punct && d.text(s, d.toks[k]) == p;
}
bool low_is(const Doc& d, const Sentence& s, uint32_t k, std::string_view w) {
  return k >= s.tok_begin && k < s.tok_end && d.toks[k].kind == Tok::word && d.low(s, d.toks[k]) == w;
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
  std::string_view l = d.low(s, t);
  if (gaz_has(l, gFunction | gSpeech | gMonth | gScale)) return false;
  if (t.has(kCap) && !gaz_has(l, gDemonym)) return false;
  return true;
}

// Value of a number token: separators removed. False for absurdly long digit runs.
bool parse_number(std::string_view n, double& v) {
  if (n.size() > 24) return false;
  char buf[32];
  size_t k = 0;
  for (char c : n)
    if (c != ',') buf[k++] = c;
  buf[k] = 0;
  char* end = nullptr;
  v = std::strtod(buf, &end);
  return end && *end == 0;
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

void finish(Doc& d, std::vector<Fig>& figs) {
  UniqueIds taken;
  for (Fig& f : figs) {
    f.rec.id = taken.make(figure_id(f.rec.text));
    if (d.explain) d.explain->push_back({"figure", f.rec.id, f.rule, {}});
    d.a->figures.push_back(std::move(f.rec));
  }
}

}  // namespace

void figures_pass(Doc& d) {
  std::vector<Fig> figs;
  for (uint32_t si = 0; si < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    size_t first_in_sentence = figs.size();
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = d.toks[i];
      if (t.kind != Tok::number || t.has(kInCredit)) continue;
      std::string_view num = d.text(s, t);
      // Glued to what precedes: "COVID-19", "C5+1", the "2" of "1-2", "10:30".
      uint32_t b = i;
      std::string_view unit;
      FigureKind kind = FigureKind::count;
      std::string rule;
      if (i > s.tok_begin && glued(d, i - 1, i)) {
        const Token& p = d.toks[i - 1];
        std::string_view cur = p.kind == Tok::punct ? currency_symbol(d.text(s, p)) : std::string_view{};
        if (!cur.empty()) {
          unit = cur;
          kind = FigureKind::money;
          rule = "money:symbol";
          b = i - 1;
          if (b > s.tok_begin && glued(d, b - 1, b) && d.toks[b - 1].kind == Tok::word) --b;  // "US$"
        } else if (p.kind == Tok::word || d.text(s, p) != "(") {
          if (!(p.kind == Tok::punct && (d.text(s, p) == "\xE2\x80\x9C" || d.text(s, p) == "\""))) continue;
        }
      }
      uint32_t k = i + 1;
      // Ranges and times: "2021-2025", "1-2", "10:30".
      if (k + 1 < s.tok_end && glued(d, i, k) && d.toks[k].kind == Tok::punct && glued(d, k, k + 1) &&
          d.toks[k + 1].kind == Tok::number) {
        std::string_view sep = d.text(s, d.toks[k]);
        if (sep == "-" || sep == "\xE2\x80\x93" || sep == ":" || sep == "/") { i = k + 1; continue; }
      }
      double value;
      if (!parse_number(num, value)) continue;
      // Dates: a month right before ("Feb. 1", "July 2019") or after ("1 February").
      uint32_t pm = b;
      if (pm > s.tok_begin && is_punct(d, s, pm - 1, ".")) --pm;
      if (pm > s.tok_begin && d.toks[pm - 1].kind == Tok::word && d.has(pm - 1, gMonth) &&
          d.toks[pm - 1].has(kCap))
        continue;
      if (k < s.tok_end && d.toks[k].kind == Tok::word && d.toks[k].has(kCap) &&
          d.has(k, gMonth))
        continue;
      double scale = 1;
      // Glued suffix: ordinal, scale or unit; anything else ("5G") is a name.
      if (k < s.tok_end && glued(d, i, k) && d.toks[k].kind == Tok::word) {
        std::string_view l = d.low(s, d.toks[k]);
        const GazEntry* e = gaz(l);
        if (l == "st" || l == "nd" || l == "rd" || l == "th" || l == "s") continue;
        if (l == "m" || l == "b" || l == "k") e = nullptr, scale = l == "m" ? 1e6 : l == "b" ? 1e9 : 1e3, ++k;
        else if (e && (e->flags & gScale)) scale = e->scale, ++k;
        else if (e && (e->flags & gUnit)) {
          unit = e->value;
          kind = FigureKind::measure;
          rule = "measure:unit";
          ++k;
        } else continue;
      }
      if (k < s.tok_end && kind != FigureKind::measure && d.toks[k].kind == Tok::word) {
        const GazEntry* e = d.gz[k];
        if (e && (e->flags & gScale)) {
          scale = e->scale;
          ++k;
        }
      }
      value *= scale;
      // Currency code or word before: "USD 5 million", "KZT 100 bln".
      if (kind == FigureKind::count && b > s.tok_begin && d.toks[b - 1].kind == Tok::word &&
          d.toks[b - 1].has(kAllCaps) && d.has(b - 1, gCurrency)) {
        unit = d.gz[b - 1]->value;
        kind = FigureKind::money;
        rule = "money:code-before";
        --b;
      }
      uint32_t noun_b = k;
      if (kind == FigureKind::count && k < s.tok_end) {
        const GazEntry* e = nullptr;
        if (is_punct(d, s, k, "%")) {
          kind = FigureKind::percent, unit = "%", rule = "percent:sign", ++k;
        } else if (low_is(d, s, k, "percent") || low_is(d, s, k, "pct")) {
          kind = FigureKind::percent, unit = "%", rule = "percent:word", ++k;
        } else if (low_is(d, s, k, "per") && low_is(d, s, k + 1, "cent")) {
          kind = FigureKind::percent, unit = "%", rule = "percent:word", k += 2;
        } else if (int n = match_gaz(d, s, k, gCurrency, &e)) {
          kind = FigureKind::money, unit = e->value, rule = "money:currency-word", k += n;
        } else if (int m = match_gaz(d, s, k, gUnit, &e)) {
          if (low_is(d, s, k + m, "ago")) continue;  // "30 years ago" is a date
          kind = FigureKind::measure, unit = e->value, rule = "measure:unit", k += m;
        }
      } else if (kind == FigureKind::money && rule == "money:symbol" && k < s.tok_end) {
        // "$5 billion USD" / "$10 mln dollars": a redundant currency word belongs to the text.
        const GazEntry* e = nullptr;
        if (int n = match_gaz(d, s, k, gCurrency, &e)) k += n;
      }
      if (kind == FigureKind::percent && low_is(d, s, k, "points")) unit = "pp";
      std::string counted;
      if (kind == FigureKind::count) {
        // Counted noun: up to three words, the head is the first plural noun.
        uint32_t head = 0;
        for (uint32_t m = k; m < s.tok_end && m < k + 3; ++m) {
          if (!noun_like(d, s, m)) break;
          if (plural_noun(d.low(s, d.toks[m]))) { head = m + 1; break; }
          if (!d.toks[m].has(kSpaceBefore)) break;
        }
        if (!head) continue;
        // A bare year before a noun ("in 2018 exports") is still a year.
        if (num.size() == 4 && scale == 1 && value >= 1800 && value <= 2100 && num.find_first_of(",.") == num.npos)
          continue;
        if (value == 1 && scale == 1) continue;  // "1 citizens" is noise; singular counts need no figure
        unit = d.text(s, d.toks[head - 1]);
        counted = std::string(d.span_text(s, noun_b, head));
        rule = "count:counted-noun";
        k = head;
      } else if (num.size() == 4 && scale == 1 && kind == FigureKind::measure && value >= 1800 && value <= 2100 &&
                 num.find_first_of(",.") == num.npos) {
        continue;
      }
      std::string q;
      uint32_t qb = qualifier_before(d, s, b, q);
      Fig f;
      f.sent = si;
      f.tb = qb;
      f.te = k;
      f.rule = rule;
      FigureRecord& r = f.rec;
      r.text = std::string(d.span_text(s, qb, k));
      r.value = value;
      r.unit = std::string(unit);
      r.kind = kind;
      r.qualifier = q;
      r.evidence = make_evidence(s, d.toks[qb].begin, d.toks[k - 1].end);
      // ---- subject
      if (kind == FigureKind::count) {
        r.subject = counted;
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
      i = k - 1;
      if (figs.size() >= kMaxItemsPerKind) return finish(d, figs);
    }
  }
  finish(d, figs);
}

}  // namespace ae::extract
