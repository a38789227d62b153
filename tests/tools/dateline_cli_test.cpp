// dateline_cli_test.cpp: dates in `article-prep extract` JSON-lines input (issue 16, part 3): the "date" field is
// read as "published" ("published" wins when both are given); a dateline refines a coarse date to the day with its
// evidence; a dateline without a year anywhere leaves the article undated; the output passes `validate`.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace {

struct PrepResult {
  int status = -1;
  std::string out;
};

PrepResult prep(const std::string& args) {
  std::string cmd = std::string("'") + AE_ARTICLE_PREP + "' " + args + " 2>&1";
  PrepResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

TEST(DatelineCli, JsonLinesDateAndDatelines) {
  const auto dir = std::filesystem::temp_directory_path() / ("ae-dateline-cli-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const auto in = dir / "in.jsonl", out = dir / "out.json";
  {
    std::ofstream f(in, std::ios::binary);
    f << R"({"text":"Grain deal\n\nANKARA, May 10 (Xinhua) -- Turkey and Kazakhstan signed a grain deal.","date":"2024"})" "\n"
      << R"({"text":"Oil talks\n\nASTANA, June 3 (Reuters) -- Talks on oil went on.","source":"Wire","date":"2023-01-01","published":"2022-06-03"})" "\n"
      << R"({"text":"Rail report\n\nLONDON, Feb. 1-2 (Reuters) - The rail talks went on for two days."})" "\n";
  }
  const PrepResult r = prep("extract -o '" + out.string() + "' '" + in.string() + "'");
  ASSERT_EQ(r.status, 0) << r.out;
  std::ifstream f(out, std::ios::binary);
  const std::string json((std::istreambuf_iterator<char>(f)), {});
  EXPECT_NE(json.find("\"title\":\"Grain deal\",\"published\":\"2024-05-10\",\"publishedEvidence\":{\"paragraph\":0,"
                      "\"sentence\":[0,23],\"match\":[8,14]}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"source\":\"Wire\",\"published\":\"2022-06-03\",\"paragraphs\""), std::string::npos)
      << "published wins over date, and a full date over the dateline\n" << json;
  const size_t rail = json.find("\"title\":\"Rail report\"");
  ASSERT_NE(rail, std::string::npos);
  EXPECT_EQ(json.find("\"published\"", rail), std::string::npos) << "no year anywhere: undated\n" << json;
  const PrepResult v = prep("validate '" + out.string() + "'");
  EXPECT_EQ(v.status, 0) << v.out;
  std::filesystem::remove_all(dir);
}

}  // namespace
