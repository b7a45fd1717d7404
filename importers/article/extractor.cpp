#include "importers/article/extractor.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "importers/article/mentions.hpp"
#include "importers/article/relations.hpp"
#include "importers/article/resolve.hpp"
#include "importers/article/segment.hpp"

namespace fg::importers::article {

using namespace std::string_view_literals;

namespace {

// "H.E. Mr Patrice TALON", "Félix HOUPHOUËT-BOIGNY": French official style writes the family name in
// capitals after the given names. Such a word is a name when it follows a name word, names nothing a
// gazetteer knows (not "ECOWAS", "NATO") and is a word, not initials or a Roman numeral.
void mark_family_names_in_capitals(Analysis& a) {
  const auto& bits = a.lex.bits();
  auto& toks = a.seg.tokens;
  auto family_word = [&](const Token& t) {
    if (!t.has(kAllCaps) || t.has(kGazetteerStart) || t.lower.size() < 3 || (t.classes & bits.not_name)) return false;
    // (a vowel: "\xC3" leads the accented ones, "KABORÉ")
    if (t.lower.find_first_of("aeiouy\xC3") == std::string::npos) return false;
    return t.lower.find_first_not_of("ivxlc") != std::string::npos;
  };
  std::vector<bool> marked(toks.size(), false);
  for (std::size_t i = 1; i < toks.size(); ++i) {
    auto& t = toks[i];
    if (!family_word(t)) continue;
    const auto& p = toks[i - 1];
    bool after_name = p.has(kCap) && !p.has(kAllCaps) && (p.classes & bits.name) && !(p.classes & bits.honorific);
    // the second half of "AMON-TANOH"
    bool after_hyphen = i >= 2 && p.lower == "-"sv && !p.has(kSpaceBefore) && !t.has(kSpaceBefore) && marked[i - 2];
    // the second word of "Mariam CHABI TALATA"
    bool after_capitals = marked[i - 1] && t.has(kSpaceBefore);
    if (!after_name && !after_hyphen && !after_capitals) continue;
    t.classes |= bits.name;
    marked[i] = true;
  }
}

}  // namespace

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon) : lex_(std::move(lexicon)) {}

void analyze_article(const Lexicon& lex, const ArticleInput& in, const std::string& fallback_date, AnalyzedArticle& out) {
  auto parsed = read_document(in, fallback_date);
  if (auto* err = std::get_if<InputError>(&parsed)) {
    out.error = *err;
    return;
  }
  const Document& doc = out.doc.emplace(std::move(std::get<Document>(parsed)));
  Analysis& a = out.analysis.emplace(doc, lex);
  a.seg = segment(doc, lex);
  if (a.seg.sentences.size() < 2) {
    out.error = InputError{0, false, "not an article: no paragraph of prose under the headline"};
    return;
  }
  const auto& bits = lex.bits();
  if (bits.name) {
    auto not_name = bits.not_name | bits.weekday | bits.month | bits.title_word;
    for (auto& t : a.seg.tokens)
      if (t.has(kCap) && (!t.has(kAllCaps) || t.lower.find('.') != std::string::npos) && !(t.classes & not_name))
        t.classes |= bits.name;
    // "Dong Jun", "Theresa May": a month word right after a name, with no number beside it, is a name
    auto& toks = a.seg.tokens;
    for (std::size_t i = 1; i < toks.size(); ++i) {
      auto& t = toks[i];
      if (!(t.classes & bits.month) || !t.has(kCap) || t.has(kAllCaps) || !(toks[i - 1].classes & bits.name)) continue;
      if (toks[i - 1].has(kDigit) || (i + 1 < toks.size() && (toks[i + 1].has(kDigit) || toks[i + 1].lower == "."))) continue;
      t.classes = (t.classes & ~bits.month) | bits.name;
    }
    // "Amy Pope", "Julie Bishop": an office word right after a given name, with no name after it, is
    // a family name (the gazetteer then reads no office there)
    for (std::size_t i = 1; i < toks.size(); ++i) {
      auto& t = toks[i];
      if (!(t.classes & bits.title_word) || (t.classes & bits.honorific) || !t.has(kCap) || t.has(kAllCaps) || !toks[i - 1].has(kCap) || !(toks[i - 1].classes & bits.given_name)) continue;
      if (i + 1 < toks.size() && toks[i + 1].has(kCap)) continue;
      t.classes = (t.classes & ~bits.title_word) | bits.name;
    }
    mark_family_names_in_capitals(a);
  }
  // "met with HE President X", "HH the Amir": His Excellency, His Highness in Gulf agency copy
  if (bits.honorific) {
    auto& toks = a.seg.tokens;
    for (std::size_t i = 0; i + 1 < toks.size(); ++i)
      if (toks[i].has(kAllCaps) && (toks[i].lower == "he"sv || toks[i].lower == "hh"sv) && (toks[i + 1].has(kCap) || toks[i + 1].lower == "the"sv))
        toks[i].classes |= bits.honorific;
  }
  find_mentions(a);
  // the one who wrote it is not in the story ("Nadia Haddad is a Gulf security analyst based in Amman"),
  // nor is the outlet that published it a person ("source: Addis Standard")
  auto outlet = doc.source.substr(0, std::min({doc.source.find(" ("), doc.source.find(" \xE2\x80\x93 "), doc.source.find(" - "), doc.source.find(',')}));
  for (auto& m : a.mentions)
    if (m.label == Label::Person && (m.name == outlet || std::find(doc.authors.begin(), doc.authors.end(), m.name) != doc.authors.end()))
      m.label = Label::None;
  resolve(a);
  find_relations(a);
}

