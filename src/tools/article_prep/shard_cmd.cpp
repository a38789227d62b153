// shard_cmd.cpp: `article-prep shard [--articles-per-shard N] [--texts-per-file N] -o DIR FILE...` splits
// corpora into a manifest, shards and text files, so a large corpus can be loaded piece by piece and its
// article texts fetched only when read (docs/scale.md).
//
//   DIR/manifest.json     core/manifest.h: topics, totals, topic counts, the shard and text files.
//   DIR/index.json        every article: id, title, shard, topics, item counts (named by the manifest).
//   DIR/shard-NNNNN.json  article JSON v1 corpora (the full topic table + their articles) whose articles are
//                         stripped: "textRef":"texts-NNNNN.json" instead of "paragraphs". Items keep their
//                         evidence spans; the loader checks them once the text arrives.
//   DIR/texts-NNNNN.json  the paragraphs of up to --texts-per-file articles (load_texts() reads them).
// Inputs are loaded with the explorer's loader, so an invalid input is reported as by `validate` and nothing is
// written. Exit status: 0 on success, 1 on a bad input or a write error, 2 for usage errors.
#include "core/json.h"
#include "core/manifest.h"
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

}  // namespace

int cmd_shard(std::span<char*> args) {
  static const char* usage = "usage: article-prep shard [--articles-per-shard N (1000)] [--texts-per-file N (100)] -o DIR FILE...\n";
  size_t per_shard = 1000, per_text = 100;
  std::string out_dir;
  std::vector<std::string> inputs;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (a == "-o" && i + 1 < args.size()) {
      out_dir = args[++i];
    } else if ((a == "--articles-per-shard" || a == "--texts-per-file") && i + 1 < args.size()) {
      char* end = nullptr;
      const unsigned long n = std::strtoul(args[++i], &end, 10);
      if (!end || *end || n == 0 || args[i][0] == '-') {
        std::fprintf(stderr, "article-prep shard: %s needs a positive number, got '%s'\n", args[i - 1], args[i]);
        return 2;
      }
      (a == "--texts-per-file" ? per_text : per_shard) = n;
    } else if (a == "-h" || a == "--help") {
      std::printf("%s", usage);
      return 0;
    } else {
      inputs.emplace_back(a);
    }
  }
  if (out_dir.empty() || inputs.empty()) {
    std::fprintf(stderr, "%s", usage);
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

  Manifest m;
  m.topics = corpus.topic_records();
  m.topic_articles.assign(corpus.topics.size(), 0);
  const size_t n = corpus.articles.size();
  m.articles = n;
  m.counts[0] = corpus.people.size();
  m.counts[1] = corpus.agreements.size();
  m.counts[2] = corpus.figures.size();
  m.counts[3] = corpus.photos.size();
  char file[32];
  // Text files: articles [first, first + per_text) each.
  for (size_t first = 0, t = 0; first < n; first += per_text, ++t) {
    const size_t last = std::min(n, first + per_text);
    std::vector<uint32_t> ids;
    for (size_t i = first; i < last; ++i) ids.push_back(uint32_t(i));
    std::snprintf(file, sizeof file, "texts-%05zu.json", t);
    const std::string data = write_texts(corpus, ids);
    if (!write_file(out_dir + "/" + file, data)) return 1;
    m.texts.push_back({file, uint32_t(last - first), data.size()});
  }
  for (size_t first = 0, s = 0; first < n; first += per_shard, ++s) {
    Corpus part;  // a complete corpus: the full topic table, then this shard's articles, stripped of their text
    for (const auto& t : m.topics) part.add_topic(t.id, t.label);
    const size_t last = std::min(n, first + per_shard);
    for (size_t i = first; i < last; ++i) {
      ArticleRecord r = corpus.record(uint32_t(i));
      r.paragraphs.clear();
      r.text_ref = m.texts[i / per_text].file;
      part.add(r);
    }
    std::snprintf(file, sizeof file, "shard-%05zu.json", s);
    const std::string data = write_corpus(part);
    if (!write_file(out_dir + "/" + file, data)) return 1;
    m.shards.push_back({file, uint32_t(last - first), data.size()});
    for (size_t i = first; i < last; ++i) {
      const Article& a = corpus.articles[i];
      ManifestEntry e;
      e.id = corpus.str(a.id);
      e.title = corpus.str(a.title);
      e.shard = uint32_t(s);
      for (uint32_t j = a.topics.begin; j < a.topics.end(); ++j) {
        e.topics.push_back(corpus.refs[j]);
        ++m.topic_articles[corpus.refs[j]];
      }
      e.counts[0] = a.people.count;
      e.counts[1] = a.agreements.count;
      e.counts[2] = a.figures.count;
      e.counts[3] = a.photos.count;
      m.index.push_back(std::move(e));
    }
  }
  m.index_file = "index.json";  // apart from the manifest, so the explorer is usable before the index arrives
  if (!write_file(out_dir + "/index.json", write_manifest_index(m))) return 1;
  if (!write_file(out_dir + "/manifest.json", write_manifest(m))) return 1;
  std::printf("%s: %zu articles in %zu shards of at most %zu, texts in %zu files of at most %zu\n", out_dir.c_str(), n,
              m.shards.size(), per_shard, m.texts.size(), per_text);
  return 0;
}

}  // namespace ae::tools
