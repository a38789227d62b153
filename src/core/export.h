// export.h: the rows of a panel as text fields, for "Export view" (CSV per RFC 4180, and JSON).
//
// Every kind ends with two context columns: "article_title" and "sentence" (the source sentence of the item's
// evidence; for a person, of the first mention; "" while a sharded article's text is not loaded).
// CSV cells are safe to open in a spreadsheet: a cell starting with = + - @ tab or carriage return gets a
// leading ' (OWASP's advice against formula injection), except a plain number such as -12.5.
#pragma once

#include "core/corpus.h"

#include <string>
#include <vector>

namespace ae {

std::vector<std::string> export_header(ItemKind kind);
std::vector<std::string> export_fields(const Corpus& c, ItemKind kind, uint32_t item);
// Normalised value with unit for display and export: "2.1 bn USD", "57 %", "1,100 mi", "600 citizens".
std::string format_value(double value, std::string_view unit, FigureKind kind);
struct CsvOptions {
  bool utf8_bom = false;  // start with a UTF-8 byte order mark, so Excel reads accented letters right
};
// The whole table, header first, CRLF line ends, every cell neutralised (csv_safe_cell).
std::string export_csv(const Corpus& c, ItemKind kind, const std::vector<uint32_t>& rows,
                       const CsvOptions& options = {});
// `cell` with a leading ' when it starts with = + - @ tab or CR and is not a plain (JSON-syntax) number.
std::string csv_safe_cell(std::string_view cell);
// A JSON array of objects keyed by the header names (ids included), in row order.
std::string export_json(const Corpus& c, ItemKind kind, const std::vector<uint32_t>& rows);

}  // namespace ae
