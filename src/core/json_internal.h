// json_internal.h: pieces shared by the article JSON loader, validator and writer (not a public API).
#pragma once

#include "core/article.h"
#include "core/article_view.h"

#include <optional>
#include <string>
#include <string_view>

namespace ae::json_detail {

// A broken invariant in one article: `path` is relative to the article ("figures[2].evidence.match").
struct ArticleIssue {
  std::string path;
  std::string message;
};

// The checks behind validate_article(). The loader passes check_utf8 = false because it has already
// validated the whole input.
std::optional<ArticleIssue> check_article(const ArticleRecord& a, bool check_utf8);
std::optional<ArticleIssue> check_article(const ArticleView& a, bool check_utf8);  // the loader's form

// `s` as a JSON string for messages, shortened to about 60 bytes (cut on a character boundary).
std::string quote(std::string_view s);

bool is_topic_id(std::string_view s);       // [a-z0-9-]+
bool is_article_id(std::string_view s);     // "a-" + 16 lowercase hex digits
bool is_item_id(std::string_view s, std::string_view prefix);  // prefix + [a-z0-9-]+

}  // namespace ae::json_detail
