// corpus_gen.cpp: a deterministic, seeded generator of article JSON v1 corpora for benchmarks and scale tests
// (gen-corpus, load_bench, query_bench).
//
// Every article is an ae::ArticleRecord checked with ae::validate_article(), packed with ae::Corpus::add()
// and written with the canonical writer (ae::write_article; the document header comes from
// ae::write_corpus()), so the output is valid article JSON by construction (`article-prep validate FILE`).
// Articles are written in chunks, so 100k articles need little memory.
//
// Shapes: 6-25 paragraphs of 150-900 bytes (skewed towards short), 3-10 people with 1-4 mentions each,
// 3-15 figures (money in USD/EUR/KZT, percentages, counted nouns, km/mi), 0-4 agreements, 0-4 photos;
// 1-4 topics per article from the 13 ids of assets/topics.json with a skewed (Zipf-like) distribution;
// Latin, accented and Cyrillic/Kazakh names, curly quotes and the occasional emoji. Evidence spans are byte
// offsets recorded while the paragraph text is assembled, so they are exact and on character boundaries.
// The same --articles/--seed always give the same bytes. Never commit generated corpora: write them under
// build/ or bench/out/ (git-ignored).
#include "corpus_gen.h"

#include "core/article.h"
#include "core/corpus.h"
#include "core/json.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

// ------------------------------------------------------------------------------------------- rng
// splitmix64: fully specified, so the output does not depend on the standard library's distributions.
struct Rng {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  uint32_t below(uint32_t n) { return uint32_t((unsigned __int128)next() * n >> 64); }
  double unit() { return double(next() >> 11) * 0x1.0p-53; }
  int range(int lo, int hi) { return lo + int(below(uint32_t(hi - lo + 1))); }  // inclusive
  // lo..hi skewed towards lo: u^power.
  int skewed(int lo, int hi, double power) {
    return lo + std::min(hi - lo, int(std::pow(unit(), power) * (hi - lo + 1)));
  }
  bool chance(double p) { return unit() < p; }
  template <class T, size_t N>
  const T& pick(const T (&a)[N]) { return a[below(N)]; }
  template <class T>
  const T& pick(const std::vector<T>& a) { return a[below(uint32_t(a.size()))]; }
};