std::vector<Fact> finish_article(Analysis& a, NameRegistry& registry, ExtractStats* stats) {
  if (std::getenv("FACTGRAPH_DEBUG_MENTIONS"))  // a developer's view of the mention stage
    for (const auto& m : a.mentions)
      std::fprintf(stderr, "#%d %s [%s] %s <- %s\n", m.sentence, std::string(label_name(m.label)).c_str(), m.surface.c_str(),
                   m.name.c_str(), std::string(m.rule).c_str());
  auto facts = make_facts(a, registry);
  if (stats) {
    stats->sentences += a.seg.sentences.size();
    stats->tokens += a.seg.tokens.size();
    stats->mentions += a.mentions.size();
    stats->entities += a.entities.size();
    stats->relations += a.relations.size();
    stats->skipped_lines += a.seg.skipped_lines;
  }
  return facts;
}

std::variant<std::vector<Fact>, InputError> Extractor::extract(const ArticleInput& in, const std::string& fallback_date,
                                                               ExtractStats* stats) {
  AnalyzedArticle article;
  analyze_article(*lex_, in, fallback_date, article);
  if (article.error) return *article.error;
  return finish_article(*article.analysis, registry_, stats);
}

std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') {
      ++line;
      start = i + 1;
    }
  return {line, code_points(text.substr(start), offset - start) + 1};
}

std::shared_ptr<const Lexicon> load_lexicon_from_environment(const std::string& data_dir,
                                                             const std::vector<std::string>& pattern_files) {
  std::string dir = data_dir;
  if (dir.empty())
    if (const char* env = std::getenv("FACTGRAPH_DATA_DIR")) dir = env;
  std::vector<std::string> patterns = pattern_files;
  if (const char* env = std::getenv("FACTGRAPH_PATTERNS")) {
    std::string_view v(env);
    while (!v.empty()) {
      auto c = v.find(':');
      auto part = v.substr(0, c);
      if (!part.empty()) patterns.emplace_back(part);
      if (c == std::string_view::npos) break;
      v.remove_prefix(c + 1);
    }
  }
  return Lexicon::load(dir, patterns);
}

ArticleExtractor make_extractor(const graph::Graph* existing) {
  auto extractor = std::make_shared<Extractor>(load_lexicon_from_environment());
  if (existing) extractor->seed(*existing);
  return [extractor](const ArticleRecord& article, const std::string& file, std::size_t line, const ImportOptions& options,
                     const DiagnosticSink& sink) -> std::optional<std::vector<ExtractedFact>> {
    ArticleInput in{article.id, article.title, article.date, article.text};
    auto r = extractor->extract(in, options.date.value_or(""));
    if (auto* err = std::get_if<InputError>(&r)) {
      Diagnostic d;
      d.file = file;
      d.message = err->message;
      if (line > 0) {
        d.line = line;
        if (err->has_offset) d.message += " (in the article text)";
      } else if (err->has_offset) {
        auto [l, c] = line_column(article.text, err->offset);
        d.line = l;
        d.column = c;
      }
      if (sink) sink(d);
      return std::nullopt;
    }
    std::vector<ExtractedFact> out;
    for (auto& f : std::get<std::vector<Fact>>(r)) {
      if (auto* e = std::get_if<graph::EntityFact>(&f)) out.emplace_back(std::move(*e));
      else out.emplace_back(std::move(std::get<graph::RelationFact>(f)));
    }
    return out;
  };
}

}  // namespace fg::importers::article
