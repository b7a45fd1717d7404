#pragma once
// What the stages share while one article goes through the pipeline.
#include <string>
#include <vector>

#include "importers/article/lexicon.hpp"
#include "importers/article/match.hpp"
#include "importers/article/segment.hpp"
#include "importers/article/types.hpp"

namespace fg::importers::article {

struct Analysis {
  const Document& doc;
  const Lexicon& lex;
  Segmented seg;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<int> topic_by_sentence;  // the Meeting entity each sentence is about, -1 if none
  std::vector<std::vector<int>> mentions_of_sentence;  // indexes into `mentions`, per sentence

  // Rebuilds mentions_of_sentence after `mentions` was reordered or shrunk.
  void index_mentions();

  Analysis(const Document& d, const Lexicon& l) : doc(d), lex(l) {}

  std::string text_of(std::uint32_t tb, std::uint32_t te) const;  // tokens [tb, te) as written
  std::string_view sentence(int i) const { return sentence_text(doc, seg.sentences[static_cast<std::size_t>(i)]); }
  // The units of a sentence: tokens, with each outermost mention collapsed into one unit.
  std::vector<Unit> units(const Sentence& s) const;
  void units(const Sentence& s, std::vector<Unit>& out) const;  // the same into `out`, reusing its memory
  // ... with a body, state or place written right before a meeting noun ("the ECOWAS summit") in the
  // meeting's unit, as relation rules read them
  void meeting_phrase_units(const Sentence& s, std::vector<Unit>& out) const;
  // A meeting named as part of an office: "President of COP29", "the Executive Director of COP30".
  bool named_in_title(const Mention& m) const;
};

// The number a word gives an edition of a meeting: "47" for "47th" or "47", "9" for "ninth"; "" for
// any other word (lower case).
std::string edition_number(std::string_view word);
// The first such number among the words of a name ("the 47th Antarctic Treaty ..." gives "47").
std::string edition_number_in(std::string_view name);

}  // namespace fg::importers::article
