// ledger.cpp: see ledger.h.
//
// Sections: [words] [names] [figures] [rows] [stats]
#include "core/ledger.h"

#include "core/kinds.h"
#include "core/text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>

namespace ae {

namespace {

// Short forms that name the same side as a full name the corpus may never spell out.
struct Alias {
  std::string_view words, key, display;
};
constexpr Alias kAliases[] = {
    {"united states", "united states", "United States"}, {"us", "united states", "United States"},
    {"u s", "united states", "United States"},           {"usa", "united states", "United States"},
    {"u s a", "united states", "United States"},         {"united states of america", "united states", "United States"},
    {"united kingdom", "united kingdom", "United Kingdom"}, {"uk", "united kingdom", "United Kingdom"},
    {"u k", "united kingdom", "United Kingdom"},         {"britain", "united kingdom", "United Kingdom"},
    {"great britain", "united kingdom", "United Kingdom"}, {"european union", "european union", "European Union"},
    {"eu", "european union", "European Union"},          {"united nations", "united nations", "United Nations"},
    {"un", "united nations", "United Nations"},
};

constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "this", "that",
                                             "these", "those", "our", "of"};

// Words that open sentences and are never a side on their own, though the extraction sometimes gave one as an
// agreement party ("About 100 people…" must not name a side "About").
constexpr std::string_view kNeverNames[] = {"about", "after", "all", "almost", "also", "around", "as", "at", "before",
                                            "but", "by", "for", "from", "he", "her", "his", "however", "if", "in", "it",
                                            "its", "last", "more", "most", "nearly", "new", "not", "now", "of", "on",
                                            "only", "over", "she", "since", "some", "than", "that", "the", "their",
                                            "there", "they", "this", "under", "until", "up", "we", "when", "while",
                                            "with", "year", "yet"};

bool is_determiner(std::string_view w) {
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), w) != std::end(kDeterminers);
}

std::string singular(std::string w) {
  const size_t n = w.size();
  if (n > 4 && w.compare(n - 3, 3, "ies") == 0) return w.substr(0, n - 3) + "y";
  if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') w.pop_back();
  return w;
}

// A separator byte sequence at `i` (ASCII punctuation or space, or U+2000-U+206F general punctuation such as
// dashes and typographic quotes, or a no-break space); its length, 0 when `text[i]` is part of a word.
size_t separator_at(std::string_view t, size_t i) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return (std::isalnum(c) || c == '&') ? 0 : 1;
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) return 3;
  if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) return 2;
  return 0;
}

std::string join(const std::vector<std::string>& words, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) out += sep;
    out += words[i];
  }
  return out;
}

}  // namespace

