// agreements.cpp: agreements, memoranda, deals, contracts, treaties, settlements, takeovers, mergers, bids,
// joint ventures, roadmaps, programmes and partnerships: one item per distinct deal.
//
// Trigger: a trigger noun from the gazetteer, used as a noun ("a deal with Chelsea", not "to deal with it";
// "takeover offer", "bid for X", "joint venture", "letter of intent", "action plan" / "plan of action").
// Title: the trigger's modifiers ("open skies agreement", "Umbro sponsorship deal") + the trigger + its
// complement, the phrase after on/for/to/with/between/of/in/over up to the clause's end ("agreement on
// visa-free travel", "deal to buy IBM's PC unit", "memorandum of understanding on cooperation in tourism"),
// never a bare "agreement": a trigger with neither modifiers nor complement is named after its sides
// ("agreement between Venezuela and China") or left out as a vague mention.
// Left out: "the/this/that deal" with nothing of its own (it refers back; so does "expects the deal to close"),
// "any/some/several/other agreements", plurals without a count or complement (documents only when counted), and
// repeats (same title, same count and kind, or same kind and sides with nothing new; "in a deal ..." inside a
// takeover's sentence).
// Status, from the words governing the trigger, nearest first: signed (signed, inked, concluded, ratified,
// adopted, completed, sealed, bought, acquired; an existing contract: "its deal with X"), agreed (agreed,
// reached, struck, accepted, approved, clinched, announced), planned (will, plans, expected, proposed,
// offered, "to be signed"; a bid or offer by default), discussed (talks, negotiations, considering, rejected,
// withdrawn; the default).
// Parties: the organisations (orgs.cpp) and countries of the clause: the subject before the trigger and the
// complement (countries after in/at/from are places, not sides); a signed or agreed item with fewer than two
// gets the sentence's other country or the article's host country (the country named most often).
// Figure: the first (money first) figure in the same sentence.
#include "extract/clause.h"
#include "extract/doc.h"
#include "extract/gazetteer.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace ae::extract {
namespace {

constexpr uint32_t kBefore = 14, kAfter = 10;  // status window around a trigger (keeps the pass linear)
constexpr uint32_t kMaxComplement = 9;         // words of complement kept in a title (names not counted)

struct Trigger {
  std::string_view kind;
  bool plural;
};

// A trigger noun (deal verbs are gazetteer triggers too, kind "verb:...", but not nouns: see deal_verb).
bool trigger_of(const Doc& d, uint32_t k, Trigger& t) {
  const GazEntry* e = d.gz[k];
  if (!e || !(e->flags & gTrigger) || e->value.substr(0, 5) == "verb:") return false;
  t = {e->value, (e->flags & gTriggerPlural) != 0};
  return true;
}

std::string_view low_at(const Doc& d, const Sentence& s, uint32_t k) {
  if (k < s.tok_begin || k >= s.tok_end || d.toks[k].kind != Tok::word) return {};
  return d.low(s, d.toks[k]);
}
bool punct_is(const Doc& d, const Sentence& s, uint32_t k, std::string_view p) {
  return k >= s.tok_begin && k < s.tok_end && d.toks[k].kind == Tok::punct && d.text(s, d.toks[k]) == p;
}
// An acronym given in brackets: all capitals ("MOU", "NAC") or mixed with two capitals or more ("MoU", "MoUs").
bool acronym_word(const Doc& d, const Sentence& s, uint32_t k) {
  if (k >= s.tok_end || d.toks[k].kind != Tok::word) return false;
  if (d.toks[k].has(kAllCaps)) return true;
  if (!d.toks[k].has(kCap)) return false;
  int caps = 0;
  for (char c : d.text(s, d.toks[k])) caps += c >= 'A' && c <= 'Z';
  return caps >= 2;
}

// A word list asked about every word of a window: one hash lookup instead of a scan.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : set_(words) {}
  bool has(std::string_view w) const { return w.size() <= 14 && set_.count(w) != 0; }

 private:
  std::unordered_set<std::string_view> set_;
};

bool determiner(std::string_view l) {
  static const WordSet words{"the", "this", "that", "these", "those", "such", "its", "their", "his", "her", "our",
                             "whose"};
  return words.has(l);
}
bool vague(std::string_view l) {
  static const WordSet words{"any", "some", "several", "various", "many", "other", "more", "further", "no", "every", "each",
                "all", "numerous", "possible", "potential", "future", "similar", "such", "corresponding",
                "relevant", "respective", "appropriate", "necessary", "said", "bilateral", "separate"};
  return words.has(l);
}
// Adjectives that describe a deal already named rather than name a new one: "the preliminary agreement".
bool evaluative(std::string_view l) {
  return in(l, {"preliminary", "historic", "landmark", "final", "initial", "original", "eventual", "latest",
                "whole", "entire", "above", "aforementioned", "same", "proposed", "current", "existing", "recent",
                "previous", "earlier", "major", "important", "big", "huge", "significant", "controversial",
                "lucrative", "key", "crucial", "long-awaited", "so-called", "historical", "overall", "bad", "better",
                "best", "good", "formal", "informal", "full", "full-blown", "smart", "fresh", "one", "imminent",
                "improved", "friendly", "hostile", "possible", "likely", "fair", "generous", "tough", "similar"}) ||
         l.empty();
}

bool past_tense(std::string_view l) {
  if (l.size() > 4 && l.substr(l.size() - 2) == "ed") return true;
  return in(l, {"lost", "won", "made", "got", "took", "gave", "held", "kept", "left", "sold", "broke", "struck"});
}

bool modal_or_pronoun(std::string_view l) {
  return in(l, {"to", "will", "would", "can", "could", "must", "should", "may", "might", "shall", "cannot", "we",
                "they", "i", "you", "he", "she", "it", "who", "not"});
}

bool count_word(std::string_view l) {
  return in(l, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "dozen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "dozens"});
}

enum Cue { cNone, cSigned, cAgreed, cPlanned, cDiscussed };

// One hash look-up per word (the pass asks about every word near a trigger); each word is listed once.
Cue cue_word(std::string_view l) {
  static const std::unordered_map<std::string_view, Cue> table = [] {
    std::unordered_map<std::string_view, Cue> t;
    auto add = [&](Cue c, std::initializer_list<std::string_view> words) {
      for (auto w : words) t.emplace(w, c);
    };
    add(cSigned, {"signed", "inked", "concluded", "ratified", "adopted", "completed", "sealed", "bought", "entered", "placed",
                  "acquired", "signing", "exchanged", "completes", "completing", "buys", "acquires", "signs",
                  // an existing deal renewed, whatever the tense: "will renew its contract"
                  "renew", "renews", "renewed"});
    add(cAgreed, {"agreed", "reached", "struck", "accepted", "approved", "clinched", "secured", "announced",
                  "finalised", "finalized", "agreeing", "agrees", "reaches", "strikes", "unveiled", "won", "awarded",
                  "bagged", "bags", "landed",  // "bagged a contract": won it
                  "accepting", "accepts"});
    add(cPlanned, {"will", "plan", "plans", "planned", "planning", "intend", "intends", "expected", "expect",
                   "expects", "prepare", "prepares", "preparing", "propose", "proposes", "proposed", "offered",
                   "offering", "offers", "upcoming", "would", "hopes", "hope", "hoping", "wants", "seeks", "seeking",
                   "aims", "bidding", "draft", "launch", "launched", "tabled", "mooted"});
    add(cDiscussed, {"talks", "negotiations", "negotiating", "negotiate", "discussed", "discussing", "discuss",
                     "considered", "considering", "consider", "rejected", "rejects", "reject", "rejecting",
                     "rejection", "withdrawn",
                     "withdrew", "collapsed", "mulling", "exploring", "explore", "review", "blocked", "spurned",
                     "abandoned", "scrapped", "examining", "studying", "discussions", "dispute", "rebuffed",
                     "turned"});
    return t;
  }();
  if (l.size() < 3 || l.size() > 13) return cNone;
  // Most words asked about are no cue: a (length, first letter) pair no cue has rejects them before hashing.
  static const std::array<uint32_t, 14> firsts = [] {
    std::array<uint32_t, 14> f{};
    for (const auto& [w, c] : table)
      if (w[0] >= 'a' && w[0] <= 'z') f[w.size()] |= 1u << (w[0] - 'a');
    return f;
  }();
  if (l[0] < 'a' || l[0] > 'z' || !(firsts[l.size()] & (1u << (l[0] - 'a')))) return cNone;
  auto it = table.find(l);
  return it == table.end() ? cNone : it->second;
}

// A clause boundary inside a sentence: ";", ":", a dash between spaces, or ", which/who/while/but ...".
bool boundary(const Doc& d, const Sentence& s, uint32_t k) {
  const Token& t = d.toks[k];
  if (t.kind != Tok::punct) return false;
  std::string_view p = d.text(s, t);
  return p == ";" || p == ":" || p == "(" || p == ")" || ((p == "–" || p == "—" || p == "-") && t.has(kSpaceBefore));
}

// Words that end a complement phrase: verbs of the clause, relatives, subordinators.
bool complement_stop(std::string_view l) {
  static const WordSet words{"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "which",
                "that", "who", "whose", "said", "says", "signed", "agreed", "reached", "during", "after", "before",
                "when", "while", "as", "but", "since", "because", "although", "if", "could", "should", "may",
                "might", "can", "worth", "valued", "announced", "including", "last", "earlier", "later",
                "yesterday", "today", "at", "by", "according", "also", "struck", "inked", "sealed", "within",
                "next", "this", "from", "via", "through", "despite", "amid", "remains", "remain",
                "aimed"};  // ("a loan for the X Program aimed at ...": a reduced relative)
  return words.has(l);
}

// ---- coordinated fields: "security, borders and tourism", "double taxation avoidance, scientific and technical
// cooperation, and educational contacts". A complement that lists subjects this way names one document per
// subject when its trigger is plural ("signed agreements on healthcare and education" is two agreements), and
// one subject whose words all belong to it when the trigger is singular.

// An adjective by its ending: the first words of "economic, trade and technical cooperation", "diplomatic and
// service passports" share the last one's head noun, and are no subjects of their own.
bool adjectival(std::string_view l) {
  if (l.size() < 5) return false;
  for (std::string_view suf : {"ic", "al", "ive", "ary", "ous", "ian", "ese", "ish"})
    if (l.size() > suf.size() + 2 && l.substr(l.size() - suf.size()) == suf) return true;
  return false;
}

// The parts of a coordination that starts at token b (the object of a preposition), each [b, e). Empty when the
// words from b are no coordination: a part is one to five plain words (no function word, trigger, verb of the
// clause, number or name of a body), parts are joined by "," and a last "and"/"or". An "and" inside a middle
// part ("A, B and C, and D") is that part's own. Names are left to the side rules ("with A and B" are sides).
struct Span {
  uint32_t b, e;
};
std::vector<Span> coordination(const Doc& d, const Sentence& s, uint32_t b, uint32_t limit) {
  limit = std::min(limit, s.tok_end);
  auto part_end = [&](uint32_t k) {
    uint32_t words = 0;
    Trigger t;
    while (k < limit && words <= 5) {
      const Token& w = d.toks[k];
      if (w.kind == Tok::punct) {
        std::string_view p = d.text(s, w);
        if ((p == "-" || p == "/") && !w.has(kSpaceBefore) && k + 1 < limit && d.toks[k + 1].kind == Tok::word) {
          ++k;
          continue;
        }
        // "close-in weapon system (CIWS) and radar": an acronym given in passing is part of its part.
        if (words > 0 && p == "(" && k + 2 < limit && acronym_word(d, s, k + 1) && punct_is(d, s, k + 2, ")")) {
          k += 3;
          continue;
        }
        break;
      }
      if (w.kind != Tok::word || d.has(k, gFunction | gCountry | gDemonym | gMonth | gWeekday) || d.org_of[k] >= 0)
        break;
      // A trigger noun heads a part only after a modifier, as its last word ("and green partnerships"); at a
      // part's start it opens the next instrument ("and deals on ...").
      if (trigger_of(d, k, t)) {
        if (words > 0 && (k + 1 >= limit || d.toks[k + 1].kind != Tok::word)) ++words, ++k;
        break;
      }
      std::string_view l = d.low(s, w);
      if (complement_stop(l) || determiner(l) || l == "a" || l == "an" || cue_word(l) != cNone ||
          (words == 0 && vague(l)))
        break;
      ++words;
      ++k;
    }
    return words == 0 || words > 5 ? 0u : k;
  };
  std::vector<Span> parts, last_good;  // last_good: the parts as of the last complete list ("A and B")
  uint32_t k = b;
  bool closed = false;  // the last part came after "and"/"or"
  while (k < limit) {
    uint32_t e = part_end(k);
    if (!e) break;
    parts.push_back({k, e});
    k = e;
    if (closed) {
      last_good = parts;
      // "A and B, C, and D": the list goes on past its first "and", which was a part's own ("education and
      // development, health cooperation, and green partnerships"); "A and B, a memorandum ..." ends it.
      const bool and_next = word_is(d, s, k + 1, "and") || word_is(d, s, k + 1, "or");
      if (punct_is(d, s, k, ",") && part_end(k + 1 + (and_next ? 1 : 0)) != 0) {
        Span last = parts.back();
        parts.pop_back();
        parts.back().e = last.e;
        closed = false;
      } else {
        break;
      }
    }
    if (punct_is(d, s, k, ",")) ++k;
    if (word_is(d, s, k, "and") || word_is(d, s, k, "or")) {
      ++k;
      closed = true;
    } else if (!punct_is(d, s, k - 1, ",")) {
      break;  // no joiner: the list ended without its "and"
    }
  }
  if (closed && parts.size() >= 2) return parts;
  return last_good.size() >= 2 ? last_good : std::vector<Span>{};
}

// Whether a coordination's parts share the last part's head noun: "economic, trade and technical cooperation"
// (every part before the last a single word, the first an adjective, the last more than one word).
bool shared_head(const Doc& d, const Sentence& s, const std::vector<Span>& parts) {
  if (parts.size() < 2 || parts.back().e - parts.back().b < 2) return false;
  for (size_t n = 0; n + 1 < parts.size(); ++n) {
    if (parts[n].e != parts[n].b + 1) return false;
    // A noun by its ending is a subject of its own: "military, education, and land management" are three.
    std::string_view l = low_at(d, s, parts[n].b);
    for (std::string_view suf : {"tion", "sion", "ment", "ism", "ity", "ness", "ship", "ance", "ence"})
      if (l.size() > suf.size() + 2 && l.substr(l.size() - suf.size()) == suf) return false;
  }
  return adjectival(low_at(d, s, parts[0].b));
}

// The value of a group's count as written ("three", "20"), 0 when it is no small whole number.
int count_value(std::string_view c) {
  if (!c.empty() && c[0] >= '0' && c[0] <= '9') {
    int v = 0;
    for (char ch : c) {
      if (ch < '0' || ch > '9' || v > 10000) return 0;
      v = v * 10 + (ch - '0');
    }
    return v;
  }
  static constexpr std::string_view names[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                               "ten", "eleven", "twelve"};
  for (size_t n = 0; n < std::size(names); ++n)
    if (c == names[n]) return int(n) + 2;
  return 0;
}

std::string singular(std::string_view w);

// The words before each subject of a split plural ("agreement on cooperation in "), from its trigger i, the
// complement's start cb and the first subject's start sb. A document named by an acronym in passing is named by
// it ("two memorandums of understanding (MoUs) on ..." -> "MoU on ..."); a purpose ("to promote cooperation in")
// is what the document is on, and "the fields of" says nothing: "MoU on cooperation in agriculture".
std::string split_head(const Doc& d, const Sentence& s, uint32_t i, uint32_t cb, uint32_t sb) {
  std::string out = cb >= i + 4 && punct_is(d, s, cb - 3, "(") && punct_is(d, s, cb - 1, ")") && acronym_word(d, s, cb - 2)
                        ? singular(d.text(s, d.toks[cb - 2]))
                        : singular(d.text(s, d.toks[i])) +
                              // "memorandum of understanding on ..." (not the passive of "contracts were signed with")
                              (cb > i + 1 && word_is(d, s, i + 1, "of") ? " " + std::string(d.span_text(s, i + 1, cb)) : "");
  uint32_t k = cb;
  if (word_is(d, s, k, "to") &&
      in(low_at(d, s, k + 1), {"promote", "boost", "strengthen", "enhance", "expand", "develop", "deepen", "foster",
                               "facilitate", "increase", "advance", "improve"})) {
    out += " on";
    k += 2;
  }
  // "cooperation in the fields of": the preposition before stays ("in"), the filler goes.
  uint32_t e = sb;
  if (e >= k + 2 && word_is(d, s, e - 1, "of") &&
      in(low_at(d, s, e - 2), {"field", "fields", "area", "areas", "sphere", "spheres", "domain", "domains"}))
    e -= word_is(d, s, e - 3, "the") && e >= k + 3 ? 3 : 2;
  if (k < e) out += " " + std::string(d.span_text(s, k, e));
  out += " ";
  return out;
}

// A title that opens with a lowercase ASCII letter opens with a capital ("cooperation in X" -> "Cooperation in X").
void upper_first(std::string& t) {
  if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = char(t[0] - 32);
}

// "agreements" -> "agreement", "memoranda" -> "memorandum", "MoUs" -> "MoU", "treaties" -> "treaty".
std::string singular(std::string_view w) {
  std::string out(w);
  auto ends = [&](std::string_view suf) {
    return out.size() > suf.size() && std::equal(suf.rbegin(), suf.rend(), out.rbegin(), [](char a, char b) {
             return a == (b >= 'A' && b <= 'Z' ? char(b + 32) : b);
           });
  };
  if (ends("memoranda")) out.replace(out.size() - 1, 1, "um");
  else if (ends("ies")) out.replace(out.size() - 3, 3, "y");
  else if (ends("s") && !ends("ss")) out.pop_back();
  return out;
}

void add_party(std::vector<std::string>& parties, std::string p) {
  if (p.empty()) return;
  std::string c(canonical_country(p));
  for (const std::string& q : parties)
    if (q == c) return;
  parties.push_back(std::move(c));
}

bool place_prep(const Doc& d, const Sentence& s, uint32_t k) {
  uint32_t p = k;
  if (word_is(d, s, p - 1, "the")) --p;
  std::string_view l = low_at(d, s, p - 1);
  return in(l, {"in", "from", "at", "across", "throughout", "inside", "around", "near", "into"});
}

// A country that only describes a company is no side of its deal: its nationality in "India's HCL
// Technologies" or "France's Snecma" (a possessive before a company or a bare name that is no person), and
// "the US company" / "a Chinese firm" (before a company noun: the company is the side, named elsewhere).
// "Tajikistan's Ministry of Energy" keeps the country: a state body stands for its state.
template <class IsPerson>
bool describes_company(const Doc& d, const Sentence& s, uint32_t k, uint32_t n, uint32_t e, const IsPerson& is_person) {
  uint32_t nx = k + n;
  if (nx + 1 < e && d.toks[nx].kind == Tok::possessive) {
    uint32_t q = nx + 1;
    if (d.org_of[q] >= 0) return d.orgs[d.org_of[q]].company && d.orgs[d.org_of[q]].tb == q;
    const Token& w = d.toks[q];
    return w.kind == Tok::word && w.has(kCap) && !is_person(q) &&
           !d.has(q, gCountry | gDemonym | gPlace | gTitle | gHonorific | gCommon | gFunction | gMonth | gWeekday);
  }
  if (k > s.tok_begin && (word_is(d, s, k - 1, "the") || word_is(d, s, k - 1, "a") || word_is(d, s, k - 1, "an")))
    for (uint32_t q = nx; q < e && q < nx + 3; ++q) {  // "the US company", "a US drugs company"
      const Token& w = d.toks[q];
      if (w.kind != Tok::word) break;
      // "the US Gaming Division": capitalised words only before a business unit's noun.
      if (w.has(kCap) && !in(d.low(s, w), {"division", "unit", "arm", "subsidiary"})) {
        if (q + 1 < e && d.toks[q + 1].kind == Tok::word && d.toks[q + 1].has(kCap)) continue;
        break;
      }
      if (d.has(q, gOrgCue)) return true;
      if (q == nx + 1 && !w.has(kCap)) break;
    }
  return false;
}

// Sides named in tokens [b, e): organisation mentions and countries (not countries used as places, nor
// countries that describe a company).
template <class IsPerson>
void parties_in(const Doc& d, const Sentence& s, uint32_t b, uint32_t e, std::vector<std::string>& out,
                const IsPerson& is_person) {
  for (uint32_t k = b; k < e && out.size() < 4; ++k) {
    const Token& w = d.toks[k];
    if (w.kind != Tok::word) continue;
    if (d.org_of[k] >= 0) {
      const OrgMention& o = d.orgs[d.org_of[k]];
      if (o.tb == k) {
        const GazEntry* ge = nullptr;
        if (std::string_view(o.rule) == "party" && match_gaz(d, s, k, gParty, &ge)) add_party(out, std::string(ge->value));
        else add_party(out, o.canon.empty() ? o.name : o.canon);
        k = o.te - 1;
      }
      continue;
    }
    if (!w.has(kCap)) continue;
    const GazEntry* ge = nullptr;
    if (int n = match_gaz(d, s, k, gCountry, &ge)) {
      // "US$6.6 billion": a currency's prefix, no side.
      bool currency = punct_is(d, s, k + uint32_t(n), "$") && !d.toks[k + uint32_t(n)].has(kSpaceBefore);
      if (!place_prep(d, s, k) && !currency && !describes_company(d, s, k, uint32_t(n), e, is_person))
        add_party(out, std::string(ge->value));
      k += n - 1;
      continue;
    }
    // "the Kazakh and Uzbek governments", "the Uzbek side": demonyms before a state noun stand for their states
    // (before a company noun they only describe it).
    if (int n = match_gaz(d, s, k, gDemonym, &ge)) {
      std::vector<std::string_view> states{ge->value};
      uint32_t q = k + uint32_t(n);
      const GazEntry* g2 = nullptr;
      if (word_is(d, s, q, "and") && q + 1 < e && d.toks[q + 1].has(kCap))
        if (int n2 = match_gaz(d, s, q + 1, gDemonym, &g2)) states.push_back(g2->value), q += 1 + uint32_t(n2);
      static const WordSet state_nouns{"government", "governments", "side", "sides", "delegation", "delegations",
                                       "authorities", "leader", "leaders", "president", "presidents", "ministry",
                                       "ministries", "parliament", "parliaments", "state", "states", "republic",
                                       "officials", "ministers", "representatives"};
      // "Iranian and Chinese high-ranking officials": one rank word between.
      if (q + 1 < e && in(low_at(d, s, q), {"senior", "high-ranking", "high-level", "top", "government"}) &&
          in(low_at(d, s, q + 1), {"officials", "ministers", "representatives"}))
        ++q;
      if (q < e && d.toks[q].kind == Tok::word && !d.toks[q].has(kCap) && state_nouns.has(d.low(s, d.toks[q])))
        for (std::string_view st : states) add_party(out, std::string(st));
      k = q - 1;
      continue;
    }
    // "Tajikistan-Belarus cooperation", "Azerbaijani-Turkish plan": a hyphenated pair names two sides.
    std::string_view word = d.text(s, w);
    if (word.find('-') != std::string_view::npos && !place_prep(d, s, k)) {
      std::vector<std::string> found;
      size_t pb = 0;
      bool all = true;
      while (pb <= word.size() && all) {
        size_t pe_end = word.find('-', pb);
        if (pe_end == std::string_view::npos) pe_end = word.size();
        char buf[64];
        const GazEntry* pe = gaz(lower(word.substr(pb, pe_end - pb), buf));
        all = pe && (pe->flags & (gCountry | gDemonym)) && !pe->value.empty();
        if (all) found.emplace_back(pe->value);
        pb = pe_end + 1;
      }
      if (all && found.size() >= 2)
        for (std::string& f : found) add_party(out, std::move(f));
    }
  }
}

// "GCC" and "Gulf Co-operation Council" name one side: an all-capitals name that is the other's initials.
// The initials of a name's capitalised words, with or without its hyphen parts ("Co-operation": C or CO).
std::string initials(std::string_view name, bool hyphen_parts) {
  std::string out;
  bool start = true;
  for (size_t k = 0; k < name.size(); ++k) {
    char c = name[k];
    if (c == ' ' || c == '-') { start = c == ' ' || hyphen_parts; continue; }
    if (start && ((c >= 'A' && c <= 'Z') || (hyphen_parts && k > 0 && name[k - 1] == '-' && c >= 'a' && c <= 'z')))
      out += char(c & ~0x20);
    start = false;
  }
  return out;
}
bool same_side(const std::string& a, const std::string& b) {
  if (a == b) return true;
  auto caps = [](const std::string& x) {
    if (x.size() < 2 || x.size() > 6) return false;
    for (char c : x)
      if (c < 'A' || c > 'Z') return false;
    return true;
  };
  auto stands_for = [](const std::string& acr, const std::string& name) {
    return name.find(' ') != std::string::npos && (initials(name, false) == acr || initials(name, true) == acr);
  };
  return (caps(a) && stands_for(a, b)) || (caps(b) && stands_for(b, a));
}
bool has_side(const std::vector<std::string>& sides, const std::string& p) {
  for (const std::string& q : sides)
    if (same_side(q, p)) return true;
  return false;
}

std::string lower_ascii(std::string_view v) {
  std::string o(v);
  for (char& c : o) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  return o;
}

// A company's name without its trailing legal form: "GKN PLC" -> "GKN", "Dana Inc." -> "Dana" (never empty).
std::string short_name(std::string n) {
  for (;;) {
    size_t sp = n.rfind(' ');
    if (sp == std::string::npos) return n;
    std::string last = lower_ascii(std::string_view(n).substr(sp + 1));
    while (!last.empty() && (last.back() == '.' || last.back() == ',')) last.pop_back();
    if (last.empty() || !gaz_has(last, gOrgSuffix)) return n;
    std::string rest = n.substr(0, sp);
    while (!rest.empty() && (rest.back() == ',' || rest.back() == ' ')) rest.pop_back();
    // "Deverell & Co", "Smith and Sons": the legal form is a partner of the name, part of it.
    if (rest.empty() || rest.back() == '&' || (rest.size() > 4 && lower_ascii(rest.substr(rest.size() - 4)) == " and"))
      return n;
    n = std::move(rest);
  }
}

// Content words of a title, lowercased, for the "nothing new" repeat check.
std::vector<std::string> content_words(std::string_view t) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    static const WordSet stop{"the", "and", "for", "with", "between", "from", "into", "that", "this", "its",
                              "their", "over", "under", "about", "which", "was", "were", "has", "have"};
    // A business unit is one thing however it is called: "the US gaming unit" ... "the US Gaming Division".
    static const WordSet unit{"division", "arm", "subsidiary", "operations", "business"};
    if (unit.has(w)) w = "unit";
    if (w.size() > 2 && !stop.has(w)) out.push_back(w);
    w.clear();
  };
  for (char c : t) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80))
      w += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    else
      flush();
  }
  flush();
  return out;
}

