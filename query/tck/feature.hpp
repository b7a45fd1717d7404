#pragma once
// The Gherkin subset the openCypher TCK uses: Feature, Background, Scenario, Scenario Outline
// with Examples tables, steps with doc strings ("""...""") and data tables (| a | b |), tags
// and comments. expand() turns a feature into runnable cases: the background's steps followed by
// the scenario's, one case per Examples row with every <placeholder> substituted.
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fg::query::tck {

// Bad feature text; what() is "FILE:LINE:COL: message".
struct FeatureError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Table {
  std::vector<std::vector<std::string>> rows;  // cells with Gherkin escapes (\| \\ \n) resolved
  std::vector<std::size_t> lines;              // the line of each row
  bool empty() const { return rows.empty(); }
};

struct Step {
  std::string keyword;  // Given, When, Then, And, But, *
  std::string text;     // after the keyword, trimmed
  std::size_t line = 0;
  std::optional<std::string> doc;  // doc string with the delimiter's indentation removed
  std::size_t doc_line = 0;        // line of the first content line of the doc string
  Table table;
};

struct Examples {
  std::size_t line = 0;
  Table table;  // first row: placeholder names
};

struct Scenario {
  std::string name;
  std::size_t line = 0;
  bool outline = false;
  std::vector<std::string> tags;
  std::vector<Step> steps;
  std::vector<Examples> examples;
};

struct Feature {
  std::string path;  // as given to parse_feature, for messages
  std::string name;
  std::vector<Step> background;
  std::vector<Scenario> scenarios;
};

Feature parse_feature(std::string_view text, const std::string& path);
Feature read_feature_file(const std::string& path);

// One runnable case: a plain scenario, or one row of a Scenario Outline.
struct Case {
  std::string id;    // "<feature id>: <scenario name as written>" plus " [#N]" for outline row N
  std::string name;  // the name with placeholders substituted
  std::size_t line = 0;      // the scenario's line
  std::size_t row_line = 0;  // the Examples row's line (0 for a plain scenario)
  std::size_t row = 0;       // 1-based over all Examples tables of the outline (0 for a plain scenario)
  std::vector<std::string> tags;
  std::vector<Step> steps;   // background first
};

// `feature_id` is the feature file's path relative to the features folder ("clauses/match/Match1.feature").
std::vector<Case> expand(const Feature& f, const std::string& feature_id);

}  // namespace fg::query::tck
