// topics.cpp: the topic lexicon (assets/topics.json) and the pass that tags items and the article.
//
// Matching: cues are lowercase words or phrases compared with the ASCII-lowercased tokens of a sentence on
// word boundaries. A plain cue word also matches the word + "s"/"es" (simple plurals and 3rd person verbs);
// a cue word ending in '*' matches any word starting with it. Cues are indexed by their first three bytes
// so each token costs one hash lookup. An item is tagged by the sentences it was found in (people: every
// mention's sentence; photos: the caption); the article by all its sentences (photo credits excluded) and
// its title, so a topic discussed only in a quote still tags the article.
#include "extract/doc.h"

#include "simdjson.h"

#include <algorithm>
#include <unordered_map>

namespace ae::extract {

std::optional<Lexicon> parse_lexicon(std::string_view json, std::string& error) {
  simdjson::ondemand::parser parser;
  simdjson::padded_string padded(json);
  simdjson::ondemand::document doc;
  if (parser.iterate(padded).get(doc)) { error = "not JSON"; return std::nullopt; }
  simdjson::ondemand::array topics;
  if (doc["topics"].get_array().get(topics)) { error = "expected a \"topics\" array"; return std::nullopt; }
  Lexicon lex;
  size_t index = 0;
  for (auto item : topics) {
    simdjson::ondemand::object o;
    std::string where = "topics[" + std::to_string(index) + "]";
    if (item.get_object().get(o)) { error = where + ": expected an object"; return std::nullopt; }
    std::string_view id, label;
    TopicRecord t;
    bool have_cues = false;
    for (auto field : o) {
      std::string_view key;
      if (field.unescaped_key().get(key)) { error = where + ": bad key"; return std::nullopt; }
      if (key == "id") {
        if (field.value().get_string().get(id)) { error = where + ".id: expected a string"; return std::nullopt; }
        t.id = id;
      } else if (key == "label") {
        if (field.value().get_string().get(label)) { error = where + ".label: expected a string"; return std::nullopt; }
        t.label = label;
      } else if (key == "cues") {
        simdjson::ondemand::array cues;
        if (field.value().get_array().get(cues)) { error = where + ".cues: expected an array"; return std::nullopt; }
        for (auto c : cues) {
          std::string_view cue;
          if (c.get_string().get(cue)) { error = where + ".cues: expected strings"; return std::nullopt; }
          Lexicon::Cue k;
          k.topic = static_cast<uint32_t>(lex.topics.size());
          size_t pos = 0;
          while (pos < cue.size()) {
            while (pos < cue.size() && cue[pos] == ' ') ++pos;
            size_t e = cue.find(' ', pos);
            if (e == std::string_view::npos) e = cue.size();
            if (e > pos) {
              std::string w(cue.substr(pos, e - pos));
              for (char& ch : w) ch = (ch >= 'A' && ch <= 'Z') ? char(ch - 'A' + 'a') : ch;
              k.words.push_back(std::move(w));
            }
            pos = e;
          }
          if (k.words.empty()) continue;
          if (k.words.back().size() > 1 && k.words.back().back() == '*') {
            k.prefix = true;
            k.words.back().pop_back();
          }
          lex.cues.push_back(std::move(k));
          have_cues = true;
        }
      }
    }
    if (t.id.empty()) { error = where + ": missing \"id\""; return std::nullopt; }
    for (char c : t.id)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        error = where + ".id: must be [a-z0-9-]+";
        return std::nullopt;
      }
    if (t.label.empty()) t.label = t.id;
    (void)have_cues;
    lex.topics.push_back(std::move(t));
    ++index;
    if (lex.topics.size() > 64) { error = "at most 64 topics are supported"; return std::nullopt; }
  }
  lex.index();
  return lex;
}

void Lexicon::index() {
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_key;
  for (uint32_t i = 0; i < cues.size(); ++i) by_key[cue_key(cues[i].words[0])].push_back(i);
  size_t cap = 16;
  while (cap < by_key.size() * 4) cap <<= 1;
  slots.assign(cap, Slot{});
  order.clear();
  for (const auto& [key, list] : by_key) {
    size_t i = cue_slot(key, cap - 1);
    while (slots[i].key != 0) i = (i + 1) & (cap - 1);
    slots[i] = {key, uint32_t(order.size()), uint32_t(order.size() + list.size())};
    order.insert(order.end(), list.begin(), list.end());
  }
}

