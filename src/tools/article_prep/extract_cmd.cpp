// extract_cmd.cpp: `article-prep extract` turns raw article text into article JSON v1.
//
//   article-prep extract [--topics FILE] [--jsonl] [--explain] [--source NAME] [--input-jsonl] [-j N] [-o OUT] FILE...
// FILE "-" (or none) is stdin. Files ending in .jsonl (or all inputs with --input-jsonl) hold one
// {"text":…, "source":…, "url":…, "published":…} object per line ("date" is read as "published" when that is absent). Other files are text, Markdown (.md) or a saved
// web page (.html/.htm, or text starting with <!DOCTYPE html>), in UTF-8, UTF-16 with a byte order mark or
// Windows-1252 (extract/input.h; --explain names the format and decoding). Output: one corpus JSON (default), one
// article per line (--jsonl), or the human-readable rule report (--explain). A bad input (unreadable, not
// UTF-8, binary, empty, bad JSON line) is reported on stderr with its file (and line) and skipped; the
// exit code is then 1. -j N reads and extracts N files at a time; the output, stderr and exit code are the same as
// with one (files are applied to the corpus in input order, duplicates decided there).
#include "core/json.h"
#include "core/text.h"
#include "extract/extract.h"
#include "extract/input.h"
#include "tools/article_prep/commands.h"

#include "simdjson.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ae::tools {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void usage(std::FILE* to) {
  std::fprintf(to,
               "usage: article-prep extract [--topics FILE] [--jsonl] [--explain] [--source NAME] [--input-jsonl]"
               " [-j N] [-o OUT] FILE...\n"
               "  Extracts people, figures, agreements, photos and topics from article text: plain text,\n"
               "  Markdown (.md) or a saved web page (.html/.htm); UTF-8, UTF-16 (with BOM) or Windows-1252.\n"
               "  FILE '-' or no FILE reads stdin; *.jsonl inputs (or --input-jsonl) hold one\n"
               "  {\"text\",\"source\",\"url\",\"published\" (or \"date\")} object per line.\n"
               "  --topics FILE   topic lexicon (assets/topics.json); without it, no topics\n"
               "  --jsonl         write one article JSON object per line instead of one corpus\n"
               "  --explain       print each item with its evidence and the rule that produced it\n"
               "  --source NAME   source for articles without one in their front matter\n"
               "  -j N            read and extract N files at a time (threads; default 1); same output\n"
               "  -o OUT          write to OUT instead of stdout\n");
}

// One input's results, in input order: messages for stderr and the articles that passed the per-article checks.
// Workers fill these in parallel (-j N); one thread then applies them in input order, so the corpus, stderr and the
// exit code are the same for any N.
struct Step {
  std::string message;  // a whole stderr line, or empty
  bool failed = false;  // the message is an error (exit code 1)
  bool has_article = false;
  extract::ExtractResult result;
  std::string where, input_note;
};

// Where a worker hands each Step: applied at once with -j 1 (so a large .jsonl never holds its articles twice),
// collected per file otherwise.
using Emit = std::function<void(Step&&)>;

struct Worker {
  const extract::ExtractOptions& options;
  bool input_jsonl = false;

  static std::string line(const std::string& where, const std::string& what) {
    return "article-prep: " + where + ": " + what + "\n";
  }
  static void fail(const Emit& out, std::string message) {
    Step s;
    s.message = std::move(message);
    s.failed = true;
    out(std::move(s));
  }

  void add(const Emit& out, std::string_view text, const std::string& where, const extract::ExtractOptions& o,
           std::string input_note = {}) const {
    extract::ExtractResult r = extract::extract(text, o);
    if (!r.ok()) return fail(out, line(where, std::string(to_string(r.error)) + ", skipped"));
    if (auto bad = validate_article(r.article))
      return fail(out, line(where, "internal error, extracted article is invalid: " + *bad));
    Step s;
    s.has_article = true;
    s.result = std::move(r);
    s.where = where;
    s.input_note = std::move(input_note);
    out(std::move(s));
  }

