// json_load.cpp: loading a corpus document (article JSON v1) with CorpusLoader::load (simdjson On Demand, no
// exceptions). The reading machinery is in json_loader.h, syntax diagnosis in json_diagnose.cpp, text files in
// json_load_texts.cpp.
//
// The fast path walks the document once with one reused parser and one reused ArticleView (article_view.h),
// copying each string once, from the input straight into the Corpus. Errors are rare, so precision is bought only then: syntax errors are
// re-diagnosed by a small scalar scanner (which knows the JSON path and the exact byte), and invariant
// violations found after an article is complete are located again with a JSON pointer.
//
// Sections: [items] [article] [topics] [canonical layout] [document] [load]
#include "core/json_loader.h"

namespace ae {

namespace {
constexpr const char* kBothTextMessage = "expected either \"paragraphs\" or \"textRef\", found both";
}  // namespace

// ------------------------------------------------------------------------------------------- [items]
bool CorpusLoader::Impl::parse_person(od::value& v, uint32_t depth, PersonView& p) {
  uint64_t offset = offset_of(v);
  od::object obj;
  if (!open_object(v, depth, obj)) return false;
  uint64_t bits = 0;
  bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
    if (is_key(key, "id")) return seen(bits, kId, x, key) && read_string_view(x, p.id);
    if (is_key(key, "name")) return seen(bits, kName, x, key) && read_string_view(x, p.name);
    if (is_key(key, "role")) return seen(bits, kRole, x, key) && read_string_view(x, p.role);
    if (is_key(key, "affiliation")) return seen(bits, kAffiliation, x, key) && read_string_view(x, p.affiliation);
    if (is_key(key, "mentions"))
      return seen(bits, kMentions, x, key) &&
             read_items(x, depth + 1, p.mentions, [&](od::value& e, uint32_t d, Evidence& ev) { return read_evidence(e, d, ev); });
    if (is_key(key, "topics")) return seen(bits, kTopics, x, key) && read_topic_refs(x, depth + 1, p.topics);
    return skip_unknown(x, depth + 1);
  });
  if (!ok || !require(bits, kId | kName | kMentions, offset)) return false;
  if (!(bits & kRole)) p.role = {};
  if (!(bits & kAffiliation)) p.affiliation = {};
  if (!(bits & kTopics)) p.topics.clear();
  return true;
}

bool CorpusLoader::Impl::parse_figure(od::value& v, uint32_t depth, FigureView& f) {
  uint64_t offset = offset_of(v);
  od::object obj;
  if (!open_object(v, depth, obj)) return false;
  uint64_t bits = 0;
  bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
    if (is_key(key, "id")) return seen(bits, kId, x, key) && read_string_view(x, f.id);
    if (is_key(key, "text")) return seen(bits, kText, x, key) && read_string_view(x, f.text);
    if (is_key(key, "value")) return seen(bits, kValue, x, key) && read_double(x, f.value);
    if (is_key(key, "unit")) return seen(bits, kUnit, x, key) && read_string_view(x, f.unit);
    if (is_key(key, "kind")) {
      std::string_view s;
      if (!seen(bits, kKind, x, key) || !read_string_view(x, s)) return false;
      if (!parse_figure_kind(s, f.kind))
        return fail(offset_of(x), "expected \"money\", \"percent\", \"count\" or \"measure\", found " + quote(s));
      return true;
    }
    if (is_key(key, "qualifier")) return seen(bits, kQualifier, x, key) && read_string_view(x, f.qualifier);
    if (is_key(key, "subject")) return seen(bits, kSubject, x, key) && read_string_view(x, f.subject);
    if (is_key(key, "evidence")) return seen(bits, kEvidence, x, key) && read_evidence(x, depth + 1, f.evidence);
    if (is_key(key, "topics")) return seen(bits, kTopics, x, key) && read_topic_refs(x, depth + 1, f.topics);
    return skip_unknown(x, depth + 1);
  });
  if (!ok || !require(bits, kId | kText | kValue | kUnit | kKind | kEvidence, offset)) return false;
  if (!(bits & kQualifier)) f.qualifier = {};
  if (!(bits & kSubject)) f.subject = {};
  if (!(bits & kTopics)) f.topics.clear();
  return true;
}

