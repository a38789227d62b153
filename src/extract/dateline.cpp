// dateline.cpp: see dateline.h.
#include "extract/dateline.h"

#include "core/dates.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace ae::extract {
namespace {

constexpr size_t kMaxDateline = 120;  // bytes: a dateline is a place, a date and an agency, never a sentence
constexpr size_t kMaxDateParagraph = 48;  // a first paragraph that is only a date ("Updated 12 March 2024")

struct Tok {
  size_t begin, end;
  enum Kind : uint8_t { word, number, dash, comma, dot, other } kind;
};

std::vector<Tok> tokens(std::string_view s) {
  std::vector<Tok> out;
  auto alpha = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; };
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0)) {
      i += c == ' ' || c == '\t' ? 1 : 2;
      continue;
    }
    if (c == 0xE2 && s.substr(i, 3) >= "\u2010" && s.substr(i, 3) <= "\u2015") {  // hyphens and dashes
      out.push_back({i, i + 3, Tok::dash});
      i += 3;
      continue;
    }
    size_t j = i + 1;
    Tok::Kind k = Tok::other;
    if (c >= '0' && c <= '9') {
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
      k = Tok::number;
    } else if (alpha(c)) {
      while (j < s.size() && alpha(static_cast<unsigned char>(s[j])) && !(static_cast<unsigned char>(s[j]) == 0xE2)) ++j;
      k = Tok::word;
    } else if (c == '-') {
      k = Tok::dash;
    } else if (c == ',') {
      k = Tok::comma;
    } else if (c == '.') {
      k = Tok::dot;
    }
    out.push_back({i, j, k});
    i = j;
  }
  return out;
}

// January = 1 …; abbreviations with or without their dot ("Feb.", "Sept"); 0 for any other word.
int month_of(std::string_view w) {
  std::string l;
  for (char c : w) l += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  static constexpr std::string_view kFull[] = {"january", "february", "march",     "april",   "may",      "june",
                                               "july",    "august",   "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (l == kFull[m]) return m + 1;
    if (m != 4 && l == kFull[m].substr(0, 3)) return m + 1;
  }
  return l == "sept" ? 9 : 0;
}

