// persons.h: people across the corpus (issue 16). The extractor gives one person row per article (a later
// "Mr Blair" or "Blair" inside that article already belongs to the full name given there); this index groups
// those rows into one entry per person in the whole corpus, for the People panel's "by person" view.
//
// Merging rule: two rows are the same person when their names have the same key: folded (case, diacritics,
// typographic forms: core/text.h), hyphens, dots and commas as spaces, spaces collapsed. So "Kassym-Jomart
// Tokayev", "KASSYM JOMART TOKAYEV" and "Kassym–Jomart Tokáyev" meet, and "George W. Bush" meets "George W
// Bush". Nothing else is merged: two different full names that share a surname stay two people, and a
// surname-only row from an article that never gave the full name stays its own entry (guessing which
// "Brown" it is would merge different people, which is worse than a second row).
//
// Built once when a corpus is loaded and extended as shards arrive (never per frame); the by-person rows for
// a filter are derived from the per-article rows the query engine already produced (rows_for()).
#pragma once

#include "core/corpus.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

// The merging key of a person's name (see above). "" for a name with no letters or digits.
std::string person_key(std::string_view name);

struct PersonGroup {
  Str name;                       // the display name: the first full form seen
  std::vector<uint32_t> members;  // indices into Corpus::people, in corpus order (one per article mostly)
  uint32_t articles = 0;          // distinct articles
  uint32_t mentions = 0;          // sum of the members' mentions
  Str first_date, last_date;      // earliest / latest Article::published among the members ("" when none)
};

class PersonIndex {
 public:
  // Groups every person of `c` (from scratch).
  void build(const Corpus& c);
  // Groups only the people appended since the last build()/extend() (a corpus loaded in shards); builds from
  // scratch when `c` is another corpus or has shrunk.
  void extend(const Corpus& c);
  void clear();

  size_t size() const { return groups_.size(); }
  size_t indexed() const { return group_of_.size(); }  // people grouped so far
  const PersonGroup& group(uint32_t g) const { return groups_[g]; }
  uint32_t group_of(uint32_t person) const { return group_of_[person]; }

  // The by-person rows for a filtered per-article row list: each group with at least one member in
  // `people_rows`, once. Order: most articles first, then most mentions, then name (folded), then first
  // appearance; or by name when `by_name` (descending flips either order). Ties (only possible between
  // nameless rows) keep corpus order.
  // `reps`, when given, gets for each row the group's first member in `people_rows` (what selecting the row
  // selects: a person row the filter kept).
  void rows_for(const Corpus& c, const std::vector<uint32_t>& people_rows, bool by_name, bool descending,
                std::vector<uint32_t>& out, std::vector<uint32_t>* reps = nullptr) const;

  // The roles and affiliations seen for group `g`, most recent article first (Article::published, ties and
  // undated articles by corpus order, later first), each distinct (role, affiliation) pair once; empty pairs
  // are skipped.
  struct RoleSeen {
    std::string_view role, affiliation;
    std::string_view date;  // the most recent article's date for this pair ("" when undated)
  };
  std::vector<RoleSeen> roles(const Corpus& c, uint32_t g) const;

  size_t memory_bytes() const;

 private:
  void add_person(const Corpus& c, uint32_t person);

  const Corpus* corpus_ = nullptr;
  std::vector<PersonGroup> groups_;
  std::vector<uint32_t> group_of_;   // per person
  StringMap<uint32_t> by_key_;       // key -> group
  mutable std::vector<uint32_t> seen_;  // scratch for rows_for: per group, 1 + its first member in the rows
  // Every group in the two row orders (rank and name), sorted once and reused until the index grows: a filter
  // that keeps many rows (one typed letter at 100k articles keeps hundreds of thousands) then walks this list
  // instead of folding and sorting the names it kept on every keystroke. Built lazily, by the first such
  // rows_for after a build or extend.
  struct Order {
    std::vector<uint32_t> groups;
    size_t built_for = 0;  // people grouped when sorted (0: never; a new member can change a group's rank)
  };
  mutable Order orders_[4];  // [by_name * 2 + descending]
  void sort_groups(const Corpus& c, std::vector<uint32_t>& groups, bool by_name, bool descending) const;
};

}  // namespace ae
