// Create: CREATE's nodes and relationships, once per input row. The input is read completely
// before the first write, so a MATCH feeding CREATE never sees its own creations (and adjacency
// lists are not changed under a running expansion).
#include "query/errors.hpp"
#include "query/expr/evaluator.hpp"
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class Create : public UnaryOperator {
 public:
  Create(OperatorPtr in, CreateSpec spec) : UnaryOperator(std::move(in)), s_(std::move(spec)) {}
  std::string describe() const override {
    return "Create " + std::to_string(s_.nodes.size()) + " node pattern(s), " + std::to_string(s_.rels.size()) +
           " relationship(s)";
  }

 protected:
  void reset(ExecContext& ctx) override {
    memory_.reset(ctx.memory);
    input_.clear();
    built_ = false;
    pos_ = 0;
  }

  void set_props(ExecContext& ctx, Row& row, const ExprPtr& props, bool node, std::uint32_t id) {
    if (!props) return;
    Value m = evaluate(*props, row, ctx);
    if (m.is_null()) return;
    if (!m.is_map()) type_error("properties must be a map, got " + std::string(kind_name(m.kind())));
    for (const auto& [k, v] : m.as_map()) {
      if (v.is_null()) continue;
      graph::Value gv;
      bool homogeneous = true;
      if (v.is_list()) {
        const auto& l = v.as_list();
        for (const auto& e : l)
          if (e.is_null() || (!l.empty() && !(e.kind() == l[0].kind() || (e.is_number() && l[0].is_number()))))
            homogeneous = false;
      }
      if (!homogeneous || !v.to_graph(gv))
        type_error("property '" + k + "' cannot store a value of type " + std::string(kind_name(v.kind())),
                   "InvalidPropertyType");
      if (node) ctx.writable->set_node_property(id, k, std::move(gv));
      else ctx.writable->set_edge_property(id, k, std::move(gv));
      ++ctx.stats.properties_set;
    }
  }

  void create(ExecContext& ctx, Row& row) {
    for (const auto& n : s_.nodes) {
      if (n.bound) continue;
      std::vector<graph::Symbol> labels;
      for (const auto& l : n.labels) {
        auto sym = ctx.writable->intern(l);
        if (std::find(labels.begin(), labels.end(), sym) == labels.end()) labels.push_back(sym);
      }
      graph::NodeId id = ctx.writable->add_node(labels);
      ++ctx.stats.nodes_created;
      ctx.stats.labels_added += labels.size();
      row[static_cast<std::size_t>(n.slot)] = Value(NodeRef{id});
      set_props(ctx, row, n.props, true, id);
    }
    for (const auto& r : s_.rels) {
      const Value& from = row[static_cast<std::size_t>(r.from)];
      const Value& to = row[static_cast<std::size_t>(r.to)];
      if (!from.is_node() || !to.is_node())
        runtime_error("SemanticError", "CreateOnNull", "cannot create a relationship to or from a null node");
      graph::EdgeId e = ctx.writable->add_edge(from.as_node(), ctx.writable->intern(r.type), to.as_node());
      ++ctx.stats.relationships_created;
      row[static_cast<std::size_t>(r.slot)] = Value(RelRef{e});
      set_props(ctx, row, r.props, false, e);
    }
    for (const auto& p : s_.paths) row[static_cast<std::size_t>(p.slot)] = evaluate(*p.expr, row, ctx);
  }

  bool do_next(ExecContext& ctx, Row& row) override {
    if (!built_) {
      Row r = row;
      while (in_->next(ctx, r)) {
        memory_.add(ctx.memory, approx_bytes(r), "CREATE's input rows");
        input_.push_back(r);
      }
      for (auto& each : input_) create(ctx, each);
      built_ = true;
    }
    if (pos_ >= input_.size()) return false;
    row = std::move(input_[pos_++]);
    return true;
  }

 private:
  CreateSpec s_;
  std::vector<Row> input_;
  bool built_ = false;
  std::size_t pos_ = 0;
  MemoryCharge memory_;
};
}  // namespace

OperatorPtr make_create(OperatorPtr in, CreateSpec spec) { return std::make_unique<Create>(std::move(in), std::move(spec)); }
}  // namespace fg::query