bool CorpusLoader::Impl::parse_agreement(od::value& v, uint32_t depth, AgreementView& g) {
  uint64_t offset = offset_of(v);
  od::object obj;
  if (!open_object(v, depth, obj)) return false;
  uint64_t bits = 0;
  bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
    if (is_key(key, "id")) return seen(bits, kId, x, key) && read_string_view(x, g.id);
    if (is_key(key, "title")) return seen(bits, kTitle, x, key) && read_string_view(x, g.title);
    if (is_key(key, "kind")) return seen(bits, kKind, x, key) && read_string_view(x, g.kind);
    if (is_key(key, "parties")) return seen(bits, kParties, x, key) && read_strings(x, depth + 1, g.parties);
    if (is_key(key, "status")) {
      std::string_view s;
      if (!seen(bits, kStatus, x, key) || !read_string_view(x, s)) return false;
      if (!parse_agreement_status(s, g.status))
        return fail(offset_of(x), "expected \"signed\", \"agreed\", \"planned\" or \"discussed\", found " + quote(s));
      return true;
    }
    if (is_key(key, "figure")) return seen(bits, kFigure, x, key) && read_string_view(x, g.figure);
    if (is_key(key, "evidence")) return seen(bits, kEvidence, x, key) && read_evidence(x, depth + 1, g.evidence);
    if (is_key(key, "topics")) return seen(bits, kTopics, x, key) && read_topic_refs(x, depth + 1, g.topics);
    return skip_unknown(x, depth + 1);
  });
  if (!ok || !require(bits, kId | kTitle | kKind | kStatus | kEvidence, offset)) return false;
  if (!(bits & kParties)) g.parties.clear();
  if (!(bits & kFigure)) g.figure = {};
  if (!(bits & kTopics)) g.topics.clear();
  return true;
}

bool CorpusLoader::Impl::parse_photo(od::value& v, uint32_t depth, PhotoView& p) {
  uint64_t offset = offset_of(v);
  od::object obj;
  if (!open_object(v, depth, obj)) return false;
  uint64_t bits = 0;
  bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
    if (is_key(key, "id")) return seen(bits, kId, x, key) && read_string_view(x, p.id);
    if (is_key(key, "caption")) return seen(bits, kCaption, x, key) && read_string_view(x, p.caption);
    if (is_key(key, "credit")) return seen(bits, kCredit, x, key) && read_string_view(x, p.credit);
    if (is_key(key, "people")) return seen(bits, kPeople, x, key) && read_strings(x, depth + 1, p.people);
    if (is_key(key, "src")) return seen(bits, kSrc, x, key) && read_string_view(x, p.src);
    if (is_key(key, "evidence")) return seen(bits, kEvidence, x, key) && read_evidence(x, depth + 1, p.evidence);
    if (is_key(key, "topics")) return seen(bits, kTopics, x, key) && read_topic_refs(x, depth + 1, p.topics);
    return skip_unknown(x, depth + 1);
  });
  if (!ok || !require(bits, kId | kCaption | kEvidence, offset)) return false;
  if (!(bits & kCredit)) p.credit = {};
  if (!(bits & kPeople)) p.people.clear();
  if (!(bits & kSrc)) p.src = {};
  if (!(bits & kTopics)) p.topics.clear();
  return true;
}

