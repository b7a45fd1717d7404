#pragma once
// Crash-safe file replacement: write a temporary file beside the target, fsync it, rename it
// over the target, fsync the folder. A reader sees the old file or the complete new one.
#include <filesystem>
#include <functional>
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
// The same, with the bytes produced piece by piece: `produce` calls `write` as often as it
// likes (a large file need not exist in memory as one string).
using ByteWriter = std::function<void(std::string_view)>;
void write_file_atomically(const std::filesystem::path& path, const std::function<void(const ByteWriter& write)>& produce);

// Reads a whole file; throws FileError naming the file and the OS error.
std::string read_file(const std::filesystem::path& path);

}  // namespace fg::graph
