#pragma once
// Splits a batch file (or REPL input) into Cypher statements and colon-command lines, each with
// the line and column where it starts, so errors point into the file.
#include <string>
#include <string_view>
#include <vector>

namespace fg::cli {

struct ScriptChunk {
  bool colon = false;  // a ":command args" line
  std::string text;    // the statement without its ';', or the command line
  std::size_t line = 1, column = 1;  // 1-based; column in code points
};

// Statements end at ';' outside strings, back-quoted names and comments. A line starting with
// ':' between statements is a colon command. Chunks that hold only whitespace and comments are
// dropped; a last statement without ';' is kept.
std::vector<ScriptChunk> split_script(std::string_view script);

// True when `text` ends a statement: its last character outside comments is a ';' that is not
// inside a string or back-quoted name.
bool statement_complete(std::string_view text);

// True when the text holds only whitespace and comments.
bool is_blank_or_comment(std::string_view text);

}  // namespace fg::cli
