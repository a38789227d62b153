// search_index.h: substring search over the search strings of one item kind. Plain C++20.
//
// The strings are copied into one contiguous buffer (item i is the byte range [start[i], start[i+1]); items
// are never joined, so a match can never span two items), and each item gets a 192-bit signature: one bit per
// byte class it contains (a-z, 0-9 and common punctuation have a bit of their own; other bytes share hashed
// bits) and two words of hashed bigram bits. A term can only occur in an item whose signature holds every
// bit of the term's signature, so a scan tests three words per item and runs a real substring search only on
// the few items that pass. A one-byte term with a bit of its own needs no substring search at all.
//
// Items are only ever appended (SearchIndex::add), so a corpus loaded in shards is indexed incrementally.
#pragma once

#include "core/bytes.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

// A bitset over items: bit i of word i/64. Bits past the item count are always zero.
using ItemBits = std::vector<uint64_t>;
inline size_t item_words(size_t items) { return (items + 63) / 64; }

class SearchIndex {
 public:
  struct Signature {
    uint64_t bytes = 0;
    uint64_t pairs[2] = {0, 0};
  };

  void clear();
  void reserve(size_t items, size_t bytes);
  // Appends one item (its folded search string); returns its index.
  uint32_t add(std::string_view search);

  size_t size() const { return bytes_sig_.size(); }
  size_t bytes() const { return buf_.size(); }
  std::string_view text(uint32_t i) const { return {buf_.data() + start_[i], start_[i + 1] - start_[i]}; }
  Signature signature(uint32_t i) const { return {bytes_sig_[i], {pairs_sig_[2 * size_t(i)], pairs_sig_[2 * size_t(i) + 1]}}; }
  static Signature signature_of(std::string_view s);

  // out = the items containing `term` (a non-empty byte string). With `within` (item_words(size()) words),
  // only the items set there are tested; the others are left clear.
  void match(std::string_view term, const uint64_t* within, ItemBits& out) const;

  size_t memory_bytes() const {
    return buf_.capacity() + start_.capacity() * sizeof(size_t) +
           (bytes_sig_.capacity() + pairs_sig_.capacity()) * sizeof(uint64_t);
  }

 private:
  ByteBuffer buf_;  // appended without zero-filling first (bytes.h)
  std::vector<size_t> start_{0};  // size() + 1 offsets into buf_ (size_t: 4 bytes in WebAssembly)
  // Per item, its Signature split in two arrays: a scan reads the byte bits of every item tested but the pair
  // bits only of those whose bytes pass (for a one-byte term, never), so the byte bits are kept dense.
  std::vector<uint64_t> bytes_sig_;
  std::vector<uint64_t> pairs_sig_;  // two words per item
};

}  // namespace ae
