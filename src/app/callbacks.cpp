// callbacks.cpp: the platform's answers (fetches, images, clipboard, history, dropped files) handed to the
// session, between frames.
#include "app/app.h"
#include "app/platform.h"
#include "session/mirror.h"

using ae::app::the_app;

void app_on_fetch_progress(uint32_t id, double loaded, double total) {
  ae::session::on_fetch_progress(the_app().session, id, loaded, total);
}
void app_on_fetch_done(uint32_t id, char* data, size_t size, size_t /*capacity*/, int http_status,
                       std::string_view error) {
  ae::session::on_fetch_done(the_app().session, id, data, size, http_status, error);
}
void app_on_hash_change(std::string_view fragment) { ae::session::on_hash_change(the_app().session, fragment); }
void app_on_image(uint32_t id, uint32_t texture, int width, int height, std::string_view error) {
  ae::session::on_image(the_app().session, id, texture, width, height, error);
}
void app_on_clipboard(bool ok, std::string_view error) { ae::session::on_clipboard(the_app().session, ok, error); }
void app_on_file(char* data, size_t size, std::string_view name, std::string_view error) {
  ae::session::on_file(the_app().session, data, size, name, error);
}
void app_on_paste_article(std::string_view name, std::string_view text) {  // issue 14
  ae::session::add_texts(the_app().session, {ae::session::TextInput{std::string(name), std::string(text)}});
}
void app_on_extracted(uint32_t id, std::string_view document, std::string_view note, std::string_view error) {
  ae::session::on_extracted(the_app().session, id, document, note, error);
}
void app_on_kept(std::string_view document, bool showing) { ae::session::on_kept(the_app().session, document, showing); }
void app_on_keep_failed(std::string_view error) { ae::session::on_keep_failed(the_app().session, error); }
void app_on_storage(double usage, double quota) { ae::session::on_storage(the_app().session, usage, quota); }
void app_on_packed(uint32_t id, std::string_view packed, std::string_view error) {
  ae::session::on_packed(the_app().session, id, packed, error);
}
void app_on_unpacked(uint32_t id, std::string_view document, std::string_view error) {
  ae::session::on_unpacked(the_app().session, id, document, error);
}

// Issue 15: the input bridge (platform_web.cpp, js_install_input_bridge).
void app_on_wake(int frames, double linger_ms) { ae::app::wake(the_app(), frames, linger_ms); }
void app_on_data_wake() { ae::app::wake_for_data(the_app()); }
void app_on_text_input(std::string_view text, int selection_start, int selection_end) {
  auto& app = the_app();
  app.text_pending = true;
  app.text_in.assign(text);
  app.text_sel0 = selection_start;
  app.text_sel1 = selection_end;
  ae::app::wake(app, 2, 0);
}
void app_on_text_done() {
  the_app().text_done = true;
  ae::app::wake(the_app(), 2, 0);
}
void app_on_find() {
  the_app().focus_search = true;
  ae::app::wake(the_app(), 3, 0);
}
// Issue 15, part 4: the screen-reader mirror's actions (web/a11y.js).
void app_on_mirror_act(int action, double arg, std::string_view text) {
  auto& app = the_app();
  if (ae::session::mirror_act(app.session, action, int64_t(arg), text)) ae::app::wake(app, 2, 0);
}
// Issue 15, part 5: a touch drag, applied to the window under the finger on the next frame (layout.cpp).
void app_on_touch_scroll(float x, float y, float dy) {
  auto& app = the_app();
  app.touch_dy += dy;
  app.touch_x = x;
  app.touch_y = y;
  ae::app::wake(app, 2, 0);
}
