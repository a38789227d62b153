// search_index_test.cpp: SearchIndex (core/search_index.h) against a plain find() over each item: matches at
// the start and end of an item, never across two items, one-byte terms (own-bit and shared-bit bytes), the
// `within` restriction, appends after a match.
#include "core/search_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ae {
namespace {

std::vector<uint32_t> items_of(const ItemBits& bits) {
  std::vector<uint32_t> out;
  for (size_t w = 0; w < bits.size(); ++w)
    for (uint64_t b = bits[w]; b; b &= b - 1) out.push_back(uint32_t(w * 64 + size_t(__builtin_ctzll(b))));
  return out;
}

std::vector<uint32_t> brute(const std::vector<std::string>& items, std::string_view term) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < items.size(); ++i)
    if (items[i].find(term) != std::string::npos) out.push_back(uint32_t(i));
  return out;
}

std::vector<uint32_t> match(const SearchIndex& idx, std::string_view term, const uint64_t* within = nullptr) {
  ItemBits bits;
  idx.match(term, within, bits);
  EXPECT_EQ(bits.size(), item_words(idx.size()));
  return items_of(bits);
}

TEST(SearchIndex, MatchesAtStartAndEndButNeverAcrossItems) {
  SearchIndex idx;
  const std::vector<std::string> items = {"ab", "cd", "", "abcd", "x\ny", "d"};
  for (const auto& s : items) idx.add(s);
  ASSERT_EQ(idx.size(), items.size());
  EXPECT_EQ(idx.text(3), "abcd");
  EXPECT_EQ(idx.text(2), "");
  EXPECT_EQ(match(idx, "ab"), (std::vector<uint32_t>{0, 3}));  // start
  EXPECT_EQ(match(idx, "cd"), (std::vector<uint32_t>{1, 3}));  // end
  EXPECT_EQ(match(idx, "bc"), (std::vector<uint32_t>{3}));     // "ab" + "cd" of items 0 and 1 do not join
  EXPECT_EQ(match(idx, "dx"), (std::vector<uint32_t>{}));      // nor do items 3 and 4
  EXPECT_EQ(match(idx, "y\nd"), (std::vector<uint32_t>{}));    // nor items 4 and 5 across any separator
  EXPECT_EQ(match(idx, "x\ny"), (std::vector<uint32_t>{4}));   // a line break inside one item does match
  EXPECT_EQ(match(idx, "d"), (std::vector<uint32_t>{1, 3, 5}));
  EXPECT_EQ(match(idx, "abcde"), (std::vector<uint32_t>{}));   // longer than any item
  EXPECT_EQ(match(idx, ""), (std::vector<uint32_t>{}));
}

TEST(SearchIndex, OneByteTermsWithOwnAndSharedBits) {
  SearchIndex idx;
  const std::vector<std::string> items = {"t", "\x01", "\x7f", "\xd0\xba", "\xc3", "a~b", "T", "z"};
  for (const auto& s : items) idx.add(s);
  for (std::string term : {"t", "\x01", "\x7f", "\xd0", "\xba", "\xc3", "~", "\x02", "^", "z", "q", "\n"})
    EXPECT_EQ(match(idx, term), brute(items, term)) << "term byte " << int(static_cast<unsigned char>(term[0]));
}

TEST(SearchIndex, WithinRestrictsTheItemsTested) {
  SearchIndex idx;
  std::vector<std::string> items;
  for (int i = 0; i < 200; ++i) items.push_back(i % 3 ? "trade " + std::to_string(i) : "energy");
  for (const auto& s : items) idx.add(s);
  ItemBits within(item_words(items.size()), 0);
  for (uint32_t i : {0u, 1u, 2u, 64u, 65u, 199u}) within[i >> 6] |= uint64_t(1) << (i & 63);
  EXPECT_EQ(match(idx, "trade", within.data()), (std::vector<uint32_t>{1, 2, 64, 65, 199}));
  EXPECT_EQ(match(idx, "e", within.data()), (std::vector<uint32_t>{0, 1, 2, 64, 65, 199}));
  EXPECT_EQ(match(idx, "trade"), brute(items, "trade"));
}

// A generated set of items (many bigram collisions in the signatures) against brute force, then more items
// appended (as extend() does) and the same terms again.
TEST(SearchIndex, RandomItemsMatchBruteForceAcrossAppends) {
  const char* const words[] = {"tokayev", "oil", "gas", "billion", "ab", "ba", "\xd0\xba\xd0\xb0", "1,100 km",
                               "x/y", "\"q\"", "a\nb", "zz"};
  uint64_t state = 7;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return uint32_t(state >> 33);
  };
  std::vector<std::string> items;
  SearchIndex idx;
  const std::vector<std::string> terms = {"t",  "to", "tok", "tokayev", "oil g", "a",  "ab", "bab", "\xd0\xba",
                                          "\n", "b\n", "km", "0 k",    "zzz",   "\"", "y\"q", "ev o"};
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 300; ++i) {
      std::string s;
      const uint32_t n = next() % 6;
      for (uint32_t k = 0; k < n; ++k) {
        if (k) s += next() % 4 ? " " : "\n";
        s += words[next() % std::size(words)];
      }
      items.push_back(s);
      idx.add(s);
    }
    for (const auto& t : terms) EXPECT_EQ(match(idx, t), brute(items, t)) << "'" << t << "' round " << round;
  }
}

