#pragma once
// The function library: scalar functions (looked up by case-insensitive name at bind time) and
// aggregate accumulators.
#include <memory>
#include <span>
#include <string_view>

#include "query/runtime.hpp"

namespace fg::query {

using ScalarFn = Value (*)(std::span<const Value> args, ExecContext& ctx);

struct FunctionInfo {
  std::string_view name;  // canonical spelling
  std::size_t min_args, max_args;
  bool aggregate;
  ScalarFn fn;  // null for aggregates
};

// Case-insensitive; null when unknown.
const FunctionInfo* find_function(std::string_view name);
// Functions of openCypher we do not provide (temporal, spatial, ...): refused by name.
bool is_known_unsupported_function(std::string_view name);

class Accumulator {
 public:
  virtual ~Accumulator() = default;
  virtual void add(const Value& v) = 0;
  virtual Value result() const = 0;
};
// `extra` is the constant second argument of percentileDisc/percentileCont.
std::unique_ptr<Accumulator> make_accumulator(const FunctionInfo& f, bool distinct, const Value& extra);

}  // namespace fg::query
