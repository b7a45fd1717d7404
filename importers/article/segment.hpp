#pragma once
// Stage 1: paragraphs and sentences. The headline is sentence 0; body lines that are site
// furniture (bylines, "Read more:", newsletter prompts, headings without a sentence) are dropped.
// Sentences end at . ! ? (with any closing quotes) unless the dot ends an abbreviation
// (Mr., Jan., U.S.) or an initial, and the next token starts a sentence.
#include <vector>

#include "importers/article/lexicon.hpp"
#include "importers/article/types.hpp"

namespace fg::importers::article {

struct Segmented {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::size_t skipped_lines = 0;
};

Segmented segment(const Document& doc, const Lexicon& lex);

std::string_view sentence_text(const Document& doc, const Sentence& s);

}  // namespace fg::importers::article
