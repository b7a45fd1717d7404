#include "importers/article/match.hpp"

#include <cctype>
#include <algorithm>
#include <climits>
#include <map>
#include <optional>
#include <stdexcept>
#include <type_traits>

#include "importers/article/lexicon.hpp"
#include "importers/article/tokenize.hpp"
#include "importers/article/word_hash.hpp"

namespace fg::importers::article {

namespace {
// looked up by string_view without making a string
using WordTable = std::unordered_map<std::string, std::uint32_t, WordHash, std::equal_to<>>;
WordTable& word_table() {
  static WordTable table;
  return table;
}
std::uint32_t intern_word(const std::string& lower) {
  auto& t = word_table();
  return t.emplace(lower, static_cast<std::uint32_t>(t.size() + 1)).first->second;
}
}  // namespace

bool is_ordinal(std::string_view w) {
  std::size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  auto suffix = w.substr(d);
  return d > 0 && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

// "XVII", "iv": a Roman numeral up to 39 of two letters or more, the edition number some series
// write ("the XVII Petersberg Climate Dialogue"): its value, or 0
int roman_ordinal_value(std::string_view w) {
  if (w.size() < 2 || w.size() > 7) return 0;
  int v = 0;
  std::size_t k = 0;
  while (k < w.size() && k < 3 && w[k] == 'x') v += 10, ++k;
  auto rest = w.substr(k);
  if (rest == "ix") return v + 9;
  if (rest == "iv") return v + 4;
  if (!rest.empty() && rest[0] == 'v') v += 5, rest.remove_prefix(1);
  if (rest.size() > 3 || rest.find_first_not_of('i') != std::string_view::npos) return 0;
  return v + static_cast<int>(rest.size());
}

bool is_roman_ordinal(std::string_view w) { return roman_ordinal_value(w) > 0; }

std::uint32_t pattern_word_id(std::string_view lower) {
  const auto& t = word_table();
  auto it = t.find(lower);
  return it == t.end() ? 0 : it->second;
}

std::size_t pattern_word_count() { return word_table().size(); }

void for_each_pattern_word(const std::function<void(const std::string&, std::uint32_t)>& f) {
  for (const auto& [w, id] : word_table()) f(w, id);
}

int Rule::capture_id(std::string_view n) const {
  // capture names are a letter or two: compared byte by byte, without a call to memcmp
  auto named = [n](const std::string& c) {
    if (c.size() != n.size()) return false;
    for (std::size_t k = 0; k < n.size(); ++k)
      if (c[k] != n[k]) return false;
    return true;
  };
  for (std::size_t i = 0; i < captures.size(); ++i)
    if (named(captures[i])) return static_cast<int>(i);
  return -1;
}

namespace {

class RuleParser {
 public:
  RuleParser(std::string_view line, std::string origin, std::size_t line_no, const Lexicon& lex)
      : s_(line), origin_(std::move(origin)), line_no_(line_no), lex_(lex) {}

  std::unique_ptr<Rule> parse() {
    auto rule = std::make_unique<Rule>();
    rule_ = rule.get();
    rule->origin = origin_ + ":" + std::to_string(line_no_);
    auto kind = word();
    if (kind == "mention") rule->phase = Phase::Mention;
    else if (kind == "relation") rule->phase = Phase::Relation;
    else fail("a rule starts with 'mention' or 'relation', not '" + kind + "'");
    skip();
    auto colon = s_.find(':', i_);
    if (colon == std::string_view::npos) fail("expected 'NAME:' after the rule kind");
    rule->name = std::string(trim(s_.substr(i_, colon - i_)));
    if (rule->name.empty() || rule->name.find(' ') != std::string::npos) fail("a rule name is one word");
    i_ = colon + 1;
    rule->elements = sequence(false);
    if (rule->elements.empty()) fail("a rule needs at least one element");
    skip();
    if (s_.substr(i_, 2) != "->") fail("expected '->' and the actions");
    i_ += 2;
    actions();
    return rule;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error(origin_ + ":" + std::to_string(line_no_) + ":" + std::to_string(i_ + 1) + ": " + what);
  }
  static std::string_view trim(std::string_view v) {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    return v;
  }
  void skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  bool at_end() const { return i_ >= s_.size(); }
  static bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '\'' || c == '-' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
  }
  std::string word() {
    skip();
    std::size_t b = i_;
    while (i_ < s_.size() && word_char(s_[i_])) ++i_;
    return std::string(s_.substr(b, i_ - b));
  }

  std::vector<Element> sequence(bool in_group) {
    std::vector<Element> out;
    while (true) {
      skip();
      if (at_end()) {
        if (in_group) fail("unclosed '('");
        return out;
      }
      char c = s_[i_];
      if (c == '-' && s_.substr(i_, 2) == "->") {
        if (in_group) fail("unclosed '(' before '->'");
        return out;
      }
      if (in_group && (c == '|' || c == ')')) return out;
      out.push_back(element());
    }
  }

  Element element() {
    Element e;
    // capture name=
    std::size_t save = i_;
    std::size_t b = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_')) ++i_;
    std::string capture;
    if (i_ > b && i_ < s_.size() && s_[i_] == '=') {
      capture = std::string(s_.substr(b, i_ - b));
      ++i_;
    } else {
      i_ = save;
    }
    atom(e);
    quantifier(e);
    if ((e.kind == Element::Kind::NotBehind) && (e.min != 1 || e.max != 1 || !capture.empty()))
      fail("'<!' takes single units without captures or repetition: a word, class, label or shape, or a group of them");
    if (!capture.empty()) {
      int id = rule_->capture_id(capture);
      if (id < 0) {
        id = static_cast<int>(rule_->captures.size());
        rule_->captures.push_back(capture);
      }
      e.capture = id;
    }
    return e;
  }

  void atom(Element& e) {
    if (at_end()) fail("expected an element");
    char c = s_[i_];
    if (c == '<' && i_ + 1 < s_.size() && s_[i_ + 1] == '!') {
      // "<!X", "<!(X Y)": the units before are not X (Y): a list's first item, not its middle
      i_ += 2;
      if (at_end()) fail("expected an element after '<!'");
      Element inner;
      atom(inner);
      std::vector<Element> behind;
      if (inner.kind == Element::Kind::Group && inner.alts.size() == 1) behind = std::move(inner.alts.front());
      else behind.push_back(std::move(inner));
      for (const auto& x : behind)
        if (x.kind == Element::Kind::Group || x.kind == Element::Kind::NotAhead || x.kind == Element::Kind::NotBehind ||
            x.min != 1 || x.max != 1 || x.capture >= 0)
          fail("'<!' takes single units without captures or repetition: a word, class, label or shape, or a group of them");
      e.kind = Element::Kind::NotBehind;
      e.alts = {std::move(behind)};
      return;
    }
    if (c == '!') {
      // "!X": X does not come next (matches no unit)
      ++i_;
      if (at_end()) fail("expected an element after '!'");
      Element inner;
      atom(inner);
      quantifier(inner);
      e.kind = Element::Kind::NotAhead;
      e.alts = {{std::move(inner)}};
      return;
    }
    if (c == '(') {
      ++i_;
      e.kind = Element::Kind::Group;
      while (true) {
        e.alts.push_back(sequence(true));
        if (e.alts.back().empty()) fail("empty alternative in a group");
        if (s_[i_] == '|') { ++i_; continue; }
        ++i_;  // ')'
        break;
      }
      return;
    }
    if (c == '"') {
      auto end = s_.find('"', i_ + 1);
      if (end == std::string_view::npos) fail("unclosed quote");
      auto quoted = s_.substr(i_ + 1, end - i_ - 1);
      i_ = end + 1;
      auto word = [](std::string_view w) {
        Element x;
        x.kind = Element::Kind::Exact;
        x.value = std::string(w);
        // the tokenizer reads every dash as "-" (tokenize.cpp): so does a rule
        for (std::string_view dash : {"\u2010", "\u2011", "\u2013", "\u2014", "\u2212"})
          if (x.value == dash) x.value = "-";
        if (std::none_of(x.value.begin(), x.value.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; })) {
          x.kind = Element::Kind::Lower;  // no capitals: compared lower-cased, as a word id
          x.word = intern_word(lower_utf8(x.value));
        }
        return x;
      };
      // tokens never hold spaces: `", and"` is the two tokens "," and "and"
      std::vector<Element> words;
      for (std::size_t b = 0; b < quoted.size();) {
        auto sp = quoted.find(' ', b);
        if (sp == std::string_view::npos) sp = quoted.size();
        if (sp > b) words.push_back(word(quoted.substr(b, sp - b)));
        b = sp + 1;
      }
      if (words.empty()) fail("empty quoted word");
      if (words.size() == 1) {
        e = std::move(words.front());
        return;
      }
      e.kind = Element::Kind::Group;
      e.alts = {std::move(words)};
      return;
    }
    if (c == '[') {
      auto end = s_.find(']', i_);
      if (end == std::string_view::npos) fail("unclosed '['");
      auto inner = s_.substr(i_ + 1, end - i_ - 1);
      auto colon = inner.find(':');
      auto name = inner.substr(0, colon);
      auto l = label_from_name(name);
      if (!l) fail("unknown label '" + std::string(name) + "' (Person, State, Organization, Meeting, Place, Title, Date)");
      e.kind = Element::Kind::Label;
      e.label = *l;
      if (colon != std::string_view::npos) e.value = std::string(inner.substr(colon + 1));
      i_ = end + 1;
      return;
    }
    if (c == '@') {
      ++i_;
      e.kind = Element::Kind::Class;
      e.value = word();
      e.class_id = lex_.class_id(e.value);
      if (e.class_id < 0) fail("unknown lexicon class '@" + e.value + "' (no data/lexicon/" + e.value + ".txt)");
      return;
    }
    if (c == '~') {
      ++i_;
      e.kind = Element::Kind::Lemma;
      e.value = word();
      if (e.value.empty()) fail("expected a lemma after '~'");
      return;
    }
    if (c == '_' && (i_ + 1 >= s_.size() || !word_char(s_[i_ + 1]))) {
      ++i_;
      e.kind = Element::Kind::Any;
      return;
    }
    if (s_.substr(i_, 6) == "shape:") {
      i_ += 6;
      e.kind = Element::Kind::Shape;
      e.value = word();
      if (e.value == "Xx") e.shape = Element::ShapeKind::Cap;
      else if (e.value == "XX") e.shape = Element::ShapeKind::AllCaps;
      else if (e.value == "xx") e.shape = Element::ShapeKind::Lower;
      else if (e.value == "ord") e.shape = Element::ShapeKind::Ordinal;
      else if (e.value == "Xd") e.shape = Element::ShapeKind::Code;
      else if (e.value == "dd") e.shape = Element::ShapeKind::Digit;
      else fail("unknown shape '" + e.value + "' (Xx, XX, Xd, xx, dd or ord)");
      return;
    }
    if (c == ',' || c == ';' || c == ':') {
      // bare punctuation is a literal (a ';' inside the elements is a token, not an action separator)
      ++i_;
      e.kind = Element::Kind::Lower;
      e.value = std::string(1, c);
      e.word = intern_word(e.value);
      return;
    }
    auto w = word();
    if (w.empty()) fail(std::string("unexpected '") + c + "'");
    // "co-chaired": the tokenizer splits words at hyphens, so the literal is the sequence co - chaired
    if (auto dash = w.find('-'); dash != std::string::npos && dash > 0 && dash + 1 < w.size()) {
      std::vector<Element> parts;
      for (std::size_t b = 0; b <= w.size();) {
        auto d = std::min(w.find('-', b), w.size());
        parts.push_back(literal(w.substr(b, d - b)));
        if (d < w.size()) parts.push_back(literal("-"));
        b = d + 1;
      }
      e.kind = Element::Kind::Group;
      e.alts = {std::move(parts)};
      return;
    }
    e = literal(w);
  }

  static Element literal(const std::string& w) {
    Element x;
    bool has_upper = false;
    for (char ch : w)
      if (std::isupper(static_cast<unsigned char>(ch))) has_upper = true;
    x.kind = has_upper ? Element::Kind::Exact : Element::Kind::Lower;
    x.value = w;
    if (!has_upper) x.word = intern_word(w);
    return x;
  }

  void quantifier(Element& e) {
    if (at_end()) return;
    char c = s_[i_];
    if (c == '?') { e.min = 0; e.max = 1; ++i_; }
    else if (c == '*') { e.min = 0; e.max = INT_MAX; ++i_; }
    else if (c == '+') { e.min = 1; e.max = INT_MAX; ++i_; }
    else if (c == '{') {
      auto end = s_.find('}', i_);
      if (end == std::string_view::npos) fail("unclosed '{'");
      auto inner = std::string(s_.substr(i_ + 1, end - i_ - 1));
      auto comma = inner.find(',');
      try {
        e.min = std::stoi(inner.substr(0, comma));
        e.max = comma == std::string::npos ? e.min
                : comma + 1 == inner.size()  ? INT_MAX
                                             : std::stoi(inner.substr(comma + 1));
      } catch (...) {
        fail("bad repetition '{" + inner + "}'");
      }
      if (e.min < 0 || e.max < e.min || e.max == 0) fail("bad repetition '{" + inner + "}'");
      i_ = end + 1;
    }
  }

  void actions() {
    while (true) {
      skip();
      if (at_end()) break;
      Action a;
      a.verb = word();
      if (a.verb.empty()) fail("expected an action");
      while (true) {
        skip();
        if (at_end() || s_[i_] == ';') break;
        std::string tok;
        std::size_t b = i_;
        if (s_[i_] == '"') {
          auto end = s_.find('"', i_ + 1);
          if (end == std::string_view::npos) fail("unclosed quote");
          i_ = end + 1;
        } else {
          while (i_ < s_.size() && s_[i_] != ' ' && s_[i_] != ';' && s_[i_] != '=') ++i_;
        }
        tok = std::string(s_.substr(b, i_ - b));
        if (i_ < s_.size() && s_[i_] == '=') {
          ++i_;
          std::string value;
          if (i_ < s_.size() && s_[i_] == '"') {
            auto end = s_.find('"', i_ + 1);
            if (end == std::string_view::npos) fail("unclosed quote");
            value = std::string(s_.substr(i_, end - i_ + 1));
            i_ = end + 1;
          } else {
            std::size_t vb = i_;
            while (i_ < s_.size() && s_[i_] != ' ' && s_[i_] != ';') ++i_;
            value = std::string(s_.substr(vb, i_ - vb));
          }
          if (tok != "confidence") check_ref(value);
          a.props.emplace_back(tok, value);
        } else {
          check_ref(tok);
          a.args.push_back(tok);
        }
      }
      check_action(a);
      rule_->actions.push_back(std::move(a));
      if (!at_end() && s_[i_] == ';') ++i_;
    }
    if (rule_->actions.empty()) fail("expected at least one action after '->'");
  }

  void check_ref(const std::string& v) {
    if (v.empty()) fail("empty action argument");
    if (v.front() == '"' || v.front() == '@') return;
    if (auto bar = v.find('|'); bar != std::string::npos) {  // "m|@main": alternatives, in order
      check_ref(v.substr(0, bar));
      check_ref(v.substr(bar + 1));
      return;
    }
    // "t.org": the body a title names; "m.body": the body that convenes a meeting; "s.holder": the one
    // person the text gave an office of state s
    auto name = v;
    for (std::string_view suffix : {".org", ".body", ".holder"})
      if (name.size() > suffix.size() && std::string_view(name).ends_with(suffix)) {
        name.resize(name.size() - suffix.size());
        break;
      }
    if (rule_->capture_id(name) < 0) fail("action refers to '" + v + "', which no element captures");
  }

  void check_action(const Action& a) {
    if (rule_->phase == Phase::Mention) {
      auto l = label_from_name(a.verb);
      if (!l) fail("a mention action is a label (Person, State, ...), not '" + a.verb + "'");
      if (a.args.size() != 1) fail("a mention action names one capture: LABEL capture");
      return;
    }
    static const std::string_view types[] = {"REPRESENTS", "HOLDS_ROLE", "ATTENDS", "MEMBER_OF", "HELD_IN",
                                             "CONVENED_BY", "MET_WITH", "LOCATED_IN", "STATED", "SET", "ENCOUNTERS", "REPRESENTS_EACH"};
    bool known = false;
    for (auto t : types) known = known || a.verb == t;
    if (!known) fail("unknown relationship type '" + a.verb + "'");
    if (a.verb == "SET" ? a.args.size() != 1 : a.args.size() != 2)
      fail(a.verb == "SET" ? "SET takes one capture and key=value properties" : a.verb + " takes two arguments: from and to");
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::string origin_;
  std::size_t line_no_;
  const Lexicon& lex_;
  Rule* rule_ = nullptr;
};

// A non-owning reference to a callable: continuations without heap allocation.
class KRef {
 public:
  template <typename F>
  KRef(const F& f) : obj_(&f), call_([](const void* o, std::size_t p) { return (*static_cast<const F*>(o))(p); }) {}
  bool operator()(std::size_t p) const { return call_(obj_, p); }

 private:
  const void* obj_;
  bool (*call_)(const void*, std::size_t);
};

struct Matcher {
  std::string_view text;
  const std::vector<Token>& toks;
  const std::vector<Unit>& units;
  const Lexicon& lex;
  std::vector<std::pair<int, int>>& caps;  // find()'s buffer, reused from one rule and sentence to the next

  using K = KRef;
  mutable std::uint64_t steps = 0;

  bool atom(const Element& e, std::size_t pos) const {
    ++steps;
    const Unit& u = units[pos];
    if (e.kind == Element::Kind::Any) return true;
    if (e.kind == Element::Kind::OneOf) {
      if (e.none_of) return !fits(e.none, u) && (e.then_any || fits(e.then, u));
      return fits(e.quick, u) || (!e.quick.rest.empty() && one_of_rest(e, pos));
    }
    if (e.kind == Element::Kind::Label)
      return u.mention >= 0 && u.label == e.label && (e.value.empty() || u.kind == e.value);
    if (u.mention >= 0) return false;
    const Token& t = toks[u.tb];
    switch (e.kind) {
      case Element::Kind::Lower: return t.word == e.word;
      case Element::Kind::Exact:  // only words with capitals are Exact: compared as written
      case Element::Kind::Lemma: return spelled(e, t);
      case Element::Kind::Class: return (t.classes >> e.class_id) & 1u;
      case Element::Kind::Shape:
        switch (e.shape) {
          case Element::ShapeKind::Cap: return t.has(kCap);
          case Element::ShapeKind::AllCaps: return t.has(kAllCaps);
          case Element::ShapeKind::Lower: return t.has(kWord) && !t.has(kCap);
          case Element::ShapeKind::Ordinal: return t.has(kDigit) ? is_ordinal(t.lower) : t.has(kAllCaps) && is_roman_ordinal(t.lower);
          case Element::ShapeKind::Code: return t.has(kAllCaps) && std::any_of(t.lower.begin(), t.lower.end(), [](char c) { return c >= '0' && c <= '9'; });
          case Element::ShapeKind::Digit: return t.has(kDigit);
        }
        return false;
      default: return false;
    }
  }

  // Does the unit pass one of the plain tests of `q`? (A mention passes only a label test, a
  // token only the others, as atom() has it.) Inlined: atom() is the matcher's hottest leaf, and a
  // call here cost 0.4% of all instructions.
  [[gnu::always_inline]] bool fits(const Element::Quick& q, const Unit& u) const {
    if (u.mention >= 0) return (q.labels >> static_cast<unsigned>(u.label)) & 1u;
    const Token& t = toks[u.tb];
    if ((t.word >> 6) < q.words.size() && ((q.words[t.word >> 6] >> (t.word & 63)) & 1u)) return true;
    return (t.classes & q.classes) || (t.flags & q.flags) || (q.lower_shape && t.has(kWord) && !t.has(kCap));
  }

  // Exact and Lemma elements compare strings: out of line, like one_of_rest
  [[gnu::noinline]] bool spelled(const Element& e, const Token& t) const {
    if (e.kind == Element::Kind::Exact) return text.substr(t.begin, t.end - t.begin) == e.value;
    return lex.lemma(t.lower) == e.value;
  }

  // The alternatives of a OneOf its quick tests leave, one by one: kept out of atom() so that atom,
  // recursing through nothing else, stays a cheap leaf
  [[gnu::noinline]] bool one_of_rest(const Element& e, std::size_t pos) const {
    for (auto a : e.quick.rest) {
      bool ok = true;
      for (const auto& x : e.alts[a]) {
        ok = x.kind == Element::Kind::NotAhead ? !atom(x.alts.front().front(), pos) : atom(x, pos);
        if (!ok) break;
      }
      if (ok) return true;
    }
    return false;
  }

  // Can the unit at pos be the first unit of a sequence that starts as `st` says?
  bool may_start(const Element::Start& st, std::size_t pos) const {
    if (st.any) return true;
    if (pos >= units.size()) return false;
    const Unit& u = units[pos];
    if (u.mention >= 0) return (st.labels >> static_cast<unsigned>(u.label)) & 1u;
    const Token& t = toks[u.tb];
    if (t.word && (t.word >> 6) < st.words.size() && ((st.words[t.word >> 6] >> (t.word & 63)) & 1u)) return true;
    return (t.classes & st.classes) || (st.cap && t.has(kCap)) || (st.digit && t.has(kDigit));
  }

  // Matches the elements [e, end) from pos on, then k.
  bool seq(const Element* e, const Element* end, std::size_t pos, const K& k) {
    // elements that take exactly one unit and capture nothing leave no choice to backtrack into
    for (; e != end && e->single; ++e, ++pos)
      if (pos >= units.size() || !atom(*e, pos)) return false;
    if (e == end) return k(pos);
    auto next = [this, e, end, &k](std::size_t p) { return seq(e + 1, end, p, k); };
    return rep(*e, 0, pos, pos, K(next));
  }
  bool seq(const std::vector<Element>& s, std::size_t pos, const K& k) { return seq(s.data(), s.data() + s.size(), pos, k); }

  bool rep(const Element& e, int count, std::size_t start, std::size_t pos, const K& k) {
    if (e.kind == Element::Kind::NotAhead) {
      auto found = [](std::size_t) { return true; };
      if (pos < units.size() && seq(e.alts.front(), pos, K(found))) return false;
      return k(pos);
    }
    if (e.kind == Element::Kind::NotBehind) {
      const auto& behind = e.alts.front();
      if (pos >= behind.size()) {
        bool all = true;
        for (std::size_t j = 0; all && j < behind.size(); ++j) all = atom(behind[j], pos - behind.size() + j);
        if (all) return false;
      }
      return k(pos);
    }
    if (e.kind != Element::Kind::Group) {
      // a repeated atom: the longest run first, then shorter ones, as a recursion would try them
      std::size_t n = 0;
      const auto most = static_cast<std::size_t>(e.max - count);
      while (n < most && pos + n < units.size() && atom(e, pos + n)) ++n;
      const auto least = static_cast<std::size_t>(std::max(e.min - count, 0));
      for (std::size_t c = n + 1; c-- > least;) {
        const std::size_t p = pos + c;
        if (e.capture < 0 || start == p) {
          if (k(p)) return true;
          continue;
        }
        auto saved = caps[static_cast<std::size_t>(e.capture)];
        caps[static_cast<std::size_t>(e.capture)] = {static_cast<int>(start), static_cast<int>(p)};
        if (k(p)) return true;
        caps[static_cast<std::size_t>(e.capture)] = saved;
      }
      return false;
    }
    if (count < e.max && may_start(e.any_start, pos))
      for (std::size_t a = 0; a < e.alts.size(); ++a) {
        const auto& alt = e.alts[a];
        if (a < e.alt_start.size() && !may_start(e.alt_start[a], pos)) continue;
        if (a < e.alt_one_unit.size() && e.alt_one_unit[a]) {  // tested on this unit, as OneOf does
          bool ok = pos < units.size();
          for (std::size_t j = 0; ok && j < alt.size(); ++j)
            ok = alt[j].kind == Element::Kind::NotAhead ? !atom(alt[j].alts.front().front(), pos) : atom(alt[j], pos);
          if (ok && rep(e, count + 1, start, pos + 1, k)) return true;
          continue;
        }
        auto again = [&, pos, count, start](std::size_t p) { return p > pos && rep(e, count + 1, start, p, k); };
        if (seq(alt, pos, K(again))) return true;
      }
    if (count < e.min) return false;
    if (e.capture < 0 || start == pos) return k(pos);
    auto saved = caps[static_cast<std::size_t>(e.capture)];
    caps[static_cast<std::size_t>(e.capture)] = {static_cast<int>(start), static_cast<int>(pos)};
    if (k(pos)) return true;
    caps[static_cast<std::size_t>(e.capture)] = saved;
    return false;
  }
};

}  // namespace

namespace {
// Does the element match exactly one unit, with no capture inside? (Then trying its alternatives one
// by one and matching it as one atom find the same matches.)
bool one_unit(const Element& e) {
  if (e.min != 1 || e.max != 1 || e.capture >= 0) return false;
  switch (e.kind) {
    case Element::Kind::Group:
    case Element::Kind::NotAhead:
    case Element::Kind::NotBehind: return false;
    case Element::Kind::OneOf: return true;
    default: return true;
  }
}

// `!A !B ... X`, one unit, as a OneOf of that one alternative: one atom, whose checks are then
// tested at once (Element::none_of) where they are plain tests
std::vector<Element> one_atom(std::vector<Element> alt) {
  Element e;
  e.kind = Element::Kind::OneOf;
  e.alts.push_back(std::move(alt));
  return {std::move(e)};
}

// A group each of whose alternatives is `!X`... then one atom, every part one unit without captures,
// becomes a OneOf: the alternatives are tested on the unit at hand, not tried as sequences.
void one_unit_groups(std::vector<Element>& seq) {
  for (auto& e : seq) {
    if (e.kind != Element::Kind::Group && e.kind != Element::Kind::NotAhead) continue;
    for (auto& alt : e.alts) one_unit_groups(alt);
    if (e.kind != Element::Kind::Group) continue;
    bool all = true;
    e.alt_one_unit.clear();
    for (const auto& alt : e.alts) {
      std::size_t i = 0;
      while (i < alt.size() && alt[i].kind == Element::Kind::NotAhead && alt[i].alts.size() == 1 &&
             alt[i].alts.front().size() == 1 && one_unit(alt[i].alts.front().front()) && alt[i].capture < 0)
        ++i;
      bool one = i + 1 == alt.size() && one_unit(alt[i]);
      e.alt_one_unit.push_back(one ? 1 : 0);
      all = all && one;
    }
    for (std::size_t a = 0; a < e.alts.size(); ++a)
      if (e.alt_one_unit[a] && e.alts[a].size() > 1) e.alts[a] = one_atom(std::move(e.alts[a]));
    if (all) e.kind = Element::Kind::OneOf;
  }
}
// Adds a plain one-unit test to `q`; false when `x` is no plain test (a capture, a repetition, an
// exact spelling, a lemma, a label of one kind, an ordinal or code shape, a group).
bool add_plain(Element::Quick& q, const Element& x) {
  if (x.min != 1 || x.max != 1 || x.capture >= 0) return false;
  switch (x.kind) {
    case Element::Kind::Lower: {
      const auto w = static_cast<std::size_t>(x.word >> 6);
      if (q.words.size() <= w) q.words.resize(w + 1, 0);
      q.words[w] |= std::uint64_t{1} << (x.word & 63);
      return true;
    }
    case Element::Kind::Class: q.classes |= std::uint64_t{1} << x.class_id; return true;
    case Element::Kind::Label:
      if (!x.value.empty()) return false;
      q.labels |= 1u << static_cast<unsigned>(x.label);
      return true;
    case Element::Kind::Shape:
      switch (x.shape) {
        case Element::ShapeKind::Cap: q.flags |= kCap; return true;
        case Element::ShapeKind::AllCaps: q.flags |= kAllCaps; return true;
        case Element::ShapeKind::Digit: q.flags |= kDigit; return true;
        case Element::ShapeKind::Lower: q.lower_shape = true; return true;
        case Element::ShapeKind::Ordinal:
        case Element::ShapeKind::Code: return false;
      }
      return false;
    default: return false;
  }
}

// Element::quick of every OneOf (and Element::none/then of the `!A !B ... X` ones).
void quick_tests(std::vector<Element>& seq) {
  for (auto& e : seq) {
    for (auto& alt : e.alts) quick_tests(alt);
    if (e.kind != Element::Kind::OneOf) continue;
    Element::Quick q;
    for (std::size_t a = 0; a < e.alts.size(); ++a) {
      const auto& alt = e.alts[a];
      if (!(alt.size() == 1 && add_plain(q, alt.front()))) q.rest.push_back(static_cast<std::uint32_t>(a));
    }
    e.quick = std::move(q);
    // `!A !B ... X` alone: one test of the unit against all of A, B, ... at once
    if (e.alts.size() == 1 && e.alts.front().size() >= 2) {
      const auto& alt = e.alts.front();
      Element::Quick none, then;
      bool plain = true;
      for (std::size_t i = 0; plain && i + 1 < alt.size(); ++i)
        plain = alt[i].kind == Element::Kind::NotAhead && alt[i].alts.size() == 1 && alt[i].alts.front().size() == 1 &&
                add_plain(none, alt[i].alts.front().front());
      const auto& last = alt.back();
      const bool any = last.kind == Element::Kind::Any && last.min == 1 && last.max == 1 && last.capture < 0;
      if (plain && (any || add_plain(then, last))) {
        e.none_of = true;
        e.then_any = any;
        e.none = std::move(none);
        e.then = std::move(then);
      }
    }
  }
}
void mark_single(std::vector<Element>& seq) {
  for (auto& e : seq) {
    for (auto& alt : e.alts) mark_single(alt);
    e.single = e.kind != Element::Kind::NotAhead && e.kind != Element::Kind::NotBehind && one_unit(e);
  }
}
}  // namespace

void PatternSet::add(std::string_view text, const std::string& origin, const Lexicon& lex) {
  std::size_t line_no = 0, pos = 0;
  while (pos <= text.size()) {
    auto end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(pos, end - pos);
    ++line_no;
    pos = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    std::size_t b = 0;
    while (b < line.size() && (line[b] == ' ' || line[b] == '\t')) ++b;
    if (b == line.size() || line[b] == '#') {
      if (end == text.size()) break;
      continue;
    }
    RuleParser p(line, origin, line_no, lex);
    rules_.push_back(p.parse());
    auto& r = *rules_.back();
    one_unit_groups(r.elements);
    quick_tests(r.elements);
    mark_single(r.elements);
    r.order = static_cast<int>(rules_.size()) - 1;  // its index in rules_
    for (const auto& act : r.actions)
      if (auto l = label_from_name(act.verb)) r.label_mask |= 1u << static_cast<unsigned>(*l);
    index(r);
    if (end == text.size()) break;
  }
  flatten();
}

namespace {
// A rule set as exactly `stride` 64-bit words
void copy_bits(const std::vector<std::uint64_t>& bits, std::size_t stride, std::uint64_t* out) {
  std::copy_n(bits.begin(), std::min(bits.size(), stride), out);
}
}  // namespace

void PatternSet::flatten() {
  for (auto& ix : index_) {
    ix.stride = (ix.rules.size() + 63) / 64;
    const std::size_t stride = ix.stride;
    auto flat = [stride](const std::vector<RuleBits>& sets, std::vector<std::uint64_t>& out) {
      out.assign(sets.size() * stride, 0);
      for (std::size_t i = 0; i < sets.size(); ++i) copy_bits(sets[i], stride, out.data() + i * stride);
    };
    flat(ix.by_word, ix.by_word_flat);
    flat(ix.by_class, ix.by_class_flat);
    flat(ix.by_label, ix.by_label_flat);
    flat({ix.cap_words}, ix.cap_flat);
    flat({ix.digit_words}, ix.digit_flat);
    flat({ix.always}, ix.always_flat);
    item_bits(ix);
  }
}

// Index::needs' items and the item bits of each word, class and label, for the rules indexed so far.
void PatternSet::item_bits(Index& ix) {
  using Item = std::vector<std::pair<Rule::Need::Kind, std::uint32_t>>;
  std::map<Item, std::size_t> ordinal;  // each distinct item once, numbered as first met
  ix.items_of_word.assign(word_table().size() + 1, ItemBits{});
  std::fill(std::begin(ix.items_of_class), std::end(ix.items_of_class), ItemBits{});
  std::fill(std::begin(ix.items_of_label), std::end(ix.items_of_label), ItemBits{});
  auto set = [](ItemBits& bits, std::size_t bit) { bits[(bit / 64) % kItemWords] |= std::uint64_t{1} << (bit % 64); };
  for (std::size_t local = 0; local < ix.rules.size(); ++local) {
    const Rule& r = *ix.rules[local];
    auto add = [&](const Item& item) {
      const std::size_t bit = ordinal.emplace(item, ordinal.size()).first->second;
      set(ix.needs[local], bit);
      for (const auto& [kind, id] : item) switch (kind) {
          case Rule::Need::Kind::Word: set(ix.items_of_word.at(id), bit); break;
          case Rule::Need::Kind::Class: set(ix.items_of_class[id & 63], bit); break;
          case Rule::Need::Kind::Label: set(ix.items_of_label[id & 7], bit); break;
        }
    };
    ix.needs[local] = {};
    for (const auto& words : r.required_words) {
      Item item;
      for (auto w : words) item.emplace_back(Rule::Need::Kind::Word, w);
      add(item);
    }
    for (const auto& units : r.required_units) {
      Item item;
      for (const auto& n : units) item.emplace_back(n.kind, n.id);
      add(item);
    }
  }
}

namespace {
struct Anchor {
  enum Kind { Word, Label, Class, CapWord, Digit } kind;
  int id = 0;
};

// What the first unit of a match of s[i..] must be; nullopt when it can be anything.
std::optional<std::vector<Anchor>> first_set(const std::vector<Element>& s, std::size_t i) {
  std::vector<Anchor> out;
  for (; i < s.size(); ++i) {
    const Element& e = s[i];
    if (e.kind == Element::Kind::NotAhead || e.kind == Element::Kind::NotBehind) continue;  // consumes nothing
    switch (e.kind) {
      case Element::Kind::Lower: out.push_back({Anchor::Word, static_cast<int>(e.word)}); break;
      case Element::Kind::Exact: {
        auto id = pattern_word_id(lower_utf8(e.value));
        if (!id) id = intern_word(lower_utf8(e.value));
        out.push_back({Anchor::Word, static_cast<int>(id)});
        break;
      }
      case Element::Kind::Label: out.push_back({Anchor::Label, static_cast<int>(e.label)}); break;
      case Element::Kind::Class: out.push_back({Anchor::Class, e.class_id}); break;
      case Element::Kind::Shape:
        // (a word in capitals, or capitals and digits, starts with a capital too)
        if (e.value == "Xx" || e.value == "XX" || e.value == "Xd") out.push_back({Anchor::CapWord, 0});
        else if (e.value == "dd" || e.value == "ord") out.push_back({Anchor::Digit, 0});
        else return std::nullopt;
        break;
      case Element::Kind::Group:
      case Element::Kind::OneOf:
        for (const auto& alt : e.alts) {
          auto f = first_set(alt, 0);
          if (!f) return std::nullopt;
          out.insert(out.end(), f->begin(), f->end());
        }
        break;
      default: return std::nullopt;
    }
    if (e.min > 0) return out;
  }
  return std::nullopt;  // the whole pattern may be empty
}
}  // namespace

namespace {
using Need = Rule::Need;
using Needs = std::vector<std::vector<Need>>;  // all of these, each one of its alternatives

// The units one element requires: words, lexicon classes and mention labels. A group with one
// alternative requires what its elements require; a group with several requires, of each
// alternative, its first requirement (nothing when one alternative requires nothing).
Needs needs_of(const Element& e) {
  if (e.min < 1) return {};
  switch (e.kind) {
    case Element::Kind::Lower: return {{{Need::Kind::Word, e.word}}};
    case Element::Kind::Exact: return {{{Need::Kind::Word, intern_word(lower_utf8(e.value))}}};  // "Summit": the word "summit"
    case Element::Kind::Class: return {{{Need::Kind::Class, static_cast<std::uint32_t>(e.class_id)}}};
    case Element::Kind::Label: return {{{Need::Kind::Label, static_cast<std::uint32_t>(e.label)}}};
    case Element::Kind::Group:
    case Element::Kind::OneOf: break;
    default: return {};
  }
  auto of_seq = [](const std::vector<Element>& alt) {
    Needs all;
    for (const auto& x : alt)
      for (auto& n : needs_of(x)) all.push_back(std::move(n));
    return all;
  };
  if (e.alts.size() == 1) return of_seq(e.alts.front());
  std::vector<Need> any;
  for (const auto& alt : e.alts) {
    auto n = of_seq(alt);
    if (n.empty()) return {};
    any.insert(any.end(), n.front().begin(), n.front().end());
  }
  return {any};
}

// a rule's required item with more alternative words than this is tested as a bit set
constexpr std::size_t kFewWords = 6;

void set_bit(std::vector<std::uint64_t>& bits, int order) {
  auto w = static_cast<std::size_t>(order) >> 6;
  if (bits.size() <= w) bits.resize(w + 1, 0);
  bits[w] |= std::uint64_t{1} << (order & 63);
}
}  // namespace

namespace {
// Element::alt_start of every group, from the same first units the rule index uses.
void start_filters(std::vector<Element>& seq) {
  for (auto& e : seq) {
    for (auto& alt : e.alts) start_filters(alt);
    if (e.kind != Element::Kind::Group) continue;
    e.alt_start.clear();
    for (const auto& alt : e.alts) {
      Element::Start st;
      if (auto first = first_set(alt, 0)) {
        st.any = false;
        for (const auto& a : *first) switch (a.kind) {
            case Anchor::Word: set_bit(st.words, a.id); break;
            case Anchor::Label: st.labels |= 1u << static_cast<unsigned>(a.id); break;
            case Anchor::Class: st.classes |= std::uint64_t{1} << a.id; break;
            case Anchor::CapWord: st.cap = true; break;
            case Anchor::Digit: st.digit = true; break;
          }
      }
      e.alt_start.push_back(std::move(st));
    }
    Element::Start all;
    all.any = false;
    for (const auto& st : e.alt_start) {
      all.any = all.any || st.any;
      if (all.words.size() < st.words.size()) all.words.resize(st.words.size(), 0);
      for (std::size_t w = 0; w < st.words.size(); ++w) all.words[w] |= st.words[w];
      all.classes |= st.classes;
      all.labels |= st.labels;
      all.cap = all.cap || st.cap;
      all.digit = all.digit || st.digit;
    }
    e.any_start = std::move(all);
  }
}
}  // namespace

void PatternSet::index(Rule& r) {
  start_filters(r.elements);
  for (const auto& e : r.elements)
    for (auto& any : needs_of(e)) {
      bool words = std::all_of(any.begin(), any.end(), [](const Need& n) { return n.kind == Need::Kind::Word; });
      if (!words) {
        r.required_units.push_back(std::move(any));
        continue;
      }
      std::vector<std::uint32_t> ids;
      for (const auto& n : any) ids.push_back(n.id);
      std::vector<std::uint64_t> dense;
      if (ids.size() > kFewWords)
        for (auto id : ids) set_bit(dense, static_cast<int>(id));
      std::vector<std::pair<std::uint32_t, std::uint64_t>> bits;
      for (std::size_t k = 0; k < dense.size(); ++k)
        if (dense[k]) bits.emplace_back(static_cast<std::uint32_t>(k), dense[k]);
      r.required_words.push_back(std::move(ids));
      r.required_word_bits.push_back(std::move(bits));
    }
  auto& ix = index_[r.phase == Phase::Mention ? 0 : 1];
  const int local = static_cast<int>(ix.rules.size());  // the rule's bit in the phase's rule sets
  ix.rules.push_back(&r);
  ix.needs.emplace_back();  // set by flatten()
  for (std::size_t l = 0; l < ix.making.size(); ++l)
    if (r.label_mask & (1u << l)) set_bit(ix.making[l], local);
  auto anchors = first_set(r.elements, 0);
  if (!anchors) {
    set_bit(ix.always, local);
    return;
  }
  for (const auto& a : *anchors) {
    switch (a.kind) {
      case Anchor::Word:
        if (ix.by_word.size() <= static_cast<std::size_t>(a.id)) ix.by_word.resize(static_cast<std::size_t>(a.id) + 1);
        set_bit(ix.by_word[static_cast<std::size_t>(a.id)], local);
        break;
      case Anchor::Label: set_bit(ix.by_label[static_cast<std::size_t>(a.id)], local); break;
      case Anchor::Class: set_bit(ix.by_class[static_cast<std::size_t>(a.id)], local); break;
      case Anchor::CapWord: set_bit(ix.cap_words, local); break;
      case Anchor::Digit: set_bit(ix.digit_words, local); break;
    }
  }
}

namespace {
// f(std::integral_constant<std::size_t, N>{}) with N the count of 64-bit words per rule set when it is
// one of the few counts the phases have, 0 for any other: loops over a rule set then unroll.
template <class F>
void with_word_count(std::size_t n_words, F&& f) {
  switch (n_words) {
    case 2: f(std::integral_constant<std::size_t, 2>{}); break;
    case 3: f(std::integral_constant<std::size_t, 3>{}); break;
    case 4: f(std::integral_constant<std::size_t, 4>{}); break;
    case 5: f(std::integral_constant<std::size_t, 5>{}); break;
    case 6: f(std::integral_constant<std::size_t, 6>{}); break;
    default: f(std::integral_constant<std::size_t, 0>{}); break;
  }
}

// Buffers find() reuses from one sentence to the next (one set per nesting level of find).
struct FindScratch {
  std::vector<int> word_last;                // last unit holding each pattern word (valid where word_seen is set)
  std::vector<std::uint64_t> word_seen;      // bit set over word ids: the words the sentence has
  std::vector<int> reach;                    // by rule order: the last unit a match may start at (valid for candidates)
  std::vector<std::uint64_t> cands;          // per unit, the rules it may start (rule bit sets, one after another)
  std::vector<std::uint64_t> alive, touched;  // rule bit sets
  std::vector<std::uint32_t> starts;          // the units some alive rule may start at, in order
  std::vector<std::pair<int, int>> caps;
  MatchResult result;
};
}  // namespace

void PatternSet::find(Phase phase, std::string_view text, const std::vector<Token>& tokens, const std::vector<Unit>& units,
                      const Lexicon& lex, const std::function<void(const MatchResult&)>& on_match,
                      std::uint32_t label_mask) const {
  const auto& ix = index_[phase == Phase::Mention ? 0 : 1];
  thread_local std::vector<std::unique_ptr<FindScratch>> pool;
  thread_local std::size_t depth = 0;
  if (pool.size() <= depth) pool.push_back(std::make_unique<FindScratch>());
  FindScratch& sc = *pool[depth];
  struct Nest {
    std::size_t& d;
    explicit Nest(std::size_t& x) : d(x) { ++d; }
    ~Nest() { --d; }
  } nest(depth);

  // where the sentence has each word, class and label last: a rule needing one that does not come
  // at or after a unit cannot match from there (words inside a mention are not there for word
  // elements to match)
  int class_last[64], label_last[8];
  std::fill(std::begin(class_last), std::end(class_last), -1);
  std::fill(std::begin(label_last), std::end(label_last), -1);
  // word_last is only read where word_seen says the sentence has the word: no need to clear it
  const std::size_t n_ids = word_table().size() + 1;
  if (sc.word_last.size() < n_ids) sc.word_last.resize(n_ids, -1);
  const std::size_t n_seen = (n_ids + 63) / 64;
  sc.word_seen.assign(n_seen, 0);
  int* const word_last = sc.word_last.data();  // every word a rule names has an id below n_ids
  std::uint64_t* const seen = sc.word_seen.data();
  std::uint64_t has_classes = 0;  // the sentence's classes, labels and required items (Index::needs)
  std::uint32_t has_labels = 0;
  ItemBits has_items{};
  auto add_items = [&has_items](const ItemBits& bits) {
    for (std::size_t i = 0; i < kItemWords; ++i) has_items[i] |= bits[i];
  };
  for (std::size_t u = 0; u < units.size(); ++u) {
    const Unit& un = units[u];
    if (un.mention >= 0) {
      label_last[static_cast<std::size_t>(un.label) & 7] = static_cast<int>(u);
      has_labels |= 1u << (static_cast<unsigned>(un.label) & 7);
      continue;
    }
    const Token& t = tokens[un.tb];
    if (t.word && t.word < n_ids) {
      word_last[t.word] = static_cast<int>(u);
      seen[t.word >> 6] |= std::uint64_t{1} << (t.word & 63);
      if (t.word < ix.items_of_word.size()) add_items(ix.items_of_word[t.word]);
    }
    has_classes |= t.classes;
    for (auto bits = t.classes; bits; bits &= bits - 1) class_last[__builtin_ctzll(bits)] = static_cast<int>(u);
  }
  for (auto bits = has_classes; bits; bits &= bits - 1) add_items(ix.items_of_class[__builtin_ctzll(bits)]);
  for (auto bits = has_labels; bits; bits &= bits - 1) add_items(ix.items_of_label[__builtin_ctzll(bits)]);

  auto word_at = [word_last, seen](std::uint32_t w) { return (seen[w >> 6] >> (w & 63)) & 1 ? word_last[w] : -1; };
  auto last = [&](const Rule::Need& n) {
    switch (n.kind) {
      case Rule::Need::Kind::Word: return word_at(n.id);
      case Rule::Need::Kind::Class: return class_last[n.id & 63];
      case Rule::Need::Kind::Label: return label_last[n.id & 7];
    }
    return -1;
  };
  // a rule needing an item the sentence does not hold cannot match in it
  ItemBits lacks_items;
  for (std::size_t i = 0; i < kItemWords; ++i) lacks_items[i] = ~has_items[i];
  auto lacking = [&ix, &lacks_items](std::size_t local) {
    const auto& need = ix.needs[local];
    for (std::size_t i = 0; i < kItemWords; ++i)
      if (need[i] & lacks_items[i]) return true;
    return false;
  };
  // the last unit a match of the rule may start at: -1 when it cannot match at all
  auto full_reach = [&](const Rule& r) {
    int reach = INT_MAX;
    for (std::size_t i = 0; i < r.required_words.size() && reach >= 0; ++i) {
      int best = -1;
      const auto& bits = r.required_word_bits[i];
      if (bits.empty()) {
        for (auto w : r.required_words[i]) best = std::max(best, word_at(w));
      } else {
        for (const auto& [k, block] : bits) {
          if (k >= n_seen) break;
          for (auto both = block & seen[k]; both; both &= both - 1)
            best = std::max(best, word_last[std::size_t{k} * 64 + static_cast<std::size_t>(__builtin_ctzll(both))]);
        }
      }
      reach = std::min(reach, best);
    }
    for (std::size_t i = 0; i < r.required_units.size() && reach >= 0; ++i) {
      int best = -1;
      for (const auto& n : r.required_units[i]) best = std::max(best, last(n));
      reach = std::min(reach, best);
    }
    return reach;
  };

  const std::size_t n_words = ix.stride;  // 64-bit words per rule set
  sc.alive.assign(n_words, label_mask ? 0 : ~std::uint64_t{0});
  std::uint64_t* const alive = sc.alive.data();
  if (label_mask) {
    // only the rules making the labels asked for are alive; they are few, so those the sentence
    // lacks the needs of are dropped at once, and when none is left the units need no visit
    for (std::size_t l = 0; l < ix.making.size(); ++l)
      if (label_mask & (1u << l))
        for (std::size_t w = 0; w < std::min(n_words, ix.making[l].size()); ++w) alive[w] |= ix.making[l][w];
    bool any = false;
    for (std::size_t w = 0; w < n_words; ++w) {
      for (auto bits = alive[w]; bits; bits &= bits - 1) {
        const auto bit = static_cast<std::size_t>(__builtin_ctzll(bits));
        if (lacking(w * 64 + bit)) alive[w] &= ~(std::uint64_t{1} << bit);
      }
      any = any || alive[w];
    }
    if (!any) return;
  }

  // the candidate rules of each unit (by its first element), as bit sets over rule order
  sc.cands.resize(units.size() * n_words);
  std::uint64_t* const cands = sc.cands.data();
  sc.touched.resize(n_words);  // the alive rules some unit may start
  std::uint64_t* const touched = sc.touched.data();
  std::fill_n(touched, n_words, 0);
  // (N: n_words as a constant when it is one of the few counts the phases have, 0 for any other:
  // the loops over a rule set then unroll, which halves this pass's instructions)
  auto mark_candidates = [&]<std::size_t N>(std::integral_constant<std::size_t, N>) {
    const std::size_t nw = N ? N : n_words;
    const std::uint64_t* const always = ix.always_flat.data();
    for (std::size_t u = 0; u < units.size(); ++u) {
      std::uint64_t* const c = cands + u * nw;
      for (std::size_t w = 0; w < nw; ++w) c[w] = always[w];
      auto mark = [&](const std::uint64_t* bits) {
        for (std::size_t w = 0; w < nw; ++w) c[w] |= bits[w];
      };
      const Unit& un = units[u];
      if (un.mention >= 0) {
        mark(ix.by_label_flat.data() + (static_cast<std::size_t>(un.label) & 7) * nw);
      } else {
        const Token& t = tokens[un.tb];
        if (t.word && t.word < ix.by_word.size()) mark(ix.by_word_flat.data() + std::size_t{t.word} * nw);
        for (auto bits = t.classes; bits; bits &= bits - 1) mark(ix.by_class_flat.data() + static_cast<std::size_t>(__builtin_ctzll(bits)) * nw);
        if (t.has(kCap)) mark(ix.cap_flat.data());
        if (t.has(kDigit)) mark(ix.digit_flat.data());
      }
      for (std::size_t w = 0; w < nw; ++w) touched[w] |= c[w] & alive[w];
    }
  };
  with_word_count(n_words, mark_candidates);
  // the reach of every rule some unit may start: a rule that cannot match leaves `alive`
  std::vector<int>& reach = sc.reach;
  if (reach.size() < ix.rules.size()) reach.resize(ix.rules.size());
  for (std::size_t w = 0; w < n_words; ++w)
    for (auto bits = touched[w]; bits; bits &= bits - 1) {
      const auto bit = static_cast<std::size_t>(__builtin_ctzll(bits));
      const std::size_t local = w * 64 + bit;
      reach[local] = lacking(local) ? -1 : full_reach(*ix.rules[local]);
      if (reach[local] < 0) alive[w] &= ~(std::uint64_t{1} << bit);
    }
  // the units some rule still alive may start at: once the reaches are known, most units have none
  auto find_starts = [&]<std::size_t N>(std::integral_constant<std::size_t, N>) {
    const std::size_t nw = N ? N : n_words;
    sc.starts.clear();
    for (std::size_t u = 0; u < units.size(); ++u) {
      const std::uint64_t* const c = cands + u * nw;
      std::uint64_t any = 0;
      for (std::size_t w = 0; w < nw; ++w) any |= c[w] & alive[w];
      if (any) sc.starts.push_back(static_cast<std::uint32_t>(u));
    }
  };
  with_word_count(n_words, find_starts);

  Matcher m{text, tokens, units, lex, sc.caps};
  static std::map<std::string, std::uint64_t>* prof = [] {
    if (!std::getenv("FACTGRAPH_PROFILE_RULES")) return static_cast<std::map<std::string, std::uint64_t>*>(nullptr);
    static std::map<std::string, std::uint64_t> counts;
    std::atexit([] {
      std::vector<std::pair<std::uint64_t, std::string>> v;
      for (auto& [k, n] : counts) v.emplace_back(n, k);
      std::sort(v.rbegin(), v.rend());
      // FACTGRAPH_PROFILE_RULES=N lists the N costliest rules (40 when N is not a number)
      std::size_t top = std::strtoul(std::getenv("FACTGRAPH_PROFILE_RULES"), nullptr, 10);
      if (top == 0) top = 40;
      for (std::size_t i = 0; i < v.size() && i < top; ++i) std::fprintf(stderr, "%12llu %s\n", static_cast<unsigned long long>(v[i].first), v[i].second.c_str());
    });
    return &counts;
  }();
  // each unit's candidates are tried in rule order, each once; a rule past its reach leaves `alive`
  // for the rest of the sentence
  for (const std::size_t u : sc.starts) {
    const std::uint64_t* const c = cands + u * n_words;
    for (std::size_t w = 0; w < n_words; ++w)
      for (auto bits = c[w] & alive[w]; bits; bits &= bits - 1) {
        const auto bit = static_cast<std::size_t>(__builtin_ctzll(bits));
        const std::size_t local = w * 64 + bit;
        if (static_cast<int>(u) > reach[local]) {
          alive[w] &= ~(std::uint64_t{1} << bit);
          continue;
        }
        const Rule* r = ix.rules[local];
        m.caps.assign(r->captures.size(), {-1, -1});
        std::size_t end = 0;
        auto accept = [&](std::size_t p) {
          if (p == u) return false;
          end = p;
          return true;
        };
        bool ok = m.seq(r->elements, u, Matcher::K(accept));
        if (prof) (*prof)[r->name] += m.steps, m.steps = 0;
        if (ok) {
          sc.result.rule = r;
          sc.result.begin = u;
          sc.result.end = end;
          sc.result.captures.assign(m.caps.begin(), m.caps.end());
          on_match(sc.result);
        }
      }
  }
}

std::string expand_template(std::string_view tpl, const std::function<std::string(const std::string&, const std::string&)>& part) {
  std::string out;
  for (std::size_t p = 0; p < tpl.size(); ++p) {
    if (tpl[p] != '{') {
      out += tpl[p];
      continue;
    }
    auto close = tpl.find('}', p);
    if (close == std::string_view::npos) break;
    // "{r|m}": the first of the alternatives that captured something; "{-o2}" ("{–o2}"): a hyphen (an en
    // dash) before it, when there is something
    std::string_view alternatives = tpl.substr(p + 1, close - p - 1);
    p = close;
    std::string_view prefix;
    if (!alternatives.empty() && alternatives[0] == '-') {
      prefix = alternatives.substr(0, 1);
      alternatives.remove_prefix(1);
    } else if (alternatives.starts_with("\xE2\x80\x93")) {  // "{–b}": an en dash
      prefix = alternatives.substr(0, 3);
      alternatives.remove_prefix(3);
    }
    while (!alternatives.empty()) {
      auto bar = alternatives.find('|');
      std::string key(alternatives.substr(0, bar)), mod;
      alternatives = bar == std::string_view::npos ? std::string_view() : alternatives.substr(bar + 1);
      if (auto c = key.find(':'); c != std::string::npos) {
        mod = key.substr(c + 1);
        key = key.substr(0, c);
      }
      auto value = part(key, mod);
      if (!value.empty()) {
        out += prefix;
        out += value;
        break;
      }
    }
  }
  return out;
}

}  // namespace fg::importers::article
