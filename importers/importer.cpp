#include "importers/importer.hpp"

#include <algorithm>
#include <iostream>
#include <iterator>
#include <stdexcept>

#include "graph/atomic_file.hpp"
#include "graph/schema.hpp"

namespace fg::importers {

namespace fs = std::filesystem;

std::vector<Input> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<Input> inputs;
  for (const auto& p : paths) {
    if (p == "-") {
      inputs.push_back({"-"});
      continue;
    }
    std::error_code ec;
    auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) throw std::runtime_error(p + ": no such file or folder");
    if (fs::is_directory(status)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        auto ext = it->path().extension();
        if (ext == ".jsonl" || ext == ".txt") found.push_back(it->path());
      }
      if (ec) throw std::runtime_error(p + ": cannot read folder: " + ec.message());
      std::sort(found.begin(), found.end());
      for (auto& f : found) inputs.push_back({std::move(f)});
    } else {
      inputs.push_back({p});
    }
  }
  return inputs;
}

Importer::Importer(graph::Graph& g, ImportOptions options, DiagnosticSink sink)
    : options_(std::move(options)),
      sink_(std::move(sink)),
      merger_(g, options_.allow_extensions ? nullptr : &graph::Schema::v1()) {}

void Importer::report(Diagnostic::Severity severity, const std::string& file, std::size_t line, std::size_t column,
                      std::string message) {
  if (sink_) sink_(Diagnostic{severity, file, line, column, std::move(message)});
}

void Importer::import_input(const Input& input) {
  current_ = &input;
  std::string text;
  if (input.is_stdin()) {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    text = graph::read_file(input.path);
  }
  ++summary_.files;
  summary_.bytes += text.size();
  auto name = input.is_stdin() ? std::string("stdin") : input.path.filename().string();
  if (!input.is_stdin() && input.path.extension() == ".txt") {
    ArticleRecord article;
    article.id = input.path.stem().string();
    article.text = std::move(text);
    import_article(article, input.display(), 0);
  } else {
    import_jsonl(text, input.display(), name);
  }
  current_ = nullptr;
}

void Importer::import_jsonl(std::string_view text, const std::string& file, const std::string& default_source) {
  std::size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    auto end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    pos = end + 1;
    if (is_ignorable_line(line)) continue;
    auto parsed = parse_fact_line(line, default_source);
    if (auto* err = std::get_if<LineError>(&parsed)) {
      ++summary_.rejected;
      report(Diagnostic::Severity::Error, file, line_no, err->column, err->message);
    } else {
      auto& fact = std::get<FactLine>(parsed);
      if (auto* article = std::get_if<ArticleRecord>(&fact)) {
        if (article->id.empty()) article->id = default_source + ":" + std::to_string(line_no);
        import_article(*article, file, line_no);
      } else if (auto* entity = std::get_if<graph::EntityFact>(&fact)) {
        apply(*entity, file, line_no, 1);
      } else {
        apply(std::get<graph::RelationFact>(fact), file, line_no, 1);
      }
    }
    if (progress_ && current_) progress_(*current_, std::min(pos, text.size()), text.size());
  }
}

void Importer::import_article(const ArticleRecord& article, const std::string& file, std::size_t line) {
  if (!extractor_) {
    ++summary_.rejected;
    report(Diagnostic::Severity::Error, file, line, line ? 1 : 0,
           "articles cannot be imported: this factgraph was built without the article importer");
    return;
  }
  auto facts = extractor_(article, file, line, options_, sink_);
  if (!facts) {
    ++summary_.rejected;
    return;
  }
  ++summary_.articles;
  for (const auto& f : *facts) apply(f, file, line, line ? 1 : 0);
}

bool Importer::apply(const ExtractedFact& fact, const std::string& file, std::size_t line, std::size_t column) {
  std::string error;
  if (const auto* e = std::get_if<graph::EntityFact>(&fact)) {
    auto r = merger_.merge_entity(*e);
    if (!r.ok) error = r.error;
  } else {
    auto r = merger_.merge_relation(std::get<graph::RelationFact>(fact));
    if (!r.ok) error = r.error;
  }
  if (!error.empty()) {
    ++summary_.rejected;
    report(Diagnostic::Severity::Error, file, line, column, error);
    return false;
  }
  ++summary_.imported;
  return true;
}

}  // namespace fg::importers
