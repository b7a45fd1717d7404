#pragma once
// The memory one query may use (QueryOptions::max_memory): what the engine keeps while a statement
// runs — ORDER BY buffers, groups and collect()ed values, DISTINCT's seen rows, CREATE's buffered
// input, the result rows — and the size of any single list or string an expression builds.
// Sizes are estimates (approx_bytes: the value's slot plus what it points to, one level deep, in
// O(1)), charged in batches so the cost per row is a few additions. Exceeding the budget stops the
// query with a LimitExceeded error naming --max-memory, never an out-of-memory kill.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "query/value.hpp"

namespace fg::query {

// Estimated bytes a value holds: its own slot plus, for strings, lists, maps and paths, what it
// points to one level deep (nested lists are counted where they were built).
std::size_t approx_bytes(const Value& v);
std::size_t approx_bytes(const std::vector<Value>& row);

// "512 MiB", "1.5 GiB", "800 bytes".
std::string format_bytes(std::size_t bytes);

class MemoryBudget {
 public:
  // A new run with this limit (0: no limit).
  void start(std::size_t limit);
  // Adds to what the query holds; throws LimitExceeded past the limit. `what` names the holder
  // ("ORDER BY", "collect()", ...) for the message.
  void charge(std::size_t bytes, const char* what) {
    used_ += bytes;
    if (limit_ && used_ > limit_) fail(what);
  }
  void release(std::size_t bytes) { used_ -= bytes < used_ ? bytes : used_; }
  // A value being built (a list, a string) that would need `bytes` on top of what is held.
  void check_transient(std::size_t bytes, const char* what) const {
    if (limit_ && used_ + bytes > limit_) fail(what);
  }
  std::size_t used() const { return used_; }
  std::size_t limit() const { return limit_; }
  std::uint64_t run() const { return run_; }

 private:
  [[noreturn]] void fail(const char* what) const;
  std::size_t limit_ = 0, used_ = 0;
  std::uint64_t run_ = 0;
};

// What one operator holds in the current run: charged in batches, given back when the operator is
// reopened (sub-plans reopen once per argument row) or the run ends.
class MemoryCharge {
 public:
  // Call from the operator's reset(): releases what an earlier open of the same run held.
  void reset(MemoryBudget& b) {
    if (budget_ == &b && run_ == b.run()) b.release(charged_);
    budget_ = &b;
    run_ = b.run();
    charged_ = pending_ = 0;
  }
  void add(MemoryBudget& b, std::size_t bytes, const char* what) {
    if (budget_ != &b || run_ != b.run()) reset(b);
    pending_ += bytes;
    if (pending_ >= batch(b)) flush(what);
  }
  // Charges what is pending (call when the buffer is complete).
  void flush(const char* what) {
    if (!budget_ || !pending_) return;
    std::size_t p = pending_;
    pending_ = 0;
    charged_ += p;
    budget_->charge(p, what);
  }

 private:
  static std::size_t batch(const MemoryBudget& b) {
    constexpr std::size_t kBatch = 64 * 1024;
    return b.limit() && b.limit() / 64 < kBatch ? b.limit() / 64 + 1 : kBatch;
  }
  MemoryBudget* budget_ = nullptr;
  std::uint64_t run_ = 0;
  std::size_t charged_ = 0, pending_ = 0;
};

}  // namespace fg::query
