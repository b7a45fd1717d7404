#include "importers/importer.hpp"

#include <algorithm>
#include <iostream>
#include <iterator>
#include <stdexcept>

#include "graph/atomic_file.hpp"
#include "graph/schema.hpp"
#include "importers/line_source.hpp"
#include "importers/ordered_workers.hpp"

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

Importer::~Importer() = default;

void Importer::report(Diagnostic::Severity severity, const std::string& file, std::size_t line, std::size_t column,
                      std::string message) {
  if (sink_) sink_(Diagnostic{severity, file, line, column, std::move(message)});
}

void Importer::report_too_long(const std::string& file, std::size_t line, std::size_t length) {
  ++summary_.rejected;
  report(Diagnostic::Severity::Error, file, line, 1,
         "line is " + std::to_string(length) + " bytes, over the limit of " + std::to_string(options_.max_line_bytes) +
             " (raise it with --max-line-bytes)");
}

namespace {
bool is_article_file(const Input& input) { return !input.is_stdin() && input.path.extension() == ".txt"; }
std::string default_source_of(const Input& input) {
  return input.is_stdin() ? std::string("stdin") : input.path.filename().string();
}
}  // namespace

void Importer::import_input(const Input& input) {
  current_ = &input;
  ++summary_.files;
  const std::string display = input.display();
  if (is_article_file(input)) {
    ArticleRecord article;
    article.id = input.path.stem().string();
    article.text = graph::read_file(input.path);
    summary_.bytes += article.text.size();
    import_article(article, display, 0);
  } else {
    // Facts JSONL streams line by line: memory stays bounded whatever the file's size.
    const std::string name = default_source_of(input);
    LineSource source(input.is_stdin() ? std::string("-") : input.path.string(), options_.max_line_bytes);
    LineSource::Line line;
    while (source.next(line)) {
      if (line.too_long) report_too_long(display, line.number, line.length);
      else import_line(line.text, line.number, display, name);
      if (progress_) progress_(input, source.bytes_read(), source.size_hint());
    }
    summary_.bytes += source.bytes_read();
  }
  current_ = nullptr;
}

void Importer::import_all(const std::vector<Input>& inputs) {
  if (options_.threads > 1) return import_parallel(inputs);
  for (const auto& input : inputs) import_input(input);
}

// --- the parallel import ---
// The importing thread cuts the inputs into jobs (a batch of facts lines, or a few article
// files), worker threads parse and prepare them, and the importing thread merges the jobs in
// input order: diagnostics, merges and therefore the graph are exactly those of a 1-thread run.

namespace {
constexpr std::size_t kBatchLines = 4096;
constexpr std::size_t kBatchBytes = 2u << 20;
constexpr std::size_t kBatchArticles = 16;
}  // namespace

struct Importer::Job {
  enum class Kind { Lines, Articles, Failure } kind = Kind::Lines;
  const Input* input = nullptr;
  std::string file, source;  // display name and default source
  bool counts_file = false;  // the input's first job: counts it in the summary
  bool last = false;         // the input's last job
  std::exception_ptr failure;  // Kind::Failure: opening or reading the input failed

  // Kind::Lines: the batch's text, back to back, and what each line became.
  struct Line {
    enum class State { Ignored, TooLong, Error, Fact } state = State::Ignored;
    std::size_t offset = 0, size = 0, number = 0, length = 0;
    FactLine fact;
    LineError error;
    std::unique_ptr<PreparedArticle> prepared;
  };
  std::string text;
  std::vector<Line> lines;  // the first `count` are in use; the rest keep their storage
  std::size_t count = 0;
  std::size_t bytes_done = 0, size_hint = 0;  // progress through the input after this batch

  // Kind::Articles: .txt files, read and prepared by the worker.
  struct Article {
    const Input* input = nullptr;
    ArticleRecord record;
    std::unique_ptr<PreparedArticle> prepared;
    std::exception_ptr failure;
  };
  std::vector<Article> articles;
};

// Cuts the inputs into jobs, in order.
struct Importer::Feeder {
  const std::vector<Input>& inputs;
  std::size_t max_line_bytes;
  std::size_t next_input = 0;
  std::unique_ptr<LineSource> source;  // the facts input being read
  const Input* current = nullptr;

