// extract_cli_test.cpp: `article-prep extract` on a text whose only line is a markdown separator ("#"): it has
// no title, so it is reported as such and skipped (fuzz_extract found it reported as an internal error).
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
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
  // No input succeeded: nothing is written (issue 17), not even an empty corpus.
  EXPECT_EQ(out.find("\"articles\""), std::string::npos) << out;
  EXPECT_NE(out.find("nothing written"), std::string::npos) << out;
}

}  // namespace

// Issue 17: UTF-16 text is named as such (not "binary"), and an article that reaches the per-kind item limit
// (kMaxItemsPerKind, 5000) says so on stderr and in --explain instead of losing items silently.
namespace {

struct PrepRun {
  int status = -1;
  std::string out, err;
};

PrepRun run_extract(const std::string& args) {
  const auto err_file = std::filesystem::temp_directory_path() / ("ae-extract-cli-err-" + std::to_string(getpid()));
  std::string cmd = std::string("'") + AE_ARTICLE_PREP + "' extract " + args + " 2>'" + err_file.string() + "'";
  PrepRun r;
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

TEST(ExtractCli, Utf16IsDecoded) {  // issue 14: was refused with "save it as UTF-8" (issue 17)
  const auto file = std::filesystem::temp_directory_path() / "ae-extract-cli-utf16.txt";
  std::string text = "\xFF\xFE";
  for (char c : std::string("A title\n\nSome text.\n")) text += {c, '\0'};
  std::ofstream(file, std::ios::binary) << text;
  PrepRun r = run_extract("--explain '" + file.string() + "'");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("input: decoded from UTF-16LE\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"A title\""), std::string::npos) << r.out;
  std::filesystem::remove(file);
}

TEST(ExtractCli, ItemLimitIsReported) {
  const auto file = std::filesystem::temp_directory_path() / "ae-extract-cli-cap.txt";
  {
    std::ofstream out(file, std::ios::binary);
    out << "Many rates\n\n";
    for (int i = 1; i <= 5200; ++i) out << "Rate " << i << " rose " << i << " percent. ";
    out << "\n";
  }
  PrepRun r = run_extract("'" + file.string() + "'");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "article-prep: " + file.string() +
                       ": warning: figures: stopped at the limit of 5000 per article; any further ones in the text "
                       "were not extracted\n");
  PrepRun explain = run_extract("--explain '" + file.string() + "'");
  EXPECT_NE(explain.out.find("\nwarning: figures: stopped at the limit of 5000 per article"), std::string::npos);
  std::filesystem::remove(file);
}

}  // namespace

// Issue 18: `extract -j N` reads and extracts N files at a time, yet its corpus, --jsonl and --explain output,
// stderr (in input order) and exit code are byte for byte those of -j 1, duplicates and bad files included.
namespace {

TEST(ExtractCli, JobsGiveTheSameOutput) {
  const auto dir = std::filesystem::temp_directory_path() / ("ae-extract-cli-jobs-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const char* people[] = {"Maria Lindqvist", "John Okafor", "Aiko Sato", "Pierre Moreau", "Leila Haddad"};
  std::string files;
  auto add = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    files += " '" + (dir / name).string() + "'";
  };
  for (int i = 0; i < 23; ++i) {
    const std::string who = people[i % 5];
    add("a" + std::to_string(100 + i) + ".txt",
        "Trade talks, round " + std::to_string(i) + "\n\nChancellor " + who + " said exports rose " +
            std::to_string(3 + i) + ".5% to $" + std::to_string(10 + i) + "bn in 2024.\n\nThe two countries signed "
            "an energy agreement worth 2." + std::to_string(i % 10) + " billion euros, " + who + " said.\n");
    if (i == 7) add("dup.txt", "Trade talks, round 3\n\nThe same title as an earlier file: a duplicate.\n");
    if (i == 11) add("latin1.txt", "Bad bytes\n\nPrice \xA3" "5.\n");
    if (i == 15) add("empty.txt", "  \n\n");
    if (i == 19) add("more.jsonl", "{\"text\":\"From a line\\n\\nGordon Brown said growth was 2.1%.\"}\nnot json\n"
                                   "{\"text\":\"Trade talks, round 4\\n\\nA duplicate from a line.\"}\n");
  }
  add("missing.txt", "");
  std::filesystem::remove(dir / "missing.txt");
  const std::string topics = std::string("--topics '") + AE_SOURCE_DIR + "/assets/topics.json' ";
  for (const char* mode : {"", "--jsonl ", "--explain "}) {
    PrepRun one = run_extract(topics + mode + "-j 1" + files);
    EXPECT_EQ(one.status, 1) << one.err;  // the duplicates, bad and missing files
    EXPECT_NE(one.err.find("dup.txt: duplicate article"), std::string::npos) << one.err;
    EXPECT_NE(one.err.find("more.jsonl:2: expected a JSON object"), std::string::npos) << one.err;
    EXPECT_NE(one.err.find("missing.txt: cannot read"), std::string::npos) << one.err;
    EXPECT_NE(one.out.find("Lindqvist"), std::string::npos);
    for (const char* jobs : {"-j 2", "-j3", "--jobs 8"}) {
      PrepRun many = run_extract(topics + mode + jobs + files);
      EXPECT_EQ(many.status, one.status) << mode << jobs;
      EXPECT_EQ(many.out, one.out) << mode << jobs;
      EXPECT_EQ(many.err, one.err) << mode << jobs;
    }
  }
  PrepRun bad = run_extract("-j 0" + files);
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("-j needs a number of threads from 1 to 256, not '0'"), std::string::npos) << bad.err;
  EXPECT_EQ(bad.out, "");
  EXPECT_EQ(run_extract("-j" + files).status, 2);
  std::filesystem::remove_all(dir);
}

}  // namespace
