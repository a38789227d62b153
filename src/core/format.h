// format.h: numbers as people read them (issue 15: large counts had no thousands separators).
#pragma once

#include <cstdint>
#include <string>

namespace ae {

// 1234567 -> "1,234,567", 1234 -> "1,234" (English grouping, the UI's language). For counts, not years.
std::string group_thousands(uint64_t n);

}  // namespace ae
