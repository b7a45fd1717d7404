#include "importers/line_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "graph/atomic_file.hpp"

namespace fg::importers {

namespace {
constexpr std::size_t kBlock = 1 << 20;
}

LineSource::LineSource(const std::string& path, std::size_t max_line_bytes) : path_(path), max_line_(max_line_bytes) {
  if (path == "-") {
    fd_ = STDIN_FILENO;
  } else {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw graph::FileError(path + ": cannot open: " + std::strerror(errno));
    owns_fd_ = true;
    struct stat st {};
    if (::fstat(fd_, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        ::close(fd_);
        throw graph::FileError(path + ": is a folder, not a file");
      }
      size_hint_ = static_cast<std::size_t>(st.st_size);
    }
  }
}

LineSource::~LineSource() {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
}

bool LineSource::fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  auto old = buf_.size();
  buf_.resize(old + kBlock);
  ssize_t n;
  do {
    n = ::read(fd_, buf_.data() + old, kBlock);
  } while (n < 0 && errno == EINTR);
  if (n < 0) throw graph::FileError(path_ + ": cannot read: " + std::strerror(errno));
  buf_.resize(old + static_cast<std::size_t>(n));
  if (n == 0) eof_ = true;
  return n > 0;
}

bool LineSource::next(Line& line) {
  line = Line{};
  std::size_t skipped = 0;  // bytes of an over-long line already dropped
  while (true) {
    auto nl = buf_.find('\n', pos_);
    if (nl != std::string::npos || (eof_ && pos_ < buf_.size())) {
      auto end = nl == std::string::npos ? buf_.size() : nl;
      line.number = ++line_no_;
      line.length = skipped + (end - pos_);
      if (line.length > max_line_) {
        line.too_long = true;
      } else {
        line.text = std::string_view(buf_).substr(pos_, end - pos_);
        if (!line.text.empty() && line.text.back() == '\r') line.text.remove_suffix(1);
      }
      auto advance = (nl == std::string::npos ? end : nl + 1) - pos_;
      consumed_ += advance;
      pos_ += advance;
      return true;
    }
    if (eof_) return false;
    if (buf_.size() - pos_ > max_line_) {  // drop what we have of an over-long line, keep reading
      skipped += buf_.size() - pos_;
      consumed_ += buf_.size() - pos_;
      pos_ = buf_.size();
    }
    fill();
  }
}

}  // namespace fg::importers
