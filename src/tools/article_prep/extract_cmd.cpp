// extract_cmd.cpp: `article-prep extract` turns raw article text into article JSON v1.
//
//   article-prep extract [--topics FILE] [--jsonl] [--explain] [--source NAME] [--input-jsonl] [-o OUT] FILE...
// FILE "-" (or none) is stdin. Files ending in .jsonl (or all inputs with --input-jsonl) hold one
// {"text":…, "source":…, "url":…, "published":…} object per line ("date" is read as "published" when that is absent). Other files are text, Markdown (.md) or a saved
// web page (.html/.htm, or text starting with <!DOCTYPE html>), in UTF-8, UTF-16 with a byte order mark or
// Windows-1252 (extract/input.h; --explain names the format and decoding). Output: one corpus JSON (default), one
// article per line (--jsonl), or the human-readable rule report (--explain). A bad input (unreadable, not
// UTF-8, binary, empty, bad JSON line) is reported on stderr with its file (and line) and skipped; the
// exit code is then 1.
#include "core/json.h"
#include "core/text.h"
#include "extract/extract.h"
#include "extract/input.h"
#include "tools/article_prep/commands.h"

#include "simdjson.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace ae::tools {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void usage(std::FILE* to) {
  std::fprintf(to,
               "usage: article-prep extract [--topics FILE] [--jsonl] [--explain] [--source NAME] [--input-jsonl]"
               " [-o OUT] FILE...\n"
               "  Extracts people, figures, agreements, photos and topics from article text: plain text,\n"
               "  Markdown (.md) or a saved web page (.html/.htm); UTF-8, UTF-16 (with BOM) or Windows-1252.\n"
               "  FILE '-' or no FILE reads stdin; *.jsonl inputs (or --input-jsonl) hold one\n"
               "  {\"text\",\"source\",\"url\",\"published\" (or \"date\")} object per line.\n"
               "  --topics FILE   topic lexicon (assets/topics.json); without it, no topics\n"
               "  --jsonl         write one article JSON object per line instead of one corpus\n"
               "  --explain       print each item with its evidence and the rule that produced it\n"
               "  --source NAME   source for articles without one in their front matter\n"
               "  -o OUT          write to OUT instead of stdout\n");
}

struct Run {
  extract::ExtractOptions options;
  bool explain = false;
  bool failed = false;
  Corpus corpus;
  std::string report;  // --explain output

  void add(std::string_view text, const std::string& where, const extract::ExtractOptions& o,
           const std::string& input_note = {}) {
    extract::ExtractResult r = extract::extract(text, o);
    if (!r.ok()) {
      std::fprintf(stderr, "article-prep: %s: %s, skipped\n", where.c_str(), std::string(to_string(r.error)).c_str());
      failed = true;
      return;
    }
    if (auto bad = validate_article(r.article)) {
      std::fprintf(stderr, "article-prep: %s: internal error, extracted article is invalid: %s\n", where.c_str(),
                   bad->c_str());
      failed = true;
      return;
    }
    if (corpus.find_article(r.article.id)) {
      std::fprintf(stderr, "article-prep: %s: duplicate article (same source and title as an earlier one), skipped\n",
                   where.c_str());
      failed = true;
      return;
    }
    for (const std::string& w : r.warnings)
      std::fprintf(stderr, "article-prep: %s: warning: %s\n", where.c_str(), w.c_str());
    if (explain) {
      report += "== " + where + "\n";
      if (!input_note.empty()) report += "input: " + input_note + "\n";
      for (const std::string& w : r.warnings) report += "warning: " + w + "\n";
      report += extract::explain_text(r);
      report += '\n';
    }
    corpus.add(r.article);
  }

