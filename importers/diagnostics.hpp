#pragma once
// Messages about input, each with its location: "FILE:LINE:COL: message".
#include <cstddef>
#include <functional>
#include <string>

namespace fg::importers {

struct Diagnostic {
  enum class Severity { Error, Warning } severity = Severity::Error;
  std::string file;
  std::size_t line = 0;    // 1-based; 0 when the message is about the whole file
  std::size_t column = 0;  // 1-based, in code points; 0 when unknown
  std::string message;

  std::string to_string() const;
};

using DiagnosticSink = std::function<void(const Diagnostic&)>;

// The number of code points in the first `bytes` bytes of `text` (columns are counted in code points).
std::size_t code_points(std::string_view text, std::size_t bytes);

}  // namespace fg::importers
