// validate_cmd.cpp: `article-prep validate FILE...` checks article JSON files with the same loader the
// explorer uses, printing `file:offset: path: message` per error (stderr) and a summary per valid file
// (stdout). Exit status: 0 when every file is valid, 1 otherwise, 2 for usage errors.
#include "core/json.h"
#include "tools/article_prep/commands.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace ae::tools {

int cmd_validate(std::span<char*> args) {
  if (args.empty() || (args.size() == 1 && (std::strcmp(args[0], "--help") == 0 || std::strcmp(args[0], "-h") == 0))) {
    std::fprintf(args.empty() ? stderr : stdout,
                 "usage: article-prep validate FILE...\n"
                 "  Checks article JSON v1 files (docs/article-json.md); '-' reads stdin.\n"
                 "  Prints 'file:offset: path: message' for each invalid file, exits 1 if any is invalid.\n"
                 "  A UTF-8 byte order mark before the JSON is accepted, as by the explorer.\n");
    return args.empty() ? 2 : 0;
  }
  CorpusLoader loader;
  std::string text, read_error;
  bool all_ok = true;
  for (char* name : args) {
    if (!read_input(name, text, read_error)) {
      LoadError e{name, 0, {}, "cannot read file: " + read_error};
      std::fprintf(stderr, "%s\n", e.to_string().c_str());
      all_ok = false;
      continue;
    }
    if (std::string problem = utf16_problem(text); !problem.empty()) {
      std::fprintf(stderr, "%s\n", LoadError{name, 0, {}, problem}.to_string().c_str());
      all_ok = false;
      continue;
    }
    Corpus corpus;
    LoadOptions options;
    options.max_bytes = input_limit();
    if (auto error = loader.load(text, corpus, options)) {
      error->file = name;
      std::fprintf(stderr, "%s\n", error->to_string().c_str());
      all_ok = false;
      continue;
    }
    std::printf("%s: ok (%zu articles, %zu people, %zu figures, %zu agreements, %zu photos)\n", name,
                corpus.articles.size(), corpus.people.size(), corpus.figures.size(), corpus.agreements.size(),
                corpus.photos.size());
  }
  std::fflush(stdout);
  return all_ok ? 0 : 1;
}

}  // namespace ae::tools
