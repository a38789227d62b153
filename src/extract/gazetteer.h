// gazetteer.h: closed word lists the passes consult: countries and demonyms, capitals and places, job
// titles, organisation words, currencies, units, scale words, months, qualifiers and common words.
// General vocabulary only: there are no lists of particular people's names here.
#pragma once

#include <cstdint>
#include <string_view>

namespace ae::extract {

enum Gaz : uint32_t {
  gCountry = 1u << 0,     // "kazakhstan", "united states", "u.s." -> canonical country
  gDemonym = 1u << 1,     // "kazakh", "american" -> canonical country
  gTitle = 1u << 2,       // head of a job title: "president", "minister", "ceo"
  gTitleMod = 1u << 3,    // word that may precede a head: "foreign", "prime", "deputy", "first"
  gDept = 1u << 4,        // word that may follow "of" in a title: "state", "foreign", "affairs"
  gOrg = 1u << 5,         // organisation word: "foods", "department", "assembly", "bank"
  gPlace = 1u << 6,       // city or geographic word: "washington", "london", "sea", "region"
  gCommon = 1u << 7,      // capitalised word that is never part of a person's name: "the", "during"
  gMonth = 1u << 8,       // "january", "jan", "sept"
  gCurrency = 1u << 9,    // currency word or code: "dollars", "usd", "tenge"
  gUnit = 1u << 10,       // measure unit: "miles", "km", "hours"
  gScale = 1u << 11,      // "million", "bln", "bn"
  gHonorific = 1u << 12,  // "mr", "mrs", "dr": a title with no role
  gWeekday = 1u << 13,
  gPluralNoun = 1u << 14,  // irregular plural count nouns: "children", "people"
  gFunction = 1u << 15,    // function words that end a noun phrase: "of", "in", "the", "and", "was"
  gSpeech = 1u << 16,      // speech verbs: "said", "told", "noted"
  gPhraseStart = 1u << 17, // first word of some multi-word entry ("united", "new"): try longer phrases
  gTrigger = 1u << 18,     // agreement trigger noun; value = kind ("agreement", "memorandum", ...)
  gTriggerPlural = 1u << 19,
  gCueSigned = 1u << 20,   // agreement status cues
  gCueAgreed = 1u << 21,
  gCuePlanned = 1u << 22,
  gNumber = 1u << 23,     // number word: "two", "twenty"; value in `scale`
  gMinorUnit = 1u << 24,  // with gCurrency: a hundredth of the main unit ("cents", "pence", "sen")
  // Bits 25-31: organisation and people vocabulary (orgs.cpp, people.cpp).
  gBizNoun = 1u << 25,    // after "X's" marks X as a company: "profits", "shares", "shareholders"
  gHonour = 1u << 26,     // post-nominal honour, never part of a name: "obe", "mbe", "qc"
  gPeer = 1u << 27,       // peerage title kept in the name: "lord", "baroness"
  gParty = 1u << 28,      // political party word -> party name: "tory" -> "Conservative Party"
  gOrgCue = 1u << 29,     // lowercase noun naming what a company is: "firm", "retailer", "carrier"
  gOrgSuffix = 1u << 30,  // legal-form suffix: "inc", "plc", "ltd", "ag"
  gOrgHead = 1u << 31,    // head noun of an organisation's name: "bank", "ministry", "party", "airlines"
};

struct GazEntry {
  uint32_t flags = 0;
  std::string_view value;  // canonical country, currency code, unit symbol, ...
  double scale = 0;        // gScale: multiplier
};

// Looks up one lowercase word or space-joined phrase; returns nullptr when unknown.
const GazEntry* gaz(std::string_view lower_phrase);
inline bool gaz_has(std::string_view lower_phrase, uint32_t flags) {
  const GazEntry* e = gaz(lower_phrase);
  return e && (e->flags & flags);
}
// Longest phrase length (in words) of any multi-word entry.
inline constexpr int kMaxGazWords = 4;

// "U.S." / "US" / "USA" / "America" / "the United States" -> "United States".
std::string_view canonical_country(std::string_view name);

}  // namespace ae::extract
