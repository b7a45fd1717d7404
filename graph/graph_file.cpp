#include "graph/graph_file.hpp"

#include <capnp/message.h>
#include <capnp/serialize.h>
#include <kj/exception.h>

#include <chrono>
#include <cstring>

#include "graph/snapshot.capnp.h"

namespace fg::graph {

namespace cs = capnp_schema;

namespace {

struct CorruptValue {};  // a value whose union tag this version does not know

void write_value(cs::Value::Builder out, const Value& v) {
  switch (v.type()) {
    case ValueType::Null: out.setNull(); break;
    case ValueType::Bool: out.setBoolean(v.as_bool()); break;
    case ValueType::Int: out.setInteger(v.as_int()); break;
    case ValueType::Float: out.setFloat(v.as_float()); break;
    case ValueType::String: {
      const auto& s = v.as_string();
      out.setText(capnp::Text::Reader(s.data(), s.size()));
      break;
    }
    case ValueType::List: {
      const auto& items = v.as_list();
      auto list = out.initList(static_cast<unsigned>(items.size()));
      for (unsigned i = 0; i < items.size(); ++i) write_value(list[i], items[i]);
      break;
    }
  }
}

void write_properties(capnp::List<cs::Property>::Builder out, const PropertyMap& props) {
  unsigned i = 0;
  for (const auto& [key, value] : props) {
    out[i].setKey(key);
    write_value(out[i].initValue(), value);
    ++i;
  }
}

std::string text(capnp::Text::Reader t) { return std::string(t.cStr(), t.size()); }

Value read_value(cs::Value::Reader in) {
  switch (in.which()) {
    case cs::Value::NULL_: return Value();
    case cs::Value::BOOLEAN: return Value(in.getBoolean());
    case cs::Value::INTEGER: return Value(static_cast<std::int64_t>(in.getInteger()));
    case cs::Value::FLOAT: return Value(in.getFloat());
    case cs::Value::TEXT: return Value(text(in.getText()));
    case cs::Value::LIST: {
      List items;
      for (auto item : in.getList()) items.push_back(read_value(item));
      return Value(std::move(items));
    }
  }
  throw CorruptValue{};
}

}  // namespace

std::string serialize_graph(const Graph& g) {
  capnp::MallocMessageBuilder message;
  auto root = message.initRoot<cs::GraphFile>();
  root.setMagic(capnp::Text::Reader(kMagic.data(), kMagic.size()));
  root.setFormatVersion(kFormatVersion);
  root.setCreatedUnixMs(g.created_unix_ms());
  const auto& names = g.symbols().names();
  auto symbols = root.initSymbols(static_cast<unsigned>(names.size()));
  for (unsigned i = 0; i < names.size(); ++i) symbols.set(i, capnp::Text::Reader(names[i].data(), names[i].size()));
  auto nodes = root.initNodes(static_cast<unsigned>(g.node_count()));
  for (NodeId n = 0; n < g.node_count(); ++n) {
    auto labels = g.labels(n);
    auto out_labels = nodes[n].initLabels(static_cast<unsigned>(labels.size()));
    for (unsigned i = 0; i < labels.size(); ++i) out_labels.set(i, labels[i]);
    const auto& props = g.node_properties(n);
    write_properties(nodes[n].initProperties(static_cast<unsigned>(props.size())), props);
  }
  auto edges = root.initEdges(static_cast<unsigned>(g.edge_count()));
  for (EdgeId e = 0; e < g.edge_count(); ++e) {
    edges[e].setFrom(g.source(e));
    edges[e].setTo(g.target(e));
    edges[e].setType(g.edge_type(e));
    const auto& props = g.edge_properties(e);
    write_properties(edges[e].initProperties(static_cast<unsigned>(props.size())), props);
  }
  auto words = capnp::messageToFlatArray(message);
  auto bytes = words.asBytes();
  return std::string(reinterpret_cast<const char*>(bytes.begin()), bytes.size());
}

Graph deserialize_graph(std::string_view bytes, const std::string& origin) {
  if (bytes.empty()) throw GraphFileError(origin + ": empty file, not a factgraph graph");
  if (bytes.size() % sizeof(capnp::word) != 0)
    throw GraphFileError(origin + ": not a factgraph graph file (or truncated): size " +
                         std::to_string(bytes.size()) + " is not a whole number of 8-byte words");
  // Copy into word-aligned memory: std::string storage is not guaranteed 8-byte aligned.
  kj::Array<capnp::word> words = kj::heapArray<capnp::word>(bytes.size() / sizeof(capnp::word));
  std::memcpy(words.begin(), bytes.data(), bytes.size());
  try {
    capnp::ReaderOptions options;
    options.traversalLimitInWords = words.size() * 2 + 1024;
    options.nestingLimit = 128;
    capnp::FlatArrayMessageReader reader(words.asPtr(), options);
    auto root = reader.getRoot<cs::GraphFile>();
    if (text(root.getMagic()) != kMagic) throw GraphFileError(origin + ": not a factgraph graph file (bad magic)");
    if (root.getFormatVersion() != kFormatVersion)
      throw GraphFileError(origin + ": graph file format version " + std::to_string(root.getFormatVersion()) +
                           " is not supported (this factgraph reads version " + std::to_string(kFormatVersion) + ")");
    Graph g;
    g.set_created_unix_ms(root.getCreatedUnixMs());
    auto symbols = root.getSymbols();
    for (unsigned i = 0; i < symbols.size(); ++i)
      if (g.intern(text(symbols[i])) != i) throw GraphFileError(origin + ": corrupt graph file: duplicate symbol");
    auto check_symbol = [&](std::uint32_t s) {
      if (s >= symbols.size()) throw GraphFileError(origin + ": corrupt graph file: symbol id out of range");
      return s;
    };
    auto nodes = root.getNodes();
    for (auto node : nodes) {
      std::vector<Symbol> labels;
      for (auto l : node.getLabels()) labels.push_back(check_symbol(l));
      auto n = g.add_node(labels);
      for (auto p : node.getProperties()) g.set_node_property(n, check_symbol(p.getKey()), read_value(p.getValue()));
    }
    for (auto edge : root.getEdges()) {
      if (edge.getFrom() >= nodes.size() || edge.getTo() >= nodes.size())
        throw GraphFileError(origin + ": corrupt graph file: relationship endpoint out of range");
      auto e = g.add_edge(edge.getFrom(), check_symbol(edge.getType()), edge.getTo());
      for (auto p : edge.getProperties()) g.set_edge_property(e, check_symbol(p.getKey()), read_value(p.getValue()));
    }
    return g;
  } catch (const CorruptValue&) {
    throw GraphFileError(origin + ": corrupt graph file: a property value of unknown kind");
  } catch (const kj::Exception& e) {
    throw GraphFileError(origin + ": corrupt or truncated graph file (" + std::string(e.getDescription().cStr()) + ")");
  }
}

Graph load_graph(const std::filesystem::path& path) {
  return deserialize_graph(read_file(path), path.string());
}

void save_graph(Graph& g, const std::filesystem::path& path) {
  if (g.created_unix_ms() == 0)
    g.set_created_unix_ms(std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count());
  write_file_atomically(path, serialize_graph(g));
}

}  // namespace fg::graph
