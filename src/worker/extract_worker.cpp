// extract_worker.cpp: the web app's extractor, a Web Worker of its own (issue 14). The explorer asks it through
// Emscripten's worker API (platform_web.cpp, extract_text); it is downloaded the first time a text is added, so
// the first view does not carry the extractor and HTML Tidy (about 240 KB gzip).
//
// Request: the file name, a NUL byte, the file's bytes. Answer: "ok\n<note>\n<one-article document>" or
// "error\n<message>" (extract::extract_file_document: the steps of `article-prep extract` for one file).
#include "extract/extract.h"
#include "extract/input.h"
#include "worker/topics_json.h"  // generated from assets/topics.json (cmake/wasm_app.cmake)

#include <emscripten.h>

#include <cstdio>
#include <string>

namespace {

const ae::extract::Lexicon* lexicon() {
  static const ae::extract::Lexicon lex = [] {
    std::string error;
    auto parsed = ae::extract::parse_lexicon(ae::worker::kTopicsJson, error);
    if (!parsed) std::fprintf(stderr, "extract worker: built-in topic lexicon: %s\n", error.c_str());
    return parsed ? std::move(*parsed) : ae::extract::Lexicon{};
  }();
  return &lex;
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void ae_extract_file(char* data, int size) {
  const std::string_view request(data, size_t(size > 0 ? size : 0));
  const size_t nul = request.find('\0');
  std::string answer;
  if (nul == std::string_view::npos) {
    answer = "error\nmalformed request to the extractor";
  } else {
    std::string note, error;
    const std::string doc =
        ae::extract::extract_file_document(request.substr(0, nul), request.substr(nul + 1), lexicon(), note, error);
    answer = error.empty() ? "ok\n" + note + "\n" + doc : "error\n" + error;
  }
  emscripten_worker_respond(answer.data(), int(answer.size()));
}
