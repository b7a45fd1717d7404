#pragma once
// Facts JSONL output (shared/spec/facts-jsonl.md) through one large buffer: the generator writes
// millions of lines, so it formats in place and hands the OS a few megabytes at a time.
#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

namespace fg::bench {

class BufferedFile {
 public:
  // Opens `path` for writing ("-" is stdout). Throws std::runtime_error naming the path.
  explicit BufferedFile(const std::string& path);
  ~BufferedFile();
  BufferedFile(const BufferedFile&) = delete;
  BufferedFile& operator=(const BufferedFile&) = delete;

  std::string& buffer() { return buf_; }
  void maybe_flush() {
    if (buf_.size() >= kFlushAt) flush();
  }
  void flush();
  // Flushes and closes, reporting write errors (a full disk) as std::runtime_error.
  void close();
  std::uint64_t bytes() const { return written_ + buf_.size(); }

 private:
  static constexpr std::size_t kFlushAt = 8u << 20;
  std::string path_;
  std::FILE* file_ = nullptr;
  bool owned_ = false;
  std::string buf_;
  std::uint64_t written_ = 0;
};

void append_json_string(std::string& out, std::string_view s);
void append_int(std::string& out, std::int64_t v);
void append_fixed2(std::string& out, double v);

struct NodeRef {
  std::string_view label, name;
};

// A property: a string, or an integer when `is_int`.
struct Prop {
  std::string_view key;
  std::string_view text;
  std::int64_t number = 0;
  bool is_int = false;
};

struct Provenance {
  std::string_view source;
  std::int64_t sentence = 0;
  std::string_view evidence;  // omitted when empty
  double confidence = 1.0;
};

class FactsWriter {
 public:
  explicit FactsWriter(BufferedFile& out) : out_(out) {}
  void comment(std::string_view text);
  void entity(NodeRef node, std::span<const std::string> aliases, std::span<const Prop> props,
              const Provenance& p);
  void relation(std::string_view rel, NodeRef from, NodeRef to, std::span<const Prop> props, const Provenance& p);
  std::uint64_t lines() const { return lines_; }

 private:
  void props(std::span<const Prop> props);
  void provenance(const Provenance& p);
  BufferedFile& out_;
  std::uint64_t lines_ = 0;
};

}  // namespace fg::bench
