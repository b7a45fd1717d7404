#include "importers/article/lexicon.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <tuple>

#include "graph/names.hpp"
#include "importers/article/match.hpp"
#include "importers/article/tokenize.hpp"
#include "importers/article/translit.hpp"

namespace fg::importers::article {

namespace fs = std::filesystem;

Lexicon::~Lexicon() = default;

namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (true) {
    auto e = s.find(sep, b);
    auto part = s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
    while (!part.empty() && (part.front() == ' ')) part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.remove_suffix(1);
    out.emplace_back(part);
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

// Non-comment, non-blank lines with their numbers.
std::vector<std::pair<std::size_t, std::string>> data_lines(std::string_view text) {
  std::vector<std::pair<std::size_t, std::string>> out;
  std::size_t n = 0;
  for (auto& line : split(text, '\n')) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    out.emplace_back(n, line);
  }
  return out;
}

std::string stem_of(const std::string& path) { return fs::path(path).stem().string(); }
std::string dir_of(const std::string& path) { return fs::path(path).parent_path().filename().string(); }
std::string ext_of(const std::string& path) { return fs::path(path).extension().string(); }

std::vector<std::string> tokens_of(std::string_view s) {
  std::vector<Token> toks;
  tokenize(s, 0, s.size(), toks);
  std::vector<std::string> out;
  for (auto& t : toks) out.push_back(t.lower);
  return out;
}

// "Saint Petersburg" is also written "Saint-Petersburg" (as French copy does): a name of several
// capitalized words has that spelling too
std::vector<std::string> with_hyphenated(std::vector<std::string> forms) {
  const auto n = forms.size();
  for (std::size_t i = 0; i < n; ++i) {
    const auto& f = forms[i];
    if (f.find(' ') == std::string::npos) continue;
    bool capitalized = true;
    for (std::size_t p = 0; p < f.size() && capitalized; ++p)
      if (p == 0 || f[p - 1] == ' ') capitalized = f[p] >= 'A' && f[p] <= 'Z';
    if (!capitalized) continue;
    auto h = f;
    std::replace(h.begin(), h.end(), ' ', '-');
    if (std::find(forms.begin(), forms.end(), h) == forms.end()) forms.push_back(std::move(h));
  }
  return forms;
}

}  // namespace

std::shared_ptr<const Lexicon> Lexicon::load(const std::string& extra_dir, const std::vector<std::string>& pattern_files) {
  std::vector<DataFile> files = embedded_data_files();
  auto read = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error(p.string() + ": cannot read");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  if (!extra_dir.empty()) {
    if (!fs::is_directory(extra_dir)) throw std::runtime_error(extra_dir + ": no such data folder");
    for (const char* sub : {"lexicon", "gazetteer", "patterns"}) {
      fs::path d = fs::path(extra_dir) / sub;
      if (!fs::is_directory(d)) continue;
      std::vector<fs::path> found;
      for (auto& e : fs::directory_iterator(d))
        if (e.is_regular_file()) found.push_back(e.path());
      std::sort(found.begin(), found.end());
      for (auto& p : found) {
        std::string rel = std::string(sub) + "/" + p.filename().string();
        auto it = std::find_if(files.begin(), files.end(), [&](const DataFile& f) { return f.path == rel; });
        if (it != files.end()) it->text = read(p);
        else files.push_back({rel, read(p)});
      }
    }
  }
  for (const auto& pf : pattern_files) {
    if (fs::is_directory(pf)) {
      std::vector<fs::path> found;
      for (auto& e : fs::directory_iterator(pf))
        if (e.is_regular_file() && e.path().extension() == ".rules") found.push_back(e.path());
      std::sort(found.begin(), found.end());
      for (auto& p : found) files.push_back({p.string(), read(p)});
    } else {
      files.push_back({pf, read(pf)});
    }
  }
  return from_files(files);
}

