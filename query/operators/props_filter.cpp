// PropertiesFilter: the `{key: value, ...}` of a node or relationship pattern. Every key must be
// present and equal (openCypher `=`, so a null value never matches).
#include "query/errors.hpp"
#include "query/expr/evaluator.hpp"
#include "query/expr/operations.hpp"
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class PropsFilter : public UnaryOperator {
 public:
  PropsFilter(OperatorPtr in, int slot, ExprPtr props) : UnaryOperator(std::move(in)), slot_(slot), props_(std::move(props)) {}
  std::string describe() const override { return "Filter properties " + props_->text; }

 protected:
  bool do_next(ExecContext& ctx, Row& row) override {
    while (in_->next(ctx, row)) {
      ctx.check_time();
      Value m = evaluate(*props_, row, ctx);
      if (m.is_null()) continue;
      if (!m.is_map()) type_error("pattern properties must be a map, got " + std::string(kind_name(m.kind())));
      const Value& entity = row[static_cast<std::size_t>(slot_)];
      if (!entity.is_node() && !entity.is_relationship()) continue;
      bool ok = true;
      for (const auto& [k, v] : m.as_map()) {
        Value eq = ops::equals(entity_property(ctx, entity, k), v);
        if (!eq.is_bool() || !eq.as_bool()) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
    return false;
  }

 private:
  int slot_;
  ExprPtr props_;
};
}  // namespace

OperatorPtr make_props_filter(OperatorPtr in, int slot, ExprPtr props) {
  return std::make_unique<PropsFilter>(std::move(in), slot, std::move(props));
}
}  // namespace fg::query
