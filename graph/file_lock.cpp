#include "graph/file_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "graph/atomic_file.hpp"

namespace fg::graph {

FileLock::FileLock(const std::filesystem::path& graph_path, Wait wait) {
  auto lock_path = graph_path;
  lock_path += ".lock";
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw FileError(lock_path.string() + ": cannot open lock file: " + std::strerror(errno));
  int flags = LOCK_EX | (wait == Wait::No ? LOCK_NB : 0);
  while (::flock(fd_, flags) != 0) {
    if (errno == EINTR) continue;
    int err = errno;
    std::string holder;
    char buf[32] = {};
    if (::pread(fd_, buf, sizeof buf - 1, 0) > 0) holder = std::string(buf);
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\0')) holder.pop_back();
    ::close(fd_);
    fd_ = -1;
    if (err == EWOULDBLOCK)
      throw FileError(graph_path.string() + ": locked by another factgraph process" +
                      (holder.empty() ? std::string() : " (pid " + holder + ")") +
                      "; wait for it to finish or pass --wait");
    throw FileError(lock_path.string() + ": cannot lock: " + std::strerror(err));
  }
  auto pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] auto n = ::pwrite(fd_, pid.data(), pid.size(), 0);
  }
}

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace fg::graph
