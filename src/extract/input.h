// input.h: a file as it arrives (name + bytes) -> the plain article text extract() reads.
//
// One code path for `article-prep extract` and the web app's "My articles": both call prepare_input() and then
// extract() on its text, so the same file gives the same article byte for byte.
//
//   encodings  UTF-8 (with or without a byte order mark), UTF-16 LE/BE with a byte order mark, and anything else
//              that is not valid UTF-8 read as Windows-1252 (a superset of Latin-1). NUL bytes without a UTF-16
//              byte order mark stay: extract() refuses such input as binary.
//   formats    by file name (.html/.htm/.xhtml, .md/.markdown, anything else is text), and a text that starts with
//              "<!DOCTYPE html" or "<html" is HTML whatever its name (a pasted page).
//   HTML       parsed with HTML Tidy (html.cpp); title, body, figure captions, date and canonical address become
//              front matter and paragraphs (see html.cpp's header).
//   Markdown   markup removed: links keep their words, images are dropped (their alt text is no caption).
// The result is the article-prep text layout (docs/article-json.md, "Text input"): an optional front matter
// block, a title line, paragraphs separated by blank lines, captions as "Caption. Photo credit: X." paragraphs.
#pragma once

#include <string>
#include <string_view>

namespace ae::extract {

enum class InputFormat : uint8_t { text, markdown, html };

struct PreparedInput {
  InputFormat format = InputFormat::text;
  std::string encoding;  // "UTF-8", "UTF-8 with byte order mark", "UTF-16LE", "UTF-16BE", "Windows-1252"
  std::string text;      // UTF-8 article text for extract() (the raw bytes when nothing needed changing)
  // One line for --explain and the page: "HTML, decoded from Windows-1252". "" for plain UTF-8 text.
  std::string note() const;
};

std::string_view to_string(InputFormat f);  // "text", "Markdown", "HTML"
InputFormat format_for(std::string_view name, std::string_view utf8_text);

// Decodes `bytes` (see the header) and converts HTML or Markdown to article text. Never fails: what cannot be
// an article (binary, blank) is left for extract() to refuse with its ExtractError.
PreparedInput prepare_input(std::string_view name, std::string_view bytes);

// One file -> a one-article article JSON document, by exactly the steps of `article-prep extract` for one file:
// prepare_input(), extract() with `lexicon` (its topics declared first, as --topics does), validate_article(),
// write_corpus(). The web app's extractor worker runs this; My articles take the article from the document.
// On failure returns "" with `error` ("binary input (contains NUL bytes)", ...); `note` is PreparedInput::note().
std::string extract_file_document(std::string_view name, std::string_view bytes, const struct Lexicon* lexicon,
                                  std::string& note, std::string& error);

// The pieces, for tests.
std::string decode_to_utf8(std::string_view bytes, std::string& encoding);
std::string html_to_text(std::string_view utf8_html);
std::string markdown_to_text(std::string_view utf8_markdown);

}  // namespace ae::extract
