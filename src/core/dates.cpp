// dates.cpp: see dates.h. Day numbers use the proleptic Gregorian calendar (days_from_civil / civil_from_days,
// the well-known era-based conversion).
#include "core/dates.h"

#include <algorithm>
#include <cstdio>

namespace ae {
namespace {

int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = unsigned(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + int(doe) - 719468;
}

void civil_from_days(int32_t z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = unsigned(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = int(yoe) + era * 400 + (m <= 2);
}

unsigned days_in_month(int y, unsigned m) {
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

bool digits(std::string_view s, size_t at, size_t n, int& out) {
  if (s.size() < at + n) return false;
  out = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// Parses "YYYY[-MM[-DD]]" at the start of s; `parts` is how many were present (0 = not a date).
int parse(std::string_view s, int& y, int& m, int& d) {
  auto digit = [&](size_t i) { return s[i] >= '0' && s[i] <= '9'; };
  if (!digits(s, 0, 4, y) || y < 1000) return 0;
  if (s.size() == 4) return 1;
  if (s[4] != '-') return digit(4) ? 0 : 1;
  if (!digits(s, 5, 2, m) || m < 1 || m > 12) return 0;
  if (s.size() == 7) return 2;
  if (s[7] != '-') return digit(7) ? 0 : 2;
  if (!digits(s, 8, 2, d) || d < 1 || unsigned(d) > days_in_month(y, unsigned(m))) return 0;
  if (s.size() > 10 && digit(10)) return 0;  // "2005-02-145"
  return 3;
}

}  // namespace

int32_t day_number(std::string_view iso, bool last_day) {
  int y = 0, m = 1, d = 1;
  const int parts = parse(iso, y, m, d);
  if (parts == 0) return kNoDay;
  if (parts == 1) {
    m = last_day ? 12 : 1;
    d = last_day ? 31 : 1;
  } else if (parts == 2) {
    d = last_day ? int(days_in_month(y, unsigned(m))) : 1;
  }
  return days_from_civil(y, unsigned(m), unsigned(d));
}

bool is_date_bound(std::string_view s) {
  int y = 0, m = 0, d = 0;
  const int parts = parse(s, y, m, d);
  return parts > 0 && s.size() == (parts == 1 ? 4u : parts == 2 ? 7u : 10u);
}

std::string day_string(int32_t day) {
  int y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(day, y, m, d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

DayRange day_range(std::string_view from, std::string_view to) {
  DayRange r;
  if (!from.empty()) r.first = day_number(from, false);
  if (!to.empty()) r.last = day_number(to, true);
  return r;
}

// ------------------------------------------------------------------------------------------- [timeline]
static int month_index(int32_t day) {  // months since year 0
  int y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(day, y, m, d);
  return y * 12 + int(m) - 1;
}
static int year_of(int32_t day) { return month_index(day) / 12; }

size_t Timeline::bucket_of(int32_t day) const {
  if (counts.empty() || day == kNoDay) return 0;
  long b = 0;
  switch (unit) {
    case Unit::year: b = year_of(day) - year_of(first_day); break;
    case Unit::month: b = month_index(day) - month_index(first_day); break;
    case Unit::day: b = long(day) - long(first_day); break;
  }
  return size_t(std::clamp<long>(b, 0, long(counts.size()) - 1));
}

static std::string bucket_label(const Timeline& t, size_t b) {
  char buf[16];
  switch (t.unit) {
    case Timeline::Unit::year: std::snprintf(buf, sizeof buf, "%04d", year_of(t.first_day) + int(b)); break;
    case Timeline::Unit::month: {
      const int mi = month_index(t.first_day) + int(b);
      std::snprintf(buf, sizeof buf, "%04d-%02d", mi / 12, mi % 12 + 1);
      break;
    }
    case Timeline::Unit::day: return day_string(t.first_day + int32_t(b));
  }
  return buf;
}
std::string Timeline::bucket_from(size_t b) const { return bucket_label(*this, b); }
std::string Timeline::bucket_to(size_t b) const { return bucket_label(*this, b); }

std::string_view Timeline::unit_name() const {
  return unit == Unit::year ? "year" : unit == Unit::month ? "month" : "day";
}

Timeline build_timeline(const Corpus& c) {
  Timeline t;
  std::vector<int32_t> days;
  days.reserve(c.articles.size());
  for (const Article& a : c.articles) {
    const int32_t d = a.published.len ? day_number(c.str(a.published)) : kNoDay;
    if (d == kNoDay) {
      ++t.undated;
      continue;
    }
    days.push_back(d);
    t.first_day = t.first_day == kNoDay ? d : std::min(t.first_day, d);
    t.last_day = t.last_day == kNoDay ? d : std::max(t.last_day, d);
  }
  t.dated = uint32_t(days.size());
  if (days.empty()) return t;
  size_t n = size_t(t.last_day - t.first_day) + 1;
  t.unit = Timeline::Unit::day;
  if (n > Timeline::kMaxBuckets) {
    t.unit = Timeline::Unit::month;
    n = size_t(month_index(t.last_day) - month_index(t.first_day)) + 1;
  }
  if (n > Timeline::kMaxBuckets) {
    t.unit = Timeline::Unit::year;
    n = size_t(year_of(t.last_day) - year_of(t.first_day)) + 1;
  }
  t.counts.assign(n, 0);
  for (int32_t d : days) ++t.counts[t.bucket_of(d)];
  return t;
}

}  // namespace ae