// "received an order", "has won a new $2bn contract", "was awarded a firm order": a verb of winning right before
// the trigger, over its determiner, plain modifiers and value (k is the trigger; in_money tells a value's tokens).
template <class InMoney>
bool won_before(const Doc& d, const Sentence& s, uint32_t k, const InMoney& in_money) {
  static const WordSet won{"received", "won", "secured", "awarded", "landed", "bagged", "booked",
                           "clinched", "placed", "obtained", "got", "netted", "snagged"};
  static const WordSet between{"a", "an", "the", "its", "their", "new", "fresh", "firm", "further", "second",
                               "repeat", "large", "big", "major", "lucrative"};
  for (uint32_t q = k; q > s.tok_begin && q + 8 > k; --q) {
    const uint32_t p = q - 1;
    if (in_money(p)) continue;
    if (d.toks[p].kind != Tok::word) return false;
    std::string_view l = d.low(s, d.toks[p]);
    if (won.has(l)) return true;
    if (!between.has(l)) return false;
  }
  return false;
}

struct Item {
  AgreementRecord rec;
  std::string family;                 // "deal" for company deals, the kind otherwise
  std::vector<std::string> content;   // title content words without the trigger
  std::string rule;                   // for --explain
  std::string count;                  // a counted group's count ("20"): one group per count and kind
  std::string phrase;                 // its modifiers and trigger, lower case, no value ("loan agreement")
};

// Kinds that name the same sort of thing: a later "deal" may be the earlier "agreement".
std::string family_of(std::string_view kind) {
  if (in(kind, {"takeover", "acquisition", "merger", "bid", "offer", "sale", "purchase"})) return "takeover";
  if (in(kind, {"deal", "agreement", "contract", "settlement", "pact", "accord", "treaty", "convention",
                "protocol", "loan"}))
    return "agreement";
  return std::string(kind);
}

// A verb that makes a company deal (a gazetteer trigger of kind "verb:NOUN": "bought" -> "purchase").
struct DealVerb {
  std::string_view form, noun;
  bool past;        // "bought", "acquired": done unless a modal says otherwise
  bool takes_with;  // "merge with X"
  bool particle;    // "take over X": the object starts after "over"
};
std::optional<DealVerb> deal_verb(const Doc& d, const Sentence& s, uint32_t k) {
  const Token& t = d.toks[k];
  const GazEntry* e = d.gz[k];
  if (!e || !(e->flags & gTrigger) || t.has(kCap)) return std::nullopt;
  // "purchase" is a noun trigger too: after "to" (or a modal) it is the verb ("agreed to purchase X").
  if (e->value == "purchase" && k > s.tok_begin &&
      (d.low(s, d.toks[k]) == "purchase") &&
      (d.low(s, d.toks[k - 1]) == "to" || d.low(s, d.toks[k - 1]) == "will" || d.low(s, d.toks[k - 1]) == "would"))
    return DealVerb{d.low(s, t), "purchase", false, false, false};
  if (e->value.substr(0, 5) != "verb:") return std::nullopt;
  std::string_view form = d.low(s, t), noun = e->value.substr(5);
  // "Virgin Atlantic ordered 14 A330-900s": an order by count of goods. Courts and governments order other
  // things ("ordered the firm to pay", "was ordered by the judge"): a number right after the verb, active only.
  if (noun == "order") {
    const bool be = k > s.tok_begin && in(d.low(s, d.toks[k - 1]), {"was", "were", "been", "be", "is", "are"});
    uint32_t n = k + 1;
    if (n < s.tok_end && d.toks[n].kind == Tok::word && in(d.low(s, d.toks[n]), {"another", "a", "further"})) ++n;
    if (n < s.tok_end && d.toks[n].kind == Tok::word && d.low(s, d.toks[n]) == "further") ++n;
    const bool count = n < s.tok_end && (d.toks[n].kind == Tok::number ||
                                         (d.toks[n].kind == Tok::word && count_word(d.low(s, d.toks[n]))));
    if (be || !count) return std::nullopt;
  }
  const bool particle = noun == "takeover";
  if (particle && !(k + 1 < s.tok_end && d.toks[k + 1].kind == Tok::word && d.low(s, d.toks[k + 1]) == "over"))
    return std::nullopt;  // "take part", "took office"
  bool past = form == "bought" || form == "sold" || form == "took" || form == "taken" ||
              (form.size() > 2 && form.substr(form.size() - 2) == "ed");
  return DealVerb{form, noun, past, noun == "merger", particle};
}

}  // namespace

