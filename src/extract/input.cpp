// input.cpp: decoding (UTF-8/UTF-16/Windows-1252), format choice and Markdown -> article text (input.h).
// HTML is in html.cpp.
#include "extract/input.h"

#include "core/text.h"

#include <cctype>
#include <cstdint>
#include <vector>

namespace ae::extract {
namespace {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

std::string decode_utf16(std::string_view b, bool little) {
  std::string out;
  out.reserve(b.size());
  auto unit = [&](size_t i) {
    const uint32_t lo = static_cast<unsigned char>(b[i]), hi = static_cast<unsigned char>(b[i + 1]);
    return little ? (hi << 8 | lo) : (lo << 8 | hi);
  };
  for (size_t i = 2; i + 1 < b.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u < 0xDC00 && i + 3 < b.size()) {
      const uint32_t v = unit(i + 2);
      if (v >= 0xDC00 && v < 0xE000) {
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u < 0xE000) u = 0xFFFD;  // a lone surrogate
    append_utf8(out, u);
  }
  if (b.size() % 2) append_utf8(out, 0xFFFD);  // a dangling byte
  return out;
}

// Windows-1252's 0x80-0x9F (the WHATWG table: the five unassigned bytes keep their C1 code points).
constexpr uint16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string decode_cp1252(std::string_view b) {
  std::string out;
  out.reserve(b.size() + b.size() / 8);
  for (char ch : b) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) out += ch;
    else if (c < 0xA0) append_utf8(out, kCp1252High[c - 0x80]);
    else append_utf8(out, c);
  }
  return out;
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

// ------------------------------------------------------------------------------------------- [markdown]
bool is_rule(std::string_view t) {  // "---", "***", "___", "- - -"
  if (t.size() < 3) return false;
  const char m = t[0];
  if (m != '-' && m != '*' && m != '_') return false;
  size_t n = 0;
  for (char c : t) {
    if (c == m) ++n;
    else if (c != ' ') return false;
  }
  return n >= 3;
}

// The text of one Markdown line with inline markup removed.
std::string md_inline(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && std::string_view("\\`*_{}[]()#+-.!<>|~").find(s[i + 1]) != std::string_view::npos) {
      out += s[i + 1];
      i += 2;
      continue;
    }
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {  // an image: dropped, alt text and all
      const size_t close = s.find(']', i + 2);
      if (close != std::string_view::npos && close + 1 < s.size() && (s[close + 1] == '(' || s[close + 1] == '[')) {
        const size_t end = s.find(s[close + 1] == '(' ? ')' : ']', close + 2);
        if (end != std::string_view::npos) {
          i = end + 1;
          continue;
        }
      }
    }
    if (c == '[') {  // a link: its words stay, its target goes
      const size_t close = s.find(']', i + 1);
      if (close != std::string_view::npos) {
        std::string_view words = s.substr(i + 1, close - i - 1);
        size_t next = close + 1;
        if (next < s.size() && (s[next] == '(' || s[next] == '[')) {
          const size_t end = s.find(s[next] == '(' ? ')' : ']', next + 1);
          if (end != std::string_view::npos) next = end + 1;
          else next = close + 1;
        }
        out += md_inline(words);
        i = next;
        continue;
      }
    }
    if (c == '<') {  // an autolink <https://…> keeps its address; an inline tag goes
      const size_t close = s.find('>', i + 1);
      if (close != std::string_view::npos) {
        std::string_view inner = s.substr(i + 1, close - i - 1);
        if (inner.find("://") != std::string_view::npos || inner.find('@') != std::string_view::npos) {
          if (inner.find(' ') == std::string_view::npos) {
            out += inner;
            i = close + 1;
            continue;
          }
        } else if (!inner.empty() && (inner[0] == '/' || (inner[0] >= 'a' && inner[0] <= 'z') ||
                                      (inner[0] >= 'A' && inner[0] <= 'Z'))) {
          i = close + 1;
          continue;
        }
      }
    }
    if (c == '`') {  // code spans keep their text
      ++i;
      continue;
    }
    // Emphasis markers: '*' (not between digits: "2*3" stays), '~', and '_' at a word edge ("snake_case" keeps it).
    auto alnum = [&](size_t k) { return k < s.size() && std::isalnum(static_cast<unsigned char>(s[k])); };
    auto digit = [&](size_t k) { return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])); };
    if ((c == '*' && !(i > 0 && digit(i - 1) && digit(i + 1))) || c == '~' ||
        (c == '_' && !(i > 0 && alnum(i - 1) && alnum(i + 1)))) {
      ++i;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace

std::string_view to_string(InputFormat f) {
  switch (f) {
    case InputFormat::text: return "text";
    case InputFormat::markdown: return "Markdown";
    case InputFormat::html: return "HTML";
  }
  return "text";
}

std::string PreparedInput::note() const {
  std::string n;
  if (format != InputFormat::text) n = std::string(to_string(format));
  if (!encoding.empty() && encoding != "UTF-8") {
    if (!n.empty()) n += ", ";
    n += "decoded from " + encoding;
  }
  return n;
}

std::string decode_to_utf8(std::string_view b, std::string& encoding) {
  if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") {
    encoding = "UTF-8 with byte order mark";
    return std::string(b.substr(3));
  }
  if (b.size() >= 2 && b[0] == '\xFF' && b[1] == '\xFE') {
    encoding = "UTF-16LE";
    return decode_utf16(b, true);
  }
  if (b.size() >= 2 && b[0] == '\xFE' && b[1] == '\xFF') {
    encoding = "UTF-16BE";
    return decode_utf16(b, false);
  }
  // NUL bytes without a byte order mark: left as they are, for extract() to refuse as binary.
  if (b.find('\0') != std::string_view::npos || is_valid_utf8(b)) {
    encoding = "UTF-8";
    return std::string(b);
  }
  encoding = "Windows-1252";
  return decode_cp1252(b);
}

