#pragma once
// Stage 3: the token-pattern engine (in the spirit of spaCy's Matcher / EntityRuler).
// Rules live in data/patterns/*.rules, one per line:
//
//   KIND NAME: ELEMENT... -> ACTION [; ACTION]...
//
// KIND is `mention` (runs over tokens, makes mentions) or `relation` (runs over tokens with every
// mention collapsed into one unit, makes relations). An ELEMENT is an atom with an optional
// capture `name=` in front and an optional quantifier `?`, `*`, `+`, `{m,n}` behind:
//   word        the token, lower-cased, is `word`         "Text"   the token is exactly Text
//   @class      the token is in lexicon class `class`      ~lemma   the token's lemma is `lemma`
//   [Label]     a mention of that label ([Organization:council] also checks its kind)
//   shape:Xx    capitalized word (Xx), all capitals (XX), a code of capitals and digits (Xd: "MED9"),
//               lower-case word (xx), number (dd)
//   _           any one unit                               ( A B | C )  a group of alternatives
//   !X          X does not come next                       <!X      the unit before is not X (one unit)
// ACTIONs are described in docs/article-importer.md; their arguments are capture names,
// @topic (the meeting or forum the text is about) or "templates with {captures}".
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "importers/article/types.hpp"

namespace fg::importers::article {

class Lexicon;

enum class Phase { Mention, Relation };

struct Element {
  // OneOf: a group whose every alternative is one unit (optionally behind `!X` checks), matched as
  // one atom, without backtracking into the alternatives
  enum class Kind { Lower, Exact, Class, Lemma, Label, Shape, Any, Group, NotAhead, NotBehind, OneOf } kind = Kind::Any;
  std::string value;                     // word, class name, lemma, shape, or kind for Label
  std::uint32_t word = 0;                // Lower: the word's id (pattern_word_id)
  int class_id = -1;
  Label label = Label::None;
  std::vector<std::vector<Element>> alts;  // Group; NotAhead/NotBehind: the one element that must not follow/precede
  int min = 1, max = 1;
  int capture = -1;
  std::vector<char> alt_one_unit;  // Group: which alternatives take one unit (`!X`... then one atom)
  bool single = false;  // takes exactly one unit and captures nothing (set when the rule is read)
  // decided once when the rule is read, so matching compares no strings
  enum class ShapeKind : std::uint8_t { Cap, AllCaps, Lower, Ordinal, Digit, Code } shape = ShapeKind::Digit;
  // Group: per alternative, what its first unit must be (a unit that fits none of it cannot start
  // the alternative, which is then not tried there)
  struct Start {
    bool any = true;                  // no test: the alternative may start with anything, or match nothing
    std::vector<std::uint64_t> words;  // bit set over word ids
    std::uint64_t classes = 0;
    std::uint32_t labels = 0;  // bit per Label
    bool cap = false, digit = false;
  };
  std::vector<Start> alt_start;
  Start any_start;  // Group: all of alt_start at once (a unit none of them lets start skips the group)
  // OneOf: its alternatives that are one plain test, merged so a unit is tested at once; the
  // others (`!X` checks, exact spellings, lemmas, ...) are tried one by one after these
  struct Quick {
    std::vector<std::uint64_t> words;  // bit set over word ids
    std::uint64_t classes = 0;
    std::uint32_t labels = 0;      // bit per Label (mentions of any kind)
    std::uint16_t flags = 0;       // token flags any of which passes (shapes Xx, XX, dd)
    bool lower_shape = false;      // shape:xx
    std::vector<std::uint32_t> rest;  // indexes of the other alternatives, in order
  };
  Quick quick;
  // OneOf of one alternative `!A !B ... X`, every part a plain test: the unit is none of `none`'s
  // (A, B, ...) and, unless X is `_`, one of `then`'s, tested at once (the gaps of most rules)
  bool none_of = false, then_any = true;
  Quick none, then;
};

struct Action {
  std::string verb;                  // a Label name (mention phase) or a relationship type
  std::vector<std::string> args;     // positional: capture names or @topic
  std::vector<std::pair<std::string, std::string>> props;  // key=value (capture, @topic or "template")
};

struct Rule {
  Phase phase = Phase::Mention;
  std::string name;
  std::string origin;  // file:line
  std::vector<Element> elements;
  std::vector<std::string> captures;  // capture names by id
  std::vector<Action> actions;
  int order = 0;                 // position among all rules (earlier rules are tried first)
  std::uint32_t label_mask = 0;  // bit per Label a mention action makes
  // Words every match contains, each item one of its alternatives ("represented"; "met" or "meets"):
  // a sentence without them is skipped before any matching.
  std::vector<std::vector<std::uint32_t>> required_words;
  // per item of required_words: its words as a bit set over word ids when it has many (a sentence
  // holds few of them: those are found by intersecting with the sentence's words), else empty. Word
  // ids are sparse: only the nonzero 64-bit blocks are kept, as (block index, bits), in order.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint64_t>>> required_word_bits;
  // The same for lexicon classes and mention labels: units every match contains, each item one of
  // its alternatives (a word, a class or a label).
  struct Need {
    enum class Kind : std::uint8_t { Word, Class, Label } kind = Kind::Word;
    std::uint32_t id = 0;
  };
  std::vector<std::vector<Need>> required_units;
  int capture_id(std::string_view name) const;
};

// One unit the engine steps over: a token, or a whole mention.
struct Unit {
  std::uint32_t tb = 0, te = 0;  // token range
  int mention = -1;
  Label label = Label::None;
  std::string_view kind;
};

struct MatchResult {
  const Rule* rule = nullptr;
  std::size_t begin = 0, end = 0;                  // units
  std::vector<std::pair<int, int>> captures;       // unit ranges per capture id; {-1,-1} if unset
};

// Words that patterns name get small ids, so matching compares integers: the id of a
// lower-case word, 0 when no pattern names it.
std::uint32_t pattern_word_id(std::string_view lower);
// "1st", "52nd", "3rd", "10th": digits and an English ordinal suffix (lower case)
bool is_ordinal(std::string_view w);
// "xvii", "iv": a Roman numeral of two letters or more up to 39 (lower case), an edition number;
// its value, or 0
int roman_ordinal_value(std::string_view w);
bool is_roman_ordinal(std::string_view w);
std::size_t pattern_word_count();
void for_each_pattern_word(const std::function<void(const std::string&, std::uint32_t)>& f);

class PatternSet {
 public:
  PatternSet() = default;
  // Parses rules; throws std::runtime_error("ORIGIN:LINE:COL: what is wrong").
  void add(std::string_view text, const std::string& origin, const Lexicon& lex);
  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  std::size_t size() const { return rules_.size(); }

