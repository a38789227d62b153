// atomic_output_test.cpp (issue 17): every file article-prep writes is replaced whole or not at all. A missing
// input, a full disk (RLIMIT_FSIZE in the child, SIGXFSZ ignored so write() fails with EFBIG) or a folder it must
// not replace leaves the old output exactly as it was, with the path and the reason on stderr.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Result {
  int exit_code = -1;  // -SIGNAL when killed
  std::string err;
};

// Runs article-prep with `args`; with file_limit > 0 the child may not write files larger than that many bytes.
Result run_prep(const std::vector<std::string>& args, const fs::path& err_file, long file_limit = 0) {
  std::vector<std::string> all = {AE_ARTICLE_PREP};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    const int e = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int null = open("/dev/null", O_WRONLY);
    if (e < 0 || null < 0) _exit(127);
    dup2(e, 2);
    dup2(null, 1);
    if (file_limit > 0) {
      signal(SIGXFSZ, SIG_IGN);  // kept across exec: write() returns EFBIG instead of killing the process
      struct rlimit rl = {rlim_t(file_limit), rlim_t(file_limit)};
      if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(126);
    }
    execv(argv[0], argv.data());
    _exit(127);
  }
  Result r;
  int status = 0;
  if (pid > 0 && waitpid(pid, &status, 0) == pid)
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  std::ifstream in(err_file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  r.err = ss.str();
  return r;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path scratch(const char* name) {
  auto dir = fs::temp_directory_path() / (std::string("ae-atomic-") + name + "-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Names in `dir` (no temporary files may be left behind).
std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// A JSON-lines input of `n` made-up articles (each gives ~600 bytes of article JSON).
fs::path many_articles(const fs::path& dir, int n, const char* name = "in.jsonl") {
  std::ofstream out(dir / name, std::ios::binary);
  for (int i = 0; i < n; ++i)
    out << "{\"text\":\"Report number " << i << "\\n\\nThe minister said exports grew " << (i % 90 + 1)
        << "% to $" << (i + 2) << " billion in the year.\",\"source\":\"Test\"}\n";
  return dir / name;
}

TEST(AtomicOutput, MissingInputLeavesTheOldOutput) {
  const fs::path dir = scratch("missing");
  std::ofstream(dir / "good.json", std::ios::binary) << "OLD CONTENT";
  Result r = run_prep({"extract", "-o", (dir / "good.json").string(), (dir / "nosuch.txt").string()}, dir / "err");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(slurp(dir / "good.json"), "OLD CONTENT");
  EXPECT_NE(r.err.find("nosuch.txt: cannot read: No such file or directory"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing written"), std::string::npos) << r.err;
  EXPECT_EQ(listing(dir), (std::vector<std::string>{"err", "good.json"}));
  fs::remove_all(dir);
}

TEST(AtomicOutput, SuccessReplacesTheOutput) {
  const fs::path dir = scratch("ok");
  std::ofstream(dir / "good.json", std::ios::binary) << "OLD CONTENT";
  const fs::path in = many_articles(dir, 3);
  Result r = run_prep({"extract", "-o", (dir / "good.json").string(), in.string()}, dir / "err");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(slurp(dir / "good.json").rfind("{\"format\":\"article-json\"", 0), 0u);
  EXPECT_EQ(listing(dir), (std::vector<std::string>{"err", "good.json", "in.jsonl"}));
  const auto perms = fs::status(dir / "good.json").permissions();
  EXPECT_NE(perms & fs::perms::owner_read, fs::perms::none);
  fs::remove_all(dir);
}

TEST(AtomicOutput, FullDiskLeavesTheOldOutputAndNamesPathAndReason) {
  const fs::path dir = scratch("full");
  std::ofstream(dir / "good.json", std::ios::binary) << "OLD CONTENT";
  const fs::path in = many_articles(dir, 300);  // ~200 KB of output against a 16 KiB file size limit
  Result r = run_prep({"extract", "-o", (dir / "good.json").string(), in.string()}, dir / "err", 16384);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(slurp(dir / "good.json"), "OLD CONTENT");
  EXPECT_NE(r.err.find((dir / "good.json").string() + ": write failed: File too large"), std::string::npos) << r.err;
  EXPECT_EQ(listing(dir), (std::vector<std::string>{"err", "good.json", "in.jsonl"}));
  fs::remove_all(dir);
}

TEST(AtomicOutput, MissingFolderIsNamed) {
  const fs::path dir = scratch("nofolder");
  const fs::path in = many_articles(dir, 1);
  const std::string out = (dir / "no" / "such" / "x.json").string();
  Result r = run_prep({"extract", "-o", out, in.string()}, dir / "err");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(out + ": cannot create a temporary file beside it: No such file or directory"), std::string::npos)
      << r.err;
  fs::remove_all(dir);
}

// A device or FIFO target (`-o /dev/null`) is written in place: renaming a temporary file over it would replace
// the device with a plain file (as root, /dev/null itself). A FIFO stands in for /dev/null here, so a regression
// cannot damage the machine the tests run on.
TEST(AtomicOutput, FifoTargetIsWrittenInPlaceNotReplaced) {
  const fs::path dir = scratch("fifo");
  const fs::path in = many_articles(dir, 2);
  const fs::path fifo = dir / "out.fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  // A reader exists before article-prep opens the FIFO to write; two articles fit in the pipe's buffer.
  const int rd = open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(rd, 0);
  Result r = run_prep({"extract", "-o", fifo.string(), in.string()}, dir / "err");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string got;
  char buf[4096];
  for (ssize_t n; (n = read(rd, buf, sizeof buf)) > 0;) got.append(buf, size_t(n));
  close(rd);
  EXPECT_EQ(got.rfind("{\"format\":\"article-json\"", 0), 0u) << got;
  EXPECT_EQ(got.back(), '\n');
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_EQ(listing(dir), (std::vector<std::string>{"err", "in.jsonl", "out.fifo"}));
  fs::remove_all(dir);
}

TEST(AtomicOutput, ShardReplacesTheWholeCorpus) {
  const fs::path dir = scratch("shard");
  const fs::path big = many_articles(dir, 30, "big.jsonl"), small = many_articles(dir, 4, "small.jsonl");
  ASSERT_EQ(run_prep({"extract", "-o", (dir / "big.json").string(), big.string()}, dir / "err").exit_code, 0);
  ASSERT_EQ(run_prep({"extract", "-o", (dir / "small.json").string(), small.string()}, dir / "err").exit_code, 0);
  const fs::path out = dir / "corpus";
  Result r = run_prep({"shard", "--articles-per-shard", "10", "-o", out.string(), (dir / "big.json").string()},
                      dir / "err");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(listing(out).size(), 6u);  // manifest, index, 3 shards, 1 text file
  r = run_prep({"shard", "--articles-per-shard", "10", "-o", out.string() + "/", (dir / "small.json").string()},
               dir / "err");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // No stale shard from the first run, nothing left beside the folder.
  EXPECT_EQ(listing(out),
            (std::vector<std::string>{"index.json", "manifest.json", "shard-00000.json", "texts-00000.json"}));
  EXPECT_NE(slurp(out / "manifest.json").find("\"articles\":4"), std::string::npos);
  EXPECT_EQ(listing(dir), (std::vector<std::string>{"big.json", "big.jsonl", "corpus", "err", "small.json",
                                                    "small.jsonl"}));
  fs::remove_all(dir);
}

TEST(AtomicOutput, ShardFailingHalfwayLeavesTheOldCorpus) {
  const fs::path dir = scratch("shardfull");
  const fs::path small = many_articles(dir, 4, "small.jsonl"), big = many_articles(dir, 300, "big.jsonl");
  ASSERT_EQ(run_prep({"extract", "-o", (dir / "small.json").string(), small.string()}, dir / "err").exit_code, 0);
  ASSERT_EQ(run_prep({"extract", "-o", (dir / "big.json").string(), big.string()}, dir / "err").exit_code, 0);
  const fs::path out = dir / "corpus";
  ASSERT_EQ(run_prep({"shard", "-o", out.string(), (dir / "small.json").string()}, dir / "err").exit_code, 0);
  const std::string manifest = slurp(out / "manifest.json"), shard = slurp(out / "shard-00000.json");
  const auto before = listing(out);
  // The text file of the first 100 articles fits in 64 KiB, their shard does not: the run fails halfway.
  Result r = run_prep({"shard", "-o", out.string(), (dir / "big.json").string()}, dir / "err", 65536);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find((out / "shard-00000.json").string() + ": write failed: File too large"), std::string::npos)
      << r.err;
  EXPECT_EQ(listing(out), before);
  EXPECT_EQ(slurp(out / "manifest.json"), manifest);
  EXPECT_EQ(slurp(out / "shard-00000.json"), shard);
  EXPECT_EQ(listing(dir), (std::vector<std::string>{"big.json", "big.jsonl", "corpus", "err", "small.json",
                                                    "small.jsonl"}));
  fs::remove_all(dir);
}

TEST(AtomicOutput, ShardRefusesAFolderWithOtherFiles) {
  const fs::path dir = scratch("shardother");
  const fs::path small = many_articles(dir, 2, "small.jsonl");
  ASSERT_EQ(run_prep({"extract", "-o", (dir / "small.json").string(), small.string()}, dir / "err").exit_code, 0);
  fs::create_directories(dir / "site");
  std::ofstream(dir / "site" / "notes.txt") << "mine";
  Result r = run_prep({"shard", "-o", (dir / "site").string(), (dir / "small.json").string()}, dir / "err");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find((dir / "site").string() + ": holds files shard did not write (notes.txt)"), std::string::npos)
      << r.err;
  EXPECT_EQ(listing(dir / "site"), (std::vector<std::string>{"notes.txt"}));
  fs::remove_all(dir);
}

}  // namespace
