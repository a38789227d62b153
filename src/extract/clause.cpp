// clause.cpp: the sides of an agreement read from the clause around its mention (see clause.h for why).
//
// The analysis is deliberately light: no parser, only the slots news writing puts the sides in.
//   [reporting clause "X said (that)" is cut off]
//   SUBJECT [aux/adverbs/"agreed to"] VERB ... MENTION ... "with X" / "between X and Y"
//   MENTION [","] ["which"] "was/were" VERB "by X" / "between X and Y"   (passive, reduced or in a relative)
//   MENTION "by X"                                                       (a noun's agent: "a bid by X")
// A subject is the stretch before the verb back to a comma: a list "A, B and C" is kept whole, an apposition
// ("X, chief executive of Acme, signed") or a relative pronoun ("Acme, which signed") gives the segment before.
// In a slot, the sides are organisations (orgs.cpp), countries (not used as places), demonyms before a state noun,
// and people, who stand for their affiliation (a signer acts for the body named with them). A definite noun or a
// pronoun in the subject ("the company", "the firm", "it"; "the two sides", "both countries", "they") is resolved
// to the nearest compatible names before it in the same or the previous sentence.
#include "extract/clause.h"

#include "extract/gazetteer.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

namespace ae::extract {
namespace {

constexpr uint32_t kReach = 60;        // tokens read around a mention for its clause
constexpr uint32_t kBackText = 3000;   // tokens read back for what "the two sides" stands for

// A word list asked about every word of a clause: a 64-bit mask of (length, first and last letter) rejects most
// words before the hash look-up (the clause scans call these once per token).
class Words {
 public:
  Words(std::initializer_list<std::string_view> words) : set_(words) {
    for (std::string_view w : words) mask_ |= bit(w);
  }
  bool has(std::string_view w) const { return !w.empty() && (mask_ & bit(w)) && set_.count(w) != 0; }

