#pragma once
// Reads input lines for the REPL: libedit (line editing, persistent history, tab completion) on a
// terminal; plain lines without prompts when stdin is a pipe or a file.
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

struct editline;
struct history;

namespace fg::cli::repl {

// Given the line up to the cursor, returns the text to insert and the candidates to show.
struct Completion {
  std::size_t replace = 0;          // characters before the cursor to replace
  std::vector<std::string> options;  // full replacements for those characters
};
using Completer = std::function<Completion(const std::string& line_to_cursor)>;

class LineReader {
 public:
  enum class Status { Line, Interrupted, EndOfInput };
  struct Result {
    Status status;
    std::string line;
  };

  // `history_path` empty: no persistent history.
  LineReader(bool interactive, std::string history_path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  bool interactive() const { return interactive_; }
  void set_completer(Completer c) { completer_ = std::move(c); }
  // A flag a SIGINT handler sets while no line is being read: read() then reports Interrupted at
  // once instead of waiting for input (the terminal discarded what was typed).
  void set_interrupt_flag(std::atomic<bool>* flag) { interrupt_flag_ = flag; }
  Result read(const std::string& prompt);
  void add_history(const std::string& entry);

 private:
  static unsigned char complete_trampoline(editline* el, int ch);
  unsigned char complete(editline* el);

  bool interactive_;
  std::string history_path_;
  editline* el_ = nullptr;
  history* hist_ = nullptr;
  std::string prompt_;
  Completer completer_;
  std::atomic<bool>* interrupt_flag_ = nullptr;
};

// The longest prefix shared by every string (for completing as far as the options agree).
std::string common_prefix(const std::vector<std::string>& options);

}  // namespace fg::cli::repl
