#include "cli/support/import_setup.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

#include "importers/article/analysis.hpp"
#include "importers/article/document.hpp"
#include "importers/article/extractor.hpp"
#include "importers/article/facts.hpp"
#include "importers/article/mentions.hpp"
#include "importers/article/relations.hpp"
#include "importers/article/resolve.hpp"
#include "importers/article/segment.hpp"

namespace fg::cli {

namespace {

namespace art = importers::article;

// What a worker thread makes of one article: everything up to the relations (article::Extractor's
// stages before make_facts, which needs the import-wide name registry and so runs in order).
class PreparedArticle final : public importers::PreparedArticle {
 public:
  std::optional<art::Document> doc;
  std::optional<art::Analysis> analysis;  // refers to *doc, so neither ever moves
  std::optional<art::InputError> error;
};

std::unique_ptr<importers::PreparedArticle> prepare(const art::Lexicon& lex, const importers::ArticleRecord& article,
                                                    const importers::ImportOptions& options) {
  auto p = std::make_unique<PreparedArticle>();
  art::ArticleInput in{article.id, article.title, article.date, article.text};
  auto parsed = art::read_document(in, options.date.value_or(""));
  if (auto* err = std::get_if<art::InputError>(&parsed)) {
    p->error = *err;
    return p;
  }
  p->doc.emplace(std::move(std::get<art::Document>(parsed)));
  auto& a = p->analysis.emplace(*p->doc, lex);
  a.seg = art::segment(*p->doc, lex);
  if (a.seg.sentences.size() < 2) {
    p->error = art::InputError{0, false, "not an article: no paragraph of prose under the headline"};
    return p;
  }
  const auto& bits = lex.bits();
  if (bits.name) {
    auto not_name = bits.not_name | bits.weekday | bits.month | bits.title_word;
    for (auto& t : a.seg.tokens)
      if (t.has(art::kCap) && (!t.has(art::kAllCaps) || t.lower.find('.') != std::string::npos) &&
          !(t.classes & not_name))
        t.classes |= bits.name;
  }
  art::find_mentions(a);
  art::resolve(a);
  art::find_relations(a);
  return p;
}

std::optional<std::vector<importers::ExtractedFact>> finish(art::NameRegistry& registry,
                                                            importers::PreparedArticle& prepared,
                                                            const importers::ArticleRecord& article,
                                                            const std::string& file, std::size_t line,
                                                            const importers::DiagnosticSink& sink) {
  auto& p = static_cast<PreparedArticle&>(prepared);
  if (p.error) {  // reported as article::make_extractor reports it
    importers::Diagnostic d;
    d.file = file;
    d.message = p.error->message;
    if (line > 0) {
      d.line = line;
      if (p.error->has_offset) d.message += " (in the article text)";
    } else if (p.error->has_offset) {
      auto [l, c] = art::line_column(article.text, p.error->offset);
      d.line = l;
      d.column = c;
    }
    if (sink) sink(d);
    return std::nullopt;
  }
  auto& a = *p.analysis;
  if (std::getenv("FACTGRAPH_DEBUG_MENTIONS"))  // the same developer's view as article::Extractor
    for (const auto& m : a.mentions)
      std::fprintf(stderr, "#%d %s [%s] %s <- %s\n", m.sentence, std::string(art::label_name(m.label)).c_str(),
                   m.surface.c_str(), m.name.c_str(), m.rule.c_str());
  std::vector<importers::ExtractedFact> out;
  for (auto& f : art::make_facts(a, registry)) {
    if (auto* e = std::get_if<graph::EntityFact>(&f)) out.emplace_back(std::move(*e));
    else out.emplace_back(std::move(std::get<graph::RelationFact>(f)));
  }
  return out;
}

}  // namespace

void configure_importer(importers::Importer& importer, graph::Graph& g) {
  if (importer.options().threads <= 1) {
    importer.set_article_extractor(art::make_extractor(&g));
    return;
  }
  // A parallel import: the extractor's stages, split where the name registry comes in.
  std::shared_ptr<const art::Lexicon> lexicon = art::load_lexicon_from_environment();
  auto registry = std::make_shared<art::NameRegistry>();
  registry->seed(g);
  importers::ArticlePipeline pipeline;
  pipeline.prepare = [lexicon](const importers::ArticleRecord& article, const importers::ImportOptions& options) {
    return prepare(*lexicon, article, options);
  };
  pipeline.finish = [registry](importers::PreparedArticle& prepared, const importers::ArticleRecord& article,
                               const std::string& file, std::size_t line, const importers::ImportOptions&,
                               const importers::DiagnosticSink& sink) {
    return finish(*registry, prepared, article, file, line, sink);
  };
  importer.set_article_pipeline(std::move(pipeline));
}

}  // namespace fg::cli
