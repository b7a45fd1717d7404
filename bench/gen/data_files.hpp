#pragma once
// The plain data files the generator draws its world from (bench/data/*.tsv and data/states.tsv).
// They are embedded at build time; --data-dir reads any of them from a folder instead.
#include <string>
#include <string_view>
#include <vector>

namespace fg::bench {

struct DataFiles {
  std::string states, given_names, surnames, cultures, prominence, places, organizations, vocabulary, templates;
};

// Embedded copies, each replaced by DIR/<file name> when `dir` is non-empty and holds that file.
DataFiles load_data_files(const std::string& dir);

struct TsvRow {
  std::size_t line = 0;
  std::vector<std::string_view> cells;
};

// Rows of a tab-separated file; blank lines and lines starting with '#' are skipped.
// Throws std::runtime_error("ORIGIN:LINE: ...") when a row has fewer than `min_cells` cells.
std::vector<TsvRow> parse_tsv(std::string_view text, std::string_view origin, std::size_t min_cells);

}  // namespace fg::bench
