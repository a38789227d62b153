// extract_bench: extraction throughput (MB/s of article text, one core) over the seed article and synthetic
// variations of it (names, numbers and countries swapped, paragraphs shuffled), with the shipped topic
// lexicon. Target: >= 20 MB/s (docs/performance.md).
#include "extract/extract.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
}

// The seed plus variations, so branch predictors and caches do not see one text only.
std::vector<std::string> corpus() {
  std::string seed = slurp(std::string(AE_SOURCE_DIR) + "/assets/articles/000_ed62864c3e57ce75.txt");
  std::vector<std::string> out{seed};
  const char* surnames[] = {"Lindqvist", "Okafor", "Brennan", "Sato", "Moreau", "Haddad", "Novak"};
  const char* countries[] = {"Uzbekistan", "Kyrgyzstan", "Germany", "Japan", "Turkey", "Canada", "Brazil"};
  std::mt19937 rng(42);
  for (int v = 0; v < 15; ++v) {
    std::string t = seed;
    replace_all(t, "Pompeo", surnames[v % 7]);
    replace_all(t, "Kazakhstan", countries[(v + 3) % 7]);
    replace_all(t, "2.1", std::to_string(v + 1) + "." + std::to_string(v * 7 % 10));
    replace_all(t, "600", std::to_string(100 + v * 37));
    // Shuffle the body paragraphs (the title stays first).
    std::vector<std::string> paras;
    size_t b = t.find("\n\n");
    std::string title = t.substr(0, b);
    while (b != std::string::npos) {
      size_t e = t.find("\n\n", b + 2);
      paras.push_back(t.substr(b + 2, e == std::string::npos ? std::string::npos : e - b - 2));
      b = e;
    }
    std::shuffle(paras.begin(), paras.end(), rng);
    std::string shuffled = title;
    for (auto& p : paras) shuffled += "\n\n" + p;
    out.push_back(std::move(shuffled));
  }
  return out;
}

void BM_Extract(benchmark::State& state) {
  static const std::vector<std::string> texts = corpus();
  std::string error;
  static const auto lexicon =
      ae::extract::parse_lexicon(slurp(std::string(AE_SOURCE_DIR) + "/assets/topics.json"), error);
  ae::extract::ExtractOptions o;
  o.lexicon = lexicon ? &*lexicon : nullptr;
  o.explain = state.range(0) != 0;
  size_t bytes = 0, items = 0;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      ae::extract::ExtractResult r = ae::extract::extract(t, o);
      items += r.article.people.size() + r.article.figures.size() + r.article.agreements.size() + r.article.photos.size();
      benchmark::DoNotOptimize(r);
      bytes += t.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["items/article"] = double(items) / double(state.iterations() * texts.size());
}
BENCHMARK(BM_Extract)->Arg(0)->Arg(1)->ArgName("explain")->Unit(benchmark::kMillisecond);

// Input checks (UTF-8 validation, NUL scan) that run before extraction.
void BM_CheckText(benchmark::State& state) {
  static const std::vector<std::string> texts = corpus();
  size_t bytes = 0;
  for (auto _ : state)
    for (const std::string& t : texts) {
      benchmark::DoNotOptimize(ae::extract::check_text(t));
      bytes += t.size();
    }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_CheckText);

}  // namespace

BENCHMARK_MAIN();
