// export.cpp: panel rows as fields, CSV and JSON (see export.h).
#include "core/export.h"

#include "core/json.h"
#include "core/query.h"

#include <cmath>
#include <cstdio>

namespace ae {

namespace {

// "1234567.5" -> "1,234,567.5"; at most `decimals` decimals, trailing zeros dropped.
std::string group_number(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
  std::string s = buf;
  size_t dot = s.find('.');
  if (dot != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  dot = s.find('.');
  size_t int_end = dot == std::string::npos ? s.size() : dot;
  std::string out;
  for (size_t i = 0; i < int_end; ++i) {
    if (i > 0 && (int_end - i) % 3 == 0) out += ',';
    out += s[i];
  }
  out += s.substr(int_end);
  return (v < 0 ? "-" : "") + out;
}

std::string join(const Corpus& c, Range r, const std::vector<Str>& list, std::string_view sep) {
  std::string out;
  for (uint32_t i = r.begin; i < r.end(); ++i) {
    if (i > r.begin) out += sep;
    out += c.str(list[i]);
  }
  return out;
}

// The sentence of `e` in article `a` ("" when the text is not loaded or the span does not fit).
std::string sentence_of(const Corpus& c, uint32_t a, const Evidence& e) {
  const Range paras = c.articles[a].paragraphs;
  if (e.paragraph >= paras.count) return {};
  std::string_view p = c.str(c.strs[paras.begin + e.paragraph]);
  if (e.sentence.begin > e.sentence.end || e.sentence.end > p.size()) return {};
  return std::string(p.substr(e.sentence.begin, e.sentence.end - e.sentence.begin));
}

bool plain_number(std::string_view s) {  // JSON number syntax: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?
  size_t i = 0;
  auto digits = [&] {
    const size_t from = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > from;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') ++i;
  else if (!digits()) return false;
  if (i < s.size() && s[i] == '.' && (++i, !digits())) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

}  // namespace

std::string csv_safe_cell(std::string_view cell) {
  if (cell.empty()) return {};
  const char c = cell[0];
  const bool risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  if (!risky || plain_number(cell)) return std::string(cell);
  return "'" + std::string(cell);
}

std::string format_value(double value, std::string_view unit, FigureKind kind) {
  std::string num;
  if (kind == FigureKind::money) {
    const double a = std::fabs(value);
    if (a >= 1e12) num = group_number(value / 1e12, 2) + " tn";
    else if (a >= 1e9) num = group_number(value / 1e9, 2) + " bn";
    else if (a >= 1e6) num = group_number(value / 1e6, 2) + " m";
    else num = group_number(value, 2);
  } else {
    num = group_number(value, 2);
  }
  if (unit.empty()) return num;
  return num + " " + std::string(unit);
}

std::vector<std::string> export_header(ItemKind kind) {
  switch (kind) {
    case ItemKind::person:
      return {"article", "id", "name", "role", "affiliation", "mentions", "article_title", "sentence"};
    case ItemKind::agreement:
      return {"article", "id", "title", "kind", "parties", "status", "figure", "article_title", "sentence"};
    case ItemKind::figure:
      return {"article", "id",      "text",       "value",         "unit",    "kind",
              "qualifier", "subject", "normalised", "article_title", "sentence"};
    case ItemKind::photo:
      return {"article", "id", "caption", "credit", "people", "src", "article_title", "sentence"};
  }
  return {};
}

std::vector<std::string> export_fields(const Corpus& c, ItemKind kind, uint32_t i) {
  auto s = [&](Str x) { return std::string(c.str(x)); };
  switch (kind) {
    case ItemKind::person: {
      const Person& p = c.people[i];
      return {s(c.articles[p.article].id), s(p.id), s(p.name), s(p.role), s(p.affiliation),
              std::to_string(p.mentions.count), s(c.articles[p.article].title),
              p.mentions.count ? sentence_of(c, p.article, c.evidence[p.mentions.begin]) : std::string()};
    }
    case ItemKind::agreement: {
      const Agreement& a = c.agreements[i];
      return {s(c.articles[a.article].id), s(a.id), s(a.title), s(a.kind), join(c, a.parties, c.strs, "; "),
              std::string(to_string(a.status)), a.figure >= 0 ? s(c.figures[size_t(a.figure)].text) : std::string(),
              s(c.articles[a.article].title), sentence_of(c, a.article, a.evidence)};
    }
    case ItemKind::figure: {
      const Figure& f = c.figures[i];
      std::string value;
      append_json_number(value, f.value);
      return {s(c.articles[f.article].id), s(f.id), s(f.text), value, s(f.unit), std::string(to_string(f.kind)),
              s(f.qualifier), s(f.subject), format_value(f.value, c.str(f.unit), f.kind), s(c.articles[f.article].title),
              sentence_of(c, f.article, f.evidence)};
    }
    case ItemKind::photo: {
      const Photo& p = c.photos[i];
      std::string names;
      for (uint32_t j = p.people.begin; j < p.people.end(); ++j) {
        if (j > p.people.begin) names += "; ";
        names += c.str(c.people[c.refs[j]].name);
      }
      return {s(c.articles[p.article].id), s(p.id), s(p.caption), s(p.credit), names, s(p.src),
              s(c.articles[p.article].title), sentence_of(c, p.article, p.evidence)};
    }
  }
  return {};
}

std::string export_csv(const Corpus& c, ItemKind kind, const std::vector<uint32_t>& rows, const CsvOptions& options) {
  std::string out = options.utf8_bom ? "\xEF\xBB\xBF" : "";
  out += csv_row(export_header(kind));
  for (uint32_t r : rows) {
    std::vector<std::string> fields = export_fields(c, kind, r);
    for (std::string& f : fields) f = csv_safe_cell(f);
    out += csv_row(fields);
  }
  return out;
}

std::string export_json(const Corpus& c, ItemKind kind, const std::vector<uint32_t>& rows) {
  const auto header = export_header(kind);
  std::string out = "[";
  for (size_t n = 0; n < rows.size(); ++n) {
    const auto fields = export_fields(c, kind, rows[n]);
    out += n ? ",\n{" : "\n{";
    for (size_t i = 0; i < header.size(); ++i) {
      if (i) out += ',';
      append_json_string(out, header[i]);
      out += ':';
      if (kind == ItemKind::figure && header[i] == "value") out += fields[i];  // a number, not a string
      else append_json_string(out, fields[i]);
    }
    out += '}';
  }
  out += rows.empty() ? "]\n" : "\n]\n";
  return out;
}

}  // namespace ae