  // Fills `job` with the next piece of input; false when all input is taken.
  bool fill(Job& job) {
    job.count = 0;
    job.text.clear();
    job.articles.clear();
    job.failure = nullptr;
    job.counts_file = job.last = false;
    if (!source) {
      if (next_input == inputs.size()) return false;
      if (is_article_file(inputs[next_input])) {
        job.kind = Job::Kind::Articles;
        while (next_input < inputs.size() && is_article_file(inputs[next_input]) &&
               job.articles.size() < kBatchArticles) {
          job.articles.emplace_back();
          job.articles.back().input = &inputs[next_input++];
        }
        return true;
      }
      current = &inputs[next_input++];
      job.counts_file = true;
      try {
        source = std::make_unique<LineSource>(current->is_stdin() ? std::string("-") : current->path.string(),
                                              max_line_bytes);
      } catch (...) {
        job.kind = Job::Kind::Failure;
        job.failure = std::current_exception();
        return true;
      }
    }
    job.kind = Job::Kind::Lines;
    job.input = current;
    job.file = current->display();
    job.source = default_source_of(*current);
    try {
      LineSource::Line line;
      bool more = true;
      while (job.count < kBatchLines && job.text.size() < kBatchBytes && (more = source->next(line))) {
        if (job.count == job.lines.size()) job.lines.emplace_back();
        auto& slot = job.lines[job.count++];
        slot.number = line.number;
        slot.length = line.length;
        slot.offset = job.text.size();
        slot.size = line.text.size();
        slot.state = line.too_long ? Job::Line::State::TooLong : Job::Line::State::Ignored;
        job.text += line.text;
      }
      job.bytes_done = source->bytes_read();
      job.size_hint = source->size_hint();
      if (!more) {
        job.last = true;
        source.reset();
      }
    } catch (...) {
      job.kind = Job::Kind::Failure;
      job.failure = std::current_exception();
      source.reset();
    }
    return true;
  }
};

void Importer::prepare_job(Job& job, std::size_t worker) {
  auto& parser = worker_parsers_[worker];
  if (job.kind == Job::Kind::Lines) {
    for (std::size_t i = 0; i < job.count; ++i) {
      auto& slot = job.lines[i];
      slot.prepared.reset();
      if (slot.state == Job::Line::State::TooLong) continue;
      std::string_view line(job.text.data() + slot.offset, slot.size);
      if (is_ignorable_line(line)) {
        slot.state = Job::Line::State::Ignored;
      } else if (!parser.parse(line, job.source, slot.fact, slot.error)) {
        slot.state = Job::Line::State::Error;
      } else {
        slot.state = Job::Line::State::Fact;
        if (auto* article = std::get_if<ArticleRecord>(&slot.fact)) {
          if (article->id.empty()) article->id = job.source + ":" + std::to_string(slot.number);
          if (pipeline_.prepare) slot.prepared = pipeline_.prepare(*article, options_);
        }
      }
    }
  } else if (job.kind == Job::Kind::Articles) {
    for (auto& a : job.articles) {
      try {
        a.record = ArticleRecord{};
        a.record.id = a.input->path.stem().string();
        a.record.text = graph::read_file(a.input->path);
        if (pipeline_.prepare) a.prepared = pipeline_.prepare(a.record, options_);
      } catch (...) {
        a.failure = std::current_exception();
      }
    }
  }
}

