// article-prep: turns raw article text into article JSON v1 and checks article JSON files.
//   article-prep extract [options] FILE...   text -> corpus JSON (see `article-prep extract --help`)
//   article-prep validate FILE...            print each error as file:offset: path: message; exit 1 if any
//   article-prep shard -o DIR FILE...        split corpora into DIR/manifest.json + shards (docs/scale.md)
#include "tools/article_prep/commands.h"

#include <cstdio>
#include <cstring>
#include <span>

int main(int argc, char** argv) {
  std::span<char*> args(argv, static_cast<size_t>(argc));
  if (argc >= 2) {
    if (std::strcmp(argv[1], "extract") == 0) return ae::tools::cmd_extract(args.subspan(2));
    if (std::strcmp(argv[1], "validate") == 0) return ae::tools::cmd_validate(args.subspan(2));
    if (std::strcmp(argv[1], "shard") == 0) return ae::tools::cmd_shard(args.subspan(2));
  }
  std::fprintf(stderr,
               "usage: article-prep extract [--topics FILE] [--jsonl] [--explain] [-o OUT] FILE...\n"
               "       article-prep validate FILE...\n"
               "       article-prep shard [--articles-per-shard N] -o DIR FILE...\n");
  return 2;
}
