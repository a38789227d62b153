// search_index.cpp: contiguous search strings + per-item signatures (see search_index.h).
#include "core/search_index.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string.h>  // memmem (POSIX 2024; glibc and musl)

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

// Token bytes: letters, digits and every non-ASCII byte (a folded string keeps only letters it could not fold to
// ASCII, and those belong to words). Everything else separates tokens.
inline bool token_byte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

inline uint64_t token_hash(std::string_view s) {  // FNV-1a: tokens are short
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h ^ (h >> 29);
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
  external_ = nullptr;
  items_.clear();
  bytes_sig_.clear();
  pairs_sig_.clear();
  tok_buf_.clear();
  tokens_.clear();
  tok_starts_.clear();
  slots_.clear();
  tokenized_ = 0;
}

size_t SearchIndex::memory_bytes() const {
  size_t n = buf_.capacity() + items_.capacity() * sizeof(Item) +
             (bytes_sig_.capacity() + pairs_sig_.capacity()) * sizeof(uint64_t);
  n += tok_buf_.capacity() + tokens_.capacity() * sizeof(Token) + (tok_starts_.capacity() + slots_.capacity()) * 4;
  for (const Token& t : tokens_) n += t.items.capacity() * sizeof(uint32_t);
  return n;
}

void SearchIndex::add_token(std::string_view tok, uint32_t item) {
  if (slots_.size() < 2 * (tokens_.size() + 1)) {  // keep the table at most half full
    std::vector<uint32_t> grown(std::bit_ceil(std::max<size_t>(1024, 4 * (tokens_.size() + 1))), 0);
    const size_t mask = grown.size() - 1;
    for (uint32_t t = 0; t < tokens_.size(); ++t) {
      size_t h = token_hash({tok_buf_.data() + tokens_[t].start, tokens_[t].len}) & mask;
      while (grown[h]) h = (h + 1) & mask;
      grown[h] = t + 1;
    }
    slots_ = std::move(grown);
  }
  const size_t mask = slots_.size() - 1;
  size_t h = token_hash(tok) & mask;
  for (;; h = (h + 1) & mask) {
    const uint32_t s = slots_[h];
    if (!s) break;
    Token& t = tokens_[s - 1];
    if (t.len == tok.size() && std::memcmp(tok_buf_.data() + t.start, tok.data(), tok.size()) == 0) {
      if (t.items.back() != item) t.items.push_back(item);
      return;
    }
  }
  Token& t = tokens_.emplace_back();
  t.start = uint32_t(tok_buf_.size());
  t.len = uint32_t(tok.size());
  t.items.push_back(item);
  tok_buf_.append(tok);
  tok_buf_.append("\n", 1);
  tok_starts_.push_back(t.start);
  slots_[h] = uint32_t(tokens_.size());
}

void SearchIndex::reserve(size_t items, size_t bytes) {
  if (!external_) buf_.reserve(bytes);
  items_.reserve(items);
}

uint32_t SearchIndex::add(std::string_view search) {
  const uint32_t i = uint32_t(size());
  items_.push_back({uint32_t(buf_.size()), uint32_t(search.size())});
  buf_.append(search);
  return i;
}

uint32_t SearchIndex::add_external(const ByteBuffer* external, uint32_t off, uint32_t len) {
  const uint32_t i = uint32_t(size());
  external_ = external;
  items_.push_back({off, len});
  return i;
}

void SearchIndex::sign(size_t items) const {
  items = std::min(items, size());
  if (bytes_sig_.size() >= items) return;
  bytes_sig_.reserve(items_.capacity());  // as many as reserve() expected
  pairs_sig_.reserve(2 * items_.capacity());
  for (size_t i = bytes_sig_.size(); i < items; ++i) {
    const Signature sig = signature_of(text(uint32_t(i)));
    bytes_sig_.push_back(sig.bytes);
    pairs_sig_.push_back(sig.pairs[0]);
    pairs_sig_.push_back(sig.pairs[1]);
  }
}

