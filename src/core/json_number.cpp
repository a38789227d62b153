// json_number.cpp: shortest round-trip formatting of doubles for JSON and exports. Emscripten 3.1.6's libc++
// lacks floating-point std::to_chars, so this tries 15, 16 and 17 significant digits and keeps the first that
// strtod reads back exactly (17 always does).
#include "core/json.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ae {

void append_json_number(std::string& out, double v) {
  // Most figures are whole numbers ("600 million" is 600000000). Below 1e15 "%.15g" writes such a number as its
  // plain digits, exactly (no exponent, and strtod reads it back), so they are written directly: the same bytes
  // without snprintf and strtod, which cost ~2,800 instructions a number. (-0 keeps the general path: "-0".)
  if (std::fabs(v) < 1e15 && v == std::trunc(v) && (v != 0 || !std::signbit(v))) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<int64_t>(v));
    out.append(buf, r.ptr);
    return;
  }
  char buf[40];
  for (int digits = 15; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    if (digits == 17 || std::strtod(buf, nullptr) == v) break;
  }
  out += buf;
}

}  // namespace ae
