// platform.h: every browser call the app makes. platform_web.cpp implements it with EM_JS and is the only
// file with EM_JS; main.cpp also includes <emscripten.h>, for emscripten_set_main_loop_arg alone. Strings cross
// to JS only as arguments (UTF8ToString), never spliced into script text.
//
// What the session needs (fetch, time, history, clipboard, downloads, images, the file picker) it gets through
// session::Platform (src/session/platform.h); web_platform() is that interface over the functions below.
#pragma once

#include "session/platform.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ae::platform {

session::Platform& web_platform();  // the session's view of this file

// Starts an asynchronous GET of `url` (relative to the page). Progress and completion arrive on the main
// thread through app_on_fetch_progress / app_on_fetch_done (declared below, defined by the app).
// `progress`: report progress while the body streams (one big file); without it the body is collected by the
// browser off the main thread (many small files: shards, texts).
void fetch(uint32_t request_id, std::string_view url, bool progress = true);

double device_pixel_ratio();
double now_ms();  // performance.now(): milliseconds since navigation
void mark(std::string_view name);  // performance.mark(name): the startup timeline in docs/performance.md
// The value of `name` in the page's query string (?data=…), percent-decoded; "" if absent.
std::string query_param(std::string_view name);

// window.explorer automation API (web/shell.js): frame counter, ready flag, and the JSON that state() returns.
void publish_frame(uint64_t frame, bool ready);
void publish_state(std::string_view json);

// The HTML loading overlay (web/index.html): shows a phase message, hides once the UI has data.
void set_overlay(std::string_view message, double fraction);  // fraction < 0: indeterminate
void hide_overlay();

// URL fragment and history (shareable links). Fragments cross as plain string arguments, never as script.
std::string location_hash();   // "#v=1&…" or ""
std::string location_base();   // the page URL without its fragment
void set_history(std::string_view fragment, bool replace);  // pushState, or replaceState when `replace`
void install_history_listener();  // popstate/hashchange -> app_on_hash_change
void copy_to_clipboard(std::string_view text);  // result -> app_on_clipboard

// Fetches an image (same origin under the page's CSP) into a WebGL texture for ImGui::Image; the result
// arrives through app_on_image with the GL texture name, or 0 and a message.
void load_image(uint32_t request_id, std::string_view url);

// Saves `data` as a file named `filename` (a Blob download).
void download(std::string_view filename, std::string_view mime, std::string_view data);
// Files the user drops on the page or picks with the file dialog arrive through app_on_file.
void install_file_drop();
void open_file_picker();
// Issue 14: the drop overlay, the "Paste article" box (text -> app_on_paste_article) and explorer.addTexts.
void install_my_articles();
void open_paste_box();
// Runs the extractor worker on a file (answer: app_on_extracted).
void extract_text(uint32_t request_id, std::string_view name, std::string_view bytes);
// Keeps My articles in IndexedDB (refusal -> app_on_keep_failed); what was kept arrives at start via app_on_kept.
void keep_my_articles(std::string_view document, bool showing);
// "Copy link with the article" (issue 14, part 5): deflate-raw + base64url with the browser's CompressionStream
// (answer: app_on_packed), and back with DecompressionStream, stopping past `max_bytes` (answer: app_on_unpacked).
void pack_for_link(uint32_t request_id, std::string_view document);
void unpack_from_link(uint32_t request_id, std::string_view packed, size_t max_bytes);

