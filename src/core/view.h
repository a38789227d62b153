// view.h: what the user is looking at, in stable ids (so it can travel in a link, see view_link.h):
// the active panel, the filters, the selected item and the sort of the active panel.
#pragma once

#include "core/corpus.h"
#include "core/query.h"

#include <string>
#include <vector>

namespace ae {

struct View {
  ItemKind panel = ItemKind::person;
  std::vector<std::string> topics;  // topic ids, in the order chosen
  std::string query;                // the search text as typed
  uint8_t figure_kinds = 0;         // bit (1 << FigureKind); 0 = all
  std::string article;              // article id filter; empty = all articles
  std::string sel_article, sel_item;  // the selected item: its article id and item id; empty = none
  Sort sort;                        // of the active panel
  bool by_person = false;           // the People panel lists one row per person in the corpus (core/persons.h)
  std::string organisation;         // an organisation's key (core/organisations.h); empty = any
  std::string date_from, date_to;   // publication date range, inclusive ("YYYY[-MM[-DD]]", core/dates.h); "" = open
  bool mine = false;                // the view is of My articles (corpus=mine): articles kept in one browser only
  // The figure ledger panel (core/ledger.h), a panel that is not a table of one kind: `panel` is then figure (the
  // ledger lines the filtered figures; sel= is a figure, the ledger's selected point). The link says panel=ledger.
  bool ledger = false;
  bool operator==(const View&) const = default;
};

}  // namespace ae
