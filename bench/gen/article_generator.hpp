#pragma once
// Plain-text news articles (shared/spec/gold.md's .txt format: headline, header lines, blank line,
// body) built from varied sentence templates about the synthetic world, for the article importer's
// throughput benchmark.
#include <cstdint>
#include <string>

#include "bench/gen/templates.hpp"
#include "bench/gen/world.hpp"

namespace fg::bench {

struct ArticlesResult {
  std::uint64_t files = 0, bytes = 0, sentences = 0;
};

// Writes articles under `dir` (1000 per sub-folder) until they hold at least `bytes_target` bytes.
ArticlesResult generate_articles(const World& world, const Templates& templates, std::uint64_t bytes_target,
                                 std::uint64_t seed, const std::string& dir);

}  // namespace fg::bench