// ------------------------------------------------------------------------------------------- [words]
void LedgerIndex::words_of(std::string_view text, std::vector<Word>& out) {
  out.clear();
  size_t i = 0;
  while (i < text.size()) {
    if (size_t sep = separator_at(text, i)) {
      i += sep;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !separator_at(text, j)) ++j;
    const std::string_view chunk = text.substr(i, j - i);
    Word w;
    w.raw = chunk;
    append_folded(w.folded, chunk);
    const unsigned char first = static_cast<unsigned char>(chunk[0]);
    w.capitalised = (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first >= 0x80;
    w.capitals = std::none_of(chunk.begin(), chunk.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    out.push_back(std::move(w));
    i = j;
  }
}

std::string ledger_subject_key(std::string_view subject) {
  std::string folded;
  append_folded(folded, subject);
  std::vector<std::string> words;
  std::string w;
  for (size_t i = 0; i <= folded.size(); ++i) {
    const char ch = i < folded.size() ? folded[i] : ' ';
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '&' || (unsigned char)ch >= 0x80) {
      w += ch;
    } else if (!w.empty()) {
      if (!(words.empty() && is_determiner(w)) && w != "s") words.push_back(w);
      w.clear();
    }
  }
  while (!words.empty() && is_determiner(words.front())) words.erase(words.begin());
  if (!words.empty()) words.back() = singular(words.back());
  return join(words, " ");
}

// ------------------------------------------------------------------------------------------- [names]
void LedgerIndex::clear() {
  corpus_ = nullptr;
  articles_ = 0;
  lines_.clear();
  line_of_.clear();
  day_of_.clear();
  touched_.clear();
  visible_.clear();
  article_stamp_.clear();
  by_key_.clear();
  names_.clear();
  name_by_words_.clear();
  max_name_words_ = 1;
  mark_.clear();
  StringMap<uint32_t> canonical;
  for (const Alias& a : kAliases) {
    auto [it, inserted] = canonical.try_emplace(std::string(a.key), uint32_t(names_.size()));
    if (inserted) names_.push_back(Name{std::string(a.key), std::string(a.display)});
    name_by_words_.emplace(std::string(a.words), it->second);
    max_name_words_ = std::max<size_t>(max_name_words_, size_t(std::count(a.words.begin(), a.words.end(), ' ')) + 1);
  }
}

void LedgerIndex::add_name(std::string_view text) {
  std::vector<Word> words;
  words_of(text, words);
  size_t first = 0;
  while (first < words.size() && words[first].folded == "the") ++first;
  if (first == words.size()) return;
  std::string key;
  for (size_t i = first; i < words.size(); ++i) {
    if (i > first) key += ' ';
    key += words[i].folded;
  }
  if (name_by_words_.count(key)) return;  // known (or an alias)
  if (words.size() - first == 1 &&
      std::find(std::begin(kNeverNames), std::end(kNeverNames), key) != std::end(kNeverNames))
    return;
  std::string_view display = text;
  while (!display.empty() && display.front() == ' ') display.remove_prefix(1);
  if (display.size() > 4 && (display.substr(0, 4) == "the " || display.substr(0, 4) == "The ")) display.remove_prefix(4);
  name_by_words_.emplace(key, uint32_t(names_.size()));
  names_.push_back(Name{key, std::string(display)});
  max_name_words_ = std::max(max_name_words_, words.size() - first);
}

void LedgerIndex::matches(const std::vector<Word>& words, std::vector<Match>& out) const {
  out.clear();
  std::string key;
  for (size_t i = 0; i < words.size();) {
    bool found = false;
    if (words[i].capitalised) {
      for (size_t len = std::min(max_name_words_, words.size() - i); len >= 1 && !found; --len) {
        if (!words[i + len - 1].capitalised) continue;
        key.clear();
        for (size_t k = i; k < i + len; ++k) {
          if (k > i) key += ' ';
          key += words[k].folded;
        }
        auto it = name_by_words_.find(key);
        if (it == name_by_words_.end()) continue;
        if (key.size() <= 3)  // a short name ("US", "U.S.", "EU") only in capitals: never the pronoun "us"
          if (!std::all_of(words.begin() + long(i), words.begin() + long(i + len), [](const Word& w) { return w.capitals; }))
            continue;
        out.push_back(Match{i, i + len, it->second});
        i += len;
        found = true;
      }
    }
    if (!found) ++i;
  }
}

std::vector<std::string> LedgerIndex::sides_in(std::string_view text) const {
  std::vector<Word> words;
  std::vector<Match> found;
  words_of(text, words);
  matches(words, found);
  std::vector<uint32_t> ids;
  for (const Match& m : found) ids.push_back(m.name);
  std::sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) { return names_[a].key < names_[b].key; });
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<std::string> out;
  for (uint32_t id : ids) out.push_back(names_[id].display);
  return out;
}

// ------------------------------------------------------------------------------------------- [figures]
void LedgerIndex::build(const Corpus& c) {
  clear();
  extend(c);
}

void LedgerIndex::extend(const Corpus& c) {
  if (corpus_ != &c || c.figures.size() < line_of_.size() || c.articles.size() < articles_) {
    clear();
    corpus_ = &c;
  }
  // The new articles' names first, so a figure finds a side named anywhere in what has arrived.
  for (size_t a = articles_; a < c.articles.size(); ++a) {
    const Article& art = c.articles[a];
    for (uint32_t p = art.people.begin; p < art.people.end(); ++p)
      if (c.people[p].affiliation.len) add_name(c.str(c.people[p].affiliation));
    for (uint32_t g = art.agreements.begin; g < art.agreements.end(); ++g) {
      const Range parties = c.agreements[g].parties;
      for (uint32_t j = parties.begin; j < parties.end(); ++j) add_name(c.str(c.strs[j]));
    }
  }
  articles_ = c.articles.size();
  line_of_.reserve(c.figures.size());
  day_of_.reserve(c.figures.size());
  for (uint32_t f = uint32_t(day_of_.size()); f < c.figures.size(); ++f) {
    const Article& a = c.articles[c.figures[f].article];
    day_of_.push_back(a.published.len ? day_number(c.str(a.published)) : kNoDay);
  }
  for (uint32_t f = uint32_t(line_of_.size()); f < c.figures.size(); ++f) add_figure(c, f);
  // The lines that grew keep their figures in point order (dated by day, then undated), so rows_for never sorts.
  std::sort(touched_.begin(), touched_.end());
  touched_.erase(std::unique(touched_.begin(), touched_.end()), touched_.end());
  for (uint32_t l : touched_) {
    auto& figs = lines_[l].figures;
    std::stable_sort(figs.begin(), figs.end(), [&](uint32_t x, uint32_t y) {
      const int32_t dx = day_of_[x], dy = day_of_[y];
      if ((dx == kNoDay) != (dy == kNoDay)) return dy == kNoDay;
      return dx < dy;
    });
  }
  touched_.clear();
}

