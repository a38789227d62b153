// bytes.h: bulk byte moves for the load path, which copies every string of a corpus into its pool.
//
// Emscripten's memcpy (wasm32, no bulk memory) copies byte by byte when source and destination are not equally
// aligned, which strings appended to a pool almost never are, and calls out to JavaScript from 512 bytes on.
// Unaligned eight-byte loads and stores are single WebAssembly instructions, so a plain loop of them is several
// times faster for the short and medium strings that make up a corpus; long runs still go to memcpy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>
#include <vector>

namespace ae {

inline void copy_bytes(char* d, const char* s, size_t n) {
  if (n >= 4096) {
    std::memcpy(d, s, n);
    return;
  }
  for (; n >= 8; d += 8, s += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, s, 8);
    std::memcpy(d, &w, 8);
  }
  for (; n > 0; --n) *d++ = *s++;
}

// An allocator whose value-less construct() leaves the bytes uninitialised, so vector<char>::resize() can make
// room for a copy without zero-filling it first. It has no construct(p, value): copies and reallocations then
// go through std::construct_at, which the library turns into one memcpy (with a construct(p, value) of its own,
// libc++ would move every byte separately when the vector grows).
template <class T>
struct DefaultInitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };
  DefaultInitAllocator() = default;
  template <class U>
  DefaultInitAllocator(const DefaultInitAllocator<U>&) noexcept {}
  template <class U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
};

// Bytes that grow by appending (StringPool, SearchIndex): a vector, so it copies and moves like one.
using ByteBuffer = std::vector<char, DefaultInitAllocator<char>>;

// Appends n bytes at s to `out`.
inline void append_bytes(ByteBuffer& out, const char* s, size_t n) {
  const size_t at = out.size();
  out.resize(at + n);
  copy_bytes(out.data() + at, s, n);
}

}  // namespace ae
