// agreements.cpp: agreements, memoranda, deals, contracts, treaties, programs and partnerships.
//
// A trigger noun makes an item unless it is
//  - plural without a signed/agreed cue, or plural next to a singular trigger ("Recently reached agreements
//    include an agreement with …": the singular one is the item), or generic ("Partnerships like these");
//  - anaphoric: "the/this agreement" with no modifier or complement refers back to an earlier item;
//  - a bare "partnership"/"program" with neither a modifier nor a "with …" complement (too vague);
//  - the verb "deal" ("to deal with");
//  - a repeat of an earlier title (the first mention is kept).
// Title: modifiers before the trigger ("open skies agreement", "extended strategic partnership") + the
// trigger + "of understanding" + a "with/between X" complement reduced to its proper name ("agreement with
// Tyson Foods"). Status: the cue nearest the trigger: signed (signed, inked, concluded, ratified), agreed
// (reached, agreed, struck, approved, finalised, sealed), planned (a future or intention: will, plan, to
// sign, expected, preparing, continue), else discussed. Parties: countries named before the trigger or in
// its complement (not after "in/from/to": places), demonyms before the trigger, and the complement's
// proper name; a signed/agreed item with fewer than two parties gets the article's most-mentioned country
// (news about a visit names the host country everywhere but in the deal sentence). "U.S.", "US",
// "America" -> "United States". Figure: the first (money first) figure in the same sentence.
#include "extract/doc.h"
#include "extract/gazetteer.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace ae::extract {
namespace {

constexpr uint32_t kWindow = 30;  // tokens around a trigger searched for status cues (keeps it linear)

struct Trigger {
  std::string_view kind;
  bool plural;
};

// Trigger nouns and status cues live in the gazetteer (gTrigger…, gCue…), looked up once per token.
bool trigger_of(const Doc& d, uint32_t k, Trigger& t) {
  const GazEntry* e = d.gz[k];
  if (!e || !(e->flags & gTrigger)) return false;
  t = {e->value, (e->flags & gTriggerPlural) != 0};
  return true;
}

enum Cue { cNone, cSigned, cAgreed, cPlanned };

Cue cue_of(const Doc& d, uint32_t k) {
  const GazEntry* e = d.gz[k];
  if (!e) return cNone;
  if (e->flags & gCueSigned) return cSigned;
  if (e->flags & gCueAgreed) return cAgreed;
  if (e->flags & gCuePlanned) return cPlanned;
  return cNone;
}
Cue cue_of(std::string_view l) {
  const GazEntry* e = gaz(l);
  if (!e) return cNone;
  if (e->flags & gCueSigned) return cSigned;
  if (e->flags & gCueAgreed) return cAgreed;
  if (e->flags & gCuePlanned) return cPlanned;
  return cNone;
}

bool low_is(const Doc& d, const Sentence& s, uint32_t k, std::string_view w) {
  return k >= s.tok_begin && k < s.tok_end && d.toks[k].kind == Tok::word && d.low(s, d.toks[k]) == w;
}

bool determiner(std::string_view l) {
  return l == "the" || l == "this" || l == "that" || l == "these" || l == "those" || l == "such";
}

// A capitalised run from k (words; "U.S." included; "of"/"and"/"for" inside when followed by a capital).
uint32_t cap_run(const Doc& d, const Sentence& s, uint32_t k) {
  uint32_t m = k;
  while (m < s.tok_end && m < k + 8) {
    const Token& t = d.toks[m];
    if (t.kind == Tok::word && t.has(kCap)) { ++m; continue; }
    if (m > k && t.kind == Tok::word && (d.low(s, t) == "of" || d.low(s, t) == "for") && m + 1 < s.tok_end &&
        d.toks[m + 1].has(kCap)) { ++m; continue; }
    break;
  }
  return m;
}

void add_party(std::vector<std::string>& parties, std::string_view p) {
  std::string c(canonical_country(p));
  if (c.empty()) return;
  if (std::find(parties.begin(), parties.end(), c) == parties.end()) parties.push_back(std::move(c));
}

}  // namespace