  // Calls `on_match` for every match of a rule of `phase`, starting at each unit in turn.
  void find(Phase phase, std::string_view text, const std::vector<Token>& tokens, const std::vector<Unit>& units, const Lexicon& lex,
            const std::function<void(const MatchResult&)>& on_match,
            std::uint32_t label_mask = 0) const;  // mention rules making one of these labels (0: all)

 private:
  void index(Rule& r);
  std::vector<std::unique_ptr<Rule>> rules_;
  // anchors: rules whose first element must be a given lower word / label / class; the rest always.
  // Each set of rules is a bit set over the phase's rules, in order (Index::rules).
  using RuleBits = std::vector<std::uint64_t>;
  // Every required item of a phase's rules (Rule::required_words, Rule::required_units) has a bit
  // among kItemWords * 64 (items outnumbering them share bits): a sentence sets the bits of the
  // items it holds an alternative of, and a rule whose item bits it does not all set cannot match
  // there. (A set bit proves nothing: the rule's reach decides.)
  static constexpr std::size_t kItemWords = 4;
  using ItemBits = std::array<std::uint64_t, kItemWords>;
  struct Index {
    std::vector<RuleBits> by_word;  // by word id
    std::vector<RuleBits> by_label = std::vector<RuleBits>(8);
    std::vector<RuleBits> by_class = std::vector<RuleBits>(64);
    RuleBits cap_words, digit_words, always;
    std::vector<RuleBits> making = std::vector<RuleBits>(8);  // by Label: the mention rules making it
    std::vector<const Rule*> rules;  // every rule of the phase, in order
    std::vector<ItemBits> needs;  // by rule: the bits of its required items (the first test of a rule)
    std::vector<ItemBits> items_of_word;  // by word id: the bits of the items the word is an alternative of
    ItemBits items_of_class[64]{}, items_of_label[8]{};
    // the rule sets above in one block each, `stride` 64-bit words per set (as many as the phase's
    // rule sets have)
    std::vector<std::uint64_t> by_word_flat, by_class_flat, by_label_flat, cap_flat, digit_flat, always_flat;
    std::size_t stride = 0;
  } index_[2];
  void flatten();
  void item_bits(Index& ix);
};

// Expands the "{capture}" and "{capture:modifier}" parts of an action's template, the rest kept as
// written: `part(capture, modifier)` gives each part's text. An unclosed '{' ends the text.
std::string expand_template(std::string_view tpl, const std::function<std::string(const std::string&, const std::string&)>& part);

}  // namespace fg::importers::article
