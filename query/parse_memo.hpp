#pragma once
// Memoization that keeps the query grammar's backtracking linear. PEG rules match the same way
// wherever they are tried from, so what a rule did at a position it does there again:
// - a rule that failed at a position fails there again (remember_failures);
// - an atom that matched at a position matches the same text again, with the same tree: when the
//   alternative that parsed it is abandoned ("[x IN [1], 2]" first tried as a comprehension,
//   "({a: 1})" first tried as a node pattern), its subtree is kept instead of destroyed and reused
//   by the next alternative (packrat_atom). Without this, every nesting level re-parses the nested
//   text once per alternative: exponential time on ordinary queries.
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/parse_tree.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace fg::query::grammar {

struct ParseNode;

struct ParseMemo {
  struct Atom {
    std::vector<std::unique_ptr<ParseNode>> children;  // the kept subtree, while no tree holds it
    const ParseNode* live = nullptr;                   // the tree node that holds it, if any
    tao::pegtl::internal::iterator end;
    std::size_t depth_below = 0;  // expression levels the atom opens (the depth limit is checked on reuse)
  };
  std::unordered_set<std::uintptr_t> failures;  // position * 4 + rule tag
  std::unordered_map<const char*, Atom> atoms;
  std::size_t depth = 0;  // current expression nesting, kept by the parser's control
  std::size_t peak = 0;   // deepest expression nesting since the innermost atom began
  std::size_t max_depth = 0;
};

inline thread_local ParseMemo* parse_memo = nullptr;  // set by parse_statement for one parse

// A parse tree node that, when an abandoned alternative destroys it, hands its subtree to the memo.
struct ParseNode : tao::pegtl::parse_tree::basic_node<ParseNode> {
  ParseNode() = default;
  ParseNode(const ParseNode&) = delete;
  ParseNode& operator=(const ParseNode&) = delete;
  ~ParseNode() {
    if (!memo_key || !parse_memo) return;
    auto it = parse_memo->atoms.find(memo_key);
    if (it != parse_memo->atoms.end() && it->second.live == this) {
      it->second.children = std::move(children);
      it->second.live = nullptr;
    }
  }
  const char* memo_key = nullptr;
};

template <typename Base, unsigned Tag>
struct remember_failures : Base {
  template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename... States>
  static bool match(ParseInput& in, States&... st) {
    const auto key = reinterpret_cast<std::uintptr_t>(in.current()) * 4 + Tag;
    if (parse_memo && parse_memo->failures.count(key)) return false;
    if (Base::template match<A, M, Action, Control>(in, st...)) return true;
    if (parse_memo) parse_memo->failures.insert(key);
    return false;
  }
};

// For a rule the parse tree stores as a node (its node is the top of the tree builder's stack while
// it matches; the builder's state is the last parse state).
template <typename Base, unsigned Tag>
struct packrat_atom : Base {
  template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode M, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename... States>
  static bool match(ParseInput& in, States&... st) {
    if (!parse_memo) return Base::template match<A, M, Action, Control>(in, st...);
    auto& memo = *parse_memo;
    auto& node = *std::get<sizeof...(States) - 1>(std::tie(st...)).back();
    const char* at = in.current();
    const auto failure_key = reinterpret_cast<std::uintptr_t>(at) * 4 + Tag;
    if (memo.failures.count(failure_key)) return false;
    if (auto it = memo.atoms.find(at); it != memo.atoms.end() && !it->second.live &&
                                       memo.depth + it->second.depth_below <= memo.max_depth) {
      node.children = std::move(it->second.children);
      it->second.children.clear();
      it->second.live = &node;
      node.memo_key = at;
      in.iterator() = it->second.end;
      return true;
    }
    const std::size_t outer_peak = memo.peak;
    memo.peak = memo.depth;
    const bool ok = Base::template match<A, M, Action, Control>(in, st...);
    const std::size_t below = memo.peak - memo.depth;
    memo.peak = std::max(outer_peak, memo.peak);
    if (!ok) {
      memo.failures.insert(failure_key);
      return false;
    }
    auto& entry = memo.atoms[at];
    entry.children.clear();
    entry.live = &node;
    entry.end = in.iterator();
    entry.depth_below = below;
    node.memo_key = at;
    return true;
  }
};

}  // namespace fg::query::grammar
