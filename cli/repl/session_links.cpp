// The REPL's links to the exporters (:export) and to English questions (:ask).
#include <ostream>

#include "cli/repl/session.hpp"
#include "graph/export/export.hpp"
#include "query/ask/ask.hpp"

namespace fg::cli::repl {

void Session::export_graph(const std::string& format, const std::string& path) {
  auto f = graph::exports::parse_format(format);
  if (!f) {
    std::string names;
    for (auto n : graph::exports::format_names()) names += (names.empty() ? "" : ", ") + std::string(n);
    return error(":export: unknown format '" + format + "' (" + names + ")");
  }
  // The exporters read the builder form.
  const graph::Graph& g = builder();
  graph::exports::write_export(g, graph::exports::Selection::whole(g), *f, path);
  out_ << "exported " << g.node_count() << " nodes, " << g.edge_count() << " relationships to " << path << "\n";
}

void Session::ask_question(const std::string& question) {
  query::ask::AskOptions opts;
  opts.query = settings_.limits;
  try {
    auto a = query::ask::answer(graph(), question, opts);
    auto format = settings_.format == "csv" || settings_.format == "tsv" ? query::ask::AnswerFormat::Csv
                  : settings_.format == "json" || settings_.format == "jsonl" ? query::ask::AnswerFormat::Json
                                                                              : query::ask::AnswerFormat::Table;
    query::ask::write_answer(out_, graph(), a, format);
  } catch (const query::ask::ParseFailure& e) {
    error(query::ask::refusal_message(e));
  }
}

}  // namespace fg::cli::repl
