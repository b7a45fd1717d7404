// Damaged and foreign graph files are refused with a message naming the file, never a crash
// (run these under the ASan+UBSan build): truncated at every 1/16th, random bytes flipped,
// empty, other file types, an unknown format version.
#include <catch2/catch.hpp>
#include <cstring>
#include <random>

#include "graph/graph_file.hpp"
#include "snapshot_test_graph.hpp"

using namespace fg::graph;

namespace {

// Loads `bytes`; returns the error message, or "" when the file loaded. Any other exception fails.
std::string load_error(const std::string& bytes) {
  try {
    auto g = deserialize_graph(bytes, "damaged.fg");
    (void)serialize_graph(g);  // whatever loaded must be a usable graph
    for (NodeId n = 0; n < g.node_count(); ++n) (void)g.resolve("Person", "Wendy Sherman");
    return "";
  } catch (const GraphFileError& e) {
    return e.what();
  }
}

std::string sample_bytes() {
  auto g = testing::snapshot_sample_graph(30);
  g.set_created_unix_ms(1700000000000);
  return serialize_graph(g);
}

}  // namespace

TEST_CASE("a file truncated at any 1/16th of its length is refused") {
  for (const auto& bytes : {sample_bytes(), [] {
         SnapshotOptions o;
         o.chunk_elements = 4;
         return serialize_graph(testing::snapshot_sample_graph(30), o);
       }()}) {
    for (int k = 0; k < 16; ++k) {
      auto cut = bytes.substr(0, bytes.size() * k / 16);
      INFO("cut at " << cut.size() << " of " << bytes.size());
      auto msg = load_error(cut);
      CHECK(msg.find("damaged.fg: ") == 0);
    }
    // and at every word boundary near the end, where only the last arrays are missing
    for (std::size_t cut = bytes.size() - 256; cut < bytes.size(); cut += 8)
      CHECK(load_error(bytes.substr(0, cut)).find("damaged.fg: ") == 0);
  }
}

TEST_CASE("random byte flips are refused or load consistently, never crash") {
  auto bytes = sample_bytes();
  std::mt19937_64 rng(12345);
  int refused = 0;
  for (int round = 0; round < 3000; ++round) {
    auto damaged = bytes;
    int flips = 1 + static_cast<int>(rng() % 8);
    for (int i = 0; i < flips; ++i) damaged[rng() % damaged.size()] ^= static_cast<char>(1 + rng() % 255);
    auto msg = load_error(damaged);
    if (!msg.empty()) {
      ++refused;
      CHECK(msg.find("damaged.fg: ") == 0);
    }
  }
  CHECK(refused > 0);
}

TEST_CASE("empty and foreign files are refused with a clear message") {
  CHECK(load_error("") == "damaged.fg: empty file, not a factgraph graph");
  CHECK_THAT(load_error("{\"nodes\": []}\n"), Catch::Contains("not a factgraph graph file"));
  static const char png_bytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\0\0\0";
  std::string png(png_bytes, sizeof png_bytes - 1);
  CHECK_THAT(load_error(png), Catch::Contains("damaged.fg: "));
  static const char elf_bytes[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0\x01\0\0\0";
  std::string elf(elf_bytes, sizeof elf_bytes - 1);
  CHECK_THAT(load_error(elf), Catch::Contains("damaged.fg: "));
  CHECK_THAT(load_error(std::string(4096, '\0')), Catch::Contains("damaged.fg: "));
  std::mt19937_64 rng(7);
  std::string noise(8192, '\0');
  for (auto& c : noise) c = static_cast<char>(rng());
  CHECK_THAT(load_error(noise), Catch::Contains("damaged.fg: "));
  // a valid Cap'n Proto message of another schema: no magic
  std::string bad_magic = sample_bytes();
  auto pos = bad_magic.find("factgraph-graph");
  REQUIRE(pos != std::string::npos);
  bad_magic[pos] = 'X';
  CHECK_THAT(load_error(bad_magic), Catch::Contains("not a factgraph graph file (bad magic)"));
}

TEST_CASE("an unknown format version is refused naming the version") {
  auto bytes = sample_bytes();
  // single segment: segment table (8 bytes), root pointer (8 bytes), then the root's data
  // section, whose first 4 bytes are formatVersion
  std::uint32_t version;
  std::memcpy(&version, bytes.data() + 16, 4);
  REQUIRE(version == kFormatVersion);
  version = 99;
  std::memcpy(bytes.data() + 16, &version, 4);
  CHECK_THAT(load_error(bytes), Catch::Contains("graph file format version 99 is not supported") &&
                                    Catch::Contains("written by a newer factgraph"));
  version = 0;
  std::memcpy(bytes.data() + 16, &version, 4);
  CHECK_THAT(load_error(bytes), Catch::Contains("graph file format version 0 is not supported"));
}
