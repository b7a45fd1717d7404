// Fuzzes the article importer, segmenter through relations and facts: any bytes are either
// refused with an InputError or turned into facts that the graph's merge service accepts or
// refuses with a message.
#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/merge.hpp"
#include "importers/article/extractor.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto lexicon = fg::importers::article::load_lexicon_from_environment("", {});
  fg::importers::article::Extractor extractor(lexicon);
  fg::importers::article::ArticleInput in;
  in.id = "fuzz";
  in.text.assign(reinterpret_cast<const char*>(data), size);
  auto r = extractor.extract(in, "2022-01-11");
  if (auto* facts = std::get_if<std::vector<fg::importers::article::Fact>>(&r)) {
    fg::graph::Graph g;
    fg::graph::Merger merger(g, &fg::graph::Schema::v1());
    for (const auto& f : *facts) {
      if (const auto* e = std::get_if<fg::graph::EntityFact>(&f)) (void)merger.merge_entity(*e);
      else (void)merger.merge_relation(std::get<fg::graph::RelationFact>(f));
    }
  }
  return 0;
}
