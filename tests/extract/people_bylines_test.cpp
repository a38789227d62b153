// people_bylines_test: a name alone under the headline, a broadcast sign-off, a speaker described after
// "said", a title that is also a given name before an Al- family name (round 6). Sentences made up.
#include "helpers.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace ae::extract::test;

TEST(PeopleBylines, NameAloneUnderTheHeadline) {
  ArticleRecord a = run("Farm exports rise\n\nMarta Velinova\n\nExports of grain rose by a fifth last year, the "
                        "ministry said.\n");
  const PersonRecord& p = must(a, "Marta Velinova");
  EXPECT_EQ(p.role, "author");
}

TEST(PeopleBylines, NameAloneLaterIsNoByline) {
  ArticleRecord a = run("Farm exports rise\n\nExports of grain rose by a fifth.\n\nMarta Velinova\n");
  EXPECT_EQ(person(a, "Marta Velinova"), nullptr);
}

TEST(PeopleBylines, BroadcastSignOff) {
  ArticleRecord a = body("The two leaders met in the capital on Monday. NTVX's Lena Dorsey reports.");
  const PersonRecord& p = must(a, "Lena Dorsey");
  EXPECT_EQ(p.role, "author");
  EXPECT_EQ(p.affiliation, "NTVX");
}

TEST(PeopleBylines, DescriptorAfterSaid) {
  ArticleRecord a = body("\"We have waited for an hour,\" said accountant Pablo Ferreira.");
  const PersonRecord& p = must(a, "Pablo Ferreira");
  EXPECT_EQ(p.role, "accountant");
}

TEST(PeopleBylines, TwoWordDescriptorAfterSays) {
  ArticleRecord a = body("\"Prices are too high,\" says local shopkeeper Dina Marsh.");
  const PersonRecord& p = must(a, "Dina Marsh");
  EXPECT_EQ(p.role, "local shopkeeper");
}

TEST(PeopleBylines, NoDescriptorNoPerson) {
  // A thing after "said" is no speaker: "said the weather" has no agent noun and no full name.
  ArticleRecord a = body("Traders said demand fell in Asia.");
  EXPECT_TRUE(a.people.empty());
}

TEST(PeopleBylines, TitleThatIsAGivenNameBeforeAlFamilyName) {
  ArticleRecord a = body("Sultan Al-Harbi, Assistant Minister for Trade Affairs, signed for Oman.");
  const PersonRecord& p = must(a, "Sultan Al-Harbi");
  EXPECT_EQ(p.role.find("Sultan"), std::string::npos) << p.role;
}

TEST(PeopleBylines, RulerKeepsHisTitle) {
  ArticleRecord a = body("Sultan Haitham bin Tariq received the delegation in Muscat.");
  EXPECT_EQ(person(a, "Sultan Haitham bin Tariq"), nullptr);
}

// A byline field of a web page, "Author: NAME" in a paragraph of its own, names the author; the same words
// inside a sentence do not.
TEST(PeopleBylines, BylineField) {
  ArticleRecord a = body("Author: Pavel Dunmore\n\nThe council met on Monday. Reporter: Ida Lenk said nothing.");
  EXPECT_EQ(must(a, "Pavel Dunmore").role, "author");
  const PersonRecord* i = person(a, "Ida Lenk");
  if (i) EXPECT_NE(i->role, "author");
}

