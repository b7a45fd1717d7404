// Temporary: the API compiles and links while the pipeline is being written.
#include "query/engine.hpp"

namespace fg::query {
QueryResult execute(graph::Graph&, std::string_view, const Params&, const QueryOptions&) {
  throw QueryError("UnsupportedFeature", "Engine", QueryError::Phase::Compile, "query engine not built yet");
}
}  // namespace fg::query
