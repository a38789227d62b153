// article.h: one article as plain owned records (article JSON v1, docs/article-json.md).
//
// This is the exchange form: article-prep's extractor fills it, the loader parses into it (reusing one
// instance), and Corpus::add() packs it into the compact, indexed model (corpus.h). Records compare with ==,
// which the round-trip and extraction tests rely on.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ae {

// Where an item was found: a paragraph index and UTF-8 byte spans inside that paragraph's text
// ([begin, end), end exclusive). `sentence` contains `match`.
struct Span {
  uint32_t begin = 0, end = 0;
  bool operator==(const Span&) const = default;
};
struct Evidence {
  uint32_t paragraph = 0;
  Span sentence;
  Span match;
  bool operator==(const Evidence&) const = default;
};

enum class FigureKind : uint8_t { money, percent, count, measure };
enum class AgreementStatus : uint8_t { signed_, agreed, planned, discussed };

std::string_view to_string(FigureKind k);
std::string_view to_string(AgreementStatus s);
bool parse_figure_kind(std::string_view s, FigureKind& out);
bool parse_agreement_status(std::string_view s, AgreementStatus& out);

struct TopicRecord {
  std::string id;     // [a-z0-9-]+, e.g. "human-rights"
  std::string label;  // "Human rights"
  bool operator==(const TopicRecord&) const = default;
};

struct PersonRecord {
  std::string id;  // "p-" + slug(name), see docs/article-json.md
  std::string name, role, affiliation;  // role/affiliation may be empty
  std::vector<Evidence> mentions;       // first mention first; at least one
  std::vector<std::string> topics;      // topic ids
  bool operator==(const PersonRecord&) const = default;
};

struct FigureRecord {
  std::string id;         // "f-" + slug(text)
  std::string text;       // as written: "nearly $31.23 billion"
  double value = 0;       // normalised: 31.23e9 (finite)
  std::string unit;       // ISO 4217 code, "%", "km", "mi", or the counted noun ("children")
  FigureKind kind = FigureKind::count;
  std::string qualifier;  // "more than", "nearly", "almost", ... or empty
  std::string subject;    // what is counted or priced, e.g. "bilateral trade"; may be empty
  Evidence evidence;
  std::vector<std::string> topics;
  bool operator==(const FigureRecord&) const = default;
};

struct AgreementRecord {
  std::string id;     // "ag-" + slug(title)
  std::string title;  // short noun phrase: "open skies agreement"
  std::string kind;   // agreement / memorandum / partnership / deal / program / contract / treaty / ...
  std::vector<std::string> parties;  // countries and organisations, as named
  AgreementStatus status = AgreementStatus::discussed;
  std::string figure;  // id of a figure in the same article, or empty
  Evidence evidence;
  std::vector<std::string> topics;
  bool operator==(const AgreementRecord&) const = default;
};

struct PhotoRecord {
  std::string id;  // "ph-" + slug of the caption's first words
  std::string caption, credit;
  std::vector<std::string> people;  // person ids in the same article
  std::string src;                  // optional image URL
  Evidence evidence;
  std::vector<std::string> topics;
  bool operator==(const PhotoRecord&) const = default;
};

struct ArticleRecord {
  std::string id;  // "a-" + 16 hex digits of FNV-1a 64 over source + "\n" + title
  std::string title, source, url, published;  // all but title optional (empty = absent)
  // Where `published` was read in the text (a dateline: "ANKARA, May 10 (Xinhua) --"); absent when it came from
  // metadata (front matter, HTML, a JSON-lines field). Its match is the date as written.
  std::optional<Evidence> published_evidence;
  std::vector<std::string> paragraphs;         // body paragraphs; the title is not paragraph 0
  // Relative path of the text file holding the paragraphs ("texts-00003.json"), or empty when the text is
  // inline. A document article has one or the other, never both (docs/article-json.md "Text files").
  std::string text_ref;
  std::vector<std::string> topics;             // topic ids
  std::vector<PersonRecord> people;
  std::vector<AgreementRecord> agreements;
  std::vector<FigureRecord> figures;
  std::vector<PhotoRecord> photos;
  bool operator==(const ArticleRecord&) const = default;
  void clear();  // empties every field but keeps capacity (the loader reuses one record)
};

// ---- ids (docs/article-json.md "Identifiers")
// slug: lowercase ASCII letters and digits of the text, other runs collapsed to one '-', trimmed, at most
// 48 bytes, cut at a '-' when possible. Non-ASCII letters are folded (see text.h) before slugging.
std::string slug(std::string_view text);
uint64_t fnv1a64(std::string_view bytes, uint64_t seed = 0xcbf29ce484222325ull);
std::string article_id(std::string_view source, std::string_view title);
// Makes item ids unique within an article: a repeated id gets "-2", "-3", ... in document order. Hash-based, so
// thousands of equal slugs (hostile text) stay linear.
class UniqueIds {
 public:
  std::string make(std::string id);

 private:
  bool take(const std::string& id);  // false when already taken
  // The first ids in a list (an article has a few of each kind) are compared one by one: hashing each into a
  // node-based set cost more than the comparisons. Past kFew the set takes over, so hostile text stays linear.
  static constexpr size_t kFew = 16;
  std::vector<std::string> few_;
  std::unordered_set<std::string> taken_;
  std::unordered_map<std::string, unsigned> next_;  // next counter to try per base id
};

// Base item ids before UniqueIds::make(): "p-" + slug(name), "f-" + slug(text), "ag-" + slug(title),
// "ph-" + slug(first 6 words of the caption).
std::string person_id(std::string_view name);
std::string figure_id(std::string_view text);
std::string agreement_id(std::string_view title);
std::string photo_id(std::string_view caption);
// The first `n` whitespace-separated words of `text` (leading whitespace skipped), as a view into it.
std::string_view first_words(std::string_view text, size_t n);

}  // namespace ae
