// people.cpp: people with role and affiliation, and their later mentions.
//
// Rules, in order (the Explanation names the one that fired):
//  title:   [country|demonym ['s]|ORG] ROLE [of DEPT|of COUNTRY] NAME   "United States Secretary of State Mike
//           Pompeo", "Kazakh President Kassym-Jomart Tokayev", "Foreign Minister Mukhtar Tileuberdi",
//           "President of Kazakhstan X"; ROLE is title modifiers + a title head from the gazetteer.
//  honorific: Mr./Dr./... NAME (no role).
//  apposition: NAME, [the|a] [demonym|country's] ROLE [of|at|for COUNTRY|ORG]   "X, the CEO of Tyson Foods"
//  bare:    two or three capitalised name-like words with a person cue (a speech verb, an apposition, a
//           possessive) or whose last word recurs on its own elsewhere (how news refers back to people).
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
};

struct Build {
  PersonRecord rec;
  std::vector<std::pair<Evidence, std::string>> mentions;
  std::string surname, rule;
};

bool is_particle(std::string_view l) {
  static constexpr std::string_view k[] = {"de", "van", "von", "bin", "al", "da", "di", "del", "la", "le",
                                           "ibn", "ben", "der", "du", "dos", "el"};
  for (auto p : k)
    if (l == p) return true;
  return false;
}

bool name_token(const Doc& d, const Sentence& /*s*/, const Token& t) {
  if (t.kind != Tok::word || !t.has(kCap) || t.has(kDotted) || t.has(kHasDigit) || t.has(kInCredit) ||
      t.has(kAllCaps))
    return false;
  if (t.end - t.begin > 40) return false;
  const GazEntry* e = d.gz[d.idx(t)];
  constexpr uint32_t kNot = gCountry | gDemonym | gTitle | gTitleMod | gOrg | gPlace | gCommon | gMonth |
                            gWeekday | gCurrency | gHonorific | gFunction | gDept | gUnit | gScale;
  return !(e && (e->flags & kNot));
}

// Name tokens from j (at most 4, particles allowed inside); returns the end.
uint32_t read_name(const Doc& d, const Sentence& s, uint32_t j) {
  uint32_t k = j, last = j;
  int n = 0;
  while (k < s.tok_end && n < 5) {
    const Token& t = d.toks[k];
    if (k > j && !t.has(kSpaceBefore)) break;
    if (name_token(d, s, t) && !(k > j && match_gaz(d, s, k, gCountry | gPlace, nullptr) > 1)) {
      last = ++k;
      ++n;
      continue;
    }
    if (k > j && t.kind == Tok::word && is_particle(d.low(s, t)) && k + 1 < s.tok_end &&
        name_token(d, s, d.toks[k + 1])) {
      ++k;
      continue;
    }
    break;
  }
  return n > 4 ? j : last;  // five capitalised words in a row are a heading or a name of a thing
}

bool cap_word_with(const Doc& d, const Sentence& s, uint32_t k, uint32_t flags) {
  if (k >= s.tok_end) return false;
  const Token& t = d.toks[k];
  return t.kind == Tok::word && t.has(kCap) && d.has(d.idx(t), flags);
}

bool low_is(const Doc& d, const Sentence& s, uint32_t k, std::string_view w) {
  return k < s.tok_end && d.toks[k].kind == Tok::word && d.low(s, d.toks[k]) == w;
}

// ROLE from j: title modifiers and heads; returns the end after the last head, or kNone.
uint32_t read_role(const Doc& d, const Sentence& s, uint32_t j) {
  uint32_t last_head = kNone;
  for (uint32_t k = j; k < s.tok_end && k < j + 6; ++k) {
    const Token& t = d.toks[k];
    if (t.kind != Tok::word || t.has(kInCredit)) break;
    const GazEntry* e = d.gz[d.idx(t)];
    if (!e || !(e->flags & (gTitle | gTitleMod))) break;
    if (e->flags & gTitle) last_head = k;
  }
  return last_head == kNone ? kNone : last_head + 1;
}

