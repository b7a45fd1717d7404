#include "graph/graph_view.hpp"

#include <algorithm>

#include "graph/frozen_columns.hpp"

namespace fg::graph {

std::span<const Adjacent> GraphView::type_run(std::span<const Adjacent> adj, Symbol type) {
  auto lo = std::lower_bound(adj.begin(), adj.end(), type, [](const Adjacent& a, Symbol t) { return a.type < t; });
  auto hi = std::upper_bound(lo, adj.end(), type, [](Symbol t, const Adjacent& a) { return t < a.type; });
  return {lo, hi};
}

ValueRef ValueRef::of(const Value& v) {
  ValueRef r;
  r.type_ = v.type();
  switch (v.type()) {
    case ValueType::Null: break;
    case ValueType::Bool: r.i_ = v.as_bool(); break;
    case ValueType::Int: r.i_ = v.as_int(); break;
    case ValueType::Float: r.f_ = v.as_float(); break;
    case ValueType::String: r.s_ = v.as_string(); break;
    case ValueType::List: r.list_ = &v.as_list(); break;
  }
  return r;
}

ValueRef ValueRef::frozen_list(const FrozenColumns* columns, std::uint64_t list, unsigned depth) {
  ValueRef r;
  r.type_ = ValueType::List;
  r.columns_ = columns;
  r.list_id_ = list;
  r.depth_ = depth;
  return r;
}

std::size_t ValueRef::list_size() const {
  if (list_) return list_->size();
  if (columns_) return columns_->list_size(list_id_);
  return 0;
}

ValueRef ValueRef::list_item(std::size_t i) const {
  if (list_) return of((*list_)[i]);
  return columns_->list_item(list_id_, i, depth_);
}

Value ValueRef::to_value() const {
  switch (type_) {
    case ValueType::Null: return Value();
    case ValueType::Bool: return Value(as_bool());
    case ValueType::Int: return Value(i_);
    case ValueType::Float: return Value(f_);
    case ValueType::String: return Value(s_);
    case ValueType::List: {
      if (list_) return Value(*list_);
      List items;
      std::size_t n = list_size();
      items.reserve(n);
      for (std::size_t i = 0; i < n; ++i) items.push_back(list_item(i).to_value());
      return Value(std::move(items));
    }
  }
  return Value();
}

}  // namespace fg::graph
