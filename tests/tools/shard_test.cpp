// shard_test.cpp: `article-prep shard` end to end: the shards are valid corpora that together give back the input,
// in order; the manifest indexes every article; a bad input writes nothing.
#include "../core/article_gen.h"
#include "core/json.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

int run_shard(const std::string& args, std::string* output = nullptr) {
  std::string cmd = std::string("'") + AE_ARTICLE_PREP + "' shard " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  size_t n;
  std::string out;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int st = pclose(p);
  if (output) *output = out;
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::filesystem::path scratch(const char* name) {
  auto dir = std::filesystem::temp_directory_path() / (std::string("ae-shard-test-") + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(Shard, ShardsAreValidCorporaThatReassembleTheInput) {
  const auto dir = scratch("ok");
  ae::Corpus original;
  ae::testing::ArticleGen gen(7);
  for (int i = 0; i < 23; ++i) original.add(gen.article(i));
  const std::string json = ae::write_corpus(original);
  std::ofstream(dir / "in.json", std::ios::binary) << json;

  std::string out;
  ASSERT_EQ(run_shard("--articles-per-shard 5 -o '" + (dir / "out").string() + "' '" + (dir / "in.json").string() + "'", &out), 0)
      << out;
  EXPECT_NE(out.find("23 articles in 5 shards of at most 5"), std::string::npos) << out;

  ae::Corpus reassembled;
  ae::CorpusLoader loader;
  for (int s = 0; s < 5; ++s) {
    char name[32];
    std::snprintf(name, sizeof name, "shard-%05d.json", s);
    ae::Corpus alone;  // each shard loads on its own
    auto err = loader.load(slurp(dir / "out" / name), alone);
    ASSERT_FALSE(err) << err->to_string();
    EXPECT_EQ(alone.articles.size(), s < 4 ? 5u : 3u);
    ASSERT_FALSE(loader.load(slurp(dir / "out" / name), reassembled));
  }
  ASSERT_EQ(reassembled.articles.size(), original.articles.size());
  for (uint32_t i = 0; i < original.articles.size(); ++i) EXPECT_EQ(reassembled.record(i), original.record(i)) << i;

  const std::string manifest = slurp(dir / "out" / "manifest.json");
  EXPECT_EQ(manifest.rfind("{\"format\":\"article-json-manifest\",\"version\":1,", 0), 0u);
  EXPECT_NE(manifest.find("\"articles\":23,"), std::string::npos);
  for (uint32_t i = 0; i < original.articles.size(); ++i)
    EXPECT_NE(manifest.find("{\"id\":\"" + std::string(original.str(original.articles[i].id)) + "\""), std::string::npos);
  EXPECT_NE(manifest.find("\"file\":\"shard-00004.json\",\"articles\":3,"), std::string::npos);
}

TEST(Shard, InvalidInputIsReportedAndNothingIsWritten) {
  const auto dir = scratch("bad");
  std::ofstream(dir / "bad.json") << "{\"format\":\"article-json\",\"version\":1,\"articles\":[{\"id\":\"a-1\",";
  std::string out;
  EXPECT_EQ(run_shard("-o '" + (dir / "out").string() + "' '" + (dir / "bad.json").string() + "'", &out), 1);
  EXPECT_NE(out.find("bad.json:"), std::string::npos) << out;
  EXPECT_FALSE(std::filesystem::exists(dir / "out" / "manifest.json"));
}

TEST(Shard, UsageErrors) {
  EXPECT_EQ(run_shard(""), 2);
  EXPECT_EQ(run_shard("--articles-per-shard 0 -o /tmp/x in.json"), 2);
}

}  // namespace
