// people.cpp: people with role and affiliation, and their later mentions.
//
// Rules, in order (the Explanation names the one that fired):
//  title:   [country|demonym ['s]|ORG] ROLE [of DEPT|of COUNTRY] NAME   "United States Secretary of State Mike
//           Pompeo", "Kazakh President Kassym-Jomart Tokayev", "Foreign Minister Mukhtar Tileuberdi",
//           "President of Kazakhstan X"; ROLE is title modifiers + a title head from the gazetteer.
//  honorific: Mr./Dr./... NAME (no role).
//  apposition: NAME, [the|a] [demonym|country's] ROLE [of|at|for COUNTRY|ORG]   "X, the CEO of Tyson Foods"
//  bare:    two or three capitalised name-like words with a person cue (a speech verb, an apposition, a
//           possessive, "said accountant X") or whose last word recurs on its own elsewhere (how news refers
//           back to people); bylines: "By X", a name alone under the headline, "CCTV's X reports.".
//  list-affiliation: titled people listed together ("Kazakh President A, First President B, Foreign
//           Minister C") share the first explicit affiliation: news style names the country once per list.
//  predecessor: "my predecessor, Secretary of State X" has the affiliation of the person holding that role.
//  anaphor: "the Kazakh minister" gives the most recent minister without affiliation that affiliation.
//  surname: a capitalised word equal to a known person's last name is a mention ("Pompeo said",
//           "Pompeo’s", captions "Pompeo, Tokayev shaking hands"); so is a single name after a title
//           ("President Trump").
// Name words exclude gazetteer words (countries, demonyms, titles, organisation words, places, months,
// common capitalised words), so organisations and places are not people.
#include "extract/doc.h"
#include "core/text.h"
#include "extract/gazetteer.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace ae::extract {
namespace {

constexpr uint32_t kNone = ~0u;

struct Cand {
  uint32_t sent = 0;
  uint32_t mb = 0, nb = 0, ne = 0;  // whole match start, name tokens [nb, ne)
  std::string role, aff, rule;
  bool titled = false, cue = false, predecessor = false, aff_explicit = false;
  bool the_single = false;  // "the General Election": kept only as a mention of a person named elsewhere
  uint32_t styled = kNone;  // "Prime Minister Sheikh Hasina": a name-forming form of address before the name
};

struct Build {
  PersonRecord rec;
  std::vector<std::pair<Evidence, std::string>> mentions;
  std::string surname, rule;
  std::string form;  // the word right before the first full mention ("prince" in "Prince Saud Al-Faisal")
};

// Two spellings of one surname: the same first letter and one letter inserted, dropped or changed ("Abbot",
// "Abbott"); equal words are not "near" (they match as they are).
bool near_spelling(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a[0] != b[0] || a == b) return false;
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1) return false;
  size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i + 1) == b.substr(i);
}

bool punct_is_at(const Doc& d, const Sentence& s, uint32_t k, std::string_view p) {
  return k < s.tok_end && d.toks[k].kind == Tok::punct && d.text(s, d.toks[k]) == p;
}

bool is_particle(std::string_view l) {
  if (l.size() < 2 || l.size() > 4) return false;  // every particle is 2-4 letters: most words stop here
  // ... and starts with one of these letters: most of the rest stop here, before the 22 compares below.
  switch (l[0]) {
    case 'a': case 'b': case 'd': case 'e': case 'i': case 'l': case 't': case 'u': case 'v': break;
    default: return false;
  }
  static constexpr std::string_view k[] = {"de", "van", "von", "bin", "al", "da", "di", "del", "la", "le",
                                           "ibn", "ben", "der", "du", "dos", "el", "bint", "abu", "den", "ter",
                                           "das", "ul"};
  for (auto p : k)
    if (same_word(l, p)) return true;
  return false;
}

// "al-Nahyan", "el-Sisi", "bin-Salman": a lowercase particle glued to a capitalised name.
bool glued_particle_name(const Doc& d, const Sentence& s, const Token& t) {
  std::string_view w = d.text(s, t);
  if (w.size() < 4) return false;
  // A particle is 2-4 letters, so the dash after one is at byte 2, 3 or 4: look there only (find() over the whole
  // word was a memchr call for every lowercase word name_token() is asked about). An earlier dash leaves a
  // prefix with a '-', which is_particle() refuses, as it refused the shorter prefix before.
  size_t dash = 2;
  while (dash < 5 && dash < w.size() && w[dash] != '-') ++dash;
  if (dash == 5 || dash + 1 >= w.size() || !is_particle(w.substr(0, dash))) return false;
  return w[dash + 1] >= 'A' && w[dash + 1] <= 'Z';
}

// Titles that are also family names, and end a name when they follow two of its words and nothing
// capitalised follows them: "Syed Murad Ali Shah met ...", "Imran Ahmed Khan said". Before a name they stay
// titles ("Shah Reza", "Sultan Qaboos").
bool name_forming_title(std::string_view l) {
  return l == "shah" || l == "khan" || l == "sultan" || l == "mirza" || l == "pasha" || l == "begum" ||
         l == "sheikh";
}

// "Md", the abbreviation of Mohammad that South Asian news writes before a name ("Md Rafiq Hasan"): written
// so, it is a name word; "MD" (managing director) and "md" stay a title.
bool abbreviated_given_name(std::string_view w) { return w == "Md" || w == "Mohd" || w == "Muhd"; }

bool name_token(const Doc& d, const Sentence& s, const Token& t) {
  if (t.kind != Tok::word || t.has(kDotted) || t.has(kHasDigit) || t.has(kInCredit) || t.has(kAllCaps) ||
      t.has(kInOrg))
    return false;
  if (!t.has(kCap)) return glued_particle_name(d, s, t);
  if (t.end - t.begin > 40) return false;
  std::string_view w = d.text(s, t);
  if (w.size() <= 4 && abbreviated_given_name(w)) return true;
  if (w.size() > 7 && based_word(d.low(s, t))) return false;
  constexpr uint32_t kNot = gCountry | gDemonym | gTitle | gTitleMod | gOrg | gPlace | gCommon | gMonth |
                            gWeekday | gCurrency | gHonorific | gFunction | gDept | gUnit | gScale;
  return !d.has(d.idx(t), kNot);
}

// A capitalised common noun after a name's first word is one of its words: "Abida Islam", "Tariq Ramadan".
// Inside a sentence such a word is capitalised because it is a proper noun; the gazetteer lists it as common
// only so that it never starts a name ("Islam" alone). Sentence adverbs, page furniture ("Today", "Photo",
// "Read") and the names of feasts and games ("Father Christmas", "Athens Olympics") are never name words.
bool common_name_word(const Doc& d, const Sentence& s, uint32_t k) {
  const Token& t = d.toks[k];
  if (t.kind != Tok::word || !t.has(kCap) || t.has(kAllCaps) || t.has(kInOrg) || t.has(kInCredit) ||
      t.has(kDotted) || t.has(kHasDigit) || t.end - t.begin < 4 || k == s.tok_begin)
    return false;
  const GazEntry* e = d.gz[k];
  if (!e || (e->flags & ~(gCommon | gPhraseStart)) != 0) return false;
  static constexpr std::string_view kFurniture[] = {"photo", "photos", "credit", "source", "read", "subscribe",
                                                    "sign", "thanks", "thank", "please", "welcome", "today",
                                                    "yesterday", "tomorrow", "speaking", "according", "also",
                                                    "just", "even", "only", "still", "well", "like", "dear",
                                                    "christmas", "easter", "olympic", "olympics", "ramadan",
                                                    "nauryz", "christianity", "covid", "coronavirus", "internet"};
  std::string_view l = d.low(s, t);
  for (auto f : kFurniture)
    if (l == f) return false;
  return true;
}

// An initial at k: "A." (a capital glued to its dot: the article "A" too, when a name follows) or a dotted
// run "A.B." that names no country. Returns the token after it, or k when there is none.
uint32_t initial_end(const Doc& d, const Sentence& s, uint32_t k) {
  if (k + 1 >= s.tok_end) return k;
  const Token& t = d.toks[k];
  if (t.kind != Tok::word || t.has(kInOrg) || t.has(kInCredit)) return k;
  std::string_view w = d.text(s, t);
  if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') {
    const Token& dot = d.toks[k + 1];
    if (dot.kind == Tok::punct && !dot.has(kSpaceBefore) && d.text(s, dot) == ".") return k + 2;
    return k;
  }
  if (t.has(kDotted) && t.has(kCap) && w.size() <= 6 && !d.has(k, gCountry)) return k + 1;
  return k;
}

// Name tokens from j (at most 4 words, plus particles: "Mohammed bin Zayed al-Nahyan", "Khalid Bin Abdul
// Aziz Al Faleh"; an initial "K." and a regnal number "Mohammed VI"); returns the end.
bool role_word(const Doc& d, const Sentence& s, uint32_t k);

// "Dr GNM Pandor", "Professor ABM Rahman": capital initials written as one word, right after a form of address
// or a title and before a name word. Elsewhere an all-capitals word is an acronym ("BBC Radio").
bool nationality_noun(std::string_view l);
bool capital_initials(const Doc& d, const Sentence& s, uint32_t k) {
  const Token& t = d.toks[k];
  if (t.kind != Tok::word || !t.has(kAllCaps) || t.has(kDotted) || t.has(kHasDigit) || t.has(kInCredit) ||
      t.end - t.begin > 4 || k <= s.tok_begin || k + 1 >= s.tok_end || d.has(k, gCurrency | gUnit))
    return false;
  // A country code ("JP", "US") is initials only after a noun for people of a nation.
  if (d.has(k, gCountry) && !(d.toks[k - 1].kind == Tok::word && nationality_noun(d.low(s, d.toks[k - 1]))))
    return false;
  for (uint32_t m = t.begin; m < t.end; ++m)
    if (d.para(s.para)[m] < 'A' || d.para(s.para)[m] > 'Z') return false;
  uint32_t p = k - 1;
  if (d.text(s, d.toks[p]) == "." && p > s.tok_begin) --p;  // "Dr. GNM Pandor"
  const Token& pt = d.toks[p];
  // (or a noun for people of a nation: "Irishmen JP McManus and John Magnier")
  bool address = pt.kind == Tok::word && ((pt.has(kCap) && (d.has(p, gHonorific | gPeer) || role_word(d, s, p))) ||
                                          nationality_noun(d.low(s, pt)));
  const Token& nt = d.toks[k + 1];
  return address && nt.has(kSpaceBefore) && nt.kind == Tok::word && nt.has(kCap) && !nt.has(kAllCaps);
}

uint32_t read_name(const Doc& d, const Sentence& s, uint32_t j) {
  uint32_t k = j, last = j;
  int n = 0, particles = 0;
  // Initials before the first name word: "A. B. Karimov", "A.B. Karimov", "GNM Pandor". They count as no
  // name word, so a name of initials alone is none.
  for (int rep = 0; rep < 3 && k < s.tok_end; ++rep) {
    uint32_t ie = initial_end(d, s, k);
    if (ie == k && k == j && capital_initials(d, s, k)) ie = k + 1;
    if (ie == k || ie >= s.tok_end || !d.toks[ie].has(kSpaceBefore)) break;
    if (!(name_token(d, s, d.toks[ie]) || initial_end(d, s, ie) > ie)) break;
    k = ie;
  }
  const uint32_t initials_end = k;
  while (k < s.tok_end && n < 5) {
    const Token& t = d.toks[k];
    // "Md. Rafiq Hasan": the abbreviation's dot.
    if (n > 0 && t.kind == Tok::punct && d.text(s, t) == "." && !t.has(kSpaceBefore) && k + 1 < s.tok_end &&
        abbreviated_given_name(d.text(s, d.toks[k - 1])) && name_token(d, s, d.toks[k + 1])) {
      ++k;
      continue;
    }
    if (k > j && !t.has(kSpaceBefore)) break;
    // "Abida Islam": a capitalised common noun after the first name word.
    if (n > 0 && k > initials_end && common_name_word(d, s, k)) {
      last = ++k;
      ++n;
      continue;
    }
    if (k > j && t.kind == Tok::word && is_particle(d.low(s, t)) && k + 1 < s.tok_end && particles < 3 &&
        name_token(d, s, d.toks[k + 1]) && d.toks[k + 1].has(kSpaceBefore)) {
      ++k;
      ++particles;
      continue;
    }
    if (name_token(d, s, t) && !(k > j && match_gaz(d, s, k, gCountry | gPlace, nullptr) > 1)) {
      last = ++k;
      ++n;
      // "K. Shanmugam": an initial with its dot.
      if (t.end - t.begin == 1 && k + 1 < s.tok_end && d.text(s, d.toks[k]) == "." &&
          name_token(d, s, d.toks[k + 1]))
        ++k;
      continue;
    }
    if (n >= 2 && t.kind == Tok::word && t.has(kCap) && !t.has(kInOrg) && !t.has(kInCredit) &&
        name_forming_title(d.low(s, t)) &&
        !(k + 1 < s.tok_end && d.toks[k + 1].kind == Tok::word && d.toks[k + 1].has(kCap))) {
      last = ++k;
      ++n;
      break;
    }
    if (k > j && n > 0 && t.kind == Tok::word && t.has(kAllCaps) && roman_numeral(d.text(s, t))) {
      last = ++k;
      break;
    }
    break;
  }
  if (n == 0) return j;
  return n > 4 ? j : last;  // five capitalised words in a row are a heading or a name of a thing
}

bool cap_word_with(const Doc& d, const Sentence& s, uint32_t k, uint32_t flags) {
  if (k >= s.tok_end) return false;
  const Token& t = d.toks[k];
  return t.kind == Tok::word && t.has(kCap) && d.has(d.idx(t), flags);
}

// "ex-chief", "ex-Home": a title word with the "ex-" prefix.
// "ex-President", "former-President" written as one word: a title.
size_t ex_prefix(std::string_view l) {
  if (l.size() > 3 && l.substr(0, 3) == "ex-") return 3;
  if (l.size() > 7 && l.substr(0, 7) == "former-") return 7;
  return 0;
}
bool ex_title(const Doc& d, const Sentence& s, uint32_t k) {
  std::string_view l = d.low(s, d.toks[k]);
  const size_t p = ex_prefix(l);
  return p && gaz_has(l.substr(p), gTitle | gTitleMod);
}

// "High Commissioner", "High Representative": "High" makes a title only right before a capitalised head;
// elsewhere it may be a family name ("referees Colin High and ...").
// (Inline: people_pass asks this of every word that is no gazetteer title word.)
[[gnu::always_inline]] inline bool high_title(const Doc& d, const Sentence& s, uint32_t k) {
  const Token& t = d.toks[k];
  return t.kind == Tok::word && t.has(kCap) && t.end - t.begin == 4 && same_word(d.low(s, t), "high") &&
         k + 1 < s.tok_end && d.toks[k + 1].kind == Tok::word && d.toks[k + 1].has(kCap) && d.has(k + 1, gTitle);
}

// "ministers", "MPs", "Ambassadors": a title in the plural (a group, or the role of each of a list of names).
bool plural_title(const Doc& d, const Sentence& s, uint32_t k) {
  if (k >= s.tok_end || d.toks[k].kind != Tok::word) return false;
  const std::string_view l = d.low(s, d.toks[k]);
  return l.size() >= 3 && l.back() == 's' && gaz_has(l.substr(0, l.size() - 1), gTitle);  // ("MPs")
}

bool role_word(const Doc& d, const Sentence& s, uint32_t k) {
  const Token& t = d.toks[k];
  if (t.kind != Tok::word || t.has(kInCredit) || t.has(kInOrg)) return false;
  if (high_title(d, s, k)) return true;
  if (t.has(kCap) && d.has(k, gPeer)) return false;  // "law lord Lord Bingham": the second is the name's
  if (t.end - t.begin <= 4 && abbreviated_given_name(d.text(s, t))) return false;  // "Md Rafiq Hasan"
  if (t.end - t.begin == 2 && d.low(s, t) == "pm" && !t.has(kAllCaps)) return false;  // "at 3 pm": a time
  return d.has(k, gTitle | gTitleMod) || ex_title(d, s, k);
}
bool role_head(const Doc& d, const Sentence& s, uint32_t k) {
  if (d.has(k, gTitle)) return true;
  const std::string_view l = d.low(s, d.toks[k]);
  return ex_title(d, s, k) && gaz_has(l.substr(ex_prefix(l)), gTitle);
}

