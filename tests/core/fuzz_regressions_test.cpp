// fuzz_regressions_test.cpp: every crash a fuzz target found, replayed under the native and ASan suites. The
// inputs live in tests/fuzz/corpus/<target>/regression-*, where every bounded fuzz run also starts from them.
#include "core/json.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// A figure's span array cut off at the end of a line, in the one-article-per-line layout: simdjson's token
// length for the last number was stale (it read far past the input). Now it is an error with a place.
TEST(FuzzRegressions, CanonicalLineCutInsideANumberArray) {
  const std::string json = slurp(AE_SOURCE_DIR "/tests/fuzz/corpus/load/regression-canonical-number-token.json");
  ASSERT_FALSE(json.empty());
  ae::CorpusLoader loader;
  ae::Corpus c;
  auto err = loader.load(json, c);
  ASSERT_TRUE(err);
  EXPECT_LE(err->offset, json.size());
  EXPECT_FALSE(err->message.empty());
  EXPECT_TRUE(c.articles.empty());
  // Every prefix too: an error or a corpus, never a read outside the input (ASan checks the reads).
  for (size_t n = 0; n <= json.size(); n += 13) {
    ae::Corpus p;
    auto e = loader.load(std::string_view(json.data(), n), p);
    if (e) {
      EXPECT_LE(e->offset, n) << n;
    }
  }
}

}  // namespace
