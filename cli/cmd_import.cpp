// factgraph import [-g GRAPH] [--strict] PATH...: merges facts (and articles) into the graph file.
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/graph_option.hpp"
#include "graph/file_lock.hpp"
#include "graph/graph_file.hpp"
#include "cli/support/import_setup.hpp"
#include "importers/importer.hpp"

namespace fg::cli {

namespace {
struct ImportArgs {
  std::string graph;
  std::vector<std::string> paths;
  bool strict = false;
  bool allow_extensions = false;
  std::size_t max_line_bytes = 64u << 20;
  std::size_t threads = 1;
  bool wait = false;
  bool quiet = false;
  std::string date;
};

class Progress {
 public:
  Progress() : enabled_(::isatty(STDERR_FILENO) == 1) {}
  void update(const importers::Input& input, std::size_t done, std::size_t total) {
    if (!enabled_ || total < (1u << 20)) return;
    int pct = static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total));
    if (pct == last_) return;
    last_ = pct;
    std::cerr << "\r\033[Kimporting " << input.display() << ": " << pct << "%" << std::flush;
    shown_ = true;
  }
  void finish() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
    last_ = -1;
  }

 private:
  bool enabled_;
  bool shown_ = false;
  int last_ = -1;
};

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kFreeAtExit = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kFreeAtExit = true;
#else
constexpr bool kFreeAtExit = false;
#endif
#else
constexpr bool kFreeAtExit = false;
#endif

// The graph and the importer's caches are left to the operating system when the command ends:
// freeing millions of small allocations one by one took a fifth of a large import's time, just
// before the process exits anyway. Sanitizer builds free them, so leak checks stay meaningful.
template <typename T>
struct ExitOwned {
  std::unique_ptr<T> p;
  ~ExitOwned() {
    if (!kFreeAtExit) (void)p.release();
  }
};

int run_import(const ImportArgs& args) {
  auto inputs = importers::expand_inputs(args.paths);
  graph::FileLock lock(args.graph, args.wait ? graph::FileLock::Wait::Yes : graph::FileLock::Wait::No);
  ExitOwned<graph::Graph> graph_owner{std::make_unique<graph::Graph>(open_graph(args.graph, true))};
  auto& g = *graph_owner.p;
  auto revision = g.revision();

  importers::ImportOptions options;
  options.strict = args.strict;
  options.allow_extensions = args.allow_extensions;
  options.max_line_bytes = args.max_line_bytes;
  options.threads = args.threads;
  if (!args.date.empty()) options.date = args.date;
  ExitOwned<importers::Importer> importer_owner{std::make_unique<importers::Importer>(
      g, options, [](const importers::Diagnostic& d) { std::cerr << d.to_string() << "\n"; })};
  auto& importer = *importer_owner.p;
  configure_importer(importer, g);
  Progress progress;
  importer.set_progress([&](const importers::Input& in, std::size_t done, std::size_t total) {
    progress.update(in, done, total);
  });
  importer.import_all(inputs);
  progress.finish();

  const auto& s = importer.summary();
  if (args.strict && s.rejected > 0) {
    std::cerr << "import failed (--strict): " << s.rejected << " rejected; " << args.graph << " was not changed\n";
    return kExitFailure;
  }
  bool changed = g.revision() != revision;
  if (changed) graph::save_graph(g, args.graph);
  if (!args.quiet)
    std::cerr << "imported " << s.imported << ", rejected " << s.rejected << " from " << s.files
              << (s.files == 1 ? " file" : " files") << (changed ? "" : " (graph unchanged)") << " -> "
              << args.graph << "\n";
  return s.rejected > 0 ? kExitFailure : kExitOk;
}
}  // namespace

namespace {
Command register_import(CLI::App& app) {
  auto args = std::make_shared<ImportArgs>();
  auto* cmd = app.add_subcommand("import", "Merge facts JSONL files, articles or folders of them into the graph file");
  add_graph_option(*cmd, args->graph);
  cmd->add_option("paths", args->paths, "Files, folders (their *.jsonl and *.txt, recursively) or - for stdin")
      ->required();
  cmd->add_flag("--strict", args->strict, "Fail the whole import, writing nothing, if any line is rejected");
  cmd->add_flag("--allow-extensions", args->allow_extensions,
                "Accept labels and relationship types outside schema v1");
  cmd->add_option("--max-line-bytes", args->max_line_bytes, "Longest facts JSONL line accepted")
      ->capture_default_str();
  cmd->add_option("--threads", args->threads,
                  "Threads parsing facts lines and extracting articles while the main thread merges them in "
                  "input order (the graph is the same for any number)")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{256}));
  cmd->add_option("--date", args->date, "Publication date (YYYY-MM-DD) for articles that carry none");
  cmd->add_flag("--wait", args->wait, "Wait for another process writing the graph instead of failing");
  cmd->add_flag("-q,--quiet", args->quiet, "No summary line");
  return [args] { return run_import(*args); };
}

}  // namespace

FG_REGISTER_COMMAND("import", register_import);

}  // namespace fg::cli