bool styled_title(const Doc& d, const Sentence& s, uint32_t k);
const OrgMention* org_at(const Doc& d, uint32_t k);
bool weak_role(std::string_view r);
bool time_noun(std::string_view l);

// ROLE from j: title modifiers and heads; returns the end after the last head, or kNone. Parts joined by
// "and", "&" or a dash stay one role ("chairman and chief executive", "Deputy Prime Minister - Minister of
// Trade"); so do capitalised parts joined by a comma ("Deputy Prime Minister, Minister of Trade").
uint32_t read_role(const Doc& d, const Sentence& s, uint32_t j) {
  uint32_t last_head = kNone;
  for (uint32_t k = j; k < s.tok_end && k < j + 10; ++k) {
    const Token& t = d.toks[k];
    if (role_word(d, s, k)) {
      // "Prime Minister Sheikh Hasina": after a head, a name-forming form of address before a name is the
      // name's, not the role's.
      if (last_head != kNone && t.has(kCap) && name_forming_title(d.low(s, t)) && k + 1 < s.tok_end &&
          name_token(d, s, d.toks[k + 1]))
        break;
      if (role_head(d, s, k)) last_head = k;
      continue;
    }
    // "deputy planning director", "trade minister": a department word right before a title word is part of it.
    if (t.kind == Tok::word && d.has(k, gDept) && !d.has(k, gFunction) && !t.has(kInOrg) && k + 1 < s.tok_end &&
        role_word(d, s, k + 1) && (t.has(kCap) == d.toks[k + 1].has(kCap)))
      continue;
    if (last_head != kNone && last_head + 1 == k && k + 1 < s.tok_end && role_word(d, s, k + 1)) {
      std::string_view w = d.text(s, t);
      bool joins = w == "and" || w == "&" || w == "-" || w == "–" || w == "—" ||
                   (w == "," && d.toks[k - 1].has(kCap) && d.toks[k + 1].has(kCap));
      if (joins) continue;
    }
    break;
  }
  return last_head == kNone ? kNone : last_head + 1;
}

// "of ..." after a role: a country (affiliation) or department words (part of the role).
uint32_t read_of(const Doc& d, const Sentence& s, uint32_t j, uint32_t& role_end, std::string& aff) {
  // A role written in lower case takes its department in lower case: "chancellor of the exchequer".
  const bool lower_role = j > s.tok_begin && d.toks[j - 1].kind == Tok::word && !d.toks[j - 1].has(kCap);
  for (int rep = 0; rep < 3; ++rep) {
    bool of = word_is(d, s, j, "of"), for_ = word_is(d, s, j, "for"), to = word_is(d, s, j, "to");
    if (!(of || for_ || to) || j + 1 >= s.tok_end) break;
    const GazEntry* e = nullptr;
    uint32_t k = j + 1;
    if (word_is(d, s, k, "the")) ++k;
    else if (to && !(k < s.tok_end && d.toks[k].has(kCap) && match_gaz(d, s, k, gCountry, nullptr)))
      break;  // "Chief Secretary to the Treasury", "Ambassador to Ostria", not "minister to Smith"
    int n = k < s.tok_end && d.toks[k].has(kCap) ? match_gaz(d, s, k, gCountry, &e) : 0;
    if (n && of) {
      if (aff.empty()) aff = e->value;
      j = k + n;
      continue;
    }
    if (n && (to || (for_ && !lower_role))) {  // "Ambassador to the UAE", "Country Manager for Azerbaijan": where
      j = role_end = k + n;                    // the role is exercised, part of it
      continue;
    }
    // "Advisor to the Russian President": whom the role serves, part of it.
    if (to && k < s.tok_end) {
      uint32_t m = k;
      if (d.toks[m].has(kCap) && d.has(m, gDemonym)) ++m;
      uint32_t re = read_role(d, s, m);
      if (re != kNone) {
        j = role_end = re;
        continue;
      }
    }
    // "director general for Europe", "minister for Asia": a region the role covers is part of it.
    if ((of || for_) && k < s.tok_end && d.toks[k].has(kCap) && d.has(k, gPlace) &&
        !(k + 1 < s.tok_end && d.toks[k + 1].kind == Tok::word && d.toks[k + 1].has(kCap))) {
      j = role_end = k + 1;
      continue;
    }
    // "Governor of Khorasan province of Iran X", "akim of Almaty region": a region the role governs is its
    // affiliation (a subdivision noun after one to three capitalised words); the country may follow.
    if (of && k < s.tok_end && d.toks[k].kind == Tok::word && d.toks[k].has(kCap) && !d.has(k, gTitle | gDept)) {
      uint32_t m = k;
      while (m < s.tok_end && m < k + 3 && d.toks[m].kind == Tok::word && d.toks[m].has(kCap) &&
             !d.has(m, gTitle | gHonorific | gCountry))
        ++m;
      static constexpr std::string_view kSub[] = {"province", "region", "oblast", "county", "district",
                                                  "governorate", "prefecture", "state", "emirate", "canton"};
      bool sub = false;
      if (m > k && m < s.tok_end && d.toks[m].kind == Tok::word && !d.toks[m].has(kCap))
        for (auto w : kSub) sub = sub || d.low(s, d.toks[m]) == w;
      if (sub) {
        if (aff.empty()) aff = std::string(d.span_text(s, k, m));
        j = m + 1;
        continue;
      }
    }
    // "Secretary of Foreign Affairs of the United Mexican States His Excellency X": a proper name after a
    // completed role and before the person's name is whom the role serves.
    if (of && rep > 0 && k < s.tok_end && d.toks[k].has(kCap)) {
      uint32_t m = k;
      while (m < s.tok_end && m < k + 6 && d.toks[m].kind == Tok::word && d.toks[m].has(kCap) &&
             !d.has(m, gTitle | gHonorific) && !word_is(d, s, m, "his") && !word_is(d, s, m, "her"))
        ++m;
      uint32_t a0 = m < s.tok_end && d.text(s, d.toks[m]) == "," ? m + 1 : m;  // "..., His Excellency X"
      bool address_next = a0 + 1 < s.tok_end && ((word_is(d, s, a0, "his") || word_is(d, s, a0, "her")) &&
                                                 word_is(d, s, a0 + 1, "excellency"));
      if (m > k + 1 && address_next) {
        if (aff.empty()) aff = std::string(d.span_text(s, k, m));
        j = m;
        break;
      }
    }
    // "Assistant Secretary of Insular and International Affairs Carmen G. Cantor", "Envoy for Compact
    // Negotiations Joseph Yun": a capitalised run that names no country and ends in a department word, with a
    // full name right after it, is the department, whatever its first words are.
    if ((of || for_) && !lower_role && k < s.tok_end && d.toks[k].kind == Tok::word && d.toks[k].has(kCap) &&
        !d.has(k, gDept)) {
      uint32_t last_dept = kNone;
      for (uint32_t m = k; m < s.tok_end && m < k + 6; ++m) {
        const Token& t = d.toks[m];
        if (t.kind != Tok::word || t.has(kInOrg) || t.has(kHasDigit)) break;
        std::string_view l = d.low(s, t);
        if (l == "and") continue;
        if (!t.has(kCap) || d.has(m, gCountry | gTitle | gHonorific)) break;
        if (d.has(m, gDept)) last_dept = m;
      }
      if (last_dept != kNone && read_name(d, s, last_dept + 1) >= last_dept + 3) {
        j = role_end = last_dept + 1;
        continue;
      }
    }
    k = j + 1;
    uint32_t last = kNone;
    while (k < s.tok_end) {
      const Token& t = d.toks[k];
      if (t.kind == Tok::punct && d.text(s, t) == "," && last != kNone && k + 1 < s.tok_end &&
          d.toks[k + 1].kind == Tok::word && d.toks[k + 1].has(kCap) && d.has(k + 1, gDept)) {
        ++k;
        continue;
      }
      // A demonym inside a department list: "African Cooperation and Moroccan Expatriates".
      bool demonym_dept = t.kind == Tok::word && t.has(kCap) && d.has(k, gDemonym) && last != kNone &&
                          k + 1 < s.tok_end && d.has(k + 1, gDept) && d.toks[k + 1].has(kCap);
      // A lower-case role takes lower-case modifiers of its department: "minister for international
      // cooperation affairs" (a department word must follow within two words).
      bool lower_modifier = false;
      if (lower_role && t.kind == Tok::word && !t.has(kCap) && !d.has(k, gDept | gFunction | gSpeech | gCommon))
        for (uint32_t q = k + 1; q < s.tok_end && q < k + 3 && !lower_modifier; ++q) {
          if (d.toks[q].kind != Tok::word || d.toks[q].has(kCap) || d.has(q, gFunction | gSpeech)) break;
          lower_modifier = d.has(q, gDept);
        }
      if (t.kind != Tok::word || (!d.has(k, gDept) && !demonym_dept && !lower_modifier) || t.has(kInOrg)) break;
      std::string_view l = d.low(s, t);
      bool connector = l == "and" || l == "the";
      if (!connector && !t.has(kCap) && !(lower_role && !t.has(kAllCaps))) break;
      if (!connector) last = k;
      ++k;
    }
    if (last == kNone) break;
    // A lower-case department ends the phrase: "director of civil" in "director of civil liberties group
    // Liberty" is cut short, so no department is read.
    // A past-tense verb after it ends the clause instead: "minister for cooperation affairs signed".
    auto past_verb = [&](uint32_t w) {
      std::string_view l = d.low(s, d.toks[w]);
      return l.size() > 4 && l.substr(l.size() - 2) == "ed";
    };
    if (lower_role && !d.toks[last].has(kCap) && last + 1 < s.tok_end && d.toks[last + 1].kind == Tok::word &&
        !d.toks[last + 1].has(kCap) && !word_is(d, s, last + 1, "and") && !d.has(last + 1, gSpeech | gFunction) &&
        !past_verb(last + 1))
      break;
    j = role_end = last + 1;
  }
  return j;
}

// A whole role from j: ROLE [of/for DEPT] [and|, ROLE [of/for DEPT]]...; returns the end of the role text in
// role_end and the position after it (where a name may start), or kNone.
uint32_t read_full_role(const Doc& d, const Sentence& s, uint32_t j, uint32_t& role_end, std::string& aff) {
  uint32_t re = read_role(d, s, j);
  if (re == kNone) return kNone;
  role_end = re;
  uint32_t after = read_of(d, s, re, role_end, aff);
  for (int rep = 0; rep < 3 && after + 1 < s.tok_end; ++rep) {
    std::string_view w = d.text(s, d.toks[after]);
    if (!(w == "and" || w == "," || w == "-" || w == "–" || w == "—" || w == "&")) break;
    if (!d.toks[after + 1].has(kCap) && w == ",") break;
    uint32_t re2 = read_role(d, s, after + 1);
    if (re2 == kNone) break;
    uint32_t end2 = re2;
    uint32_t after2 = read_of(d, s, re2, end2, aff);
    role_end = end2;
    after = after2;
  }
  // "Additional Secretary of the Ministry of Foreign Affairs, Mr. X": a public body the role belongs to is
  // part of the role (and the affiliation); a company stays the affiliation only ("chairman of Acme").
  if (word_is(d, s, after, "of") && after + 1 < s.tok_end) {
    uint32_t o = after + 1;
    if (word_is(d, s, o, "the")) ++o;
    if (const OrgMention* m = org_at(d, o); m && !m->company) {
      if (aff.empty()) aff = m->canon.empty() ? m->name : m->canon;
      role_end = after = m->te;
    }
  }
  return after;
}

// The organisation mention starting exactly at token k, or nullptr.
const OrgMention* org_at(const Doc& d, uint32_t k) {
  if (k >= d.org_of.size() || d.org_of[k] < 0) return nullptr;
  const OrgMention& o = d.orgs[d.org_of[k]];
  return o.tb == k ? &o : nullptr;
}

// What an organisation mention stands for as an affiliation: a party word becomes the party's name
// ("Tory" -> "Conservative Party"), anything else stays as written.
std::string org_affiliation(const Doc& d, const OrgMention& o) {
  const Sentence& s = d.sents[o.sent];
  const GazEntry* e = nullptr;
  if (std::string_view(o.rule) == "party" && match_gaz(d, s, o.tb, gParty, &e)) return std::string(e->value);
  return std::string(canonical_country(o.name));
}

// "at/of/for/with X" after a role: X's organisation mention, else its capitalised run, as the affiliation.
std::string read_employer(const Doc& d, const Sentence& s, uint32_t after) {
  if (after >= s.tok_end || !(word_is(d, s, after, "of") || word_is(d, s, after, "at") ||
                              word_is(d, s, after, "for") || word_is(d, s, after, "with") ||
                              word_is(d, s, after, "from")))
    return {};
  uint32_t b = after + 1, m = b;
  if (word_is(d, s, m, "the")) b = ++m;
  // "director of the California-based Institute for X": the place it is based in is no part of its name.
  if (b + 1 < s.tok_end && d.toks[b].kind == Tok::word && d.toks[b].end - d.toks[b].begin > 7 &&
      based_word(d.low(s, d.toks[b])) && org_at(d, b + 1))
    b = m = b + 1;
  if (const OrgMention* o = org_at(d, b)) return org_affiliation(d, *o);
  // "discussed by Mr Seifert with Ms Furse": a person (a form of address or a title opens the run) employs no one.
  if (b < s.tok_end && d.has(b, gHonorific | gTitle)) return {};
  while (m < s.tok_end && d.toks[m].kind == Tok::word && (d.toks[m].has(kCap) || d.toks[m].has(kAllCaps)) &&
         m < b + 6)
    ++m;
  if (m > b) return std::string(canonical_country(d.span_text(s, b, m)));
  return {};
}

// read_employer, but only a company or other organisation: a country after "at/for" is where the job is done,
// not who employs the person ("economist at the UK's ...", "minister for Kenya").
std::string organisation_employer(const Doc& d, const Sentence& s, uint32_t after) {
  std::string e = read_employer(d, s, after);
  if (!e.empty() && gaz_has(ascii_lowered(e), gCountry)) e.clear();
  return e;
}

// "the Chairman of Acme Holdings Limited(,) Mr. X", "Vice President of the Acme Council (AC), X": a role of an
// organisation written just before the name (or its form of address) at p is the person's, and the
// organisation is the affiliation. Fills the candidate's role and affiliation; false when there is none.
bool role_of_organisation_before(const Doc& d, const Sentence& s, uint32_t p, Cand& c) {
  if (p <= s.tok_begin + 3) return false;
  if (d.text(s, d.toks[p - 1]) == ",") --p;
  // "(COMCE)": an acronym in brackets after the organisation's name.
  if (p > s.tok_begin + 4 && d.text(s, d.toks[p - 1]) == ")" && d.toks[p - 2].kind == Tok::word &&
      d.toks[p - 2].has(kAllCaps) && d.text(s, d.toks[p - 3]) == "(")
    p -= 3;
  const int oi = p - 1 < d.org_of.size() ? d.org_of[p - 1] : -1;
  const OrgMention* o = oi >= 0 ? &d.orgs[size_t(oi)] : nullptr;
  uint32_t of = o && o->te == p && o->tb > s.tok_begin + 1 ? o->tb - 1 : kNone;
  // "the President of the Republic of Equatorial Guinea, H. E. X": a country's role, the same way.
  std::string_view country;
  if (!o)
    for (uint32_t b = p > s.tok_begin + 6 ? p - 4 : s.tok_begin + 2; b < p; ++b) {  // the longest name first
      const GazEntry* e = nullptr;
      if (int n = match_gaz(d, s, b, gCountry, &e); n && b + uint32_t(n) == p) {
        country = e->value;
        of = b - 1;
        if (word_is(d, s, of, "the")) --of;
        // "of the Republic of X", "of the Kingdom of X": the state's long form
        if (word_is(d, s, of, "of") && of > s.tok_begin + 2 && d.toks[of - 1].has(kCap) &&
            (word_is(d, s, of - 1, "republic") || word_is(d, s, of - 1, "kingdom") || word_is(d, s, of - 1, "state") ||
             word_is(d, s, of - 1, "federation") || word_is(d, s, of - 1, "sultanate")) &&
            word_is(d, s, of - 2, "the") && word_is(d, s, of - 3, "of"))
          of -= 3;
        break;
      }
    }
  if (of != kNone && word_is(d, s, of, "the")) --of;
  if (of == kNone || !word_is(d, s, of, "of")) return false;
  // "Vice President (Asia Pacific Trade Section) of": a bracketed qualifier of the role is part of it.
  uint32_t role_end = of;
  if (of > s.tok_begin + 2 && d.text(s, d.toks[of - 1]) == ")") {
    uint32_t q = of - 1;
    while (q > s.tok_begin && q + 8 > of && d.text(s, d.toks[q]) != "(") --q;
    if (d.text(s, d.toks[q]) == "(") role_end = q;
  }
  for (uint32_t r = role_end > s.tok_begin + 6 ? role_end - 6 : s.tok_begin; r < role_end; ++r)
    if (read_role(d, s, r) == role_end) {
      // A public body the role belongs to is part of it, as read_full_role reads it ("President of the Council of
      // Higher Education"); a company stays the affiliation only ("the Chairman of Acme Holdings, Mr X").
      c.role = std::string(d.span_text(s, r, o && !o->company && o->te == p ? p : of));
      c.aff = o ? org_affiliation(d, *o) : std::string(country);
      c.aff_explicit = true;
      c.rule += o ? "+role-of-organisation" : "+role-of-country";
      return true;
    }
  return false;
}

