// Exporters on a graph with the awkward cases real data has: a node with two labels, a property
// whose values mix types, integers and floats under one key, properties named like the formats'
// own fields, parallel relationships, strings that need escaping; and subgraph selections.
#include <algorithm>
#include <catch2/catch.hpp>

#include "graph/export/columns.hpp"
#include "graph/export/export.hpp"

using namespace fg::graph;
using namespace fg::graph::exports;

namespace {

struct Sample {
  Graph g;
  NodeId ann, bob, un, geneva;
  EdgeId r1, r2, r3;
};

Sample sample() {
  Sample s;
  auto& g = s.g;
  auto person = g.intern("Person"), org = g.intern("Organization"), meeting = g.intern("Meeting");
  Symbol p[] = {person}, o[] = {org}, m[] = {meeting};
  s.ann = g.add_node(p);
  g.add_label(s.ann, org);  // two labels: Person first
  g.set_node_property(s.ann, "name", Value("Ann \"A\" <Smith> & co\\"));
  g.set_node_property(s.ann, "rank", Value(3));
  g.set_node_property(s.ann, "score", Value(1));
  g.set_node_property(s.ann, "labels", Value("a property named labels"));
  s.bob = g.add_node(p);
  g.set_node_property(s.bob, "name", Value("Bob"));
  g.set_node_property(s.bob, "rank", Value("senior"));
  g.set_node_property(s.bob, "score", Value(0.5));
  g.set_node_property(s.bob, "aliases", Value(List{Value("B;b"), Value("B|b")}));
  s.un = g.add_node(o);
  g.set_node_property(s.un, "name", Value("UN"));
  s.geneva = g.add_node(m);
  g.set_node_property(s.geneva, "name", Value("Geneva talks"));
  auto rep = g.intern("REPRESENTS"), att = g.intern("ATTENDS");
  s.r1 = g.add_edge(s.ann, rep, s.un);
  g.set_edge_property(s.r1, "forum", Value("Council, \"second\"\nline"));
  s.r2 = g.add_edge(s.ann, rep, s.un);
  g.set_edge_property(s.r2, "forum", Value("Assembly"));
  s.r3 = g.add_edge(s.bob, att, s.geneva);
  return s;
}

const OutputFile& file(const std::vector<OutputFile>& files, const std::string& name) {
  for (const auto& f : files)
    if (f.name == name) return f;
  FAIL("no file " << name);
  throw;
}

}  // namespace

TEST_CASE("column types: integers and floats widen to float; other mixes are text") {
  auto s = sample();
  auto cols = node_columns(s.g, Selection::whole(s.g).nodes);
  auto find = [&](const std::string& name) {
    for (const auto& c : cols)
      if (c.name == name) return c.type;
    FAIL(name);
    return ColumnType{};
  };
  CHECK(find("rank").mixed);
  CHECK(!find("score").mixed);
  CHECK(find("score").element == ScalarType::Float);
  CHECK(find("aliases").list);
  CHECK(find("aliases").element == ScalarType::String);
}

TEST_CASE("selections add the endpoints of selected relationships") {
  auto s = sample();
  auto sel = Selection::of(s.g, {s.geneva, s.geneva}, {s.r2});
  CHECK(sel.nodes == std::vector<NodeId>{s.ann, s.un, s.geneva});
  CHECK(sel.edges == std::vector<EdgeId>{s.r2});
  CHECK_THROWS_AS(Selection::of(s.g, {99}, {}), std::out_of_range);
  auto dot = to_dot(s.g, sel);
  CHECK(dot.find("Bob") == std::string::npos);
  CHECK(dot.find("forum: Assembly") != std::string::npos);
  CHECK(dot.find("forum: Council") == std::string::npos);
}

TEST_CASE("kuzu: multi-label nodes go to their first schema label's table, mixed types are STRING") {
  auto s = sample();
  auto files = to_kuzu(s.g, Selection::whole(s.g));
  const auto& load = file(files, "load.cypher").bytes;
  CHECK(load.find("CREATE NODE TABLE `Person`(`fg_node` INT64, `other_labels` STRING[], `aliases` STRING[], "
                  "`labels` STRING, `name` STRING, `rank` STRING, `score` DOUBLE, `id` STRING, `title` STRING, "
                  "`nationality` STRING, PRIMARY KEY(`fg_node`));") != std::string::npos);
  // schema labels and types without data still get (empty) tables, so portable queries bind
  CHECK(load.find("CREATE NODE TABLE `Place`(`fg_node` INT64, `name` STRING, `id` STRING, `aliases` STRING[], `kind` STRING") !=
        std::string::npos);
  CHECK(load.find("CREATE REL TABLE `REPRESENTS`(FROM `Person` TO `Organization`, FROM `Person` TO `State`, `forum` STRING, "
                  "`role` STRING);") != std::string::npos);
  CHECK(load.find("COPY `Place`") == std::string::npos);
  CHECK(load.find("(from='Person', to='Organization')") != std::string::npos);
  // the newline inside a field makes that COPY read serially
  CHECK(load.find("FROM \"REPRESENTS_Person_Organization.csv\" (header=true, parallel=false)") != std::string::npos);
  std::size_t statements = 0;
  for (std::size_t at = 0; (at = load.find(";\n", at)) != std::string::npos; ++at) ++statements;
  // 5 schema node tables, 9 schema rel types, a COPY per non-empty node table and per used rel pair
  CHECK(statements == 5 + 9 + 3 + 2);
  const auto& people = file(files, "Person.csv").bytes;
  // the separator avoids every character the lists hold (';' and '|' are taken)
  CHECK(people.find("\"L^B;b^B|b\"") != std::string::npos);
  CHECK(people.find("\"L^Organization\"") != std::string::npos);
  CHECK(people.find("\"Ann \"\"A\"\" <Smith> & co\\\"") != std::string::npos);
  CHECK(people.find(",\"3\",") != std::string::npos);  // a mixed-type value as text
  CHECK(people.find(",1.0,") != std::string::npos);  // an integer in a float column
}