void LedgerIndex::add_figure(const Corpus& c, uint32_t figure) {
  const Figure& f = c.figures[figure];
  line_of_.push_back(kNone);
  if (!f.subject.len) return;
  std::vector<Word> words;
  std::vector<Match> found;
  // The subject without the side names it contains (they become sides).
  words_of(c.str(f.subject), words);
  matches(words, found);
  std::vector<uint32_t> sides;
  std::vector<bool> drop(words.size(), false);
  for (const Match& m : found) {
    sides.push_back(m.name);
    for (size_t k = m.word_begin; k < m.word_end; ++k) drop[k] = true;
  }
  std::vector<std::string> subject, shown;  // folded (the key), and as written (the label: "Kazakh citizens")
  for (size_t k = 0; k < words.size(); ++k) {
    if (drop[k] || words[k].folded == "s" || (subject.empty() && is_determiner(words[k].folded))) continue;
    subject.push_back(words[k].folded);
    shown.emplace_back(words[k].raw);
  }
  while (!subject.empty() && is_determiner(subject.back())) {  // "trade of" after a dropped side
    subject.pop_back();
    shown.pop_back();
  }
  const std::string display_subject = join(shown, " ");
  if (!subject.empty()) subject.back() = singular(subject.back());
  const std::string subject_key = join(subject, " ");
  // The sentence's names.
  const Article& a = c.articles[f.article];
  if (f.evidence.paragraph < a.paragraphs.count) {
    const std::string_view para = c.str(c.strs[a.paragraphs.begin + f.evidence.paragraph]);
    const size_t b = std::min<size_t>(f.evidence.sentence.begin, para.size());
    const size_t e = std::clamp<size_t>(f.evidence.sentence.end, b, para.size());
    words_of(para.substr(b, e - b), words);
    matches(words, found);
    for (const Match& m : found) sides.push_back(m.name);
  }
  std::sort(sides.begin(), sides.end(), [&](uint32_t x, uint32_t y) { return names_[x].key < names_[y].key; });
  sides.erase(std::unique(sides.begin(), sides.end()), sides.end());
  const std::string_view unit = c.str(f.unit);
  // A quantity needs a "who" or a subject that says more than its unit: "103 people" (subject "people") or a
  // "rise" in % alone would line up unrelated figures. Kept: sides, or two words besides a counted noun.
  // A generic counted noun alone ("people", "times") says nothing even with sides: "people, India" lined up
  // "5 people" hurt with "1 billion people" in the BBC set (a spread of 49,999,988 %). A noun with a meaning
  // of its own keeps the side rule ("teachers, Kazakhstan").
  static constexpr std::string_view kGenericCounted[] = {"people", "person", "individual", "other", "time", "one"};
  const bool generic = subject.size() == 1 && std::find(std::begin(kGenericCounted), std::end(kGenericCounted),
                                                        std::string_view(subject.back())) != std::end(kGenericCounted);
  if (sides.empty() || generic) {
    size_t informative = subject.size();
    const std::string unit_key = ledger_subject_key(unit);
    if (informative && !unit_key.empty() && unit_key.substr(unit_key.rfind(' ') + 1) == subject.back()) --informative;
    if (informative < 2) return;
  }

  std::string key(to_string(f.kind));
  key += '|';
  key += unit;
  key += '|';
  key += subject_key;
  key += '|';
  for (size_t i = 0; i < sides.size(); ++i) {
    if (i) key += ',';
    key += names_[sides[i]].key;
  }
  auto [it, inserted] = by_key_.try_emplace(key, uint32_t(lines_.size()));
  if (inserted) {
    LedgerLine line;
    line.key = std::move(key);
    line.subject = display_subject;
    line.kind = f.kind;
    line.unit = f.unit;
    for (uint32_t s : sides) line.sides.push_back(names_[s].display);
    line.label = display_subject;
    if (!line.sides.empty()) {
      if (!line.label.empty()) line.label += ", ";
      line.label += join(line.sides, "\u2013");
    }
    // The unit, unless it is the counted noun the subject already ends with ("Kazakh citizens", citizens) or a
    // side names it ("3 Oscars": side Oscars).
    std::string unit_key = ledger_subject_key(unit);
    bool in_subject = f.kind == FigureKind::count && !unit_key.empty() && subject_key.size() >= unit_key.size() &&
                      subject_key.compare(subject_key.size() - unit_key.size(), unit_key.size(), unit_key) == 0;
    for (uint32_t s : sides) in_subject = in_subject || (f.kind == FigureKind::count && ledger_subject_key(names_[s].key) == unit_key);
    if (!unit.empty() && !in_subject) {
      line.label += ", ";
      line.label += unit;
    }
    lines_.push_back(std::move(line));
  }
  lines_[it->second].figures.push_back(figure);
  line_of_.back() = it->second;
  touched_.push_back(it->second);
}