// ------------------------------------------------------------------------------------------- vocabulary
struct TopicDef {
  const char* id;
  const char* label;
  double weight;             // skewed: diplomacy and economy dominate, nuclear and terrorism are rare
  const char* areas[4];      // noun phrases for agreement titles and subjects
  const char* sentences[3];  // filler sentences carrying the topic's cue words
};
const TopicDef kTopics[] = {
    {"trade", "Trade", 14, {"trade", "customs", "export", "free trade"},
     {"Bilateral trade grew as exports of grain and metals rose.", "The sides agreed to simplify customs procedures at the border.",
      "Officials expect imports of machinery to increase next year."}},
    {"investment", "Investment", 11, {"investment", "venture capital", "infrastructure financing", "investment fund"},
     {"Foreign direct investment remains a priority for the government.", "The fund will finance joint projects with private investors.",
      "Investors were offered a stake in the new logistics hub."}},
    {"security", "Security", 6, {"security", "defence", "border security", "cybersecurity"},
     {"The ministers discussed regional security and border stability.", "Military cooperation was on the agenda of the talks.",
      "Both sides stressed the importance of peace and stability."}},
    {"terrorism", "Terrorism", 1.5, {"counter-terrorism", "rehabilitation", "counter-extremism", "reintegration"},
     {"The programme helps rehabilitate citizens returned from conflict zones.", "Experts shared experience in countering extremism.",
      "The rehabilitation centre has worked with more than a hundred families."}},
    {"nuclear", "Nuclear", 1.5, {"nuclear safety", "uranium supply", "non-proliferation", "nuclear energy"},
     {"Non-proliferation remains a cornerstone of the country’s foreign policy.", "The uranium fuel bank is run with the IAEA.",
      "Plans for a nuclear power plant were discussed."}},
    {"health", "Health", 3, {"healthcare", "vaccine production", "medical research", "public health"},
     {"The health ministry reported progress in vaccine production.", "New hospitals will open in three regions.",
      "Doctors shared experience in fighting the pandemic."}},
    {"energy", "Energy", 9, {"oil and gas", "renewable energy", "energy", "pipeline"},
     {"Oil and gas exports account for a large share of revenue.", "The pipeline will carry gas to southern regions.",
      "Renewable energy projects, including solar and wind power, are expanding."}},
    {"agriculture", "Agriculture", 4, {"agriculture", "grain", "livestock", "irrigation"},
     {"Farmers expect a record wheat harvest this year.", "Livestock exports to neighbouring markets are growing.",
      "Irrigation projects will cover new farmland."}},
    {"aviation", "Aviation", 2, {"aviation", "open skies", "air service", "direct flights"},
     {"A new direct flight will connect the two capitals.", "The airline plans to add aircraft to its fleet.",
      "The open skies regime has attracted foreign carriers."}},
    {"human-rights", "Human rights", 2, {"human rights", "civil society", "rule of law", "press freedom"},
     {"Civil society groups welcomed the reforms.", "The rule of law and human rights were discussed at the meeting.",
      "Observers called for greater press freedom."}},
    {"technology", "Technology", 5, {"digital", "technology", "innovation", "space industry"},
     {"Digital services now cover most public procedures.", "The innovation park hosts more than 1,000 startups.",
      "The satellite will be launched from Baikonur."}},
    {"diplomacy", "Diplomacy", 22, {"strategic partnership", "diplomatic", "bilateral relations", "consular"},
     {"The official visit opened a new chapter in bilateral relations.", "The ministers held talks on the sidelines of the summit.",
      "The ambassador said the dialogue would continue."}},
    {"economy", "Economy", 18, {"economic", "industrial", "business", "financial"},
     {"Economic growth reached its highest level in a decade.", "Small and medium-sized businesses will receive support.",
      "Inflation slowed, the central bank said."}},
};
constexpr size_t kTopicCount = sizeof(kTopics) / sizeof(kTopics[0]);

struct NamePool {
  std::vector<const char*> first, last;
};
const NamePool kLatin{{"Kassym-Jomart", "Mukhtar", "Nursultan", "Alikhan", "Roman", "Askar", "Aigerim", "Dariga", "Yerlan",
                       "Mike", "Antony", "Olaf", "Ursula", "Emmanuel", "Shavkat", "Sadyr", "Ilham", "Fumio", "Narendra",
                       "Maria", "Anna", "John", "David", "Sarah", "Timur", "Madina", "Zhanna", "Bakhyt", "Nurlan", "Gulnara"},
                      {"Tokayev", "Tileuberdi", "Nazarbayev", "Smailov", "Sklyar", "Mamin", "Bekova", "Karin", "Zhumangarin",
                       "Pompeo", "Blinken", "Scholz", "Macron", "Mirziyoyev", "Japarov", "Aliyev", "Kishida", "Modi",
                       "Smith", "Johnson", "Brown", "Sultanov", "Akhmetov", "Iskakova", "Omarova", "Kenzhebekov", "Abenov",
                       "Lindqvist", "Okafor", "Moreau"}};
const NamePool kAccented{{"José", "François", "Zoë", "Søren", "Recep Tayyip", "Łukasz", "Ángela", "Björn", "Hélène", "Çağla",
                          "Dāvis", "Jürgen"},
                         {"García", "Müller", "Østergaard", "Erdoğan", "Nowakowski", "Dvořák", "Šimonytė", "Kovačević",
                          "Lefèvre", "Ibáñez", "Þórsson", "Gökçe"}};
const NamePool kCyrillic{{"Қасым-Жомарт", "Әлихан", "Ерлан", "Айгүл", "Нұрлан", "Дмитрий", "Сергей", "Ғалым", "Өмірзақ",
                          "Ұлан", "Үміт", "Жанна"},
                         {"Тоқаев", "Смайылов", "Қарин", "Сейітқызы", "Ермекбаев", "Иванов", "Лавров", "Әбенов",
                          "Нұрғалиев", "Өтепов", "Құрманова", "Шәкенов"}};
