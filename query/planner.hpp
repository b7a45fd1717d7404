#pragma once
// Statement AST -> executable plan (binder.hpp has the Compiler that does both).
#include "query/ast.hpp"
#include "query/runtime.hpp"

namespace fg::query {

struct CompiledStatement {
  Plan plan;
  std::vector<std::string> warnings;
  bool explain = false, profile = false;
};

CompiledStatement compile_statement(std::string_view text, const graph::GraphView& g, const QueryOptions& opts);

}  // namespace fg::query
