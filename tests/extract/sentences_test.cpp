// sentences_test: sentence boundaries, abbreviations and quotes.
#include "extract/doc.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace ae;
using namespace ae::extract;

static std::vector<std::string> split(std::string_view p) {
  std::vector<std::string> out;
  for (Span s : split_sentences(p)) out.emplace_back(p.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(ExtractSentences, Basic) {
  EXPECT_EQ(split("One two. Three four! Five? Six"),
            (std::vector<std::string>{"One two.", "Three four!", "Five?", "Six"}));
}

TEST(ExtractSentences, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(split("Pompeo visited Nur-Sultan Feb. 1-2, and left Jan. 29 for London."), 
            (std::vector<std::string>{"Pompeo visited Nur-Sultan Feb. 1-2, and left Jan. 29 for London."}));
  EXPECT_EQ(split("Mr. Smith met Dr. Jones on St. Patrick's Day."),
            (std::vector<std::string>{"Mr. Smith met Dr. Jones on St. Patrick's Day."}));
  EXPECT_EQ(split("The U.S. State Department agreed."), (std::vector<std::string>{"The U.S. State Department agreed."}));
  EXPECT_EQ(split("It works with Tyson Foods Inc. Kazakhstan agreed."),
            (std::vector<std::string>{"It works with Tyson Foods Inc. Kazakhstan agreed."}));
}

TEST(ExtractSentences, InitialismEndsBeforeAnOpener) {
  EXPECT_EQ(split("He thanked the U.S. He also spoke."),
            (std::vector<std::string>{"He thanked the U.S.", "He also spoke."}));
  EXPECT_EQ(split("Deal with Acme Inc. The talks ended."),
            (std::vector<std::string>{"Deal with Acme Inc.", "The talks ended."}));
}

TEST(ExtractSentences, Quotes) {
  const char* p = "\xE2\x80\x9CWe agree. We will sign,\xE2\x80\x9D said Tokayev. He left.";
  EXPECT_EQ(split(p), (std::vector<std::string>{"\xE2\x80\x9CWe agree.", "We will sign,\xE2\x80\x9D said Tokayev.",
                                                "He left."}));
  const char* q = "He said it is \xE2\x80\x9C" "firm and predictable.\xE2\x80\x9D He also thanked them.";
  EXPECT_EQ(split(q), (std::vector<std::string>{"He said it is \xE2\x80\x9C" "firm and predictable.\xE2\x80\x9D",
                                                "He also thanked them."}));
}

TEST(ExtractSentences, DecimalsAndLowercaseContinuations) {
  EXPECT_EQ(split("Trade reached $2.1 billion. it grew."), (std::vector<std::string>{"Trade reached $2.1 billion. it grew."}));
}

TEST(ExtractSentences, HostileInputIsLinear) {
  std::string dots(1 << 20, '.');
  EXPECT_EQ(split_sentences(dots).size(), 1u);
  std::string words;
  for (int i = 0; i < 100000; ++i) words += "A. ";
  EXPECT_EQ(split_sentences(words).size(), 1u);  // single-letter initials never end a sentence
}
