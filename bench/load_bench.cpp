// load_bench: CorpusLoader::load throughput (MB/s of article JSON -> indexed model, one core) on a generated
// 10k-article corpus (bench/corpus_gen.cpp, seed 1), with baselines on the same bytes in the same process:
//   BM_Baseline_Memchr   one pass over the bytes (memchr for a byte that is not there): memory bandwidth
//   BM_Baseline_DomParse simdjson DOM parse of the document without building the model
//   BM_Load              CorpusLoader::load into a fresh Corpus (validation + packing + search strings)
//   BM_LoadAndAttach     the above plus QueryEngine::attach (per-topic bitsets): what the app does
// No threshold: the figures go to docs/performance.md (bench/run-browser-bench.mjs).
#include "corpus_gen.h"

#include "core/json.h"
#include "core/query.h"

#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstring>
#include <string>

namespace {

const std::string& corpus_10k() {
  static const std::string json = ae::bench::generate_corpus(10000, 1);
  return json;
}

void BM_Baseline_Memchr(benchmark::State& state) {
  const std::string& json = corpus_10k();
  for (auto _ : state) benchmark::DoNotOptimize(std::memchr(json.data(), 0, json.size()));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(json.size()));
}
BENCHMARK(BM_Baseline_Memchr)->Unit(benchmark::kMillisecond);

void BM_Baseline_DomParse(benchmark::State& state) {
  const std::string& json = corpus_10k();
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  for (auto _ : state) {
    simdjson::dom::element doc;
    auto err = parser.parse(padded).get(doc);
    if (err) state.SkipWithError(simdjson::error_message(err));
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(json.size()));
}
BENCHMARK(BM_Baseline_DomParse)->Unit(benchmark::kMillisecond);

void BM_Load(benchmark::State& state) {
  const std::string& json = corpus_10k();
  ae::CorpusLoader loader;
  size_t items = 0, memory = 0;
  for (auto _ : state) {
    ae::Corpus c;
    if (auto err = loader.load(json, c)) state.SkipWithError(err->to_string().c_str());
    items = c.people.size() + c.figures.size() + c.agreements.size() + c.photos.size();
    memory = c.memory_bytes();
    benchmark::DoNotOptimize(c);
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(json.size()));
  state.counters["input_MB"] = double(json.size()) / 1e6;
  state.counters["items"] = double(items);
  state.counters["model_MB"] = double(memory) / 1e6;
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

void BM_LoadAndAttach(benchmark::State& state) {
  const std::string& json = corpus_10k();
  ae::CorpusLoader loader;
  for (auto _ : state) {
    ae::Corpus c;
    if (auto err = loader.load(json, c)) state.SkipWithError(err->to_string().c_str());
    ae::QueryEngine e;
    e.attach(c);
    benchmark::DoNotOptimize(e);
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(json.size()));
}
BENCHMARK(BM_LoadAndAttach)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
