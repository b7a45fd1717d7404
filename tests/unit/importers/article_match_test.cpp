// The token-pattern engine: rule syntax, errors with their location, quantifiers, captures, units.
#include <catch2/catch.hpp>

#include "importers/article/lexicon.hpp"
#include "importers/article/match.hpp"
#include "importers/article/tokenize.hpp"

using namespace fg::importers::article;

namespace {
const Lexicon& lex() {
  static auto l = Lexicon::load();
  return *l;
}

struct Run {
  std::string text;
  std::vector<Token> toks;
  std::vector<Unit> units;
  explicit Run(std::string t) : text(std::move(t)) {
    tokenize(text, 0, text.size(), toks);
    for (auto& tk : toks) {
      tk.classes = lex().classes_of(tk.lower);
      tk.word = pattern_word_id(tk.lower);
    }
    for (std::uint32_t i = 0; i < toks.size(); ++i) units.push_back(Unit{i, i + 1, -1, Label::None, {}});
  }
  // every match as "rule:capture=text,..."
  std::vector<std::string> find(const PatternSet& ps) const {
    std::vector<std::string> out;
    ps.find(Phase::Mention, text, toks, units, lex(), [&](const MatchResult& m) {
      std::string s = m.rule->name;
      for (std::size_t c = 0; c < m.captures.size(); ++c) {
        auto [b, e] = m.captures[c];
        s += " " + m.rule->captures[c] + "=";
        if (b >= 0) s += text.substr(toks[static_cast<std::size_t>(b)].begin, toks[static_cast<std::size_t>(e - 1)].end - toks[static_cast<std::size_t>(b)].begin);
      }
      out.push_back(s);
    });
    return out;
  }
};

std::string parse_error(const std::string& rules) {
  PatternSet ps;
  try {
    ps.add(rules, "test.rules", lex());
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("patterns match words, classes, shapes, optional and repeated elements, and capture spans") {
  PatternSet ps;
  ps.add("# a comment\n"
         "mention t.said: @speech_verb p=(shape:Xx shape:Xx{1,2}) -> Person p\n"
         "mention t.talks: n=(talks|meeting) (in|at) the? q=shape:Xx+ -> Place q\n",
         "test.rules", lex());
  REQUIRE(ps.size() == 2);
  Run r("The talks in Geneva ended , said Wendy Sherman Smith Jones .");
  auto found = r.find(ps);
  CHECK(found == std::vector<std::string>{"t.talks n=talks q=Geneva", "t.said p=Wendy Sherman Smith"});
}

TEST_CASE("a pattern can match mentions as single units") {
  PatternSet ps;
  ps.add("mention t.rep: s=[State] will be represented by p=(shape:Xx+) -> Person p", "x.rules", lex());
  Run r("Russia will be represented by Alexander Grushko");
  r.units[0].mention = 0;
  r.units[0].label = Label::State;
  CHECK(r.find(ps) == std::vector<std::string>{"t.rep s=Russia p=Alexander Grushko"});
  r.units[0].label = Label::Place;
  CHECK(r.find(ps).empty());
}

TEST_CASE("rule errors name the file, line and column") {
  CHECK(parse_error("\nmention x: x=foo -> Persn x") == "test.rules:2:28: a mention action is a label (Person, State, ...), not 'Persn'");
  CHECK(parse_error("mention x: @nosuchclass -> Person x").find("test.rules:1:") == 0);
  CHECK(parse_error("mention x: @nosuchclass -> Person x").find("unknown lexicon class '@nosuchclass'") != std::string::npos);
  CHECK(parse_error("relation x: a=[Person] met b=[Person] -> MET_WITH a c").find("which no element captures") != std::string::npos);
  CHECK(parse_error("relation x: (a b -> MET_WITH a b").find("unclosed '('") != std::string::npos);
  CHECK(parse_error("relation x: a=[Persn] -> MET_WITH a a").find("unknown label 'Persn'") != std::string::npos);
  CHECK(parse_error("relation x: a=[Person] -> KNOWS a a").find("unknown relationship type 'KNOWS'") != std::string::npos);
  CHECK(parse_error("rule x: a -> Person a").find("a rule starts with 'mention' or 'relation'") != std::string::npos);
}

TEST_CASE("the built-in pattern files parse") {
  CHECK(lex().patterns().size() > 40);
}

TEST_CASE("shape:ord matches ordinal numbers only; required words prune sentences without changing matches") {
  PatternSet ps;
  ps.add("mention t.ord: n=(shape:ord shape:Xx+) -> Meeting n\n"
         "mention t.met: a=shape:Xx (met|meets) (with)? b=shape:Xx -> Person a\n"
         "mention t.opt: (the)? (summit|talks) in q=shape:Xx -> Place q\n",
         "test.rules", lex());
  // required words: "met" or "meets" for t.met; "summit" or "talks", then "in", for t.opt; none for t.ord
  CHECK(ps.rules()[0]->required_words.empty());
  REQUIRE(ps.rules()[1]->required_words.size() == 1);
  CHECK(ps.rules()[1]->required_words[0].size() == 2);
  CHECK(ps.rules()[2]->required_words.size() == 2);
  CHECK(Run("The 52nd General Assembly opened ; 30 Members came .").find(ps) ==
        std::vector<std::string>{"t.ord n=52nd General Assembly"});
  CHECK(Run("Lavrov met with Wang , then talks in Goa began .").find(ps) ==
        std::vector<std::string>{"t.met a=Lavrov b=Wang", "t.opt q=Goa"});
  CHECK(Run("Lavrov greeted Wang in Goa .").find(ps).empty());
}

TEST_CASE("<!X looks behind the match: a list's first item, not its middle") {
  PatternSet ps;
  ps.add("mention t.pair: <!\",\" <!(shape:Xx and) a=shape:Xx and b=shape:Xx met -> Person a\n", "test.rules", lex());
  CHECK(Run("Lavrov and Wang met .").find(ps) == std::vector<std::string>{"t.pair a=Lavrov b=Wang"});
  CHECK(Run("Then Lavrov and Wang met .").find(ps) == std::vector<std::string>{"t.pair a=Lavrov b=Wang"});
  CHECK(Run("Blinken , Lavrov and Wang met .").find(ps).empty());
  CHECK(Run("Blinken and Lavrov and Wang met .").find(ps).empty());
  CHECK(parse_error("relation x: <!a* b=[Person] -> MET_WITH b b").find("'<!' takes single units") != std::string::npos);
  CHECK(parse_error("relation x: <!(a|b) c=[Person] -> MET_WITH c c").find("'<!' takes single units") != std::string::npos);
}

TEST_CASE("a quoted literal with spaces is a sequence of words; template alternatives take the first captured") {
  PatternSet ps;
  ps.add("mention t.list: a=shape:Xx \", and\" b=shape:Xx -> Person a\n", "test.rules", lex());
  CHECK(Run("Lima , and Quito").find(ps) == std::vector<std::string>{"t.list a=Lima b=Quito"});
  CHECK(Run("Lima and Quito").find(ps).empty());
  auto fill = [](std::string_view tpl) {
    return expand_template(tpl, [](const std::string& key, const std::string& mod) {
      if (key == "r") return std::string();
      return key + (mod.empty() ? "" : ":" + mod);
    });
  };
  CHECK(fill("{r|m} meeting") == "m meeting");
  CHECK(fill("{r|q:short} talks") == "q:short talks");
  CHECK(fill("{r} meeting") == " meeting");
}

TEST_CASE("a rule's literal en or em dash matches either dash of a text, as the tokenizer reads them") {
  PatternSet ps;
  ps.add("mention t.em: zorblat \"—\" p=shape:Xx -> Place p\n"
         "mention t.en: quixle \"–\" p=shape:Xx -> Place p\n",
         "test.rules", lex());
  REQUIRE(ps.size() == 2);
  CHECK(Run("The zorblat — Belmuro is a town .").find(ps) == std::vector<std::string>{"t.em p=Belmuro"});
  CHECK(Run("The zorblat – Vantaro is a town .").find(ps) == std::vector<std::string>{"t.em p=Vantaro"});
  CHECK(Run("The quixle – Dellino is a town .").find(ps) == std::vector<std::string>{"t.en p=Dellino"});
  CHECK(Run("The quixle — Castrano is a town .").find(ps) == std::vector<std::string>{"t.en p=Castrano"});
  CHECK(Run("The zorblat Belmuro is a town .").find(ps).empty());
}
