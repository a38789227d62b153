// manifest.cpp: reading and writing the manifest of a sharded corpus (manifest.h).
#include "core/manifest.h"

#include "core/json_internal.h"

#include <simdjson.h>

#include <cstdio>
#include <unordered_map>

namespace ae {

namespace od = simdjson::ondemand;

std::optional<uint32_t> Manifest::shard_of(std::string_view id) const {
  for (const auto& e : index)
    if (e.id == id) return e.shard;
  return std::nullopt;
}

bool looks_like_manifest(std::string_view json) {
  std::string_view head = json.substr(0, 512);
  size_t at = head.find("\"format\"");
  if (at == std::string_view::npos) return false;
  size_t colon = head.find(':', at + 8);
  if (colon == std::string_view::npos) return false;
  size_t v = head.find_first_not_of(" \t\r\n", colon + 1);
  return v != std::string_view::npos && head.substr(v).starts_with("\"article-json-manifest\"");
}

bool is_safe_relative_path(std::string_view p) {
  if (p.empty() || p.size() > 1024 || p.front() == '/') return false;
  for (char c : p)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
          c == '-' || c == '/'))
      return false;
  size_t start = 0;
  while (start <= p.size()) {
    size_t end = p.find('/', start);
    if (end == std::string_view::npos) end = p.size();
    std::string_view seg = p.substr(start, end - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    start = end + 1;
  }
  return true;
}

std::string resolve_relative(std::string_view base, std::string_view relative) {
  size_t slash = base.rfind('/');
  std::string out = slash == std::string_view::npos ? std::string() : std::string(base.substr(0, slash + 1));
  out += relative;
  return out;
}

namespace {

// The JSON path of a value, as a chain on the stack: built into a string only when there is an error, so a
// 16 MB manifest is not paid for in path strings.
struct Path {
  const Path* parent = nullptr;
  std::string_view key;      // a member name (keys stay valid in the parser's string buffer for the document)
  size_t index = SIZE_MAX;   // an array index, or SIZE_MAX
  std::string str() const {
    std::string s = parent ? parent->str() : std::string();
    if (index != SIZE_MAX) {
      s += "[" + std::to_string(index) + "]";
    } else if (!key.empty()) {
      if (!s.empty()) s += '.';
      s += key;
    }
    return s;
  }
};

// A small reader over simdjson On Demand that names the JSON path in its messages.
class Reader {
 public:
  Reader(const simdjson::padded_string& buf, LoadError& err) : base_(buf.data()), err_(err) {}

  bool fail(const char* at, std::string path, std::string message) {
    err_.offset = at && at >= base_ ? uint64_t(at - base_) : 0;
    err_.path = std::move(path);
    err_.message = std::move(message);
    return false;
  }
  bool fail(const char* at, const Path& path, std::string message) { return fail(at, path.str(), std::move(message)); }
  bool fail(od::value& v, const Path& path, const std::string& expected) {
    std::string_view tok = v.raw_json_token();
    std::string found = "something else";
    if (!tok.empty()) {
      switch (tok.front()) {
        case '"': found = "a string"; break;
        case '{': found = "an object"; break;
        case '[': found = "an array"; break;
        case 't': case 'f': found = "a boolean"; break;
        case 'n': found = "null"; break;
        default: found = "a number"; break;
      }
    }
    return fail(tok.data(), path, "expected " + expected + ", found " + found);
  }
  bool str(od::value& v, const Path& path, std::string& out) {
    last = v.raw_json_token().data();
    std::string_view s;
    if (v.get_string().get(s)) return fail(v, path, "a string");
    out.assign(s);
    return true;
  }
  bool u64(od::value& v, const Path& path, uint64_t& out) {
    if (v.get_uint64().get(out)) return fail(v, path, "a non-negative integer");
    return true;
  }
  bool u32(od::value& v, const Path& path, uint32_t& out) {
    uint64_t u = 0;
    if (!u64(v, path, u)) return false;
    if (u > UINT32_MAX) return fail(v, path, "an integer below 2^32");
    out = uint32_t(u);
    return true;
  }
  // Calls f(value, path) for each element.
  template <class F>
  bool array(od::value& v, const Path& path, F&& f) {
    od::array arr;
    if (v.get_array().get(arr)) return fail(v, path, "an array");
    size_t i = 0;
    for (auto el : arr) {
      od::value e;
      const Path p{&path, {}, i++};
      if (el.get(e)) return fail(nullptr, p, "malformed JSON");
      if (!f(e, p)) return false;
    }
    return true;
  }
  // Calls f(key, value, path) for each member.
  template <class F>
  bool object(od::value& v, const Path& path, F&& f) {
    od::object obj;
    if (v.get_object().get(obj)) return fail(v, path, "an object");
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key)) return fail(nullptr, path, "malformed object key");
      const Path p{&path, key};
      od::value val;
      if (field.value().get(val)) return fail(nullptr, p, "malformed JSON");
      if (!f(key, val, p)) return false;
    }
    return true;
  }
  const char* last = nullptr;  // where the last string read by str() starts
  const char* base_;
  LoadError& err_;
};

