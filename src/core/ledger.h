// ledger.h: the figure ledger (issue 16, part 4). Figures that report the same quantity are one line of the
// ledger, e.g. "bilateral trade, Kazakhstan–United States, USD", lined up across articles and dates.
//
// A line's key is the figure's kind and unit, its normalised subject and its sides:
// - sides: the countries and organisations named in the figure's sentence (and subject). The names are the
//   corpus's own: every agreement party and person affiliation (what core/organisations.h indexes), plus a few
//   common short forms ("U.S.", "US", "UK", "EU", "UN"). A name matches whole words, folded, with its first and
//   last words capitalised in the sentence; a name of three letters or fewer must be written in capitals ("US",
//   never "us"). When the article's text is not attached (a stripped corpus), only the subject is looked at.
// - subject: folded, punctuation as spaces, without leading determiners ("the", "a", "its"…), without the side
//   names it contains ("U.S. foreign direct investment" -> "foreign direct investment" + side United States),
//   without a possessive "'s", and its last word singular ("investments" -> "investment").
// A figure with no subject is not in the ledger, nor one whose quantity names nobody: without sides, its subject
// must have two words besides the counted noun ("103 people" or a "rise" in % alone line up unrelated figures).
//
// Each point is a figure with its article's publication date (Article::published; undated points are kept and
// counted). A line's stats give the spread ((max - min) / |median|) and whether its sources disagree: two
// values from different articles dated within kDisagreeDays of each other that differ by more than
// kDisagreeRatio of the larger.
//
// Built once per corpus and extended as shards arrive (never per frame); the lines for a filter are derived
// from the Figures panel's filtered rows (rows_for), so every query filter (topic, text, kind, organisation,
// dates, article) applies to the ledger as it does to the figures.
#pragma once

#include "core/corpus.h"
#include "core/dates.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

inline constexpr int32_t kDisagreeDays = 31;
inline constexpr double kDisagreeRatio = 0.05;

// The normalised words of a subject, side names not removed ("The bilateral trades" -> "bilateral trade").
std::string ledger_subject_key(std::string_view subject);

struct LedgerLine {
  std::string key;                 // kind|unit|subject|side keys: what groups the figures
  std::string label;               // "bilateral trade, Kazakhstan–United States, USD"
  std::string subject;             // the normalised subject ("bilateral trade"); may be empty when sides name it
  std::vector<std::string> sides;  // display names, in key order
  FigureKind kind = FigureKind::count;
  Str unit;
  std::vector<uint32_t> figures;   // indices into Corpus::figures: dated by day, then undated (corpus order within)
};

struct LedgerPoint {
  uint32_t figure = 0;
  double value = 0;
  int32_t day = kNoDay;  // the article's publication day (core/dates.h), kNoDay when undated
  bool conflict = false;  // disagrees with another article's value of the line within kDisagreeDays
};

struct LedgerStats {
  uint32_t values = 0, dated = 0, articles = 0;
  double min = 0, max = 0, median = 0;
  double spread = 0;      // (max - min) / |median| (/ the largest |value| when the median is 0); 0 for one value
  bool disagree = false;  // see the header comment
};
// The stats of any points (in any order).
LedgerStats ledger_stats(std::vector<LedgerPoint> points, const Corpus& c);

// The ledger lines for a filtered list of figure rows (what the Figures panel shows): each line with at least
// one figure in the rows, with the points the filter kept (dated points by date, then undated in corpus order)
// and their stats. Order: most values first, then the larger spread, then the label.
struct LedgerRows {
  std::vector<uint32_t> lines;
  std::vector<Range> spans;          // per row: its points in `points`
  std::vector<LedgerPoint> points;
  std::vector<LedgerStats> stats;    // per row
  size_t find(uint32_t line) const;  // the row of `line`, or SIZE_MAX
};

class LedgerIndex {
 public:
  void build(const Corpus& c);
  // Adds the figures (and the articles' names) appended since the last build()/extend(); builds from scratch
  // when `c` is another corpus or has shrunk.
  void extend(const Corpus& c);
  void clear();

  size_t size() const { return lines_.size(); }
  size_t indexed() const { return line_of_.size(); }  // figures looked at so far
  const LedgerLine& line(uint32_t l) const { return lines_[l]; }
  int64_t line_of(uint32_t figure) const {
    return figure < line_of_.size() && line_of_[figure] != kNone ? int64_t(line_of_[figure]) : -1;
  }
  int64_t find(std::string_view key) const;  // the line with this key, or -1

  void rows_for(const Corpus& c, const std::vector<uint32_t>& figure_rows, LedgerRows& out) const;
  size_t memory_bytes() const;

  // The side names found in `text` (display names, deduplicated, in key order): what a figure's sentence names.
  std::vector<std::string> sides_in(std::string_view text) const;
  // The stats of `n` points in point order (dated by day first, then undated).
  // Marks the points that disagree (LedgerPoint::conflict).
  LedgerStats stats_of(const Corpus& c, LedgerPoint* points, size_t n) const;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Name {
    std::string key;      // canonical key ("united states")
    std::string display;  // "United States"
  };
  struct Match {
    size_t word_begin, word_end;  // [begin, end) in the words
    uint32_t name;
  };
  struct Word {
    std::string folded;
    std::string_view raw;  // as written (into the text words_of() was given)
    bool capitalised = false, capitals = false;
  };
  void add_name(std::string_view text);
  void add_figure(const Corpus& c, uint32_t figure);
  static void words_of(std::string_view text, std::vector<Word>& out);
  void matches(const std::vector<Word>& words, std::vector<Match>& out) const;
  static bool disagree(const Corpus& c, LedgerPoint* points, size_t dated);

  const Corpus* corpus_ = nullptr;
  size_t articles_ = 0;
  std::vector<LedgerLine> lines_;
  std::vector<uint32_t> line_of_;  // per figure
  StringMap<uint32_t> by_key_;
  std::vector<Name> names_;
  StringMap<uint32_t> name_by_words_;  // folded words joined by ' ' -> name (aliases included)
  size_t max_name_words_ = 1;
  std::vector<int32_t> day_of_;    // per figure: its article's publication day, or kNoDay
  std::vector<uint32_t> touched_;  // lines that grew during extend(), re-sorted at its end
  // Scratch for rows_for, cleared after use (so a call costs what the rows cost, not the corpus).
  mutable std::vector<uint32_t> mark_;       // per line: seen
  mutable std::vector<uint64_t> visible_;    // per figure: kept by the filter
  mutable std::vector<uint32_t> article_stamp_;
  mutable uint32_t stamp_ = 0;
  mutable std::vector<double> values_;
};

}  // namespace ae
