// factgraph ask [-g GRAPH] [--format table|csv|json] [--explain] "QUESTION": a question in plain
// English, answered through the Cypher it maps to, with the evidence behind each answer.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/graph_option.hpp"
#include "query/ask/ask.hpp"

namespace fg::cli {

namespace {
struct AskArgs {
  std::string graph;
  std::string format = "table";
  bool explain = false;
  std::size_t max_rows = 1'000'000;
  std::vector<std::string> words;
};

std::string forms_help() {
  std::string out = "Question forms (tense, articles, \"with\", case and a final \"?\" may vary):\n";
  for (const auto& e : query::ask::example_questions()) out += "  " + e + "\n";
  return out;
}

int run_ask(const AskArgs& args) {
  std::string question;
  for (const auto& w : args.words) question += (question.empty() ? "" : " ") + w;
  auto frozen = open_frozen_graph(args.graph);
  const graph::GraphView& g = *frozen;
  query::ask::AskOptions opts;
  opts.query.max_rows = args.max_rows;
  try {
    auto a = query::ask::answer(g, question, opts);
    if (args.explain && args.format != "json") {
      std::cout << a.cypher << "\n";
      if (args.format == "table") std::cout << "\n";
    }
    auto format = args.format == "json"  ? query::ask::AnswerFormat::Json
                  : args.format == "csv" ? query::ask::AnswerFormat::Csv
                                         : query::ask::AnswerFormat::Table;
    if (format == query::ask::AnswerFormat::Csv)
      for (const auto& n : a.notes) std::cerr << "note: " << n << "\n";
    query::ask::write_answer(std::cout, g, a, format);
    return kExitOk;
  } catch (const query::ask::ParseFailure& e) {
    std::cerr << "<question>:1:1: " << query::ask::refusal_message(e) << "\n";
  } catch (const query::ask::AskError& e) {
    std::cerr << "factgraph ask: " << e.what() << "\n";
  } catch (const query::QueryError& e) {
    std::cerr << "factgraph ask: " << e.what() << "\n";
  }
  return kExitFailure;
}

Command register_ask(CLI::App& app) {
  auto args = std::make_shared<AskArgs>();
  auto* cmd = app.add_subcommand("ask", "Answer a question in plain English, with the Cypher and the evidence");
  cmd->footer(forms_help());
  add_graph_option(*cmd, args->graph);
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  cmd->add_flag("--explain", args->explain, "Print the Cypher the question maps to before the answer");
  cmd->add_option("--max-rows", args->max_rows, "Stop with an error past this many result rows")->capture_default_str();
  cmd->add_option("question", args->words, "The question (quote it, or give it as several words)")->required();
  return [args] { return run_ask(*args); };
}
}  // namespace

FG_REGISTER_COMMAND("ask", register_ask);

}  // namespace fg::cli
