// json_write.cpp: canonical article JSON v1 output. Key order and formatting are fixed (docs/article-json.md
// "Canonical form") so equal corpora give byte-identical files and diffs stay one line per article.
#include "core/json.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ae {

namespace {

// Any byte of `w` that JSON needs escaped: a control byte (< 0x20), '"' or '\\'. Each test is the classic exact
// "some byte is zero / below n" word test; a clean word of text is then skipped in one step.
inline bool needs_escape8(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t q = w ^ (kOnes * '"'), b = w ^ (kOnes * '\\');
  const uint64_t control = (w - kOnes * 0x20) & ~w;  // a byte below 0x20
  return ((control | ((q - kOnes) & ~q) | ((b - kOnes) & ~b)) & kHigh) != 0;
}

#if defined(__SSE2__)
// The same test on sixteen bytes (SSE2, in every x86-64): a bit per byte that needs escaping, 0 when none does.
// The writer spends most of its time here on paragraphs (7 MB for the BBC corpus, nearly all clean), at half the
// instructions a byte of the eight-byte test. Unsigned "below 0x20" is "saturating minus 0x1F is zero".
inline uint32_t escape_mask16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i control = _mm_cmpeq_epi8(_mm_subs_epu8(v, _mm_set1_epi8(0x1F)), _mm_setzero_si128());
  const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
  return uint32_t(_mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))));
}
#endif

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    // Article text rarely needs an escape: skip sixteen clean bytes at a time where SSE2 is there, then eight
    // (also in wasm32's 64-bit registers). Both stop at or before the first byte that needs one.
#if defined(__SSE2__)
    while (s.size() - i >= 16) {
      if (const uint32_t m = escape_mask16(s.data() + i)) {
        i += size_t(__builtin_ctz(m));
        break;
      }
      i += 16;
    }
#endif
    while (s.size() - i >= 8) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (needs_escape8(w)) break;
      i += 8;
    }
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

namespace {

class Writer {
 public:
  Writer(const Corpus& c, std::string& out) : c_(c), out_(out) {}

  // `text_ref` overrides the article's own (nullptr = use Article::text_ref). With a text_ref the article
  // is written stripped: "textRef" where "paragraphs" would be, and no paragraphs.
  void article(uint32_t index, const std::string_view* text_ref = nullptr) {
    const Article& a = c_.articles[index];
    const std::string_view ref = text_ref ? *text_ref : c_.str(a.text_ref);
    out_ += "{\"id\":";
    str(a.id);
    key("title");
    str(a.title);
    opt("source", a.source);
    opt("url", a.url);
    opt("published", a.published);
    if (a.published_in_text) {
      key("publishedEvidence");
      evidence_object(a.published_evidence);
    }
    if (ref.empty()) {
      key("paragraphs");
      str_list(c_.strs, a.paragraphs);
    } else {
      key("textRef");
      raw_string(ref);
    }
    key("topics");
    topics(a.topics);

    key("people");
    list(a.people, [&](uint32_t i) {
      const Person& p = c_.people[i];
      out_ += "{\"id\":";
      str(p.id);
      key("name");
      str(p.name);
      opt("role", p.role);
      opt("affiliation", p.affiliation);
      key("mentions");
      list(p.mentions, [&](uint32_t m) { evidence_object(c_.evidence[m]); });
      key("topics");
      topics(p.topics);
      out_.push_back('}');
    });

    key("agreements");
    list(a.agreements, [&](uint32_t i) {
      const Agreement& g = c_.agreements[i];
      out_ += "{\"id\":";
      str(g.id);
      key("title");
      str(g.title);
      key("kind");
      str(g.kind);
      key("parties");
      str_list(c_.strs, g.parties);
      key("status");
      raw_string(to_string(g.status));
      if (g.figure >= 0) {
        key("figure");
        str(c_.figures[static_cast<size_t>(g.figure)].id);
      }
      evidence(g.evidence);
      key("topics");
      topics(g.topics);
      out_.push_back('}');
    });

    key("figures");
    list(a.figures, [&](uint32_t i) {
      const Figure& f = c_.figures[i];
      out_ += "{\"id\":";
      str(f.id);
      key("text");
      str(f.text);
      key("value");
      number(f.value);
      key("unit");
      str(f.unit);
      key("kind");
      raw_string(to_string(f.kind));
      opt("qualifier", f.qualifier);
      opt("subject", f.subject);
      evidence(f.evidence);
      key("topics");
      topics(f.topics);
      out_.push_back('}');
    });

    key("photos");
    list(a.photos, [&](uint32_t i) {
      const Photo& p = c_.photos[i];
      out_ += "{\"id\":";
      str(p.id);
      key("caption");
      str(p.caption);
      opt("credit", p.credit);
      key("people");
      list(p.people, [&](uint32_t r) { str(c_.people[c_.refs[r]].id); });
      opt("src", p.src);
      evidence(p.evidence);
      key("topics");
      topics(p.topics);
      out_.push_back('}');
    });
    out_.push_back('}');
  }

  void text_entry(uint32_t index) {
    const Article& a = c_.articles[index];
    out_ += "{\"id\":";
    str(a.id);
    key("paragraphs");
    str_list(c_.strs, a.paragraphs);
    out_.push_back('}');
  }

  void topic_declarations() {
    out_.push_back('[');
    for (size_t i = 0; i < c_.topics.size(); ++i) {
      if (i) out_.push_back(',');
      out_ += "{\"id\":";
      str(c_.topics[i].id);
      key("label");
      str(c_.topics[i].label);
      out_.push_back('}');
    }
    out_.push_back(']');
  }

