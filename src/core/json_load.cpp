// json_load.cpp: article JSON v1 loader (simdjson On Demand, no exceptions).
//
// The fast path walks the document once with one reused parser and one reused ArticleRecord, copying
// strings straight into the Corpus. Errors are rare, so precision is bought only then: syntax errors are
// re-diagnosed by a small scalar scanner (which knows the JSON path and the exact byte), and invariant
// violations found after an article is complete are located again with a JSON pointer.
#include "core/json.h"
#include "core/json_internal.h"
#include "core/text.h"

#include <simdjson.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace ae {

namespace od = simdjson::ondemand;
using json_detail::quote;

namespace {

constexpr uint32_t kVersion = 1;
constexpr const char* kBothTextMessage = "expected either \"paragraphs\" or \"textRef\", found both";

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// How a byte is shown in "found ..." parts of messages.
std::string describe_byte(std::string_view s, size_t i) {
  if (i >= s.size()) return "end of input";
  unsigned char c = static_cast<unsigned char>(s[i]);
  char buf[16];
  if (c >= 0x20 && c < 0x7F) std::snprintf(buf, sizeof buf, "'%c'", c);
  else std::snprintf(buf, sizeof buf, "byte 0x%02x", c);
  return buf;
}

std::string depth_message(uint32_t max_depth) {
  return "expected at most " + std::to_string(max_depth) + " levels of nested arrays and objects, found more";
}

// JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? ; returns the length matched.
size_t number_length(std::string_view s, size_t i) {
  size_t start = i;
  auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  if (i < s.size() && s[i] == '-') ++i;
  if (!digit(i)) return 0;
  if (s[i] == '0') ++i;
  else while (digit(i)) ++i;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digit(i)) return 0;
    while (digit(i)) ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digit(i)) return 0;
    while (digit(i)) ++i;
  }
  return i - start;
}

// A raw simdjson token without the whitespace that may follow it.
std::string_view trim_token(std::string_view t) {
  while (!t.empty() && is_ws(t.back())) t.remove_suffix(1);
  return t;
}

bool is_number_token(std::string_view t) {
  t = trim_token(t);
  return !t.empty() && number_length(t, 0) == t.size();
}

// ---- Syntax diagnosis: a strict, iterative (no recursion, so no stack overflow) JSON scanner that runs
// only after simdjson reported a problem, to name the first bad byte and its path.
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

const char* type_name(od::json_type t) {
  switch (t) {
    case od::json_type::array: return "array";
    case od::json_type::object: return "object";
    case od::json_type::number: return "number";
    case od::json_type::string: return "string";
    case od::json_type::boolean: return "boolean";
    case od::json_type::null: return "null";
  }
  return "value";
}

// Field bits, for required/duplicate tracking.
enum : uint64_t {
  kId = 1u << 0, kTitle = 1u << 1, kSource = 1u << 2, kUrl = 1u << 3, kPublished = 1u << 4,
  kParagraphs = 1u << 5, kTopics = 1u << 6, kPeople = 1u << 7, kAgreements = 1u << 8, kFigures = 1u << 9,
  kPhotos = 1u << 10, kName = 1u << 11, kRole = 1u << 12, kAffiliation = 1u << 13, kMentions = 1u << 14,
  kText = 1u << 15, kValue = 1u << 16, kUnit = 1u << 17, kKind = 1u << 18, kQualifier = 1u << 19,
  kSubject = 1u << 20, kEvidence = 1u << 21, kParties = 1u << 22, kStatus = 1u << 23, kFigure = 1u << 24,
  kCaption = 1u << 25, kCredit = 1u << 26, kSrc = 1u << 27, kParagraph = 1u << 28, kSentence = 1u << 29,
  kMatch = 1u << 30, kLabel = 1u << 31, kTextRef = 1ull << 32,
};

}  // namespace

struct CorpusLoader::Impl {
  od::parser parser;
  std::unique_ptr<char[]> buf;  // input copy with simdjson's padding; grows, never shrinks
  size_t buf_capacity = 0;
  std::string_view input;       // the bytes being parsed (a padded copy, the head, or the caller's bytes)
  size_t input_capacity = 0;    // bytes readable from input.data() (>= input.size() + SIMDJSON_PADDING)
  bool fast = false;            // in parse_canonical(): errors are only signals, no diagnosis
  uint64_t first_byte = 0;      // offset of the document's first non-whitespace byte
  LoadOptions opt;

  ArticleRecord rec;                      // reused for every article
  std::vector<uint8_t> declared;          // per topic of the target: declared by this input's "topics"
  Corpus* target = nullptr;
  size_t base_articles = 0;               // articles the target held before this load (appending)
  std::optional<LoadError> error;

  // The error path is collected while unwinding: each level that sees a failure adds its key or index.
  // Successful parsing therefore pays nothing for paths.
  struct PathElem {
    std::string key;  // empty for an array index; copied because simdjson's buffers get reused
    size_t index = 0;
  };
  std::vector<PathElem> error_parts;  // innermost first
  std::string error_inner;            // path below the innermost part ("figures[2].evidence.match")
  bool path_final = false;            // the error came with a complete path (syntax diagnosis)

  // ---- errors

  uint64_t offset_of(const char* p) const {
    if (p < input.data() || p > input.data() + input.size()) return input.size();
    return static_cast<uint64_t>(p - input.data());
  }
  uint64_t offset_of(od::value& v) { return offset_of(v.raw_json_token().data()); }
  // A value's raw token, clamped to the document being parsed. simdjson derives the token's length from the
  // next structural index, which for a truncated document (the fast path parses one line at a time with a
  // reused parser) can be stale and point far past the input (fuzz_load: regression-canonical-number-token).
  const char* doc_end = nullptr;
  std::string_view token(od::value& v) {
    std::string_view t = v.raw_json_token();
    if (doc_end && t.data() <= doc_end && size_t(doc_end - t.data()) < t.size()) t = t.substr(0, size_t(doc_end - t.data()));
    if (doc_end && t.data() > doc_end) t = {};
    return t;
  }

