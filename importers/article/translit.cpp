#include "importers/article/translit.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "graph/names.hpp"
#include "importers/article/word_hash.hpp"

namespace fg::importers::article {

namespace {

// memo tables looked up by string_view without making a string
using Memo = std::unordered_map<std::string, std::string, WordHash, std::equal_to<>>;

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
}

std::vector<std::string> words(std::string_view name) {
  const auto& n = normalized(name);
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b < n.size()) {
    auto e = n.find(' ', b);
    if (e == std::string::npos) e = n.size();
    if (e > b) out.push_back(n.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

}  // namespace

const std::string& normalized(std::string_view name) {
  thread_local Memo memo;
  if (memo.size() > 200000) memo.clear();
  auto it = memo.find(name);
  if (it != memo.end()) return it->second;
  return memo.emplace(std::string(name), graph::normalize_name(name)).first->second;
}

std::string word_key_uncached(std::string_view word);

const std::string& word_key(std::string_view word) {
  thread_local Memo memo;
  if (memo.size() > 200000) memo.clear();
  auto it = memo.find(word);
  if (it != memo.end()) return it->second;
  return memo.emplace(std::string(word), word_key_uncached(word)).first->second;
}

std::uint32_t word_key_initials(char first) {
  if (first >= 'A' && first <= 'Z') first = static_cast<char>(first - 'A' + 'a');
  if (first < 'a' || first > 'z') return ~0u;
  auto bit = [](char c) { return 1u << (c - 'a'); };
  // its own letter, or the one a replacement below puts at the start: "Ch" before a consonant is
  // "sh", "Ck" "k", "Tch" "ch", "Ou" "u", "Kh" "h", "Ks" "x", "Ph" "f", "Zh" "j", "Y" "i"
  switch (first) {
    case 'c': return bit('c') | bit('k') | bit('s');
    case 't': return bit('t') | bit('c');
    case 'o': return bit('o') | bit('u');
    case 'k': return bit('k') | bit('h') | bit('x');
    case 'p': return bit('p') | bit('f');
    case 'z': return bit('z') | bit('j');
    case 'y': return bit('y') | bit('i');
    default: return bit(first);
  }
}

std::string word_key_uncached(std::string_view word) {
  std::string s = normalized(word);
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  replace_all(s, "tch", "ch");
  replace_all(s, "ou", "u");
  replace_all(s, "kh", "h");
  replace_all(s, "ks", "x");
  replace_all(s, "ck", "k");
  replace_all(s, "ph", "f");
  replace_all(s, "zh", "j");
  replace_all(s, "dj", "d");  // Serbo-Croatian Đ written Dj: Đurić / Djurić
  replace_all(s, "gue", "ge");
  replace_all(s, "gui", "gi");
  for (auto& c : s)
    if (c == 'y') c = 'i';
  // French "ch" before a consonant is English "sh" (Grouchko)
  for (std::size_t p = 0; (p = s.find("ch", p)) != std::string::npos; p += 2)
    if (p + 2 < s.size() && !vowel(s[p + 2])) s.replace(p, 2, "sh");
  std::string out;
  for (char c : s)
    if (out.empty() || out.back() != c) out += c;
  // a y between vowels is a glide some spellings drop: Tokayev / Tokaev, Mirziyoyev / Mirziyoev
  std::string glided;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (!(out[i] == 'i' && i > 0 && i + 1 < out.size() && vowel(out[i - 1]) && vowel(out[i + 1]) && out[i - 1] != 'i' && out[i + 1] != 'i'))
      glided += out[i];
  // German umlauts written out: Wüst / Wuest, Schröder / Schroeder
  replace_all(glided, "ue", "u");
  replace_all(glided, "oe", "o");
  // Turkmen and German spellings of the Slavic ending: Berdimuhamedow / Berdimuhamedov, -owa / -ova
  if (glided.ends_with("ow")) glided.back() = 'v';
  else if (glided.ends_with("owa")) glided[glided.size() - 2] = 'v';
  return glided;
}

std::string given_key(std::string_view word) {
  auto k = word_key(word);
  if (k.size() < 6) return k;
  std::string out;
  for (std::size_t i = 0; i < k.size(); ++i)
    if (i == 0 || !vowel(k[i])) out += k[i];
  return out;
}

namespace {
// The key of `s` by `make`, remembered: names recur across sentences and articles.
template <typename F>
const std::string& remembered(Memo& memo, std::string_view s, F make) {
  if (memo.size() > 200000) memo.clear();
  auto it = memo.find(s);
  if (it != memo.end()) return it->second;
  return memo.emplace(std::string(s), make(s)).first->second;
}
std::string person_key_uncached(std::string_view name);
std::string name_key_uncached(std::string_view name);
}  // namespace

const std::string& person_key(std::string_view name) {
  thread_local Memo memo;
  return remembered(memo, name, person_key_uncached);
}

const std::string& name_key(std::string_view name) {
  thread_local Memo memo;
  return remembered(memo, name, name_key_uncached);
}

namespace {
std::string person_key_uncached(std::string_view name) {
  auto w = words(name);
  if (w.empty()) return "";
  std::string key;
  for (std::size_t i = 0; i + 1 < w.size(); ++i) key += given_key(w[i]) + " ";
  return key + "|" + word_key(w.back());
}

}  // namespace

std::string surname_key(std::string_view name) {
  auto w = words(name);
  return w.empty() ? "" : word_key(w.back());
}

namespace {
std::string name_key_uncached(std::string_view name) {
  static const std::string_view stop[] = {"of", "the", "for", "and", "on", "in", "de", "des", "du", "la", "le"};
  std::vector<std::string> keys;
  for (auto& w : words(name)) {
    if (std::find(std::begin(stop), std::end(stop), w) != std::end(stop)) continue;
    keys.push_back(word_key(w));
  }
  std::sort(keys.begin(), keys.end());
  std::string out;
  for (auto& k : keys) out += k + " ";
  if (!out.empty()) out.pop_back();
  return out;
}

}  // namespace

}  // namespace fg::importers::article