void Importer::merge_job(Job& job) {
  if (job.kind == Job::Kind::Failure) std::rethrow_exception(job.failure);
  if (job.kind == Job::Kind::Articles) {
    for (auto& a : job.articles) {
      current_ = a.input;
      ++summary_.files;
      if (a.failure) std::rethrow_exception(a.failure);
      summary_.bytes += a.record.text.size();
      auto display = a.input->display();
      finish_article(a.prepared.get(), a.record, display, 0);
      a.prepared.reset();
      a.record.text = std::string();  // the text is not kept in the recycled job
    }
    current_ = nullptr;
    return;
  }
  current_ = job.input;
  if (job.counts_file) ++summary_.files;
  for (std::size_t i = 0; i < job.count; ++i) {
    auto& slot = job.lines[i];
    switch (slot.state) {
      case Job::Line::State::Ignored: break;
      case Job::Line::State::TooLong: report_too_long(job.file, slot.number, slot.length); break;
      case Job::Line::State::Error:
        ++summary_.rejected;
        report(Diagnostic::Severity::Error, job.file, slot.number, slot.error.column, slot.error.message);
        break;
      case Job::Line::State::Fact:
        if (auto* article = std::get_if<ArticleRecord>(&slot.fact)) {
          finish_article(slot.prepared.get(), *article, job.file, slot.number);
          slot.prepared.reset();
          *article = ArticleRecord{};
        } else if (auto* entity = std::get_if<graph::EntityFact>(&slot.fact)) {
          apply_entity(*entity, job.file, slot.number, 1);
        } else {
          apply_relation(std::get<graph::RelationFact>(slot.fact), job.file, slot.number, 1);
        }
        break;
    }
  }
  if (job.last) summary_.bytes += job.bytes_done;
  if (progress_) progress_(*job.input, job.bytes_done, job.size_hint);
  current_ = nullptr;
}

void Importer::finish_article(PreparedArticle* prepared, const ArticleRecord& article, const std::string& file,
                              std::size_t line) {
  if (!prepared || !pipeline_.finish) return import_article(article, file, line);
  auto facts = pipeline_.finish(*prepared, article, file, line, options_, sink_);
  if (!facts) {
    ++summary_.rejected;
    return;
  }
  ++summary_.articles;
  for (const auto& f : *facts) apply(f, file, line, line ? 1 : 0);
}

void Importer::import_parallel(const std::vector<Input>& inputs) {
  const std::size_t threads = options_.threads;
  worker_parsers_.resize(threads);
  // Jobs in flight (and their buffers, reused): enough to keep every worker busy while the
  // importing thread merges, few enough to bound memory (a few MB of text each).
  std::vector<std::unique_ptr<Job>> jobs;
  std::vector<Job*> free;
  for (std::size_t i = 0; i < 2 * threads + 2; ++i) {
    jobs.push_back(std::make_unique<Job>());
    free.push_back(jobs.back().get());
  }
  Feeder feeder{inputs, options_.max_line_bytes};
  OrderedWorkers<Job> workers(threads, [this](Job& job, std::size_t worker) { prepare_job(job, worker); });
  bool input_left = true;
  while (true) {
    while (input_left && !free.empty()) {
      Job* job = free.back();
      if (!feeder.fill(*job)) {
        input_left = false;
        break;
      }
      free.pop_back();
      workers.submit(job);
    }
    Job* done = workers.next_done();
    if (!done) break;
    merge_job(*done);
    free.push_back(done);
  }
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
  if (!parser_.parse(line, default_source, fact_, error_)) {
    ++summary_.rejected;
    report(Diagnostic::Severity::Error, file, line_no, error_.column, error_.message);
    return;
  }
  if (auto* article = std::get_if<ArticleRecord>(&fact_)) {
    if (article->id.empty()) article->id = default_source + ":" + std::to_string(line_no);
    import_article(*article, file, line_no);
  } else if (auto* entity = std::get_if<graph::EntityFact>(&fact_)) {
    apply_entity(*entity, file, line_no, 1);
  } else {
    apply_relation(std::get<graph::RelationFact>(fact_), file, line_no, 1);
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
  if (const auto* e = std::get_if<graph::EntityFact>(&fact)) return apply_entity(*e, file, line, column);
  return apply_relation(std::get<graph::RelationFact>(fact), file, line, column);
}

bool Importer::apply_entity(const graph::EntityFact& fact, const std::string& file, std::size_t line,
                            std::size_t column) {
  auto r = merger_.merge_entity(fact);
  return counted(r.ok, r.error, file, line, column);
}

bool Importer::apply_relation(const graph::RelationFact& fact, const std::string& file, std::size_t line,
                              std::size_t column) {
  auto r = merger_.merge_relation(fact);
  return counted(r.ok, r.error, file, line, column);
}

bool Importer::counted(bool ok, std::string& error, const std::string& file, std::size_t line, std::size_t column) {
  if (!ok) {
    ++summary_.rejected;
    report(Diagnostic::Severity::Error, file, line, column, std::move(error));
    return false;
  }
  ++summary_.imported;
  return true;
}

}  // namespace fg::importers
