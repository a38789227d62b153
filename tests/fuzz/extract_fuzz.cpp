// extract_fuzz.cpp: libFuzzer target for article-prep's extractor (src/extract). Any text that extract()
// accepts (no ExtractError, or only no_title) must give an article that validate_article() accepts, that Corpus::add() packs and
// record() unpacks unchanged, and whose canonical JSON (write_article / write_corpus) loads back to the same
// record. The topic lexicon (assets/topics.json) is parsed once, like article-prep does per run.
#include "core/corpus.h"
#include "core/json.h"
#include "extract/extract.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "extract_fuzz: invariant failed: %s\n", what);
    std::abort();
  }
}

const ae::extract::Lexicon& lexicon() {
  static const ae::extract::Lexicon lex = [] {
    std::ifstream in(AE_SOURCE_DIR "/assets/topics.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string error;
    auto parsed = ae::extract::parse_lexicon(ss.str(), error);
    if (!parsed) {
      std::fprintf(stderr, "extract_fuzz: cannot load assets/topics.json: %s\n", error.c_str());
      std::abort();
    }
    return *parsed;
  }();
  return lex;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static ae::CorpusLoader loader;
  std::string_view text(reinterpret_cast<const char*>(data), size);

  ae::extract::ExtractOptions options;
  options.lexicon = &lexicon();
  options.source = "Fuzz";
  options.explain = size % 2 == 0;  // exercise the rule report on half the inputs
  ae::extract::ExtractResult r = ae::extract::extract(text, options);
  if (!r.ok() && r.error != ae::extract::ExtractError::no_title) return 0;  // not text: article-prep skips it
  if (r.error == ae::extract::ExtractError::no_title) {  // article-prep reports it and skips the text, but
    r.article.title = "untitled";                          // everything else extracted must still be valid
    r.article.id = ae::article_id(r.article.source, r.article.title);
  }
  if (auto bad = ae::validate_article(r.article)) {
    std::fprintf(stderr, "extract_fuzz: invalid article: %s\n", bad->c_str());
    std::abort();
  }
  if (options.explain) check(!ae::extract::explain_text(r).empty(), "explain_text is empty");

  ae::Corpus corpus;
  uint32_t index = corpus.add(r.article);
  check(corpus.record(index) == r.article, "Corpus::add + record() changed the article");
  std::string one = ae::write_article(corpus, index);
  check(!one.empty() && one.front() == '{', "write_article produced no object");

  std::string written = ae::write_corpus(corpus);
  ae::Corpus back;
  auto error = loader.load(written, back);
  if (error) {
    std::fprintf(stderr, "extract_fuzz: written corpus does not load: %s\n", error->to_string().c_str());
    std::abort();
  }
  check(back.articles.size() == 1, "reloaded corpus has a different article count");
  check(back.record(0) == r.article, "write + load changed the article");
  check(ae::write_article(back, 0) == one, "write_article is not stable");
  return 0;
}
