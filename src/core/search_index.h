// search_index.h: substring search over the search strings of one item kind. Plain C++20.
//
// The strings are copied into one contiguous buffer (item i is the byte range [start[i], start[i+1]); items
// are never joined, so a match can never span two items), and each item gets a 192-bit signature: one bit per
// byte class it contains (a-z, 0-9 and common punctuation have a bit of their own; other bytes share hashed
// bits) and two words of hashed bigram bits. A term can only occur in an item whose signature holds every
// bit of the term's signature, so a scan tests three words per item and runs a real substring search only on
// the few items that pass. A one-byte term with a bit of its own needs no substring search at all.
//
// Identical search strings are stored once (issue 16, part 5). News repeats itself: the same person with the same
// role and affiliation appears in article after article. The BBC set extracted has 6,882 person rows with 4,797
// distinct search strings, and 6,760 figures with 4,721 (the generated bench corpus repeats less: 84 % distinct).
// A match tests each distinct string once and then maps the result to the items with one pass over a per-item
// string number, which costs about a nanosecond an item where a test costs tens. While no string has repeated,
// items and strings are the same numbers and that pass is skipped.
//
// Items are only ever appended (SearchIndex::add), so a corpus loaded in shards is indexed incrementally.
#pragma once

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

  size_t size() const { return items_; }
  size_t distinct() const { return sig_.size(); }  // distinct search strings (<= size())
  size_t bytes() const { return buf_.size(); }
  std::string_view text(uint32_t item) const { return distinct_text(string_of(item)); }
  const Signature& signature(uint32_t item) const { return sig_[string_of(item)]; }
  static Signature signature_of(std::string_view s);

  // out = the items containing `term` (a non-empty byte string). With `within` (item_words(size()) words),
  // only the items set there are tested; the others are left clear.
  void match(std::string_view term, const uint64_t* within, ItemBits& out) const;

  size_t memory_bytes() const {
    return buf_.capacity() + start_.capacity() * sizeof(size_t) + sig_.capacity() * sizeof(Signature) +
           string_.capacity() * sizeof(uint32_t) + slots_.capacity() * sizeof(uint64_t) +
           (scratch_a_.capacity() + scratch_b_.capacity()) * sizeof(uint64_t);
  }

 private:
  uint32_t string_of(uint32_t item) const { return string_.empty() ? item : string_[item]; }
  std::string_view distinct_text(uint32_t s) const { return {buf_.data() + start_[s], start_[s + 1] - start_[s]}; }
  void grow_slots();

  size_t items_ = 0;
  std::string buf_;               // the distinct strings, end to end
  std::vector<size_t> start_{0};  // distinct() + 1 offsets into buf_ (size_t: 4 bytes in WebAssembly)
  std::vector<Signature> sig_;    // per distinct string
  // Per item: its distinct string. Empty while every item's string is new (then item i is string i).
  std::vector<uint32_t> string_;
  // Open-addressing set of the distinct strings: (hash << 32) | string number, 0 = empty slot (numbers are
  // stored + 1). A power of two in size, at most half full.
  std::vector<uint64_t> slots_;
  // Scratch bitsets over the distinct strings, for match() (which is const for its callers; not thread-safe).
  mutable ItemBits scratch_a_, scratch_b_;
};

}  // namespace ae
