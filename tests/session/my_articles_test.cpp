// My articles (issue 14): texts pasted, dropped or opened in the page are extracted by the same code path as
// `article-prep extract` (byte for byte), shown instead of the default corpus, and a file that cannot be used is
// named while the others still go in.
#include "fake_platform.h"

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace ae::session::testing {
namespace {

using SessionMyArticles = SessionFixture;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string article_prep(const std::vector<std::string>& files) {
  std::string cmd = std::string("'") + AE_ARTICLE_PREP + "' extract --topics '" + AE_SOURCE_DIR + "/assets/topics.json'";
  for (const std::string& f : files) cmd += " '" + f + "'";
  cmd += " 2>/dev/null";
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

std::vector<std::string> own_files() {
  std::vector<std::string> files;
  for (const char* f : {"saved_page.html", "notes.md", "latin1.txt", "notepad_utf16.txt"})
    files.push_back(std::string(AE_TEST_DATA) + "/own/" + f);
  for (const auto& e : std::filesystem::directory_iterator(std::string(AE_SOURCE_DIR) + "/assets/articles"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  return files;
}

TEST_F(SessionMyArticles, EachFileGivesExactlyWhatArticlePrepWrites) {
  for (const std::string& f : own_files()) {
    Session one{platform};
    add_texts(one, {TextInput{std::filesystem::path(f).filename().string(), read_file(f)}});
    answer_extracts(one, platform);
    const std::string expected = article_prep({f});
    ASSERT_FALSE(expected.empty()) << f;
    EXPECT_EQ(write_corpus(one.mine.corpus), expected) << f;
  }
}

TEST_F(SessionMyArticles, SeveralFilesAtOnceGiveWhatArticlePrepWritesForThemAll) {
  std::vector<TextInput> inputs;
  const std::vector<std::string> files = own_files();
  for (const std::string& f : files) inputs.push_back({std::filesystem::path(f).filename().string(), read_file(f)});
  add_texts(s, inputs);
  EXPECT_EQ(platform.extracts.size(), files.size());
  answer_extracts(s, platform);
  EXPECT_EQ(s.mine.corpus.articles.size(), files.size());
  EXPECT_EQ(write_corpus(s.mine.corpus), article_prep(files));
}

TEST_F(SessionMyArticles, DroppedTextIsShownInsteadOfTheDefaultCorpus) {
  load_plain(3);
  drop_file(s, "saved_page.html", read_file(std::string(AE_TEST_DATA) + "/own/saved_page.html"));
  EXPECT_FALSE(s.mine.showing);  // until the extractor answers
  answer_extracts(s, platform);
  settle();
  EXPECT_TRUE(s.mine.showing);
  EXPECT_EQ(s.corpus_name, "My articles");
  ASSERT_EQ(s.corpus.articles.size(), 1u);
  EXPECT_EQ(s.corpus.item_count(ItemKind::person), 2u);  // Tokayev and Scholz; nobody from the <script>
  EXPECT_EQ(s.corpus.item_count(ItemKind::photo), 1u);
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 2u);
  ASSERT_EQ(s.mine.messages.size(), 1u);
  EXPECT_EQ(s.mine.messages[0],
            "saved_page.html: added \"Kazakhstan and Germany sign hydrogen deal worth \xE2\x82\xAC" "2 billion\" (HTML)");
  EXPECT_EQ(s.notice, "Added 1 article to My articles");
}

TEST_F(SessionMyArticles, AFileThatCannotBeUsedIsNamedAndTheOthersStillGoIn) {
  load_plain(2);
  Intents in;
  in.add_texts = {{"good.txt", "A good title\n\nKyrgyz President Sadyr Japarov said it cost $3 million.\n"},
                  {"photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11)},
                  {"blank.txt", " \n\t\n"},
                  {"latin1.txt", "Caf\xE9 opens in Bishkek\n\nThe caf\xE9 cost \x80" "5 million.\n"}};
  frame(in);
  answer_extracts(s, platform);
  settle();
  EXPECT_EQ(s.mine.corpus.articles.size(), 2u);
  ASSERT_EQ(s.mine.messages.size(), 4u);
  EXPECT_EQ(s.mine.messages[0], "good.txt: added \"A good title\"");
  EXPECT_EQ(s.mine.messages[1],
            "photo.jpg: could not be used: binary input (contains NUL bytes) (is it a text, Markdown or HTML file?)");
  EXPECT_EQ(s.mine.messages[2], "blank.txt: could not be used: empty input");
  EXPECT_EQ(s.mine.messages[3], "latin1.txt: added \"Caf\xC3\xA9 opens in Bishkek\" (decoded from Windows-1252)");
  EXPECT_EQ(s.notice, "Added 2 of 4 to My articles; see the messages under My articles");
  EXPECT_TRUE(s.mine.showing);
  EXPECT_EQ(s.corpus.articles.size(), 2u);
}

TEST_F(SessionMyArticles, NothingUsableKeepsTheDefaultCorpusOnScreen) {
  load_plain(3);
  add_texts(s, {{"empty.txt", ""}});
  answer_extracts(s, platform);
  EXPECT_FALSE(s.mine.showing);
  EXPECT_EQ(s.corpus.articles.size(), 3u);
  EXPECT_EQ(s.mine.messages, std::vector<std::string>{"empty.txt: could not be used: empty input"});
}

TEST_F(SessionMyArticles, TheSameArticleTwiceIsAddedOnce) {
  const std::string text = "Same title\n\nSome text.\n";
  add_texts(s, {{"a.txt", text}});
  add_texts(s, {{"b.txt", text}});
  answer_extracts(s, platform);
  EXPECT_EQ(s.mine.corpus.articles.size(), 1u);
  EXPECT_EQ(s.mine.messages.back(), "b.txt: already in My articles (same source and title), not added again");
}

TEST_F(SessionMyArticles, DefaultArticlesComeBackAndMyArticlesStay) {
  load_plain(3);
  add_texts(s, {{"pasted text", "My title\n\nKyrgyz President Sadyr Japarov spoke.\n"}});
  answer_extracts(s, platform);
  ASSERT_TRUE(s.mine.showing);
  const size_t fetches = platform.fetches.size();
  Intents back;
  back.show_mine = 0;
  frame(back);
  ASSERT_EQ(platform.fetches.size(), fetches + 1);  // fetched again (the browser's cache answers)
  EXPECT_EQ(platform.fetches.back().url, "data/corpus.json");
  answer(s, platform, "data/corpus.json", corpus_json(3));
  settle();
  EXPECT_FALSE(s.mine.showing);
  EXPECT_EQ(s.corpus.articles.size(), 3u);
  EXPECT_EQ(s.corpus_name, "data/corpus.json");
  Intents mine;
  mine.show_mine = 1;
  frame(mine);
  EXPECT_TRUE(s.mine.showing);
  EXPECT_EQ(s.corpus.articles.size(), 1u);
  EXPECT_EQ(s.corpus.item_count(ItemKind::person), 1u);
}

TEST_F(SessionMyArticles, ADefaultCorpusArrivingAfterAnAddDoesNotReplaceMyArticles) {
  start_with();
  add_texts(s, {{"pasted text", "My title\n\nKyrgyz President Sadyr Japarov spoke.\n"}});
  answer_extracts(s, platform);
  answer(s, platform, "data/corpus.json", corpus_json(3));
  settle();
  EXPECT_TRUE(s.mine.showing);
  EXPECT_EQ(s.corpus.articles.size(), 1u);
  EXPECT_EQ(s.corpus_download.phase, Download::Phase::done);
}

TEST_F(SessionMyArticles, ArticleJsonStillOpensAsACorpus) {
  load_plain(1);
  drop_file(s, "mine.json", corpus_json(4));
  EXPECT_FALSE(s.mine.showing);
  EXPECT_EQ(s.corpus.articles.size(), 4u);
  EXPECT_TRUE(is_article_text("page.HTM", "{"));
  EXPECT_TRUE(is_article_text("pasted text", "Title\n\nText"));
  EXPECT_FALSE(is_article_text("pasted text", "\xEF\xBB\xBF  {\"format\":\"article-json\"}"));
  EXPECT_FALSE(is_article_text("x.jsonl", "Title"));
}

TEST_F(SessionMyArticles, StateSaysWhatMyArticlesHold) {
  platform.now = 100;
  add_texts(s, {{"latin1.txt", "Caf\xE9 opens\n\nText.\n"}});
  platform.now = 103.5;
  answer_extracts(s, platform);
  const std::string st = state_json(s);
  EXPECT_NE(st.find(",\"mine\":{\"showing\":true,\"articles\":1,\"files\":1,\"lastMs\":3.50,"), std::string::npos) << st;
  EXPECT_NE(st.find("\"messages\":[\"latin1.txt: added \\\"Caf\xC3\xA9 opens\\\" (decoded from Windows-1252)\"],"),
            std::string::npos)
      << st;
  Intents clear;
  clear.clear_mine_messages = true;
  frame(clear);
  EXPECT_TRUE(s.mine.messages.empty());
}

}  // namespace
}  // namespace ae::session::testing

// ---- kept in the browser, removed, exported (issue 14, part 4)
namespace ae::session::testing {
namespace {

using SessionMyArticlesKept = SessionFixture;

TEST_F(SessionMyArticlesKept, ABatchIsKeptOnceAndComesBackOnTheNextVisit) {
  load_plain(2);
  add_texts(s, {{"a.txt", "First title\n\nKyrgyz President Sadyr Japarov spoke.\n"},
                {"b.txt", "Second title\n\nSwiss Ambassador Olivier Chave spoke.\n"}});
  answer_extracts(s, platform);
  EXPECT_EQ(platform.keeps, 1);  // once for the batch, not per file
  EXPECT_TRUE(platform.kept_showing);
  EXPECT_EQ(platform.kept, write_corpus(s.mine.corpus));
  EXPECT_EQ(s.mine.kept_bytes, platform.kept.size());

  FakePlatform next_platform;  // a reload: a fresh page reads what was kept
  Session next{next_platform};
  start(next);
  on_kept(next, platform.kept, true);
  EXPECT_TRUE(next.mine.showing);
  EXPECT_EQ(write_corpus(next.mine.corpus), platform.kept);
  EXPECT_EQ(next.corpus.articles.size(), 2u);
  EXPECT_EQ(next.mine.messages, std::vector<std::string>{"kept in this browser: 2 articles"});
  answer(next, next_platform, "data/corpus.json", corpus_json(3));  // the default arrives later: mine stay
  EXPECT_EQ(next.corpus.articles.size(), 2u);
}

TEST_F(SessionMyArticlesKept, KeptArticlesNotOnScreenStayInTheList) {
  load_plain(2);
  add_texts(s, {{"a.txt", "First title\n\nText.\n"}});
  answer_extracts(s, platform);
  Intents back;
  back.show_mine = 0;
  frame(back);
  EXPECT_FALSE(platform.kept_showing);
  FakePlatform next_platform;
  Session next{next_platform};
  on_kept(next, platform.kept, false);
  EXPECT_FALSE(next.mine.showing);
  EXPECT_EQ(next.mine.corpus.articles.size(), 1u);
}

TEST_F(SessionMyArticlesKept, RemovingOneKeepsTheRestAndTheLastOneBringsTheDefaultBack) {
  load_plain(2);
  add_texts(s, {{"a.txt", "First title\n\nKyrgyz President Sadyr Japarov spoke.\n"},
                {"b.txt", "Second title\n\nSwiss Ambassador Olivier Chave spoke.\n"}});
  answer_extracts(s, platform);
  Intents rm;
  rm.remove_mine = 0;
  frame(rm);
  ASSERT_EQ(s.mine.corpus.articles.size(), 1u);
  EXPECT_EQ(s.mine.corpus.str(s.mine.corpus.articles[0].title), "Second title");
  EXPECT_EQ(s.corpus.articles.size(), 1u);
  EXPECT_EQ(s.corpus.item_count(ItemKind::person), 1u);
  EXPECT_EQ(s.mine.messages.back(), "removed \"First title\"");
  EXPECT_EQ(platform.kept, write_corpus(s.mine.corpus));
  frame(rm);  // the last one
  EXPECT_TRUE(s.mine.corpus.articles.empty());
  EXPECT_FALSE(s.mine.showing);
  EXPECT_EQ(platform.fetches.back().url, "data/corpus.json");  // the default articles are fetched again
  EXPECT_EQ(platform.kept, "");
}

TEST_F(SessionMyArticlesKept, ExportIsTheCorpusArticlePrepValidates) {
  add_texts(s, {{"notes.md", read_file(std::string(AE_TEST_DATA) + "/own/notes.md")}});
  answer_extracts(s, platform);
  Intents ex;
  ex.export_mine = true;
  frame(ex);
  ASSERT_EQ(platform.downloads.size(), 1u);
  EXPECT_EQ(platform.downloads[0].name, "my-articles.json");
  EXPECT_EQ(platform.downloads[0].data, write_corpus(s.mine.corpus));
  Corpus back;
  EXPECT_FALSE(CorpusLoader().load(platform.downloads[0].data, back));
  EXPECT_EQ(back.articles.size(), 1u);
}

TEST_F(SessionMyArticlesKept, AStorageRefusalIsExplainedAndNothingIsLost) {
  add_texts(s, {{"a.txt", "First title\n\nText.\n"}});
  answer_extracts(s, platform);
  on_keep_failed(s, "QuotaExceededError: the quota has been exceeded");
  EXPECT_EQ(s.mine.messages.back(),
            "This browser would not keep My articles (QuotaExceededError: the quota has been exceeded); they stay "
            "here until the page is closed. Export them to keep a copy.");
  EXPECT_EQ(s.notice, "My articles could not be saved in this browser; see My articles");
  EXPECT_EQ(s.mine.corpus.articles.size(), 1u);
  EXPECT_TRUE(s.mine.showing);
}

}  // namespace
}  // namespace ae::session::testing
