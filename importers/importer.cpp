#include "importers/importer.hpp"

#include <algorithm>
#include <iostream>
#include <iterator>
#include <stdexcept>

#include "graph/atomic_file.hpp"
#include "graph/schema.hpp"
#include "importers/line_source.hpp"

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
  ++summary_.files;
  if (!input.is_stdin() && input.path.extension() == ".txt") {
    ArticleRecord article;
    article.id = input.path.stem().string();
    article.text = graph::read_file(input.path);
    summary_.bytes += article.text.size();
    import_article(article, input.display(), 0);
  } else {
    // Facts JSONL streams line by line: memory stays bounded whatever the file's size.
    auto name = input.is_stdin() ? std::string("stdin") : input.path.filename().string();
    LineSource source(input.is_stdin() ? std::string("-") : input.path.string(), options_.max_line_bytes);
    LineSource::Line line;
    while (source.next(line)) {
      if (line.too_long) {
        ++summary_.rejected;
        report(Diagnostic::Severity::Error, input.display(), line.number, 1,
               "line is " + std::to_string(line.length) + " bytes, over the limit of " +
                   std::to_string(options_.max_line_bytes) + " (raise it with --max-line-bytes)");
      } else {
        import_line(line.text, line.number, input.display(), name);
      }
      if (progress_) progress_(input, source.bytes_read(), source.size_hint());
    }
    summary_.bytes += source.bytes_read();
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
    pos = end + 1;
    import_line(line, ++line_no, file, default_source);
  }
}

void Importer::import_line(std::string_view line, std::size_t line_no, const std::string& file,
                           const std::string& default_source) {
  if (is_ignorable_line(line)) return;
  auto parsed = parse_fact_line(line, default_source);
  if (auto* err = std::get_if<LineError>(&parsed)) {
    ++summary_.rejected;
    report(Diagnostic::Severity::Error, file, line_no, err->column, err->message);
    return;
  }
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
