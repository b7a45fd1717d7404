#pragma once
// The word lists, gazetteers and patterns the pipeline reads, from data/ (embedded at build time;
// a data folder given at run time replaces or extends them without recompiling).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "importers/article/types.hpp"
#include "importers/article/word_hash.hpp"

namespace fg::importers::article {

class PatternSet;

// A name the gazetteer knows: a token sequence that denotes an entity (or a title).
struct GazetteerEntry {
  Label label = Label::None;
  std::vector<std::string> tokens;  // lower-case tokens of the surface form
  std::string surface;              // as written in the data file
  std::string name;                 // canonical name
  std::string kind;                 // demonym, people, capital, city, alliance, ...
  std::string state_of;             // canonical name of the state it belongs to
  std::string acronym;
  bool exact_case = false;          // codes and acronyms match only as written

  // Its tokens are the tokens from `at` on (all before `end`), as written or, with fold_accents, with
  // the text's accents dropped ("bogotá" spells the entry's "bogota").
  bool spells(const std::vector<Token>& toks, std::size_t at, std::size_t end, bool fold_accents) const {
    if (at + tokens.size() > end) return false;
    auto spelled = [&](std::size_t k) {  // (an ASCII word has no accents to drop)
      return toks[at + k].lower == tokens[k] || (fold_accents && toks[at + k].has(kNonAscii) && spells_folded(toks[at + k].lower, tokens[k]));
    };
    // the first word last: the candidates looked up by it share it, the words after it tell them apart
    for (std::size_t k = 1; k < tokens.size(); ++k)
      if (!spelled(k)) return false;
    return tokens.empty() || spelled(0);
  }
  // A word with accents whose plain form is the entry's word (inline above: this runs per gazetteer candidate).
  static bool spells_folded(const std::string& word, const std::string& entry_word);
};

struct DataFile {
  std::string path;  // relative to data/: "lexicon/given_names.txt"
  std::string text;
};

class Lexicon {
 public:
  // The embedded data, optionally extended by the files of `extra_dir` (its lexicon/, gazetteer/
  // and patterns/ folders; a file with the same relative path replaces the embedded one).
  static std::shared_ptr<const Lexicon> load(const std::string& extra_dir = "", const std::vector<std::string>& pattern_files = {});
  static std::shared_ptr<const Lexicon> from_files(const std::vector<DataFile>& files);
  ~Lexicon();

  // Lexicon classes: "@given_name" in a pattern is class("given_name").
  int class_id(std::string_view name) const;   // -1 if unknown
  std::uint64_t classes_of(std::string_view lower) const;
  // A token's classes and pattern word id (pattern_word_id) in one look-up.
  struct WordInfo {
    std::uint64_t classes = 0;
    std::uint32_t word = 0;
    bool gazetteer_start = false;  // starting_with(lower) finds entries
  };
  WordInfo word_info(std::string_view lower) const;
  bool in_class(std::string_view lower, std::string_view cls) const;
  // in one of these classes (bits(): no look-up of a class name)
  bool in_classes(std::string_view lower, std::uint64_t class_bits) const { return (classes_of(lower) & class_bits) != 0; }
  const std::string& lemma(const std::string& lower) const;

  // Gazetteer entries whose first token is `lower`, longest first.
  const std::vector<const GazetteerEntry*>* starting_with(const std::string& lower) const;
  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  // The canonical state name for a name, demonym, capital or code ("" if none).
  std::string state_name(std::string_view any) const;
  const GazetteerEntry* org_by_name(std::string_view name) const;
  // The capital of a state (its canonical name), "" if the gazetteer has none: "the Nigerian capital".
  std::string capital_of(const std::string& state) const;
  // The word a full name is referred to by: its family name, first for the names of
  // lexicon/family_name_first.txt ("Xi Jinping": Xi), last otherwise ("Joe Biden": Biden).
  std::string family_name(std::string_view full_name) const;

  const PatternSet& patterns() const { return *patterns_; }
  // Bits of the classes the pipeline itself consults (0 when a data folder lacks the class).
  struct ClassBits {
    std::uint64_t not_name = 0, weekday = 0, month = 0, title_word = 0, org_head = 0, agreement_noun = 0,
                  meeting_noun = 0, given_name = 0, name = 0, honorific = 0;
  };
  const ClassBits& bits() const { return bits_; }
  // Lines (lower-case prefixes) that are site furniture, not news: "newsletter", "read more".
  const std::vector<std::string>& boilerplate() const { return boilerplate_; }
  // The state of a national outlet a "source:" line names ("ANTARA News", "Yomiuri Shimbun"), from
  // data/gazetteer/outlets.tsv: "" when it names none.
  std::string outlet_state(std::string_view source) const;
  // The one state whose office a bare title names ("Secretary of State": the United States'), or "".
  std::string office_state(std::string_view title) const;
  // The state a national office-holder serves (data/gazetteer/officials.tsv), by full name, or "".
  std::string official_state(std::string_view person) const;
  // The international body an office-holder served last (data/gazetteer/officials_international.tsv), or "".
  std::string official_body(std::string_view person) const;
  // The national offices a known office-holder held and when (officials.tsv, fourth column); empty when
  // the gazetteer does not say.
  struct Office {
    std::string title;
    int start = 0, end = 0;  // years; end 0 while still held
  };
  const std::vector<Office>& official_offices(std::string_view person) const;
  // ... and the offices of the international body (officials_international.tsv, fourth column)
  const std::vector<Office>& body_offices(std::string_view person) const;
  // A short form two states share ("Congo"): the state it names by default and the one it names when
  // an article names only that one in full.
  struct SharedShortName {
    std::string short_form, usual, alternative;
  };
  const std::vector<SharedShortName>& shared_short_names() const { return shared_short_names_; }

 private:
  Lexicon() = default;
  void add_entry(GazetteerEntry e);
  const std::vector<Office>& offices_in(const std::unordered_map<std::string, std::size_t>& index, std::string_view person) const;

  // looked up by string_view, without making a string
  std::unordered_map<std::string, int, WordHash, std::equal_to<>> class_ids_;
  std::unordered_map<std::string, std::uint64_t, WordHash, std::equal_to<>> classes_;
  std::unordered_map<std::string, WordInfo, WordHash, std::equal_to<>> word_info_;  // classes_ and the pattern words
  std::size_t pattern_words_seen_ = 0;  // pattern words known when word_info_ was made
  std::unordered_map<std::string, std::string> lemmas_;
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::vector<const GazetteerEntry*>, WordHash, std::equal_to<>> by_first_;
  std::unordered_map<std::string, std::string> state_by_norm_;
  std::unordered_map<std::string, std::string> capital_by_state_;  // the first row of a state
  std::unordered_map<std::string, std::size_t> org_by_norm_;
  std::unique_ptr<PatternSet> patterns_;
  std::vector<std::string> boilerplate_;
  std::vector<std::pair<std::string, std::string>> outlets_;  // lower-case name, state
  std::unordered_map<std::string, std::string> office_states_;  // lower-case title, state
  std::unordered_map<std::string, std::string> official_states_;  // normalized name, state
  std::unordered_map<std::string, std::size_t> official_office_index_;  // normalized name, index into offices_
  std::unordered_map<std::string, std::size_t> body_office_index_;      // normalized name, index into offices_
  std::vector<std::vector<Office>> offices_;
  std::unordered_map<std::string, std::string> official_bodies_;  // normalized name, body's canonical name
  std::vector<SharedShortName> shared_short_names_;
  ClassBits bits_;
};

// Embedded data files (generated at build time from data/).
const std::vector<DataFile>& embedded_data_files();

}  // namespace fg::importers::article