InputFormat format_for(std::string_view name, std::string_view text) {
  if (ends_with_ci(name, ".html") || ends_with_ci(name, ".htm") || ends_with_ci(name, ".xhtml")) return InputFormat::html;
  if (ends_with_ci(name, ".md") || ends_with_ci(name, ".markdown")) return InputFormat::markdown;
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  const std::string_view head = text.substr(i);
  if (starts_with_ci(head, "<!doctype html") || starts_with_ci(head, "<html")) return InputFormat::html;
  return InputFormat::text;
}

std::string markdown_to_text(std::string_view md) {
  std::string out;
  out.reserve(md.size());
  std::vector<std::string_view> lines;
  for (size_t b = 0; b <= md.size();) {
    size_t e = md.find('\n', b);
    if (e == std::string_view::npos) e = md.size();
    lines.push_back(md.substr(b, e - b));
    b = e + 1;
  }
  size_t i = 0;
  while (i < lines.size() && trim(lines[i]).empty()) ++i;
  if (i < lines.size() && trim(lines[i]) == "---") {  // front matter: copied as it is
    size_t j = i + 1;
    while (j < lines.size() && trim(lines[j]) != "---") ++j;
    if (j < lines.size()) {
      for (size_t k = i; k <= j; ++k) out.append(lines[k]).append("\n");
      i = j + 1;
    }
  }
  bool in_fence = false;
  std::string fence;
  for (; i < lines.size(); ++i) {
    std::string_view t = trim(lines[i]);
    if (t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~") {  // code blocks are no article text
      if (!in_fence) {
        in_fence = true;
        fence = std::string(t.substr(0, 3));
      } else if (t.substr(0, 3) == fence) {
        in_fence = false;
      }
      out += '\n';
      continue;
    }
    if (in_fence) continue;
    if (t.empty() || is_rule(t)) {
      out += '\n';
      continue;
    }
    if (!t.empty() && t[0] == '[') {  // a reference definition "[id]: https://…"
      const size_t close = t.find("]:");
      if (close != std::string_view::npos && t.find(' ') > close) continue;
    }
    bool own_paragraph = false;  // headings and list items never run into the next line
    while (!t.empty() && t[0] == '>') t = trim(t.substr(1));
    if (!t.empty() && t[0] == '#') {
      size_t h = 0;
      while (h < t.size() && t[h] == '#') ++h;
      if (h <= 6 && (h == t.size() || t[h] == ' ')) {
        t = trim(t.substr(h));
        while (!t.empty() && t.back() == '#') t = trim(t.substr(0, t.size() - 1));
        own_paragraph = true;
      }
    } else if (t.size() > 1 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') {
      t = trim(t.substr(2));
      own_paragraph = true;
    } else {
      size_t d = 0;
      while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
      if (d > 0 && d < 4 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ') {
        t = trim(t.substr(d + 2));
        own_paragraph = true;
      }
    }
    std::string line = md_inline(t);
    if (trim(line).empty()) {  // a line that was only an image
      out += '\n';
      continue;
    }
    if (own_paragraph && !out.empty() && out.back() != '\n') out += '\n';
    if (own_paragraph) out += '\n';
    out += line;
    out += own_paragraph ? "\n\n" : "\n";
  }
  return out;
}

PreparedInput prepare_input(std::string_view name, std::string_view bytes) {
  PreparedInput p;
  std::string text = decode_to_utf8(bytes, p.encoding);
  p.format = text.find('\0') != std::string::npos ? InputFormat::text : format_for(name, text);
  switch (p.format) {
    case InputFormat::html: p.text = html_to_text(text); break;
    case InputFormat::markdown: p.text = markdown_to_text(text); break;
    case InputFormat::text: p.text = std::move(text); break;
  }
  return p;
}

}  // namespace ae::extract