bool read_file_list(Reader& r, od::value& v, const Path& path, std::vector<ManifestFile>& out) {
  return r.array(v, path, [&](od::value& e, const Path& p) {
    ManifestFile f;
    bool has_file = false;
    const char* at = e.raw_json_token().data();
    if (!r.object(e, p, [&](std::string_view k, od::value& x, const Path& kp) {
          if (k == "file") {
            has_file = true;
            if (!r.str(x, kp, f.file)) return false;
            if (!is_safe_relative_path(f.file))
              return r.fail(r.last, kp,
                            "expected a relative path of [A-Za-z0-9._/-] without '..', found " + json_detail::quote(f.file));
            return true;
          }
          if (k == "articles") return r.u32(x, kp, f.articles);
          if (k == "bytes") return r.u64(x, kp, f.bytes);
          return true;  // unknown keys are ignored (forward compatible)
        }))
      return false;
    if (!has_file) return r.fail(at, p, "expected a \"file\" member, found none");
    out.push_back(std::move(f));
    return true;
  });
}

using TopicIds = std::unordered_map<std::string, uint32_t>;

bool read_index(Reader& r, od::value& v, const Path& p, const TopicIds& topic_by_id, std::vector<ManifestEntry>& out) {
  return r.array(v, p, [&](od::value& e, const Path& ep) {
    ManifestEntry entry;
    const char* at = e.raw_json_token().data();
    if (!r.object(e, ep, [&](std::string_view ek, od::value& x, const Path& xp) {
          if (ek == "id") {
            if (!r.str(x, xp, entry.id)) return false;
            if (!json_detail::is_article_id(entry.id))
              return r.fail(r.last, xp, "expected an article id (\"a-\" + 16 hex digits), found " + json_detail::quote(entry.id));
            return true;
          }
          if (ek == "title") return r.str(x, xp, entry.title);
          if (ek == "shard") return r.u32(x, xp, entry.shard);
          if (ek == "topics")
            return r.array(x, xp, [&](od::value& t, const Path& tp) {
              std::string id;
              if (!r.str(t, tp, id)) return false;
              auto it = topic_by_id.find(id);
              if (it == topic_by_id.end())
                return r.fail(r.last, tp, "expected a topic declared in the manifest's \"topics\", found " + json_detail::quote(id));
              entry.topics.push_back(it->second);
              return true;
            });
          if (ek == "counts") {
            size_t i = 0;
            return r.array(x, xp, [&](od::value& c, const Path& cp) {
              if (i >= 4) return r.fail(c.raw_json_token().data(), cp, "expected 4 counts (people, agreements, figures, photos), found more");
              return r.u32(c, cp, entry.counts[i++]);
            });
          }
          return true;
        }))
      return false;
    if (entry.id.empty()) return r.fail(at, ep, "expected an \"id\" member, found none");
    out.push_back(std::move(entry));
    return true;
  });
}

