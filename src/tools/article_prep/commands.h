// commands.h: the article-prep subcommands. Each takes the arguments after its name and returns the exit code.
#pragma once
#include <span>
#include <string>

namespace ae::tools {
int cmd_extract(std::span<char*> args);   // extract_cmd.cpp
int cmd_validate(std::span<char*> args);  // validate_cmd.cpp
int cmd_shard(std::span<char*> args);     // shard_cmd.cpp

// Reads a whole file ("-" is stdin) into `out`; false with `error` set (errno text) when it cannot be read.
bool read_input(const std::string& name, std::string& out, std::string& error);  // read_input.cpp
}  // namespace ae::tools