// "the Minister of State for External Affairs Shri X", "Leader of the Islamic Revolution Ayatollah X": a
// capitalised role (a title head, then capitalised words joined by of/for/the/and) written straight before the form
// of address at p is the person's. Fills the role; false when there is none.
bool titled_run_before(const Doc& d, const Sentence& s, uint32_t p, Cand& c) {
  uint32_t b = p;
  while (b > s.tok_begin && p - b < 10 && d.toks[b - 1].kind == Tok::word &&
         (d.toks[b - 1].has(kCap) || word_is(d, s, b - 1, "of") || word_is(d, s, b - 1, "for") ||
          word_is(d, s, b - 1, "the") || word_is(d, s, b - 1, "and")))
    --b;
  // The run ends in a capitalised word ("Prince Charles and Mrs X" is a list of two people).
  if (b == p || !d.toks[p - 1].has(kCap)) return false;
  for (uint32_t q = b; q < p; ++q)
    if (d.toks[q].has(kInOrg) || d.org_of[q] >= 0) return false;  // an organisation's role: role_of_organisation_before's
  for (uint32_t r = b; r + 1 < p; ++r)
    if (d.toks[r].has(kCap) && d.has(r, gTitle)) {
      c.role = std::string(d.span_text(s, r, p));
      c.rule += "+titled-run";
      return true;
    }
  return false;
}

// The space-separated words of a name.
std::vector<std::string_view> name_words(std::string_view n) {
  std::vector<std::string_view> w;
  for (size_t p = 0; p <= n.size();) {
    size_t e = n.find(' ', p);
    if (e == std::string_view::npos) e = n.size();
    w.push_back(n.substr(p, e - p));
    p = e + 1;
  }
  return w;
}

// A noun for a person of a nation: "Welshman", "Frenchwoman", "compatriot", "countryman".
bool nationality_noun(std::string_view l) {
  if (l == "compatriot" || l == "compatriots" || l == "countryman" || l == "countrywoman") return true;
  for (std::string_view end : {"man", "woman", "men", "women"})  // ("Irishmen JP McManus and John Magnier")
    if (l.size() > end.size() + 3 && l.substr(l.size() - end.size()) == end) {
      std::string_view stem = l.substr(0, l.size() - end.size());
      static constexpr std::string_view kStems[] = {"welsh", "scots", "english", "irish", "french", "dutch",
                                                    "ulster", "manx", "cornish"};
      for (auto k : kStems)
        if (stem == k) return true;
    }
  return false;
}

// ", [the|a] [demonym|country's|ORG's] [up to 3 words] ROLE [of|at|for X]" after a name at j: "Jane Roe, a
// fund manager at Acme", "John Doe, Acme's chief executive".
// Two capitalised words at q that may open a full name (no organisation, country, month or function word).
bool full_name_at(const Doc& d, const Sentence& s, uint32_t q) {
  auto name_word = [&](uint32_t k) {
    return k < s.tok_end && d.toks[k].kind == Tok::word && d.toks[k].has(kCap) && !d.toks[k].has(kInOrg) &&
           !d.has(k, gFunction | gSpeech | gCountry | gDemonym | gMonth | gWeekday);
  };
  return name_word(q) && name_word(q + 1);
}

// ", coach Remy Korchemny", ", Parliament Speaker Ali Larijani" after a name at j: the name is one of a list of
// titled people ("Victor Conte along with James Valente, coach Remy Korchemny and ..."), so it is a person too.
bool titled_list_follows(const Doc& d, const Sentence& s, uint32_t j) {
  if (j + 3 >= s.tok_end || d.text(s, d.toks[j]) != ",") return false;
  uint32_t k = j + 1;
  uint32_t re = read_role(d, s, k);
  if (re == kNone && d.toks[k].has(kCap) && d.toks[k].kind == Tok::word) re = read_role(d, s, k + 1);  // "Parliament Speaker"
  return re != kNone && full_name_at(d, s, re);
}

bool read_apposition(const Doc& d, const Sentence& s, uint32_t j, std::string& role, std::string& aff) {
  if (j >= s.tok_end) return false;
  std::string_view sep = d.text(s, d.toks[j]);
  bool dash = (sep == "-" || sep == "–" || sep == "—") && d.toks[j].has(kSpaceBefore);  // "X - a senior law lord -"
  if (sep != "," && !dash) return false;
  uint32_t k = j + 1;
  const bool definite = word_is(d, s, k, "the") || word_is(d, s, k, "its") || word_is(d, s, k, "their");
  // ("X, its minister for economic affairs": the possessive's owner is told before; the role is X's)
  if (word_is(d, s, k, "the") || word_is(d, s, k, "a") || word_is(d, s, k, "an") || word_is(d, s, k, "its") ||
      word_is(d, s, k, "their"))
    ++k;
  // "X, Chicago-based Boeing's vice president": where the employer is based is no part of the apposition.
  if (k + 1 < s.tok_end && d.toks[k].kind == Tok::word && d.toks[k].has(kCap) && d.toks[k].end - d.toks[k].begin > 7 &&
      based_word(d.low(s, d.toks[k])))
    ++k;
  std::string a;
  const GazEntry* e = nullptr;
  uint32_t scope = kNone, scope_end = kNone;  // "US" in "X, US chief economist at Y": a country word opening the role
  uint32_t role_lead = kNone;                  // a country word after an employer's possessive, kept in the role
  if (k < s.tok_end && (d.toks[k].has(kCap) || d.toks[k].has(kAllCaps))) {
    if (const OrgMention* o = org_at(d, k)) {
      a = org_affiliation(d, *o);
      k = o->te;
      if (k < s.tok_end && d.toks[k].kind == Tok::possessive) ++k;
    } else if (int n = match_gaz(d, s, k, gCountry | gDemonym, &e)) {
      a = e->value;
      if (!(k + uint32_t(n) < s.tok_end && d.toks[k + n].kind == Tok::possessive)) scope = k, scope_end = k + n;
      k += n;
      if (k < s.tok_end && d.toks[k].kind == Tok::possessive) ++k;
    }
  }
  // "Jane Roe, the Carphone Warehouse chief executive": capitalised words right before a job title name the
  // employer, even when the organisation pass found no suffix or head noun in them.
  // Only after a comma, and only where the apposition visibly ends (", the X chief executive," or "X's chief
  // executive"): a dash or a following name makes it a list of titled names ("- Troy actress Diane Kruger").
  if (a.empty() && !dash && k < s.tok_end && d.toks[k].kind == Tok::word && d.toks[k].has(kCap) &&
      read_role(d, s, k) == kNone) {
    uint32_t m = k;
    while (m < s.tok_end && m < k + 4) {
      if (d.toks[m].kind == Tok::word && d.toks[m].has(kCap) && !role_word(d, s, m) &&
          !d.has(m, gCommon | gFunction | gHonorific | gSpeech) && !based_word(d.low(s, d.toks[m]))) {
        ++m;
        continue;
      }
      // "E&Y's", "Marks-Spencer's": a joiner between capitals, no space either side
      if (m > k && m + 1 < s.tok_end && (punct_is_at(d, s, m, "&") || punct_is_at(d, s, m, "-")) &&
          !d.toks[m].has(kSpaceBefore) && d.toks[m + 1].kind == Tok::word && d.toks[m + 1].has(kCap) &&
          !d.toks[m + 1].has(kSpaceBefore)) {
        m += 2;
        continue;
      }
      break;
    }
    const bool possessive = m < s.tok_end && d.toks[m].kind == Tok::possessive;
    uint32_t q = possessive ? m + 1 : m;
    bool job = false;
    for (uint32_t r = q; !job && r < s.tok_end && r < q + 3; ++r) {
      // "Acme's UK head of tax": a country word opening the job is its scope
      if (r == q && possessive && d.toks[r].kind == Tok::word && match_gaz(d, s, r, gCountry | gDemonym, nullptr) == 1)
        continue;
      if (d.toks[r].kind != Tok::word || d.toks[r].has(kCap)) break;
      if (uint32_t re = read_role(d, s, r); re != kNone) {
        bool ends = re >= s.tok_end || d.toks[re].kind == Tok::punct || d.has(re, gSpeech) ||
                    word_is(d, s, re, "at") || word_is(d, s, re, "for") || word_is(d, s, re, "of");
        // (or a speech verb: "X, Gulf Air acting chief executive officer said": no name follows a verb)
        job = ends && (definite || possessive || re >= s.tok_end || d.text(s, d.toks[re]) == "," || d.has(re, gSpeech));
        break;
      }
      if (d.has(r, gFunction | gSpeech | gCommon)) break;
    }
    if (m > k && job) {
      a = std::string(canonical_country(d.span_text(s, k, m)));
      k = q;
      if (possessive && k < s.tok_end && d.toks[k].kind == Tok::word && match_gaz(d, s, k, gCountry | gDemonym, nullptr) == 1)
        role_lead = k++;  // "UK" in "Acme's UK head of tax": part of the role
    }
  }
  // Free modifiers before the role head: "a retail analyst", "a senior fund manager", "operations and safety
  // editor" (an "and" between two lowercase modifiers). Capitalised modifiers only before a capitalised head that
  // an "of", "for", "at" or a comma ends: "Country Director of X", "Regional Manager for Y" (a title in title case,
  // not "Acme director").
  uint32_t rb = k, re = read_role(d, s, k);
  for (int skip = 0; re == kNone && skip < 4 && k < s.tok_end; ++skip) {
    const Token& t = d.toks[k];
    const bool and_between = skip > 0 && word_is(d, s, k, "and") && k + 1 < s.tok_end &&
                             d.toks[k + 1].kind == Tok::word && !d.toks[k + 1].has(kCap);
    bool title_case = false;
    if (t.kind == Tok::word && t.has(kCap) && !t.has(kInOrg) && !d.has(k, gFunction | gSpeech | gCommon | gCountry | gDemonym))
      for (uint32_t h = k + 1; h < s.tok_end && h < k + 3 && !title_case; ++h) {
        if (d.toks[h].kind != Tok::word || !d.toks[h].has(kCap)) break;
        uint32_t e2 = read_role(d, s, h);
        title_case = e2 != kNone && (e2 >= s.tok_end || punct_is_at(d, s, e2, ",") || word_is(d, s, e2, "of") ||
                                     word_is(d, s, e2, "for") || word_is(d, s, e2, "at"));
      }
    if (!and_between && !title_case && (t.kind != Tok::word || t.has(kCap) || d.has(k, gFunction | gSpeech | gCommon)))
      break;
    ++k;
    re = read_role(d, s, k);
  }
  if (re == kNone) return false;
  // "Vice President (Asia Trade Section) of X": a bracketed qualifier of the role is part of it.
  if (punct_is_at(d, s, re, "(")) {
    uint32_t q = re + 1;
    while (q < s.tok_end && q < re + 9 && d.toks[q].kind != Tok::punct) ++q;
    if (q > re + 1 && punct_is_at(d, s, q, ")") && d.toks[re + 1].has(kCap)) re = q + 1;
  }
  // "chief market strategist at Y", "chief Turkish economist for Y": up to two words between the role's head
  // and an employer belong to the role (a specialism, a region, a head noun the gazetteer lacks). Only before
  // an employer, which shows the apposition is a job title and where it ends.
  std::string employer;
  {
    uint32_t q = re;
    while (q < s.tok_end && q < re + 2 && d.toks[q].kind == Tok::word && !d.toks[q].has(kInOrg) &&
           !d.has(q, gFunction | gSpeech | gCommon) &&
           (!d.toks[q].has(kCap) || match_gaz(d, s, q, gCountry | gDemonym, nullptr) == 1))
      ++q;
    if (q > re && (word_is(d, s, q, "at") || word_is(d, s, q, "for") || word_is(d, s, q, "with"))) {
      employer = organisation_employer(d, s, q);
      if (!employer.empty()) re = q;
    }
  }
  // "investment director of UK Equities at Standard Life": "of" and a capitalised run before an employer name
  // the department, part of the role, even when the run opens with a country.
  if (employer.empty() && word_is(d, s, re, "of")) {
    uint32_t q = re + 1;
    while (q < s.tok_end && q < re + 6 && d.toks[q].kind == Tok::word && d.toks[q].has(kCap) && !d.toks[q].has(kInOrg))
      ++q;
    if (q > re + 1 && word_is(d, s, q, "at")) {
      employer = organisation_employer(d, s, q);
      if (!employer.empty()) re = q;
    }
  }
  // "head of the International Cricket Council's anti-corruption unit": the unit of an organisation that the
  // role heads is part of the role, and the organisation is the employer.
  if (employer.empty() && word_is(d, s, re, "of")) {
    uint32_t o = re + 1;
    if (word_is(d, s, o, "the")) ++o;
    const OrgMention* m = org_at(d, o);
    uint32_t p = m ? (d.toks[m->te - 1].kind == Tok::possessive ? m->te : m->te + 1) : kNone;  // past the "'s"
    if (m && p <= s.tok_end && d.toks[p - 1].kind == Tok::possessive) {
      uint32_t q = p;
      while (q < s.tok_end && q < p + 3 && d.toks[q].kind == Tok::word && !d.toks[q].has(kCap) &&
             !d.has(q, gFunction | gSpeech))
        ++q;
      // The unit's words must end the phrase (a comma, a function word, a verb of saying), or they may be
      // adjectives of a name that follows ("chief of BT's new Global Services").
      bool ends = q >= s.tok_end || d.toks[q].kind == Tok::punct || d.has(q, gFunction | gSpeech);
      if (q > p && ends) {
        employer = org_affiliation(d, *m);
        re = q;
      }
    }
  }
  uint32_t role_end = re;
  std::string of_aff;
  uint32_t after = read_of(d, s, re, role_end, of_aff);
  // "A, Ambassador to X, His Excellency B, ...": a role followed by a form of address and a name is that
  // name's, not an apposition to the one before (lists of delegations are written role first).
  uint32_t past = after;  // past an "of/at [the] ORG" employer
  if ((word_is(d, s, past, "of") || word_is(d, s, past, "at")) && past + 1 < s.tok_end) {
    uint32_t o = past + 1;
    if (word_is(d, s, o, "the")) ++o;
    if (const OrgMention* m = org_at(d, o)) past = m->te;
  }
  if (past + 1 < s.tok_end && d.text(s, d.toks[past]) == ",") {
    uint32_t n = past + 1;
    bool address = (word_is(d, s, n, "his") || word_is(d, s, n, "her")) && word_is(d, s, n + 1, "excellency");
    address |= d.toks[n].kind == Tok::word && d.toks[n].has(kCap) && styled_title(d, s, n);
    if (address) return false;
  }
  // "A, Parliament Speaker Ali Larijani and B": a role followed straight by a full name is that name's title in
  // a list, not an apposition to the name before (see titled_list_follows).
  if (role_end == after && full_name_at(d, s, role_end)) return false;
  if (employer.empty() && scope != kNone) employer = organisation_employer(d, s, after);
  // A country word before a job title at an employer is the job's scope, part of the role; the employer is
  // the affiliation ("Jane Roe, US chief economist at Acme": role "US chief economist", Acme).
  if (scope != kNone && !employer.empty() && rb == scope_end) {
    rb = scope;
    a.clear();
  }
  if (role_lead != kNone && rb == role_lead + 1) rb = role_lead;
  // "X, Joint Secretary, Department of Economic Affairs, said": a unit of government named after the role in
  // commas is part of it (its head noun says so).
  if (employer.empty() && a.empty() && role_end + 2 < s.tok_end && d.text(s, d.toks[role_end]) == "," &&
      d.toks[role_end + 1].kind == Tok::word && d.toks[role_end + 1].has(kCap)) {
    uint32_t q = role_end + 1;
    bool unit = false, next_person = false;
    while (q < s.tok_end && q < role_end + 8 && d.toks[q].kind == Tok::word &&
           (d.toks[q].has(kCap) || word_is(d, s, q, "of") || word_is(d, s, q, "and"))) {
      // "Joint Secretary, Department of Economic Affairs and Xian Zhu, Vice President of X": after "and", a
      // name followed by a comma and a role is the next signatory, not the unit's.
      if (unit && word_is(d, s, q, "and")) {
        uint32_t r = q + 1;
        while (r < s.tok_end && r < q + 5 && d.toks[r].kind == Tok::word && d.toks[r].has(kCap)) ++r;
        if (r > q + 1 && r + 1 < s.tok_end && d.text(s, d.toks[r]) == "," && read_role(d, s, r + 1) != kNone) {
          next_person = true;
          break;
        }
      }
      std::string_view l = d.low(s, d.toks[q]);
      unit |= l == "department" || l == "division" || l == "directorate" || l == "bureau" || l == "wing" ||
              l == "secretariat";
      ++q;
    }
    if (unit && !word_is(d, s, q - 1, "of") && !word_is(d, s, q - 1, "and") &&
        (q >= s.tok_end || d.toks[q].kind == Tok::punct || next_person))
      role_end = q;
  }
  role = std::string(d.span_text(s, rb, role_end));
  if (!employer.empty() && a.empty()) a = employer;
  if (a.empty()) a = of_aff;
  if (a.empty()) a = read_employer(d, s, after);
  aff = a;
  return true;
}