  std::string error_path() const {
    std::string s;
    for (auto it = error_parts.rbegin(); it != error_parts.rend(); ++it) {
      if (it->key.empty()) {
        s += "[" + std::to_string(it->index) + "]";
      } else {
        if (!s.empty()) s.push_back('.');
        s += it->key;
      }
    }
    if (!error_inner.empty()) {
      if (!s.empty() && error_inner[0] != '[') s.push_back('.');
      s += error_inner;
    }
    return s;
  }
  void note_key(std::string_view key) {
    if (error && !path_final) error_parts.push_back({key.empty() ? std::string("\"\"") : std::string(key), 0});
  }
  void note_index(size_t index) {
    if (error && !path_final) error_parts.push_back({{}, index});
  }

  bool fail(uint64_t offset, std::string message) { return fail_inner(offset, {}, std::move(message)); }
  bool fail_inner(uint64_t offset, std::string inner, std::string message) {
    if (!error) {
      error = LoadError{{}, offset, {}, std::move(message)};
      error_inner = std::move(inner);
    }
    return false;
  }
  bool fail_with_path(uint64_t offset, std::string p, std::string message) {
    if (!error) {
      error = LoadError{{}, offset, std::move(p), std::move(message)};
      path_final = true;
    }
    return false;
  }

  // simdjson gave up: let the scanner find the precise syntax error; fall back to simdjson's own words.
  bool fail_syntax(simdjson::error_code code, uint64_t offset, std::string_view expected) {
    if (fast) return fail(offset, "");  // parse_canonical() gives up; the general path diagnoses
    Diagnoser d(input, opt.max_depth);
    if (!d.run()) return fail_with_path(d.offset, d.path, d.message);
    return fail(offset, "expected " + std::string(expected) + ", found invalid JSON (" +
                            simdjson::error_message(code) + ")");
  }

  bool fail_type(od::value& v, std::string_view expected) {
    uint64_t offset = offset_of(v);
    od::json_type t;
    if (auto code = v.type().get(t)) return fail_syntax(code, offset, expected);
    return fail(offset, "expected " + std::string(expected) + ", found " + type_name(t));
  }

  // ---- typed reads

  bool read_string_view(od::value& v, std::string_view& out, const char* expected = "a string") {
    auto code = v.get_string().get(out);
    if (code == simdjson::INCORRECT_TYPE) return fail_type(v, expected);
    if (code) return fail_syntax(code, offset_of(v), expected);
    return true;
  }
  bool read_string(od::value& v, std::string& out) {
    std::string_view s;
    if (!read_string_view(v, s)) return false;
    out.assign(s.data(), s.size());
    return true;
  }
  bool read_uint32(od::value& v, uint32_t& out) {
    uint64_t u = 0;
    auto code = v.get_uint64().get(u);
    if (code == simdjson::SUCCESS && u <= UINT32_MAX) {
      out = static_cast<uint32_t>(u);
      return true;
    }
    od::json_type t;
    if (v.type().get(t) == simdjson::SUCCESS && t != od::json_type::number) return fail_type(v, "an integer");
    std::string_view tok = trim_token(token(v));
    if (!is_number_token(tok)) return fail_syntax(code, offset_of(v), "an integer");
    return fail(offset_of(v), "expected an integer from 0 to 4294967295, found " + std::string(tok.substr(0, 40)));
  }
  bool read_double(od::value& v, double& out) {
    auto code = v.get_double().get(out);
    if (code == simdjson::INCORRECT_TYPE) return fail_type(v, "a number");
    if (code == simdjson::SUCCESS && std::isfinite(out)) return true;
    std::string_view tok = trim_token(token(v));
    if (code && !is_number_token(tok)) return fail_syntax(code, offset_of(v), "a number");
    // Valid JSON grammar, but too large for a double (1e999): JSON has no infinities, and we keep none.
    return fail(offset_of(v), "expected a finite number, found " + std::string(tok.substr(0, 40)));
  }
  bool open_object(od::value& v, uint32_t depth, od::object& out) {
    if (depth > opt.max_depth) return fail(offset_of(v), depth_message(opt.max_depth));
    auto code = v.get_object().get(out);
    if (code == simdjson::INCORRECT_TYPE) return fail_type(v, "an object");
    if (code) return fail_syntax(code, offset_of(v), "an object");
    return true;
  }
  bool open_array(od::value& v, uint32_t depth, od::array& out) {
    if (depth > opt.max_depth) return fail(offset_of(v), depth_message(opt.max_depth));
    auto code = v.get_array().get(out);
    if (code == simdjson::INCORRECT_TYPE) return fail_type(v, "an array");
    if (code) return fail_syntax(code, offset_of(v), "an array");
    return true;
  }

  // Iterates an object's fields: f(key, value, bit-tracking) -> bool. Rejects repeated known keys.
  template <class F>
  bool each_field(od::object& obj, F&& f) {
    for (auto field : obj) {
      std::string_view key;
      if (auto code = field.unescaped_key().get(key)) return fail_syntax(code, offset_of(obj_location()), "a key");
      od::value v;
      if (auto code = field.value().get(v)) return fail_syntax(code, offset_of(obj_location()), "a value");
      if (!f(key, v)) {
        note_key(key);
        return false;
      }
    }
    return true;
  }
  const char* obj_location() { return input.data() + input.size(); }  // only used before fail_syntax

  template <class F>
  bool each_element(od::array& arr, F&& f) {
    size_t n = 0;
    for (auto element : arr) {
      od::value v;
      if (auto code = element.get(v)) return fail_syntax(code, input.size(), "a value");
      if (!f(n, v)) {
        note_index(n);
        return false;
      }
      ++n;
    }
    return true;
  }

