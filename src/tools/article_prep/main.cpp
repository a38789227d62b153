// article-prep: turns raw article text into article JSON v1 and checks article JSON files.
//   article-prep extract [options] FILE...   text -> corpus JSON (see `article-prep extract --help`)
//   article-prep validate FILE...            print each error as file:offset: path: message; exit 1 if any
//   article-prep shard -o DIR FILE...        split corpora into DIR/manifest.json + shards (docs/scale.md)
#include "tools/article_prep/commands.h"

#include <cstdio>
#include <cstring>
#include <new>
#include <span>
#include <stdexcept>

int main(int argc, char** argv) {
  std::span<char*> args(argv, static_cast<size_t>(argc));
  if (argc >= 2) {
    try {  // running out of memory is an error message and exit 1, never an abort (outputs are atomic)
      if (std::strcmp(argv[1], "extract") == 0) return ae::tools::cmd_extract(args.subspan(2));
      if (std::strcmp(argv[1], "validate") == 0) return ae::tools::cmd_validate(args.subspan(2));
      if (std::strcmp(argv[1], "shard") == 0) return ae::tools::cmd_shard(args.subspan(2));
    } catch (const std::bad_alloc&) {
      std::fprintf(stderr, "article-prep %s: out of memory, stopped; nothing was written\n", argv[1]);
      return 1;
    } catch (const std::length_error&) {
      std::fprintf(stderr, "article-prep %s: out of memory (a size past the limit), stopped; nothing was written\n", argv[1]);
      return 1;
    }
  }
  std::fprintf(stderr,
               "usage: article-prep extract [--topics FILE] [--jsonl] [--explain] [-o OUT] FILE...\n"
               "       article-prep validate FILE...\n"
               "       article-prep shard [--articles-per-shard N] -o DIR FILE...\n");
  return 2;
}
