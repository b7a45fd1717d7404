#include "bench/gen/article_generator.hpp"

#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include <algorithm>

#include "bench/gen/jsonl_writer.hpp"

namespace fg::bench {

namespace {

class ArticleWriter {
 public:
  ArticleWriter(const World& w, const Templates& t, std::uint64_t seed) : w_(w), t_(t), rng_(seed ^ 0xa271c1eULL), seed_(seed) {}

  // One article about a random meeting; returns its text.
  const std::string& next(std::uint64_t index, std::uint64_t& sentences) {
    const auto mi = rng_.below(w_.meetings.size());
    const auto& m = w_.meetings[mi];
    people_.clear();
    const auto cast = 3 + rng_.below(6);
    for (std::uint64_t i = 0; i < cast * 3 && people_.size() < cast; ++i) {
      auto p = w_.person_sampler(rng_);
      if (std::find(people_.begin(), people_.end(), p) == people_.end()) people_.push_back(p);
    }
    base_ = Slots{};
    base_.meeting = m.name;
    base_.place = w_.places[m.place].name;
    base_.city = base_.place;
    base_.country = w_.states[w_.places[m.place].state].name;
    base_.date = m.date;
    base_.weekday = m.weekday;
    base_.forum = m.convener >= 0 ? std::string_view(w_.organizations[m.convener].name) : std::string_view(m.forum);
    base_.org = m.convener >= 0 ? std::string_view(w_.organizations[m.convener].name)
                                : std::string_view(w_.organizations[w_.convener_sampler(rng_)].name);
    base_.kind = m.kind;
    base_.topic = rng_.pick(w_.vocab.topic);
    fill_person(base_, people_[0]);
    base_.other = w_.persons[people_[people_.size() > 1 ? 1 : 0]].name;

    text_.clear();
    t_.render("headline", base_, rng_, line_);
    text_ += line_;
    text_ += "\ndate: ";
    text_ += m.date;
    text_ += "\nid: syn";
    append_int(text_, static_cast<std::int64_t>(seed_));
    text_ += "-a";
    append_int(text_, static_cast<std::int64_t>(index));
    text_ += "\n\n";
    const auto paragraphs = 3 + rng_.below(4);
    for (std::uint64_t para = 0; para < paragraphs; ++para) {
      const auto count = 2 + rng_.below(3);
      for (std::uint64_t s = 0; s < count; ++s) {
        if (s) text_ += ' ';
        sentence();
        text_ += line_;
        ++sentences;
      }
      text_ += "\n\n";
    }
    text_.pop_back();
    return text_;
  }

 private:
  void fill_person(Slots& s, std::uint32_t p) {
    s.person = w_.persons[p].name;
    s.title = w_.vocab.title[w_.persons[p].title];
    s.state = w_.states[w_.persons[p].state].name;
  }

  void sentence() {
    static const char* kinds[] = {"represents", "holds_role", "attends", "attends",   "met_with",  "met_with",
                                  "held_in",    "convened_by", "stated", "stated",    "member_of", "located_in"};
    Slots s = base_;
    fill_person(s, people_[rng_.below(people_.size())]);
    auto other = people_[rng_.below(people_.size())];
    s.other = w_.persons[other].name;
    const char* kind = kinds[rng_.below(std::size(kinds))];
    std::string_view k = kind;
    if (k == "met_with" && s.other == s.person) kind = "attends";
    if (k == "stated") {
      quote_ = rng_.pick(w_.vocab.quote_start) + " ";
      for (char c : rng_.pick(w_.vocab.topic)) quote_ += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      quote_ += " in " + rng_.pick(w_.vocab.quote_end);
      s.quote = quote_;
    }
    const auto& o = w_.organizations[rng_.below(std::max<std::size_t>(1, w_.real_organizations))];
    if (k == "member_of" && o.members.empty()) kind = "attends";
    if (std::string_view(kind) == "member_of") {
      s.group = o.name;
      s.member = w_.states[o.members[rng_.below(o.members.size())]].name;
      since_ = o.founded.empty() ? "2001" : o.founded;
      s.since = since_;
    }
    t_.render(kind, s, rng_, line_);
  }

  const World& w_;
  const Templates& t_;
  Rng rng_;
  std::uint64_t seed_;
  std::vector<std::uint32_t> people_;
  Slots base_;
  std::string text_, line_, quote_, since_;
};

void write_file(const std::string& path, const std::string& text) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) throw std::runtime_error(path + ": cannot write");
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fclose(f) == 0 && ok;
  if (!ok) throw std::runtime_error(path + ": write failed");
}

}  // namespace

ArticlesResult generate_articles(const World& world, const Templates& templates, std::uint64_t bytes_target,
                                 std::uint64_t seed, const std::string& dir) {
  namespace fs = std::filesystem;
  ArticlesResult r;
  ArticleWriter writer(world, templates, seed);
  while (r.bytes < bytes_target) {
    char folder[32], name[48];
    std::snprintf(folder, sizeof folder, "%04llu", static_cast<unsigned long long>(r.files / 1000));
    std::snprintf(name, sizeof name, "syn-%07llu.txt", static_cast<unsigned long long>(r.files));
    auto sub = fs::path(dir) / folder;
    if (r.files % 1000 == 0) fs::create_directories(sub);
    const auto& text = writer.next(r.files, r.sentences);
    write_file((sub / name).string(), text);
    r.bytes += text.size();
    ++r.files;
  }
  return r;
}

}  // namespace fg::bench
