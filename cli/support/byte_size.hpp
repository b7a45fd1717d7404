#pragma once
// Sizes given on the command line and to :set: "1073741824", "512M", "512MiB", "1.5G", "64k"
// (K, M, G, T are powers of 1024; a trailing "B" or "iB" is allowed).
#include <cstddef>
#include <optional>
#include <string>

namespace fg::cli {

std::optional<std::size_t> parse_byte_size(const std::string& text);

}  // namespace fg::cli
