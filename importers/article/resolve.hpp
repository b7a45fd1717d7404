#pragma once
// Stage 5: resolution inside one article. Mentions become entities: one per state (names,
// demonyms, capitals used for their government), per person (full names, surname-only forms and
// respellings, already pointed at their full name by the mention stage), per organization
// (acronyms and long forms; word order of hyphenated names ignored), per place and per meeting
// (qualifier and kind of gathering). Unqualified "the talks" / "the meeting" refer to the meeting
// the text is about at that point (its topic), which the stage tracks sentence by sentence.
#include "importers/article/analysis.hpp"

namespace fg::importers::article {

void resolve(Analysis& a);

// Words that say "a gathering" without saying which (talks, meeting, summit ...).
bool is_meeting_noun(std::string_view lower);
// The key two meeting names of one article share when they denote one meeting.
const std::string& meeting_key(std::string_view name, bool ignore_ordinals = false);  // remembered: valid until the next call

}  // namespace fg::importers::article
