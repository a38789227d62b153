// clause.h: a light clause analysis around an agreement's mention, for its sides (internal to src/extract).
//
// Why a pass of its own: rounds 5-8 added phrase rules for the parties that one set missed, and the next unseen
// set moved by almost nothing. Who made a deal is told by the structure of the clause around it, whatever the
// words: the verb that governs the mention (signed, agreed, bought, struck, reached, inked, approved ...), its
// subject ("A and B signed ..."), a passive agent ("was signed by A"), and the complements "with X",
// "between X and Y", "by X". This file reads those slots, and nothing else, and resolves the definite nouns and
// pronouns that stand for the sides ("the company", "the two sides", "they") to the nearest compatible name in
// the same or the previous sentence. The agreement pass (agreements.cpp) asks it for the sides it lacks.
#pragma once

#include "extract/doc.h"

#include <string>
#include <vector>

namespace ae::extract {

struct ClauseSides {
  std::vector<std::string> sides;  // countries (canonical) and organisations, as named, in clause order
  std::string rule;                // which slots gave them, for --explain: "subject", "by", "with", "coref" ...
  std::string_view group_kind;     // the sentence opens with a definite plural trigger ("The MoUs signed are"):
                                   // its items belong to a group of that kind named before ("memorandum")
};

// The sides of the clause that holds the agreement mention at tokens [mb, me) (absolute token indices) of
// sentence `si`: the subject of its governing verb (conjoined subjects split, a person standing for their
// affiliation, a definite noun or pronoun resolved), a passive or noun agent ("signed by X", "a bid by X"), and
// "with X" / "between X and Y" complements outside the mention. Empty when the clause names none.
ClauseSides clause_sides(const Doc& d, uint32_t si, uint32_t mb, uint32_t me);

}  // namespace ae::extract
