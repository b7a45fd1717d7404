#include "query/errors.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace fg::query {

LineCol line_col(std::string_view text, std::size_t offset) {
  LineCol lc;
  offset = std::min(offset, text.size());
  for (std::size_t i = 0; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++lc.line;
      lc.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++lc.column;
    }
  }
  return lc;
}

void throw_at(std::string_view text, std::size_t offset, std::string kind, std::string detail,
              const std::string& message) {
  auto lc = line_col(text, offset);
  throw QueryError(std::move(kind), std::move(detail), QueryError::Phase::Compile, message, lc.line, lc.column);
}

void runtime_error(std::string kind, std::string detail, const std::string& message) {
  throw QueryError(std::move(kind), std::move(detail), QueryError::Phase::Runtime, message);
}

namespace {
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]));
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}
}  // namespace

std::string nearest_name(std::string_view wanted, const std::vector<std::string>& known) {
  std::string best;
  std::size_t best_d = std::max<std::size_t>(2, wanted.size() / 3) + 1;
  for (const auto& k : known) {
    auto d = distance(wanted, k);
    if (d < best_d) {
      best_d = d;
      best = k;
    }
  }
  return best;
}

std::string format_error(const QueryError& e, std::string_view source_name, std::string_view source_text) {
  std::string out(source_name);
  if (e.line > 0) out += ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
  out += ": ";
  out += e.what();
  if (e.line == 0) return out;
  // The source line, then a caret under the column (tabs kept so the caret lines up).
  std::size_t start = 0;
  for (std::size_t l = 1; l < e.line; ++l) {
    auto nl = source_text.find('\n', start);
    if (nl == std::string_view::npos) return out;
    start = nl + 1;
  }
  auto end = source_text.find('\n', start);
  std::string_view line = source_text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  out += "\n  ";
  out += line;
  out += "\n  ";
  std::size_t col = 1;
  for (std::size_t i = 0; i < line.size() && col < e.column; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    out += c == '\t' ? '\t' : ' ';
    ++col;
  }
  for (; col < e.column; ++col) out += ' ';
  out += "^";
  return out;
}

}  // namespace fg::query
