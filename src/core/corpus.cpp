// corpus.cpp: packing ArticleRecords into the compact Corpus model and unpacking them again.
#include "core/corpus.h"
#include "core/kinds.h"

#include "core/text.h"

#include <algorithm>
#include <climits>
#include <cstring>

namespace ae {

// ---- StringPool

Str StringPool::add(std::string_view s) {
  // Offsets are 32-bit: the loader's size limit (LoadOptions::max_bytes, 1 GiB) keeps the pool below 4 GiB.
  Str r{static_cast<uint32_t>(data_.size()), static_cast<uint32_t>(s.size())};
  data_.append(s.data(), s.size());
  return r;
}

namespace {
// Slot of `s` in StringPool's recent-strings cache: its length and first and last eight bytes, mixed. Only
// fixed-size loads: a memcpy of a variable length is an out-of-line call in wasm32, for every interned string.
size_t cache_slot(std::string_view s, size_t slots_log2) {
  const size_t n = s.size();
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    std::memcpy(&a, s.data(), 8);
    std::memcpy(&b, s.data() + n - 8, 8);  // overlaps `a` below 16 bytes: still a function of the bytes
  } else {
    for (size_t i = 0; i < n; ++i) a |= uint64_t(static_cast<unsigned char>(s[i])) << (8 * i);
  }
  uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ n) * 0xFF51AFD7ED558CCDull;
  return size_t(h >> (64 - slots_log2));
}
}  // namespace

Str StringPool::intern(std::string_view s) {
  if (s.empty()) return Str{};  // many optional fields are empty: skip the hash lookup
  // A load interns a quarter of a million roles, units, kinds and parties among a few hundred distinct
  // strings: a direct-mapped cache of recent ones, checked by comparing bytes, answers nearly all of them
  // without the map's hash and node walk.
  Str& slot = cache_[cache_slot(s, kCacheLog2)];
  // (The bound check keeps a moved-from pool, whose cache outlived its bytes, safe; equal bytes are all intern
  // promises.)
  if (slot.len == s.size() && size_t(slot.off) + slot.len <= data_.size() &&
      same_bytes(data_.data() + slot.off, s.data(), s.size()))
    return slot;
  if (auto it = interned_.find(s); it != interned_.end()) return slot = it->second;  // no temporary string
  Str r = add(s);
  interned_.emplace(std::string(s), r);
  return slot = r;
}

void StringPool::append_folded_field(size_t from, std::string_view s) {
  if (s.empty()) return;
  if (data_.size() > from) data_.push_back('\n');
  append_folded(data_, s);
}

void StringPool::clear() {
  data_.clear();
  interned_.clear();
  cache_.fill(Str{});
}

void StringPool::truncate(size_t bytes) {
  if (bytes >= data_.size()) return;
  cache_.fill(Str{});
  for (auto it = interned_.begin(); it != interned_.end();) it = it->second.off >= bytes ? interned_.erase(it) : std::next(it);
  data_.truncate(bytes);
}

size_t StringPool::capacity_bytes() const {
  size_t n = data_.capacity();
  // Node: key string (heap part only when longer than the small-string buffer) + value + bucket + links.
  for (const auto& [k, v] : interned_) n += sizeof(std::string) + sizeof(Str) + 2 * sizeof(void*) + (k.size() > 15 ? k.capacity() + 1 : 0);
  n += interned_.bucket_count() * sizeof(void*);
  return n;
}

std::string_view to_string(ItemKind k) { return kind_info(k).name; }  // the names live in kinds.h only

// ---- Corpus: building

uint32_t Corpus::add_topic(std::string_view id, std::string_view label) {
  if (auto found = find_topic(id)) {
    topics[*found].label = strings.intern(label);
    return *found;
  }
  uint32_t index = static_cast<uint32_t>(topics.size());
  topics.push_back({strings.intern(id), strings.intern(label)});
  topic_index_.emplace(std::string(id), index);
  return index;
}

