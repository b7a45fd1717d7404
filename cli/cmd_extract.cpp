// factgraph extract ARTICLE... [--date D] [--format jsonl|table] [--explain]: prints the facts the
// article importer finds (facts JSONL), touching no graph. Articles extracted together merge their
// names as an import would.
#include <iostream>
#include <iterator>

#include "cli/commands.hpp"
#include "graph/atomic_file.hpp"
#include "importers/article/extractor.hpp"
#include "importers/facts_jsonl.hpp"

namespace fg::cli {

namespace {
struct ExtractArgs {
  std::vector<std::string> paths;
  std::string date;
  std::string format = "jsonl";
  bool explain = false;
  std::vector<std::string> patterns;
  std::string data_dir;
};

std::string props_text(const graph::PropertyList& props) {
  std::string out;
  for (const auto& [k, v] : props) {
    if (!out.empty()) out += ", ";
    out += k + "=" + (v.is_string() ? v.as_string() : v.to_string());
  }
  return out;
}

void print_table(const std::vector<importers::article::Fact>& facts, bool explain) {
  for (const auto& f : facts) {
    const graph::Sighting* s;
    if (const auto* e = std::get_if<graph::EntityFact>(&f)) {
      std::cout << e->label << "\t" << e->name;
      if (!e->aliases.empty()) {
        std::cout << " (aka ";
        for (std::size_t i = 0; i < e->aliases.size(); ++i) std::cout << (i ? "; " : "") << e->aliases[i];
        std::cout << ")";
      }
      if (!e->props.empty()) std::cout << "\t{" << props_text(e->props) << "}";
      s = &e->sighting;
    } else {
      const auto& r = std::get<graph::RelationFact>(f);
      std::cout << r.type << "\t" << r.from.name << " -> " << r.to.name;
      if (!r.props.empty()) std::cout << "\t{" << props_text(r.props) << "}";
      s = &r.sighting;
    }
    std::cout << "\t[" << s->source << " #" << s->sentence.value_or(0) << "]";
    if (explain) std::cout << "\n\trule " << s->rule << ", confidence " << s->confidence.value_or(1.0) << ": " << s->evidence;
    std::cout << "\n";
  }
}

int run_extract(const ExtractArgs& args) {
  if (!args.date.empty() && !importers::article::is_iso_date(args.date)) {
    std::cerr << "--date: '" << args.date << "' is not a YYYY-MM-DD date\n";
    return kExitUsage;
  }
  std::shared_ptr<const importers::article::Lexicon> lex;
  try {
    lex = importers::article::load_lexicon_from_environment(args.data_dir, args.patterns);
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return kExitFailure;
  }
  importers::article::Extractor extractor(lex);
  std::vector<importers::Input> inputs;
  try {
    inputs = importers::expand_inputs(args.paths);
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return kExitFailure;
  }
  int failed = 0;
  auto run_one = [&](const importers::article::ArticleInput& in, const std::string& file, std::size_t line) {
    auto r = extractor.extract(in, args.date);
    if (auto* err = std::get_if<importers::article::InputError>(&r)) {
      ++failed;
      std::cerr << file;
      if (line) std::cerr << ":" << line;
      else if (err->has_offset) {
        auto [l, c] = importers::article::line_column(in.text, err->offset);
        std::cerr << ":" << l << ":" << c;
      }
      std::cerr << ": " << err->message << "\n";
      return;
    }
    auto& facts = std::get<std::vector<importers::article::Fact>>(r);
    if (!args.explain)
      for (auto& f : facts) std::visit([](auto& x) { x.sighting.rule.clear(); }, f);
    if (args.format == "table") {
      print_table(facts, args.explain);
      return;
    }
    for (const auto& f : facts)
      std::cout << std::visit([](const auto& x) { return importers::to_jsonl(x); }, f) << "\n";
  };
  for (const auto& input : inputs) {
    std::string text;
    try {
      if (input.is_stdin()) text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
      else text = graph::read_file(input.path);
    } catch (const std::exception& e) {
      std::cerr << e.what() << "\n";
      ++failed;
      continue;
    }
    if (input.is_stdin() || input.path.extension() != ".jsonl") {
      importers::article::ArticleInput in;
      in.id = input.is_stdin() ? "stdin" : input.path.stem().string();
      in.text = std::move(text);
      run_one(in, input.display(), 0);
      continue;
    }
    // facts JSONL: its article lines
    std::size_t pos = 0, line_no = 0;
    while (pos < text.size()) {
      auto end = text.find('\n', pos);
      if (end == std::string::npos) end = text.size();
      std::string_view line(text.data() + pos, end - pos);
      ++line_no;
      pos = end + 1;
      if (importers::is_ignorable_line(line)) continue;
      auto parsed = importers::parse_fact_line(line, input.path.stem().string());
      if (auto* err = std::get_if<importers::LineError>(&parsed)) {
        std::cerr << input.display() << ":" << line_no << ":" << err->column << ": " << err->message << "\n";
        ++failed;
        continue;
      }
      auto& fact = std::get<importers::FactLine>(parsed);
      if (auto* art = std::get_if<importers::ArticleRecord>(&fact)) {
        importers::article::ArticleInput in{art->id.empty() ? input.path.stem().string() + ":" + std::to_string(line_no) : art->id,
                                            art->title, art->date, art->text};
        run_one(in, input.display(), line_no);
      }
    }
  }
  return failed ? kExitFailure : kExitOk;
}
}  // namespace

namespace {
Command register_extract(CLI::App& app) {
  auto args = std::make_shared<ExtractArgs>();
  auto* cmd = app.add_subcommand("extract", "Print the facts the article importer finds in articles (no graph is touched)");
  cmd->add_option("articles", args->paths, "Article .txt files, folders of them, facts JSONL with article lines, or - for stdin")
      ->required();
  cmd->add_option("--date", args->date, "Publication date (YYYY-MM-DD) for articles that carry none");
  cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"jsonl", "table"}))->capture_default_str();
  cmd->add_flag("--explain", args->explain, "Show the rule (pattern or lexicon) and evidence behind each fact");
  cmd->add_option("--patterns", args->patterns, "Extra pattern files or folders of *.rules (see docs/article-importer.md)");
  cmd->add_option("--data-dir", args->data_dir, "A data folder whose lexicon/, gazetteer/, patterns/ files replace or extend the built-in ones");
  return [args] { return run_extract(*args); };
}
}  // namespace

FG_REGISTER_COMMAND("extract", register_extract);

}  // namespace fg::cli
