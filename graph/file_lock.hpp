#pragma once
// An advisory lock on a graph file, held by writers (import, a REPL with unsaved changes).
// It is an flock(2) on a sidecar file "GRAPH.lock", which survives the graph file being
// replaced by rename; the kernel releases it when the process dies, so no lock goes stale.
#include <filesystem>
#include <string>

namespace fg::graph {

class FileLock {
 public:
  enum class Wait { No, Yes };
  // Takes the lock or throws FileError naming the holder's pid when it is held (Wait::No).
  FileLock(const std::filesystem::path& graph_path, Wait wait);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace fg::graph
