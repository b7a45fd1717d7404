// fg_snapshot_bench GRAPH [--repeat N]: times opening the graph file in place (FrozenGraph: map
// and check the header and array sizes), loading it into the in-memory builder (mmap + validate +
// fill), serializing it and saving it atomically to GRAPH.resave, checks the resaved bytes equal
// the original, and prints one JSON object (best of N runs for each phase).
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "graph/frozen_graph.hpp"
#include "graph/graph_file.hpp"

namespace {
using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }
// CPU time of this process, so numbers stay meaningful on a machine shared with other jobs.
double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
long peak_rss_kb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: fg_snapshot_bench GRAPH [--repeat N]\n");
    return 2;
  }
  std::filesystem::path path = argv[1];
  int repeat = 3;
  if (argc >= 4 && std::string(argv[2]) == "--repeat") repeat = std::max(1, std::atoi(argv[3]));
  try {
    double open = 1e300, open_cpu = 1e300;
    for (int i = 0; i < repeat; ++i) {
      auto t = Clock::now();
      auto c = cpu_ms();
      auto frozen = fg::graph::FrozenGraph::open(path);
      open = std::min(open, ms_since(t));
      open_cpu = std::min(open_cpu, cpu_ms() - c);
    }
    double load = 1e300, serialize = 1e300, save = 1e300, load_cpu = 1e300, serialize_cpu = 1e300, save_cpu = 1e300;
    std::size_t nodes = 0, edges = 0, bytes = 0;
    bool identical = true;
    auto original = fg::graph::read_file(path);
    for (int i = 0; i < repeat; ++i) {
      auto t = Clock::now();
      auto c = cpu_ms();
      auto g = fg::graph::load_graph(path);
      load = std::min(load, ms_since(t));
      load_cpu = std::min(load_cpu, cpu_ms() - c);
      nodes = g.node_count();
      edges = g.edge_count();
      t = Clock::now();
      c = cpu_ms();
      auto out = fg::graph::serialize_graph(g);
      serialize = std::min(serialize, ms_since(t));
      serialize_cpu = std::min(serialize_cpu, cpu_ms() - c);
      bytes = out.size();
      identical = identical && out == original;
      auto copy = path;
      copy += ".resave";
      t = Clock::now();
      c = cpu_ms();
      fg::graph::save_graph(g, copy);
      save = std::min(save, ms_since(t));
      save_cpu = std::min(save_cpu, cpu_ms() - c);
      std::filesystem::remove(copy);
    }
    std::printf(
        "{\"file\": \"%s\", \"nodes\": %zu, \"relationships\": %zu, \"file_bytes\": %zu, \"bytes_per_relationship\": %.1f, "
        "\"open_frozen_ms\": %.3f, \"open_frozen_cpu_ms\": %.3f, \"load_ms\": %.1f, \"serialize_ms\": %.1f, \"save_ms\": %.1f, \"load_cpu_ms\": %.1f, \"serialize_cpu_ms\": %.1f, "
        "\"save_cpu_ms\": %.1f, \"resave_identical\": %s, \"peak_rss_kb\": %ld}\n",
        path.c_str(), nodes, edges, bytes, edges ? static_cast<double>(bytes) / static_cast<double>(edges) : 0.0, open,
        open_cpu, load,
        serialize, save, load_cpu, serialize_cpu, save_cpu, identical ? "true" : "false", peak_rss_kb());
    return identical ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
}
