// json_validate.cpp: the per-article invariants of article JSON v1 (docs/article-json.md "Validity rules"),
// shared by the loader and by producers (article-prep checks what it extracted before writing).
#include "core/bytes.h"
#include "core/json.h"
#include "core/json_internal.h"
#include "core/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ae {

std::string LoadError::to_string() const {
  std::string s;
  if (!file.empty()) s += file + ":";
  s += std::to_string(offset) + ": ";
  if (!path.empty()) s += path + ": ";
  s += message;
  return s;
}

namespace json_detail {

std::string quote(std::string_view s) {
  constexpr size_t kMax = 60;
  bool cut = false;
  if (s.size() > kMax) {
    size_t n = kMax;
    while (n > 0 && !is_utf8_boundary(s, n)) --n;
    s = s.substr(0, n);
    cut = true;
  }
  std::string out;
  append_json_string(out, s);
  if (cut) out.insert(out.size() - 1, "...");
  return out;
}

// Every id of every item passes through these on load: a plain loop with the test inlined (std::all_of with a
// function pointer was a call per byte).
static inline bool is_slug_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }
static inline bool all_slug_chars(std::string_view s) {
  for (char c : s)
    if (!is_slug_char(c)) return false;
  return true;
}

bool is_topic_id(std::string_view s) { return !s.empty() && all_slug_chars(s); }

