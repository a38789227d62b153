// paragraphs.cpp: raw text -> front matter, title and body paragraphs.
//
// Layout: an optional front matter block ("---" / "source: …" / "url: …" / "published: …" / "---"), then
// the title (first non-blank line), then paragraphs separated by blank lines. Lines inside a paragraph are
// joined by one space. A photo-caption line is always a paragraph of its own (some outlets put the caption
// right above the text with no blank line). A body with no blank lines at all is one paragraph per line.
#include "extract/doc.h"

namespace ae::extract {
namespace {

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  auto sp = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
  while (b < e && sp(static_cast<unsigned char>(s[b]))) ++b;
  // U+00A0 and U+FEFF (BOM) at the edges are whitespace too.
  for (bool again = true; again;) {
    again = false;
    while (b < e && sp(static_cast<unsigned char>(s[b]))) ++b;
    if (e - b >= 3 && s.substr(b, 3) == "\xEF\xBB\xBF") { b += 3; again = true; }
    if (e - b >= 2 && s.substr(b, 2) == "\xC2\xA0") { b += 2; again = true; }
  }
  while (e > b && sp(static_cast<unsigned char>(s[e - 1]))) --e;
  while (e - b >= 2 && s.substr(e - 2, 2) == "\xC2\xA0") e -= 2;
  return s.substr(b, e - b);
}

bool is_fence(std::string_view line) { return trim(line) == "---"; }

}  // namespace

void split_paragraphs(std::string_view raw, ArticleRecord& a) {
  std::vector<std::string_view> lines;
  lines.reserve(raw.size() / 32 + 16);  // news text averages more than 32 bytes a line: usually one allocation
  for (size_t b = 0; b <= raw.size();) {
    size_t e = raw.find('\n', b);
    if (e == std::string_view::npos) e = raw.size();
    lines.push_back(raw.substr(b, e - b));
    b = e + 1;
  }
  size_t i = 0;
  while (i < lines.size() && trim(lines[i]).empty()) ++i;
  // Front matter: only when it is closed; otherwise the "---" line is text.
  if (i < lines.size() && is_fence(lines[i])) {
    size_t j = i + 1;
    while (j < lines.size() && !is_fence(lines[j])) ++j;
    if (j < lines.size()) {
      for (size_t k = i + 1; k < j; ++k) {
        std::string_view l = trim(lines[k]);
        size_t c = l.find(':');
        if (c == std::string_view::npos) continue;
        std::string_view key = trim(l.substr(0, c)), val = trim(l.substr(c + 1));
        if (val.size() >= 2 && (val.front() == '"' || val.front() == '\'') && val.back() == val.front())
          val = val.substr(1, val.size() - 2);
        if (key == "source") a.source = val;
        else if (key == "url") a.url = val;
        else if (key == "published" || key == "date") a.published = val;
        else if (key == "title") a.title = val;
      }
      i = j + 1;
    }
  }
  if (a.title.empty()) {
    // The first line with text is the title; a markdown heading's '#'s are dropped, and a line of nothing but
    // '#'s (a separator) is skipped rather than becoming an empty title (found by fuzz_extract).
    for (; i < lines.size(); ++i) {
      std::string_view t = trim(lines[i]);
      while (!t.empty() && t.front() == '#') t = trim(t.substr(1));
      if (t.empty()) continue;
      a.title = t;
      ++i;
      break;
    }
  }
  // Does a blank line separate two text lines anywhere in the body?
  bool any_blank = false, seen_text = false, pending_blank = false;
  for (size_t k = i; k < lines.size() && !any_blank; ++k) {
    if (trim(lines[k]).empty()) {
      pending_blank = seen_text;
    } else {
      any_blank = pending_blank;
      seen_text = true;
    }
  }
  std::string cur;
  a.paragraphs.reserve(lines.size() - i);  // at most one paragraph per line left
  auto flush = [&] {
    if (!cur.empty()) a.paragraphs.push_back(std::move(cur));
    cur.clear();
  };
  for (; i < lines.size(); ++i) {
    std::string_view l = trim(lines[i]);
    if (l.empty()) { flush(); continue; }
    Caption cap;
    if (!any_blank || find_credit(l, cap)) {
      flush();
      cur = l;
      flush();
      continue;
    }
    if (!cur.empty()) cur += ' ';
    cur += l;
  }
  flush();
}

}  // namespace ae::extract
