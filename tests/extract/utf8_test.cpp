// utf8_test.cpp: ascii_letter_run (the tokenizer's eight-bytes-at-a-time word loop) against the byte-wise rule.
#include "extract/utf8.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>

namespace ae::extract {
namespace {

// The rule the tokenizer applies one byte at a time: an ASCII letter continues the run; lowercase is 'a' and up.
uint32_t reference_run(const unsigned char (&b)[8], bool& any_lower) {
  uint32_t n = 0;
  any_lower = false;
  while (n < 8 && ((b[n] | 0x20) >= 'a' && (b[n] | 0x20) <= 'z')) {
    if (b[n] >= 'a') any_lower = true;
    ++n;
  }
  return n;
}

void expect_same(const unsigned char (&b)[8]) {
  uint64_t w;
  std::memcpy(&w, b, 8);
  bool lower = true, ref_lower = true;
  const uint32_t run = ascii_letter_run(w, lower);
  EXPECT_EQ(run, reference_run(b, ref_lower));
  EXPECT_EQ(lower, ref_lower);
}

TEST(AsciiLetterRun, EveryByteValueInEveryPosition) {
  // Each byte value (letters' neighbours '@', '[', '`', '{', high bytes, NUL) at each position of a letter run.
  for (int pos = 0; pos < 8; ++pos)
    for (int v = 0; v < 256; ++v) {
      unsigned char b[8] = {'W', 'o', 'r', 'd', 'S', 'a', 'l', 'e'};
      b[pos] = static_cast<unsigned char>(v);
      expect_same(b);
      unsigned char u[8] = {'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'};
      u[pos] = static_cast<unsigned char>(v);
      expect_same(u);
    }
}

TEST(AsciiLetterRun, RandomBytes) {
  std::mt19937 rng(7);
  const char pool[] = "aZzA@[`{ -'.,0\x80\xC3\xA9\xE2\x80\x99\xFF";
  for (int k = 0; k < 200000; ++k) {
    unsigned char b[8];
    for (auto& c : b) c = static_cast<unsigned char>(pool[rng() % (sizeof pool - 1)]);
    expect_same(b);
  }
}

}  // namespace
}  // namespace ae::extract
