// search_index.cpp: contiguous search strings + per-item signatures (see search_index.h).
#include "core/search_index.h"

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
  buf_.clear();
  start_.assign(1, 0);
  sig_.clear();
}

void SearchIndex::reserve(size_t items, size_t bytes) {
  buf_.reserve(bytes);
  start_.reserve(items + 1);
  sig_.reserve(items);
}

uint32_t SearchIndex::add(std::string_view search) {
  const uint32_t i = uint32_t(sig_.size());
  buf_.append(search);
  start_.push_back(buf_.size());
  sig_.push_back(signature_of(search));
  return i;
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
  auto test = [&](uint32_t i) {
    if (!covers(sig[i], need)) return false;
    if (proven) return true;
    const size_t len = start[i + 1] - start[i];
    if (len < term.size()) return false;
    if (term.size() == 1) return std::memchr(buf + start[i], term[0], len) != nullptr;
    return std::string_view(buf + start[i], len).find(term) != std::string_view::npos;
  };
  for (size_t w = 0; w < words; ++w) {
    uint64_t cand = within ? within[w] : ~uint64_t(0);
    if (w + 1 == words && (n & 63)) cand &= (uint64_t(1) << (n & 63)) - 1;
    uint64_t hit = 0;
    while (cand) {
      const int b = std::countr_zero(cand);
      cand &= cand - 1;
      if (test(uint32_t(w * 64 + size_t(b)))) hit |= uint64_t(1) << b;
    }
    out[w] = hit;
  }
}

}  // namespace ae
