// state.cpp: the automation state (docs/automation.md): what window.explorer.state() returns. Built from the
// session only; the host adds its display and widget rectangles. The app rebuilds it when Session::revision
// moves, not every frame.
#include "session/session.h"

#include <algorithm>
#include <cstdio>

namespace ae::session {

static void append_span(std::string& s, const char* key, Span sp) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "\"%s\":[%u,%u]", key, sp.begin, sp.end);
  s += buf;
}

static void append_stream(std::string& s, const Session& session) {
  const Stream& st = session.stream;
  if (!st.active) {
    s += "null";
    return;
  }
  char buf[640];
  uint32_t failed = 0;
  for (auto ph : st.shard_phase) failed += ph == ShardPhase::failed;
  std::snprintf(buf, sizeof buf,
                "{\"shards\":%zu,\"shardsLoaded\":%u,\"shardsFailed\":%u,\"articles\":%llu,\"articlesLoaded\":%llu,"
                "\"fraction\":%.4f,\"complete\":%s,\"startedMs\":%.1f,\"interactiveMs\":%.1f,\"completeMs\":%.1f,"
                "\"manifestMs\":%.1f,\"loadMs\":%.1f,\"indexMs\":%.1f,\"bytesLoaded\":%llu,\"linkWaiting\":%s,\"error\":",
                st.shard_phase.size(), st.shards_loaded, failed, (unsigned long long)st.manifest.articles,
                (unsigned long long)st.articles_loaded, st.fraction(), st.complete() ? "true" : "false", st.started_ms,
                st.interactive_ms, st.complete_ms, st.manifest_ms, st.load_ms, st.index_ms,
                (unsigned long long)st.bytes_loaded, session.pending_link.active ? "true" : "false");
  s += buf;
  append_json_string(s, st.error);
  std::snprintf(buf, sizeof buf, ",\"indexEntries\":%zu,\"indexError\":", st.manifest.index.size());
  s += buf;
  append_json_string(s, st.index_error);
  s += '}';
}

// The reader: which article and what is highlighted.
static void append_reader(std::string& s, const Session& session) {
  const Corpus& c = session.corpus;
  if (c.articles.empty()) {
    s += "null";
    return;
  }
  const Selection& sel = session.selection;
  const uint32_t article = reader_article(session);
  char buf[128];
  s += "{\"article\":";
  append_json_string(s, c.str(c.articles[article].id));
  const Evidence* e = sel.active ? item_evidence(c, sel.kind, sel.index) : nullptr;
  if (e && e->paragraph < c.articles[article].paragraphs.count) {
    std::string_view para = c.str(c.strs[c.articles[article].paragraphs.begin + e->paragraph]);
    std::snprintf(buf, sizeof buf, ",\"paragraph\":%u,", e->paragraph);
    s += buf;
    append_span(s, "sentence", e->sentence);
    s += ',';
    append_span(s, "match", e->match);
    s += ",\"sentenceText\":";
    append_json_string(s, para.substr(std::min<size_t>(e->sentence.begin, para.size()),
                                      e->sentence.end - std::min(e->sentence.begin, e->sentence.end)));
    s += ",\"matchText\":";
    append_json_string(s, para.substr(std::min<size_t>(e->match.begin, para.size()),
                                      e->match.end - std::min(e->match.begin, e->match.end)));
  }
  std::string text_error;
  const TextState ts = text_state(session, article, &text_error);
  s += ts == TextState::inline_ ? ",\"text\":\"here\"" : ts == TextState::loading ? ",\"text\":\"loading\"" : ",\"text\":\"failed\"";
  s += ",\"textError\":";
  append_json_string(s, text_error);
  std::snprintf(buf, sizeof buf, ",\"paragraphs\":%u", c.articles[article].paragraphs.count);
  s += buf;
  if (sel.active && sel.kind == ItemKind::person) {
    std::snprintf(buf, sizeof buf, ",\"mentionsHighlighted\":%u", c.people[sel.index].mentions.count);
    s += buf;
  }
  s += '}';
}