  void add_jsonl(const Emit& out, const std::string& data, const std::string& name) const {
    simdjson::ondemand::parser parser;
    size_t line_no = 0;
    for (size_t b = 0; b < data.size();) {
      size_t e = data.find('\n', b);
      if (e == std::string::npos) e = data.size();
      std::string_view text_line(data.data() + b, e - b);
      b = e + 1;
      ++line_no;
      std::string where = name + ":" + std::to_string(line_no);
      bool blank = true;
      for (char c : text_line)
        if (c != ' ' && c != '\t' && c != '\r') { blank = false; break; }
      if (blank) continue;
      if (!is_valid_utf8(text_line)) {
        fail(out, line(where, "not valid UTF-8, skipped"));
        continue;
      }
      simdjson::padded_string padded(text_line);
      simdjson::ondemand::document doc;
      simdjson::ondemand::object obj;
      if (parser.iterate(padded).get(doc) || doc.get_object().get(obj)) {
        fail(out, line(where, "expected a JSON object, skipped"));
        continue;
      }
      std::string text;
      extract::ExtractOptions o = options;
      bool ok = true, have_text = false, have_published = false;  // "published" wins over "date"
      for (auto field : obj) {
        std::string_view key, value;
        if (field.unescaped_key().get(key)) {
          fail(out, line(where, "malformed JSON object, skipped"));
          ok = false;
          break;
        }
        if (key != "text" && key != "source" && key != "url" && key != "published" && key != "date") continue;
        if (field.value().get_string().get(value)) {
          fail(out, line(where, "\"" + std::string(key) + "\" must be a string, skipped"));
          ok = false;
          break;
        }
        if (key == "text") text = value, have_text = true;
        else if (key == "source") o.source = value;
        else if (key == "url") o.url = value;
        else if (key == "published") o.published = value, have_published = true;
        else if (!have_published) o.published = value;  // "date"
      }
      if (!ok) continue;
      if (!have_text) {
        fail(out, line(where, "missing \"text\", skipped"));
        continue;
      }
      add(out, text, where, o);
    }
  }

  // Reads and extracts one input file: everything but the steps that depend on earlier files.
  void process(const std::string& f, const Emit& out) const {
    const std::string name = f == "-" ? "<stdin>" : f;
    thread_local std::string data;  // one read buffer per thread, file after file (read_input keeps its room)
    std::string error;
    if (!read_input(f, data, error)) {
      fail(out, line(name, "cannot read: " + error));
      return;
    }
    if (input_jsonl || ends_with(f, ".jsonl")) {
      if (std::string problem = utf16_problem(data); !problem.empty()) {
        fail(out, line(name, problem + ", skipped"));
        return;
      }
      add_jsonl(out, data, name);
    } else {
      // Text, Markdown or HTML in UTF-8, UTF-16 or Windows-1252: the same preparation as the web app's.
      extract::PreparedInput in = extract::prepare_input(f == "-" ? std::string_view() : std::string_view(f), data);
      add(out, in.text, name, options, in.note());
    }
  }
};

// Applies each file's steps in input order: duplicate check, warnings, --explain report, the corpus.
struct Collector {
  bool explain = false;
  bool failed = false;
  Corpus corpus;
  std::string report;  // --explain output

  void apply(const Step& s) {
    if (!s.has_article) {
      std::fputs(s.message.c_str(), stderr);
      failed |= s.failed;
      return;
    }
    const extract::ExtractResult& r = s.result;
    if (corpus.find_article(r.article.id)) {
      std::fprintf(stderr, "article-prep: %s: duplicate article (same source and title as an earlier one), skipped\n",
                   s.where.c_str());
      failed = true;
      return;
    }
    for (const std::string& w : r.warnings)
      std::fprintf(stderr, "article-prep: %s: warning: %s\n", s.where.c_str(), w.c_str());
    if (explain) {
      report += "== " + s.where + "\n";
      if (!s.input_note.empty()) report += "input: " + s.input_note + "\n";
      for (const std::string& w : r.warnings) report += "warning: " + w + "\n";
      report += extract::explain_text(r);
      report += '\n';
    }
    corpus.add(r.article);
  }
};

// Runs worker.process over `files` on `jobs` threads and hands each file's steps to `collector` in input order.
// At most a window of files is in flight, so memory stays bounded however many files there are.
void run_files(const std::vector<std::string>& files, const Worker& worker, Collector& collector, unsigned jobs) {
  if (jobs <= 1 || files.size() <= 1) {
    const Emit apply = [&](Step&& s) { collector.apply(s); };
    for (const std::string& f : files) worker.process(f, apply);
    return;
  }
  const size_t window = size_t(jobs) * 8;
  std::vector<std::vector<Step>> results(files.size());
  std::vector<char> ready(files.size(), 0);
  std::mutex mutex;
  std::condition_variable changed;
  size_t next = 0, applied = 0;
  auto work = [&] {
    for (;;) {
      size_t k;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return next >= files.size() || next < applied + window; });
        if (next >= files.size()) return;
        k = next++;
      }
      std::vector<Step> steps;
      worker.process(files[k], [&](Step&& s) { steps.push_back(std::move(s)); });
      {
        std::lock_guard lock(mutex);
        results[k] = std::move(steps);
        ready[k] = 1;
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work);
  for (size_t k = 0; k < files.size(); ++k) {
    std::vector<Step> steps;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return ready[k] != 0; });
      steps = std::move(results[k]);
    }
    for (const Step& s : steps) collector.apply(s);
    steps = {};
    {
      std::lock_guard lock(mutex);
      applied = k + 1;
    }
    changed.notify_all();
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace

