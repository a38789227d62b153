// persons.cpp: see persons.h.
#include "core/persons.h"

#include "core/text.h"

#include <algorithm>

namespace ae {

std::string person_key(std::string_view name) {
  std::string folded;
  append_folded(folded, name);
  std::string key;
  key.reserve(folded.size());
  bool space = true;  // drops leading spaces and collapses runs
  for (char ch : folded) {
    const bool sep = ch == ' ' || ch == '\t' || ch == '\n' || ch == '-' || ch == '.' || ch == ',';
    if (sep) {
      space = true;
      continue;
    }
    if (space && !key.empty()) key += ' ';
    space = false;
    key += ch;
  }
  return key;
}

void PersonIndex::clear() {
  corpus_ = nullptr;
  groups_.clear();
  group_of_.clear();
  by_key_.clear();
  seen_.clear();
  for (auto& o : orders_) o = Order{};
}

void PersonIndex::build(const Corpus& c) {
  clear();
  extend(c);
}

void PersonIndex::extend(const Corpus& c) {
  if (corpus_ != &c || c.people.size() < group_of_.size()) {
    clear();
    corpus_ = &c;
  }
  group_of_.reserve(c.people.size());
  for (uint32_t i = uint32_t(group_of_.size()); i < c.people.size(); ++i) add_person(c, i);
}

void PersonIndex::add_person(const Corpus& c, uint32_t person) {
  const Person& p = c.people[person];
  std::string key = person_key(c.str(p.name));
  if (key.empty()) key = "\x01" + std::to_string(person);  // a nameless row is its own entry
  auto [it, inserted] = by_key_.try_emplace(std::move(key), uint32_t(groups_.size()));
  if (inserted) {
    groups_.emplace_back();
    groups_.back().name = p.name;
  }
  PersonGroup& g = groups_[it->second];
  if (g.members.empty() || c.people[g.members.back()].article != p.article) ++g.articles;
  g.members.push_back(person);
  g.mentions += p.mentions.count;
  const Str date = c.articles[p.article].published;
  if (date.len) {
    const std::string_view d = c.str(date);
    if (!g.first_date.len || d < c.str(g.first_date)) g.first_date = date;
    if (!g.last_date.len || d > c.str(g.last_date)) g.last_date = date;
  }
  group_of_.push_back(it->second);
}

void PersonIndex::sort_groups(const Corpus& c, std::vector<uint32_t>& groups, bool by_name, bool descending) const {
  // Folded names are compared often while sorting: fold each once.
  std::vector<std::string> names;
  std::vector<uint32_t> slot(groups_.size(), 0);
  names.reserve(groups.size());
  for (uint32_t g : groups) {
    slot[g] = uint32_t(names.size());
    names.push_back(fold_for_search(c.str(groups_[g].name)));
  }
  auto name_less = [&](uint32_t a, uint32_t b) { return names[slot[a]] < names[slot[b]]; };
  auto rank_less = [&](uint32_t a, uint32_t b) {  // "more" sorts first
    const PersonGroup &x = groups_[a], &y = groups_[b];
    if (x.articles != y.articles) return x.articles > y.articles;
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    return name_less(a, b);
  };
  if (by_name)
    std::stable_sort(groups.begin(), groups.end(), [&](uint32_t a, uint32_t b) {
      return descending ? name_less(b, a) : name_less(a, b);
    });
  else
    std::stable_sort(groups.begin(), groups.end(), [&](uint32_t a, uint32_t b) {
      return descending ? rank_less(b, a) : rank_less(a, b);
    });
}

void PersonIndex::rows_for(const Corpus& c, const std::vector<uint32_t>& people_rows, bool by_name, bool descending,
                           std::vector<uint32_t>& out, std::vector<uint32_t>* reps) const {
  out.clear();
  seen_.assign(groups_.size(), 0);
  for (uint32_t row : people_rows) {
    if (row >= group_of_.size()) continue;  // not indexed yet (a shard arrived this frame)
    const uint32_t g = group_of_[row];
    if (seen_[g]) continue;
    seen_[g] = row + 1;
    out.push_back(g);
  }
  // Both paths below sort groups by the same comparison, stably from group order (corpus order of first
  // appearance), so they give the same rows.
  if (out.size() * 8 < groups_.size()) {  // few kept: sort them
    std::sort(out.begin(), out.end());
    sort_groups(c, out, by_name, descending);
  } else {  // many kept: walk the whole order, sorted once per growth of the index (O(groups), no strings)
    Order& order = orders_[int(by_name) * 2 + int(descending)];
    if (order.built_for != group_of_.size()) {
      order.groups.resize(groups_.size());
      for (uint32_t g = 0; g < groups_.size(); ++g) order.groups[g] = g;
      sort_groups(c, order.groups, by_name, descending);
      order.built_for = group_of_.size();
    }
    out.clear();
    for (uint32_t g : order.groups)
      if (seen_[g]) out.push_back(g);
  }
  if (reps) {
    reps->resize(out.size());
    for (size_t i = 0; i < out.size(); ++i) (*reps)[i] = seen_[out[i]] - 1;
  }
}

std::vector<PersonIndex::RoleSeen> PersonIndex::roles(const Corpus& c, uint32_t g) const {
  std::vector<uint32_t> order = groups_[g].members;
  // Most recent first: dated articles by date (ISO 8601 strings order as dates), then undated ones; ties and
  // undated articles later in the corpus first.
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const std::string_view da = c.str(c.articles[c.people[a].article].published);
    const std::string_view db = c.str(c.articles[c.people[b].article].published);
    if (da.empty() != db.empty()) return db.empty();
    if (da != db) return da > db;
    return a > b;
  });
  std::vector<RoleSeen> out;
  for (uint32_t m : order) {
    const Person& p = c.people[m];
    RoleSeen r{c.str(p.role), c.str(p.affiliation), c.str(c.articles[p.article].published)};
    if (r.role.empty() && r.affiliation.empty()) continue;
    const bool known = std::any_of(out.begin(), out.end(), [&](const RoleSeen& x) {
      return x.role == r.role && x.affiliation == r.affiliation;
    });
    if (!known) out.push_back(r);
  }
  return out;
}

size_t PersonIndex::memory_bytes() const {
  size_t n = groups_.capacity() * sizeof(PersonGroup) + group_of_.capacity() * sizeof(uint32_t);
  for (const auto& g : groups_) n += g.members.capacity() * sizeof(uint32_t);
  for (const auto& [k, v] : by_key_) n += k.capacity() + 48;
  for (const auto& o : orders_) n += o.groups.capacity() * sizeof(uint32_t);
  return n;
}

}  // namespace ae
