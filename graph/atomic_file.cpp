#include "graph/atomic_file.hpp"

#include "graph/fault_injection.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <random>
#include <utility>

namespace fg::graph {

namespace {
[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what, int err) {
  throw FileError(path.string() + ": " + std::string(what) + ": " + std::strerror(err));
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};
// Temporary files of writers that were killed before their rename ("." NAME ".tmp-" PID "-" N) are
// garbage once that process is gone; the next successful save removes them.
void remove_stale_temporaries(const std::filesystem::path& dir, const std::string& name) {
  const std::string prefix = "." + name + ".tmp-";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    auto file = entry.path().filename().string();
    if (file.rfind(prefix, 0) != 0) continue;
    long pid = std::strtol(file.c_str() + prefix.size(), nullptr, 10);
    if (pid <= 0 || pid == ::getpid()) continue;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) std::filesystem::remove(entry.path(), ec);
  }
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  write_file_atomically(path, [&](const ByteWriter& write) { write(bytes); });
}

void write_file_atomically(const std::filesystem::path& path, const std::function<void(const ByteWriter& write)>& produce) {
  auto dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::random_device rd;
  auto tmp = dir / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                    std::to_string(rd() & 0xffffff));
  Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
  if (fd.get() < 0) fail(tmp, "cannot create temporary file", errno);
  auto cleanup_fail = [&](std::string_view what) {
    int err = errno;
    ::close(fd.release());
    ::unlink(tmp.c_str());
    fail(path, what, err);
  };
  // Written in chunks so that a failure part-way (a full disk, a file size limit) is reported
  // the same way whatever the size, and so the fault injector can fail the Nth chunk.
  constexpr std::size_t kChunk = 1 << 20;
  auto write = [&](std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n;
      if (int err = fault::injected_error(fault::Op::Write)) {
        errno = err;
        n = -1;
      } else {
        n = ::write(fd.get(), bytes.data() + done, std::min(kChunk, bytes.size() - done));
      }
      if (n < 0) {
        if (errno == EINTR) continue;
        cleanup_fail("cannot write");
      }
      done += static_cast<std::size_t>(n);
    }
  };
  try {
    produce(write);
  } catch (const FileError&) {
    throw;
  } catch (...) {
    ::close(fd.release());
    ::unlink(tmp.c_str());
    throw;
  }
  int sync_err = fault::injected_error(fault::Op::Fsync);
  if (sync_err || ::fsync(fd.get()) != 0) {
    if (sync_err) errno = sync_err;
    cleanup_fail("cannot sync to disk");
  }
  if (::close(fd.release()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    fail(path, "cannot close", err);
  }
  int rename_err = fault::injected_error(fault::Op::Rename);
  if (rename_err || ::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = rename_err ? rename_err : errno;
    ::unlink(tmp.c_str());
    fail(path, "cannot replace", err);
  }
  Fd dirfd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dirfd.get() >= 0) ::fsync(dirfd.get());
  remove_stale_temporaries(dir, path.filename().string());
}

std::string read_file(const std::filesystem::path& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) fail(path, "cannot open", errno);
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) fail(path, "cannot stat", errno);
  if (S_ISDIR(st.st_mode)) throw FileError(path.string() + ": is a folder, not a file");
  std::string out;
  out.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  while (true) {
    auto n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(path, "cannot read", errno);
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace fg::graph