  bool seen(uint64_t& bits, uint64_t bit, od::value& v, std::string_view key) {
    if (bits & bit) return fail(offset_of(v), "expected one \"" + std::string(key) + "\" field, found another");
    bits |= bit;
    return true;
  }
  bool require(uint64_t bits, uint64_t need, uint64_t offset) {
    static constexpr std::pair<uint64_t, const char*> kNames[] = {
        {kId, "id"}, {kTitle, "title"}, {kName, "name"}, {kText, "text"}, {kValue, "value"}, {kUnit, "unit"},
        {kKind, "kind"}, {kStatus, "status"}, {kCaption, "caption"}, {kMentions, "mentions"},
        {kParagraph, "paragraph"}, {kSentence, "sentence"}, {kMatch, "match"}, {kEvidence, "evidence"},
        {kLabel, "label"}, {kParagraphs, "paragraphs"}};
    for (auto [bit, name] : kNames)
      if ((need & bit) && !(bits & bit)) return fail(offset, "missing required field \"" + std::string(name) + "\"");
    return true;
  }

  // Values this version does not know: walked rather than skipped so that malformed content and excessive
  // nesting are still reported (recursion is bounded by max_depth).
  bool skip_unknown(od::value& v, uint32_t depth) {
    od::json_type t;
    if (auto code = v.type().get(t)) return fail_syntax(code, offset_of(v), "a value");
    switch (t) {
      case od::json_type::object: {
        od::object obj;
        if (!open_object(v, depth, obj)) return false;
        return each_field(obj, [&](std::string_view key, od::value& x) {
          (void)key;
          return skip_unknown(x, depth + 1);
        });
      }
      case od::json_type::array: {
        od::array arr;
        if (!open_array(v, depth, arr)) return false;
        return each_element(arr, [&](size_t, od::value& x) { return skip_unknown(x, depth + 1); });
      }
      case od::json_type::string: {
        std::string_view s;
        return read_string_view(v, s);
      }
      case od::json_type::number: {
        // Any valid JSON number is fine here (even one too large for a double): only the grammar matters.
        if (!is_number_token(token(v))) return fail_syntax(simdjson::NUMBER_ERROR, offset_of(v), "a number");
        return true;
      }
      case od::json_type::boolean: {
        bool b;
        if (auto code = v.get_bool().get(b)) return fail_syntax(code, offset_of(v), "true or false");
        return true;
      }
      case od::json_type::null: {
        bool is_null = false;
        if (v.is_null().get(is_null) || !is_null) return fail_syntax(simdjson::N_ATOM_ERROR, offset_of(v), "null");
        return true;
      }
    }
    return true;
  }

  // Reads an array of strings into `out`, reusing the strings already there (their buffers).
  bool read_strings(od::value& v, uint32_t depth, std::vector<std::string>& out) {
    od::array arr;
    if (!open_array(v, depth, arr)) return false;
    size_t count = 0;
    bool ok = each_element(arr, [&](size_t n, od::value& x) {
      if (n == out.size()) out.emplace_back();
      count = n + 1;
      return read_string(x, out[n]);
    });
    if (!ok) return false;
    out.resize(count);
    return true;
  }

  // Reads an array of objects with `parse(value, depth, item)`, reusing records already in `out`.
  template <class T, class F>
  bool read_items(od::value& v, uint32_t depth, std::vector<T>& out, F&& parse) {
    od::array arr;
    if (!open_array(v, depth, arr)) return false;
    size_t count = 0;
    bool ok = each_element(arr, [&](size_t n, od::value& x) {
      if (n == out.size()) out.emplace_back();
      count = n + 1;
      return parse(x, depth + 1, out[n]);
    });
    if (!ok) return false;
    out.resize(count);
    return true;
  }

  bool read_span(od::value& v, uint32_t depth, Span& out) {
    uint64_t offset = offset_of(v);
    od::array arr;
    if (!open_array(v, depth, arr)) return false;
    uint32_t parts[2] = {0, 0};
    size_t count = 0;
    bool ok = each_element(arr, [&](size_t n, od::value& x) {
      count = n + 1;
      if (n >= 2) return skip_unknown(x, depth + 1);  // counted, reported below
      return read_uint32(x, parts[n]);
    });
    if (!ok) return false;
    if (count != 2)
      return fail(offset, "expected [begin, end] (2 integers), found " + std::to_string(count) + " elements");
    out = {parts[0], parts[1]};
    return true;
  }

