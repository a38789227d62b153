// json_load_texts.cpp: loading a text file (format "article-json-text", docs/article-json.md "Text files")
// with CorpusLoader::load_texts: the paragraphs of stripped articles, checked against their evidence spans
// before anything is attached.
#include "core/json_loader.h"

namespace ae {

bool CorpusLoader::Impl::parse_text_entry(od::value& v, uint32_t depth, size_t index, const Corpus& c) {
  uint64_t offset = offset_of(v);
  od::object obj;
  if (!open_object(v, depth, obj)) return false;
  uint64_t bits = 0, id_offset = offset, paragraphs_offset = offset;
  std::string id;
  const size_t pool_mark = text_pool.size(), first = text_paragraphs.size();
  bool ok = each_field(obj, [&](std::string_view key, od::value& x) {
    if (is_key(key, "id")) {
      id_offset = offset_of(x);
      return seen(bits, kId, x, key) && read_string(x, id);
    }
    if (is_key(key, "paragraphs")) {
      paragraphs_offset = offset_of(x);
      if (!seen(bits, kParagraphs, x, key)) return false;
      od::array arr;
      if (!open_array(x, depth + 1, arr)) return false;
      return each_element(arr, [&](size_t, od::value& y) {
        std::string_view p;
        if (!read_string_view(y, p)) return false;
        text_paragraphs.emplace_back(text_pool.size(), p.size());
        text_pool.append(p);
        return true;
      });
    }
    return skip_unknown(x, depth + 1);
  });
  if (!ok || !require(bits, kId | kParagraphs, offset)) return false;
  auto [it, inserted] = text_ids.try_emplace(id, index);
  if (!inserted)
    return fail_inner(id_offset, "id", "expected a unique article id, found " + quote(id) + " again (first at texts[" +
                                           std::to_string(it->second) + "])");
  auto article = c.find_article(id);
  if (!article || c.articles[*article].text_ref.len == 0 || c.articles[*article].paragraphs.count != 0) {
    text_pool.resize(pool_mark);  // not ours to fill: skipped
    text_paragraphs.resize(first);
    return true;
  }
  // The article's spans against this text, with the same checks as an inline article.
  rec = c.record(*article);
  rec.text_ref.clear();
  rec.paragraphs.clear();
  for (size_t k = first; k < text_paragraphs.size(); ++k)
    rec.paragraphs.emplace_back(text_pool, text_paragraphs[k].first, text_paragraphs[k].second);
  if (auto issue = json_detail::check_article(rec, false))
    return fail_inner(paragraphs_offset, "paragraphs",
                      "expected paragraphs that fit the evidence of article " + quote(id) + ", found " + issue->path +
                          ": " + issue->message);
  texts.push_back({*article, static_cast<uint32_t>(first), static_cast<uint32_t>(text_paragraphs.size() - first)});
  return true;
}

bool CorpusLoader::Impl::parse_texts_document(const Corpus& c, const LoadOptions& options) {
  od::document doc;
  od::object root;
  if (!open_root(doc, root, options)) return false;
  uint64_t bits = 0;
  bool ok = each_field(root, [&](std::string_view key, od::value& x) {
    if (is_key(key, "format")) return seen(bits, kFormat, x, key) && read_format(x, "article-json-text");
    if (is_key(key, "version")) return seen(bits, kVersion, x, key) && read_version(x);
    if (is_key(key, "texts")) {
      if (!seen(bits, kTexts, x, key)) return false;
      od::array arr;
      if (!open_array(x, 2, arr)) return false;
      return each_element(arr, [&](size_t n, od::value& y) { return parse_text_entry(y, 3, n, c); });
    }
    return skip_unknown(x, 2);
  });
  if (!ok) return false;
  if (!(bits & kFormat)) return fail(first_byte, "missing required field \"format\"");
  if (!(bits & kVersion)) return fail(first_byte, "missing required field \"version\"");
  const char* rest = nullptr;
  if (doc.current_location().get(rest) == simdjson::SUCCESS)
    return fail(offset_of(rest), "expected end of input, found " + describe_byte(input, offset_of(rest)));
  return true;
}

std::optional<LoadError> CorpusLoader::load_texts(std::string_view json, Corpus& c, std::vector<uint32_t>* filled,
                                                  const LoadOptions& options) {
  if (size_t bom = skip_bom(json)) return at_file_offset(load_texts(json, c, filled, options), bom);
  Impl& m = *impl_;
  if (auto e = m.begin(json, options)) return e;
  m.copy_padded(json);
  m.texts.clear();
  m.text_pool.clear();
  m.text_paragraphs.clear();
  m.text_ids.clear();
  if (!m.parse_texts_document(c, options)) {
    m.texts.clear();
    m.text_pool.clear();
    m.text_paragraphs.clear();
    m.text_ids.clear();
    return m.take_error();
  }
  // Everything checked: attach.
  for (const Impl::PendingText& t : m.texts) {
    Article& a = c.articles[t.article];
    a.paragraphs = {static_cast<uint32_t>(c.strs.size()), t.count};
    for (uint32_t k = t.first; k < t.first + t.count; ++k) {
      auto [off, len] = m.text_paragraphs[k];
      c.strs.push_back(c.strings.add(std::string_view(m.text_pool).substr(off, len)));
    }
    if (filled) filled->push_back(t.article);
  }
  m.texts.clear();
  m.text_pool.clear();
  m.text_pool.shrink_to_fit();
  m.text_paragraphs.clear();
  m.text_ids.clear();
  return std::nullopt;
}

}  // namespace ae
