// file.cpp: one file -> a one-article document (input.h, extract_file_document), for the web app's extractor
// worker. The steps and their order are article-prep's (src/tools/article_prep/extract_cmd.cpp, Run::add).
#include "core/json.h"
#include "extract/extract.h"
#include "extract/input.h"

namespace ae::extract {

std::string extract_file_document(std::string_view name, std::string_view bytes, const Lexicon* lexicon,
                                  std::string& note, std::string& error) {
  PreparedInput in = prepare_input(name, bytes);
  note = in.note();
  ExtractOptions options;
  options.lexicon = lexicon && !lexicon->topics.empty() ? lexicon : nullptr;
  ExtractResult r = extract(in.text, options);
  if (!r.ok()) {
    error = std::string(to_string(r.error));
    return {};
  }
  if (auto bad = validate_article(r.article)) {
    error = "the extracted article is invalid (" + *bad + ")";
    return {};
  }
  Corpus c;
  if (options.lexicon)
    for (const TopicRecord& t : lexicon->topics) c.add_topic(t.id, t.label);
  c.add(r.article);
  return write_corpus(c);
}

}  // namespace ae::extract
