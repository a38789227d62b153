// json.h: article JSON v1 (docs/article-json.md) loading, validation and writing.
//
// Loading uses simdjson On Demand with one reused parser and no exceptions; data is copied into the Corpus,
// never kept as views into the parser's buffer. Every failure is a value naming the JSON path, the byte
// offset, what was expected and what was found.
#pragma once

#include "core/corpus.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

struct LoadError {
  std::string file;     // set by callers that know it; may be empty
  uint64_t offset = 0;  // byte offset into the input
  std::string path;     // JSON path: "articles[3].figures[7].value" ("" for the document itself)
  std::string message;  // "expected a finite number, found NaN"
  // "file:offset: path: message" (file and path omitted when empty).
  std::string to_string() const;
};

struct LoadOptions {
  size_t max_bytes = size_t(1) << 30;  // inputs larger than this are refused before parsing
  uint32_t max_depth = 32;             // deeper nesting is refused (the format itself needs 6)
};

// One loader, reused: it keeps its simdjson parser and a scratch ArticleView between calls. Input in the
// canonical layout (one article per line, as write_corpus() writes it) is parsed article by article straight
// from the caller's bytes, so the load needs little beyond the input and the model; other layouts, and every
// error, take the whole-document path (a padded copy plus simdjson's buffers, released afterwards).
class CorpusLoader {
 public:
  CorpusLoader();
  ~CorpusLoader();
  CorpusLoader(const CorpusLoader&) = delete;
  CorpusLoader& operator=(const CorpusLoader&) = delete;

  // Parses `json` and adds its articles to `out`. On error `out` is left exactly as it was.
  std::optional<LoadError> load(std::string_view json, Corpus& out, const LoadOptions& options = {});

  // Parses a text file ({"format":"article-json-text","version":1,"texts":[{"id":…,"paragraphs":[…]},…]},
  // docs/article-json.md "Text files") and attaches its paragraphs to the articles of `c` that have a
  // text_ref and no paragraphs yet, after checking every evidence span of those articles against them with
  // the same rules as inline articles (validate_article()). Entries naming unknown articles or articles that
  // already have text are skipped. Article::text_ref is kept, so an attached article has both: paragraphs
  // non-empty is what "text loaded" means. Indices of the filled articles are appended to *filled (in file
  // order). On any error (syntax, format, version, a span that does not fit, an id twice in the file) `c`
  // and *filled are left exactly as they were. Attaching appends to c.strings and c.strs: Str and Range
  // handles stay valid, string_views into the pool may not.
  std::optional<LoadError> load_texts(std::string_view json, Corpus& c, std::vector<uint32_t>* filled = nullptr,
                                      const LoadOptions& options = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Checks the invariants the loader enforces on one article (unique item ids, references to existing people
// and figures, finite values, spans inside their paragraph, ...). Returns a message with a path relative
// to the article ("figures[2].evidence.match") or nothing.
std::optional<std::string> validate_article(const ArticleRecord& a);

// Canonical JSON: stable key order, no insignificant whitespace except one article per line.
// load(write(x)) reproduces x exactly (records compare equal).
std::string write_corpus(const Corpus& c);
// The same bytes in pieces: `sink` receives them in order, about `chunk` bytes at a time (whole articles), so a
// writer to a file never holds the whole output. Stops and returns false as soon as `sink` does. The default
// chunk is small enough to stay in the L2 cache until write() copies it: with 1 MiB chunks that kernel copy
// cost 1-5% of `article-prep extract` over the BBC files, with 128 KiB about 0.3% (perf, same bytes written).
bool write_corpus(const Corpus& c, const std::function<bool(std::string_view)>& sink, size_t chunk = size_t(128) << 10);
// One article as a standalone JSON object (article-prep --jsonl). An article with a text_ref is written
// stripped ("textRef" instead of "paragraphs"), by both write_article() and write_corpus().
std::string write_article(const Corpus& c, uint32_t article);
// The stripped form of an article for a shard: "textRef": text_ref where "paragraphs" would be, no
// paragraphs (an empty text_ref gives write_article(c, article)). Its text goes to write_texts().
// Alternatively set ArticleRecord::text_ref and clear paragraphs before Corpus::add() and use write_corpus().
std::string write_article(const Corpus& c, uint32_t article, std::string_view text_ref);
// A text file (format "article-json-text") with the inline paragraphs of `articles`, in that order, one entry
// per line; load_texts() reads it.
std::string write_texts(const Corpus& c, const std::vector<uint32_t>& articles);
void append_json_string(std::string& out, std::string_view s);  // quoted, escaped
// The shortest decimal form that reads back as the same double (%.15g, %.16g or %.17g). Emscripten 3.1.6's
// libc++ has no floating-point std::to_chars, so this is portable C.
void append_json_number(std::string& out, double v);

}  // namespace ae
