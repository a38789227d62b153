// article_gen.h: deterministic random ArticleRecords for round-trip and property tests. Records are valid
// by construction (ids via the id rules, spans on UTF-8 boundaries) and deliberately awkward: Unicode,
// escapes and control characters, empty optionals, many items, extreme numbers.
#pragma once

#include "core/article.h"
#include "core/corpus.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace ae::testing {

class ArticleGen {
 public:
  explicit ArticleGen(uint64_t seed) : state_(seed) {}

  uint64_t next() {  // splitmix64
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return n ? static_cast<size_t>(next() % n) : 0; }
  bool chance(int percent) { return below(100) < static_cast<size_t>(percent); }

  std::string word() {
    static const char* const kWords[] = {
        "trade", "Astana", "agreement", "billion", "Қазақстан", "Zürich", "naïve", "“quoted”", "—", "🙂",
        "tab\there", "quote\"inside", "back\\slash", "ctrl\x01" "char", "line\nbreak", "Ünïcödé", "ÆØÅ",
        "Tokayev", "memorandum", "50%", "$31.23", "km", "Ғылым", "é", "a", "", "x/y", "</script>", "\x7f"};
    return kWords[below(std::size(kWords))];
  }
  std::string words(size_t min, size_t max) {
    size_t n = min + below(max - min + 1);
    std::string s;
    for (size_t i = 0; i < n; ++i) {
      if (i) s += ' ';
      s += word();
    }
    return s;
  }
  std::string nonempty_words(size_t max) {
    std::string s = words(1, max);
    return s.empty() ? "x" : s;
  }
  std::string topic() {
    static const char* const kTopics[] = {"trade", "energy", "human-rights", "ai-2030", "undeclared-topic", "x"};
    return kTopics[below(std::size(kTopics))];
  }
  std::vector<std::string> topics() {
    std::vector<std::string> t;
    size_t n = below(3);
    for (size_t i = 0; i < n; ++i) t.push_back(topic());
    return t;
  }
  double value() {
    switch (below(8)) {
      case 0: return 0;
      case 1: return static_cast<double>(below(1000000));
      case 2: return 31.23e9;
      case 3: return -static_cast<double>(next() % 1000) / 7.0;
      case 4: return std::numeric_limits<double>::max();
      case 5: return std::numeric_limits<double>::denorm_min();
      case 6: return 0.1 + 0.2;
      default: return std::ldexp(static_cast<double>(next() >> 11), static_cast<int>(below(200)) - 100);
    }
  }

  Evidence evidence(const std::vector<std::string>& paragraphs) {
    Evidence e;
    e.paragraph = static_cast<uint32_t>(below(paragraphs.size()));
    const std::string& p = paragraphs[e.paragraph];
    std::vector<uint32_t> cuts;  // character boundaries
    for (uint32_t i = 0; i <= p.size(); ++i)
      if (i == p.size() || (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80) cuts.push_back(i);
    auto pick2 = [&](size_t lo, size_t hi, uint32_t& a, uint32_t& b) {  // indices into cuts, lo <= hi
      size_t x = lo + below(hi - lo + 1), y = lo + below(hi - lo + 1);
      if (x > y) std::swap(x, y);
      a = cuts[x];
      b = cuts[y];
      return std::pair{x, y};
    };
    auto [sb, se] = pick2(0, cuts.size() - 1, e.sentence.begin, e.sentence.end);
    pick2(sb, se, e.match.begin, e.match.end);
    return e;
  }

  // `index` makes titles (hence article ids) distinct within a generated corpus.
  ArticleRecord article(size_t index, size_t max_items = 6) {
    ArticleRecord a;
    a.title = nonempty_words(6) + " #" + std::to_string(index);
    a.source = chance(70) ? words(1, 2) : "";
    a.id = article_id(a.source, a.title);
    if (chance(60)) a.url = "https://example.org/" + std::to_string(index) + "?q=" + word();
    if (chance(60)) a.published = "2023-0" + std::to_string(1 + below(9)) + "-1" + std::to_string(below(10));
    size_t n_par = below(5);
    for (size_t i = 0; i < n_par; ++i) a.paragraphs.push_back(words(0, 30));
    a.topics = topics();
    if (a.paragraphs.empty()) return a;  // items need evidence, evidence needs a paragraph

    UniqueIds taken;
    size_t n = below(max_items + 1);
    for (size_t i = 0; i < n; ++i) {
      PersonRecord p;
      p.name = chance(10) && !a.people.empty() ? a.people[0].name : nonempty_words(3);  // id clashes
      p.id = taken.make(person_id(p.name));
      if (chance(50)) p.role = words(1, 3);
      if (chance(50)) p.affiliation = words(1, 3);
      size_t m = 1 + below(3);
      for (size_t k = 0; k < m; ++k) p.mentions.push_back(evidence(a.paragraphs));
      p.topics = topics();
      a.people.push_back(std::move(p));
    }
    n = below(max_items + 1);
    for (size_t i = 0; i < n; ++i) {
      FigureRecord f;
      f.text = nonempty_words(3);
      f.id = taken.make(figure_id(f.text));
      f.value = value();
      f.unit = chance(80) ? word() : "";
      f.kind = static_cast<FigureKind>(below(4));
      if (chance(40)) f.qualifier = chance(50) ? "more than" : "nearly";
      if (chance(50)) f.subject = words(1, 3);
      f.evidence = evidence(a.paragraphs);
      f.topics = topics();
      a.figures.push_back(std::move(f));
    }
    n = below(max_items + 1);
    for (size_t i = 0; i < n; ++i) {
      AgreementRecord g;
      g.title = nonempty_words(4);
      g.id = taken.make(agreement_id(g.title));
      g.kind = chance(80) ? "memorandum" : words(0, 2);
      size_t parties = below(4);
      for (size_t k = 0; k < parties; ++k) g.parties.push_back(words(1, 2));
      g.status = static_cast<AgreementStatus>(below(4));
      if (!a.figures.empty() && chance(50)) g.figure = a.figures[below(a.figures.size())].id;
      g.evidence = evidence(a.paragraphs);
      g.topics = topics();
      a.agreements.push_back(std::move(g));
    }
    n = below(max_items / 2 + 1);
    for (size_t i = 0; i < n; ++i) {
      PhotoRecord p;
      p.caption = nonempty_words(10);
      p.id = taken.make(photo_id(p.caption));
      if (chance(50)) p.credit = words(1, 2);
      for (const auto& person : a.people)
        if (chance(30)) p.people.push_back(person.id);
      if (chance(50)) p.src = "https://img.example.org/" + std::to_string(below(100)) + ".jpg";
      p.evidence = evidence(a.paragraphs);
      p.topics = topics();
      a.photos.push_back(std::move(p));
    }
    return a;
  }

  // A corpus with declared topics (one topic stays undeclared) and `n` articles.
  Corpus corpus(size_t n, size_t max_items = 6) {
    Corpus c;
    c.add_topic("trade", "Trade");
    c.add_topic("energy", "Energy “&” power");
    c.add_topic("human-rights", "Human rights");
    c.add_topic("ai-2030", "");
    for (size_t i = 0; i < n; ++i) c.add(article(i, max_items));
    return c;
  }

 private:
  uint64_t state_;
};

}  // namespace ae::testing
