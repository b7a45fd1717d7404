// Fuzzes the REPL's input handling: colon-command parsing and splitting scripts into statements
// and commands.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli/repl/colon_command.hpp"
#include "cli/support/script_splitter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto c = fg::cli::repl::parse_colon_command(text)) {
    if (!fg::cli::repl::find_colon_command(c->name)) (void)fg::cli::repl::unknown_command_message(c->name);
    (void)fg::cli::repl::split_first_word(c->args);
  }
  for (const auto& chunk : fg::cli::split_script(text)) {
    if (chunk.line == 0 || chunk.column == 0) __builtin_trap();
    if (chunk.colon && !fg::cli::repl::parse_colon_command(chunk.text)) __builtin_trap();
  }
  (void)fg::cli::statement_complete(text);
  (void)fg::cli::is_blank_or_comment(text);
  return 0;
}
