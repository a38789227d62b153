// own_input_cli_test.cpp: `article-prep extract` on saved web pages, Markdown and non-UTF-8 text (issue 14).
// Fixtures in tests/data/own/: saved_page.html hides a name and an amount in <script>, <style>, <nav>, <aside>,
// a comment and <footer>, uses entities, and has a <figure> with a credit.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace {

struct PrepOut {
  int status = -1;
  std::string out, err;
};

PrepOut prep(const std::string& args, const std::string& stdin_file = {}) {
  const auto err_file = std::filesystem::temp_directory_path() / ("ae-own-cli-err-" + std::to_string(getpid()));
  std::string cmd = std::string("'") + AE_ARTICLE_PREP + "' extract " + args + " 2>'" + err_file.string() + "'";
  if (!stdin_file.empty()) cmd += " <'" + stdin_file + "'";
  PrepOut r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::ifstream in(err_file, std::ios::binary);
  r.err.assign(std::istreambuf_iterator<char>(in), {});
  std::filesystem::remove(err_file);
  return r;
}

std::string fixture(const char* name) { return std::string(AE_TEST_DATA) + "/own/" + name; }
bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

TEST(OwnInputCli, HtmlPageTakesTitleDateAddressSourceAndBody) {
  PrepOut r = prep("'" + fixture("saved_page.html") + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_TRUE(has(r.out, "\"title\":\"Kazakhstan and Germany sign hydrogen deal worth \xE2\x82\xAC" "2 billion\""))
      << r.out;  // og:title, with its entity decoded
  EXPECT_TRUE(has(r.out, "\"url\":\"https://herald.example/news/hydrogen-deal\"")) << r.out;  // canonical over og:url
  EXPECT_TRUE(has(r.out, "\"published\":\"2024-03-14T09:30:00Z\"")) << r.out;  // over JSON-LD's 2020-01-01
  EXPECT_TRUE(has(r.out, "\"source\":\"The Steppe Herald\"")) << r.out;
  EXPECT_TRUE(has(r.out, "\"name\":\"Kassym-Jomart Tokayev\"")) << r.out;
  EXPECT_TRUE(has(r.out, "\"name\":\"Olaf Scholz\"")) << r.out;
  EXPECT_TRUE(has(r.out, "\"text\":\"2 million tonnes\"")) << r.out;
  // Entities decoded: no raw &amp; or &ldquo; in the text.
  EXPECT_TRUE(has(r.out, "2030 & help")) << r.out;
  EXPECT_TRUE(has(r.out, "\xE2\x80\x9CThis partnership")) << r.out;
  EXPECT_FALSE(has(r.out, "&amp;") || has(r.out, "&ldquo;") || has(r.out, "&euro;")) << r.out;
  // The figure's caption and credit make a photo.
  EXPECT_TRUE(has(r.out, "\"caption\":\"Tokayev and Scholz after the signing in Astana.\"")) << r.out;
  EXPECT_TRUE(has(r.out, "\"credit\":\"Akorda press service\"")) << r.out;
}

TEST(OwnInputCli, HtmlScriptsNavigationAsidesCommentsAndFootersGiveNothing) {
  PrepOut r = prep("'" + fixture("saved_page.html") + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* hidden : {"Quartermaine", "9 billion", "Fairweather", "4 billion", "Vexley", "7 billion",
                             "Grindlethorpe", "12 billion", "Blenkinsop", "5 billion", "Crumplehorn", "tracking code",
                             "news from Central Asia", "staff reporters"})
    EXPECT_FALSE(has(r.out, hidden)) << hidden << "\n" << r.out;
}

TEST(OwnInputCli, HtmlOnStdinIsRecognisedByItsDoctype) {
  PrepOut r = prep("--explain -", fixture("saved_page.html"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "== <stdin>\ninput: HTML\n")) << r.out;
  EXPECT_TRUE(has(r.out, "\"Kazakhstan and Germany sign hydrogen deal worth")) << r.out;
}

TEST(OwnInputCli, MarkdownLosesItsMarkupKeepsLinkWordsAndImagesAreNoCaptions) {
  PrepOut r = prep("'" + fixture("notes.md") + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "\"title\":\"Uzbekistan opens a new railway to the border\"")) << r.out;
  EXPECT_TRUE(has(r.out, "Tashkent, 2 May: Uzbek President Shavkat Mirziyoyev opened")) << r.out;
  EXPECT_TRUE(has(r.out, "according to the transport ministry.")) << r.out;
  EXPECT_TRUE(has(r.out, "\"name\":\"Shavkat Mirziyoyev\"")) << r.out;
  EXPECT_TRUE(has(r.out, "\"text\":\"240 km\"")) << r.out;
  EXPECT_TRUE(has(r.out, "\"photos\":[]")) << r.out;  // the image's alt text says "Photo credit" but is no caption
  EXPECT_FALSE(has(r.out, "railway.jpg")) << r.out;
  EXPECT_FALSE(has(r.out, "example.org")) << r.out;
  EXPECT_FALSE(has(r.out, "**")) << r.out;
}