// ", 45," after a name: an age.
std::string_view low_at_or_empty(const Doc& d, const Sentence& s, uint32_t k) {
  return k < s.tok_end && d.toks[k].kind == Tok::word ? d.low(s, d.toks[k]) : std::string_view();
}

// A word that may sit in a noun phrase ("the Iranian organization"): no verb of speech, no relative, no
// subordinator.
bool cue_verb_free(const Doc& d, const Sentence& s, uint32_t q) {
  return !d.has(q, gSpeech) && !in(d.low(s, d.toks[q]), {"who", "which", "that", "said", "says", "is", "was", "are",
                                                         "were", "has", "have", "had", "will", "would", "when", "while"});
}

// "X will remain chief executive", "X became chairman", "X is now the head of": where the role of a copula after
// a name starts, or kNone. Only verbs that give a role (not "X is a big market"): the role must read as one.
uint32_t predicate_role(const Doc& d, const Sentence& s, uint32_t k) {
  uint32_t j = k;
  if (j < s.tok_end && d.toks[j].kind == Tok::word && in(d.low(s, d.toks[j]), {"will", "would", "has", "had", "is", "was"})) ++j;
  if (j < s.tok_end && d.toks[j].kind == Tok::word && in(d.low(s, d.toks[j]), {"been", "be", "now", "also"})) ++j;
  if (!(j < s.tok_end && d.toks[j].kind == Tok::word &&
        in(d.low(s, d.toks[j]), {"remain", "remains", "remained", "become", "becomes", "became", "named", "appointed",
                                "elected", "been", "be", "is", "was"})))
    return kNone;
  if (j == k && in(d.low(s, d.toks[j]), {"been", "be", "named", "appointed", "elected"})) return kNone;
  ++j;
  if (j < s.tok_end && in(d.low(s, d.toks[j]), {"as"})) ++j;  // "was appointed as chairman"
  if (j < s.tok_end && in(d.low(s, d.toks[j]), {"the", "its", "their"})) ++j;
  if (j >= s.tok_end || d.toks[j].kind != Tok::word) return kNone;
  const uint32_t re = read_role(d, s, j);
  if (re == kNone) return kNone;
  // "was named player of the year": an award, no role.
  if (word_is(d, s, re, "of") && word_is(d, s, re + 1, "the") &&
      in(low_at_or_empty(d, s, re + 2), {"year", "month", "season", "tournament", "match", "week"}))
    return kNone;
  return j;
}

bool age_apposition(const Doc& d, const Sentence& s, uint32_t k) {
  if (k + 1 >= s.tok_end || d.text(s, d.toks[k]) != ",") return false;
  const Token& n = d.toks[k + 1];
  if (n.kind != Tok::number || n.end - n.begin > 3) return false;
  int v = 0;
  for (char c : d.text(s, n)) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v <= 0 || v >= 120) return false;
  if (k + 2 >= s.tok_end) return true;
  std::string_view after = d.text(s, d.toks[k + 2]);
  return after == "," || after == ")" || (k + 3 == s.tok_end && (after == "." || after == ";"));
}

// Verbs whose subject (after) or object (before) is a person in news: "X received Y", "hosted X". Speech verbs
// are the gazetteer's (gSpeech); these are the ones a company seldom does.
bool person_verb_after(const Doc& d, const Sentence& s, uint32_t k) {
  const Token& t = d.toks[k];
  if (t.kind != Tok::word || t.has(kCap) || t.end - t.begin < 4 || t.end - t.begin > 13) return false;
  std::string_view l = d.low(s, t);
  return l == "received" || l == "hosted" || l == "chaired" || l == "greeted" || l == "congratulated" ||
         l == "resigned" || l == "died" || l == "receives" || l == "hosts" || l == "chairs";
}
bool person_verb_before(const Doc& d, const Sentence& s, uint32_t k) {
  const Token& t = d.toks[k];
  if (t.kind != Tok::word || t.has(kCap) || t.end - t.begin < 4 || t.end - t.begin > 13) return false;
  std::string_view l = d.low(s, t);
  return l == "received" || l == "hosted" || l == "congratulated" || l == "greeted" || l == "appointed" ||
         l == "hired" || l == "elected" || l == "receives" || l == "hosts" || l == "interviewed";
}

// "said accountant X", "says local shopkeeper X": one or two lowercase words between a speech verb and the name
// at k, the last an agent noun (a title head, or -er/-or/-ist/-ant/-ian: "accountant", "farmer", "economist").
// Returns where the words start, or kNone.
uint32_t speech_descriptor(const Doc& d, const Sentence& s, uint32_t k) {
  if (k < s.tok_begin + 2) return kNone;
  const uint32_t h = k - 1;
  const Token& t = d.toks[h];
  if (t.kind != Tok::word || t.has(kCap) || d.has(h, gFunction | gSpeech | gCommon)) return kNone;
  std::string_view l = d.low(s, t);
  auto ends = [&](std::string_view x) { return l.size() > x.size() + 2 && l.substr(l.size() - x.size()) == x; };
  if (!(d.has(h, gTitle) || ends("er") || ends("or") || ends("ist") || ends("ant") || ends("ian"))) return kNone;
  for (uint32_t b = h; b > s.tok_begin && h - b < 2; --b) {
    if (d.has(b - 1, gSpeech) && !d.toks[b - 1].has(kCap)) return b;
    const Token& p = d.toks[b - 1];
    if (p.kind != Tok::word || p.has(kCap) || d.has(b - 1, gFunction | gCommon)) return kNone;
  }
  return kNone;
}

// Time nouns never belong to a role: "last year immigration minister X".
bool time_noun(std::string_view l) {
  return l == "year" || l == "years" || l == "week" || l == "weeks" || l == "month" || l == "months" ||
         l == "day" || l == "days" || l == "night" || l == "time" || l == "weekend" || l == "morning" ||
         l == "evening" || l == "afternoon" || l == "decade" || l == "quarter";
}

// A form of address that may stand between a role and a name: "Mr", "Dr", "Sheikh", "Prince".
bool styled_title(const Doc& d, const Sentence& s, uint32_t k) {
  if (d.has(k, gHonorific)) return true;
  std::string_view l = d.low(s, d.toks[k]);
  return l == "sheikh" || l == "sheikha" || l == "prince" || l == "princess";
}

// A role that says little and gives way to any other: "his counterpart", "an official".
bool weak_role(std::string_view r) {
  return r == "counterpart" || r == "official" || r == "peer" || r == "diplomat" || r == "spokesman" ||
         r == "spokeswoman" || r == "spokesperson";
}

// Every word of `small` is a word of `big` (ASCII case-insensitive).
bool contains_words(std::string_view big, std::string_view small) {
  auto low = [](std::string_view w) {
    std::string o(w);
    for (char& c : o) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    return o;
  };
  std::string b = " " + low(big) + " ";
  size_t i = 0;
  while (i < small.size()) {
    while (i < small.size() && small[i] == ' ') ++i;
    size_t j = small.find(' ', i);
    if (j == std::string_view::npos) j = small.size();
    if (j > i && b.find(" " + low(small.substr(i, j - i)) + " ") == std::string::npos) return false;
    i = j;
  }
  return true;
}

}  // namespace

