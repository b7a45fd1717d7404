#pragma once
// Scoring extraction against gold files exactly as shared/spec/gold.md defines it: name matching
// (case/accent folding, a leading "the", punctuation; listed aliases; states by any name or ISO
// code; meeting names and forum values by distinctive words), per-label and per-type precision,
// recall and F1, micro averages, and attribute accuracy of matched relations. Questions are
// scored by a pluggable QuestionScorer (the query language provides one); without it each is
// reported as not scored.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "importers/article/facts.hpp"

namespace fg::importers::article {

struct GoldRelation {
  std::map<std::string, std::string> fields;  // person/party/forum, who/meeting, a/b, ...
};

struct GoldQuestion {
  std::string ask;
  std::vector<std::vector<std::string>> answers;
};

struct GoldArticle {
  std::string id, date;
  std::map<std::string, std::vector<std::string>> entities;  // label -> names
  std::map<std::string, std::vector<std::string>> aliases;   // name -> aliases
  std::map<std::string, std::vector<GoldRelation>> relations;  // gold list name -> items
  std::vector<GoldQuestion> questions;
};

// Parses a gold file; throws std::runtime_error("FILE: what is wrong").
GoldArticle parse_gold(const std::string& json_text, const std::string& file);

struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
  std::size_t attr_matched = 0, attr_total = 0;  // relations: matched items whose attribute matches
  double precision() const { return tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : (fn ? 0.0 : 1.0); }
  double recall() const { return tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  Counts& operator+=(const Counts& o);
};

struct Miss {
  std::string kind;   // "missed" (gold not found) or "extra" (system item not in gold)
  std::string what;   // label or gold list
  std::string item;   // readable item
};

struct QuestionResult {
  std::string ask;
  std::optional<bool> answered;  // nullopt: not scored
  std::string note;              // "not scored: needs factgraph ask", or what was wrong
};

struct ArticleScore {
  std::string id;
  std::map<std::string, Counts> entities;   // per label
  std::map<std::string, Counts> relations;  // per gold list (represents, holds_role ...)
  std::vector<Miss> misses;
  std::vector<QuestionResult> questions;
};

// Rows a query returned for a question; the scorer is given the article's facts.
using QuestionScorer = std::function<std::optional<std::vector<std::vector<std::string>>>(
    const GoldQuestion& question, const std::vector<Fact>& facts, std::string& error)>;

// gold.md: answered when every gold row appears among the result rows and there are at most
// 2 x gold rows + 1 of them.
bool question_answered(const GoldQuestion& q, const std::vector<std::vector<std::string>>& rows);

ArticleScore score_article(const GoldArticle& gold, const std::vector<Fact>& facts, const QuestionScorer& scorer = {});

// Two names as gold.md compares them (label decides the state and meeting rules).
bool names_match(const std::string& label, const std::string& a, const std::string& b);

}  // namespace fg::importers::article
