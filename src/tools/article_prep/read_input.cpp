// read_input.cpp: bounded whole-file input for the article-prep subcommands ("-" is stdin).
//
// At most limit + 1 bytes are ever read: a regular file is checked with fstat() first (a 5 GB file is refused
// without reading a byte), and a stream (a pipe, /dev/zero, a terminal) is read until it ends or passes the
// limit, in a buffer that never grows beyond limit + 1 bytes. An allocation failure is an error, not a crash.
#include "tools/article_prep/commands.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <new>

namespace ae::tools {

size_t input_limit() {
  static const size_t limit = [] {
    size_t n = size_t(1) << 30;
    if (const char* s = std::getenv("AE_PREP_MAX_INPUT_BYTES")) {  // for tests (docs/security.md)
      char* end = nullptr;
      const unsigned long long v = std::strtoull(s, &end, 10);
      if (end && end != s && !*end && v > 0) n = size_t(v);
    }
    return n;
  }();
  return limit;
}

std::string too_large_message(size_t limit, uint64_t size) {
  std::string m = size ? "input is " + std::to_string(size) + " bytes, larger" : std::string("input is larger");
  return m + " than the limit of " + std::to_string(limit) + " bytes";
}

bool read_input(const std::string& name, std::string& out, std::string& error, size_t limit) {
  const bool is_stdin = name == "-";
  const int fd = is_stdin ? 0 : ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  struct Closer {
    int fd;
    bool own;
    ~Closer() {
      if (own) ::close(fd);
    }
  } closer{fd, !is_stdin};

  // The caller's buffer is reused when small (extract reads thousands of files into one); a larger one is let go,
  // so the last file's capacity is not reused past this file's limit and a huge buffer is not kept.
  if (out.capacity() > std::min(limit + 1, size_t(1) << 20)) out = std::string();
  else out.clear();
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      error = std::strerror(EISDIR);
      return false;
    }
    if (S_ISREG(st.st_mode) && uint64_t(st.st_size) > limit) {
      error = too_large_message(limit, uint64_t(st.st_size));
      return false;
    }
  }
  try {
    // A regular file: its size + 1 (to see that it ended). A stream: 64 KiB, then doubling, capped at limit + 1.
    // Each step allocates exactly what it asks for (a fresh string, not the library's own growth), so the
    // buffer never exceeds limit + 1 bytes and the peak while growing stays under twice that.
    const size_t first = S_ISREG(st.st_mode) ? size_t(st.st_size) + 1 : size_t(1) << 16;
    out.reserve(std::min(limit + 1, first));
    // The room asked for, not all the (reused) capacity: resize() zero-fills what it adds.
    out.resize(std::min(limit + 1, first));
    size_t used = 0;
    for (;;) {
      if (used == out.size()) {
        if (used > limit) break;
        std::string bigger;
        bigger.reserve(std::min(limit + 1, std::max(used * 2, size_t(1) << 16)));
        bigger.assign(out, 0, used);
        bigger.resize(bigger.capacity());
        out.swap(bigger);
      }
      const ssize_t n = ::read(fd, out.data() + used, out.size() - used);
      if (n < 0) {
        if (errno == EINTR) continue;
        error = std::strerror(errno);
        out.clear();
        return false;
      }
      if (n == 0) break;
      used += size_t(n);
      // A regular file read up to the size fstat() gave, in a read that stopped short of the room it had: that is
      // its end, so the read that would return 0 is skipped (one system call per input file; the BBC run reads
      // 2,000). Not for size 0 (/proc files say 0 and read in pieces); a file that grew meanwhile filled the
      // room (size + 1) and goes on being read as before.
      if (S_ISREG(st.st_mode) && st.st_size > 0 && used == uint64_t(st.st_size) && used < out.size()) break;
    }
    if (used > limit) {
      out = std::string();
      error = too_large_message(limit, 0);
      return false;
    }
    out.resize(used);
  } catch (const std::bad_alloc&) {
    out = std::string();
    error = "out of memory while reading it";
    return false;
  }
  return true;
}

std::string utf16_problem(std::string_view data) {
  if (data.size() >= 2 && ((data[0] == '\xFF' && data[1] == '\xFE') || (data[0] == '\xFE' && data[1] == '\xFF')))
    return "UTF-16 text: save it as UTF-8";
  return {};
}

}  // namespace ae::tools
