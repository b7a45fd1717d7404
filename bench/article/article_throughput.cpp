// fg_article_throughput [PATH...] [--min-mb N]: extraction throughput of the article importer on
// one core. Reads the .txt articles of the given files/folders (default: tests/data/articles and
// the seed), cycles through them until at least N MB (default 50) have been extracted, and prints
// MB/s. Reading files is not timed; everything from parsing the article to the facts is.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "graph/atomic_file.hpp"
#include "importers/article/extractor.hpp"

namespace fs = std::filesystem;
using namespace fg::importers::article;

int main(int argc, char** argv) {
  CLI::App app{"Article importer throughput benchmark"};
  std::vector<std::string> paths;
  double min_mb = 50;
  app.add_option("paths", paths, "Article .txt files or folders (e.g. written by fg_gen_facts --articles DIR --mb 60)");
  app.add_option("--min-mb", min_mb, "Megabytes of text to extract at least (default 50)");
  CLI11_PARSE(app, argc, argv);
  if (paths.empty()) paths = {std::string(FG_SOURCE_DIR) + "/tests/data/articles", std::string(FG_SOURCE_DIR) + "/../shared/seed"};

  std::vector<ArticleInput> corpus;
  std::size_t corpus_bytes = 0;
  for (const auto& p : paths) {
    std::vector<fs::path> files;
    if (fs::is_directory(p)) {
      for (auto& e : fs::recursive_directory_iterator(p))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    } else if (fs::exists(p)) {
      files.emplace_back(p);
    } else {
      std::cerr << p << ": no such file or folder\n";
      return 1;
    }
    std::sort(files.begin(), files.end());
    for (auto& f : files) {
      ArticleInput in;
      in.id = f.stem().string();
      in.text = fg::graph::read_file(f);
      corpus_bytes += in.text.size();
      corpus.push_back(std::move(in));
    }
  }
  if (corpus.empty()) {
    std::cerr << "no .txt articles found\n";
    return 1;
  }
  Extractor extractor(load_lexicon_from_environment());  // FACTGRAPH_DATA_DIR: measure other data files
  const auto target = static_cast<std::size_t>(min_mb * 1024 * 1024);
  std::size_t bytes = 0, articles = 0, facts = 0, rejected = 0;
  ExtractStats stats;
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  for (std::size_t round = 0; bytes < target; ++round) {
    for (auto& in : corpus) {
      auto id = in.id;
      in.id = id + "#" + std::to_string(round);  // every copy is its own article
      auto r = extractor.extract(in, "2023-01-01", &stats);
      in.id = id;
      if (auto* f = std::get_if<std::vector<Fact>>(&r)) facts += f->size();
      else ++rejected;
      bytes += in.text.size();
      ++articles;
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::printf("corpus: %zu distinct articles, %.2f MB; extracted %zu articles, %.1f MB in %.2f s\n", corpus.size(),
              static_cast<double>(corpus_bytes) / (1024.0 * 1024.0), articles, mb, secs);
  std::printf("throughput: %.2f MB/s of CPU time on one core (%.2f s CPU), %.2f MB/s wall clock\n", mb / cpu, cpu, mb / secs);
  std::printf("%.0f articles/s (CPU), %zu sentences, %zu tokens, %zu facts, %zu rejected\n", static_cast<double>(articles) / cpu,
              stats.sentences, stats.tokens, facts, rejected);
  return 0;
}