void agreements_pass(Doc& d) {
  ArticleRecord& a = *d.a;
  // Sentences with a trigger (noun or deal verb) or naming "documents": the only ones the pass reads below.
  // Most sentences, and most articles, have none: then nothing below is needed.
  std::vector<uint8_t> relevant(d.sents.size(), 0);
  bool any = false;
  for (uint32_t si = 0; si < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    for (uint32_t k = s.tok_begin; k < s.tok_end; ++k) {
      const Token& t = d.toks[k];
      uint32_t len = t.end - t.begin;
      if ((d.gz[k] && (d.gz[k]->flags & gTrigger)) ||
          (t.kind == Tok::word && (len == 8 || len == 9) && (d.low(s, t) == "documents" || d.low(s, t) == "document")) ||
          (t.kind == Tok::word && len == 5 && d.low(s, t) == "talks") ||
          (t.kind == Tok::word && len == 6 && (d.low(s, t) == "agreed" || d.low(s, t) == "signed"))) {
        relevant[si] = 1;
        any = true;
        break;
      }
    }
  }
  if (!any) return;
  // ---- lists set out one document per paragraph: "The six MoUs signed are as follows:" then "1) Cooperation
  // between A and B", "2) Agreement on X", ... A sentence that ends with a colon and names a plural of documents
  // opens the list; each following one-sentence paragraph that starts with a list mark ("1)", "2.", "-", "•"), or
  // that does not end with a full stop, is one of them (the first that is neither ends the list). An item with a
  // trigger noun of its own is read like any other sentence, with the list's verb as its status; an item
  // without one is a document of the plural's kind, named by the item.
  struct ListOf {
    uint32_t head = ~0u;  // the plural's token in the opening sentence; ~0u: the sentence is no list item
    uint32_t mark_e = 0;  // where the item starts, after its list mark
    Cue cue = cNone;      // the opening sentence's verb (or the one before it)
    uint32_t open = 0;    // the opening sentence
  };
  std::vector<ListOf> list_of(d.sents.size());
  // The sides of a list's documents: those of the plural that opened it, or of a plural in the two sentences
  // before ("A and B signed six MoUs. The six MoUs signed are as follows:"). Empty when fewer than two.
  auto list_sides = [&](uint32_t open) {
    for (uint32_t back = 0; back <= 2 && back <= open; ++back) {
      const Sentence& p = d.sents[open - back];
      for (uint32_t k = p.tok_begin; k < p.tok_end; ++k)
        if (d.toks[k].kind == Tok::word && d.has(k, gTriggerPlural)) {
          ClauseSides g = clause_sides(d, open - back, k, k + 1);
          if (g.sides.size() >= 2) return std::move(g.sides);
          break;
        }
    }
    return std::vector<std::string>();
  };
  std::vector<std::pair<uint32_t, uint32_t>> list_paras;  // (opening paragraph, last item's paragraph)
  for (uint32_t si = 0; si + 1 < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    if (!relevant[si] || s.tok_end <= s.tok_begin + 2 || !punct_is(d, s, s.tok_end - 1, ":") ||
        d.sents[si + 1].para == s.para)
      continue;
    uint32_t head = ~0u;
    for (uint32_t k = s.tok_begin; k < s.tok_end && head == ~0u; ++k)
      if (d.toks[k].kind == Tok::word && d.has(k, gTriggerPlural)) head = k;
    if (head == ~0u) continue;
    // The verb: "signed" in the opening sentence ("will be signed": planned), else the sentence before's.
    auto verb_of = [&](const Sentence& v) {
      for (uint32_t k = v.tok_begin; k < v.tok_end; ++k) {
        if (d.toks[k].kind != Tok::word || (d.toks[k].has(kCap) && k > v.tok_begin)) continue;
        Cue c = cue_word(d.low(v, d.toks[k]));
        if (c != cSigned && c != cAgreed) continue;
        for (uint32_t b = k; b > v.tok_begin && b + 3 > k; --b)
          if (in(d.low(v, d.toks[b - 1]), {"will", "to", "would", "expected", "be"})) c = cPlanned;
        return c;
      }
      return cNone;
    };
    Cue cue = verb_of(s);
    if (cue == cNone && si > 0) cue = verb_of(d.sents[si - 1]);
    if (cue == cNone) continue;
    uint32_t last_para = s.para;
    bool first_marked = false;
    for (uint32_t sj = si + 1; sj < d.sents.size() && sj <= si + 20; ++sj) {
      const Sentence& t = d.sents[sj];
      // One sentence to the paragraph.
      if (t.para == d.sents[sj - 1].para || (sj + 1 < d.sents.size() && d.sents[sj + 1].para == t.para)) break;
      uint32_t b = t.tok_begin;
      if (b + 1 < t.tok_end && d.toks[b].kind == Tok::number && d.toks[b].end - d.toks[b].begin <= 2 &&
          (punct_is(d, t, b + 1, ")") || punct_is(d, t, b + 1, ".")))
        b += 2;  // "1)", "2."
      else if (in(d.text(t, d.toks[b]), {"-", "•", "*", "–", "—", "·"}))
        b += 1;
      const bool marked = b > t.tok_begin;
      const bool full_stop = punct_is(d, t, t.tok_end - 1, ".");
      if (sj == si + 1) first_marked = marked;
      if (t.tok_end < b + 2 || t.tok_end - b > 45 || marked != first_marked) break;  // a list is marked throughout
      if (!marked && full_stop && sj == si + 1) break;  // prose right after the colon: no list
      list_of[sj] = {head, b, cue, si};
      relevant[sj] = 1;
      last_para = t.para;
      if (!marked && full_stop) break;  // "...; and a protocol on Y." ends the list
    }
    if (last_para != s.para) list_paras.push_back({s.para, last_para});
  }
  // The host country: the country named most often, a name used as a place ("in X", "to X") counting three
  // times: visit reports name the host as the place of everything. The second is the next most named, for
  // "between the two countries". Counted only when an item needs them (a scan of every capitalised word).
  std::string_view host, second;
  int host_count = 0, second_count = 0;
  bool hosts_known = false;
  auto find_hosts = [&] {
    if (hosts_known) return;
    hosts_known = true;
    std::unordered_map<std::string_view, int> country_count;
    for (const Sentence& s : d.sents)
      for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
        const GazEntry* e = nullptr;
        if (d.toks[i].kind == Tok::word && d.toks[i].has(kCap))
          if (int n = match_gaz(d, s, i, gCountry, &e)) {
            uint32_t p = i;
            if (word_is(d, s, p - 1, "the")) --p;
            bool place = word_is(d, s, p - 1, "in") || word_is(d, s, p - 1, "to");
            country_count[e->value] += place ? 3 : 1;
            i += n - 1;
          }
      }
    int best = 0, b2 = 0;
    for (auto& [c, n] : country_count)
      if (n > best || (n == best && c < host)) best = n, host = c;
    for (auto& [c, n] : country_count)
      if (c != host && (n > b2 || (n == b2 && c < second))) b2 = n, second = c;
    host_count = best;
    second_count = b2;
  };
  // The report's own sides for a listed document named without any: the host, and the second country when the
  // report is about two (named at least half as often as the host).
  auto add_report_sides = [&](std::vector<std::string>& parties) {
    find_hosts();
    if (parties.empty() && !host.empty()) parties.emplace_back(host);
    if (parties.size() == 1 && !second.empty() && second_count * 2 >= host_count && second_count >= 3)
      parties.emplace_back(second);
  };
  // Figures are found first: their spans are not agreement modifiers ("$2bn settlement").
  std::vector<std::pair<uint64_t, uint64_t>> figure_spans;
  for (const FigureRecord& f : a.figures)
    figure_spans.push_back({(uint64_t(f.evidence.paragraph) << 32) | f.evidence.match.begin,
                            (uint64_t(f.evidence.paragraph) << 32) | f.evidence.match.end});
  std::sort(figure_spans.begin(), figure_spans.end());
  std::vector<std::pair<uint64_t, uint64_t>> money_spans;  // "a $206bn settlement": a deal named by its value
  for (const FigureRecord& f : a.figures)
    if (f.kind == FigureKind::money)
      money_spans.push_back({(uint64_t(f.evidence.paragraph) << 32) | f.evidence.match.begin,
                             (uint64_t(f.evidence.paragraph) << 32) | f.evidence.match.end});
  std::sort(money_spans.begin(), money_spans.end());
  std::vector<Item> items;
  std::unordered_set<std::string> seen_titles;
  // People's mentions as (paragraph, begin, end, person), sorted: "is token k inside a person's mention" is a
  // binary search, however many people the article names. Built on first use.
  struct Mention {
    uint32_t para, begin, end, person;
    bool operator<(const Mention& o) const { return std::tie(para, begin) < std::tie(o.para, o.begin); }
  };
  std::vector<Mention> mentions;
  bool mentions_built = false;
  auto mention_at = [&](uint32_t para, uint32_t pos) -> const Mention* {
    if (!mentions_built) {
      mentions_built = true;
      for (uint32_t pi = 0; pi < a.people.size(); ++pi)
        for (const Evidence& m : a.people[pi].mentions) mentions.push_back({m.paragraph, m.match.begin, m.match.end, pi});
      std::sort(mentions.begin(), mentions.end());
    }
    auto it = std::upper_bound(mentions.begin(), mentions.end(), Mention{para, pos, 0, 0});
    if (it == mentions.begin()) return nullptr;
    --it;
    return it->para == para && it->begin <= pos && pos < it->end ? &*it : nullptr;
  };
  // Capitalised words seen inside a sentence (not opening it): built on first use.
  std::unordered_set<std::string_view> cap_inside;
  bool cap_inside_built = false;
  Cue last_sentence_cue = cNone;  // a list of documents often takes its verb from the sentence before
  for (uint32_t si = 0; si < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    if (!relevant[si]) continue;  // no trigger and no "documents": nothing to find, no cue to pass on
    int done = 0;
    std::optional<Cue> last_in_sentence_v;  // the status cue of the last item found in this sentence
    const Cue* last_in_sentence = nullptr;
    auto in_figure = [&](uint32_t k) {
      if (k < s.tok_begin || k >= s.tok_end) return false;
      uint64_t pos = (uint64_t(s.para) << 32) | d.toks[k].begin;
      auto it = std::upper_bound(figure_spans.begin(), figure_spans.end(), std::pair<uint64_t, uint64_t>(pos, ~uint64_t(0)));
      return it != figure_spans.begin() && std::prev(it)->second > pos;
    };
    auto person_at = [&](uint32_t k) { return mention_at(s.para, d.toks[k].begin) != nullptr; };
    // The side named at token k: an organisation, or a capitalised name of up to three words that is no
    // person, country, place, title or common word. Returns "" when none; te is its end.
    auto name_at = [&](uint32_t k, uint32_t& te) -> std::string {
      if (k >= s.tok_end) return {};
      if (d.org_of[k] >= 0) {
        const OrgMention& o = d.orgs[d.org_of[k]];
        te = o.te;
        return o.canon.empty() ? o.name : o.canon;
      }
      const Token& w = d.toks[k];
      if (w.kind != Tok::word || !w.has(kCap) || person_at(k) ||
          d.has(k, gCountry | gDemonym | gPlace | gTitle | gHonorific | gCommon | gFunction | gMonth | gWeekday))
        return {};
      uint32_t m = k;
      while (m < s.tok_end && m < k + 3 && d.toks[m].kind == Tok::word && d.toks[m].has(kCap) && d.org_of[m] < 0 &&
             !d.has(m, gFunction))
        ++m;
      te = m;
      return std::string(d.span_text(s, k, m));
    };
    auto in_money = [&](uint32_t k) {
      if (money_spans.empty() || k < s.tok_begin || k >= s.tok_end) return false;  // "i - 1" at a sentence's start
      uint64_t pos = (uint64_t(s.para) << 32) | d.toks[k].begin;
      auto it = std::upper_bound(money_spans.begin(), money_spans.end(), std::pair<uint64_t, uint64_t>(pos, ~uint64_t(0)));
      return it != money_spans.begin() && std::prev(it)->second > pos;
    };
    // The signing verb of a sentence about documents ("The following documents were signed:").
    Cue sentence_cue = cNone;
    bool about_documents = false;
    for (uint32_t k = s.tok_begin; k < s.tok_end && !about_documents; ++k) {
      const Token& t = d.toks[k];
      if (t.kind != Tok::word) continue;
      Trigger t0;
      uint32_t len = t.end - t.begin;
      about_documents = trigger_of(d, k, t0) ||
                        ((len == 8 || len == 9) && (d.low(s, t) == "documents" || d.low(s, t) == "document"));
    }
    for (uint32_t k = s.tok_begin; about_documents && k < s.tok_end && sentence_cue == cNone; ++k)
      if (d.toks[k].kind == Tok::word) {
        Cue c = cue_word(d.low(s, d.toks[k]));
        if (c == cSigned || c == cAgreed) sentence_cue = c;
      }
    // A company named by a definite noun ("the firm", "the carmaker"): the nearest company named before.
    // As a subject ("The company launched a bid"), the nearest company that was itself a subject (opening its
    // sentence, or before a verb and not after a preposition; not as a possessive: "Versum's board") comes
    // first; one named inside a phrase ("a loan from A, B and C") is seldom what "the company" goes on to be.
    auto antecedent = [&](uint32_t before, const OrgMention* not_this, bool subject = false) -> const OrgMention* {
      const OrgMention* nearest = nullptr;
      for (uint32_t k = before; k > 0 && before - k < 400; --k)
        if (d.org_of[k - 1] >= 0) {
          const OrgMention* o = &d.orgs[d.org_of[k - 1]];
          if (o->company && o != not_this && (!not_this || o->name != not_this->name)) {
            if (!subject) return o;
            if (!nearest) nearest = o;
            const Sentence& os = d.sents[o->sent];
            bool opens = o->tb == os.tok_begin || (o->tb == os.tok_begin + 1 && word_is(d, os, os.tok_begin, "the"));
            std::string_view next = low_at(d, os, o->te);
            bool verb_next = !next.empty() && !d.toks[o->te].has(kCap) &&
                             (!d.has(o->te, gFunction) || in(next, {"has", "have", "had", "is", "was", "will", "would",
                                                                    "can", "could", "may", "also"}));
            uint32_t p = o->tb > os.tok_begin && word_is(d, os, o->tb - 1, "the") ? o->tb - 1 : o->tb;
            bool after_prep = p > os.tok_begin && d.toks[p - 1].kind == Tok::word && d.has(p - 1, gFunction) &&
                              !word_is(d, os, p - 1, "and");
            bool possessive = o->te < os.tok_end && d.toks[o->te].kind == Tok::possessive;
            if ((opens || (verb_next && !after_prep)) && !possessive) return o;
          }
          k = o->tb + 1;
        }
      return nearest;
    };
    // "the firm", "the whole company" (the whole of it changes hands): returns the tokens it spans, 0 if none.
    auto definite_len = [&](uint32_t k) -> uint32_t {
      if (!word_is(d, s, k, "the")) return 0;
      uint32_t n = k + 1;
      if (word_is(d, s, n, "whole") || word_is(d, s, n, "entire")) ++n;
      bool ok = n < s.tok_end && d.toks[n].kind == Tok::word && !d.toks[n].has(kCap) && d.has(n, gOrgCue) &&
                !d.has(n, gOrgHead | gFunction) && d.low(s, d.toks[n]).back() != 's';
      return ok ? n + 1 - k : 0;
    };
    auto definite_company = [&](uint32_t k) { return definite_len(k) != 0; };
    // ---- company deals told with a verb: "Lenovo agreed to buy IBM's PC unit", "X was acquired by Y".
    for (uint32_t i = s.tok_begin; i < s.tok_end && items.size() < kMaxItemsPerKind; ++i) {
      const std::optional<DealVerb> v = deal_verb(d, s, i);
      if (!v) continue;
      // The buyer: an organisation before the verb in the clause, or after "by" in the passive.
      uint32_t clause_b = i > s.tok_begin + 40 ? i - 40 : s.tok_begin;  // bounded on long text
      for (uint32_t k = i; k > clause_b; --k)
        if (punct_is(d, s, k - 1, ";") || punct_is(d, s, k - 1, ":")) { clause_b = k; break; }
      bool be_before = word_is(d, s, i - 1, "was") || word_is(d, s, i - 1, "were") || word_is(d, s, i - 1, "been") ||
                       word_is(d, s, i - 1, "being") || word_is(d, s, i - 1, "is") || word_is(d, s, i - 1, "are") ||
                       word_is(d, s, i - 1, "be");
      // "was acquired by X", and the reduced relative "FleetBoston, bought by BOA".
      const uint32_t by_at = i + 1 + (v->particle ? 1 : 0);  // "was taken over by X"
      bool passive = v->past && (be_before || punct_is(d, s, i - 1, ",")) && word_is(d, s, by_at, "by");
      if (be_before && !passive && v->past) continue;  // "the unit was sold": the subject is what changed hands
      const bool sale = v->noun == "sale";  // the subject sells: "X sold its unit to Y"
      const OrgMention* buyer = nullptr;
      const OrgMention* target = nullptr;
      std::vector<std::string> others;  // "buy 50 aircraft from Y", "sell its unit to Y"
      std::string other_text;
      uint32_t other_te = 0;
      std::string object;                 // what changed hands when it is no organisation: "half its finance arm"
      std::string part;                   // the part of the target that changed hands: "29.9% stake in "
      uint32_t obj = i + 1, obj_e = i + 1;
      if (v->takes_with && word_is(d, s, obj, "with")) ++obj;
      if (v->particle) ++obj, ++obj_e;  // past "over"
      if (passive) {
        uint32_t b = by_at + 1;
        if (word_is(d, s, b, "the")) ++b;
        if (b < s.tok_end && d.org_of[b] >= 0) buyer = &d.orgs[d.org_of[b]];
        for (uint32_t k = i; k > clause_b && !target; --k)
          if (d.org_of[k - 1] >= 0) target = &d.orgs[d.org_of[k - 1]];
        // "The unit was acquired by X": the subject is a business noun.
        if (!target && buyer && i >= clause_b + 3) {
          uint32_t n = i - 2;  // the noun before "was"
          if (d.toks[n].kind == Tok::word && !d.toks[n].has(kCap) && d.has(n, gOrgCue) &&
              (word_is(d, s, n - 1, "the") || word_is(d, s, n - 1, "its")))
            object = std::string(d.span_text(s, n - 1, n + 1)), obj_e = i;
          if (!object.empty() && object[0] == 'T') object[0] = 't';  // "The unit" opening the sentence
        }
      } else {
        // The subject: the nearest organisation before the verb; "X, which is due to merge with Y": the one the
        // relative clause is about.
        // "BLB holds a stake in Wembley and came close to buying ...": an organisation after a preposition is an
        // object; the subject before it is the buyer (the object only when no other is named).
        const OrgMention* object_org = nullptr;
        for (uint32_t k = i; k > clause_b && !buyer && i - k < 18; --k) {
          if (d.org_of[k - 1] >= 0) {
            const OrgMention* o = &d.orgs[d.org_of[k - 1]];
            uint32_t p = word_is(d, s, o->tb - 1, "the") ? o->tb - 1 : o->tb;
            if (p > clause_b && in(low_at(d, s, p - 1), {"in", "of", "for", "with", "from", "at", "on", "into"})) {
              if (!object_org) object_org = o;
              k = o->tb + 1;
              continue;
            }
            buyer = o;
          }
          std::string_view l = low_at(d, s, k - 1);
          if ((l == "which" || l == "that") && !buyer) {
            uint32_t p = k - 1;
            if (punct_is(d, s, p - 1, ",")) --p;
            if (p > clause_b && d.org_of[p - 1] >= 0) buyer = &d.orgs[d.org_of[p - 1]];
            break;
          }
        }
        if (!buyer && !v->particle) buyer = object_org;  // ("take over" is said of offices and shows too)
        if (!buyer) {  // "the firm had been willing to buy X": a company named before
          for (uint32_t k = i; k > clause_b && i - k < 8; --k)
            if (definite_company(k - 1) && !word_is(d, s, k, "of")) {
              buyer = antecedent(k - 1, nullptr, true);
              break;
            }
        }
        // "Early this year, it had acquired a stake in X": "it" as the subject of the verb (over auxiliaries and
        // verbs of intent) is the company the text was about, the subject of an earlier sentence.
        if (!buyer) {
          static const WordSet aux{"had", "has", "have", "will", "would", "is", "was", "to", "also", "already",
                                   "recently", "now", "then", "plans", "planned", "proposes", "proposed", "agreed",
                                   "wants", "wanted", "intends", "intended", "expects", "expected", "hopes", "decided",
                                   "later", "since", "subsequently", "finally", "eventually", "be", "been"};
          uint32_t k = i;
          while (k > clause_b && i - k < 6 && aux.has(low_at(d, s, k - 1))) --k;
          if (k > clause_b && k < i && word_is(d, s, k - 1, "it") &&
              (k - 1 == s.tok_begin || punct_is(d, s, k - 2, ",") || word_is(d, s, k - 2, "and") ||
               word_is(d, s, k - 2, "that")))
            buyer = antecedent(k - 1, nullptr, true);
        }
        if (sale && word_is(d, s, obj, "off")) ++obj;  // "selling off its unit"
        // "can acquire Haniel's remaining 15.2 percent stake": the company before the possessive owns the stake
        // and sells it; it is a side, not the target ("acquisition of Haniel" would be another deal).
        const OrgMention* owner = nullptr;
        if (obj < s.tok_end && d.org_of[obj] >= 0 && d.orgs[d.org_of[obj]].tb == obj) {
          const OrgMention& o = d.orgs[d.org_of[obj]];
          for (uint32_t k = o.te + 1; o.te < s.tok_end && d.toks[o.te].kind == Tok::possessive && k < s.tok_end &&
                                      k < o.te + 7;
               ++k) {
            const Token& w = d.toks[k];
            if (w.kind == Tok::punct && d.text(s, w) != "%") break;
            if (w.kind != Tok::word) continue;
            std::string_view l = d.low(s, w);
            if (in(l, {"stake", "stakes", "holding", "shareholding"})) {
              owner = &o;
              object = std::string(d.span_text(s, obj, k + 1));
              obj_e = k + 1;
              others.push_back(o.canon.empty() ? o.name : o.canon);
              break;
            }
            if (w.has(kCap) || in(l, {"to", "from", "for", "by", "and", "in", "with"})) break;
          }
        }
        // A part of a company: "a 29.9% stake in X", "its holding in X", "the water business of X": X is the
        // target and the part is named in the title ("purchase of 29.9% stake in X").
        for (uint32_t k = obj; k < s.tok_end && k < obj + 7 && !owner; ++k) {
          const Token& w = d.toks[k];
          if (w.kind == Tok::punct && d.text(s, w) != "%" && d.text(s, w) != "-") break;
          if (w.kind != Tok::word) continue;
          std::string_view l = d.low(s, w);
          if (w.has(kCap) || d.org_of[k] >= 0 || d.has(k, gSpeech)) break;
          bool share = in(l, {"stake", "stakes", "holding", "shareholding", "interest", "shares"});
          bool unit = in(l, {"business", "businesses", "unit", "units", "division", "arm", "operations", "assets",
                             "subsidiary"});
          if (!share && !unit) {
            if (in(l, {"to", "from", "for", "by", "if", "it", "them", "when", "and", "but", "which", "that", "with"}))
              break;
            continue;
          }
          uint32_t p = k + 1;
          if (!(word_is(d, s, p, "in") || (unit && word_is(d, s, p, "of")))) break;
          ++p;
          if (word_is(d, s, p, "the")) ++p;
          // "a stake in retailer Metro AG": a lowercase descriptor of one or two words before the company;
          // "the UK-based X", "the Paris-listed X": a place joined to it by a hyphen is one.
          for (uint32_t q = p; q < s.tok_end && q < p + 4; ++q) {
            if (d.org_of[q] >= 0) {
              if (q > p && d.orgs[d.org_of[q]].tb == q) p = q;
              break;
            }
            if (d.toks[q].kind == Tok::word && d.toks[q].has(kCap)) {
              std::string_view word = d.text(s, d.toks[q]);
              size_t h = word.rfind('-');
              if (h != std::string_view::npos && h + 1 < word.size() && word[h + 1] >= 'a' && word[h + 1] <= 'z') continue;
            }
            if (d.toks[q].kind != Tok::word || d.toks[q].has(kCap) || d.has(q, gFunction)) break;
          }
          if (p < s.tok_end && d.org_of[p] >= 0 && d.orgs[d.org_of[p]].tb == p) {
            target = &d.orgs[d.org_of[p]];
            obj_e = target->te;
            uint32_t pb = obj;  // "buy out its stake in X" -> "stake in X"
            if (word_is(d, s, pb, "out")) ++pb;
            if (in(low_at(d, s, pb), {"a", "an", "its", "their", "the", "his", "her"})) ++pb;
            part = std::string(d.span_text(s, pb, k + 2)) + " ";
          }
          break;
        }
        // The object: an organisation right after the verb, or after "a stake in" / "the rest of"; never past
        // "to"/"from" (the other side) or a pronoun ("selling it if it gets FDA approval").
        // "to acquire German privately held company the Wirtgen Group": further on only after a descriptor that
        // ends in a company noun.
        for (uint32_t k = obj; k < s.tok_end && k < obj + 9 && !target && !owner; ++k) {
          if (d.org_of[k] >= 0) {
            uint32_t c = word_is(d, s, k - 1, "the") ? k - 2 : k - 1;
            if (k >= obj + 5 && !(d.toks[c].kind == Tok::word && !d.toks[c].has(kCap) && d.has(c, gOrgCue))) break;
            target = &d.orgs[d.org_of[k]];
            obj_e = d.orgs[d.org_of[k]].te;
            break;
          }
          if (d.toks[k].kind != Tok::word || d.has(k, gSpeech) ||
              in(d.low(s, d.toks[k]), {"to", "from", "for", "by", "if", "it", "them", "when", "and", "but", "which",
                                       "that", "after", "before", "with"}))
            break;
        }
        // "Federated Department Stores is to buy rival May Department Stores": one name inside the other is
        // a name cut short, not a second company.
        if (target && buyer && (buyer->name.find(target->name) != std::string::npos ||
                                target->name.find(buyer->name) != std::string::npos))
          continue;
        if (sale && target && !target->company) continue;  // "selling ... Food and Drug Administration"
        // "sold GM a stake": the organisation after "sell" receives something: no sale of it.
        if (sale && target && target->tb == obj &&
            (in(low_at(d, s, target->te), {"a", "an", "the", "its", "half", "part"}) ||
             (target->te < s.tok_end && d.toks[target->te].kind == Tok::number)))
          continue;
        if (!target && buyer && definite_company(obj)) {  // "willing to buy the firm", "buying the whole firm"
          target = antecedent(obj, buyer);
          obj_e = obj + definite_len(obj);
        }
        // No organisation: what changed hands, up to a preposition: "half its finance arm", "50 new aircraft".
        if (!target && buyer) {
          uint32_t k = obj;
          while (k < s.tok_end && k < obj + 8) {
            const Token& w = d.toks[k];
            if (w.kind == Tok::punct && !(d.text(s, w) == "-" && !w.has(kSpaceBefore)) && d.text(s, w) != "%") break;
            std::string_view l = w.kind == Tok::word ? d.low(s, w) : std::string_view();
            if (in(l, {"from", "to", "for", "at", "by", "as", "in", "with", "and", "but", "which", "that", "on",
                       "after", "before", "last", "this", "next", "over", "under", "into"}))
              break;
            if (d.org_of[k] >= 0 || d.has(k, gSpeech) || cue_word(l) != cNone) { k = obj; break; }
            ++k;
          }
          uint32_t oe = k;
          // A business unit: "its finance arm", "the PC division".
          bool asset = oe > obj && d.toks[oe - 1].kind == Tok::word && !d.toks[oe - 1].has(kCap) &&
                       d.has(oe - 1, gOrgCue) && !d.has(oe - 1, gFunction);
          // "from Y" (a purchase) or "to Y" (a sale): the other side, "from either Boeing or Airbus" both.
          uint32_t p = oe;
          bool from = word_is(d, s, p, "from"), to = word_is(d, s, p, "to");
          if ((from && !sale) || (to && sale)) {
            ++p;
            if (word_is(d, s, p, "either") || word_is(d, s, p, "the")) ++p;
            uint32_t te = 0;
            std::string n1 = name_at(p, te);
            if (!n1.empty()) {
              others.push_back(n1);
              std::string joined = n1;
              uint32_t last_te = te;
              if (word_is(d, s, te, "or") || word_is(d, s, te, "and")) {
                uint32_t te2 = 0;
                std::string n2 = name_at(te + 1, te2);
                if (!n2.empty()) {
                  others.push_back(n2);
                  joined += " " + std::string(low_at(d, s, te)) + " " + n2;
                  last_te = te2;
                }
              }
              other_text = std::string(from ? " from " : " to ") + joined;
              other_te = last_te;
            }
          }
          bool possessed = false;  // the object is the subject's own: "its finance arm", "half its unit"
          for (uint32_t m = obj; m < oe; ++m) possessed |= word_is(d, s, m, "its") || word_is(d, s, m, "their");
          // "its former parent and phone trailblazer AT&T": the company the description names.
          if (asset && others.empty() && word_is(d, s, oe, "and")) {
            uint32_t q = oe + 1;
            while (q < s.tok_end && q < oe + 4 && d.toks[q].kind == Tok::word && !d.toks[q].has(kCap)) ++q;
            if (q < s.tok_end && d.org_of[q] >= 0 && q > oe + 1) {
              target = &d.orgs[d.org_of[q]];
              obj_e = target->te;
            }
          }
          // An order names its goods by count ("ordered 14 A330-900s"): the buyer alone identifies it.
          if (!target && oe > obj && (!others.empty() || (asset && possessed) || v->noun == "order")) {
            object = std::string(d.span_text(s, obj, oe)) + other_text;
            obj_e = others.empty() ? oe : other_te;
          }
        }
      }
      // "X and Y have announced plans to merge": two companies joined by "and" merge with each other.
      if (v->takes_with && !passive && !target && object.empty() && buyer) {
        const OrgMention* first = nullptr;
        for (uint32_t k = buyer->tb; k > clause_b && buyer->tb - k < 6 && !first; --k) {
          if (word_is(d, s, k - 1, "and")) {
            for (uint32_t q = k - 1; q > clause_b && k - 1 - q < 5; --q)
              if (d.org_of[q - 1] >= 0) { first = &d.orgs[d.org_of[q - 1]]; break; }
            break;
          }
          if (d.toks[k - 1].kind != Tok::word || d.toks[k - 1].has(kCap) == false) break;
        }
        if (first && first != buyer && first->name != buyer->name) {
          target = buyer;
          buyer = first;
        }
      }
      if (!buyer || (!target && object.empty()) || buyer == target || (target && buyer->name == target->name)) continue;
      // "take over X" is a takeover only of a company as a whole: not "taking over BBC Radio 1's chart show",
      // "taken over Contrack's management", a public body's functions, or an office.
      if (v->particle && (!target || !target->company || !object.empty() || !part.empty() ||
                          (target->te < s.tok_end && d.toks[target->te].kind == Tok::possessive)))
        continue;
      auto side = [](const OrgMention* o) { return o->canon.empty() ? o->name : o->canon; };
      // The title names the companies as news does, without their legal form ("Dana acquisition of GKN"); the
      // parties keep the full names.
      std::string title = short_name(side(buyer)) + " " + std::string(v->noun) + (v->takes_with ? " with " : " of ") +
                          part + (target ? short_name(side(target)) : object);
      if (target && others.empty() && sale && word_is(d, s, obj_e, "to")) {  // "sold Widgetco to Acme"
        uint32_t te = 0, q = obj_e + 1;
        // "to the Czech Republic's EP Global Commerce": the buyer's country is no part of its name.
        if (word_is(d, s, q, "the")) ++q;
        if (q < s.tok_end && d.toks[q].has(kCap) && d.org_of[q] < 0)
          if (int n = match_gaz(d, s, q, gCountry, nullptr); n && q + n < s.tok_end && d.toks[q + n].kind == Tok::possessive)
            q += n + 1;
        std::string n1 = name_at(q, te);
        if (!n1.empty()) {
          others.push_back(n1);
          title += " to " + n1;
        }
      }
      // Status: done ("bought", "was acquired") unless a modal or a plan governs the verb; "agreed to buy".
      Cue cue = v->past ? cSigned : cNone;
      // "X is buying Y": a deal announced and under way, not yet completed.
      const bool progressive = v->form.size() > 4 && v->form.substr(v->form.size() - 3) == "ing" &&
                               (word_is(d, s, i - 1, "is") || word_is(d, s, i - 1, "are"));
      if (progressive) cue = cAgreed;
      // "entered into a definitive agreement to acquire X": the verb governing the agreement governs the deal.
      const uint32_t window = word_is(d, s, i - 1, "to") && in(low_at(d, s, i - 2), {"agreement", "deal"}) ? 8 : 5;
      for (uint32_t k = i; k > clause_b && i - k < window && !progressive; --k) {
        std::string_view l = low_at(d, s, k - 1);
        Cue c = cue_word(l);
        if (c != cNone) { cue = c; break; }
        if ((l == "attempt" || l == "bid" || l == "effort") &&
            in(low_at(d, s, k - 2), {"abortive", "failed", "unsuccessful", "aborted", "doomed", "futile"})) {
          cue = cDiscussed;  // a failed attempt is told as a rejected bid is
          break;
        }
        // "X is to buy Y": a plan told by the copula.
        if (l == "to" && in(low_at(d, s, k - 2), {"is", "are"})) {
          cue = cPlanned;
          break;
        }
        if (in(l, {"could", "might", "may", "would", "wants", "want", "bid", "attempt", "try", "tried", "due"})) {
          cue = cPlanned;
          break;
        }
        if (in(l, {"willing", "keen", "eager", "interested"})) {
          cue = cDiscussed;
          break;
        }
      }
      if (cue == cNone) cue = cDiscussed;
      AgreementStatus status = cue == cSigned ? AgreementStatus::signed_
                               : cue == cAgreed ? AgreementStatus::agreed
                               : cue == cPlanned ? AgreementStatus::planned
                                                 : AgreementStatus::discussed;
      std::vector<std::string> parties;
      add_party(parties, side(buyer));
      // "sell a 7.3 percent stake in Metro to EP Global Commerce": the sides are the seller and the buyer; the
      // company whose shares change hands is no side of the sale.
      if (target && !(sale && !part.empty() && !others.empty())) add_party(parties, side(target));
      for (const std::string& o : others) add_party(parties, o);
      bool repeat = false;
      for (Item& it : items) {
        if (it.family != "takeover" || !target) continue;
        bool shared = false;
        for (const std::string& p : parties)
          shared |= has_side(it.rec.parties, p);
        if (shared && std::find(it.rec.parties.begin(), it.rec.parties.end(), side(target)) != it.rec.parties.end()) {
          repeat = true;
          if (status < it.rec.status && it.rec.status != AgreementStatus::discussed) it.rec.status = status;
          break;
        }
      }
      if (repeat || !seen_titles.insert(lower_ascii(title)).second) continue;
      Item it;
      it.rec.title = title;
      it.rec.kind = std::string(v->noun == "merger" ? "merger" : v->noun == "purchase" ? "acquisition" : v->noun);
      it.rec.parties = std::move(parties);
      it.rec.status = status;
      uint32_t eb = std::min(i, buyer->tb), ee = std::max({i + 1, buyer->te, obj_e});
      if (target && target->sent == buyer->sent) eb = std::min(eb, target->tb), ee = std::max(ee, target->te);
      if (buyer->sent != si) eb = i;  // a company named in an earlier sentence
      it.rec.evidence = make_evidence(s, d.toks[eb].begin, d.toks[ee - 1].end);
      it.family = "takeover";
      it.content = content_words(title);
      it.rule = std::string("agreement:verb-") + std::string(v->form) + (passive ? "+passive" : "") + "+status:" +
                std::string(to_string(status));
      items.push_back(std::move(it));
    }
    // ---- agreements told with a verb by two sides: "A and B agreed to establish a body", "the two presidents
    // agreed to create a network". Only concrete acts (establish, create, form, set up, launch ...): "agreed
    // to expand cooperation" is a goal, and one side agreeing to pay is no agreement between sides.
    for (uint32_t i = s.tok_begin + 2; i + 2 < s.tok_end && items.size() < kMaxItemsPerKind; ++i) {
      if (!word_is(d, s, i, "agreed") || !word_is(d, s, i + 1, "to")) continue;
      if (!in(low_at(d, s, i + 2), {"establish", "create", "form", "set", "launch", "build", "open", "resume",
                                    "lift", "defer", "suspend", "share", "hold", "exchange", "merge", "combine"}))
        continue;
      uint32_t clause_b = i > s.tok_begin + 24 ? i - 24 : s.tok_begin;  // a subject is near: bounded on long text
      for (uint32_t k = i; k > clause_b; --k)
        if (punct_is(d, s, k - 1, ";") || punct_is(d, s, k - 1, ":") || punct_is(d, s, k - 1, ",")) { clause_b = k; break; }
      // The subject: "the two X" / "both sides", or two named sides joined by "and".
      std::vector<std::string> sides;
      uint32_t people = 0;  // mentions of people in the subject
      bool two = false;
      for (uint32_t k = clause_b; k < i; ++k)
        two |= (word_is(d, s, k, "two") && word_is(d, s, k - 1, "the")) || word_is(d, s, k, "both");
      bool joined = false;
      for (uint32_t k = clause_b; k < i; ++k) joined |= word_is(d, s, k, "and");
      // sides named: organisations, countries, and the affiliations of people
      for (uint32_t k = clause_b; k < i && sides.size() < 4; ++k) {
        if (d.org_of[k] >= 0) {
          const OrgMention& o = d.orgs[d.org_of[k]];
          add_party(sides, o.canon.empty() ? o.name : o.canon);
          k = o.te - 1;
          continue;
        }
        const GazEntry* ge = nullptr;
        if (d.toks[k].has(kCap))
          if (int n = match_gaz(d, s, k, gCountry | gDemonym, &ge)) {
            add_party(sides, std::string(ge->value));
            k += n - 1;
            continue;
          }
        if (const Mention* m = mention_at(s.para, d.toks[k].begin); m && m->begin == d.toks[k].begin) {
          if (!a.people[m->person].affiliation.empty()) add_party(sides, a.people[m->person].affiliation);
          ++people;
        }
      }
      if (!(two || (joined && (sides.size() >= 2 || people >= 2)))) continue;
      // The title: "agreement to" + the act up to a clause boundary or a relative ("a body that would ...").
      uint32_t e = i + 3;
      if (word_is(d, s, i + 2, "set") && word_is(d, s, e, "up")) ++e;
      uint32_t budget = 6;
      bool purpose = false;
      while (e < s.tok_end && budget > 0) {
        const Token& w = d.toks[e];
        if (w.kind == Tok::punct && !(d.text(s, w) == "-" && !w.has(kSpaceBefore)) && d.text(s, w) != "'" &&
            d.text(s, w) != "’")
          break;
        // "agreed to form a joint strategy to launch transit trade": a purpose after the object tells what the
        // body or plan is for (once; "to" right after the verb's object only, with a verb after it).
        if (w.kind == Tok::word && d.low(s, w) == "to" && !purpose && e > i + 4 && e + 1 < s.tok_end &&
            d.toks[e + 1].kind == Tok::word && !d.toks[e + 1].has(kCap) && !d.has(e + 1, gFunction)) {
          purpose = true;
          budget += 5;
          e += 2;
          continue;
        }
        if (w.kind == Tok::word && in(d.low(s, w), {"that", "which", "who", "to", "in", "by", "after", "before",
                                                   "when", "while", "but", "and"}))
          break;
        ++e;
        --budget;
      }
      if (e <= i + 3 && !word_is(d, s, i + 2, "set")) continue;
      bool names_deal = false;  // "agreed to form a strategic partnership": the trigger makes the item
      for (uint32_t k = i + 3; k < e && !names_deal; ++k) names_deal = d.gz[k] && (d.gz[k]->flags & gTrigger);
      if (names_deal) continue;
      std::string title = "agreement to " + std::string(d.span_text(s, i + 2, e));
      if (!seen_titles.insert(lower_ascii(title)).second) continue;
      Item it;
      it.rec.title = title;
      it.rec.kind = "agreement";
      it.rec.parties = sides;
      it.rec.status = AgreementStatus::agreed;
      it.rec.evidence = make_evidence(s, d.toks[i].begin, d.toks[e - 1].end);
      it.family = "agreement";
      it.content = content_words(title);
      it.rule = "agreement:verb-agreed-to+status:agreed";
      items.push_back(std::move(it));
    }
    // ---- a deal told through another noun, named by a reduced relative: "a package of security measures
    // agreed with the US", "the pay-off agreed with the carmaker", "a framework signed with Peru". The noun
    // phrase opens with a determiner and its head is an arrangement noun; the side is named after "with".
    for (uint32_t i = s.tok_begin + 2; i + 2 < s.tok_end && items.size() < kMaxItemsPerKind; ++i) {
      const bool agreed = word_is(d, s, i, "agreed");
      if ((!agreed && !word_is(d, s, i, "signed")) || !word_is(d, s, i + 1, "with")) continue;
      static const WordSet arrangement{"package", "arrangement", "compromise", "ceasefire", "truce", "framework",
                                       "pay-off", "payoff", "swap", "terms", "formula", "understanding"};
      uint32_t p = i;  // the determiner
      bool head = false, plain = true;
      while (p > s.tok_begin && i - p < 8) {
        --p;
        std::string_view l = low_at(d, s, p);
        if (l == "a" || l == "an" || l == "the") break;
        const Token& w = d.toks[p];
        if (w.kind != Tok::word || w.has(kCap) || d.has(p, gTrigger) || (d.has(p, gFunction) && l != "of") ||
            in(l, {"was", "were", "is", "are", "has", "have", "had", "been", "be"})) {
          plain = false;
          break;
        }
        if (arrangement.has(l)) head = true;
      }
      if (!plain || !head || p + 1 >= i || !in(low_at(d, s, p), {"a", "an", "the"})) continue;
      uint32_t k = i + 2, te = 0;
      if (word_is(d, s, k, "the")) ++k;
      std::string side;
      const GazEntry* ge = nullptr;
      if (int n = k < s.tok_end && d.toks[k].has(kCap) ? match_gaz(d, s, k, gCountry, &ge) : 0) {
        side = std::string(ge->value);
        te = k + uint32_t(n);
      } else {
        side = name_at(k, te);
      }
      if (side.empty()) continue;
      std::string title = std::string(d.span_text(s, p + 1, i)) + " with " + side;
      if (!seen_titles.insert(lower_ascii(title)).second) continue;
      Item it;
      it.rec.title = title;
      it.rec.kind = "agreement";
      // Only the side after "with": the noun phrase is mostly the object of another clause, whose subject
      // ("The Liberal Democrats say they suspect the move is part of a package ...") is no side.
      add_party(it.rec.parties, side);
      it.rec.status = agreed ? AgreementStatus::agreed : AgreementStatus::signed_;
      it.rec.evidence = make_evidence(s, d.toks[p + 1].begin, d.toks[te - 1].end);
      it.family = "agreement";
      it.content = content_words(title);
      it.rule = std::string("agreement:noun-agreed-with+status:") + (agreed ? "agreed" : "signed");
      items.push_back(std::move(it));
    }
    // ---- company talks: "X is holding talks with Y" between two companies is a deal being discussed. Talks
    // between states or with people are diplomacy, not deals.
    for (uint32_t i = s.tok_begin; i + 2 < s.tok_end && items.size() < kMaxItemsPerKind; ++i) {
      if (!word_is(d, s, i, "talks") || !word_is(d, s, i + 1, "with")) continue;
      uint32_t clause_b = i > s.tok_begin + 24 ? i - 24 : s.tok_begin;  // bounded on long text
      for (uint32_t k = i; k > clause_b; --k)
        if (punct_is(d, s, k - 1, ";") || punct_is(d, s, k - 1, ":")) { clause_b = k; break; }
      const OrgMention* a_side = nullptr;
      for (uint32_t k = i; k > clause_b && !a_side && i - k < 10; --k) {
        if (d.org_of[k - 1] >= 0) { a_side = &d.orgs[d.org_of[k - 1]]; break; }
        // "the London exchange": a company named before
        if (word_is(d, s, k - 1, "the")) {
          uint32_t m = k;
          while (m < i && m < k + 2 && d.toks[m].kind == Tok::word && !d.has(m, gOrgCue | gFunction)) ++m;
          if (m < i && d.toks[m].kind == Tok::word && !d.toks[m].has(kCap) && d.has(m, gOrgCue)) {
            for (uint32_t b = k - 1; b > 0 && k - 1 - b < 400 && !a_side; --b)
              if (d.org_of[b - 1] >= 0 && d.orgs[d.org_of[b - 1]].company) a_side = &d.orgs[d.org_of[b - 1]];
          }
          break;
        }
      }
      uint32_t k = i + 2;
      if (word_is(d, s, k, "the")) ++k;
      if (k >= s.tok_end || d.org_of[k] < 0) continue;
      const OrgMention* b_side = &d.orgs[d.org_of[k]];
      // "with X's rival Y": the one after the descriptor
      uint32_t m = b_side->te;
      if (m < s.tok_end && d.toks[m].kind == Tok::possessive) {
        ++m;
        while (m < s.tok_end && m < b_side->te + 4 && d.toks[m].kind == Tok::word && !d.toks[m].has(kCap)) ++m;
        if (m < s.tok_end && d.org_of[m] >= 0) b_side = &d.orgs[d.org_of[m]];
      }
      if (!a_side || !a_side->company || !b_side->company || a_side == b_side) continue;
      auto side = [](const OrgMention* o) { return o->canon.empty() ? o->name : o->canon; };
      if (side(a_side) == side(b_side)) continue;
      bool repeat = false;
      for (const Item& it : items)
        repeat |= has_side(it.rec.parties, side(a_side)) && has_side(it.rec.parties, side(b_side));  // talks on that deal
      if (repeat) continue;
      Item it;
      it.rec.title = side(a_side) + " talks with " + side(b_side);
      it.rec.kind = "talks";
      it.rec.parties = {side(a_side), side(b_side)};
      it.rec.status = AgreementStatus::discussed;
      uint32_t eb = a_side->sent == si ? std::min(i, a_side->tb) : i;
      it.rec.evidence = make_evidence(s, d.toks[eb].begin, d.toks[b_side->te - 1].end);
      it.family = "talks";
      it.content = content_words(it.rec.title);
      it.rule = "agreement:company-talks+status:discussed";
      if (!seen_titles.insert(lower_ascii(it.rec.title)).second) continue;
      items.push_back(std::move(it));
    }
    // An item of a list set out by paragraphs with no trigger noun of its own: a document of the list's kind
    // ("MoU on cooperation on disaster management"), its sides named by "between" or those of the visit.
    if (list_of[si].head != ~0u && !about_documents) {
      const ListOf& lo = list_of[si];
      const Sentence& hs = d.sents[lo.open];  // (the plural's sentence opens the list)
      uint32_t pb = lo.mark_e, pe = s.tok_end;
      while (pe > pb && d.toks[pe - 1].kind == Tok::punct && !punct_is(d, s, pe - 1, ")")) --pe;
      Item it;
      std::string prefix = singular(d.text(hs, d.toks[lo.head]));
      if (word_is(d, hs, lo.head + 1, "of") && in(low_at(d, hs, lo.head + 2), {"understanding", "intent", "cooperation"}))
        prefix += " of " + std::string(d.text(hs, d.toks[lo.head + 2]));
      upper_first(prefix);
      std::string body(d.span_text(s, pb, pe));
      if (!body.empty() && body[0] >= 'A' && body[0] <= 'Z' && !(pb + 1 < pe && d.toks[pb + 1].has(kCap)) &&
          !d.toks[pb].has(kAllCaps))
        body[0] = char(body[0] + 32);  // "Cooperation on X" -> "... on cooperation on X" (not a name: "Sports Council")
      const bool prep = in(low_at(d, s, pb), {"on", "in", "for", "between", "about", "regarding", "concerning"});
      it.rec.title = prefix + (prep ? " " : " on ") + body;
      for (uint32_t k = pb + 1; k + 1 < pe; ++k)
        if (word_is(d, s, k, "between")) {
          std::vector<std::string> sides;
          parties_in(d, s, k + 1, pe, sides, person_at);
          if (sides.size() >= 2) it.rec.parties = std::move(sides);
          break;
        }
      // Else the sides of the plural that opened the list, or of a plural in the two sentences before it
      // ("A and B signed six MoUs. The six MoUs signed are as follows:").
      if (it.rec.parties.empty()) it.rec.parties = list_sides(lo.open);
      add_report_sides(it.rec.parties);
      it.rec.kind = std::string(d.gz[lo.head]->value);
      it.rec.status = lo.cue == cSigned ? AgreementStatus::signed_
                      : lo.cue == cAgreed ? AgreementStatus::agreed
                                          : AgreementStatus::planned;
      it.rec.evidence = make_evidence(s, d.toks[pb].begin, d.toks[pe - 1].end);
      it.family = family_of(it.rec.kind);
      it.content = content_words(it.rec.title);
      it.rule = "agreement:list-paragraph+status:" + std::string(to_string(it.rec.status));
      if (pe > pb + 1 && seen_titles.insert(lower_ascii(it.rec.title)).second && items.size() < kMaxItemsPerKind)
        items.push_back(std::move(it));
      continue;
    }
    if (!about_documents) {
      if (sentence_cue != cNone) last_sentence_cue = sentence_cue;
      continue;  // no trigger here: nothing more to do in this sentence
    }
    // ---- a list of instruments named without a trigger noun each: "The MoUs signed are: framework of
    // understanding on energy, protocol on customs and supply of equipment", "The agreements signed include
    // cooperation in tourism, ...". The plural head gives the kind; each listed item without a trigger noun of
    // its own is one instrument (the items with one are read by the loop below).
    std::vector<uint32_t> list_starts;  // where the listed instruments start (a complement stops before them)
    {
      uint32_t head = ~0u, list_b = ~0u;
      Trigger ht;
      // The head opens the sentence, or the clause after a report ("A statement said(,) the MoUs were for ...").
      uint32_t open = s.tok_begin;
      for (uint32_t k = s.tok_begin; k + 1 < s.tok_end && k < s.tok_begin + 24; ++k)
        if (d.has(k, gSpeech) && (punct_is(d, s, k + 1, ",") || word_is(d, s, k + 1, "that"))) {
          open = k + 2;
          break;
        }
      for (uint32_t k = open; k < s.tok_end && k < open + 8 && head == ~0u; ++k)
        if (d.toks[k].kind == Tok::word && trigger_of(d, k, ht) && ht.plural) head = k;
      for (uint32_t k = head + 1; head != ~0u && k < s.tok_end && k < head + 5; ++k) {
        std::string_view l = low_at(d, s, k);
        // "are:" / "were -" need the colon or dash ("deals were further delayed" is no list); "include" not.
        if (l == "are" || l == "were" || l == "include" || l == "included" || l == "includes") {
          bool mark = punct_is(d, s, k + 1, ":") || punct_is(d, s, k + 1, "-") || punct_is(d, s, k + 1, "–");
          if (mark || l[0] == 'i') list_b = mark ? k + 2 : k + 1;
          // "the MOUs were for A; B; C": purposes listed with semicolons.
          if (!mark && l[0] != 'i' && word_is(d, s, k + 1, "for"))
            for (uint32_t q = k + 2; q < s.tok_end && list_b == ~0u; ++q)
              if (punct_is(d, s, q, ";")) list_b = k + 2;
          break;
        }
      }
      // A list with semicolons is split at them only: its items may hold commas and "and".
      bool semicolons = false;
      for (uint32_t q = list_b; list_b != ~0u && q < s.tok_end && !semicolons; ++q) semicolons = punct_is(d, s, q, ";");
      // The verb that made them: "signed" in the head part, else the sentence before's.
      Cue lc = cNone;
      for (uint32_t k = s.tok_begin; list_b != ~0u && k < list_b; ++k) {
        Cue c = cue_word(low_at(d, s, k));
        if (c == cSigned || c == cAgreed) lc = c;
      }
      if (lc == cNone) lc = last_sentence_cue;
      if (list_b != ~0u && list_b < s.tok_end && lc != cNone) {
        // Items: split at "," and ";", and at the last "and" after a comma ("A, B and C").
        std::vector<std::pair<uint32_t, uint32_t>> parts;
        uint32_t b = list_b;
        bool comma = false;
        for (uint32_t k = list_b; k <= s.tok_end; ++k) {
          bool end = k == s.tok_end || (!semicolons && punct_is(d, s, k, ",")) || punct_is(d, s, k, ";") ||
                     punct_is(d, s, k, ".");
          bool last_and = !end && comma && !semicolons && word_is(d, s, k, "and");
          if (last_and)
            for (uint32_t q = k + 1; q < s.tok_end && last_and; ++q) last_and = !punct_is(d, s, q, ",") && !punct_is(d, s, q, ";");
          if (!end && !last_and) continue;
          if (k > b) parts.push_back({b, k});
          comma |= !last_and && k < s.tok_end;
          b = k + 1;
          if (k < s.tok_end && word_is(d, s, b, "and")) ++b;  // "; and a programme"
        }
        // A part that goes on a list inside the item before is no item: "an agreement on economic, trade,
        // cultural and technical cooperation" (after an adjective, or after such a one-word part), "holders
        // of diplomatic and service passports".
        bool prev_adjectival = false, prev_inner_word = false;
        if (parts.size() >= 2)
          for (auto [pb, pe] : parts) {
            const bool det_first = in(low_at(d, s, pb), {"a", "an", "the"});
            bool has_trigger = false;
            Trigger t1;
            for (uint32_t k = pb; k < pe && !has_trigger; ++k) has_trigger = d.toks[k].kind == Tok::word && trigger_of(d, k, t1);
            const bool inner = !det_first && !has_trigger && (prev_adjectival || prev_inner_word);
            prev_adjectival = adjectival(low_at(d, s, pe - 1));
            prev_inner_word = inner && pe == pb + 1;
            if (inner) continue;
            list_starts.push_back(pb);
            if (word_is(d, s, pb, "a") || word_is(d, s, pb, "an") || word_is(d, s, pb, "the")) ++pb;
            // "co-operation in health between A's X and the Y": the sides are parties, the rest is the title.
            std::vector<std::string> between_sides;
            if (semicolons)
              for (uint32_t k = pb + 2; k + 1 < pe; ++k)
                if (word_is(d, s, k, "between")) {
                  parties_in(d, s, k + 1, pe, between_sides, person_at);
                  if (between_sides.size() >= 2) pe = k;
                  else between_sides.clear();
                  break;
                }
            if (pe <= pb + 1 || pe - pb > (semicolons ? 24u : 14u) || d.toks[pb].kind != Tok::word) continue;
            bool own_trigger = false;
            Trigger t2;
            for (uint32_t k = pb; k < pe && !own_trigger; ++k) own_trigger = d.toks[k].kind == Tok::word && trigger_of(d, k, t2);
            if (own_trigger) continue;
            Item it;
            it.rec.title = std::string(d.span_text(s, pb, pe));
            it.rec.parties = between_sides;
            upper_first(it.rec.title);
            it.rec.kind = std::string(ht.kind);
            it.rec.status = lc == cSigned ? AgreementStatus::signed_ : AgreementStatus::agreed;
            add_report_sides(it.rec.parties);
            it.rec.evidence = make_evidence(s, d.toks[pb].begin, d.toks[pe - 1].end);
            it.family = family_of(ht.kind);
            it.content = content_words(it.rec.title);
            it.rule = "agreement:listed-instrument+status:" + std::string(to_string(it.rec.status));
            if (!seen_titles.insert(lower_ascii(it.rec.title)).second || items.size() >= kMaxItemsPerKind) continue;
            items.push_back(std::move(it));
          }
      }
    }
    for (uint32_t i = s.tok_begin; i < s.tok_end && done < 8 && items.size() < kMaxItemsPerKind; ++i) {
      const Token& tk = d.toks[i];
      Trigger trig;
      std::vector<Item> extra_items;  // more deals of one plural mention (see "one deal per side")
      if (tk.kind != Tok::word || tk.has(kInCredit) || !trigger_of(d, i, trig)) continue;
      std::string_view prev = low_at(d, s, i - 1), next = low_at(d, s, i + 1);
      // "Memorandum of Understandings (MoUs)": the plural written on the complement.
      if (!trig.plural && trig.kind == "memorandum" && next == "of" && low_at(d, s, i + 2) == "understandings")
        trig.plural = true;
      // ---- noun uses only, and the narrow triggers in their own phrases
      if (modal_or_pronoun(prev) && !trig.plural) continue;  // "to deal with", "we offer", "it will plan"
      if (trig.kind == "offer" && !(in(prev, {"takeover", "buyout", "cash", "rival", "formal", "informal",
                                              "improved", "bid", "all-share", "merger"}) ||
                                    next == "for"))
        continue;
      if (trig.kind == "bid" && !(next == "for" || in(prev, {"takeover", "buyout", "rival", "hostile", "cash"})))
        continue;
      if (trig.kind == "joint venture" && prev != "joint") continue;
      // "the Ministry of Defence's Acquisition Wing", "the Merger Task Force": a capitalised trigger before a
      // capitalised unit or organisation head names a body, no deal.
      if (tk.has(kCap) && i + 1 < s.tok_end && d.toks[i + 1].kind == Tok::word && d.toks[i + 1].has(kCap) &&
          (d.has(i + 1, gOrgHead) || in(low_at(d, s, i + 1), {"wing", "division", "unit", "office", "task", "cell"})))
        continue;
      // "Minister for International Cooperation and Promotion of Public-Private Partnership": a capitalised
      // trigger inside an office's name is part of a title, no deal.
      if (tk.has(kCap)) {
        uint32_t k = i;
        while (k > s.tok_begin && k + 16 > i &&
               ((d.toks[k - 1].kind == Tok::word && (d.toks[k - 1].has(kCap) || in(low_at(d, s, k - 1), {"of", "for", "and", "the"}))) ||
                (punct_is(d, s, k - 1, "-") && !d.toks[k - 1].has(kSpaceBefore))))
          --k;
        bool office = false;  // "Minister for", "Secretary of": a title head opening its portfolio
        for (uint32_t q = k; q < i && !office; ++q)
          office = d.toks[q].has(kCap) && d.has(q, gTitle) && in(low_at(d, s, q + 1), {"for", "of"});
        if (office) continue;
      }
      // "placed an order for 70 Boeing 737-800 planes", "a firm order for 30 of the aircraft": a purchase by count;
      // "a court order", "in order to" are none.
      // "an order for 70 planes", "an order from Bahrain's Gulf Air for as many as 24 of its 787 aircraft": a
      // purchase by count (the buyer may be named first, and the count qualified).
      // So is an order to make goods ("an order to build three gas carriers", "an order from X to construct two
      // tankers", "an order for the construction of four ferries"): a yard's or a maker's order book.
      if (trig.kind == "order") {
        static const WordSet make_verbs{"build", "construct", "supply", "deliver", "make", "manufacture", "produce"};
        if (prev == "in") continue;  // "in order to build three stores": a purpose
        uint32_t f = i + 1;
        if (word_is(d, s, f, "from")) {
          for (uint32_t k = f + 1; k < s.tok_end && k < f + 12; ++k) {
            if (word_is(d, s, k, "for") || (word_is(d, s, k, "to") && make_verbs.has(low_at(d, s, k + 1)))) {
              f = k;
              break;
            }
            if (d.toks[k].kind == Tok::punct) break;  // (a possessive is a token kind of its own)
          }
        }
        uint32_t c = f + 1;
        if (word_is(d, s, f, "to") && make_verbs.has(low_at(d, s, c))) {
          f = c;  // (the test below wants "for" at f: the verb stands for it)
          ++c;
        } else if (word_is(d, s, f, "for")) {
          uint32_t q = c + (word_is(d, s, c, "the") ? 1 : 0);
          if (in(low_at(d, s, q), {"construction", "supply", "delivery", "building"}) && word_is(d, s, q + 1, "of")) c = q + 2;
        }
        if (word_is(d, s, c, "as") && word_is(d, s, c + 1, "many") && word_is(d, s, c + 2, "as")) c += 3;
        else if (word_is(d, s, c, "up") && word_is(d, s, c + 1, "to")) c += 2;
        else if (in(low_at(d, s, c), {"about", "around", "nearly", "some"})) c += 1;
        // "its jet arm has won a new order from an undisclosed customer": an order won from a buyer is one,
        // counted or not (a court's order is not won).
        const bool won_from = word_is(d, s, i + 1, "from") && !trig.plural && won_before(d, s, i, in_money);
        if (!won_from && !((word_is(d, s, f, "for") || make_verbs.has(low_at(d, s, f))) && c < s.tok_end &&
                           (in_figure(c) || d.toks[c].kind == Tok::number || count_word(low_at(d, s, c)))))
          continue;
      }
      if (trig.kind == "joint statement" && prev != "joint") continue;  // "a statement", "financial statements"
      // A loan is a deal when its value and a side name it ("a $500m loan to X"); checked with the sides below.
      // A loan is one deal when its value is given ("a $2bn loan"), or its purpose and borrower ("an urban
      // development loan for Bihar"); "loans", "the loan" alone are loans in general or a reference.
      if (trig.kind == "loan" && !in_money(i - 1) &&
          !(word_is(d, s, i + 1, "for") && i + 2 < s.tok_end && d.toks[i + 2].has(kCap) && i > s.tok_begin &&
            d.toks[i - 1].kind == Tok::word &&
            !d.toks[i - 1].has(kCap) && !d.has(i - 1, gFunction) && !determiner(low_at(d, s, i - 1))))
        continue;
      // "the sale of its finance arm to X", "Air India's purchase of 50 aircraft": a sale or purchase of
      // something, by or to an organisation or a country of the sentence.
      if ((trig.kind == "sale" || trig.kind == "purchase") && next != "of") continue;
      // Idioms: "a great deal of", "a raw deal", "big deal".
      // "a better deal for victims", "a raw deal": idioms of fair treatment, no agreement.
      if (trig.kind == "deal" && in(prev, {"great", "good", "raw", "big", "square", "fair", "better", "fairer", "worse"}))
        continue;
      if (in(prev, {"help", "helps", "helping", "helped"}) && !trig.plural) continue;  // "to help deal with the debt"
      // A trigger that modifies a measure noun names an amount, not a deal: "the final settlement figure was
      // smaller", "the agreement values were not disclosed", "the deal price". (The sale and purchase triggers
      // already need "of" next.)
      if (in(next, {"figure", "figures", "amount", "amounts", "sum", "sums", "price", "prices", "value", "values",
                    "size", "fee", "fees", "cost", "costs"}))
        continue;
      if (trig.plural && modal_or_pronoun(prev) && prev != "to") continue;  // "he deals with it"
      if (trig.kind == "agreement" && !trig.plural && next == "of" && in(low_at(d, s, i + 2), {"the", "a", "an", "all"}))
        continue;  // "the agreement of the licensing authority": consent, not a document
      if (trig.kind == "letter of intent" && !(next == "of" && word_is(d, s, i + 2, "intent"))) continue;
      // A plan is a document as an action or cooperation plan, or as a named plan ("the Implementation Plan of
      // the Bilateral Economic Agenda", "the 2024-2026 Work Plan") that is signed or agreed (checked below).
      const bool named_plan = trig.kind == "plan" && prev != "action" && prev != "cooperation" && tk.has(kCap) &&
                              i > s.tok_begin + 1 &&
                              d.toks[i - 1].kind == Tok::word && d.toks[i - 1].has(kCap) && !d.has(i - 1, gFunction);
      if (trig.kind == "plan" && !named_plan && !(prev == "action" || prev == "cooperation" ||
                                   (next == "of" && in(low_at(d, s, i + 2), {"action", "cooperation", "consultations",
                                                                             "measures", "events", "activities"}))))
        continue;
      // "takeover offer", "merger agreement", "joint venture agreement": the next trigger noun is the head.
      {
        Trigger t_next;
        if (i + 1 < s.tok_end && d.toks[i + 1].kind == Tok::word && trigger_of(d, i + 1, t_next) && !trig.plural &&
            t_next.kind != "letter of intent" && t_next.kind != "plan" && t_next.kind != "sale" && t_next.kind != "purchase")
          continue;
      }
      // ---- modifiers before the trigger
      uint32_t mb = i;
      if (trig.kind == "joint venture" || trig.kind == "joint statement") --mb;  // "joint"
      bool valued = false;  // "a landmark $206bn settlement": identified by its value
      bool another = false;  // "another MoU": not the one told before
      uint32_t value_len = 0, value_b = 0;
      while (mb > s.tok_begin && i - mb < 5 + value_len) {
        const Token& p = d.toks[mb - 1];
        if (!valued && in_money(mb - 1) && (family_of(trig.kind) == "agreement" || family_of(trig.kind) == "takeover")) {
          uint32_t m0 = mb;
          while (mb > s.tok_begin && in_money(mb - 1)) --mb;
          value_len = m0 - mb;
          value_b = mb;
          valued = true;
          continue;
        }
        if (p.kind == Tok::punct && (d.text(s, p) == "-" || d.text(s, p) == "&") && !p.has(kSpaceBefore) &&
            mb - 1 > s.tok_begin && (d.toks[mb - 2].kind == Tok::word || d.toks[mb - 2].kind == Tok::number)) {
          mb -= 2;  // "Venezuela-China", "10-year" split by the tokenizer
          continue;
        }
        // "a 100-aircraft letter of intent": a count glued to its noun modifies the deal, as a value does.
        if (p.kind == Tok::word && in_figure(mb - 1) && mb >= s.tok_begin + 3 && punct_is(d, s, mb - 2, "-") &&
            !d.toks[mb - 2].has(kSpaceBefore) && !p.has(kSpaceBefore) && d.toks[mb - 3].kind == Tok::number) {
          mb -= 3;
          continue;
        }
        if (p.kind != Tok::word || in_figure(mb - 1)) break;
        std::string_view l = d.low(s, p);
        // "Another MoU was signed by ...": a document of its own (as a modifier would say), but "another" is no
        // part of its name.
        if (l == "another") {
          another = true;
          break;
        }
        if (p.has(kHasDigit) && !p.has(kCap)) break;
        // A gerund after a preposition is a verb: "in promoting inter-ethnic accord" (not "a licensing deal").
        if (!p.has(kCap) && l.size() > 5 && l.substr(l.size() - 3) == "ing" && mb - 1 > s.tok_begin &&
            d.has(mb - 2, gFunction) && !in(low_at(d, s, mb - 2), {"a", "an", "the", "its", "their", "his", "her"}))
          break;
        // Verbs are not modifiers: "to facilitate training programmes", "lost sponsorship deals".
        if (!p.has(kCap) && (word_is(d, s, mb - 2, "to") ||
                             (past_tense(l) && !in(low_at(d, s, mb - 2), {"a", "an", "the", "its", "their"}))))
          break;
        if (d.has(mb - 1, gFunction | gSpeech | gMonth | gWeekday) || determiner(l) || vague(l) || l == "new" ||
            cue_word(l) != cNone || in(l, {"recently", "also", "like", "first", "latest", "previous", "earlier",
                                           "proposed", "planned", "existing", "current", "lucrative", "holds",
                                           "has", "have", "had", "owns", "wins", "gets", "makes", "gives",
                                           "unless", "until", "whether", "once", "without", "whereas"}))
          break;
        --mb;
      }
      // "signed the Preferential and Transit Trade agreements", "the health and education agreements": a plural
      // whose first modifier is joined to the rest by "and" names two documents, when they were made.
      uint32_t mod_and = 0;  // the "and" between the two modifiers, 0 when none
      if (trig.plural && mb < i && mb >= s.tok_begin + 2 && word_is(d, s, mb - 1, "and")) {
        const uint32_t x = mb - 2;
        const std::string_view xl = low_at(d, s, x);
        const bool opens = x == s.tok_begin || d.toks[x - 1].kind == Tok::punct || d.has(x - 1, gFunction) ||
                           determiner(low_at(d, s, x - 1));
        bool made_before = false;
        for (uint32_t k = s.tok_begin; k < x && !made_before; ++k) {
          Cue c = cue_word(low_at(d, s, k));
          made_before = c == cSigned || c == cAgreed;
        }
        if (!xl.empty() && opens && made_before && d.org_of[x] < 0 && !in_figure(x) && !determiner(xl) && !vague(xl) &&
            cue_word(xl) == cNone && !d.has(x, gFunction | gSpeech | gMonth | gWeekday | gCountry | gDemonym)) {
          mod_and = mb - 1;
          mb = x;
        }
      }
      uint32_t before = mb;  // determiner / possessive position
      std::string_view det = low_at(d, s, before - 1);
      bool possessed = before > s.tok_begin && d.toks[before - 1].kind == Tok::possessive;
      bool vague_det = vague(det);
      // ---- complement
      uint32_t ce = i + 1;
      if ((trig.kind == "memorandum" || trig.kind == "letter of intent") && word_is(d, s, ce, "of") &&
          in(low_at(d, s, ce + 1), {"understanding", "understandings", "intent", "intention", "cooperation", "agreement"}))
        ce += 2;
      if (trig.kind == "plan" && !named_plan && word_is(d, s, ce, "of")) ce += 2;  // "plan of action"
      if (punct_is(d, s, ce, "(") && ce + 2 < s.tok_end && acronym_word(d, s, ce + 1) && punct_is(d, s, ce + 2, ")"))
        ce += 3;  // "Memorandum of Understanding (MOU) on ...", "memorandum of understanding (MoU) on ..."
      const uint32_t name_e = ce;  // the trigger's own name ends here ("memorandum of understanding (MOU)")
      // "a settlement reached with 46 states", "the contract signed with X": the participle gives the status,
      // the complement starts at "with". So it does after a date: "a memorandum signed in September 2021,
      // between the health ministers of A and B, for ...".
      Cue participle = cNone;
      if (ce == i + 1 &&
          in(low_at(d, s, ce), {"reached", "signed", "agreed", "struck", "concluded", "sealed", "inked", "clinched"})) {
        uint32_t p = ce + 1;
        if (in(low_at(d, s, p), {"in", "on"}) && p + 1 < s.tok_end &&
            (d.has(p + 1, gMonth | gWeekday) || d.toks[p + 1].kind == Tok::number)) {
          p += 2;
          while (p < s.tok_end && p < ce + 6 && (d.toks[p].kind == Tok::number || d.has(p, gMonth))) ++p;
          if (punct_is(d, s, p, ",")) ++p;
        }
        if (word_is(d, s, p, "with") || (p > ce + 1 && word_is(d, s, p, "between"))) {
          participle = cue_word(low_at(d, s, ce));
          ce = p;
        }
      }
      // "Two contracts were firmed up with X for Y", "the deal was finalised with X": a passive between a plural
      // or counted trigger and "with" gives the status; the complement starts at "with".
      if (ce == i + 1 && in(low_at(d, s, ce), {"was", "were"})) {
        uint32_t v = ce + 1;
        std::string_view vl = low_at(d, s, v);
        Cue c = cue_word(vl);
        if (vl == "firmed" && word_is(d, s, v + 1, "up")) c = cSigned, ++v;
        if ((c == cSigned || c == cAgreed) && word_is(d, s, v + 1, "with")) {
          participle = c;
          ce = v + 1;
        }
      }
      // "has been awarded a contract by X for the construction of four ferries": who gave the contract or the order
      // is a side (read with the clause's parties); what it is for is the complement.
      bool given_by = false;  // the giver was passed over: the title leaves it out
      if (ce == i + 1 && !trig.plural && (trig.kind == "contract" || trig.kind == "order") && word_is(d, s, ce, "by"))
        for (uint32_t k = ce + 1; k < s.tok_end && k < ce + 13; ++k) {
          if (word_is(d, s, k, "for") || (word_is(d, s, k, "to") && k + 1 < s.tok_end && !d.toks[k + 1].has(kCap))) {
            ce = k;
            given_by = true;
            break;
          }
          if (d.toks[k].kind == Tok::punct && d.org_of[k] < 0) break;
        }
      // "a deal totalling $375m with X", "a contract worth $2bn for Y": a single deal's value before its complement
      // is passed over (the value is the item's figure; its sides and subject come after it).
      if (!trig.plural && in(low_at(d, s, ce), {"worth", "totalling", "totaling", "valued"})) {
        uint32_t v = word_is(d, s, ce, "valued") && word_is(d, s, ce + 1, "at") ? ce + 2 : ce + 1;
        while (v < s.tok_end && in(low_at(d, s, v), {"about", "around", "nearly", "almost", "some", "over", "up"})) ++v;
        if (word_is(d, s, v, "to")) ++v;  // "up to"
        if (v < s.tok_end && in_money(v)) {
          while (v < s.tok_end && in_money(v)) ++v;
          if (in(low_at(d, s, v), {"with", "between", "for", "to", "on"})) ce = v;
        }
      }
      // "Of the five contracts, one was with HAL for aero-engines": one of a group told before, named by its own
      // complement after the copula.
      bool partitive_one = false;
      if (trig.plural && ce == i + 1 && punct_is(d, s, ce, ",") && i >= s.tok_begin + 3 &&
          (d.toks[i - 1].kind == Tok::number || count_word(low_at(d, s, i - 1))) && word_is(d, s, i - 2, "the") &&
          word_is(d, s, i - 3, "of") && word_is(d, s, ce + 1, "one") &&
          in(low_at(d, s, ce + 2), {"was", "is", "will"}) && in(low_at(d, s, ce + 3), {"with", "for", "between"})) {
        partitive_one = true;
        ce += 3;
      }
      uint32_t comp_b = ce, comp_e = ce;
      uint32_t nested = 0;  // a trigger that ends the complement ("Action Plan for the implementation of a memorandum")
      uint32_t obj_b = ce;  // where the complement's last prepositional object starts ("on cooperation in |health")
      uint32_t list_b = 0;  // where a list of subjects inside the complement starts, 0 when none
      std::string_view c0 = low_at(d, s, ce);
      // "With the agreement in place, trade is expected to grow": "in place" says the deal exists; it names
      // nothing (a reference back, or a deal named by its sides).
      if (c0 == "in" && word_is(d, s, ce + 1, "place")) c0 = {}, comp_b = comp_e = ce + 2;
      if (c0 == "in" && word_is(d, s, ce + 1, "return")) c0 = {};  // "a loan in return for reforms": a condition
      // "signed the loan agreement on behalf of the government": who signed it, not what it is about.
      if (c0 == "on" && word_is(d, s, ce + 1, "behalf")) c0 = {};
      // "the agreement in question": a reference back, no subject of its own.
      if (c0 == "in" && word_is(d, s, ce + 1, "question")) c0 = {}, comp_b = comp_e = ce + 2;
      // "a credit agreement under which ADB will provide $55 million to improve water services": the relative
      // clause tells what the deal does. Its purpose ("to improve ...", "for A and B" after the value) is the
      // complement; its subject is a side (read with the parties below).
      uint32_t rel_b = 0, rel_e = 0;
      if ((in(c0, {"under", "by", "through"}) && word_is(d, s, ce + 1, "which")) || c0 == "whereby") {
        const uint32_t b = c0 == "whereby" ? ce + 1 : ce + 2;
        bool after_value = false;
        for (uint32_t k = b + 1; k + 1 < s.tok_end && k < b + 24; ++k) {
          if (punct_is(d, s, k, "(") && k + 2 < s.tok_end && acronym_word(d, s, k + 1) && punct_is(d, s, k + 2, ")")) {
            k += 2;  // "Asian Development Bank (ADB) will provide"
            continue;
          }
          if (boundary(d, s, k)) break;
          if (in_money(k)) { after_value = true; continue; }
          std::string_view l = low_at(d, s, k);
          const Token& n = d.toks[k + 1];
          const bool purpose_to = l == "to" && n.kind == Tok::word && !n.has(kCap) && !d.has(k + 1, gFunction) &&
                                  !in(low_at(d, s, k - 1), {"is", "are", "was", "were", "due", "going", "expected",
                                                            "able", "has", "have", "had", "need", "needs"});
          const bool purpose_for = l == "for" && after_value && !in_money(k + 1) && n.kind == Tok::word;
          if (purpose_to || purpose_for) {
            rel_b = b, rel_e = k;
            ce = k;
            c0 = l;
            break;
          }
        }
      }
      // "agreements worth $1.4 billion", "deals valued at $2bn": the value names them (a complement of its own)
      // unless a count does ("240 agreements worth $9bn" is "240 agreements", see below).
      bool value_complement = false;
      // Plurals only: a single deal is better named by its sides ("deal between A and B") than by its value.
      if (trig.plural && (c0 == "worth" || (c0 == "valued" && word_is(d, s, ce + 1, "at")))) {
        uint32_t v = c0 == "worth" ? ce + 1 : ce + 2;
        if (word_is(d, s, v, "about") || word_is(d, s, v, "around") || word_is(d, s, v, "nearly") ||
            word_is(d, s, v, "over") || word_is(d, s, v, "almost"))
          ++v;
        else if (word_is(d, s, v, "more") && word_is(d, s, v + 1, "than"))
          v += 2;
        if (v < s.tok_end && in_money(v)) {
          uint32_t ve = v;
          while (ve < s.tok_end && in_money(ve)) ++ve;
          comp_e = ve;
          value_complement = true;
          c0 = {};  // read no other complement
        }
      }
      // "expects the deal to close in May", "the deal to boost earnings": after a definite reference, an
      // infinitive telling what the deal will do, or what someone expects or wants of it, is no complement of its
      // own (the deal is named elsewhere); "the deal to buy X" keeps its complement.
      if (c0 == "to" && mb == i && in(det, {"the", "this", "that"})) {
        uint32_t v = ce + 1;
        std::string_view vl = low_at(d, s, v);
        if (vl.size() > 4 && vl.substr(vl.size() - 2) == "ly") vl = low_at(d, s, v + 1);  // "to immediately boost"
        static const WordSet outcome{"close", "complete", "proceed", "succeed", "fail", "collapse", "go", "be",
                                     "boost", "boosted", "add", "lift", "hit", "raise", "cost", "generate", "save",
                                     "dilute", "hurt", "benefit", "pass", "come", "take", "happen", "work"};
        static const WordSet governing{"expect", "expects", "expected", "expecting", "want", "wants", "wanted",
                                       "allow", "allows", "allowed", "allowing", "cause", "caused", "force", "forced",
                                       "need", "needs", "needed", "enable", "enabled", "clear", "cleared", "urge",
                                       "urged", "ask", "asked", "push", "pushed", "like", "wait", "waiting"};
        if (outcome.has(vl) || governing.has(low_at(d, s, before - 2))) c0 = {};
      }
      if (in(c0, {"on", "for", "to", "with", "between", "of", "in", "over", "about", "regarding", "concerning",
                  "covering", "under", "from", "among"}) &&
          !(c0 == "in" && ce + 1 < s.tok_end && (d.toks[ce + 1].kind == Tok::number || d.has(ce + 1, gMonth))) &&
          !(c0 == "on" && ce + 1 < s.tok_end && (d.toks[ce + 1].kind == Tok::number || d.has(ce + 1, gMonth | gWeekday))) &&
          !(c0 == "to" && (word_is(d, s, ce + 1, "the") || word_is(d, s, ce + 1, "be")))) {
        uint32_t k = ce + 1;
        uint32_t last = ce;
        uint32_t budget = kMaxComplement;  // words of an organisation's name do not count
        obj_b = ce + 1;
        while (k < s.tok_end && budget > 0) {
          if (d.org_of[k] < 0 && !(d.toks[k].kind == Tok::word && d.has(k, gFunction))) --budget;
          const Token& w = d.toks[k];
          // (before the boundary test, which a bracket is)
          if (punct_is(d, s, k, "(") && k + 2 < s.tok_end && acronym_word(d, s, k + 1) && punct_is(d, s, k + 2, ")")) {
            k += 3;  // "(MOU)", "(NAC)": an acronym given in passing
            continue;
          }
          if (boundary(d, s, k)) break;
          if (w.kind == Tok::punct) {
            std::string_view p = d.text(s, w);
            bool inner = ((p == "-" || p == "'" || p == "’" || p == "/") && !w.has(kSpaceBefore)) ||
                         (p == "&" && k + 1 < s.tok_end && d.toks[k + 1].has(kCap));
            if (p == "," && k + 1 < s.tok_end && d.toks[k + 1].kind == Tok::word && d.toks[k + 1].has(kCap) &&
                d.org_of[k + 1] < 0 && k + 2 < s.tok_end && !punct_is(d, s, k + 2, ","))
              inner = false;
            // "agreement on economic, trade and technical cooperation", "agreements on security, borders and
            // tourism": a list of subjects goes on past its commas (not into the next listed instrument).
            if (p == "," && std::find(list_starts.begin(), list_starts.end(), k + 1) == list_starts.end() &&
                in(low_at(d, s, obj_b - 1), {"on", "in", "for", "of", "about", "over", "regarding", "concerning", "covering"})) {
              std::vector<Span> parts = coordination(d, s, obj_b, s.tok_end);
              if (!parts.empty() && parts.back().e > k + 1) {
                if (!list_b) list_b = obj_b;
                last = parts.back().e - 1;
                k = parts.back().e;
                continue;
              }
            }
            if (!inner && p != "$" && p != "£" && p != "€") break;
            ++k;
            continue;
          }
          if (w.kind == Tok::possessive) { ++k; continue; }
          std::string_view l = w.kind == Tok::word ? d.low(s, w) : std::string_view();
          if (k > ce + 1 && !w.has(kCap) && complement_stop(l)) break;
          if (in(l, {"on", "in", "for", "of", "about", "over", "regarding", "concerning", "covering"})) obj_b = k + 1;
          if ((l == "on" || l == "in") && k + 1 < s.tok_end &&
              (d.has(k + 1, gMonth | gWeekday) || d.toks[k + 1].kind == Tok::number ||
               (d.toks[k + 1].kind == Tok::word && d.toks[k + 1].has(kHasDigit) && !d.toks[k + 1].has(kCap) &&
                d.toks[k + 1].end - d.toks[k + 1].begin == 4)))
            break;  // "on Thursday", "on 12 May", "in 1998"
          // "and a memorandum on ...": the next item of a list of documents starts here.
          if ((l == "and" || l == "or") && k + 1 < s.tok_end) {
            uint32_t n = k + 1;
            if (in(low_at(d, s, n), {"a", "an", "the"})) ++n;
            Trigger t2;
            bool next_item = false;
            // (up to a comma or another "and": "healthcare and education, a memorandum ..." lists two fields)
            for (uint32_t m = n; m < s.tok_end && m < n + 4; ++m) {
              if (d.toks[m].kind == Tok::punct || word_is(d, s, m, "and") || word_is(d, s, m, "or")) break;
              if (d.toks[m].kind == Tok::word && trigger_of(d, m, t2)) { next_item = true; break; }
            }
            next_item |= std::find(list_starts.begin(), list_starts.end(), k + 1) != list_starts.end();
            if (next_item || cue_word(low_at(d, s, k + 1)) != cNone || d.has(k + 1, gSpeech)) break;
          }
          if (l == "in" && word_is(d, s, k + 1, "order")) break;  // "in order to ...": a purpose clause
          Trigger t3;
          if (w.kind == Tok::word && trigger_of(d, k, t3) && k > ce + 1 && !w.has(kCap) && t3.kind != "order") {
            last = k;  // "agreement on a partnership": keep the noun, stop after it
            nested = k;
            ++k;
            break;
          }
          last = k;
          ++k;
        }
        // Never end on a function word or a connector.
        while (last > ce && (d.toks[last].kind != Tok::word || d.has(last, gFunction)) &&
               !(d.toks[last].kind == Tok::number))
          --last;
        if (last > ce) {
          comp_b = ce;
          comp_e = last + 1;
        }
      }
      bool complement = comp_e > comp_b;
      bool modified = (mb < i || another) && !((trig.kind == "joint venture" || trig.kind == "joint statement") && mb + 1 == i);
      // ---- count before a plural: "20 memoranda", "four agreements", "550 agreements"
      bool counted = false;
      bool counted_vague = false;   // "three other agreements": named only by a complement
      uint32_t count_at = UINT32_MAX;  // the count's token when it opens the mention
      std::string elided_count;  // "18 were investment agreements": the count, given before a copula
      if (trig.plural) {
        uint32_t k = mb;
        if (k > s.tok_begin && (d.toks[k - 1].kind == Tok::number || count_word(low_at(d, s, k - 1)))) counted = true;
        if (counted) --mb;
        // "Three other agreements on A, B and C", "two more deals with X": a count before a vague word still counts
        // the group, when a complement names it (checked below).
        if (!counted && mb == i && mb >= s.tok_begin + 2 && in(det, {"other", "more", "further"}) &&
            (d.toks[mb - 2].kind == Tok::number || count_word(low_at(d, s, mb - 2)))) {
          counted = counted_vague = true;
          mb -= 2;
        }
        if (counted) count_at = mb;
        // "12 investment agreements": the count's figure spans the modifiers too, so the modifier loop stopped
        // at them; the count and the words inside its figure open the title.
        if (!counted && in_figure(i)) {
          uint32_t q = mb;
          // Over what the modifier loop would have taken: no vague word ("eight other contracts" stays vague).
          while (q > s.tok_begin && mb - q < 5 && in_figure(q - 1) && d.toks[q - 1].kind != Tok::punct &&
                 !vague(low_at(d, s, q - 1)))
            --q;
          if (q < mb && (d.toks[q].kind == Tok::number || count_word(low_at(d, s, q)))) {
            counted = true;
            mb = count_at = q;
          }
        }
        // "Of the 30 documents, 18 were investment agreements": a count whose noun is elided, before a copula.
        if (!counted && mb >= s.tok_begin + 2 && (word_is(d, s, mb - 1, "were") || word_is(d, s, mb - 1, "are")) &&
            (d.toks[mb - 2].kind == Tok::number || count_word(low_at(d, s, mb - 2))) &&
            !(mb >= s.tok_begin + 3 && d.toks[mb - 3].kind == Tok::word && !d.has(mb - 3, gFunction) &&
              !d.toks[mb - 3].has(kCap))) {  // not "the 18 were", "documents 18 were"
          counted = true;
          elided_count = std::string(d.span_text(s, mb - 2, mb - 1));
        }
      }
      if (partitive_one) counted = false, count_at = UINT32_MAX, mb = i;
      if (counted && value_complement) comp_e = comp_b, complement = false;
      if (counted_vague && !complement) continue;
      // "agreement with several countries": sides told only vaguely name no deal.
      if (c0 == "with" && vague(low_at(d, s, ce + 1))) continue;
      // "it's not an easy agreement to get", "a deal to reach": the deal sought in general, not one named.
      if (c0 == "to" && in(low_at(d, s, ce + 1), {"get", "reach", "achieve", "find", "obtain"})) continue;
      // Documents as a group are told by their count ("inked 20 cooperation documents"); "documents on your
      // computer", "documents filed in court" are none.
      if (trig.kind == "document" && trig.plural && !counted) continue;
      // ---- skips
      // ("will oppose any formal £800m takeover bid from US tycoon X": a value and a named side make "any" one
      // deal, the one on the table.)
      bool named_side = false;
      for (uint32_t k = comp_b + 1; valued && complement && k < comp_e && !named_side; ++k)
        named_side = d.org_of[k] >= 0 || (d.toks[k].has(kCap) && !d.has(k, gFunction | gCommon));
      if (vague_det && !counted && !(valued && named_side && det == "any")) continue;
      // "the following four agreements: ..." / "four agreements, including ...": the list names the items.
      if (counted && (punct_is(d, s, i + 1, ":") || word_is(d, s, i + 1, "including") ||
                      (punct_is(d, s, i + 1, ",") && word_is(d, s, i + 2, "including")) || det == "following" ||
                      word_is(d, s, mb - 1, "following")))
        continue;
      // "education, health and industry ministries of the two countries signed cooperation agreements": a
      // plural whose subject lists bodies by their fields is one agreement per field. fields_head is the
      // plural head noun ("ministries"), fields the listed words, in order.
      std::vector<std::string_view> fields;
      uint32_t fields_head = 0;
      if (trig.plural && !counted && !complement) {
        for (uint32_t h = mb; h > s.tok_begin + 2 && fields.empty(); --h) {
          const uint32_t k = h - 1;
          std::string_view l = low_at(d, s, k);
          // State bodies only ("health and safety companies" is a trade, not two bodies).
          if (d.toks[k].has(kCap) || !in(l, {"ministries", "agencies", "committees", "departments", "academies",
                                              "authorities", "services", "chambers", "councils"}))
            continue;
          std::vector<std::string_view> found;
          uint32_t q = k;
          bool joined = false;  // "and" seen: the list is closed at its start
          while (q > s.tok_begin && found.size() < 6) {
            std::string_view w = low_at(d, s, q - 1);
            if (w.empty() || d.toks[q - 1].has(kCap) || d.has(q - 1, gFunction)) break;
            found.push_back(w);
            q -= 1;
            // Read backwards: "and" comes first, commas before it ("education, health and industry").
            if (word_is(d, s, q - 1, "and") && !joined) { joined = true; q -= 1; continue; }
            if (punct_is(d, s, q - 1, ",") && joined) { q -= 1; continue; }
            break;
          }
          if (found.size() >= 2 && joined) {
            std::reverse(found.begin(), found.end());
            fields = std::move(found);
            fields_head = k;
          }
          break;  // only the nearest plural head before the trigger
        }
      }
      // "signed agreements on cooperation in healthcare and education": a plural whose complement lists its
      // subjects is one document per subject (not when they share a head: "economic and trade cooperation").
      // A counted group whose list names as many subjects ("two MoUs on A and B", "three other agreements on A,
      // B and C") is those documents, one per subject.
      std::vector<Span> subjects;
      if (trig.plural && complement && obj_b > comp_b && obj_b < comp_e &&
          in(low_at(d, s, obj_b - 1), {"on", "in", "for", "of", "about", "over", "regarding", "concerning", "covering"}) &&
          (counted || !in(low_at(d, s, comp_b), {"with", "between", "from"}))) {
        subjects = coordination(d, s, obj_b, comp_e);
        // "agreements on agricultural co-operation, tourism, and co-operation in biotechnology": the list started
        // before the last preposition, whose phrase belongs to the last subject.
        if (subjects.empty() && list_b && list_b < obj_b) {
          subjects = coordination(d, s, list_b, comp_e);
          if (!subjects.empty()) subjects.back().e = comp_e;
        }
        if (shared_head(d, s, subjects)) subjects.clear();
        // "two loan agreements ... for the development of highways in A and strengthening the power sector in B":
        // two counted, and one "and" joining two phrases that each go on past a preposition: one each.
        if (subjects.empty() && counted && count_at != UINT32_MAX && count_value(low_at(d, s, count_at)) == 2) {
          uint32_t and_at = 0, ands = 0;
          for (uint32_t k = comp_b + 2; k + 1 < comp_e; ++k)
            if (word_is(d, s, k, "and") && d.org_of[k] < 0 && !d.toks[k + 1].has(kCap)) and_at = k, ++ands;
          if (ands == 1) subjects = {Span{comp_b + 1, and_at}, Span{and_at + 1, comp_e}};
        }
        // A counted group whose list names as many subjects is that many documents.
        if (counted && (count_at == UINT32_MAX || size_t(count_value(low_at(d, s, count_at))) != subjects.size()))
          subjects.clear();
      }
      // Only documents made: "signed/agreed ... agreements on X and Y", "agreements on X and Y were signed";
      // "deals over jobs and pay" are talk.
      bool made = false;
      if (trig.plural && !counted && complement) {
        for (uint32_t k = s.tok_begin; k < mb && !made; ++k) {  // "signed A, B and deals on ..."
          Cue c = cue_word(low_at(d, s, k));
          made = c == cSigned || c == cAgreed;
        }
        // A passive right after the complement: "were signed", "are to be signed", "have been agreed".
        for (uint32_t k = comp_e; k < s.tok_end && k < comp_e + 4 && !made; ++k) {
          std::string_view l = low_at(d, s, k);
          if (!in(l, {"was", "were", "is", "are", "be", "been", "to", "have", "has", "will", "would"})) {
            Cue c = cue_word(l);
            made = k > comp_e && (c == cSigned || c == cAgreed);
            break;
          }
        }
        if (!made) subjects.clear();
      }
      if (trig.plural && !counted && !complement && fields.empty() && !mod_and) continue;
      // "acquisitions in markets where ...", "contracts in the affected regions": a plural told by where it
      // happens is deals in general, not one.
      if (trig.plural && !counted && complement && (in(low_at(d, s, comp_b), {"in", "from", "across", "under"}) || !modified)) {
        // "oil exploration contracts in Egypt" names where, "agreements with X" whom: a deal of its own;
        // "deals over jobs", "acquisitions in markets where ..." are deals in general.
        // "signed agreements on economic and technical cooperation": documents made, told by their subject.
        bool named = !subjects.empty() || (made && in(c0, {"on", "regarding", "concerning", "covering"}));
        for (uint32_t k = comp_b + 1; k < comp_e && !named; ++k)
          named = d.toks[k].has(kCap) || d.toks[k].kind == Tok::number || d.org_of[k] >= 0 ||
                  count_word(low_at(d, s, k));
        if (!named) continue;
      }
      if (trig.plural && word_is(d, s, i + 1, "like")) continue;
      // "witnessed the exchange of the agreements in Malacañang": the documents told before, where they were
      // signed; no deal of their own.
      if (trig.plural && !counted && det == "the" && !modified && in(c0, {"in", "at"})) {
        bool earlier = false;
        for (const Item& it : items) earlier |= it.family == family_of(trig.kind);
        if (earlier) continue;
      }
      if (determiner(det) && !possessed && det != "its" && det != "their" && !modified && !complement) continue;
      if ((trig.kind == "partnership" || trig.kind == "program" || trig.kind == "declaration" ||
           trig.kind == "convention" || trig.kind == "protocol") &&
          !modified && !complement)
        continue;
      if (trig.kind == "program" && !complement) continue;  // "the Today programme", "a training programme"
      // "a document on cooperation in tourism", "a tourism cooperation document": a document told by its
      // subject; "the document" refers back, "documents" are counted or listed elsewhere.
      if (trig.kind == "document" && !complement && low_at(d, s, i - 1) != "cooperation") continue;
      // "They issued a joint statement, ...": a statement issued, released or adopted is a document without a
      // complement (named after its sides below); a bare "joint statement" otherwise is a reference.
      const bool issued = trig.kind == "joint statement" &&
                          (in(low_at(d, s, mb - 1), {"issued", "released", "adopted", "published"}) ||
                           (in(low_at(d, s, mb - 1), {"a", "the", "their"}) &&
                            in(low_at(d, s, mb - 2), {"issued", "released", "adopted", "published"})));
      if (trig.kind == "joint statement" && !complement && !issued) continue;
      // "it was classified as a reverse takeover", "which was a merger": a deal told before, described again.
      if (!complement && !items.empty()) {
        uint32_t b = in(low_at(d, s, mb - 1), {"a", "an"}) ? mb - 1 : mb;
        std::string_view v1 = low_at(d, s, b - 1), v2 = low_at(d, s, b - 2);
        if ((v1 == "as" && in(v2, {"classified", "described", "seen", "regarded", "treated", "structured"})) ||
            (in(v1, {"is", "was"}) && in(v2, {"it", "this", "which"})))
          continue;
      }
      // A bid for an office or a term is no deal: a bid or offer is for a named side or money.
      if ((trig.kind == "bid" || trig.kind == "offer") && !modified) {
        bool named = false;
        for (uint32_t k = comp_b; k < comp_e && !named; ++k)
          named = d.toks[k].has(kCap) || d.toks[k].kind == Tok::number || in_figure(k);
        if (!named) continue;
      }
      int back_loan = -1;  // the earlier loan a definite "the loan agreement" refers to (its status is read below)
      // "the preliminary agreement", "a 'historic economic agreement'": with an item of its family already
      // listed, a description without a complement of its own refers back to it.
      bool evaluative_only = true;
      {
        for (uint32_t k = mb; k < i; ++k) evaluative_only &= (valued && in_money(k)) || evaluative(low_at(d, s, k));
        bool quoted = tk.has(kInQuote) || punct_is(d, s, mb - 1, "'") || punct_is(d, s, mb - 1, "‘") ||
                      punct_is(d, s, mb - 1, "“");
        bool refers_back = !complement && !counted && ((evaluative_only && determiner(det)) || quoted);
        // "the merger of the two industry giants": sides told only by their number refer back too.
        if (complement && !counted && in(c0, {"of", "between"}) &&
            ((word_is(d, s, ce + 1, "the") && word_is(d, s, ce + 2, "two")) || word_is(d, s, ce + 1, "both"))) {
          bool names = false;
          for (uint32_t k = ce + 1; k < comp_e && !names; ++k) names = d.toks[k].has(kCap) || d.org_of[k] >= 0;
          refers_back |= !names;
        }
        // "Bangladesh signed a credit agreement ... X and Y signed the loan agreement on behalf of ...": a definite
        // mention named only by the sort of deal refers back to an earlier one of that sort (a loan, a credit and
        // a financing agreement are one sort).
        if (!complement && !counted && det == "the" && mb < i) {
          static const WordSet lending{"loan", "loans", "credit", "financing", "finance", "lending", "grant"};
          bool sort_only = true;
          for (uint32_t k = mb; k < i && sort_only; ++k) sort_only = lending.has(low_at(d, s, k)) && !d.toks[k].has(kCap);
          if (sort_only)
            for (size_t n = 0; n < items.size() && back_loan < 0; ++n)
              for (const std::string& w : content_words(items[n].rec.title))
                if (lending.has(w) && family_of(trig.kind) == items[n].family) { back_loan = int(n); break; }
        }
        if (refers_back) {
          std::string fam0 = family_of(trig.kind);
          bool earlier = false;
          for (const Item& it : items) earlier |= it.family == fam0;
          if (earlier) continue;
        }
      }
      // ---- status: the cue nearest the trigger, in the same clause
      // The clause: back to ";" or ":" for the sides; the nearest 14 words for the status.
      uint32_t subj_lo = s.tok_begin;
      for (uint32_t k = i; k > s.tok_begin; --k)
        if (punct_is(d, s, k - 1, ";") || punct_is(d, s, k - 1, ":")) { subj_lo = k; break; }
      // "Tehran, IRNA – Iranian officials signed ...": a dateline before a spaced dash opening the paragraph is no
      // part of the subject (its agency is no side).
      // Only capitalised words and commas before the dash: "Mitsubishi's takeover of UFJ - which ..." is none.
      if (subj_lo == s.tok_begin && s.span.begin == 0)
        for (uint32_t k = s.tok_begin + 1; k < i && k < s.tok_begin + 8; ++k) {
          if ((punct_is(d, s, k, "–") || punct_is(d, s, k, "—") || punct_is(d, s, k, "-")) &&
              (d.toks[k].has(kSpaceBefore) || punct_is(d, s, k - 1, ")"))) {  // ("Dhaka (BBN)- X signed")
            subj_lo = k + 1;
            break;
          }
          // ("Dhaka (BBN) -": the agency in brackets is part of the dateline)
          if (!(punct_is(d, s, k, ",") || punct_is(d, s, k, "(") || punct_is(d, s, k, ")") ||
                (d.toks[k].kind == Tok::word && d.toks[k].has(kCap))))
            break;
        }
      // "According to Russia's news agency X, the parties signed ...": the report's source is no side.
      if (word_is(d, s, subj_lo, "according") && word_is(d, s, subj_lo + 1, "to"))
        for (uint32_t k = subj_lo + 2; k < mb; ++k)
          if (punct_is(d, s, k, ",")) { subj_lo = k + 1; break; }
      uint32_t lo = i > s.tok_begin + kBefore ? i - kBefore : s.tok_begin;
      uint32_t hi = std::min(s.tok_end, std::max(comp_e, i + 1) + kAfter);
      // "rejected a £1.3bn ($2.5bn) takeover offer": a bracketed conversion of a figure is no clause boundary.
      auto figure_bracket = [&](uint32_t k) {
        return (punct_is(d, s, k, ")") && k > s.tok_begin && in_figure(k - 1)) ||
               (punct_is(d, s, k, "(") && k + 1 < s.tok_end && in_figure(k + 1));
      };
      for (uint32_t k = i; k > lo; --k)
        if (boundary(d, s, k - 1) && !figure_bracket(k - 1)) { lo = k; break; }
      Cue cue = cNone;
      uint32_t best_dist = ~0u;
      for (uint32_t k = lo; k < hi; ++k) {
        // ", which will be implemented next month": a relative clause after the deal tells no status of it.
        if (k > i && k >= comp_e && punct_is(d, s, k, ",") && (word_is(d, s, k + 1, "which") || word_is(d, s, k + 1, "who")))
          break;
        if (d.toks[k].kind != Tok::word || (k >= mb && k < std::max(comp_e, i + 1))) continue;
        if (k > i && boundary(d, s, k)) break;
        // A capitalised word inside the sentence is part of a name ("the Action Plan"), no cue.
        Cue c = d.toks[k].has(kCap) && k > s.tok_begin ? cNone : cue_word(d.low(s, d.toks[k]));
        if (c == cNone) continue;
        uint32_t dist = k > i ? k - i : i - k;
        if (k > i) dist += 2;  // the governing verb usually comes first ("signed an agreement")
        // A signing in the future is planned: "will sign", "plan to sign", "to be signed".
        std::string_view cw = d.low(s, d.toks[k]);
        bool existing = cw.substr(0, 4) == "rene";
        if ((c == cSigned || c == cAgreed) && !existing) {
          for (uint32_t b = k; b > lo && b + 3 > k; --b) {
            std::string_view l = d.low(s, d.toks[b - 1]);
            if (in(l, {"will", "to", "would", "expected", "plan", "could", "may", "be", "might", "hope", "hopes"}))
              c = cPlanned;
            if (in(l, {"not", "never", "yet"})) c = cDiscussed;
          }
        }
        if (dist < best_dist) best_dist = dist, cue = c;
      }
      if (participle != cNone && (cue == cNone || best_dist > 1)) cue = participle;
      // "received an order to build ...", "has been awarded a contract by X", "won a $2bn contract": an order or a
      // contract won is one that exists, signed by the annotation's rules (past forms only: "hopes to win a
      // contract" is none of them).
      if (!trig.plural && (trig.kind == "order" || trig.kind == "contract") && won_before(d, s, i, in_money))
        cue = cSigned;
      // A list of documents without a verb of its own takes the one before ("The following were signed:").
      if (cue == cNone && list_of[si].head != ~0u && mb <= list_of[si].mark_e + 1) cue = list_of[si].cue;
      if (cue == cNone && sentence_cue == cNone && mb <= s.tok_begin + 1) cue = last_sentence_cue;
      if (cue == cNone && sentence_cue != cNone)  // "The following documents were signed: an agreement on ..."
        for (uint32_t k = s.tok_begin; k < mb; ++k)
          if (punct_is(d, s, k, ":")) { cue = sentence_cue; break; }
      // "The protocol of ... and the Action Plan for ... were signed by X": a passive verb group later in the
      // clause, past the window, governs the coordinated documents.
      if (cue == cNone)
        for (uint32_t k = hi; k + 1 < s.tok_end && cue == cNone; ++k) {
          if (boundary(d, s, k)) break;
          if (in(low_at(d, s, k), {"was", "were", "been", "are", "is"})) {
            Cue c = cue_word(low_at(d, s, k + 1));
            if (c == cSigned || c == cAgreed) cue = c;
          }
        }
      // "... signed a memorandum on X and a memorandum between Y and Z": the next document of a list takes
      // the status of the one before in the sentence.
      if (cue == cNone && last_in_sentence != nullptr &&
          (word_is(d, s, mb - 1, "and") || ((in(det, {"a", "an", "the"})) && word_is(d, s, mb - 2, "and"))))
        cue = *last_in_sentence;
      // "signed the update of the Implementation Plan of the Bilateral Economic Agenda 2023-2025 and the MoU for
      // X": the second object of a coordination takes the verb that governs the first, however long that is.
      if (cue == cNone && in(det, {"a", "an", "the"}) && word_is(d, s, mb - 2, "and"))
        for (uint32_t k = mb - 2; k > subj_lo && k + 30 > mb; --k) {
          if (boundary(d, s, k - 1)) break;
          const Token& w = d.toks[k - 1];
          Cue c = w.kind == Tok::word && !w.has(kCap) ? cue_word(d.low(s, w)) : cNone;
          if (c == cSigned || c == cAgreed) { cue = c; break; }
        }
      // "Among them, 12 MoUs were investment agreements": a part of the documents told before (or earlier in the
      // sentence) takes their verb.
      if (cue == cNone)
        for (uint32_t k = mb; k > s.tok_begin && k + 12 > mb; --k)
          if ((word_is(d, s, k - 1, "among") || word_is(d, s, k - 1, "of")) &&
              (word_is(d, s, k, "them") || word_is(d, s, k, "these") || word_is(d, s, k, "those"))) {
            cue = sentence_cue != cNone ? sentence_cue : last_sentence_cue;
            break;
          }
      if (cue == cNone && partitive_one) cue = sentence_cue != cNone ? sentence_cue : last_sentence_cue;
      // "Another document is the Agreement on ...": a sentence about the documents named before takes their verb.
      if (cue == cNone && last_sentence_cue != cNone)
        for (uint32_t k = s.tok_begin; k < mb && k < s.tok_begin + 4; ++k)
          if (word_is(d, s, k, "document") || word_is(d, s, k, "documents")) { cue = last_sentence_cue; break; }
      // A named instrument ("the European Convention on Human Rights") with no verb exists: signed.
      if (cue == cNone && tk.has(kCap) && i > s.tok_begin && mb < i && family_of(trig.kind) == "agreement") {
        bool named = true;
        for (uint32_t k = mb; k < i && named; ++k) named = d.toks[k].kind != Tok::word || d.toks[k].has(kCap);
        if (named && mb > s.tok_begin) cue = cSigned;
      }
      // The deal exists, so it was signed: "as part of a partnership agreement", "under the agreement", and a
      // deal that is the object of "continue"/"extend" ("will continue a joint venture agreement": the verb
      // governs the trigger itself, so "talks will continue on a deal" is not one).
      if (family_of(trig.kind) == "agreement" && (det == "a" || det == "an" || det == "the" || det == "its" || det == "their")) {
        std::string_view verb = low_at(d, s, before - 2);
        if (cue == cNone && ((verb == "of" && word_is(d, s, before - 3, "part")) ||
                             (verb == "under" && !word_is(d, s, before - 3, "be"))))
          cue = cSigned;
        // (Not a loan: "will extend a $22m loan" lends it, see below.)
        if (in(verb, {"continue", "continues", "continued", "continuing", "extend", "extends", "extended", "extending"}) &&
            trig.kind != "loan")
          cue = cSigned;
      }
      if (cue == cNone && (trig.kind == "bid" || trig.kind == "offer")) cue = cPlanned;
      // "the two presidents came to an agreement on X": reached.
      {
        const uint32_t to = in(det, {"a", "an"}) ? mb - 2 : mb - 1;  // ("came to agreements", "came to an agreement")
        if (cue == cNone && word_is(d, s, to, "to") && in(low_at(d, s, to - 1), {"come", "came", "comes", "coming"}))
          cue = cAgreed;
      }
      // "have formed a joint venture": a venture that was set up exists (only ventures: "SSL was formed by a
      // merger" says nothing of another deal's status).
      if (trig.kind == "joint venture" && (cue == cNone || cue == cDiscussed))
        for (uint32_t k = mb; k > s.tok_begin && mb - k < 4; --k)
          if (in(low_at(d, s, k - 1), {"formed", "established", "created"})) {
            cue = cSigned;
            break;
          }
      if (issued && (cue == cNone || cue == cDiscussed)) cue = cSigned;  // issued: adopted by its sides
      if (cue == cNone && (possessed || det == "its" || det == "their" || det == "his" || det == "her") &&
          family_of(trig.kind) == "agreement")
        cue = cSigned;  // an existing contract: "its deal with Chelsea"
      if (cue != cNone) {
        last_in_sentence_v = cue;
        last_in_sentence = &*last_in_sentence_v;
      }
      const bool cue_given = cue != cNone;  // no cue: discussed by default, not told so
      AgreementStatus status = cue == cSigned    ? AgreementStatus::signed_
                               : cue == cAgreed  ? AgreementStatus::agreed
                               : cue == cPlanned ? AgreementStatus::planned
                                                 : AgreementStatus::discussed;
      // "China gave Russia a $6bn loan", "will provide a loan": a loan given exists (signed); one to be given is
      // planned.
      bool lent = false;  // a lending verb governs the loan: its subject is the lender
      if (trig.kind == "loan" && status == AgreementStatus::discussed)
        for (uint32_t k = mb; k > s.tok_begin && k + 6 > mb; --k) {
          std::string_view l = low_at(d, s, k - 1);
          if (in(l, {"gave", "given", "granted", "lent", "provided", "extended", "disbursed"})) {
            status = in(low_at(d, s, k - 2), {"will", "to", "would"}) ? AgreementStatus::planned : AgreementStatus::signed_;
            lent = true;
            break;
          }
          if (in(l, {"give", "grant", "lend", "provide", "extend"})) {
            status = AgreementStatus::planned;
            lent = true;
            break;
          }
          // "Sri Lanka is set to receive a $60 million loan from ADB": a borrowing verb; its subject is the
          // borrower (received: signed; to receive: planned).
          if (in(l, {"received", "obtained", "got", "secured", "receive", "obtain", "get", "secure"})) {
            status = l.back() == 'd' || l == "got" ? AgreementStatus::signed_ : AgreementStatus::planned;
            if (in(low_at(d, s, k - 2), {"will", "to", "would"})) status = AgreementStatus::planned;
            break;
          }
          if (boundary(d, s, k - 1) || punct_is(d, s, k - 1, ",")) break;
        }
      // "The loan agreement was officially signed yesterday": the earlier loan, now signed.
      if (back_loan >= 0) {
        Item& it = items[size_t(back_loan)];
        if (cue_given && status < it.rec.status) it.rec.status = status;
        continue;
      }
      // Programmes, protocols and declarations are documents only when signed, agreed or planned: a TV
      // programme, a software program, "the Internet Protocol" are not.
      // So are documents, joint statements and loans ("a document on their computer", "a loan in return for").
      if ((trig.kind == "program" || trig.kind == "protocol" || trig.kind == "declaration" || trig.kind == "document" ||
           trig.kind == "joint statement" || trig.kind == "loan") &&
          status == AgreementStatus::discussed)
        continue;
      if (named_plan && status != AgreementStatus::signed_) continue;  // (not "unveiled its Five-Year Plan")
      // "a definitive agreement to acquire X": the deal the verb loop read above (named after its sides); the
      // noun only confirms its status.
      if (word_is(d, s, i + 1, "to") && i + 2 < s.tok_end && deal_verb(d, s, i + 2)) {
        bool read = false;
        for (Item& it : items)
          if (it.rec.evidence.paragraph == s.para && it.rec.evidence.sentence.begin == s.span.begin &&
              it.rule.compare(0, 15, "agreement:verb-") == 0) {
            if (it.rec.status == AgreementStatus::discussed) it.rec.status = status;
            read = true;
          }
        if (read) continue;
      }
      // "had entered into an agreement in this regard", "the signing agreement for the acquisition": a complement
      // that points back names the deal told before; the mention only firms up its status ("in this regard" with
      // nothing before it names nothing).
      if (complement && comp_e == comp_b + 3 &&
          ((in(low_at(d, s, comp_b + 1), {"this", "that"}) && in(low_at(d, s, comp_b + 2), {"regard", "effect"})) ||
           (word_is(d, s, comp_b + 1, "the") &&
            in(low_at(d, s, comp_b + 2), {"acquisition", "takeover", "merger", "purchase", "buyout", "transaction"})))) {
        const bool takeover_word = !in(low_at(d, s, comp_b + 2), {"regard", "effect", "transaction"});
        for (auto it = items.rbegin(); it != items.rend(); ++it)
          if (!takeover_word || it->family == "takeover") {
            if (status < it->rec.status && it->rec.status != AgreementStatus::discussed) it->rec.status = status;
            break;
          }
        continue;
      }
      // ---- parties: the subject part of the clause, then the modifiers and the complement
      std::vector<std::string> parties;
      parties_in(d, s, subj_lo, mb, parties, person_at);
      // "A held talks with B. They signed a treaty ...": a pronoun or "the two leaders" opening the clause stands
      // for the people of the sentence before; their affiliations are the sides.
      if (parties.empty() && si > 0 && subj_lo == s.tok_begin) {
        uint32_t k = s.tok_begin;
        bool they = word_is(d, s, k, "they");
        if (!they && word_is(d, s, k, "the")) {
          ++k;
          if (word_is(d, s, k, "two")) ++k;
          std::string_view l = low_at(d, s, k);
          they = l.size() > 3 && l.back() == 's' && gaz_has(l.substr(0, l.size() - 1), gTitle);  // "the presidents"
          if (in(l, {"leaders", "sides"})) they = true;
        }
        if (they && k < mb) {
          const Sentence& p = d.sents[si - 1];
          std::vector<std::string> sides;
          for (const PersonRecord& pr : a.people) {
            if (pr.affiliation.empty()) continue;
            for (const Evidence& m : pr.mentions)
              if (m.paragraph == p.para && m.sentence.begin == p.span.begin) {
                add_party(sides, pr.affiliation);
                break;
              }
          }
          if (sides.size() >= 2) parties = std::move(sides);
        }
      }
      // "Airbus has also signed ...": a name that is the clause's subject is a side, organisation evidence or
      // not (no person, country, place or common word).
      std::string subject_name;
      bool between = false;  // "a deal between A and B": the sides are named there
      for (uint32_t k = comp_b; k < comp_e && !between; ++k) between = word_is(d, s, k, "between");
      if (parties.empty() && !between) {
        for (uint32_t k = subj_lo; k < mb && k < subj_lo + 4; ++k) {
          const Token& w = d.toks[k];
          if (w.kind != Tok::word) continue;
          if (!w.has(kCap) || d.org_of[k] >= 0) break;
          if (d.has(k, gCommon | gFunction | gMonth | gWeekday)) continue;  // "But", "Meanwhile", "In"
          if (d.has(k, gCountry | gDemonym | gPlace | gTitle | gHonorific | gOrgCue) || person_at(k)) break;
          uint32_t m = k;
          while (m < mb && m < k + 3 && d.toks[m].kind == Tok::word && d.toks[m].has(kCap) && !d.has(m, gFunction)) ++m;
          std::string_view after = low_at(d, s, m);
          // One word opening the sentence is capitalised anyway ("Analysts said"): it is a name only when
          // written so inside a sentence somewhere too.
          if (k == s.tok_begin && m == k + 1 && !d.toks[k].has(kAllCaps)) {
            std::string_view word = d.text(s, d.toks[k]);
            if (!cap_inside_built) {
              cap_inside_built = true;
              for (const Sentence& s2 : d.sents)
                for (uint32_t q = s2.tok_begin + 1; q < s2.tok_end; ++q)
                  if (d.toks[q].kind == Tok::word && d.toks[q].has(kCap)) cap_inside.insert(d.text(s2, d.toks[q]));
            }
            if (!cap_inside.count(word)) break;
          }
          if (in(after, {"has", "have", "had", "is", "was", "will", "would", "also", "recently", "said", "says",
                         "announced", "signed", "agreed", "struck", "sealed", "won", "lost", "reached", "could",
                         "may", "plans", "hopes", "wants", "received", "secured", "landed", "placed"})) {
            subject_name = std::string(d.span_text(s, k, m));
            add_party(parties, subject_name);
          }
          break;
        }
      }
      // "On the civilian front, Boeing announced a deal with ...": the name right before the clause's verb,
      // wherever the clause starts (the loop above reads only its first words).
      if (parties.empty() && !between && subject_name.empty()) {
        static const WordSet verbs{"announced", "signed", "agreed", "struck", "sealed", "reached", "won",
                                   "has", "had", "have", "plans", "hopes", "wants", "received", "secured",
                                   "landed", "placed"};
        for (uint32_t v = mb; v > subj_lo + 1 && subject_name.empty(); --v) {
          if (d.toks[v - 1].kind != Tok::word || d.toks[v - 1].has(kCap) || !verbs.has(low_at(d, s, v - 1))) continue;
          uint32_t m = v - 1, k = m;
          while (k > subj_lo && k + 3 > m && d.toks[k - 1].kind == Tok::word && d.toks[k - 1].has(kCap) &&
                 d.org_of[k - 1] < 0 && !d.has(k - 1, gFunction | gCommon))
            --k;
          if (k == m || k == s.tok_begin || person_at(k) ||
              d.has(k, gCountry | gDemonym | gPlace | gTitle | gHonorific | gOrgCue | gMonth | gWeekday))
            break;  // the nearest verb has no name before it (or the name opens the sentence: read above)
          if (punct_is(d, s, k - 1, ",") || word_is(d, s, k - 1, "and") || word_is(d, s, k - 1, "but")) {
            subject_name = std::string(d.span_text(s, k, m));
            add_party(parties, subject_name);
          }
          break;
        }
      }
      parties_in(d, s, mb, i, parties, person_at);
      if (complement) parties_in(d, s, comp_b, comp_e, parties, person_at);
      if (rel_e) parties_in(d, s, rel_b, rel_e, parties, person_at);  // "under which ADB will provide ..."
      // "agreement with Chelsea", "with state-owned Hindustan Aeronautics": a name right after "with" (and a
      // lowercase descriptor) is a side, organisation evidence or not (not a person, a place or a common word).
      if (complement && word_is(d, s, comp_b, "with")) {
        uint32_t k = comp_b + 1;
        while (k < comp_e && k < comp_b + 3 && d.toks[k].kind == Tok::word && !d.toks[k].has(kCap) &&
               !d.has(k, gFunction) && d.org_of[k] < 0)
          ++k;
        uint32_t te = 0;
        std::string n = k < comp_e && d.org_of[k] < 0 ? name_at(k, te) : std::string();
        bool whole = !n.empty() && (te >= comp_e || d.toks[te].kind != Tok::word || d.has(te, gFunction));
        if (whole) add_party(parties, n);  // not "Scottish club X"
      }
      // "France's Snecma plans a joint venture with HAL": the company after a country's possessive is the side
      // (parties_in left the country out), organisation evidence or not.
      for (uint32_t k = subj_lo; k + 1 < std::max(comp_e, i); ++k) {
        if (d.toks[k].kind != Tok::possessive || k == subj_lo || (k >= mb && k < i)) continue;
        const GazEntry* ge = nullptr;
        uint32_t c = k - 1;
        while (c > subj_lo && d.toks[c - 1].kind == Tok::word && d.toks[c - 1].has(kCap) && c + 3 > k) --c;
        bool country = false;
        for (uint32_t q = c; q < k && !country; ++q) country = match_gaz(d, s, q, gCountry, &ge) == int(k - q);
        if (!country || d.org_of[k + 1] >= 0) continue;
        uint32_t te = 0;
        std::string n = name_at(k + 1, te);
        if (!n.empty()) add_party(parties, n);
      }
      // "The firm ... signing a deal to buy X", "The US company said it had agreed the sale of ...": a company
      // named by a definite noun in the subject is the nearest company named before.
      if (subject_name.empty()) {
        bool org_in_subject = false;
        for (uint32_t k = subj_lo; k < mb && !org_in_subject; ++k) org_in_subject = d.org_of[k] >= 0;
        for (uint32_t k = subj_lo; k + 1 < mb && !org_in_subject; ++k) {
          if (!word_is(d, s, k, "the")) continue;
          // Only a plain noun: "the US company" may be another company than the one named last, so it is
          // left unresolved (and its country is no side, see describes_company).
          uint32_t q = k + 1;
          std::string_view noun = low_at(d, s, q);
          if (q >= mb || noun.empty() || d.toks[q].has(kCap) || !d.has(q, gOrgCue) || noun.back() == 's' ||
              word_is(d, s, q + 1, "of"))
            continue;
          // The noun governs the trigger's clause: no comma or "and" between them ("The firm is Italy's largest
          // employer, and a failure to reach an agreement ..." is about no deal of the firm's).
          bool same_clause = true;
          for (uint32_t m = q + 1; m < mb && same_clause; ++m)
            same_clause = !punct_is(d, s, m, ",") && !word_is(d, s, m, "and");
          if (!same_clause) break;
          if (const OrgMention* o = antecedent(k, nullptr, true)) add_party(parties, o->canon.empty() ? o->name : o->canon);
          break;
        }
      }
      // Sides told through people: "Armenian President X rejected a deal with the EU", "signed a memorandum with
      // Spanish Foreign Minister Y". A person who is the clause's subject (not one who only reports it: "X
      // said") or is named right after "with" stands for the country or organisation they serve.
      if (parties.size() < 2) {
        auto person_sides = [&](uint32_t b, uint32_t e, bool subject) {
          for (uint32_t k = b; k < e && parties.size() < 4; ++k) {
            // A name starts with a capital: the binary search only there (this runs for most triggers).
            const Mention* m =
                d.toks[k].kind == Tok::word && d.toks[k].has(kCap) ? mention_at(s.para, d.toks[k].begin) : nullptr;
            if (!m) continue;
            uint32_t me = k;
            while (me < e && d.toks[me].begin < m->end) ++me;
            // "The meeting with Trump brought ties to the level of a partnership": a person inside a
            // prepositional phrase of the subject is not its subject.
            if (subject && in(low_at(d, s, k - 1), {"with", "by", "to", "of", "for", "from", "between", "at"})) {
              k = me - 1 > k ? me - 1 : k;
              continue;
            }
            bool reports = false;
            for (uint32_t q = me; subject && q < e && q < me + 4 && !reports; ++q)
              reports = in(low_at(d, s, q), {"said", "says", "told", "tells", "added", "according", "noted", "stated"});
            const std::string& aff = a.people[m->person].affiliation;
            if (!reports && !aff.empty()) add_party(parties, aff);
            k = me - 1 > k ? me - 1 : k;
          }
        };
        person_sides(subj_lo, mb, true);
        if (complement && (word_is(d, s, comp_b, "with") || word_is(d, s, comp_b, "between")))
          person_sides(comp_b, comp_e, false);
      }
      if ((trig.kind == "sale" || trig.kind == "purchase") && parties.empty()) {
        bool side = false;  // an organisation or a country anywhere in the sentence
        for (uint32_t k = s.tok_begin; k < s.tok_end && !side; ++k)
          side = d.org_of[k] >= 0 || (d.toks[k].has(kCap) && d.has(k, gCountry | gDemonym));
        if (!side) continue;
      }
      // "a $2bn loan" with no lender or borrower named is none; "China gave Russia a $6bn loan": the clause's.
      if (trig.kind == "loan" && parties.empty())
        for (std::string& side : clause_sides(d, si, mb, i + 1).sides) add_party(parties, std::move(side));
      if (trig.kind == "loan" && parties.empty()) continue;
      // "Another MoU was signed by the Minister of Youth and Sports ...": a document told by no subject of its
      // own, signed by a minister, is about the minister's portfolio ("MoU on youth and sports").
      std::string portfolio;
      if (!complement && !counted && (!modified || another)) {
        static const WordSet not_fields{"foreign", "affairs", "prime", "deputy", "first", "state", "interior",
                                        "external", "chief", "senior", "vice", "acting", "former"};
        for (uint32_t k = i + 1; k < s.tok_end && k < i + 16 && portfolio.empty(); ++k) {
          if (!word_is(d, s, k, "minister") && !word_is(d, s, k, "ministers")) continue;
          uint32_t b = k + 1, e = k + 1;
          if (word_is(d, s, k + 1, "of") || word_is(d, s, k + 1, "for")) {  // "Minister of Youth and Sports"
            b = e = k + 2;
            while (e < s.tok_end && e < b + 5 && d.toks[e].kind == Tok::word && !person_at(e) &&
                   (d.toks[e].has(kCap) || word_is(d, s, e, "and")))
              ++e;  // (up to the minister's name: "Minister of Agriculture El Sayed ...")
            if (e > b && word_is(d, s, e - 1, "and")) --e;
          } else {  // "Agriculture Minister"
            e = k;
            b = k;
            while (b > i + 1 && b + 3 > k && d.toks[b - 1].kind == Tok::word && d.toks[b - 1].has(kCap) &&
                   !d.has(b - 1, gCountry | gDemonym | gFunction))
              --b;
          }
          bool ok = e > b;
          for (uint32_t q = b; q < e && ok; ++q)
            ok = word_is(d, s, q, "and") || (d.toks[q].has(kCap) && !not_fields.has(low_at(d, s, q)) &&
                                              !d.has(q, gCountry | gDemonym) && d.org_of[q] < 0);
          if (ok) portfolio = lower_ascii(std::string(d.span_text(s, b, e)));
        }
        if (!portfolio.empty()) complement = true;  // named now (the title takes it below): not a bare trigger
      }
      // "a better deal", "a smart acquisition", "the final agreement": a description that names neither the
      // subject nor a side is a vague mention.
      if (evaluative_only && !another && !complement && !counted && !valued && parties.empty()) continue;
      // ---- title
      std::string title(d.span_text(s, mb, std::max(comp_e, ce)));
      if (!elided_count.empty()) title = elided_count + " " + title;
      if ((participle != cNone || given_by) && complement)  // "settlement reached with X" -> "settlement with X"
        title = std::string(d.span_text(s, mb, i + 1)) + " " + std::string(d.span_text(s, comp_b, comp_e));
      if (partitive_one && complement)  // "Of the five contracts, one was with X for Y" -> "contract with X for Y"
        title = singular(d.text(s, tk)) + " " + std::string(d.span_text(s, comp_b, comp_e));
      if (rel_e && complement)  // "credit agreement under which ... to improve X" -> "credit agreement to improve X"
        title = std::string(d.span_text(s, mb, name_e)) + " " + std::string(d.span_text(s, comp_b, comp_e));
      // The value names the deal only when nothing else does: "a $206bn settlement", but "a $2bn takeover
      // offer for X" is the "takeover offer for X".
      if (valued && (complement || value_b > mb || value_b + value_len < i)) {
        uint32_t ve = value_b + value_len;
        std::string rest(d.span_text(s, ve, std::max(comp_e, ce)));
        if (participle != cNone && complement)
          rest = std::string(d.span_text(s, ve, i + 1)) + " " + std::string(d.span_text(s, comp_b, comp_e));
        title = value_b > mb ? std::string(d.span_text(s, mb, value_b)) + " " + rest : rest;
      }
      // "would fund the purchase of the U.S. firm": a company told only by a definite description after "of" is
      // the company named last before the sentence (the one the deal is about), named in the title and a side.
      if (family_of(trig.kind) == "takeover" && complement && c0 == "of" && word_is(d, s, comp_b + 1, "the")) {
        uint32_t n = comp_b + 2;
        if (int g = n < s.tok_end && d.toks[n].has(kCap) ? match_gaz(d, s, n, gCountry | gDemonym, nullptr) : 0) n += g;
        if (n + 1 == comp_e && d.toks[n].kind == Tok::word && !d.toks[n].has(kCap) && d.has(n, gOrgCue) &&
            d.low(s, d.toks[n]).back() != 's')
          if (const OrgMention* o = antecedent(s.tok_begin, nullptr)) {
            const std::string name = o->canon.empty() ? o->name : o->canon;
            if (!has_side(parties, name)) {
              title = std::string(d.span_text(s, mb, comp_b + 1)) + " " + name;
              add_party(parties, name);
            }
          }
      }
      // "signed an MoU with the governor of X province to expand trade and tourism": after the sides, a purpose
      // tells what the document is about and names it better than its sides do (the title names the subject).
      // Documents only, and sides that are an office or a person, not a company: "a deal with Apple to produce a
      // phone" is named by its side (a company deal), as is "a deal with X to buy Y".
      const bool document = trig.kind != "deal" && trig.kind != "settlement" && trig.kind != "loan" &&
                            (family_of(trig.kind) == "agreement" || trig.kind == "memorandum");
      if (complement && !valued && document && word_is(d, s, comp_b, "with")) {
        static const WordSet trade_verbs{"buy", "acquire", "purchase", "sell", "take", "merge", "combine", "pay",
                                         "supply", "provide", "lease", "rent", "sponsor", "invest", "end", "settle",
                                         "be", "have", "get", "make", "do"};
        uint32_t to = 0;
        for (uint32_t k = comp_b + 2; k + 1 < s.tok_end && k < comp_b + 18 && !to; ++k) {
          const Token& w = d.toks[k];
          if (boundary(d, s, k) || (w.kind == Tok::punct && d.text(s, w) != "-" && d.text(s, w) != "'" &&
                                    d.text(s, w) != "’" && d.text(s, w) != "&"))
            break;
          std::string_view l = w.kind == Tok::word ? d.low(s, w) : std::string_view();
          if (!w.has(kCap) && complement_stop(l)) break;
          if (l == "to" && d.org_of[k] < 0 && d.toks[k + 1].kind == Tok::word && !d.toks[k + 1].has(kCap) &&
              !d.has(k + 1, gFunction) && !trade_verbs.has(low_at(d, s, k + 1)))
            to = k;
        }
        // A company named as the side (not inside an office: "the Governor of X"): the sides name the deal. So
        // does any name right after "with" that is not an office ("with Gazprom", but "with Governor of X").
        for (uint32_t k = comp_b + 1; to && k < to; ++k)
          if (d.org_of[k] >= 0 && d.orgs[d.org_of[k]].tb == k && !word_is(d, s, k - 1, "of")) to = 0;
        if (to && d.toks[comp_b + 1].has(kCap) && !d.has(comp_b + 1, gTitle | gTitleMod)) to = 0;
        if (to) {
          uint32_t pe = to + 2, words_left = 6;
          while (pe < s.tok_end && words_left > 0) {
            const Token& w = d.toks[pe];
            if (w.kind == Tok::punct && !((d.text(s, w) == "-" || d.text(s, w) == "&") && !w.has(kSpaceBefore))) break;
            if (w.kind == Tok::word && !w.has(kCap) && complement_stop(d.low(s, w))) break;
            if (w.kind == Tok::word && (d.has(pe, gMonth | gWeekday))) break;
            ++pe;
            --words_left;
          }
          while (pe > to + 2 && (d.toks[pe - 1].kind != Tok::word || d.has(pe - 1, gFunction))) --pe;
          title = std::string(d.span_text(s, mb, name_e)) + " " + std::string(d.span_text(s, to, pe));
        }
      }
      // "Memorandum of Understanding between the Department of X of the Republic of Y and the Ministry of Z
      // concerning Defense Education": the subject after the sides' names names the document better than they do
      // (the sides are its parties). The names between: capitalised words joined by of/the/and.
      // So does a purpose after the names and a comma, or after a value: "an MoU with China's Yunnan Academy of
      // Agricultural Sciences, for cooperation in ...", "a credit agreement between A and B (AFD) for an amount
      // of 10 million euros for the Rural Development project". ("for" and a count names goods: "an agreement
      // with Boeing for 30 787s" is named by its sides.)
      bool subject_title = false;
      if (complement && !valued && document && (word_is(d, s, comp_b, "between") || word_is(d, s, comp_b, "with"))) {
        uint32_t k = comp_b + 1;
        while (k < s.tok_end && k < comp_b + 40) {
          const Token& w = d.toks[k];
          if (punct_is(d, s, k, "(") && k + 2 < s.tok_end && acronym_word(d, s, k + 1) && punct_is(d, s, k + 2, ")")) {
            k += 3;  // "(AFD)"
            continue;
          }
          if (w.kind == Tok::possessive && k > comp_b + 1 && d.toks[k - 1].has(kCap)) { ++k; continue; }  // "China's"
          if (w.kind != Tok::word) break;
          if (!(w.has(kCap) || in(low_at(d, s, k), {"of", "the", "and", "for", "de", "du", "des", "la", "le", "di"}))) break;
          if (word_is(d, s, k, "for") && !(k + 1 < s.tok_end && d.toks[k + 1].has(kCap))) break;
          ++k;
        }
        const uint32_t names_e = k;
        if (punct_is(d, s, k, ",")) ++k;
        // A value between the names and the purpose: "for an amount of 10 million euros", "worth $2m".
        {
          uint32_t v = k;
          if (word_is(d, s, v, "for") && word_is(d, s, v + 1, "an") && word_is(d, s, v + 2, "amount") && word_is(d, s, v + 3, "of"))
            v += 4;
          else if (in(low_at(d, s, v), {"for", "worth", "totalling", "totaling"}))
            v += 1;
          else if (word_is(d, s, v, "valued") && word_is(d, s, v + 1, "at"))
            v += 2;
          if (v > k && v < s.tok_end && in_money(v)) {
            while (v < s.tok_end && in_money(v)) ++v;
            if (punct_is(d, s, v, ",")) ++v;
            k = v;
          }
        }
        const bool purpose = k > names_e && word_is(d, s, k, "for") && k + 1 < s.tok_end &&
                             d.toks[k + 1].kind == Tok::word && !count_word(low_at(d, s, k + 1)) && !in_money(k + 1);
        const bool date = k + 1 < s.tok_end &&  // "on Monday"
                          (d.has(k + 1, gMonth | gWeekday) || d.toks[k + 1].kind == Tok::number);
        if (k > comp_b + 2 && k + 1 < s.tok_end && !date &&
            (in(low_at(d, s, k), {"concerning", "regarding", "on"}) || purpose) &&
            !d.toks[k].has(kCap) && d.toks[k + 1].kind == Tok::word) {
          uint32_t e = k + 1, words_left = 10;
          while (e < s.tok_end && words_left > 0 && !boundary(d, s, e) && d.toks[e].kind != Tok::punct) ++e, --words_left;
          while (e > k + 1 && (d.toks[e - 1].kind != Tok::word || d.has(e - 1, gFunction))) --e;
          if (e > k + 1) {
            title = std::string(d.span_text(s, mb, name_e)) + " " + std::string(d.span_text(s, k, e));
            subject_title = true;
          }
        }
      }
      if (complement && !subject_title) {
        // "with American agricultural giant Tyson Foods": the descriptor before a named side is left out (after
        // a preposition only: in "to acquire Versum" the word before the name is the verb).
        uint32_t k = comp_b + 1;
        const bool side_prep = in(low_at(d, s, comp_b), {"with", "between", "of", "for", "from", "by"});
        for (uint32_t o = k + 1; side_prep && o < comp_e && o < k + 5; ++o) {
          if (d.org_of[o] < 0 || d.orgs[d.org_of[o]].tb != o) continue;
          bool descriptor = true;
          for (uint32_t m = k; m < o && descriptor; ++m) {
            const Token& w = d.toks[m];
            descriptor = w.kind == Tok::word && !d.has(m, gFunction) &&
                         (!w.has(kCap) || d.has(m, gDemonym | gCountry));
          }
          if (descriptor)
            title = std::string(d.span_text(s, mb, k)) + " " + std::string(d.span_text(s, o, comp_e));
          break;
        }
        // "between the two countries/sides": name them.
        for (uint32_t b2 = comp_b; b2 + 3 < comp_e + 1 && b2 + 3 <= s.tok_end; ++b2)
          if (word_is(d, s, b2, "between") && word_is(d, s, b2 + 1, "the") &&
              in(low_at(d, s, b2 + 2), {"two", "both"}) &&
              in(low_at(d, s, b2 + 3), {"countries", "sides", "nations", "states", "governments"}) &&
              (find_hosts(), !second.empty())) {
            title = std::string(d.span_text(s, mb, b2)) + " between " + std::string(host) + " and " +
                    std::string(second);
            if (b2 + 4 < comp_e) title += " " + std::string(d.span_text(s, b2 + 4, comp_e));
            add_party(parties, std::string(host));
            add_party(parties, std::string(second));
            break;
          }
        // "Agreement between the Government of A and the Government of B on visa exemption": the sides
        // are parties; the title keeps what the agreement is about.
        for (uint32_t b2 = comp_b; b2 < comp_e; ++b2) {
          if (!word_is(d, s, b2, "between")) continue;
          uint32_t m = b2 + 1, sides = 0;
          while (m < comp_e && sides < 2) {
            if (word_is(d, s, m, "the")) ++m;
            if (m < comp_e && d.org_of[m] >= 0) {
              m = d.orgs[d.org_of[m]].te;
            } else {
              const GazEntry* ge = nullptr;
              int n = m < comp_e ? match_gaz(d, s, m, gCountry, &ge) : 0;
              if (!n) break;
              m += n;
            }
            ++sides;
            if (sides == 1 && word_is(d, s, m, "and")) ++m;
            else break;
          }
          if (sides == 2 && m + 1 < comp_e &&
              in(low_at(d, s, m), {"on", "in", "for", "to", "regarding", "concerning", "about", "over"})) {
            title = std::string(d.span_text(s, mb, b2)) + " " + std::string(d.span_text(s, m, comp_e));
            while (!title.empty() && title.back() == ' ') title.pop_back();
          }
          break;
        }
      }
      // "Memorandum of Understanding on Cooperation in Agriculture, Fisheries and Related Fields between the
      // Republic of A and the Democratic Socialist Republic of B": a subject told first names the document; the
      // sides after it are its parties, not its title.
      if (complement && !subject_title && !rel_e && participle == cNone && !valued && elided_count.empty() &&
          in(c0, {"on", "regarding", "concerning", "covering"}))
        for (uint32_t b2 = comp_b + 2; b2 + 1 < comp_e; ++b2)
          if (word_is(d, s, b2, "between") && (word_is(d, s, b2 + 1, "the") || d.toks[b2 + 1].has(kCap))) {
            // (Only a subject that says something: "Protocol on cooperation between A and B" is named by its
            // sides.)
            bool says = false;
            for (uint32_t k = comp_b + 1; k < b2 && !says; ++k)
              says = d.toks[k].kind == Tok::word && !d.has(k, gFunction) &&
                     !in(low_at(d, s, k), {"cooperation", "co-operation", "collaboration", "partnership", "mutual",
                                           "bilateral", "understanding", "further", "closer", "strengthening"});
            if (says) title = std::string(d.span_text(s, mb, b2));
            break;
          }
      // "A's Accounts Chamber and B's Control Committee signed a cooperation agreement": a description with
      // no complement is named after the two bodies that are its subject, so the next pair's is another.
      if (modified && !complement && !counted && !valued && !trig.plural) {
        std::vector<const OrgMention*> subj;
        for (uint32_t k = subj_lo; k < mb && subj.size() < 3; ++k)
          if (d.org_of[k] >= 0 && d.orgs[d.org_of[k]].tb == k) {
            subj.push_back(&d.orgs[d.org_of[k]]);
            k = d.orgs[d.org_of[k]].te - 1;
          }
        if (subj.size() == 2 && word_is(d, s, subj[0]->te, "and") == false) {
          // only two bodies joined by "and" (possibly after a possessive country): "X and Y signed"
          bool joined = false;
          for (uint32_t k = subj[0]->te; k < subj[1]->tb; ++k) joined |= word_is(d, s, k, "and");
          if (!joined) subj.clear();
        }
        if (subj.size() == 2)
          title += " between " + (subj[0]->canon.empty() ? subj[0]->name : subj[0]->canon) + " and " +
                   (subj[1]->canon.empty() ? subj[1]->name : subj[1]->canon);
      }
      if (!portfolio.empty()) title += " on " + portfolio;
      if ((!modified || (another && mb == i)) && !complement && !counted) {
        // A bare trigger is named after its sides, or it is too vague to list ("another MoU" too: "another" only
        // says it is not the one told before).
        if (parties.size() >= 2) {
          title += " between " + parties[0] + " and " + parties[1];
        } else if (another && (find_hosts(), !host.empty() && !second.empty())) {
          title += " between " + std::string(host) + " and " + std::string(second);  // "the two sides also signed another MoU"
        } else if (!issued) {  // an issued statement may take the report's two countries below
          continue;
        }
      }
      // "sponsorship deals with Chelsea and Celtic", "fresh deals with two airlines - Air Deccan and
      // Kingfisher": a plural trigger with several named sides is one deal per side.
      // The sides of the list: organisations, and capitalised names coordinated with them ("with Chelsea and
      // Celtic", "with two airlines - Air Deccan and Kingfisher"): a name in a list of sides is a side, unless it
      // is a country, a place, a person or a common word.
      struct Side {
        std::string name;
        uint32_t te;
      };
      std::vector<Side> each;
      if (trig.plural && !counted && word_is(d, s, comp_b, "with")) {
        uint32_t end = comp_e;
        if (end + 1 < s.tok_end && (punct_is(d, s, end, "-") || punct_is(d, s, end, "–") || punct_is(d, s, end, ":")))
          end = s.tok_end;  // the list after a dash or a colon
        bool country = false;
        for (uint32_t k = comp_b + 1; k < end && each.size() < 8; ++k) {
          if (d.org_of[k] >= 0) {
            const OrgMention& o = d.orgs[d.org_of[k]];
            each.push_back({o.canon.empty() ? o.name : o.canon, o.te});
            k = o.te - 1;
            continue;
          }
          const Token& w = d.toks[k];
          if (w.kind != Tok::word || !w.has(kCap)) continue;
          if (d.has(k, gCountry | gDemonym | gPlace | gTitle | gHonorific | gCommon | gFunction | gMonth | gWeekday)) {
            country |= d.has(k, gCountry);
            continue;
          }
          std::string_view prev_w = low_at(d, s, k - 1);
          bool listed = prev_w == "with" || prev_w == "and" || punct_is(d, s, k - 1, ",") || punct_is(d, s, k - 1, "-") ||
                        punct_is(d, s, k - 1, "–") || punct_is(d, s, k - 1, ":");
          uint32_t m = k;
          while (m < end && m < k + 4 && d.toks[m].kind == Tok::word && d.toks[m].has(kCap) && d.org_of[m] < 0) ++m;
          std::string_view next_w = low_at(d, s, m);
          bool ends = m >= end || next_w == "and" || punct_is(d, s, m, ",") || punct_is(d, s, m, ".");
          if (listed && ends && !person_at(k)) each.push_back({std::string(d.span_text(s, k, m)), m});
          k = m - 1;
        }
        if (each.size() < 2 || country) each.clear();
      }
      std::vector<std::string> before_sides;  // the sides named before the trigger (the maker)
      if (!each.empty()) {
        parties_in(d, s, subj_lo, i, before_sides, person_at);
        if (!subject_name.empty()) add_party(before_sides, subject_name);
        std::string base = (mb < i ? std::string(d.span_text(s, mb, i)) + " " : std::string()) + std::string(trig.kind) + " with ";
        for (size_t n = 1; n < each.size(); ++n) {
          const Side& o = each[n];
          std::string maker = subject_name.empty() ? "" : subject_name + " ";  // named like the first one
          for (uint32_t k = subj_lo; k < mb && maker.empty(); ++k)
            if (d.org_of[k] >= 0 && d.orgs[d.org_of[k]].company)
              maker = (d.orgs[d.org_of[k]].canon.empty() ? d.orgs[d.org_of[k]].name : d.orgs[d.org_of[k]].canon) + " ";
          Item it;
          it.rec.title = maker + base + o.name;
          it.rec.kind = std::string(trig.kind);
          it.rec.parties = before_sides;
          add_party(it.rec.parties, o.name);
          it.rec.status = status;
          it.rec.evidence = make_evidence(s, d.toks[mb].begin, d.toks[o.te - 1].end);
          it.family = family_of(trig.kind);
          it.content = content_words(it.rec.title);
          if (!seen_titles.insert(lower_ascii(it.rec.title)).second) continue;
          it.rule = "agreement:plural-split+status:" + std::string(to_string(status));
          extra_items.push_back(std::move(it));
        }
        title = base + each[0].name;
        parties = before_sides;
        add_party(parties, each[0].name);
      }
      // Content of its own, for the repeat check: the title's words less the trigger and the sides' names.
      std::string fam = family_of(trig.kind);
      std::vector<std::string> words = content_words(title);
      {
        std::string side_words;
        for (const std::string& p : parties) side_words += " " + lower_ascii(p) + " ";
        words.erase(std::remove_if(words.begin(), words.end(),
                                   [&](const std::string& w) {
                                     return gaz_has(w, gTrigger) || side_words.find(" " + w + " ") != std::string::npos ||
                                            side_words.find(" " + w) != std::string::npos;
                                   }),
                    words.end());
      }
      // A company deal is named with its maker: "Lockheed agreement with Hindustan Aeronautics".
      if (!subject_name.empty() && lower_ascii(title).find(lower_ascii(subject_name)) == std::string::npos &&
          (family_of(trig.kind) == "takeover" || trig.kind == "deal" || trig.kind == "contract" ||
           trig.kind == "order"))
        title = subject_name + " " + title;
      for (uint32_t k = subj_lo; k < mb; ++k) {
        if (d.org_of[k] < 0) continue;
        const OrgMention& o = d.orgs[d.org_of[k]];
        std::string name = o.canon.empty() ? o.name : o.canon;
        if (o.company && lower_ascii(title).find(lower_ascii(o.name)) == std::string::npos)
          title = name + " " + title;
        break;
      }
      std::string rule = std::string("agreement:") + std::string(trig.kind) + (modified ? "+modifiers" : "") +
                         (complement ? "+complement" : "") + (counted ? "+count" : "");
      if ((status == AgreementStatus::signed_ || status == AgreementStatus::agreed) && parties.size() < 2) {
        // A country named elsewhere in the sentence ("… livestock production in Kazakhstan"), else the host.
        std::string_view extra;
        for (uint32_t k = s.tok_begin; k < s.tok_end && extra.empty(); ++k) {
          const GazEntry* e = nullptr;
          if (d.toks[k].kind == Tok::word && d.toks[k].has(kCap)) {
            int n = match_gaz(d, s, k, gCountry, &e);
            if (n && std::find(parties.begin(), parties.end(), e->value) == parties.end() &&
                !describes_company(d, s, k, uint32_t(n), s.tok_end, person_at))
              extra = e->value;
          }
        }
        if (!extra.empty()) {
          parties.emplace_back(extra);
          rule += "+sentence-country-party";
        } else if ((find_hosts(), !host.empty()) && std::find(parties.begin(), parties.end(), host) == parties.end() &&
                   parties.empty()) {
          parties.emplace_back(host);
          rule += "+host-party";
          // A report about two countries (the second named at least half as often as the host): a document
          // signed with no sides of its own is between them.
          if (!second.empty() && second_count * 2 >= host_count && second_count >= 3) {
            parties.emplace_back(second);
            rule += "+second-party";
          }
        }
        // "the two sides signed", "both countries agreed": the subject says there are two, so the report's two
        // most named countries are the sides, however often the second is named.
        if (parties.size() < 2 && (find_hosts(), !second.empty())) {
          bool two_sides = false;
          for (uint32_t k = subj_lo; k + 1 < mb && !two_sides; ++k)
            two_sides = (word_is(d, s, k, "two") || word_is(d, s, k, "both")) &&
                        in(low_at(d, s, k + 1), {"sides", "countries", "states", "governments", "nations", "parties",
                                                 "leaders", "ministers", "presidents", "premiers", "delegations"});
          // "... documents have been signed between the two countries": after the verb, in the same clause.
          for (uint32_t k = std::max(comp_e, i + 1); k + 3 < s.tok_end && k < hi + 4 && !two_sides; ++k) {
            if (boundary(d, s, k)) break;
            two_sides = word_is(d, s, k, "between") && word_is(d, s, k + 1, "the") && word_is(d, s, k + 2, "two") &&
                        in(low_at(d, s, k + 3), {"sides", "countries", "states", "governments", "nations"});
          }
          if (two_sides) {
            if (std::find(parties.begin(), parties.end(), host) == parties.end()) parties.emplace_back(host);
            if (parties.size() < 2 && std::find(parties.begin(), parties.end(), second) == parties.end())
              parties.emplace_back(second);
            rule += "+two-sides";
          }
        }
      }
      // One more deal of this plural mention (fields, modifiers or subjects split below): the mention's kind, sides
      // and status, evidence over tokens [eb, ee), unless its title was already listed.
      auto add_split = [&](std::string t, uint32_t eb, uint32_t ee, const char* how) {
        if (!seen_titles.insert(lower_ascii(t)).second) return;
        Item it;
        it.rec.title = std::move(t);
        it.rec.kind = std::string(trig.kind);
        it.rec.parties = parties;
        it.rec.status = status;
        it.rec.evidence = make_evidence(s, d.toks[eb].begin, d.toks[ee - 1].end);
        it.family = family_of(trig.kind);
        it.content = content_words(it.rec.title);
        it.rule = "agreement:" + std::string(how) + "+status:" + std::string(to_string(status));
        extra_items.push_back(std::move(it));
      };
      if (!fields.empty()) {
        std::string base = (mb < i ? std::string(d.span_text(s, mb, i)) + " " : std::string()) + std::string(trig.kind) +
                           " between the ";
        std::string head(d.span_text(s, fields_head, fields_head + 1));
        for (size_t n = 1; n < fields.size(); ++n)
          add_split(base + std::string(fields[n]) + " " + head, mb, i + 1, "fields-split");
        title = base + std::string(fields[0]) + " " + head;
        words = content_words(title);
        rule += "+fields-split";
      }
      if (mod_and) {
        const std::string one = singular(d.text(s, d.toks[i])) +
                                (complement ? " " + std::string(d.span_text(s, comp_b, comp_e)) : std::string());
        const std::string tail = mod_and + 2 < i ? std::string(d.span_text(s, mod_and + 2, i)) + " " : std::string();
        add_split(std::string(d.span_text(s, mod_and + 1, i)) + " " + one, mod_and + 1, i + 1, "modifiers-split");
        title = std::string(d.span_text(s, mb, mod_and)) + " " + tail + one;
        words = content_words(title);
        rule += "+modifiers-split";
      }
      if (!subjects.empty()) {
        // The count and a vague word are the group's, not each document's: "three other agreements on A" is
        // "agreement on A".
        const uint32_t tb = count_at == mb ? mb + 1 + (counted_vague ? 1 : 0) : mb;
        std::string base = (tb < i ? std::string(d.span_text(s, tb, i)) + " " : std::string()) +
                           split_head(d, s, i, comp_b, subjects[0].b);
        for (size_t n = 1; n < subjects.size(); ++n)
          add_split(base + std::string(d.span_text(s, subjects[n].b, subjects[n].e)), mb, subjects[n].e, "subjects-split");
        title = base + std::string(d.span_text(s, subjects[0].b, subjects[0].e));
        words = content_words(title);
        rule += "+subjects-split";
      }
      // "Five MOUs" between two countries: a counted group is named after its two sides, as a single document is
      // ("20 cooperation documents between Iran and China"); the count and kind alone name nothing.
      // "They issued a joint statement ... between Sri Lanka and Pakistan": a statement whose subject is a pronoun
      // is between the countries its sentence names.
      for (uint32_t k = s.tok_begin; issued && !complement && parties.size() < 2 && k < s.tok_end; ++k) {
        const GazEntry* e = nullptr;
        if (d.toks[k].kind == Tok::word && d.toks[k].has(kCap))
          if (int n = match_gaz(d, s, k, gCountry, &e)) {
            if (std::find(parties.begin(), parties.end(), e->value) == parties.end()) parties.emplace_back(e->value);
            k += uint32_t(n) - 1;
          }
      }
      if ((counted || issued) && !complement && parties.size() == 2 && gaz_has(lower_ascii(parties[0]), gCountry) &&
          gaz_has(lower_ascii(parties[1]), gCountry) && lower_ascii(title).find(" between ") == std::string::npos)
        title += " between " + parties[0] + " and " + parties[1];
      if (issued && !complement && lower_ascii(title).find(" between ") == std::string::npos) continue;
      // "China gave Russia a $6bn loan": a loan named by its value alone is named after its lender and borrower
      // too (the subject's side first), as news writes it: "China $6bn loan to Russia".
      if (trig.kind == "loan" && lent && parties.size() >= 2 &&
          !(complement && word_is(d, s, comp_b, "to") && comp_b + 1 < s.tok_end && d.toks[comp_b + 1].has(kCap))) {
        const std::string low = lower_ascii(title);
        if (low.find(lower_ascii(parties[0])) == std::string::npos &&
            low.find(lower_ascii(parties[1])) == std::string::npos) {
          title = parties[0] + " " + std::string(d.span_text(s, mb, i + 1)) + " to " + parties[1] +
                  (complement ? " " + std::string(d.span_text(s, comp_b, comp_e)) : std::string());
          words = content_words(title);
        }
      }
      // ---- repeats: the same title, or the same family and sides with no new content words.
      std::string key = lower_ascii(title);
      if (!seen_titles.insert(key).second) continue;
      bool repeat = false;
      // "inked 20 cooperation documents ... The officials inked 20 documents of cooperation in trade": the same
      // count of the same kind is the same group, whatever else the second mention says.
      std::string count_text;
      // (A group split into its subjects is no group any more: its documents are listed one by one.)
      if (counted && elided_count.empty() && subjects.empty()) count_text = lower_ascii(d.text(s, d.toks[mb]));
      if (!count_text.empty())
        for (const Item& it : items) repeat |= it.count == count_text && it.family == fam;
      for (Item& it : items) {
        if (repeat) break;
        // "X has agreed to merge with Y in a deal worth $5bn": a deal with the sides of a takeover told by a verb,
        // and nothing of its own, is that takeover.
        const bool deal_of_takeover = it.family == "takeover" && trig.kind == "deal" && !parties.empty();
        if (it.family != fam && !deal_of_takeover) continue;
        size_t fresh = 0;
        std::string its_sides;  // an earlier item's sides are not new words ("deal with Chelsea" ... "agreement with Chelsea")
        for (const std::string& p : it.rec.parties) its_sides += " " + lower_ascii(p) + " ";
        for (const std::string& w : words)
          if (std::find(it.content.begin(), it.content.end(), w) == it.content.end() && !gaz_has(w, gCountry | gDemonym) &&
              its_sides.find(" " + w + " ") == std::string::npos)
            ++fresh;
        bool shared = false;
        for (const std::string& p : parties)
          shared |= has_side(it.rec.parties, p);
        bool takeover_same = fam == "takeover" && shared;  // bids and offers for one target: one deal
        bool same_content = words.size() >= 2 && fresh * 2 <= words.size() && fresh <= 1 && parties.empty() &&
                            it.rec.parties.empty();
        bool sides_within = true;  // every side of the new mention is a side of the earlier item
        for (const std::string& p : parties)
          sides_within &= has_side(it.rec.parties, p);
        if (deal_of_takeover && it.family != fam) {
          // "X has agreed to acquire Y in a deal with an enterprise value of $6bn": in the takeover's own
          // sentence, a deal between its sides is that takeover whatever else it says.
          // Only a deal told as the takeover's manner ("in a deal ..."): "as part of a partnership deal" is another.
          const bool same_sentence = it.rec.evidence.paragraph == s.para && it.rec.evidence.sentence == s.span &&
                                     word_is(d, s, before - 2, "in") && in(det, {"a", "an"});
          if (sides_within && (fresh == 0 || same_sentence)) { repeat = true; break; }
          continue;
        }
        if ((sides_within && fresh == 0) || takeover_same || same_content) {
          repeat = true;
          // A later, firmer status wins ("talks on a deal" ... "signed the deal"); a rejected bid stays
          // rejected whatever else is offered.
          // A mention with no status cue of its own ("The company launched a hostile takeover") says nothing.
          if (fam == "takeover" && ((status == AgreementStatus::discussed && cue_given) ||
                                    it.rec.status == AgreementStatus::discussed))
            it.rec.status = AgreementStatus::discussed;
          else if (fam == "takeover" && !cue_given) {
          }
          else if (status < it.rec.status)
            it.rec.status = status;
          break;
        }
      }
      // "The loan agreement has been signed with X ... signed a $50m loan agreement for a steel plant ... signed the
      // loan agreement to fund its construction": mentions of one modified kind ("loan agreement") when the
      // article has one item of it are that item. A later mention with a complement names a bare item; a later
      // definite one with no new side is a repeat. (Only modified kinds: "the agreement on X" after "the
      // agreement on Y" is another document.)
      std::string phrase;
      for (uint32_t k = mb; k <= i; ++k)
        if (d.toks[k].kind == Tok::word && !in_money(k) && !in_figure(k) && !determiner(low_at(d, s, k)) &&
            !in(low_at(d, s, k), {"a", "an"})) {
          if (!phrase.empty()) phrase += ' ';
          phrase += low_at(d, s, k);
        }
      if (!repeat && phrase.find(' ') != std::string::npos && !counted && !trig.plural) {
        Item* same = nullptr;
        int n = 0;
        for (Item& it : items)
          if (it.family == fam && it.phrase == phrase) same = &it, ++n;
        if (n == 1) {
          // (sides: none new, or one shared; a bare item's sides are often only the report's countries)
          bool shared = parties.empty();
          for (const std::string& p : parties) shared |= has_side(same->rec.parties, p);
          const bool bare = lower_ascii(same->rec.title) == phrase;
          if (bare && complement) {
            same->rec.title = title;
            same->content = words;
            if (!parties.empty()) same->rec.parties.clear();  // the named mention's sides replace the guessed ones
            repeat = true;
          } else if (det == "the" && shared) {
            repeat = true;
          }
          if (repeat) {
            for (std::string& p : parties)
              if (same->rec.parties.size() < 4 && !has_side(same->rec.parties, p)) same->rec.parties.push_back(p);
            if (status < same->rec.status) same->rec.status = status;
          }
        }
      }
      if (repeat) continue;
      Item it;
      it.phrase = phrase;
      AgreementRecord& r = it.rec;
      r.title = title;
      r.kind = std::string(trig.kind);
      r.parties = std::move(parties);
      r.status = status;
      r.evidence = make_evidence(s, d.toks[mb].begin, d.toks[std::max(comp_e, ce) - 1].end);
      const FigureRecord* fig = nullptr;
      for (const FigureRecord& f : a.figures)
        if (f.evidence.paragraph == s.para && f.evidence.sentence == s.span &&
            (!fig || (f.kind == FigureKind::money && fig->kind != FigureKind::money)))
          fig = &f;
      if (fig) r.figure = fig->id;
      it.family = fam;
      it.count = count_text;
      it.content = std::move(words);
      rule += std::string("+status:") + std::string(to_string(status));
      it.rule = rule;
      items.push_back(std::move(it));
      for (Item& x : extra_items) items.push_back(std::move(x));
      ++done;
      i = std::max(comp_e, ce) - 1;
      // "... of a memorandum signed in September 2021 between A and B": a document that ends the complement and
      // has a participle of its own is another item, read next.
      if (nested && nested <= i && in(low_at(d, s, nested + 1), {"signed", "agreed", "reached", "concluded", "inked"}))
        i = nested - 1;
    }
    if (sentence_cue != cNone) last_sentence_cue = sentence_cue;
  }
  // A takeover told only in the headline: "Air Liquide is buying Airgas for $13.4 billion" over a body that says
  // "The deal gave Airgas ...". The buyer must be an organisation of the body and the target named in it, and no
  // deal of the body may already have the target ("Deere to acquire Wirtgen Group" over its own story adds none).
  if (!a.title.empty() && !a.paragraphs.empty() && items.size() < kMaxItemsPerKind) {
    std::vector<std::string_view> tw;  // the headline's words, as written
    std::string_view t = a.title;
    for (size_t p = 0; p < t.size();) {
      while (p < t.size() && t[p] == ' ') ++p;
      size_t q = p;
      while (q < t.size() && t[q] != ' ') ++q;
      if (q > p) tw.push_back(t.substr(p, q - p));
      p = q;
    }
    auto cap = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && w.find('\'') == std::string_view::npos &&
                                               w.find("\xE2\x80\x99") == std::string_view::npos && w.back() != ','; };
    for (size_t k = 1; k + 1 < tw.size(); ++k) {
      std::string lw = lower_ascii(tw[k]);
      const char* noun = in(lw, {"buy", "buys", "buying", "bought"})                 ? "purchase"
                         : in(lw, {"acquire", "acquires", "acquiring", "acquired"}) ? "acquisition"
                                                                                     : nullptr;
      if (!noun) continue;
      std::string aux = lower_ascii(tw[k - 1]);
      size_t xe = k;  // the buyer ends before an auxiliary: "is buying", "to buy", "agrees to buy"
      if (in(aux, {"is", "to", "will"})) --xe;
      if (aux == "to" && xe > 0 && in(lower_ascii(tw[xe - 1]), {"agrees", "agreed"})) --xe;
      size_t xb = xe;
      while (xb > 0 && xe - xb < 4 && cap(tw[xb - 1])) --xb;
      size_t yb = k + 1;
      if (yb < tw.size() && !cap(tw[yb]) && tw[yb].size() > 2 && tw[yb][0] >= 'A' && tw[yb][0] <= 'Z') ++yb;  // "Germany's"
      size_t ye = yb;
      while (ye < tw.size() && ye - yb < 4 && cap(tw[ye])) ++ye;
      if (xb == xe || yb == ye) break;
      std::string buyer, target;
      for (size_t m = xb; m < xe; ++m) buyer += (m > xb ? " " : "") + std::string(tw[m]);
      for (size_t m = yb; m < ye; ++m) target += (m > yb ? " " : "") + std::string(tw[m]);
      const OrgMention* bo = nullptr;
      for (const OrgMention& o : d.orgs)
        if (o.name == buyer || o.name.rfind(buyer + " ", 0) == 0) { bo = &o; break; }
      bool named = false;
      for (const std::string& para : a.paragraphs) named |= para.find(target) != std::string::npos;
      // The target is a name, not a modifier ("Diageo to buy US wine firm"): no country or place, and the run
      // ends the headline or meets a preposition or a figure ("for $13.4 billion").
      const bool ends = ye == tw.size() || in(lower_ascii(tw[ye]), {"for", "in", "from", "at", "after", "amid", "with"}) ||
                        tw[ye][0] == '$' || (tw[ye][0] >= '0' && tw[ye][0] <= '9');
      const bool place = gaz_has(lower_ascii(target), gCountry | gDemonym | gPlace);
      bool known = false;  // the body tells a takeover by this buyer or of this target: the headline's deal
      for (const Item& it : items)
        known |= it.family == "takeover" && (it.rec.title.find(target) != std::string::npos || has_side(it.rec.parties, target) ||
                                             has_side(it.rec.parties, buyer));
      if (!bo || !named || known || !ends || place || buyer == target) break;
      const bool past = in(lw, {"bought", "acquired", "buys", "acquires"});
      Item it;
      it.rec.title = buyer + " " + noun + " of " + target;
      it.rec.kind = std::string(noun == std::string_view("purchase") ? "acquisition" : noun);
      it.rec.parties = {bo->canon.empty() ? buyer : bo->canon, target};
      // "buys"/"bought": done; "is buying", "agrees to buy": agreed; "to buy", "will buy": planned.
      const bool agreed = aux == "is" || xe + 2 == k;
      it.rec.status = past ? AgreementStatus::signed_ : agreed ? AgreementStatus::agreed : AgreementStatus::planned;
      it.rec.evidence = Evidence{};  // the headline has no evidence span (as its figures)
      it.family = "takeover";
      it.content = content_words(it.rec.title);
      it.rule = "agreement:headline-verb-" + lw + "+status:" + std::string(to_string(it.rec.status));
      items.push_back(std::move(it));
      break;
    }
  }
  // The headline's verb: "Venezuela and China sign oil deal", "X agrees deal with Y" tells the status of the
  // article's first deal of that family when the body left it planned or discussed; "X to sign deal" does not.
  if (!items.empty() && !a.title.empty()) {
    std::vector<std::string> words;
    std::string w;
    for (char c : a.title) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-') w += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
      else if (!w.empty()) words.push_back(std::move(w)), w.clear();
    }
    if (!w.empty()) words.push_back(std::move(w));
    Cue head_cue = cNone;
    std::string head_family;
    for (size_t k = 0; k < words.size(); ++k) {
      const std::string& x = words[k];
      Cue c = in(x, {"sign", "signs", "seal", "seals", "ink", "inks"})                       ? cSigned
              : in(x, {"agree", "agrees", "clinch", "clinches", "strike", "strikes"})        ? cAgreed
                                                                                             : cNone;
      if (c == cNone) continue;
      if (k > 0 && in(words[k - 1], {"to", "will", "may", "could", "might", "set", "plans", "plan", "seeks",
                                     "seek", "eyes", "mulls", "not", "fails", "fail", "refuses"}))
        break;
      for (size_t m = k + 1; m < words.size() && m < k + 5; ++m) {
        const GazEntry* e = gaz(words[m]);
        if (e && (e->flags & gTrigger) && e->value.substr(0, 5) != "verb:") {
          head_cue = c;
          head_family = family_of(e->value);
          break;
        }
      }
      break;
    }
    if (head_cue != cNone)
      for (Item& it : items)
        if (it.family == head_family) {
          AgreementStatus hs = head_cue == cSigned ? AgreementStatus::signed_ : AgreementStatus::agreed;
          if (it.rec.status == AgreementStatus::planned || it.rec.status == AgreementStatus::discussed) {
            it.rec.status = hs;
            it.rule += "+headline-status";
          }
          break;
        }
  }
  // Sides from the clause's structure (clause.cpp): an item that names fewer than two sides takes those of the
  // subject of its governing verb, its passive or noun agent and its "with"/"between" complements, a definite
  // noun or pronoun resolved to what it stands for. The phrase rules above read words next to the mention; the
  // clause reads who did what, whatever the words, so it is asked only for what they left out.
  for (Item& it : items) {
    if (it.rec.parties.size() >= 2) continue;
    const Evidence& ev = it.rec.evidence;
    if (ev.match.end <= ev.match.begin) continue;  // the headline's deal has no span
    // The sentence and the tokens of the mention, by binary search (sentences and tokens are in text order).
    auto sit = std::upper_bound(d.sents.begin(), d.sents.end(), std::make_pair(ev.paragraph, ev.match.begin),
                                [](const std::pair<uint32_t, uint32_t>& v, const Sentence& s) {
                                  return v < std::make_pair(s.para, s.span.begin);
                                });
    if (sit != d.sents.begin()) {
      --sit;
      const Sentence& s = *sit;
      uint32_t si = uint32_t(sit - d.sents.begin());
      if (s.para != ev.paragraph || ev.match.begin >= s.span.end) continue;
      auto tb = std::lower_bound(d.toks.begin() + s.tok_begin, d.toks.begin() + s.tok_end, ev.match.begin,
                                 [](const Token& t, uint32_t v) { return t.begin < v; });
      uint32_t mb = uint32_t(tb - d.toks.begin()), me = mb;
      while (me < s.tok_end && d.toks[me].end <= ev.match.end) ++me;
      if (mb >= me) continue;
      ClauseSides cs = clause_sides(d, si, mb, me);
      // An item of a list set out by paragraphs ("2) Agreement on X") has the list's sides.
      if (list_of[si].head != ~0u && cs.sides.empty()) {
        cs.sides = list_sides(list_of[si].open);
        cs.rule = "list";
      }
      // An item of a list about a group named before ("The MoUs signed are: ...") has the group's sides: the
      // nearest earlier item of that kind with two sides or more (what "the MoUs" refers to).
      if (!cs.group_kind.empty() && cs.sides.empty())
        for (size_t j = size_t(&it - items.data()); j-- > 0;)
          if (items[j].rec.kind == cs.group_kind && items[j].rec.parties.size() >= 2) {
            cs.sides = items[j].rec.parties;
            cs.rule = "group";
            break;
          }
      // No such item: the group may be a plural named only vaguely in the sentence before ("Documents were
      // signed after the talks between A and B. The documents included ..."): the sides of its clause.
      if (!cs.group_kind.empty() && cs.sides.empty())
        for (uint32_t back = 1; back <= 2 && back <= si && cs.sides.empty(); ++back) {
          const Sentence& p = d.sents[si - back];
          for (uint32_t k = p.tok_begin; k < p.tok_end; ++k)
            if (d.has(k, gTriggerPlural) && d.gz[k]->value == cs.group_kind) {
              ClauseSides g = clause_sides(d, si - back, k, k + 1);
              if (g.sides.size() >= 2) {
                cs.sides = std::move(g.sides);
                cs.rule = "group-sentence";
              }
              break;
            }
        }
      bool added = false;
      for (std::string& side : cs.sides)
        if (it.rec.parties.size() < 4 && !has_side(it.rec.parties, side)) {
          it.rec.parties.push_back(std::move(side));
          added = true;
        }
      if (added) it.rule += "+clause-" + cs.rule;
    }
  }
  // A side written as an acronym is named by the full name found in the article whose initials it is
  // ("GM" -> "General Motors", "GCC" -> "Gulf Co-operation Council").
  for (Item& it : items)
    for (std::string& p : it.rec.parties) {
      if (p.size() < 2 || p.size() > 6 || p.find(' ') != std::string::npos) continue;
      bool caps = true;
      for (char c : p) caps &= c >= 'A' && c <= 'Z';
      if (!caps) continue;
      for (const OrgMention& o : d.orgs) {
        const std::string& full = o.canon.empty() ? o.name : o.canon;
        if (full != p && same_side(p, full)) {
          std::string name = full;
          bool dup = false;
          for (const std::string& q : it.rec.parties) dup |= q == name;
          if (!dup) p = name;
          break;
        }
      }
    }
  // "Azerbaijan and Turkey signed three documents ..." followed by the three, each named: the count is no deal of its
  // own (one entry per distinct deal). A counted group is left out when the article's other items with its status
  // (no takeovers, no other groups) are at least as many as its count.
  {
    std::vector<Item> kept;
    kept.reserve(items.size());
    for (size_t n = 0; n < items.size(); ++n) {
      const Item& g = items[n];
      const int c = count_value(g.count);
      int others = 0;
      for (size_t m = 0; c >= 2 && m < items.size(); ++m)
        others += m != n && items[m].count.empty() && items[m].family != "takeover" && items[m].rec.status == g.rec.status;
      if (c >= 2 && others >= c) continue;
      kept.push_back(std::move(items[n]));
    }
    items = std::move(kept);
  }
  // "Cuba and Vietnam signed three collaboration agreements in several fields. Officials signed the update of
  // X and the MoU for Y. They also signed the Action Plan for Z": a counted group whose documents are named in
  // the sentences after it is those documents, no deal of its own. Named: at least all but one of them, in the
  // next three paragraphs (so "signed 12 agreements" with two named keeps its group).
  for (size_t g = 0; g < items.size(); ++g) {
    int n = count_value(items[g].count);
    // (a group named by its value keeps no count of its own: "five contracts worth Rs 39bn" opens with it)
    if (n == 0 && items[g].count.empty()) {
      const std::string& t = items[g].rec.title;
      n = count_value(std::string_view(t).substr(0, t.find(' ')));
    }
    if (n < 2 || items[g].family == "takeover") continue;
    const Evidence& ge = items[g].rec.evidence;
    uint32_t window = ge.paragraph + 3;  // a list set out by paragraphs after the group: all of it
    for (auto [open, last] : list_paras)
      if (open == ge.paragraph) window = std::max(window, last);
    int named = 0;
    for (size_t k = 0; k < items.size(); ++k) {
      const Evidence& e = items[k].rec.evidence;
      const bool later = e.paragraph > ge.paragraph || (e.paragraph == ge.paragraph && e.sentence.begin > ge.sentence.begin);
      // (a later counted group is as many documents: "Two contracts were firmed up with X", and a group
      // repeated later with the same count is no new documents)
      if (k != g && later && e.paragraph <= window && items[k].family != "takeover" &&
          items[k].family != "talks" && items[k].count != items[g].count)
        named += std::max(1, count_value(items[k].count));
    }
    if (named >= n - 1) {
      items.erase(items.begin() + ptrdiff_t(g));
      --g;
    }
  }
  // Ids and explanations in item order.
  UniqueIds taken;
  for (Item& it : items) {
    AgreementRecord& r = it.rec;
    r.id = taken.make(agreement_id(r.title));
    if (d.explain) d.explain->push_back({"agreement", r.id, std::move(it.rule), {}});
    a.agreements.push_back(std::move(r));
  }
}

}  // namespace ae::extract
