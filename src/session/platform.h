// platform.h: what the session needs from its host, and nothing else: fetch, time, the address bar and
// history, the clipboard, downloads, images and the file picker. The web app implements it in
// src/app/platform_web.cpp (EM_JS); tests/session/fake_platform.h records the calls and lets a test answer them.
// Results come back through the session's on_* functions (session.h), always between frames.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ae::session {

class Platform {
 public:
  virtual ~Platform() = default;
  // An asynchronous GET of `url` (relative to the page); the answer arrives through on_fetch_done (and
  // on_fetch_progress while a big body streams, when `progress`).
  virtual void fetch(uint32_t request_id, std::string_view url, bool progress) = 0;
  virtual double now_ms() = 0;                            // a monotonic clock in milliseconds
  virtual void mark(std::string_view /*name*/) {}         // a performance mark (startup timeline)
  virtual std::string query_param(std::string_view name) = 0;  // ?name=… of the page, decoded; "" if absent
  virtual std::string location_hash() = 0;                // "#v=1&…" or ""
  virtual std::string location_base() = 0;                // the page URL without its fragment
  virtual void set_history(std::string_view fragment, bool replace) = 0;  // pushState / replaceState
  virtual void copy_to_clipboard(std::string_view text) = 0;              // answer: on_clipboard
  virtual void download(std::string_view filename, std::string_view mime, std::string_view data) = 0;
  virtual void load_image(uint32_t request_id, std::string_view url) = 0;  // answer: on_image
  virtual void open_file_picker() = 0;                                     // answer: on_file
  // Runs extract::extract_file_document on a file for My articles (answer: on_extracted). The web app does it in
  // a Web Worker holding the extractor (loaded on first use); tests call it directly.
  virtual void extract_text(uint32_t request_id, std::string_view name, std::string_view bytes) = 0;
  // Keeps My articles (an article JSON document) for the next visit; a refusal arrives through on_keep_failed. What
// was kept arrives at start through on_kept, with an empty document when nothing was (or it cannot be read).
  virtual void keep_my_articles(std::string_view /*document*/, bool /*showing*/) {}
  // "Copy link with the article": `document` compressed (deflate-raw) and base64url-encoded (answer: on_packed), and
  // back (answer: on_unpacked), refusing anything that unpacks to more than `max_bytes`.
  virtual void pack_for_link(uint32_t /*request_id*/, std::string_view /*document*/) {}
  virtual void unpack_from_link(uint32_t /*request_id*/, std::string_view /*packed*/, size_t /*max_bytes*/) {}
};

}  // namespace ae::session
