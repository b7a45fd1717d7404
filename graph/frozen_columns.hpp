#pragma once
// Read-only views of a snapshot's arrays, used in place in the mapped file. Nothing here trusts
// the file: every offset and id is checked when it is read, and a bad one throws GraphFileError
// naming the file, so a corrupt snapshot can make a query fail but never read out of bounds.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_view.hpp"

namespace fg::graph {

[[noreturn]] void corrupt_snapshot(const std::string& origin, const std::string& what);

// A fixed-width integer array: a view into the file, or an owned copy when the file split it
// into several chunks.
template <class T>
class PackedArray {
 public:
  PackedArray() = default;
  PackedArray(const T* data, std::uint64_t size) : data_(size ? data : nullptr), size_(size) {}
  explicit PackedArray(std::vector<T> owned) : size_(owned.size()), owned_(std::move(owned)) {
    data_ = size_ ? owned_.data() : nullptr;
  }
  PackedArray(PackedArray&& o) noexcept { *this = std::move(o); }
  PackedArray& operator=(PackedArray&& o) noexcept {
    bool own = !o.owned_.empty();
    size_ = o.size_;
    owned_ = std::move(o.owned_);
    data_ = own ? owned_.data() : o.data_;
    return *this;
  }
  std::uint64_t size() const { return size_; }
  T operator[](std::uint64_t i) const { return data_[i]; }
  const T* data() const { return data_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }

 private:
  const T* data_ = nullptr;
  std::uint64_t size_ = 0;
  std::vector<T> owned_;
};

// An array of three-word entries kept in the file's chunks, without copying: every chunk but the
// last holds the same power-of-two number of entries, so entry j is found with a shift and a mask.
class TripleChunks {
 public:
  TripleChunks() = default;
  // `chunks`: each chunk's words; throws a message naming `what` when the chunking is irregular.
  TripleChunks(std::vector<std::pair<const std::uint32_t*, std::uint64_t>> chunks, const std::string& what);
  std::uint64_t size() const { return size_; }  // entries
  const std::uint32_t* at(std::uint64_t j) const { return chunks_[j >> shift_] + 3 * (j & mask_); }

 private:
  std::vector<const std::uint32_t*> chunks_;
  unsigned shift_ = 63;
  std::uint64_t mask_ = ~std::uint64_t{0} >> 1;
  std::uint64_t size_ = 0;
};

// A string table of blocks; string k of a block is bytes[offsets[k] .. offsets[k+1]].
class FrozenStrings {
 public:
  struct Block {
    const std::uint32_t* offsets;  // count + 1 entries
    std::uint64_t count;
    const char* bytes;
    std::uint64_t size;
  };
  FrozenStrings() = default;
  FrozenStrings(std::vector<Block> blocks, const std::string* origin);
  std::uint64_t size() const { return total_; }
  std::string_view get(std::uint64_t id) const;

 private:
  std::vector<Block> blocks_;
  std::vector<std::uint64_t> first_;  // id of each block's first string
  std::uint64_t total_ = 0;
  const std::string* origin_ = nullptr;
};

// Property values of nodes or of relationships in columns (graph/snapshot.capnp, PropertyColumns).
class FrozenColumns {
 public:
  struct Arrays {
    PackedArray<std::uint64_t> offsets;
    TripleChunks entries;  // (key | tag << 24, payload low, payload high)
    PackedArray<std::uint64_t> list_offsets;
    PackedArray<std::uint8_t> list_tags;
    PackedArray<std::uint64_t> list_values;
  };
  FrozenColumns() = default;
  // Checks the sizes that every later read relies on; throws GraphFileError.
  FrozenColumns(Arrays a, std::uint64_t entities, const FrozenStrings* strings, const std::string* origin);

  ValueRef get(std::uint64_t entity, Symbol key) const;
  void for_each(std::uint64_t entity, const PropertyVisitor& visit) const;
  std::size_t list_size(std::uint64_t list) const;
  ValueRef list_item(std::uint64_t list, std::size_t i, unsigned depth) const;
  // Bytes of the columns (for memory reports).
  std::uint64_t bytes() const;

 private:
  std::pair<std::uint64_t, std::uint64_t> range(std::uint64_t entity) const;
  std::pair<std::uint64_t, std::uint64_t> list_range(std::uint64_t list) const;
  ValueRef decode(std::uint8_t tag, std::uint64_t payload, std::uint64_t below, unsigned depth) const;

  std::uint32_t key(std::uint64_t j) const { return a_.entries.at(j)[0] & 0xFFFFFF; }
  std::uint8_t tag(std::uint64_t j) const { return static_cast<std::uint8_t>(a_.entries.at(j)[0] >> 24); }
  std::uint64_t payload(std::uint64_t j) const {
    const std::uint32_t* e = a_.entries.at(j);
    return e[1] | std::uint64_t{e[2]} << 32;
  }

  Arrays a_;
  std::uint64_t entries_ = 0, entities_ = 0, lists_ = 0;
  const FrozenStrings* strings_ = nullptr;
  const std::string* origin_ = nullptr;
};

}  // namespace fg::graph