std::optional<LoadError> check_index(const Manifest& m, const std::vector<ManifestEntry>& index) {
  LoadError err;
  if (index.size() != m.articles) {
    err.path = "index";
    err.message = "expected one entry per article (" + std::to_string(m.articles) + "), found " + std::to_string(index.size());
    return err;
  }
  for (size_t i = 0; i < index.size(); ++i)
    if (index[i].shard >= m.shards.size()) {
      err.path = "index[" + std::to_string(i) + "].shard";
      err.message = "expected a shard number below " + std::to_string(m.shards.size()) + ", found " + std::to_string(index[i].shard);
      return err;
    }
  return std::nullopt;
}

// The steps both documents share: the size limit, a padded copy, simdjson's iteration and the root value.
// Returns false with `err` set; otherwise `root` is ready for `r`.
struct Document {
  Document(std::string_view json, LoadError& err) : buf(json), r(buf, err) {}
  bool open(size_t json_size, const LoadOptions& options, LoadError& err) {
    if (json_size > options.max_bytes) {
      err.message = "expected at most " + std::to_string(options.max_bytes) + " bytes, found " + std::to_string(json_size);
      return false;
    }
    if (auto code = parser.iterate(buf).get(doc)) {
      err.message = std::string("not valid JSON: ") + simdjson::error_message(code);
      return false;
    }
    if (doc.get_value().get(root)) {
      const char* at = nullptr;
      if (doc.current_location().get(at)) at = nullptr;
      return r.fail(at, std::string(), "expected a JSON object (malformed JSON)");
    }
    return true;
  }
  simdjson::padded_string buf;
  od::parser parser;
  od::document doc;
  od::value root;
  Reader r;
};

// "format" and "version" of either document.
bool check_header(std::string_view expected, const std::string& format, uint64_t version, LoadError& err) {
  if (format != expected) {
    err.path = "format";
    err.message = "expected \"" + std::string(expected) + "\", found " + (format.empty() ? std::string("none") : json_detail::quote(format));
    return false;
  }
  if (version != 1) {
    err.path = "version";
    err.message = "expected version 1, found " + std::to_string(version);
    return false;
  }
  return true;
}

}  // namespace

