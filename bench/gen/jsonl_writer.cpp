#include "bench/gen/jsonl_writer.hpp"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <stdexcept>

namespace fg::bench {

BufferedFile::BufferedFile(const std::string& path) : path_(path) {
  if (path == "-") {
    file_ = stdout;
  } else {
    file_ = std::fopen(path.c_str(), "wb");
    if (!file_) throw std::runtime_error(path + ": cannot write: " + std::strerror(errno));
    owned_ = true;
  }
  buf_.reserve(kFlushAt + (1u << 20));
}

BufferedFile::~BufferedFile() {
  if (owned_ && file_) std::fclose(file_);
}

void BufferedFile::flush() {
  if (buf_.empty()) return;
  if (std::fwrite(buf_.data(), 1, buf_.size(), file_) != buf_.size())
    throw std::runtime_error(path_ + ": write failed: " + std::strerror(errno));
  written_ += buf_.size();
  buf_.clear();
}

void BufferedFile::close() {
  flush();
  if (std::fflush(file_) != 0) throw std::runtime_error(path_ + ": write failed: " + std::strerror(errno));
  if (owned_) {
    int rc = std::fclose(file_);
    file_ = nullptr;
    if (rc != 0) throw std::runtime_error(path_ + ": close failed: " + std::strerror(errno));
  }
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.substr(start, i - start));
    start = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: {
        static const char* hex = "0123456789abcdef";
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 15];
      }
    }
  }
  out.append(s.substr(start));
  out += '"';
}

void append_int(std::string& out, std::int64_t v) {
  char tmp[24];
  auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
  out.append(tmp, r.ptr);
}

void append_fixed2(std::string& out, double v) {
  char tmp[32];
  auto r = std::to_chars(tmp, tmp + sizeof tmp, v, std::chars_format::fixed, 2);
  out.append(tmp, r.ptr);
}

void FactsWriter::comment(std::string_view text) {
  auto& b = out_.buffer();
  b += "// ";
  b += text;
  b += '\n';
  out_.maybe_flush();
}

void FactsWriter::props(std::span<const Prop> props) {
  if (props.empty()) return;
  auto& b = out_.buffer();
  b += ",\"props\":{";
  bool first = true;
  for (const auto& p : props) {
    if (!first) b += ',';
    first = false;
    append_json_string(b, p.key);
    b += ':';
    if (p.is_int)
      append_int(b, p.number);
    else
      append_json_string(b, p.text);
  }
  b += '}';
}

void FactsWriter::provenance(const Provenance& p) {
  auto& b = out_.buffer();
  b += ",\"source\":";
  append_json_string(b, p.source);
  b += ",\"sentence\":";
  append_int(b, p.sentence);
  if (!p.evidence.empty()) {
    b += ",\"evidence\":";
    append_json_string(b, p.evidence);
  }
  b += ",\"confidence\":";
  append_fixed2(b, p.confidence);
  b += "}\n";
  ++lines_;
  out_.maybe_flush();
}

void FactsWriter::entity(NodeRef node, std::span<const std::string> aliases, std::span<const Prop> ps,
                         const Provenance& p) {
  auto& b = out_.buffer();
  b += "{\"type\":\"entity\",\"label\":";
  append_json_string(b, node.label);
  b += ",\"name\":";
  append_json_string(b, node.name);
  if (!aliases.empty()) {
    b += ",\"aliases\":[";
    for (std::size_t i = 0; i < aliases.size(); ++i) {
      if (i) b += ',';
      append_json_string(b, aliases[i]);
    }
    b += ']';
  }
  props(ps);
  provenance(p);
}

void FactsWriter::relation(std::string_view rel, NodeRef from, NodeRef to, std::span<const Prop> ps,
                           const Provenance& p) {
  auto& b = out_.buffer();
  b += "{\"type\":\"relation\",\"rel\":";
  append_json_string(b, rel);
  b += ",\"from\":{\"label\":";
  append_json_string(b, from.label);
  b += ",\"name\":";
  append_json_string(b, from.name);
  b += "},\"to\":{\"label\":";
  append_json_string(b, to.label);
  b += ",\"name\":";
  append_json_string(b, to.name);
  b += '}';
  props(ps);
  provenance(p);
}

}  // namespace fg::bench