int64_t LedgerIndex::find(std::string_view key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? -1 : int64_t(it->second);
}

size_t LedgerIndex::memory_bytes() const {
  size_t n = line_of_.capacity() * sizeof(uint32_t) + mark_.capacity() * sizeof(uint32_t);
  for (const auto& l : lines_) n += sizeof(l) + l.key.capacity() + l.label.capacity() + l.figures.capacity() * 4;
  for (const auto& nm : names_) n += sizeof(nm) + nm.key.capacity() + nm.display.capacity();
  return n + by_key_.size() * 48 + name_by_words_.size() * 48;
}

// ------------------------------------------------------------------------------------------- [rows]
size_t LedgerRows::find(uint32_t line) const {
  for (size_t r = 0; r < lines.size(); ++r)
    if (lines[r] == line) return r;
  return SIZE_MAX;
}

void LedgerIndex::rows_for(const Corpus& c, const std::vector<uint32_t>& figure_rows, LedgerRows& out) const {
  out.lines.clear();
  out.spans.clear();
  out.points.clear();
  out.stats.clear();
  // The figures the filter kept (a bit each) and their lines, in first-seen order.
  visible_.resize((line_of_.size() + 63) / 64, 0);
  mark_.resize(lines_.size(), 0);
  std::vector<uint32_t> lines;
  for (uint32_t f : figure_rows) {
    const int64_t l = line_of(f);
    if (l < 0) continue;
    visible_[f >> 6] |= uint64_t(1) << (f & 63);
    if (!mark_[size_t(l)]) {
      mark_[size_t(l)] = 1;
      lines.push_back(uint32_t(l));
    }
  }
  // Each line's kept figures in its stored (point) order.
  std::vector<Range> spans(lines.size());
  std::vector<LedgerPoint> points;
  for (size_t r = 0; r < lines.size(); ++r) {
    spans[r].begin = uint32_t(points.size());
    for (uint32_t f : lines_[lines[r]].figures)
      if (visible_[f >> 6] >> (f & 63) & 1) points.push_back(LedgerPoint{f, c.figures[f].value, day_of_[f]});
    spans[r].count = uint32_t(points.size()) - spans[r].begin;
  }
  for (uint32_t f : figure_rows)  // leave the scratch clean for the next call
    if (f < line_of_.size()) visible_[f >> 6] = 0;
  for (uint32_t l : lines) mark_[l] = 0;
  std::vector<LedgerStats> stats(lines.size());
  for (size_t r = 0; r < lines.size(); ++r) stats[r] = stats_of(c, points.data() + spans[r].begin, spans[r].count);
  std::vector<uint32_t> order(lines.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    if (stats[x].values != stats[y].values) return stats[x].values > stats[y].values;
    if (stats[x].spread != stats[y].spread) return stats[x].spread > stats[y].spread;
    return lines_[lines[x]].label < lines_[lines[y]].label;
  });
  out.points.reserve(points.size());
  for (uint32_t r : order) {
    out.lines.push_back(lines[r]);
    out.spans.push_back(Range{uint32_t(out.points.size()), spans[r].count});
    out.points.insert(out.points.end(), points.begin() + spans[r].begin, points.begin() + spans[r].end());
    out.stats.push_back(stats[r]);
  }
}

