#pragma once
// One REPL session: the open graph, its file, settings, parameters and the last result, and the
// loop that reads statements and colon commands and runs them.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>

#include "cli/repl/colon_command.hpp"
#include "cli/repl/line_reader.hpp"
#include "graph/file_lock.hpp"
#include "graph/frozen_graph.hpp"
#include "graph/graph.hpp"
#include "query/engine.hpp"

namespace fg::cli::repl {

struct Settings {
  std::string format = "table";
  bool timing = false;
  std::size_t display_rows = 50;  // rows shown per result; the rest is counted, not printed
  query::QueryOptions limits;
};

// What identifies the graph file's contents on disk, to notice a concurrent writer.
struct FileStamp {
  bool exists = false;
  std::uintmax_t size = 0;
  std::int64_t mtime_ns = 0;
  ino_t inode = 0;
  static FileStamp of(const std::filesystem::path& p);
  friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

class Session {
 public:
  Session(std::string graph_path, bool interactive, std::ostream& out, std::ostream& err);
  ~Session();

  // Reads and runs input until :quit or end of input. Returns the exit code: 0, or 1 when a
  // statement or command failed (non-interactive input only).
  int run();

  // Runs one complete line of input: a colon command, a question, or Cypher statements.
  // Returns false when the session should end.
  bool handle(const std::string& input, const std::string& origin = "<repl>", std::size_t first_line = 1);

  bool has_unsaved_changes() const { return builder_ && builder_->revision() != saved_revision_; }
  // The graph as queries see it: the snapshot read in place until something writes, then the builder.
  const graph::GraphView& graph() const;

 private:
  bool run_command(const ColonCommand& c);
  // Runs the statements of `text`, which starts at first_line:first_column of `full_source`
  // (empty: `text` is the whole source); errors point into full_source.
  void run_cypher(const std::string& text, const std::string& origin, std::size_t first_line,
                  std::size_t first_column, std::string_view full_source);
  void export_graph(const std::string& format, const std::string& path);
  void ask_question(const std::string& question);
  void print_result(const query::QueryResult& r);
  void note_change();
  bool confirm_quit();

  void cmd_help(const std::string& args);
  void cmd_schema();
  void cmd_stats();
  void cmd_set(const std::string& args);
  void cmd_param(const std::string& args);
  void cmd_params();
  void cmd_import(const std::string& args);
  void cmd_save(const std::string& args);
  void cmd_export(const std::string& args);
  void cmd_read(const std::string& args);
  void cmd_why();
  void cmd_ask(const std::string& question);

  void error(const std::string& message);

  std::string path_;
  bool interactive_;
  std::ostream& out_;
  std::ostream& err_;
  // The file opens frozen (no rebuild, whatever its size); the first write (CREATE, :import)
  // thaws it into the builder, which later statements then use.
  graph::Graph& builder();
  std::unique_ptr<graph::FrozenGraph> frozen_;
  std::optional<graph::Graph> builder_;
  FileStamp stamp_;
  std::uint64_t saved_revision_ = 0;
  std::unique_ptr<graph::FileLock> lock_;
  Settings settings_;
  query::Params params_;
  std::optional<query::QueryResult> last_;
  std::unique_ptr<LineReader> reader_;
  bool failed_ = false;
  int read_depth_ = 0;
};

}  // namespace fg::cli::repl
