// html.cpp: a saved web page -> article text, read with HTML Tidy's parser (Debian source package tidy-html5).
//
//   title      <meta property="og:title">, else the first <h1>, else <title>
//   body       the <article> with the most paragraph text, else the element whose <p> children hold the most
//              text ("the densest block"), else <body>; its block elements become paragraphs
//   captions   <figure>/<figcaption>: a credit inside it (class *credit*/*copyright*, <cite>, <small>) becomes
//              "Caption. Photo credit: X." — the layout the photos pass reads in text files
//   date       article:published_time, else the first <time datetime>, else JSON-LD "datePublished"
//   address    <link rel="canonical">, else og:url; source from og:site_name
// Dropped: script, style, noscript, template, nav, aside, footer, forms, comments, images, and blocks whose
// class or id says comments, related links, sharing, newsletter, adverts or byline; <h1> in the body (the title). Entities are decoded by the parser.
#include "extract/input.h"

#include "tidy.h"
#include "tidybuffio.h"

#include <cstring>
#include <string>
#include <vector>

namespace ae::extract {
namespace {

bool is_one_of(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set)
    if (s == x) return true;
  return false;
}

std::string lower(std::string_view s) {
  std::string l(s);
  for (char& c : l) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  return l;
}

// Appends `s` with every run of whitespace (ASCII and U+00A0) turned into one space.
void append_collapsed(std::string& out, std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const bool nbsp = s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    const bool space = nbsp || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      if (nbsp) ++i;
    } else {
      out += s[i];
    }
  }
}

std::string trimmed(std::string s) {
  size_t b = 0, e = s.size();
  while (b < e && s[b] == ' ') ++b;
  while (e > b && s[e - 1] == ' ') --e;
  return s.substr(b, e - b);
}

class Page {
 public:
  explicit Page(std::string_view html) : doc_(tidyCreate()) {
    tidyBufInit(&errors_);
    tidySetErrorBuffer(doc_, &errors_);  // Tidy's report on the markup is not ours to print
    tidyOptSetBool(doc_, TidyQuiet, yes);
    tidyOptSetBool(doc_, TidyShowWarnings, no);
    tidyOptSetInt(doc_, TidyShowErrors, 0);
    tidySetInCharEncoding(doc_, "utf8");
    const std::string z(html);  // Tidy reads a NUL-terminated string
    tidyParseString(doc_, z.c_str());
  }
  ~Page() {
    tidyBufFree(&errors_);
    tidyRelease(doc_);
  }
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;

  std::string to_text();

 private:
  TidyDoc doc_;
  TidyBuffer errors_{};
  std::string title_;
  std::vector<std::string> paragraphs_;
  std::string cur_;

  static std::string name(TidyNode n) {
    const char* s = tidyNodeGetName(n);
    return s ? lower(s) : std::string();
  }
  static bool is_element(TidyNode n) {
    const TidyNodeType t = tidyNodeGetType(n);
    return t == TidyNode_Start || t == TidyNode_StartEnd;
  }
  static std::string attr(TidyNode n, std::string_view key) {
    for (TidyAttr a = tidyAttrFirst(n); a; a = tidyAttrNext(a)) {
      const char* k = tidyAttrName(a);
      if (k && lower(k) == key) {
        const char* v = tidyAttrValue(a);
        return v ? v : "";
      }
    }
    return {};
  }
  std::string raw_value(TidyNode n) {
    TidyBuffer b;
    tidyBufInit(&b);
    std::string s;
    if (tidyNodeGetValue(doc_, n, &b) && b.bp) s.assign(reinterpret_cast<const char*>(b.bp), b.size);
    tidyBufFree(&b);
    return s;
  }
  static bool dropped(TidyNode n, const std::string& tag) {
    if (is_one_of(tag, {"script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button",
                        "select", "textarea", "iframe", "svg", "object", "embed", "canvas", "img", "picture",
                        "video", "audio", "head", "title", "meta", "link"}))
      return true;
    const std::string marks = lower(attr(n, "class") + " " + attr(n, "id"));
    for (const char* m : {"comment", "related", "share", "sharing", "newsletter", "advert", "promo", "cookie", "byline"})
      if (marks.find(m) != std::string::npos) return true;
    return false;
  }
  static bool is_block(const std::string& tag) {
    return is_one_of(tag, {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
                           "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
                           "figcaption", "address", "hr", "br", "body"});
  }

