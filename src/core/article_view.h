// article_view.h: one article as views into bytes that outlive it, the loader's form of an ArticleRecord.
//
// CorpusLoader::load parses each article into one reused ArticleView whose strings point into its input (or,
// for a string with escapes, into simdjson's string buffer, which lives until the next document), checks it
// with the same rules as a record (json_detail::check_article) and packs it with Corpus::add(). Each string
// is thus copied once, from the input into the corpus's pool; an ArticleRecord would copy it twice and grow
// its strings' buffers along the way. Same fields and meaning as the records in article.h.
#pragma once

#include "core/article.h"

#include <optional>
#include <string_view>
#include <vector>

namespace ae {

struct PersonView {
  std::string_view id, name, role, affiliation;
  std::vector<Evidence> mentions;
  std::vector<std::string_view> topics;
};

struct FigureView {
  std::string_view id, text;
  double value = 0;
  std::string_view unit;
  FigureKind kind = FigureKind::count;
  std::string_view qualifier, subject;
  Evidence evidence;
  std::vector<std::string_view> topics;
};

struct AgreementView {
  std::string_view id, title, kind;
  std::vector<std::string_view> parties;
  AgreementStatus status = AgreementStatus::discussed;
  std::string_view figure;
  Evidence evidence;
  std::vector<std::string_view> topics;
};

struct PhotoView {
  std::string_view id, caption, credit;
  std::vector<std::string_view> people;
  std::string_view src;
  Evidence evidence;
  std::vector<std::string_view> topics;
};

struct ArticleView {
  std::string_view id, title, source, url, published;
  std::optional<Evidence> published_evidence;
  std::vector<std::string_view> paragraphs;
  std::string_view text_ref;
  std::vector<std::string_view> topics;
  std::vector<PersonView> people;
  std::vector<AgreementView> agreements;
  std::vector<FigureView> figures;
  std::vector<PhotoView> photos;
};

}  // namespace ae
