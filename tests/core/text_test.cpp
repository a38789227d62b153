// text_test.cpp: UTF-8 validation offsets and search folding (src/core/text.h).
#include "core/text.h"

#include <gtest/gtest.h>

using namespace ae;
using namespace std::string_literals;

TEST(Utf8, ValidInputs) {
  EXPECT_EQ(find_invalid_utf8(""), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("plain ascii"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("Қазақстан Zürich 🙂 \xEF\xBF\xBF"), std::string_view::npos);
  EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
}

TEST(Utf8, OffsetOfFirstBadSequence) {
  EXPECT_EQ(find_invalid_utf8("ab\xFF" "cd"), 2u);
  EXPECT_EQ(find_invalid_utf8("\x80"), 0u);                       // lone continuation byte
  EXPECT_EQ(find_invalid_utf8("ok \xC3"), 3u);                    // truncated at the end
  EXPECT_EQ(find_invalid_utf8("ok \xE2\x82" "x"), 3u);            // truncated in the middle
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);                   // overlong '/'
  EXPECT_EQ(find_invalid_utf8("é\xED\xA0\x80"), 2u);              // UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);           // above U+10FFFF
  std::string long_prefix(1000, 'a');
  EXPECT_EQ(find_invalid_utf8(long_prefix + "\xFE"), 1000u);      // past the SIMD block size
}

TEST(Utf8, Boundaries) {
  std::string s = "aé🙂";
  EXPECT_TRUE(is_utf8_boundary(s, 0));
  EXPECT_TRUE(is_utf8_boundary(s, 1));
  EXPECT_FALSE(is_utf8_boundary(s, 2));
  EXPECT_TRUE(is_utf8_boundary(s, 3));
  EXPECT_FALSE(is_utf8_boundary(s, 5));
  EXPECT_TRUE(is_utf8_boundary(s, s.size()));
  EXPECT_FALSE(is_utf8_boundary(s, s.size() + 1));
}

TEST(Fold, AsciiAndLatin) {
  EXPECT_EQ(fold_for_search("Hello WORLD 42"), "hello world 42");
  EXPECT_EQ(fold_for_search("Zürich Çağrı Ørsted Straße"), "zurich cagri orsted strasse");
  EXPECT_EQ(fold_for_search("ÀÉÎÕÜ àéîõü Ñ ñ Ý ÿ"), "aeiou aeiou n n y y");
  EXPECT_EQ(fold_for_search("Æsir Œuvre Þór ĳ"), "aesir oeuvre thor ij");
  EXPECT_EQ(fold_for_search("Łódź Dvořák Ğ ı İ Ş ő ž"), "lodz dvorak g i i s o z");
  EXPECT_EQ(fold_for_search("3×4÷2"), "3×4÷2");  // not letters: kept
  EXPECT_EQ(fold_for_search("Cafe\xCC\x81"), "cafe");  // decomposed: combining acute dropped
}

TEST(Fold, Cyrillic) {
  EXPECT_EQ(fold_for_search("МОСКВА Ёлка"), "москва ёлка");
  EXPECT_EQ(fold_for_search("ҚАЗАҚСТАН"), "қазақстан");
  EXPECT_EQ(fold_for_search("Ә Ғ Қ Ң Ө Ұ Ү Һ І"), "ә ғ қ ң ө ұ ү һ і");
  EXPECT_EQ(fold_for_search("Ӏ"), "ӏ");
}

TEST(Fold, Punctuation) {
  EXPECT_EQ(fold_for_search("“Open” ‘skies’ — 2020–2023 «deal» …"), "\"open\" 'skies' - 2020-2023 \"deal\" ...");
  EXPECT_EQ(fold_for_search("a\xC2\xA0" "b\xE2\x80\xAF" "c"), "a b c");          // no-break spaces
  EXPECT_EQ(fold_for_search("co\xC2\xAD" "operate\xE2\x80\x8B"), "cooperate");  // soft hyphen, ZWSP
}

TEST(Fold, KeepsUnknownAndInvalid) {
  EXPECT_EQ(fold_for_search("北京 🙂 Ωμέγα"), "北京 🙂 Ωμέγα");
  EXPECT_EQ(fold_for_search("a\xFF" "B\xC3"), "a\xFF" "b\xC3");
}

// ASCII runs are folded eight bytes at a time: every ASCII byte, at every position of runs shorter and longer
// than eight bytes, alone and between non-ASCII letters, folds like the byte-wise rule (A-Z lowercased).
TEST(Fold, AsciiRunsEveryByteAtEveryPosition) {
  for (int c = 0; c < 0x80; ++c) {
    for (size_t len : {1, 7, 8, 9, 16, 17, 23}) {
      for (size_t at = 0; at < len; ++at) {
        std::string s(len, 'Q');
        s[at] = char(c);
        std::string expect = s;
        for (char& ch : expect)
          if (ch >= 'A' && ch <= 'Z') ch = char(ch + 32);
        ASSERT_EQ(fold_for_search(s), expect) << "byte " << c << " at " << at << " of " << len;
        ASSERT_EQ(fold_for_search("É" + s + "Ü"), "e" + expect + "u") << "byte " << c << " at " << at << " of " << len;
      }
    }
  }
}

