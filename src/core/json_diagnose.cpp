// json_diagnose.cpp: the syntax diagnosis behind every loader error message about malformed JSON. simdjson
// says only that a document is broken; this strict, iterative (no recursion, so no stack overflow) scanner runs
// after it gave up and names the first bad byte, its JSON path and what was expected there.
#include "core/json_loader.h"
#include "core/text.h"

namespace ae::json_detail {

namespace {

class Diagnoser {
 public:
  Diagnoser(std::string_view s, uint32_t max_depth) : s_(s), max_depth_(max_depth) {
    bad_utf8_ = find_invalid_utf8(s);
  }

  // Returns false (with offset/path/message set) at the first problem.
  bool run() {
    if (!value()) return false;
    while (!stack_.empty()) {
      Frame& f = stack_.back();
      ws();
      if (!check_utf8()) return false;
      char close = f.object ? '}' : ']';
      if (peek() == close) {
        ++i_;
        stack_.pop_back();
        continue;
      }
      if (peek() != ',') return fail(std::string("expected ',' or '") + close + "', found " + describe_byte(s_, i_));
      ++i_;
      if (f.object) {
        if (!member_key()) return false;
      } else {
        ++f.index;
      }
      if (!value()) return false;
    }
    ws();
    if (!check_utf8()) return false;
    if (i_ < s_.size()) return fail("expected end of input, found " + describe_byte(s_, i_));
    return true;
  }

  size_t offset = 0;
  std::string path, message;

 private:
  struct Frame {
    bool object;
    std::string key;
    size_t index = 0;
  };

  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  void ws() {
    while (i_ < s_.size() && is_ws(s_[i_])) ++i_;
  }
  bool fail(std::string msg) {
    offset = i_;
    message = std::move(msg);
    path.clear();
    for (const Frame& f : stack_) {
      if (f.object) {
        if (f.key.empty()) continue;
        if (!path.empty()) path.push_back('.');
        path += f.key;
      } else {
        path += "[" + std::to_string(f.index) + "]";
      }
    }
    return false;
  }
  bool check_utf8() {
    if (i_ != bad_utf8_) return true;
    return fail("expected valid UTF-8, found " + describe_byte(s_, i_));
  }

  // After '{' or ',' in an object: a key and its ':'.
  bool member_key() {
    Frame& f = stack_.back();
    f.key.clear();
    ws();
    if (!check_utf8()) return false;
    if (peek() != '"') return fail("expected a string key, found " + describe_byte(s_, i_));
    size_t begin = i_ + 1;
    if (!string()) return false;
    f.key.assign(s_.substr(begin, i_ - 1 - begin));
    ws();
    if (!check_utf8()) return false;
    if (peek() != ':') return fail("expected ':', found " + describe_byte(s_, i_));
    ++i_;
    return true;
  }

  // One value; containers are opened here and finished by run()'s loop.
  bool value() {
    for (;;) {
      ws();
      if (!check_utf8()) return false;
      char c = peek();
      if (c == '{' || c == '[') {
        if (stack_.size() + 1 > max_depth_) return fail(depth_message(max_depth_));
        ++i_;
        stack_.push_back({c == '{', {}, 0});
        ws();
        if (!check_utf8()) return false;
        if (peek() == (c == '{' ? '}' : ']')) {
          ++i_;
          stack_.pop_back();
          return true;
        }
        if (c == '{' && !member_key()) return false;
        continue;  // the first member or element
      }
      if (c == '"') return string();
      if (c == 't' || c == 'f' || c == 'n') {
        std::string_view word = c == 't' ? "true" : c == 'f' ? "false" : "null";
        if (s_.substr(i_, word.size()) != word) return fail("expected a value, found " + describe_byte(s_, i_));
        i_ += word.size();
        return true;
      }
      if (c == '-' || (c >= '0' && c <= '9')) {
        size_t n = number_length(s_, i_);
        if (n == 0) return fail("expected a number, found " + describe_byte(s_, i_));
        i_ += n;
        return true;
      }
      if (i_ >= s_.size() && stack_.empty()) return fail("expected a JSON document, found empty input");
      return fail("expected a value, found " + describe_byte(s_, i_));
    }
  }

  bool string() {  // at the opening quote
    ++i_;
    for (;;) {
      if (!check_utf8()) return false;
      if (i_ >= s_.size()) return fail("expected '\"' to close the string, found end of input");
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c < 0x20) return fail("expected a string character, found control character " + describe_byte(s_, i_));
      if (c != '\\') {
        ++i_;
        continue;
      }
      ++i_;
      char e = peek();
      if (e == 'u') {
        uint32_t unit = 0;
        if (!hex4(unit)) return false;
        if (unit >= 0xDC00 && unit <= 0xDFFF) return fail_at(i_ - 6, "expected a high surrogate before \\u" + hex_text(unit));
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          if (peek() != '\\' || i_ + 1 >= s_.size() || s_[i_ + 1] != 'u')
            return fail("expected a low surrogate \\uDC00-\\uDFFF, found " + describe_byte(s_, i_));
          ++i_;
          uint32_t low = 0;
          if (!hex4(low)) return false;
          if (low < 0xDC00 || low > 0xDFFF)
            return fail_at(i_ - 6, "expected a low surrogate \\uDC00-\\uDFFF, found \\u" + hex_text(low));
        }
        continue;
      }
      if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
        ++i_;
        continue;
      }
      return fail("expected an escape character, found " + describe_byte(s_, i_));
    }
  }
  bool hex4(uint32_t& out) {  // at the 'u'
    ++i_;
    out = 0;
    for (int k = 0; k < 4; ++k, ++i_) {
      char h = peek();
      int d = (h >= '0' && h <= '9') ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
      if (d < 0) return fail("expected a hex digit, found " + describe_byte(s_, i_));
      out = out * 16 + uint32_t(d);
    }
    return true;
  }
  static std::string hex_text(uint32_t v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", v);
    return buf;
  }
  bool fail_at(size_t at, std::string msg) {
    i_ = at;
    return fail(std::move(msg));
  }

  std::string_view s_;
  uint32_t max_depth_;
  size_t bad_utf8_ = std::string_view::npos;
  size_t i_ = 0;
  std::vector<Frame> stack_;
};

}  // namespace

bool diagnose_syntax(std::string_view s, uint32_t max_depth, size_t& offset, std::string& path, std::string& message) {
  Diagnoser d(s, max_depth);
  if (d.run()) return false;
  offset = d.offset;
  path = std::move(d.path);
  message = std::move(d.message);
  return true;
}

}  // namespace ae::json_detail
