// ledger_corpus.h: a small multi-article corpus of trade figures for the ledger tests (core and session):
// the same quantity reported by several articles on several dates, written differently.
#pragma once

#include "core/corpus.h"

#include <string>
#include <vector>

namespace ae::ledger_testing {

struct Fig {
  std::string sentence, text, subject, unit;
  double value;
  FigureKind kind = FigureKind::money;
};

// One article of one paragraph: the figures' sentences one after the other; `parties` gives it an agreement
// (the corpus's names for countries and organisations come from agreement sides and affiliations).
inline ArticleRecord trade_article(int n, std::string published, std::vector<Fig> figs,
                                   std::vector<std::string> parties = {}) {
  ArticleRecord a;
  a.title = "Trade report number " + std::to_string(n);
  a.source = "Ledger Test Wire";
  a.published = std::move(published);
  a.id = article_id(a.source, a.title);
  std::string text;
  for (size_t i = 0; i < figs.size(); ++i) {
    const Fig& f = figs[i];
    const uint32_t at = uint32_t(text.size());
    text += f.sentence + " ";
    const size_t m = f.sentence.find(f.text);
    FigureRecord r;
    r.id = figure_id(f.text) + "-" + std::to_string(i);
    r.text = f.text;
    r.value = f.value;
    r.unit = f.unit;
    r.kind = f.kind;
    r.subject = f.subject;
    r.evidence = Evidence{0, {at, at + uint32_t(f.sentence.size())},
                          {at + uint32_t(m), at + uint32_t(m + f.text.size())}};
    a.figures.push_back(r);
  }
  if (!parties.empty()) {
    AgreementRecord g;
    g.id = "ag-trade-deal";
    g.title = "trade deal";
    g.kind = "deal";
    g.parties = parties;
    g.evidence = Evidence{0, {0, uint32_t(figs[0].sentence.size())}, {0, 5}};
    a.agreements.push_back(g);
  }
  text.pop_back();
  a.paragraphs = {text};
  return a;
}

// Articles 0-2: Kazakhstan-United States bilateral trade in USD (2.1, 2.6 and 3.0 billion; the first two within
// ten days of each other, so the sources disagree); article 3: Kazakhstan-China (another line), undated;
// article 4: the same pair in EUR (another line); article 5: a subject with a side in it and a lowercase "us";
// article 6: a figure with no subject.
inline std::vector<ArticleRecord> trade_articles() {
  return {
      trade_article(0, "2023-01-10",
                    {{"Bilateral trade between Kazakhstan and the U.S. reached $2.1 billion last year.", "$2.1 billion",
                      "bilateral trade", "USD", 2.1e9}},
                    {"Kazakhstan", "United States"}),
      trade_article(1, "2023-01-20",
                    {{"Kazakhstan–US bilateral trade was $2.6 billion, the ministry said.", "$2.6 billion",
                      "bilateral trade", "USD", 2.6e9}}),
      trade_article(2, "2024-02-01",
                    {{"The bilateral trades of the United States and Kazakhstan hit $3 billion.", "$3 billion",
                      "The bilateral trades", "USD", 3e9},
                     {"Kazakhstan and China signed 12 contracts.", "12 contracts", "contracts", "contracts", 12,
                      FigureKind::count}},
                    {"Kazakhstan", "China"}),
      trade_article(3, "",
                    {{"Bilateral trade between Kazakhstan and China reached $20 billion.", "$20 billion",
                      "bilateral trade", "USD", 20e9}}),
      trade_article(4, "2023-03-05",
                    {{"Bilateral trade between Kazakhstan and the United States was 1.9 billion euros.",
                      "1.9 billion euros", "bilateral trade", "EUR", 1.9e9}}),
      trade_article(5, "2023-04-01",
                    {{"U.S. foreign direct investment in Kazakhstan was nearly $31.23 billion.", "$31.23 billion",
                      "U.S. foreign direct investment", "USD", 31.23e9},
                     {"It cost us $5 million in bilateral trade fees.", "$5 million", "bilateral trade fees", "USD",
                      5e6}}),
      trade_article(6, "2023-05-01", {{"Prices rose by 4 percent.", "4 percent", "", "%", 4, FigureKind::percent}}),
  };
}

inline Corpus trade_corpus() {
  Corpus c;
  for (const ArticleRecord& a : trade_articles()) c.add(a);
  return c;
}

}  // namespace ae::ledger_testing
