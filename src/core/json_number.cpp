// json_number.cpp: shortest round-trip formatting of doubles for JSON and exports. Emscripten 3.1.6's libc++
// lacks floating-point std::to_chars, so this tries 15, 16 and 17 significant digits and keeps the first that
// strtod reads back exactly (17 always does).
#include "core/json.h"

#include <cstdio>
#include <cstdlib>

namespace ae {

void append_json_number(std::string& out, double v) {
  char buf[40];
  for (int digits = 15; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    if (digits == 17 || std::strtod(buf, nullptr) == v) break;
  }
  out += buf;
}

}  // namespace ae