  bool read_evidence(od::value& v, uint32_t depth, Evidence& out) {
    uint64_t offset = offset_of(v);
    od::object obj;
    if (!open_object(v, depth, obj)) return false;
    uint64_t bits = 0;
    bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
      if (key == "paragraph") return seen(bits, kParagraph, x, key) && read_uint32(x, out.paragraph);
      if (key == "sentence") return seen(bits, kSentence, x, key) && read_span(x, depth + 1, out.sentence);
      if (key == "match") return seen(bits, kMatch, x, key) && read_span(x, depth + 1, out.match);
      return skip_unknown(x, depth + 1);
    });
    return ok && require(bits, kParagraph | kSentence | kMatch, offset);
  }

  bool read_topic_refs(od::value& v, uint32_t depth, std::vector<std::string>& out) {
    return read_strings(v, depth, out);  // syntax of topic ids is checked with the article
  }

  bool parse_person(od::value& v, uint32_t depth, PersonRecord& p) {
    uint64_t offset = offset_of(v);
    od::object obj;
    if (!open_object(v, depth, obj)) return false;
    uint64_t bits = 0;
    bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
      if (key == "id") return seen(bits, kId, x, key) && read_string(x, p.id);
      if (key == "name") return seen(bits, kName, x, key) && read_string(x, p.name);
      if (key == "role") return seen(bits, kRole, x, key) && read_string(x, p.role);
      if (key == "affiliation") return seen(bits, kAffiliation, x, key) && read_string(x, p.affiliation);
      if (key == "mentions")
        return seen(bits, kMentions, x, key) &&
               read_items(x, depth + 1, p.mentions, [&](od::value& e, uint32_t d, Evidence& ev) { return read_evidence(e, d, ev); });
      if (key == "topics") return seen(bits, kTopics, x, key) && read_topic_refs(x, depth + 1, p.topics);
      return skip_unknown(x, depth + 1);
    });
    if (!ok || !require(bits, kId | kName | kMentions, offset)) return false;
    if (!(bits & kRole)) p.role.clear();
    if (!(bits & kAffiliation)) p.affiliation.clear();
    if (!(bits & kTopics)) p.topics.clear();
    return true;
  }

  bool parse_figure(od::value& v, uint32_t depth, FigureRecord& f) {
    uint64_t offset = offset_of(v);
    od::object obj;
    if (!open_object(v, depth, obj)) return false;
    uint64_t bits = 0;
    bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
      if (key == "id") return seen(bits, kId, x, key) && read_string(x, f.id);
      if (key == "text") return seen(bits, kText, x, key) && read_string(x, f.text);
      if (key == "value") return seen(bits, kValue, x, key) && read_double(x, f.value);
      if (key == "unit") return seen(bits, kUnit, x, key) && read_string(x, f.unit);
      if (key == "kind") {
        std::string_view s;
        if (!seen(bits, kKind, x, key) || !read_string_view(x, s)) return false;
        if (!parse_figure_kind(s, f.kind))
          return fail(offset_of(x), "expected \"money\", \"percent\", \"count\" or \"measure\", found " + quote(s));
        return true;
      }
      if (key == "qualifier") return seen(bits, kQualifier, x, key) && read_string(x, f.qualifier);
      if (key == "subject") return seen(bits, kSubject, x, key) && read_string(x, f.subject);
      if (key == "evidence") return seen(bits, kEvidence, x, key) && read_evidence(x, depth + 1, f.evidence);
      if (key == "topics") return seen(bits, kTopics, x, key) && read_topic_refs(x, depth + 1, f.topics);
      return skip_unknown(x, depth + 1);
    });
    if (!ok || !require(bits, kId | kText | kValue | kUnit | kKind | kEvidence, offset)) return false;
    if (!(bits & kQualifier)) f.qualifier.clear();
    if (!(bits & kSubject)) f.subject.clear();
    if (!(bits & kTopics)) f.topics.clear();
    return true;
  }

  bool parse_agreement(od::value& v, uint32_t depth, AgreementRecord& g) {
    uint64_t offset = offset_of(v);
    od::object obj;
    if (!open_object(v, depth, obj)) return false;
    uint64_t bits = 0;
    bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
      if (key == "id") return seen(bits, kId, x, key) && read_string(x, g.id);
      if (key == "title") return seen(bits, kTitle, x, key) && read_string(x, g.title);
      if (key == "kind") return seen(bits, kKind, x, key) && read_string(x, g.kind);
      if (key == "parties") return seen(bits, kParties, x, key) && read_strings(x, depth + 1, g.parties);
      if (key == "status") {
        std::string_view s;
        if (!seen(bits, kStatus, x, key) || !read_string_view(x, s)) return false;
        if (!parse_agreement_status(s, g.status))
          return fail(offset_of(x), "expected \"signed\", \"agreed\", \"planned\" or \"discussed\", found " + quote(s));
        return true;
      }
      if (key == "figure") return seen(bits, kFigure, x, key) && read_string(x, g.figure);
      if (key == "evidence") return seen(bits, kEvidence, x, key) && read_evidence(x, depth + 1, g.evidence);
      if (key == "topics") return seen(bits, kTopics, x, key) && read_topic_refs(x, depth + 1, g.topics);
      return skip_unknown(x, depth + 1);
    });
    if (!ok || !require(bits, kId | kTitle | kKind | kStatus | kEvidence, offset)) return false;
    if (!(bits & kParties)) g.parties.clear();
    if (!(bits & kFigure)) g.figure.clear();
    if (!(bits & kTopics)) g.topics.clear();
    return true;
  }

  bool parse_photo(od::value& v, uint32_t depth, PhotoRecord& p) {
    uint64_t offset = offset_of(v);
    od::object obj;
    if (!open_object(v, depth, obj)) return false;
    uint64_t bits = 0;
    bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
      if (key == "id") return seen(bits, kId, x, key) && read_string(x, p.id);
      if (key == "caption") return seen(bits, kCaption, x, key) && read_string(x, p.caption);
      if (key == "credit") return seen(bits, kCredit, x, key) && read_string(x, p.credit);
      if (key == "people") return seen(bits, kPeople, x, key) && read_strings(x, depth + 1, p.people);
      if (key == "src") return seen(bits, kSrc, x, key) && read_string(x, p.src);
      if (key == "evidence") return seen(bits, kEvidence, x, key) && read_evidence(x, depth + 1, p.evidence);
      if (key == "topics") return seen(bits, kTopics, x, key) && read_topic_refs(x, depth + 1, p.topics);
      return skip_unknown(x, depth + 1);
    });
    if (!ok || !require(bits, kId | kCaption | kEvidence, offset)) return false;
    if (!(bits & kCredit)) p.credit.clear();
    if (!(bits & kPeople)) p.people.clear();
    if (!(bits & kSrc)) p.src.clear();
    if (!(bits & kTopics)) p.topics.clear();
    return true;
  }

  // Parses article `index` into `rec`, checks it and adds it to the target corpus.
  bool parse_article(od::value& v, uint32_t depth, size_t index) {
    ArticleRecord& a = rec;
    uint64_t offset = offset_of(v);
    uint64_t id_offset = offset;
    od::object obj;
    if (!open_object(v, depth, obj)) return false;
    uint64_t bits = 0;
    const uint32_t d = depth + 1;
    bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
      if (key == "id") {
        id_offset = offset_of(x);
        return seen(bits, kId, x, key) && read_string(x, a.id);
      }
      if (key == "title") return seen(bits, kTitle, x, key) && read_string(x, a.title);
      if (key == "source") return seen(bits, kSource, x, key) && read_string(x, a.source);
      if (key == "url") return seen(bits, kUrl, x, key) && read_string(x, a.url);
      if (key == "published") return seen(bits, kPublished, x, key) && read_string(x, a.published);
      if (key == "paragraphs") {
        if (bits & kTextRef) return fail(offset_of(x), kBothTextMessage);
        return seen(bits, kParagraphs, x, key) && read_strings(x, d, a.paragraphs);
      }
      if (key == "textRef") {
        if (bits & kParagraphs) return fail(offset_of(x), kBothTextMessage);
        uint64_t at = offset_of(x);
        if (!seen(bits, kTextRef, x, key) || !read_string(x, a.text_ref)) return false;
        if (a.text_ref.empty()) return fail(at, "expected a non-empty string, found \"\"");
        return true;  // its form is checked with the article (check_article)
      }
      if (key == "topics") return seen(bits, kTopics, x, key) && read_topic_refs(x, d, a.topics);
      if (key == "people")
        return seen(bits, kPeople, x, key) &&
               read_items(x, d, a.people, [&](od::value& e, uint32_t dd, PersonRecord& r) { return parse_person(e, dd, r); });
      if (key == "agreements")
        return seen(bits, kAgreements, x, key) &&
               read_items(x, d, a.agreements, [&](od::value& e, uint32_t dd, AgreementRecord& r) { return parse_agreement(e, dd, r); });
      if (key == "figures")
        return seen(bits, kFigures, x, key) &&
               read_items(x, d, a.figures, [&](od::value& e, uint32_t dd, FigureRecord& r) { return parse_figure(e, dd, r); });
      if (key == "photos")
        return seen(bits, kPhotos, x, key) &&
               read_items(x, d, a.photos, [&](od::value& e, uint32_t dd, PhotoRecord& r) { return parse_photo(e, dd, r); });
      return skip_unknown(x, d);
    });
    if (!ok || !require(bits, kId | kTitle, offset)) return false;
    if (!(bits & kSource)) a.source.clear();
    if (!(bits & kUrl)) a.url.clear();
    if (!(bits & kPublished)) a.published.clear();
    if (!(bits & kParagraphs)) a.paragraphs.clear();
    if (!(bits & kTextRef)) a.text_ref.clear();
    if (!(bits & kTopics)) a.topics.clear();
    if (!(bits & kPeople)) a.people.clear();
    if (!(bits & kAgreements)) a.agreements.clear();
    if (!(bits & kFigures)) a.figures.clear();
    if (!(bits & kPhotos)) a.photos.clear();

    if (auto issue = json_detail::check_article(a, false)) {
      return fail_inner(fast ? offset : locate(index, issue->path, offset), issue->path, issue->message);
    }
    if (auto first = target->find_article(a.id)) {
      if (*first < base_articles)  // appending: the caller's corpus has it
        return fail_inner(id_offset, "id", "expected a unique article id, found " + quote(a.id) + ", which is already loaded");
      return fail_inner(id_offset, "id", "expected a unique article id, found " + quote(a.id) + " again (first at articles[" +
                                 std::to_string(*first - base_articles) + "])");
    }
    target->add(a);
    return true;
  }

  // Byte offset of articles[index].<rel> ("figures[2].evidence.match"), found again with a JSON pointer.
  // Only runs on the error path; it re-iterates the document, so the current one must be finished with.
  uint64_t locate(size_t index, std::string_view rel, uint64_t fallback) {
    std::string pointer = "/articles/" + std::to_string(index) + "/";
    for (char c : rel) {
      if (c == '.' || c == '[') pointer.push_back('/');
      else if (c != ']') pointer.push_back(c);
    }
    for (;;) {
      od::document doc;
      doc_end = input.data() + input.size();
      if (parser.iterate(input.data(), input.size(), input_capacity).get(doc)) return fallback;
      od::value v;
      if (doc.at_pointer(pointer).get(v) == simdjson::SUCCESS) return offset_of(v);
      size_t slash = pointer.rfind('/');
      if (slash == std::string::npos || pointer.size() <= std::string("/articles/").size() + 1) return fallback;
      pointer.resize(slash);
    }
  }

  bool parse_topics(od::value& v, uint32_t depth) {
    return each_topic(v, depth);
  }
  bool each_topic(od::value& v, uint32_t depth) {
    od::array arr;
    if (!open_array(v, depth, arr)) return false;
    return each_element(arr, [&](size_t, od::value& x) {
      uint64_t offset = offset_of(x);
      od::object obj;
      if (!open_object(x, depth + 1, obj)) return false;
      uint64_t bits = 0;
      std::string_view id_view, label_view;  // views into simdjson's per-document string buffer
      uint64_t id_offset = offset;
      bool ok = each_field(obj, [&](std::string_view key, od::value& y) {
        if (key == "id") {
          id_offset = offset_of(y);
          if (!seen(bits, kId, y, key) || !read_string_view(y, id_view)) return false;
          if (!json_detail::is_topic_id(id_view))
            return fail(id_offset, "expected a topic id ([a-z0-9-]+), found " + quote(id_view));
          return true;
        }
        if (key == "label") return seen(bits, kLabel, y, key) && read_string_view(y, label_view);
        return skip_unknown(y, depth + 2);
      });
      if (!ok || !require(bits, kId | kLabel, offset)) return false;
      auto known = target->find_topic(id_view);
      if (known && *known < declared.size() && declared[*known]) {
        return fail_inner(id_offset, "id", "expected a unique topic id, found " + quote(id_view) + " again");
      }
      uint32_t t = target->add_topic(id_view, label_view);
      if (declared.size() <= t) declared.resize(t + 1, 0);
      declared[t] = 1;
      return true;
    });
  }

  // ---- text files (load_texts)

  struct PendingText {
    uint32_t article;      // index in the target corpus
    uint32_t first, count;  // into text_paragraphs
  };
  std::vector<PendingText> texts;
  std::string text_pool;                                    // paragraphs of the file's entries
  std::vector<std::pair<size_t, size_t>> text_paragraphs;   // (offset, length) into text_pool
  std::unordered_map<std::string, size_t> text_ids;        // id -> first entry index, for duplicates

  bool parse_text_entry(od::value& v, uint32_t depth, size_t index, const Corpus& c) {
    uint64_t offset = offset_of(v);
    od::object obj;
    if (!open_object(v, depth, obj)) return false;
    uint64_t bits = 0, id_offset = offset, paragraphs_offset = offset;
    std::string id;
    const size_t pool_mark = text_pool.size(), first = text_paragraphs.size();
    bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
      if (key == "id") {
        id_offset = offset_of(x);
        return seen(bits, kId, x, key) && read_string(x, id);
      }
      if (key == "paragraphs") {
        paragraphs_offset = offset_of(x);
        if (!seen(bits, kParagraphs, x, key)) return false;
        od::array arr;
        if (!open_array(x, depth + 1, arr)) return false;
        return each_element(arr, [&](size_t, od::value& y) {
          std::string_view p;
          if (!read_string_view(y, p)) return false;
          text_paragraphs.emplace_back(text_pool.size(), p.size());
          text_pool.append(p);
          return true;
        });
      }
      return skip_unknown(x, depth + 1);
    });
    if (!ok || !require(bits, kId | kParagraphs, offset)) return false;
    auto [it, inserted] = text_ids.try_emplace(id, index);
    if (!inserted)
      return fail_inner(id_offset, "id", "expected a unique article id, found " + quote(id) + " again (first at texts[" +
                                             std::to_string(it->second) + "])");
    auto article = c.find_article(id);
    if (!article || c.articles[*article].text_ref.len == 0 || c.articles[*article].paragraphs.count != 0) {
      text_pool.resize(pool_mark);  // not ours to fill: skipped
      text_paragraphs.resize(first);
      return true;
    }
    // The article's spans against this text, with the same checks as an inline article.
    rec = c.record(*article);
    rec.text_ref.clear();
    rec.paragraphs.clear();
    for (size_t k = first; k < text_paragraphs.size(); ++k)
      rec.paragraphs.emplace_back(text_pool, text_paragraphs[k].first, text_paragraphs[k].second);
    if (auto issue = json_detail::check_article(rec, false))
      return fail_inner(paragraphs_offset, "paragraphs",
                        "expected paragraphs that fit the evidence of article " + quote(id) + ", found " + issue->path +
                            ": " + issue->message);
    texts.push_back({*article, static_cast<uint32_t>(first), static_cast<uint32_t>(text_paragraphs.size() - first)});
    return true;
  }

  // The preamble of a whole document (a corpus or a text file): iterate the input, require an object root.
  bool open_root(od::document& doc, od::object& root, const LoadOptions& options) {
    doc_end = input.data() + input.size();
    if (auto code = parser.iterate(input.data(), input.size(), input_capacity).get(doc))
      return fail_syntax(code, 0, "a JSON document");
    if (auto code = doc.get_object().get(root)) {
      od::json_type t;
      if (code == simdjson::INCORRECT_TYPE && doc.type().get(t) == simdjson::SUCCESS)
        return fail(first_byte, std::string("expected an object, found ") + type_name(t));
      return fail_syntax(code, 0, "an object");
    }
    if (options.max_depth < 1) return fail(0, depth_message(options.max_depth));
    return true;
  }
  // The "format" member: exactly `expected`.
  bool read_format(od::value& x, std::string_view expected) {
    std::string_view s;
    if (!read_string_view(x, s)) return false;
    if (s != expected) return fail(offset_of(x), "expected \"" + std::string(expected) + "\", found " + quote(s));
    return true;
  }

  bool parse_texts_document(const Corpus& c, const LoadOptions& options) {
    od::document doc;
    od::object root;
    if (!open_root(doc, root, options)) return false;
    uint64_t bits = 0;
    bool ok = each_field(root, [&](std::string_view key, od::value& x) {
      if (key == "format") return seen(bits, kText, x, key) && read_format(x, "article-json-text");
      if (key == "version") return seen(bits, kValue, x, key) && read_version(x);
      if (key == "texts") {
        if (!seen(bits, kParagraphs, x, key)) return false;
        od::array arr;
        if (!open_array(x, 2, arr)) return false;
        return each_element(arr, [&](size_t n, od::value& y) { return parse_text_entry(y, 3, n, c); });
      }
      return skip_unknown(x, 2);
    });
    if (!ok) return false;
    if (!(bits & kText)) return fail(first_byte, "missing required field \"format\"");
    if (!(bits & kValue)) return fail(first_byte, "missing required field \"version\"");
    const char* rest = nullptr;
    if (doc.current_location().get(rest) == simdjson::SUCCESS)
      return fail(offset_of(rest), "expected end of input, found " + describe_byte(input, offset_of(rest)));
    return true;
  }

  bool read_version(od::value& x) {
    uint64_t offset = offset_of(x);
    uint64_t version = 0;
    auto code = x.get_uint64().get(version);
    if (code == simdjson::SUCCESS && version == kVersion) return true;
    od::json_type t;
    if (x.type().get(t) == simdjson::SUCCESS && t != od::json_type::number) return fail_type(x, "a number");
    std::string_view tok = trim_token(token(x));
    if (!is_number_token(tok)) return fail_syntax(code ? code : simdjson::NUMBER_ERROR, offset, "a number");
    return fail(offset, "unsupported version " + std::string(tok.substr(0, 40)) + " (this build reads version " +
                            std::to_string(kVersion) + ")");
  }

  std::optional<LoadError> begin(std::string_view json, const LoadOptions& options);
  void copy_padded(std::string_view json);
  void reset_state();
  void release_large_buffers();
  LoadError take_error();

  // ---- fast path for the canonical layout (docs/article-json.md "Canonical form")
  //
  //   {"format":"article-json","version":1,"topics":[...],"articles":[\n
  //   {article},\n ... {article}\n
  //   ]}\n
  //
  // A raw newline never occurs inside a JSON string, so lines are token boundaries. The head (with "]}"
  // appended) and then each article line are parsed as documents of their own, straight from the caller's
  // bytes: simdjson's buffers stay at the size of one article instead of ~6x the input, and every article is
  // parsed while it is in cache. Only success counts: on any problem the caller resets the target and runs
  // the general path, which then reports the error with its exact path and offset. Returns false then.
  bool parse_canonical(std::string_view json) {
    static constexpr std::string_view kHeadEnd = ",\"articles\":[";
    const char* const base = json.data();
    const size_t n = json.size();
    auto line_end = [&](size_t from) {
      const void* nl = std::memchr(base + from, '\n', n - from);
      return nl ? static_cast<size_t>(static_cast<const char*>(nl) - base) : n;
    };
    auto trim = [&](size_t b, size_t e) {  // trailing whitespace of a line
      while (e > b && is_ws(base[e - 1])) --e;
      return e;
    };
    const size_t head_nl = line_end(0);
    if (head_nl == n) return false;
    const size_t head_end = trim(0, head_nl);
    std::string_view head(base, head_end);
    if (head.size() < kHeadEnd.size() || head.substr(head.size() - kHeadEnd.size()) != kHeadEnd) return false;

    // The head as a document of its own: format, version, topics, an empty "articles".
    std::string& hd = scratch_text;
    hd.assign(head);
    hd += "]}";
    hd.append(simdjson::SIMDJSON_PADDING, ' ');
    input = std::string_view(hd.data(), head.size() + 2);
    input_capacity = hd.size();
    first_byte = 0;
    while (first_byte < input.size() && is_ws(input[first_byte])) ++first_byte;
    if (!parse_document(opt) || error) return false;
    input = json;  // offsets of the articles below are offsets into `json`
    input_capacity = 0;  // never iterated as a whole here

    size_t index = 0, p = head_nl + 1;
    bool comma = true;  // the previous article line ended with ','
    while (p < n) {
      const size_t nl = line_end(p);
      size_t e = trim(p, nl);
      if (e == p) {  // blank line: only allowed after the closing "]}"
        return false;
      }
      if (base[p] != '{') {
        // The closing line: "]}" after an article without a comma, then only whitespace.
        if (comma && index > 0) return false;
        if (std::string_view(base + p, e - p) != "]}") return false;
        for (size_t k = e; k < n; ++k)
          if (!is_ws(base[k])) return false;
        return true;
      }
      if (!comma) return false;
      comma = base[e - 1] == ',';
      if (comma) --e;
      if (!parse_article_document(base + p, e - p, json, index)) return false;
      ++index;
      p = nl + 1;
    }
    return false;  // no closing "]}"
  }

  bool parse_article_document(const char* at, size_t len, std::string_view json, size_t index) {
    const char* end = json.data() + json.size();
    const char* doc_buf = at;
    size_t cap = static_cast<size_t>(end - at);
    if (cap < len + simdjson::SIMDJSON_PADDING) {  // near the end of the input: copy with padding
      scratch_line.assign(at, len);
      scratch_line.append(simdjson::SIMDJSON_PADDING, ' ');
      doc_buf = scratch_line.data();
      cap = scratch_line.size();
    }
    od::document doc;
    doc_end = doc_buf + len;
    if (parser.iterate(doc_buf, len, cap).get(doc)) return false;
    od::value v;
    if (doc.get_value().get(v)) return false;
    if (!parse_article(v, 3, index) || error) return false;
    const char* rest = nullptr;
    return doc.current_location().get(rest) != simdjson::SUCCESS;  // nothing after the article
  }

  std::string scratch_text, scratch_line;  // the fast path's padded head and last lines

  bool parse_document(const LoadOptions& options) {
    od::document doc;
    od::object root;
    if (!open_root(doc, root, options)) return false;
    uint64_t bits = 0;
    bool ok = each_field(root, [&](std::string_view key, od::value& x) {
      if (key == "format") return seen(bits, kText, x, key) && read_format(x, "article-json");
      if (key == "version") return seen(bits, kValue, x, key) && read_version(x);
      if (key == "topics") return seen(bits, kTopics, x, key) && parse_topics(x, 2);
      if (key == "articles") {
        if (!seen(bits, kParagraphs, x, key)) return false;
        od::array arr;
        if (!open_array(x, 2, arr)) return false;
        return each_element(arr, [&](size_t n, od::value& y) { return parse_article(y, 3, n); });
      }
      return skip_unknown(x, 2);
    });
    if (!ok) return false;
    if (!(bits & kText)) return fail(first_byte, "missing required field \"format\"");
    if (!(bits & kValue)) return fail(first_byte, "missing required field \"version\"");
    const char* rest = nullptr;
    if (doc.current_location().get(rest) == simdjson::SUCCESS)
      return fail(offset_of(rest), "expected end of input, found " + describe_byte(input, offset_of(rest)));
    return true;
  }
};

