// read_input.cpp: whole-file input for the article-prep subcommands ("-" is stdin).
#include "tools/article_prep/commands.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ae::tools {

bool read_input(const std::string& name, std::string& out, std::string& error) {
  const bool is_stdin = name == "-";
  std::FILE* f = is_stdin ? stdin : std::fopen(name.c_str(), "rb");
  if (!f) {
    error = std::strerror(errno);
    return false;
  }
  out.clear();
  char chunk[1 << 16];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) out.append(chunk, n);
  const bool failed = std::ferror(f) != 0;
  const int saved = errno;
  if (!is_stdin) std::fclose(f);
  if (failed) {
    error = saved ? std::strerror(saved) : "read error";
    return false;
  }
  return true;
}

}  // namespace ae::tools