int number(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

// Where a dateline ends: the first dash set off by spaces (" - ", " – ", " — ") or a "--", within kMaxDateline.
size_t dateline_end(std::string_view p) {
  const std::string_view head = p.substr(0, std::min(p.size(), kMaxDateline));
  size_t best = std::string_view::npos;
  for (std::string_view sep : {std::string_view(" - "), std::string_view("--"), std::string_view(" \u2013"),
                               std::string_view(" \u2014"), std::string_view("\u2014")}) {
    const size_t at = head.find(sep);
    if (at != std::string_view::npos) best = std::min(best, at);
  }
  return best;
}

struct Found {
  int year = 0, month = 0, day = 0;
  size_t begin = 0, end = 0;  // bytes of the date as written
  bool day_first = false;
};

// The first "Month D[-D][,] [YYYY]", "D Month [YYYY]" or "YYYY-MM-DD" in `s`.
std::optional<Found> find_date(std::string_view s) {
  const std::vector<Tok> t = tokens(s);
  auto text = [&](size_t i) { return s.substr(t[i].begin, t[i].end - t[i].begin); };
  auto is = [&](size_t i, Tok::Kind k) { return i < t.size() && t[i].kind == k; };
  auto year_at = [&](size_t i) {
    const int y = is(i, Tok::number) && text(i).size() == 4 ? number(text(i)) : -1;
    return y >= 1000 ? y : 0;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    // ISO: 2024-03-12
    if (year_at(i) && is(i + 1, Tok::dash) && is(i + 2, Tok::number) && is(i + 3, Tok::dash) && is(i + 4, Tok::number) &&
        text(i + 1) == "-" && text(i + 3) == "-")
      return Found{year_at(i), number(text(i + 2)), number(text(i + 4)), t[i].begin, t[i + 4].end, false};
    if (!is(i, Tok::word)) continue;
    const int month = month_of(text(i));
    if (!month) continue;
    size_t k = i + 1;
    if (is(k, Tok::dot)) ++k;  // "Feb."
    // Month D[-D][,] [YYYY]
    if (is(k, Tok::number) && text(k).size() <= 2) {
      Found f{0, month, number(text(k)), t[i].begin, t[k].end, false};
      size_t e = k + 1;
      if (is(e, Tok::dash) && is(e + 1, Tok::number) && text(e + 1).size() <= 2) {  // a range: its first day
        f.end = t[e + 1].end;
        e += 2;
      }
      size_t y = is(e, Tok::comma) ? e + 1 : e;
      if (year_at(y)) {
        f.year = year_at(y);
        f.end = t[y].end;
      }
      return f;
    }
    // D Month [YYYY]
    if (i > 0 && is(i - 1, Tok::number) && text(i - 1).size() <= 2) {
      Found f{0, month, number(text(i - 1)), t[i - 1].begin, t[k - 1].end, true};
      size_t y = is(k, Tok::comma) ? k + 1 : k;
      if (year_at(y)) {
        f.year = year_at(y);
        f.end = t[y].end;
      }
      return f;
    }
  }
  return std::nullopt;
}

// A dateline is a place, a date and an agency: capitalised words, numbers and punctuation. A lowercase word of
// more than three letters ("said", "visited") means a sentence, not a dateline.
bool looks_like_dateline(std::string_view s) {
  if (s.empty()) return false;
  const unsigned char first = static_cast<unsigned char>(s[0]);
  if (!((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first >= 0x80)) return false;
  const std::vector<Tok> t = tokens(s);
  for (const Tok& k : t) {
    if (k.kind != Tok::word || k.end - k.begin <= 3) continue;
    const std::string_view w = s.substr(k.begin, k.end - k.begin);
    if (w[0] >= 'a' && w[0] <= 'z' && !month_of(w)) return false;
  }
  return true;
}

// The year a dateline without one may take: a coarse metadata date's ("2024", "2024-05"), else a /YYYY/ segment
// of the URL. 0 when neither says.
int metadata_year(const ArticleRecord& a, std::string* from) {
  if (a.published.size() >= 4 && is_date_bound(a.published.substr(0, std::min<size_t>(a.published.size(), 7)))) {
    *from = "published";
    return number(std::string_view(a.published).substr(0, 4));
  }
  const std::string_view u = a.url;
  for (size_t i = u.find('/'); i != std::string_view::npos; i = u.find('/', i + 1)) {
    if (i + 5 >= u.size() || u[i + 5] != '/') continue;
    const std::string_view y = u.substr(i + 1, 4);
    if (!std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    const int year = number(y);
    if (year >= 1900 && year <= 2100) {
      *from = "url";
      return year;
    }
  }
  return 0;
}

}  // namespace

std::optional<DatelineDate> find_dateline(const ArticleRecord& a, std::string* why) {
  if (why) why->clear();
  if (a.paragraphs.empty()) return std::nullopt;
  const std::string_view p = a.paragraphs[0];
  size_t end = dateline_end(p);
  if (end == std::string_view::npos) {
    if (p.size() > kMaxDateParagraph) return std::nullopt;
    end = p.size();  // a first paragraph that is only a date
  }
  std::string_view region = p.substr(0, end);
  while (!region.empty() && (region.back() == ' ' || region.back() == ',')) region.remove_suffix(1);
  if (!looks_like_dateline(region)) return std::nullopt;
  const std::optional<Found> f = find_date(region);
  if (!f) return std::nullopt;
  const std::string_view written = region.substr(f->begin, f->end - f->begin);
  DatelineDate d;
  d.rule = f->day_first ? "dateline:day-month" : "dateline:month-day";
  int year = f->year;
  if (year) {
    d.rule += "+year";
  } else {
    std::string from;
    year = metadata_year(a, &from);
    if (!year) {
      if (why)
        *why = "the dateline's date '" + std::string(written) +
               "' has no year and no metadata gives one (published, URL): left undated";
      return std::nullopt;
    }
    d.rule += "+year-from-" + from;
  }
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, f->month, f->day);
  if (day_number(iso) == kNoDay || f->day < 1) {
    if (why) *why = "the dateline's date '" + std::string(written) + "' is no calendar date: left undated";
    return std::nullopt;
  }
  d.date = iso;
  d.evidence = Evidence{0, {0, uint32_t(region.size())}, {uint32_t(f->begin), uint32_t(f->end)}};
  return d;
}

void dateline_pass(ArticleRecord& a, std::vector<Explanation>* explain) {
  // Metadata gave a date (in any form, as found): it wins, unless it is only a year or a month ("2024", "2024-05").
  if (!a.published.empty() && !(is_date_bound(a.published) && a.published.size() < 10)) return;
  std::string why;
  const std::optional<DatelineDate> d = find_dateline(a, &why);
  if (d) {
    a.published = d->date;
    a.published_evidence = d->evidence;
  }
  if (explain && (d || !why.empty())) {
    Explanation e;
    e.kind = "date";
    e.id = "published";
    e.rule = d ? d->rule : "dateline:undated";
    if (!d) e.notes.push_back(why);
    explain->push_back(std::move(e));
  }
}

}  // namespace ae::extract