std::shared_ptr<const Lexicon> Lexicon::from_files(const std::vector<DataFile>& files) {
  std::shared_ptr<Lexicon> lex(new Lexicon());
  std::map<std::string, std::string> iso2_name;
  for (const auto& st : graph::StateLexicon::builtin().entries()) {
    iso2_name[st.iso2] = st.name;
    if (!st.sovereign) continue;
    std::vector<std::string> forms{st.name};
    forms.insert(forms.end(), st.aliases.begin(), st.aliases.end());
    // "St. Lucia", "St Kitts and Nevis": news copy abbreviates Saint with or without the dot
    for (std::size_t k = 0, n = forms.size(); k < n; ++k)
      if (forms[k].rfind("Saint ", 0) == 0) {
        forms.push_back("St. " + forms[k].substr(6));
        forms.push_back("St " + forms[k].substr(6));
      }
    // "the State of Eritrea": the article before a name is the sentence's, not the name's
    for (std::size_t k = 0, n = forms.size(); k < n; ++k)
      if (forms[k].rfind("the ", 0) == 0) forms.push_back(forms[k].substr(4));
    // "Democratic Republic of Congo": copy drops the article inside official names
    for (std::size_t k = 0, n = forms.size(); k < n; ++k)
      if (auto at = forms[k].find(" of the "); at != std::string::npos)
        forms.push_back(forms[k].substr(0, at) + " of " + forms[k].substr(at + 8));
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    for (const auto& f : forms) {
      lex->state_by_norm_[graph::normalize_name(f)] = st.name;
      GazetteerEntry e;
      e.label = Label::State;
      e.surface = f;
      e.tokens = tokens_of(f);
      e.name = st.name;
      e.kind = "state";
      e.exact_case = graph::is_code_like(f);
      if (!e.tokens.empty()) lex->add_entry(std::move(e));
    }
  }
  auto state = [&](const std::string& iso2, const std::string& origin, std::size_t line) -> std::string {
    if (iso2.empty() || iso2 == "-") return "";
    auto it = iso2_name.find(iso2);
    if (it == iso2_name.end())
      throw std::runtime_error(origin + ":" + std::to_string(line) + ": unknown ISO 3166 code '" + iso2 + "'");
    return it->second;
  };

  // "NAME<TAB>VALUE<TAB>SPELLING;SPELLING": the value under the name and each other spelling
  auto by_every_spelling = [](auto& map, const std::vector<std::string>& cols, const auto& value) {
    map.emplace(graph::normalize_name(cols[0]), value);
    if (cols.size() > 2)
      for (auto& spelling : split(cols[2], ';'))
        if (!spelling.empty()) map.emplace(graph::normalize_name(spelling), value);
  };
  // the fourth column, "Foreign Minister|2024|;Deputy Prime Minister|2019|2022": each office and its years,
  // under the name and each other spelling
  auto read_offices = [&](std::unordered_map<std::string, std::size_t>& index, const std::vector<std::string>& cols, const std::string& origin,
                          std::size_t n) {
    if (cols.size() < 4 || cols[3].empty()) return;
    std::vector<Office> offices;
    auto fail = [&](const std::string& what) { throw std::runtime_error(origin + ":" + std::to_string(n) + ": " + what); };
    auto year = [&](const std::string& y) {
      if (y.empty()) return 0;
      if (y.size() != 4 || !std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; }))
        fail("expected a four-digit year, not '" + y + "'");
      return std::stoi(y);
    };
    for (auto& entry : split(cols[3], ';')) {
      if (entry.empty()) continue;
      auto parts = split(entry, '|');
      if (parts.size() != 3 || parts[0].empty() || parts[1].empty()) fail("expected TITLE|START|END, not '" + entry + "'");
      offices.push_back({parts[0], year(parts[1]), year(parts[2])});
    }
    by_every_spelling(index, cols, lex->offices_.size());
    lex->offices_.push_back(std::move(offices));
  };
  std::vector<const DataFile*> rules;
  std::vector<std::tuple<std::string, std::size_t, std::string>> intl_lines;  // file, line, body: checked once all bodies are read
  for (const auto& f : files) {
    auto dir = dir_of(f.path), stem = stem_of(f.path), ext = ext_of(f.path);
    if (ext == ".rules") {
      rules.push_back(&f);
      continue;
    }
    if (dir == "lexicon" && ext == ".txt") {
      auto [it, added] = lex->class_ids_.emplace(stem, static_cast<int>(lex->class_ids_.size()));
      if (it->second >= 64) throw std::runtime_error(f.path + ": more than 64 lexicon classes");
      std::uint64_t bit = std::uint64_t{1} << it->second;
      for (auto& [n, line] : data_lines(f.text)) lex->classes_[lower_utf8(line)] |= bit;
      continue;
    }
    if (stem == "lemmas") {
      for (auto& [n, line] : data_lines(f.text)) {
        auto cols = split(line, '\t');
        if (cols.size() < 2) throw std::runtime_error(f.path + ":" + std::to_string(n) + ": expected LEMMA<TAB>FORM;FORM...");
        for (auto& form : split(cols[1], ';')) lex->lemmas_[lower_utf8(form)] = cols[0];
        lex->lemmas_[cols[0]] = cols[0];
      }
      continue;
    }
    for (auto& [n, line] : data_lines(f.text)) {
      auto cols = split(line, '\t');
      auto need = [&, n = n](std::size_t k, const char* what) {
        if (cols.size() < k) throw std::runtime_error(f.path + ":" + std::to_string(n) + ": expected " + what);
      };
      if (stem == "boilerplate") {
        lex->boilerplate_.push_back(lower_utf8(line));
      } else if (stem == "outlets") {
        need(2, "NAME<TAB>ISO2");
        lex->outlets_.emplace_back(lower_utf8(cols[0]), state(cols[1], f.path, n));
      } else if (stem == "shared_short_names") {
        need(3, "SHORT<TAB>ISO2<TAB>ISO2");
        lex->shared_short_names_.push_back({lower_utf8(cols[0]), state(cols[1], f.path, n), state(cols[2], f.path, n)});
      } else if (stem == "officials_international") {
        need(2, "NAME<TAB>BODY<TAB>ALIASES");
        intl_lines.emplace_back(f.path, n, cols[1]);
        by_every_spelling(lex->official_bodies_, cols, cols[1]);
        read_offices(lex->body_office_index_, cols, f.path, n);
      } else if (stem == "officials") {
        need(2, "NAME<TAB>ISO2<TAB>ALIASES<TAB>OFFICES");
        by_every_spelling(lex->official_states_, cols, state(cols[1], f.path, n));
        read_offices(lex->official_office_index_, cols, f.path, n);
      } else if (stem == "offices") {
        need(2, "TITLE<TAB>ISO2");
        lex->office_states_.emplace(lower_utf8(cols[0]), state(cols[1], f.path, n));
      } else if (stem == "demonyms") {
        need(2, "ISO2<TAB>ADJECTIVES<TAB>PEOPLE");
        auto name = state(cols[0], f.path, n);
        for (std::size_t c = 1; c < cols.size() && c < 3; ++c)
          for (auto& form : split(cols[c], ';')) {
            if (form.empty()) continue;
            lex->state_by_norm_[graph::normalize_name(form)] = name;
            lex->add_entry({Label::State, tokens_of(form), form, name, c == 1 ? "demonym" : "people", name, "", false});
          }
      } else if (stem == "capitals") {
        need(2, "ISO2<TAB>CITY;ALIAS...");
        auto name = state(cols[0], f.path, n);
        auto forms = split(cols[1], ';');
        if (!forms.empty()) lex->capital_by_state_.emplace(name, forms[0]);
        for (auto& form : with_hyphenated(forms)) {
          lex->state_by_norm_.emplace(graph::normalize_name(form), name);
          lex->add_entry({Label::Place, tokens_of(form), form, forms[0], "capital", name, "", false});
        }
      } else if (stem == "places") {
        need(3, "NAME<TAB>KIND<TAB>ISO2<TAB>ALIASES");
        auto st = state(cols[2], f.path, n);
        std::vector<std::string> forms{cols[0]};
        if (cols.size() > 3)
          for (auto& a : split(cols[3], ';'))
            if (!a.empty()) forms.push_back(a);
        for (auto& form : with_hyphenated(forms)) lex->add_entry({Label::Place, tokens_of(form), form, cols[0], cols[1], st, "", false});
      } else if (stem == "organizations") {
        need(4, "NAME<TAB>ACRONYM<TAB>KIND<TAB>ISO2<TAB>ALIASES");
        auto st = state(cols[3], f.path, n);
        std::vector<std::string> forms{cols[0]};
        if (!cols[1].empty() && cols[1] != "-") forms.push_back(cols[1]);
        if (cols.size() > 4)
          for (auto& a : split(cols[4], ';'))
            if (!a.empty()) forms.push_back(a);
        // every form finds the body: "(AFP)" in a dateline is Agence France-Presse
        for (auto& form : forms) lex->org_by_norm_.emplace(graph::normalize_name(form), lex->entries_.size());
        for (auto& form : forms) {
          GazetteerEntry e{Label::Organization, tokens_of(form), form, cols[0], cols[2], st,
                           cols[1] == "-" ? "" : cols[1], graph::is_code_like(form)};
          lex->add_entry(std::move(e));
        }
      } else if (stem == "titles") {
        // envoys speak for a state or body ("the representative of Pakistan"): rules tell them apart
        auto last = line.substr(line.rfind(' ') + 1);
        bool envoy = last == "representative" || last == "envoy" || last == "delegate" || last == "ambassador";
        lex->add_entry({Label::Title, tokens_of(line), line, line, envoy ? "envoy" : "title", "", "", false});
      }
    }
  }
  for (const auto& [path, line, body] : intl_lines)
    if (const auto* org = lex->org_by_name(body); !org || org->name != body)
      throw std::runtime_error(path + ":" + std::to_string(line) + ": '" + body + "' is no body's canonical name in organizations.tsv");
  // "French Polynesia", "American Samoa": a dependent territory of two words or more is no state, and
  // neither are the words inside it; an entry without a label reads past them (added last, so a
  // place the gazetteer lists under the same name keeps it)
  for (const auto& st : graph::StateLexicon::builtin().entries()) {
    if (st.sovereign) continue;
    std::vector<std::string> forms{st.name};
    forms.insert(forms.end(), st.aliases.begin(), st.aliases.end());
    for (const auto& f : forms)
      if (auto t = tokens_of(f); t.size() >= 2) lex->add_entry({Label::None, std::move(t), f, st.name, "territory", "", "", false});
  }
  for (const auto& e : lex->entries_) lex->by_first_[e.tokens.front()].push_back(&e);
  for (auto& [k, v] : lex->by_first_)
    std::stable_sort(v.begin(), v.end(), [](auto* a, auto* b) { return a->tokens.size() > b->tokens.size(); });
  auto bit = [&](const char* n) {
    int id = lex->class_id(n);
    return id < 0 ? std::uint64_t{0} : std::uint64_t{1} << id;
  };
  lex->bits_ = {bit("not_name"), bit("weekday"), bit("month"), bit("title_word"), bit("org_head"), bit("agreement_noun"),
                bit("meeting_noun"), bit("given_name"), bit("name"), bit("honorific")};
  lex->patterns_ = std::make_unique<PatternSet>();
  for (const auto* f : rules) lex->patterns_->add(f->text, f->path, *lex);
  for (const auto& [w, c] : lex->classes_) lex->word_info_[w].classes = c;
  for_each_pattern_word([&](const std::string& w, std::uint32_t id) { lex->word_info_[w].word = id; });
  lex->pattern_words_seen_ = pattern_word_count();
  // the first words of gazetteer entries are marked, so tokens that start none need no look-up; a
  // word added for this keeps the classes word_info gave it before
  std::vector<std::pair<const std::string*, WordInfo>> starts;
  for (const auto& [w, entries] : lex->by_first_) starts.emplace_back(&w, lex->word_info(w));
  for (auto& [w, info] : starts) {
    auto& stored = lex->word_info_.try_emplace(*w, info).first->second;
    stored.gazetteer_start = true;
  }
  return lex;
}

