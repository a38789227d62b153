// commands.h: the article-prep subcommands. Each takes the arguments after its name and returns the exit code.
#pragma once
#include <span>

namespace ae::tools {
int cmd_extract(std::span<char*> args);   // extract_cmd.cpp
int cmd_validate(std::span<char*> args);  // validate_cmd.cpp
}  // namespace ae::tools