// ---- Issue 15: idle at rest, the browser's keys, real text input ------------------------------------------
// The main loop runs only while something changes (docs/automation.md, "Idle"): the app pauses it after a
// quiet frame, and every input event, platform answer, timer or automation call wakes it (app_on_wake).
// install_input_bridge() adds the page listeners that wake the loop, keep the browser's own keys (reload,
// zoom, find, devtools, Tab) away from SDL so it cannot cancel them, and own the DOM <input> laid over an
// active ImGui text field.
void install_input_bridge();
// emscripten_pause_main_loop: no animation frames until resume_loop(). `at_rest`: publish explorer.idle (false
// for a pause between the throttled frames of a streaming load, which is no rest).
void pause_loop(bool at_rest = true);
void resume_loop();
void wake_after(double ms);          // one timer: app_on_wake after `ms` (a notice expiring, typing settling)
// The DOM <input> over the active ImGui text field, in CSS px from the canvas origin (ImGui's coordinates:
// io.DisplaySize is the canvas's CSS size, the framebuffer is that × devicePixelRatio). `text` is set when the
// input is first shown; after that the input owns the text and reports it through app_on_text_input.
struct TextOverlay {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float font_px = 15, pad_x = 8;
  bool operator==(const TextOverlay&) const = default;
};
void show_text_overlay(const TextOverlay& at, std::string_view text, std::string_view placeholder);  // and focus it
void move_text_overlay(const TextOverlay& at);  // the field moved (layout, resize): the text stays the input's
void hide_text_overlay();
// Light and dark (issue 15, part 6): the theme the user picked ("light", "dark"; localStorage) or "" to follow
// the page's prefers-color-scheme, whose changes wake the app. set_page_theme colours the page around the canvas
// (the text overlay, the loading screen) to match.
std::string saved_theme();
void save_theme(std::string_view theme);
bool prefers_light();
void set_page_theme(bool light);
// The screen-reader mirror (issue 15, part 4): web/a11y.js keeps a visually hidden DOM in step with `json`
// (session/mirror.h), sent only when it changed; what the user does in it arrives through app_on_mirror_act.
void install_mirror();
void publish_mirror(std::string_view json);
// Phones and tablets (issue 15, part 5): touch on the canvas is the page's (web/touch in platform_web.cpp): a tap
// is a click, a drag scrolls the window under the finger (app_on_touch_scroll) with momentum.
void install_touch();
bool coarse_pointer();  // (any-pointer: coarse): a finger; a change wakes the app

}  // namespace ae::platform

// Implemented by the app (callbacks.cpp, which hands them to the session); called by the platform layer
// between frames. `data` was allocated with malloc and is owned by the callee; `capacity` >= size + 64
// (simdjson padding).
void app_on_fetch_progress(uint32_t request_id, double loaded, double total);
void app_on_fetch_done(uint32_t request_id, char* data, size_t size, size_t capacity, int http_status,
                       std::string_view error);
void app_on_hash_change(std::string_view fragment);  // Back/Forward or an edited address bar
void app_on_image(uint32_t request_id, uint32_t texture, int width, int height, std::string_view error);
void app_on_clipboard(bool ok, std::string_view error);
// A dropped or picked file: `data` as for app_on_fetch_done (null with `error` set when it could not be read).
void app_on_file(char* data, size_t size, std::string_view name, std::string_view error);
// Text from the "Paste article" box (issue 14): into My articles.
void app_on_paste_article(std::string_view name, std::string_view text);
void app_on_extracted(uint32_t request_id, std::string_view document, std::string_view note, std::string_view error);
void app_on_kept(std::string_view document, bool showing);
void app_on_keep_failed(std::string_view error);
void app_on_storage(double usage, double quota);  // navigator.storage.estimate() after keeping My articles
void app_on_packed(uint32_t request_id, std::string_view packed, std::string_view error);
void app_on_unpacked(uint32_t request_id, std::string_view document, std::string_view error);
// Issue 15: input or an answer arrived: draw at least `frames` frames, and keep drawing for `linger_ms`.
void app_on_wake(int frames, double linger_ms);
void app_on_data_wake();  // a download's answer: wake, or during a streaming load at the next throttled frame
// The text overlay's committed value (not mid-composition) and caret, in UTF-8 bytes.
void app_on_text_input(std::string_view text, int selection_start, int selection_end);
void app_on_text_done();   // Enter, Escape (after clearing), Tab or a click elsewhere: the ImGui field lets go
void app_on_find();        // Ctrl+F / Cmd+F: focus the explorer's search box
// The mirror's action (session::MirrorAction, its argument and text), carried out between frames.
void app_on_mirror_act(int action, double arg, std::string_view text);
// A touch drag (or its momentum): scroll the ImGui window under (x, y) CSS px by dy CSS px (content moves with
// the finger: dy > 0 shows what is above).
void app_on_touch_scroll(float x, float y, float dy);