TEST(Fold, AppendAndTransliterate) {
  std::string out = "x\n";
  append_folded(out, "ÄB");
  EXPECT_EQ(out, "x\nab");
  out.clear();
  append_ascii_folded(out, "Қасым-Жомарт Тоқаев, Әлихан, Щучинск");
  EXPECT_EQ(out, "qasym-zhomart toqaev, alikhan, shchuchinsk");
}

TEST(CodePoints, NonAsciiDistinctAscending) {
  EXPECT_TRUE(non_ascii_code_points("").empty());
  EXPECT_TRUE(non_ascii_code_points("plain ascii text, longer than eight bytes").empty());
  // Repeats count once; the answer is sorted whatever the order in the text; 4-byte sequences are kept.
  EXPECT_EQ(non_ascii_code_points("Zürich – Қазақстан, Zürich 🙂 £5"),
            (std::vector<char32_t>{0xA3, 0xFC, 0x0430, 0x0437, 0x043D, 0x0441, 0x0442, 0x049A, 0x049B, 0x2013, 0x1F642}));
  // A non-ASCII character right after an 8-byte ASCII run, and at the very end.
  EXPECT_EQ(non_ascii_code_points("abcdefghé"), (std::vector<char32_t>{0xE9}));
  // Ill-formed bytes are skipped, the well-formed characters around them kept.
  EXPECT_EQ(non_ascii_code_points("a\xFF" "b\xC3\xA9" "c\xE2\x82"), (std::vector<char32_t>{0xE9}));
}

// The loader folds search strings straight into a ByteBuffer (the corpus's pool): the same bytes as the
// std::string form, for ASCII runs, Latin letters with multi-letter folds, Cyrillic, punctuation and bad bytes.
TEST(Fold, IntoByteBufferLikeString) {
  for (std::string_view s : {"", "Plain ASCII, LONGER than thirty-two bytes: 0123456789", "Straße Æsir Œuvre Þór",
                             "Zürich – “quoted” … Ĳssel", "Қасым-Жомарт Тоқаев", "a\xFF" "B\xC3", "北京 🙂"}) {
    ByteBuffer b;
    b.append("x\n", 2);
    append_folded(b, s);
    std::string expect = "x\n";
    append_folded(expect, s);
    EXPECT_EQ(std::string_view(b.data(), b.size()), expect) << s;
  }
}

// same_bytes (bytes.h) stands in for memcmp on the load path: every length from 0 to 40, equal and with one
// byte changed at every position (the overlapping last word included).
TEST(Bytes, SameBytesEveryLengthAndPosition) {
  for (size_t n = 0; n <= 40; ++n) {
    std::string a(n, 'k'), b(n, 'k');
    for (size_t i = 0; i < n; ++i) a[i] = b[i] = char('a' + i % 26);
    ASSERT_TRUE(same_bytes(a.data(), b.data(), n)) << n;
    for (size_t at = 0; at < n; ++at) {
      std::string c = b;
      c[at] = char(c[at] ^ 0x20);
      ASSERT_FALSE(same_bytes(a.data(), c.data(), n)) << n << " " << at;
    }
  }
}

// copy_bytes at every length up to past the 32-byte step, and at every alignment of source and destination:
// the tails are copied as overlapping words, which must neither miss a byte nor write past the end.
TEST(Bytes, CopyBytesEveryLengthAndAlignment) {
  std::string src(200, '\0');
  for (size_t i = 0; i < src.size(); ++i) src[i] = char(i * 7 + 1);
  for (size_t n = 0; n <= 100; ++n)
    for (size_t from = 0; from < 8; ++from)
      for (size_t to = 0; to < 8; ++to) {
        std::string dst(120, '#');
        copy_bytes(dst.data() + to, src.data() + from, n);
        ASSERT_EQ(dst.substr(0, to), std::string(to, '#')) << n << " " << from << " " << to;
        ASSERT_EQ(dst.substr(to, n), src.substr(from, n)) << n << " " << from << " " << to;
        ASSERT_EQ(dst.substr(to + n), std::string(120 - to - n, '#')) << n << " " << from << " " << to;
      }
}

TEST(Bytes, ByteBufferPushBackAndCopies) {
  ByteBuffer b;
  std::string expect;
  for (int i = 0; i < 300; ++i) {
    b.push_back(char('a' + i % 26));
    expect.push_back(char('a' + i % 26));
    if (i % 50 == 0) {
      std::string chunk(i, 'z');  // appends of every size class: the 32- and 8-byte steps and the tail
      b.append(chunk);
      expect += chunk;
    }
  }
  EXPECT_EQ(std::string_view(b.data(), b.size()), expect);
}
