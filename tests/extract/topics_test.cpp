// topics_test: lexicon parsing and cue matching (plurals, prefixes, phrases), item and article tagging.
#include "helpers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace ae;
using namespace ae::extract;
using namespace ae::extract::test;

static Lexicon lex(std::string_view json) {
  std::string error;
  auto l = parse_lexicon(json, error);
  EXPECT_TRUE(l) << error;
  return l ? *l : Lexicon{};
}

TEST(ExtractTopics, ParseErrors) {
  std::string error;
  EXPECT_FALSE(parse_lexicon("nope", error));
  EXPECT_FALSE(parse_lexicon(R"({"topics":[{"label":"x","cues":["a"]}]})", error));
  EXPECT_EQ(error, "topics[0]: missing \"id\"");
  EXPECT_FALSE(parse_lexicon(R"({"topics":[{"id":"Bad Id","cues":[]}]})", error));
  EXPECT_FALSE(parse_lexicon(R"({"topics":[{"id":"a","cues":[1]}]})", error));
}

TEST(ExtractTopics, PluralPrefixPhrase) {
  Lexicon l = lex(R"({"topics":[
    {"id":"trade","label":"Trade","cues":["tariff","export*"]},
    {"id":"human-rights","label":"Human rights","cues":["human rights"]},
    {"id":"nuclear","label":"Nuclear","cues":["non-proliferation"]}]})");
  ArticleRecord a = body("New tariffs hit 5 trucks. Exporters sent 3 trucks. Human rights matter for 2 lawyers. "
                         "We discussed non-proliferation with 4 experts. Nothing about 6 cats.", &l);
  ASSERT_EQ(a.figures.size(), 5u);
  EXPECT_EQ(a.figures[0].topics, (std::vector<std::string>{"trade"}));
  EXPECT_EQ(a.figures[1].topics, (std::vector<std::string>{"trade"}));
  EXPECT_EQ(a.figures[2].topics, (std::vector<std::string>{"human-rights"}));
  EXPECT_EQ(a.figures[3].topics, (std::vector<std::string>{"nuclear"}));
  EXPECT_TRUE(a.figures[4].topics.empty());
  // The article: only "trade" is named in two sentences; the others are one sentence each, in passing.
  EXPECT_EQ(a.topics, (std::vector<std::string>{"trade"}));
}

// An article covers a topic named in two sentences, in its title, or in what an agreement is about; one
// mention in passing is not enough.
TEST(ExtractTopics, ArticleTopicsNeedMoreThanOneMention) {
  Lexicon l = lex(R"({"topics":[
    {"id":"trade","label":"Trade","cues":["trade"]},
    {"id":"aviation","label":"Aviation","cues":["airline*", "open skies"]},
    {"id":"health","label":"Health","cues":["hospital*"]}]})");
  ArticleRecord a = body("Trade grew. The minister spoke about trade. A hospital opened nearby.", &l);
  EXPECT_EQ(a.topics, (std::vector<std::string>{"trade"}));
  ArticleRecord b = run("Hospitals get new funds\n\nThe money was announced on Monday.\n", &l);
  EXPECT_EQ(b.topics, (std::vector<std::string>{"health"}));
  ArticleRecord c = body("Chile and Peru signed an open skies agreement. Both sides praised it.", &l);
  EXPECT_EQ(c.topics, (std::vector<std::string>{"aviation"}));
}

TEST(ExtractTopics, WordBoundaries) {
  Lexicon l = lex(R"({"topics":[{"id":"trade","label":"Trade","cues":["trade"]}]})");
  EXPECT_TRUE(body("The trademark case involved 3 judges.", &l).topics.empty());
  EXPECT_EQ(body("Trades grew by 3 firms. Trade fell.", &l).topics, (std::vector<std::string>{"trade"}));
}

TEST(ExtractTopics, TitleAndPeople) {
  Lexicon l = lex(R"({"topics":[{"id":"energy","label":"Energy","cues":["oil"]},
                               {"id":"aviation","label":"Aviation","cues":["open skies"]}]})");
  ArticleRecord a = run(
      "Oil talks\n\nForeign Minister Mukhtar Tileuberdi discussed open skies. The open skies regime was praised.\n", &l);
  EXPECT_EQ(a.topics, (std::vector<std::string>{"energy", "aviation"}));  // title; two sentences
  ASSERT_EQ(a.people.size(), 1u);
  EXPECT_EQ(a.people[0].topics, (std::vector<std::string>{"aviation"}));
}

TEST(ExtractTopics, ShippedLexiconLoads) {
  std::ifstream in(std::string(AE_SOURCE_DIR) + "/assets/topics.json");
  std::stringstream ss;
  ss << in.rdbuf();
  Lexicon l = lex(ss.str());
  std::vector<std::string> ids;
  for (auto& t : l.topics) ids.push_back(t.id);
  for (const char* want : {"trade", "investment", "security", "terrorism", "nuclear", "health", "energy",
                           "agriculture", "aviation", "human-rights", "technology", "diplomacy", "economy"})
    EXPECT_NE(std::find(ids.begin(), ids.end(), want), ids.end()) << want;
}

TEST(ExtractTopics, CueKeyIsLengthClassAndFirstThreeBytes) {
  // The unrolled cue_key against its definition: up to three bytes, little end first, and min(size, 3) << 24.
  auto reference = [](std::string_view w) {
    uint32_t k = uint32_t(w.size() < 3 ? w.size() : 3) << 24;
    for (size_t i = 0; i < w.size() && i < 3; ++i) k |= uint32_t(static_cast<unsigned char>(w[i])) << (8 * i);
    return k;
  };
  for (std::string_view w : {"", "a", "ab", "abc", "abcd", "investment", "\xC3\xA9t\xC3\xA9", "z"})
    EXPECT_EQ(ae::extract::cue_key(w), reference(w)) << w;
}