  // All text under `n` (dropped elements and `skip` excluded), whitespace collapsed.
  void collect(TidyNode n, std::string& out, TidyNode skip = nullptr) {
    for (TidyNode c = tidyGetChild(n); c; c = tidyGetNext(c)) {
      if (c == skip) continue;
      const TidyNodeType t = tidyNodeGetType(c);
      if (t == TidyNode_Text) {
        append_collapsed(out, raw_value(c));
      } else if (is_element(c)) {
        const std::string tag = name(c);
        if (dropped(c, tag)) continue;
        if (is_block(tag) && !out.empty() && out.back() != ' ') out += ' ';
        collect(c, out, skip);
      }
    }
  }
  std::string text_of(TidyNode n, TidyNode skip = nullptr) {
    std::string s;
    collect(n, s, skip);
    return trimmed(std::move(s));
  }

  template <class F>
  void each_element(TidyNode n, F&& f) {  // depth first, document order; f returns false to stop descending
    for (TidyNode c = tidyGetChild(n); c; c = tidyGetNext(c)) {
      if (!is_element(c)) continue;
      if (f(c)) each_element(c, f);
    }
  }

  void flush() {
    std::string p = trimmed(std::move(cur_));
    cur_.clear();
    if (p.empty() || p == title_) return;
    paragraphs_.push_back(std::move(p));
  }
  void figure(TidyNode fig);
  void walk(TidyNode n);
  TidyNode body_root(TidyNode body);
};

TidyNode Page::body_root(TidyNode body) {
  // The <article> with the most paragraph text; failing that, the element whose <p> children hold the most.
  TidyNode best_article = nullptr, best_block = nullptr;
  size_t best_article_len = 0, best_block_len = 0;
  each_element(body, [&](TidyNode e) {
    const std::string tag = name(e);
    if (dropped(e, tag)) return false;
    size_t p_len = 0;
    for (TidyNode c = tidyGetChild(e); c; c = tidyGetNext(c))
      if (is_element(c) && name(c) == "p") p_len += text_of(c).size();
    if (p_len > best_block_len) best_block = e, best_block_len = p_len;
    if (tag == "article") {
      const size_t len = text_of(e).size();
      if (len > best_article_len) best_article = e, best_article_len = len;
    }
    return true;
  });
  if (best_article) return best_article;
  return best_block ? best_block : body;
}

void Page::figure(TidyNode fig) {
  TidyNode caption = nullptr;
  each_element(fig, [&](TidyNode e) {
    if (!caption && name(e) == "figcaption") caption = e;
    return !caption;
  });
  // The credit: an element marked as one inside the caption (or beside it in the figure).
  TidyNode credit = nullptr;
  auto find_credit_el = [&](TidyNode in) {
    each_element(in, [&](TidyNode e) {
      if (credit) return false;
      const std::string tag = name(e);
      const std::string marks = lower(attr(e, "class") + " " + attr(e, "id"));
      if (tag == "cite" || tag == "small" || marks.find("credit") != std::string::npos ||
          marks.find("copyright") != std::string::npos || marks.find("byline") != std::string::npos) {
        credit = e;
        return false;
      }
      return true;
    });
  };
  if (caption) find_credit_el(caption);
  if (!credit) find_credit_el(fig);
  std::string text = caption ? text_of(caption, credit) : std::string();
  std::string who = credit ? text_of(credit) : std::string();
  // "Photo: X", "Credit: X", "© X" -> "X"
  for (bool again = true; again && !who.empty();) {
    again = false;
    for (std::string_view prefix : {"photo credit:", "photograph:", "photo:", "image:", "credit:", "picture:",
                                    "\xC2\xA9", "(c)"}) {
      if (lower(who.substr(0, prefix.size())) == prefix) {
        who = trimmed(who.substr(prefix.size()));
        again = true;
      }
    }
  }
  if (!who.empty() && (who.front() == '(' && who.back() == ')')) who = trimmed(who.substr(1, who.size() - 2));
  if (text.empty() && who.empty()) return;
  flush();
  if (!who.empty()) {
    if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
    cur_ = text + (text.empty() ? "" : " ") + "Photo credit: " + who;
    if (cur_.back() != '.') cur_ += '.';
  } else {
    cur_ = text;  // a caption with no credit is read like any other paragraph
  }
  flush();
}

