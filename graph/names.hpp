#pragma once
// Name normalization for matching, and the state lexicon (names and ISO codes of states).
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fg::graph {

// The form two names are compared in: Unicode NFC, case folded, accents removed, punctuation
// and dash variants turned into spaces, spaces collapsed, a leading "the" dropped.
// "The  Côte-d’Ivoire" -> "cote d ivoire". Invalid UTF-8 is compared byte-wise, lower-cased.
std::string normalize_name(std::string_view name);

// Appends code point `cp` to `out` as UTF-8 (1 to 4 bytes; no validation of the code point).
void append_utf8(std::string& out, char32_t cp);

// True when every letter is upper case and there are at least two ("US", "U.S.", "DRC"):
// such names are codes and match only as written (schema.md: "US", not "us").
bool is_code_like(std::string_view name);

// A stable node id derived from label and canonical name: "state:united-states".
std::string make_node_id(std::string_view label, std::string_view name);

struct StateEntry {
  std::string iso2, iso3, name, official_name;
  bool sovereign = true;
  std::vector<std::string> aliases;
};

// Every state from data/states.tsv (built from Debian's iso-codes plus common names).
class StateLexicon {
 public:
  // The lexicon embedded in the binary at build time.
  static const StateLexicon& builtin();
  // Parses the states.tsv format; throws std::runtime_error naming the line on bad input.
  static StateLexicon parse(std::string_view tsv, std::string_view origin);

  // Finds a state by any of its names, aliases or ISO codes. Codes and code-like aliases
  // ("US", "UK", "DRC") match case-sensitively, everything else by normalize_name().
  const StateEntry* find(std::string_view name) const;
  const std::vector<StateEntry>& entries() const { return entries_; }

 private:
  std::vector<StateEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_norm_;
  std::unordered_map<std::string, std::size_t> by_code_;
};

}  // namespace fg::graph
