#include "graph/fault_injection.hpp"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

namespace fg::graph::fault {

namespace {
struct Spec {
  int error;
  Op op;
  long nth;  // 0 = every time
};

std::vector<Spec> parse(const char* env) {
  std::vector<Spec> specs;
  if (!env) return specs;
  std::string all(env);
  std::size_t start = 0;
  while (start <= all.size()) {
    auto end = all.find(',', start);
    if (end == std::string::npos) end = all.size();
    std::string item = all.substr(start, end - start);
    start = end + 1;
    auto at = item.find('@');
    if (at == std::string::npos) continue;
    std::string kind = item.substr(0, at), where = item.substr(at + 1);
    int err = kind == "enospc" ? ENOSPC : kind == "eio" ? EIO : kind == "efbig" ? EFBIG : 0;
    if (!err) continue;
    if (where == "write") specs.push_back({err, Op::Write, 0});
    else if (where == "fsync") specs.push_back({err, Op::Fsync, 0});
    else if (where == "rename") specs.push_back({err, Op::Rename, 0});
    else if (long n = std::strtol(where.c_str(), nullptr, 10); n > 0) specs.push_back({err, Op::Write, n});
  }
  return specs;
}
}  // namespace

int injected_error(Op op) {
  static const std::vector<Spec> specs = parse(std::getenv("FG_FAULT"));
  static std::atomic<long> writes{0};
  if (specs.empty()) return 0;
  long write_no = op == Op::Write ? ++writes : 0;
  for (const auto& s : specs) {
    if (s.op != op) continue;
    if (s.nth == 0 || s.nth == write_no) return s.error;
  }
  return 0;
}

}  // namespace fg::graph::fault
