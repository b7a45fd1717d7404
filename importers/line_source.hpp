#pragma once
// Reads a file or stdin line by line in large blocks, so a facts file of any size streams through
// the importer in bounded memory. A line longer than the limit is reported, not kept.
#include <cstddef>
#include <string>
#include <string_view>

namespace fg::importers {

class LineSource {
 public:
  // Opens `path` ("-" reads stdin); throws graph::FileError naming the file on failure.
  LineSource(const std::string& path, std::size_t max_line_bytes);
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  struct Line {
    std::string_view text;  // without the line break (\n or \r\n); valid until the next call
    std::size_t number = 0; // 1-based
    std::size_t length = 0; // the full length in bytes, also when the line was too long
    bool too_long = false;  // text is empty, the line was skipped
  };
  // The next line, or false at the end of input.
  bool next(Line& line);

  std::size_t bytes_read() const { return consumed_; }
  std::size_t size_hint() const { return size_hint_; }  // file size, 0 for pipes

 private:
  bool fill();

  std::string path_;
  int fd_ = -1;
  bool owns_fd_ = false;
  bool eof_ = false;
  std::size_t max_line_;
  std::string buf_;
  std::size_t pos_ = 0;
  std::size_t line_no_ = 0;
  std::size_t consumed_ = 0;
  std::size_t size_hint_ = 0;
};

}  // namespace fg::importers
