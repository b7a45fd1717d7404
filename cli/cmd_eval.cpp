// factgraph eval ARTICLES_DIR [GOLD_DIR] [--format text|json] [--details]: scores the article
// importer against gold files (shared/spec/gold.md). Exit 0 unless it could not run.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "graph/atomic_file.hpp"
#include "importers/article/extractor.hpp"
#include "importers/article/gold_eval.hpp"
#include "graph/merge.hpp"
#include "graph/schema.hpp"
#include "query/ask/ask.hpp"
#include "query/format/cypher_notation.hpp"

namespace fg::cli {

namespace {
namespace fs = std::filesystem;
namespace art = importers::article;

struct EvalArgs {
  std::string articles, gold;
  std::string format = "text";
  bool details = false;
  std::vector<std::string> patterns;
  std::string data_dir;
};

struct Pair {
  fs::path txt, json;
};

std::vector<Pair> pair_files(const fs::path& articles, const fs::path& gold, std::vector<std::string>& warnings) {
  std::vector<fs::path> txts, jsons;
  for (auto& e : fs::directory_iterator(articles))
    if (e.is_regular_file() && e.path().extension() == ".txt") txts.push_back(e.path());
  for (auto& e : fs::directory_iterator(gold))
    if (e.is_regular_file() && e.path().extension() == ".json") jsons.push_back(e.path());
  std::sort(txts.begin(), txts.end());
  std::vector<Pair> out;
  if (txts.size() == 1 && jsons.size() == 1) return {{txts[0], jsons[0]}};
  for (auto& t : txts) {
    auto j = gold / (t.stem().string() + ".json");
    if (fs::exists(j)) out.push_back({t, j});
    else warnings.push_back(t.string() + ": no gold file " + j.string() + "; not scored");
  }
  return out;
}

nlohmann::ordered_json counts_json(const art::Counts& c, bool attribute) {
  nlohmann::ordered_json j;
  auto r3 = [](double x) { return std::round(x * 10000.0) / 10000.0; };
  j["precision"] = r3(c.precision());
  j["recall"] = r3(c.recall());
  j["f1"] = r3(c.f1());
  j["tp"] = c.tp;
  j["fp"] = c.fp;
  j["fn"] = c.fn;
  if (attribute && c.attr_total) {
    j["attribute_matched"] = c.attr_matched;
    j["attribute_total"] = c.attr_total;
    j["attribute_accuracy"] = r3(static_cast<double>(c.attr_matched) / static_cast<double>(c.attr_total));
  }
  return j;
}

const char* attribute_of(const std::string& list) {
  if (list == "represents") return "forum";
  if (list == "holds_role") return "title";
  if (list == "held_in") return "date";
  return nullptr;
}

void print_row(const std::string& name, const art::Counts& c, const char* attribute) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "  %-14s %6.3f %6.3f %6.3f %5zu %5zu %5zu", name.c_str(), c.precision(), c.recall(), c.f1(), c.tp,
                c.fp, c.fn);
  std::cout << buf;
  if (attribute && c.attr_total) std::cout << "   " << attribute << " " << c.attr_matched << "/" << c.attr_total;
  std::cout << "\n";
}

// Scores a gold question by asking it (factgraph ask) on a graph built from the article's own
// extracted facts, as the article importer would have imported them.
art::QuestionScorer ask_scorer() {
  struct Cache {
    const std::vector<art::Fact>* facts = nullptr;
    std::unique_ptr<graph::Graph> g;
  };
  auto cache = std::make_shared<Cache>();
  return [cache](const art::GoldQuestion& q, const std::vector<art::Fact>& facts,
                 std::string& error) -> std::optional<std::vector<std::vector<std::string>>> {
    if (cache->facts != &facts || !cache->g) {
      cache->g = std::make_unique<graph::Graph>();
      graph::Merger merger(*cache->g, &graph::Schema::v1());
      for (const auto& f : facts) {
        if (const auto* e = std::get_if<graph::EntityFact>(&f)) merger.merge_entity(*e);
        else merger.merge_relation(std::get<graph::RelationFact>(f));
      }
      cache->facts = &facts;
    }
    std::vector<std::vector<std::string>> rows;
    try {
      auto a = query::ask::answer(*cache->g, q.ask);
      for (const auto& row : a.rows) {
        std::vector<std::string> cells;
        for (const auto& v : row) cells.push_back(query::plain_text(*cache->g, v));
        rows.push_back(std::move(cells));
      }
    } catch (const std::exception& e) {
      error = e.what();
      return rows;  // asked but not answered: counts against accuracy
    }
    return rows;
  };
}

