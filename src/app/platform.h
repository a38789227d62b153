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
