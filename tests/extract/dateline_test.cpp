// dateline_test.cpp: the publication date from a dateline (extract/dateline.h): the forms news agencies use, a
// range, a year from the dateline, from a coarse metadata date or from the URL, and no year at all (undated,
// never guessed); metadata wins; a date in the body is no dateline; the evidence and the explanation.
#include "extract/dateline.h"
#include "core/json.h"
#include "helpers.h"

#include <gtest/gtest.h>

namespace ae::extract {
namespace {

using test::match_text;
using test::run;

ArticleRecord with_front(std::string_view front, std::string_view body_text) {
  return run("---\n" + std::string(front) + "---\nTitle of the report\n\n" + std::string(body_text) + "\n");
}

TEST(Dateline, AgencyDatelineWithYearFromTheMetadata) {
  const ArticleRecord a = with_front("published: 2024\n", "ANKARA, May 10 (Xinhua) -- Turkey and Kazakhstan signed a deal.");
  EXPECT_EQ(a.published, "2024-05-10");
  ASSERT_TRUE(a.published_evidence);
  EXPECT_EQ(a.published_evidence->paragraph, 0u);
  EXPECT_EQ(match_text(a, *a.published_evidence), "May 10");
  const Span s = a.published_evidence->sentence;
  EXPECT_EQ(a.paragraphs[0].substr(s.begin, s.end - s.begin), "ANKARA, May 10 (Xinhua)");
  EXPECT_FALSE(validate_article(a).has_value()) << *validate_article(a);
}

TEST(Dateline, WithoutAYearFromAnywhereTheArticleStaysUndated) {
  const ArticleRecord a = run("Title of the report\n\nANKARA, May 10 (Xinhua) -- Turkey and Kazakhstan signed a deal.\n");
  EXPECT_EQ(a.published, "");
  EXPECT_FALSE(a.published_evidence);
  ExtractOptions o;
  o.explain = true;
  const ExtractResult r = extract("Title\n\nANKARA, May 10 (Xinhua) -- Turkey and Kazakhstan signed a deal.\n", o);
  ASSERT_FALSE(r.explain.empty());
  const Explanation& e = r.explain.front();
  EXPECT_EQ(e.kind, "date");
  EXPECT_EQ(e.rule, "dateline:undated");
  ASSERT_EQ(e.notes.size(), 1u);
  EXPECT_EQ(e.notes[0], "the dateline's date 'May 10' has no year and no metadata gives one (published, URL): left undated");
  EXPECT_NE(explain_text(r).find("rule: dateline:undated"), std::string::npos);
}

TEST(Dateline, ARangeGivesItsFirstDayAndTheYearMayComeFromTheUrl) {
  const ArticleRecord a = with_front("url: https://example.org/world/2020/02/pompeo-visit\n",
                                     "LONDON, Feb. 1-2 (Reuters) - The talks went on for two days.");
  EXPECT_EQ(a.published, "2020-02-01");
  ASSERT_TRUE(a.published_evidence);
  EXPECT_EQ(match_text(a, *a.published_evidence), "Feb. 1-2");
  ExtractOptions o;
  o.explain = true;
  o.url = "https://example.org/2020/x";
  const ExtractResult r = extract("Title\n\nLONDON, Feb. 1-2 (Reuters) - The talks went on.\n", o);
  ASSERT_FALSE(r.explain.empty());
  EXPECT_EQ(r.explain.front().rule, "dateline:month-day+year-from-url");
  EXPECT_EQ(r.article.published, "2020-02-01");
}

TEST(Dateline, FullDatesInTheDatelineOrAsTheFirstParagraph) {
  const ArticleRecord us = run("Title\n\nWASHINGTON, March 12, 2024 \u2013 The Senate voted on the bill.\n");
  EXPECT_EQ(us.published, "2024-03-12");
  EXPECT_EQ(match_text(us, *us.published_evidence), "March 12, 2024");
  const ArticleRecord uk = run("Title\n\n12 March 2024\n\nThe Senate voted on the bill on Tuesday evening.\n");
  EXPECT_EQ(uk.published, "2024-03-12");
  ASSERT_TRUE(uk.published_evidence);
  EXPECT_EQ(match_text(uk, *uk.published_evidence), "12 March 2024");
  const ArticleRecord iso = run("Title\n\nASTANA, 2023-05-12 \u2014 Kazakhstan and T\u00fcrkiye signed an agreement.\n");
  EXPECT_EQ(iso.published, "2023-05-12");
  const ArticleRecord sept = run("Title\n\nGENEVA, Sept. 3, 2019 -- Talks resumed.\n");
  EXPECT_EQ(sept.published, "2019-09-03");
}

TEST(Dateline, MetadataWinsAndBodyDatesAreNoDateline) {
  // A full metadata date is kept, in whatever form it was written.
  EXPECT_EQ(with_front("published: 2023-01-05\n", "ANKARA, May 10 (Xinhua) -- Talks.").published, "2023-01-05");
  EXPECT_EQ(with_front("published: 5 January 2023\n", "ANKARA, May 10 (Xinhua) -- Talks.").published, "5 January 2023");
  EXPECT_FALSE(with_front("published: 2023-01-05\n", "ANKARA, May 10 (Xinhua) -- Talks.").published_evidence);
  // A place without a date, and a date later in the paragraph (the seed article's opening).
  const ArticleRecord a = run(
      "Title\n\nNUR-SULTAN \u2013 United States Secretary of State Mike Pompeo visited Nur-Sultan Feb. 1-2, reaffirming "
      "Washington's commitment.\n");
  EXPECT_EQ(a.published, "");
  EXPECT_FALSE(a.published_evidence);
  // A sentence that happens to have a dash and a date is no dateline.
  EXPECT_EQ(with_front("published: 2024\n", "The minister said on May 10 - before the vote - that it would pass.").published,
            "2024");
  // An impossible date is not used.
  EXPECT_EQ(run("Title\n\nOSLO, Feb. 30, 2024 -- Snow fell.\n").published, "");
}

TEST(Dateline, TheEvidenceSurvivesTheJsonRoundTrip) {
  const ArticleRecord a = with_front("published: 2024-05\n", "ANKARA, May 10 (Xinhua) -- Turkey and Kazakhstan signed a deal.");
  ASSERT_EQ(a.published, "2024-05-10");
  Corpus c;
  c.add(a);
  EXPECT_EQ(c.record(0), a);
  const std::string json = write_corpus(c);
  EXPECT_NE(json.find("\"published\":\"2024-05-10\",\"publishedEvidence\":{\"paragraph\":0,\"sentence\":[0,23],"
                      "\"match\":[8,14]}"),
            std::string::npos)
      << json;
  Corpus back;
  CorpusLoader loader;
  ASSERT_FALSE(loader.load(json, back).has_value());
  EXPECT_EQ(back.record(0), a);
}

}  // namespace
}  // namespace ae::extract
