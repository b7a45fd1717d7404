#include "cli/support/import_setup.hpp"

#include <memory>
#include <optional>

#include "importers/article/extractor.hpp"

namespace fg::cli {

namespace {

namespace art = importers::article;

// What a worker thread makes of one article: article::analyze_article's stages.
class PreparedArticle final : public importers::PreparedArticle {
 public:
  art::AnalyzedArticle article;
};

std::unique_ptr<importers::PreparedArticle> prepare(const art::Lexicon& lex, const importers::ArticleRecord& article,
                                                    const importers::ImportOptions& options) {
  auto p = std::make_unique<PreparedArticle>();
  art::ArticleInput in{article.id, article.title, article.date, article.text};
  art::analyze_article(lex, in, options.date.value_or(""), p->article);
  return p;
}

std::optional<std::vector<importers::ExtractedFact>> finish(art::NameRegistry& registry,
                                                            importers::PreparedArticle& prepared,
                                                            const importers::ArticleRecord& article,
                                                            const std::string& file, std::size_t line,
                                                            const importers::DiagnosticSink& sink) {
  auto& p = static_cast<PreparedArticle&>(prepared).article;
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
  std::vector<importers::ExtractedFact> out;
  for (auto& f : art::finish_article(*p.analysis, registry)) {
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
