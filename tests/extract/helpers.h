// helpers.h: small helpers shared by the extraction tests (not a test file itself).
#pragma once

#include "extract/extract.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace ae::extract::test {

inline ArticleRecord run(std::string_view text, const Lexicon* lex = nullptr) {
  ExtractOptions o;
  o.lexicon = lex;
  return ae::extract::extract(text, o).article;
}
// One article with a title line and `body` as its only paragraph(s).
inline ArticleRecord body(std::string_view b, const Lexicon* lex = nullptr) {
  return run("Title\n\n" + std::string(b) + "\n", lex);
}
inline const PersonRecord* person(const ArticleRecord& a, std::string_view name) {
  for (const PersonRecord& p : a.people)
    if (p.name == name) return &p;
  return nullptr;
}
inline const FigureRecord* figure(const ArticleRecord& a, std::string_view text) {
  for (const FigureRecord& f : a.figures)
    if (f.text == text) return &f;
  return nullptr;
}
inline std::string_view match_text(const ArticleRecord& a, const Evidence& e) {
  return std::string_view(a.paragraphs.at(e.paragraph)).substr(e.match.begin, e.match.end - e.match.begin);
}

// The agreements found, for a failure message: "[title|status] ...".
inline std::string titles(const ArticleRecord& a) {
  std::string all;
  for (const AgreementRecord& g : a.agreements) all += "[" + g.title + "|" + std::string(to_string(g.status)) + "] ";
  return all;
}

// Every person as "[name|role]", for failure messages.
inline std::string names(const ArticleRecord& a) {
  std::string all;
  for (const PersonRecord& q : a.people) all += "[" + q.name + "|" + q.role + "] ";
  return all;
}

// The first agreement whose title contains `part`, or null.
inline const AgreementRecord* titled(const ArticleRecord& a, std::string_view part) {
  for (const AgreementRecord& g : a.agreements)
    if (g.title.find(part) != std::string::npos) return &g;
  return nullptr;
}

inline bool has_party(const AgreementRecord& g, std::string_view p) {
  return std::find(g.parties.begin(), g.parties.end(), p) != g.parties.end();
}

// The person named `name`, or a test failure listing the people found (and an empty person, so the caller's
// expectations fail too instead of crashing).
inline const PersonRecord& must(const ArticleRecord& a, std::string_view name) {
  const PersonRecord* p = person(a, name);
  if (!p) {
    std::string all;
    for (const PersonRecord& q : a.people) all += "[" + q.name + "] ";
    ADD_FAILURE() << "no person " << name << "; have " << all;
    static PersonRecord none;
    return none;
  }
  return *p;
}

}  // namespace ae::extract::test