namespace {

struct Matcher {
  const Lexicon& lex;
  explicit Matcher(const Lexicon& l) : lex(l) {}
  static bool word_matches(std::string_view w, const std::string& cue, bool prefix) {
    if (prefix) return w.substr(0, cue.size()) == cue;
    if (w == cue) return true;
    if (w.size() == cue.size() + 1 && w.back() == 's' && w.substr(0, cue.size()) == cue) return true;
    if (w.size() == cue.size() + 2 && w.substr(cue.size()) == "es" && w.substr(0, cue.size()) == cue) return true;
    return false;
  }
  // Topic bits of tokens [b, e) of a text whose lowercase copy is `low`.
  uint64_t match(std::string_view low, const Token* toks, size_t n) const {
    uint64_t bits = 0;
    for (size_t i = 0; i < n; ++i) {
      if (toks[i].kind != Tok::word || toks[i].has(kInCredit)) continue;
      // (A view, not substr(): the tokens lie inside `low`, and the bounds test cost as much as the probe below.)
      const std::string_view w(low.data() + toks[i].begin, toks[i].end - toks[i].begin);
      auto [first, last_ci] = lex.candidates(cue_key(w));
      for (const uint32_t* p = first; p != last_ci; ++p) {
        const uint32_t ci = *p;
        const Lexicon::Cue& c = lex.cues[ci];
        if (bits & (uint64_t(1) << c.topic)) continue;
        size_t last = c.words.size() - 1;
        // The lengths alone refuse most candidates (they share only the first three bytes): a prefix cue needs
        // a word at least as long, a plain one the same length or one or two bytes longer ("s", "es"). Tested
        // here inline: word_matches() was a call of ~40 instructions for each of 170,000 candidates (BBC run).
        const bool prefix0 = c.prefix && last == 0;
        const size_t cue_size = c.words[0].size();
        if (prefix0 ? w.size() < cue_size : w.size() - cue_size > 2) continue;  // (unsigned: shorter wraps)
        if (!word_matches(w, c.words[0], prefix0)) continue;
        bool ok = true;
        for (size_t k = 1; k <= last && ok; ++k) {
          size_t j = i + k;
          if (j >= n || toks[j].kind != Tok::word) { ok = false; break; }
          const std::string_view w2(low.data() + toks[j].begin, toks[j].end - toks[j].begin);
          ok = word_matches(w2, c.words[k], c.prefix && k == last);
        }
        if (ok) bits |= uint64_t(1) << c.topic;
      }
    }
    return bits;
  }
};

void set_topics(const Lexicon& lex, uint64_t bits, std::vector<std::string>& out) {
  if (!bits) return;
  out.reserve(out.size() + size_t(__builtin_popcountll(bits)));  // one allocation, not one per doubling
  for (uint32_t t = 0; t < lex.topics.size(); ++t)
    if (bits & (uint64_t(1) << t)) out.push_back(lex.topics[t].id);
}

}  // namespace

void topics_pass(Doc& d, const Lexicon* lex) {
  if (!lex || lex->topics.empty()) return;
  ArticleRecord& a = *d.a;
  Matcher m(*lex);
  // Topic bits per sentence, in document order: an item's sentence is found by binary search on (para, begin).
  std::vector<uint64_t> sent_bits(d.sents.size(), 0);
  auto sent_of = [&](uint32_t p, uint32_t b) -> int64_t {
    auto it = std::lower_bound(d.sents.begin(), d.sents.end(), std::pair(p, b), [](const Sentence& x, std::pair<uint32_t, uint32_t> k) {
      return std::pair(x.para, x.span.begin) < k;
    });
    if (it == d.sents.end() || it->para != p || it->span.begin != b) return -1;
    return it - d.sents.begin();
  };
  // The article: a topic named in two sentences or more, or in the title. One word in passing ("trade
  // unions", "Liberal Democrat") is not what the article covers.
  uint64_t once = 0, twice = 0;
  for (size_t si = 0; si < d.sents.size(); ++si) {
    const Sentence& s = d.sents[si];
    uint64_t bits = m.match(d.lowered[s.para], d.toks.data() + s.tok_begin, s.tok_end - s.tok_begin);
    sent_bits[si] = bits;
    twice |= once & bits;
    once |= bits;
  }
  uint64_t all = twice;
  auto of = [&](const Evidence& e) {
    int64_t si = sent_of(e.paragraph, e.sentence.begin);
    return si < 0 ? uint64_t(0) : sent_bits[size_t(si)];
  };
  for (PersonRecord& p : a.people) {
    uint64_t bits = 0;
    for (const Evidence& e : p.mentions) bits |= of(e);
    set_topics(*lex, bits, p.topics);
  }
  for (FigureRecord& f : a.figures) {
    uint64_t bits = of(f.evidence);
    set_topics(*lex, bits, f.topics);
  }
  for (AgreementRecord& g : a.agreements) {
    uint64_t bits = of(g.evidence);
    set_topics(*lex, bits, g.topics);
    all |= bits;  // what an agreement is about is covered, even when named once
  }
  // Photos: the sentences of the caption (the credit's tokens are masked); one pass over the sentences.
  std::unordered_map<uint32_t, size_t> photo_of_para;
  for (size_t k = 0; k < a.photos.size(); ++k) photo_of_para.emplace(a.photos[k].evidence.paragraph, k);
  std::vector<uint64_t> photo_bits(a.photos.size(), 0);
  for (size_t si = 0; si < d.sents.size() && !photo_of_para.empty(); ++si) {
    const Sentence& s = d.sents[si];
    auto it = photo_of_para.find(s.para);
    if (it != photo_of_para.end() && s.span.begin < a.photos[it->second].evidence.match.end)
      photo_bits[it->second] |= sent_bits[si];
  }
  for (size_t k = 0; k < a.photos.size(); ++k) {
    set_topics(*lex, photo_bits[k], a.photos[k].topics);
  }
  // The title.
  std::string low = a.title;
  for (char& c : low) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  std::vector<Token> toks;
  toks.reserve(a.title.size() / 2 + 4);  // more than a title's tokens: one allocation
  tokenize(a.title, {0, static_cast<uint32_t>(a.title.size())}, toks);
  all |= m.match(low, toks.data(), toks.size());
  set_topics(*lex, all, a.topics);
}

}  // namespace ae::extract
