// mirror.cpp: the screen-reader mirror's data and its actions (see mirror.h).
#include "session/mirror.h"

#include "core/export.h"
#include "core/format.h"
#include "core/json.h"
#include "session/session_internal.h"

#include <algorithm>
#include <cstdio>

namespace ae::session {

namespace {

// The grid's columns per kind: fields of export_fields (core/export.h) by index, with the tables' labels.
struct GridColumn {
  const char* label;
  int field;
};
struct GridColumns {
  GridColumn columns[5];
  int count;
};
const GridColumns& grid_columns(ItemKind kind) {
  static const GridColumns people{{{"Name", 2}, {"Role", 3}, {"Affiliation", 4}, {"Mentions", 5}, {"Article", 6}}, 5};
  static const GridColumns agreements{{{"Title", 2}, {"Kind", 3}, {"Parties", 4}, {"Status", 5}, {"Article", 7}}, 5};
  static const GridColumns figures{{{"As written", 2}, {"Value", 8}, {"Kind", 5}, {"Subject", 7}, {"Article", 9}}, 5};
  static const GridColumns photos{{{"Caption", 2}, {"Credit", 3}, {"Pictured", 4}, {"Article", 6}}, 4};
  switch (kind) {
    case ItemKind::person: return people;
    case ItemKind::agreement: return agreements;
    case ItemKind::figure: return figures;
    case ItemKind::photo: return photos;
  }
  return people;
}

// The first row of a window of `window` rows that holds `selected` (or starts at the top).
size_t window_start(size_t rows, int64_t selected, size_t window) {
  if (selected < 0 || rows <= window) return 0;
  const int64_t start = selected - int64_t(window / 2);
  return size_t(std::clamp<int64_t>(start, 0, int64_t(rows - window)));
}

void build_grid(const Session& s, MirrorGrid& g, size_t window) {
  const Corpus& c = s.corpus;
  const ItemKind kind = s.panel;
  g.kind = std::string(kind_info(kind).name);
  g.label = std::string(kind_info(kind).title);
  if (s.by_person && kind == ItemKind::person) {  // one row per person across the corpus
    g.columns = {"Name", "Articles", "Mentions", "First seen", "Last seen"};
    g.row_count = s.person_rows.size();
    g.selected = -1;
    const int64_t sel = selected_group(s);
    for (size_t r = 0; r < s.person_rows.size() && sel >= 0; ++r)
      if (s.person_rows[r] == uint32_t(sel)) g.selected = int64_t(r);
    const size_t from = window_start(g.row_count, g.selected, window);
    for (size_t r = from; r < g.row_count && r < from + window; ++r) {
      const PersonGroup& pg = s.persons.group(s.person_rows[r]);
      MirrorRow row;
      row.id = std::string(c.str(c.item_id(ItemKind::person, s.person_reps[r])));
      row.position = uint32_t(r);
      row.selected = int64_t(r) == g.selected;
      row.cells = {std::string(c.str(pg.name)), std::to_string(pg.articles), std::to_string(pg.mentions),
                   std::string(c.str(pg.first_date)), std::string(c.str(pg.last_date))};
      g.rows.push_back(std::move(row));
    }
  } else {
    const GridColumns& cols = grid_columns(kind);
    for (int i = 0; i < cols.count; ++i) g.columns.emplace_back(cols.columns[i].label);
    const auto& rows = s.panels[int(kind)].rows;
    g.row_count = rows.size();
    g.selected = -1;
    if (s.selection.active && s.selection.kind == kind)
      for (size_t r = 0; r < rows.size(); ++r)
        if (rows[r] == s.selection.index) g.selected = int64_t(r);
    const size_t from = window_start(g.row_count, g.selected, window);
    for (size_t r = from; r < g.row_count && r < from + window; ++r) {
      const std::vector<std::string> fields = export_fields(c, kind, rows[r]);
      MirrorRow row;
      row.id = fields[1];
      row.position = uint32_t(r);
      row.selected = int64_t(r) == g.selected;
      for (int i = 0; i < cols.count; ++i) row.cells.push_back(fields[size_t(cols.columns[i].field)]);
      g.rows.push_back(std::move(row));
    }
  }
  if (g.row_count == 0) g.empty = why_empty(s, kind);
}

void build_reader(const Session& s, MirrorReader& m) {
  const Corpus& c = s.corpus;
  if (c.articles.empty()) return;
  const uint32_t article = reader_article(s);
  const Article& a = c.articles[article];
  m.article = std::string(c.str(a.id));
  m.title = std::string(c.str(a.title));
  if (a.source.len) m.meta += c.str(a.source);
  if (a.published.len) m.meta += (m.meta.empty() ? "" : " · ") + std::string(c.str(a.published));
  std::string error;
  switch (text_state(s, article, &error)) {
    case TextState::inline_: break;
    case TextState::loading: m.status = "Loading the article text…"; return;
    case TextState::failed: m.status = "The article text could not be loaded: " + error; return;
  }
  const Evidence* e = s.selection.active ? item_evidence(c, s.selection.kind, s.selection.index) : nullptr;
  if (e && s.selection.active && c.item_article(s.selection.kind, s.selection.index) != article) e = nullptr;
  for (uint32_t i = 0; i < a.paragraphs.count; ++i) {
    MirrorParagraph p;
    p.text = std::string(c.str(c.strs[a.paragraphs.begin + i]));
    if (e && e->paragraph == i && e->sentence.begin < e->sentence.end && e->sentence.end <= p.text.size()) {
      p.mark_begin = e->sentence.begin;
      p.mark_end = e->sentence.end;
      m.marked = int64_t(i);
    }
    m.paragraphs.push_back(std::move(p));
  }
}

}  // namespace

Mirror build_mirror(const Session& s, size_t window) {
  Mirror m;
  const Corpus& c = s.corpus;
  for (const KindInfo& k : kKindInfo) {
    MirrorTab t;
    t.id = std::string(k.name);
    t.title = std::string(k.title);
    t.count = row_count(s, k.kind, &t.stale);
    t.selected = k.kind == s.panel;
    m.tabs.push_back(std::move(t));
  }
  for (uint32_t t = 0; t < c.topics.size(); ++t) {
    MirrorChip chip;
    chip.id = std::string(c.str(c.topics[t].id));
    chip.label = std::string(c.str(c.topics[t].label));
    chip.count = t < s.facet_counts.size() ? s.facet_counts[t] : 0;
    chip.pressed = std::find(s.query.topics.begin(), s.query.topics.end(), t) != s.query.topics.end();
    m.chips.push_back(std::move(chip));
  }
  m.search = s.query.text;
  if (!c.articles.empty()) build_grid(s, m.grid, window);
  build_reader(s, m.reader);
  const ItemKind k = s.panel;
  const size_t shown = s.by_person && k == ItemKind::person ? s.person_rows.size() : s.panels[int(k)].rows.size();
  m.announce = std::string(kind_info(k).title) + ": " + group_thousands(shown) + " of " +
               group_thousands(c.item_count(k));
  m.filter_generation = s.filter_generation;
  return m;
}

std::string mirror_json(const Mirror& m) {
  std::string s;
  char buf[96];
  auto strings = [&](const std::vector<std::string>& v) {
    s += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) s += ',';
      append_json_string(s, v[i]);
    }
    s += ']';
  };
  s += "{\"tabs\":[";
  for (size_t i = 0; i < m.tabs.size(); ++i) {
    const MirrorTab& t = m.tabs[i];
    s += i ? ",{\"id\":" : "{\"id\":";
    append_json_string(s, t.id);
    s += ",\"title\":";
    append_json_string(s, t.title);
    std::snprintf(buf, sizeof buf, ",\"count\":%zu,\"stale\":%s,\"selected\":%s}", t.count, t.stale ? "true" : "false",
                  t.selected ? "true" : "false");
    s += buf;
  }
  s += "],\"chips\":[";
  for (size_t i = 0; i < m.chips.size(); ++i) {
    const MirrorChip& ch = m.chips[i];
    s += i ? ",{\"id\":" : "{\"id\":";
    append_json_string(s, ch.id);
    s += ",\"label\":";
    append_json_string(s, ch.label);
    std::snprintf(buf, sizeof buf, ",\"count\":%u,\"pressed\":%s}", ch.count, ch.pressed ? "true" : "false");
    s += buf;
  }
  s += "],\"search\":";
  append_json_string(s, m.search);
  const MirrorGrid& g = m.grid;
  s += ",\"grid\":{\"kind\":";
  append_json_string(s, g.kind);
  s += ",\"label\":";
  append_json_string(s, g.label);
  s += ",\"columns\":";
  strings(g.columns);
  std::snprintf(buf, sizeof buf, ",\"rowCount\":%zu,\"selected\":%lld,\"rows\":[", g.row_count, (long long)g.selected);
  s += buf;
  for (size_t i = 0; i < g.rows.size(); ++i) {
    const MirrorRow& r = g.rows[i];
    s += i ? ",{\"id\":" : "{\"id\":";
    append_json_string(s, r.id);
    std::snprintf(buf, sizeof buf, ",\"position\":%u,\"selected\":%s,\"cells\":", r.position, r.selected ? "true" : "false");
    s += buf;
    strings(r.cells);
    s += '}';
  }
  s += "],\"empty\":";
  append_json_string(s, g.empty);
  const MirrorReader& rd = m.reader;
  s += "},\"reader\":{\"article\":";
  append_json_string(s, rd.article);
  s += ",\"title\":";
  append_json_string(s, rd.title);
  s += ",\"meta\":";
  append_json_string(s, rd.meta);
  s += ",\"status\":";
  append_json_string(s, rd.status);
  std::snprintf(buf, sizeof buf, ",\"marked\":%lld,\"paragraphs\":[", (long long)rd.marked);
  s += buf;
  for (size_t i = 0; i < rd.paragraphs.size(); ++i) {
    const MirrorParagraph& p = rd.paragraphs[i];
    // The mark as character offsets would need UTF-16 in the page: send the three pieces instead.
    const std::string_view t = p.text;
    s += i ? ",[" : "[";
    append_json_string(s, t.substr(0, p.mark_begin));
    s += ',';
    append_json_string(s, t.substr(p.mark_begin, p.mark_end - p.mark_begin));
    s += ',';
    append_json_string(s, t.substr(p.mark_end));
    s += ']';
  }
  s += "]},\"announce\":";
  append_json_string(s, m.announce);
  std::snprintf(buf, sizeof buf, ",\"filterGeneration\":%llu}", (unsigned long long)m.filter_generation);
  s += buf;
  return s;
}

