#pragma once
// Stage 6: relations. The relation rules of data/patterns run over each sentence (mentions
// collapsed to units); their actions make REPRESENTS, HOLDS_ROLE, ATTENDS, MEMBER_OF, HELD_IN,
// CONVENED_BY, MET_WITH, LOCATED_IN, STATED facts or SET meeting properties. Then what follows
// from them: a representative at a meeting attends it; a person with a government role at a
// meeting of several states represents their state there; meetings get their place and convener
// from their own names ("talks in Geneva", "meeting of the OSCE").
#include "importers/article/analysis.hpp"

namespace fg::importers::article {

void find_relations(Analysis& a);

}  // namespace fg::importers::article