LedgerStats LedgerIndex::stats_of(const Corpus& c, LedgerPoint* p, size_t n) const {
  LedgerStats s;
  s.values = uint32_t(n);
  if (!n) return s;
  // Distinct articles: a stamp per article instead of a sort.
  article_stamp_.resize(c.articles.size(), 0);
  if (++stamp_ == 0) {
    std::fill(article_stamp_.begin(), article_stamp_.end(), 0);
    stamp_ = 1;
  }
  values_.resize(n);
  s.min = s.max = p[0].value;
  for (size_t i = 0; i < n; ++i) {
    values_[i] = p[i].value;
    s.min = std::min(s.min, p[i].value);
    s.max = std::max(s.max, p[i].value);
    s.dated += p[i].day != kNoDay;
    uint32_t& st = article_stamp_[c.figures[p[i].figure].article];
    if (st != stamp_) {
      st = stamp_;
      ++s.articles;
    }
  }
  auto mid = values_.begin() + long(n / 2);
  std::nth_element(values_.begin(), mid, values_.end());
  s.median = *mid;
  if (n % 2 == 0) s.median = (*std::max_element(values_.begin(), mid) + s.median) / 2;
  const double scale = std::fabs(s.median) > 0 ? std::fabs(s.median) : std::max(std::fabs(s.min), std::fabs(s.max));
  if (s.max > s.min) s.spread = (s.max - s.min) / scale;
  s.disagree = disagree(c, p, s.dated);
  return s;
}

// Dated points come first, by day. A window of kDisagreeDays slides over them; each point is compared with the
// window's smallest and largest value (monotonic deques): if it differs from neither, it differs from no point of
// the window (for values of one sign), so this finds every disagreeing pair's newer point in O(n). When an extreme
// shares the point's article, the point's pairs in the window are compared one by one (rare: one article reporting
// two values of a line). Both points of a disagreeing pair are marked (LedgerPoint::conflict).
bool LedgerIndex::disagree(const Corpus& c, LedgerPoint* p, size_t dated) {
  std::vector<size_t> lo, hi;  // indices, values increasing in lo (front = min) and decreasing in hi (front = max)
  size_t lo_head = 0, hi_head = 0, first = 0;
  bool any = false;
  auto article = [&](size_t i) { return c.figures[p[i].figure].article; };
  auto check = [&](size_t i, size_t j) {
    if (article(i) == article(j)) return false;
    const double big = std::max(std::fabs(p[i].value), std::fabs(p[j].value));
    if (std::fabs(p[i].value - p[j].value) <= kDisagreeRatio * big) return false;
    p[i].conflict = p[j].conflict = any = true;
    return true;
  };
  for (size_t j = 0; j < dated; ++j) {
    while (p[j].day - p[first].day > kDisagreeDays) ++first;
    while (lo.size() > lo_head && lo[lo_head] < first) ++lo_head;
    while (hi.size() > hi_head && hi[hi_head] < first) ++hi_head;
    bool shared = false;
    for (size_t e : {lo.size() > lo_head ? lo[lo_head] : j, hi.size() > hi_head ? hi[hi_head] : j}) {
      if (e == j) continue;
      if (article(e) == article(j)) shared = true;
      else check(e, j);
    }
    if (shared)
      for (size_t i = first; i < j; ++i) check(i, j);
    while (lo.size() > lo_head && p[lo.back()].value >= p[j].value) lo.pop_back();
    lo.push_back(j);
    while (hi.size() > hi_head && p[hi.back()].value <= p[j].value) hi.pop_back();
    hi.push_back(j);
  }
  return any;
}

// ------------------------------------------------------------------------------------------- [stats]
LedgerStats ledger_stats(std::vector<LedgerPoint> points, const Corpus& c) {
  std::stable_sort(points.begin(), points.end(), [](const LedgerPoint& x, const LedgerPoint& y) {
    if ((x.day == kNoDay) != (y.day == kNoDay)) return y.day == kNoDay;
    return x.day < y.day;
  });
  LedgerIndex scratch;
  return scratch.stats_of(c, points.data(), points.size());
}

}  // namespace ae