TEST(OwnInputCli, Latin1IsDecodedAsWindows1252AndSaysSo) {
  PrepOut r = prep("--explain '" + fixture("latin1.txt") + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "input: decoded from Windows-1252\n")) << r.out;
  EXPECT_TRUE(has(r.out, "\"Z\xC3\xBCrich bank opens office in Almaty\"")) << r.out;  // 0xFC -> ü
  EXPECT_TRUE(has(r.out, "text=\"\xE2\x82\xAC" "150 million\"")) << r.out;               // 0x80 -> €
  EXPECT_TRUE(has(r.out, "name=\"Olivier Chave\"")) << r.out;
}

TEST(OwnInputCli, Utf16WithEitherByteOrderIsDecoded) {
  PrepOut le = prep("--explain '" + fixture("notepad_utf16.txt") + "'");
  ASSERT_EQ(le.status, 0) << le.err;
  EXPECT_TRUE(has(le.out, "input: decoded from UTF-16LE\n")) << le.out;
  EXPECT_TRUE(has(le.out, "name=\"Sadyr Japarov\"")) << le.out;
  EXPECT_TRUE(has(le.out, "text=\"$300 million\"")) << le.out;

  const auto be_file = std::filesystem::temp_directory_path() / "ae-own-cli-utf16be.txt";
  std::string be = "\xFE\xFF";
  // "Title \U0001F600\n\nPresident ..." with a surrogate pair.
  const std::u16string text = u"A title \U0001F600\n\nKyrgyz President Sadyr Japarov spoke.\n";
  for (char16_t c : text) be += {char(c >> 8), char(c & 0xFF)};
  std::ofstream(be_file, std::ios::binary) << be;
  PrepOut b = prep("--explain '" + be_file.string() + "'");
  std::filesystem::remove(be_file);
  ASSERT_EQ(b.status, 0) << b.err;
  EXPECT_TRUE(has(b.out, "input: decoded from UTF-16BE\n")) << b.out;
  EXPECT_TRUE(has(b.out, "\"A title \xF0\x9F\x98\x80\"")) << b.out;
}

TEST(OwnInputCli, Utf8ByteOrderMarkIsDroppedAndSaid) {
  const auto file = std::filesystem::temp_directory_path() / "ae-own-cli-bom.txt";
  std::ofstream(file, std::ios::binary) << "\xEF\xBB\xBFTitle with a mark\n\nKyrgyz President Sadyr Japarov spoke.\n";
  PrepOut r = prep("--explain '" + file.string() + "'");
  std::filesystem::remove(file);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "input: decoded from UTF-8 with byte order mark\n")) << r.out;
  EXPECT_TRUE(has(r.out, "\"Title with a mark\"")) << r.out;
}

TEST(OwnInputCli, NulBytesWithoutByteOrderMarkAreStillBinary) {
  const auto file = std::filesystem::temp_directory_path() / "ae-own-cli-nul.txt";
  std::ofstream(file, std::ios::binary) << std::string("T\0i\0t\0l\0e\0\n\0", 12);  // UTF-16LE without its mark
  PrepOut r = prep("'" + file.string() + "'");
  std::filesystem::remove(file);
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(has(r.err, ": binary input (contains NUL bytes), skipped\n")) << r.err;
}

}  // namespace