bool is_article_id(std::string_view s) {
  if (s.size() != 18 || s[0] != 'a' || s[1] != '-') return false;
  return std::all_of(s.begin() + 2, s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool is_item_id(std::string_view s, std::string_view prefix) {
  // same_bytes, not ==: a string_view comparison is an out-of-line memcmp call in wasm32, for every item.
  return s.size() > prefix.size() && same_bytes(s.data(), prefix.data(), prefix.size()) &&
         all_slug_chars(s.substr(prefix.size()));
}

namespace {

std::string at(std::string_view list, size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }
std::string span_text(Span s) { return "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + "]"; }

// Checks one evidence; on failure returns the offending field's suffix (".match") and the message. Paths
// are only built on failure: this runs for every item of every article the loader reads.
// An article with a textRef has no paragraphs yet: its spans are checked for shape only here, and against
// the text when load_texts() attaches it (by running check_article() on the record with the paragraphs).
template <class A>
std::optional<ArticleIssue> check_evidence(const A& a, const Evidence& e) {
  if (!a.text_ref.empty()) {
    if (e.sentence.begin > e.sentence.end)
      return ArticleIssue{".sentence", "expected a span with begin <= end, found " + span_text(e.sentence)};
    if (e.match.begin > e.match.end || e.match.begin < e.sentence.begin || e.match.end > e.sentence.end)
      return ArticleIssue{".match",
                          "expected a span inside the sentence " + span_text(e.sentence) + ", found " + span_text(e.match)};
    return std::nullopt;
  }
  if (e.paragraph >= a.paragraphs.size())
    return ArticleIssue{".paragraph", "expected a paragraph index below " + std::to_string(a.paragraphs.size()) +
                                          ", found " + std::to_string(e.paragraph)};
  const std::string_view p = a.paragraphs[e.paragraph];
  if (e.sentence.begin > e.sentence.end || e.sentence.end > p.size())
    return ArticleIssue{".sentence", "expected a span inside the paragraph's " + std::to_string(p.size()) +
                                         " bytes, found " + span_text(e.sentence)};
  if (e.match.begin > e.match.end || e.match.begin < e.sentence.begin || e.match.end > e.sentence.end)
    return ArticleIssue{".match",
                        "expected a span inside the sentence " + span_text(e.sentence) + ", found " + span_text(e.match)};
  if (!is_utf8_boundary(p, e.sentence.begin) || !is_utf8_boundary(p, e.sentence.end))
    return ArticleIssue{".sentence", "expected a span on UTF-8 character boundaries, found " + span_text(e.sentence)};
  if (!is_utf8_boundary(p, e.match.begin) || !is_utf8_boundary(p, e.match.end))
    return ArticleIssue{".match", "expected a span on UTF-8 character boundaries, found " + span_text(e.match)};
  return std::nullopt;
}

std::optional<ArticleIssue> prefixed(std::optional<ArticleIssue> issue, std::string_view prefix) {
  if (issue) issue->path.insert(0, prefix);
  return issue;
}

// On failure the path is relative to the item: "topics[1]".
template <class V>
std::optional<ArticleIssue> check_topics(const V& topics) {
  for (size_t i = 0; i < topics.size(); ++i)
    if (!is_topic_id(topics[i]))
      return ArticleIssue{at("topics", i), "expected a topic id ([a-z0-9-]+), found " + quote(topics[i])};
  return std::nullopt;
}

std::optional<ArticleIssue> non_empty(std::string_view s, const char* field) {
  if (s.empty()) return ArticleIssue{field, "expected a non-empty string, found \"\""};
  return std::nullopt;
}

// Every string of the record, in document order, for the UTF-8 check.
template <class A>
std::optional<ArticleIssue> check_strings_utf8(const A& a) {
  std::optional<ArticleIssue> bad;
  auto check = [&](std::string_view s, const auto& path_fn) {
    if (bad) return;
    size_t off = find_invalid_utf8(s);
    if (off != std::string_view::npos) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned>(static_cast<unsigned char>(s[off])));
      bad = ArticleIssue{path_fn(), "expected valid UTF-8, found byte " + std::string(hex) + " at byte " + std::to_string(off)};
    }
  };
  auto lit = [](const char* p) { return [p] { return std::string(p); }; };
  // Paths are built only for a string that fails: an article has hundreds of strings and they are all checked.
  auto list = [&](const auto& v, const auto& base) {
    for (size_t i = 0; i < v.size(); ++i) check(v[i], [&] { return at(base(), i); });
  };
  check(a.id, lit("id"));
  check(a.title, lit("title"));
  check(a.source, lit("source"));
  check(a.url, lit("url"));
  check(a.published, lit("published"));
  list(a.paragraphs, lit("paragraphs"));
  check(a.text_ref, lit("textRef"));
  list(a.topics, lit("topics"));
  for (size_t i = 0; i < a.people.size(); ++i) {
    const auto& p = a.people[i];
    auto b = [&] { return at("people", i); };
    check(p.id, [&] { return b() + ".id"; });
    check(p.name, [&] { return b() + ".name"; });
    check(p.role, [&] { return b() + ".role"; });
    check(p.affiliation, [&] { return b() + ".affiliation"; });
    list(p.topics, [&] { return b() + ".topics"; });
  }
  for (size_t i = 0; i < a.agreements.size(); ++i) {
    const auto& g = a.agreements[i];
    auto b = [&] { return at("agreements", i); };
    check(g.id, [&] { return b() + ".id"; });
    check(g.title, [&] { return b() + ".title"; });
    check(g.kind, [&] { return b() + ".kind"; });
    list(g.parties, [&] { return b() + ".parties"; });
    check(g.figure, [&] { return b() + ".figure"; });
    list(g.topics, [&] { return b() + ".topics"; });
  }
  for (size_t i = 0; i < a.figures.size(); ++i) {
    const auto& f = a.figures[i];
    auto b = [&] { return at("figures", i); };
    check(f.id, [&] { return b() + ".id"; });
    check(f.text, [&] { return b() + ".text"; });
    check(f.unit, [&] { return b() + ".unit"; });
    check(f.qualifier, [&] { return b() + ".qualifier"; });
    check(f.subject, [&] { return b() + ".subject"; });
    list(f.topics, [&] { return b() + ".topics"; });
  }
  for (size_t i = 0; i < a.photos.size(); ++i) {
    const auto& p = a.photos[i];
    auto b = [&] { return at("photos", i); };
    check(p.id, [&] { return b() + ".id"; });
    check(p.caption, [&] { return b() + ".caption"; });
    check(p.credit, [&] { return b() + ".credit"; });
    list(p.people, [&] { return b() + ".people"; });
    check(p.src, [&] { return b() + ".src"; });
    list(p.topics, [&] { return b() + ".topics"; });
  }
  return bad;
}

constexpr size_t kMaxTextRef = 1024;

// A path the browser fetches relative to the manifest: [A-Za-z0-9._/-], not absolute, no ".." segment.
bool is_text_ref(std::string_view s) {
  if (s.empty() || s.size() > kMaxTextRef || s.front() == '/') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
          c == '/' || c == '-'))
      return false;
  for (size_t begin = 0; begin <= s.size();) {
    size_t end = s.find('/', begin);
    if (end == std::string_view::npos) end = s.size();
    if (s.substr(begin, end - begin) == "..") return false;
    begin = end + 1;
  }
  return true;
}

