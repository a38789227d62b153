// corpus_gen.h: deterministic, seeded article JSON v1 corpora (bench/corpus_gen.cpp describes the shapes).
// Used by gen-corpus, load_bench, query_bench and the in-browser bench_core. Valid by construction: every
// article passes ae::validate_article() and is written by the canonical writer.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace ae::bench {

struct GenStats {
  uint64_t articles = 0, people = 0, figures = 0, agreements = 0, photos = 0, bytes = 0;
};

// Streams the document to `sink` in pieces (a few MB each); the same (articles, seed) give the same bytes.
// dense_people > 0 switches to a table-stress shape: every article has exactly that many people (one mention
// each, no role or affiliation) and no other items, so many rows fit in little JSON.
GenStats generate_corpus(uint64_t articles, uint64_t seed, const std::function<void(std::string_view)>& sink,
                         int dense_people = 0);
// The whole document as one string.
std::string generate_corpus(uint64_t articles, uint64_t seed, GenStats* stats = nullptr);

}  // namespace ae::bench
