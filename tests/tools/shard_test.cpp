// shard_test.cpp: `article-prep shard` end to end: the shards are valid corpora that together give back the input,
// in order; the manifest indexes every article; a bad input writes nothing.
#include "../core/article_gen.h"
#include "core/json.h"
#include "core/manifest.h"

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
  ASSERT_EQ(run_shard("--articles-per-shard 5 --texts-per-file 4 -o '" + (dir / "out").string() + "' '" +
                          (dir / "in.json").string() + "'", &out), 0)
      << out;
  EXPECT_NE(out.find("23 articles in 5 shards of at most 5, texts in 6 files of at most 4"), std::string::npos) << out;

  ae::Corpus reassembled;
  ae::CorpusLoader loader;
  for (int s = 0; s < 5; ++s) {
    char name[32];
    std::snprintf(name, sizeof name, "shard-%05d.json", s);
    ae::Corpus alone;  // each shard loads on its own
    auto err = loader.load(slurp(dir / "out" / name), alone);
    ASSERT_FALSE(err) << err->to_string();
    EXPECT_EQ(alone.articles.size(), s < 4 ? 5u : 3u);
    for (const auto& a : alone.articles) {  // stripped: the text is elsewhere
      EXPECT_EQ(a.paragraphs.count, 0u);
      EXPECT_NE(alone.str(a.text_ref), "");
    }
    ASSERT_FALSE(loader.load(slurp(dir / "out" / name), reassembled));
  }
  ASSERT_EQ(reassembled.articles.size(), original.articles.size());
  size_t filled_total = 0;
  for (int t = 0; t < 6; ++t) {
    char name[32];
    std::snprintf(name, sizeof name, "texts-%05d.json", t);
    std::vector<uint32_t> filled;
    auto err = loader.load_texts(slurp(dir / "out" / name), reassembled, &filled);
    ASSERT_FALSE(err) << err->to_string();
    EXPECT_EQ(filled.size(), t < 5 ? 4u : 3u);
    filled_total += filled.size();
  }
  EXPECT_EQ(filled_total, 23u);
  for (uint32_t i = 0; i < original.articles.size(); ++i) {
    ae::ArticleRecord r = reassembled.record(i);
    char expect[32];
    std::snprintf(expect, sizeof expect, "texts-%05u.json", i / 4);
    EXPECT_EQ(r.text_ref, expect);
    r.text_ref.clear();
    EXPECT_EQ(r, original.record(i)) << i;
  }

  ae::Manifest m;
  auto err = ae::parse_manifest(slurp(dir / "out" / "manifest.json"), m);
  ASSERT_FALSE(err) << err->to_string();
  EXPECT_EQ(m.index_file, "index.json");
  EXPECT_TRUE(m.index.empty());
  err = ae::parse_manifest_index(slurp(dir / "out" / "index.json"), m);
  ASSERT_FALSE(err) << err->to_string();
  EXPECT_EQ(m.articles, 23u);
  ASSERT_EQ(m.index.size(), 23u);
  ASSERT_EQ(m.shards.size(), 5u);
  ASSERT_EQ(m.texts.size(), 6u);
  EXPECT_EQ(m.shards[4], (ae::ManifestFile{"shard-00004.json", 3, std::filesystem::file_size(dir / "out" / "shard-00004.json")}));
  EXPECT_EQ(m.counts[0], original.people.size());
  EXPECT_EQ(m.counts[2], original.figures.size());
  for (uint32_t i = 0; i < original.articles.size(); ++i) {
    EXPECT_EQ(m.index[i].id, original.str(original.articles[i].id));
    EXPECT_EQ(m.index[i].title, original.str(original.articles[i].title));
    EXPECT_EQ(m.index[i].shard, i / 5);
    EXPECT_EQ(m.index[i].counts[0], original.articles[i].people.count);
  }
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