// The People panel by person: its rows (the first 1,000) and the selected person across the corpus; null when
// the panel lists people per article.
static void append_persons(std::string& s, const Session& session) {
  const Corpus& c = session.corpus;
  const PersonIndex& x = session.persons;
  if (!session.by_person) {
    s += "null";
    return;
  }
  char buf[96];
  auto group_fields = [&](uint32_t g) {
    const PersonGroup& pg = x.group(g);
    s += "{\"name\":";
    append_json_string(s, c.str(pg.name));
    std::snprintf(buf, sizeof buf, ",\"articles\":%u,\"mentions\":%u,\"firstDate\":", pg.articles, pg.mentions);
    s += buf;
    append_json_string(s, c.str(pg.first_date));
    s += ",\"lastDate\":";
    append_json_string(s, c.str(pg.last_date));
  };
  std::snprintf(buf, sizeof buf, "{\"count\":%zu,\"rows\":[", session.person_rows.size());
  s += buf;
  const size_t shown = std::min<size_t>(session.person_rows.size(), 1000);
  for (size_t r = 0; r < shown; ++r) {
    if (r) s += ',';
    group_fields(session.person_rows[r]);
    s += '}';
  }
  s += "],\"selected\":";
  const int64_t g = selected_group(session);
  if (g < 0) {
    s += "null}";
    return;
  }
  group_fields(uint32_t(g));
  s += ",\"roles\":[";
  bool first = true;
  for (const auto& r : x.roles(c, uint32_t(g))) {
    if (!first) s += ',';
    first = false;
    s += "{\"role\":";
    append_json_string(s, r.role);
    s += ",\"affiliation\":";
    append_json_string(s, r.affiliation);
    s += ",\"date\":";
    append_json_string(s, r.date);
    s += '}';
  }
  s += "],\"articleIds\":[";  // the person's articles in corpus order; the reader steps through them
  const auto& members = x.group(uint32_t(g)).members;
  size_t at = 0;
  for (size_t m = 0; m < members.size(); ++m) {
    if (m) s += ',';
    append_json_string(s, c.str(c.articles[c.people[members[m]].article].id));
    if (members[m] == session.selection.index) at = m;
  }
  std::snprintf(buf, sizeof buf, "],\"at\":%zu}}", at);
  s += buf;
}

// The figure ledger: its lines for the current filters (the first 200) and the selected figure's line with its
// points; null when the ledger panel is not shown.
static void append_ledger(std::string& s, const Session& session) {
  const Corpus& c = session.corpus;
  const LedgerRows& x = session.ledger_rows;
  if (!session.ledger) {
    s += "null";
    return;
  }
  char buf[320];
  auto line_fields = [&](size_t row) {
    const LedgerLine& l = session.ledger_index.line(x.lines[row]);
    const LedgerStats& st = x.stats[row];
    s += "{\"key\":";
    append_json_string(s, l.key);
    s += ",\"label\":";
    append_json_string(s, l.label);
    s += ",\"subject\":";
    append_json_string(s, l.subject);
    s += ",\"sides\":[";
    for (size_t i = 0; i < l.sides.size(); ++i) {
      if (i) s += ',';
      append_json_string(s, l.sides[i]);
    }
    s += "],\"kind\":";
    append_json_string(s, to_string(l.kind));
    s += ",\"unit\":";
    append_json_string(s, c.str(l.unit));
    std::snprintf(buf, sizeof buf,
                  ",\"values\":%u,\"articles\":%u,\"dated\":%u,\"min\":%.17g,\"max\":%.17g,\"median\":%.17g,"
                  "\"spread\":%.6g,\"disagree\":%s",
                  st.values, st.articles, st.dated, st.min, st.max, st.median, st.spread, st.disagree ? "true" : "false");
    s += buf;
  };
  size_t in_lines = 0;
  for (const LedgerStats& st : x.stats) in_lines += st.values;
  std::snprintf(buf, sizeof buf, "{\"count\":%zu,\"figures\":%zu,\"lines\":[", x.lines.size(), in_lines);
  s += buf;
  for (size_t r = 0; r < x.lines.size() && r < 200; ++r) {
    if (r) s += ',';
    line_fields(r);
    s += '}';
  }
  s += "],\"selected\":";
  const int64_t row = selected_ledger_row(session);
  if (row < 0) {
    s += "null}";
    return;
  }
  line_fields(size_t(row));
  s += ",\"points\":[";
  const Range span = x.spans[size_t(row)];
  int64_t at = -1;
  for (uint32_t i = span.begin; i < span.end(); ++i) {
    const LedgerPoint& p = x.points[i];
    const Figure& f = c.figures[p.figure];
    if (i > span.begin) s += ',';
    s += "{\"article\":";
    append_json_string(s, c.str(c.articles[f.article].id));
    s += ",\"item\":";
    append_json_string(s, c.str(f.id));
    s += ",\"text\":";
    append_json_string(s, c.str(f.text));
    std::snprintf(buf, sizeof buf, ",\"value\":%.17g,\"date\":", p.value);
    s += buf;
    append_json_string(s, p.day == kNoDay ? std::string() : day_string(p.day));
    s += p.conflict ? ",\"conflict\":true}" : ",\"conflict\":false}";
    if (p.figure == session.selection.index) at = int64_t(i - span.begin);
  }
  std::snprintf(buf, sizeof buf, "],\"at\":%lld}}", (long long)at);
  s += buf;
}

