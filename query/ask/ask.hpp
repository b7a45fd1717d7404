#pragma once
// Questions in plain English, answered exactly through Cypher (issue 9).
//
// ---------------------------------------------------------------------------------------------
// For the CLI (`factgraph ask`), the REPL (`:ask`, and lines starting with who, whom, what,
// which, where, when, how, list, is or are) and `factgraph eval`:
//
//   fg::query::ask::AskOptions opts;                    // query limits, as for `query`
//   try {
//     auto a = fg::query::ask::answer(graph, "who represents Russia at which forum?", opts);
//     a.columns   -> answer columns in the question's slot order ("who", "forum")
//     a.rows      -> one std::vector<Value> per row, cells in column order (distinct, sorted)
//     a.evidence  -> per row: the (source, sentence, evidence) sightings of the facts behind it
//     a.cypher    -> the Cypher that ran, its parameters inlined (runs as-is in `factgraph query`)
//     a.notes     -> how vague names were read ("\"Pretoria peace talks\" read as ...")
//     write_answer(std::cout, graph, a, AnswerFormat::Table);   // or Csv, Json
//   } catch (const fg::query::ask::ParseFailure& e) {  // outside the grammar: e.what() is
//     e.closest -> example questions of the nearest forms  //   "I can't parse that question"
//   } catch (const fg::query::ask::AskError& e) {      // a name the graph does not know
//   } catch (const fg::query::QueryError& e) {         // a limit of the engine (max rows, timeout)
//   }
//
// parse_question(text) (question.hpp) parses without a graph; plan_question(parsed, resolver)
// (cypher_template.hpp) gives the Cypher without running it. is_question_start(line) tells the
// REPL whether a line should be asked rather than run as Cypher.
// ---------------------------------------------------------------------------------------------
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"
#include "query/ask/cypher_template.hpp"
#include "query/ask/question.hpp"
#include "query/engine.hpp"

namespace fg::query::ask {

struct Evidence {
  std::string source;
  std::optional<std::int64_t> sentence;
  std::string text;
};

struct AskResult {
  std::string question;
  ParsedQuestion parsed;
  std::string cypher;                 // parameters inlined
  std::string cypher_with_parameters;
  Params params;
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  std::vector<std::vector<Evidence>> evidence;  // parallel to rows
  std::vector<std::string> notes;
  std::string summary;  // "what do we know about X": label, aliases and relationship counts
};

struct AskOptions {
  QueryOptions query;
};

AskResult answer(const graph::GraphView& g, std::string_view question, const AskOptions& opts = {});

enum class AnswerFormat { Table, Csv, Json };

// table: notes, the answer table (like `query`), then each row's evidence;
// csv: the answer columns plus "sources" and "evidence" columns;
// json: {"question","cypher","columns","rows":[{col: value}],"evidence":[[{"source","sentence","evidence"}]]}.
void write_answer(std::ostream& out, const graph::GraphView& g, const AskResult& a, AnswerFormat format);

// The refusal text for a question outside the grammar, with the closest known forms.
std::string refusal_message(const ParseFailure& e);

// True when a line starts with who, whom, what, which, where, when, how, list, is or are.
bool is_question_start(std::string_view line);

}  // namespace fg::query::ask
