// export.h: the rows of a panel as text fields, for "Export view" (CSV per RFC 4180, and JSON).
#pragma once

#include "core/corpus.h"

#include <string>
#include <vector>

namespace ae {

std::vector<std::string> export_header(ItemKind kind);
std::vector<std::string> export_fields(const Corpus& c, ItemKind kind, uint32_t item);
// Normalised value with unit for display and export: "2.1 bn USD", "57 %", "1,100 mi", "600 citizens".
std::string format_value(double value, std::string_view unit, FigureKind kind);
// The whole table, header first, CRLF line ends.
std::string export_csv(const Corpus& c, ItemKind kind, const std::vector<uint32_t>& rows);
// A JSON array of objects keyed by the header names (ids included), in row order.
std::string export_json(const Corpus& c, ItemKind kind, const std::vector<uint32_t>& rows);

}  // namespace ae
