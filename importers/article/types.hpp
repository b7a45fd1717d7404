#pragma once
// The data every stage of the article pipeline reads and writes: the article, its sentences,
// tokens (with byte offsets into the article text), mentions, entities and relations.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fg::importers::article {

enum class Label : std::uint8_t { None, Person, State, Organization, Meeting, Place, Title, Date };
std::string_view label_name(Label l);
std::optional<Label> label_from_name(std::string_view name);

struct Document {
  std::string id;
  std::string headline;
  std::string date;   // ISO date (YYYY-MM-DD) or empty when unknown
  std::string source; // the "source:" header: the outlet or office that published it
  std::vector<std::string> authors;  // from an "author:" header or a "By X" line: not people of the story
  std::string text;   // the whole article; every offset points into it
  std::size_t body_begin = 0;
};

enum TokenFlag : std::uint16_t {
  kWord = 1,         // starts with a letter
  kCap = 2,          // starts with an upper-case letter
  kAllCaps = 4,      // two or more letters, all upper case ("US", "NATO")
  kDigit = 8,        // starts with a digit
  kSpaceBefore = 16, // white space precedes it
  kPunct = 32,
  kSentenceStart = 64,
  kGazetteerStart = 128,  // a gazetteer entry starts with this word (Lexicon::starting_with finds it)
  kNonAscii = 256,        // written with bytes beyond ASCII (accents, typographic quotes): ASCII without it
};

struct Token {
  std::uint32_t begin = 0, end = 0;  // bytes in Document::text
  std::uint16_t flags = 0;
  std::uint64_t classes = 0;         // lexicon classes (bit per class, see Lexicon)
  std::string lower;                 // lower case of the text
  std::uint32_t word = 0;            // id of `lower` among the words patterns name (0: none), see match.hpp
  bool has(TokenFlag f) const { return (flags & f) != 0; }
  // the possessive "'s" (or "’s", with a typographic apostrophe)
  bool possessive() const { return lower == "'s" || lower == "\xE2\x80\x99s"; }
};

struct Sentence {
  std::uint32_t begin = 0, end = 0;          // bytes
  std::uint32_t tok_begin = 0, tok_end = 0;  // token indexes
  int index = 0;                             // 0 = headline
  int paragraph = 0;
};

// Properties by name; looked up by literal names without making strings
using Props = std::map<std::string, std::string, std::less<>>;

struct Mention {
  Label label = Label::None;
  std::uint32_t tok_begin = 0, tok_end = 0;  // [begin, end) token indexes
  int sentence = 0;
  std::string name;       // the name this mention gives (canonical when a lexicon knows it)
  std::string surface;    // the text as written
  std::string_view rule;  // what recognized it: a rule name the lexicon holds, or a literal
  std::string state_of;   // Title/Organization/Place: the state it belongs to, if known
  std::string kind;       // Organization kind, Place kind, Meeting noun class, "demonym", "capital", ...
  Props props;  // Meeting: date, date_text, place, convened_by, status
  bool alias_worthy = true;  // record the surface as an alias of the entity
  int entity = -1;
};

struct Entity {
  Label label = Label::None;
  std::string name;
  std::vector<std::string> aliases;
  Props props;
  int sentence = 0;
  std::string evidence, rule;  // evidence: empty means the sentence itself (filled in by make_facts)
  double confidence = 0.9;
  int mentions = 0;
};

struct Relation {
  std::string type;
  int from = -1, to = -1;  // entity indexes
  Props props;
  int sentence = 0;
  std::string evidence, rule;  // evidence: empty means the sentence itself (filled in by make_facts)
  double confidence = 0.8;
};

}  // namespace fg::importers::article
