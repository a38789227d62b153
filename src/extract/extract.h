// extract.h: raw article text -> ArticleRecord (article JSON v1), by rules and lexicons only.
//
// extract() runs the pipeline paragraphs -> sentences -> tokens -> people, figures, agreements, photos,
// topics (one file per pass in src/extract). Every item comes with an Explanation naming the rule that
// produced it, which `article-prep extract --explain` prints.
#pragma once

#include "core/article.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ae::extract {

// The topic lexicon (assets/topics.json): {"comment":…, "topics":[{"id","label","cues":[…]}]}.
// A cue is a lowercase word or phrase matched on word boundaries; a plain cue also matches its plural
// ("-s"/"-es"); a cue ending in '*' matches any word starting with it ("invest*": investor, investments).
struct Lexicon {
  struct Cue {
    std::vector<std::string> words;  // lowercase; the last may be a prefix
    bool prefix = false;
    uint32_t topic = 0;
  };
  std::vector<TopicRecord> topics;
  std::vector<Cue> cues;
  // Cue indices by the first three bytes of their first word (cue_key), an open-addressing table built by
  // index() (parse_lexicon() calls it) so the topics pass costs one probe per word and nothing per article.
  struct Slot {
    uint32_t key = 0;  // 0: free (cue_key of a non-empty word is never 0)
    uint32_t begin = 0, end = 0;  // into `order`
  };
  std::vector<Slot> slots;
  std::vector<uint32_t> order;
  void index();
  // The cues whose first word starts like `word`, as [begin, end) of `order`; empty when none. Inline: the
  // topics pass asks it for every word, and the call cost about as much as the probe (callgrind).
  std::pair<const uint32_t*, const uint32_t*> candidates(uint32_t key) const;
};
// The home slot of a cue key in Lexicon::slots (mask = size - 1). Bits 32 and up of a 64-bit product depend on
// every bit of the key; the 32-bit product's bits 7-16 (used before) saw only the first two bytes, so the keys of
// "con", "com", "cou", ... all met in one cluster, and the word "the" probed long runs of slots (perf: the probe
// loop was most of the topics pass).
inline size_t cue_slot(uint32_t key, size_t mask) {
  return size_t((uint64_t(key) * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}
inline std::pair<const uint32_t*, const uint32_t*> Lexicon::candidates(uint32_t key) const {
  if (slots.empty()) return {nullptr, nullptr};
  const size_t mask = slots.size() - 1;
  for (size_t i = cue_slot(key, mask);; i = (i + 1) & mask) {
    const Slot& sl = slots[i];
    if (sl.key == key) return {order.data() + sl.begin, order.data() + sl.end};
    if (sl.key == 0) return {nullptr, nullptr};
  }
}
// The first three bytes of a word (fewer for a shorter one) packed with its length class, as by3 keys them.
// (Unrolled: the topics pass computes it for every word, and the loop's bounds tests cost more than the work.)
inline uint32_t cue_key(std::string_view w) {
  const size_t n = w.size();
  const auto byte = [&](size_t i) { return uint32_t(static_cast<unsigned char>(w[i])); };
  if (n >= 3) return (3u << 24) | byte(0) | (byte(1) << 8) | (byte(2) << 16);
  if (n == 2) return (2u << 24) | byte(0) | (byte(1) << 8);
  return n == 1 ? (1u << 24) | byte(0) : 0u;
}
// Parses a lexicon; on failure returns nothing and sets `error`.
std::optional<Lexicon> parse_lexicon(std::string_view json, std::string& error);

struct Explanation {
  std::string kind;  // "person", "mention", "figure", "agreement", "photo"
  std::string id;    // the item's id
  std::string rule;  // e.g. "title:demonym+title+name", "money:symbol+scale"
  std::vector<std::string> notes;  // people: the rule of each mention, in mention order
};

struct ExtractOptions {
  std::string source, url, published;  // defaults when the text has no front matter
  const Lexicon* lexicon = nullptr;     // no lexicon = no topics
  bool explain = false;                 // collect explanations
};

// Why a text is no article. extract() checks all of these itself, so no caller special-cases them.
enum class ExtractError : uint8_t {
  none,
  binary,    // contains NUL bytes
  not_utf8,  // not valid UTF-8 (core/text.h is the one validator)
  blank,     // nothing but whitespace
  no_title,  // no title line (a text of '#'s, front matter only): the rest was still extracted
};
std::string_view to_string(ExtractError e);  // "binary input (contains NUL bytes)", ..., "no title line"

struct ExtractResult {
  ExtractError error = ExtractError::none;
  ArticleRecord article;             // empty unless the text could be read (error none or no_title)
  std::vector<Explanation> explain;  // in item order: people, figures, agreements, photos
  // Limits reached: "figures: stopped at the limit of 5000 per article (kMaxItemsPerKind), ..." (one per kind).
  std::vector<std::string> warnings;
  bool ok() const { return error == ExtractError::none; }
};

// The input checks of extract() alone: valid UTF-8, no NUL, not blank. Returns "" or a message.
std::string check_text(std::string_view text);

// Text -> article, or the reason it is none (ExtractResult::error).
ExtractResult extract(std::string_view text, const ExtractOptions& options);

// The --explain report for one result: each item, its key fields, evidence and rule.
std::string explain_text(const ExtractResult& r);

}  // namespace ae::extract