  void add_jsonl(const std::string& data, const std::string& name) {
    simdjson::ondemand::parser parser;
    size_t line_no = 0;
    for (size_t b = 0; b < data.size();) {
      size_t e = data.find('\n', b);
      if (e == std::string::npos) e = data.size();
      std::string_view line(data.data() + b, e - b);
      b = e + 1;
      ++line_no;
      std::string where = name + ":" + std::to_string(line_no);
      bool blank = true;
      for (char c : line)
        if (c != ' ' && c != '\t' && c != '\r') { blank = false; break; }
      if (blank) continue;
      if (!is_valid_utf8(line)) {
        std::fprintf(stderr, "article-prep: %s: not valid UTF-8, skipped\n", where.c_str());
        failed = true;
        continue;
      }
      simdjson::padded_string padded(line);
      simdjson::ondemand::document doc;
      simdjson::ondemand::object obj;
      if (parser.iterate(padded).get(doc) || doc.get_object().get(obj)) {
        std::fprintf(stderr, "article-prep: %s: expected a JSON object, skipped\n", where.c_str());
        failed = true;
        continue;
      }
      std::string text;
      extract::ExtractOptions o = options;
      bool ok = true, have_text = false, have_published = false;  // "published" wins over "date"
      for (auto field : obj) {
        std::string_view key, value;
        if (field.unescaped_key().get(key)) {
          std::fprintf(stderr, "article-prep: %s: malformed JSON object, skipped\n", where.c_str());
          ok = false;
          break;
        }
        if (key != "text" && key != "source" && key != "url" && key != "published" && key != "date") continue;
        if (field.value().get_string().get(value)) {
          std::fprintf(stderr, "article-prep: %s: \"%.*s\" must be a string, skipped\n", where.c_str(),
                       int(key.size()), key.data());
          ok = false;
          break;
        }
        if (key == "text") text = value, have_text = true;
        else if (key == "source") o.source = value;
        else if (key == "url") o.url = value;
        else if (key == "published") o.published = value, have_published = true;
        else if (!have_published) o.published = value;  // "date"
      }
      if (!ok) {
        failed = true;
        continue;
      }
      if (!have_text) {
        std::fprintf(stderr, "article-prep: %s: missing \"text\", skipped\n", where.c_str());
        failed = true;
        continue;
      }
      add(text, where, o);
    }
  }
};

}  // namespace

int cmd_extract(std::span<char*> args) {
  std::string topics_file, out_file;
  bool jsonl = false, input_jsonl = false;
  Run run;
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
    else if (a == "--source") { if (!value(run.options.source)) return 2; }
    else if (a == "--jsonl") jsonl = true;
    else if (a == "--input-jsonl") input_jsonl = true;
    else if (a == "--explain") run.explain = true;
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
    run.options.lexicon = &lexicon;
    for (const TopicRecord& t : lexicon.topics) run.corpus.add_topic(t.id, t.label);
  }
  run.options.explain = run.explain;

  std::string data, error;
  for (const std::string& f : files) {
    std::string name = f == "-" ? "<stdin>" : f;
    if (!read_input(f, data, error)) {
      std::fprintf(stderr, "article-prep: %s: cannot read: %s\n", name.c_str(), error.c_str());
      run.failed = true;
      continue;
    }
    if (input_jsonl || ends_with(f, ".jsonl")) {
      if (std::string problem = utf16_problem(data); !problem.empty()) {
        std::fprintf(stderr, "article-prep: %s: %s, skipped\n", name.c_str(), problem.c_str());
        run.failed = true;
        continue;
      }
      run.add_jsonl(data, name);
    } else {
      // Text, Markdown or HTML in UTF-8, UTF-16 or Windows-1252: the same preparation as the web app's.
      extract::PreparedInput in = extract::prepare_input(f == "-" ? std::string_view() : std::string_view(f), data);
      run.add(in.text, name, run.options, in.note());
    }
  }

  // Nothing is written when no input succeeded: an old -o file stays as it was, and stdout stays empty.
  if (run.failed && run.corpus.articles.empty()) {
    std::fprintf(stderr, "article-prep extract: no input could be used, nothing written%s\n",
                 out_file.empty() || out_file == "-" ? "" : (" (" + out_file + " left as it was)").c_str());
    return 1;
  }
  std::string out;
  if (run.explain) {
    out = std::move(run.report);
  } else if (jsonl) {
    for (uint32_t k = 0; k < run.corpus.articles.size(); ++k) {
      out += write_article(run.corpus, k);
      if (out.empty() || out.back() != '\n') out += '\n';
    }
  } else {
    out = write_corpus(run.corpus);
  }
  if (!out_file.empty() && out_file != "-") {
    std::string write_error;
    if (!write_file_atomic(out_file, out, write_error)) {
      std::fprintf(stderr, "article-prep extract: %s\n", write_error.c_str());
      return 1;
    }
  } else {
    std::fflush(stdout);
    if (!write_all(1, out)) {
      std::fprintf(stderr, "article-prep extract: <stdout>: write failed: %s\n", std::strerror(errno));
      return 1;
    }
  }
  return run.failed ? 1 : 0;
}

}  // namespace ae::tools
