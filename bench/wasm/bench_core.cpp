// bench_core.cpp: the in-browser benchmark's WebAssembly side (target bench_core, cmake/wasm_bench.cmake).
// The same ae_core the explorer ships, with no UI: bench/web/bench.js copies corpus bytes into the heap,
// times the load into an indexed model, runs the filter mix of bench/query_mix.h and reads the heap size.
// Every export is extern "C" EMSCRIPTEN_KEEPALIVE; timings use emscripten_get_now() (performance.now()).
#include "query_mix.h"

#include "core/json.h"
#include "core/query.h"

#include <emscripten/emscripten.h>
#include <emscripten/heap.h>

#include "simdjson.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {
struct State {
  ae::CorpusLoader loader;
  std::unique_ptr<ae::Corpus> corpus = std::make_unique<ae::Corpus>();
  ae::QueryEngine engine;
  std::string error;
  std::vector<ae::bench::MixStep> mix = ae::bench::query_mix();
  std::vector<double> step_ms;  // per step of the last bench_run_mix
  std::vector<double> step_rows;
  std::vector<double> step_hidden_ms;  // the deferred tab counts after each step (query_mix.h hidden_counts)
  std::string label;
};
State& st() {
  static State* s = new State();
  return *s;
}

// simdjson's own On Demand walk of a value: every string unescaped (into the parser's buffer), every number
// parsed, every array and object entered. Nothing is copied out: the physical bound for a loader of these bytes.
namespace od = simdjson::ondemand;
bool walk(od::value& v, double& sink) {
  od::json_type t;
  if (v.type().get(t)) return false;
  switch (t) {
    case od::json_type::object: {
      od::object o;
      if (v.get_object().get(o)) return false;
      for (auto entry : o) {
        od::field field;
        std::string_view key;
        if (std::move(entry).get(field) || field.unescaped_key().get(key)) return false;
        sink += double(key.size());
        if (!walk(field.value(), sink)) return false;
      }
      return true;
    }
    case od::json_type::array: {
      od::array a;
      if (v.get_array().get(a)) return false;
      for (auto e : a) {
        od::value x;
        if (std::move(e).get(x) || !walk(x, sink)) return false;
      }
      return true;
    }
    case od::json_type::string: {
      std::string_view s;
      if (v.get_string().get(s)) return false;
      sink += double(s.size());
      return true;
    }
    case od::json_type::number: {
      double d;
      if (v.get_double().get(d)) return false;
      sink += d;
      return true;
    }
    case od::json_type::boolean: {
      bool b;
      if (v.get_bool().get(b)) return false;
      sink += b;
      return true;
    }
    case od::json_type::null: return !v.is_null().error();
  }
  return false;
}
}  // namespace

