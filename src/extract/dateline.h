// dateline.h: the publication date from a dateline (issue 16, part 3). A news article often opens with a
// dateline: "ANKARA, May 10 (Xinhua) --", "LONDON, Feb. 1-2 (Reuters) -", "WASHINGTON, March 12, 2024 –", or a
// first paragraph that is only a date ("12 March 2024"). When the metadata gave no full date, the dateline's date
// becomes Article::published, with its evidence (ArticleRecord::published_evidence), so the date is a fact with
// provenance like every other.
//
// A dateline without a year takes the year of a coarse metadata date ("2024" or "2024-05", refined to the day) or
// of a /YYYY/ segment of the article's URL; with neither the article stays undated: a year is never guessed.
// Only the start of the first paragraph is looked at, up to the dash that ends a dateline, so a date in the body
// ("visited Nur-Sultan Feb. 1-2") is never taken for the publication date.
#pragma once

#include "core/article.h"
#include "extract/extract.h"

#include <optional>
#include <string>
#include <vector>

namespace ae::extract {

struct DatelineDate {
  std::string date;   // "YYYY-MM-DD"
  Evidence evidence;  // paragraph 0; sentence: the dateline; match: the date as written
  std::string rule;   // "dateline:month-day+year", "dateline:day-month+year", "dateline:month-day+year-from-published", …
};
// The dateline date of `a` (its paragraphs, published and url are read), or nothing; `why` then says why a
// dateline date was not used (no year anywhere, an impossible date), or stays empty when there is no dateline date.
std::optional<DatelineDate> find_dateline(const ArticleRecord& a, std::string* why = nullptr);

// The pass: when `a.published` is not a full date, fills it and its evidence from the dateline; explains it
// (kind "date", id "published") when `explain` is given, also when a dateline was found but left undated.
void dateline_pass(ArticleRecord& a, std::vector<Explanation>* explain);

}  // namespace ae::extract