// ------------------------------------------------------------------------------------------- [article]
// Parses article `index` into `article`, checks it and adds it to the target corpus.
bool CorpusLoader::Impl::parse_article(od::value& v, uint32_t depth, size_t index) {
  ArticleView& a = article;
  uint64_t offset = offset_of(v);
  uint64_t id_offset = offset;
  od::object obj;
  if (!open_object(v, depth, obj)) return false;
  uint64_t bits = 0;
  const uint32_t d = depth + 1;
  bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
    if (is_key(key, "id")) {
      id_offset = offset_of(x);
      return seen(bits, kId, x, key) && read_string_view(x, a.id);
    }
    if (is_key(key, "title")) return seen(bits, kTitle, x, key) && read_string_view(x, a.title);
    if (is_key(key, "source")) return seen(bits, kSource, x, key) && read_string_view(x, a.source);
    if (is_key(key, "url")) return seen(bits, kUrl, x, key) && read_string_view(x, a.url);
    if (is_key(key, "published")) return seen(bits, kPublished, x, key) && read_string_view(x, a.published);
    if (is_key(key, "publishedEvidence")) {
      if (!seen(bits, kPublishedEvidence, x, key)) return false;
      a.published_evidence.emplace();
      return read_evidence(x, d, *a.published_evidence);
    }
    if (is_key(key, "paragraphs")) {
      if (bits & kTextRef) return fail(offset_of(x), kBothTextMessage);
      return seen(bits, kParagraphs, x, key) && read_strings(x, d, a.paragraphs);
    }
    if (is_key(key, "textRef")) {
      if (bits & kParagraphs) return fail(offset_of(x), kBothTextMessage);
      uint64_t at = offset_of(x);
      if (!seen(bits, kTextRef, x, key) || !read_string_view(x, a.text_ref)) return false;
      if (a.text_ref.empty()) return fail(at, "expected a non-empty string, found \"\"");
      return true;  // its form is checked with the article (check_article)
    }
    if (is_key(key, "topics")) return seen(bits, kTopics, x, key) && read_topic_refs(x, d, a.topics);
    if (is_key(key, "people"))
      return seen(bits, kPeople, x, key) &&
             read_items(x, d, a.people, [&](od::value& e, uint32_t dd, PersonView& r) { return parse_person(e, dd, r); });
    if (is_key(key, "agreements"))
      return seen(bits, kAgreements, x, key) &&
             read_items(x, d, a.agreements, [&](od::value& e, uint32_t dd, AgreementView& r) { return parse_agreement(e, dd, r); });
    if (is_key(key, "figures"))
      return seen(bits, kFigures, x, key) &&
             read_items(x, d, a.figures, [&](od::value& e, uint32_t dd, FigureView& r) { return parse_figure(e, dd, r); });
    if (is_key(key, "photos"))
      return seen(bits, kPhotos, x, key) &&
             read_items(x, d, a.photos, [&](od::value& e, uint32_t dd, PhotoView& r) { return parse_photo(e, dd, r); });
    return skip_unknown(x, d);
  });
  if (!ok || !require(bits, kId | kTitle, offset)) return false;
  if (!(bits & kSource)) a.source = {};
  if (!(bits & kUrl)) a.url = {};
  if (!(bits & kPublished)) a.published = {};
  if (!(bits & kPublishedEvidence)) a.published_evidence.reset();
  if (!(bits & kParagraphs)) a.paragraphs.clear();
  if (!(bits & kTextRef)) a.text_ref = {};
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
uint64_t CorpusLoader::Impl::locate(size_t index, std::string_view rel, uint64_t fallback) {
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

// ------------------------------------------------------------------------------------------- [topics]
bool CorpusLoader::Impl::parse_topics(od::value& v, uint32_t depth) {
  return each_topic(v, depth);
}

bool CorpusLoader::Impl::each_topic(od::value& v, uint32_t depth) {
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
      if (is_key(key, "id")) {
        id_offset = offset_of(y);
        if (!seen(bits, kId, y, key) || !read_string_view(y, id_view)) return false;
        if (!json_detail::is_topic_id(id_view))
          return fail(id_offset, "expected a topic id ([a-z0-9-]+), found " + quote(id_view));
        return true;
      }
      if (is_key(key, "label")) return seen(bits, kLabel, y, key) && read_string_view(y, label_view);
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

// ------------------------------------------------------------------------------------------- [canonical layout]
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
bool CorpusLoader::Impl::parse_canonical(std::string_view json) {
  static constexpr std::string_view kHeadEnd = ",\"articles\":[";
  const char* const base = json.data();
  const size_t n = json.size();
  auto line_end = [&](size_t from) { return static_cast<size_t>(find_newline(base + from, base + n) - base); };
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

bool CorpusLoader::Impl::parse_article_document(const char* at, size_t len, std::string_view json, size_t index) {
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

// ------------------------------------------------------------------------------------------- [document]
bool CorpusLoader::Impl::parse_document(const LoadOptions& options) {
  od::document doc;
  od::object root;
  if (!open_root(doc, root, options)) return false;
  uint64_t bits = 0;
  bool ok = each_field(root, [&](std::string_view key, od::value& x) {
    if (is_key(key, "format")) return seen(bits, kFormat, x, key) && read_format(x, "article-json");
    if (is_key(key, "version")) return seen(bits, kVersion, x, key) && read_version(x);
    if (is_key(key, "topics")) return seen(bits, kRootTopics, x, key) && parse_topics(x, 2);
    if (is_key(key, "articles")) {
      if (!seen(bits, kArticles, x, key)) return false;
      od::array arr;
      if (!open_array(x, 2, arr)) return false;
      return each_element(arr, [&](size_t n, od::value& y) { return parse_article(y, 3, n); });
    }
    return skip_unknown(x, 2);
  });
  if (!ok) return false;
  if (!(bits & kFormat)) return fail(first_byte, "missing required field \"format\"");
  if (!(bits & kVersion)) return fail(first_byte, "missing required field \"version\"");
  const char* rest = nullptr;
  if (doc.current_location().get(rest) == simdjson::SUCCESS)
    return fail(offset_of(rest), "expected end of input, found " + describe_byte(input, offset_of(rest)));
  return true;
}

// ------------------------------------------------------------------------------------------- [load]
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
