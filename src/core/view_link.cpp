// view_link.cpp: View <-> URL fragment (see view_link.h and docs/links.md).
#include "core/view_link.h"

#include "core/dates.h"
#include "core/json.h"
#include "core/kinds.h"
#include "core/organisations.h"
#include "core/text.h"

#include <algorithm>
#include <cstdio>

namespace ae {

namespace {

bool is_unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
bool is_id(std::string_view s) {  // the id alphabet of article JSON v1: [a-z0-9-]+
  if (s.empty() || s.size() > 200) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}
// Quotes a fragment of user input for a notice, shortened and with control bytes replaced.
std::string quote(std::string_view s) {
  std::string out = "'";
  size_t n = 0;
  for (unsigned char c : s) {
    if (++n > 40) {
      out += "…";
      break;
    }
    out += (c < 0x20 || c == 0x7f) ? '?' : char(c);
  }
  out += "'";
  if (is_valid_utf8(out)) return out;
  std::string ascii;  // the cut split a UTF-8 sequence, or the input was not UTF-8: keep ASCII only
  for (unsigned char c : out) ascii += c < 0x80 ? char(c) : '?';
  return ascii;
}

}  // namespace

std::string percent_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (is_unreserved(c)) {
      out += char(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

bool percent_decode(std::string_view s, std::string& out) {
  out.clear();
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      if (i + 2 >= s.size()) return false;  // '%' needs two hex digits after it
      int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out += char(hi * 16 + lo);
      i += 2;
    } else if (s[i] == '+') {
      out += ' ';  // form encoding, as some tools rewrite spaces
    } else {
      out += s[i];
    }
  }
  return true;
}

std::string encode_view(const View& v) {
  std::string out = "#v=" + std::to_string(kViewLinkVersion);
  out += "&panel=";
  out += v.ledger ? std::string_view(kLedgerPanel) : kind_info(v.panel).name;
  if (!v.topics.empty()) {
    out += "&topics=";
    for (size_t i = 0; i < v.topics.size(); ++i) {
      if (i) out += ',';
      out += percent_encode(v.topics[i]);
    }
  }
  if (!v.query.empty()) out += "&q=" + percent_encode(v.query);
  if (v.figure_kinds) {
    out += "&kinds=";
    bool first = true;
    for (int k = 0; k < kFigureKinds; ++k)
      if (v.figure_kinds & (1u << k)) {
        if (!first) out += ',';
        out += kFigureKindNames[k];
        first = false;
      }
  }
  if (!v.article.empty()) out += "&article=" + percent_encode(v.article);
  if (!v.sel_item.empty()) out += "&sel=" + percent_encode(v.sel_article) + "/" + percent_encode(v.sel_item);
  if (v.sort.column != SortColumn::none) {
    out += "&sort=";
    out += to_string(v.sort.column);
    out += v.sort.descending ? '-' : '+';
  }
  if (v.by_person) out += "&by=person";
  if (!v.date_from.empty() || !v.date_to.empty()) out += "&dates=" + v.date_from + ".." + v.date_to;
  if (!v.organisation.empty()) out += "&org=" + percent_encode(v.organisation);
  if (v.mine) out += "&corpus=mine";
  return out;
}

std::string take_link_param(std::string& fragment, std::string_view key) {
  std::string value, rest;
  bool found = false;
  size_t pos = !fragment.empty() && fragment[0] == '#' ? 1 : 0;
  rest.assign(fragment, 0, pos);
  while (pos < fragment.size()) {
    size_t amp = fragment.find('&', pos);
    if (amp == std::string::npos) amp = fragment.size();
    const std::string_view param = std::string_view(fragment).substr(pos, amp - pos);
    if (param.size() > key.size() && param.substr(0, key.size()) == key && param[key.size()] == '=') {
      if (!found) value.assign(param.substr(key.size() + 1));
      found = true;
    } else if (!param.empty()) {
      if (rest.size() > (rest.starts_with('#') ? 1u : 0u)) rest += '&';
      rest += param;
    }
    pos = amp + 1;
  }
  if (found) fragment = std::move(rest);
  return value;
}

DecodedView decode_view(std::string_view fragment) {
  DecodedView d;
  auto& ig = d.ignored;
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  if (fragment.size() > kMaxFragmentBytes) {
    ig.push_back("the link is " + std::to_string(fragment.size()) + " bytes long; everything after byte " +
                 std::to_string(kMaxFragmentBytes) + " was ignored");
    fragment = fragment.substr(0, kMaxFragmentBytes);
    size_t amp = fragment.rfind('&');  // drop the parameter cut in half
    fragment = amp == std::string_view::npos ? std::string_view() : fragment.substr(0, amp);
  }
  bool seen[12] = {};
  size_t pos = 0;
  std::string value;
  while (pos <= fragment.size() && !fragment.empty()) {
    size_t amp = fragment.find('&', pos);
    std::string_view param = fragment.substr(pos, amp == std::string_view::npos ? std::string_view::npos : amp - pos);
    pos = amp == std::string_view::npos ? fragment.size() + 1 : amp + 1;
    if (param.empty()) continue;
    size_t eq = param.find('=');
    std::string_view key = param.substr(0, eq);
    std::string_view raw = eq == std::string_view::npos ? std::string_view() : param.substr(eq + 1);
    static constexpr std::string_view kKeys[] = {"v", "panel", "topics", "q", "kinds", "article", "sel", "sort", "corpus", "by", "dates", "org"};
    int which = -1;
    for (int i = 0; i < 12; ++i)
      if (key == kKeys[i]) which = i;
    if (which < 0) {
      ig.push_back("unknown key " + quote(key));
      continue;
    }
    if (seen[which]) {
      ig.push_back("repeated key " + quote(key) + " (the first one counts)");
      continue;
    }
    seen[which] = true;
    // The limit is on the decoded value; an escaped value may be up to 3 times longer on the wire.
    const size_t length = raw.size() > 3 * kMaxValueBytes || !percent_decode(raw, value) ? raw.size() : value.size();
    if (length > kMaxValueBytes) {
      ig.push_back(std::string(key) + " is " + std::to_string(length) + " bytes long (at most " +
                   std::to_string(kMaxValueBytes) + ")");
      continue;
    }
    if (!percent_decode(raw, value)) {
      ig.push_back("broken %-escape in " + std::string(key));
      continue;
    }
    if (!is_valid_utf8(value)) {
      ig.push_back(std::string(key) + " is not valid UTF-8");
      continue;
    }
    switch (which) {
      case 0:  // v
        if (value != std::to_string(kViewLinkVersion))
          ig.push_back("link version " + quote(value) + " is not 1; the parts this version understands were applied");
        break;
      case 1: {  // panel
        if (value == kLedgerPanel) {
          d.view.panel = ItemKind::figure;
          d.view.ledger = true;
        } else if (auto kind = parse_item_kind(value)) {
          d.view.panel = *kind;
        } else ig.push_back("unknown panel " + quote(value));
        break;
      }
      case 2: {  // topics
        size_t s = 0;
        while (s <= value.size()) {
          size_t comma = value.find(',', s);
          std::string t = value.substr(s, comma == std::string::npos ? std::string::npos : comma - s);
          s = comma == std::string::npos ? value.size() + 1 : comma + 1;
          if (t.empty()) continue;
          if (!is_id(t)) ig.push_back("malformed topic id " + quote(t));
          else if (std::find(d.view.topics.begin(), d.view.topics.end(), t) == d.view.topics.end()) d.view.topics.push_back(t);
        }
        break;
      }
      case 3: d.view.query = value; break;  // q
      case 4: {  // kinds
        size_t s = 0;
        while (s <= value.size()) {
          size_t comma = value.find(',', s);
          std::string k = value.substr(s, comma == std::string::npos ? std::string::npos : comma - s);
          s = comma == std::string::npos ? value.size() + 1 : comma + 1;
          if (k.empty()) continue;
          FigureKind fk;
          if (parse_figure_kind(k, fk)) d.view.figure_kinds |= uint8_t(1u << unsigned(fk));
          else ig.push_back("unknown figure kind " + quote(k));
        }
        break;
      }
      case 5:  // article
        if (is_id(value)) d.view.article = value;
        else ig.push_back("malformed article id " + quote(value));
        break;
      case 6: {  // sel = article/item
        size_t slash = value.find('/');
        std::string a = slash == std::string::npos ? "" : value.substr(0, slash);
        std::string i = slash == std::string::npos ? "" : value.substr(slash + 1);
        if (is_id(a) && is_id(i)) {
          d.view.sel_article = a;
          d.view.sel_item = i;
        } else {
          ig.push_back("malformed selection " + quote(value) + " (expected <article-id>/<item-id>)");
        }
        break;
      }
      case 7: {  // sort = column[+|-]
        std::string col = value;
        bool desc = false;
        if (!col.empty() && (col.back() == '-' || col.back() == '+' || col.back() == ' ')) {
          desc = col.back() == '-';
          col.pop_back();
        }
        SortColumn sc;
        if (parse_sort_column(col, sc)) d.view.sort = Sort{sc, desc};
        else ig.push_back("unknown sort column " + quote(col));
        break;
      }
      case 8:  // corpus = mine: a view of My articles, which live in the browser that made the link (issue 14)
        if (value == "mine") d.view.mine = true;
        else ig.push_back("unknown corpus " + quote(value) + " (expected mine, or no corpus for the default articles)");
        break;
      case 9:           // by = person: the People panel's view with one row per person in the corpus
        if (value == "person") d.view.by_person = true;
        else if (value != "article") ig.push_back("unknown view by " + quote(value) + " (expected person or article)");
        break;
      case 11:  // org = an organisation's key
        if (organisation_key(value) == value && !value.empty()) d.view.organisation = value;
        else ig.push_back("malformed organisation " + quote(value));
        break;
      case 10: {  // dates = FROM..TO, each side YYYY, YYYY-MM or YYYY-MM-DD or empty
        const size_t dots = value.find("..");
        const std::string from = dots == std::string::npos ? value : value.substr(0, dots);
        const std::string to = dots == std::string::npos ? value : value.substr(dots + 2);
        const bool ok = (from.empty() || is_date_bound(from)) && (to.empty() || is_date_bound(to)) &&
                        !(from.empty() && to.empty()) &&
                        (from.empty() || to.empty() || day_number(from) <= day_number(to, true));
        if (ok) {
          d.view.date_from = from;
          d.view.date_to = to;
        } else {
          ig.push_back("malformed dates " + quote(value) + " (expected FROM..TO, each YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        break;
      }
    }
  }
  return d;
}

ResolvedView resolve_view(const Corpus& c, const View& v, std::vector<std::string>& ignored) {
  ResolvedView r;
  r.panel = v.panel;
  for (const auto& t : v.topics) {
    if (auto idx = c.find_topic(t)) r.query.topics.push_back(*idx);
    else ignored.push_back("no topic '" + t + "' in this corpus");
  }
  r.query.text = v.query;
  r.query.figure_kinds = v.figure_kinds;
  if (!v.article.empty()) {
    if (auto a = c.find_article(v.article)) r.query.article = int32_t(*a);
    else ignored.push_back("no article '" + v.article + "' in this corpus");
  }
  if (!v.sel_item.empty()) {
    auto a = c.find_article(v.sel_article);
    bool found = false;
    if (a) {
      for (int k = 0; k < kItemKinds && !found; ++k)
        if (auto i = c.find_item(*a, ItemKind(k), v.sel_item)) {
          r.has_selection = true;
          r.sel_kind = ItemKind(k);
          r.sel_index = *i;
          found = true;
        }
    }
    if (!found) ignored.push_back("no item '" + v.sel_article + "/" + v.sel_item + "' in this corpus");
  }
  r.by_person = v.by_person;
  r.ledger = v.ledger;
  if (r.ledger) r.panel = ItemKind::figure;
  r.query.organisation = v.organisation;
  r.query.date_from = v.date_from;
  r.query.date_to = v.date_to;
  if (sort_applies(r.panel, v.sort.column)) r.sort = v.sort;
  else ignored.push_back("sort column '" + std::string(to_string(v.sort.column)) + "' does not apply to " +
                         std::string(kind_info(r.panel).name));
  return r;
}

void append_view_json(std::string& s, const View& v) {
  s += ",\"topics\":[";
  for (size_t i = 0; i < v.topics.size(); ++i) {
    if (i) s += ',';
    append_json_string(s, v.topics[i]);
  }
  s += "],\"query\":";
  append_json_string(s, v.query);
  s += ",\"figureKinds\":[";
  bool first = true;
  for (int k = 0; k < kFigureKinds; ++k)
    if (v.figure_kinds & (1u << k)) {
      if (!first) s += ',';
      append_json_string(s, kFigureKindNames[k]);
      first = false;
    }
  s += "],\"article\":";
  append_json_string(s, v.article);
  s += ",\"sort\":{\"column\":";
  append_json_string(s, to_string(v.sort.column));
  s += ",\"descending\":";
  s += v.sort.descending ? "true" : "false";
  s += "},\"byPerson\":";
  s += v.by_person ? "true" : "false";
  s += ",\"organisation\":";
  append_json_string(s, v.organisation);
  s += ",\"dates\":{\"from\":";
  append_json_string(s, v.date_from);
  s += ",\"to\":";
  append_json_string(s, v.date_to);
  s += '}';
}

View describe_view(const Corpus& c, const ResolvedView& r) {
  View v;
  v.panel = r.panel;
  for (uint32_t t : r.query.topics) v.topics.emplace_back(c.str(c.topics[t].id));
  v.query = r.query.text;
  v.figure_kinds = r.query.figure_kinds;
  if (r.query.article >= 0) v.article = c.str(c.articles[size_t(r.query.article)].id);
  if (r.has_selection) {
    v.sel_article = c.str(c.articles[c.item_article(r.sel_kind, r.sel_index)].id);
    v.sel_item = c.str(c.item_id(r.sel_kind, r.sel_index));
  }
  v.sort = r.sort;
  v.by_person = r.by_person;
  v.ledger = r.ledger;
  v.organisation = r.query.organisation;
  v.date_from = r.query.date_from;
  v.date_to = r.query.date_to;
  return v;
}

}  // namespace ae
