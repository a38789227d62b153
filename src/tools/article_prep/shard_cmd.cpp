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
// written. The new corpus is built in a fresh folder beside DIR and swapped in whole (manifest written last), so a
// failed run leaves an existing DIR as it was; DIR must be new, empty or hold only such corpus files. Exit status: 0 on success, 1 on a bad input or a write error, 2 for usage errors.
#include "core/json.h"
#include "core/manifest.h"
#include "tools/article_prep/commands.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

// The files a corpus folder holds (shard writes nothing else): only a folder of these may be replaced.
bool is_corpus_file(const std::string& name) {
  auto numbered = [&](std::string_view prefix) {
    if (name.size() != prefix.size() + 10 || name.compare(0, prefix.size(), prefix) != 0) return false;
    for (size_t i = prefix.size(); i < prefix.size() + 5; ++i)
      if (name[i] < '0' || name[i] > '9') return false;
    return name.compare(prefix.size() + 5, 5, ".json") == 0;
  };
  return name == "manifest.json" || name == "index.json" || numbered("shard-") || numbered("texts-");
}

// A new corpus is built in a fresh folder beside the target (same file system, so it can be renamed into
// place), manifest last, then swapped in: nothing is published until every file is written and flushed, and a
// failure removes the fresh folder and leaves the old corpus as it was.
class Staging {
 public:
  // Checks the target and creates the fresh folder; false (message printed) when it cannot.
  bool begin(std::string target) {
    while (target.size() > 1 && target.back() == '/') target.pop_back();
    target_ = target;
    struct stat st {};
    if (::lstat(target_.c_str(), &st) == 0) {
      if (!S_ISDIR(st.st_mode)) return report(target_, "exists and is not a folder");
      std::error_code ec;
      for (const auto& e : std::filesystem::directory_iterator(target_, ec)) {
        const std::string name = e.path().filename().string();
        if (!is_corpus_file(name) || !e.is_regular_file())
          return report(target_, "holds files shard did not write (" + name +
                                     "); shard replaces the whole folder, so give it a new or corpus-only folder");
      }
      if (ec) return report(target_, "cannot list: " + ec.message());
      exists_ = true;
    } else if (errno != ENOENT) {
      return report(target_, std::string("cannot check: ") + std::strerror(errno));
    }
    const size_t slash = target_.rfind('/');
    const std::string parent = slash == std::string::npos ? std::string() : target_.substr(0, slash + 1);
    const std::string base = slash == std::string::npos ? target_ : target_.substr(slash + 1);
    if (!parent.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(parent, ec);
      if (ec) return report(parent, "cannot create directory: " + ec.message());
    }
    dir_ = parent + "." + base + ".tmp-XXXXXX";
    if (!::mkdtemp(dir_.data())) {
      const int saved = errno;
      dir_.clear();
      return report(target_, std::string("cannot create a temporary folder beside it: ") + std::strerror(saved));
    }
    ::chmod(dir_.c_str(), 0777 & ~current_umask());
    return true;
  }

  ~Staging() {
    if (!dir_.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(dir_, ec);
    }
  }

  // Writes one file of the new corpus; the message names the final path.
  bool write(const std::string& name, std::string_view data) {
    const std::string path = dir_ + "/" + name;
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) return report(target_ + "/" + name, std::string("cannot write: ") + std::strerror(errno));
    bool ok = write_all(fd, data) && (::fsync(fd) == 0 || errno == EINVAL || errno == EROFS);
    const int saved = errno;
    if (::close(fd) != 0 && ok) return report(target_ + "/" + name, std::string("write failed: ") + std::strerror(errno));
    if (!ok) return report(target_ + "/" + name, std::string("write failed: ") + std::strerror(saved));
    return true;
  }

  // Swaps the new folder in (atomically where the system can exchange two names), then removes the old one.
  bool commit() {
    if (int fd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
    if (!exists_) {
      if (::rename(dir_.c_str(), target_.c_str()) != 0)
        return report(target_, std::string("cannot move the new corpus into place: ") + std::strerror(errno));
      dir_.clear();
      return true;
    }
#ifdef RENAME_EXCHANGE
    if (::renameat2(AT_FDCWD, dir_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) == 0)
      return true;  // dir_ now holds the old corpus; the destructor removes it
    if (errno != ENOSYS && errno != EINVAL)
      return report(target_, std::string("cannot swap the new corpus in: ") + std::strerror(errno));
#endif
    std::string old = target_ + ".old-XXXXXX";  // no exchange: two renames, the old corpus kept until the second
    if (!::mkdtemp(old.data()) || ::rmdir(old.c_str()) != 0 || ::rename(target_.c_str(), old.c_str()) != 0)
      return report(target_, std::string("cannot move the old corpus aside: ") + std::strerror(errno));
    if (::rename(dir_.c_str(), target_.c_str()) != 0) {
      const int saved = errno;
      ::rename(old.c_str(), target_.c_str());
      return report(target_, std::string("cannot move the new corpus into place: ") + std::strerror(saved));
    }
    dir_ = old;  // removed by the destructor
    return true;
  }

 private:
  static mode_t current_umask() {
    const mode_t m = ::umask(0);
    ::umask(m);
    return m;
  }
  static bool report(const std::string& path, const std::string& message) {
    std::fprintf(stderr, "article-prep shard: %s: %s\n", path.c_str(), message.c_str());
    return false;
  }

  std::string target_, dir_;
  bool exists_ = false;
};

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
    if (std::string problem = utf16_problem(text); !problem.empty()) {
      std::fprintf(stderr, "%s\n", LoadError{name, 0, {}, problem}.to_string().c_str());
      return 1;
    }
    LoadOptions options;
    options.max_bytes = input_limit();
    if (auto e = loader.load(text, corpus, options)) {  // appends; duplicate article ids across inputs are errors
      e->file = name;
      std::fprintf(stderr, "%s\n", e->to_string().c_str());
      return 1;
    }
  }
  Staging out;
  if (!out.begin(out_dir)) return 1;

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
    if (!out.write(file, data)) return 1;
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
    if (!out.write(file, data)) return 1;
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
  if (!out.write("index.json", write_manifest_index(m))) return 1;
  if (!out.write("manifest.json", write_manifest(m))) return 1;  // last
  if (!out.commit()) return 1;
  std::printf("%s: %zu articles in %zu shards of at most %zu, texts in %zu files of at most %zu\n", out_dir.c_str(), n,
              m.shards.size(), per_shard, m.texts.size(), per_text);
  return 0;
}

}  // namespace ae::tools