// "of ..." after a role: a country (affiliation) or department words (part of the role).
uint32_t read_of(const Doc& d, const Sentence& s, uint32_t j, uint32_t& role_end, std::string& aff) {
  for (int rep = 0; rep < 2; ++rep) {
    if (!low_is(d, s, j, "of") || j + 1 >= s.tok_end) break;
    const GazEntry* e = nullptr;
    uint32_t k = j + 1;
    if (low_is(d, s, k, "the")) ++k;
    int n = d.toks[k].has(kCap) ? match_gaz(d, s, k, gCountry, &e) : 0;
    if (n) {
      if (aff.empty()) aff = e->value;
      j = k + n;
      continue;
    }
    k = j + 1;
    uint32_t last = kNone;
    while (k < s.tok_end && d.toks[k].kind == Tok::word && d.has(k, gDept)) {
      std::string_view l = d.low(s, d.toks[k]);
      bool connector = l == "and" || l == "the";
      if (!connector && !d.toks[k].has(kCap)) break;
      if (!connector) last = k;
      ++k;
    }
    if (last == kNone) break;
    j = role_end = last + 1;
  }
  return j;
}

// ", [the|a] [demonym|country's] ROLE [of|at|for X]" after a name at j.
bool read_apposition(const Doc& d, const Sentence& s, uint32_t j, std::string& role, std::string& aff) {
  if (j >= s.tok_end || d.text(s, d.toks[j]) != ",") return false;
  uint32_t k = j + 1;
  if (low_is(d, s, k, "the") || low_is(d, s, k, "a") || low_is(d, s, k, "an")) ++k;
  std::string a;
  const GazEntry* e = nullptr;
  if (k < s.tok_end && d.toks[k].has(kCap)) {
    if (int n = match_gaz(d, s, k, gCountry | gDemonym, &e)) {
      a = e->value;
      k += n;
      if (k < s.tok_end && d.toks[k].kind == Tok::possessive) ++k;
    }
  }
  uint32_t re = read_role(d, s, k);
  if (re == kNone) return false;
  uint32_t role_end = re;
  std::string of_aff;
  uint32_t after = read_of(d, s, re, role_end, of_aff);
  role = std::string(d.span_text(s, k, role_end));
  if (a.empty()) a = of_aff;
  if (a.empty() && after < s.tok_end &&
      (low_is(d, s, after, "of") || low_is(d, s, after, "at") || low_is(d, s, after, "for"))) {
    uint32_t b = after + 1, m = b;
    if (low_is(d, s, m, "the")) b = ++m;
    while (m < s.tok_end && d.toks[m].kind == Tok::word && d.toks[m].has(kCap) && m < b + 6) ++m;
    if (m > b) a = canonical_country(d.span_text(s, b, m));
  }
  aff = a;
  return true;
}

}  // namespace