std::optional<LoadError> parse_manifest(std::string_view json, Manifest& out, const LoadOptions& options) {
  LoadError err;
  Document d(json, err);
  if (!d.open(json.size(), options, err)) return err;
  Reader& r = d.r;
  od::value& root = d.root;
  Manifest m;
  std::string format;
  uint64_t version = 0;
  bool has_index = false;
  std::unordered_map<std::string, uint32_t> topic_by_id;
  std::vector<std::pair<std::string, const char*>> pending_topic_refs;  // checked once topics are known
  const Path top;
  const bool ok = r.object(root, top, [&](std::string_view k, od::value& v, const Path& p) {
    if (k == "format") return r.str(v, p, format);
    if (k == "version") return r.u64(v, p, version);
    if (k == "articles") return r.u64(v, p, m.articles);
    if (k == "topics")
      return r.array(v, p, [&](od::value& e, const Path& tp) {
        TopicRecord t;
        if (!r.object(e, tp, [&](std::string_view tk, od::value& x, const Path& xp) {
              if (tk == "id") {
                if (!r.str(x, xp, t.id)) return false;
                if (!json_detail::is_topic_id(t.id))
                  return r.fail(r.last, xp, "expected a topic id of [a-z0-9-], found " + json_detail::quote(t.id));
                return true;
              }
              if (tk == "label") return r.str(x, xp, t.label);
              return true;
            }))
          return false;
        if (t.id.empty()) return r.fail(nullptr, tp, "expected an \"id\" member, found none");
        topic_by_id.emplace(t.id, uint32_t(m.topics.size()));
        m.topics.push_back(std::move(t));
        return true;
      });
    if (k == "counts")
      return r.object(v, p, [&](std::string_view ck, od::value& x, const Path& xp) {
        static const char* names[4] = {"people", "agreements", "figures", "photos"};
        for (int i = 0; i < 4; ++i)
          if (ck == names[i]) return r.u64(x, xp, m.counts[i]);
        return true;
      });
    if (k == "topicCounts")
      return r.object(v, p, [&](std::string_view id, od::value& x, const Path& xp) {
        uint64_t n = 0;
        const char* at = x.raw_json_token().data();
        if (!r.u64(x, xp, n)) return false;
        pending_topic_refs.emplace_back(std::string(id), at);
        m.topic_articles.push_back(n);  // reordered below
        return true;
      });
    if (k == "shards") return read_file_list(r, v, p, m.shards);
    if (k == "texts") return read_file_list(r, v, p, m.texts);
    if (k == "index") {
      has_index = true;
      return read_index(r, v, p, topic_by_id, m.index);
    }
    if (k == "indexFile") {
      if (!r.str(v, p, m.index_file)) return false;
      if (!is_safe_relative_path(m.index_file))
        return r.fail(r.last, p, "expected a relative path of [A-Za-z0-9._/-] without '..', found " + json_detail::quote(m.index_file));
      return true;
    }
    return true;  // unknown keys are ignored
  });
  if (!ok) return err;
  (void)top;
  if (!check_header("article-json-manifest", format, version, err)) return err;
  if (m.shards.empty() && m.articles > 0) {
    err.path = "shards";
    err.message = "expected at least one shard for " + std::to_string(m.articles) + " articles, found none";
    return err;
  }
  uint64_t in_shards = 0;
  for (const auto& s : m.shards) in_shards += s.articles;
  if (in_shards != m.articles) {
    err.path = "shards";
    err.message = "expected the shards to hold \"articles\" = " + std::to_string(m.articles) + " articles, found " + std::to_string(in_shards);
    return err;
  }
  if (has_index)
    if (auto e = check_index(m, m.index)) return e;
  // topicCounts arrive keyed by id: put them in topic order.
  std::vector<uint64_t> counts(m.topics.size(), 0);
  for (size_t i = 0; i < pending_topic_refs.size(); ++i) {
    auto it = topic_by_id.find(pending_topic_refs[i].first);
    if (it == topic_by_id.end()) {
      r.fail(pending_topic_refs[i].second, "topicCounts." + pending_topic_refs[i].first, "expected a topic declared in \"topics\", found " + json_detail::quote(pending_topic_refs[i].first));
      return err;
    }
    counts[it->second] = m.topic_articles[i];
  }
  m.topic_articles = std::move(counts);
  out = std::move(m);
  return std::nullopt;
}

std::optional<LoadError> parse_manifest_index(std::string_view json, Manifest& m, const LoadOptions& options) {
  LoadError err;
  Document d(json, err);
  if (!d.open(json.size(), options, err)) return err;
  Reader& r = d.r;
  od::value& root = d.root;
  TopicIds topic_by_id;
  for (uint32_t t = 0; t < m.topics.size(); ++t) topic_by_id.emplace(m.topics[t].id, t);
  std::string format;
  uint64_t version = 0;
  std::vector<ManifestEntry> index;
  bool has_index = false;
  const Path top;
  const bool ok = r.object(root, top, [&](std::string_view k, od::value& v, const Path& p) {
    if (k == "format") return r.str(v, p, format);
    if (k == "version") return r.u64(v, p, version);
    if (k == "index") {
      has_index = true;
      return read_index(r, v, p, topic_by_id, index);
    }
    return true;
  });
  if (!ok) return err;
  if (!check_header("article-json-manifest-index", format, version, err)) return err;
  if (!has_index) {
    err.path = "index";
    err.message = "expected an \"index\" array, found none";
    return err;
  }
  if (auto e = check_index(m, index)) return e;
  m.index = std::move(index);
  return std::nullopt;
}

