// orgs.cpp: organisations named in the text (companies, ministries, agencies, parties, international
// bodies), found from the shape of the name and its context, never from a list of particular names.
//
// A capitalised run (words, acronyms, "&", and "of"/"for"/"and"/"on" between capitals) names an organisation
// when one of these holds; the Explanation-free `rule` records which:
//  head:       it holds an organisation head noun: "Bank of England", "Interior Ministry", "Air India" is not
//              one, "Singapore Airlines" is. The name runs from the run's start through the head and an
//              "of/for/on ..." complement, and stops before a job title ("Bank of England Governor X").
//  suffix:     it ends in a legal form: "Acme Inc", "Widget plc", "Keppel Offshore & Marine Ltd".
//  cue:        a lowercase noun saying what it is stands right before it: "retailer Circuit City", "US media
//              giant TimeWarner", "search engine Google".
//  possessive: "X's" is followed by a business noun: "Fiat's shares", "Nike's profits", "Oracle's chief".
//  it:         "X said it ...", also past a time phrase ("X announced Friday, April 12, it has ..."): people are
//              "he" or "she".
//  object:     it is what a deal is about: "shares in X", "bid for X", "takeover of X", "stake in X".
//  deal-subject: one word that buys, sells or merges: "X agreed to acquire", "X is buying" (not a word that
//              is elsewhere a surname after a first name, nor a common noun opening a sentence).
//  "-based":   "Paris-based X", "State-owned X": where a company is based or who owns it (also "object": what
//              is acquired, "to acquire X").
//  acronym:    one all-capitals word of 2-6 letters that is no country, currency, unit, title or common
//              abbreviation: "SEC", "JCWI", "PEMEX".
//  party:      a party word: "Labour", "the Conservatives", "Lib Dems".
//  known:      the same name (or that name without its legal form) was found by a rule above elsewhere in the
//              article: news names a company once with context, then bare.
// Countries and places are not organisations here (they are their own category as agreement parties).
#include "extract/doc.h"
#include "extract/gazetteer.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace ae::extract {
namespace {

bool is_connector(std::string_view l) {
  return l == "of" || l == "for" || l == "and" || l == "on" || l == "de" || l == "du" || l == "des" ||
         l == "la" || l == "le" || l == "der" || l == "the" || l == "&";
}

// A word that may stand in a capitalised run: capitalised or all capitals, not inside a photo credit.
bool cap_word(const Doc& d, uint32_t k) {
  const Token& t = d.toks[k];
  return t.kind == Tok::word && (t.has(kCap) || t.has(kAllCaps)) && !t.has(kInCredit);
}

// The capitalised run starting at k: returns its end. Connectors inside need a capital after them; "&"
// is a punct token ("Marks & Spencer").
uint32_t cap_run(const Doc& d, const Sentence& s, uint32_t k) {
  uint32_t m = k;
  while (m < s.tok_end && m < k + 10) {
    const Token& t = d.toks[m];
    if (m > k && !t.has(kSpaceBefore) && t.kind == Tok::word) break;  // glued pieces: leave them alone
    // "for NZ$5.3m", "A$20m": a currency prefix glued to a sign is no name word.
    // (never the run's first word: the caller needs a run of one word at least)
    if (m > k && m + 1 < s.tok_end && d.toks[m + 1].kind == Tok::punct && !d.toks[m + 1].has(kSpaceBefore) &&
        d.text(s, d.toks[m + 1]) == "$")
      break;
    if (cap_word(d, m)) { ++m; continue; }
    if (m > k && m + 1 < s.tok_end && cap_word(d, m + 1)) {
      std::string_view l = t.kind == Tok::word ? d.low(s, t) : d.text(s, t);
      if ((l == "and" || l == "&") && d.has(m - 1, gOrgSuffix)) break;  // "Acme Inc and Widget plc": two names
      // "Acme Plc on Tuesday": a day or a month after a connector ends the name.
      if (is_connector(l) && l != "the" && !d.has(m + 1, gWeekday | gMonth)) { ++m; continue; }
    }
    // "Bank of the West": "of the" between capitals.
    if (m > k && m + 2 < s.tok_end && (word_is(d, s, m, "of") || word_is(d, s, m, "for")) &&
        word_is(d, s, m + 1, "the") && cap_word(d, m + 2)) { m += 2; continue; }
    break;
  }
  // A run never ends on a connector.
  while (m > k && !cap_word(d, m - 1)) --m;
  return m;
}

bool punct_is_at(const Doc& d, const Sentence& s, uint32_t k, std::string_view p) {
  return k < s.tok_end && d.toks[k].kind == Tok::punct && d.text(s, d.toks[k]) == p;
}

bool is_title_word(const Doc& d, uint32_t k) { return d.has(k, gTitle | gHonorific | gPeer); }

// "... Department of Economic Affairs and Li Wei, Vice President of X": a name at n (up to three capitalised words)
// followed by a comma and a title is the next signatory after an "and", not more of the name before it.
bool signatory_at(const Doc& d, const Sentence& s, uint32_t n) {
  uint32_t q = n;
  while (q < s.tok_end && q < n + 3 && cap_word(d, q) && !d.has(q, gTitle | gTitleMod)) ++q;
  return q > n && punct_is_at(d, s, q, ",") && q + 1 < s.tok_end && d.has(q + 1, gTitle | gTitleMod);
}

// Head nouns that name a business rather than a public body.
bool company_head(std::string_view l) {
  static constexpr std::string_view k[] = {
      "airlines", "airways", "motors", "holdings", "holding", "group", "corporation", "company", "industries",
      "stores", "foods", "electronics", "technologies", "systems", "pharmaceuticals", "petroleum", "brewery",
      "entertainment", "studios", "records", "insurance", "securities", "investments", "ventures", "enterprises",
      "partners", "capital", "management", "associates", "telecom", "communications", "networks", "software",
      "computers", "chemicals", "steel", "mining", "energy", "oil", "gas", "aviation", "aerospace", "logistics",
      "shipping", "beverages", "brands", "solutions", "properties", "realty", "retail", "markets", "financial",
      "life", "assurance", "media", "bank", "exchange", "motor", "automotive", "semiconductor", "cement",
      "air", "dockyard", "shipyard", "shipyards", "shipbuilding"};
  for (auto w : k)
    if (l == w) return true;
  return false;
}

// "Suez agreed to acquire ...", "Velta is buying ...", "Korvel has sold ...": the subject of a deal verb
// (a gazetteer trigger of kind "verb:...") is a company, whatever its name.
bool deal_subject(const Doc& d, const Sentence& s, uint32_t e) {
  uint32_t k = e;
  for (int n = 0; n < 3 && k < s.tok_end; ++n, ++k) {
    if (d.toks[k].kind != Tok::word || d.toks[k].has(kCap)) return false;
    const GazEntry* g = d.gz[k];
    if (g && (g->flags & gTrigger) && g->value.substr(0, 5) == "verb:") return true;
    std::string_view l = d.low(s, d.toks[k]);
    if (!(l == "has" || l == "have" || l == "had" || l == "is" || l == "are" || l == "will" || l == "agreed" ||
          l == "to" || l == "also" || l == "plans" || l == "wants"))
      return false;
  }
  return false;
}

// A one-word run that elsewhere follows a capitalised name word is a surname ("Roman Abramovich ...
// Abramovich bought ..."): a person who buys, not a company.
bool surname_elsewhere(const Doc& d, const Sentence& s, uint32_t b) {
  std::string_view w = d.text(s, d.toks[b]);
  for (const Sentence& s2 : d.sents)
    for (uint32_t k = s2.tok_begin + 1; k < s2.tok_end; ++k)
      if (d.toks[k].kind == Tok::word && d.text(s2, d.toks[k]) == w && d.toks[k - 1].kind == Tok::word &&
          d.toks[k - 1].has(kCap) && !d.gz[k - 1])
        return true;
  return false;
}

// The word at k (opening its sentence) is written capitalised inside some sentence too: a name, not a
// common noun capitalised because it comes first.
bool capitalised_inside(const Doc& d, const Sentence& s, uint32_t k) {
  std::string_view w = d.text(s, d.toks[k]);
  for (const Sentence& s2 : d.sents)
    for (uint32_t q = s2.tok_begin + 1; q < s2.tok_end; ++q)
      if (d.toks[q].kind == Tok::word && d.toks[q].has(kCap) && d.text(s2, d.toks[q]) == w) return true;
  return false;
}

}  // namespace

