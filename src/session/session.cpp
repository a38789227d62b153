// session.cpp: the view and what changes it: intents, links (one decode per link), history, cache refresh,
// notices and the questions panels ask (why is this table empty, which article does the reader show).
//
// Sections: [intents] [refresh] [links] [answers] [queries]
#include "session/session.h"

#include "core/export.h"
#include "session/session_internal.h"

#include <algorithm>
#include <cstdio>

namespace ae::session {

namespace {
constexpr double kNoticeMs = 4000;      // how long a confirmation line stays
constexpr double kTypingPauseMs = 400;  // the search text goes to the address bar once typing pauses this long
}  // namespace

bool Intents::empty() const {
  return !set_panel && toggle_topic < 0 && !set_query && toggle_figure_kind < 0 && !set_article && !clear_filters &&
         !set_filters &&
         !select && !scroll_reader && !set_sort && move_selection == 0 && !set_by_person && step_member == 0 && !show_ledger && !export_csv && !export_csv_excel && !export_json && !retry_load &&
         request_text < 0 && retry_text < 0 && !open_file && !copy_link && !copy_citation && !copy_link_with_article && !dismiss_link_notice &&
         load_thumbnails.empty();
}

// ------------------------------------------------------------------------------------------- [intents]
static void export_view(Session& s, bool csv, bool bom = false) {
  const auto& rows = s.panels[int(s.panel)].rows;
  const std::string noun(kind_info(s.panel).name);
  CsvOptions options;
  options.utf8_bom = bom;
  std::string data = csv ? export_csv(s.corpus, s.panel, rows, options) : export_json(s.corpus, s.panel, rows);
  std::string name = "article-explorer-" + noun + (csv ? ".csv" : ".json");
  s.platform->download(name, csv ? "text/csv;charset=utf-8" : "application/json", data);
  set_notice(s, "Exported " + std::to_string(rows.size()) + " " + noun + " to " + name + (bom ? " (for Excel)" : ""));
}

static void request_thumbnails(Session& s, const std::vector<uint32_t>& photos) {
  for (uint32_t photo : photos) {
    if (photo >= s.corpus.photos.size()) continue;
    std::string src(s.corpus.str(s.corpus.photos[photo].src));
    if (s.thumbnail_by_src.count(src)) continue;
    s.thumbnails.emplace_back();
    const uint32_t id = uint32_t(s.thumbnails.size());
    s.thumbnail_by_src.emplace(src, id);
    s.platform->load_image(id, src);
    touch(s);
  }
}

void apply(Session& s, const Intents& in) {
  if (!in.add_texts.empty() || in.show_mine >= 0 || in.clear_mine_messages || in.remove_mine >= 0 || in.export_mine ||
      in.copy_link_with_article)
    apply_my_articles(s, in);
  {  // the reader asks for its text every frame while it loads: only a fetch started is news (request_text)
    Intents rest = in;
    rest.request_text = -1;
    rest.load_thumbnails.clear();
    if (rest.empty()) {
      request_thumbnails(s, in.load_thumbnails);
      if (in.request_text >= 0) request_text(s, uint32_t(in.request_text));
      return;
    }
  }
  touch(s);
  bool filters_changed = false;
  const View before = current_view(s);
  const ItemKind panel_before = s.panel;
  if (in.set_panel) {  // a kind table's tab: the ledger panel gives way to it
    s.panel = in.panel;
    s.ledger = false;
  }
  if (in.show_ledger && !s.ledger) {
    s.ledger = true;
    s.panel = ItemKind::figure;
    s.ledger_rows_stale = true;
  }
  if (in.toggle_topic >= 0) {
    auto& t = s.query.topics;
    auto it = std::find(t.begin(), t.end(), uint32_t(in.toggle_topic));
    if (it == t.end()) t.push_back(uint32_t(in.toggle_topic));
    else t.erase(it);
    filters_changed = true;
  }
  if (in.set_query && in.query != s.query.text) {
    s.query.text = in.query;
    filters_changed = true;
  }
  if (in.toggle_figure_kind >= 0 && in.toggle_figure_kind < kFigureKinds) {
    s.query.figure_kinds ^= uint8_t(1u << in.toggle_figure_kind);
    filters_changed = true;
  }
  if (in.set_article && in.article != s.query.article) {
    s.query.article = in.article;
    filters_changed = true;
  }
  if (in.set_filters && !(in.filters == s.query)) {
    s.query = in.filters;
    filters_changed = true;
  }
  if (in.clear_filters && !s.query.empty()) {
    s.query = Query{};
    filters_changed = true;
  }
  if (filters_changed) ++s.filter_generation;
  // Issue 15: the reader must not keep showing an item the view no longer has. A panel switch to another kind
  // ends the selection; so does a filter change that leaves the selected item out of its table (a search that
  // matches nothing). An item selected in this same intent (in.select) is set below and kept.
  if (s.selection.active && !in.select) {
    if (s.panel != panel_before && s.selection.kind != s.panel) {
      s.selection = Selection{};
    } else if (filters_changed) {
      refresh(s);
      const auto& rows = s.panels[int(s.panel)].rows;
      if (std::find(rows.begin(), rows.end(), s.selection.index) == rows.end()) s.selection = Selection{};
    }
  }
  if (in.set_sort) {
    s.panels[int(in.sort_panel)].sort = in.sort;
    s.panels[int(in.sort_panel)].built_generation = ~uint64_t(0);
  }
  if (in.set_by_person && in.by_person != s.by_person) {
    s.by_person = in.by_person;
    s.person_rows_stale = true;
    ++s.selection_scroll;
  }
  if (in.select) {
    s.selection = in.selection;
    if (in.selection.kind != ItemKind::figure) s.ledger = false;  // a ledger point is a figure: the ledger stays
    s.panel = in.selection.kind;
    ++s.panel_pushed;
    ++s.selection_scroll;
    if (in.scroll_reader) ++s.reader_scroll;
  }
  if (in.move_selection != 0 && s.by_person && s.panel == ItemKind::person) {
    refresh(s);
    const auto& rows = s.person_rows;
    if (!rows.empty()) {  // from person to person, selecting the row the filter kept
      const int64_t g = selected_group(s);
      int pos = -1;
      for (size_t r = 0; r < rows.size() && g >= 0; ++r)
        if (rows[r] == uint32_t(g)) pos = int(r);
      int next = pos < 0 ? (in.move_selection > 0 ? 0 : int(rows.size()) - 1) : pos + in.move_selection;
      next = std::clamp(next, 0, int(rows.size()) - 1);
      s.selection = Selection{true, ItemKind::person, s.person_reps[size_t(next)]};
      ++s.selection_scroll;
      ++s.reader_scroll;
    }
  } else if (in.move_selection != 0) {
    refresh(s);
    const auto& rows = s.panels[int(s.panel)].rows;
    if (!rows.empty()) {
      int pos = -1;
      if (s.selection.active && s.selection.kind == s.panel)
        for (size_t r = 0; r < rows.size(); ++r)
          if (rows[r] == s.selection.index) pos = int(r);
      int next = pos < 0 ? (in.move_selection > 0 ? 0 : int(rows.size()) - 1) : pos + in.move_selection;
      next = std::clamp(next, 0, int(rows.size()) - 1);
      s.selection = Selection{true, s.panel, rows[size_t(next)]};
      ++s.selection_scroll;
      ++s.reader_scroll;
    }
  }
  if (in.step_member != 0 && s.selection.active && s.selection.kind == ItemKind::person) {
    refresh(s);
    const int64_t g = selected_group(s);
    if (g >= 0) {  // the person's previous / next article (members are in corpus order)
      const auto& m = s.persons.group(uint32_t(g)).members;
      const auto at = std::find(m.begin(), m.end(), s.selection.index);
      const int pos = std::clamp(int(at - m.begin()) + in.step_member, 0, int(m.size()) - 1);
      s.selection.index = m[size_t(pos)];
      ++s.reader_scroll;
    }
  }
  if (in.scroll_reader && !in.select) ++s.reader_scroll;
  if (in.export_csv) export_view(s, true);
  if (in.export_csv_excel) export_view(s, true, true);
  if (in.export_json) export_view(s, false);
  if (in.open_file) s.platform->open_file_picker();
  if (in.dismiss_link_notice) s.link_notice_open = false;
  request_thumbnails(s, in.load_thumbnails);
  if (in.copy_link) {
    s.clipboard_text = s.platform->location_base() + encode_view(current_view(s));
    s.clipboard_notice = s.mine.showing ? "Link copied. It shows My articles, which only this browser has: to send "
                                          "an article, use \"Copy link with the article\" under My articles"
                                        : "";
    s.platform->copy_to_clipboard(s.clipboard_text);
  }
  if (in.copy_citation && s.selection.active) {
    s.clipboard_notice.clear();
    s.clipboard_text = citation(s);
    s.platform->copy_to_clipboard(s.clipboard_text);
  }
  // History: panel, topic, kind, article, selection and sort changes push an entry; typing replaces it.
  View after = current_view(s);
  if (!(after == before)) ++s.view_changes;
  if (after.query != before.query) s.typing_since_ms = s.platform->now_ms();
  after.query = before.query;
  if (!(after == before)) s.history_push = true;
  if (in.retry_load) retry_load(s);
  if (in.request_text >= 0) request_text(s, uint32_t(in.request_text));
  if (in.retry_text >= 0) retry_text(s, uint32_t(in.retry_text));
}

// ------------------------------------------------------------------------------------------- [refresh]
// Items tokenized per idle refresh: ~4 ms natively, ~6 ms in WebAssembly (100k articles, 1.5M items: 95
// refreshes, each after a drawn frame).
constexpr size_t kTokenSlice = 16384;

void refresh(Session& s) {
  if (s.engine.corpus() != &s.corpus) s.engine.attach(s.corpus);
  PanelRows& visible = s.panels[int(s.panel)];
  const bool rebuilt = visible.built_generation != s.filter_generation;
  if (rebuilt) {  // before the facets: they reuse this filter's result
    s.engine.filter(s.panel, s.query, visible.sort, visible.rows);
    visible.built_generation = visible.count_generation = s.filter_generation;
    visible.count = visible.rows.size();
    touch(s);
  }
  if (s.facet_generation != s.filter_generation || s.facet_panel != s.panel) {
    s.engine.facet_counts(s.panel, s.query, s.facet_counts);
    s.facet_generation = s.filter_generation;
    s.facet_panel = s.panel;
    touch(s);
  }
  if (s.organisations_articles != s.engine.organisations().indexed()) {
    s.organisations_ranked = s.engine.organisations().ranked();
    s.organisations_articles = s.engine.organisations().indexed();
    touch(s);
  }
  update_link_share(s);  // My articles: the reader's article packed for "Copy link with the article"
  if (s.timeline_articles != s.corpus.articles.size()) {
    s.timeline = build_timeline(s.corpus);
    s.timeline_articles = s.corpus.articles.size();
    touch(s);
  }
  if (rebuilt && s.panel == ItemKind::person) s.person_rows_stale = true;
  if (rebuilt && s.panel == ItemKind::figure) s.ledger_rows_stale = true;
  if (s.ledger && s.panel == ItemKind::figure) {
    if (s.ledger_index.indexed() < s.corpus.figures.size()) {  // first use after a load, or shards arrived
      s.ledger_index.extend(s.corpus);
      s.ledger_rows_stale = true;
    }
    if (s.ledger_rows_stale) {
      s.ledger_index.rows_for(s.corpus, visible.rows, s.ledger_rows);
      s.ledger_rows_stale = false;
      touch(s);
    }
  }
  if (s.by_person && s.panel == ItemKind::person) {
    if (s.persons.indexed() < s.corpus.people.size()) {  // first use after a load, or shards arrived
      s.persons.extend(s.corpus);
      s.person_rows_stale = true;
    }
    if (s.person_rows_stale) {
      const Sort& sort = visible.sort;
      s.persons.rows_for(s.corpus, visible.rows, sort.column == SortColumn::name, sort.descending, s.person_rows,
                         &s.person_reps);
      s.person_rows_stale = false;
      touch(s);
    }
  }
  if (rebuilt) return;  // this refresh already paid for a filter: the hidden tab counts wait for the next
  for (int k = 0; k < kItemKinds; ++k) {  // one hidden kind's count per refresh
    PanelRows& pr = s.panels[k];
    if (ItemKind(k) == s.panel || pr.count_generation == s.filter_generation) continue;
    pr.count = s.engine.count(ItemKind(k), s.query);
    pr.count_generation = s.filter_generation;
    touch(s);
    return;
  }
  if (s.by_person && s.panel != ItemKind::person && s.person_count_generation != s.filter_generation) {
    // After the plain counts: the People tab's count by person needs the rows, then their groups.
    if (s.persons.indexed() < s.corpus.people.size()) s.persons.extend(s.corpus);
    std::vector<uint32_t> rows, groups;
    s.engine.filter(ItemKind::person, s.query, Sort{}, rows);
    s.persons.rows_for(s.corpus, rows, false, false, groups);
    s.person_count = groups.size();
    s.person_count_generation = s.filter_generation;
    touch(s);
    return;
  }
  // Idle work, once every count is final and no shard is streaming: the search indexes' token dictionaries
  // (core/search_index.h), a slice per refresh of a few milliseconds, so short prefixes get fast without a
  // load paying for it. Filters give the same rows before and after.
  if (background_pending(s)) s.engine.index_tokens(kTokenSlice);
}

bool background_pending(const Session& s) {
  return s.stream.complete() && s.engine.corpus() == &s.corpus && s.engine.tokens_pending();
}

bool counts_pending(const Session& s) {
  for (const auto& pr : s.panels)
    if (pr.count_generation != s.filter_generation) return true;
  if (s.by_person)
    return s.panel == ItemKind::person ? s.person_rows_stale : s.person_count_generation != s.filter_generation;
  return false;
}

size_t row_count(const Session& s, ItemKind kind, bool* stale) {
  const PanelRows& pr = s.panels[int(kind)];
  if (kind == ItemKind::person && s.by_person) {  // the by-person view counts people, not per-article rows
    if (s.panel == ItemKind::person) {
      *stale = s.person_rows_stale;
      return s.person_rows.size();
    }
    *stale = s.person_count_generation != s.filter_generation;
    return s.person_count;
  }
  *stale = kind != s.panel && pr.count_generation != s.filter_generation;
  return kind == s.panel ? pr.rows.size() : pr.count;
}

// ------------------------------------------------------------------------------------------- [links]
View current_view(const Session& s) {
  ResolvedView r;
  r.panel = s.panel;
  r.query = s.query;
  r.has_selection = s.selection.active;
  r.sel_kind = s.selection.kind;
  r.sel_index = s.selection.index;
  r.sort = s.panels[int(s.panel)].sort;
  r.by_person = s.by_person;
  r.ledger = s.ledger;
  View v = describe_view(s.corpus, r);
  v.mine = s.mine.showing;
  return v;
}

void apply_link(Session& s, DecodedView link, std::string_view fragment) {
  touch(s);
  std::vector<std::string> ignored = link.ignored;
  ResolvedView r = resolve_view(s.corpus, link.view, ignored);
  if (!r.query.organisation.empty() && !s.stream.active && s.engine.corpus() == &s.corpus &&
      s.engine.organisations().find(r.query.organisation) < 0)  // kept: the rows say so (none)
    ignored.push_back("no organisation '" + r.query.organisation + "' in this corpus");
  s.query = r.query;
  s.panel = r.panel;
  s.ledger = r.ledger;
  s.ledger_rows_stale = true;
  ++s.panel_pushed;
  s.selection = r.has_selection ? Selection{true, r.sel_kind, r.sel_index} : Selection{};
  if (s.by_person != r.by_person) {
    s.by_person = r.by_person;
    s.person_rows_stale = true;
  }
  if (r.has_selection) {
    ++s.selection_scroll;
    ++s.reader_scroll;
  }
  for (int k = 0; k < kItemKinds; ++k) {
    s.panels[k].sort = k == int(r.panel) ? r.sort : Sort{};
    s.panels[k].built_generation = ~uint64_t(0);
  }
  ++s.sort_pushed;
  ++s.filter_generation;
  s.link_ignored = std::move(ignored);
  s.link_notice_open = !s.link_ignored.empty();
  // The address bar shows the canonical form of what was applied (ignored parts dropped).
  s.link_fragment = encode_view(current_view(s));
  if (!fragment.empty() && fragment != s.link_fragment) s.platform->set_history(s.link_fragment, true);
  s.history_push = false;
  s.typing_since_ms = -1;
  if (link_waits_for_stream(s, link.view)) {
    s.link_notice_open = false;  // not "missing" yet: it is on its way
    s.pending_link = PendingLink{true, std::move(link), std::string(fragment), s.view_changes};
  } else {
    s.pending_link = PendingLink{};
  }
}

void open_link(Session& s, std::string_view fragment) {
  if (!divert_link(s, fragment)) apply_link(s, decode_view(fragment), fragment);
}

void on_hash_change(Session& s, std::string_view fragment) {
  if (fragment == s.link_fragment) return;                   // our own write
  if (s.corpus.articles.empty() && !s.stream.active) return;  // nothing to apply it to yet
  open_link(s, fragment);
}

void tick(Session& s) {
  const double now = s.platform->now_ms();
  if (!s.notice.empty() && now >= s.notice_until_ms) {
    s.notice.clear();
    touch(s);
  }
  if (s.corpus.articles.empty() && s.link_fragment.empty()) return;  // nothing loaded: keep the address
  const bool typing_settled = s.typing_since_ms >= 0 && now - s.typing_since_ms > kTypingPauseMs;
  if (!s.history_push && !typing_settled) return;
  std::string f = encode_view(current_view(s));
  if (f != s.link_fragment) {
    s.platform->set_history(f, !s.history_push);
    s.link_fragment = std::move(f);
    touch(s);
  }
  s.history_push = false;
  if (typing_settled) s.typing_since_ms = -1;
}

double next_deadline_ms(const Session& s) {
  double next = -1;
  auto consider = [&](double t) { next = next < 0 ? t : std::min(next, t); };
  if (!s.notice.empty()) consider(s.notice_until_ms);
  if (s.typing_since_ms >= 0) consider(s.typing_since_ms + kTypingPauseMs + 1);  // tick() wants strictly more
  return next;
}

void set_ready(Session& s) {
  if (s.ready) return;
  s.ready = true;
  s.stream.interactive_ms = s.platform->now_ms();
  s.platform->mark("ae:first-data-frame");
  touch(s);
}

// ------------------------------------------------------------------------------------------- [answers]
void on_image(Session& s, uint32_t id, uint32_t texture, int width, int height, std::string_view error) {
  if (id == 0 || id > s.thumbnails.size()) return;
  Thumbnail& t = s.thumbnails[id - 1];
  if (texture) {
    t.phase = Thumbnail::Phase::ready;
    t.texture = texture;
    t.width = width;
    t.height = height;
  } else {
    t.phase = Thumbnail::Phase::failed;
    t.error = std::string(error);
    std::fprintf(stderr, "%s\n", t.error.c_str());
  }
  touch(s);
}

void on_clipboard(Session& s, bool ok, std::string_view error) {
  if (ok && !s.clipboard_notice.empty()) set_notice(s, s.clipboard_notice);
  else if (ok) set_notice(s, s.clipboard_text.find('\n') == std::string::npos ? "Link copied to the clipboard"
                                                                               : "Citation copied to the clipboard");
  else if (s.clipboard_text.size() > 400)  // a link with its article in it: the notice cannot show it usefully
    set_notice(s, "Could not copy (" + std::string(error) + "); use Export as article JSON to send the article");
  else set_notice(s, "Could not copy (" + std::string(error) + "): " + s.clipboard_text);
}

void set_notice(Session& s, std::string text) {
  s.notice = std::move(text);
  s.notice_until_ms = s.platform->now_ms() + kNoticeMs;
  touch(s);
}

bool notice_visible(const Session& s) { return !s.notice.empty() && s.platform->now_ms() < s.notice_until_ms; }

// ------------------------------------------------------------------------------------------- [queries]
const Thumbnail* thumbnail(const Session& s, std::string_view src) {
  auto it = s.thumbnail_by_src.find(std::string(src));
  return it == s.thumbnail_by_src.end() ? nullptr : &s.thumbnails[it->second - 1];
}

const Evidence* item_evidence(const Corpus& c, ItemKind kind, uint32_t i) {
  switch (kind) {
    case ItemKind::person: return c.people[i].mentions.count ? &c.evidence[c.people[i].mentions.begin] : nullptr;
    case ItemKind::agreement: return &c.agreements[i].evidence;
    case ItemKind::figure: return &c.figures[i].evidence;
    case ItemKind::photo: return &c.photos[i].evidence;
  }
  return nullptr;
}

int64_t selected_group(const Session& s) {
  if (!s.selection.active || s.selection.kind != ItemKind::person) return -1;
  if (s.selection.index >= s.persons.indexed()) return -1;
  return s.persons.group_of(s.selection.index);
}

int64_t selected_ledger_row(const Session& s) {
  if (!s.ledger || !s.selection.active || s.selection.kind != ItemKind::figure) return -1;
  const int64_t line = s.ledger_index.line_of(s.selection.index);
  if (line < 0) return -1;
  const size_t row = s.ledger_rows.find(uint32_t(line));
  return row == SIZE_MAX ? -1 : int64_t(row);
}

uint32_t reader_article(const Session& s) {
  const Corpus& c = s.corpus;
  if (s.selection.active) return c.item_article(s.selection.kind, s.selection.index);
  if (s.query.article >= 0 && size_t(s.query.article) < c.articles.size()) return uint32_t(s.query.article);
  // Else the article of the first row on screen, so the reader never shows an article the filters leave out
  // (a date range, an organisation, a topic); the first article only when no row matches.
  if (s.by_person && s.panel == ItemKind::person && !s.person_reps.empty() &&
      s.person_reps.front() < c.people.size())
    return c.item_article(ItemKind::person, s.person_reps.front());
  const auto& rows = s.panels[int(s.panel)].rows;
  if (!rows.empty() && rows.front() < c.item_count(s.panel)) return c.item_article(s.panel, rows.front());
  return 0;
}

std::string quote_sentence(std::string_view sentence) {
  static constexpr std::string_view kOpening[] = {"\u201C", "\u2018", "\u00AB", "\u201E", "\"", "'"};
  for (std::string_view q : kOpening)
    if (sentence.substr(0, q.size()) == q) return std::string(sentence);
  return "\u201C" + std::string(sentence) + "\u201D";
}

std::string citation(const Session& s) {
  const Corpus& c = s.corpus;
  if (!s.selection.active) return {};
  const uint32_t i = s.selection.index;
  std::string what;
  switch (s.selection.kind) {
    case ItemKind::person: {
      const Person& p = c.people[i];
      what = std::string(c.str(p.name));
      if (p.role.len) what += ", " + std::string(c.str(p.role));
      if (p.affiliation.len) what += " (" + std::string(c.str(p.affiliation)) + ")";
      break;
    }
    case ItemKind::agreement: what = std::string(c.str(c.agreements[i].title)); break;
    case ItemKind::figure: {
      const Figure& f = c.figures[i];
      what = std::string(c.str(f.text));
      if (f.subject.len) what += " (" + std::string(c.str(f.subject)) + ")";
      break;
    }
    case ItemKind::photo: what = "Photo: " + std::string(c.str(c.photos[i].caption)); break;
  }
  const uint32_t art = c.item_article(s.selection.kind, i);
  const Article& a = c.articles[art];
  std::string out = what + "\n";
  if (const Evidence* e = item_evidence(c, s.selection.kind, i); e && e->paragraph < a.paragraphs.count) {
    std::string_view para = c.str(c.strs[a.paragraphs.begin + e->paragraph]);
    if (e->sentence.end <= para.size() && e->sentence.begin <= e->sentence.end)
      out += quote_sentence(para.substr(e->sentence.begin, e->sentence.end - e->sentence.begin)) + "\n";
  }
  out += "\u2014 " + std::string(c.str(a.title));
  if (a.source.len) out += ", " + std::string(c.str(a.source));
  if (a.published.len) out += ", " + std::string(c.str(a.published));
  out += "\n" + s.platform->location_base() + encode_view(current_view(s)) + "\n";
  return out;
}

std::string why_empty(const Session& s, ItemKind kind) {
  const std::string noun(kind_info(kind).name);
  const Corpus& c = s.corpus;
  switch (s.corpus_download.phase) {
    case Download::Phase::idle:
    case Download::Phase::loading: {
      char buf[128];
      if (s.corpus_download.total > 0)
        std::snprintf(buf, sizeof buf, "Loading articles… %.0f%%", 100.0 * s.corpus_download.loaded / s.corpus_download.total);
      else
        std::snprintf(buf, sizeof buf, "Loading articles…");
      return buf;
    }
    case Download::Phase::failed: return "No " + noun + ": the corpus failed to load (see the message above).";
    case Download::Phase::done: break;
  }
  const Stream& st = s.stream;
  if (!st.complete() && c.item_count(kind) == 0) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "Loading articles… %llu of %llu (%.0f%%); %s appear as they arrive.",
                  (unsigned long long)st.articles_loaded, (unsigned long long)st.manifest.articles, 100 * st.fraction(),
                  noun.c_str());
    return buf;
  }
  if (c.articles.empty()) return "The corpus has no articles. Drop an article JSON file on the page to open one.";
  if (c.item_count(kind) == 0) return "The corpus has no " + noun + ".";
  // Filters exclude everything: say which.
  std::string why = "No " + noun + (st.complete() ? "" : " loaded so far") + " match";
  bool first = true;
  auto clause = [&](const std::string& text) {
    why += first ? " " : " and ";
    why += text;
    first = false;
  };
  if (!s.query.topics.empty()) {
    std::string t = s.query.topics.size() == 1 ? "topic " : "topics ";
    for (size_t i = 0; i < s.query.topics.size(); ++i) {
      if (i) t += " or ";
      t += c.str(c.topics[s.query.topics[i]].label);
    }
    clause(t);
  }
  if (!s.query.text.empty()) clause("\"" + s.query.text + "\"");
  if (kind == ItemKind::figure && s.query.figure_kinds) {
    std::string k = "kind ";
    bool any = false;
    for (int f = 0; f < kFigureKinds; ++f)
      if (s.query.figure_kinds & (1u << f)) {
        if (any) k += " or ";
        k += kFigureKindNames[f];
        any = true;
      }
    clause(k);
  }
  if (s.query.article >= 0 && size_t(s.query.article) < c.articles.size())
    clause("in the article \"" + std::string(c.str(c.articles[size_t(s.query.article)].title)) + "\"");
  if (first) return "No " + noun + " to show.";
  return why + ".";
}

}  // namespace ae::session
