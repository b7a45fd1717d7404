#pragma once
// Cypher text -> AST. Syntax errors throw QueryError (kind SyntaxError) with the position of the
// farthest point the grammar reached and what it expected there.
#include <string_view>

#include "query/ast.hpp"

namespace fg::query {

inline constexpr std::size_t kMaxNesting = 200;          // brackets, CASE, patterns inside expressions
inline constexpr std::size_t kMaxStatementBytes = 4 << 20;  // 4 MiB of query text

StatementAst parse_statement(std::string_view text);

}  // namespace fg::query
