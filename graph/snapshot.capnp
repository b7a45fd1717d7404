@0xa53ddd53796f939c;
# The factgraph graph file. A file is one Cap'n Proto message (unpacked, standard framing)
# whose root is GraphFile.

$import "/capnp/c++.capnp".namespace("fg::graph::capnp_schema");

struct GraphFile {
  magic @0 :Text;            # always "factgraph-graph"
  formatVersion @1 :UInt32;  # see graph_file.hpp: kFormatVersion
  createdUnixMs @2 :Int64;   # set when the graph is first written, kept by later saves
  symbols @3 :List(Text);    # labels, relationship types and property keys, by symbol id
  nodes @4 :List(Node);
  edges @5 :List(Edge);
}

struct Node {
  labels @0 :List(UInt32);
  properties @1 :List(Property);
}

struct Edge {
  from @0 :UInt32;
  to @1 :UInt32;
  type @2 :UInt32;
  properties @3 :List(Property);
}

struct Property {
  key @0 :UInt32;
  value @1 :Value;
}

struct Value {
  union {
    null @0 :Void;
    boolean @1 :Bool;
    integer @2 :Int64;
    float @3 :Float64;
    text @4 :Text;
    list @5 :List(Value);
  }
}
