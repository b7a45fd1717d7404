#pragma once
// Stage 4: mentions. Dates, then the gazetteers (states with their demonyms and capitals,
// places, organizations, titles), acronyms the text defines, capitalized names headed by an
// organization word, and the mention rules of data/patterns (titles, persons, groups, meetings),
// then surname-only and respelled forms of the persons found.
#include "importers/article/analysis.hpp"

namespace fg::importers::article {

void find_mentions(Analysis& a);

}  // namespace fg::importers::article
