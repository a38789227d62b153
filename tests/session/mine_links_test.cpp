// Links to My articles (issue 14, part 5): a view of My articles says so in its link (corpus=mine). Opened in the
// browser that keeps them it shows them again; opened elsewhere it says that they are kept in another browser
// instead of pointing at the default corpus. "Copy link with the article" packs the reader's article into the link
// (doc=) when it fits, and a browser that opens such a link adds the article to its own My articles.
#include "fake_platform.h"

namespace ae::session::testing {
namespace {

using SessionMineLinks = SessionFixture;

const TextInput kFirst{"bridge.txt", "Bridge opens early\n\nMayor Wren Testperson opened the new bridge on Monday.\n"};
const TextInput kSecond{"ferry.txt", "Ferry returns\n\nCaptain Ada Testsailor said the ferry would run again.\n"};

// The part of a copied link after the page address.
std::string fragment_of(const std::string& link) { return link.substr(link.find('#')); }

// A session that has My articles (one article, shown), with nothing kept before.
void add_one(Session& s, FakePlatform& p, const TextInput& in) {
  on_kept(s, {}, false);
  add_texts(s, {in});
  answer_extracts(s, p);
}

TEST_F(SessionMineLinks, AViewOfMyArticlesSaysSoInItsLink) {
  load_plain(3);
  EXPECT_EQ(current_view(s).mine, false);
  add_one(s, platform, kFirst);
  settle();
  ASSERT_TRUE(s.mine.showing);
  EXPECT_NE(encode_view(current_view(s)).find("&corpus=mine"), std::string::npos);
  Intents copy;
  copy.copy_link = true;
  frame(copy);
  ASSERT_EQ(platform.clipboard.size(), 1u);
  EXPECT_NE(platform.clipboard[0].find("corpus=mine"), std::string::npos);
  on_clipboard(s, true, {});
  EXPECT_NE(s.notice.find("only this browser has"), std::string::npos) << s.notice;
}

TEST_F(SessionMineLinks, ReopenedInTheSameBrowserTheLinkShowsMyArticlesWhicheverAnswersFirst) {
  load_plain(3);
  add_one(s, platform, kFirst);
  settle();
  Intents pick;  // select the person, so the link names an item of My articles
  pick.select = true;
  pick.selection = Selection{true, ItemKind::person, 0};
  frame(pick);
  const std::string link = encode_view(current_view(s));
  ASSERT_NE(link.find("sel="), std::string::npos);

  for (bool kept_first : {false, true}) {
    SCOPED_TRACE(kept_first ? "the kept articles answer first" : "the default corpus answers first");
    FakePlatform p2;
    p2.hash = link;
    Session next{p2};
    start(next);
    if (kept_first) on_kept(next, platform.kept, platform.kept_showing);
    answer(next, p2, "data/corpus.json", corpus_json(3));
    if (!kept_first) {
      EXPECT_FALSE(next.mine.showing);  // waits for the browser to say what it keeps
      on_kept(next, platform.kept, platform.kept_showing);
    }
    EXPECT_TRUE(next.mine.showing);
    EXPECT_EQ(next.corpus.articles.size(), 1u);
    EXPECT_TRUE(next.selection.active);
    EXPECT_TRUE(next.link_ignored.empty()) << next.link_ignored[0];
    EXPECT_EQ(encode_view(current_view(next)), link);
  }
}

TEST_F(SessionMineLinks, OpenedInAnotherBrowserItSaysTheyAreKeptThereInsteadOfShowingTheDefault) {
  platform.hash = "#v=1&panel=people&article=a-somewhere-else-1234&corpus=mine";
  start_with();
  answer(s, platform, "data/corpus.json", corpus_json(3));
  on_kept(s, {}, false);  // this browser keeps nothing
  settle();
  EXPECT_FALSE(s.mine.showing);
  EXPECT_EQ(s.corpus.articles.size(), 3u);
  EXPECT_EQ(s.query.article, -1);  // nothing of that view is pretended onto the default articles
  ASSERT_EQ(s.link_ignored.size(), 1u);
  EXPECT_NE(s.link_ignored[0].find("kept in another browser"), std::string::npos) << s.link_ignored[0];
  EXPECT_TRUE(s.link_notice_open);
  EXPECT_EQ(platform.hash.find("corpus=mine"), std::string::npos) << "the address bar says what is shown";
}

TEST_F(SessionMineLinks, ABrowserWithOtherArticlesOfItsOwnSaysTheLinkedOneIsNotHere) {
  FakePlatform p0;  // what an earlier visit of this browser kept
  Session earlier{p0};
  add_one(earlier, p0, kSecond);
  platform.hash = "#v=1&panel=people&article=a-somewhere-else-1234&corpus=mine";
  start_with();
  answer(s, platform, "data/corpus.json", corpus_json(3));
  on_kept(s, p0.kept, false);
  settle();
  EXPECT_TRUE(s.mine.showing);
  ASSERT_FALSE(s.link_ignored.empty());
  EXPECT_NE(s.link_ignored[0].find("its article is not among the My articles here"), std::string::npos)
      << s.link_ignored[0];
  // The same from the address bar while My articles are on screen.
  on_hash_change(s, "#v=1&panel=figures&article=a-another-one-5678&corpus=mine");
  EXPECT_TRUE(s.mine.showing);
  EXPECT_EQ(s.panel, ItemKind::figure);
  ASSERT_FALSE(s.link_ignored.empty());
  EXPECT_NE(s.link_ignored[0].find("its article is not among the My articles here"), std::string::npos);
}

TEST_F(SessionMineLinks, CopyLinkWithTheArticleCarriesItIntoAnotherBrowsersMyArticles) {
  load_plain(3);
  add_one(s, platform, kFirst);
  settle();
  ASSERT_EQ(s.mine.share.phase, LinkShare::Phase::packing);
  ASSERT_EQ(platform.packs.size(), 1u);
  answer_packs(s, platform);
  settle();
  ASSERT_EQ(s.mine.share.phase, LinkShare::Phase::ready);
  EXPECT_EQ(s.mine.share.article, std::string(s.corpus.str(s.corpus.articles[0].id)));
  Intents pick;
  pick.select = true;
  pick.selection = Selection{true, ItemKind::person, 0};
  frame(pick);
  EXPECT_TRUE(platform.packs.empty()) << "the same article is not packed again";
  Intents copy;
  copy.copy_link_with_article = true;
  frame(copy);
  ASSERT_EQ(platform.clipboard.size(), 1u);
  const std::string link = platform.clipboard[0];
  EXPECT_NE(link.find("&doc="), std::string::npos);
  on_clipboard(s, true, {});
  EXPECT_NE(s.notice.find("with the article in it"), std::string::npos) << s.notice;

  for (bool kept_first : {true, false}) {
    SCOPED_TRACE(kept_first ? "nothing kept, said first" : "the unpacked article first, then an older kept one");
    FakePlatform p2;
    p2.hash = fragment_of(link);
    Session other{p2};
    start(other);
    if (kept_first) on_kept(other, {}, false);
    answer(other, p2, "data/corpus.json", corpus_json(3));
    ASSERT_EQ(p2.unpacks.size(), 1u);
    EXPECT_EQ(p2.unpacks[0].max_bytes, kMaxUnpackedLinkBytes);
    answer_unpacks(other, p2);
    EXPECT_GE(p2.keeps, 1) << "kept at once";
    if (!kept_first) {
      FakePlatform p3;  // what another visit of this browser kept earlier
      Session earlier{p3};
      add_one(earlier, p3, kSecond);
      on_kept(other, p3.kept, false);
    }
    for (int i = 0; i < 8; ++i) refresh(other);
    EXPECT_TRUE(other.mine.showing);
    EXPECT_EQ(other.mine.corpus.articles.size(), kept_first ? 1u : 2u);
    ASSERT_TRUE(other.mine.corpus.find_article(s.mine.share.article));
    EXPECT_TRUE(other.selection.active);  // the view of the link, applied to the article it carried
    EXPECT_EQ(std::string(other.corpus.str(other.corpus.item_id(other.selection.kind, other.selection.index))),
              std::string(s.corpus.str(s.corpus.item_id(s.selection.kind, s.selection.index))));
    EXPECT_EQ(p2.hash.find("doc="), std::string::npos) << "the address bar drops the packed article";
    EXPECT_NE(p2.hash.find("corpus=mine"), std::string::npos);
    EXPECT_NE(p2.kept.find(s.mine.share.article), std::string::npos) << "kept in the new browser";
    if (!kept_first) {
      EXPECT_NE(p2.kept.find("Ferry returns"), std::string::npos) << "the older kept one is not lost";
    }
  }
}

TEST_F(SessionMineLinks, AnArticleAddedBeforeTheBrowserSaysItKeepsNothingIsKeptThen) {
  load_plain(3);
  add_texts(s, {kFirst});  // before the kept read answers
  answer_extracts(s, platform);
  on_kept(s, {}, false);  // nothing was kept before
  EXPECT_GE(platform.keeps, 1);
  EXPECT_NE(platform.kept.find("Bridge opens early"), std::string::npos);
}

TEST_F(SessionMineLinks, AnArticleTooLargeForALinkOffersTheExportInstead) {
  load_plain(3);
  std::string text = "A very long report\n\n";
  for (int i = 0; text.size() < 40000; ++i)
    text += "Paragraph " + std::to_string(i) + " tells of the harbour, the tides and the boats at anchor.\n\n";
  add_one(s, platform, {"long.txt", text});
  settle();
  answer_packs(s, platform);
  settle();
  EXPECT_EQ(s.mine.share.phase, LinkShare::Phase::too_large);
  EXPECT_GT(s.mine.share.packed_chars, kMaxLinkArticleChars);
  Intents copy;
  copy.copy_link_with_article = true;
  frame(copy);
  EXPECT_TRUE(platform.clipboard.empty());
  EXPECT_NE(state_json(s).find("\"status\":\"too_large\""), std::string::npos);
}

TEST_F(SessionMineLinks, AnArticleThatCannotBeUnpackedIsExplainedAndTheDefaultStays) {
  load_plain(3, "#v=1&panel=figures&doc=zz-not-packed");
  on_kept(s, {}, false);
  ASSERT_EQ(platform.unpacks.size(), 1u);
  answer_unpacks(s, platform);
  settle();
  EXPECT_FALSE(s.mine.showing);
  EXPECT_EQ(s.corpus.articles.size(), 3u);
  ASSERT_EQ(s.link_ignored.size(), 1u);
  EXPECT_NE(s.link_ignored[0].find("could not be opened"), std::string::npos) << s.link_ignored[0];
  EXPECT_EQ(platform.hash.find("doc="), std::string::npos);

  FakePlatform p2;  // unpacked, but not an article
  Session other{p2};
  p2.hash = "#v=1&doc=" + fake_pack("{\"not\":\"an article\"}");
  start(other);
  answer(other, p2, "data/corpus.json", corpus_json(3));
  on_kept(other, {}, false);
  answer_unpacks(other, p2);
  EXPECT_FALSE(other.mine.showing);
  ASSERT_EQ(other.link_ignored.size(), 1u);
  EXPECT_NE(other.link_ignored[0].find("could not be opened"), std::string::npos) << other.link_ignored[0];
}

TEST_F(SessionMineLinks, AnAddBeforeTheKeptArticlesAreReadMergesThemInsteadOfOverwriting) {
  FakePlatform p0;  // an earlier visit kept one article
  Session earlier{p0};
  add_one(earlier, p0, kSecond);
  load_plain(3);
  add_texts(s, {kFirst});  // pasted before the browser answered what it keeps
  answer_extracts(s, platform);
  EXPECT_EQ(s.mine.corpus.articles.size(), 1u);
  on_kept(s, p0.kept, false);
  EXPECT_EQ(s.mine.corpus.articles.size(), 2u);
  EXPECT_EQ(s.corpus.articles.size(), 2u) << "on screen with the kept one";
  EXPECT_NE(platform.kept.find("Ferry returns"), std::string::npos);
  EXPECT_NE(platform.kept.find("Bridge opens early"), std::string::npos);
}

TEST_F(SessionMineLinks, BackToAViewOfTheDefaultArticlesFetchesThemAgain) {
  load_plain(3);
  add_one(s, platform, kFirst);
  settle();
  ASSERT_TRUE(s.mine.showing);
  const size_t fetched = platform.fetch_count("data/corpus.json");
  platform.hash = "#v=1&panel=figures";
  on_hash_change(s, platform.hash);
  EXPECT_FALSE(s.mine.showing);
  ASSERT_EQ(platform.fetch_count("data/corpus.json"), fetched + 1);
  answer(s, platform, "data/corpus.json", corpus_json(3));
  EXPECT_EQ(s.corpus.articles.size(), 3u);
  EXPECT_EQ(s.panel, ItemKind::figure);
}

}  // namespace
}  // namespace ae::session::testing