const char* kRoles[] = {"President", "Prime Minister", "Foreign Minister", "Minister of Trade and Integration",
                        "Minister of Energy", "Deputy Prime Minister", "Ambassador", "Chairman of the Board",
                        "Chief Executive", "Governor", "Senator", "Secretary of State", "Spokesperson", "Professor"};
const char* kCountries[] = {"Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "China", "Russia",
                            "the United States", "Germany", "France", "Türkiye", "Japan", "South Korea", "India",
                            "the United Kingdom", "Italy", "Azerbaijan", "the European Union", "Qatar",
                            "the United Arab Emirates", "Poland", "Hungary", "Canada", "Brazil", "Қазақстан"};
const char* kOrgs[] = {"Samruk-Kazyna", "KazMunayGas", "Kazatomprom", "the Asian Development Bank", "the EBRD",
                       "the World Bank", "the Astana International Financial Centre", "KEGOC", "Air Astana",
                       "the Eurasian Development Bank", "the United Nations", "the OSCE"};
const char* kCities[] = {"Astana", "Almaty", "Shymkent", "Tashkent", "Bishkek", "Berlin", "Washington", "Beijing",
                         "Ankara", "Tokyo", "Brussels", "Aktau", "Karaganda", "Turkistan", "Алматы"};
const char* kSources[] = {"The Astana Times", "Kazinform", "Tengrinews", "Qazaqstan Today", "Central Asia Monitor",
                          "Kursiv", "Zakon.kz", "Daryo"};
const char* kCredits[] = {"Akorda press service", "the Foreign Ministry", "Kazinform", "the Prime Minister’s press service",
                          "The Astana Times", "Reuters", "AFP", "Eldar Nurmukhanov"};
const char* kAgreementKinds[] = {"agreement", "memorandum", "partnership", "deal", "program", "contract", "treaty",
                                 "roadmap"};
const char* kCountNouns[] = {"jobs", "students", "companies", "projects", "tourists", "flights", "children",
                             "hectares", "tonnes", "vehicles", "families", "doctors"};
const char* kSubjects[] = {"bilateral trade", "trade turnover", "foreign direct investment", "the project’s cost",
                           "oil and gas exports", "the grain harvest", "the budget", "GDP growth", "inflation",
                           "the loan", "the investment programme", "the new pipeline", "the railway line",
                           "tourist arrivals", "the fund"};
const char* kQualifiers[] = {"nearly", "more than", "almost", "about", "over", "at least", "up to"};
const char* kSaid[] = {"said", "noted", "stressed", "told reporters", "added", "emphasised"};
const char* kGeneric[] = {
    "The meeting took place in a constructive atmosphere.",
    "Both sides expressed interest in expanding cooperation.",
    "“We are ready to work together,” the delegation said.",
    "The parties agreed to meet again later this year.",
    "Details of the plan will be announced next month.",
    "The event brought together officials, experts and business leaders.",
    "According to the ministry, work on the documents is nearly complete.",
    "The initiative was welcomed by the country’s partners.",
    "Further talks are planned for the autumn.",
    "The statement was published on the government’s website.",
    "Participants visited the city’s new technology park.",
    "A joint working group will monitor implementation.",
};
const char* kEmoji[] = {"🇰🇿", "🌍", "🤝", "📈", "✈️"};

double topic_weight_sum() {
  double s = 0;
  for (const auto& t : kTopics) s += t.weight;
  return s;
}
uint32_t pick_topic(Rng& r) {
  static const double total = topic_weight_sum();
  double x = r.unit() * total;
  for (uint32_t i = 0; i < kTopicCount; ++i) {
    x -= kTopics[i].weight;
    if (x < 0) return i;
  }
  return kTopicCount - 1;
}

