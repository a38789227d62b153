// dates_test.cpp: day numbers of ISO dates (coarse dates as first or last day), range bounds, the timeline's
// bucket unit and counts, the query's date range (undated articles excluded), and dates=… in links.
#include "core/dates.h"
#include "core/query.h"
#include "core/view_link.h"

#include <gtest/gtest.h>

namespace ae {
namespace {

TEST(Dates, DayNumbersOfIsoDates) {
  EXPECT_EQ(day_number("1970-01-01"), 0);
  EXPECT_EQ(day_number("1970-01-02T10:00:00Z"), 1);
  EXPECT_EQ(day_number("2000-03-01") - day_number("2000-02-28"), 2);  // 2000 is a leap year
  EXPECT_EQ(day_number("1900-03-01") - day_number("1900-02-28"), 1);  // 1900 is not
  EXPECT_EQ(day_number("2005"), day_number("2005-01-01"));
  EXPECT_EQ(day_number("2005", true), day_number("2005-12-31"));
  EXPECT_EQ(day_number("2004-02", true), day_number("2004-02-29"));
  EXPECT_EQ(day_number("2005-02-29"), kNoDay);
  EXPECT_EQ(day_number("2005-13-01"), kNoDay);
  EXPECT_EQ(day_number("05-02-01"), kNoDay);
  EXPECT_EQ(day_number("20050"), kNoDay);
  EXPECT_EQ(day_number(""), kNoDay);
  EXPECT_EQ(day_string(day_number("2024-12-07")), "2024-12-07");
  EXPECT_TRUE(is_date_bound("2005"));
  EXPECT_TRUE(is_date_bound("2005-02"));
  EXPECT_TRUE(is_date_bound("2005-02-14"));
  EXPECT_FALSE(is_date_bound("2005-02-14T10:00"));
  EXPECT_FALSE(is_date_bound("2005-2"));
  EXPECT_FALSE(is_date_bound("yesterday"));
}

TEST(Dates, RangesAreInclusiveAndMayBeOpen) {
  const DayRange r = day_range("2004", "2005-06");
  EXPECT_TRUE(r.contains(day_number("2004-01-01")));
  EXPECT_TRUE(r.contains(day_number("2005-06-30")));
  EXPECT_FALSE(r.contains(day_number("2005-07-01")));
  EXPECT_FALSE(r.contains(kNoDay));
  const DayRange open = day_range("2005-03", "");
  EXPECT_TRUE(open.contains(day_number("2099-01-01")));
  EXPECT_FALSE(open.contains(day_number("2005-02-28")));
  EXPECT_FALSE(day_range("", "").active());
}

ArticleRecord dated(int n, std::string published) {
  ArticleRecord a;
  a.id = "a-" + std::string(15, '0') + std::to_string(n);
  a.title = "Dated article " + std::to_string(n);
  a.published = std::move(published);
  a.paragraphs = {"Ilse Harrow spoke."};
  PersonRecord p;
  p.id = "p-ilse-harrow";
  p.name = "Ilse Harrow";
  p.mentions = {Evidence{0, {0, 18}, {0, 11}}};
  a.people = {p};
  return a;
}

TEST(Dates, TimelinePicksTheFinestUnitWithinTheBucketLimit) {
  Corpus c;
  c.add(dated(1, "2005-02-14"));
  c.add(dated(2, "2005-02-20"));
  c.add(dated(3, ""));
  c.add(dated(4, "2005-03-01T08:00:00Z"));
  Timeline t = build_timeline(c);
  EXPECT_EQ(t.unit, Timeline::Unit::day);
  EXPECT_EQ(t.counts.size(), 16u);  // 14 Feb .. 1 Mar
  EXPECT_EQ(t.dated, 3u);
  EXPECT_EQ(t.undated, 1u);
  EXPECT_EQ(t.counts.front(), 1u);
  EXPECT_EQ(t.counts.back(), 1u);
  EXPECT_EQ(t.bucket_from(0), "2005-02-14");
  c.add(dated(5, "2009-11-30"));
  t = build_timeline(c);
  EXPECT_EQ(t.unit, Timeline::Unit::month);
  EXPECT_EQ(t.counts.size(), 58u);  // Feb 2005 .. Nov 2009
  EXPECT_EQ(t.counts[0], 2u);
  EXPECT_EQ(t.counts[1], 1u);
  EXPECT_EQ(t.bucket_from(57), "2009-11");
  EXPECT_EQ(t.bucket_of(day_number("2009-11-30")), 57u);
  c.add(dated(6, "1990-05-05"));
  t = build_timeline(c);
  EXPECT_EQ(t.unit, Timeline::Unit::year);
  EXPECT_EQ(t.counts.size(), 20u);
  EXPECT_EQ(t.bucket_to(19), "2009");
}

TEST(Dates, QueryDateRangeKeepsItemsOfArticlesInRange) {
  Corpus c;
  c.add(dated(1, "2005-02-14"));
  c.add(dated(2, "2005-06-20"));
  c.add(dated(3, ""));
  c.add(dated(4, "2006-01-01"));
  QueryEngine e;
  e.attach(c);
  std::vector<uint32_t> rows;
  Query q;
  q.date_from = "2005";
  q.date_to = "2005";
  e.filter(ItemKind::person, q, Sort{}, rows);
  EXPECT_EQ(rows, (std::vector<uint32_t>{0, 1}));
  q.date_from = "2005-03";
  q.date_to = "";
  e.filter(ItemKind::person, q, Sort{}, rows);
  EXPECT_EQ(rows, (std::vector<uint32_t>{1, 3})) << "undated articles never match a range";
  EXPECT_EQ(e.count(ItemKind::person, q), 2u);
  EXPECT_FALSE(q.empty());
  // Appended articles (a shard) get their dates too.
  c.add(dated(5, "2007-07-07"));
  e.extend(c);
  e.filter(ItemKind::person, q, Sort{}, rows);
  EXPECT_EQ(rows, (std::vector<uint32_t>{1, 3, 4}));
}

TEST(Dates, LinksCarryTheRangeAndNameAMalformedOne) {
  View v;
  v.date_from = "2004-11";
  v.date_to = "2005";
  EXPECT_EQ(encode_view(v), "#v=1&panel=people&dates=2004-11..2005");
  DecodedView d = decode_view(encode_view(v));
  EXPECT_TRUE(d.ignored.empty());
  EXPECT_EQ(d.view, v);
  d = decode_view("#v=1&dates=..2005-06-30");
  EXPECT_EQ(d.view.date_from, "");
  EXPECT_EQ(d.view.date_to, "2005-06-30");
  for (const char* bad : {"#v=1&dates=2005-13..", "#v=1&dates=..", "#v=1&dates=2006..2005", "#v=1&dates=last-week"}) {
    d = decode_view(bad);
    EXPECT_EQ(d.view.date_from, "") << bad;
    ASSERT_EQ(d.ignored.size(), 1u) << bad;
    EXPECT_NE(d.ignored[0].find("malformed dates"), std::string::npos) << bad;
  }
  Corpus c;
  c.add(dated(1, "2005-02-14"));
  std::vector<std::string> ignored;
  const ResolvedView r = resolve_view(c, v, ignored);
  EXPECT_EQ(r.query.date_from, "2004-11");
  EXPECT_EQ(describe_view(c, r), v);
}

}  // namespace
}  // namespace ae
