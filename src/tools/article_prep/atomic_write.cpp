// atomic_write.cpp: every file article-prep writes goes through a temporary file in the target's folder that is
// written in full, flushed (fsync) and closed with each step checked, then renamed over the target. A failed
// run (a full disk, a file size limit, a missing folder) leaves the old file as it was and names the path and
// the reason. A device or FIFO (`-o /dev/null`) is written in place instead (see write_file_atomic).
#include "tools/article_prep/commands.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace ae::tools {

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) {  // should not happen for a regular file; do not loop forever
      errno = EIO;
      return false;
    }
    data.remove_prefix(size_t(n));
  }
  return true;
}

bool write_file_atomic(const std::string& path, std::string_view data, std::string& error) {
  return write_file_atomic(path, [&](const ByteSink& sink) { return sink(data); }, error);
}

bool write_file_atomic(const std::string& path, const std::function<bool(const ByteSink&)>& produce, std::string& error) {
  // An existing target that is no regular file or folder (/dev/null, /dev/stdout, a FIFO) is written in place:
  // renaming a temporary file over it would replace the device itself (run as root, `-o /dev/null` left a
  // plain file named /dev/null behind). There is no old content to keep whole there.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
      error = path + ": cannot open: " + std::strerror(errno);
      return false;
    }
    if (!produce([fd](std::string_view d) { return write_all(fd, d); })) {
      const int saved = errno;
      ::close(fd);
      error = path + ": write failed: " + std::strerror(saved);
      return false;
    }
    if (::close(fd) != 0) {
      error = path + ": write failed (close): " + std::strerror(errno);
      return false;
    }
    return true;
  }
  const size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string tmp = dir + "." + base + ".tmp-XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) {
    error = path + ": cannot create a temporary file beside it: " + std::strerror(errno);
    return false;
  }
  auto fail = [&](const char* what) {
    const int saved = errno;
    ::unlink(tmp.c_str());
    error = path + ": " + what + ": " + std::strerror(saved);
    return false;
  };
  // mkstemp creates the file 0600; give it the mode a plain fopen("wb") would (0666 minus the umask).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) {
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return fail("cannot set permissions");
  }
  if (!produce([fd](std::string_view d) { return write_all(fd, d); })) {
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return fail("write failed");
  }
  if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {  // EINVAL: a file system without fsync
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return fail("write failed (flush)");
  }
  if (::close(fd) != 0) return fail("write failed (close)");
  if (::rename(tmp.c_str(), path.c_str()) != 0) return fail("cannot replace");
  return true;
}

}  // namespace ae::tools