void Page::walk(TidyNode n) {
  for (TidyNode c = tidyGetChild(n); c; c = tidyGetNext(c)) {
    const TidyNodeType t = tidyNodeGetType(c);
    if (t == TidyNode_Text) {
      append_collapsed(cur_, raw_value(c));
      continue;
    }
    if (!is_element(c)) continue;  // comments, processing instructions, doctype
    const std::string tag = name(c);
    if (dropped(c, tag)) continue;
    if (tag == "figure") {
      figure(c);
      continue;
    }
    if (tag == "h1") continue;  // the headline: the title already
    if (is_block(tag)) {
      flush();
      walk(c);
      flush();
    } else {
      walk(c);
    }
  }
}

std::string Page::to_text() {
  TidyNode root = tidyGetRoot(doc_);
  TidyNode head = tidyGetHead(doc_);
  TidyNode body = tidyGetBody(doc_);
  std::string og_title, site, url, og_url, published, title_tag;
  if (head || root) {
    each_element(head ? head : root, [&](TidyNode e) {
      const std::string tag = name(e);
      if (tag == "meta") {
        const std::string key = lower(attr(e, "property").empty() ? attr(e, "name") : attr(e, "property"));
        const std::string content = attr(e, "content");
        std::string c;
        append_collapsed(c, content);
        c = trimmed(std::move(c));
        if (key == "og:title" && og_title.empty()) og_title = c;
        else if (key == "og:site_name" && site.empty()) site = c;
        else if (key == "og:url" && og_url.empty()) og_url = c;
        else if ((key == "article:published_time" || key == "datepublished") && published.empty()) published = c;
      } else if (tag == "link") {
        if (lower(attr(e, "rel")) == "canonical" && url.empty()) url = trimmed(attr(e, "href"));
      } else if (tag == "title" && title_tag.empty()) {
        title_tag = text_of(e);
      }
      return tag != "body";
    });
  }
  if (url.empty()) url = og_url;
  std::string h1;
  std::string first_time, json_ld_date;
  // <time datetime>, JSON-LD and <h1> anywhere in the document (JSON-LD often sits in <head>).
  each_element(root, [&](TidyNode e) {
    const std::string tag = name(e);
    if (tag == "h1" && h1.empty()) h1 = text_of(e);
    if (tag == "time" && first_time.empty()) first_time = trimmed(attr(e, "datetime"));
    if (tag == "script" && json_ld_date.empty() && lower(attr(e, "type")) == "application/ld+json") {
      std::string json;
      for (TidyNode c = tidyGetChild(e); c; c = tidyGetNext(c)) json += raw_value(c);
      const size_t k = json.find("\"datePublished\"");
      if (k != std::string::npos) {
        size_t v = json.find_first_not_of(" \t\r\n", k + 15);
        if (v != std::string::npos && json[v] == ':') v = json.find_first_not_of(" \t\r\n", v + 1);
        if (v != std::string::npos && json[v] == '"') {
          const size_t end = json.find('"', v + 1);
          if (end != std::string::npos) json_ld_date = json.substr(v + 1, end - v - 1);
        }
      }
    }
    return tag != "script" && tag != "style";
  });
  if (published.empty()) published = !first_time.empty() ? first_time : json_ld_date;
  title_ = !og_title.empty() ? og_title : !h1.empty() ? h1 : title_tag;

  if (body) walk(body_root(body));
  flush();

  std::string out;
  if (!site.empty() || !url.empty() || !published.empty()) {
    out += "---\n";
    if (!site.empty()) out += "source: " + site + "\n";
    if (!url.empty()) out += "url: " + url + "\n";
    if (!published.empty()) out += "published: " + published + "\n";
    out += "---\n";
  }
  if (!title_.empty()) out += title_ + "\n\n";
  for (const std::string& p : paragraphs_) out += p + "\n\n";
  return out;
}

}  // namespace

std::string html_to_text(std::string_view html) {
  Page page(html);
  return page.to_text();
}

}  // namespace ae::extract
