// query_bench: filter latency at 10k generated articles (bench/corpus_gen.cpp, seed 1) over the fixed mix of
// bench/query_mix.h (topic toggles trade/investment/energy; "billion", "tokayev", "oil gas" typed one
// character at a time). Each step runs what the app runs after a filter change (query_mix.h app_refresh:
// filter + facet_counts of the visible panel, filter of the other panels for the tab counts). Counters:
// p50_ms, p95_ms, max_ms over all steps of all iterations; steps per iteration. Target: p95 <= 4 ms.
// BM_QueryMix/panel:0 = people, panel:2 = figures; tabs:0 = the visible panel only (refresh() alone).
#include "corpus_gen.h"
#include "query_mix.h"

#include "core/json.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <string>

namespace {

const ae::Corpus& corpus_10k() {
  static const ae::Corpus c = [] {
    ae::Corpus out;
    ae::CorpusLoader loader;
    if (auto err = loader.load(ae::bench::generate_corpus(10000, 1), out)) std::abort();
    return out;
  }();
  return c;
}

void BM_QueryMix(benchmark::State& state) {
  const ae::Corpus& c = corpus_10k();
  const auto kind = ae::ItemKind(state.range(0));
  const bool tabs = state.range(1) != 0;
  const auto mix = ae::bench::query_mix();
  ae::QueryEngine engine;
  engine.attach(c);
  ae::bench::RefreshBuffers buf;
  std::vector<double> ms;
  size_t rows = 0;
  for (auto _ : state) {
    ae::Query q;
    ae::bench::app_refresh(engine, kind, q, buf, tabs);  // the view before the first step (not timed)
    for (const auto& step : mix) {
      ae::bench::apply_step(c, step, q);
      const auto t0 = std::chrono::steady_clock::now();
      rows += ae::bench::app_refresh(engine, kind, q, buf, tabs);
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
  }
  state.counters["p50_ms"] = ae::bench::percentile(ms, 50);
  state.counters["p95_ms"] = ae::bench::percentile(ms, 95);
  state.counters["max_ms"] = ae::bench::percentile(ms, 100);
  state.counters["steps"] = double(mix.size());
  state.counters["items"] = double(c.item_count(kind));
  state.counters["rows/step"] = double(rows) / double(ms.size());
}
BENCHMARK(BM_QueryMix)
    ->ArgsProduct({{int(ae::ItemKind::person), int(ae::ItemKind::figure)}, {1, 0}})
    ->ArgNames({"panel", "tabs"})
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
