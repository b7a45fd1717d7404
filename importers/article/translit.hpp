#pragma once
// Transliteration-aware name keys: two spellings of one name get the same key
// (Grushko / Grouchko, Riabkov / Ryabkov, Zelensky / Zelenskyy, Sergei / Sergey / Serguei,
// Alexander / Alexandre / Aleksandr), while different names keep different keys
// (Jean / Joan, Chen / Shen): the folding rules are the ones English, French and German
// transliterations of Cyrillic and other scripts disagree on, nothing looser.
#include <cstdint>
#include <string>
#include <string_view>

namespace fg::importers::article {

// graph::normalize_name, remembered (names recur across sentences and articles).
const std::string& normalized(std::string_view name);

// Key of one word of a name.
const std::string& word_key(std::string_view word);  // remembered: valid until the next call
// The letters the word_key of a word that starts with `first` can start with, a bit per letter
// (bit 0 'a'); every bit for a first byte that is no ASCII letter.
std::uint32_t word_key_initials(char first);
// Key of a given name: the word key, vowels dropped when it is long enough to stay distinctive.
std::string given_key(std::string_view word);
// Key of a full person name: given names and surname ("alxndr|grushko"); the surname alone for one word.
const std::string& person_key(std::string_view name);  // remembered: valid until the next call
// Key of the surname (last word) of a person name.
std::string surname_key(std::string_view name);
// Key of an organization or place name: its content words, transliteration-folded and sorted
// ("Russia-NATO Council" and "NATO-Russia Council" share one).
const std::string& name_key(std::string_view name);  // remembered: valid until the next call

}  // namespace fg::importers::article
