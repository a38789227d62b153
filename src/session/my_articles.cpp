// my_articles.cpp: "My articles" (session.h, MyArticles): texts the user brings into the page become articles by
// the same steps as `article-prep extract` (extract_cmd.cpp): prepare_input(), extract() with the default topic
// lexicon, validate_article(), the duplicate check, Corpus::add(). tests/session/my_articles_test.cpp compares the
// result with article-prep's output byte for byte.
#include "core/json.h"
#include "core/text.h"
#include "extract/input.h"
#include "session/session_internal.h"
#include "session/topics_json.h"

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

void ensure_lexicon(MyArticles& m) {
  if (m.lexicon_ready) return;
  m.lexicon_ready = true;
  std::string error;
  if (auto lex = extract::parse_lexicon(kTopicsJson, error)) {
    m.lexicon = std::move(*lex);
    for (const TopicRecord& t : m.lexicon.topics) m.corpus.add_topic(t.id, t.label);
  } else {
    std::fprintf(stderr, "built-in topic lexicon: %s\n", error.c_str());  // a build error: tests catch it
  }
}

// One input -> My articles, as article-prep does it; false with a message naming the file when it cannot be used.
bool add_one(MyArticles& m, const TextInput& in) {
  const std::string& name = in.name;
  extract::PreparedInput prepared = extract::prepare_input(name, in.bytes);
  extract::ExtractOptions options;
  options.lexicon = m.lexicon.topics.empty() ? nullptr : &m.lexicon;
  extract::ExtractResult r = extract::extract(prepared.text, options);
  if (!r.ok()) {
    say(m, name + ": could not be used: " + std::string(extract::to_string(r.error)) +
               (r.error == extract::ExtractError::binary ? " (is it a text, Markdown or HTML file?)" : ""));
    return false;
  }
  if (auto bad = validate_article(r.article)) {
    say(m, name + ": could not be used: the extracted article is invalid (" + *bad + ")");
    return false;
  }
  if (m.corpus.find_article(r.article.id)) {
    say(m, name + ": already in My articles (same source and title), not added again");
    return false;
  }
  const std::string note = prepared.note();
  say(m, name + ": added \"" + r.article.title + "\"" + (note.empty() ? std::string() : " (" + note + ")"));
  m.corpus.add(r.article);
  return true;
}

}  // namespace

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

size_t add_texts(Session& s, std::vector<TextInput> inputs) {
  if (inputs.empty()) return 0;
  touch(s);
  const double t0 = s.platform->now_ms();
  ensure_lexicon(s.mine);
  size_t added = 0;
  for (const TextInput& in : inputs) {
    ++s.mine.adds;
    if (add_one(s.mine, in)) ++added;
  }
  if (added) show_my_articles(s, true);
  s.mine.last_ms = s.platform->now_ms() - t0;
  if (added == inputs.size())
    set_notice(s, added == 1 ? "Added 1 article to My articles" : "Added " + std::to_string(added) + " articles to My articles");
  else
    set_notice(s, "Added " + std::to_string(added) + " of " + std::to_string(inputs.size()) +
                      " to My articles; see the messages under My articles");
  return added;
}

void apply_my_articles(Session& s, const Intents& in) {
  if (in.clear_mine_messages) {
    s.mine.messages.clear();
    touch(s);
  }
  if (!in.add_texts.empty()) add_texts(s, in.add_texts);
  if (in.show_mine >= 0) show_my_articles(s, in.show_mine == 1);
}

}  // namespace ae::session
