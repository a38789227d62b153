// bytes.h: bulk byte moves for the load path, which copies every string of a corpus into its pool.
//
// Emscripten's memcpy (wasm32, no bulk memory) copies byte by byte when source and destination are not equally
// aligned, which strings appended to a pool almost never are, and calls out to JavaScript from 512 bytes on.
// Unaligned eight-byte loads and stores are single WebAssembly instructions, so a plain loop of them is several
// times faster for the short and medium strings that make up a corpus; long runs still go to memcpy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <utility>

namespace ae {

inline void copy_bytes(char* d, const char* s, size_t n) {
  if (n >= 4096) {
    std::memcpy(d, s, n);
    return;
  }
  if (n >= 8) {
    char* const d_end = d + n;
    const char* const s_end = s + n;
    // Four words per step for the paragraphs (150-900 bytes): the loop's own compare and branch cost as much as
    // a load and a store, so unrolling nearly halves the time of a long string.
    for (; n >= 32; d += 32, s += 32, n -= 32) {
      uint64_t a, b, c, e;
      std::memcpy(&a, s, 8);
      std::memcpy(&b, s + 8, 8);
      std::memcpy(&c, s + 16, 8);
      std::memcpy(&e, s + 24, 8);
      std::memcpy(d, &a, 8);
      std::memcpy(d + 8, &b, 8);
      std::memcpy(d + 16, &c, 8);
      std::memcpy(d + 24, &e, 8);
    }
    for (; n > 8; d += 8, s += 8, n -= 8) {
      uint64_t w;
      std::memcpy(&w, s, 8);
      std::memcpy(d, &w, 8);
    }
    // The last 0-8 bytes as the string's last word, rewriting bytes already copied: no byte loop.
    uint64_t w;
    std::memcpy(&w, s_end - 8, 8);
    std::memcpy(d_end - 8, &w, 8);
    return;
  }
  // Short strings (ids, units, roles): two overlapping words or bytes instead of a byte loop.
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, s, 4);
    std::memcpy(&b, s + n - 4, 4);
    std::memcpy(d, &a, 4);
    std::memcpy(d + n - 4, &b, 4);
    return;
  }
  if (n > 0) {  // 1-3 bytes
    d[0] = s[0];
    d[n / 2] = s[n / 2];
    d[n - 1] = s[n - 1];
  }
}

// Whether n bytes at a and b are equal. Emscripten's memcmp compares a byte per call iteration, out of line; the
// loader compares keys, interned strings and topic ids (mostly 2-40 bytes) millions of times, eight at a time here.
inline bool same_bytes(const char* a, const char* b, size_t n) {
  if (n < 8) {
    for (size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  uint64_t x, y;
  for (size_t i = 0; i + 8 < n; i += 8) {
    std::memcpy(&x, a + i, 8);
    std::memcpy(&y, b + i, 8);
    if (x != y) return false;
  }
  std::memcpy(&x, a + n - 8, 8);  // the last (possibly overlapping) word
  std::memcpy(&y, b + n - 8, 8);
  return x == y;
}

// Bytes that only grow by appending (StringPool, SearchIndex). Unlike std::string or std::vector<char>, growing
// never zero-fills room that is about to be overwritten, and appending uses copy_bytes(). Copies like a value.
class ByteBuffer {
 public:
  ByteBuffer() = default;
  ByteBuffer(const ByteBuffer& o) { *this = o; }
  ByteBuffer(ByteBuffer&& o) noexcept
      : data_(std::move(o.data_)), size_(std::exchange(o.size_, 0)), capacity_(std::exchange(o.capacity_, 0)) {}
  ByteBuffer& operator=(const ByteBuffer& o) {
    if (this == &o) return *this;
    size_ = 0;
    reserve(o.size_);
    if (o.size_) std::memcpy(data_.get(), o.data_.get(), o.size_);
    size_ = o.size_;
    return *this;
  }
  ByteBuffer& operator=(ByteBuffer&& o) noexcept {
    data_ = std::move(o.data_);
    size_ = std::exchange(o.size_, 0);
    capacity_ = std::exchange(o.capacity_, 0);
    return *this;
  }

  const char* data() const { return data_.get(); }
  char* data() { return data_.get(); }  // for rewriting bytes already appended (folding lowercases in place)
  size_t size() const { return size_; }
  size_t capacity() const { return capacity_; }
  void clear() { size_ = 0; }  // keeps the capacity
  void truncate(size_t n) { size_ = n < size_ ? n : size_; }
  void reserve(size_t n) {
    if (n > capacity_) reallocate(n);
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  void push_back(char c) {
    if (size_ == capacity_) reallocate(capacity_ ? 2 * capacity_ : 64);
    data_[size_++] = c;
  }
  void append(const char* s, size_t n) {
    if (n > capacity_ - size_) reallocate(size_ + n > 2 * capacity_ ? size_ + n : 2 * capacity_);
    copy_bytes(data_.get() + size_, s, n);
    size_ += n;
  }

 private:
  // realloc, not new + copy: glibc moves a large (mmapped) block with mremap, so doubling a pool of megabytes
  // copies nothing and faults no page in twice; elsewhere it copies as before. Never zero-filled.
  void reallocate(size_t capacity) {
    char* p = static_cast<char*>(std::realloc(data_.get(), capacity));
    if (!p) {
#if defined(__cpp_exceptions)
      throw std::bad_alloc();
#else
      std::abort();  // what a failed new does without exceptions (the WebAssembly build)
#endif
    }
    (void)data_.release();  // realloc has freed or kept it: p owns the bytes now
    data_.reset(p);
    capacity_ = capacity;
  }

  struct Free {
    void operator()(char* p) const { std::free(p); }
  };
  std::unique_ptr<char[], Free> data_;
  size_t size_ = 0, capacity_ = 0;
};

}  // namespace ae
