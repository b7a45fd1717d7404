#pragma once
// Crash-safe file replacement: write a temporary file beside the target, fsync it, rename it
// over the target, fsync the folder. A reader sees the old file or the complete new one.
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace fg::graph {

class FileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Replaces `path` with `bytes` atomically; throws FileError naming the file and the OS error.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

// Reads a whole file; throws FileError naming the file and the OS error.
std::string read_file(const std::filesystem::path& path);

}  // namespace fg::graph