CorpusLoader::CorpusLoader() : impl_(std::make_unique<Impl>()) {}
CorpusLoader::~CorpusLoader() = default;

// Checks the size, copies `json` into the padded buffer and resets the per-call state.
std::optional<LoadError> CorpusLoader::Impl::begin(std::string_view json, const LoadOptions& options) {
  if (json.size() > options.max_bytes)
    return LoadError{{}, 0, {}, "input is " + std::to_string(json.size()) + " bytes, larger than the limit of " +
                                    std::to_string(options.max_bytes) + " bytes"};
  size_t first = 0;
  while (first < json.size() && is_ws(json[first])) ++first;
  if (first == json.size()) return LoadError{{}, json.size(), {}, "expected a JSON document, found empty input"};

  input = json;  // until copy_padded(): the caller's bytes
  opt = options;
  first_byte = first;
  reset_state();
  return std::nullopt;
}

void CorpusLoader::Impl::reset_state() {
  size_t first = 0;
  while (first < input.size() && is_ws(input[first])) ++first;
  first_byte = first;
  error.reset();
  error_parts.clear();
  error_inner.clear();
  path_final = false;
  declared.clear();
}

// simdjson reads up to SIMDJSON_PADDING bytes past the end: the general path parses a padded copy.
void CorpusLoader::Impl::copy_padded(std::string_view json) {
  size_t need = json.size() + simdjson::SIMDJSON_PADDING;
  if (need > buf_capacity) {
    buf.reset();  // free the old buffer first: peak memory matters in the browser
    buf.reset(new char[need]);
    buf_capacity = need;
  }
  std::memcpy(buf.get(), json.data(), json.size());
  std::memset(buf.get() + json.size(), 0, simdjson::SIMDJSON_PADDING);
  input = std::string_view(buf.get(), json.size());
  input_capacity = need;
}