extern "C" {

// The physical bound: walks `size` bytes at `data` with simdjson On Demand (walk() above), one reused parser.
// The caller allocated `capacity` >= size + SIMDJSON_PADDING bytes (zeroed past `size`), so there is no copy.
// Returns the milliseconds taken, or -1 on error.
EMSCRIPTEN_KEEPALIVE double bench_walk(const char* data, size_t size, size_t capacity) {
  static simdjson::ondemand::parser* parser = new simdjson::ondemand::parser();
  if (capacity < size + simdjson::SIMDJSON_PADDING) return -1;
  const double t0 = emscripten_get_now();
  od::document doc;
  if (parser->iterate(data, size, capacity).get(doc)) return -1;
  od::value root;
  double sink = 0;
  if (doc.get_value().get(root) || !walk(root, sink)) return -1;
  const double ms = emscripten_get_now() - t0;
  return sink == -1.5 ? ms + 1e-9 : ms;  // keeps the sink alive
}

// Parses `size` bytes at `data` (allocated with malloc by the caller, who frees them) into a fresh corpus and
// builds the query index (what the app does on load). Returns the milliseconds taken, or -1 on error
// (bench_error() says why).
EMSCRIPTEN_KEEPALIVE double bench_load(const char* data, size_t size) {
  State& s = st();
  // The previous round's corpus and index are dropped before the clock starts: freeing them is no part of a
  // load (the JS path's previous model is garbage collected whenever the engine likes, outside its timing).
  s.corpus = std::make_unique<ae::Corpus>();
  s.engine.attach(*s.corpus);
  const double t0 = emscripten_get_now();
  auto fresh = std::make_unique<ae::Corpus>();
  if (auto err = s.loader.load(std::string_view(data, size), *fresh)) {
    s.error = err->to_string();
    return -1;
  }
  s.corpus = std::move(fresh);
  s.engine.attach(*s.corpus);
  s.error.clear();
  return emscripten_get_now() - t0;
}

EMSCRIPTEN_KEEPALIVE const char* bench_error() { return st().error.c_str(); }

// Drops the corpus (the heap keeps its size: WebAssembly memory never shrinks).
EMSCRIPTEN_KEEPALIVE void bench_clear() {
  State& s = st();
  s.corpus = std::make_unique<ae::Corpus>();
  s.engine.attach(*s.corpus);
}

EMSCRIPTEN_KEEPALIVE double bench_articles() { return double(st().corpus->articles.size()); }
EMSCRIPTEN_KEEPALIVE double bench_items(int kind) { return double(st().corpus->item_count(ae::ItemKind(kind))); }
EMSCRIPTEN_KEEPALIVE double bench_model_bytes() { return double(st().corpus->memory_bytes()); }
// The WebAssembly memory size in bytes (what the tab holds for the heap).
EMSCRIPTEN_KEEPALIVE double bench_heap_bytes() { return double(emscripten_get_heap_size()); }

// Runs the mix once on panel `kind` (0 people, 1 agreements, 2 figures, 3 photos), starting from an empty
// query; each step is timed with the app's synchronous refresh work (query_mix.h app_refresh: filter +
// facet_counts of the panel), then the deferred tab counts of the other panels (query_mix.h hidden_counts) are
// timed on their own. Returns the step count; bench_step_ms(i), bench_step_hidden_ms(i), bench_step_rows(i)
// and bench_step_label(i) read the results.
EMSCRIPTEN_KEEPALIVE int bench_run_mix(int kind) {
  State& s = st();
  s.step_ms.clear();
  s.step_rows.clear();
  s.step_hidden_ms.clear();
  ae::bench::RefreshBuffers buf;
  ae::Query q;
  ae::bench::app_refresh(s.engine, ae::ItemKind(kind), q, buf);
  ae::bench::hidden_counts(s.engine, ae::ItemKind(kind), q, buf);
  for (const auto& step : s.mix) {
    ae::bench::apply_step(*s.corpus, step, q);
    const double t0 = emscripten_get_now();
    const size_t rows = ae::bench::app_refresh(s.engine, ae::ItemKind(kind), q, buf);
    const double t1 = emscripten_get_now();
    ae::bench::hidden_counts(s.engine, ae::ItemKind(kind), q, buf);
    s.step_hidden_ms.push_back(emscripten_get_now() - t1);
    s.step_ms.push_back(t1 - t0);
    s.step_rows.push_back(double(rows));
  }
  return int(s.mix.size());
}
EMSCRIPTEN_KEEPALIVE double bench_step_hidden_ms(int i) { return st().step_hidden_ms.at(size_t(i)); }
EMSCRIPTEN_KEEPALIVE double bench_step_ms(int i) { return st().step_ms.at(size_t(i)); }
EMSCRIPTEN_KEEPALIVE double bench_step_rows(int i) { return st().step_rows.at(size_t(i)); }
EMSCRIPTEN_KEEPALIVE const char* bench_step_label(int i) {
  st().label = st().mix.at(size_t(i)).label();
  return st().label.c_str();
}

}  // extern "C"