static void append_index(std::string& out, const Manifest& m) {
  out += '[';
  for (size_t i = 0; i < m.index.size(); ++i) {
    const ManifestEntry& e = m.index[i];
    out += i ? ",\n{\"id\":" : "\n{\"id\":";
    append_json_string(out, e.id);
    out += ",\"title\":";
    append_json_string(out, e.title);
    out += ",\"shard\":" + std::to_string(e.shard) + ",\"topics\":[";
    for (size_t j = 0; j < e.topics.size(); ++j) {
      if (j) out += ',';
      append_json_string(out, e.topics[j] < m.topics.size() ? m.topics[e.topics[j]].id : std::string());
    }
    out += "],\"counts\":[" + std::to_string(e.counts[0]) + ',' + std::to_string(e.counts[1]) + ',' +
           std::to_string(e.counts[2]) + ',' + std::to_string(e.counts[3]) + "]}";
  }
  out += "\n]";
}

std::string write_manifest_index(const Manifest& m) {
  std::string out = "{\"format\":\"article-json-manifest-index\",\"version\":1,\"index\":";
  append_index(out, m);
  out += "}\n";
  return out;
}

static void append_files(std::string& out, const std::vector<ManifestFile>& files) {
  out += '[';
  for (size_t i = 0; i < files.size(); ++i) {
    out += i ? ",\n{\"file\":" : "\n{\"file\":";
    append_json_string(out, files[i].file);
    out += ",\"articles\":" + std::to_string(files[i].articles) + ",\"bytes\":" + std::to_string(files[i].bytes) + '}';
  }
  out += "\n]";
}

std::string write_manifest(const Manifest& m) {
  std::string out = "{\"format\":\"article-json-manifest\",\"version\":1,\"topics\":[";
  for (size_t t = 0; t < m.topics.size(); ++t) {
    out += t ? ",{\"id\":" : "{\"id\":";
    append_json_string(out, m.topics[t].id);
    out += ",\"label\":";
    append_json_string(out, m.topics[t].label);
    out += '}';
  }
  out += "],\"articles\":" + std::to_string(m.articles) + ",\"counts\":{\"people\":" + std::to_string(m.counts[0]) +
         ",\"agreements\":" + std::to_string(m.counts[1]) + ",\"figures\":" + std::to_string(m.counts[2]) +
         ",\"photos\":" + std::to_string(m.counts[3]) + "},\"topicCounts\":{";
  for (size_t t = 0; t < m.topics.size(); ++t) {
    if (t) out += ',';
    append_json_string(out, m.topics[t].id);
    out += ':' + std::to_string(t < m.topic_articles.size() ? m.topic_articles[t] : 0);
  }
  out += "},\"shards\":";
  append_files(out, m.shards);
  if (!m.texts.empty()) {
    out += ",\"texts\":";
    append_files(out, m.texts);
  }
  if (!m.index_file.empty()) {
    out += ",\"indexFile\":";
    append_json_string(out, m.index_file);
  } else {
    out += ",\"index\":";
    append_index(out, m);
  }
  out += "}\n";
  return out;
}

std::optional<LoadError> load_shard(CorpusLoader& loader, const Manifest& m, size_t shard, std::string_view json,
                                    Corpus& out, const LoadOptions& options) {
  const std::string file = shard < m.shards.size() ? m.shards[shard].file : std::string();
  if (shard >= m.shards.size())
    return LoadError{file, 0, {}, "expected a shard number below " + std::to_string(m.shards.size()) + ", found " +
                                      std::to_string(shard)};
  const Corpus::Mark start = out.mark();
  const size_t before = out.articles.size();
  if (auto e = loader.load(json, out, options)) {
    if (e->file.empty()) e->file = file;
    return e;
  }
  const size_t found = out.articles.size() - before, expected = m.shards[shard].articles;
  if (found == expected) return std::nullopt;
  out.rollback(start);
  // Located at the "articles" key (article-prep writes it on the first line), where the count is wrong.
  const size_t at = json.find("\"articles\"");
  return LoadError{file, at == std::string_view::npos ? 0 : at, "articles",
                   "expected " + std::to_string(expected) + " articles (the manifest's shards[" + std::to_string(shard) +
                       "].articles), found " + std::to_string(found)};
}

}  // namespace ae
