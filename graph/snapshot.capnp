@0xa53ddd53796f939c;
# The factgraph graph file (docs/graph-file.md). A file is one Cap'n Proto message (unpacked,
# standard framing). Every version's root starts with the same three fields, so a reader can
# tell the version before it reads anything else:
#   version 1: GraphFile (records per node and relationship; read for compatibility)
#   version 2: Snapshot (columns, CSR adjacency and indexes; adjacency in three columns)
#   version 3: Snapshot with adjacency entries interleaved
#   version 4: Snapshot with property entries interleaved too, viewed in place by FrozenGraph

$import "/capnp/c++.capnp".namespace("fg::graph::capnp_schema");

# Just the fields every version shares: read first to pick the decoder.
struct Header {
  magic @0 :Text;            # always "factgraph-graph"
  formatVersion @1 :UInt32;
  createdUnixMs @2 :Int64;   # set when the graph is first written, kept by later saves
}

# ---------------------------------------------------------------------------------------------
# Version 2.
#
# Big arrays are chunked: a Cap'n Proto list holds at most 2^29 - 1 elements, so every array is a
# list of chunks (each at most 2^28 elements) read as one concatenated array. Primitive lists are
# stored flat and 8-byte aligned, so a reader can view them in place in the mapped file.
# "CSR" below means compressed sparse rows: offsets[i] .. offsets[i+1] is row i's range in the
# value arrays (offsets has rows + 1 entries, starts at 0, never decreases).

struct U32Array { chunks @0 :List(List(UInt32)); }
struct U64Array { chunks @0 :List(List(UInt64)); }
struct U8Array { chunks @0 :List(Data); }

# Strings numbered 0..n-1. Each block holds whole strings: string k of a block is
# bytes[offsets[k] .. offsets[k+1]] (offsets has count + 1 entries). Blocks are at most 2^28 bytes
# unless one string is longer; a string never spans blocks.
struct StringTable { blocks @0 :List(StringBlock); }
struct StringBlock {
  offsets @0 :List(UInt32);
  bytes @1 :Data;
}

# Property values of one kind of entity (nodes or relationships), in columns.
# Entity i's properties are entries offsets[i] .. offsets[i+1], sorted by key symbol.
# Version 4 keeps each entry's three parts together in `entries`, three words per entry:
#   word 0: key symbol (low 24 bits) | type tag << 24;  words 1, 2: payload, low and high half
# so one property is read from one place. Versions 2 and 3 had the columns keys, tags and values.
# Entry j: key symbol keys[j], type tag tags[j], payload values[j]:
#   tag 1 Bool (0/1), 2 Int (two's complement), 3 Float (IEEE-754 bits),
#   4 String (string-table id), 5 List (list id); 0 (null) never occurs at the top level.
# List k holds items listOffsets[k] .. listOffsets[k+1] with the same tag/payload encoding
# (tag 0 = null item); a list item that is a list refers to a smaller list id, so lists
# cannot form cycles.
struct PropertyColumns {
  offsets @0 :U64Array;
  keys @1 :U32Array;
  tags @2 :U8Array;
  values @3 :U64Array;
  listOffsets @4 :U64Array;
  listTags @5 :U8Array;
  listValues @6 :U64Array;
  entries @7 :U32Array;
}

# One adjacency direction in CSR form: node n's entries are offsets[n] .. offsets[n+1], sorted
# by (type, other end, relationship id), so each type's relationships are one contiguous run.
# Version 3 writes `entries`: three words per entry (type, other end, relationship id), the
# layout of fg::graph::Adjacent, so a node's adjacency is a span into the mapped file.
# Version 2 wrote the three columns types/others/edges instead (still read).
struct Adjacency {
  offsets @0 :U64Array;
  types @1 :U32Array;
  others @2 :U32Array;
  edges @3 :U32Array;
  entries @4 :U32Array;
}

# Members of each label (node ids ascending) or of each relationship type (ids ascending):
# symbols[i]'s members are members[offsets[i] .. offsets[i+1]].
struct SymbolIndex {
  symbols @0 :List(UInt32);
  offsets @1 :U64Array;
  members @2 :U32Array;
}

# Name lookup: the keys sorted bytewise, each with its nodes (ascending):
# key i's nodes are nodes[offsets[i] .. offsets[i+1]]. A key is one tag byte ('e' exact name,
# 'n' normalized name or alias, 'c' code-like alias, 's' a Person's surname), the label symbol
# (4 bytes, little-endian) and the text (schema.md, "Names").
struct NameIndex {
  keys @0 :StringTable;
  offsets @1 :U64Array;
  nodes @2 :U32Array;
}

struct Snapshot {
  magic @0 :Text;
  formatVersion @1 :UInt32;  # 2, 3 or 4
  createdUnixMs @2 :Int64;
  nodeCount @3 :UInt64;
  edgeCount @4 :UInt64;
  sources @5 :List(Text);    # distinct provenance sources, sorted (for `snapshot info`)
  symbols @6 :List(Text);    # labels, relationship types and property keys, by symbol id
  strings @7 :StringTable;   # every string property value and list item, deduplicated

  nodeLabelOffsets @8 :U64Array;  # CSR over nodeLabels, in the node's label order
  nodeLabels @9 :U32Array;
  nodeProperties @10 :PropertyColumns;

  edgeFrom @11 :U32Array;
  edgeTo @12 :U32Array;
  edgeType @13 :U32Array;
  edgeProperties @14 :PropertyColumns;

  outgoing @15 :Adjacency;
  incoming @16 :Adjacency;
  labelIndex @17 :SymbolIndex;
  typeIndex @18 :SymbolIndex;
  nameIndex @19 :NameIndex;
}

# ---------------------------------------------------------------------------------------------
# Version 1 (factgraph 0.1 before snapshots): read, never written.

struct GraphFile {
  magic @0 :Text;
  formatVersion @1 :UInt32;
  createdUnixMs @2 :Int64;
  symbols @3 :List(Text);
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