TEST_CASE("neo4j: typed headers, labels and arrays with a free delimiter, the command in README") {
  auto s = sample();
  auto files = to_neo4j(s.g, Selection::whole(s.g));
  const auto& people = file(files, "nodes_Person.csv").bytes;
  CHECK(people.rfind(":ID,:LABEL,aliases:string[],labels,name,rank,score:double\n", 0) == 0);
  CHECK(people.find("n0,\"Person^Organization\",") != std::string::npos);
  CHECK(people.find("\"B;b^B|b\"") != std::string::npos);
  const auto& rels = file(files, "relationships_REPRESENTS.csv").bytes;
  CHECK(rels.rfind(":START_ID,:END_ID,:TYPE,forum\n", 0) == 0);
  CHECK(rels.find("n0,n2,\"REPRESENTS\",\"Council, \"\"second\"\"\nline\"") != std::string::npos);
  const auto& readme = file(files, "README.md").bytes;
  CHECK(readme.find("--nodes='nodes_Person.csv'") != std::string::npos);
  CHECK(readme.find("--relationships='relationships_ATTENDS.csv'") != std::string::npos);
  CHECK(readme.find("--array-delimiter='^' --multiline-fields=true") != std::string::npos);
}

TEST_CASE("GraphML: typed keys, reserved names kept apart, XML escaping") {
  auto s = sample();
  auto xml = to_graphml(s.g, Selection::whole(s.g));
  CHECK(xml.find("attr.name=\"score\" attr.type=\"double\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"rank\" attr.type=\"string\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"property_labels\"") != std::string::npos);
  CHECK(xml.find("<data key=\"n_labels\">:Person:Organization</data>") != std::string::npos);
  CHECK(xml.find("Ann &quot;A&quot; &lt;Smith&gt; &amp; co\\") != std::string::npos);
  CHECK(xml.find("[&quot;B;b&quot;,&quot;B|b&quot;]") != std::string::npos);  // a list as JSON text
}

TEST_CASE("DOT and JSON formats escape their strings") {
  auto s = sample();
  auto sel = Selection::whole(s.g);
  auto dot = to_dot(s.g, sel);
  CHECK(dot.find("label=\"Ann \\\"A\\\" <Smith> & co\\\\\"") != std::string::npos);
  CHECK(dot.find("label=\"REPRESENTS\\nforum: Council, \\\"second\\\"\\nline\"") != std::string::npos);
  auto cy = to_cytoscape(s.g, sel);
  CHECK(cy.find("\"name\": \"Ann \\\"A\\\" <Smith> & co\\\\\"") != std::string::npos);
  auto nl = to_node_link_json(s.g, sel);
  CHECK(nl.find("\"property_labels\": \"a property named labels\"") != std::string::npos);
  CHECK(nl.find("\"key\": \"e1\"") != std::string::npos);
}

TEST_CASE("N-Triples: one line per triple, by the documented mapping") {
  auto s = sample();
  auto nt = to_ntriples(s.g, Selection::whole(s.g));
  std::size_t lines = std::count(nt.begin(), nt.end(), '\n');
  // nodes: labels (2+1+1+1) + scalar properties (4+3+1+1) + the aliases list (1 + 2*2)
  // relationships: 3 * (1 + 4) + 2 forum properties
  CHECK(lines == 5 + 9 + 5 + 15 + 2);
  CHECK(nt.find("<urn:factgraph:node:0> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                "<urn:factgraph:label:Organization> .") != std::string::npos);
  CHECK(nt.find("\"Council, \\\"second\\\"\\nline\"") != std::string::npos);
  CHECK(nt.find("\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>") != std::string::npos);
  CHECK(nt.find("\"0.5\"^^<http://www.w3.org/2001/XMLSchema#double>") != std::string::npos);
}
