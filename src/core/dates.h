// dates.h: publication dates (issue 16): day numbers for ISO 8601 dates, inclusive date ranges as a link and a
// filter carry them, and the timeline histogram of a corpus's articles. Plain C++20.
//
// Article::published is ISO 8601 ("2005-02-14", "2005-02-14T10:30:00Z", or a coarser "2005-02" / "2005"); only
// the date part counts. A range side is "YYYY", "YYYY-MM" or "YYYY-MM-DD": a coarse start means its first day,
// a coarse end its last day, so "2004..2005-06" is 1 Jan 2004 to 30 June 2005 inclusive.
#pragma once

#include "core/corpus.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

inline constexpr int32_t kNoDay = INT32_MIN;

// Days since 1970-01-01 of the date at the start of `iso` ("YYYY-MM-DD…"), or kNoDay when it does not start
// with a valid calendar date. A coarse date ("YYYY-MM", "YYYY") is its first day when `last_day` is false, its
// last day when true.
int32_t day_number(std::string_view iso, bool last_day = false);
// True when `s` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a valid date; years 1000-9999).
bool is_date_bound(std::string_view s);
// "YYYY-MM-DD" of a day number.
std::string day_string(int32_t day);

// An inclusive range of days; either side may be open (kNoDay).
struct DayRange {
  int32_t first = kNoDay, last = kNoDay;
  bool active() const { return first != kNoDay || last != kNoDay; }
  bool contains(int32_t day) const {
    return day != kNoDay && (first == kNoDay || day >= first) && (last == kNoDay || day <= last);
  }
};
// The range of two bounds as a Query carries them ("" = open side).
DayRange day_range(std::string_view from, std::string_view to);

// Articles per time bucket, for the sidebar's timeline. The bucket is a year, a month or a day, the finest that
// keeps the corpus's span within kMaxBuckets.
struct Timeline {
  static constexpr size_t kMaxBuckets = 120;
  enum class Unit : uint8_t { year, month, day } unit = Unit::month;
  int32_t first_day = kNoDay, last_day = kNoDay;  // of the dated articles
  std::vector<uint32_t> counts;                    // per bucket, from the first dated article's bucket
  uint32_t dated = 0, undated = 0;
  // The bucket holding `day`, clamped to the buckets.
  size_t bucket_of(int32_t day) const;
  // The bucket's bounds as range sides ("2005", "2005-02", "2005-02-14"): what a drag over buckets sets.
  std::string bucket_from(size_t b) const;
  std::string bucket_to(size_t b) const;
  std::string_view unit_name() const;  // "year" | "month" | "day"
};
Timeline build_timeline(const Corpus& c);

}  // namespace ae