void Lexicon::add_entry(GazetteerEntry e) {
  if (e.tokens.empty()) return;
  entries_.push_back(std::move(e));
}

int Lexicon::class_id(std::string_view name) const {
  auto it = class_ids_.find(name);
  return it == class_ids_.end() ? -1 : it->second;
}

std::uint64_t Lexicon::classes_of(std::string_view lower) const {
  auto it = classes_.find(lower);
  return it == classes_.end() ? 0 : it->second;
}

Lexicon::WordInfo Lexicon::word_info(std::string_view lower) const {
  WordInfo info;
  if (auto it = word_info_.find(lower); it != word_info_.end()) info = it->second;
  // "António", "Sjöberg": a word with accents is in the classes of its unaccented form
  else if (std::any_of(lower.begin(), lower.end(), [](char c) { return (c & 0x80) != 0; }))
    if (auto folded = word_info_.find(normalized(lower)); folded != word_info_.end()) info.classes = folded->second.classes;
  // patterns read after this lexicon (another lexicon's) named more words
  if (!info.word && pattern_word_count() != pattern_words_seen_) info.word = pattern_word_id(lower);
  return info;
}

bool Lexicon::in_class(std::string_view lower, std::string_view cls) const {
  int id = class_id(cls);
  return id >= 0 && ((classes_of(lower) >> id) & 1u);
}

