// search_index.cpp: contiguous search strings + per-item signatures (see search_index.h).
#include "core/search_index.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace ae {

namespace {

// Byte -> bit in Signature::bytes. Letters, digits and the punctuation common in search strings get a bit of
// their own ("exact": the bit alone proves the byte occurs); every other byte shares one of the last bits.
struct ByteBits {
  std::array<uint8_t, 256> bit{};
  std::array<bool, 256> exact{};
  constexpr ByteBits() {
    int next = 0;
    auto own = [&](unsigned char c) {
      bit[c] = uint8_t(next++);
      exact[c] = true;
    };
    for (unsigned char c = 'a'; c <= 'z'; ++c) own(c);
    for (unsigned char c = '0'; c <= '9'; ++c) own(c);
    for (unsigned char c : std::string_view(" -.,$%'\"/&()\n")) own(c);
    const int shared = 64 - next;  // 15 bits for every other byte
    for (int c = 0; c < 256; ++c)
      if (!exact[size_t(c)]) bit[size_t(c)] = uint8_t(next + (c * 7) % shared);
  }
};
constexpr ByteBits kByteBits;

inline uint32_t pair_bit(unsigned char a, unsigned char b) {  // 0..127
  return ((uint32_t(a) << 8 | b) * 0x9E3779B1u) >> 25;
}

inline bool covers(const SearchIndex::Signature& item, const SearchIndex::Signature& need) {
  return (item.bytes & need.bytes) == need.bytes && (item.pairs[0] & need.pairs[0]) == need.pairs[0] &&
         (item.pairs[1] & need.pairs[1]) == need.pairs[1];
}

}  // namespace

SearchIndex::Signature SearchIndex::signature_of(std::string_view s) {
  Signature sig;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i < s.size(); ++i) {
    sig.bytes |= uint64_t(1) << kByteBits.bit[p[i]];
    if (i + 1 < s.size()) {
      const uint32_t b = pair_bit(p[i], p[i + 1]);
      sig.pairs[b >> 6] |= uint64_t(1) << (b & 63);
    }
  }
  return sig;
}

void SearchIndex::clear() {
  items_ = 0;
  buf_.clear();
  start_.assign(1, 0);
  sig_.clear();
  string_.clear();
  slots_.clear();
}

void SearchIndex::reserve(size_t items, size_t bytes) {
  buf_.reserve(bytes);
  start_.reserve(items + 1);
  sig_.reserve(items);
}

namespace {
inline uint32_t hash_of(std::string_view s) {  // FNV-1a, 32 bits
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}
}  // namespace

void SearchIndex::grow_slots() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (uint64_t e : old) {
    if (!e) continue;
    size_t j = size_t(e >> 32) & mask;
    while (slots_[j]) j = (j + 1) & mask;
    slots_[j] = e;
  }
}

uint32_t SearchIndex::add(std::string_view search) {
  const uint32_t item = uint32_t(items_++);
  if ((sig_.size() + 1) * 2 > slots_.size()) grow_slots();
  const uint32_t h = hash_of(search);
  const size_t mask = slots_.size() - 1;
  size_t j = h & mask;
  for (; slots_[j]; j = (j + 1) & mask) {
    if (uint32_t(slots_[j] >> 32) != h) continue;
    const uint32_t s = uint32_t(slots_[j]) - 1;
    if (distinct_text(s) != search) continue;
    // A repeat: from now on items and strings are numbered apart.
    if (string_.empty()) {
      string_.reserve(std::max<size_t>(start_.capacity(), items_));
      for (uint32_t i = 0; i < item; ++i) string_.push_back(i);
    }
    string_.push_back(s);
    return item;
  }
  const uint32_t s = uint32_t(sig_.size());
  slots_[j] = uint64_t(h) << 32 | (uint64_t(s) + 1);
  buf_.append(search);
  start_.push_back(buf_.size());
  sig_.push_back(signature_of(search));
  if (!string_.empty()) string_.push_back(s);
  return item;
}

void SearchIndex::match(std::string_view term, const uint64_t* within, ItemBits& out) const {
  const size_t n = size(), words = item_words(n);
  out.assign(words, 0);
  if (term.empty() || n == 0) return;
  const Signature need = signature_of(term);
  const bool proven = term.size() == 1 && kByteBits.exact[static_cast<unsigned char>(term[0])];
  const char* const buf = buf_.data();
  const size_t* const start = start_.data();
  const Signature* const sig = sig_.data();
  auto test = [&](uint32_t s) {
    if (!covers(sig[s], need)) return false;
    if (proven) return true;
    const size_t len = start[s + 1] - start[s];
    if (len < term.size()) return false;
    if (term.size() == 1) return std::memchr(buf + start[s], term[0], len) != nullptr;
    return std::string_view(buf + start[s], len).find(term) != std::string_view::npos;
  };
  // Tests the strings set in `cand` (count `strings`), writing the hits to `hit`.
  auto scan = [&](const uint64_t* cand_bits, size_t strings, uint64_t* hit_bits) {
    const size_t sw = item_words(strings);
    for (size_t w = 0; w < sw; ++w) {
      uint64_t cand = cand_bits ? cand_bits[w] : ~uint64_t(0);
      if (w + 1 == sw && (strings & 63)) cand &= (uint64_t(1) << (strings & 63)) - 1;
      uint64_t hit = 0;
      while (cand) {
        const int b = std::countr_zero(cand);
        cand &= cand - 1;
        if (test(uint32_t(w * 64 + size_t(b)))) hit |= uint64_t(1) << b;
      }
      hit_bits[w] = hit;
    }
  };
  if (string_.empty()) {  // every item its own string
    scan(within, n, out.data());
    return;
  }
  const size_t strings = distinct(), sw = item_words(strings);
  const uint32_t* const of = string_.data();
  const uint64_t* cand = nullptr;
  if (within) {  // the strings of the items to test
    scratch_a_.assign(sw, 0);
    for (size_t w = 0; w < words; ++w)
      for (uint64_t bits = within[w]; bits; bits &= bits - 1) {
        const uint32_t s = of[w * 64 + size_t(std::countr_zero(bits))];
        scratch_a_[s >> 6] |= uint64_t(1) << (s & 63);
      }
    cand = scratch_a_.data();
  }
  scratch_b_.assign(sw, 0);
  scan(cand, strings, scratch_b_.data());
  const uint64_t* const hit = scratch_b_.data();
  for (size_t w = 0; w < words; ++w) {
    uint64_t keep = within ? within[w] : ~uint64_t(0);
    if (w + 1 == words && (n & 63)) keep &= (uint64_t(1) << (n & 63)) - 1;
    uint64_t bits = 0;
    for (; keep; keep &= keep - 1) {
      const int b = std::countr_zero(keep);
      const uint32_t s = of[w * 64 + size_t(b)];
      bits |= ((hit[s >> 6] >> (s & 63)) & 1) << b;
    }
    out[w] = bits;
  }
}

}  // namespace ae