 private:
  static uint64_t bit(std::string_view w) {
    return uint64_t(1) << ((w.size() * 7 + uint8_t(w[0]) * 3 + uint8_t(w.back())) & 63);
  }
  std::unordered_set<std::string_view> set_;
  uint64_t mask_ = 0;
};

std::string_view lw(const Doc& d, const Sentence& s, uint32_t k) {
  if (k < s.tok_begin || k >= s.tok_end || d.toks[k].kind != Tok::word) return {};
  return d.low(s, d.toks[k]);
}

bool punct_at(const Doc& d, const Sentence& s, uint32_t k, std::string_view p) {
  return k >= s.tok_begin && k < s.tok_end && d.toks[k].kind == Tok::punct && d.text(s, d.toks[k]) == p;
}

// ";", ":", brackets and a spaced dash end a clause; commas do not (lists and appositions hold them).
bool clause_end(const Doc& d, const Sentence& s, uint32_t k) {
  const Token& t = d.toks[k];
  if (t.kind != Tok::punct) return false;
  std::string_view p = d.text(s, t);
  return p == ";" || p == ":" || p == "(" || p == ")" || ((p == "–" || p == "—" || p == "-") && t.has(kSpaceBefore));
}

// A reporting verb: the clause it introduces starts after it ("X said (that) A and B signed ..."); "announced"
// and "confirmed" only before "that" (without it they govern the deal: "Acme announced a deal with B").
bool reporting(const Doc& d, const Sentence& s, uint32_t k) {
  static const Words verbs{
      "said", "says", "told", "added", "noted", "stressed", "explained", "emphasized", "emphasised", "wrote",
      "stated", "commented", "remarked", "declared", "underlined", "underscored", "highlighted", "asked",
      "replied", "recalled", "tweeted", "believes", "believed", "argued", "insisted", "reported", "reports"};
  std::string_view l = lw(d, s, k);
  if (l.empty() || d.toks[k].has(kCap)) return false;
  return verbs.has(l) || ((l == "announced" || l == "confirmed" || l == "revealed") && lw(d, s, k + 1) == "that");
}

// Verbs whose subject made the deal they govern. Reporting and third-party verbs (said, welcomed, brokered,
// blocked) are left out: their subject is no side.
bool governing(std::string_view l) {
  static const Words verbs{
      "signed", "sign", "signs", "inked", "ink", "inks", "agreed", "agree", "agrees", "struck", "strike", "strikes",
      "reached", "reach", "reaches", "concluded", "conclude", "concludes", "sealed", "seal", "seals", "clinched",
      "clinch", "clinches", "finalised", "finalized", "finalise", "finalize", "approved", "approve", "approves",
      "bought", "buy", "buys", "acquired", "acquire", "acquires", "entered", "enter", "enters", "announced",
      "announce", "announces", "completed", "complete", "completes", "made", "make", "makes", "won", "win", "wins",
      "secured", "secure", "secures", "negotiated", "negotiate", "negotiates", "launched", "launch", "launches",
      "ratified", "ratify", "ratifies", "adopted", "adopt", "adopts", "renewed", "renew", "renews", "extended",
      "penned", "initialled", "initialed", "exchanged", "exchange", "accepted", "accept", "accepts", "rejected",
      "reject", "rejects", "proposed", "propose", "proposes", "discussed", "discuss", "discusses", "tabled",
      "submitted", "unveiled", "forged", "formed", "form", "established", "establish", "set", "sold", "sell",
      "sells", "selling", "buying", "acquiring"};
  return verbs.has(l);
}

// A past participle of a governing verb, for passives ("was signed by X").
bool participle(std::string_view l) {
  return governing(l) && (l == "bought" || l == "struck" || l == "made" || l == "won" || l == "set" ||
                          (l.size() > 2 && l.substr(l.size() - 2) == "ed"));
}

// Words between a subject and its verb: auxiliaries, adverbs, and the verbs of intent that pass the subject on
// ("A plans to buy B", "A and B agreed to sign ...").
bool between_subject_and_verb(std::string_view l) {
  static const Words words{
      "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "will", "would", "could", "can",
      "may", "might", "should", "shall", "to", "also", "then", "jointly", "formally", "finally", "officially",
      "recently", "already", "just", "later", "yesterday", "today", "not", "set", "due", "going", "reportedly",
      "eventually", "ultimately", "subsequently", "now", "agreed", "agree", "agrees", "plans", "plan", "planned",
      "wants", "want", "wanted", "hopes", "hope", "hoped", "expects", "expect", "expected", "intends", "intend",
      "intended", "decided", "decide", "decides", "aims", "aim", "aimed", "seeks", "seek", "sought", "tried",
      "tries", "try", "moved", "move", "moves", "has", "successfully", "quickly", "each", "both", "together"};
  return words.has(l);
}

struct Collector {
  const Doc& d;
  std::vector<std::string>& out;
  void add(std::string p) {
    if (p.empty() || out.size() >= 4) return;
    std::string c(canonical_country(p));
    for (const std::string& q : out)
      if (q == c) return;
    out.push_back(std::move(c));
  }
};

// The person whose mention holds token k of sentence s (from the people pass), or null.
const PersonRecord* person_at(const Doc& d, const Sentence& s, uint32_t k, uint32_t& mention_end) {
  const Token& t = d.toks[k];
  for (const PersonRecord& p : d.a->people)
    for (const Evidence& m : p.mentions)
      if (m.paragraph == s.para && m.match.begin <= t.begin && t.begin < m.match.end) {
        mention_end = m.match.end;
        return &p;
      }
  return nullptr;
}

// A country at k used as a place ("in Astana", "to the United States"), not as a side.
bool as_place(const Doc& d, const Sentence& s, uint32_t k) {
  uint32_t p = k;
  if (p > s.tok_begin && lw(d, s, p - 1) == "the") --p;
  return p > s.tok_begin && in(lw(d, s, p - 1), {"in", "at", "from", "to", "into", "across", "throughout", "inside",
                                                  "around", "near", "visit", "towards", "outside"});
}

std::string org_side(const Doc& d, const Sentence& s, const OrgMention& o) {
  const GazEntry* ge = nullptr;
  if (std::string_view(o.rule) == "party" && match_gaz(d, s, o.tb, gParty, &ge)) return std::string(ge->value);
  return o.canon.empty() ? o.name : o.canon;
}

// Sides named in tokens [b, e) of sentence s (a slot of the clause).
void sides_in(const Doc& d, const Sentence& s, uint32_t b, uint32_t e, Collector& c) {
  for (uint32_t k = b; k < e; ++k) {
    const Token& w = d.toks[k];
    if (w.kind != Tok::word) continue;
    if (d.org_of[k] >= 0) {
      const OrgMention& o = d.orgs[d.org_of[k]];
      c.add(org_side(d, s, o));
      k = std::max(k, o.te - 1);
      continue;
    }
    if (!w.has(kCap)) continue;
    uint32_t mend = 0;
    if (const PersonRecord* p = person_at(d, s, k, mend)) {
      // A person in a side's slot signs for their body ("signed by Acme's chief executive Jane Roe").
      if (!p->affiliation.empty()) c.add(p->affiliation);
      while (k + 1 < e && d.toks[k + 1].begin < mend) ++k;
      continue;
    }
    const GazEntry* ge = nullptr;
    if (int n = match_gaz(d, s, k, gCountry, &ge)) {
      uint32_t nx = k + uint32_t(n);
      // "India's HCL": the company's nationality; "US$6bn": a currency.
      bool nationality = nx + 1 < s.tok_end && d.toks[nx].kind == Tok::possessive && d.org_of[nx + 1] >= 0 &&
                         d.orgs[d.org_of[nx + 1]].company;
      bool currency = punct_at(d, s, nx, "$") && !d.toks[nx].has(kSpaceBefore);
      bool company_noun = nx < e && d.has(nx, gOrgCue);  // "the US company": named elsewhere
      if (!as_place(d, s, k) && !nationality && !currency && !company_noun) c.add(std::string(ge->value));
      k = nx - 1;
      continue;
    }
    if (int n = match_gaz(d, s, k, gDemonym, &ge)) {
      // "the Uzbek side", "the Kazakh government": a state noun after a demonym stands for the state.
      uint32_t nx = k + uint32_t(n);
      if (in(lw(d, s, nx), {"government", "side", "delegation", "authorities", "ministry", "parliament", "state"}))
        c.add(std::string(ge->value));
      k = nx - 1;
    }
  }
}

// How often each country is named in the article (demonyms included), in the sentences that hold tokens
// [lo, hi): the states a report is about.
std::vector<std::pair<std::string, int>> country_counts(const Doc& d, uint32_t lo, uint32_t hi) {
  std::vector<std::pair<std::string, int>> out;
  auto first = std::lower_bound(d.sents.begin(), d.sents.end(), lo,
                                [](const Sentence& s, uint32_t v) { return s.tok_end <= v; });
  for (auto it = first; it != d.sents.end() && it->tok_begin < hi; ++it) {
    const Sentence& s = *it;
    for (uint32_t k = std::max(s.tok_begin, lo); k < s.tok_end && k < hi; ++k) {
      if (d.toks[k].kind != Tok::word || !d.toks[k].has(kCap)) continue;
      const GazEntry* ge = nullptr;
      if (int n = match_gaz(d, s, k, gCountry | gDemonym, &ge)) {
        if (ge->value.empty()) continue;
        std::string c(canonical_country(ge->value));
        auto seen = std::find_if(out.begin(), out.end(), [&](const auto& x) { return x.first == c; });
        if (seen == out.end()) out.emplace_back(c, 1);
        else ++seen->second;
        k += uint32_t(n) - 1;
      }
    }
  }
  return out;
}

// What "the company" (one company) or "the two sides" (countries first) stands for, named before token `before`
// of sentence si. One company: the nearest that was a subject, back to the previous sentence. Two sides: the
// countries named in this and the two sentences before (the whole text before when fewer), the two the article
// names most often first ("the two presidents" after a list of the region's states are still the report's
// two), else the nearest organisations.
std::vector<std::string> recent_sides(const Doc& d, uint32_t si, uint32_t before, size_t n, bool companies) {
  std::vector<std::string> found;
  std::vector<std::string> countries;
  // Back to the start of the previous sentence; for two sides, of the one before it ("A and B met. Their
  // ministers talked. The two sides signed ...").
  uint32_t back = n >= 2 && si >= 2 ? 2 : (si >= 1 ? 1 : 0);
  uint32_t first = d.sents[si - back].tok_begin;
  uint32_t cur = si;
  for (uint32_t k = before; k > first && (!companies || found.size() < n);) {
    --k;
    while (cur > 0 && k < d.sents[cur].tok_begin) --cur;
    const Sentence& s = d.sents[cur];
    if (d.org_of[k] >= 0) {
      const OrgMention& o = d.orgs[d.org_of[k]];
      // "the company" stands for a company that was itself a subject, not one inside a phrase ("a deal with X",
      // "India's X"): the nearest such comes first, the nearest of any kind only when none was a subject.
      uint32_t p = o.tb;
      if (p > s.tok_begin && lw(d, s, p - 1) == "the") --p;
      if (p > s.tok_begin + 1 && d.toks[p - 1].kind == Tok::possessive) p -= 2;
      bool in_phrase = p > s.tok_begin && d.toks[p - 1].kind == Tok::word && d.has(p - 1, gFunction) &&
                       lw(d, s, p - 1) != "and";
      if (!companies || o.company) {
        std::string side = org_side(d, s, o);
        if (companies && n == 1) {
          if (!in_phrase) return {side};
        } else if (std::find(found.begin(), found.end(), side) == found.end()) {
          found.push_back(side);
        }
      }
      k = std::max(o.tb, first);
      continue;
    }
    if (companies || d.toks[k].kind != Tok::word || !d.toks[k].has(kCap)) continue;
    const GazEntry* ge = nullptr;
    if (match_gaz(d, s, k, gCountry | gDemonym, &ge) && !ge->value.empty()) {
      std::string c(canonical_country(ge->value));
      if (std::find(countries.begin(), countries.end(), c) == countries.end()) countries.push_back(c);
    }
  }
  if (companies) return found;
  if (countries.size() < n && first > d.sents[0].tok_begin)
    for (uint32_t k = first; k > d.sents[0].tok_begin && first - k < kBackText;) {
      --k;
      while (cur > 0 && k < d.sents[cur].tok_begin) --cur;
      const GazEntry* ge = nullptr;
      if (d.toks[k].kind == Tok::word && d.toks[k].has(kCap) && match_gaz(d, d.sents[cur], k, gCountry | gDemonym, &ge) &&
          !ge->value.empty()) {
        std::string c(canonical_country(ge->value));
        if (std::find(countries.begin(), countries.end(), c) == countries.end()) countries.push_back(c);
      }
    }
  if (countries.size() > n) {
    uint32_t end = d.sents.back().tok_end;
    auto counts = country_counts(d, before > kBackText ? before - kBackText : 0, std::min(end, before + kBackText));
    auto count = [&](const std::string& c) {
      for (const auto& x : counts)
        if (x.first == c) return x.second;
      return 0;
    };
    std::stable_sort(countries.begin(), countries.end(),
                     [&](const std::string& a, const std::string& b) { return count(a) > count(b); });
  }
  // "the two sides" are states when two are named, else whatever bodies are.
  if (countries.size() >= n) countries.resize(n);
  else
    for (const std::string& f : found)
      if (countries.size() < n && std::find(countries.begin(), countries.end(), f) == countries.end())
        countries.push_back(f);
  return countries;
}

// A subject that stands for sides named before: "the company/firm/group" (a company noun after "the"), "it",
// "the two sides", "both countries", "they". Returns how many sides it stands for (0 if it is no such word) and
// whether they are companies.
size_t reference(const Doc& d, const Sentence& s, uint32_t b, uint32_t e, bool& companies) {
  companies = false;
  for (uint32_t k = b; k < e; ++k) {
    std::string_view l = lw(d, s, k);
    if (l.empty()) continue;
    if (l == "they" && k + 1 == e) return 2;
    // "the two sides", "both countries", "the two oil-rich nations": up to two modifiers before the group noun.
    if (l == "both" || l == "two")
      for (uint32_t q = k + 1; q < e && q <= k + 3; ++q) {
        std::string_view n = lw(d, s, q);
        if (in(n, {"sides", "countries", "nations", "states", "governments", "parties", "leaders", "presidents"}))
          return 2;
        if (in(n, {"companies", "firms", "groups", "banks", "carriers"})) return companies = true, 2;
      }
    if (l == "it" && k + 1 == e) return companies = true, 1;
    // "the company", "the US company", "the Swiss drugs group": a company noun ending the subject.
    if (l == "the" && e > k + 1 && e - k <= 4 && d.has(e - 1, gOrgCue) && !d.toks[e - 1].has(kCap))
      return companies = true, 1;
  }
  return 0;
}

// Tokens of a noun phrase after a preposition at p: names, "and", "of", "the", "&", possessives, up to a
// clause word, a comma that ends no list, or ten tokens.
uint32_t phrase_end(const Doc& d, const Sentence& s, uint32_t p, uint32_t e) {
  uint32_t k = p + 1;
  for (; k < e && k < p + 11; ++k) {
    const Token& t = d.toks[k];
    if (t.kind == Tok::possessive) continue;
    if (t.kind == Tok::punct) {
      std::string_view x = d.text(s, t);
      if (x == "&" || x == "-") continue;
      if (x == "," && k + 1 < e && d.toks[k + 1].has(kCap)) continue;  // "A, B and C"
      break;
    }
    if (t.kind != Tok::word) break;
    std::string_view l = d.low(s, t);
    if (in(l, {"and", "of", "the", "its", "their", "his", "her"})) continue;
    if (!t.has(kCap) && (d.has(k, gFunction) || governing(l) || between_subject_and_verb(l))) break;
  }
  return k;
}

// "with X", "between X and Y", and "by X" where by names an agent (after a passive participle or right after the
// mention) in tokens [b, e), outside the mention [mb, me).
void complements(const Doc& d, const Sentence& s, uint32_t b, uint32_t e, uint32_t mb, uint32_t me, Collector& c,
                 std::string& rule) {
  for (uint32_t k = b; k < e; ++k) {
    if (k >= mb && k < me) {
      k = me - 1;
      continue;
    }
    std::string_view l = lw(d, s, k);
    bool agent = l == "by" && (k == me || participle(lw(d, s, k - 1)) || (k >= 2 && participle(lw(d, s, k - 2))));
    if (l != "with" && l != "between" && !agent) continue;
    // "with"/"between" name sides right after the mention, before it (after the verb), or after a governing verb
    // a few words back ("signed on Monday between A and B"); elsewhere they belong to another verb ("will leave
    // Wembley with its UK business").
    bool governed = k == me || k < mb;
    for (uint32_t q = k; !governed && q > b && q + 4 > k; --q) governed = governing(lw(d, s, q - 1));
    if (!agent && !governed) continue;
    uint32_t pe = phrase_end(d, s, k, e);
    size_t before = c.out.size();
    sides_in(d, s, k + 1, pe, c);
    if (c.out.size() > before) rule += std::string(rule.empty() ? "" : "+") + (agent ? "by" : std::string(l));
    k = pe - 1;
  }
}

}  // namespace

ClauseSides clause_sides(const Doc& d, uint32_t si, uint32_t mb, uint32_t me) {
  ClauseSides r;
  if (si >= d.sents.size()) return r;
  const Sentence& s = d.sents[si];
  if (mb < s.tok_begin || me > s.tok_end || mb >= me) return r;
  Collector c{d, r.sides};
  // "The MoUs signed are ...", "The memoranda include ...": a sentence about a group named before (a definite
  // plural trigger opening it) lists that group's items; the caller gives them the group's sides.
  if (in(lw(d, s, s.tok_begin), {"the", "these", "those", "all"}))
    for (uint32_t k = s.tok_begin + 1; k < mb && k <= s.tok_begin + 4; ++k)
      if (d.has(k, gTriggerPlural) && !d.toks[k].has(kAllCaps)) {
        r.group_kind = d.gz[k]->value;
        break;
      }
  // The clause: back to a clause mark or a reporting verb ("X said (that) A and B signed ..."), forward likewise.
  uint32_t cb = mb;
  // At most kReach tokens each way: the slots are near the mention, and hostile text (one sentence of a million
  // words with a trigger in every line) must stay linear.
  while (cb > s.tok_begin && mb - cb < kReach && !clause_end(d, s, cb - 1) && !reporting(d, s, cb - 1)) --cb;
  uint32_t reported_by = cb;  // the reporting verb's position + 1, when the clause was cut at one
  if (lw(d, s, cb) == "that") ++cb;
  uint32_t ce = me;
  while (ce < s.tok_end && ce - me < kReach && !clause_end(d, s, ce) && !reporting(d, s, ce)) ++ce;

  // The governing verb: the nearest before the mention, or the mention's own verb ("agreed to form a ..."); else
  // a passive or relative one after it.
  uint32_t v = mb + 1;
  if (governing(lw(d, s, mb)) && !d.toks[mb].has(kCap) && lw(d, s, mb + 1) == "to") v = mb;  // not "extended"
  // A loan is made by its lender: "China gave Russia a $6bn loan", "the bank granted X a loan" (only for loans: "the
  // regulator gave the merger its approval" names no side).
  const bool loan = me > mb && in(lw(d, s, me - 1), {"loan", "loans", "credit", "credits"});
  auto governs = [&](std::string_view l) {
    return governing(l) || (loan && in(l, {"gave", "give", "gives", "given", "granted", "grant", "grants", "provided",
                                           "provide", "provides", "lent", "offered"}));
  };
  for (uint32_t k = mb; v > mb && k > cb; --k)
    if (governs(lw(d, s, k - 1)) && !d.toks[k - 1].has(kCap)) v = k - 1;
  if (v <= mb) {
    // Subject: back over auxiliaries and verbs of intent, then to the comma before it.
    uint32_t se = v;
    while (se > cb && (between_subject_and_verb(lw(d, s, se - 1)) || governing(lw(d, s, se - 1)))) --se;
    // A subject segment ends (going back) at a comma, or at "and"/"but" joining two clauses ("they want £6m
    // for the player and Williams has rejected ..."): after a lowercase word or a figure, not between names.
    auto segment_start = [&](uint32_t end) {
      uint32_t b = end;
      while (b > cb && !punct_at(d, s, b - 1, ",")) {
        if (b - 1 > cb && in(lw(d, s, b - 1), {"and", "but", "while", "whereas"})) {
          const Token& p = d.toks[b - 2];
          if (p.kind == Tok::number || (p.kind == Tok::word && !p.has(kCap) && !d.has(b - 2, gFunction))) break;
        }
        --b;
      }
      return b;
    };
    uint32_t sb = segment_start(se);
    // "Acme, which signed", "Acme, the retailer, signed" (nothing of its own), "X, chief of Acme, signed":
    // the segment before the comma is the subject or its apposition.
    bool relative = sb < se && in(lw(d, s, sb), {"which", "who", "that"});
    if ((sb == se || relative) && sb > cb + 1) {
      se = sb - 1;
      sb = segment_start(se);
    }
    // "Kazakhstan, Uzbekistan and Tajikistan signed": a list keeps its earlier members.
    while (sb > cb + 1) {
      uint32_t pb = segment_start(sb - 1);
      bool names = pb < sb - 1;
      for (uint32_t k = pb; k < sb - 1 && names; ++k)
        names = d.toks[k].kind != Tok::word || d.toks[k].has(kCap) || in(lw(d, s, k), {"the", "of", "and"});
      bool listed = false;
      for (uint32_t k = sb; k < se; ++k) listed |= lw(d, s, k) == "and";
      if (!names || !listed || sb - 1 - pb > 6) break;
      sb = pb;
    }
    size_t before = r.sides.size();
    sides_in(d, s, sb, se, c);
    if (r.sides.size() > before) r.rule = "subject";
    bool companies = false;
    if (r.sides.size() == before)
      if (size_t n = reference(d, s, sb, se, companies)) {
        // "The US company said it had agreed ...": a pronoun after a reporting verb is that verb's subject.
        bool pronoun = se == sb + 1 && in(lw(d, s, sb), {"it", "they"});
        if (pronoun && reported_by > s.tok_begin + 1 && reported_by == sb) {
          uint32_t rv = reported_by - 1, rse = rv;
          while (rse > s.tok_begin && between_subject_and_verb(lw(d, s, rse - 1))) --rse;
          uint32_t rsb = rse;
          while (rsb > s.tok_begin && !punct_at(d, s, rsb - 1, ",") && !clause_end(d, s, rsb - 1)) --rsb;
          sides_in(d, s, rsb, rse, c);
          bool c2 = false;
          if (r.sides.size() == before && reference(d, s, rsb, rse, c2)) sb = rsb;
        }
        if (r.sides.size() == before)
          for (std::string& x : recent_sides(d, si, sb, n, companies)) c.add(std::move(x));
        if (r.sides.size() > before) r.rule = "coref";
      }
    complements(d, s, v + 1, ce, mb, me, c, r.rule);
  } else {
    // "The agreement, which was signed by A and B", "the deal signed between A and B": a passive verb after the
    // mention (after a form of "be", right after it, or after its comma) has the sides as agent or complement;
    // an active one ("the sale of X agreed a package with Y") has the mention inside its subject, and its
    // complements are another deal's. "a bid by X": a noun's agent right after it.
    uint32_t pv = me;
    while (pv < ce && !(governing(lw(d, s, pv)) && !d.toks[pv].has(kCap))) ++pv;
    auto be = [&](uint32_t k) { return in(lw(d, s, k), {"was", "were", "been", "be", "is", "are", "being"}); };
    // Without "be", a participle with an object after it is active ("the sale ... agreed the package").
    bool object = in(lw(d, s, pv + 1), {"the", "a", "an", "its", "their", "his", "her", "this", "that", "to"});
    bool passive = pv < ce && participle(lw(d, s, pv)) &&
                   (be(pv - 1) || (pv >= 2 && be(pv - 2)) || ((pv == me || punct_at(d, s, pv - 1, ",")) && !object));
    complements(d, s, me, passive ? ce : std::min(ce, me + 1), mb, me, c, r.rule);
  }
  // "the two companies' joint venture", "the parties' partnership": a possessive reference inside or just before
  // the mention stands for the two sides named before.
  for (uint32_t k = mb >= s.tok_begin + 3 ? mb - 3 : s.tok_begin; k + 1 < me && r.sides.size() < 2; ++k)
    if (d.toks[k + 1].kind == Tok::possessive ||
        (d.toks[k + 1].kind == Tok::punct && (d.text(s, d.toks[k + 1]) == "’" || d.text(s, d.toks[k + 1]) == "'"))) {
      std::string_view l = lw(d, s, k);
      bool two = in(l, {"companies", "sides", "parties", "countries", "partners", "firms"}) &&
                 (in(lw(d, s, k - 1), {"two", "both"}) || l == "parties" || l == "partners");
      if (!two) continue;
      bool co = !in(l, {"sides", "countries"});
      size_t before = r.sides.size();
      for (std::string& x : recent_sides(d, si, k, 2, co)) c.add(std::move(x));
      if (r.sides.size() > before) r.rule += std::string(r.rule.empty() ? "" : "+") + "possessive-ref";
    }
  return r;
}

}  // namespace ae::extract
