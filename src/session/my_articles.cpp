// my_articles.cpp: "My articles" (session.h, MyArticles): texts the user brings into the page become articles by
// the same steps as `article-prep extract`: the platform runs extract::extract_file_document (prepare_input(),
// extract() with the default topic lexicon, validate_article()) and this takes the article from its one-article
// document, with article-prep's duplicate check, into a Corpus. tests/session/my_articles_test.cpp compares the
// result with article-prep's output byte for byte.
#include "core/json.h"
#include "session/session_internal.h"

#include <cstdio>
#include <utility>

namespace ae::session {
void leave_my_articles(Session& s);  // below, with show_my_articles

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
    if (m.corpus.articles.empty()) leave_my_articles(s);  // nothing left: the default articles again
    else show_my_articles(s, true);
  }
  keep(s);
}

// A `corpus=mine` link once the kept articles are known: applied to My articles, or, when this browser has none
// (or not the link's article), the honest reason instead of someone else's default corpus.
void apply_mine_link(Session& s, const std::string& fragment) {
  MyArticles& m = s.mine;
  DecodedView d = decode_view(fragment);
  const std::string elsewhere =
      "this view is of My articles kept in another browser (they never leave the browser they were added in)";
  if (m.corpus.articles.empty()) {
    s.link_ignored = {elsewhere + "; this browser keeps none, so the default articles are shown. Ask whoever sent "
                                  "it for \"Copy link with the article\" or for their exported My articles"};
    s.link_notice_open = true;
    touch(s);
    if (!s.corpus.articles.empty()) {  // the default articles are here: the address bar says what is shown
      s.link_fragment = encode_view(current_view(s));
      s.platform->set_history(s.link_fragment, true);
    }
    return;
  }
  auto missing = [&](const std::string& id) { return !id.empty() && !m.corpus.find_article(id); };
  const bool elsewhere_article = missing(d.view.article) || missing(d.view.sel_article);
  if (!m.showing) show_my_articles(s, true);
  apply_link(s, std::move(d), fragment);
  if (elsewhere_article) {
    s.link_ignored.insert(s.link_ignored.begin(), elsewhere + "; its article is not among the My articles here");
    s.link_notice_open = true;
  }
}

uint32_t next_pack_request(MyArticles& m) { return kPackBase + (m.next_request++ & 0x0FFFFFFF); }

}  // namespace

void on_kept(Session& s, std::string_view document, bool showing) {
  MyArticles& m = s.mine;
  if (m.known) return;  // read once, at start
  m.known = true;
  touch(s);
  // Articles added before the browser answered (a quick paste, a link's article) were kept on their own; with
  // nothing kept before, that stands (and is written again, in case the first write raced the read).
  if (document.empty() && !m.corpus.articles.empty()) keep(s);
  if (!document.empty()) {
    Corpus kept;
    if (auto err = s.loader.load(document, kept)) {
      err->file = "kept My articles";
      say(m, "My articles kept in this browser could not be read (" + err->to_string() + ")");
    } else {
      // Articles added before the browser answered (a quick paste, a link's article) go after the kept ones, and
      // the whole is kept again: writing only the new ones would lose the old.
      const size_t kept_count = kept.articles.size();
      const bool added_meanwhile = !m.corpus.articles.empty();
      for (uint32_t a = 0; a < m.corpus.articles.size(); ++a) {
        ArticleRecord r = m.corpus.record(a);
        if (!kept.find_article(r.id)) kept.add(r);
      }
      m.corpus = std::move(kept);
      m.kept_bytes = document.size();
      say(m, "kept in this browser: " + std::to_string(kept_count) + " article" + (kept_count == 1 ? "" : "s"));
      if (added_meanwhile) keep(s);
      if (m.showing) {  // on screen already: now with the kept ones too, and the same view (a link's, say)
        DecodedView same;
        same.view = current_view(s);
        show_my_articles(s, true);
        const std::string fragment = encode_view(same.view);
        apply_link(s, std::move(same), fragment);
      }
    }
  }
  if (m.unpack_request) return;  // a link's article is on its way; its view applies when it is in
  // A link decides what is shown; without one, what was on screen last time.
  std::string link = std::exchange(m.waiting_link, {});
  if (link.empty()) {
    const std::string hash = s.platform->location_hash();
    if (decode_view(hash).view.mine) link = hash;
    else if (showing && hash.empty() && !m.showing && !m.corpus.articles.empty()) show_my_articles(s, true);
  }
  if (!link.empty() && !m.showing) apply_mine_link(s, link);
}

