// NameSeek: the (label, name) index lookup behind `(:Label {name: ...})`, factgraph's one
// extension. Exact names win (all nodes of that exact name, as plain Cypher would find); without
// an exact match the name resolves like graph::Graph::resolve in Lenient mode (normalized name,
// alias, state names and codes, a person's unique surname). An ambiguous name finds nothing and
// leaves a warning naming the candidates.
#include "query/expr/evaluator.hpp"
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class NameSeek : public FlatMapOperator {
 public:
  NameSeek(OperatorPtr in, int slot, std::optional<graph::Symbol> label, ExprPtr name, std::string desc)
      : FlatMapOperator(std::move(in)), slot_(slot), label_(label), name_(std::move(name)), desc_(std::move(desc)) {}
  std::string describe() const override { return desc_; }

 protected:
  void start(ExecContext& ctx) override {
    found_.clear();
    i_ = 0;
    if (!label_) return;
    Value v = evaluate(*name_, input_, ctx);
    if (v.is_null()) return;
    if (!v.is_string()) {
      for (auto n : ctx.graph.nodes_with_label(*label_)) {
        auto p = ctx.graph.node_value(n, ctx.graph.key_name());
        if (!p.is_null() && equivalent(Value::from_ref(p), v)) found_.push_back(n);
      }
      return;
    }
    const std::string name(v.as_string());
    auto r = ctx.graph.resolve(*label_, name, graph::ResolveMode::Lenient);
    if (r.found()) {
      found_.push_back(r.node);
      return;
    }
    if (r.status == graph::Resolution::Status::Ambiguous) {
      bool exact = true;
      for (auto c : r.candidates) {
        auto p = ctx.graph.node_value(c, ctx.graph.key_name());
        if (!p.is_string() || p.as_string() != name) exact = false;
      }
      if (exact) {
        found_ = r.candidates;
        std::sort(found_.begin(), found_.end());
        return;
      }
      std::string names;
      for (auto c : r.candidates) {
        auto p = ctx.graph.node_value(c, ctx.graph.key_name());
        if (!names.empty()) names += ", ";
        names += p.is_string() ? std::string(p.as_string()) : "#" + std::to_string(c);
      }
      std::string w = "name '" + name + "' is ambiguous for :" + ctx.graph.symbol_name(*label_) + " (" + names +
                      "); use the full name";
      if (std::find(ctx.warnings.begin(), ctx.warnings.end(), w) == ctx.warnings.end()) ctx.warnings.push_back(w);
    }
  }
  bool advance(ExecContext&, Row& row) override {
    if (i_ >= found_.size()) return false;
    row = input_;
    row[static_cast<std::size_t>(slot_)] = Value(NodeRef{found_[i_++]});
    return true;
  }

 private:
  int slot_;
  std::optional<graph::Symbol> label_;
  ExprPtr name_;
  std::string desc_;
  std::vector<graph::NodeId> found_;
  std::size_t i_ = 0;
};
}  // namespace

OperatorPtr make_name_seek(OperatorPtr in, int slot, std::optional<graph::Symbol> label, ExprPtr name,
                           std::string description) {
  return std::make_unique<NameSeek>(std::move(in), slot, label, std::move(name), std::move(description));
}
}  // namespace fg::query