namespace {

// Finds records by id inside one article. Items per article are usually few, so small lists are scanned;
// large ones get a sorted index so a hostile file cannot make add() quadratic.
template <class T>
class LocalIndex {
 public:
  explicit LocalIndex(const std::vector<T>& items) : items_(items) {
    if (items.size() <= 16) return;
    sorted_.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) sorted_.push_back({items[i].id, static_cast<int32_t>(i)});
    std::sort(sorted_.begin(), sorted_.end());
  }
  int32_t find(std::string_view id) const {
    if (sorted_.empty()) {
      for (size_t i = 0; i < items_.size(); ++i)
        if (items_[i].id.size() == id.size() && same_bytes(items_[i].id.data(), id.data(), id.size()))
          return static_cast<int32_t>(i);
      return -1;
    }
    auto it = std::lower_bound(sorted_.begin(), sorted_.end(), std::pair<std::string_view, int32_t>{id, INT32_MIN});
    return (it != sorted_.end() && it->first == id) ? it->second : -1;
  }

 private:
  const std::vector<T>& items_;
  std::vector<std::pair<std::string_view, int32_t>> sorted_;
};

}  // namespace


uint32_t Corpus::add(const ArticleRecord& a) { return add_article(a); }
uint32_t Corpus::add(const ArticleView& a) { return add_article(a); }

