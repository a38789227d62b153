// load_memory_test.cpp (issue 17): the loader's real peak memory as a factor of the JSON size, measured with a
// counting allocator (every operator new/delete of this test program), for the canonical one-article-per-line
// fast path and the general (whole-document) path. It follows what the page does with a corpus: a heap buffer
// with the bytes (+64), CorpusLoader::load into a fresh Corpus, QueryEngine::attach, the buffer freed.
//
// The page's memory guard (web/shell.js: `kFastLoadFactor`, `kGeneralLoadFactor`) must cover both factors: this
// test reads the constants from shell.js and fails when the loader needs more. Run it on a bigger generated corpus with
//   build/native/gen-corpus --articles 10000 -o /tmp/c.json
//   AE_MEMORY_CORPUS=/tmp/c.json build/native/tests/tool_tests --gtest_filter=LoadMemory.*
// (the numbers in docs/security.md come from that).
#include "../core/article_gen.h"
#include "core/json.h"
#include "core/query.h"

#include <gtest/gtest.h>

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <new>
#include <regex>
#include <sstream>
#include <string>

namespace {

std::atomic<size_t> g_live{0}, g_peak{0};

void* counted_alloc(size_t n, size_t align = 0) {
  void* p = nullptr;
  if (align > alignof(std::max_align_t)) {
    if (posix_memalign(&p, align, n ? n : 1) != 0) p = nullptr;
  } else {
    p = std::malloc(n ? n : 1);
  }
  if (!p) return nullptr;
  const size_t live = g_live.fetch_add(malloc_usable_size(p)) + malloc_usable_size(p);
  size_t peak = g_peak.load();
  while (live > peak && !g_peak.compare_exchange_weak(peak, live)) {
  }
  return p;
}
void counted_free(void* p) {
  if (!p) return;
  g_live.fetch_sub(malloc_usable_size(p));
  std::free(p);
}

}  // namespace

void* operator new(size_t n) {
  if (void* p = counted_alloc(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](size_t n) {
  if (void* p = counted_alloc(n)) return p;
  throw std::bad_alloc();
}
void* operator new(size_t n, const std::nothrow_t&) noexcept { return counted_alloc(n); }
void* operator new[](size_t n, const std::nothrow_t&) noexcept { return counted_alloc(n); }
void* operator new(size_t n, std::align_val_t a) {
  if (void* p = counted_alloc(n, size_t(a))) return p;
  throw std::bad_alloc();
}
void* operator new[](size_t n, std::align_val_t a) {
  if (void* p = counted_alloc(n, size_t(a))) return p;
  throw std::bad_alloc();
}
void* operator new(size_t n, std::align_val_t a, const std::nothrow_t&) noexcept { return counted_alloc(n, size_t(a)); }
void* operator new[](size_t n, std::align_val_t a, const std::nothrow_t&) noexcept { return counted_alloc(n, size_t(a)); }
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, size_t) noexcept { counted_free(p); }
void operator delete[](void* p, size_t) noexcept { counted_free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { counted_free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { counted_free(p); }
void operator delete(void* p, std::align_val_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { counted_free(p); }
void operator delete(void* p, size_t, std::align_val_t) noexcept { counted_free(p); }
void operator delete[](void* p, size_t, std::align_val_t) noexcept { counted_free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { counted_free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { counted_free(p); }

namespace {

struct Peak {
  double factor = 0;         // peak bytes / JSON bytes
  double kept_factor = 0;    // bytes still held after the load (model + index + loader) / JSON bytes
  size_t articles = 0;
};

// What the page does with one corpus, measured from a clean baseline.
Peak measure(const std::string& json) {
  const size_t base = g_live.load();
  g_peak.store(base);
  Peak r;
  size_t kept = 0;
  {
    ae::CorpusLoader loader;
    ae::Corpus corpus;
    ae::QueryEngine engine;
    char* buf = new char[json.size() + 64];  // js_fetch: the body in one heap buffer with 64 spare bytes
    std::memcpy(buf, json.data(), json.size());
    std::memset(buf + json.size(), 0, 64);
    auto err = loader.load(std::string_view(buf, json.size()), corpus);
    EXPECT_FALSE(err) << err->to_string();
    engine.attach(corpus);
    delete[] buf;
    r.articles = corpus.articles.size();
    kept = g_live.load() - base;
  }
  r.factor = double(g_peak.load() - base) / double(json.size());
  r.kept_factor = double(kept) / double(json.size());
  return r;
}

std::string corpus_json() {
  if (const char* path = std::getenv("AE_MEMORY_CORPUS")) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  ae::Corpus c;
  ae::testing::ArticleGen gen(2017);
  for (int i = 0; i < 2000; ++i) c.add(gen.article(i, 12));
  return ae::write_corpus(c);
}

// web/shell.js: `NAME = N` (the factors the page's memory guard uses, margin included); 0 when missing.
double guard_factor(const std::string& name) {
  std::ifstream in(std::string(AE_SOURCE_DIR) + "/web/shell.js");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string js = ss.str();
  const std::regex re(name + R"(\s*=\s*([0-9.]+))");
  std::smatch m;
  if (!std::regex_search(js, m, re)) return 0;
  return std::stod(m[1].str());
}

TEST(LoadMemory, PeakFactorIsCoveredByThePageGuard) {
  const std::string canonical = corpus_json();
  ASSERT_GT(canonical.size(), 1000u);
  std::string general = canonical;  // the same corpus on one line: not the canonical layout, so the general path
  std::replace(general.begin(), general.end(), '\n', ' ');
  const Peak fast = measure(canonical), slow = measure(general);
  EXPECT_EQ(fast.articles, slow.articles);
  std::printf("load peak for %.1f MiB of JSON (%zu articles): fast path %.2fx (keeps %.2fx), general path %.2fx "
              "(keeps %.2fx)\n",
              double(canonical.size()) / 1048576.0, fast.articles, fast.factor, fast.kept_factor, slow.factor,
              slow.kept_factor);
  const double fast_guard = guard_factor("kFastLoadFactor"), general_guard = guard_factor("kGeneralLoadFactor");
  ASSERT_GT(fast_guard, 0) << "web/shell.js has no kFastLoadFactor";
  ASSERT_GT(general_guard, 0) << "web/shell.js has no kGeneralLoadFactor";
  EXPECT_LE(fast.factor * 1.1, fast_guard) << "the guard's margin for the fast path is under 10%";
  EXPECT_LE(slow.factor * 1.1, general_guard) << "the guard's margin for the general path is under 10%";
}

}  // namespace
