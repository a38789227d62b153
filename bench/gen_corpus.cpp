// gen-corpus: writes a generated article JSON v1 corpus (bench/corpus_gen.cpp: shapes and guarantees).
//
//   gen-corpus --articles N [--seed S] [--dense-people K] -o FILE
//
// --dense-people K: the table-stress shape (K people per article, one mention each, no other items), for a
// table of 500k+ rows in a file the explorer can hold.
//
// Deterministic: the same N and seed always give the same bytes. Valid by construction (check with
// `article-prep validate FILE`). Never commit generated corpora: write them under build/ or bench/out/.
#include "corpus_gen.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace {
int usage() {
  std::fprintf(stderr, "usage: gen-corpus --articles N [--seed S] [--dense-people K] -o FILE\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t n = 0, seed = 1;
  int dense = 0;
  const char* out_path = nullptr;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if ((a == "--articles" || a == "-n") && i + 1 < argc) n = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--seed" && i + 1 < argc) seed = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--dense-people" && i + 1 < argc) dense = std::atoi(argv[++i]);
    else if (a == "-o" && i + 1 < argc) out_path = argv[++i];
    else return usage();
  }
  if (!out_path || n == 0) return usage();
  const auto t0 = std::chrono::steady_clock::now();

  FILE* out = std::fopen(out_path, "wb");
  if (!out) {
    std::fprintf(stderr, "gen-corpus: cannot write %s: %s\n", out_path, std::strerror(errno));
    return 1;
  }
  bool write_failed = false;
  const ae::bench::GenStats st = ae::bench::generate_corpus(n, seed, [&](std::string_view piece) {
    if (std::fwrite(piece.data(), 1, piece.size(), out) != piece.size()) write_failed = true;
  }, dense);
  if (std::fclose(out) != 0 || write_failed) {
    std::fprintf(stderr, "gen-corpus: write to %s failed\n", out_path);
    return 1;
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr,
               "gen-corpus: %llu articles (seed %llu): %llu people, %llu figures, %llu agreements, %llu photos; "
               "%.1f MB in %.2f s\n",
               (unsigned long long)n, (unsigned long long)seed, (unsigned long long)st.people, (unsigned long long)st.figures,
               (unsigned long long)st.agreements, (unsigned long long)st.photos, double(st.bytes) / 1e6, s);
  return 0;
}
