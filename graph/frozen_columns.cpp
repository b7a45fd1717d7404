#include "graph/frozen_columns.hpp"

#include <algorithm>
#include <bit>

#include "graph/graph_file.hpp"

namespace fg::graph {

namespace {
constexpr unsigned kMaxListNesting = 64;
}

void corrupt_snapshot(const std::string& origin, const std::string& what) {
  throw GraphFileError(origin + ": corrupt graph file: " + what);
}

TripleChunks::TripleChunks(std::vector<std::pair<const std::uint32_t*, std::uint64_t>> chunks, const std::string& what) {
  for (std::size_t c = 0; c < chunks.size(); ++c) {
    auto [words, count] = chunks[c];
    if (count % 3 != 0) throw GraphFileError(what + " are not whole triples");
    std::uint64_t entries = count / 3;
    if (c == 0 && chunks.size() > 1) {
      if (entries == 0 || (entries & (entries - 1)) != 0) throw GraphFileError(what + ": chunk size is not a power of two");
      shift_ = static_cast<unsigned>(std::countr_zero(entries));
      mask_ = entries - 1;
    } else if (c + 1 < chunks.size() && entries != mask_ + 1) {
      throw GraphFileError(what + ": chunks differ in size");
    } else if (c + 1 == chunks.size() && chunks.size() > 1 && entries > mask_ + 1) {
      throw GraphFileError(what + ": last chunk too large");
    }
    chunks_.push_back(words);
    size_ += entries;
  }
}

FrozenStrings::FrozenStrings(std::vector<Block> blocks, const std::string* origin)
    : blocks_(std::move(blocks)), origin_(origin) {
  for (const auto& b : blocks_) {
    first_.push_back(total_);
    total_ += b.count;
  }
}

std::string_view FrozenStrings::get(std::uint64_t id) const {
  if (id >= total_) corrupt_snapshot(*origin_, "string id out of range");
  std::size_t b = 0;
  if (blocks_.size() > 1) b = static_cast<std::size_t>(std::upper_bound(first_.begin(), first_.end(), id) - first_.begin()) - 1;
  const Block& block = blocks_[b];
  std::uint64_t k = id - first_[b];
  std::uint32_t lo = block.offsets[k], hi = block.offsets[k + 1];
  if (lo > hi || hi > block.size) corrupt_snapshot(*origin_, "string offsets out of range");
  return {block.bytes + lo, hi - lo};
}

FrozenColumns::FrozenColumns(Arrays a, std::uint64_t entities, const FrozenStrings* strings, const std::string* origin)
    : a_(std::move(a)), entities_(entities), strings_(strings), origin_(origin) {
  const char* what = "property columns";
  entries_ = a_.entries.size();
  if (a_.offsets.size() != entities + 1) corrupt_snapshot(*origin_, std::string(what) + " offsets have the wrong length");
  if (a_.list_offsets.size() == 0) corrupt_snapshot(*origin_, std::string(what) + " list offsets are missing");
  if (a_.list_tags.size() != a_.list_values.size()) corrupt_snapshot(*origin_, std::string(what) + " list columns differ in length");
  lists_ = a_.list_offsets.size() - 1;
}

std::pair<std::uint64_t, std::uint64_t> FrozenColumns::range(std::uint64_t entity) const {
  if (entity >= entities_) corrupt_snapshot(*origin_, "property owner out of range");
  std::uint64_t lo = a_.offsets[entity], hi = a_.offsets[entity + 1];
  if (lo > hi || hi > entries_) corrupt_snapshot(*origin_, "property offsets out of range");
  return {lo, hi};
}

std::pair<std::uint64_t, std::uint64_t> FrozenColumns::list_range(std::uint64_t list) const {
  if (list >= lists_) corrupt_snapshot(*origin_, "list id out of range");
  std::uint64_t lo = a_.list_offsets[list], hi = a_.list_offsets[list + 1];
  if (lo > hi || hi > a_.list_tags.size()) corrupt_snapshot(*origin_, "list offsets out of range");
  return {lo, hi};
}

ValueRef FrozenColumns::decode(std::uint8_t tag, std::uint64_t payload, std::uint64_t below, unsigned depth) const {
  switch (tag) {
    case 0: return ValueRef();
    case 1:
      if (payload > 1) corrupt_snapshot(*origin_, "bad boolean");
      return ValueRef::scalar_bool(payload == 1);
    case 2: return ValueRef::scalar_int(static_cast<std::int64_t>(payload));
    case 3: return ValueRef::scalar_float(std::bit_cast<double>(payload));
    case 4: return ValueRef::string(strings_->get(payload));
    case 5:
      // A list refers only to lists with smaller ids, so lists cannot form cycles.
      if (payload >= below) corrupt_snapshot(*origin_, "list id out of range");
      if (depth >= kMaxListNesting) corrupt_snapshot(*origin_, "lists nested too deeply");
      return ValueRef::frozen_list(this, payload, depth + 1);
    default: corrupt_snapshot(*origin_, "unknown value type " + std::to_string(tag));
  }
}

ValueRef FrozenColumns::get(std::uint64_t entity, Symbol key) const {
  auto [lo, hi] = range(entity);
  for (auto j = lo; j < hi; ++j) {
    auto k = this->key(j);
    if (k == key) return decode(tag(j), payload(j), lists_, 0);
    if (k > key) break;
  }
  return ValueRef();
}

void FrozenColumns::for_each(std::uint64_t entity, const PropertyVisitor& visit) const {
  auto [lo, hi] = range(entity);
  for (auto j = lo; j < hi; ++j) {
    auto v = decode(tag(j), payload(j), lists_, 0);
    if (!v.is_null()) visit(key(j), v);
  }
}

std::size_t FrozenColumns::list_size(std::uint64_t list) const {
  auto [lo, hi] = list_range(list);
  return static_cast<std::size_t>(hi - lo);
}

ValueRef FrozenColumns::list_item(std::uint64_t list, std::size_t i, unsigned depth) const {
  auto [lo, hi] = list_range(list);
  if (lo + i >= hi) corrupt_snapshot(*origin_, "list item out of range");
  return decode(a_.list_tags[lo + i], a_.list_values[lo + i], list, depth);
}

std::uint64_t FrozenColumns::bytes() const {
  return a_.offsets.size() * 8 + a_.entries.size() * 12 + a_.list_offsets.size() * 8 +
         a_.list_tags.size() + a_.list_values.size() * 8;
}

}  // namespace fg::graph