void people_pass(Doc& d) {
  ArticleRecord& a = *d.a;
  // Room for an article's usual count (32): no moves of the strings in each Cand while the list grows.
  thread_local std::vector<Cand> cands_room;
  std::vector<Cand>& cands = reused_list(cands_room, 32);
  std::unordered_set<std::string_view> standalone;  // capitalised words not next to another one
  for (uint32_t si = 0; si < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    size_t first_cand = cands.size();
    // A photo credit that is a personal name ("(Photo: Nhat Bac)") names the photographer. Agencies, services
    // and accounts ("Reuters", "Akorda press service", "Getty Images") are no people: two or three capitalised
    // words that are in no gazetteer and name no media thing.
    for (const Caption& cp : d.captions) {
      if (cp.para != s.para || cp.credit.end <= cp.credit.begin) continue;
      uint32_t nb = kNone, ne = 0;
      bool ok = true;
      std::string agency;  // "Mustafa Kaya/Xinhua": the agency after a slash is the photographer's employer
      for (uint32_t k = s.tok_begin; k < s.tok_end && ok; ++k) {
        const Token& w = d.toks[k];
        if (w.begin < cp.credit.begin || w.end > cp.credit.end) continue;
        if (nb != kNone && w.kind == Tok::punct && d.text(s, w) == "/") {
          uint32_t m = k + 1;
          while (m < s.tok_end && d.toks[m].end <= cp.credit.end && d.toks[m].kind == Tok::word) ++m;
          if (m > k + 1) agency = std::string(d.span_text(s, k + 1, m));
          break;
        }
        if (nb == kNone) nb = k;
        ne = k + 1;
        ok = w.kind == Tok::word && w.has(kCap) && !w.has(kAllCaps) && !w.has(kDotted) && !w.has(kHasDigit) &&
             d.gz[k] == nullptr;
        if (ok) {
          std::string_view l = d.low(s, w);
          for (std::string_view m : {"images", "photos", "pictures", "press", "news", "media", "archive",
                                     "archives", "agency", "service", "files", "office", "ministry"})
            ok &= l != m;
        }
      }
      if (ok && nb != kNone && ne - nb >= 2 && ne - nb <= 3) {
        Cand c;
        c.sent = si;
        c.mb = c.nb = nb;
        c.ne = ne;
        c.role = "photographer";
        c.aff = agency;
        c.aff_explicit = !agency.empty();
        c.cue = true;
        c.rule = "photo-credit";
        cands.push_back(std::move(c));
      }
    }
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = d.toks[i];
      if (t.kind != Tok::word || t.has(kInCredit)) continue;
      // "Following Hart's decision", "Welcoming Jane Roe, ...": a participle opening the sentence before a name is
      // no given name ("Manning said" stays: no name follows it).
      if (i == s.tok_begin && t.has(kCap) && !t.has(kAllCaps) && t.end - t.begin > 6 && !d.gz[i] && i + 1 < s.tok_end &&
          d.toks[i + 1].kind == Tok::word && d.toks[i + 1].has(kCap) && d.low(s, t).substr(t.end - t.begin - 3) == "ing")
        continue;
      // Only gazetteer words can start a titled name, only capitalised ones a bare name.
      bool maybe_titled = d.has(i, gCountry | gDemonym | gTitle | gTitleMod | gHonorific | gPhraseStart | gPeer) ||
                          high_title(d, s, i);
      if (!maybe_titled && !t.has(kCap)) {
        // Only "ex-chief ..." and "his/her Excellency ..." start a titled name in lower case.
        uint32_t len = t.end - t.begin;
        char c0 = s.text[t.begin];
        if (len > 3 && (c0 == 'e' || c0 == 'f') && ex_title(d, s, i)) maybe_titled = true;
        else if (!(len == 3 && c0 == 'h' && (word_is(d, s, i, "his") || word_is(d, s, i, "her")))) continue;
      }
      Cand c;
      c.sent = si;
      c.mb = i;
      // ---- titled: [affiliation] ROLE NAME
      uint32_t j = i;
      const GazEntry* e = nullptr;
      const char* aff_kind = "";
      if (const OrgMention* o = org_at(d, i)) {
        // "Oracle's chief executive X", "Labour backbencher X", "Bank of England Governor X"
        c.aff = org_affiliation(d, *o);
        aff_kind = "org+";
        j = o->te;
        if (j < s.tok_end && d.toks[j].kind == Tok::possessive) ++j;
        maybe_titled = true;
      } else if (t.has(kCap)) {
        if (int n = match_gaz(d, s, j, gCountry | gDemonym, &e)) {
          c.aff = e->value;
          aff_kind = (e->flags & gCountry) ? "country+" : "demonym+";
          j += n;
          if (j < s.tok_end && d.toks[j].kind == Tok::possessive) ++j;
        }
      }
      // "His Excellency", and its abbreviation "H. E." / "H.E." (tokens H . E .): the tokens it spans, or 0.
      // Every form starts with an 'h' or 'H' ("his", "her", "H"): that one byte decides for nearly every token,
      // tested inline in excellency() (asked of every candidate start; the full tests cost ~60 instructions, and
      // the call alone ~20).
      auto excellency_start = [&](uint32_t k) { return k < s.tok_end && s.low[d.toks[k].begin] == 'h'; };
      auto excellency_len = [&](uint32_t k) -> uint32_t {
        if (!excellency_start(k)) return 0;
        if ((word_is(d, s, k, "his") || word_is(d, s, k, "her")) && word_is(d, s, k + 1, "excellency")) return 2;
        if (k + 3 < s.tok_end && d.text(s, d.toks[k]) == "H" && d.text(s, d.toks[k + 1]) == "." &&
            d.text(s, d.toks[k + 2]) == "E" && d.text(s, d.toks[k + 3]) == ".")
          return 4;
        return 0;
      };
      auto excellency = [&](uint32_t k) { return excellency_start(k) && excellency_len(k) != 0; };
      auto peer_at = [&](uint32_t k) {
        return k + 1 < s.tok_end && d.toks[k].kind == Tok::word && d.toks[k].has(kCap) && d.has(k, gPeer) &&
               name_token(d, s, d.toks[k + 1]) && d.toks[k + 1].has(kSpaceBefore);
      };
      bool honor = false, peer = false;
      uint32_t rb = j, role_end = kNone, after = kNone;
      if (excellency(j)) {
        honor = true;
        after = j + excellency_len(j);
      } else if (maybe_titled && j < s.tok_end && d.toks[j].kind == Tok::word && d.has(j, gHonorific) &&
                 d.toks[j].has(kCap)) {
        honor = true;
        after = j + 1;
        if (after < s.tok_end && d.text(s, d.toks[after]) == ".") ++after;
      } else if (peer_at(j)) {
        honor = peer = true;
        after = j;
      } else if (maybe_titled) {
        after = read_full_role(d, s, j, role_end, c.aff);
      }
      if (after != kNone) {
        if (!honor) {
          if (excellency(after)) after += excellency_len(after);
          // "Minister for Finance Mr Tharman Shanmugaratnam", "Minister for Investment Sheikh Khalid ...":
          // a form of address between the role and the name belongs to neither.
          else
            for (int n = 0; n < 2 && after + 1 < s.tok_end && d.toks[after].kind == Tok::word &&
                            d.toks[after].has(kCap) && styled_title(d, s, after);
                 ++n) {
              if (name_forming_title(d.low(s, d.toks[after]))) c.styled = after;
              ++after;
              if (after < s.tok_end && d.text(s, d.toks[after]) == ".") ++after;
            }
          peer = peer_at(after);
        }
        uint32_t nb = after;
        uint32_t ne = read_name(d, s, peer ? after + 1 : after);
        if (peer && ne > after + 1) {
          // "Lord Nicholls of Birkenhead": the territorial part of a peer's title.
          if (word_is(d, s, ne, "of") && ne + 1 < s.tok_end && name_token(d, s, d.toks[ne + 1]) &&
              !(ne + 2 < s.tok_end && d.toks[ne + 2].kind == Tok::word && d.toks[ne + 2].has(kCap)))
            ne += 2;
        } else if (peer) {
          ne = nb;
        }
        // "the Prime Minister, Tony Blair, said": the name in commas after the role.
        // Not when the role is itself in commas after another name ("A, Additional Secretary, B, Ambassador"):
        // there it belongs to the name before.
        bool after_name = rb >= s.tok_begin + 2 && d.text(s, d.toks[rb - 1]) == "," && name_token(d, s, d.toks[rb - 2]);
        // "a spokesman for Velta, Peter Grant, said": an employer between the role and the name in commas.
        uint32_t comma_at = after;
        std::string comma_employer;
        if (ne <= nb && !honor && role_end != kNone &&
            (word_is(d, s, after, "for") || word_is(d, s, after, "of") || word_is(d, s, after, "at"))) {
          uint32_t q = after + 1;
          if (word_is(d, s, q, "the")) ++q;
          uint32_t m = q;
          if (const OrgMention* o = org_at(d, q)) m = o->te;
          else
            while (m < s.tok_end && m < q + 4 && d.toks[m].kind == Tok::word && d.toks[m].has(kCap)) ++m;
          if (m > q && m < s.tok_end && d.text(s, d.toks[m]) == ",") {
            comma_employer = read_employer(d, s, after);
            comma_at = m;
          }
        }
        if (ne <= nb && !honor && comma_at < s.tok_end && d.text(s, d.toks[comma_at]) == ",") {
          uint32_t b2 = comma_at + 1;
          bool address = true;
          if (excellency(b2)) b2 += excellency_len(b2);
          else if (b2 < s.tok_end && d.toks[b2].has(kCap) && styled_title(d, s, b2)) ++b2;
          else address = false;
          for (int n = 0; n < 2 && b2 + 1 < s.tok_end && d.toks[b2].has(kCap) && styled_title(d, s, b2); ++n) {
            ++b2;  // "His Excellency Dr. Hussain Niyaaz"
            if (d.text(s, d.toks[b2]) == ".") ++b2;
          }
          if (address && b2 < s.tok_end && d.text(s, d.toks[b2]) == ".") ++b2;  // "Mr. Ahmed Shiaan"
          if (after_name && !address) b2 = s.tok_end;
          uint32_t n2 = peer_at(b2) ? read_name(d, s, b2 + 1) : read_name(d, s, b2);
          if (n2 >= b2 + 2 && (address || n2 >= s.tok_end || d.toks[n2].kind == Tok::punct ||
                               d.has(n2, gSpeech) || word_is(d, s, n2, "and"))) {
            nb = b2;
            ne = n2;
            if (c.aff.empty()) c.aff = comma_employer;
          }
        }
        // "Sultan Al-Shamsy, Assistant Minister ...", "Sultan Al Jaber": a title that is also a given name, right
        // before a family name with the article (Al-, El-) and nothing else, is the given name; a ruler is named
        // by his own name first ("Sultan Haitham bin Tariq").
        bool given_title = false;
        if (!honor && c.aff.empty() && rb == i && role_end == rb + 1 && nb == role_end && d.toks[rb].has(kCap) &&
            name_forming_title(d.low(s, d.toks[rb]))) {
          std::string_view w = ne > nb ? d.text(s, d.toks[nb]) : std::string_view();
          bool al = w.size() > 4 && (w.substr(0, 3) == "Al-" || w.substr(0, 3) == "El-" || w.substr(0, 3) == "al-");
          if ((ne == nb + 1 && al) || (ne == nb + 2 && (w == "Al" || w == "El"))) {
            nb = rb;
            given_title = true;
          }
        }
        bool ok = ne > nb;
        if (ok && (cap_word_with(d, s, ne, gOrg | gPlace))) ok = false;  // "partner Tyson Foods"
        // "Leader of the Islamic Revolution Ayatollah X": a form of address after the run starts the person's
        // name; the run is the end of a role, no name.
        if (ok && !honor && ne < s.tok_end && d.toks[ne].kind == Tok::word && d.toks[ne].has(kCap) &&
            styled_title(d, s, ne))
          ok = false;
        // "the General Election", "the Chief Constable's Office": after "the", a title and one capitalised
        // word name a thing unless the word is a person's name given elsewhere ("the Prime Minister Blair").
        if (ok && !honor && ne - nb == 1 && d.toks[i].has(kCap)) {
          uint32_t p = i;  // the start of the whole capitalised role ("the Prime Minister Blair" seen from "Minister")
          while (p > s.tok_begin && d.toks[p - 1].kind == Tok::word && d.toks[p - 1].has(kCap) && role_word(d, s, p - 1))
            --p;
          // Not a compound ("the Queen and Prince Philip": a one-word name after a title of address).
          bool compound = false;
          for (uint32_t q = i; q < nb && !compound; ++q) compound = word_is(d, s, q, "and") || word_is(d, s, q, "&");
          if (p > s.tok_begin && word_is(d, s, p - 1, "the") && !compound) c.the_single = true;
        }
        // A lowercase role needs a full name: "minister Tileuberdi" alone is too weak.
        if (ok && !honor && role_end != kNone && !d.toks[role_end - 1].has(kCap) && ne - nb < 2) ok = false;
        if (ok) {
          c.titled = true;
          c.aff_explicit = !c.aff.empty();
          if (!honor && role_end != kNone) {
            // Lowercase nouns before a lowercase role belong to it ("immigration minister", "road safety
            // head"); "former" before the whole phrase too ("former WorldCom chief").
            uint32_t b = rb;
            if (b == i && !d.toks[rb].has(kCap))
              for (int n = 0; n < 3 && b > s.tok_begin; ++n) {
                const Token& p = d.toks[b - 1];
                std::string_view l = d.low(s, p);
                bool cap_ok = p.has(kCap) && (d.has(b - 1, gDept | gTitleMod) || b - 1 == s.tok_begin) &&
                              !p.has(kInOrg) && !d.has(b - 1, gCommon | gCountry | gDemonym);
                if (p.kind != Tok::word || (p.has(kCap) && !cap_ok) || p.has(kHasDigit) || time_noun(l) ||
                    d.has(b - 1, gFunction | gCommon | gSpeech | gMonth | gCueSigned | gCueAgreed | gCuePlanned) ||
                    (l.size() > 3 && (l.substr(l.size() - 2) == "ed" || l.substr(l.size() - 3) == "ing" ||
                                      l.substr(l.size() - 2) == "ly")))
                  break;
                --b;
              }
            c.role = std::string(d.span_text(s, b, role_end));
            if (b < c.mb) c.mb = b;
            // A party or public body written as one word before the title stays in it, as written ("Parliament
            // Speaker", "Labour backbencher"); a company, or a possessive, is only the affiliation ("Samsung
            // Electronics CEO", "Oracle's chief executive").
            const OrgMention* po = org_at(d, i);
            if (po && !po->company && po->te == i + 1 && rb == i + 1)  // one word, a party or a public body

              c.role = std::string(d.span_text(s, i, role_end));
          }
          c.nb = nb;
          c.ne = ne;
          c.rule = honor ? (peer ? "peer+name" : "honorific+name") : std::string("title:") + aff_kind + "title+name";
          // "the Chairman of Acme Holdings Limited(,) Mr. X": a role of an organisation written just before the
          // form of address is the person's, and the organisation is the affiliation.
          if (honor && !peer && c.role.empty() && !role_of_organisation_before(d, s, i, c))
            titled_run_before(d, s, i, c);
          if (!honor && role_end != kNone && role_end < after) c.rule = std::string("title:") + aff_kind + "title+of+name";
          if (peer && !honor) c.rule += "+peer";
          if (given_title) {
            c.role.clear();
            c.rule = "given-name-title+name";
          }
          for (uint32_t k = i; k > s.tok_begin && k + 4 > i; --k)
            if (word_is(d, s, k - 1, "predecessor") || word_is(d, s, k - 1, "successor")) c.predecessor = true;
          // "Samsung Electronics CEO Kim Ki-nam": a capitalised run right before the role is the employer.
          if (c.aff.empty() && !honor && i == rb && i > s.tok_begin) {
            uint32_t b = i;
            while (b > s.tok_begin && i - b < 4 && d.toks[b - 1].kind == Tok::word && d.toks[b - 1].has(kCap) &&
                   d.toks[b].has(kSpaceBefore) &&
                   !d.has(b - 1, gCommon | gFunction | gMonth | gWeekday | gTitle | gTitleMod | gSpeech))
              --b;
            // "Federation of X Chambers (FXC) Director Y": the organisation before its bracketed acronym.
            if (b == i && i > s.tok_begin + 3 && d.text(s, d.toks[i - 1]) == ")" && d.toks[i - 2].has(kAllCaps) &&
                d.text(s, d.toks[i - 3]) == "(") {
              const int oi = d.org_of[i - 4];
              if (oi >= 0 && d.orgs[size_t(oi)].te == i - 3) {
                c.aff = org_affiliation(d, d.orgs[size_t(oi)]);
                c.rule += "+org-acronym-prefix";
              } else {
                c.aff = std::string(d.text(s, d.toks[i - 2]));
                c.rule += "+acronym-prefix";
              }
            }
            // "Business Secretary X", "Lifelong Learning Minister X": before a portfolio title, a capitalised run
            // that is no organisation or country is the portfolio, part of the role.
            bool portfolio = false;
            if (b < i) {
              std::string_view head = d.low(s, d.toks[i]);
              portfolio = head == "minister" || head == "secretary" || head == "commissioner";
              for (uint32_t q = b; q < i && portfolio; ++q)
                portfolio = !d.toks[q].has(kInOrg) && !d.has(q, gCountry | gDemonym | gPlace);
            }
            if (portfolio) {
              c.role = std::string(d.span_text(s, b, role_end));
              c.mb = b;
              c.rule += "+portfolio-prefix";
              if (cands.size() > first_cand && cands.back().sent == si && cands.back().nb == b && cands.back().ne == i)
                cands.pop_back();
            } else if (b < i) {
              c.aff = canonical_country(d.span_text(s, b, i));
              c.mb = b;
              c.rule += "+org-prefix";
              // "led by Grupo Marbella chairman X": the employer, read first as a bare name, is no person.
              if (cands.size() > first_cand && cands.back().sent == si && cands.back().nb == b && cands.back().ne == i)
                cands.pop_back();
            }
          }
          // "former WorldCom chief X": "former" before an employer prefix still belongs to the role.
          if (!c.role.empty() && c.mb < rb && c.mb > s.tok_begin &&
              (word_is(d, s, c.mb - 1, "former") || word_is(d, s, c.mb - 1, "ex")))
            c.role = std::string(d.low(s, d.toks[c.mb - 1])) + " " + c.role;
          std::string role2, aff2;
          if (read_apposition(d, s, ne, role2, aff2)) {
            if (c.aff.empty() && !aff2.empty()) {
              c.aff = aff2;
              c.rule += "+apposition-affiliation";
            }
            if ((c.role.empty() || weak_role(c.role)) && !role2.empty()) {  // "Mr Smith, the firm's chairman"
              c.role = role2;
              c.rule += "+apposition-role";
            }
          } else if (c.aff.empty()) {
            c.aff = read_employer(d, s, ne);  // "Rhian Beynon of the JCWI"
          }
          // "The President of the Council of Higher Education, Professor X,": an academic or military form used
          // as a title after a comma; the office of the organisation before it is the role.
          if (c.mb > s.tok_begin + 3 && d.text(s, d.toks[c.mb - 1]) == "," &&
              in(ascii_lowered(c.role), {"professor", "prof", "dr", "doctor", "commodore", "colonel", "general", "engineer"})) {
            Cand o;
            if (role_of_organisation_before(d, s, c.mb, o)) {
              c.role = o.role;
              if (c.aff.empty()) c.aff = o.aff, c.aff_explicit = o.aff_explicit;
              c.rule += o.rule;
            }
          }
          cands.push_back(std::move(c));
          i = ne - 1;
          continue;
        }
      }
      // ---- bare name, maybe with an apposition ("Irishmen JP McManus": capital initials may open it)
      if (!name_token(d, s, t) && !capital_initials(d, s, i)) continue;
      if (plural_title(d, s, i)) continue;  // "MPs Keith Vaz and ...": the title of the names after it
      c = Cand{};
      c.sent = si;
      c.mb = i;
      // "United States", "New York", "Central Asia": multi-word gazetteer names are not people.
      const bool initials = !name_token(d, s, t);  // capital initials ("JP" after "Irishmen"), no country code
      if (int n = initials ? 0 : match_gaz(d, s, i, gCountry | gDemonym | gPlace | gOrg, nullptr)) { i += n - 1; continue; }
      if (i > s.tok_begin && d.toks[i - 1].kind == Tok::word && d.toks[i - 1].has(kCap) &&
          !d.has(i - 1, gCommon) && !plural_title(d, s, i - 1) && !nationality_noun(d.low(s, d.toks[i - 1])))
        continue;  // inside a longer capitalised run (an organisation or place); "Labour MPs X and Y" is not one
      uint32_t ne = read_name(d, s, i);
      // "(Reporting by X Editing by Y)": an agency's credit line runs on; the gerund before "by" is no name word.
      if (ne > i + 2 && word_is(d, s, ne, "by")) {
        std::string_view g = d.low(s, d.toks[ne - 1]);
        if (g == "editing" || g == "reporting" || g == "writing" || g == "additional") --ne;
      }
      // "Welshman Ray Reardon": the nationality noun opening the run is not part of the name.
      const bool nation_noun = ne >= i + 3 && nationality_noun(d.low(s, d.toks[i]));
      if (nation_noun) ++i;
      if (ne < i + 2) continue;
      // "black and Asian MPs": a run ending in a plural title names a group, never a person.
      if (plural_title(d, s, ne - 1)) {
        i = ne - 1;
        continue;
      }
      if (cap_word_with(d, s, ne, gOrg | gPlace)) { i = ne - 1; continue; }
      // "Centre for Disease Control": a run joined to an organisation word by of/for/and is not a person.
      if (ne + 1 < s.tok_end && (word_is(d, s, ne, "of") || word_is(d, s, ne, "for") || word_is(d, s, ne, "and")) &&
          cap_word_with(d, s, ne + 1, gOrg)) { i = ne - 1; continue; }
      if (i > s.tok_begin + 1 && (word_is(d, s, i - 1, "of") || word_is(d, s, i - 1, "for")) &&
          cap_word_with(d, s, i - 2, gOrg)) { i = ne - 1; continue; }
      c.nb = i;
      c.ne = ne;
      c.rule = "bare-name";
      // "The programme's host, Jonathan Dimbleby, asked": a possessive and a lowercase noun before a full name in
      // commas name the person's role (the possessor, when it is an organisation, the affiliation).
      uint32_t pos_role_b = kNone;
      bool relation = false;  // "his predecessor, X"
      if (i >= s.tok_begin + 3 && d.text(s, d.toks[i - 1]) == "," && ne - i >= 2 &&
          (ne >= s.tok_end || d.text(s, d.toks[ne]) == "," || d.text(s, d.toks[ne]) == "." ||
           d.text(s, d.toks[ne]) == ";" || d.has(ne, gSpeech))) {
        uint32_t k = i - 1;
        while (k > s.tok_begin && i - 1 - k < 3 && d.toks[k - 1].kind == Tok::word && !d.toks[k - 1].has(kCap) &&
               !d.has(k - 1, gFunction | gSpeech | gCommon))
          --k;
        // The noun must name a person: a title head, or an agent noun ("killer", "co-producer", "novelist"); not
        // a plural or a thing ("the film's backers", "his own production company", "her comments").
        std::string_view h = k < i - 1 ? d.low(s, d.toks[i - 2]) : std::string_view();
        auto ends = [&](std::string_view x) { return h.size() > x.size() + 2 && h.substr(h.size() - x.size()) == x; };
        bool agent = d.has(i - 2, gTitle) || ends("er") || ends("or") || ends("ist");
        if (k < i - 1 && k > s.tok_begin && d.toks[k - 1].kind == Tok::possessive && agent) pos_role_b = k;
        // "his predecessor, David Blunkett": a possessive pronoun and a noun of a person's relation to another
        // name the person, though not a role of their own.
        if (k == i - 2 && k > s.tok_begin && pos_role_b == kNone &&
            in(d.low(s, d.toks[k - 1]), {"his", "her", "their"}) &&
            in(h, {"predecessor", "successor", "wife", "husband", "son", "daughter", "brother", "sister", "father",
                       "mother", "colleague", "rival", "friend", "partner", "widow", "opponent"})) {
          c.cue = true;
          relation = true;
        }
      }
      // "Cuban PM, Manuel Marrero,", "the head of the Iranian organization, Kazem Khavazi, and ...": a role in
      // commas right before a full name that the comma also closes is that person's (a definite or national
      // role: "a minister, X" is not said).
      uint32_t comma_role_b = kNone, comma_role_e = kNone;
      std::string comma_aff;
      if (pos_role_b == kNone && !relation && i >= s.tok_begin + 2 && d.text(s, d.toks[i - 1]) == "," && ne - i >= 2 &&
          (ne >= s.tok_end || in(d.text(s, d.toks[ne]), {",", ".", ";"}) || word_is(d, s, ne, "and") || d.has(ne, gSpeech)))
        for (uint32_t r = i - 2; r + 9 > i && r > s.tok_begin; --r) {
          if (d.toks[r].kind != Tok::word) continue;
          uint32_t role_end = kNone;
          std::string aff;
          uint32_t after = read_full_role(d, s, r, role_end, aff);
          if (after == kNone) continue;
          // "head of the Iranian organization": an "of" phrase that is no organisation the role reader knows
          // still ends at the comma (the role is its head).
          if (after != i - 1 && word_is(d, s, after, "of")) {
            bool plain = true;
            for (uint32_t q = after + 1; q + 1 < i && plain; ++q)
              plain = d.toks[q].kind == Tok::word && cue_verb_free(d, s, q);
            if (plain) after = i - 1;
          }
          if (after != i - 1) continue;
          const Token& b = d.toks[r - 1];
          std::string_view bl = b.kind == Tok::word ? d.low(s, b) : std::string_view();
          const GazEntry* ge = nullptr;
          const bool nat = b.kind == Tok::word && b.has(kCap) && match_gaz(d, s, r - 1, gDemonym | gCountry, &ge) == 1;
          // ("AR Rahman, the director of the musical, Bombay Dreams": a role in commas after another name is that
          // name's apposition)
          const bool after_appos = r >= s.tok_begin + 2 && punct_is_at(d, s, r - 2, ",");
          if ((bl == "the" || nat) && !after_appos) {
            comma_role_b = r, comma_role_e = role_end;
            comma_aff = nat && aff.empty() ? std::string(ge->value) : aff;
          }
          break;
        }
      if (relation) {
        c.rule = "bare-name+relation";
      } else if (comma_role_b != kNone) {
        c.role = std::string(d.span_text(s, comma_role_b, comma_role_e));
        c.aff = comma_aff;
        c.aff_explicit = !c.aff.empty();
        c.cue = true;
        c.rule = "comma-role+name";
      } else if (pos_role_b != kNone) {
        c.role = std::string(d.span_text(s, pos_role_b, i - 1));
        uint32_t p0 = pos_role_b - 1;  // the possessive
        for (uint32_t q = p0; q > s.tok_begin && p0 - q < 6; --q)
          if (const OrgMention* o = org_at(d, q - 1); o && o->te == p0) { c.aff = org_affiliation(d, *o); break; }
        c.aff_explicit = !c.aff.empty();
        c.cue = true;
        c.rule = "possessive-role+name";
      } else if (read_apposition(d, s, ne, c.role, c.aff)) {
        // After "its"/"their" the name may be a company's ("Morgan Stanley, its former banker"): a person only
        // with an office a company does not hold ("X, its minister for economic affairs", "its chief executive").
        c.cue = true;
        if (word_is(d, s, ne + 1, "its") || word_is(d, s, ne + 1, "their")) {
          bool office = false;
          for (std::string_view w : {"minister", "secretary", "president", "governor", "mayor", "chairman", "chief",
                                     "executive", "director", "head", "boss", "spokesman", "spokeswoman", "founder",
                                     "leader", "manager", "officer", "member"})
            office |= c.role.find(w) != std::string::npos;
          c.cue = office;
        }
        c.aff_explicit = !c.aff.empty();
        c.rule = "apposition";
      } else if (titled_list_follows(d, s, ne)) {
        c.cue = true;
        c.rule = "bare-name+titled-list";
      } else if (nation_noun || (i > s.tok_begin && nationality_noun(d.low(s, d.toks[i - 1])) && ne - i >= 2)) {
        // "fellow Welshman Ray Reardon", "compatriot Ana Ruiz": a noun for a person of a nation before a full name.
        c.cue = true;
        c.rule = "bare-name+nationality-noun";
      } else if (ne + 3 < s.tok_end && d.text(s, d.toks[ne]) == "," && word_is(d, s, ne + 1, "a") &&
                 d.has(ne + 2, gDemonym) &&
                 (word_is(d, s, ne + 3, "national") || word_is(d, s, ne + 3, "citizen") ||
                  word_is(d, s, ne + 3, "resident") || word_is(d, s, ne + 3, "man") ||
                  word_is(d, s, ne + 3, "woman"))) {
        // "Samuel Amoah, a Belgian national": a person of a nation in apposition.
        c.cue = true;
        c.rule = "bare-name+nationality-apposition";
      } else if (ne < s.tok_end && (d.toks[ne].kind == Tok::possessive ||
                                    d.has(ne, gSpeech))) {
        c.cue = true;
        c.rule = "bare-name+cue";
      } else if (i > s.tok_begin && (d.has(i - 1, gSpeech) || word_is(d, s, i - 1, "by"))) {
        c.cue = true;
        c.rule = "bare-name+cue";
        // A byline in the body: a paragraph "By NAME", "Edited by NAME", "By NAME – Agency:" names the author
        // (the editor, the photographer) and the agency.
        uint32_t p0 = s.tok_begin;
        bool whole_para = s.span.begin == 0;
        if (whole_para && word_is(d, s, i - 1, "by") &&
            (i - 1 == p0 || (i - 2 == p0 && d.toks[p0].kind == Tok::word))) {
          std::string_view verb = i - 2 == p0 ? d.low(s, d.toks[p0]) : std::string_view("by");
          const char* role = verb == "by" || verb == "written" || verb == "reported" ? "author"
                             : verb == "edited"                                      ? "editor"
                             : verb == "photos" || verb == "photo" || verb == "photographs" ? "photographer"
                                                                                  : nullptr;
          uint32_t k = ne;
          std::string agency;
          if (k < s.tok_end && d.toks[k].kind == Tok::punct &&
              (d.text(s, d.toks[k]) == "-" || d.text(s, d.toks[k]) == "–" || d.text(s, d.toks[k]) == "," ||
               d.text(s, d.toks[k]) == "|" || d.text(s, d.toks[k]) == "/")) {
            uint32_t m = k + 1;
            while (m < s.tok_end && m < k + 6 && d.toks[m].kind == Tok::word && (d.toks[m].has(kCap) || d.toks[m].has(kAllCaps))) ++m;
            if (m > k + 1) agency = std::string(d.span_text(s, k + 1, m));
            k = m;
          }
          if (k < s.tok_end && d.toks[k].kind == Tok::punct && d.text(s, d.toks[k]) == ":") ++k;
          if (role && k >= s.tok_end) {
            c.role = role;
            c.aff = agency;
            c.aff_explicit = !agency.empty();
            c.rule = "byline";
          }
        }
        // "(Reporting by X; Editing by Y)": a credit line anywhere names the reporter and the editor.
        if (c.role.empty() && word_is(d, s, i - 1, "by") && i >= s.tok_begin + 2) {
          std::string_view g = d.toks[i - 2].kind == Tok::word ? d.low(s, d.toks[i - 2]) : std::string_view();
          if (g == "reporting" || g == "writing") c.role = "author", c.rule = "byline-credit";
          else if (g == "editing") c.role = "editor", c.rule = "byline-credit";
        }
      } else if (s.span.begin == 0 && i == s.tok_begin + 2 && d.toks[i - 1].kind == Tok::punct &&
                 d.text(s, d.toks[i - 1]) == ":" &&
                 (word_is(d, s, s.tok_begin, "author") || word_is(d, s, s.tok_begin, "writer") ||
                  word_is(d, s, s.tok_begin, "reporter") || word_is(d, s, s.tok_begin, "correspondent")) &&
                 (ne == s.tok_end || (ne + 1 == s.tok_end && d.toks[ne].kind == Tok::punct))) {
        // "Author: Jan Novak" as a paragraph of its own: a web page's byline field names the author.
        c.cue = true;
        c.role = "author";
        c.rule = "byline-field";
      } else if (s.para == 0 && s.span.begin == 0 && i == s.tok_begin && s.span.end == d.para(s.para).size() &&
                 (ne == s.tok_end || (ne + 1 == s.tok_end && d.toks[ne].kind == Tok::punct))) {
        // A name alone as the first paragraph, under the headline: the byline of a web page.
        c.cue = true;
        c.role = "author";
        c.rule = "byline-name";
      } else if (ne + 1 < s.tok_end + 1 && word_is(d, s, ne, "reports") &&
                 (ne + 1 == s.tok_end || (ne + 2 == s.tok_end && d.text(s, d.toks[ne + 1]) == "."))) {
        // "CCTV's Ai Yang reports.": a broadcast piece's sign-off names its reporter (and the outlet before).
        c.cue = true;
        c.role = "author";
        if (i >= s.tok_begin + 2 && d.toks[i - 1].kind == Tok::possessive)
          if (const OrgMention* o = org_at(d, i - 2)) c.aff = org_affiliation(d, *o);
        c.aff_explicit = !c.aff.empty();
        c.rule = "byline-reports";
      } else if (uint32_t db = speech_descriptor(d, s, i); db != kNone &&
                 (ne >= s.tok_end || (d.toks[ne].kind == Tok::punct && d.text(s, d.toks[ne]) != "&"))) {
        // "..., said accountant Jose Lopez.", "says local farmer X": a speech verb, a lowercase noun saying who
        // the speaker is, and a full name that ends the clause. The noun is the role.
        c.cue = true;
        c.role = std::string(d.span_text(s, db, i));
        c.rule = "bare-name+said-descriptor";
      } else if ((word_is(d, s, ne, "of") || word_is(d, s, ne, "at") || word_is(d, s, ne, "from")) &&
                 (org_at(d, ne + 1) || (word_is(d, s, ne + 1, "the") && org_at(d, ne + 2)))) {
        c.cue = true;  // "Rhian Beynon of the JCWI said"
        c.aff = read_employer(d, s, ne);
        c.rule = "bare-name+of-org";
      } else if (ne + 1 < s.tok_end && d.text(s, d.toks[ne]) == "," && word_is(d, s, ne + 1, "who")) {
        c.cue = true;  // "X, who heads the agency, said": only people are "who"
        c.rule = "bare-name+who";
      } else if (i >= s.tok_begin + 2 && word_is(d, s, i - 1, "to") && word_is(d, s, i - 2, "according") &&
                 (ne >= s.tok_end || (d.toks[ne].kind == Tok::punct && d.text(s, d.toks[ne]) != "&") ||
                  (d.toks[ne].kind == Tok::word && !d.toks[ne].has(kCap)))) {
        // ... when the name ends there: "according to Il Sole 24 Ore" goes on (a title of a paper).
        c.cue = true;  // "according to X" (organisations are found before people and never reach here)
        c.rule = "bare-name+according-to";
      } else if (word_is(d, s, ne, "on") && word_is(d, s, ne + 1, "behalf") && word_is(d, s, ne + 2, "of")) {
        c.cue = true;  // "signed by X on behalf of Acme": X signs for an organisation
        c.rule = "bare-name+on-behalf";
      } else if (ne + 2 < s.tok_end && d.text(s, d.toks[ne]) == "(" && d.text(s, d.toks[ne + 2]) == ")" &&
                 (word_is(d, s, ne + 1, "pictured") || word_is(d, s, ne + 1, "left") ||
                  word_is(d, s, ne + 1, "right") || word_is(d, s, ne + 1, "centre") || word_is(d, s, ne + 1, "center"))) {
        c.cue = true;  // "Ivan Petrov (pictured) said", "(left)" in a caption: only people are pictured so
        c.rule = "bare-name+pictured";
      } else if (uint32_t pr = predicate_role(d, s, ne); pr != kNone) {
        // "Jeff Weiner will remain chief executive of LinkedIn", "X became chairman of Acme": a full name with a
        // copula and a role names a person in that role.
        uint32_t role_end = kNone;
        std::string aff;
        read_full_role(d, s, pr, role_end, aff);
        if (ne - i >= 2 && role_end != kNone) {
          c.cue = true;
          c.role = std::string(d.span_text(s, pr, role_end));
          c.aff = aff.empty() ? read_employer(d, s, role_end) : aff;
          c.aff_explicit = !c.aff.empty();
          c.rule = "bare-name+predicate-role";
        }
      } else if (age_apposition(d, s, ne)) {
        c.cue = true;  // "Sara Ahmed, 45, said": only people are given an age in commas
        c.rule = "bare-name+age";
        std::string role2, aff2;
        if (read_apposition(d, s, ne + 2, role2, aff2)) c.role = role2, c.aff = aff2;  // "X, 45, a teacher"
      } else if ((ne < s.tok_end && person_verb_after(d, s, ne)) ||
                 (i > s.tok_begin && person_verb_before(d, s, i - 1))) {
        c.cue = true;  // "X received Y", "hosted X", "X resigned": verbs whose subject or object is a person
        c.rule = "bare-name+person-verb";
      }
      // "Oxfam's Barbara Stocking said": an organisation's possessive right before a full name is the person's
      // affiliation (news style for an organisation's representative).
      if (c.aff.empty() && ne - i >= 2 && i >= s.tok_begin + 2 && d.toks[i - 1].kind == Tok::possessive &&
          d.toks[i - 1].end == d.toks[i].begin - 1) {
        const int oi = d.org_of.size() > i - 2 ? d.org_of[i - 2] : -1;
        const GazEntry* ce = nullptr;
        if (oi >= 0 && d.orgs[size_t(oi)].te == i - 1) {
          c.aff = org_affiliation(d, d.orgs[size_t(oi)]);
          c.aff_explicit = true;
        } else if (d.toks[i - 2].has(kCap) && match_gaz(d, s, i - 2, gCountry, &ce) == 1) {
          c.aff = std::string(ce->value);  // "Britain's Jane Roe"
          c.aff_explicit = true;
        }
      }
      // "the Vice President of the Acme Council, Jo Marr": a full name after a comma.
      if (c.role.empty() && ne - i >= 2 && i > s.tok_begin && d.text(s, d.toks[i - 1]) == "," &&
          role_of_organisation_before(d, s, i, c))
        c.cue = true;
      // "signed by X on behalf of Acme": the organisation X signs for is X's.
      if (c.aff.empty() && word_is(d, s, ne, "on") && word_is(d, s, ne + 1, "behalf") && word_is(d, s, ne + 2, "of")) {
        c.aff = read_employer(d, s, ne + 2);
        c.aff_explicit = !c.aff.empty();
      }
      // "appointed X as chief executive", "X, who joined as finance director": a role after "as".
      if (c.role.empty() && word_is(d, s, ne, "as")) {
        uint32_t k = ne + 1;
        if (word_is(d, s, k, "the") || word_is(d, s, k, "a") || word_is(d, s, k, "an") || word_is(d, s, k, "its") ||
            word_is(d, s, k, "their") || word_is(d, s, k, "his") || word_is(d, s, k, "her"))
          ++k;
        uint32_t re = read_role(d, s, k);
        // Not a title before another name: "starring X as author Y" (a part played, not X's office).
        if (re != kNone && !weak_role(d.low(s, d.toks[re - 1])) && k < s.tok_end && !d.toks[k].has(kCap) &&
            !(re < s.tok_end && d.toks[re].kind == Tok::word && d.toks[re].has(kCap))) {
          uint32_t rend = re;
          std::string of_aff;
          uint32_t as_end = read_of(d, s, re, rend, of_aff);
          c.role = std::string(d.span_text(s, k, rend));
          c.aff = !of_aff.empty() ? of_aff : read_employer(d, s, as_end);
          c.aff_explicit = !c.aff.empty();
          c.cue = true;
          c.rule += "+as-role";
        }
      }
      // "X has become the Labour Party's longest-serving prime minister", "X is a senior economist at Y": a
      // role after a copula names the person's office.
      if (c.role.empty()) {
        uint32_t k = ne;
        if (word_is(d, s, k, "has") || word_is(d, s, k, "had")) ++k;
        bool copula = word_is(d, s, k, "is") || word_is(d, s, k, "was") || word_is(d, s, k, "became") ||
                      word_is(d, s, k, "become") || word_is(d, s, k, "remains") || word_is(d, s, k, "been");
        if (copula) {
          ++k;
          if (word_is(d, s, k, "the") || word_is(d, s, k, "a") || word_is(d, s, k, "an")) ++k;
          std::string aff;
          if (const OrgMention* o = org_at(d, k); o && o->te < s.tok_end && d.toks[o->te].kind == Tok::possessive) {
            aff = org_affiliation(d, *o);
            k = o->te + 1;
          } else if (const GazEntry* ce = nullptr; k < s.tok_end && d.toks[k].has(kCap)) {
            if (int n = match_gaz(d, s, k, gCountry | gDemonym, &ce)) {
              aff = std::string(ce->value);
              k += n;
              if (k < s.tok_end && d.toks[k].kind == Tok::possessive) ++k;
            }
          }
          // Free modifiers before the office: "longest-serving", "youngest".
          uint32_t cre = read_role(d, s, k);
          for (int skip = 0; cre == kNone && skip < 2 && k < s.tok_end; ++skip) {
            const Token& ct = d.toks[k];
            if (ct.kind != Tok::word || ct.has(kCap) || d.has(k, gFunction | gSpeech | gCommon)) break;
            ++k;
            cre = read_role(d, s, k);
          }
          if (cre != kNone && !weak_role(d.low(s, d.toks[cre - 1]))) {
            uint32_t cend = cre;
            std::string of_aff;
            read_of(d, s, cre, cend, of_aff);
            c.role = std::string(d.span_text(s, k, cend));
            c.aff = !aff.empty() ? aff : of_aff;
            c.aff_explicit = !c.aff.empty();
            c.rule += "+copula-role";  // no person cue by itself: "Sky Plus is a recorder" stays no person
          }
        }
      }
      cands.push_back(std::move(c));
      i = ne - 1;
    }
    // ---- lists of names: "Richard Belmar and Moazzam Begg", "A, B, C and D": when one member of a list of
    // full names is a person (titled, cued), so are the others; a list of three or more full names is one
    // of people by itself (organisations and places are already excluded).
    {
      size_t k = first_cand;
      while (k < cands.size()) {
        size_t end = k;
        while (end + 1 < cands.size()) {
          uint32_t gap_b = cands[end].ne, gap_e = cands[end + 1].nb;
          bool sep = gap_e > gap_b && gap_e - gap_b <= 2;
          for (uint32_t g = gap_b; sep && g < gap_e; ++g)
            sep = d.text(s, d.toks[g]) == "," || word_is(d, s, g, "and");
          if (!sep) break;
          ++end;
        }
        // "the ambassadors A and B", "Labour MPs A, B and C", "three other MPs - A, B and C", "the foreign
        // ministers, A and B": a plural title right before the list (or before a comma, dash or colon that
        // opens it) says they are people, and is each one's role.
        uint32_t plural_at = kNone;
        if (cands[k].nb > s.tok_begin) {
          uint32_t t = cands[k].nb - 1;
          if (t > s.tok_begin && d.toks[t].kind == Tok::punct &&
              (d.text(s, d.toks[t]) == "," || d.text(s, d.toks[t]) == "-" || d.text(s, d.toks[t]) == "–" ||
               d.text(s, d.toks[t]) == ":"))
            --t;
          if (plural_title(d, s, t)) plural_at = t;
        }
        bool any = end - k + 1 >= 3 || (plural_at != kNone && end > k);
        for (size_t m = k; m <= end; ++m) any |= cands[m].titled || cands[m].cue;
        // Two full names of words the gazetteer does not know, joined by "and": "Richard Roe and Jan Doe".
        if (!any && end == k + 1) {
          bool plain = true;
          for (size_t m = k; m <= end; ++m) {
            plain &= cands[m].ne - cands[m].nb >= 2 && cands[m].ne - cands[m].nb <= 3;
            for (uint32_t w = cands[m].nb; plain && w < cands[m].ne; ++w) plain = d.gz[w] == nullptr;
          }
          any = plain;
        }
        if (end > k && any)
          for (size_t m = k; m <= end; ++m)
            if (!cands[m].titled && !cands[m].cue && cands[m].ne - cands[m].nb >= 2) {
              cands[m].cue = true;
              cands[m].rule += "+list";
            }
        // "the ambassadors A and B", "ministers A, B and C": a plural title before the list is each one's role.
        if (end > k && plural_at != kNone && cands[k].role.empty()) {
          const std::string_view plural = d.text(s, d.toks[plural_at]);
          const std::string_view one = plural.substr(0, plural.size() - 1);
          for (size_t m = k; m <= end; ++m)
            if (cands[m].role.empty()) {
              cands[m].role = std::string(one);
              cands[m].rule += "+plural-title";
            }
        }
        k = end + 1;
      }
    }
    // ---- respective roles: "the presidents of A and B – X and Y", "the foreign ministers of A and B, X and
    // Y": the first name holds the role for the first country, the second for the second.
    if (cands.size() >= first_cand + 2)
      for (uint32_t k = s.tok_begin; k + 7 < s.tok_end; ++k) {
        if (!word_is(d, s, k, "the")) continue;
        uint32_t h = k + 1;
        while (h < k + 3 && h < s.tok_end && d.has(h, gTitleMod) && !d.toks[h].has(kCap)) ++h;
        if (h >= s.tok_end || d.toks[h].kind != Tok::word || d.toks[h].has(kCap)) continue;
        std::string_view pl = d.low(s, d.toks[h]);
        if (pl.size() < 4 || pl.back() != 's') continue;
        const GazEntry* te = gaz(pl.substr(0, pl.size() - 1));
        if (!te || !(te->flags & gTitle)) continue;
        uint32_t m = h + 1;
        if (!word_is(d, s, m, "of")) continue;
        ++m;
        const GazEntry* c1 = nullptr;
        const GazEntry* c2 = nullptr;
        int n1 = m < s.tok_end ? match_gaz(d, s, m, gCountry, &c1) : 0;
        if (!n1 || !word_is(d, s, m + n1, "and")) continue;
        m += n1 + 1;
        int n2 = m < s.tok_end ? match_gaz(d, s, m, gCountry, &c2) : 0;
        if (!n2) continue;
        m += n2;
        if (m >= s.tok_end || d.toks[m].kind != Tok::punct) continue;
        std::string_view sep = d.text(s, d.toks[m]);
        if (sep != "-" && sep != "–" && sep != "—" && sep != ":" && sep != ",") continue;
        ++m;
        // The candidate starting at m (candidates are in token order).
        auto at = std::lower_bound(cands.begin() + first_cand, cands.end(), m,
                                   [](const Cand& c, uint32_t pos) { return c.nb < pos; });
        for (size_t x = size_t(at - cands.begin()); x + 1 < cands.size() && cands[x].nb == m; ++x) {
          Cand& p1 = cands[x];
          Cand& p2 = cands[x + 1];
          if (!word_is(d, s, p1.ne, "and") || p2.nb != p1.ne + 1) continue;
          std::string role(d.span_text(s, k + 1, h + 1));
          role.pop_back();  // the singular: "presidents" -> "president"
          for (Cand* c : {&p1, &p2})
            if (c->role.empty()) {
              c->role = role;
              c->aff = std::string(c == &p1 ? c1->value : c2->value);
              c->aff_explicit = true;
              c->titled = true;
              c->rule += "+respective";
            }
          break;
        }
      }
    // ---- list-affiliation: titled people separated only by "," / "and" share an affiliation.
    for (size_t k = first_cand; k + 1 < cands.size(); ++k) {
      Cand& x = cands[k];
      size_t end = k;
      while (end + 1 < cands.size() && cands[end].titled && cands[end + 1].titled) {
        uint32_t gap_b = cands[end].ne, gap_e = cands[end + 1].mb;
        bool sep = gap_e > gap_b && gap_e - gap_b <= 2;
        for (uint32_t g = gap_b; sep && g < gap_e; ++g)
          sep = d.text(s, d.toks[g]) == "," || word_is(d, s, g, "and");
        if (!sep) break;
        ++end;
      }
      if (end == k) continue;
      std::string aff;
      for (size_t m = k; m <= end && aff.empty(); ++m)
        if (cands[m].aff_explicit) aff = cands[m].aff;
      for (size_t m = k; m <= end && !aff.empty(); ++m)
        if (cands[m].aff.empty()) {
          cands[m].aff = aff;
          cands[m].rule += "+list-affiliation";
        }
      (void)x;
      k = end;
    }
  }

  // Surnames of bare names that stand alone somewhere (a capitalised word not next to another one): only
  // the few surnames asked about are looked for, so no set of every capitalised word is built.
  std::unordered_set<std::string_view> wanted;
  WordFilter maybe_wanted;
  for (const Cand& c : cands)
    if (!c.titled && !c.cue) {
      wanted.insert(d.text(d.sents[c.sent], d.toks[c.ne - 1]));
      maybe_wanted.add(d.text(d.sents[c.sent], d.toks[c.ne - 1]));
    }
  for (uint32_t si = 0; !wanted.empty() && si < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = d.toks[i];
      if (t.kind == Tok::word && t.has(kCap) &&
          (i == s.tok_begin || !d.toks[i - 1].has(kCap) || d.toks[i - 1].kind != Tok::word) &&
          (i + 1 >= s.tok_end || d.toks[i + 1].kind != Tok::word || !d.toks[i + 1].has(kCap)) &&
          maybe_wanted.maybe(d.text(s, t)) && wanted.count(d.text(s, t)))
        standalone.insert(d.text(s, t));
    }
  }
  // ---- people from candidates: full names first, then single names after titles.
  // Surnames that some mention gives with an honorific or title ("Mr Straw", "President Trump"): a bare full
  // name ending in one of them is a person ("Jack Straw has attacked ..." ... "Mr Straw denied ...").
  std::unordered_set<std::string_view> titled_surnames;
  for (const Cand& c : cands)
    if (c.titled && c.ne - c.nb == 1) titled_surnames.insert(d.text(d.sents[c.sent], d.toks[c.nb]));
  // "Best Buy" where the article also writes "Best Buy Incorporated": a bare name that opens the name of a
  // company (found by company evidence) is that company, shortened, not a person. Not a partnership named after
  // the person ("David Rubin & Partners", "Rubin and Sons").
  auto opens_an_org = [&](std::string_view name) {
    for (const OrgMention& o : d.orgs) {
      if (!o.company || o.name.size() <= name.size() + 1 || o.name.compare(0, name.size(), name) != 0 ||
          o.name[name.size()] != ' ')
        continue;
      std::string_view rest = std::string_view(o.name).substr(name.size() + 1);
      if (rest.substr(0, 1) == "&" || rest.substr(0, 4) == "and ") continue;
      return true;
    }
    return false;
  };
  // Room for a person per candidate: the Builds are not moved while the list grows.
  thread_local std::vector<Build> people_room;
  std::vector<Build>& people = reused_list(people_room, cands.size());
  std::unordered_map<std::string, size_t> by_name;
  auto add_mention = [&](Build& b, const Sentence& s, uint32_t nb, uint32_t ne, std::string rule) {
    b.mentions.push_back({make_evidence(s, d.toks[nb].begin, d.toks[ne - 1].end), std::move(rule)});
  };
  for (int single = 0; single < 2; ++single) {
    for (Cand& c : cands) {
      const Sentence& s = d.sents[c.sent];
      bool is_single = c.ne - c.nb < 2;
      if ((single == 1) != is_single) continue;
      std::string name(d.span_text(s, c.nb, c.ne));
      std::string surname(d.text(s, d.toks[c.ne - 1]));
      if (!c.titled && !c.cue && !(c.rule == "bare-name" && standalone.count(d.text(s, d.toks[c.ne - 1])) &&
                                   by_name.count(name) == 0) &&
          !titled_surnames.count(d.text(s, d.toks[c.ne - 1])))
        if (!by_name.count(name)) continue;
      if (!c.titled && c.role.empty() && !is_single && !by_name.count(name) && opens_an_org(name)) continue;
      // "Prime Minister Sheikh Hasina": a one-word name after a name-forming form of address that names no one
      // known ("Sheikh Mohammed" for "Mohammed bin Rashid" does) keeps the form of address as its first word.
      bool styled_single = is_single && c.styled != kNone && c.styled + 1 == c.nb && !by_name.count(name);
      if (styled_single)
        for (const Build& o : people)
          if (contains_words(o.rec.name, name)) { styled_single = false; break; }
      if (styled_single) {
        name = std::string(d.span_text(s, c.styled, c.ne));
        c.nb = c.styled;
        is_single = false;
      }
      auto it = by_name.find(name);
      if (it == by_name.end() && is_single) {
        for (size_t k = 0; k < people.size(); ++k)
          if (people[k].surname == name) { it = by_name.find(people[k].rec.name); break; }
      }
      // "Mr Al Budaiwi" for "Jasem Al Budaiwi", "Secretary Meade" for "Jose Antonio Meade Kuribrena": a
      // shorter name made of a full name's later words (whole words) is that person.
      if (it == by_name.end()) {
        size_t hit = people.size();
        int hits = 0;
        for (size_t k = 0; k < people.size(); ++k) {
          const std::string& full = people[k].rec.name;
          if (full.size() <= name.size()) continue;
          size_t pos = full.find(name);
          while (pos != std::string::npos) {
            bool left = pos > 0 && full[pos - 1] == ' ';
            bool right = pos + name.size() == full.size() || full[pos + name.size()] == ' ';
            if (left && right) { hit = k; ++hits; break; }
            pos = full.find(name, pos + 1);
          }
        }
        if (hits == 1) it = by_name.find(people[hit].rec.name);
      }
      // "Prince Saud" for "Prince Saud Al-Faisal", "Sheikh Mohammed" for "Mohammed bin Zayed": a royal or Arab
      // form of address goes with the given name, so a one-word name after it may be a full name's first word.
      // "Ms Abbott" for "Diane Abbot": a surname spelled with one letter more, less or changed is that person.
      if (it == by_name.end() && is_single && c.nb > s.tok_begin && d.toks[c.nb - 1].kind == Tok::word) {
        std::string_view form = d.low(s, d.toks[c.nb - 1]);
        const bool given = form == "prince" || form == "princess" || form == "sheikh" || form == "sheikha" ||
                           form == "king" || form == "queen" || form == "emir" || form == "sultan";
        const bool address = form == "mr" || form == "mrs" || form == "ms" || form == "miss" || form == "dr";
        size_t hit = people.size();
        int hits = 0;
        for (size_t k = 0; k < people.size() && (given || address); ++k) {
          const std::string& full = people[k].rec.name;
          if (given && people[k].form == form && full.size() > name.size() + 1 &&
              full.compare(0, name.size(), name) == 0 && full[name.size()] == ' ')
            hit = k, ++hits;
          if (address && name.size() >= 5 && near_spelling(people[k].surname, name)) hit = k, ++hits;
        }
        if (hits == 1) it = by_name.find(people[hit].rec.name);
      }
      // "PM Shehbaz" after "Prime Minister Shehbaz Sharif": news in South Asia and the Gulf names leaders by the
      // given name after a title. A one-word name after a title that is the first word of exactly one full name
      // (and nobody's surname, tried above) is that person.
      // (Not after a royal form: "Prince Charles" is no "Charles Kennedy"; those go by the form, above.)
      if (it == by_name.end() && is_single && c.titled && c.nb > s.tok_begin &&
          !in(d.low(s, d.toks[c.nb - 1]), {"prince", "princess", "king", "queen", "emir", "sultan", "sheikh", "sheikha",
                                           "emperor", "empress", "shah", "crown"})) {
        size_t hit = people.size();
        int hits = 0;
        for (size_t k = 0; k < people.size(); ++k) {
          const std::string& full = people[k].rec.name;
          if (full.size() > name.size() + 1 && full.compare(0, name.size(), name) == 0 && full[name.size()] == ' ')
            hit = k, ++hits;
        }
        if (hits == 1) it = by_name.find(people[hit].rec.name);
      }
      // "President Xi Jingping" after "President Xi Jinping": a full name with the same role that differs from
      // one known person's in one letter of one word (of five letters or more) is that person, misspelt.
      if (it == by_name.end() && !is_single && !c.role.empty()) {
        const auto cw = name_words(name);
        size_t hit = people.size();
        int hits = 0;
        for (size_t k = 0; k < people.size(); ++k) {
          if (people[k].rec.role != c.role) continue;
          const auto pw = name_words(people[k].rec.name);
          if (pw.size() != cw.size()) continue;
          int near = 0, differ = 0;
          for (size_t w = 0; w < cw.size(); ++w)
            if (cw[w] != pw[w]) ++differ, near += cw[w].size() >= 5 && near_spelling(cw[w], pw[w]);
          if (differ == 1 && near == 1) hit = k, ++hits;
        }
        if (hits == 1) it = by_name.find(people[hit].rec.name);
      }
      if (it == by_name.end() && c.the_single) continue;
      if (it != by_name.end()) {
        Build& b = people[it->second];
        // The fuller role wins: "Minister" then "Minister of Foreign Affairs" gives the second.
        if (!c.role.empty() && (b.rec.role.empty() || weak_role(b.rec.role) ||
                                (c.role.size() > b.rec.role.size() && contains_words(c.role, b.rec.role))))
          b.rec.role = c.role;
        if (b.rec.affiliation.empty() && !c.aff.empty()) b.rec.affiliation = c.aff;
        add_mention(b, s, c.nb, c.ne, is_single && name != b.rec.name ? "title+surname" : c.rule);
        continue;
      }
      Build b;
      b.rec.name = name;
      b.rec.role = c.role;
      b.rec.affiliation = c.aff;
      b.surname = surname;
      b.rule = c.rule;
      if (c.nb > s.tok_begin && d.toks[c.nb - 1].kind == Tok::word) b.form = std::string(d.low(s, d.toks[c.nb - 1]));
      add_mention(b, s, c.nb, c.ne, c.rule);
      by_name.emplace(name, people.size());
      people.push_back(std::move(b));
      if (c.predecessor && people.back().rec.affiliation.empty()) {
        Build& nb = people.back();
        for (size_t k = 0; k + 1 < people.size(); ++k) {
          const PersonRecord& o = people[k].rec;
          if (!o.affiliation.empty() && o.role == nb.rec.role) {
            nb.rec.affiliation = o.affiliation;
            nb.rule += "+predecessor-affiliation";
            break;
          }
        }
      }
    }
  }

  // ---- surname mentions and "the <demonym> <title>" anaphora.
  std::unordered_map<std::string_view, std::vector<size_t>> by_surname;
  WordFilter maybe_surname;
  for (size_t k = 0; k < people.size(); ++k) {
    by_surname[people[k].surname].push_back(k);
    maybe_surname.add(people[k].surname);
  }
  // Starts of the mentions found so far, as (para, begin) keys: sorted once and binary-searched (a hash set cost
  // an allocation per mention).
  std::vector<uint64_t> covered;
  auto key = [](uint32_t para, uint32_t begin) { return (uint64_t(para) << 32) | begin; };
  for (auto& b : people)
    for (auto& m : b.mentions) covered.push_back(key(m.first.paragraph, m.first.match.begin));
  std::sort(covered.begin(), covered.end());
  for (uint32_t si = 0; si < d.sents.size() && !people.empty(); ++si) {
    const Sentence& s = d.sents[si];
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = d.toks[i];
      if (t.kind != Tok::word || t.has(kInCredit)) continue;
      if (t.has(kCap)) {
        if (!maybe_surname.maybe(d.text(s, t))) continue;  // (what the find below would say, cheaply)
        auto it = by_surname.find(d.text(s, t));
        if (it == by_surname.end() || std::binary_search(covered.begin(), covered.end(), key(s.para, t.begin)))
          continue;
        // Part of a longer name or an organisation ("Trump Tower") is not a mention.
        if (i + 1 < s.tok_end && d.toks[i + 1].kind == Tok::word && d.toks[i + 1].has(kCap) &&
            d.toks[i + 1].has(kSpaceBefore) && !d.has(i + 1, gCommon | gFunction))
          continue;
        if (i > s.tok_begin && name_token(d, s, d.toks[i - 1]) && d.toks[i].has(kSpaceBefore)) continue;
        if (i > s.tok_begin && d.has(i - 1, gPeer | gHonorific)) continue;  // inside "Lord X" / "Mr X"
        size_t who = it->second.front();
        add_mention(people[who], s, i, i + 1, "surname");  // (each token is visited once: no need to mark it)
        continue;
      }
      // "the Kazakh minister": fills the affiliation of the most recent such person without one.
      if (word_is(d, s, i, "the") && i + 2 < s.tok_end) {
        const GazEntry* e = nullptr;
        if (!d.toks[i + 1].has(kCap) || !match_gaz(d, s, i + 1, gDemonym, &e)) continue;
        const Token& h = d.toks[i + 2];
        if (h.kind != Tok::word || !d.has(d.idx(h), gTitle)) continue;
        std::string_view head = d.low(s, h);
        for (auto& b : people) {
          std::string role = b.rec.role;
          for (char& ch : role) ch = (ch >= 'A' && ch <= 'Z') ? char(ch - 'A' + 'a') : ch;
          if (b.rec.affiliation.empty() && role.find(head) != std::string::npos) {
            b.rec.affiliation = e->value;
            b.rule += "+anaphor-affiliation";
            break;
          }
        }
      }
    }
  }

  // ---- a role given in the next sentence: "Mr Roe spoke first. The chancellor said ..." gives the one
  // person without a role in a sentence the role of a "The [demonym] ROLE" that opens the next one.
  {
    // (para, sentence begin) -> sentence index, or kNone. d.sents is in document order, so sorted by that pair:
    // a binary search instead of a hash map that cost one allocation per sentence of every article.
    auto sent_of = [&](const Evidence& ev) {
      const uint64_t want = key(ev.paragraph, ev.sentence.begin);
      auto it = std::lower_bound(d.sents.begin(), d.sents.end(), want,
                                 [&](const Sentence& x, uint64_t k) { return key(x.para, x.span.begin) < k; });
      return it != d.sents.end() && key(it->para, it->span.begin) == want ? uint32_t(it - d.sents.begin()) : kNone;
    };
    std::vector<std::vector<size_t>> roleless_in(d.sents.size());
    for (size_t k = 0; k < people.size(); ++k) {
      if (!people[k].rec.role.empty()) continue;
      for (auto& m : people[k].mentions) {
        if (const uint32_t at = sent_of(m.first); at != kNone) {
          auto& v = roleless_in[at];
          if (v.empty() || v.back() != k) v.push_back(k);
        }
      }
    }
    // And the other way: "India's defence minister has opened the show. Pranab Mukherjee said ..." gives a
    // person first named, without a role, right after an unnamed "[Country's] ROLE" that opens a sentence.
    for (uint32_t si = 0; si + 1 < d.sents.size(); ++si) {
      if (roleless_in[si + 1].size() != 1) continue;
      const Sentence& p = d.sents[si];
      // "..., according to the governor's press secretary. Jan Roe says ...": a source named by its role at
      // the end of a sentence is the speaker named next, before any role that opens that sentence.
      {
        uint32_t at = kNone;
        for (uint32_t q = p.tok_begin; q + 2 < p.tok_end; ++q)
          if (word_is(d, p, q, "according") && word_is(d, p, q + 1, "to")) at = q + 2;
        if (at != kNone) {
          uint32_t q = at;
          std::string aff;
          const GazEntry* ce = nullptr;
          if (word_is(d, p, q, "the") || word_is(d, p, q, "a")) ++q;
          if (int n = q < p.tok_end && d.toks[q].has(kCap) ? match_gaz(d, p, q, gCountry | gDemonym, &ce) : 0) {
            aff = ce->value;
            q += n;
          } else if (const OrgMention* o = org_at(d, q)) {
            aff = org_affiliation(d, *o);
            q = o->te;
          } else if (q + 1 < p.tok_end && d.toks[q].kind == Tok::word && d.toks[q + 1].kind == Tok::possessive &&
                     read_role(d, p, q) == q + 1) {
            ++q;  // "the governor's press secretary": the role the secretary serves is not theirs
          }
          if (q < p.tok_end && d.toks[q].kind == Tok::possessive) ++q;
          uint32_t re = read_role(d, p, q);
          bool ends = re != kNone && (re == p.tok_end || (re + 1 == p.tok_end && d.toks[re].kind == Tok::punct));
          Build& b = people[roleless_in[si + 1][0]];
          const Evidence& first = b.mentions.front().first;
          if (ends && sent_of(first) == si + 1 && b.rec.role.empty()) {
            b.rec.role = std::string(d.span_text(p, q, re));
            if (b.rec.affiliation.empty()) b.rec.affiliation = aff;
            b.rule += "+previous-sentence-source";
            continue;
          }
        }
      }
      uint32_t k = p.tok_begin;
      const GazEntry* e = nullptr;
      std::string aff;
      if (word_is(d, p, k, "the")) ++k;
      if (int n = k < p.tok_end && d.toks[k].has(kCap) ? match_gaz(d, p, k, gCountry | gDemonym, &e) : 0) {
        aff = e->value;
        k += n;
        if (k < p.tok_end && d.toks[k].kind == Tok::possessive) ++k;
      }
      if (k == p.tok_begin) continue;  // "The" or a country must open it: "Defence minister X" is a name's
      uint32_t re = read_role(d, p, k);
      if (re == kNone || re >= p.tok_end || d.toks[re].kind != Tok::word || d.toks[re].has(kCap)) continue;
      // "The Archbishop of Canterbury said": an office named by its seat (a proper name right after "of") and
      // quoted in its own sentence is a person of its own, not the next sentence's ("The leader of the X Party
      // has ..." still is).
      if (word_is(d, p, re, "of")) {
        uint32_t m = re + 1;
        while (m < p.tok_end && m < re + 4 && d.toks[m].kind == Tok::word && d.toks[m].has(kCap)) ++m;
        if (m > re + 1 && m < p.tok_end && d.has(m, gSpeech)) continue;
      }
      Build& b = people[roleless_in[si + 1][0]];
      const Evidence& first = b.mentions.front().first;
      if (sent_of(first) != si + 1 || !b.rec.role.empty()) continue;
      b.rec.role = std::string(d.span_text(p, k, re));
      if (b.rec.affiliation.empty()) b.rec.affiliation = aff;
      b.rule += "+previous-sentence-role";
    }
    for (uint32_t si = 0; si + 1 < d.sents.size(); ++si) {
      if (roleless_in[si].size() != 1) continue;
      const Sentence& n = d.sents[si + 1];
      uint32_t k = n.tok_begin;
      if (!word_is(d, n, k, "the")) continue;
      ++k;
      if (k < n.tok_end && d.toks[k].has(kCap) && d.has(k, gDemonym)) ++k;
      uint32_t re = read_role(d, n, k);
      if (re == kNone || re >= n.tok_end) continue;
      // The description is the subject: a verb follows, not a name ("The minister, X, said").
      if (d.toks[re].kind != Tok::word || d.toks[re].has(kCap)) continue;
      Build& b = people[roleless_in[si][0]];
      if (!b.rec.role.empty()) continue;
      b.rec.role = std::string(d.span_text(n, k, re));
      b.rule += "+next-sentence-role";
    }
  }

  // ---- order: by first mention; ids in that order.
  // Both are usually in order already, and sorting moves every element (a Build and a mention hold strings):
  // the sorts run only when needed. Mentions are skipped only when strictly increasing, where the sorted order
  // is the only one (std::sort is not stable); the stable sort leaves a sorted list as it is anyway.
  const auto mention_before = [](const auto& x, const auto& y) {
    return std::pair(x.first.paragraph, x.first.match.begin) < std::pair(y.first.paragraph, y.first.match.begin);
  };
  for (auto& b : people) {
    bool strictly_increasing = true;
    for (size_t k = 1; k < b.mentions.size() && strictly_increasing; ++k)
      strictly_increasing = mention_before(b.mentions[k - 1], b.mentions[k]);
    if (!strictly_increasing) std::sort(b.mentions.begin(), b.mentions.end(), mention_before);
  }
  const auto person_before = [](const Build& x, const Build& y) {
    const Evidence& ex = x.mentions.front().first;
    const Evidence& ey = y.mentions.front().first;
    return std::pair(ex.paragraph, ex.match.begin) < std::pair(ey.paragraph, ey.match.begin);
  };
  if (!std::is_sorted(people.begin(), people.end(), person_before))
    std::stable_sort(people.begin(), people.end(), person_before);
  // ---- "her Indian counterpart X": a counterpart holds the role of the person named before them with one
  // (the one they are the counterpart of); the affiliation stays their own.
  for (size_t k = 1; k < people.size(); ++k) {
    PersonRecord& r = people[k].rec;
    if (r.role != "counterpart" && r.role != "Counterpart") continue;
    for (size_t o = k; o-- > 0;) {
      const std::string& role = people[o].rec.role;
      if (role.empty() || weak_role(role)) continue;
      r.role = role;
      // "Euronext chief X ... his LSE counterpart Y": the other side's organisation is no part of Y's role.
      const std::string& oa = people[o].rec.affiliation;
      if (!oa.empty() && r.role.size() > oa.size() + 1 && r.role.compare(0, oa.size(), oa) == 0 &&
          r.role[oa.size()] == ' ')
        r.role.erase(0, oa.size() + 1);
      people[k].rule += "+counterpart-role";
      break;
    }
  }
  UniqueIds taken;
  if (people.size() > kMaxItemsPerKind) people.resize(kMaxItemsPerKind);
  a.people.reserve(a.people.size() + people.size());
  for (auto& b : people) {
    b.rec.id = taken.make(person_id(b.rec.name));
    Explanation ex{"person", b.rec.id, b.rule, {}};
    b.rec.mentions.reserve(b.rec.mentions.size() + b.mentions.size());
    for (auto& m : b.mentions) {
      b.rec.mentions.push_back(m.first);
      if (d.explain) ex.notes.push_back(m.second);
    }
    if (d.explain) d.explain->push_back(std::move(ex));
    a.people.push_back(std::move(b.rec));
  }
}

}  // namespace ae::extract
