// Article importer, first stages: reading, tokens, sentences, dates, name keys.
#include <catch2/catch.hpp>

#include "importers/article/dates.hpp"
#include "importers/article/document.hpp"
#include "importers/article/lexicon.hpp"
#include "importers/article/segment.hpp"
#include "importers/article/tokenize.hpp"
#include "importers/article/translit.hpp"

using namespace fg::importers::article;

namespace {
std::vector<std::string> words(std::string_view text) {
  std::vector<Token> toks;
  tokenize(text, 0, text.size(), toks);
  std::vector<std::string> out;
  for (auto& t : toks) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}
const Lexicon& lex() {
  static auto l = Lexicon::load();
  return *l;
}
Document doc_of(const std::string& text, const std::string& date = "") {
  auto r = read_document(ArticleInput{"t", "", "", text}, date);
  REQUIRE(std::holds_alternative<Document>(r));
  return std::get<Document>(r);
}
}  // namespace

TEST_CASE("tokens keep abbreviations, initials and names together and split possessives and hyphens") {
  CHECK(words("U.S. envoy Enrique A. Manalo met NATO’s chief") ==
        std::vector<std::string>{"U.S.", "envoy", "Enrique", "A.", "Manalo", "met", "NATO", "’s", "chief"});
  CHECK(words("the NATO-Russia Council, O'Brien said.") ==
        std::vector<std::string>{"the", "NATO", "-", "Russia", "Council", ",", "O'Brien", "said", "."});
  CHECK(words("$7.6 billion on 2022-01-12") == std::vector<std::string>{"$", "7.6", "billion", "on", "2022-01-12"});
  std::vector<Token> toks;
  std::string s = "«Paix» à Genève";
  tokenize(s, 0, s.size(), toks);
  REQUIRE(toks.size() == 5);
  CHECK(s.substr(toks[4].begin, toks[4].end - toks[4].begin) == "Genève");
  CHECK(toks[4].has(kCap));
  CHECK(toks[1].has(kCap));
  CHECK(!toks[1].has(kSpaceBefore));
  // a possessive apostrophe after a word ending in s reads as 's; a quote mark elsewhere does not
  std::vector<Token> ptoks;
  std::string p = "Comoros’ President and the Bahamas' envoy said 'yes' .";
  tokenize(p, 0, p.size(), ptoks);
  std::vector<std::string> lowers;
  for (const auto& t : ptoks) lowers.push_back(t.lower);
  CHECK(lowers == std::vector<std::string>{"comoros", "'s", "president", "and", "the", "bahamas", "'s", "envoy", "said", "'", "yes", "'", "."});
}

TEST_CASE("an article is a headline, header lines and a body; bad input is refused with its location") {
  auto d = doc_of("Talks open\ndate: 2023-04-17\nsource: Reuters\n\nThe ministers met in Geneva on Monday and agreed to talk again soon.\n");
  CHECK(d.headline == "Talks open");
  CHECK(d.date == "2023-04-17");
  CHECK(doc_of("Talks open\n\nThe ministers met in Geneva on Monday and agreed to talk again.\n", "2022-01-11").date == "2022-01-11");

  auto err = [](std::string text) {
    auto r = read_document(ArticleInput{"t", "", "", std::move(text)}, "");
    REQUIRE(std::holds_alternative<InputError>(r));
    return std::get<InputError>(r);
  };
  CHECK(err("").message.find("empty article") != std::string::npos);
  auto bad = err("Headline\n\nSome words here and more words \xC3\x28 to make a body of prose.");
  CHECK(bad.has_offset);
  CHECK(bad.offset == 41);
  CHECK(bad.message == "invalid UTF-8 at byte offset 41");
  CHECK(err(std::string("Head\n\nbody\0body with enough words to pass the count", 50)).message.find("binary") != std::string::npos);
  CHECK(err("Head\n\n" + std::string(300000, 'a')).message.find("not an article") != std::string::npos);
  CHECK(err("x\n\n1,2,3\n4,5,6\n7,8,9\n1,2,3\n4,5,6\n7,8,9\n1,2,3\n").message.find("not an article") != std::string::npos);
  CHECK(err("Head\ndate: 2022-02-30\n\nThe ministers met in Geneva on Monday and agreed.").message.find("not a YYYY-MM-DD") !=
        std::string::npos);
}

