// my_articles.cpp: "My articles" (session.h, MyArticles): texts the user brings into the page become articles by
// the same steps as `article-prep extract`: the platform runs extract::extract_file_document (prepare_input(),
// extract() with the default topic lexicon, validate_article()) and this takes the article from its one-article
// document, with article-prep's duplicate check, into a Corpus. tests/session/my_articles_test.cpp compares the
// result with article-prep's output byte for byte.
#include "core/json.h"
#include "session/session_internal.h"

#include <cstdio>

namespace ae::session {
namespace {

constexpr size_t kMaxMessages = 50;  // the list shows the newest; older lines drop off

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

void say(MyArticles& m, std::string line) {
  m.messages.push_back(std::move(line));
  if (m.messages.size() > kMaxMessages) m.messages.erase(m.messages.begin());
}

// A one-article document from the extractor -> My articles, with the checks of article-prep's Run::add.
bool take_article(MyArticles& m, CorpusLoader& loader, const std::string& name, std::string_view document,
                  std::string_view note) {
  Corpus one;
  if (auto err = loader.load(document, one)) {
    err->file = name;
    say(m, name + ": could not be used: the extractor's answer does not load (" + err->to_string() + ")");
    return false;
  }
  if (one.articles.size() != 1) {
    say(m, name + ": could not be used: the extractor answered " + std::to_string(one.articles.size()) + " articles");
    return false;
  }
  if (m.corpus.articles.empty() && m.corpus.topics.empty())  // the lexicon's topics first, in its order
    for (const auto& t : one.topics) m.corpus.add_topic(one.str(t.id), one.str(t.label));
  ArticleRecord r = one.record(0);
  if (m.corpus.find_article(r.id)) {
    say(m, name + ": already in My articles (same source and title), not added again");
    return false;
  }
  say(m, name + ": added \"" + r.title + "\"" + (note.empty() ? std::string() : " (" + std::string(note) + ")"));
  m.corpus.add(r);
  return true;
}

// Writes My articles to the browser's storage (after a batch, a removal, a switch).
void keep(Session& s) {
  const std::string doc = s.mine.corpus.articles.empty() ? std::string() : write_corpus(s.mine.corpus);
  s.mine.kept_bytes = doc.size();
  s.platform->keep_my_articles(doc, s.mine.showing);
}

void remove_article(Session& s, uint32_t index) {
  MyArticles& m = s.mine;
  if (index >= m.corpus.articles.size()) return;
  Corpus rest;
  for (const auto& t : m.corpus.topics) rest.add_topic(m.corpus.str(t.id), m.corpus.str(t.label));
  for (uint32_t a = 0; a < m.corpus.articles.size(); ++a)
    if (a != index) rest.add(m.corpus.record(a));
  say(m, "removed \"" + std::string(m.corpus.str(m.corpus.articles[index].title)) + "\"");
  m.corpus = std::move(rest);
  if (m.showing) {
    if (m.corpus.articles.empty()) show_my_articles(s, false);  // nothing left: the default articles again
    else show_my_articles(s, true);
  }
  keep(s);
}

}  // namespace

void on_kept(Session& s, std::string_view document, bool showing) {
  MyArticles& m = s.mine;
  if (document.empty() || !m.corpus.articles.empty() || !m.pending.empty()) return;  // something newer is here
  touch(s);
  Corpus kept;
  if (auto err = s.loader.load(document, kept)) {
    err->file = "kept My articles";
    say(m, "My articles kept in this browser could not be read (" + err->to_string() + ")");
    return;
  }
  m.corpus = std::move(kept);
  m.kept_bytes = document.size();
  say(m, "kept in this browser: " + std::to_string(m.corpus.articles.size()) + " article" +
             (m.corpus.articles.size() == 1 ? "" : "s"));
  if (showing) show_my_articles(s, true);
}

void on_keep_failed(Session& s, std::string_view error) {
  touch(s);
  s.mine.keep_error = std::string(error);
  s.mine.kept_bytes = 0;
  const std::string line = "This browser would not keep My articles (" + std::string(error) +
                           "); they stay here until the page is closed. Export them to keep a copy.";
  if (s.mine.messages.empty() || s.mine.messages.back() != line) say(s.mine, line);
  set_notice(s, "My articles could not be saved in this browser; see My articles");
}

bool is_article_text(std::string_view name, std::string_view data) {
  if (ends_with_ci(name, ".json") || ends_with_ci(name, ".jsonl")) return false;
  for (std::string_view ext : {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
    if (ends_with_ci(name, ext)) return true;
  // No telling name: article JSON starts with '{' (after a byte order mark and white space); anything else is text.
  size_t i = data.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < data.size() && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) ++i;
  return i >= data.size() || data[i] != '{';
}

void show_my_articles(Session& s, bool mine) {
  touch(s);
  if (!mine) {  // back to the default corpus: fetched again (the browser's cache answers)
    if (!s.mine.showing) return;
    s.mine.showing = false;
    s.corpus_name = s.corpus_url;
    s.corpus_download.phase = Download::Phase::idle;
    retry_load(s);
    return;
  }
  if (s.mine.corpus.articles.empty()) return;
  s.corpus = s.mine.corpus;
  s.mine.showing = true;
  s.corpus_name = "My articles";
  s.text_base.clear();
  s.stream = Stream{};
  s.pending_link = PendingLink{};
  s.texts.clear();
  s.load_error.clear();
  s.corpus_download.phase = Download::Phase::done;
  s.engine.attach(s.corpus);
  reset_view(s);
}

void add_texts(Session& s, std::vector<TextInput> inputs) {
  if (inputs.empty()) return;
  touch(s);
  MyArticles& m = s.mine;
  if (m.pending.empty()) {
    m.batch_files = m.batch_added = 0;
    m.batch_started_ms = s.platform->now_ms();
  }
  for (TextInput& in : inputs) {
    const uint32_t id = kExtractBase + (m.next_request++ & 0x0FFFFFFF);
    m.pending[id] = in.name;
    ++m.batch_files;
    s.platform->extract_text(id, in.name, in.bytes);  // may answer at once (tests)
  }
}

void on_extracted(Session& s, uint32_t request_id, std::string_view document, std::string_view note,
                  std::string_view error) {
  MyArticles& m = s.mine;
  auto it = m.pending.find(request_id);
  if (it == m.pending.end()) return;
  const std::string name = std::move(it->second);
  m.pending.erase(it);
  touch(s);
  ++m.adds;
  bool added = false;
  if (!error.empty()) {
    say(m, name + ": could not be used: " + std::string(error) +
               (error.starts_with("binary input") ? " (is it a text, Markdown or HTML file?)" : ""));
  } else {
    added = take_article(m, s.loader, name, document, note);
  }
  if (added) {
    ++m.batch_added;
    show_my_articles(s, true);
  }
  if (!m.pending.empty()) return;
  m.last_ms = s.platform->now_ms() - m.batch_started_ms;
  if (m.batch_added) keep(s);
  if (m.batch_added == m.batch_files)
    set_notice(s, m.batch_added == 1 ? "Added 1 article to My articles"
                                     : "Added " + std::to_string(m.batch_added) + " articles to My articles");
  else
    set_notice(s, "Added " + std::to_string(m.batch_added) + " of " + std::to_string(m.batch_files) +
                      " to My articles; see the messages under My articles");
}

void apply_my_articles(Session& s, const Intents& in) {
  if (in.clear_mine_messages) {
    s.mine.messages.clear();
    touch(s);
  }
  if (in.remove_mine >= 0) remove_article(s, uint32_t(in.remove_mine));
  if (!in.add_texts.empty()) add_texts(s, in.add_texts);
  if (in.show_mine >= 0) {
    show_my_articles(s, in.show_mine == 1);
    keep(s);
  }
  if (in.export_mine && !s.mine.corpus.articles.empty()) {
    s.platform->download("my-articles.json", "application/json", write_corpus(s.mine.corpus));
    set_notice(s, "Exported My articles as my-articles.json");
  }
}

}  // namespace ae::session
