// session_internal.h: what loading.cpp and session.cpp share and nobody else needs.
#pragma once

#include "session/session.h"

namespace ae::session {

// Request ids: the font, the corpus (or manifest), the manifest's index, one per shard, one per text file.
inline constexpr uint32_t kFontRequest = 1;
inline constexpr uint32_t kCorpusRequest = 2;
inline constexpr uint32_t kIndexRequest = 3;
inline constexpr uint32_t kShardBase = 0x100000;
inline constexpr uint32_t kTextBase = 0x40000000;
inline constexpr uint32_t kExtractBase = 0x20000000;  // My articles: one per file sent to the extractor
inline constexpr uint32_t kPackBase = 0x30000000;     // "Copy link with the article": packing, and unpacking a doc=
inline constexpr const char* kFontUrl = "fonts/ui.ttf";
inline constexpr uint32_t kShardsInFlight = 4;  // hides network and frame time; each arrival is parsed between frames

inline void touch(Session& s) { ++s.revision; }  // the published state may have changed
void reset_view(Session& s);                     // a new corpus: no filters, no selection, default sorts
// Applies a decoded link (ids resolved against what is loaded); while its article is still streaming, it
// waits in s.pending_link and is applied again as shards arrive.
void apply_link(Session& s, DecodedView link, std::string_view fragment);
bool link_waits_for_stream(const Session& s, const View& v);
void apply_my_articles(Session& s, const Intents& in);  // my_articles.cpp: add_texts, show_mine, clear_mine_messages
void prioritise_link_shards(Session& s, const View& v);

}  // namespace ae::session