const std::string& Lexicon::lemma(const std::string& lower) const {
  auto it = lemmas_.find(lower);
  return it == lemmas_.end() ? lower : it->second;
}

const std::vector<const GazetteerEntry*>* Lexicon::starting_with(const std::string& lower) const {
  auto it = by_first_.find(lower);
  return it == by_first_.end() ? nullptr : &it->second;
}

std::string Lexicon::state_name(std::string_view any) const {
  if (const auto* st = graph::StateLexicon::builtin().find(any); st && st->sovereign) return st->name;
  auto it = state_by_norm_.find(normalized(any));
  return it == state_by_norm_.end() ? "" : it->second;
}

const GazetteerEntry* Lexicon::org_by_name(std::string_view name) const {
  auto it = org_by_norm_.find(normalized(name));
  return it == org_by_norm_.end() ? nullptr : &entries_[it->second];
}

std::string Lexicon::outlet_state(std::string_view source) const {
  auto text = " " + lower_utf8(source) + " ";
  for (auto& c : text)
    if (c == '(' || c == ')' || c == ',' || c == ':' || c == ';' || c == '/' || c == '|') c = ' ';
  for (const auto& [name, state] : outlets_)
    if (text.find(" " + name + " ") != std::string::npos) return state;
  return "";
}

std::string Lexicon::official_state(std::string_view person) const {
  auto it = official_states_.find(graph::normalize_name(person));
  return it == official_states_.end() ? "" : it->second;
}

