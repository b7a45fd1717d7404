#include "cli/repl/colon_command.hpp"

#include <cctype>

#include "graph/schema.hpp"

namespace fg::cli::repl {

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}
}  // namespace

const std::vector<ColonCommandSpec>& colon_commands() {
  static const std::vector<ColonCommandSpec> specs = {
      {"help", ":help [COMMAND]", "list the commands, or explain one"},
      {"schema", ":schema", "labels, relationship types and property keys, with counts"},
      {"stats", ":stats", "node and relationship counts per label and type, sources, aliases"},
      {"format", ":format table|csv|tsv|json|jsonl", "how results are printed"},
      {"timing", ":timing on|off", "print how long each statement took"},
      {"rows", ":rows N", "show at most N rows of a result (a display limit; 0 shows all)"},
      {"set", ":set [NAME VALUE]", "set a limit (max_rows, max_hops, max_memory, timeout), or show them all"},
      {"param", ":param NAME VALUE", "set a query parameter $NAME (VALUE is JSON, else a string)"},
      {"params", ":params", "list the query parameters"},
      {"import", ":import PATH...", "merge facts files, articles or folders into the open graph"},
      {"save", ":save [PATH]", "write the graph to its file (or to PATH)"},
      {"export", ":export FORMAT PATH", "export the graph (graphml, dot, cytoscape, json, neo4j, kuzu, ntriples, turtle)"},
      {"read", ":read FILE", "run the statements and commands of a batch file"},
      {"explain", ":explain QUERY", "show the plan of a query without running it"},
      {"why", ":why", "the provenance of the last result: sources, sentences and evidence"},
      {"ask", ":ask QUESTION", "ask a question in English (also: a line starting with who, which, ...)"},
      {"quit", ":quit", "leave (asks first when there are unsaved changes; also Ctrl-D)"},
  };
  return specs;
}

bool is_colon_command(std::string_view line) {
  auto t = trim(line);
  return t.size() >= 2 && t[0] == ':' && std::isalpha(static_cast<unsigned char>(t[1]));
}

std::optional<ColonCommand> parse_colon_command(std::string_view line) {
  if (!is_colon_command(line)) return std::nullopt;
  auto t = trim(line);
  t.remove_prefix(1);
  std::size_t n = 0;
  while (n < t.size() && (std::isalnum(static_cast<unsigned char>(t[n])) || t[n] == '_' || t[n] == '-')) ++n;
  ColonCommand c;
  for (char ch : t.substr(0, n)) c.name += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  c.args = std::string(trim(t.substr(n)));
  if (c.name == "exit" || c.name == "q") c.name = "quit";
  if (c.name == "h") c.name = "help";
  return c;
}

const ColonCommandSpec* find_colon_command(std::string_view name) {
  for (const auto& s : colon_commands())
    if (s.name == name) return &s;
  return nullptr;
}

std::string unknown_command_message(std::string_view name) {
  std::vector<std::string_view> names;
  for (const auto& s : colon_commands()) names.push_back(s.name);
  auto best = graph::closest_name(name, names);
  std::string msg = "unknown command :" + std::string(name);
  if (best) msg += " (did you mean :" + *best + "?)";
  else msg += " (:help lists the commands)";
  return msg;
}

std::pair<std::string, std::string> split_first_word(std::string_view text) {
  auto t = trim(text);
  std::size_t n = 0;
  while (n < t.size() && !std::isspace(static_cast<unsigned char>(t[n]))) ++n;
  return {std::string(t.substr(0, n)), std::string(trim(t.substr(n)))};
}

}  // namespace fg::cli::repl
