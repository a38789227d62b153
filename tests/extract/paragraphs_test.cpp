// paragraphs_test: front matter, title and paragraph splitting.
#include "extract/doc.h"
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract;

TEST(ExtractParagraphs, TitleAndBlankLineParagraphs) {
  ArticleRecord a;
  split_paragraphs("My title\n\nFirst line\ncontinues here.\n\n\nSecond.\n", a);
  EXPECT_EQ(a.title, "My title");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[0], "First line continues here.");
  EXPECT_EQ(a.paragraphs[1], "Second.");
}

TEST(ExtractParagraphs, FrontMatter) {
  ArticleRecord a;
  split_paragraphs("---\nsource: The Astana Times\nurl: https://example.org/a\npublished: 2020-02-03\n---\nTitle\n\nBody.\n", a);
  EXPECT_EQ(a.source, "The Astana Times");
  EXPECT_EQ(a.url, "https://example.org/a");
  EXPECT_EQ(a.published, "2020-02-03");
  EXPECT_EQ(a.title, "Title");
  ASSERT_EQ(a.paragraphs.size(), 1u);
}

TEST(ExtractParagraphs, UnclosedFenceIsText) {
  ArticleRecord a;
  split_paragraphs("---\nsource: x\n\nBody.\n", a);
  EXPECT_EQ(a.title, "---");
  EXPECT_TRUE(a.source.empty());
}

TEST(ExtractParagraphs, CaptionLineIsItsOwnParagraph) {
  ArticleRecord a;
  split_paragraphs("T\n\nA and B during the meeting. Photo credit: Press service.\nThe text goes on.\n\nMore.\n", a);
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.paragraphs[0], "A and B during the meeting. Photo credit: Press service.");
  EXPECT_EQ(a.paragraphs[1], "The text goes on.");
}

TEST(ExtractParagraphs, NoBlankLinesMeansOneParagraphPerLine) {
  ArticleRecord a;
  split_paragraphs("T\r\nOne.\r\nTwo.\r\nThree.\r\n", a);
  EXPECT_EQ(a.title, "T");
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.paragraphs[2], "Three.");
}

TEST(ExtractParagraphs, SourceFallsBackToOption) {
  ExtractOptions o;
  o.source = "cli";
  ExtractResult r = ae::extract::extract("Title\n\nBody.\n", o);
  EXPECT_EQ(r.article.source, "cli");
  EXPECT_EQ(r.article.id, article_id("cli", "Title"));
  r = ae::extract::extract("---\nsource: fm\n---\nTitle\n\nBody.\n", o);
  EXPECT_EQ(r.article.source, "fm");
}

TEST(ExtractParagraphs, InputChecks) {
  EXPECT_EQ(check_text(std::string_view("a\0b", 3)), "binary input (contains NUL bytes)");
  EXPECT_EQ(check_text("\xff\xfe"), "not valid UTF-8");
  EXPECT_EQ(check_text("\xC0\xAF"), "not valid UTF-8");  // overlong
  EXPECT_EQ(check_text(" \n\t"), "empty input");
  EXPECT_EQ(check_text("Title \xE2\x80\x9Cquoted\xE2\x80\x9D"), "");
}

// Regression (fuzz_extract crash-3c1154075a67e20e08404f500dacba0ce0681f01): a first line of only '#'s left an
// empty title, which validate_article() rejects. Such a line is a separator: the next line with text is the title.
TEST(ExtractParagraphs, HashOnlyLineIsNotAnEmptyTitle) {
  ArticleRecord a;
  split_paragraphs("\t\t\t#\t\t\t\t\t\t\t", a);
  EXPECT_EQ(a.title, "");  // no title at all: article-prep reports "no title line"
  ArticleRecord b;
  split_paragraphs("###\n## Real title\n\nBody.\n", b);
  EXPECT_EQ(b.title, "Real title");
  ASSERT_EQ(b.paragraphs.size(), 1u);
  EXPECT_EQ(b.paragraphs[0], "Body.");
}

TEST(ExtractErrors, ExtractSaysWhyATextIsNoArticle) {
  ae::extract::ExtractOptions o;
  EXPECT_EQ(ae::extract::extract(std::string_view("a\0b", 3), o).error, ExtractError::binary);
  EXPECT_EQ(ae::extract::extract("Title \xC0\xAF", o).error, ExtractError::not_utf8);
  EXPECT_EQ(ae::extract::extract(" \n\t", o).error, ExtractError::blank);
  ExtractResult untitled = ae::extract::extract("###\n", o);
  EXPECT_EQ(untitled.error, ExtractError::no_title);
  EXPECT_FALSE(untitled.ok());
  EXPECT_EQ(to_string(untitled.error), "no title line");
  ExtractResult good = ae::extract::extract("Title\n\nBody.\n", o);
  EXPECT_TRUE(good.ok());
  EXPECT_EQ(good.article.title, "Title");
}
