#pragma once
// Colon commands of the REPL and of batch files (":param name value", ":format json", ...).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fg::cli::repl {

struct ColonCommand {
  std::string name;  // without the colon, lower case: "param"
  std::string args;  // the rest of the line, trimmed
};

struct ColonCommandSpec {
  std::string_view name;
  std::string_view usage;  // ":param NAME VALUE"
  std::string_view help;   // one line
};

// Every colon command, in the order :help lists them.
const std::vector<ColonCommandSpec>& colon_commands();

// True when the line (leading spaces allowed) is a colon command rather than Cypher.
bool is_colon_command(std::string_view line);
// Splits ":name args" (name case-insensitive); nullopt when the line is not a colon command.
std::optional<ColonCommand> parse_colon_command(std::string_view line);
// The spec of a known command, or nullptr.
const ColonCommandSpec* find_colon_command(std::string_view name);
// "unknown command :shema (did you mean :schema?)"
std::string unknown_command_message(std::string_view name);

// Splits "NAME VALUE..." into the first word and the trimmed rest.
std::pair<std::string, std::string> split_first_word(std::string_view text);

}  // namespace fg::cli::repl
