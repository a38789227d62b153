// organisations.cpp: see organisations.h.
#include "core/organisations.h"

#include "core/text.h"

#include <algorithm>

namespace ae {

std::string organisation_key(std::string_view name) {
  std::string folded;
  append_folded(folded, name);
  std::string key;
  key.reserve(folded.size());
  bool space = true;
  for (char ch : folded) {
    const bool word = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '&' || (unsigned char)ch >= 0x80;
    if (!word) {
      space = true;
      continue;
    }
    if (space && !key.empty()) key += ' ';
    space = false;
    key += ch;
  }
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  return key;
}

void OrganisationIndex::clear() {
  orgs_.clear();
  by_key_.clear();
  by_str_.clear();
  articles_ = 0;
}

void OrganisationIndex::add(const Corpus& c, uint32_t article, Str name, bool person) {
  if (!name.len) return;
  uint32_t o;
  if (auto it = by_str_.find(name.off); it != by_str_.end()) {
    o = it->second;
  } else {
    std::string key = organisation_key(c.str(name));
    if (key.empty()) return;
    auto [k, inserted] = by_key_.try_emplace(key, uint32_t(orgs_.size()));
    if (inserted) orgs_.push_back(Organisation{std::move(key), name, {}, 0, 0});
    o = k->second;
    by_str_.emplace(name.off, o);
  }
  Organisation& org = orgs_[o];
  if (org.articles.empty() || org.articles.back() != article) org.articles.push_back(article);
  ++(person ? org.people : org.agreements);
}

void OrganisationIndex::extend(const Corpus& c) {
  if (c.articles.size() < articles_) clear();
  for (size_t a = articles_; a < c.articles.size(); ++a) {
    const Article& art = c.articles[a];
    for (uint32_t p = art.people.begin; p < art.people.end(); ++p) add(c, uint32_t(a), c.people[p].affiliation, true);
    for (uint32_t g = art.agreements.begin; g < art.agreements.end(); ++g) {
      const Range parties = c.agreements[g].parties;
      for (uint32_t j = parties.begin; j < parties.end(); ++j) add(c, uint32_t(a), c.strs[j], false);
    }
  }
  articles_ = c.articles.size();
}

int64_t OrganisationIndex::find(std::string_view key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? -1 : int64_t(it->second);
}

std::vector<uint32_t> OrganisationIndex::ranked(size_t limit) const {
  std::vector<uint32_t> order(orgs_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto better = [&](uint32_t a, uint32_t b) {
    if (orgs_[a].articles.size() != orgs_[b].articles.size()) return orgs_[a].articles.size() > orgs_[b].articles.size();
    return orgs_[a].key < orgs_[b].key;
  };
  if (limit && limit < order.size()) {
    std::partial_sort(order.begin(), order.begin() + long(limit), order.end(), better);
    order.resize(limit);
  } else {
    std::sort(order.begin(), order.end(), better);
  }
  return order;
}

}  // namespace ae