bool mirror_act(Session& s, int action, int64_t arg, std::string_view text) {
  Intents in;
  switch (MirrorAction(action)) {
    case MirrorAction::set_panel:
      if (arg < 0 || arg >= kItemKinds) return false;
      in.set_panel = true;
      in.panel = ItemKind(arg);
      apply(s, in);
      ++s.panel_pushed;  // the canvas's tab bar follows (a click there needs no push: it is already selected)
      touch(s);
      return true;
    case MirrorAction::toggle_topic:
      if (arg < 0 || size_t(arg) >= s.corpus.topics.size()) return false;
      in.toggle_topic = int(arg);
      break;
    case MirrorAction::set_query:
      in.set_query = true;
      in.query = std::string(text);
      break;
    case MirrorAction::move:
      if (arg == 0) return false;
      in.move_selection = int(std::clamp<int64_t>(arg, -1000000000, 1000000000));
      break;
    case MirrorAction::select_row: {
      refresh(s);
      if (s.by_person && s.panel == ItemKind::person) {
        if (arg < 0 || size_t(arg) >= s.person_reps.size()) return false;
        in.selection = Selection{true, ItemKind::person, s.person_reps[size_t(arg)]};
      } else {
        const auto& rows = s.panels[int(s.panel)].rows;
        if (arg < 0 || size_t(arg) >= rows.size()) return false;
        in.selection = Selection{true, s.panel, rows[size_t(arg)]};
      }
      in.select = true;
      in.scroll_reader = true;
      break;
    }
    case MirrorAction::show:
      if (!s.selection.active) return false;
      in.scroll_reader = true;
      break;
    default: return false;
  }
  apply(s, in);
  return true;
}

}  // namespace ae::session