bool divert_link(Session& s, std::string_view fragment) {
  MyArticles& m = s.mine;
  std::string f(fragment);
  const size_t before = f.size();
  std::string doc = take_link_param(f, "doc");
  if (f.size() != before) {  // a link that carries its article: into My articles, then the view
    touch(s);
    if (doc.empty() || doc.size() > kMaxLinkArticleChars * 2) {
      s.link_ignored = {doc.empty() ? "the link's doc= is empty"
                                    : "the article in the link is " + std::to_string(doc.size()) +
                                          " characters long; links carry at most " +
                                          std::to_string(kMaxLinkArticleChars) + ", so it was not opened"};
      s.link_notice_open = true;
      return !s.corpus.articles.empty() ? (apply_link(s, decode_view(f), f), true) : false;
    }
    m.unpack_request = next_pack_request(m);
    m.waiting_link = f;
    set_notice(s, "Opening the article that came with the link…");
    s.platform->unpack_from_link(m.unpack_request, doc, kMaxUnpackedLinkBytes);
    return true;
  }
  if (m.unpack_request) {  // the article is still unpacking: this view applies after it
    m.waiting_link = f;
    return true;
  }
  DecodedView d = decode_view(f);
  if (!d.view.mine) {
    if (!m.showing) return false;
    show_my_articles(s, false);  // the default articles are fetched again, and take_corpus applies the address bar
    return true;
  }
  if (m.showing) {  // My articles are on screen: the link applies to them (and says so if its article is not here)
    apply_mine_link(s, f);
    return true;
  }
  if (!m.known) {               // the browser has not said what it keeps yet: on_kept applies it
    m.waiting_link = f;
    return true;
  }
  apply_mine_link(s, f);
  return true;
}

void on_unpacked(Session& s, uint32_t request_id, std::string_view document, std::string_view error) {
  MyArticles& m = s.mine;
  if (request_id != m.unpack_request || !request_id) return;
  m.unpack_request = 0;
  touch(s);
  const std::string link = std::exchange(m.waiting_link, {});
  bool usable = error.empty();
  std::string why(error);
  if (usable) {
    const size_t said = m.messages.size();
    const bool added = take_article(m, s.loader, "the article from the link", document, "");
    if (added) {
      keep(s);  // as after an add: if the kept read has not answered yet, on_kept merges and keeps again
      set_notice(s, "Added the article from the link to My articles");
    } else if (m.messages.size() > said && m.messages.back().find(": could not be used") != std::string::npos) {
      usable = false;
      why = m.messages.back();
    }
  }
  if (!usable) {
    s.link_ignored = {"the article in the link could not be opened (" + why + ")"};
    s.link_notice_open = true;
    if (!s.corpus.articles.empty()) {
      s.link_fragment = encode_view(current_view(s));
      s.platform->set_history(s.link_fragment, true);
    }
    return;
  }
  show_my_articles(s, true);
  DecodedView d = decode_view(link);
  apply_link(s, std::move(d), link);
  // The address bar drops the doc= (the article is in My articles now): the canonical form of what is shown.
  s.platform->set_history(s.link_fragment, true);
}

void update_link_share(Session& s) {
  MyArticles& m = s.mine;
  if (!m.showing || s.corpus.articles.empty()) return;
  const uint32_t a = reader_article(s);
  if (a >= s.corpus.articles.size()) return;
  const std::string id(s.corpus.str(s.corpus.articles[a].id));
  if (id == m.share.article) return;
  Corpus one;  // the article alone, as article JSON, with the topics its tags refer to
  for (const auto& t : s.corpus.topics) one.add_topic(s.corpus.str(t.id), s.corpus.str(t.label));
  one.add(s.corpus.record(a));
  m.share = LinkShare{};
  m.share.article = id;
  m.share.phase = LinkShare::Phase::packing;
  m.share.request = next_pack_request(m);
  touch(s);
  s.platform->pack_for_link(m.share.request, write_corpus(one));
}

void on_packed(Session& s, uint32_t request_id, std::string_view packed, std::string_view error) {
  LinkShare& sh = s.mine.share;
  if (request_id != sh.request || sh.phase != LinkShare::Phase::packing) return;
  touch(s);
  if (!error.empty()) {
    sh.phase = LinkShare::Phase::failed;
    sh.error = std::string(error);
    return;
  }
  sh.packed_chars = packed.size();
  if (packed.size() > kMaxLinkArticleChars) {
    sh.phase = LinkShare::Phase::too_large;
    return;
  }
  sh.packed = std::string(packed);
  sh.phase = LinkShare::Phase::ready;
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

void on_storage(Session& s, double usage, double quota) {
  touch(s);
  s.mine.storage_usage = usage;
  s.mine.storage_quota = quota;
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
  s.history_push = true;  // the address bar says corpus=mine (tick), so a reload or Back finds them (part 5)
}

// The user leaves My articles (the button, or removing the last one): the address bar gets a view of the default
// articles at once, which the refetched corpus then applies (a corpus=mine fragment left there would bring My
// articles straight back). Back returns to My articles.
void leave_my_articles(Session& s) {
  if (!s.mine.showing) return;
  View v;
  v.panel = s.panel;
  s.link_fragment = encode_view(v);
  s.platform->set_history(s.link_fragment, false);
  show_my_articles(s, false);
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
    if (in.show_mine == 1) show_my_articles(s, true);
    else leave_my_articles(s);
    keep(s);
  }
  if (in.copy_link_with_article && s.mine.showing && s.mine.share.phase == LinkShare::Phase::ready) {
    const LinkShare& sh = s.mine.share;
    s.clipboard_text = s.platform->location_base() + encode_view(current_view(s)) + "&doc=" + sh.packed;
    s.clipboard_notice = "Link copied, with the article in it (" + std::to_string(s.clipboard_text.size()) +
                         " characters): it opens in any browser";
    s.platform->copy_to_clipboard(s.clipboard_text);
  }
  if (in.export_mine && !s.mine.corpus.articles.empty()) {
    s.platform->download("my-articles.json", "application/json", write_corpus(s.mine.corpus));
    set_notice(s, "Exported My articles as my-articles.json");
  }
}

}  // namespace ae::session
