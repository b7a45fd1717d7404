#pragma once
// A read-only memory mapping of a whole file (the graph file is read in place).
#include <cstddef>
#include <filesystem>
#include <string_view>

namespace fg::graph {

class MappedFile {
 public:
  enum class Access {
    Whole,   // read start to end soon (loading into the builder): read ahead all of it
    Random,  // read in place, a little here and there (the frozen graph): read only what is touched
  };
  // Maps `path`; throws FileError naming the file. An empty file maps to an empty view.
  explicit MappedFile(const std::filesystem::path& path, Access access = Access::Whole);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace fg::graph