TEST_CASE("sentences end at . ! ? unless an abbreviation or initial; boilerplate lines are dropped") {
  auto d = doc_of(
      "Headline\n\nMr. Smith met Dr. Jones in the U.S. capital on Jan. 5. They talked.White House officials "
      "said \"nothing\" was agreed.\n\nNewsletter info\n\nReceive the main news every morning.\n\nRead more:\n");
  auto seg = segment(d, lex());
  REQUIRE(seg.sentences.size() == 4);
  CHECK(sentence_text(d, seg.sentences[1]) == "Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5.");
  CHECK(sentence_text(d, seg.sentences[2]) == "They talked.");
  CHECK(sentence_text(d, seg.sentences[3]) == "White House officials said \"nothing\" was agreed.");
  CHECK(seg.skipped_lines == 3);
}

TEST_CASE("dates resolve against the article date, forward in sentences about the future") {
  auto dates_in = [](const std::string& body, const std::string& date) {
    auto d = doc_of("Headline\n\n" + body + "\n", date);
    auto seg = segment(d, lex());
    std::vector<std::string> out;
    for (std::size_t i = 1; i < seg.sentences.size(); ++i)
      for (auto& x : find_dates(d, seg.tokens, seg.sentences[i])) out.push_back(x.iso + "|" + x.text);
    return out;
  };
  // 2022-01-11 is a Tuesday
  CHECK(dates_in("The council will meet on Wednesday and the OSCE is scheduled for Thursday.", "2022-01-11") ==
        std::vector<std::string>{"2022-01-12|Wednesday", "2022-01-13|Thursday"});
  CHECK(dates_in("The ministers met on Friday and had talked on Tuesday about it all.", "2022-01-11") ==
        std::vector<std::string>{"2022-01-07|Friday", "2022-01-11|Tuesday"});
  CHECK(dates_in("A meeting is planned by the end of January and another was held last October.", "2022-01-11") ==
        std::vector<std::string>{"2022-01|by the end of January", "2021-10|last October"});
  CHECK(dates_in("Leaders first met in 2014 and the summit runs May 19–21 this year.", "2023-04-17") ==
        std::vector<std::string>{"2014|2014", "2023-05-19|May 19–21"});
  // a month and a year is that month, not a day numbered like the year
  CHECK(dates_in("Australia will host the summit in May 2023 and Japan hosted one in September 2022.", "2023-03-03") ==
        std::vector<std::string>{"2023-05|May 2023", "2022-09|September 2022"});
  CHECK(dates_in("The talks were held on 11 July 2023 and ended on Wednesday as planned.", "") ==
        std::vector<std::string>{"2023-07-11|11 July 2023", "|Wednesday"});
}

TEST_CASE("transliteration keys join respellings of one name and keep different names apart") {
  CHECK(person_key("Alexander Grushko") == person_key("Alexander Grouchko"));
  CHECK(person_key("Alexander Grushko") == person_key("Alexandre Grushko"));
  CHECK(person_key("Aleksandr Grushko") == person_key("Alexander Grushko"));
  CHECK(person_key("Sergei Riabkov") == person_key("Sergey Ryabkov"));
  CHECK(person_key("Volodymyr Zelensky") == person_key("Volodymyr Zelenskyy"));
  CHECK(person_key("Jake Sullivan") != person_key("Dan Sullivan"));
  CHECK(person_key("Jean Martin") != person_key("Joan Martin"));
  CHECK(word_key("Chen") != word_key("Shen"));
  CHECK(name_key("Russia-NATO Council") == name_key("NATO-Russia Council"));
  CHECK(name_key("Council of Europe") != name_key("European Council"));
}