size_t SearchIndex::index_tokens(size_t max_items) {
  const size_t end = std::min(size(), tokenized_ + std::min(max_items, size()));
  const size_t from_item = tokenized_;
  sign(end);  // the app's idle-time slices compute the signatures with the tokens
  for (size_t i = tokenized_; i < end; ++i) {
    const std::string_view search = text(uint32_t(i));
    const auto* p = reinterpret_cast<const unsigned char*>(search.data());
    for (size_t k = 0, n = search.size(); k < n;) {
      while (k < n && !token_byte(p[k])) ++k;
      const size_t from = k;
      while (k < n && token_byte(p[k])) ++k;
      if (k > from) add_token(search.substr(from, k - from), uint32_t(i));
    }
  }
  tokenized_ = end;
  // Complete: give back the postings' growth slack (a quarter of them on average). More items (a later shard,
  // an added article) grow them again.
  if (end > from_item && tokens_ready())
    for (Token& t : tokens_) t.items.shrink_to_fit();
  return end - from_item;
}

bool SearchIndex::match_tokens(std::string_view term, size_t budget, const uint64_t* within, ItemBits& out) const {
  // The tokens containing the term, and what their postings come to (stop once past the budget).
  std::vector<uint32_t> hits;
  size_t total = 0;
  const char* const dict = tok_buf_.data();
  const size_t size = tok_buf_.size();
  for (size_t pos = 0; pos + term.size() <= size;) {
    const void* found = memmem(dict + pos, size - pos, term.data(), term.size());
    if (!found) break;
    const size_t at = size_t(static_cast<const char*>(found) - dict);
    const uint32_t t = uint32_t(std::upper_bound(tok_starts_.begin(), tok_starts_.end(), uint32_t(at)) - tok_starts_.begin() - 1);
    total += tokens_[t].items.size();
    if (total > budget) return false;
    hits.push_back(t);
    pos = size_t(tokens_[t].start) + tokens_[t].len + 1;  // on to the next token: each counts once
  }
  uint64_t* const o = out.data();
  for (uint32_t t : hits)
    for (uint32_t item : tokens_[t].items) o[item >> 6] |= uint64_t(1) << (item & 63);
  if (within)
    for (size_t w = 0; w < out.size(); ++w) o[w] &= within[w];
  return true;
}

void SearchIndex::match(std::string_view term, const uint64_t* within, ItemBits& out) const {
  const size_t n = size(), words = item_words(n);
  out.assign(words, 0);
  if (term.empty() || n == 0) return;
  sign(n);
  const Signature need = signature_of(term);
  const bool proven = term.size() == 1 && kByteBits.exact[static_cast<unsigned char>(term[0])];
  if (!proven && tokens_ready() && std::all_of(term.begin(), term.end(), [](char c) { return token_byte(static_cast<unsigned char>(c)); })) {
    // A candidate costs a signature test and, often, a substring search; a posting one scattered bit. The
    // postings win unless they come to several times the candidates.
    size_t candidates = n;
    if (within) {
      candidates = 0;
      for (size_t w = 0; w < words; ++w) candidates += size_t(std::popcount(within[w]));
    }
    if (match_tokens(term, 4 * candidates + 64, within, out)) return;
  }
  const char* const buf = base();
  const Item* const items = items_.data();
  const uint64_t* const bytes_sig = bytes_sig_.data();
  const uint64_t* const pairs_sig = pairs_sig_.data();
  auto test = [&](uint32_t i) {
    if ((bytes_sig[i] & need.bytes) != need.bytes) return false;
    if ((pairs_sig[2 * size_t(i)] & need.pairs[0]) != need.pairs[0] ||
        (pairs_sig[2 * size_t(i) + 1] & need.pairs[1]) != need.pairs[1])
      return false;
    if (proven) return true;
    const size_t len = items[i].len;
    if (len < term.size()) return false;
    if (term.size() == 1) return std::memchr(buf + items[i].off, term[0], len) != nullptr;
    return std::string_view(buf + items[i].off, len).find(term) != std::string_view::npos;
  };
  for (size_t w = 0; w < words; ++w) {
    uint64_t cand = within ? within[w] : ~uint64_t(0);
    if (w + 1 == words && (n & 63)) cand &= (uint64_t(1) << (n & 63)) - 1;
    uint64_t hit = 0;
    if (proven) {  // the byte bit alone decides: a branch-free pass over 64 items' byte bits
      const uint64_t* bs = bytes_sig + w * 64;
      const size_t m = std::min<size_t>(64, n - w * 64);
      for (size_t b = 0; b < m; ++b) hit |= uint64_t((bs[b] & need.bytes) == need.bytes) << b;
      out[w] = hit & cand;
      continue;
    }
    while (cand) {
      const int b = std::countr_zero(cand);
      cand &= cand - 1;
      if (test(uint32_t(w * 64 + size_t(b)))) hit |= uint64_t(1) << b;
    }
    out[w] = hit;
  }
}

}  // namespace ae
