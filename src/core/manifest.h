// manifest.h: the manifest of a sharded corpus (docs/scale.md), written by `article-prep shard` and read by the
// explorer before any shard, so it can show totals, topics and titles at once and stream the shards after.
//
//   {"format":"article-json-manifest","version":1,
//    "topics":[{"id","label"}…], "articles":N, "counts":{"people","agreements","figures","photos"},
//    "topicCounts":{topic id: articles},
//    "shards":[{"file":"shard-00000.json","articles":n,"bytes":b}…],
//    "texts":[{"file":"texts-00000.json","articles":n,"bytes":b}…],
//    "index":[{"id","title","shard","topics":[…],"counts":[people,agreements,figures,photos]}…]}
//   or, instead of "index", "indexFile":"index.json" naming a file
//   {"format":"article-json-manifest-index","version":1,"index":[…]} with the same entries. article-prep shard
//   writes the index apart: for 100k articles it is ~16 MB, and the explorer must not wait for it to be usable.
//
// Shard and text file names are paths relative to the manifest; the reader accepts only safe relative paths
// (is_safe_relative_path), so a hostile manifest cannot point the browser anywhere else.
#pragma once

#include "core/article.h"
#include "core/json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

struct ManifestFile {
  std::string file;  // relative to the manifest
  uint32_t articles = 0;
  uint64_t bytes = 0;
  bool operator==(const ManifestFile&) const = default;
};
struct ManifestEntry {
  std::string id, title;
  uint32_t shard = 0;
  std::vector<uint32_t> topics;  // indices into Manifest::topics
  uint32_t counts[4] = {0, 0, 0, 0};  // people, agreements, figures, photos
  bool operator==(const ManifestEntry&) const = default;
};
struct Manifest {
  std::vector<TopicRecord> topics;
  uint64_t articles = 0;
  uint64_t counts[4] = {0, 0, 0, 0};
  std::vector<uint64_t> topic_articles;  // per topic: articles carrying it
  std::vector<ManifestFile> shards;
  std::vector<ManifestFile> texts;  // may be empty (texts inline in the shards)
  std::vector<ManifestEntry> index;  // empty until the index file is read, when index_file is set
  std::string index_file;            // relative to the manifest; "" when the index is inline
  bool operator==(const Manifest&) const = default;
  // The shard holding article `id`, if the index names it.
  std::optional<uint32_t> shard_of(std::string_view id) const;
};

// A cheap sniff of the top-level "format" (the first 512 bytes): true for a manifest, false otherwise.
bool looks_like_manifest(std::string_view json);

// Parses and checks a manifest: format/version, every shard referenced by the index exists, counts add up,
// file names are safe relative paths, topic ids are declared. Errors name the path and byte offset.
std::optional<LoadError> parse_manifest(std::string_view json, Manifest& out, const LoadOptions& options = {});
// With m.index_file set, the index is left out (write it with write_manifest_index()).
std::string write_manifest(const Manifest& m);
// Reads an index file into `m` (whose topics and shards it is checked against); `m` is unchanged on error.
std::optional<LoadError> parse_manifest_index(std::string_view json, Manifest& m, const LoadOptions& options = {});
std::string write_manifest_index(const Manifest& m);

// Loads shard number `shard` of `m` into `out`, appending like CorpusLoader::load(), and checks that it holds as
// many articles as the manifest says (m.shards[shard].articles). On any error, a mismatch included, `out` is left
// exactly as it was; the error's file is the shard's file name (callers with a URL may replace it), its path
// "articles": "expected 1000 articles (the manifest's shards[3].articles), found 2000".
std::optional<LoadError> load_shard(CorpusLoader& loader, const Manifest& m, size_t shard, std::string_view json,
                                    Corpus& out, const LoadOptions& options = {});

// [A-Za-z0-9._/-], 1..1024 bytes, no leading '/', no empty, "." or ".." segment.
bool is_safe_relative_path(std::string_view path);
// `base` up to and including its last '/' + `relative` ("data/big/manifest.json", "shard-00001.json" ->
// "data/big/shard-00001.json").
std::string resolve_relative(std::string_view base, std::string_view relative);

}  // namespace ae