void orgs_pass(Doc& d) {
  d.org_of.assign(d.toks.size(), -1);
  struct Found {
    uint32_t sent, tb, te;
    const char* rule;
  };
  std::vector<Found> found;
  auto take = [&](uint32_t si, uint32_t b, uint32_t e, const char* rule) {
    if (e > b) found.push_back({si, b, e, rule});
  };

  // ---- pass 1: runs with evidence of their own.
  for (uint32_t si = 0; si < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      if (!cap_word(d, i)) continue;
      uint32_t e = cap_run(d, s, i);
      uint32_t b = i;
      // Leading sentence words ("The", "But", "In") and days/months are not part of a name.
      // "International Monetary Fund", "National Grid Company": an adjective that never starts a person's name
      // still opens an organisation's when two or more capitalised words follow it.
      auto opener = [&](uint32_t k) {
        std::string_view l = d.low(s, d.toks[k]);
        return e >= k + 3 && (l == "international" || l == "national" || l == "global");
      };
      // "New Zealand Dairy Foods": a common word that opens a country's or place's name is no leading word.
      while (b < e && d.has(b, gCommon | gFunction | gMonth | gWeekday) &&
             !d.has(b, gOrgHead | gParty | gDemonym | gCountry) && !opener(b) &&  // "American Express" keeps "American"
             match_gaz(d, s, b, gCountry | gPlace, nullptr) < 2)
        ++b;
      if (b >= e) { i = e - 1; continue; }
      // A capitalised cue noun at the sentence start says what follows: "Retailer X said it ...".
      const char* lead_cue = nullptr;
      // "Paris-based Veolix", "a Dubai-based Amwal Capital": what is based somewhere is a company.
      if (b + 1 < e && d.toks[b].end - d.toks[b].begin > 7 && based_word(d.low(s, d.toks[b]))) {
        ++b;
        lead_cue = "cue";
      }
      if (b == s.tok_begin && b + 1 < e && d.has(b, gOrgCue) && !d.has(b, gOrgHead)) {
        ++b;
        lead_cue = "cue";
      }
      // Whole-run countries, demonyms and places are not organisations.
      {
        int n = match_gaz(d, s, b, gCountry | gDemonym | gPlace, nullptr);
        if (n > 0 && b + n >= e && !d.has(e - 1, gOrgHead)) { i = e - 1; continue; }
      }
      // party
      const GazEntry* pe = nullptr;
      if (int n = match_gaz(d, s, b, gParty, &pe); n > 0 && d.toks[b].has(kCap)) {
        uint32_t pend = b + n;
        if (pend < e && word_is(d, s, pend, "party")) ++pend;
        if (pend < e && d.has(pend, gOrgHead)) ++pend;  // "Labour Party"
        take(si, b, pend, "party");
        i = pend - 1;
        continue;
      }
      // head: the first and last head nouns before any job title ("Securities and Exchange Commission")
      uint32_t head = ~0u, last_head = ~0u, stop = e;
      for (uint32_t k = b; k < e; ++k) {
        if (d.toks[k].kind != Tok::word) continue;
        if (k > b && is_title_word(d, k) && head != ~0u) { stop = k; break; }
        if (d.has(k, gOrgHead) && d.toks[k].has(kCap) &&
            !(d.has(k, gTitleMod) && k + 1 < e && d.has(k + 1, gTitle | gTitleMod))) {  // "Energy Minister"
          if (head == ~0u) head = k;
          last_head = k;
        }
      }
      // "Velta Group and Korvel Motors": an "and" after a head noun, before a proper name the gazetteer does
      // not know, joins two names ("Securities and Exchange Commission", "Trade and Industry" stay one).
      uint32_t split = ~0u;
      if (head != ~0u)
        for (uint32_t k = head + 1; k + 1 < stop && k < last_head; ++k)
          if (word_is(d, s, k, "and") && d.has(k - 1, gOrgHead) && cap_word(d, k + 1) && !d.gz[k + 1]) {
            // ... and only when the first name has a proper word of its own ("Velta Group", not
            // "Entertainment and Leisure Software Publishers Association").
            bool proper = false;
            for (uint32_t q = b; q + 1 < k && !proper; ++q) proper = cap_word(d, q) && !d.gz[q];
            if (proper) split = k;
            break;
          }
      if (split != ~0u) {
        last_head = head;
        for (uint32_t k = head; k < split; ++k)
          if (d.has(k, gOrgHead) && d.toks[k].has(kCap)) last_head = k;
        stop = split;
      }
      if (head != ~0u) {
        // A head that starts the run takes the name after it: "Institute Matias Romero", "Bank Mellat",
        // "Ministry of Finance".
        uint32_t end = head == b ? stop : last_head + 1;
        // ... up to an "and" before another capitalised word, unless a complement ("of", "for", "on") came first
        // or a later head ends the name: "Air Deccan and Kingfisher" are two names; "Ministry of Trade and
        // Industry", "Oil and Natural Gas Corporation" and a department's "Media and Sport" are one.
        // Nor over "and" when a name and a comma before a title follow: "Department of Economic Affairs and Li
        // Wei, Vice President of X" (the next signatory).
        if (head == b)
          for (uint32_t k = b + 1; k + 1 < end; ++k)
            if (word_is(d, s, k, "and") && signatory_at(d, s, k + 1)) {
              end = k;
              break;
            }
        if (head == b && last_head == head && !d.has(b, gDept))
          for (uint32_t k = b + 1; k + 1 < end; ++k) {
            if (word_is(d, s, k, "of") || word_is(d, s, k, "for") || word_is(d, s, k, "on")) break;
            if (word_is(d, s, k, "and") && cap_word(d, k + 1)) {
              end = k;
              split = k;
              break;
            }
          }
        if (end < stop && d.has(end, gOrgSuffix)) ++end;  // "Velta Rovers FC", "Acme Holdings Ltd"
        // "of England", "for Culture and the Arts", "on Property": the complement up to a title word.
        // Only an "of/for/on" complement continues the name, and an "and" inside it only when no country
        // or other organisation follows ("Ministry of Trade and Industry", not "Council and Pakistan").
        if (end < stop && (word_is(d, s, end, "of") || word_is(d, s, end, "for") || word_is(d, s, end, "on"))) {
          uint32_t k = end;
          while (k < stop && !is_title_word(d, k)) {
            if (word_is(d, s, k, "and") || d.text(s, d.toks[k]) == "&") {
              uint32_t n = k + 1;
              if (word_is(d, s, n, "the")) ++n;
              if (n >= stop || match_gaz(d, s, n, gCountry, nullptr) || d.has(n, gOrgHead)) break;
              if (signatory_at(d, s, n)) break;  // "... and Li Wei, Vice President": the next signatory
            }
            ++k;
          }
          while (k > end && !cap_word(d, k - 1)) --k;
          end = k;
        }
        // Back from the head over capitalised words, not over a job title ("President X and Parliament
        // Speaker Y"), and over "and"/"&" only inside a name ("Securities and Exchange Commission": a word
        // stands between the connector and the head).
        uint32_t start = head;
        while (start > b) {
          uint32_t p = start - 1;
          if (cap_word(d, p) && !d.has(p, gTitle | gHonorific | gPeer)) { start = p; continue; }
          bool amp = d.text(s, d.toks[p]) == "&";  // "CL King & Associates": always inside a name
          bool conn = word_is(d, s, p, "and");  // never back over "of": "Shareholders of Velta Group"
          // ... and not after a word that ends another name ("Dunmore FC and Velta Rovers").
          if ((amp || (conn && start < head)) && p > b && cap_word(d, p - 1) &&
              !d.has(p - 1, gTitle | gHonorific | gPeer | gCountry | gDemonym | gPlace) &&
              !(conn && d.has(p - 1, gOrgSuffix | gOrgHead))) {
            start = p - 1;
            continue;
          }
          break;
        }
        // One department word alone is part of a title, not a body: "Minister for Finance", "Energy".
        if (!(end - start == 1 && d.has(start, gDept | gTitleMod))) {
          take(si, start, end, company_head(d.low(s, d.toks[head])) ? "company-head" : "head");
          i = split != ~0u ? split : e - 1;  // after a split, the second name is read from the "and" on
          continue;
        }
      }
      // suffix: "Acme Inc", "Widget plc"; "A FC and B FC" is two ("and" does not join legal names).
      if (e - b >= 2 && d.has(e - 1, gOrgSuffix) && d.toks[e - 1].kind == Tok::word) {
        uint32_t seg = b;
        for (uint32_t k = b; k <= e; ++k) {
          if (k < e && !word_is(d, s, k, "and")) continue;
          if (k - seg >= 2 && d.has(k - 1, gOrgSuffix)) take(si, seg, k, "suffix");
          seg = k + 1;
        }
        i = e - 1;
        continue;
      }
      // single all-capitals word
      if (e - b == 1 && d.toks[b].has(kAllCaps) && !d.toks[b].has(kDotted)) {
        std::string_view w = d.text(s, d.toks[b]);
        bool letters = w.size() >= 2 && w.size() <= 6;
        for (char c : w) letters &= (c >= 'A' && c <= 'Z') || c == '&';
        const GazEntry* g = d.gz[b];
        bool known_other = g && (g->flags & ~(gOrg | gOrgHead | gPhraseStart | gOrgCue)) != 0;
        if (letters && !roman_numeral(w) && !known_other) {
          take(si, b, e, "acronym");
          continue;
        }
      }
      // context before: a cue noun ("retailer X"), or what a deal is about ("shares in X", "bid for X")
      const char* rule = lead_cue;
      if (!rule && b > s.tok_begin) {
        uint32_t p = b - 1;
        const Token& pt = d.toks[p];
        if (pt.kind == Tok::word && !pt.has(kCap) && d.has(p, gOrgCue)) rule = "cue";
        if (pt.kind == Tok::word && pt.end - pt.begin > 7 && based_word(d.low(s, pt))) rule = "cue";  // "UK-based X"
        std::string_view pl = pt.kind == Tok::word ? d.low(s, pt) : std::string_view();
        if (pl == "search-engine") rule = "cue";
        // "market leader Best Buy", "industry leader X": a leader of a market is a company, not a person.
        if (!rule && pl == "leader" && p > s.tok_begin && d.toks[p - 1].kind == Tok::word) {
          std::string_view l0 = d.low(s, d.toks[p - 1]);
          if (l0 == "market" || l0 == "industry" || l0 == "sector") rule = "cue";
        }
        if (!rule && p > s.tok_begin) {
          std::string_view l2 = d.toks[p - 1].kind == Tok::word ? d.low(s, d.toks[p - 1]) : std::string_view();
          if ((pl == "in" && (l2 == "shares" || l2 == "stake" || l2 == "stakes" || l2 == "holding" ||
                              l2 == "investment")) ||
              (pl == "for" && (l2 == "bid" || l2 == "offer" || l2 == "bids" || l2 == "approach")) ||
              (pl == "of" && (l2 == "takeover" || l2 == "acquisition" || l2 == "purchase" || l2 == "shares" ||
                              l2 == "owner" || l2 == "shareholders" || l2 == "rival" || l2 == "subsidiary")) ||
              (pl == "with" && (l2 == "merger" || l2 == "merge")))
            rule = "object";
        }
        // "to acquire Amwal Resources": what is acquired is a company. Only "acquire": players and goods are
        // bought and sold ("sell Steven Gerrard", "sell Honda motorbikes"), and a lowercase noun after the run
        // says it is a modifier ("acquire Velta shares").
        if (!rule && pt.kind == Tok::word && !pt.has(kCap) && d.gz[p] && (d.gz[p]->flags & gTrigger) &&
            d.gz[p]->value == "verb:acquisition" &&
            !(e < s.tok_end && d.toks[e].kind == Tok::word && !d.toks[e].has(kCap) && !d.has(e, gFunction))) {
          rule = "object";
        }
      }
      // context after: "X's shares", "X said it"
      if (!rule && e < s.tok_end && d.toks[e].kind == Tok::possessive && e + 1 < s.tok_end &&
          d.has(e + 1, gBizNoun))
        rule = "possessive";
      // "X said it ...", also past a time phrase: "X announced Friday, April 12, it has signed", "X said on
      // Monday it" (not "that it": after "that" the pronoun may be anything's).
      if (!rule && e + 1 < s.tok_end && d.has(e, gSpeech)) {
        uint32_t k = e + 1;
        while (k < s.tok_end && k < e + 8 &&
               (d.has(k, gWeekday | gMonth) || d.toks[k].kind == Tok::number || punct_is_at(d, s, k, ",") ||
                (d.toks[k].kind == Tok::word && d.toks[k].has(kHasDigit) && !d.toks[k].has(kCap)) ||
                word_is(d, s, k, "on") || word_is(d, s, k, "yesterday") ||
                word_is(d, s, k, "today") || word_is(d, s, k, "late") || word_is(d, s, k, "early")))
          ++k;
        if (word_is(d, s, k, "it") || word_is(d, s, k, "its")) rule = "it";
      }
      // One word only: a two-word name that buys may be a person's ("Simon Fuller is to buy").
      if (!rule && e - b == 1 && deal_subject(d, s, e) && !surname_elsewhere(d, s, b) &&
          (b > s.tok_begin || capitalised_inside(d, s, b)))  // "Investors are buying": a common noun
        rule = "deal-subject";
      if (rule) {
        // Never a titled person: "rival President X", "chief executive X said it had been a difficult
        // year" (the role before the name makes it a person, whatever "it" refers to).
        bool titled = b > s.tok_begin && d.has(b - 1, gTitle | gHonorific | gPeer) && rule != std::string_view("cue");
        for (uint32_t k = b; k < e; ++k) titled |= d.has(k, gTitle | gHonorific | gPeer);
        if (!titled) {
          take(si, b, e, rule);
          i = e - 1;
        }
      }
      // No evidence for the whole run: an acronym inside it is still one ("Dora Pemberton of the QRTW").
      if (!rule)
        for (uint32_t k = b + 1; k < e; ++k) {
          const Token& t = d.toks[k];
          if (!t.has(kAllCaps) || t.has(kDotted) || t.kind != Tok::word) continue;
          if (k + 1 < e && cap_word(d, k + 1) && !word_is(d, s, k + 1, "of")) continue;  // part of a longer name
          std::string_view w = d.text(s, t);
          bool letters = w.size() >= 2 && w.size() <= 6;
          for (char c : w) letters &= (c >= 'A' && c <= 'Z') || c == '&';
          const GazEntry* g = d.gz[k];
          bool known_other = g && (g->flags & ~(gOrg | gOrgHead | gPhraseStart | gOrgCue)) != 0;
          if (letters && !roman_numeral(w) && !known_other) take(si, k, k + 1, "acronym");
        }
      i = e - 1;
    }
  }

  // ---- pass 2: the same names elsewhere ("known").
  auto company_rule = [](std::string_view r) {
    return r == "cue" || r == "possessive" || r == "it" || r == "object" || r == "suffix" || r == "company-head" ||
           r == "deal-subject";
  };
  std::unordered_map<std::string, bool> names;  // lowercase name -> found with company evidence
  std::unordered_map<std::string, std::string> canon;  // acronym (lowercase) -> the full name it stands for
  auto key_of = [&](const Sentence& s, uint32_t b, uint32_t e) {
    std::string k;
    for (uint32_t m = b; m < e; ++m) {
      if (m > b) k += ' ';
      k += d.low(s, d.toks[m]);
    }
    return k;
  };
  for (const Found& f : found) {
    const Sentence& s = d.sents[f.sent];
    names[key_of(s, f.tb, f.te)] |= company_rule(f.rule);
    // "London Stock Exchange (LSE)": the acronym stands for the name.
    if (f.te + 2 < s.tok_end && d.text(s, d.toks[f.te]) == "(" && d.toks[f.te + 1].has(kAllCaps) &&
        d.text(s, d.toks[f.te + 2]) == ")" && f.te - f.tb >= 2) {
      std::string acr = key_of(s, f.te + 1, f.te + 2);
      canon[acr] = std::string(d.span_text(s, f.tb, f.te));
      names[acr] |= company_rule(f.rule);
    }
    // "Acme Inc" is also "Acme"; "Circuit City Stores" also "Circuit City".
    // Only when what is left holds a word the gazetteer does not know (a proper name): "Home Office" is
    // not "Home", "Foreign Ministry" not "Foreign".
    bool proper = false;
    for (uint32_t k = f.tb; k + 1 < f.te; ++k) proper |= d.toks[k].kind == Tok::word && !d.gz[k];
    if (f.te - f.tb >= 2 && proper && d.has(f.te - 1, gOrgSuffix | gOrgHead) && std::string_view(f.rule) != "party" &&
        !d.has(f.te - 2, gOrgHead | gCommon | gFunction))
      names[key_of(s, f.tb, f.te - 1)] |= company_rule(f.rule);
  }
  // An acronym made of the initials of a name found here stands for it: "LSE" for "London Stock Exchange",
  // "GCC" for "Gulf Co-operation Council" (initials of capitalised words and hyphen parts, "of/and/the" left out).
  for (const Found& f : found) {
    if (std::string_view(f.rule) != "acronym") continue;
    const Sentence& s = d.sents[f.sent];
    std::string acr = key_of(s, f.tb, f.te);
    if (canon.count(acr)) continue;
    for (const Found& g : found) {
      if (g.te - g.tb < 2 || std::string_view(g.rule) == "acronym") continue;
      const Sentence& gs = d.sents[g.sent];
      std::string init;
      for (uint32_t k = g.tb; k < g.te; ++k) {
        const Token& t = d.toks[k];
        if (t.kind != Tok::word || !t.has(kCap)) continue;
        std::string_view w = d.text(gs, t);
        init += char(w[0] | 0x20);
        for (size_t h = 1; h + 1 < w.size(); ++h)
          if (w[h] == '-' && w[h + 1] >= 'a' && w[h + 1] <= 'z') init += w[h + 1];  // "Co-operation"
      }
      if (init == acr) {
        canon[acr] = std::string(d.span_text(gs, g.tb, g.te));
        names[acr] |= names[key_of(gs, g.tb, g.te)];
        break;
      }
    }
  }
  // The company evidence of a name reaches its acronym and its mentions found by another rule.
  for (auto& [acr, full] : canon) {
    std::string lf;
    for (char c : full) lf += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    if (auto it = names.find(lf); it != names.end() && it->second) names[acr] = true;
  }
  // Tokens already claimed.
  std::vector<uint8_t> claimed(d.toks.size(), 0);
  for (const Found& f : found)
    for (uint32_t k = f.tb; k < f.te; ++k) claimed[k] = 1;
  std::unordered_set<std::string_view> first_words;  // first word of every known name: a cheap filter
  WordFilter maybe_first;                            // ...and a cheaper one before it
  for (const auto& [n, c] : names) {
    first_words.insert(std::string_view(n).substr(0, n.find(' ')));
    maybe_first.add(std::string_view(n).substr(0, n.find(' ')));
  }
  if (!names.empty()) {
    for (uint32_t si = 0; si < d.sents.size(); ++si) {
      const Sentence& s = d.sents[si];
      for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
        if (claimed[i] || !cap_word(d, i)) continue;
        if (!maybe_first.maybe(d.low(s, d.toks[i])) || !first_words.count(d.low(s, d.toks[i]))) continue;
        // Not the tail of a longer capitalised run ("Henry Ford" is not "Ford").
        if (i > s.tok_begin && cap_word(d, i - 1) && d.toks[i].has(kSpaceBefore) && !d.has(i - 1, gCommon))
          continue;
        uint32_t e = cap_run(d, s, i);
        for (uint32_t m = e; m > i; --m) {
          bool free = true;
          for (uint32_t k = i; k < m; ++k) free &= !claimed[k];
          if (free && names.count(key_of(s, i, m))) {
            // A longer run that continues with a name word is something else ("Ford Motor" vs "Ford").
            found.push_back({si, i, m, "known"});
            for (uint32_t k = i; k < m; ++k) claimed[k] = 1;
            i = m - 1;
            break;
          }
        }
      }
    }
  }

  std::sort(found.begin(), found.end(),
            [](const Found& x, const Found& y) { return std::pair(x.sent, x.tb) < std::pair(y.sent, y.tb); });
  for (const Found& f : found) {
    const Sentence& s = d.sents[f.sent];
    OrgMention o;
    o.sent = f.sent;
    o.tb = f.tb;
    o.te = f.te;
    o.name = std::string(d.span_text(s, f.tb, f.te));
    o.rule = f.rule;
    std::string key = key_of(s, f.tb, f.te);
    if (auto it = names.find(key); it != names.end()) o.company = it->second;
    o.company |= company_rule(f.rule);
    if (auto it = canon.find(key); it != canon.end()) o.canon = it->second;
    int32_t idx = static_cast<int32_t>(d.orgs.size());
    for (uint32_t k = f.tb; k < f.te; ++k) {
      d.toks[k].flags |= kInOrg;
      d.org_of[k] = idx;
    }
    d.orgs.push_back(std::move(o));
  }
}

}  // namespace ae::extract
