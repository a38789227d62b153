// photos_test: caption and credit markers, people pictured, evidence.
#include "extract/doc.h"
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract;
using namespace ae::extract::test;

TEST(ExtractPhotos, PhotoCreditColon) {
  ArticleRecord a = run(
      "T\n\nSecretary of State Mike Pompeo met Foreign Minister Mukhtar Tileuberdi.\n\n"
      "Tileuberdi and Pompeo during the press conference. Photo credit: U.S. State Secretary\xE2\x80\x99s Twitter "
      "account.\n");
  ASSERT_EQ(a.photos.size(), 1u);
  const PhotoRecord& p = a.photos[0];
  EXPECT_EQ(p.id, "ph-tileuberdi-and-pompeo-during-the-press");
  EXPECT_EQ(p.caption, "Tileuberdi and Pompeo during the press conference.");
  EXPECT_EQ(p.credit, "U.S. State Secretary\xE2\x80\x99s Twitter account");
  EXPECT_EQ(p.people, (std::vector<std::string>{"p-mukhtar-tileuberdi", "p-mike-pompeo"}));
  EXPECT_EQ(p.evidence.paragraph, 1u);
  EXPECT_EQ(match_text(a, p.evidence), p.caption);
  EXPECT_EQ(a.paragraphs.size(), 2u);  // the caption stays a paragraph
  // Nothing in the credit is a person ("State Secretary’s Twitter").
  EXPECT_EQ(a.people.size(), 2u);
}

TEST(ExtractPhotos, PhotoByInBrackets) {
  ArticleRecord a = body("Delegates at the forum in Astana (Photo by Jane Roe/Reuters)");
  ASSERT_EQ(a.photos.size(), 1u);
  EXPECT_EQ(a.photos[0].caption, "Delegates at the forum in Astana");
  EXPECT_EQ(a.photos[0].credit, "Jane Roe/Reuters");
  EXPECT_TRUE(a.photos[0].people.empty());
}

TEST(ExtractPhotos, PhotoColonAfterSentence) {
  ArticleRecord a = body("The new terminal in Almaty. Photo: Kazinform.");
  ASSERT_EQ(a.photos.size(), 1u);
  EXPECT_EQ(a.photos[0].caption, "The new terminal in Almaty.");
  EXPECT_EQ(a.photos[0].credit, "Kazinform");
}

TEST(ExtractPhotos, BodyTextMentioningPhotosIsNotACaption) {
  EXPECT_TRUE(body("He posted a photo: it showed the plant.").photos.empty());
  EXPECT_TRUE(body("Photo credit: nobody.").photos.empty());  // no caption
}

// A caption whose credit is a bare agency name after the last stop ("... in Riyadh. Reuters").
TEST(ExtractPhotos, BareCreditAfterTheLastStop) {
  ae::ArticleRecord a = ae::extract::test::body(
      "Trade minister Ana Varga signs the accord in Tarnow on Monday. Northwire\n\n"
      "The accord was signed on Monday.");
  ASSERT_EQ(a.photos.size(), 1u);
  EXPECT_EQ(a.photos[0].credit, "Northwire");
  EXPECT_EQ(a.photos[0].caption, "Trade minister Ana Varga signs the accord in Tarnow on Monday.");
  ae::ArticleRecord b = ae::extract::test::body("Delegates meet in the capital. Tarn Images / Ana Lima\n\nText follows.");
  ASSERT_EQ(b.photos.size(), 1u);
  EXPECT_EQ(b.photos[0].credit, "Tarn Images / Ana Lima");
}

// Paragraphs that only look like one: a sentence cut at a paragraph break ("... Ireland's"), a list item, a
// heading in capitals after a long paragraph, an opening word, a demonym.
TEST(ExtractPhotos, BareCreditLookalikesAreNoCaptions) {
  const char* texts[] = {
      "The champion set a new mark of 4.88m in the final. Norway's",
      "- While Redvale have not played since the cup tie, they drew 1-1 at home. Then they lost. HEAD TO HEAD",
      "won the title with a clearance of 5.65m in the final. And",
      "Ostrel settled for silver behind the champion in the final. Jamaican\n\nsprinter Ana Lima won the 60m.",
      "The price rose sharply in the last three months of the year",
  };
  for (const char* t : texts) EXPECT_TRUE(ae::extract::test::body(t).photos.empty()) << t;
}

// A hard-wrapped line that happens to end in capitalised words after a stop stays in its paragraph.
TEST(ExtractPhotos, WrappedLineIsNoBareCredit) {
  ae::ArticleRecord a = ae::extract::test::run(
      "Deal signed\n\nThe deal was signed in May. Chief Executive Ivo Marek\nsaid the terms were fair.\n\n"
      "Shares rose on the news.\n");
  EXPECT_TRUE(a.photos.empty());
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_NE(a.paragraphs[0].find("Ivo Marek said"), std::string::npos) << a.paragraphs[0];
}

// find_credit's marker test (has_marker) takes sixteen positions at a time on x86-64: a marker word at any
// offset, across a block boundary and in the tail, is found; in either case as written, not in mixed case.
TEST(ExtractPhotos, MarkerFoundAtEveryOffset) {
  for (size_t pad = 1; pad <= 40; ++pad) {
    const std::string lead(pad, 'a');
    for (const char* marker : {" Photo credit: Jane Roe", " PHOTO CREDIT: JANE ROE", " Image credit: Jane Roe",
                               " (Credit: Jane Roe)", " (CREDIT: JANE ROE)"}) {
      Caption c;
      const std::string line = lead + "." + marker;
      ASSERT_TRUE(find_credit(line, c)) << line;
      EXPECT_EQ(line.substr(c.credit.begin, c.credit.end - c.credit.begin).size(), 8u) << line;
    }
    Caption c;
    EXPECT_FALSE(find_credit(lead + ". PHoto: Jane Roe", c)) << pad;  // mixed case: no marker word
    EXPECT_FALSE(find_credit(lead + ". CREdit: Jane Roe", c)) << pad;
    EXPECT_FALSE(find_credit(lead + ". Phot credit Jane Roe", c)) << pad;
  }
}