// "1,234" / "31.23"
std::string with_commas(uint64_t n) {
  std::string s = std::to_string(n), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i && (s.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(s[i]);
  }
  return out;
}
std::string decimal(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

// ------------------------------------------------------------------------------------------- article
struct Mention {  // one thing to place in the text; its evidence is filled in when the paragraph is built
  enum Kind { person, figure, agreement, photo } kind;
  uint32_t item;       // index into that kind's array
  std::string before;  // sentence = before + match + after
  std::string match;
  std::string after;
  ae::Evidence* out = nullptr;
};

class Generator {
 public:
  Generator(uint64_t seed, int dense_people) : r_{seed}, dense_(dense_people) {}

  ae::ArticleRecord article(uint64_t serial) {
    ae::ArticleRecord a;
    // topics
    const int ntopics = r_.skewed(1, 4, 1.5);
    while (int(topics_.size()) < ntopics || topics_.empty()) {
      uint32_t t = pick_topic(r_);
      if (std::find(topics_.begin(), topics_.end(), t) == topics_.end()) topics_.push_back(t);
    }
    for (uint32_t t : topics_) a.topics.emplace_back(kTopics[t].id);

    // people
    const NamePool& pool = r_.chance(0.1) ? kCyrillic : r_.chance(0.15) ? kAccented : kLatin;
    const int npeople = dense_ ? dense_ : r_.skewed(3, 10, 1.5);
    ae::UniqueIds taken;
    std::vector<std::string> surnames;
    for (int i = 0; i < npeople; ++i) {
      ae::PersonRecord p;
      const NamePool& pp = i == 0 ? pool : (r_.chance(0.8) ? kLatin : r_.chance(0.5) ? kAccented : kCyrillic);
      std::string first = r_.pick(pp.first), last = r_.pick(pp.last);
      if (i == 0 && r_.chance(0.15)) first = "Kassym-Jomart", last = "Tokayev";
      p.name = first + " " + last;
      p.id = taken.make(ae::person_id(p.name));
      if (!dense_ && r_.chance(0.8)) p.role = r_.pick(kRoles);
      if (!dense_ && r_.chance(0.7)) p.affiliation = r_.chance(0.75) ? r_.pick(kCountries) : r_.pick(kOrgs);
      item_topics(p.topics);
      surnames.push_back(last);
      a.people.push_back(std::move(p));
    }
    // figures
    const int nfigures = dense_ ? 0 : r_.skewed(3, 15, 2);
    for (int i = 0; i < nfigures; ++i) a.figures.push_back(figure(taken));
    // agreements
    const int nagreements = dense_ ? 0 : r_.skewed(0, 4, 2);
    std::vector<uint32_t> money;
    for (uint32_t i = 0; i < a.figures.size(); ++i)
      if (a.figures[i].kind == ae::FigureKind::money) money.push_back(i);
    for (int i = 0; i < nagreements; ++i) {
      ae::AgreementRecord g;
      const TopicDef& t = kTopics[topics_[r_.below(uint32_t(topics_.size()))]];
      g.kind = r_.pick(kAgreementKinds);
      g.title = std::string(r_.pick(t.areas)) + " " + g.kind + (r_.chance(0.5) ? " for 2024-2030" : "");
      if (r_.chance(0.3)) g.title = std::string(r_.pick(t.areas)) + " cooperation " + g.kind;
      g.id = taken.make(ae::agreement_id(g.title));
      const int nparties = r_.range(0, 3);
      for (int k = 0; k < nparties; ++k) {
        std::string party = r_.chance(0.7) ? r_.pick(kCountries) : r_.pick(kOrgs);
        if (std::find(g.parties.begin(), g.parties.end(), party) == g.parties.end()) g.parties.push_back(party);
      }
      g.status = ae::AgreementStatus(r_.below(4));
      if (!money.empty() && r_.chance(0.35)) g.figure = a.figures[r_.pick(money)].id;
      item_topics(g.topics);
      a.agreements.push_back(std::move(g));
    }
    // photos
    const int nphotos = dense_ ? 0 : r_.skewed(0, 4, 2);
    for (int i = 0; i < nphotos; ++i) {
      ae::PhotoRecord ph;
      uint32_t who = r_.below(uint32_t(a.people.size()));
      ph.people.push_back(a.people[who].id);
      std::string caption = a.people[who].name;
      if (a.people.size() > 1 && r_.chance(0.4)) {
        uint32_t other = (who + 1 + r_.below(uint32_t(a.people.size() - 1))) % uint32_t(a.people.size());
        ph.people.push_back(a.people[other].id);
        caption += " and " + a.people[other].name;
      }
      caption += std::string(r_.chance(0.5) ? " during talks in " : " at the signing ceremony in ") + r_.pick(kCities);
      ph.caption = caption;
      if (r_.chance(0.7)) ph.credit = r_.pick(kCredits);
      if (r_.chance(0.5)) ph.src = "https://images.example.org/" + std::to_string(serial) + "-" + std::to_string(i) + ".jpg";
      ph.id = taken.make(ae::photo_id(ph.caption));
      item_topics(ph.topics);
      a.photos.push_back(std::move(ph));
    }

    // Mentions: every person 1-4 times (first with the full name), every other item once.
    std::vector<Mention> ms;
    for (uint32_t i = 0; i < a.people.size(); ++i) {
      const auto& p = a.people[i];
      const int n = dense_ ? 1 : r_.skewed(1, 4, 1.5);
      a.people[i].mentions.resize(size_t(n));
      for (int k = 0; k < n; ++k) {
        Mention m{Mention::person, i, "", k == 0 ? p.name : surnames[i], "", nullptr};
        if (k == 0 && !p.role.empty()) m.before = p.role + " ";
        switch (r_.below(4)) {
          case 0: m.after = " " + std::string(r_.pick(kSaid)) + " the talks were productive."; break;
          case 1: m.before = "“This is an important step,” " + m.before; m.after = " said."; break;
          case 2: m.before = "According to " + m.before; m.after = ", the work will continue in " + std::string(r_.pick(kCities)) + "."; break;
          default: m.after = " met representatives of " + std::string(r_.pick(kOrgs)) + "."; break;
        }
        ms.push_back(std::move(m));
      }
    }
    for (uint32_t i = 0; i < a.figures.size(); ++i) {
      const auto& f = a.figures[i];
      Mention m{Mention::figure, i, "", f.text, "", nullptr};
      std::string subj = f.subject.empty() ? "the figure" : f.subject;
      if (r_.chance(0.5)) {
        subj[0] = char(std::toupper(static_cast<unsigned char>(subj[0])));
        m.before = subj + " reached ";
        m.after = " last year, officials " + std::string(r_.pick(kSaid)) + ".";
      } else {
        m.before = "According to the ministry, " + subj + " will amount to ";
        m.after = " by " + std::to_string(r_.range(2024, 2035)) + ".";
      }
      ms.push_back(std::move(m));
    }
    for (uint32_t i = 0; i < a.agreements.size(); ++i) {
      const auto& g = a.agreements[i];
      static const char* verbs[] = {" signed the ", " agreed on the ", " plan to sign the ", " discussed the "};
      std::string who = g.parties.size() >= 2 ? g.parties[0] + " and " + g.parties[1] : "The sides";
      if (!who.empty() && who[0] == 't') who[0] = 'T';
      ms.push_back(Mention{Mention::agreement, i, who + verbs[int(g.status)], g.title, ".", nullptr});
    }
    for (uint32_t i = 0; i < a.photos.size(); ++i) {
      const auto& ph = a.photos[i];
      ms.push_back(Mention{Mention::photo, i, "", ph.caption, ph.credit.empty() ? "." : ". Photo credit: " + ph.credit + ".",
                           nullptr});
    }
    // Bind evidence slots (after every vector has its final size).
    {
      std::vector<uint32_t> next(a.people.size(), 0);
      for (auto& m : ms) {
        switch (m.kind) {
          case Mention::person: m.out = &a.people[m.item].mentions[next[m.item]++]; break;
          case Mention::figure: m.out = &a.figures[m.item].evidence; break;
          case Mention::agreement: m.out = &a.agreements[m.item].evidence; break;
          case Mention::photo: m.out = &a.photos[m.item].evidence; break;
        }
      }
    }

    // Paragraphs: shuffle mentions, deal them out, fill up with topic and generic sentences.
    const int npara = dense_ ? std::max(6, dense_ / 5) : r_.skewed(6, 25, 2.5);
    for (size_t i = ms.size(); i > 1; --i) std::swap(ms[i - 1], ms[r_.below(uint32_t(i))]);
    // A person's first mention must come first in the text: the full-name mention is moved to the earliest
    // slot that person has.
    {
      std::vector<int> first_slot(a.people.size(), -1);
      for (size_t i = 0; i < ms.size(); ++i)
        if (ms[i].kind == Mention::person && first_slot[ms[i].item] < 0) first_slot[ms[i].item] = int(i);
      for (size_t i = 0; i < ms.size(); ++i)
        if (ms[i].kind == Mention::person && ms[i].out == &a.people[ms[i].item].mentions[0] &&
            first_slot[ms[i].item] != int(i)) {
          size_t j = size_t(first_slot[ms[i].item]);
          std::swap(ms[i].before, ms[j].before), std::swap(ms[i].match, ms[j].match), std::swap(ms[i].after, ms[j].after);
          std::swap(ms[i].out, ms[j].out);
        }
    }
    std::vector<std::vector<Mention*>> slots(static_cast<size_t>(npara));
    for (size_t i = 0; i < ms.size(); ++i) slots[i * size_t(npara) / ms.size()].push_back(&ms[i]);
    for (int p = 0; p < npara; ++p) {
      std::string text;
      if (p == 0) text = std::string(r_.pick(kCities)) + " – ";
      const size_t target = size_t(r_.skewed(150, 900, 2));
      for (Mention* m : slots[size_t(p)]) {
        if (r_.chance(0.3)) filler(text);
        if (!text.empty() && text.back() != ' ') text.push_back(' ');
        const uint32_t s0 = uint32_t(text.size());
        text += m->before;
        const uint32_t m0 = uint32_t(text.size());
        text += m->match;
        const uint32_t m1 = uint32_t(text.size());
        text += m->after;
        *m->out = ae::Evidence{uint32_t(p), {s0, uint32_t(text.size())}, {m0, m1}};
      }
      while (text.size() < target) filler(text);
      a.paragraphs.push_back(std::move(text));
    }

    // title, source, url, date
    const TopicDef& main = kTopics[topics_[0]];
    a.source = r_.pick(kSources);
    std::string c1 = r_.pick(kCountries), c2 = r_.pick(kCountries);
    if (c1[0] == 't') c1[0] = 'T';
    a.title = c1 + " and " + c2 + " " +
              (r_.chance(0.5) ? std::string("discuss ") : std::string("expand ")) + r_.pick(main.areas) + " cooperation";
    if (r_.chance(0.3)) a.title += ", " + surnames[0] + " says";
    a.id = ae::article_id(a.source, a.title);
    const std::string base = a.title;
    for (int k = 2; !ids_.insert(a.id).second; ++k) {  // titles repeat at scale: number the follow-ups
      a.title = base + " (" + std::to_string(k) + ")";
      a.id = ae::article_id(a.source, a.title);
    }
    a.url = "https://news.example.org/" + std::to_string(serial) + "/" + ae::slug(a.title);
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", r_.range(2018, 2024), r_.range(1, 12), r_.range(1, 28));
    a.published = date;
    topics_.clear();
    return a;
  }

 private:
  void item_topics(std::vector<std::string>& out) {
    for (uint32_t t : topics_)
      if (r_.chance(0.5)) out.emplace_back(kTopics[t].id);
  }

  void filler(std::string& text) {
    if (!text.empty() && text.back() != ' ') text.push_back(' ');
    const uint32_t roll = r_.below(100);
    if (roll < 55) text += r_.pick(kTopics[topics_[r_.below(uint32_t(topics_.size()))]].sentences);
    else text += r_.pick(kGeneric);
    if (r_.chance(0.004)) text += std::string(" ") + r_.pick(kEmoji);
  }

  ae::FigureRecord figure(ae::UniqueIds& taken) {
    ae::FigureRecord f;
    std::string text;
    switch (r_.below(10)) {
      case 0: case 1: case 2: {  // money in USD
        double n = double(r_.range(1, 999)) + (r_.chance(0.5) ? double(r_.range(0, 99)) / 100 : 0);
        bool billion = r_.chance(0.5);
        text = "$" + (n == double(int64_t(n)) ? std::to_string(int64_t(n)) : decimal(n, 2)) + (billion ? " billion" : " million");
        f.value = std::round(n * 100) * (billion ? 1e7 : 1e4);
        f.unit = "USD", f.kind = ae::FigureKind::money;
        break;
      }
      case 3: {  // EUR
        double n = double(r_.range(1, 500)) / 10;
        text = "€" + decimal(n, 1) + " million";
        f.value = std::round(n * 10) * 1e5;
        f.unit = "EUR", f.kind = ae::FigureKind::money;
        break;
      }
      case 4: {  // KZT
        int n = r_.range(1, 900);
        text = std::to_string(n) + " billion tenge";
        f.value = double(n) * 1e9;
        f.unit = "KZT", f.kind = ae::FigureKind::money;
        break;
      }
      case 5: case 6: {  // percent
        double n = double(r_.range(1, 400)) / 10;
        text = decimal(n, 1) + (r_.chance(0.7) ? "%" : " percent");
        f.value = std::round(n * 10) / 10;
        f.unit = "%", f.kind = ae::FigureKind::percent;
        break;
      }
      case 7: case 8: {  // counts
        uint64_t n = uint64_t(r_.range(2, 50000));
        const char* noun = r_.pick(kCountNouns);
        text = with_commas(n) + " " + noun;
        f.value = double(n);
        f.unit = noun, f.kind = ae::FigureKind::count;
        break;
      }
      default: {  // measures
        uint64_t n = uint64_t(r_.range(5, 3000));
        bool km = r_.chance(0.75);
        text = with_commas(n) + (km ? " km" : " miles");
        f.value = double(n);
        f.unit = km ? "km" : "mi", f.kind = ae::FigureKind::measure;
        break;
      }
    }
    if (r_.chance(0.3)) {
      f.qualifier = r_.pick(kQualifiers);
      text = f.qualifier + " " + text;
    }
    f.text = text;
    if (r_.chance(0.8)) f.subject = r_.pick(kSubjects);
    f.id = taken.make(ae::figure_id(f.text));
    item_topics(f.topics);
    return f;
  }

  Rng r_;
  int dense_ = 0;  // > 0: table-stress shape (that many people with one mention each, no other items)
  std::vector<uint32_t> topics_;
  std::unordered_set<std::string> ids_;
};

}  // namespace

