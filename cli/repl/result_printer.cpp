#include "cli/repl/result_printer.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

#include "query/format/result_writer.hpp"

namespace fg::cli::repl {

void print_query_result(std::ostream& out, const graph::GraphView& g, const query::QueryResult& r, const PrintOptions& o) {
  if (r.explain_only || !r.plan.empty()) {
    out << r.plan;
    if (!r.plan.empty() && r.plan.back() != '\n') out << "\n";
    if (r.explain_only) return;
  }
  query::WriteOptions w;
  w.format = query::parse_output_format(o.format).value_or(query::OutputFormat::Table);
  w.max_rows = o.max_rows;
  w.width = o.width;
  query::write_result(out, g, r, w);
}

std::size_t terminal_width() {
  if (::isatty(STDOUT_FILENO) != 1) return 0;
  struct winsize ws {};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* cols = std::getenv("COLUMNS")) return static_cast<std::size_t>(std::strtoul(cols, nullptr, 10));
  return 80;
}

}  // namespace fg::cli::repl