void agreements_pass(Doc& d) {
  ArticleRecord& a = *d.a;
  // The host country: the country named most often in the article.
  // The host country: the country named most often in the article, a name used as a place ("in X",
  // "to X") counting three times: visit reports name the host as the place of everything.
  std::unordered_map<std::string_view, int> country_count;
  for (const Sentence& s : d.sents)
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const GazEntry* e = nullptr;
      if (d.toks[i].kind == Tok::word && d.toks[i].has(kCap))
        if (int n = match_gaz(d, s, i, gCountry, &e)) {
          uint32_t p = i;
          if (low_is(d, s, p - 1, "the")) --p;
          bool place = low_is(d, s, p - 1, "in") || low_is(d, s, p - 1, "to");
          country_count[e->value] += place ? 3 : 1;
          i += n - 1;
        }
    }
  std::string_view host;
  int best = 0;
  for (auto& [c, n] : country_count)
    if (n > best || (n == best && c < host)) best = n, host = c;

  UniqueIds taken;
  std::unordered_set<std::string> seen_titles;
  for (const Sentence& s : d.sents) {
    int done = 0;
    bool has_singular = false;
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      Trigger t;
      if (d.toks[i].kind == Tok::word && trigger_of(d, i, t) && !t.plural) has_singular = true;
    }
    for (uint32_t i = s.tok_begin; i < s.tok_end && done < 8 && a.agreements.size() < kMaxItemsPerKind; ++i) {
      const Token& tk = d.toks[i];
      Trigger trig;
      if (tk.kind != Tok::word || tk.has(kInCredit) || !trigger_of(d, i, trig)) continue;
      if (trig.kind == "deal" && (low_is(d, s, i - 1, "to") || low_is(d, s, i + 1, "with"))) continue;
      // Modifiers: words right before the trigger that are neither function words nor cues.
      uint32_t mb = i;
      std::vector<std::string> parties;
      while (mb > s.tok_begin && i - mb < 4) {
        const Token& p = d.toks[mb - 1];
        if (p.kind != Tok::word || p.has(kHasDigit)) break;
        std::string_view l = d.low(s, p);
        if (gaz_has(l, gFunction | gSpeech) || determiner(l) || cue_of(l) != cNone) break;
        if (p.has(kCap) && !gaz_has(l, gCountry | gDemonym) && mb == i) {
          // "Open Skies Agreement": capitalised modifiers are fine, but not the start of a sentence word.
        }
        if (l == "new" || l == "recently" || l == "also" || l == "other" || l == "like") break;
        --mb;
      }
      uint32_t before = mb;  // the determiner/possessive position
      bool det = before > s.tok_begin && d.toks[before - 1].kind == Tok::word &&
                 determiner(d.low(s, d.toks[before - 1]));
      // Complement.
      uint32_t ce = i + 1;
      std::string title(d.span_text(s, mb, i + 1));
      if (trig.kind == "memorandum" && low_is(d, s, ce, "of") && low_is(d, s, ce + 1, "understanding")) {
        title += " of understanding";
        ce += 2;
      }
      bool complement = false;
      if (low_is(d, s, ce, "with") || low_is(d, s, ce, "between")) {
        bool between = low_is(d, s, ce, "between");
        uint32_t k = ce + 1;
        while (k < s.tok_end && k < ce + 6) {
          const Token& w = d.toks[k];
          if (w.kind != Tok::word) break;
          std::string_view l = d.low(s, w);
          if (determiner(l) || l == "a" || l == "an") { ++k; continue; }
          bool skip = (!w.has(kCap)) ||
                      (gaz_has(l, gDemonym) && !gaz_has(l, gCountry) && k + 1 < s.tok_end &&
                       d.toks[k + 1].kind == Tok::word);
          if (!skip) break;
          if (!w.has(kCap) && (gaz_has(l, gFunction) || cue_of(l) != cNone)) { k = s.tok_end; break; }
          ++k;
        }
        if (k < s.tok_end && d.toks[k].kind == Tok::word && d.toks[k].has(kCap)) {
          uint32_t e = cap_run(d, s, k);
          std::string_view name = d.span_text(s, k, e);
          title += between ? " between " : " with ";
          title += std::string(name);
          add_party(parties, name);
          ce = e;
          complement = true;
          if (between && low_is(d, s, e, "and") && e + 1 < s.tok_end) {
            uint32_t k2 = e + 1;
            if (low_is(d, s, k2, "the")) ++k2;
            if (k2 < s.tok_end && d.toks[k2].has(kCap)) {
              uint32_t e2 = cap_run(d, s, k2);
              std::string_view n2 = d.span_text(s, k2, e2);
              title += " and ";
              title += std::string(n2);
              add_party(parties, n2);
              ce = e2;
            }
          }
        }
      }
      bool modified = mb < i;
      // ---- skips
      if (trig.plural && (!modified && !complement) && has_singular) continue;
      if (trig.plural && low_is(d, s, i + 1, "like")) continue;
      if (det && !modified && !complement) continue;
      if ((trig.kind == "partnership" || trig.kind == "program") && !modified && !complement) continue;
      // ---- status: the cue nearest the trigger
      Cue cue = cNone;
      uint32_t best_dist = ~0u;
      uint32_t lo = i > s.tok_begin + kWindow ? i - kWindow : s.tok_begin;
      uint32_t hi = std::min(s.tok_end, i + kWindow);
      for (uint32_t k = lo; k < hi; ++k) {
        if (d.toks[k].kind != Tok::word) continue;
        Cue c = cue_of(d, k);
        if (c == cNone) continue;
        uint32_t dist = k > i ? k - i : i - k;
        // A signing in the future is planned: "will sign", "plan to sign", "to be signed".
        if (c == cSigned || c == cAgreed) {
          for (uint32_t b = k; b > lo && b + 3 > k; --b) {
            std::string_view l = d.low(s, d.toks[b - 1]);
            if (l == "will" || l == "to" || l == "would" || l == "expected" || l == "plan" || l == "could" ||
                l == "may" || l == "be")
              c = cPlanned;
          }
        }
        if (dist < best_dist || (dist == best_dist && c < cue)) best_dist = dist, cue = c;
      }
      AgreementStatus status = cue == cSigned    ? AgreementStatus::signed_
                               : cue == cAgreed  ? AgreementStatus::agreed
                               : cue == cPlanned ? AgreementStatus::planned
                                                 : AgreementStatus::discussed;
      if (trig.plural && status != AgreementStatus::signed_ && status != AgreementStatus::agreed && !complement)
        continue;
      // ---- parties: countries before the trigger (not places after in/from/to), demonyms before it.
      std::vector<std::string> pre;
      for (uint32_t k = s.tok_begin; k < i; ++k) {
        const Token& w = d.toks[k];
        if (w.kind != Tok::word || !w.has(kCap)) continue;
        const GazEntry* e = nullptr;
        int n = match_gaz(d, s, k, gCountry | gDemonym, &e);
        if (!n) continue;
        bool place = k > s.tok_begin && (low_is(d, s, k - 1, "in") || low_is(d, s, k - 1, "from") ||
                                         low_is(d, s, k - 1, "to") || low_is(d, s, k - 1, "at") ||
                                         low_is(d, s, k - 1, "across") || low_is(d, s, k - 1, "throughout") ||
                                         (low_is(d, s, k - 1, "the") && k - 1 > s.tok_begin &&
                                          (low_is(d, s, k - 2, "in") || low_is(d, s, k - 2, "to"))));
        if (!place) add_party(pre, e->value);
        k += n - 1;
      }
      for (auto& p : parties) add_party(pre, p);
      parties = std::move(pre);
      std::string rule = std::string("agreement:") + std::string(trig.kind) + (modified ? "+modifiers" : "") +
                         (complement ? "+complement" : "");
      if ((status == AgreementStatus::signed_ || status == AgreementStatus::agreed) && parties.size() < 2) {
        // A country named elsewhere in the sentence ("… livestock production in Kazakhstan"), else the host.
        std::string_view extra;
        for (uint32_t k = s.tok_begin; k < s.tok_end && extra.empty(); ++k) {
          const GazEntry* e = nullptr;
          if (d.toks[k].kind == Tok::word && d.toks[k].has(kCap) && match_gaz(d, s, k, gCountry, &e) &&
              std::find(parties.begin(), parties.end(), e->value) == parties.end())
            extra = e->value;
        }
        if (!extra.empty()) {
          parties.emplace_back(extra);
          rule += "+sentence-country-party";
        } else if (!host.empty() && std::find(parties.begin(), parties.end(), host) == parties.end()) {
          parties.emplace_back(host);
          rule += "+host-party";
        }
      }
      // Repeats: a modified trigger is the same item as an earlier one with the same modifiers
      // ("strategic partnership with Kazakhstan" … "the strategic partnership with the U.S.").
      std::string key = modified ? std::string(d.span_text(s, mb, i + 1)) : title;
      for (char& c : key) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
      if (!seen_titles.insert(key).second) continue;
      AgreementRecord r;
      r.title = title;
      r.kind = std::string(trig.kind);
      r.parties = std::move(parties);
      r.status = status;
      r.evidence = make_evidence(s, d.toks[mb].begin, d.toks[ce - 1].end);
      // Figure in the same sentence: money first.
      const FigureRecord* fig = nullptr;
      for (const FigureRecord& f : a.figures)
        if (f.evidence.paragraph == s.para && f.evidence.sentence == s.span &&
            (!fig || (f.kind == FigureKind::money && fig->kind != FigureKind::money)))
          fig = &f;
      if (fig) r.figure = fig->id;
      r.id = taken.make(agreement_id(r.title));
      rule += std::string("+status:") + std::string(to_string(status));
      if (d.explain) d.explain->push_back({"agreement", r.id, rule, {}});
      a.agreements.push_back(std::move(r));
      ++done;
      i = ce - 1;
    }
  }
}

}  // namespace ae::extract
