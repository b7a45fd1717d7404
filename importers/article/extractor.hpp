#pragma once
// The article importer: article text in, facts out (segment -> tokenize -> match -> mentions ->
// resolve -> relations -> dates -> facts). One Extractor keeps the lexicon and the cross-article
// name registry, so several articles extracted by it merge their people, bodies and meetings.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "graph/graph.hpp"
#include "importers/article/analysis.hpp"
#include "importers/article/document.hpp"
#include "importers/article/facts.hpp"
#include "importers/article/lexicon.hpp"
#include "importers/importer.hpp"

namespace fg::importers::article {

struct ExtractStats {
  std::size_t sentences = 0, tokens = 0, mentions = 0, entities = 0, relations = 0, skipped_lines = 0;
};

// An article taken through the stages that read only the lexicon (document, segments, mentions,
// resolution, relations): safe on any thread. The facts come from finish_article, which needs the
// import-wide name registry and so runs in input order.
struct AnalyzedArticle {
  std::optional<Document> doc;
  std::optional<Analysis> analysis;  // refers to *doc: an AnalyzedArticle never moves once filled
  std::optional<InputError> error;
};
void analyze_article(const Lexicon& lex, const ArticleInput& in, const std::string& fallback_date, AnalyzedArticle& out);
std::vector<Fact> finish_article(Analysis& a, NameRegistry& registry, ExtractStats* stats = nullptr);

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const Lexicon> lexicon);
  // Learns the names a graph already holds, so new articles use their spellings.
  void seed(const graph::Graph& g) { registry_.seed(g); }

  std::variant<std::vector<Fact>, InputError> extract(const ArticleInput& in, const std::string& fallback_date,
                                                      ExtractStats* stats = nullptr);
  const Lexicon& lexicon() const { return *lex_; }

 private:
  std::shared_ptr<const Lexicon> lex_;
  NameRegistry registry_;
};

// FILE:LINE:COL of a byte offset in a text (columns in code points, both 1-based).
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset);

// The extractor `factgraph import` plugs into its Importer. The data folder and extra pattern
// files come from FACTGRAPH_DATA_DIR and FACTGRAPH_PATTERNS (':'-separated) when set; names already
// in `existing` are reused. Throws std::runtime_error for unreadable or malformed data files.
ArticleExtractor make_extractor(const graph::Graph* existing = nullptr);

// The lexicon for the environment described above.
std::shared_ptr<const Lexicon> load_lexicon_from_environment(const std::string& data_dir = "",
                                                             const std::vector<std::string>& pattern_files = {});

}  // namespace fg::importers::article