// After a whole-document parse of a large input, give simdjson's buffers (about 6x the input) and the copy
// back: an app loads a corpus once, and the browser's heap only grows.
void CorpusLoader::Impl::release_large_buffers() {
  constexpr size_t kKeep = size_t(4) << 20;
  if (parser.capacity() > kKeep) parser = od::parser();
  if (buf_capacity > kKeep) {
    buf.reset();
    buf_capacity = 0;
  }
}

LoadError CorpusLoader::Impl::take_error() {
  if (!error) error = LoadError{{}, 0, {}, "expected a valid article JSON document, found an unknown problem"};
  if (!path_final) error->path = error_path();
  return *error;
}

// A UTF-8 byte order mark before the document is skipped (as `article-prep extract` skips it before text), so
// files saved by editors that add one load everywhere; error offsets still count from the file's first byte.
static size_t skip_bom(std::string_view& json) {
  if (json.substr(0, 3) != "\xEF\xBB\xBF") return 0;
  json.remove_prefix(3);
  return 3;
}
static std::optional<LoadError> at_file_offset(std::optional<LoadError> e, size_t bom) {
  if (e && e->offset) e->offset += bom;
  return e;
}

std::optional<LoadError> CorpusLoader::load(std::string_view json, Corpus& out, const LoadOptions& options) {
  if (size_t bom = skip_bom(json)) return at_file_offset(load(json, out, options), bom);
  Impl& m = *impl_;
  if (auto e = m.begin(json, options)) return e;

  // Articles are added to `out` in place, appended after what it holds; on failure it is rolled back to the
  // mark taken here, so it is left exactly as it was (a shard that fails loses nothing already loaded).
  const Corpus::Mark start = out.mark();
  m.target = &out;
  m.base_articles = out.articles.size();
  out.reserve_bytes(json.size());

  m.fast = true;
  bool ok = m.parse_canonical(json);
  m.fast = false;
  if (!ok) {  // not the canonical layout, or invalid: the general path decides, and names any error
    out.rollback(start);
    m.copy_padded(json);
    m.reset_state();
    out.reserve_bytes(json.size());
    ok = m.parse_document(options);
    m.release_large_buffers();
  }
  if (!ok) {
    if (start.articles == 0 && start.topics == 0 && start.bytes == 0) out = Corpus();  // release the reserve
    else out.rollback(start);
    return m.take_error();
  }
  return std::nullopt;
}

}  // namespace ae

