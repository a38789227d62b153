// view_link_fuzz.cpp: libFuzzer target for the view-link parser. Any bytes as a fragment must decode without a
// crash, leak or UB; whatever decodes must re-encode to a fragment that decodes to the same view with nothing
// ignored (the codec is its own inverse on its output).
#include "core/view_link.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view fragment(reinterpret_cast<const char*>(data), size);
  ae::DecodedView d = ae::decode_view(fragment);
  const std::string again = ae::encode_view(d.view);
  ae::DecodedView d2 = ae::decode_view(again);
  if (!(d2.view == d.view) || !d2.ignored.empty()) std::abort();
  return 0;
}
