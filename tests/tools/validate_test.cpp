// validate_test.cpp: `article-prep validate` end to end (runs the built binary on tests/data/json fixtures).
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace {

struct CmdResult {
  int status = -1;
  std::string output;  // stdout and stderr together
};

CmdResult run(const std::string& args) {
  CmdResult r;
  std::string cmd = std::string("'") + AE_ARTICLE_PREP + "' validate " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string data(const char* name) { return std::string(AE_TEST_DATA) + "/json/" + name; }

}  // namespace

TEST(Validate, ValidFile) {
  std::string f = data("valid_small.json");
  CmdResult r = run("'" + f + "'");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.output, f + ": ok (2 articles, 1 people, 1 figures, 1 agreements, 1 photos)\n");
}

TEST(Validate, UnknownVersion) {
  std::string f = data("bad_version.json");
  CmdResult r = run("'" + f + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.output, f + ":35: version: unsupported version 2 (this build reads version 1)\n");
}

TEST(Validate, NonFiniteValue) {
  std::string f = data("bad_value.json");
  CmdResult r = run("'" + f + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.output, f + ":149: articles[0].figures[0].value: expected a finite number, found 1e999\n");
}

TEST(Validate, TruncatedFile) {
  std::string f = data("truncated.json");
  CmdResult r = run("'" + f + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.output.rfind(f + ":200: articles[0].title: expected '\"' to close the string, found end of input", 0), 0u)
      << r.output;
}

TEST(Validate, MissingFile) {
  CmdResult r = run("/nonexistent/missing.json");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.output, "/nonexistent/missing.json:0: cannot read file: No such file or directory\n");
}

TEST(Validate, MixedFilesReportEachAndFail) {
  std::string good = data("valid_small.json"), bad = data("bad_version.json");
  CmdResult r = run("'" + good + "' '" + bad + "' '" + good + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find(bad + ":35: version:"), std::string::npos);
  size_t first = r.output.find(good + ": ok");
  ASSERT_NE(first, std::string::npos);
  EXPECT_NE(r.output.find(good + ": ok", first + 1), std::string::npos);
}

TEST(Validate, Usage) {
  CmdResult r = run("");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("usage: article-prep validate FILE..."), std::string::npos);
}

TEST(Validate, Stdin) {
  CmdResult r = run("- < '" + data("valid_small.json") + "'");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.output, "-: ok (2 articles, 1 people, 1 figures, 1 agreements, 1 photos)\n");
}

// Issue 17: a UTF-8 byte order mark before the JSON is accepted, as by the explorer (one loader); error offsets
// still count from the file's first byte. UTF-16 is named as such, not as invalid UTF-8.
namespace {
std::string write_tmp(const std::string& name, const std::string& data) {
  const std::string path = "/tmp/ae-validate-" + std::to_string(getpid()) + "-" + name;
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(data.data(), 1, data.size(), f);
  std::fclose(f);
  return path;
}
std::string read_all(const std::string& path) {
  std::string s;
  FILE* f = std::fopen(path.c_str(), "rb");
  char buf[4096];
  size_t n;
  while (f && (n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
  if (f) std::fclose(f);
  return s;
}
}  // namespace

TEST(Validate, Utf8ByteOrderMarkIsAccepted) {
  const std::string f = write_tmp("bom.json", "\xEF\xBB\xBF" + read_all(data("valid_small.json")));
  CmdResult r = run("'" + f + "'");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_EQ(r.output, f + ": ok (2 articles, 1 people, 1 figures, 1 agreements, 1 photos)\n");
  const std::string bad = write_tmp("bom-bad.json", "\xEF\xBB\xBF{\"format\":\"article-json\",\"version\":\"1\"}");
  r = run("'" + bad + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.output, bad + ":38: version: expected a number, found string\n");  // 35 + the 3 bytes of the mark
  std::remove(f.c_str());
  std::remove(bad.c_str());
}

TEST(Validate, Utf16IsNamed) {
  const std::string json = "{\"format\":\"article-json\",\"version\":1}";
  std::string le = "\xFF\xFE", be = "\xFE\xFF";
  for (char c : json) le += {c, '\0'}, be += {'\0', c};
  const std::string a = write_tmp("le.json", le), b = write_tmp("be.json", be);
  CmdResult r = run("'" + a + "' '" + b + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.output, a + ":0: UTF-16 text: save it as UTF-8\n" + b + ":0: UTF-16 text: save it as UTF-8\n");
  std::remove(a.c_str());
  std::remove(b.c_str());
}
