// load_fuzz.cpp: libFuzzer target for the article JSON loader. Any input must either load or produce an
// error whose offset lies inside the input, never crash; the target corpus must be untouched on error; and
// whatever loads must survive write -> load unchanged (records and canonical bytes), also when appended.
// The same input is also fed to load_texts() against a one-article corpus whose article has a textRef: it
// either attaches paragraphs that fit the article's evidence or fails leaving the corpus untouched.
#include "core/json.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

// One stripped article (its mention needs paragraph 1 with at least 12 bytes), as a shard would carry it.
const ae::Corpus& stripped_corpus() {
  static const ae::Corpus c = [] {
    ae::Corpus x;
    ae::CorpusLoader l;
    check(!l.load(R"({"format":"article-json","version":1,"articles":[{"id":"a-0123456789abcdef","title":"T",)"
                  R"("textRef":"texts-00000.json","people":[{"id":"p-x","name":"X","mentions":[)"
                  R"({"paragraph":1,"sentence":[0,12],"match":[6,11]}]}]}]})",
                  x));
    return x;
  }();
  return c;
}

void fuzz_texts(ae::CorpusLoader& loader, std::string_view input, const ae::LoadOptions& options) {
  ae::Corpus c = stripped_corpus();
  const std::string before = ae::write_corpus(c);
  const size_t bytes = c.strings.bytes();
  std::vector<uint32_t> filled;
  if (auto error = loader.load_texts(input, c, &filled, options)) {
    check(error->offset <= input.size());
    check(filled.empty() && c.strings.bytes() == bytes && c.strs.empty() && c.articles[0].paragraphs.count == 0);
    check(ae::write_corpus(c) == before);
    return;
  }
  check(filled.size() <= 1);
  check(ae::write_corpus(c) == before);  // still written in shard form
  if (filled.empty()) return;
  check(filled[0] == 0 && c.articles[0].paragraphs.count >= 2);
  ae::ArticleRecord r = c.record(0);
  r.text_ref.clear();
  check(!ae::validate_article(r));
  // write_texts -> load_texts reproduces the paragraphs.
  ae::Corpus again = stripped_corpus();
  std::vector<uint32_t> filled_again;
  check(!loader.load_texts(ae::write_texts(c, filled), again, &filled_again));
  check(filled_again == filled && again.record(0) == c.record(0));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static ae::CorpusLoader loader;  // reused like in the app, so state leaks between runs would show
  std::string_view input(reinterpret_cast<const char*>(data), size);
  ae::LoadOptions options;
  options.max_depth = 16;
  fuzz_texts(loader, input, options);

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
