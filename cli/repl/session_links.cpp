// The REPL's links to the exporters and to English questions.
#include "cli/repl/session.hpp"

namespace fg::cli::repl {

void Session::export_graph(const std::string& format, const std::string& path) {
  error(":export " + format + " " + path + ": the exporters are being connected (issue 6)");
}

void Session::ask_question(const std::string& question) {
  error("cannot answer '" + question + "' yet: English questions arrive with issue 9");
}

}  // namespace fg::cli::repl