template <class A>
uint32_t Corpus::add_article(const A& a) {
  auto topic_range = [&](const auto& ids) {
    Range r{static_cast<uint32_t>(refs.size()), static_cast<uint32_t>(ids.size())};
    for (const auto& id : ids) {
      auto found = find_topic(id);
      refs.push_back(found ? *found : add_topic(id, id));  // undeclared topics are labelled by their id
    }
    return r;
  };

  const uint32_t index = static_cast<uint32_t>(articles.size());
  Article art;
  art.id = strings.add(a.id);
  art.title = strings.add(a.title);
  art.source = strings.intern(a.source);
  art.url = strings.add(a.url);
  art.published = strings.intern(a.published);
  if (a.published_evidence) {
    art.published_evidence = *a.published_evidence;
    art.published_in_text = true;
  }
  {
    const size_t from = strings.bytes();
    strings.append_folded_field(from, a.title);
    strings.append_folded_field(from, a.source);
    art.search = strings.since(from);
  }
  art.paragraphs = {static_cast<uint32_t>(strs.size()), static_cast<uint32_t>(a.paragraphs.size())};
  for (const auto& p : a.paragraphs) strs.push_back(strings.add(p));
  art.text_ref = strings.intern(a.text_ref);  // shared by all articles of a shard
  art.topics = topic_range(a.topics);

  art.people = {static_cast<uint32_t>(people.size()), static_cast<uint32_t>(a.people.size())};
  for (const auto& p : a.people) {
    Person x;
    x.article = index;
    x.id = strings.add(p.id);
    x.name = strings.add(p.name);
    x.role = strings.intern(p.role);
    x.affiliation = strings.intern(p.affiliation);
    const size_t from = strings.bytes();
    strings.append_folded_field(from, p.name);
    strings.append_folded_field(from, p.role);
    strings.append_folded_field(from, p.affiliation);
    x.search = strings.since(from);
    x.mentions = {static_cast<uint32_t>(evidence.size()), static_cast<uint32_t>(p.mentions.size())};
    evidence.insert(evidence.end(), p.mentions.begin(), p.mentions.end());
    x.topics = topic_range(p.topics);
    people.push_back(x);
  }

  art.figures = {static_cast<uint32_t>(figures.size()), static_cast<uint32_t>(a.figures.size())};
  for (const auto& f : a.figures) {
    Figure x;
    x.article = index;
    x.id = strings.add(f.id);
    x.text = strings.add(f.text);
    x.unit = strings.intern(f.unit);
    x.qualifier = strings.intern(f.qualifier);
    x.subject = strings.add(f.subject);
    const size_t from = strings.bytes();
    strings.append_folded_field(from, f.text);
    strings.append_folded_field(from, f.subject);
    strings.append_folded_field(from, f.unit);
    x.search = strings.since(from);
    x.value = f.value;
    x.kind = f.kind;
    x.evidence = f.evidence;
    x.topics = topic_range(f.topics);
    figures.push_back(x);
  }

  art.agreements = {static_cast<uint32_t>(agreements.size()), static_cast<uint32_t>(a.agreements.size())};
  const LocalIndex figure_index(a.figures);
  for (const auto& g : a.agreements) {
    Agreement x;
    x.article = index;
    x.id = strings.add(g.id);
    x.title = strings.add(g.title);
    x.kind = strings.intern(g.kind);
    x.parties = {static_cast<uint32_t>(strs.size()), static_cast<uint32_t>(g.parties.size())};
    for (const auto& party : g.parties) strs.push_back(strings.intern(party));  // before the search string: it may add
    const size_t from = strings.bytes();
    strings.append_folded_field(from, g.title);
    strings.append_folded_field(from, g.kind);
    for (const auto& party : g.parties) strings.append_folded_field(from, party);
    x.search = strings.since(from);
    x.status = g.status;
    if (!g.figure.empty()) {
      int32_t j = figure_index.find(g.figure);
      x.figure = j < 0 ? -1 : static_cast<int32_t>(art.figures.begin) + j;
    }
    x.evidence = g.evidence;
    x.topics = topic_range(g.topics);
    agreements.push_back(x);
  }

  art.photos = {static_cast<uint32_t>(photos.size()), static_cast<uint32_t>(a.photos.size())};
  const LocalIndex person_index(a.people);
  for (const auto& p : a.photos) {
    Photo x;
    x.article = index;
    x.id = strings.add(p.id);
    x.caption = strings.add(p.caption);
    x.credit = strings.intern(p.credit);
    x.src = strings.add(p.src);
    const size_t from = strings.bytes();
    strings.append_folded_field(from, p.caption);
    strings.append_folded_field(from, p.credit);
    x.search = strings.since(from);
    x.people = {static_cast<uint32_t>(refs.size()), 0};
    for (const auto& pid : p.people) {
      int32_t j = person_index.find(pid);
      if (j < 0) continue;  // validate_article() rejects this; stay memory-safe regardless
      refs.push_back(art.people.begin + static_cast<uint32_t>(j));
      ++x.people.count;
    }
    x.evidence = p.evidence;
    x.topics = topic_range(p.topics);
    photos.push_back(x);
  }

  articles.push_back(art);
  article_index_.emplace(std::string(a.id), index);
  return index;
}

void Corpus::clear() {
  strings.clear();
  topics.clear();
  articles.clear();
  people.clear();
  agreements.clear();
  figures.clear();
  photos.clear();
  evidence.clear();
  strs.clear();
  refs.clear();
  article_index_.clear();
  topic_index_.clear();
}

Corpus::Mark Corpus::mark() const {
  Mark m{strings.bytes(), topics.size(), articles.size(), people.size(), agreements.size(), figures.size(),
         photos.size(), evidence.size(), strs.size(), refs.size(), {}};
  m.topic_labels.reserve(topics.size());
  for (const auto& t : topics) m.topic_labels.push_back(t.label);
  return m;
}

