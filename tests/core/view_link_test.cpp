// view_link_test.cpp: the shareable-link codec. Random views survive encode -> decode unchanged; every class of
// malformed fragment is applied as far as it is valid, with a notice naming what was ignored.
#include "core/view_link.h"

#include <gtest/gtest.h>

#include <random>

namespace ae {
namespace {

TEST(ViewLink, EncodesTheDocumentedExample) {
  View v;
  v.panel = ItemKind::figure;
  v.topics = {"trade", "investment"};
  v.query = "billion";
  v.sel_article = "a-ed62864c3e57ce75";
  v.sel_item = "f-2-1-billion";
  v.sort = Sort{SortColumn::value, true};
  EXPECT_EQ(encode_view(v),
            "#v=1&panel=figures&topics=trade,investment&q=billion&sel=a-ed62864c3e57ce75/f-2-1-billion&sort=value-");
  EXPECT_EQ(encode_view(View{}), "#v=1&panel=people");
}

TEST(ViewLink, EscapesTheQuery) {
  View v;
  v.query = "Tokayev & “Pompeo” 100%/#x=1";
  const std::string f = encode_view(v);
  EXPECT_EQ(f, "#v=1&panel=people&q=Tokayev%20%26%20%E2%80%9CPompeo%E2%80%9D%20100%25%2F%23x%3D1");
  DecodedView d = decode_view(f);
  EXPECT_TRUE(d.ignored.empty());
  EXPECT_EQ(d.view, v);
}

std::string random_id(std::mt19937& rng, const char* prefix) {
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789-";
  std::string s = prefix;
  int n = 1 + int(rng() % 20);
  for (int i = 0; i < n; ++i) s += alphabet[rng() % (sizeof alphabet - 1)];
  return s;
}

std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {"a", "Z", " ", "&", "=", "#", "%", "+", "/", ",", "\"", "é",
                                                   "Қ", "’", "😀", "\t", "-", "~", "?", "%20", "0"};
  std::string s;
  int n = int(rng() % 12);
  for (int i = 0; i < n; ++i) s += pieces[rng() % pieces.size()];
  return s;
}

// Property: any view -> fragment -> view is the identity, and nothing is reported as ignored.
TEST(ViewLink, RandomViewsRoundTrip) {
  std::mt19937 rng(20261128);
  for (int iteration = 0; iteration < 5000; ++iteration) {
    View v;
    v.panel = ItemKind(rng() % 4);
    int topics = int(rng() % 4);
    for (int t = 0; t < topics; ++t) {
      std::string id = random_id(rng, "t");
      if (std::find(v.topics.begin(), v.topics.end(), id) == v.topics.end()) v.topics.push_back(id);
    }
    v.query = random_text(rng);
    v.figure_kinds = uint8_t(rng() % 16);
    if (rng() % 2) v.article = random_id(rng, "a-");
    if (rng() % 2) {
      v.sel_article = random_id(rng, "a-");
      v.sel_item = random_id(rng, "f-");
    }
    v.sort = Sort{SortColumn(rng() % (int(SortColumn::article) + 1)), bool(rng() % 2)};
    if (v.sort.column == SortColumn::none) v.sort.descending = false;
    v.by_person = rng() % 2;
    v.mine = rng() % 2;
    const std::string f = encode_view(v);
    DecodedView d = decode_view(f);
    ASSERT_TRUE(d.ignored.empty()) << f << " ignored: " << d.ignored[0];
    ASSERT_EQ(d.view, v) << f;
    ASSERT_EQ(encode_view(d.view), f);
  }
}

TEST(ViewLink, EmptyFragmentIsTheDefaultView) {
  for (const char* f : {"", "#", "#&&"}) {
    DecodedView d = decode_view(f);
    EXPECT_EQ(d.view, View{}) << f;
    EXPECT_TRUE(d.ignored.empty()) << f;
  }
}

TEST(ViewLink, UnknownKeysAreIgnoredAndNamed) {
  DecodedView d = decode_view("#v=1&panel=figures&colour=red&q=oil");
  EXPECT_EQ(d.view.panel, ItemKind::figure);
  EXPECT_EQ(d.view.query, "oil");
  ASSERT_EQ(d.ignored.size(), 1u);
  EXPECT_EQ(d.ignored[0], "unknown key 'colour'");
}

// Issue 14, part 5: corpus=mine marks a view of My articles; doc= (an article packed into the link) is taken out
// before decoding, because it is longer than a view may be.
TEST(ViewLink, CorpusMineMarksAViewOfMyArticles) {
  DecodedView d = decode_view("#v=1&panel=people&corpus=mine");
  EXPECT_TRUE(d.view.mine);
  EXPECT_TRUE(d.ignored.empty());
  d = decode_view("#v=1&corpus=theirs");
  EXPECT_FALSE(d.view.mine);
  ASSERT_EQ(d.ignored.size(), 1u);
  EXPECT_NE(d.ignored[0].find("unknown corpus 'theirs'"), std::string::npos) << d.ignored[0];
}

TEST(ViewLink, TakeLinkParamRemovesItAndReturnsTheFirstValue) {
  std::string f = "#v=1&doc=AbC-_9&panel=people&doc=second&docs=keep";
  EXPECT_EQ(take_link_param(f, "doc"), "AbC-_9");
  EXPECT_EQ(f, "#v=1&panel=people&docs=keep");
  f = "#doc=x";
  EXPECT_EQ(take_link_param(f, "doc"), "x");
  EXPECT_EQ(f, "#");
  f = "#v=1&panel=people";
  EXPECT_EQ(take_link_param(f, "doc"), "");
  EXPECT_EQ(f, "#v=1&panel=people");  // untouched when absent
  f = "#v=1&doc=";
  EXPECT_EQ(take_link_param(f, "doc"), "");
  EXPECT_EQ(f, "#v=1") << "an empty doc= is still taken out";
}

TEST(ViewLink, BrokenPercentEscapesDropOnlyThatValue) {
  DecodedView d = decode_view("#panel=photos&q=100%&topics=trade");
  EXPECT_EQ(d.view.panel, ItemKind::photo);
  EXPECT_EQ(d.view.query, "");
  EXPECT_EQ(d.view.topics, std::vector<std::string>{"trade"});
  EXPECT_EQ(d.ignored, std::vector<std::string>{"broken %-escape in q"});
  EXPECT_EQ(decode_view("#q=%zz").ignored, std::vector<std::string>{"broken %-escape in q"});
  EXPECT_EQ(decode_view("#q=%4").ignored, std::vector<std::string>{"broken %-escape in q"});
  EXPECT_EQ(decode_view("#q=%C3").ignored, std::vector<std::string>{"q is not valid UTF-8"});
}

TEST(ViewLink, UnknownValuesAreIgnoredAndNamed) {
  DecodedView d = decode_view("#v=1&panel=charts&kinds=money,weight&sort=colour-&topics=Trade!,energy");
  EXPECT_EQ(d.view.panel, ItemKind::person);
  EXPECT_EQ(d.view.figure_kinds, 1u << unsigned(FigureKind::money));
  EXPECT_EQ(d.view.sort, Sort{});
  EXPECT_EQ(d.view.topics, std::vector<std::string>{"energy"});
  EXPECT_EQ(d.ignored, (std::vector<std::string>{"unknown panel 'charts'", "unknown figure kind 'weight'",
                                                  "unknown sort column 'colour'", "malformed topic id 'Trade!'"}));
}

TEST(ViewLink, ByPersonTravelsAndAnUnknownValueIsNamed) {
  View v;
  v.by_person = true;
  v.sel_article = "a-00000000000000aa";
  v.sel_item = "p-ilse-harrow";
  EXPECT_EQ(encode_view(v), "#v=1&panel=people&sel=a-00000000000000aa/p-ilse-harrow&by=person");
  EXPECT_EQ(decode_view(encode_view(v)).view, v);
  DecodedView d = decode_view("#v=1&by=article");
  EXPECT_FALSE(d.view.by_person);
  EXPECT_TRUE(d.ignored.empty());
  d = decode_view("#v=1&by=organisation");
  EXPECT_FALSE(d.view.by_person);
  EXPECT_EQ(d.ignored, std::vector<std::string>{"unknown view by 'organisation' (expected person or article)"});
}

TEST(ViewLink, MalformedSelectionIsIgnored) {
  DecodedView d = decode_view("#sel=a-1&panel=figures");
  EXPECT_TRUE(d.view.sel_item.empty());
  EXPECT_EQ(d.view.panel, ItemKind::figure);
  EXPECT_EQ(d.ignored, std::vector<std::string>{"malformed selection 'a-1' (expected <article-id>/<item-id>)"});
}

TEST(ViewLink, UnknownVersionAppliesWhatItUnderstands) {
  DecodedView d = decode_view("#v=2&panel=agreements");
  EXPECT_EQ(d.view.panel, ItemKind::agreement);
  EXPECT_EQ(d.ignored, std::vector<std::string>{"link version '2' is not 1; the parts this version understands were applied"});
}

TEST(ViewLink, RepeatedKeysKeepTheFirst) {
  DecodedView d = decode_view("#panel=figures&panel=photos");
  EXPECT_EQ(d.view.panel, ItemKind::figure);
  EXPECT_EQ(d.ignored, std::vector<std::string>{"repeated key 'panel' (the first one counts)"});
}

TEST(ViewLink, HundredKilobyteFragmentIsCutAndReported) {
  std::string f = "#v=1&panel=figures&q=oil&x=" + std::string(100 * 1024, 'a');
  DecodedView d = decode_view(f);
  EXPECT_EQ(d.view.panel, ItemKind::figure);
  EXPECT_EQ(d.view.query, "oil");
  ASSERT_EQ(d.ignored.size(), 1u);
  EXPECT_EQ(d.ignored[0], "the link is " + std::to_string(f.size() - 1) + " bytes long; everything after byte 8192 was ignored");
  std::string long_q = "#panel=photos&q=" + std::string(2000, 'b');
  DecodedView d2 = decode_view(long_q);
  EXPECT_EQ(d2.view.panel, ItemKind::photo);
  EXPECT_EQ(d2.view.query, "");
  EXPECT_EQ(d2.ignored, std::vector<std::string>{"q is 2000 bytes long (at most 1024)"});
}

TEST(ViewLink, HostileTextStaysInertData) {
  DecodedView d = decode_view("#q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&article=javascript:alert(1)");
  EXPECT_EQ(d.view.query, "<script>alert(1)</script>");  // a search string, nothing more
  EXPECT_TRUE(d.view.article.empty());
  EXPECT_EQ(d.ignored, std::vector<std::string>{"malformed article id 'javascript:alert(1)'"});
  DecodedView ctl = decode_view("#q=%00%01&%01key=1");
  EXPECT_EQ(ctl.view.query, std::string("\0\1", 2));
  EXPECT_EQ(ctl.ignored, std::vector<std::string>{"unknown key '%01key'"});
}

TEST(ViewLink, ResolvesIdsAgainstTheCorpusAndReportsMissingOnes) {
  Corpus c;
  c.add_topic("trade", "Trade");
  ArticleRecord a;
  a.id = "a-00000000000000aa";
  a.title = "T";
  a.paragraphs = {"Trade reached $2.1 billion."};
  FigureRecord f;
  f.id = "f-2-1-billion";
  f.text = "$2.1 billion";
  f.value = 2.1e9;
  f.unit = "USD";
  f.kind = FigureKind::money;
  f.evidence = {0, {0, 27}, {14, 26}};
  f.topics = {"trade"};
  a.figures = {f};
  c.add(a);

  DecodedView d = decode_view("#v=1&panel=figures&topics=trade,aviation&sel=a-00000000000000aa/f-2-1-billion&sort=value-");
  std::vector<std::string> ignored;
  ResolvedView r = resolve_view(c, d.view, ignored);
  EXPECT_EQ(r.panel, ItemKind::figure);
  EXPECT_EQ(r.query.topics, std::vector<uint32_t>{*c.find_topic("trade")});
  ASSERT_TRUE(r.has_selection);
  EXPECT_EQ(r.sel_kind, ItemKind::figure);
  EXPECT_EQ(r.sel_index, 0u);
  EXPECT_EQ(r.sort, (Sort{SortColumn::value, true}));
  EXPECT_EQ(ignored, std::vector<std::string>{"no topic 'aviation' in this corpus"});

  ignored.clear();
  d = decode_view("#panel=people&sel=a-00000000000000aa/p-nobody&article=a-ffff&sort=value+");
  r = resolve_view(c, d.view, ignored);
  EXPECT_FALSE(r.has_selection);
  EXPECT_EQ(r.query.article, -1);
  EXPECT_EQ(r.sort, Sort{});
  EXPECT_EQ(ignored, (std::vector<std::string>{"no article 'a-ffff' in this corpus",
                                                "no item 'a-00000000000000aa/p-nobody' in this corpus",
                                                "sort column 'value' does not apply to people"}));

  // describe_view is resolve_view backwards: what applied comes back as the ids a link carries.
  ignored.clear();
  d = decode_view("#v=1&panel=figures&topics=trade,aviation&kinds=money&article=a-00000000000000aa"
                  "&sel=a-00000000000000aa/f-2-1-billion&sort=value-");
  const View applied = describe_view(c, resolve_view(c, d.view, ignored));
  View expected = d.view;
  expected.topics = {"trade"};  // the one that resolved
  EXPECT_EQ(applied, expected);
  EXPECT_EQ(describe_view(c, ResolvedView{}), View{});
}

}  // namespace
}  // namespace ae