const std::vector<Lexicon::Office>& Lexicon::offices_in(const std::unordered_map<std::string, std::size_t>& index, std::string_view person) const {
  static const std::vector<Office> none;
  auto it = index.find(graph::normalize_name(person));
  return it == index.end() ? none : offices_[it->second];
}

const std::vector<Lexicon::Office>& Lexicon::official_offices(std::string_view person) const { return offices_in(official_office_index_, person); }

const std::vector<Lexicon::Office>& Lexicon::body_offices(std::string_view person) const { return offices_in(body_office_index_, person); }

std::string Lexicon::official_body(std::string_view person) const {
  auto it = official_bodies_.find(graph::normalize_name(person));
  return it == official_bodies_.end() ? "" : it->second;
}

std::string Lexicon::office_state(std::string_view title) const {
  auto it = office_states_.find(lower_utf8(title));
  return it == office_states_.end() ? "" : it->second;
}

std::string Lexicon::family_name(std::string_view full_name) const {
  // "Ferdinand Marcos Jr", "Lloyd J. Austin III": the generation is no family name
  for (std::string_view suffix : {" Jr.", " Jr", " Sr.", " Sr", " III", " II", " IV"})
    if (full_name.size() > suffix.size() && full_name.substr(full_name.size() - suffix.size()) == suffix) {
      full_name.remove_suffix(suffix.size());
      break;
    }
  auto first_space = full_name.find(' ');
  if (first_space == std::string_view::npos) return std::string(full_name);
  // "Mohammed VI", "Abdullah II": a monarch goes by the name and the number together
  if (auto last_space = full_name.rfind(' '); in_class(lower_utf8(full_name.substr(last_space + 1)), "regnal")) return std::string(full_name);
  if (in_class(lower_utf8(full_name.substr(0, first_space)), "family_name_first")) return std::string(full_name.substr(0, first_space));
  // "Faisal bin Farhan Al Saud", "Mohammed bin Salman": a patronymic name goes by the given name and
  // the father's ("Faisal bin Farhan")
  for (std::string_view link : {" bin ", " bint ", " ibn "})
    if (auto at = full_name.find(link); at != std::string_view::npos && at == first_space) {
      auto after = at + link.size();
      auto end = full_name.find(' ', after);
      // ("Badr bin Hamad Albusaidi": one family word after the father's name is the family name)
      if (end != std::string_view::npos && full_name.find(' ', end + 1) == std::string_view::npos) {
        auto last = full_name.substr(end + 1);
        if (last.size() > 3) return std::string(last);
      }
      return std::string(full_name.substr(0, end == std::string_view::npos ? full_name.size() : end));
    }
  // "Ursula von der Leyen" is von der Leyen: the family name starts at its particle
  static const std::string_view particles[] = {"von", "van", "der", "den", "de", "da", "di", "del", "dos", "du", "ter", "la", "le"};
  for (auto b = first_space + 1; b < full_name.size();) {
    auto e = full_name.find(' ', b);
    if (e == std::string_view::npos) break;
    auto w = full_name.substr(b, e - b);
    if (std::find(std::begin(particles), std::end(particles), w) != std::end(particles)) return std::string(full_name.substr(b));
    b = e + 1;
  }
  return std::string(full_name.substr(full_name.rfind(' ') + 1));
}

std::string Lexicon::capital_of(const std::string& state) const {
  auto it = capital_by_state_.find(state);
  return it == capital_by_state_.end() ? std::string() : it->second;
}

bool GazetteerEntry::spells_folded(const std::string& word, const std::string& entry_word) {
  // nearly every word is ASCII, with no other spelling: its bytes are tested eight at a time
  std::uint64_t high = 0;
  std::size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, word.data() + i, 8);
    high |= w;
  }
  for (; i < word.size(); ++i) high |= static_cast<unsigned char>(word[i]);
  if (!(high & 0x8080808080808080ull)) return false;
  return normalized(word) == entry_word;  // the memo of graph::normalize_name: accented names recur
}

}  // namespace fg::importers::article
