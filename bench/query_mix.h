// query_mix.h: the fixed filter workload shared by query_bench (native) and bench_core (WebAssembly), so both
// time the same steps. A step is one user action: a topic chip toggled or one character typed/erased; after
// each step the app's synchronous refresh() work runs (src/app/app.cpp): filter() and facet_counts() of the
// active panel (app_refresh, the timed step). The other panels' tab-label counts are computed lazily over the
// following frames; hidden_counts() is that work (count() of each other panel), timed and reported separately.
#pragma once

#include "core/corpus.h"
#include "core/query.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ae::bench {

struct MixStep {
  enum Kind { toggle_topic, type_char, erase_all } kind;
  std::string topic;  // toggle_topic
  char ch = 0;        // type_char
  std::string label() const {
    switch (kind) {
      case toggle_topic: return "toggle " + topic;
      case type_char: return std::string("type '") + ch + "'";
      case erase_all: return "clear text";
    }
    return "";
  }
};

// Toggle trade/investment/energy, type "billion", "tokayev" and "oil gas" one character at a time.
inline std::vector<MixStep> query_mix() {
  std::vector<MixStep> m;
  auto toggle = [&](const char* t) { m.push_back({MixStep::toggle_topic, t, 0}); };
  auto type = [&](std::string_view s) {
    for (char c : s) m.push_back({MixStep::type_char, "", c});
  };
  auto erase = [&] { m.push_back({MixStep::erase_all, "", 0}); };
  type("billion");
  toggle("trade");
  toggle("investment");
  erase();
  type("tokayev");
  toggle("energy");
  erase();
  toggle("trade");
  type("oil gas");
  toggle("investment");
  toggle("energy");
  erase();
  return m;
}

// Applies one step to `q` (topic ids resolved against the corpus; unknown topics are skipped).
inline void apply_step(const Corpus& c, const MixStep& s, Query& q) {
  switch (s.kind) {
    case MixStep::toggle_topic: {
      auto t = c.find_topic(s.topic);
      if (!t) return;
      auto it = std::find(q.topics.begin(), q.topics.end(), *t);
      if (it == q.topics.end()) q.topics.push_back(*t);
      else q.topics.erase(it);
      break;
    }
    case MixStep::type_char: q.text.push_back(s.ch); break;
    case MixStep::erase_all: q.text.clear(); break;
  }
}

// The app's synchronous work after a filter change with `active` as the visible panel: its rows and its topic
// facet counts. Returns the active panel's row count.
struct RefreshBuffers {
  std::vector<uint32_t> rows[kItemKinds];
  std::vector<uint32_t> facets;
  size_t counts[kItemKinds] = {};
};
inline size_t app_refresh(QueryEngine& e, ItemKind active, const Query& q, RefreshBuffers& b) {
  e.filter(active, q, Sort{}, b.rows[int(active)]);
  e.facet_counts(active, q, b.facets);
  return b.rows[int(active)].size();
}
// The deferred tab-label counts: count() of every panel except `active` (the app spreads these over later
// frames). Returns their sum.
inline size_t hidden_counts(QueryEngine& e, ItemKind active, const Query& q, RefreshBuffers& b) {
  size_t sum = 0;
  for (int k = 0; k < kItemKinds; ++k)
    if (k != int(active)) sum += b.counts[k] = e.count(ItemKind(k), q);
  return sum;
}

// p-th percentile (0..100) by nearest rank.
inline double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t rank = size_t(p / 100 * double(v.size()) + 0.999999);
  return v[std::min(v.size(), std::max<size_t>(rank, 1)) - 1];
}

}  // namespace ae::bench
