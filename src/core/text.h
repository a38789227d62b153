// text.h: UTF-8 checks and the text folding behind search strings and id slugs.
//
// Folding makes "Zürich", "ZURICH" and "zurich" meet in the search index: ASCII is lowercased, Latin-1
// Supplement and Latin Extended-A letters lose their diacritics (ß -> "ss", æ -> "ae", œ -> "oe"),
// combining marks are dropped, Cyrillic capitals become small letters (Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І included),
// typographic quotes, dashes and spaces become their ASCII forms. Anything else is copied unchanged, so
// folding never loses text it does not understand. Invalid UTF-8 bytes are copied as they are.
#pragma once

#include "core/bytes.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

// Byte offset of the first byte of the first ill-formed UTF-8 sequence (overlong forms, surrogates and
// code points above U+10FFFF are ill-formed), or std::string_view::npos when `s` is valid.
size_t find_invalid_utf8(std::string_view s);
inline bool is_valid_utf8(std::string_view s) { return find_invalid_utf8(s) == std::string_view::npos; }
// True when `offset` is 0, s.size(), or the start of a character (not a continuation byte).
bool is_utf8_boundary(std::string_view s, size_t offset);

// Search folding as described above. The appending form lets callers build one string from many fields
// without temporaries.
std::string fold_for_search(std::string_view s);
void append_folded(std::string& out, std::string_view s);
// The same into a ByteBuffer: the loader folds search strings straight into the corpus's pool (no scratch string,
// no second copy, and none of libc++'s out-of-line std::string appends, which wasm32 calls per piece).
void append_folded(ByteBuffer& out, std::string_view s);

// Like append_folded, and additionally transliterates Cyrillic to Latin letters (Russian and Kazakh:
// "Қазақстан" -> "qazaqstan"); used by slug() so ids stay ASCII.
void append_ascii_folded(std::string& out, std::string_view s);

// `s` with its ASCII letters lowercased and every other byte as it was (so byte offsets stay the same): the
// extraction passes' matching copy of a paragraph. Eight bytes at a time, UTF-8 or not.
std::string ascii_lowered(std::string_view s);
void ascii_lower_in_place(char* p, size_t n);

// The distinct code points above U+007F in `s`, ascending; ill-formed bytes are skipped. The explorer rasterises
// its first font atlas from these and a base range only, so the first frame does not wait for glyphs it cannot
// show (issue 18).
std::vector<char32_t> non_ascii_code_points(std::string_view s);

}  // namespace ae
