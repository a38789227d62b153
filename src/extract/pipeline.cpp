// pipeline.cpp: runs the passes in order and checks raw input (UTF-8, NUL bytes, blank).
#include "extract/doc.h"
#include "extract/gazetteer.h"

namespace ae::extract {

bool valid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F;
    else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F;
    else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07;
    else return false;
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

std::string check_text(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) return "binary input (contains NUL bytes)";
  if (!valid_utf8(text)) return "not valid UTF-8";
  bool blank = true;
  for (char c : text)
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) { blank = false; break; }
  if (blank) return "empty input";
  return {};
}

ExtractResult extract(std::string_view text, const ExtractOptions& options) {
  ExtractResult r;
  ArticleRecord& a = r.article;
  split_paragraphs(text, a);
  if (a.source.empty()) a.source = options.source;
  if (a.url.empty()) a.url = options.url;
  if (a.published.empty()) a.published = options.published;
  a.id = article_id(a.source, a.title);

  Doc d;
  d.a = &a;
  if (options.explain) d.explain = &r.explain;
  d.lowered.reserve(a.paragraphs.size());
  for (const std::string& p : a.paragraphs) {
    std::string l = p;
    for (char& c : l) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    d.lowered.push_back(std::move(l));
  }
  find_captions(d);
  size_t cap = 0;
  for (uint32_t p = 0; p < a.paragraphs.size(); ++p) {
    const std::string& text_p = a.paragraphs[p];
    const Caption* c = nullptr;
    while (cap < d.captions.size() && d.captions[cap].para < p) ++cap;
    if (cap < d.captions.size() && d.captions[cap].para == p) c = &d.captions[cap];
    for (Span sp : split_sentences(text_p)) {
      Sentence s;
      s.para = p;
      s.span = sp;
      s.tok_begin = static_cast<uint32_t>(d.toks.size());
      tokenize(text_p, sp, d.toks);
      s.tok_end = static_cast<uint32_t>(d.toks.size());
      // The credit ("Photo credit: X") is not article text: no people, figures or agreements in it.
      if (c)
        for (uint32_t k = s.tok_begin; k < s.tok_end; ++k)
          if (d.toks[k].begin >= c->caption.end) d.toks[k].flags |= kInCredit;
      d.sents.push_back(s);
    }
  }
  d.gz.resize(d.toks.size());
  for (const Sentence& s : d.sents)
    for (uint32_t k = s.tok_begin; k < s.tok_end; ++k)
      d.gz[k] = d.toks[k].kind == Tok::word ? gaz(d.low(s, d.toks[k])) : nullptr;
  orgs_pass(d);
  people_pass(d);
  figures_pass(d);
  agreements_pass(d);
  photos_pass(d);
  topics_pass(d, options.lexicon);
  // A kind that reached kMaxItemsPerKind may have lost items: say so (article-prep prints it, --explain too).
  const std::pair<const char*, size_t> kinds[] = {{"people", a.people.size()}, {"figures", a.figures.size()},
                                                  {"agreements", a.agreements.size()}, {"photos", a.photos.size()}};
  for (const auto& [kind, count] : kinds)
    if (count >= kMaxItemsPerKind)
      r.warnings.push_back(std::string(kind) + ": stopped at the limit of " + std::to_string(kMaxItemsPerKind) +
                           " per article; any further ones in the text were not extracted");
  return r;
}

}  // namespace ae::extract