int cmd_extract(std::span<char*> args) {
  std::string topics_file, out_file;
  bool jsonl = false, input_jsonl = false, explain = false;
  unsigned jobs = 1;
  extract::ExtractOptions options;
  Collector run;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "article-prep extract: %.*s needs a value\n", int(a.size()), a.data());
        return false;
      }
      into = args[++i];
      return true;
    };
    if (a == "--help" || a == "-h") { usage(stdout); return 0; }
    if (a == "--topics") { if (!value(topics_file)) return 2; }
    else if (a == "-o" || a == "--output") { if (!value(out_file)) return 2; }
    else if (a == "--source") { if (!value(options.source)) return 2; }
    else if (a == "-j" || a == "--jobs" || (a.size() > 2 && a.substr(0, 2) == "-j")) {
      std::string n(a.size() > 2 && a[1] == 'j' ? a.substr(2) : std::string_view());
      if (n.empty() && !value(n)) return 2;
      char* end = nullptr;
      const unsigned long v = std::strtoul(n.c_str(), &end, 10);
      if (!end || *end || n.empty() || v < 1 || v > 256) {
        std::fprintf(stderr, "article-prep extract: -j needs a number of threads from 1 to 256, not '%s'\n", n.c_str());
        return 2;
      }
      jobs = unsigned(v);
    }
    else if (a == "--jsonl") jsonl = true;
    else if (a == "--input-jsonl") input_jsonl = true;
    else if (a == "--explain") explain = true;
    else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "article-prep extract: unknown option %.*s\n", int(a.size()), a.data());
      usage(stderr);
      return 2;
    } else files.emplace_back(a);
  }
  if (files.empty()) files.emplace_back("-");

  extract::Lexicon lexicon;
  if (!topics_file.empty()) {
    std::string data, error;
    if (!read_input(topics_file, data, error)) {
      std::fprintf(stderr, "article-prep extract: %s: cannot read topics: %s\n", topics_file.c_str(), error.c_str());
      return 2;
    }
    auto lex = extract::parse_lexicon(data, error);
    if (!lex) {
      std::fprintf(stderr, "article-prep extract: %s: bad topic lexicon: %s\n", topics_file.c_str(), error.c_str());
      return 2;
    }
    lexicon = std::move(*lex);
    options.lexicon = &lexicon;
    for (const TopicRecord& t : lexicon.topics) run.corpus.add_topic(t.id, t.label);
  }
  options.explain = explain;
  run.explain = explain;
  // stdin can be read once only: its turns stay in order on one thread.
  if (std::count(files.begin(), files.end(), std::string("-")) > 1) jobs = 1;
  run_files(files, Worker{options, input_jsonl}, run, jobs);

  // Nothing is written when no input succeeded: an old -o file stays as it was, and stdout stays empty.
  if (run.failed && run.corpus.articles.empty()) {
    std::fprintf(stderr, "article-prep extract: no input could be used, nothing written%s\n",
                 out_file.empty() || out_file == "-" ? "" : (" (" + out_file + " left as it was)").c_str());
    return 1;
  }
  // The corpus goes out in pieces as it is written (json.h), so it is never held whole beside the corpus: at
  // 7 MB for the BBC articles, that buffer cost more page faults than any other allocation of the run.
  std::string out;
  if (run.explain) {
    out = std::move(run.report);
  } else if (jsonl) {
    for (uint32_t k = 0; k < run.corpus.articles.size(); ++k) {
      out += write_article(run.corpus, k);
      if (out.empty() || out.back() != '\n') out += '\n';
    }
  }
  auto produce = [&](const ByteSink& sink) {
    return run.explain || jsonl ? sink(out) : write_corpus(run.corpus, sink);
  };
  if (!out_file.empty() && out_file != "-") {
    std::string write_error;
    if (!write_file_atomic(out_file, produce, write_error)) {
      std::fprintf(stderr, "article-prep extract: %s\n", write_error.c_str());
      return 1;
    }
  } else {
    std::fflush(stdout);
    if (!produce([](std::string_view d) { return write_all(1, d); })) {
      std::fprintf(stderr, "article-prep extract: <stdout>: write failed: %s\n", std::strerror(errno));
      return 1;
    }
  }
  return run.failed ? 1 : 0;
}

}  // namespace ae::tools
