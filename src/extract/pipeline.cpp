// pipeline.cpp: runs the passes in order and checks raw input (UTF-8, NUL bytes, blank).
#include "extract/dateline.h"
#include "extract/doc.h"
#include "extract/gazetteer.h"
#include "core/text.h"

namespace ae::extract {

namespace {

ExtractError text_error(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) return ExtractError::binary;
  if (!is_valid_utf8(text)) return ExtractError::not_utf8;
  for (char c : text)
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) return ExtractError::none;
  return ExtractError::blank;
}

}  // namespace

std::string_view to_string(ExtractError e) {
  switch (e) {
    case ExtractError::none: return "";
    case ExtractError::binary: return "binary input (contains NUL bytes)";
    case ExtractError::not_utf8: return "not valid UTF-8";
    case ExtractError::blank: return "empty input";
    case ExtractError::no_title: return "no title line";
  }
  return "";
}

std::string check_text(std::string_view text) { return std::string(to_string(text_error(text))); }

ExtractResult extract(std::string_view text, const ExtractOptions& options) {
  ExtractResult r;
  r.error = text_error(text);
  if (r.error != ExtractError::none) return r;
  ArticleRecord& a = r.article;
  split_paragraphs(text, a);
  if (a.source.empty()) a.source = options.source;
  if (a.url.empty()) a.url = options.url;
  if (a.published.empty()) a.published = options.published;
  a.id = article_id(a.source, a.title);
  dateline_pass(a, options.explain ? &r.explain : nullptr);  // a date in the text when the metadata gave none

  // One Doc per thread, article after article: its vectors keep their room, so an article costs no allocations
  // for tokens, sentences, look-ups and the lowercased text (about ten per article, of kilobytes each).
  thread_local Doc reused;
  Doc& d = reused;
  d.clear();
  d.a = &a;
  if (options.explain) d.explain = &r.explain;
  size_t para_bytes = 0;
  for (const std::string& p : a.paragraphs) para_bytes += p.size();
  d.lowered_text.reserve(para_bytes);  // exact: the views taken below stay valid
  d.lowered.reserve(a.paragraphs.size());
  for (const std::string& p : a.paragraphs) {
    const size_t at = d.lowered_text.size();
    d.lowered_text += p;
    ascii_lower_in_place(d.lowered_text.data() + at, p.size());
    d.lowered.emplace_back(d.lowered_text.data() + at, p.size());
  }
  find_captions(d);
  d.toks.reserve(text.size() / 5 + 16);  // about one token per five bytes of news text
  d.sents.reserve(text.size() / 100 + 4);
  size_t cap = 0;
  std::vector<Span> spans;
  spans.reserve(32);  // sentences of one paragraph
  for (uint32_t p = 0; p < a.paragraphs.size(); ++p) {
    const std::string& text_p = a.paragraphs[p];
    const Caption* c = nullptr;
    while (cap < d.captions.size() && d.captions[cap].para < p) ++cap;
    if (cap < d.captions.size() && d.captions[cap].para == p) c = &d.captions[cap];
    spans.clear();
    split_sentences(text_p, spans);
    for (Span sp : spans) {
      Sentence s;
      s.para = p;
      s.span = sp;
      s.text = text_p.data();
      s.low = d.lowered[p].data();
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
  d.gzf.resize(d.toks.size());
  for (const Sentence& s : d.sents)
    gaz_tokens(d.lowered[s.para], d.toks.data() + s.tok_begin, d.toks.data() + s.tok_end, d.gz.data() + s.tok_begin,
               d.gzf.data() + s.tok_begin);
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
  if (a.title.empty()) r.error = ExtractError::no_title;  // validation requires a title: no article
  d.clear();
  d.trim(size_t(1) << 20);  // a megabyte of tokens (a 400 KB text) stays; more is given back
  return r;
}

}  // namespace ae::extract
