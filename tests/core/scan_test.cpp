// scan_test.cpp: the loader's byte scanners (json_loader.h find_quote_or_backslash, find_newline), which test
// eight bytes per step (SWAR): every target byte at every position of short and long runs, next to bytes one
// away from it and to non-ASCII bytes, gives the first occurrence, as a plain byte loop would.
#include "core/json_loader.h"

#include <gtest/gtest.h>

#include <string>

using namespace ae::json_detail;

namespace {
size_t naive(const std::string& s, const char* targets) {
  for (size_t i = 0; i < s.size(); ++i)
    for (const char* t = targets; *t; ++t)
      if (s[i] == *t) return i;
  return s.size();
}
}  // namespace

TEST(Scan, FirstQuoteBackslashOrNewlineAtEveryPosition) {
  const std::string fillers[] = {std::string(1, 'a'), std::string(1, char('"' + 1)), std::string(1, char('\\' - 1)),
                                 std::string(1, char('\n' + 1)), "\xC3\xA9", std::string(1, char(0xA2)),
                                 std::string(1, char(0xDC))};
  for (const std::string& fill : fillers) {
    for (size_t len : {0, 1, 7, 8, 9, 31, 32, 33, 40, 63, 64, 65, 100}) {
      std::string base;
      while (base.size() < len) base += fill;
      base.resize(len);
      ASSERT_EQ(size_t(find_quote_or_backslash(base.data(), base.data() + len) - base.data()), len);
      ASSERT_EQ(size_t(find_newline(base.data(), base.data() + len) - base.data()), len);
      for (size_t at = 0; at < len; ++at) {
        for (char c : {'"', '\\', '\n'}) {
          std::string s = base;
          s[at] = c;
          if (at + 3 < len) s[at + 3] = c == '"' ? '\\' : '"';  // a later second target never wins
          const char* b = s.data();
          ASSERT_EQ(size_t(find_quote_or_backslash(b, b + len) - b), naive(s, "\"\\")) << len << " " << at;
          ASSERT_EQ(size_t(find_newline(b, b + len) - b), naive(s, "\n")) << len << " " << at;
        }
      }
    }
  }
}
