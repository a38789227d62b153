// organisations.h: the organisations of a corpus as a facet (issue 16). An organisation is a name that the
// extraction gave as a person's affiliation or as a side of an agreement (companies, ministries, parties,
// international bodies, and the countries that are sides); names meet after folding (case, diacritics,
// punctuation) and without a leading "the". Each has the articles it appears in, and how many people and
// agreements name it; filtering by one keeps the items of those articles ("everything involving X").
//
// Built by the query engine as it indexes articles (attach/extend), so shards add to it; never per frame.
#pragma once

#include "core/corpus.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

// The merging key: folded, punctuation as spaces, spaces collapsed, a leading "the " dropped.
std::string organisation_key(std::string_view name);

struct Organisation {
  std::string key;
  Str name;                        // the first form seen
  std::vector<uint32_t> articles;  // article indices, ascending, once each
  uint32_t people = 0, agreements = 0;
};

class OrganisationIndex {
 public:
  void clear();
  // Adds the articles [indexed(), c.articles.size()).
  void extend(const Corpus& c);
  size_t indexed() const { return articles_; }
  size_t size() const { return orgs_.size(); }
  const Organisation& at(uint32_t i) const { return orgs_[i]; }
  // The organisation with this key (as a link carries it), or -1.
  int64_t find(std::string_view key) const;
  // Organisation indices, most articles first (ties by name); `limit` 0 = all.
  std::vector<uint32_t> ranked(size_t limit = 0) const;

 private:
  void add(const Corpus& c, uint32_t article, Str name, bool person);
  std::vector<Organisation> orgs_;
  StringMap<uint32_t> by_key_;
  std::unordered_map<uint32_t, uint32_t> by_str_;  // interned Str offset -> organisation (folds each name once)
  size_t articles_ = 0;
};

}  // namespace ae