void Corpus::rollback(const Mark& m) {
  for (size_t i = m.articles; i < articles.size(); ++i) article_index_.erase(std::string(str(articles[i].id)));
  for (size_t t = m.topics; t < topics.size(); ++t) topic_index_.erase(std::string(str(topics[t].id)));
  topics.resize(std::min(topics.size(), m.topics));
  for (size_t t = 0; t < topics.size() && t < m.topic_labels.size(); ++t) topics[t].label = m.topic_labels[t];
  articles.resize(std::min(articles.size(), m.articles));
  people.resize(std::min(people.size(), m.people));
  agreements.resize(std::min(agreements.size(), m.agreements));
  figures.resize(std::min(figures.size(), m.figures));
  photos.resize(std::min(photos.size(), m.photos));
  evidence.resize(std::min(evidence.size(), m.evidence));
  strs.resize(std::min(strs.size(), m.strs));
  refs.resize(std::min(refs.size(), m.refs));
  strings.truncate(m.bytes);
}

void Corpus::reserve_bytes(size_t json_bytes) {
  // Rough shape of article JSON produced by article-prep: ~6 KiB per article, a person or figure per
  // ~600 bytes. Over-estimating wastes memory in the browser, so these err on the small side; vectors still
  // grow geometrically past them. Not so the pool: its strings and search strings come to 0.73 of the input
  // for generated corpora (0.66 for the default one), and a pool that has to grow doubles, copying all of it
  // (two thirds, the earlier guess, made the 10k load copy 59 MB into a 118 MB buffer).
  // Appending (shards) reserves again per input: grow by at least half the capacity, so repeated appends
  // stay amortised linear instead of reallocating (and copying) every array once per shard.
  auto target = [](size_t size, size_t capacity, size_t extra) {
    const size_t want = size + extra;
    return want <= capacity ? capacity : std::max(want, capacity + capacity / 2);
  };
  auto grow = [&](auto& v, size_t extra) { v.reserve(target(v.size(), v.capacity(), extra)); };
  strings.reserve(target(strings.bytes(), strings.capacity(), json_bytes / 4 * 3));
  size_t n_articles = json_bytes / 6144 + 1;
  grow(articles, n_articles);
  grow(people, json_bytes / 1024);
  grow(figures, json_bytes / 1024);
  grow(agreements, json_bytes / 4096);
  grow(photos, json_bytes / 8192);
  grow(evidence, json_bytes / 768);
  grow(strs, n_articles * 12);
  grow(refs, json_bytes / 512);
  article_index_.reserve(article_index_.size() + n_articles);
}

// ---- Corpus: reading

ArticleRecord Corpus::record(uint32_t index) const {
  ArticleRecord r;
  const Article& a = articles.at(index);
  auto topic_ids = [&](Range range) {
    std::vector<std::string> out;
    out.reserve(range.count);
    for (uint32_t i = range.begin; i < range.end(); ++i) out.emplace_back(str(topics[refs[i]].id));
    return out;
  };
  r.id = str(a.id);
  r.title = str(a.title);
  r.source = str(a.source);
  r.url = str(a.url);
  r.published = str(a.published);
  if (a.published_in_text) r.published_evidence = a.published_evidence;
  for (uint32_t i = a.paragraphs.begin; i < a.paragraphs.end(); ++i) r.paragraphs.emplace_back(str(strs[i]));
  r.text_ref = str(a.text_ref);
  r.topics = topic_ids(a.topics);
  for (uint32_t i = a.people.begin; i < a.people.end(); ++i) {
    const Person& x = people[i];
    PersonRecord p;
    p.id = str(x.id);
    p.name = str(x.name);
    p.role = str(x.role);
    p.affiliation = str(x.affiliation);
    p.mentions.assign(evidence.begin() + x.mentions.begin, evidence.begin() + x.mentions.end());
    p.topics = topic_ids(x.topics);
    r.people.push_back(std::move(p));
  }
  for (uint32_t i = a.agreements.begin; i < a.agreements.end(); ++i) {
    const Agreement& x = agreements[i];
    AgreementRecord g;
    g.id = str(x.id);
    g.title = str(x.title);
    g.kind = str(x.kind);
    for (uint32_t j = x.parties.begin; j < x.parties.end(); ++j) g.parties.emplace_back(str(strs[j]));
    g.status = x.status;
    if (x.figure >= 0) g.figure = str(figures[static_cast<size_t>(x.figure)].id);
    g.evidence = x.evidence;
    g.topics = topic_ids(x.topics);
    r.agreements.push_back(std::move(g));
  }
  for (uint32_t i = a.figures.begin; i < a.figures.end(); ++i) {
    const Figure& x = figures[i];
    FigureRecord f;
    f.id = str(x.id);
    f.text = str(x.text);
    f.value = x.value;
    f.unit = str(x.unit);
    f.kind = x.kind;
    f.qualifier = str(x.qualifier);
    f.subject = str(x.subject);
    f.evidence = x.evidence;
    f.topics = topic_ids(x.topics);
    r.figures.push_back(std::move(f));
  }
  for (uint32_t i = a.photos.begin; i < a.photos.end(); ++i) {
    const Photo& x = photos[i];
    PhotoRecord p;
    p.id = str(x.id);
    p.caption = str(x.caption);
    p.credit = str(x.credit);
    for (uint32_t j = x.people.begin; j < x.people.end(); ++j) p.people.emplace_back(str(people[refs[j]].id));
    p.src = str(x.src);
    p.evidence = x.evidence;
    p.topics = topic_ids(x.topics);
    r.photos.push_back(std::move(p));
  }
  return r;
}