std::string state_json(const Session& session, std::string_view host_fields) {
  const Corpus& c = session.corpus;
  const View v = current_view(session);
  std::string s;
  s.reserve(4096);
  s += "{\"panel\":\"";
  s += session.ledger ? std::string_view(kLedgerPanel) : kind_info(session.panel).name;
  s += "\",\"ready\":";
  s += session.ready ? "true" : "false";
  const char* phase = "idle";
  switch (session.corpus_download.phase) {
    case Download::Phase::idle: phase = "idle"; break;
    case Download::Phase::loading: phase = "loading"; break;
    case Download::Phase::done: phase = "loaded"; break;
    case Download::Phase::failed: phase = "failed"; break;
  }
  s += ",\"corpus\":{\"status\":\"";
  s += phase;
  s += "\",\"name\":";
  append_json_string(s, session.corpus_name);
  s += ",\"error\":";
  append_json_string(s, session.load_error.empty() ? session.data_error : session.load_error);
  char buf[256];
  std::snprintf(buf, sizeof buf, ",\"articles\":%zu", c.articles.size());
  s += buf;
  for (const KindInfo& k : kKindInfo) {
    std::snprintf(buf, sizeof buf, ",\"%.*s\":%zu", int(k.name.size()), k.name.data(), c.item_count(k.kind));
    s += buf;
  }
  std::snprintf(buf, sizeof buf, ",\"topics\":%zu}", c.topics.size());
  s += buf;
  s += ",\"pending\":";
  s += counts_pending(session) ? "true" : "false";
  s += ",\"stream\":";  // a sharded corpus: how much is loaded
  append_stream(s, session);

  // The view (ids, as a link would carry them): what a link parameter adds to View shows up here by itself.
  append_view_json(s, v);
  s += ",\"selection\":";
  if (session.selection.active) {
    s += "{\"kind\":\"";
    s += kind_info(session.selection.kind).name;
    s += "\",\"article\":";
    append_json_string(s, v.sel_article);
    s += ",\"item\":";
    append_json_string(s, v.sel_item);
    s += '}';
  } else {
    s += "null";
  }

  // Row counts per kind (filtered) and the active kind's rows in display order (the first 1,000).
  s += ",\"rowCounts\":{";
  for (int i = 0; i < kItemKinds; ++i) {
    const std::string_view name = kKindInfo[i].name;
    std::snprintf(buf, sizeof buf, "%s\"%.*s\":%zu", i ? "," : "", int(name.size()), name.data(), session.panels[i].count);
    s += buf;
  }
  s += "},\"rows\":[";
  const auto& rows = session.panels[int(session.panel)].rows;
  const size_t shown = std::min<size_t>(rows.size(), 1000);
  for (size_t r = 0; r < shown; ++r) {
    if (r) s += ',';
    append_json_string(s, c.str(c.item_id(session.panel, rows[r])));
  }
  s += "],\"facets\":{";
  for (size_t t = 0; t < c.topics.size() && t < session.facet_counts.size(); ++t) {
    if (t) s += ',';
    append_json_string(s, c.str(c.topics[t].id));
    s += ':' + std::to_string(session.facet_counts[t]);
  }
  s += '}';

  s += ",\"persons\":";
  append_persons(s, session);
  s += ",\"ledger\":";
  append_ledger(s, session);
  {  // organisations (affiliations and agreement sides): how many, and the first 50 by articles
    const OrganisationIndex& x = session.engine.organisations();
    std::snprintf(buf, sizeof buf, ",\"organisations\":{\"count\":%zu,\"top\":[", x.size());
    s += buf;
    for (size_t i = 0; i < session.organisations_ranked.size() && i < 50; ++i) {
      const Organisation& o = x.at(session.organisations_ranked[i]);
      s += i ? ",{\"key\":" : "{\"key\":";
      append_json_string(s, o.key);
      s += ",\"name\":";
      append_json_string(s, c.str(o.name));
      std::snprintf(buf, sizeof buf, ",\"articles\":%zu,\"people\":%u,\"agreements\":%u}", o.articles.size(),
                    o.people, o.agreements);
      s += buf;
    }
    s += "]}";
  }
  {  // the sidebar's timeline: articles per publication date bucket
    const Timeline& t = session.timeline;
    s += ",\"timeline\":{\"unit\":\"";
    s += t.unit_name();
    s += "\",\"first\":";
    append_json_string(s, t.counts.empty() ? std::string() : t.bucket_from(0));
    s += ",\"last\":";
    append_json_string(s, t.counts.empty() ? std::string() : t.bucket_to(t.counts.size() - 1));
    std::snprintf(buf, sizeof buf, ",\"dated\":%u,\"undated\":%u,\"counts\":[", t.dated, t.undated);
    s += buf;
    for (size_t b = 0; b < t.counts.size(); ++b) s += (b ? "," : "") + std::to_string(t.counts[b]);
    s += "]}";
  }
  s += ",\"reader\":";
  append_reader(s, session);
  size_t thumbs_ready = 0, thumbs_failed = 0;
  for (const auto& t : session.thumbnails) {
    thumbs_ready += t.phase == Thumbnail::Phase::ready;
    thumbs_failed += t.phase == Thumbnail::Phase::failed;
  }
  std::snprintf(buf, sizeof buf, ",\"thumbnails\":{\"requested\":%zu,\"ready\":%zu,\"failed\":%zu}",
                session.thumbnails.size(), thumbs_ready, thumbs_failed);
  s += buf;
  s += ",\"link\":";
  append_json_string(s, session.link_fragment);
  s += ",\"linkNotice\":";
  if (session.link_notice_open) {
    s += '[';
    for (size_t i = 0; i < session.link_ignored.size(); ++i) {
      if (i) s += ',';
      append_json_string(s, session.link_ignored[i]);
    }
    s += ']';
  } else {
    s += "null";
  }
  s += ",\"notice\":";
  append_json_string(s, notice_visible(session) ? session.notice : std::string());
  {  // My articles (issue 14): shown or not, how many, the messages of the files added, the last file's time
    const MyArticles& m = session.mine;
    std::snprintf(buf, sizeof buf, ",\"mine\":{\"showing\":%s,\"articles\":%zu,\"files\":%llu,\"lastMs\":%.2f,\"messages\":[",
                  m.showing ? "true" : "false", m.corpus.articles.size(), (unsigned long long)m.adds, m.last_ms);
    s += buf;
    for (size_t i = 0; i < m.messages.size(); ++i) {
      if (i) s += ',';
      append_json_string(s, m.messages[i]);
    }
    s += "]";
    // "Copy link with the article" (part 5): the reader's article packed for a link, and whether it fits.
    static constexpr const char* kShare[] = {"none", "packing", "ready", "too_large", "failed"};
    std::snprintf(buf, sizeof buf, ",\"known\":%s,\"share\":{\"status\":\"%s\",\"chars\":%zu,\"limit\":%zu,\"article\":",
                  m.known ? "true" : "false", kShare[int(m.share.phase)], m.share.packed_chars, kMaxLinkArticleChars);
    s += buf;
    append_json_string(s, m.share.article);
    s += '}';
    if (m.storage_quota >= 0) {  // navigator.storage.estimate() after the last keep
      std::snprintf(buf, sizeof buf, ",\"storage\":{\"usage\":%.0f,\"quota\":%.0f}", m.storage_usage, m.storage_quota);
      s += buf;
    }
    s += '}';
  }
  s += host_fields;
  s += '}';
  return s;
}

}  // namespace ae::session
