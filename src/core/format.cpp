// format.cpp: see format.h.
#include "core/format.h"

namespace ae {

std::string group_thousands(uint64_t n) {
  std::string digits = std::to_string(n);
  if (n < 1000) return digits;
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  const size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, lead);
  for (size_t i = lead; i < digits.size(); i += 3) {
    out += ',';
    out.append(digits, i, 3);
  }
  return out;
}

}  // namespace ae