// Items that stay in the caller's buffer (add_external, the corpus's pool): other bytes lie between them, the
// buffer moves as it grows between appends, and signatures and tokens are computed after the fact.
TEST(SearchIndex, ExternalItemsMatchBruteForceAsTheBufferGrows) {
  const char* const words[] = {"tokayev", "oil", "gas", "billion", "ab", "ba", "1,100 km", "zz"};
  uint64_t state = 11;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return uint32_t(state >> 33);
  };
  ByteBuffer pool;
  std::vector<std::string> items;
  SearchIndex idx;
  const std::vector<std::string> terms = {"t", "to", "tokayev", "oil g", "a", "ab", "bab", "km", "zzz", "xx", "v o"};
  for (int round = 0; round < 4; ++round) {
    for (int i = 0; i < 200; ++i) {
      pool.append(std::string(next() % 5, 'x'));  // bytes no item owns
      std::string s;
      for (uint32_t k = 0, n = next() % 5; k < n; ++k) s += (k ? " " : "") + std::string(words[next() % std::size(words)]);
      const uint32_t off = uint32_t(pool.size());
      pool.append(s);
      items.push_back(s);
      EXPECT_EQ(idx.add_external(&pool, off, uint32_t(s.size())), uint32_t(items.size() - 1));
    }
    for (uint32_t i = 0; i < items.size(); i += 37) EXPECT_EQ(idx.text(i), items[i]);
    if (round == 2) idx.index_tokens(items.size());
    for (const auto& t : terms) EXPECT_EQ(match(idx, t), brute(items, t)) << "'" << t << "' round " << round;
  }
}

TEST(SearchIndex, RepeatedStringsMatchPerItem) {
  SearchIndex idx;
  // Repeats, one-byte terms (the branch-free pass) and `within`.
  const std::vector<std::string> items = {"kassym tokayev", "oil", "kassym tokayev", "gas", "oil", "kazakh oil",
                                          "oil", "", "", "kassym tokayev"};
  for (const auto& s : items) idx.add(s);
  EXPECT_EQ(idx.size(), items.size());
  for (uint32_t i = 0; i < items.size(); ++i) EXPECT_EQ(idx.text(i), items[i]) << i;
  for (std::string term : {"k", "ka", "kas", "oil", "o", "g", "tokayev", "z"})
    EXPECT_EQ(match(idx, term), brute(items, term)) << term;
  // `within` restricts items: item 2 is left out though item 0 holds the same string.
  ItemBits within(item_words(items.size()), 0);
  for (uint32_t i : {0u, 4u, 5u, 9u}) within[0] |= uint64_t(1) << i;
  EXPECT_EQ(match(idx, "oil", within.data()), (std::vector<uint32_t>{4, 5}));
  EXPECT_EQ(match(idx, "kassym", within.data()), (std::vector<uint32_t>{0, 9}));
}

// The token dictionary (built apart, a slice at a time) must never change a result: every term, with and without
// `within`, before the dictionary, with it partly built, complete, and after appends it has not caught up with.
TEST(SearchIndex, TokenDictionaryGivesTheSameMatches) {
  const char* const words[] = {"tokayev", "oil", "gas", "billion", "ab", "ba", "\xd0\xba\xd0\xb0", "1,100 km",
                               "x/y", "kassym-jomart", "a\nb", "zz", "caf\xc3\xa9", "mr"};
  uint64_t state = 11;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return uint32_t(state >> 33);
  };
  const std::vector<std::string> terms = {"to", "tok", "tokayev", "kassym", "jomart", "kassym-j", "ab", "bab",
                                          "\xd0\xba", "\xba\xd0", "km", "100", "1,1", "zzz", "af\xc3", "q",
                                          "oilgas", "mrs", "il", "ev o", "b\nb"};
  std::vector<std::string> items;
  SearchIndex idx;
  auto check = [&](const char* stage) {
    ItemBits within(item_words(items.size()), 0);
    for (uint32_t i = 0; i < items.size(); i += 3) within[i >> 6] |= uint64_t(1) << (i & 63);
    for (const auto& t : terms) {
      EXPECT_EQ(match(idx, t), brute(items, t)) << "'" << t << "' " << stage;
      std::vector<uint32_t> expect;
      for (uint32_t i : brute(items, t))
        if (i % 3 == 0) expect.push_back(i);
      EXPECT_EQ(match(idx, t, within.data()), expect) << "'" << t << "' within, " << stage;
    }
  };
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 400; ++i) {
      std::string s;
      const uint32_t n = 1 + next() % 5;
      for (uint32_t k = 0; k < n; ++k) {
        if (k) s += next() % 4 ? " " : (next() % 2 ? "\n" : "");  // "" glues two words into one token
        s += words[next() % std::size(words)];
      }
      items.push_back(s);
      idx.add(s);
    }
    EXPECT_FALSE(idx.tokens_ready());
    check("without the dictionary");
    idx.index_tokens(100);
    EXPECT_FALSE(idx.tokens_ready());
    check("dictionary partly built");
    while (idx.index_tokens(77) > 0) {
    }
    EXPECT_TRUE(idx.tokens_ready());
    EXPECT_GT(idx.tokens(), 10u);
    check("dictionary complete");
  }
  idx.clear();
  items.clear();
  EXPECT_TRUE(idx.tokens_ready());
  EXPECT_EQ(idx.tokens(), 0u);
}

}  // namespace
}  // namespace ae