struct IdRef {
  std::string_view id;
  uint32_t order;  // document order across kinds: people, agreements, figures, photos
};

// check_article() for either form of an article (ArticleRecord, ArticleView).
template <class A>
std::optional<ArticleIssue> check_article_impl(const A& a, bool check_utf8) {
  if (check_utf8)
    if (auto bad = check_strings_utf8(a)) return bad;
  if (!is_article_id(a.id))
    return ArticleIssue{"id", "expected an article id (\"a-\" and 16 lowercase hex digits), found " + quote(a.id)};
  if (auto bad = non_empty(a.title, "title")) return bad;
  if (!a.text_ref.empty()) {
    if (!a.paragraphs.empty())
      return ArticleIssue{"textRef", "expected either \"paragraphs\" or \"textRef\", found both"};
    if (!is_text_ref(a.text_ref))
      return ArticleIssue{"textRef", "expected a relative text file path (at most " + std::to_string(kMaxTextRef) +
                                         " bytes of [A-Za-z0-9._/-], no leading '/', no \"..\" segment), found " +
                                         quote(a.text_ref)};
  }
  if (auto bad = check_topics(a.topics)) return bad;
  if (a.published_evidence) {
    if (a.published.empty())
      return ArticleIssue{"publishedEvidence", "expected \"published\" with its evidence, found no published date"};
    if (auto bad = check_evidence(a, *a.published_evidence))
      return ArticleIssue{"publishedEvidence" + bad->path, bad->message};
  }

  // Item ids: well formed, then unique across all four kinds (beyond a few items, a sort keeps this O(n log n)).
  struct Where {
    const char* list;
    size_t index;
    std::string path() const { return at(list, index); }
  };
  thread_local std::vector<IdRef> ids;
  thread_local std::vector<Where> where;  // by order
  ids.clear();
  where.clear();
  auto collect = [&](const auto& items, const char* list, std::string_view prefix, const char* what)
      -> std::optional<ArticleIssue> {
    for (size_t i = 0; i < items.size(); ++i) {
      if (!is_item_id(items[i].id, prefix))
        return ArticleIssue{at(list, i) + ".id", std::string("expected a ") + what + " id (\"" + std::string(prefix) +
                                                     "\" followed by [a-z0-9-]), found " + quote(items[i].id)};
      ids.push_back({items[i].id, static_cast<uint32_t>(where.size())});
      where.push_back({list, i});
    }
    return std::nullopt;
  };
  if (auto bad = collect(a.people, "people", "p-", "person")) return bad;
  if (auto bad = collect(a.agreements, "agreements", "ag-", "agreement")) return bad;
  if (auto bad = collect(a.figures, "figures", "f-", "figure")) return bad;
  if (auto bad = collect(a.photos, "photos", "ph-", "photo")) return bad;
  uint32_t dup = UINT32_MAX, first = 0;
  std::string_view dup_id;
  if (ids.size() <= 32) {
    // Few items, the usual case: pairs in document order (ids[k].order == k here) find the same pair as the
    // sort below, the earliest repeat and the first occurrence of its id, and most pairs differ in length, so
    // this costs less than the sort's full comparisons (it runs for every article the loader reads).
    for (size_t j = 1; j < ids.size() && dup == UINT32_MAX; ++j)
      for (size_t i = 0; i < j; ++i)
        if (ids[i].id.size() == ids[j].id.size() && same_bytes(ids[i].id.data(), ids[j].id.data(), ids[i].id.size())) {
          dup = ids[j].order;
          first = ids[i].order;
          dup_id = ids[j].id;
          break;
        }
  } else {
    std::sort(ids.begin(), ids.end(), [](const IdRef& x, const IdRef& y) {
      return x.id != y.id ? x.id < y.id : x.order < y.order;
    });
    for (size_t i = 1; i < ids.size(); ++i) {
      if (ids[i].id == ids[i - 1].id && ids[i].order < dup) {
        dup = ids[i].order;
        dup_id = ids[i].id;
        size_t j = i - 1;
        while (j > 0 && ids[j - 1].id == ids[i].id) --j;
        first = ids[j].order;
      }
    }
  }
  if (dup != UINT32_MAX)
    return ArticleIssue{where[dup].path() + ".id", "expected a unique item id, found " + quote(dup_id) +
                                                       " again (first at " + where[first].path() + ")"};

  for (size_t i = 0; i < a.people.size(); ++i) {
    const auto& p = a.people[i];
    auto bad = non_empty(p.name, ".name");
    if (!bad && p.mentions.empty()) bad = ArticleIssue{".mentions", "expected at least one mention, found none"};
    for (size_t m = 0; !bad && m < p.mentions.size(); ++m)
      if (auto issue = check_evidence(a, p.mentions[m])) bad = prefixed(std::move(issue), at(".mentions", m));  // the path only on failure
    if (!bad) bad = prefixed(check_topics(p.topics), ".");
    if (bad) return prefixed(bad, at("people", i));
  }
  // Figure ids sorted once, for the agreement references; only when an agreement names a figure (the sort
  // was a tenth of this check, run for every article the loader reads).
  thread_local std::vector<std::string_view> figure_ids;
  figure_ids.clear();
  if (std::any_of(a.agreements.begin(), a.agreements.end(), [](const auto& g) { return !g.figure.empty(); })) {
    for (const auto& f : a.figures) figure_ids.push_back(f.id);
    std::sort(figure_ids.begin(), figure_ids.end());
  }
  for (size_t i = 0; i < a.agreements.size(); ++i) {
    const auto& g = a.agreements[i];
    auto bad = non_empty(g.title, ".title");
    if (!bad && !g.figure.empty() &&
        !std::binary_search(figure_ids.begin(), figure_ids.end(), std::string_view(g.figure)))
      bad = ArticleIssue{".figure", "expected the id of a figure in this article, found " + quote(g.figure)};
    if (!bad) bad = prefixed(check_evidence(a, g.evidence), ".evidence");
    if (!bad) bad = prefixed(check_topics(g.topics), ".");
    if (bad) return prefixed(bad, at("agreements", i));
  }
  for (size_t i = 0; i < a.figures.size(); ++i) {
    const auto& f = a.figures[i];
    auto bad = non_empty(f.text, ".text");
    if (!bad && !std::isfinite(f.value))
      bad = ArticleIssue{".value", "expected a finite number, found a non-finite value"};
    if (!bad) bad = prefixed(check_evidence(a, f.evidence), ".evidence");
    if (!bad) bad = prefixed(check_topics(f.topics), ".");
    if (bad) return prefixed(bad, at("figures", i));
  }
  // Person ids sorted once, for the photo references; only when a photo names people.
  thread_local std::vector<std::string_view> person_ids;
  person_ids.clear();
  if (std::any_of(a.photos.begin(), a.photos.end(), [](const auto& p) { return !p.people.empty(); })) {
    for (const auto& p : a.people) person_ids.push_back(p.id);
    std::sort(person_ids.begin(), person_ids.end());
  }
  for (size_t i = 0; i < a.photos.size(); ++i) {
    const auto& p = a.photos[i];
    auto bad = non_empty(p.caption, ".caption");
    for (size_t j = 0; !bad && j < p.people.size(); ++j)
      if (!std::binary_search(person_ids.begin(), person_ids.end(), std::string_view(p.people[j])))
        bad = ArticleIssue{at(".people", j), "expected the id of a person in this article, found " + quote(p.people[j])};
    if (!bad) bad = prefixed(check_evidence(a, p.evidence), ".evidence");
    if (!bad) bad = prefixed(check_topics(p.topics), ".");
    if (bad) return prefixed(bad, at("photos", i));
  }
  return std::nullopt;
}

}  // namespace

std::optional<ArticleIssue> check_article(const ArticleRecord& a, bool check_utf8) { return check_article_impl(a, check_utf8); }
std::optional<ArticleIssue> check_article(const ArticleView& a, bool check_utf8) { return check_article_impl(a, check_utf8); }

}  // namespace json_detail

std::optional<std::string> validate_article(const ArticleRecord& a) {
  auto issue = json_detail::check_article(a, true);
  if (!issue) return std::nullopt;
  return issue->path + ": " + issue->message;
}

}  // namespace ae
