// shard_cmd.cpp: `article-prep shard [--articles-per-shard N] -o DIR FILE...` splits corpora into a manifest and
// shards, so a large corpus can be loaded piece by piece (docs/scale.md).
//
//   DIR/manifest.json   {"format":"article-json-manifest","version":1,"topics":[…],"articles":N,
//                        "counts":{"people":…,"agreements":…,"figures":…,"photos":…},"topicCounts":{id:articles},
//                        "shards":[{"file":"shard-00000.json","articles":n,"bytes":b}],
//                        "index":[{"id","title","shard","topics":[…],"counts":[people,agreements,figures,photos]}]}
//   DIR/shard-NNNNN.json  each a complete article JSON v1 corpus (topics table + its articles), valid on its own.
// Inputs are loaded with the explorer's loader, so an invalid input is reported as by `validate` and nothing is
// written. Exit status: 0 on success, 1 on a bad input or a write error, 2 for usage errors.
#include "core/json.h"
#include "tools/article_prep/commands.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace ae::tools {

namespace {

bool write_file(const std::string& path, const std::string& data) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    std::fprintf(stderr, "%s: cannot write: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  if (std::fclose(f) != 0 || !ok) {
    std::fprintf(stderr, "%s: write failed: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  return true;
}

void append_counts(std::string& out, const Article& a) {
  out += '[' + std::to_string(a.people.count) + ',' + std::to_string(a.agreements.count) + ',' +
         std::to_string(a.figures.count) + ',' + std::to_string(a.photos.count) + ']';
}

}  // namespace

int cmd_shard(std::span<char*> args) {
  size_t per_shard = 1000;
  std::string out_dir;
  std::vector<std::string> inputs;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    if ((a == "-o" || a == "--articles-per-shard") && i + 1 < args.size()) {
      if (a == "-o") {
        out_dir = args[++i];
      } else {
        char* end = nullptr;
        const unsigned long n = std::strtoul(args[++i], &end, 10);
        if (!end || *end || n == 0) {
          std::fprintf(stderr, "article-prep shard: --articles-per-shard needs a positive number, got '%s'\n", args[i]);
          return 2;
        }
        per_shard = n;
      }
    } else if (a == "-h" || a == "--help") {
      std::printf("usage: article-prep shard [--articles-per-shard N (1000)] -o DIR FILE...\n");
      return 0;
    } else {
      inputs.emplace_back(a);
    }
  }
  if (out_dir.empty() || inputs.empty()) {
    std::fprintf(stderr, "usage: article-prep shard [--articles-per-shard N (1000)] -o DIR FILE...\n");
    return 2;
  }

  Corpus corpus;
  CorpusLoader loader;
  std::string text, error;
  for (const auto& name : inputs) {
    if (!read_input(name, text, error)) {
      std::fprintf(stderr, "%s\n", LoadError{name, 0, {}, "cannot read file: " + error}.to_string().c_str());
      return 1;
    }
    if (auto e = loader.load(text, corpus)) {  // appends; duplicate article ids across inputs are errors
      e->file = name;
      std::fprintf(stderr, "%s\n", e->to_string().c_str());
      return 1;
    }
  }
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    std::fprintf(stderr, "%s: cannot create directory: %s\n", out_dir.c_str(), ec.message().c_str());
    return 1;
  }

  const std::vector<TopicRecord> topics = corpus.topic_records();
  std::vector<uint32_t> topic_articles(corpus.topics.size(), 0);
  std::string shards = "[", index = "[";
  const size_t n = corpus.articles.size();
  for (size_t first = 0, s = 0; first < n; first += per_shard, ++s) {
    Corpus part;  // a complete corpus: the full topic table, then this shard's articles
    for (const auto& t : topics) part.add_topic(t.id, t.label);
    const size_t last = std::min(n, first + per_shard);
    for (size_t i = first; i < last; ++i) part.add(corpus.record(uint32_t(i)));
    char file[32];
    std::snprintf(file, sizeof file, "shard-%05zu.json", s);
    const std::string data = write_corpus(part);
    if (!write_file(out_dir + "/" + file, data)) return 1;
    if (s) shards += ',';
    shards += "\n{\"file\":\"" + std::string(file) + "\",\"articles\":" + std::to_string(last - first) +
              ",\"bytes\":" + std::to_string(data.size()) + "}";
    for (size_t i = first; i < last; ++i) {
      const Article& a = corpus.articles[i];
      index += i ? ",\n{\"id\":" : "\n{\"id\":";
      append_json_string(index, corpus.str(a.id));
      index += ",\"title\":";
      append_json_string(index, corpus.str(a.title));
      index += ",\"shard\":" + std::to_string(s) + ",\"topics\":[";
      for (uint32_t j = a.topics.begin; j < a.topics.end(); ++j) {
        if (j > a.topics.begin) index += ',';
        append_json_string(index, corpus.str(corpus.topics[corpus.refs[j]].id));
        ++topic_articles[corpus.refs[j]];
      }
      index += "],\"counts\":";
      append_counts(index, a);
      index += '}';
    }
  }
  shards += "\n]";
  index += "\n]";

  std::string m = "{\"format\":\"article-json-manifest\",\"version\":1,\"topics\":[";
  for (size_t t = 0; t < topics.size(); ++t) {
    m += t ? ",{\"id\":" : "{\"id\":";
    append_json_string(m, topics[t].id);
    m += ",\"label\":";
    append_json_string(m, topics[t].label);
    m += '}';
  }
  m += "],\"articles\":" + std::to_string(n) + ",\"counts\":{\"people\":" + std::to_string(corpus.people.size()) +
       ",\"agreements\":" + std::to_string(corpus.agreements.size()) + ",\"figures\":" +
       std::to_string(corpus.figures.size()) + ",\"photos\":" + std::to_string(corpus.photos.size()) +
       "},\"topicCounts\":{";
  for (size_t t = 0; t < topics.size(); ++t) {
    if (t) m += ',';
    append_json_string(m, topics[t].id);
    m += ':' + std::to_string(topic_articles[t]);
  }
  m += "},\"shards\":" + shards + ",\"index\":" + index + "}\n";
  if (!write_file(out_dir + "/manifest.json", m)) return 1;
  std::printf("%s: %zu articles in %zu shards of at most %zu\n", out_dir.c_str(), n, (n + per_shard - 1) / per_shard,
              per_shard);
  return 0;
}

}  // namespace ae::tools
