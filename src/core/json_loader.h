// json_loader.h: the article JSON reader shared by the corpus loader (json_load.cpp) and the text-file loader
// (json_load_texts.cpp): CorpusLoader::Impl with its simdjson On Demand reading machinery (typed reads that fail
// with a path and an offset, field tracking, unknown-field skipping), and the syntax diagnosis that runs only
// after simdjson gave up (json_diagnose.cpp). Not a public API: include core/json.h.
#pragma once

#include "core/bytes.h"
#include "core/json.h"
#include "core/json_internal.h"

#include <simdjson.h>

#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace ae {

namespace od = simdjson::ondemand;

namespace json_detail {

inline constexpr uint32_t kFormatVersion = 1;  // the article JSON version this build reads

inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// key == lit, compared a word at a time (bytes.h same_bytes): a string_view == literal calls memcmp, which
// wasm32 runs out of line a byte at a time, for every key of every object.
template <size_t N>
inline bool is_key(std::string_view key, const char (&lit)[N]) {
  return key.size() == N - 1 && same_bytes(key.data(), lit, N - 1);
}

// First '"' or '\\' in [p, end), or end. Eight bytes per step (SWAR): wasm32 has 64-bit integer registers, and
// its libc memchr steps four bytes at a time. The lowest flagged byte of the zero-byte test is exact.
inline const char* find_quote_or_backslash(const char* p, const char* end) {
  static_assert(std::endian::native == std::endian::little);
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  while (end - p >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    const uint64_t q = w ^ (kOnes * '"'), b = w ^ (kOnes * '\\');
    const uint64_t hit = ((q - kOnes) & ~q & kHigh) | ((b - kOnes) & ~b & kHigh);
    if (hit) return p + (std::countr_zero(hit) >> 3);
    p += 8;
  }
  while (p < end && *p != '"' && *p != '\\') ++p;
  return p;
}

// First '\n' in [p, end), or end; like find_quote_or_backslash.
inline const char* find_newline(const char* p, const char* end) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  while (end - p >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    const uint64_t x = w ^ (kOnes * '\n');
    const uint64_t hit = (x - kOnes) & ~x & kHigh;
    if (hit) return p + (std::countr_zero(hit) >> 3);
    p += 8;
  }
  while (p < end && *p != '\n') ++p;
  return p;
}

// How a byte is shown in "found ..." parts of messages.
inline std::string describe_byte(std::string_view s, size_t i) {
  if (i >= s.size()) return "end of input";
  unsigned char c = static_cast<unsigned char>(s[i]);
  char buf[16];
  if (c >= 0x20 && c < 0x7F) std::snprintf(buf, sizeof buf, "'%c'", c);
  else std::snprintf(buf, sizeof buf, "byte 0x%02x", c);
  return buf;
}

inline std::string depth_message(uint32_t max_depth) {
  return "expected at most " + std::to_string(max_depth) + " levels of nested arrays and objects, found more";
}

// JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? ; returns the length matched.
inline size_t number_length(std::string_view s, size_t i) {
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
inline std::string_view trim_token(std::string_view t) {
  while (!t.empty() && is_ws(t.back())) t.remove_suffix(1);
  return t;
}

inline bool is_number_token(std::string_view t) {
  t = trim_token(t);
  return !t.empty() && number_length(t, 0) == t.size();
}

inline const char* type_name(od::json_type t) {
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

// Finds the first syntax problem in `s` (a strict scanner, no recursion): true with the byte offset, the JSON
// path and a message ("expected ',' or '}', found ..."), false if `s` is valid JSON within `max_depth`.
bool diagnose_syntax(std::string_view s, uint32_t max_depth, size_t& offset, std::string& path, std::string& message);

// A UTF-8 byte order mark before the document is skipped (as `article-prep extract` skips it before text), so
// files saved by editors that add one load everywhere; error offsets still count from the file's first byte.
inline size_t skip_bom(std::string_view& json) {
  if (json.substr(0, 3) != "\xEF\xBB\xBF") return 0;
  json.remove_prefix(3);
  return 3;
}
inline std::optional<LoadError> at_file_offset(std::optional<LoadError> e, size_t bom) {
  if (e && e->offset) e->offset += bom;
  return e;
}

// Fields of an article or one of its items, for required/duplicate tracking (an article's "people" and a
// photo's "people" share a bit: they never meet in one object). A text file's entries use kId and kParagraphs.
enum : uint64_t {
  kId = 1u << 0, kTitle = 1u << 1, kSource = 1u << 2, kUrl = 1u << 3, kPublished = 1u << 4,
  kParagraphs = 1u << 5, kTopics = 1u << 6, kPeople = 1u << 7, kAgreements = 1u << 8, kFigures = 1u << 9,
  kPhotos = 1u << 10, kName = 1u << 11, kRole = 1u << 12, kAffiliation = 1u << 13, kMentions = 1u << 14,
  kText = 1u << 15, kValue = 1u << 16, kUnit = 1u << 17, kKind = 1u << 18, kQualifier = 1u << 19,
  kSubject = 1u << 20, kEvidence = 1u << 21, kParties = 1u << 22, kStatus = 1u << 23, kFigure = 1u << 24,
  kCaption = 1u << 25, kCredit = 1u << 26, kSrc = 1u << 27, kParagraph = 1u << 28, kSentence = 1u << 29,
  kMatch = 1u << 30, kLabel = 1u << 31, kTextRef = 1ull << 32, kPublishedEvidence = 1ull << 33,
};
// Fields of a document's root object (a corpus or a text file).
enum : uint64_t { kFormat = 1u << 0, kVersion = 1u << 1, kRootTopics = 1u << 2, kArticles = 1u << 3, kTexts = 1u << 4 };

}  // namespace json_detail

using namespace json_detail;

struct CorpusLoader::Impl {
  od::parser parser;
  std::unique_ptr<char[]> buf;  // input copy with simdjson's padding; grows, never shrinks
  size_t buf_capacity = 0;
  std::string_view input;       // the bytes being parsed (a padded copy, the head, or the caller's bytes)
  size_t input_capacity = 0;    // bytes readable from input.data() (>= input.size() + SIMDJSON_PADDING)
  bool fast = false;            // in parse_canonical(): errors are only signals, no diagnosis
  uint64_t first_byte = 0;      // offset of the document's first non-whitespace byte
  LoadOptions opt;

  ArticleView article;                    // reused for every article of a corpus document
  ArticleRecord rec;                      // reused for every text file entry (json_load_texts.cpp)
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
    size_t at = 0;
    std::string path, message;
    if (diagnose_syntax(input, opt.max_depth, at, path, message)) return fail_with_path(at, std::move(path), std::move(message));
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

  // A string without escapes (nearly every one) is its raw bytes: take them from the input rather than let
  // simdjson unescape them, which its fallback kernel (the one wasm32 runs) does a byte at a time. Stage 1 has
  // already rejected control characters and invalid UTF-8 inside strings, and with no backslash before it the
  // first '"' is the closing one. The view points into the input, which outlives the load.
  bool read_string_view(od::value& v, std::string_view& out, const char* expected = "a string") {
    const char* p = v.raw_json_token().data();
    if (doc_end && p < doc_end && *p == '"') {
      const char* q = find_quote_or_backslash(p + 1, doc_end);
      if (q < doc_end && *q == '"') {
        od::raw_json_string raw;
        if (v.get_raw_json_string().get(raw) == simdjson::SUCCESS) {  // moves past the string
          out = std::string_view(p + 1, size_t(q - p - 1));
          return true;
        }
      }
    }
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
      if (field.error()) return fail_syntax(field.error(), offset_of(obj_location()), "a key");
      // Keys without escapes are their raw bytes, as in read_string_view().
      const char* k = reinterpret_cast<const char*>(field.value_unsafe().key().raw());
      const char* q = doc_end ? find_quote_or_backslash(k, doc_end) : nullptr;
      if (q && q < doc_end && *q == '"') key = std::string_view(k, size_t(q - k));
      else if (auto code = field.unescaped_key().get(key)) return fail_syntax(code, offset_of(obj_location()), "a key");
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
    if ((bits & need) == need) return true;  // every object of a valid file: no search for the missing name
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

  // Reads an array of strings into `out` as views (read_string_view), reusing its capacity.
  bool read_strings(od::value& v, uint32_t depth, std::vector<std::string_view>& out) {
    od::array arr;
    if (!open_array(v, depth, arr)) return false;
    size_t count = 0;
    bool ok = each_element(arr, [&](size_t n, od::value& x) {
      if (n == out.size()) out.emplace_back();
      count = n + 1;
      return read_string_view(x, out[n]);
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

  // The canonical writer's span, "[12,34]" with no whitespace, read straight from the bytes: two of every
  // item's evidence and each mention carry one (~700k for 10k articles), and iterating each as a simdjson
  // array with two typed reads cost more than the rest of its evidence object. simdjson then skips the
  // value as unread, walking the five tokens the bytes have just proven. Anything else (whitespace, a sign,
  // a leading zero, a fraction, more than 4294967295, another shape) returns false: the general path reads
  // it, with its errors.
  // An integer in the writer's form at p (digits, no leading zero, at most 4294967295) followed by `next`;
  // moves p past `next`.
  [[gnu::always_inline]] static bool read_uint_bytes(const char*& p, const char* end, char next, uint32_t& out) {
    if (p >= end || *p < '0' || *p > '9') return false;
    uint64_t x = uint64_t(*p - '0');
    const char* first = p++;
    while (p < end && *p >= '0' && *p <= '9' && p - first < 10) x = x * 10 + uint64_t(*p++ - '0');
    if ((*first == '0' && p - first > 1) || x > UINT32_MAX || p >= end) return false;
    if (*p++ != next) return false;  // an 11th digit lands here too
    out = uint32_t(x);
    return true;
  }
  // The bytes `lit` at p; moves p past them.
  template <size_t N>
  [[gnu::always_inline]] static bool read_literal_bytes(const char*& p, const char* end, const char (&lit)[N]) {
    if (size_t(end - p) < N - 1 || !same_bytes(p, lit, N - 1)) return false;
    p += N - 1;
    return true;
  }
  [[gnu::always_inline]] static bool read_span_at(const char*& p, const char* end, Span& out) {
    Span s;
    if (p >= end || *p++ != '[' || !read_uint_bytes(p, end, ',', s.begin) || !read_uint_bytes(p, end, ']', s.end)) return false;
    out = s;
    return true;
  }
  bool read_span_bytes(od::value& v, Span& out) {
    const char* p = v.raw_json_token().data();
    return doc_end && p < doc_end && read_span_at(p, doc_end, out);
  }
  // The same for a whole evidence object in the writer's form, {"paragraph":1,"sentence":[2,3],"match":[4,5]}
  // (four per item, 700k for 10k articles): its field loop, three key tests and typed reads cost more than
  // letting simdjson skip the sixteen tokens these bytes have proven. Any other form (another key order,
  // whitespace, an extra field) takes read_evidence's general path.
  bool read_evidence_bytes(od::value& v, Evidence& out) {
    const char* p = v.raw_json_token().data();
    const char* const end = doc_end;
    if (!end || p >= end) return false;
    Evidence e;
    if (!read_literal_bytes(p, end, "{\"paragraph\":") || !read_uint_bytes(p, end, ',', e.paragraph) ||
        !read_literal_bytes(p, end, "\"sentence\":") || !read_span_at(p, end, e.sentence) ||
        !read_literal_bytes(p, end, ",\"match\":") || !read_span_at(p, end, e.match) || p >= end || *p != '}')
      return false;
    out = e;
    return true;
  }

  bool read_span(od::value& v, uint32_t depth, Span& out) {
    if (depth <= opt.max_depth && read_span_bytes(v, out)) return true;  // open_array() would accept the depth
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
    if (depth < opt.max_depth && read_evidence_bytes(v, out)) return true;  // its spans' depth is accepted too
    uint64_t offset = offset_of(v);
    od::object obj;
    if (!open_object(v, depth, obj)) return false;
    uint64_t bits = 0;
    bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
      if (is_key(key, "paragraph")) return seen(bits, kParagraph, x, key) && read_uint32(x, out.paragraph);
      if (is_key(key, "sentence")) return seen(bits, kSentence, x, key) && read_span(x, depth + 1, out.sentence);
      if (is_key(key, "match")) return seen(bits, kMatch, x, key) && read_span(x, depth + 1, out.match);
      return skip_unknown(x, depth + 1);
    });
    return ok && require(bits, kParagraph | kSentence | kMatch, offset);
  }

  bool read_topic_refs(od::value& v, uint32_t depth, std::vector<std::string_view>& out) {
    return read_strings(v, depth, out);  // syntax of topic ids is checked with the article
  }

  // ---- a corpus document, article by article (json_load.cpp)
  bool parse_person(od::value& v, uint32_t depth, PersonView& p);
  bool parse_figure(od::value& v, uint32_t depth, FigureView& f);
  bool parse_agreement(od::value& v, uint32_t depth, AgreementView& g);
  bool parse_photo(od::value& v, uint32_t depth, PhotoView& p);
  // Parses article `index` into `article`, checks it and adds it to the target corpus.
  bool parse_article(od::value& v, uint32_t depth, size_t index);
  // Byte offset of articles[index].<rel> ("figures[2].evidence.match"), found again with a JSON pointer.
  // Only runs on the error path; it re-iterates the document, so the current one must be finished with.
  uint64_t locate(size_t index, std::string_view rel, uint64_t fallback);
  bool parse_topics(od::value& v, uint32_t depth);
  bool each_topic(od::value& v, uint32_t depth);

  // ---- a text file (json_load_texts.cpp)

  struct PendingText {
    uint32_t article;      // index in the target corpus
    uint32_t first, count;  // into text_paragraphs
  };
  std::vector<PendingText> texts;
  std::string text_pool;                                    // paragraphs of the file's entries
  std::vector<std::pair<size_t, size_t>> text_paragraphs;   // (offset, length) into text_pool
  std::unordered_map<std::string, size_t> text_ids;        // id -> first entry index, for duplicates

  bool parse_text_entry(od::value& v, uint32_t depth, size_t index, const Corpus& c);
  bool parse_texts_document(const Corpus& c, const LoadOptions& options);

  // ---- shared by both documents
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

  bool read_version(od::value& x) {
    uint64_t offset = offset_of(x);
    uint64_t version = 0;
    auto code = x.get_uint64().get(version);
    if (code == simdjson::SUCCESS && version == kFormatVersion) return true;
    od::json_type t;
    if (x.type().get(t) == simdjson::SUCCESS && t != od::json_type::number) return fail_type(x, "a number");
    std::string_view tok = trim_token(token(x));
    if (!is_number_token(tok)) return fail_syntax(code ? code : simdjson::NUMBER_ERROR, offset, "a number");
    return fail(offset, "unsupported version " + std::string(tok.substr(0, 40)) + " (this build reads version " +
                            std::to_string(kFormatVersion) + ")");
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
  bool parse_canonical(std::string_view json);
  bool parse_article_document(const char* at, size_t len, std::string_view json, size_t index);
  std::string scratch_text, scratch_line;  // the fast path's padded head and last lines
  bool parse_document(const LoadOptions& options);
};

}  // namespace ae
