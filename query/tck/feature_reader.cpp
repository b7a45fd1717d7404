#include <fstream>
#include <sstream>

#include "query/tck/feature.hpp"

namespace fg::query::tck {

namespace {

std::string_view trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

class Reader {
 public:
  Reader(std::string_view text, const std::string& path) : path_(path) {
    std::size_t start = 0;
    while (start <= text.size()) {
      auto nl = text.find('\n', start);
      if (nl == std::string_view::npos) nl = text.size();
      auto line = text.substr(start, nl - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      lines_.emplace_back(line);
      start = nl + 1;
    }
  }

  Feature read() {
    Feature f;
    f.path = path_;
    std::vector<std::string> pending_tags;
    enum class Section { None, Background, Scenario } section = Section::None;
    bool have_feature = false;
    for (i_ = 0; i_ < lines_.size(); ++i_) {
      std::string_view raw = lines_[i_];
      auto line = trim(raw);
      if (line.empty() || line[0] == '#') continue;
      if (line[0] == '@') {
        std::istringstream in{std::string(line)};
        std::string tag;
        while (in >> tag) {
          if (tag[0] == '#') break;
          pending_tags.push_back(tag);
        }
        continue;
      }
      if (auto rest = keyword(line, "Feature:")) {
        if (have_feature) fail(raw, "a second 'Feature:' in one file");
        have_feature = true;
        f.name = *rest;
        pending_tags.clear();
        continue;
      }
      if (!have_feature) fail(raw, "expected 'Feature:' before '" + std::string(line) + "'");
      if (keyword(line, "Background:")) {
        if (!f.scenarios.empty()) fail(raw, "'Background:' must come before the first scenario");
        section = Section::Background;
        continue;
      }
      auto outline = keyword(line, "Scenario Outline:");
      if (!outline) outline = keyword(line, "Scenario Template:");
      auto plain = outline ? std::nullopt : keyword(line, "Scenario:");
      if (!plain && !outline) plain = keyword(line, "Example:");
      if (outline || plain) {
        Scenario s;
        s.name = outline ? *outline : *plain;
        s.outline = outline.has_value();
        s.line = i_ + 1;
        s.tags = std::move(pending_tags);
        pending_tags.clear();
        f.scenarios.push_back(std::move(s));
        section = Section::Scenario;
        continue;
      }
      if (keyword(line, "Examples:") || keyword(line, "Scenarios:")) {
        if (section != Section::Scenario || !f.scenarios.back().outline)
          fail(raw, "'Examples:' outside a Scenario Outline");
        pending_tags.clear();  // tags of an Examples block do not change how it runs
        Examples ex;
        ex.line = i_ + 1;
        ex.table = read_table_after();
        if (ex.table.empty()) fail(raw, "'Examples:' without a table");
        f.scenarios.back().examples.push_back(std::move(ex));
        continue;
      }
      if (line[0] == '|') fail(raw, "a table row that belongs to no step");
      if (starts_with(line, "\"\"\"")) fail(raw, "a doc string that belongs to no step");
      auto step = read_step(raw, line);
      if (section == Section::Background) {
        f.background.push_back(std::move(step));
      } else if (section == Section::Scenario) {
        if (!f.scenarios.back().examples.empty()) fail(raw, "a step after the 'Examples:' table");
        f.scenarios.back().steps.push_back(std::move(step));
      } else {
        fail(raw, "a step outside a scenario or background");
      }
    }
    if (!have_feature) throw FeatureError(path_ + ":1:1: no 'Feature:' line");
    for (const auto& s : f.scenarios)
      if (s.outline && s.examples.empty())
        throw FeatureError(path_ + ":" + std::to_string(s.line) + ":1: Scenario Outline without 'Examples:'");
    return f;
  }

 private:
  static std::optional<std::string> keyword(std::string_view line, std::string_view kw) {
    if (!starts_with(line, kw)) return std::nullopt;
    return std::string(trim(line.substr(kw.size())));
  }

  [[noreturn]] void fail(std::string_view raw, const std::string& what) const {
    auto indent = raw.size() - trim(raw).size() == 0 ? 0 : raw.find_first_not_of(" \t");
    if (indent == std::string_view::npos) indent = 0;
    throw FeatureError(path_ + ":" + std::to_string(i_ + 1) + ":" +
                       std::to_string(code_points(raw.substr(0, indent)) + 1) + ": " + what);
  }

  Step read_step(std::string_view raw, std::string_view line) {
    Step st;
    st.line = i_ + 1;
    static constexpr std::string_view kws[] = {"Given ", "When ", "Then ", "And ", "But ", "* "};
    bool found = false;
    for (auto kw : kws) {
      if (starts_with(line, kw)) {
        st.keyword = std::string(trim(kw));
        st.text = std::string(trim(line.substr(kw.size())));
        found = true;
        break;
      }
    }
    if (!found) fail(raw, "expected a step (Given, When, Then, And, But) but found '" + std::string(line) + "'");
    // A doc string or a table may follow (comments and blank lines in between are allowed).
    std::size_t j = next_content(i_ + 1);
    if (j < lines_.size()) {
      auto next = trim(lines_[j]);
      if (starts_with(next, "\"\"\"") || starts_with(next, "```")) {
        i_ = j;
        read_doc(st);
      } else if (!next.empty() && next[0] == '|') {
        st.table = read_table_after();
      }
    }
    return st;
  }

  std::size_t next_content(std::size_t j) const {
    while (j < lines_.size()) {
      auto t = trim(lines_[j]);
      if (!t.empty() && t[0] != '#') break;
      ++j;
    }
    return j;
  }

  void read_doc(Step& st) {
    std::string_view open = lines_[i_];
    std::size_t indent = open.find_first_not_of(" \t");
    std::string delim(trim(open).substr(0, 3));
    std::size_t open_line = i_;
    std::string doc;
    bool first = true;
    for (++i_; i_ < lines_.size(); ++i_) {
      std::string_view l = lines_[i_];
      if (trim(l) == delim) {
        st.doc = std::move(doc);
        st.doc_line = open_line + 2;
        return;
      }
      // Remove the delimiter's indentation (never more than the line's own leading blanks).
      std::size_t k = 0;
      while (k < indent && k < l.size() && (l[k] == ' ' || l[k] == '\t')) ++k;
      if (!first) doc += '\n';
      first = false;
      std::string content(l.substr(k));
      if (delim == "\"\"\"") {
        // Gherkin lets a doc string contain an escaped delimiter.
        for (std::size_t p; (p = content.find("\\\"\\\"\\\"")) != std::string::npos;) content.replace(p, 6, "\"\"\"");
      }
      doc += content;
    }
    i_ = open_line;
    fail(lines_[open_line], "doc string opened here is never closed");
  }

  // Reads the table starting at the next content line after i_; leaves i_ on its last row.
  Table read_table_after() {
    Table t;
    std::size_t j = next_content(i_ + 1);
    while (j < lines_.size()) {
      auto l = trim(lines_[j]);
      if (l.empty() || l[0] != '|') break;
      i_ = j;
      t.rows.push_back(split_row(lines_[j], l));
      t.lines.push_back(j + 1);
      if (t.rows.size() > 1 && t.rows.back().size() != t.rows.front().size())
        fail(lines_[j], "table row has " + std::to_string(t.rows.back().size()) + " cells, the first row has " +
                            std::to_string(t.rows.front().size()));
      j = next_content(j + 1);
    }
    return t;
  }

  std::vector<std::string> split_row(std::string_view raw, std::string_view l) {
    if (l.size() < 2 || l.back() != '|') fail(raw, "table row must end with '|'");
    std::vector<std::string> cells;
    std::string cell;
    for (std::size_t k = 1; k < l.size(); ++k) {
      char c = l[k];
      if (c == '\\' && k + 1 < l.size()) {
        char n = l[k + 1];
        if (n == '|' || n == '\\') {
          cell += n;
          ++k;
          continue;
        }
        if (n == 'n') {
          cell += '\n';
          ++k;
          continue;
        }
        cell += c;
        continue;
      }
      if (c == '|') {
        cells.emplace_back(trim(cell));
        cell.clear();
        continue;
      }
      cell += c;
    }
    return cells;
  }

  std::string path_;
  std::vector<std::string> lines_;
  std::size_t i_ = 0;
};

std::string substitute(const std::string& s, const std::vector<std::string>& names,
                       const std::vector<std::string>& values) {
  if (s.find('<') == std::string::npos) return s;
  std::string out;
  for (std::size_t k = 0; k < s.size();) {
    bool replaced = false;
    if (s[k] == '<') {
      for (std::size_t c = 0; c < names.size(); ++c) {
        const auto& n = names[c];
        if (s.compare(k + 1, n.size(), n) == 0 && k + 1 + n.size() < s.size() && s[k + 1 + n.size()] == '>') {
          out += values[c];
          k += n.size() + 2;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += s[k++];
  }
  return out;
}

Step substitute(const Step& st, const std::vector<std::string>& names, const std::vector<std::string>& values) {
  Step r = st;
  r.text = substitute(st.text, names, values);
  if (r.doc) r.doc = substitute(*st.doc, names, values);
  for (auto& row : r.table.rows)
    for (auto& cell : row) cell = substitute(cell, names, values);
  return r;
}

}  // namespace

Feature parse_feature(std::string_view text, const std::string& path) { return Reader(text, path).read(); }

Feature read_feature_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FeatureError(path + ": cannot open feature file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw FeatureError(path + ": cannot read feature file");
  return parse_feature(ss.str(), path);
}

std::vector<Case> expand(const Feature& f, const std::string& feature_id) {
  std::vector<Case> out;
  for (const auto& s : f.scenarios) {
    if (!s.outline) {
      Case c;
      c.id = feature_id + ": " + s.name;
      c.name = s.name;
      c.line = s.line;
      c.tags = s.tags;
      c.steps = f.background;
      c.steps.insert(c.steps.end(), s.steps.begin(), s.steps.end());
      out.push_back(std::move(c));
      continue;
    }
    std::size_t row = 0;
    for (const auto& ex : s.examples) {
      const auto& names = ex.table.rows.front();
      for (std::size_t r = 1; r < ex.table.rows.size(); ++r) {
        const auto& values = ex.table.rows[r];
        Case c;
        ++row;
        c.id = feature_id + ": " + s.name + " [#" + std::to_string(row) + "]";
        c.name = substitute(s.name, names, values);
        c.line = s.line;
        c.row_line = ex.table.lines[r];
        c.row = row;
        c.tags = s.tags;
        for (const auto& st : f.background) c.steps.push_back(substitute(st, names, values));
        for (const auto& st : s.steps) c.steps.push_back(substitute(st, names, values));
        out.push_back(std::move(c));
      }
    }
  }
  return out;
}

}  // namespace fg::query::tck
