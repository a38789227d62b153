// search_index.h: substring search over the search strings of one item kind. Plain C++20.
//
// The strings are copied into the index's own buffer, or (add_external) stay where they are in a caller's
// ByteBuffer, the corpus's string pool: the load then copies no search string a second time. Each item is a
// byte range that is never joined to another, so a match can never span two items. Each item gets a 192-bit
// signature: one bit per
// byte class it contains (a-z, 0-9 and common punctuation have a bit of their own; other bytes share hashed
// bits) and two words of hashed bigram bits. A term can only occur in an item whose signature holds every
// bit of the term's signature, so a scan tests three words per item and runs a real substring search only on
// the few items that pass. A one-byte term with a bit of its own needs no substring search at all.
//
// Each item's tokens (maximal runs of letters, digits and non-ASCII bytes) are also interned in a dictionary
// with the items that hold them (postings). A term without a separator can only occur inside one token, so the
// items containing it are exactly the union of the postings of the dictionary tokens containing it: a scan of
// the (small) dictionary and a scatter of item numbers, instead of a substring test per candidate item. That is
// what keeps a short prefix fast ("ka" at 100k articles passes the signatures of a third of the people, and
// each of those needed a real search). match() takes whichever of the two ways is cheaper for the term.
// The dictionary is built apart from add(), a slice at a time (index_tokens): it would add a tenth to a load,
// so the app builds it in the frames after the corpus is drawn. Until it covers every item, match() uses the
// signatures alone (same results, slower).
//
// Items are only ever appended (SearchIndex::add), so a corpus loaded in shards is indexed incrementally.
// Signatures are computed lazily too: add() only copies the string (the load pays no per-byte signature work),
// and the signatures of new items are computed by the first match() or, in the app, by index_tokens() slices
// in the frames after the corpus is drawn. Not thread-safe (match() may fill them in).

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
  // Appends one item (its folded search string), copied into the index; returns its index.
  uint32_t add(std::string_view search);
  // Appends one item that is bytes [off, off + len) of `external`, which must outlive the index and may only
  // grow (it may move: it is read through the pointer). An index holds either copied or external items.
  uint32_t add_external(const ByteBuffer* external, uint32_t off, uint32_t len);

  size_t size() const { return items_.size(); }
  std::string_view text(uint32_t i) const { return {base() + items_[i].off, items_[i].len}; }
  Signature signature(uint32_t i) const {
    sign(size_t(i) + 1);
    return {bytes_sig_[i], {pairs_sig_[2 * size_t(i)], pairs_sig_[2 * size_t(i) + 1]}};
  }
  static Signature signature_of(std::string_view s);

  // out = the items containing `term` (a non-empty byte string). With `within` (item_words(size()) words),
  // only the items set there are tested; the others are left clear.
  void match(std::string_view term, const uint64_t* within, ItemBits& out) const;

  size_t memory_bytes() const;
  size_t tokens() const { return tokens_.size(); }  // distinct tokens in the dictionary
  // Adds the tokens of up to `max_items` items not yet in the dictionary; returns how many it added.
  size_t index_tokens(size_t max_items);
  bool tokens_ready() const { return tokenized_ == size(); }

 private:
  ByteBuffer buf_;  // the copied items (add), appended without zero-filling first (bytes.h)
  const ByteBuffer* external_ = nullptr;  // the external items' bytes (add_external)
  struct Item {
    uint32_t off = 0, len = 0;  // into base()
  };
  std::vector<Item> items_;
  const char* base() const { return external_ ? external_->data() : buf_.data(); }
  // Per item, its Signature split in two arrays: a scan reads the byte bits of every item tested but the pair
  // bits only of those whose bytes pass (for a one-byte term, never), so the byte bits are kept dense.
  // Items [0, bytes_sig_.size()) have their signatures; sign() adds the rest (mutable: match() is const).
  mutable std::vector<uint64_t> bytes_sig_;
  mutable std::vector<uint64_t> pairs_sig_;  // two words per item
  void sign(size_t items) const;  // computes the signatures of items up to `items`

  // The token dictionary: token t is tok_buf_[tok_start_[t], +tok_len) and tokens are separated by a '\n' (a
  // separator), so one memmem over tok_buf_ finds every token containing a term and never spans two.
  struct Token {
    uint32_t start = 0, len = 0;
    std::vector<uint32_t> items;  // ascending, each once
  };
  ByteBuffer tok_buf_;
  std::vector<Token> tokens_;
  std::vector<uint32_t> tok_starts_;  // tokens_[t].start, dense, for mapping a match position to its token
  std::vector<uint32_t> slots_;       // open addressing over tokens: token + 1, 0 = empty
  size_t tokenized_ = 0;              // items [0, tokenized_) are in the dictionary
  void add_token(std::string_view tok, uint32_t item);
  // The items containing `term` (no separator in it) into `out` when the postings cost at most `budget`
  // item numbers; false (out untouched) when they would cost more.
  bool match_tokens(std::string_view term, size_t budget, const uint64_t* within, ItemBits& out) const;
};

}  // namespace ae
