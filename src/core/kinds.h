// kinds.h: the one table of item kinds (People, Agreements, Figures, Photos) and figure kinds. Links, the
// automation state, the tab labels, empty-state messages and exports read their names from here, so a name is
// written once and a loop over kinds never uses a bare 4.
#pragma once

#include "core/article.h"
#include "core/corpus.h"

#include <optional>
#include <string_view>

namespace ae {

struct KindInfo {
  ItemKind kind;
  std::string_view name;      // "people": link values (panel=, sel kinds), state JSON, export file names
  std::string_view title;     // "People": the tab label
  std::string_view singular;  // "person"
};
inline constexpr KindInfo kKindInfo[kItemKinds] = {
    {ItemKind::person, "people", "People", "person"},
    {ItemKind::agreement, "agreements", "Agreements", "agreement"},
    {ItemKind::figure, "figures", "Figures", "figure"},
    {ItemKind::photo, "photos", "Photos", "photo"},
};
constexpr const KindInfo& kind_info(ItemKind k) { return kKindInfo[int(k)]; }
// The kind whose name is `name` ("people", ...), if any.
constexpr std::optional<ItemKind> parse_item_kind(std::string_view name) {
  for (const KindInfo& k : kKindInfo)
    if (k.name == name) return k.kind;
  return std::nullopt;
}

// Figure kinds, in FigureKind order; a query's figure_kinds is a bit set over these (bit 1 << FigureKind).
inline constexpr int kFigureKinds = 4;
inline constexpr std::string_view kFigureKindNames[kFigureKinds] = {"money", "percent", "count", "measure"};

}  // namespace ae
