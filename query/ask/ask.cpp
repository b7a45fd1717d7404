#include "query/ask/ask.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <tuple>

#include "query/format/result_writer.hpp"

namespace fg::query::ask {

namespace {

using ordered_json = nlohmann::ordered_json;

const List* list_at(const Value& v, std::size_t i) {
  if (!v.is_list() || i >= v.as_list().size() || !v.as_list()[i].is_list()) return nullptr;
  return &v.as_list()[i].as_list();
}

// Flattens the helper columns (lists of per-fact lists) into one row's distinct sightings.
std::vector<Evidence> row_evidence(const Value& sources, const Value& sentences, const Value& evidences) {
  std::vector<Evidence> out;
  std::set<std::tuple<std::string, std::int64_t, std::string>> seen;
  if (!sources.is_list()) return out;
  for (std::size_t i = 0; i < sources.as_list().size(); ++i) {
    const auto* src = list_at(sources, i);
    if (!src) continue;
    const auto* sen = list_at(sentences, i);
    const auto* evi = list_at(evidences, i);
    for (std::size_t j = 0; j < src->size(); ++j) {
      Evidence e;
      if ((*src)[j].is_string()) e.source = (*src)[j].as_string();
      if (sen && j < sen->size() && (*sen)[j].is_int()) e.sentence = (*sen)[j].as_int();
      if (evi && j < evi->size() && (*evi)[j].is_string()) e.text = (*evi)[j].as_string();
      if (seen.emplace(e.source, e.sentence.value_or(-1), e.text).second) out.push_back(std::move(e));
    }
  }
  return out;
}

std::string node_summary(const graph::GraphView& g, const NameResolver& names, std::string_view phrase) {
  auto r = names.resolve(phrase, {"Person", "State", "Organization", "Meeting", "Place"});
  std::string out;
  for (auto n : r.nodes) {
    auto all = names.names_of(n);
    out += all.empty() ? std::string("?") : all.front();
    out += " (";
    auto labels = g.labels(n);
    for (std::size_t i = 0; i < labels.size(); ++i) out += (i ? ":" : "") + g.symbol_name(labels[i]);
    out += ")";
    if (all.size() > 1) {
      out += ", also ";
      for (std::size_t i = 1; i < all.size(); ++i) out += (i > 1 ? ", " : "") + ("\"" + all[i] + "\"");
    }
    for (std::string_view key : {"title", "date", "status", "kind", "iso2"})
      if (auto sym = g.find_symbol(key))
        if (auto v = g.node_value(n, *sym); v.is_string()) out += "; " + std::string(key) + ": " + std::string(v.as_string());
    std::map<std::string, std::size_t> counts;
    for (const auto& a : g.out_adjacent(n)) ++counts[g.symbol_name(a.type)];
    for (const auto& a : g.in_adjacent(n)) ++counts[g.symbol_name(a.type)];
    if (!counts.empty()) {
      out += "; relationships:";
      for (const auto& [type, count] : counts) out += " " + type + " " + std::to_string(count);
    }
    out += "\n";
  }
  return out;
}

std::string evidence_line(const Evidence& e) {
  std::string where = e.source.empty() ? std::string("?") : e.source;
  if (e.sentence) where += " #" + std::to_string(*e.sentence);
  return "[" + where + "] " + (e.text.empty() ? std::string("(no sentence recorded)") : e.text);
}

}  // namespace

AskResult answer(const graph::GraphView& g, std::string_view question, const AskOptions& opts) {
  AskResult a;
  a.question = std::string(question);
  a.parsed = parse_question(question);
  NameResolver names(g);
  auto plan = plan_question(a.parsed, names);
  a.cypher_with_parameters = plan.cypher;
  a.params = plan.params;
  a.cypher = inline_parameters(plan.cypher, plan.params);
  a.notes = plan.notes;
  a.columns = plan.columns;
  if (a.parsed.form == Form::About) a.summary = node_summary(g, names, a.parsed.slot("x"));

  QueryOptions qopts = opts.query;
  qopts.allow_writes = false;
  auto result = execute(g, plan.cypher, plan.params, qopts);
  auto index_of = [&](std::string_view name) {
    auto it = std::find(result.columns.begin(), result.columns.end(), name);
    return it == result.columns.end() ? result.columns.size() : static_cast<std::size_t>(it - result.columns.begin());
  };
  std::vector<std::size_t> answer_index;
  for (const auto& c : a.columns) answer_index.push_back(index_of(c));
  auto src = index_of(kSourcesColumn), sen = index_of(kSentencesColumn), evi = index_of(kEvidencesColumn);
  const Value null;
  auto cell = [&](const std::vector<Value>& row, std::size_t i) -> const Value& { return i < row.size() ? row[i] : null; };
  for (const auto& row : result.rows) {
    std::vector<Value> out;
    bool all_null = true;
    for (auto i : answer_index) {
      out.push_back(cell(row, i));
      all_null = all_null && out.back().is_null();
    }
    if (all_null) continue;  // an OPTIONAL MATCH that found nothing is no answer
    a.rows.push_back(std::move(out));
    a.evidence.push_back(row_evidence(cell(row, src), cell(row, sen), cell(row, evi)));
  }
  return a;
}

void write_answer(std::ostream& out, const graph::GraphView& g, const AskResult& a, AnswerFormat format) {
  if (format == AnswerFormat::Json) {
    ordered_json j;
    j["question"] = a.question;
    j["cypher"] = a.cypher;
    j["columns"] = a.columns;
    j["rows"] = ordered_json::array();
    for (const auto& row : a.rows) {
      ordered_json r = ordered_json::object();
      for (std::size_t i = 0; i < a.columns.size() && i < row.size(); ++i)
        r[a.columns[i]] = ordered_json::parse(to_json_text(g, row[i]));
      j["rows"].push_back(std::move(r));
    }
    j["evidence"] = ordered_json::array();
    for (const auto& ev : a.evidence) {
      ordered_json list = ordered_json::array();
      for (const auto& e : ev) {
        ordered_json item;
        item["source"] = e.source;
        item["sentence"] = e.sentence ? ordered_json(*e.sentence) : ordered_json(nullptr);
        item["evidence"] = e.text;
        list.push_back(std::move(item));
      }
      j["evidence"].push_back(std::move(list));
    }
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  QueryResult r;
  r.columns = a.columns;
  r.rows = a.rows;
  WriteOptions wo;
  if (format == AnswerFormat::Csv) {
    r.columns.push_back("sources");
    r.columns.push_back("evidence");
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
      std::string sources, evidence;
      std::set<std::string> seen;
      for (const auto& e : a.evidence[i]) {
        if (seen.insert(e.source).second) sources += (sources.empty() ? "" : "; ") + e.source;
        evidence += (evidence.empty() ? "" : " | ") + e.text;
      }
      r.rows[i].emplace_back(sources);
      r.rows[i].emplace_back(evidence);
    }
    wo.format = OutputFormat::Csv;
    write_result(out, g, r, wo);
    return;
  }
  if (!a.summary.empty()) out << a.summary;
  for (const auto& n : a.notes) out << "(" << n << ")\n";
  wo.format = OutputFormat::Table;
  write_result(out, g, r, wo);
  bool any = std::any_of(a.evidence.begin(), a.evidence.end(), [](const auto& e) { return !e.empty(); });
  if (!any) return;
  out << "Evidence:\n";
  for (std::size_t i = 0; i < a.rows.size(); ++i) {
    std::string label;
    for (std::size_t c = 0; c < a.rows[i].size(); ++c) {
      const auto& v = a.rows[i][c];
      label += (c ? " | " : "") + (v.is_string() ? std::string(v.as_string()) : to_json_text(g, v));
    }
    out << "  " << (i + 1) << ". " << label << "\n";
    for (const auto& e : a.evidence[i]) out << "       " << evidence_line(e) << "\n";
  }
}

std::string refusal_message(const ParseFailure& e) {
  std::string out = std::string(e.what()) + ". Questions I can answer look like:\n";
  for (const auto& c : e.closest) out += "  " + c + "\n";
  out += "(factgraph ask --help lists every form)";
  return out;
}

bool is_question_start(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
  std::string word;
  while (i < line.size() && std::isalpha(static_cast<unsigned char>(line[i])))
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(line[i++])));
  if (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i])) && line[i] != '?' && line[i] != '\'')
    return false;
  static const std::set<std::string, std::less<>> starts = {"who",  "whom", "what", "which", "where",
                                                            "when", "how",  "list", "is",    "are"};
  return starts.count(word) > 0;
}

}  // namespace fg::query::ask
