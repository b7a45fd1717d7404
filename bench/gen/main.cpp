// fg_gen_facts: a deterministic generator of synthetic diplomacy-news graphs (facts JSONL) and
// article text, for factgraph's benchmarks. The same options and seed always give the same bytes.
#include <CLI/CLI.hpp>
#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "bench/gen/article_generator.hpp"
#include "bench/gen/data_files.hpp"
#include "bench/gen/facts_generator.hpp"
#include "bench/gen/templates.hpp"
#include "bench/gen/world.hpp"

namespace {

struct Options {
  std::uint64_t relationships = 100000;
  std::uint64_t seed = 42;
  std::string output, params, data_dir, articles;
  double articles_mb = 10;
  std::string q1_state = "Russia";
  bool quiet = false;
};

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

nlohmann::ordered_json params_json(const Options& o, const fg::bench::World& w, const fg::bench::FactsResult& r) {
  nlohmann::ordered_json j;
  j["generator"] = "fg_gen_facts";
  j["seed"] = o.seed;
  j["relationships"] = o.relationships;
  j["facts"] = o.output;
  auto nodes = w.states.size() + w.organizations.size() + w.places.size() + w.persons.size() + w.meetings.size();
  j["nodes"] = {{"State", w.states.size()},   {"Organization", w.organizations.size()}, {"Place", w.places.size()},
                {"Person", w.persons.size()}, {"Meeting", w.meetings.size()},           {"total", nodes}};
  nlohmann::ordered_json types;
  for (std::size_t i = 0; i < r.relationships.size(); ++i) types[fg::bench::kRelNames[i]] = r.relationships[i];
  j["relationship_types"] = types;
  j["lines"] = {{"entity", r.entity_lines}, {"relation", r.relation_lines}, {"total", r.entity_lines + r.relation_lines}};
  j["bytes"] = r.bytes;
  // The names the benchmark queries use, and the row counts they must return.
  j["queries"] = {
      {"Q1", {{"state", o.q1_state}, {"expected_rows", r.q1_rows}}},
      {"Q3", {{"name", r.q3.name}, {"expected_rows", r.q3.holds_role}, {"degree", r.q3.degree}}},
      {"Q5", {{"expected_count", r.q5_rows}}},
      {"Q6", {{"name", r.q6.name}, {"expected_count", r.q6_count}, {"met_with", r.q6.met_with}, {"degree", r.q6.degree}}},
  };
  return j;
}

int run(const Options& o) {
  using namespace fg::bench;
  auto t0 = std::chrono::steady_clock::now();
  auto data = load_data_files(o.data_dir);
  Templates templates(data.templates, "templates.tsv");
  auto size = WorldSize::for_relationships(o.relationships);
  auto world = build_world(data, size, static_cast<std::uint64_t>(0.02 * static_cast<double>(o.relationships)), o.seed);
  bool has_q1_state = false;
  for (const auto& s : world.states) has_q1_state |= s.name == o.q1_state;
  if (!has_q1_state) throw std::runtime_error("--q1-state '" + o.q1_state + "' is not among the generated states");

  if (!o.output.empty()) {
    BufferedFile out(o.output);
    auto r = generate_facts(world, templates, o.relationships, o.seed, o.q1_state, out);
    out.close();
    double secs = seconds_since(t0);
    std::string params_path = o.params.empty() ? (o.output == "-" ? "" : o.output + ".params.json") : o.params;
    if (!params_path.empty()) {
      std::ofstream p(params_path);
      p << params_json(o, world, r).dump(2) << "\n";
      if (!p) throw std::runtime_error(params_path + ": write failed");
    }
    if (!o.quiet)
      std::cerr << "generated " << o.relationships << " relationships, " << (r.entity_lines + r.relation_lines)
                << " lines, " << r.bytes / 1e6 << " MB in " << secs << " s ("
                << static_cast<double>(o.relationships) / secs / 1e6 << " M relationships/s) -> " << o.output
                << (params_path.empty() ? "" : ", params " + params_path) << "\n";
  }
  if (!o.articles.empty()) {
    auto t1 = std::chrono::steady_clock::now();
    auto r = generate_articles(world, templates, static_cast<std::uint64_t>(o.articles_mb * 1e6), o.seed, o.articles);
    if (!o.quiet)
      std::cerr << "generated " << r.files << " articles, " << r.sentences << " sentences, " << r.bytes / 1e6
                << " MB in " << seconds_since(t1) << " s -> " << o.articles << "\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"Generate a synthetic diplomacy-news graph as facts JSONL (and article text) for benchmarks"};
  app.add_option("--relationships,-n", o.relationships, "Number of distinct relationships (default 100000)")
      ->check(CLI::Range(static_cast<std::uint64_t>(1000), static_cast<std::uint64_t>(200000000)));
  app.add_option("--seed,-s", o.seed, "Random seed (default 42); the same seed gives the same bytes");
  app.add_option("-o,--output", o.output, "Facts JSONL file to write (- for stdout)");
  app.add_option("--params", o.params, "Params JSON to write (default: OUTPUT.params.json)");
  app.add_option("--data-dir", o.data_dir, "Read data files from this folder instead of the embedded copies")
      ->check(CLI::ExistingDirectory);
  app.add_option("--articles", o.articles, "Also write plain-text articles into this folder");
  app.add_option("--mb", o.articles_mb, "Megabytes of article text for --articles (default 10)")
      ->check(CLI::PositiveNumber);
  app.add_option("--q1-state", o.q1_state, "The state the Q1 query asks about (default Russia)");
  app.add_flag("-q,--quiet", o.quiet, "No summary on stderr");
  try {
    app.parse(argc, argv);
    if (o.output.empty() && o.articles.empty()) throw CLI::RequiredError("-o or --articles");
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    return run(o);
  } catch (const std::exception& e) {
    std::cerr << "fg_gen_facts: " << e.what() << "\n";
    return 1;
  }
}
