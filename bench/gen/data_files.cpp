#include "bench/gen/data_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fg::embedded {
std::string_view states_tsv();
std::string_view given_names_tsv();
std::string_view surnames_tsv();
std::string_view cultures_tsv();
std::string_view state_prominence_tsv();
std::string_view places_tsv();
std::string_view organizations_tsv();
std::string_view vocabulary_tsv();
std::string_view templates_tsv();
}  // namespace fg::embedded

namespace fg::bench {

namespace {
std::string read_or_embedded(const std::string& dir, const char* name, std::string_view embedded) {
  if (dir.empty()) return std::string(embedded);
  auto path = std::filesystem::path(dir) / name;
  if (!std::filesystem::exists(path)) return std::string(embedded);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot read");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}
}  // namespace

DataFiles load_data_files(const std::string& dir) {
  namespace e = fg::embedded;
  return {read_or_embedded(dir, "states.tsv", e::states_tsv()),
          read_or_embedded(dir, "given-names.tsv", e::given_names_tsv()),
          read_or_embedded(dir, "surnames.tsv", e::surnames_tsv()),
          read_or_embedded(dir, "cultures.tsv", e::cultures_tsv()),
          read_or_embedded(dir, "state-prominence.tsv", e::state_prominence_tsv()),
          read_or_embedded(dir, "places.tsv", e::places_tsv()),
          read_or_embedded(dir, "organizations.tsv", e::organizations_tsv()),
          read_or_embedded(dir, "vocabulary.tsv", e::vocabulary_tsv()),
          read_or_embedded(dir, "templates.tsv", e::templates_tsv())};
}

std::vector<TsvRow> parse_tsv(std::string_view text, std::string_view origin, std::size_t min_cells) {
  std::vector<TsvRow> rows;
  std::size_t line_no = 0;
  while (!text.empty()) {
    auto end = text.find('\n');
    auto line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    TsvRow row{line_no, {}};
    for (;;) {
      auto tab = line.find('\t');
      row.cells.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    if (row.cells.size() < min_cells)
      throw std::runtime_error(std::string(origin) + ":" + std::to_string(line_no) + ": expected " +
                               std::to_string(min_cells) + " tab-separated columns, found " +
                               std::to_string(row.cells.size()));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace fg::bench
