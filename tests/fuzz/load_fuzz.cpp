// load_fuzz.cpp: libFuzzer target for the article JSON loader. Any input must either load or produce an
// error whose offset lies inside the input, never crash; the target corpus must be untouched on error; and
// whatever loads must survive write -> load unchanged (records and canonical bytes), also when appended.
#include "core/json.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static ae::CorpusLoader loader;  // reused like in the app, so state leaks between runs would show
  std::string_view input(reinterpret_cast<const char*>(data), size);
  ae::LoadOptions options;
  options.max_depth = 16;

  ae::Corpus corpus;
  auto error = loader.load(input, corpus, options);
  if (error) {
    check(error->offset <= size);
    check(corpus.articles.empty() && corpus.topics.empty() && corpus.strings.bytes() == 0);
    check(!error->to_string().empty());
    return 0;
  }

  std::string written = ae::write_corpus(corpus);
  ae::Corpus back;
  check(!loader.load(written, back));
  check(back.articles.size() == corpus.articles.size());
  for (uint32_t i = 0; i < corpus.articles.size(); ++i) check(back.record(i) == corpus.record(i));
  check(back.topic_records() == corpus.topic_records());
  check(ae::write_corpus(back) == written);

  // Appending the same input again: duplicate article ids must fail and leave `back` exactly as it was.
  auto again = loader.load(input, back, options);
  if (!corpus.articles.empty()) {
    check(again.has_value());
    check(ae::write_corpus(back) == written);
  }
  return 0;
}