 private:
  // ,"k": as one append of a length known at compile time (three appends and a strlen cost ~100 instructions a
  // key, and an article writes dozens of keys).
  template <size_t N>
  void key(const char (&k)[N]) {
    char buf[N + 3];
    buf[0] = ',';
    buf[1] = '"';
    std::memcpy(buf + 2, k, N - 1);
    buf[N + 1] = '"';
    buf[N + 2] = ':';
    out_.append(buf, N + 3);
  }
  void str(Str s) { append_json_string(out_, c_.str(s)); }
  void raw_string(std::string_view s) { append_json_string(out_, s); }
  template <size_t N>
  void opt(const char (&k)[N], Str s) {  // optional strings are omitted when empty
    if (s.len == 0) return;
    key(k);
    str(s);
  }
  template <class F>
  void list(Range r, F&& item) {
    out_.push_back('[');
    for (uint32_t i = r.begin; i < r.end(); ++i) {
      if (i != r.begin) out_.push_back(',');
      item(i);
    }
    out_.push_back(']');
  }
  void str_list(const std::vector<Str>& v, Range r) {
    list(r, [&](uint32_t i) { str(v[i]); });
  }
  void topics(Range r) {
    list(r, [&](uint32_t i) { str(c_.topics[c_.refs[i]].id); });
  }
  void number(double v) {
    // Shortest representation that reads back to the same double. Non-finite values cannot be loaded or
    // added through validate_article(); 0 keeps the output valid JSON should one slip in anyway.
    if (!std::isfinite(v)) v = 0;
    append_json_number(out_, v);  // not std::to_chars: Emscripten 3.1.6's libc++ lacks it for double
  }
  // {"paragraph":P,"sentence":[B,E],"match":[B,E]}, built in a stack buffer and appended once: every mention
  // and item writes one, and piece by piece (five appends, six push_backs, five to_chars appends) it cost the
  // writer more than any string did. The longest form, with five 10-digit numbers, is 91 bytes.
  void evidence_object(const Evidence& e) {
    char buf[128];
    char* p = buf;
    auto lit = [&p](std::string_view s) {
      std::memcpy(p, s.data(), s.size());
      p += s.size();
    };
    // A uint32_t has at most ten digits, so the bound never stops to_chars; it keeps every write provably
    // inside buf (GCC's LTO warned that a failed to_chars, which returns its bound, could run past the end).
    auto num = [&p](uint32_t v) { p = std::to_chars(p, p + 10, v).ptr; };
    lit("{\"paragraph\":");
    num(e.paragraph);
    lit(",\"sentence\":[");
    num(e.sentence.begin);
    *p++ = ',';
    num(e.sentence.end);
    lit("],\"match\":[");
    num(e.match.begin);
    *p++ = ',';
    num(e.match.end);
    lit("]}");
    out_.append(buf, size_t(p - buf));
  }
  void evidence(const Evidence& e) {
    key("evidence");
    evidence_object(e);
  }

  const Corpus& c_;
  std::string& out_;
};

// The whole document into `out`. After each article `after_article()` may take the bytes written so far (and
// clear `out`); its false stops the writing and is returned.
template <class AfterArticle>
bool write_document(const Corpus& c, std::string& out, AfterArticle&& after_article) {
  Writer w(c, out);
  out += "{\"format\":\"article-json\",\"version\":1,\"topics\":";
  w.topic_declarations();
  out += ",\"articles\":[";
  for (uint32_t i = 0; i < c.articles.size(); ++i) {
    out += i ? ",\n" : "\n";
    w.article(i);
    if (!after_article()) return false;
  }
  if (!c.articles.empty()) out.push_back('\n');
  out += "]}\n";
  return true;
}

}  // namespace

std::string write_corpus(const Corpus& c) {
  std::string out;
  // One allocation for the whole output. Too small a guess costs a second buffer, a copy of everything written
  // so far and fresh page faults for both (the BBC corpus wrote 7.2 MB into a 6.3 MB guess); room reserved and
  // never written costs only address space. Keys, numbers and evidence per item come on top of the strings.
  const size_t items = c.people.size() + c.figures.size() + c.agreements.size() + c.photos.size();
  out.reserve(c.strings.bytes() + c.strings.bytes() / 4 + 192 * items + 64 * c.evidence.size() +
              256 * c.articles.size() + 256);
  write_document(c, out, [] { return true; });
  return out;
}

bool write_corpus(const Corpus& c, const std::function<bool(std::string_view)>& sink, size_t chunk) {
  std::string out;
  out.reserve(chunk + chunk / 2);  // one buffer, reused: an article rarely passes half a chunk
  const bool whole = write_document(c, out, [&] {
    if (out.size() < chunk) return true;
    if (!sink(out)) return false;
    out.clear();
    return true;
  });
  return whole && sink(out);
}

std::string write_article(const Corpus& c, uint32_t article) {
  std::string out;
  Writer w(c, out);
  w.article(article);
  return out;
}

std::string write_article(const Corpus& c, uint32_t article, std::string_view text_ref) {
  std::string out;
  Writer w(c, out);
  w.article(article, &text_ref);
  return out;
}

std::string write_texts(const Corpus& c, const std::vector<uint32_t>& articles) {
  std::string out;
  Writer w(c, out);
  out += "{\"format\":\"article-json-text\",\"version\":1,\"texts\":[";
  for (size_t i = 0; i < articles.size(); ++i) {
    out += i ? ",\n" : "\n";
    w.text_entry(articles[i]);
  }
  if (!articles.empty()) out.push_back('\n');
  out += "]}\n";
  return out;
}

}  // namespace ae
