// explain.cpp: the human-readable `article-prep extract --explain` report.
#include "extract/extract.h"

#include <cstdio>

namespace ae::extract {
namespace {

void evidence(std::string& out, const ArticleRecord& a, const Evidence& e, std::string_view rule) {
  std::string_view p = e.paragraph < a.paragraphs.size() ? std::string_view(a.paragraphs[e.paragraph]) : "";
  std::string_view m = e.match.end <= p.size() && e.match.begin <= e.match.end
                           ? p.substr(e.match.begin, e.match.end - e.match.begin)
                           : "";
  char buf[128];
  std::snprintf(buf, sizeof buf, "    para %u sentence %u..%u match %u..%u ", e.paragraph, e.sentence.begin,
                e.sentence.end, e.match.begin, e.match.end);
  out += buf;
  out += '"';
  out += m;
  out += '"';
  if (!rule.empty()) {
    out += "  [";
    out += rule;
    out += ']';
  }
  out += '\n';
}

void list(std::string& out, const std::vector<std::string>& v) {
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += ", ";
    out += v[i];
  }
}

const Explanation* find(const ExtractResult& r, std::string_view kind, std::string_view id) {
  for (const Explanation& e : r.explain)
    if (e.kind == kind && e.id == id) return &e;
  return nullptr;
}

}  // namespace

std::string explain_text(const ExtractResult& r) {
  const ArticleRecord& a = r.article;
  std::string out;
  out += "article " + a.id + " \"" + a.title + "\"\n";
  out += "  source: " + a.source + "  paragraphs: " + std::to_string(a.paragraphs.size()) + "  topics: ";
  list(out, a.topics);
  out += '\n';
  if (const Explanation* e = find(r, "date", "published")) {  // a dateline (extract/dateline.h)
    out += "published \"" + a.published + "\"  rule: " + e->rule + '\n';
    for (const std::string& note : e->notes) out += "  " + note + '\n';
    if (a.published_evidence) evidence(out, a, *a.published_evidence, "");
  }
  for (const PersonRecord& p : a.people) {
    const Explanation* e = find(r, "person", p.id);
    out += "person " + p.id + " name=\"" + p.name + "\" role=\"" + p.role + "\" affiliation=\"" + p.affiliation +
           "\"  rule: " + (e ? e->rule : "?") + "  topics: ";
    list(out, p.topics);
    out += '\n';
    for (size_t i = 0; i < p.mentions.size(); ++i)
      evidence(out, a, p.mentions[i], e && i < e->notes.size() ? e->notes[i] : "");
  }
  for (const FigureRecord& f : a.figures) {
    const Explanation* e = find(r, "figure", f.id);
    char v[64];
    std::snprintf(v, sizeof v, "%.10g", f.value);
    out += "figure " + f.id + " text=\"" + f.text + "\" value=" + v + " unit=\"" + f.unit + "\" kind=" +
           std::string(to_string(f.kind)) + " qualifier=\"" + f.qualifier + "\" subject=\"" + f.subject +
           "\"  rule: " + (e ? e->rule : "?") + "  topics: ";
    list(out, f.topics);
    out += '\n';
    evidence(out, a, f.evidence, "");
  }
  for (const AgreementRecord& g : a.agreements) {
    const Explanation* e = find(r, "agreement", g.id);
    out += "agreement " + g.id + " title=\"" + g.title + "\" kind=" + g.kind + " status=" +
           std::string(to_string(g.status)) + " parties=[";
    list(out, g.parties);
    out += "] figure=\"" + g.figure + "\"  rule: " + (e ? e->rule : "?") + "  topics: ";
    list(out, g.topics);
    out += '\n';
    evidence(out, a, g.evidence, "");
  }
  for (const PhotoRecord& ph : a.photos) {
    const Explanation* e = find(r, "photo", ph.id);
    out += "photo " + ph.id + " caption=\"" + ph.caption + "\" credit=\"" + ph.credit + "\" people=[";
    list(out, ph.people);
    out += "]  rule: " + (e ? e->rule : "?") + "  topics: ";
    list(out, ph.topics);
    out += '\n';
    evidence(out, a, ph.evidence, "");
  }
  return out;
}

}  // namespace ae::extract
