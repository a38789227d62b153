// extract_cli_test.cpp: `article-prep extract` on a text whose only line is a markdown separator ("#"): it has
// no title, so it is reported as such and skipped (fuzz_extract found it reported as an internal error).
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

TEST(ExtractCli, HashOnlyTextHasNoTitle) {
  const auto file = std::filesystem::temp_directory_path() / "ae-extract-cli-hash.txt";
  std::ofstream(file, std::ios::binary) << "\t\t\t#\t\t\t\t\t\t\t";
  std::string cmd = std::string("'") + AE_ARTICLE_PREP + "' extract '" + file.string() + "' 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_TRUE(p);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  const int st = pclose(p);
  EXPECT_EQ(WIFEXITED(st) ? WEXITSTATUS(st) : -1, 1);
  EXPECT_NE(out.find("no title line, skipped"), std::string::npos) << out;
  EXPECT_EQ(out.find("internal error"), std::string::npos) << out;
  EXPECT_NE(out.find("\"articles\":[]"), std::string::npos) << out;
}

}  // namespace
