// view_link.h: the shareable-link codec (docs/links.md). A View becomes a URL fragment and back:
//
//   #v=1&panel=figures&topics=trade,investment&q=billion&kinds=money&article=a-…&sel=a-…/f-2-1-billion&sort=value-
//
// Decoding never fails: whatever is malformed, unknown, too long or names something the corpus lacks is
// dropped and described in `ignored`, and the rest is applied. No browser code here.
#pragma once

#include "core/corpus.h"
#include "core/query.h"
#include "core/view.h"

#include <string>
#include <string_view>
#include <vector>

namespace ae {

inline constexpr int kViewLinkVersion = 1;
inline constexpr size_t kMaxFragmentBytes = 8192;  // the rest of a longer fragment is ignored
inline constexpr size_t kMaxValueBytes = 1024;     // one decoded value (e.g. q) longer than this is ignored
inline constexpr const char* kLedgerPanel = "ledger";  // panel=ledger: the figure ledger (View::ledger)

// "#v=1&…"; parameters equal to their default are omitted.
std::string encode_view(const View& v);

struct DecodedView {
  View view;
  std::vector<std::string> ignored;  // human-readable: "unknown key 'foo'", "bad %-escape in q", …
};
// `fragment` may start with '#'. An empty fragment gives the default view with nothing ignored.
DecodedView decode_view(std::string_view fragment);

// A View bound to a corpus: indices instead of ids. Unknown topics, articles and items are dropped and
// described in `ignored`.
struct ResolvedView {
  ItemKind panel = ItemKind::person;
  Query query;
  bool has_selection = false;
  ItemKind sel_kind = ItemKind::person;
  uint32_t sel_index = 0;
  Sort sort;
  bool by_person = false;
  bool ledger = false;  // the figure ledger panel (panel is figure)
  bool operator==(const ResolvedView&) const = default;
};
ResolvedView resolve_view(const Corpus& c, const View& v, std::vector<std::string>& ignored);
// The other way: a view bound to `c`, in ids again (what a link carries). describe_view(c, resolve_view(c, v, …))
// gives v back for any v that resolved with nothing ignored. A link parameter is added in View, encode/decode,
// resolve_view and describe_view; the session and the state JSON take it from there.
View describe_view(const Corpus& c, const ResolvedView& r);

// The view as JSON object members for the automation state (docs/automation.md), each preceded by a comma:
// ,"topics":[…],"query":"…","figureKinds":[…],"article":"…","sort":{"column":"…","descending":false}
// (the selection is the caller's: it also names the item's kind).
void append_view_json(std::string& out, const View& v);

// Removes every `key=value` parameter from `fragment` and returns the first one's value as it was on the wire
// (not %-decoded); "" when there is none. For a parameter that is not part of the view: `doc=`, the article a
// "Copy link with the article" link carries (session/my_articles.cpp), which is longer than kMaxFragmentBytes.
std::string take_link_param(std::string& fragment, std::string_view key);

// Percent-encoding per RFC 3986: unreserved bytes stay, everything else is %XX (UTF-8 bytes).
std::string percent_encode(std::string_view s);
// false on a broken escape ('%', '%4', '%zz'); `out` then holds nothing useful.
bool percent_decode(std::string_view s, std::string& out);

}  // namespace ae
