// Fuzzes the query language: parser, binder and planner on any text, and execution on a small
// fixed graph with a row cap and a short timeout. Only QueryError may come out.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/merge.hpp"
#include "query/engine.hpp"

namespace {
const fg::graph::Graph& fixture() {
  static const fg::graph::Graph g = [] {
    fg::graph::Graph graph;
    fg::graph::Merger m(graph, &fg::graph::Schema::v1());
    fg::graph::Sighting s{"fuzz", 0, "", {}, ""};
    m.merge_relation({"REPRESENTS", {"Person", "Alexander Grushko"}, {"State", "Russia"},
                      {{"forum", fg::graph::Value("NATO-Russia Council")}}, s});
    m.merge_relation({"REPRESENTS", {"Person", "Wendy Sherman"}, {"State", "United States"},
                      {{"forum", fg::graph::Value("Geneva talks")}}, s});
    m.merge_relation({"MET_WITH", {"Person", "Wendy Sherman"}, {"Person", "Sergei Riabkov"}, {}, s});
    m.merge_relation({"ATTENDS", {"Person", "Sergei Riabkov"}, {"Meeting", "Geneva talks"}, {}, s});
    m.merge_relation({"HELD_IN", {"Meeting", "Geneva talks"}, {"Place", "Geneva"}, {}, s});
    m.merge_relation({"MEMBER_OF", {"State", "Russia"}, {"Organization", "OSCE"}, {}, s});
    return graph;
  }();
  return g;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  fg::graph::Graph g = fixture();  // a copy: CREATE may write
  fg::query::QueryOptions opts;
  opts.max_rows = 1000;
  opts.max_hops = 4;
  opts.timeout = std::chrono::milliseconds(200);
  try {
    for (const auto& r : fg::query::execute_script(g, text, {{"name", fg::query::Value("Russia")}}, opts))
      for (const auto& row : r.rows)
        for (const auto& v : row) (void)fg::query::to_tck_string(g, v);
  } catch (const fg::query::QueryError& e) {
    (void)fg::query::format_error(e, "<fuzz>", text);
  }
  return 0;
}
