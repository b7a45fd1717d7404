#pragma once
// Evaluates bound expressions against a row.
#include "query/ast.hpp"
#include "query/runtime.hpp"

namespace fg::query {

Value evaluate(const Expr& e, Row& row, ExecContext& ctx);
// A predicate: true only when the expression is true (false and null both reject).
bool evaluate_predicate(const Expr& e, Row& row, ExecContext& ctx);

// A property of a node or relationship as a query value (null when absent or key unknown).
Value entity_property(const ExecContext& ctx, const Value& entity, std::string_view key);
Value entity_property(const ExecContext& ctx, const Value& entity, std::optional<graph::Symbol> key);

}  // namespace fg::query
