// fast_paths_test.cpp: the eight-bytes-at-a-time paths (ascii_lowered in core/text.h, append_json_string in
// core/json.h, which takes sixteen at a time first where SSE2 is there) give exactly what a plain byte loop gives,
// for every byte value at every offset within a word and for lengths around the word size; write_corpus in pieces
// gives the bytes of write_corpus.
#include "core/json.h"
#include "core/text.h"
#include "article_gen.h"

#include <gtest/gtest.h>

#include <string>

using namespace ae;

namespace {

std::string lower_bytewise(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  return out;
}

std::string escape_bytewise(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\b') out += "\\b";
    else if (c == '\f') out += "\\f";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20) out += std::string("\\u00") + kHex[c >> 4] + kHex[c & 0xF];
    else out.push_back(ch);
  }
  return out + "\"";
}

}  // namespace

TEST(AsciiLowered, LowersAsciiLettersOnlyKeepingEveryOtherByte) {
  EXPECT_EQ(ascii_lowered(""), "");
  EXPECT_EQ(ascii_lowered("The BBC said"), "the bbc said");
  // Non-ASCII bytes are untouched (no folding, same length and offsets): 'É' stays, '@' '[' '`' '{' stay.
  EXPECT_EQ(ascii_lowered("ÉCOLE Zürich @AZ[`az{"), "École zürich @az[`az{");
  EXPECT_EQ(ascii_lowered("ҚАЗАҚ KAZ"), "ҚАЗАҚ kaz");
  // Every byte value at every position, in strings of 1 to 40 bytes: two sixteen-byte blocks (SSE2 on x86-64),
  // then the eight-byte and byte tails.
  for (int b = 0; b < 256; ++b)
    for (size_t len = 1; len <= 40; ++len)
      for (size_t at = 0; at < len; ++at) {
        std::string s(len, 'Q');
        s[at] = char(b);
        ASSERT_EQ(ascii_lowered(s), lower_bytewise(s)) << "byte " << b << " at " << at << " of " << len;
      }
}

TEST(AsciiLowered, InPlaceMatches) {
  std::string s = "Astana, KAZAKHSTAN — Ministers MET on 12 May.";
  const std::string want = lower_bytewise(s);
  ascii_lower_in_place(s.data(), s.size());
  EXPECT_EQ(s, want);
}

TEST(JsonWriter, StringEscapesEveryByteAtEveryOffset) {
  // Up to 40 bytes: two sixteen-byte blocks (the SSE2 path on x86-64) and the eight-byte and byte tails after them.
  for (int b = 0; b < 256; ++b)
    for (size_t len = 1; len <= 40; ++len)
      for (size_t at = 0; at < len; ++at) {
        std::string s(len, 'x');
        s[at] = char(b);
        if (at + 1 < len) s[len - 1] = '"';  // a second escape later in the same or the next word
        std::string out = "prefix";
        append_json_string(out, s);
        ASSERT_EQ(out, "prefix" + escape_bytewise(s)) << "byte " << b << " at " << at << " of " << len;
      }
  std::string out;
  append_json_string(out, "");
  EXPECT_EQ(out, "\"\"");
  const std::string text = "He said: \"It is 30\\u00b0C\"\n\tand left. Twenty-four characters here!";
  out.clear();
  append_json_string(out, text);
  EXPECT_EQ(out, escape_bytewise(text));
}

// write_corpus with a sink (article-prep extract writes through it) gives write_corpus's bytes at any chunk size,
// in whole articles, and stops at the first refusal.
TEST(JsonWriter, CorpusInPiecesEqualsTheWholeOutput) {
  for (uint64_t seed = 1; seed <= 12; ++seed) {
    ae::testing::ArticleGen gen(seed);
    const Corpus c = gen.corpus(1 + gen.below(20), 6);
    const std::string whole = write_corpus(c);
    for (size_t chunk : {size_t(1), size_t(100), size_t(4096), size_t(1) << 20}) {
      std::string joined;
      size_t pieces = 0;
      ASSERT_TRUE(write_corpus(c, [&](std::string_view piece) {
        joined += piece;
        ++pieces;
        return true;
      }, chunk));
      EXPECT_EQ(joined, whole) << "seed " << seed << ", chunk " << chunk;
      // Chunk 1: one piece per article (each ends a line) plus the closing "]}".
      if (chunk == 1) {
        EXPECT_EQ(pieces, c.articles.size() + 1) << "seed " << seed;
      }
    }
  }
  Corpus empty;
  std::string got;
  ASSERT_TRUE(write_corpus(empty, [&](std::string_view piece) { got += piece; return true; }));
  EXPECT_EQ(got, write_corpus(empty));

  ae::testing::ArticleGen gen(3);
  const Corpus c = gen.corpus(5, 6);
  size_t calls = 0;
  EXPECT_FALSE(write_corpus(c, [&](std::string_view) { return ++calls < 2; }, 1));
  EXPECT_EQ(calls, 2u);  // the refusal ended the writing
}