namespace ae::bench {

GenStats generate_corpus(uint64_t n, uint64_t seed, const std::function<void(std::string_view)>& sink,
                         int dense_people) {
  GenStats st;
  st.articles = n;
  ae::Corpus chunk;
  for (const auto& t : kTopics) chunk.add_topic(t.id, t.label);
  // Header: the canonical writer's own output for a corpus with the topics and no articles, opened up.
  std::string head = ae::write_corpus(chunk);
  const std::string tail = "]}\n";
  head.resize(head.size() - tail.size());
  sink(head);
  st.bytes = head.size();

  Generator gen(seed, dense_people);
  std::string buf;
  for (uint64_t i = 0; i < n; ++i) {
    ae::ArticleRecord a = gen.article(i);
    if (auto err = ae::validate_article(a)) {
      std::fprintf(stderr, "generate_corpus: bug: article %llu is invalid: %s\n", (unsigned long long)i, err->c_str());
      std::abort();
    }
    st.people += a.people.size(), st.figures += a.figures.size();
    st.agreements += a.agreements.size(), st.photos += a.photos.size();
    const uint32_t k = chunk.add(a);
    buf += i ? ",\n" : "\n";
    buf += ae::write_article(chunk, k);
    if (chunk.articles.size() >= 2048) {  // keep memory flat: drop the packed articles, keep the topics
      chunk.clear();
      for (const auto& t : kTopics) chunk.add_topic(t.id, t.label);
    }
    if (buf.size() > (8u << 20)) {
      st.bytes += buf.size();
      sink(buf);
      buf.clear();
    }
  }
  if (n) buf += "\n";
  buf += tail;
  st.bytes += buf.size();
  sink(buf);
  return st;
}

std::string generate_corpus(uint64_t articles, uint64_t seed, GenStats* stats) {
  std::string out;
  GenStats st = generate_corpus(articles, seed, [&](std::string_view piece) { out.append(piece); });
  if (stats) *stats = st;
  return out;
}

}  // namespace ae::bench