void people_pass(Doc& d) {
  ArticleRecord& a = *d.a;
  std::vector<Cand> cands;
  std::unordered_set<std::string_view> standalone;  // capitalised words not next to another one
  for (uint32_t si = 0; si < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    size_t first_cand = cands.size();
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = d.toks[i];
      if (t.kind != Tok::word || t.has(kInCredit)) continue;
      // Only gazetteer words can start a titled name, only capitalised ones a bare name.
      const GazEntry* g0 = d.gz[i];
      bool maybe_titled =
          g0 && (g0->flags & (gCountry | gDemonym | gTitle | gTitleMod | gHonorific | gPhraseStart));
      if (!maybe_titled && !t.has(kCap)) continue;
      Cand c;
      c.sent = si;
      c.mb = i;
      // ---- titled: [affiliation] ROLE NAME
      uint32_t j = i;
      const GazEntry* e = nullptr;
      const char* aff_kind = "";
      if (t.has(kCap)) {
        if (int n = match_gaz(d, s, j, gCountry | gDemonym, &e)) {
          c.aff = e->value;
          aff_kind = (e->flags & gCountry) ? "country+" : "demonym+";
          j += n;
          if (j < s.tok_end && d.toks[j].kind == Tok::possessive) ++j;
        }
      }
      bool honor = false;
      uint32_t re = kNone;
      if (maybe_titled && j < s.tok_end && d.toks[j].kind == Tok::word && d.has(j, gHonorific) &&
          d.toks[j].has(kCap)) {
        honor = true;
        re = j;
        j = j + 1;
        if (j < s.tok_end && d.text(s, d.toks[j]) == ".") ++j;
      } else if (maybe_titled) {
        re = read_role(d, s, j);
      }
      if (re != kNone) {
        uint32_t role_end = honor ? re : re;
        uint32_t rb = j;
        uint32_t after = honor ? j : read_of(d, s, re, role_end, c.aff);
        uint32_t ne = read_name(d, s, after);
        bool ok = ne > after;
        if (ok && (cap_word_with(d, s, ne, gOrg | gPlace))) ok = false;  // "partner Tyson Foods"
        // A lowercase role needs a full name: "minister Tileuberdi" alone is too weak.
        if (ok && !honor && !d.toks[re - 1].has(kCap) && ne - after < 2) ok = false;
        if (ok) {
          c.titled = true;
          c.aff_explicit = !c.aff.empty();
          if (!honor) c.role = std::string(d.span_text(s, rb, role_end));
          c.nb = after;
          c.ne = ne;
          c.rule = honor ? "honorific+name" : std::string("title:") + aff_kind + "title+name";
          if (!honor && role_end < after) c.rule = std::string("title:") + aff_kind + "title+of+name";
          for (uint32_t k = i; k > s.tok_begin && k + 4 > i; --k)
            if (low_is(d, s, k - 1, "predecessor") || low_is(d, s, k - 1, "successor")) c.predecessor = true;
          // "Samsung Electronics CEO Kim Ki-nam": a capitalised run right before the role is the employer.
          if (c.aff.empty() && !honor && i == rb && i > s.tok_begin) {
            uint32_t b = i;
            while (b > s.tok_begin && i - b < 4 && d.toks[b - 1].kind == Tok::word && d.toks[b - 1].has(kCap) &&
                   d.toks[b].has(kSpaceBefore) &&
                   !d.has(b - 1, gCommon | gFunction | gMonth | gWeekday | gTitle | gTitleMod | gSpeech))
              --b;
            if (b < i) {
              c.aff = canonical_country(d.span_text(s, b, i));
              c.mb = b;
              c.rule += "+org-prefix";
            }
          }
          if (c.aff.empty()) {
            std::string role2, aff2;
            if (read_apposition(d, s, ne, role2, aff2) && !aff2.empty()) {
              c.aff = aff2;
              c.rule += "+apposition-affiliation";
            }
          }
          cands.push_back(std::move(c));
          i = ne - 1;
          continue;
        }
      }
      // ---- bare name, maybe with an apposition
      c = Cand{};
      c.sent = si;
      c.mb = i;
      if (!name_token(d, s, t)) continue;
      // "United States", "New York", "Central Asia": multi-word gazetteer names are not people.
      if (int n = match_gaz(d, s, i, gCountry | gDemonym | gPlace | gOrg, nullptr)) { i += n - 1; continue; }
      if (i > s.tok_begin && d.toks[i - 1].kind == Tok::word && d.toks[i - 1].has(kCap) &&
          !d.has(i - 1, gCommon))
        continue;  // inside a longer capitalised run (an organisation or place)
      uint32_t ne = read_name(d, s, i);
      if (ne < i + 2) continue;
      if (cap_word_with(d, s, ne, gOrg | gPlace)) { i = ne - 1; continue; }
      // "Centre for Disease Control": a run joined to an organisation word by of/for/and is not a person.
      if (ne + 1 < s.tok_end && (low_is(d, s, ne, "of") || low_is(d, s, ne, "for") || low_is(d, s, ne, "and")) &&
          cap_word_with(d, s, ne + 1, gOrg)) { i = ne - 1; continue; }
      if (i > s.tok_begin + 1 && (low_is(d, s, i - 1, "of") || low_is(d, s, i - 1, "for")) &&
          cap_word_with(d, s, i - 2, gOrg)) { i = ne - 1; continue; }
      c.nb = i;
      c.ne = ne;
      c.rule = "bare-name";
      if (read_apposition(d, s, ne, c.role, c.aff)) {
        c.cue = true;
        c.aff_explicit = !c.aff.empty();
        c.rule = "apposition";
      } else if (ne < s.tok_end && (d.toks[ne].kind == Tok::possessive ||
                                    d.has(ne, gSpeech))) {
        c.cue = true;
        c.rule = "bare-name+cue";
      } else if (i > s.tok_begin && (d.has(i - 1, gSpeech) || low_is(d, s, i - 1, "by"))) {
        c.cue = true;
        c.rule = "bare-name+cue";
      }
      cands.push_back(std::move(c));
      i = ne - 1;
    }
    // ---- list-affiliation: titled people separated only by "," / "and" share an affiliation.
    for (size_t k = first_cand; k + 1 < cands.size(); ++k) {
      Cand& x = cands[k];
      size_t end = k;
      while (end + 1 < cands.size() && cands[end].titled && cands[end + 1].titled) {
        uint32_t gap_b = cands[end].ne, gap_e = cands[end + 1].mb;
        bool sep = gap_e > gap_b && gap_e - gap_b <= 2;
        for (uint32_t g = gap_b; sep && g < gap_e; ++g)
          sep = d.text(s, d.toks[g]) == "," || low_is(d, s, g, "and");
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

  // Capitalised words standing alone (not next to another one): built only when a bare name needs it.
  bool need_standalone = false;
  for (const Cand& c : cands) need_standalone |= !c.titled && !c.cue;
  for (uint32_t si = 0; need_standalone && si < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = d.toks[i];
      if (t.kind == Tok::word && t.has(kCap) &&
          (i == s.tok_begin || !d.toks[i - 1].has(kCap) || d.toks[i - 1].kind != Tok::word) &&
          (i + 1 >= s.tok_end || d.toks[i + 1].kind != Tok::word || !d.toks[i + 1].has(kCap)))
        standalone.insert(d.text(s, t));
    }
  }
  // ---- people from candidates: full names first, then single names after titles.
  std::vector<Build> people;
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
                                   by_name.count(name) == 0))
        if (!by_name.count(name)) continue;
      auto it = by_name.find(name);
      if (it == by_name.end() && is_single) {
        for (size_t k = 0; k < people.size(); ++k)
          if (people[k].surname == name) { it = by_name.find(people[k].rec.name); break; }
      }
      if (it != by_name.end()) {
        Build& b = people[it->second];
        if (b.rec.role.empty() && !c.role.empty()) b.rec.role = c.role;
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
  for (size_t k = 0; k < people.size(); ++k) by_surname[people[k].surname].push_back(k);
  std::unordered_set<uint64_t> covered;
  auto key = [](uint32_t para, uint32_t begin) { return (uint64_t(para) << 32) | begin; };
  for (auto& b : people)
    for (auto& m : b.mentions) covered.insert(key(m.first.paragraph, m.first.match.begin));
  std::vector<std::pair<uint64_t, size_t>> last_seen;  // not needed beyond picking a person
  for (uint32_t si = 0; si < d.sents.size() && !people.empty(); ++si) {
    const Sentence& s = d.sents[si];
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = d.toks[i];
      if (t.kind != Tok::word || t.has(kInCredit)) continue;
      if (t.has(kCap)) {
        auto it = by_surname.find(d.text(s, t));
        if (it == by_surname.end() || covered.count(key(s.para, t.begin))) continue;
        // Part of a longer name or an organisation ("Trump Tower") is not a mention.
        if (i + 1 < s.tok_end && d.toks[i + 1].kind == Tok::word && d.toks[i + 1].has(kCap) &&
            d.toks[i + 1].has(kSpaceBefore) && !d.has(i + 1, gCommon | gFunction))
          continue;
        if (i > s.tok_begin && name_token(d, s, d.toks[i - 1]) && d.toks[i].has(kSpaceBefore)) continue;
        size_t who = it->second.front();
        add_mention(people[who], s, i, i + 1, "surname");
        covered.insert(key(s.para, t.begin));
        continue;
      }
      // "the Kazakh minister": fills the affiliation of the most recent such person without one.
      if (low_is(d, s, i, "the") && i + 2 < s.tok_end) {
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

  // ---- order: by first mention; ids in that order.
  for (auto& b : people)
    std::sort(b.mentions.begin(), b.mentions.end(), [](const auto& x, const auto& y) {
      return std::pair(x.first.paragraph, x.first.match.begin) < std::pair(y.first.paragraph, y.first.match.begin);
    });
  std::stable_sort(people.begin(), people.end(), [](const Build& x, const Build& y) {
    const Evidence& ex = x.mentions.front().first;
    const Evidence& ey = y.mentions.front().first;
    return std::pair(ex.paragraph, ex.match.begin) < std::pair(ey.paragraph, ey.match.begin);
  });
  UniqueIds taken;
  if (people.size() > kMaxItemsPerKind) people.resize(kMaxItemsPerKind);
  for (auto& b : people) {
    b.rec.id = taken.make(person_id(b.rec.name));
    Explanation ex{"person", b.rec.id, b.rule, {}};
    for (auto& m : b.mentions) {
      b.rec.mentions.push_back(m.first);
      if (d.explain) ex.notes.push_back(m.second);
    }
    if (d.explain) d.explain->push_back(std::move(ex));
    a.people.push_back(std::move(b.rec));
  }
}

}  // namespace ae::extract
