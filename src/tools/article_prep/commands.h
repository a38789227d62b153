// commands.h: the article-prep subcommands. Each takes the arguments after its name and returns the exit code.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace ae::tools {
int cmd_extract(std::span<char*> args);   // extract_cmd.cpp
int cmd_validate(std::span<char*> args);  // validate_cmd.cpp
int cmd_shard(std::span<char*> args);     // shard_cmd.cpp

// The largest input read: 1 GiB, or AE_PREP_MAX_INPUT_BYTES when that is set to a positive number (for tests,
// docs/security.md). read_input.cpp
size_t input_limit();
// "input is N bytes, larger than the limit of L bytes" ("input is larger than ..." when N is 0: a stream).
std::string too_large_message(size_t limit, uint64_t size);
// Reads a whole file ("-" is stdin) into `out`, reading at most limit + 1 bytes (a regular file larger than
// the limit is refused by its size, unread); false with `error` set (errno text, the size limit, or running out
// of memory) when it cannot be read.
bool read_input(const std::string& name, std::string& out, std::string& error, size_t limit = input_limit());

// "UTF-16 text: save it as UTF-8" when `data` starts with a UTF-16 byte order mark (FF FE or FE FF), else "".
// Decoding UTF-16 is not article-prep's job; without this, such a file would be called binary (its NUL bytes).
std::string utf16_problem(std::string_view data);

// Writes `data` to `path` atomically: a temporary file in the same folder, written in full, flushed to disk
// and closed with every step checked, then renamed over `path`. On failure the temporary file is removed,
// `path` is left as it was, and `error` is "PATH: reason" (strerror). atomic_write.cpp
bool write_file_atomic(const std::string& path, std::string_view data, std::string& error);
// Where output made in pieces goes; false (errno set) when a write failed.
using ByteSink = std::function<bool(std::string_view)>;
// The same for output made in pieces (never held whole): `produce` hands the bytes, in order, to the sink it is
// given and returns false as soon as the sink does. Same guarantees and messages.
bool write_file_atomic(const std::string& path, const std::function<bool(const ByteSink&)>& produce, std::string& error);
// Writes all of `data` to an open descriptor, retrying short writes; false with errno set on failure.
bool write_all(int fd, std::string_view data);
}  // namespace ae::tools
