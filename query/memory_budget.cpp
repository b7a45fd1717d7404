// Estimates of what values hold, and the budget's error.
#include "query/memory_budget.hpp"

#include <atomic>
#include <cstdio>

#include "query/errors.hpp"

namespace fg::query {

namespace {
// Allocation overheads: a shared control block with the object, a std::map node.
constexpr std::size_t kSharedBlock = 32;
constexpr std::size_t kMapNode = 48 + sizeof(std::string);
std::atomic<std::uint64_t> next_run{0};
}  // namespace

std::size_t approx_bytes(const Value& v) {
  constexpr std::size_t slot = sizeof(Value);
  switch (v.kind()) {
    case ValueKind::String: return slot + v.as_string().size();
    case ValueKind::List: return slot + kSharedBlock + sizeof(List) + v.as_list().size() * slot;
    case ValueKind::Map: return slot + kSharedBlock + sizeof(Map) + v.as_map().size() * (kMapNode + slot);
    case ValueKind::Path:
      return slot + kSharedBlock + sizeof(Path) +
             (v.as_path().nodes.size() + v.as_path().rels.size()) * sizeof(graph::NodeId);
    default: return slot;
  }
}

std::size_t approx_bytes(const std::vector<Value>& row) {
  std::size_t n = sizeof(row);
  for (const auto& v : row) n += approx_bytes(v);
  return n;
}

std::string format_bytes(std::size_t bytes) {
  char buf[64];
  const double b = static_cast<double>(bytes);
  if (bytes >= (std::size_t{1} << 30)) std::snprintf(buf, sizeof buf, "%.4g GiB", b / (1 << 30));
  else if (bytes >= (std::size_t{1} << 20)) std::snprintf(buf, sizeof buf, "%.4g MiB", b / (1 << 20));
  else if (bytes >= 1024) std::snprintf(buf, sizeof buf, "%.4g KiB", b / 1024);
  else std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
  return buf;
}

void MemoryBudget::start(std::size_t limit) {
  limit_ = limit;
  used_ = 0;
  run_ = ++next_run;
}

void MemoryBudget::fail(const char* what) const {
  runtime_error("LimitExceeded", "MaxMemory",
                std::string("the query needs more than ") + format_bytes(limit_) + " of memory for " + what +
                    " (the --max-memory limit; in the REPL :set max_memory); add LIMIT or raise --max-memory");
}

}  // namespace fg::query