int run_eval(const EvalArgs& args) {
  fs::path articles(args.articles), gold(args.gold.empty() ? args.articles : args.gold);
  for (const auto& d : {articles, gold})
    if (!fs::is_directory(d)) {
      std::cerr << d.string() << ": no such folder\n";
      return kExitFailure;
    }
  std::shared_ptr<const art::Lexicon> lex;
  try {
    lex = art::load_lexicon_from_environment(args.data_dir, args.patterns);
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return kExitFailure;
  }
  std::vector<std::string> warnings;
  auto pairs = pair_files(articles, gold, warnings);
  for (const auto& w : warnings) std::cerr << w << "\n";
  if (pairs.empty()) {
    std::cerr << articles.string() << ": no article with a gold file to score\n";
    return kExitFailure;
  }

  std::vector<art::ArticleScore> scores;
  std::map<std::string, art::Counts> ent_total, rel_total;
  art::Counts ent_micro, rel_micro;
  std::size_t questions = 0, scored = 0, answered = 0;
  int errors = 0;
  for (const auto& p : pairs) {
    art::GoldArticle g;
    try {
      g = art::parse_gold(graph::read_file(p.json), p.json.string());
    } catch (const std::exception& e) {
      std::cerr << e.what() << "\n";
      ++errors;
      continue;
    }
    art::ArticleInput in;
    in.id = p.txt.stem().string();
    in.text = graph::read_file(p.txt);
    art::Extractor extractor(lex);  // each article on its own, as its gold file describes it alone
    auto r = extractor.extract(in, g.date);
    std::vector<art::Fact> facts;
    if (auto* err = std::get_if<art::InputError>(&r)) {
      std::cerr << p.txt.string() << ": " << err->message << " (scored as extracting nothing)\n";
      ++errors;
    } else {
      facts = std::move(std::get<std::vector<art::Fact>>(r));
    }
    if (g.id.empty()) g.id = in.id;
    auto s = art::score_article(g, facts, ask_scorer());
    for (auto& [l, c] : s.entities) {
      ent_total[l] += c;
      ent_micro += c;
    }
    for (auto& [l, c] : s.relations) {
      rel_total[l] += c;
      rel_micro += c;
    }
    questions += s.questions.size();
    for (const auto& q : s.questions) {
      if (q.answered) ++scored;
      if (q.answered.value_or(false)) ++answered;
    }
    scores.push_back(std::move(s));
  }

  if (args.format == "json") {
    nlohmann::ordered_json j;
    j["articles_dir"] = articles.string();
    j["gold_dir"] = gold.string();
    j["articles"] = nlohmann::ordered_json::array();
    for (const auto& s : scores) {
      nlohmann::ordered_json a;
      a["id"] = s.id;
      art::Counts e, r;
      for (auto& [l, c] : s.entities) e += c;
      for (auto& [l, c] : s.relations) r += c;
      a["entities"] = counts_json(e, false);
      a["relations"] = counts_json(r, false);
      for (auto& [l, c] : s.entities) a["entity_labels"][l] = counts_json(c, false);
      for (auto& [l, c] : s.relations) a["relation_types"][l] = counts_json(c, true);
      a["questions"] = nlohmann::ordered_json::array();
      for (const auto& q : s.questions) {
        nlohmann::ordered_json qj;
        qj["ask"] = q.ask;
        qj["answered"] = q.answered ? nlohmann::ordered_json(*q.answered) : nlohmann::ordered_json(nullptr);
        qj["status"] = q.note;
        a["questions"].push_back(qj);
      }
      if (args.details) {
        a["misses"] = nlohmann::ordered_json::array();
        for (const auto& m : s.misses) a["misses"].push_back({{"kind", m.kind}, {"what", m.what}, {"item", m.item}});
      }
      j["articles"].push_back(a);
    }
    for (auto& [l, c] : ent_total) j["entities"][l] = counts_json(c, false);
    j["entities"]["micro"] = counts_json(ent_micro, false);
    for (auto& [l, c] : rel_total) j["relations"][l] = counts_json(c, true);
    j["relations"]["micro"] = counts_json(rel_micro, false);
    j["questions"] = {{"total", questions},
                      {"scored", scored},
                      {"answered", answered},
                      {"not_scored", questions - scored},
                      {"accuracy", scored ? static_cast<double>(answered) / static_cast<double>(scored) : 0.0}};
    j["errors"] = errors;
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }

  std::cout << "eval: " << scores.size() << " article" << (scores.size() == 1 ? "" : "s") << " from " << articles.string()
            << " (gold: " << gold.string() << ")\n\n";
  for (const auto& s : scores) {
    art::Counts e, r;
    for (auto& [l, c] : s.entities) e += c;
    for (auto& [l, c] : s.relations) r += c;
    char buf[200];
    std::snprintf(buf, sizeof buf, "  %-44s entities F1 %.3f   relations F1 %.3f", s.id.c_str(), e.f1(), r.f1());
    std::cout << buf << "\n";
    if (args.details)
      for (const auto& m : s.misses) std::cout << "      " << m.kind << " " << m.what << ": " << m.item << "\n";
  }
  std::cout << "\nENTITIES            P      R     F1    tp    fp    fn\n";
  for (auto& [l, c] : ent_total) print_row(l, c, nullptr);
  print_row("micro", ent_micro, nullptr);
  std::cout << "\nRELATIONS           P      R     F1    tp    fp    fn   attribute\n";
  for (auto& [l, c] : rel_total) print_row(l, c, attribute_of(l));
  print_row("micro", rel_micro, nullptr);
  std::cout << "\nQUESTIONS (asked through factgraph ask on each article's extracted graph)\n";
  for (const auto& s : scores)
    for (const auto& q : s.questions)
      std::cout << "  " << (q.answered ? (*q.answered ? "answered    " : "not answered") : "not scored  ") << "  "
                << s.id << ": " << q.ask << " (" << q.note << ")\n";
  char qbuf[160];
  std::snprintf(qbuf, sizeof qbuf, "  accuracy %zu/%zu = %.3f", answered, scored,
                scored ? static_cast<double>(answered) / static_cast<double>(scored) : 0.0);
  std::cout << qbuf << "\n";
  if (errors) std::cout << errors << " article(s) could not be read or extracted (see stderr)\n";
  return kExitOk;
}
}  // namespace

namespace {
Command register_eval(CLI::App& app) {
  auto args = std::make_shared<EvalArgs>();
  auto* cmd = app.add_subcommand("eval", "Score the article importer against gold files (shared/spec/gold.md)");
  cmd->add_option("articles", args->articles, "Folder of NN-slug.txt articles")->required();
  cmd->add_option("gold", args->gold, "Folder of NN-slug.json gold files (default: the articles folder)");
  cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  cmd->add_flag("--details", args->details, "List every missed and extra item");
  cmd->add_option("--patterns", args->patterns, "Extra pattern files or folders of *.rules");
  cmd->add_option("--data-dir", args->data_dir, "A data folder that replaces or extends the built-in lexicons and patterns");
  return [args] { return run_eval(*args); };
}
}  // namespace

FG_REGISTER_COMMAND("eval", register_eval);

}  // namespace fg::cli