namespace ae {

std::optional<LoadError> CorpusLoader::load_texts(std::string_view json, Corpus& c, std::vector<uint32_t>* filled,
                                                  const LoadOptions& options) {
  if (size_t bom = skip_bom(json)) return at_file_offset(load_texts(json, c, filled, options), bom);
  Impl& m = *impl_;
  if (auto e = m.begin(json, options)) return e;
  m.copy_padded(json);
  m.texts.clear();
  m.text_pool.clear();
  m.text_paragraphs.clear();
  m.text_ids.clear();
  if (!m.parse_texts_document(c, options)) {
    m.texts.clear();
    m.text_pool.clear();
    m.text_paragraphs.clear();
    m.text_ids.clear();
    return m.take_error();
  }
  // Everything checked: attach.
  for (const Impl::PendingText& t : m.texts) {
    Article& a = c.articles[t.article];
    a.paragraphs = {static_cast<uint32_t>(c.strs.size()), t.count};
    for (uint32_t k = t.first; k < t.first + t.count; ++k) {
      auto [off, len] = m.text_paragraphs[k];
      c.strs.push_back(c.strings.add(std::string_view(m.text_pool).substr(off, len)));
    }
    if (filled) filled->push_back(t.article);
  }
  m.texts.clear();
  m.text_pool.clear();
  m.text_pool.shrink_to_fit();
  m.text_paragraphs.clear();
  m.text_ids.clear();
  return std::nullopt;
}

}  // namespace ae