std::vector<TopicRecord> Corpus::topic_records() const {
  std::vector<TopicRecord> out;
  out.reserve(topics.size());
  for (const auto& t : topics) out.push_back({std::string(str(t.id)), std::string(str(t.label))});
  return out;
}

std::optional<uint32_t> Corpus::find_article(std::string_view id) const {
  auto it = article_index_.find(id);
  if (it == article_index_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Corpus::find_topic(std::string_view id) const {
  // Every item's topic list is looked up while loading (~400k lookups for 10k articles) among a dozen topics:
  // comparing lengths first and then bytes beats hashing the id; large topic sets still use the map.
  if (topics.size() <= 32) {
    for (size_t t = 0; t < topics.size(); ++t) {
      const Str k = topics[t].id;
      if (k.len == id.size() && same_bytes(strings.view(k).data(), id.data(), id.size()))
        return uint32_t(t);
    }
    return std::nullopt;
  }
  auto it = topic_index_.find(id);
  if (it == topic_index_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Corpus::find_item(uint32_t article, ItemKind kind, std::string_view id) const {
  if (article >= articles.size()) return std::nullopt;
  const Article& a = articles[article];
  auto scan = [&](const auto& items, Range r) -> std::optional<uint32_t> {
    for (uint32_t i = r.begin; i < r.end(); ++i)
      if (str(items[i].id) == id) return i;
    return std::nullopt;
  };
  switch (kind) {
    case ItemKind::person: return scan(people, a.people);
    case ItemKind::agreement: return scan(agreements, a.agreements);
    case ItemKind::figure: return scan(figures, a.figures);
    case ItemKind::photo: return scan(photos, a.photos);
  }
  return std::nullopt;
}

size_t Corpus::item_count(ItemKind k) const {
  switch (k) {
    case ItemKind::person: return people.size();
    case ItemKind::agreement: return agreements.size();
    case ItemKind::figure: return figures.size();
    case ItemKind::photo: return photos.size();
  }
  return 0;
}

size_t Corpus::memory_bytes() const {
  auto vec = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
  auto map = [](const auto& m) {
    size_t n = m.bucket_count() * sizeof(void*);
    for (const auto& [k, v] : m) n += sizeof(k) + sizeof(v) + sizeof(void*) * 2 + (k.size() > 15 ? k.capacity() + 1 : 0);
    return n;
  };
  return strings.capacity_bytes() + vec(topics) + vec(articles) + vec(people) + vec(agreements) +
         vec(figures) + vec(photos) + vec(evidence) + vec(strs) + vec(refs) + map(article_index_) +
         map(topic_index_);
}

}  // namespace ae
