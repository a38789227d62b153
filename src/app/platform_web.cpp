// platform_web.cpp: the browser side of platform.h. All EM_JS of the app lives here.
#include "app/platform.h"

#include <emscripten.h>
#include <emscripten/heap.h>
#include <emscripten/html5.h>
#include <malloc.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

namespace {

// fetch() with streamed progress. The body is copied into one malloc'd buffer with 64 spare bytes (simdjson
// reads up to 64 bytes past the end), whose ownership passes to the app.
// Out of memory is refused before allocating (issues 8, 17): explorerShell.tooBig (web/shell.js) compares the
// Content-Length, then the bytes streamed so far, then (with the layout sniffed from the first line) the whole
// body, with what the app can still allocate (ae_heap_available: free bytes inside the heap plus room to grow),
// and the download stops with a message that gives the size. A _malloc that still returns 0 fails the same way.
// With `progress` 0, or a Content-Length under 32 MB, the body is read with arrayBuffer(): the browser collects
// it off the main thread, several times faster than pumping a stream reader between frames (measured on a 16 MB
// manifest). Bigger files stream, so the progress bar moves.
EM_JS(void, js_fetch, (uint32_t id, const char* url_ptr, size_t url_len, int progress), {
  var url = UTF8ToString(url_ptr, url_len);
  var fail = function(status, msg) {
    var n = lengthBytesUTF8(msg) + 1;
    var p = _malloc(n);
    stringToUTF8(msg, p, n);
    _ae_on_fetch_done(id, 0, 0, 0, status, p, n - 1);
    _free(p);
  };
  var tooBig = function(bytes, opts) {
    var shell = window.explorerShell;
    return shell && shell.tooBig ? shell.tooBig(bytes, url, _ae_heap_available(), opts) : "";
  };
  var general = function(chunk) {  // not one article per line: the loader parses the whole document
    var shell = window.explorerShell;
    return !!(shell && shell.generalLayout && shell.generalLayout(chunk.subarray(0, 65536)));
  };
  var deliver = function(chunks, loaded, status) {
    var big = chunks.length && general(chunks[0]) ? tooBig(loaded, { general: true }) : "";
    if (big) { fail(0, big); return; }
    var cap = loaded + 64;
    var p = _malloc(cap);
    if (!p) { fail(0, "out of memory: cannot allocate " + cap + " bytes for " + url); return; }
    var off = 0;
    for (var i = 0; i < chunks.length; i++) { HEAPU8.set(chunks[i], p + off); off += chunks[i].length; }
    HEAPU8.fill(0, p + loaded, p + cap);
    _ae_on_fetch_done(id, p, loaded, cap, status, 0, 0);
  };
  var onMain = function() {
    var shell = window.explorerShell;
    (shell && shell.takeFetch ? shell.takeFetch(url) : fetch(url)).then(function(resp) {
      if (!resp.ok) { fail(resp.status, "HTTP " + resp.status + " " + resp.statusText + " for " + url); return; }
      var total = Number(resp.headers.get("Content-Length")) || 0;
      var big = tooBig(total);
      if (big) { resp.body.cancel(); fail(0, big); return; }
      if (!progress || (total > 0 && total < 33554432)) {  // progress only matters for big files
        return resp.arrayBuffer().then(function(buf) {
          var big = tooBig(buf.byteLength);
          if (big) { fail(0, big); return; }
          deliver([new Uint8Array(buf)], buf.byteLength, resp.status);
        });
      }
      var chunks = [];
      var loaded = 0;
      var reader = resp.body.getReader();
      var pump = function() {
        return reader.read().then(function(r) {
          if (r.done) return "";
          chunks.push(r.value);
          loaded += r.value.length;
          // No or wrong Content-Length (e.g. compressed): stop as soon as it is too much; the size is then unknown.
          var big = tooBig(loaded, { partial: true });
          if (big) { reader.cancel(); return big; }
          _ae_on_fetch_progress(id, loaded, total);
          return pump();
        });
      };
      return pump().then(function(big) {
        if (big) { chunks = []; fail(0, big); return; }
        deliver(chunks, loaded, resp.status);
      });
    }).catch(function(e) { fail(0, "network error fetching " + url + ": " + (e && e.message ? e.message : e)); });
  };
  // Issue 18, part 4: files fetched without progress (shards, the index, texts) are read by a Worker
  // (web/fetch-worker.js says why) and arrive as one transferred ArrayBuffer. Without Worker support, or when
  // fetch-worker.js cannot run (missing, refused), they take the main thread's way above, pending ones included.
  // window.explorer.fetchWorker tells tests which way they went (docs/automation.md).
  var publish = function(f) {
    if (window.explorer) window.explorer.fetchWorker = { running: !!f, delivered: f ? f.delivered : 0 };
  };
  var fw = progress ? null : Module.aeFetchWorker;
  if (fw === undefined) {
    try {
      fw = { worker: new Worker("fetch-worker.js"), next: 1, pending: {}, delivered: 0 };
      fw.worker.onmessage = function(e) { var q = fw.pending[e.data.id]; if (q) q(e.data); };
      fw.worker.onerror = function(e) {
        if (e && e.preventDefault) e.preventDefault();
        Module.aeFetchWorker = null;
        publish(null);
        var pending = fw.pending;
        fw.pending = {};
        for (var k in pending) pending[k](null);
      };
    } catch (e) { fw = null; }
    Module.aeFetchWorker = fw;
    publish(fw);
  }
  if (!fw) { onMain(); return; }
  var k = fw.next++;
  fw.pending[k] = function(m) {
    if (!m) { onMain(); return; }  // the worker failed: this request starts again on the main thread
    if (m.head !== undefined) {  // headers: refuse a body too big before it is read (issues 8, 17)
      var big = tooBig(m.head);
      if (big) { delete fw.pending[k]; fw.worker.postMessage({ cancel: k }); fail(0, big); }
      return;
    }
    delete fw.pending[k];
    if (!m.buf) { fail(m.status, m.error); return; }
    var big = tooBig(m.buf.byteLength);
    if (big) { fail(0, big); return; }
    ++fw.delivered;
    publish(fw);
    deliver([new Uint8Array(m.buf)], m.buf.byteLength, m.status);
  };
  fw.worker.postMessage({ id: k, url: new URL(url, document.baseURI).href, display: url });
});

EM_JS(void, js_mark, (const char* name, size_t len), {
  if (window.explorerShell && window.explorerShell.mark) window.explorerShell.mark(UTF8ToString(name, len));
});

EM_JS(void, js_publish_frame, (double frame, int ready), {
  var e = window.explorer;
  if (!e) return;
  e.frame = frame;
  if (ready && !e.ready) { e.ready = true; if (e._onReady) e._onReady(); }
});

EM_JS(void, js_publish_state, (const char* json, size_t len), {
  if (window.explorer) window.explorer._setState(UTF8ToString(json, len));
});

EM_JS(void, js_set_overlay, (const char* msg, size_t len, double fraction), {
  if (window.explorerShell) window.explorerShell.setStatus(UTF8ToString(msg, len), fraction);
});

EM_JS(void, js_hide_overlay, (), {
  if (window.explorerShell) window.explorerShell.hide();
});

// Blob download; the data is copied out of wasm memory before the call returns.
EM_JS(void, js_download, (const char* name, size_t name_len, const char* mime, size_t mime_len, const char* data, size_t len), {
  var bytes = HEAPU8.slice(data, data + len);
  var blob = new Blob([bytes], { type: UTF8ToString(mime, mime_len) });
  var a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = UTF8ToString(name, name_len);
  document.body.appendChild(a);
  a.click();
  setTimeout(function() { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});

// Drag-and-drop on the page and a hidden file input; both read the file into wasm memory (64 spare bytes).
EM_JS(void, js_install_file_drop, (), {
  var deliver = function(file) {
    var name = file.name || "file";
    var reply = function(ptr, size, err) {
      var n = lengthBytesUTF8(name) + 1, np = _malloc(n);
      stringToUTF8(name, np, n);
      var m = lengthBytesUTF8(err) + 1, ep = _malloc(m);
      stringToUTF8(err, ep, m);
      _ae_on_file(ptr, size, np, n - 1, ep, m - 1);
      _free(np);
      _free(ep);
    };
    var shell = window.explorerShell;
    var tooBig = function(bytes, opts) {
      return shell && shell.tooBig ? shell.tooBig(bytes, name, _ae_heap_available(), opts) : "";
    };
    var big = tooBig(file.size);
    if (big) { reply(0, 0, big); return; }  // refused before reading it or allocating (issues 8, 17)
    file.arrayBuffer().then(function(buf) {
      var head = new Uint8Array(buf, 0, Math.min(buf.byteLength, 65536));
      big = shell && shell.generalLayout && shell.generalLayout(head) ? tooBig(buf.byteLength, { general: true }) : "";
      if (big) { reply(0, 0, big); return; }  // another layout needs about 3x the memory of article-prep's
      var p = _malloc(buf.byteLength + 64);
      if (!p) { reply(0, 0, "out of memory: cannot allocate " + (buf.byteLength + 64) + " bytes for " + name); return; }
      HEAPU8.set(new Uint8Array(buf), p);
      HEAPU8.fill(0, p + buf.byteLength, p + buf.byteLength + 64);
      reply(p, buf.byteLength, "");
    }).catch(function(e) { reply(0, 0, "could not read " + name + ": " + (e && e.message ? e.message : e)); });
  };
  window.addEventListener("dragover", function(e) { e.preventDefault(); });
  window.addEventListener("drop", function(e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files) Array.prototype.forEach.call(e.dataTransfer.files, deliver);  // issue 14: all
  });
  var input = document.createElement("input");
  input.type = "file";
  input.accept = ".json,.txt,.md,.markdown,.html,.htm,application/json,text/plain,text/markdown,text/html";  // issue 14
  input.multiple = true;
  input.id = "file-input";
  input.style.display = "none";
  input.addEventListener("change", function() { Array.prototype.forEach.call(input.files, deliver); input.value = ""; });
  Module.aeDeliverFile = deliver;  // issue 14: window.explorer.addTexts goes the same way
  document.body.appendChild(input);
});

EM_JS(void, js_open_file_picker, (), {
  var input = document.getElementById("file-input");
  if (input) input.click();
});

// Returns a malloc'd UTF-8 copy of a JS string (freed by the caller).
EM_JS(char*, js_location_hash, (), {
  var h = window.location.hash || "";
  var n = lengthBytesUTF8(h) + 1, p = _malloc(n);
  stringToUTF8(h, p, n);
  return p;
});
EM_JS(char*, js_location_base, (), {
  var u = window.location.href.split("#")[0];
  var n = lengthBytesUTF8(u) + 1, p = _malloc(n);
  stringToUTF8(u, p, n);
  return p;
});
// URLSearchParams decodes; a missing or unreadable parameter is "".
EM_JS(char*, js_query_param, (const char* name, size_t len), {
  var v = "";
  try { v = new URLSearchParams(window.location.search).get(UTF8ToString(name, len)) || ""; } catch (e) { v = ""; }
  var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(void, js_set_history, (const char* frag, size_t len, int replace), {
  var f = UTF8ToString(frag, len);
  var url = window.location.pathname + window.location.search + f;
  if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
});
EM_JS(void, js_install_history_listener, (), {
  var notify = function() {
    var h = window.location.hash || "";
    var n = lengthBytesUTF8(h) + 1, p = _malloc(n);
    stringToUTF8(h, p, n);
    _ae_on_hash_change(p, n - 1);
    _free(p);
  };
  window.addEventListener("popstate", notify);
  window.addEventListener("hashchange", notify);
});
EM_JS(void, js_copy_to_clipboard, (const char* text, size_t len), {
  var t = UTF8ToString(text, len);
  var reply = function(ok, msg) {
    var n = lengthBytesUTF8(msg) + 1, p = _malloc(n);
    stringToUTF8(msg, p, n);
    _ae_on_clipboard(ok, p, n - 1);
    _free(p);
  };
  if (!navigator.clipboard || !navigator.clipboard.writeText) { reply(0, "the clipboard is not available on this page"); return; }
  navigator.clipboard.writeText(t).then(function() { reply(1, ""); }, function(e) { reply(0, String(e && e.message ? e.message : e)); });
});

// Decodes with createImageBitmap and uploads into a texture registered in Emscripten's GL name table, so the
// name works as an ImTextureID in the ImGui OpenGL backend.
EM_JS(void, js_load_image, (uint32_t id, const char* url_ptr, size_t url_len), {
  var url = UTF8ToString(url_ptr, url_len);
  var fail = function(msg) {
    var n = lengthBytesUTF8(msg) + 1, p = _malloc(n);
    stringToUTF8(msg, p, n);
    _ae_on_image(id, 0, 0, 0, p, n - 1);
    _free(p);
  };
  var resolved;
  try { resolved = new URL(url, window.location.href); } catch (e) { fail("not a URL: " + url); return; }
  if (resolved.origin !== window.location.origin) { fail("images load from this site only: " + url); return; }
  fetch(url).then(function(r) {
    if (!r.ok) throw new Error("HTTP " + r.status + " for " + url);
    return r.blob();
  }).then(function(b) { return createImageBitmap(b); }).then(function(bmp) {
    var gl = GL.currentContext && GL.currentContext.GLctx;
    if (!gl) { fail("no WebGL context for " + url); return; }
    var tex = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, tex);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, bmp);
    var name = GL.getNewId(GL.textures);
    tex.name = name;
    GL.textures[name] = tex;
    _ae_on_image(id, name, bmp.width, bmp.height, 0, 0);
    bmp.close();
  }).catch(function(e) { fail("image " + url + ": " + (e && e.message ? e.message : e)); });
});

// ---- Issue 15: idle at rest, the browser's keys, real text input ---------------------------------------------
// Why: the page used to draw every animation frame forever, SDL cancelled the browser's own keys (reload, zoom,
// find, devtools, Tab) and Ctrl+wheel, and ImGui's text field took only single key presses (no paste, no IME,
// no on-screen keyboard). The listeners below sit in the capture phase on window, so they run before SDL's
// handlers (bubble phase on window and on the canvas) and can keep an event from ever reaching them.
EM_JS(void, js_install_input_bridge, (), {
  var canvas = Module.canvas || document.getElementById("canvas");
  // 1. Idle: any input wakes the paused main loop for a few frames (ImGui settles hover and layout in 2-3).
  var wake = function() { _ae_wake(3, 250); };
  ["mousedown", "mouseup", "mousemove", "wheel", "touchstart", "touchmove", "touchend", "touchcancel",
   "pointerdown", "pointerup", "pointermove", "keydown", "keyup", "focus", "blur", "resize"].forEach(function(t) {
    window.addEventListener(t, wake, { capture: true, passive: true });
  });
  document.addEventListener("visibilitychange", wake);
  // A DPR change (browser zoom, moving to another screen) without a resize: re-armed for each new ratio.
  var watchDpr = function() {
    if (!window.matchMedia) return;
    var mq = window.matchMedia("(resolution: " + window.devicePixelRatio + "dppx)");
    var changed = function() { mq.removeEventListener("change", changed); wake(); watchDpr(); };
    mq.addEventListener("change", changed);
  };
  watchDpr();
  if (window.explorer) window.explorer._wake = function(n) { _ae_wake(n > 0 ? n : 1, 0); };

  // 3. The DOM <input> laid over the active ImGui text field (positioned by js_show_text_overlay).
  var input = document.createElement("input");
  input.id = "ae-text";
  input.type = "text";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.className = "ae-text-overlay hidden";
  input.setAttribute("aria-label", "Search");
  document.body.appendChild(input);
  var hiding = false;
  var sendText = function() {
    var v = input.value;
    var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
    stringToUTF8(v, p, n);
    var a = input.selectionStart == null ? v.length : input.selectionStart;
    var b = input.selectionEnd == null ? v.length : input.selectionEnd;
    _ae_text_input(p, n - 1, lengthBytesUTF8(v.slice(0, a)), lengthBytesUTF8(v.slice(0, b)));
    _free(p);
  };
  // Committed text only: while an IME composes, the input shows the composition and ImGui keeps the last
  // committed value; compositionend delivers the result.
  input.addEventListener("input", function(e) { if (!e.isComposing) sendText(); });
  input.addEventListener("compositionend", sendText);
  input.addEventListener("blur", function() { if (!hiding) _ae_text_done(); });
  Module.aeTextOverlay = {
    input: input,
    hide: function() {
      hiding = true;
      input.classList.add("hidden");
      if (document.activeElement === input) canvas.focus();
      hiding = false;
    },
  };

  // 2. The browser's keys stay the browser's. SDL cancels every keydown it handles (and always Tab and
  // Backspace), and every wheel event. A key with Ctrl, Cmd or Alt, a function key or Tab is kept from SDL
  // (not cancelled: the browser reloads, zooms, prints, opens devtools, moves focus). ImGui needs none of them
  // on the canvas; text editing shortcuts happen in the DOM input. Ctrl+F / Cmd+F is the one we take: it
  // focuses the explorer's search box. Key-ups always reach SDL, so no key is left down in ImGui.
  var modifier = function(k) { return k === "Control" || k === "Shift" || k === "Alt" || k === "Meta" || k === "AltGraph"; };
  var browserKey = function(e) {
    if (modifier(e.key)) return false;
    if (e.key === "Tab" || /^F([1-9]|1[0-9]|2[0-4])$/.test(e.key)) return true;
    return e.ctrlKey || e.metaKey || e.altKey;
  };
  var isFind = function(e) {
    return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.code === "KeyF" || e.key === "f" || e.key === "F");
  };
  var onKey = function(e) {
    if (e.target === input) {  // the input owns its keys; SDL would cancel Backspace, arrows and Tab
      e.stopImmediatePropagation();
      if (e.type !== "keydown") return;
      if (isFind(e)) { e.preventDefault(); input.select(); return; }
      if (e.key === "Escape") {  // clears the search; on an empty box, leaves it
        e.preventDefault();
        if (input.value !== "") { input.value = ""; sendText(); } else { _ae_text_done(); }
        return;
      }
      if (e.key === "Enter") { e.preventDefault(); _ae_text_done(); }
      return;
    }
    if (e.type === "keyup") return;
    if (e.type === "keydown" && isFind(e)) { e.preventDefault(); e.stopImmediatePropagation(); _ae_find(); return; }
    if (browserKey(e)) e.stopImmediatePropagation();
  };
  window.addEventListener("keydown", onKey, true);
  window.addEventListener("keypress", onKey, true);
  window.addEventListener("keyup", onKey, true);
  // Ctrl+wheel (and pinch, which browsers send as Ctrl+wheel) zooms the page; a plain wheel scrolls ImGui.
  window.addEventListener("wheel", function(e) { if (e.ctrlKey || e.metaKey) e.stopImmediatePropagation(); },
                          { capture: true, passive: true });
});

// window.explorer.idle: true while the loop is paused (tests wait for it instead of sleeping).
EM_JS(void, js_publish_idle, (int idle), {
  if (window.explorer) window.explorer.idle = !!idle;
});
EM_JS(void, js_wake_after, (double ms), {
  if (Module.aeWakeTimer) clearTimeout(Module.aeWakeTimer);
  Module.aeWakeTimer = setTimeout(function() { Module.aeWakeTimer = 0; _ae_wake(1, 0); }, Math.max(0, ms));
});
EM_JS(void, js_show_text_overlay, (float x0, float y0, float x1, float y1, float font_px, float pad_x,
                                   const char* text, size_t len, const char* hint, size_t hint_len, int first), {
  var o = Module.aeTextOverlay;
  if (!o) return;
  var input = o.input;
  var r = (Module.canvas || document.getElementById("canvas")).getBoundingClientRect();
  input.style.left = (r.left + window.scrollX + x0) + "px";
  input.style.top = (r.top + window.scrollY + y0) + "px";
  input.style.width = Math.max(0, x1 - x0) + "px";
  input.style.height = Math.max(0, y1 - y0) + "px";
  input.style.fontSize = font_px + "px";
  input.style.paddingLeft = input.style.paddingRight = pad_x + "px";
  if (!first) return;
  input.value = UTF8ToString(text, len);
  input.placeholder = UTF8ToString(hint, hint_len);
  input.classList.remove("hidden");
  input.focus({ preventScroll: true });
  input.setSelectionRange(input.value.length, input.value.length);
});
EM_JS(void, js_hide_text_overlay, (), {
  if (Module.aeTextOverlay) Module.aeTextOverlay.hide();
});
// Light and dark (issue 15, part 6). localStorage may be unavailable (privacy settings): then nothing is kept.
EM_JS(char*, js_saved_theme, (), {
  var v = "";
  try { v = window.localStorage.getItem("ae-theme") || ""; } catch (e) { v = ""; }
  if (v !== "light" && v !== "dark") v = "";
  var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(void, js_save_theme, (const char* theme, size_t len), {
  try { window.localStorage.setItem("ae-theme", UTF8ToString(theme, len)); } catch (e) { /* not kept */ }
});
EM_JS(int, js_prefers_light, (), {
  var mq = Module.aeLightQuery;
  if (!mq && window.matchMedia) {
    mq = Module.aeLightQuery = window.matchMedia("(prefers-color-scheme: light)");
    mq.addEventListener("change", function() { _ae_wake(2, 0); });
  }
  return mq && mq.matches ? 1 : 0;
});
EM_JS(void, js_set_page_theme, (int light), {
  document.documentElement.setAttribute("data-theme", light ? "light" : "dark");
});

// ---- Issue 15, part 4: the screen-reader mirror ---------------------------------------------------------------
// web/a11y.js owns the hidden DOM; this hands it the session's mirror data and gives it the way back in
// (explorerMirror._act: a session::MirrorAction, carried out between frames, then the app wakes).
EM_JS(void, js_install_mirror, (), {
  var m = window.explorerMirror;
  if (!m) return;
  m._act = function(action, arg, text) {
    var t = String(text || "");
    var n = lengthBytesUTF8(t) + 1, p = _malloc(n);
    stringToUTF8(t, p, n);
    _ae_mirror_act(action, arg, p, n - 1);
    _free(p);
  };
});
EM_JS(void, js_publish_mirror, (const char* json, size_t len), {
  if (window.explorerMirror) window.explorerMirror.update(UTF8ToString(json, len));
});

// ---- Issue 15, part 5: touch ---------------------------------------------------------------------------------
// SDL turns a touch into a mouse press at the finger, so a drag over a table pressed rows and scrolled nothing.
// Touches on the canvas are handled here instead (capture phase on window, before SDL's listeners on the canvas,
// and the browser's own panning and synthesised mouse events are cancelled: the page has nothing to pan):
//  - a tap (a touch that moved less than 10 CSS px) is a click at the finger: the pointer moves there, and the
//    button goes down and up on the following frames (ImGui 1.86 samples the mouse once per frame);
//  - a drag scrolls the window under the finger (app_on_touch_scroll, vertical), and on release keeps going with
//    the finger's speed, slowing down (momentum, time constant 325 ms) until it stops; a new touch stops it.
EM_JS(void, js_install_touch, (), {
  var canvas = Module.canvas || document.getElementById("canvas");
  var at = function(t) { var r = canvas.getBoundingClientRect(); return { x: t.clientX - r.left, y: t.clientY - r.top }; };
  var mouse = function(type, p, buttons) {
    var r = canvas.getBoundingClientRect();
    canvas.dispatchEvent(new MouseEvent(type, { clientX: r.left + p.x, clientY: r.top + p.y, button: 0, buttons: buttons,
                                                bubbles: true, cancelable: true, view: window }));
  };
  // Runs fn once the app has drawn a frame after now (it is woken by the mouse events themselves).
  var afterFrame = function(fn) {
    var e = window.explorer, f0 = e ? e.frame : 0;
    _ae_wake(2, 0);
    var poll = function() { if (!e || e.frame > f0) fn(); else requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
  };
  var touch = null, momentum = 0;
  var stopMomentum = function() { if (momentum) cancelAnimationFrame(momentum); momentum = 0; };
  var scroll = function(p, dy) { if (dy) _ae_touch_scroll(p.x, p.y, dy); };
  var onStart = function(e) {
    if (e.target !== canvas) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    stopMomentum();
    if (e.touches.length !== 1) { touch = null; return; }
    var p = at(e.touches[0]);
    touch = { start: p, last: p, moved: false, samples: [{ y: p.y, t: e.timeStamp }] };
    mouse("mousemove", p, 0);  // the window under the finger is the one a drag scrolls
  };
  var onMove = function(e) {
    if (e.target !== canvas) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    if (!touch || e.touches.length !== 1) return;
    var p = at(e.touches[0]);
    if (!touch.moved && Math.hypot(p.x - touch.start.x, p.y - touch.start.y) < 10) return;
    touch.moved = true;
    scroll(touch.start, p.y - touch.last.y);
    touch.last = p;
    touch.samples.push({ y: p.y, t: e.timeStamp });
    while (touch.samples.length > 2 && e.timeStamp - touch.samples[0].t > 100) touch.samples.shift();
  };
  var onEnd = function(e) {
    if (e.target !== canvas) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    var t = touch;
    touch = null;
    if (!t || e.type === "touchcancel") return;
    if (!t.moved) {  // a tap: a click where the finger was
      var p = t.start;
      mouse("mousemove", p, 0);
      afterFrame(function() {
        mouse("mousedown", p, 1);
        afterFrame(function() { mouse("mouseup", p, 0); _ae_wake(3, 0); });
      });
      return;
    }
    var s = t.samples, a = s[0], b = s[s.length - 1];
    var v = b.t > a.t ? (b.y - a.y) / (b.t - a.t) : 0;  // CSS px per ms over the last 100 ms
    if (Math.abs(v) < 0.05) return;
    var prev = performance.now();
    var step = function(now) {
      var dt = Math.max(1, now - prev);
      prev = now;
      scroll(t.start, v * dt);
      v *= Math.exp(-dt / 325);
      momentum = Math.abs(v) > 0.02 ? requestAnimationFrame(step) : 0;
    };
    momentum = requestAnimationFrame(step);
  };
  window.addEventListener("touchstart", onStart, { capture: true, passive: false });
  window.addEventListener("touchmove", onMove, { capture: true, passive: false });
  window.addEventListener("touchend", onEnd, { capture: true, passive: false });
  window.addEventListener("touchcancel", onEnd, { capture: true, passive: false });
});
// Whether the page has a coarse pointer (a finger): targets then grow to 40 CSS px whatever the width.
EM_JS(int, js_coarse_pointer, (), {
  var mq = Module.aeCoarseQuery;
  if (!mq && window.matchMedia) {
    mq = Module.aeCoarseQuery = window.matchMedia("(any-pointer: coarse)");
    mq.addEventListener("change", function() { _ae_wake(2, 0); });
  }
  return mq && mq.matches ? 1 : 0;
});

// ---- Issue 14: My articles (paste box, drop overlay, explorer.addTexts) ----------------------------------------
// Files dropped or picked already arrive through js_install_file_drop (text, Markdown and HTML go to My articles in
// the session). This adds: the overlay that shows where a dragged file lands, the "Paste article" box (a real
// <textarea>, so the browser's paste, undo and IME work), Ctrl+V on the page outside any text field opening that box
// with the pasted text, and window.explorer.addTexts([{name, text | bytes}]) for tests and embedding pages.
EM_JS(void, js_install_my_articles, (), {
  var overlay = document.getElementById("drop-overlay");
  var box = document.getElementById("paste-box");
  var area = document.getElementById("paste-text");
  var hasFiles = function(e) {
    var t = e.dataTransfer && e.dataTransfer.types;
    return !!t && Array.prototype.indexOf.call(t, "Files") >= 0;
  };
  var depth = 0;  // dragenter/dragleave pair up per element crossed: the overlay goes when the drag leaves the page
  var show = function(on) {
    if (!overlay) return;
    overlay.hidden = !on;
    if (window.explorer) window.explorer.dropOverlay = on;
  };
  window.addEventListener("dragenter", function(e) { if (hasFiles(e)) { depth++; show(true); } });
  window.addEventListener("dragleave", function(e) { if (hasFiles(e)) { depth = Math.max(0, depth - 1); if (!depth) show(false); } });
  ["drop", "dragend"].forEach(function(t) { window.addEventListener(t, function() { depth = 0; show(false); }, true); });

  var sendText = function(name, text) {
    var n = lengthBytesUTF8(name) + 1, np = _malloc(n);
    stringToUTF8(name, np, n);
    var m = lengthBytesUTF8(text) + 1, tp = _malloc(m);
    stringToUTF8(text, tp, m);
    _ae_on_paste_article(np, n - 1, tp, m - 1);
    _free(np);
    _free(tp);
  };
  var close = function() {
    if (!box) return;
    box.hidden = true;
    var canvas = Module.canvas || document.getElementById("canvas");
    if (canvas) canvas.focus();
    _ae_wake(2, 0);
  };
  Module.aeOpenPasteBox = function(text) {
    if (!box) return;
    box.hidden = false;
    if (typeof text === "string") area.value = text;
    area.focus();
  };
  if (box) {
    document.getElementById("paste-add").addEventListener("click", function() {
      var t = area.value;
      if (t.trim() === "") { area.focus(); return; }
      area.value = "";
      close();
      sendText("pasted text", t);
    });
    document.getElementById("paste-cancel").addEventListener("click", close);
    // The box's keys are the box's: SDL (bubble phase on window) would cancel Backspace, arrows and Tab.
    var own = function(e) {
      if (!box.contains(e.target)) return;
      e.stopImmediatePropagation();
      if (e.type === "keydown" && e.key === "Escape") { e.preventDefault(); close(); }
    };
    ["keydown", "keypress", "keyup"].forEach(function(t) { window.addEventListener(t, own, true); });
  }
  // Ctrl+V with no text field focused: the text goes into the box (the user adds it or cancels). A paste into the
  // search box or any other field is that field's.
  document.addEventListener("paste", function(e) {
    var t = e.target, tag = t && t.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || (t && t.isContentEditable)) return;
    var text = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
    if (!text) return;
    e.preventDefault();
    Module.aeOpenPasteBox(text);
  });
  // The database for My articles kept across visits (js_keep_my_articles), opened once; what an earlier visit kept
  // is read at start and handed to the session.
  var dbPromise = null;
  Module.aeMineDb = function() {
    if (!dbPromise) dbPromise = new Promise(function(resolve, reject) {
      var req = indexedDB.open("article-explorer", 1);
      req.onupgradeneeded = function() { req.result.createObjectStore("kept"); };
      req.onsuccess = function() { resolve(req.result); };
      req.onerror = function() { reject(req.error); };
    });
    dbPromise.catch(function() { dbPromise = null; });
    return dbPromise;
  };
  try {
    // The session is always answered, with nothing when nothing was kept or the database cannot be read (a refusal
    // is said when something is to be kept): a My articles link waits for this answer (issue 14, part 5).
    var none = function() { _ae_on_kept(0, 0, 0); };
    Module.aeMineDb().then(function(db) {
      var req = db.transaction("kept", "readonly").objectStore("kept").get("mine");
      req.onsuccess = function() {
        var v = req.result;
        if (!v || !v.doc) return none();
        var n = lengthBytesUTF8(v.doc) + 1, p = _malloc(n);
        stringToUTF8(v.doc, p, n);
        _ae_on_kept(p, n - 1, v.showing ? 1 : 0);
        _free(p);
      };
      req.onerror = none;
    }).catch(none);
  } catch (e) {
    Promise.resolve().then(none);  // not during start-up: the session hears it between frames
  }
  if (window.explorer) {
    window.explorer.dropOverlay = false;
    window.explorer.addTexts = function(items) {
      (items || []).forEach(function(it) {
        var bytes = it.bytes instanceof Uint8Array ? it.bytes : new TextEncoder().encode(String(it.text || ""));
        Module.aeDeliverFile(new File([bytes], String(it.name || "pasted text")));
      });
    };
  }
});
// My articles kept for the next visit: one IndexedDB record {doc, showing} under "mine" in "article-explorer".
// A refusal (private mode, quota, storage blocked) is reported through ae_on_keep_failed; nothing is lost.
EM_JS(void, js_keep_my_articles, (const char* doc, size_t len, int showing), {
  var text = UTF8ToString(doc, len);
  var failed = function(e) {
    var msg = String(e && (e.name ? e.name + ": " + e.message : e) || "storage refused");
    var n = lengthBytesUTF8(msg) + 1, p = _malloc(n);
    stringToUTF8(msg, p, n);
    _ae_on_keep_failed(p, n - 1);
    _free(p);
  };
  Module.aeMineDb().then(function(db) {
    var tx = db.transaction("kept", "readwrite");
    if (text) tx.objectStore("kept").put({ doc: text, showing: !!showing }, "mine");
    else tx.objectStore("kept").delete("mine");
    tx.onerror = function() { failed(tx.error); };
    tx.onabort = function() { failed(tx.error); };
    // Once written: what the browser says this site uses of what it allows (all of the site's storage, not only
    // My articles; the browser's own estimate, rounded by it).
    tx.oncomplete = function() {
      if (navigator.storage && navigator.storage.estimate)
        navigator.storage.estimate().then(function(e) { _ae_on_storage(+e.usage || 0, +e.quota || 0); }, function() {});
    };
  }).catch(failed);
});
// Issue 14, part 5: an article packed into a link. The browser's own deflate (CompressionStream, "deflate-raw"),
// then base64url so the link needs no %-escapes; unpacking stops past `max` bytes (a deflate bomb) and refuses
// text that is not UTF-8. Both answer through _ae_on_packed / _ae_on_unpacked, never during the call.
EM_JS(void, js_pack_for_link, (uint32_t id, const char* doc, size_t len), {
  var bytes = HEAPU8.slice(doc, doc + len);
  var answer = function(text, error) {
    var n = lengthBytesUTF8(text) + 1, p = _malloc(n), en = lengthBytesUTF8(error) + 1, e = _malloc(en);
    stringToUTF8(text, p, n);
    stringToUTF8(error, e, en);
    _ae_on_packed(id, p, n - 1, e, en - 1);
    _free(p);
    _free(e);
  };
  try {
    var stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw"));
    new Response(stream).arrayBuffer().then(function(buf) {
      var b = new Uint8Array(buf), s = "";
      for (var i = 0; i < b.length; i += 0x8000) s += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000));
      // (A regex of an escaped slash would put two slashes in a row, which the C preprocessor reads as a comment.)
      answer(btoa(s).replace(/[+]/g, "-").replace(/[/]/g, "_").replace(/=+$/, ""), "");
    }, function(e) { answer("", "compressing failed (" + (e && e.message || e) + ")"); });
  } catch (e) {
    Promise.resolve().then(function() { answer("", "this browser cannot compress (" + (e && e.message || e) + ")"); });
  }
});
EM_JS(void, js_unpack_from_link, (uint32_t id, const char* packed, size_t len, double max), {
  var text = UTF8ToString(packed, len);
  var answer = function(bytes, error) {
    var n = bytes ? bytes.length : 0, p = _malloc(n + 1), en = lengthBytesUTF8(error) + 1, e = _malloc(en);
    if (n) HEAPU8.set(bytes, p);
    stringToUTF8(error, e, en);
    _ae_on_unpacked(id, p, n, e, en - 1);
    _free(p);
    _free(e);
  };
  var refuse = function(e) { answer(null, "it is not an article packed by Article Explorer (" + (e && e.message || e) + ")"); };
  try {
    var b64 = text.replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4) b64 += "=";
    var bin = atob(b64), raw = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) raw[i] = bin.charCodeAt(i);
    var reader = new Blob([raw]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    var chunks = [], total = 0;
    var pump = function() {
      return reader.read().then(function(r) {
        if (r.done) {
          var all = new Uint8Array(total), at = 0;
          chunks.forEach(function(c) { all.set(c, at); at += c.length; });
          new TextDecoder("utf-8", { fatal: true }).decode(all);  // throws on bytes that are not UTF-8
          return answer(all, "");
        }
        total += r.value.length;
        if (total > max) {
          reader.cancel();
          return answer(null, "it unpacks to more than " + Math.round(max / 1048576) + " MiB");
        }
        chunks.push(r.value);
        return pump();
      });
    };
    pump().catch(refuse);
  } catch (e) {
    Promise.resolve().then(function() { refuse(e); });
  }
});
EM_JS(void, js_open_paste_box, (), {
  if (Module.aeOpenPasteBox) Module.aeOpenPasteBox();
});

std::string take_js_string(char* p) {
  std::string s = p ? p : "";
  std::free(p);
  return s;
}

}  // namespace

// Called from js_fetch's promise callbacks (exported through EMSCRIPTEN_KEEPALIVE).
extern "C" {
// What the app can still allocate, for explorerShell.tooBig (web/shell.js): the free bytes inside the heap
// (mallinfo; memory freed by an earlier corpus counts again: the wasm heap never shrinks, its allocator reuses it)
// plus what the heap can still grow by (up to emscripten_get_heap_max(), 2 GiB).
EMSCRIPTEN_KEEPALIVE double ae_heap_available() {
  const struct mallinfo mi = mallinfo();
  const uintptr_t brk = reinterpret_cast<uintptr_t>(sbrk(0));
  const uintptr_t max = emscripten_get_heap_max();
  return double(max > brk ? max - brk : 0) + double(mi.fordblks);
}
EMSCRIPTEN_KEEPALIVE void ae_on_fetch_progress(uint32_t id, double loaded, double total) {
  app_on_fetch_progress(id, loaded, total);
  app_on_data_wake();  // an answer between frames: draw what it changed (issue 15), at most every 200 ms
}                      // while shards stream in and nobody uses the page (issue 18)
EMSCRIPTEN_KEEPALIVE void ae_on_fetch_done(uint32_t id, char* data, size_t size, size_t capacity, int status,
                                           const char* error, size_t error_len) {
  app_on_fetch_done(id, data, size, capacity, status, std::string_view(error ? error : "", error ? error_len : 0));
  app_on_data_wake();
}
EMSCRIPTEN_KEEPALIVE void ae_on_hash_change(const char* fragment, size_t len) {
  app_on_hash_change(std::string_view(fragment, len));
  app_on_wake(2, 0);  // an answer between frames: draw what it changed (issue 15)
}
EMSCRIPTEN_KEEPALIVE void ae_on_image(uint32_t id, uint32_t texture, int width, int height, const char* error,
                                      size_t len) {
  app_on_image(id, texture, width, height, std::string_view(error ? error : "", error ? len : 0));
  app_on_wake(2, 0);  // an answer between frames: draw what it changed (issue 15)
}
EMSCRIPTEN_KEEPALIVE void ae_on_clipboard(int ok, const char* error, size_t len) {
  app_on_clipboard(ok != 0, std::string_view(error, len));
  app_on_wake(2, 0);  // an answer between frames: draw what it changed (issue 15)
}
EMSCRIPTEN_KEEPALIVE void ae_on_file(char* data, size_t size, const char* name, size_t name_len, const char* error,
                                     size_t error_len) {
  app_on_file(data, size, std::string_view(name, name_len), std::string_view(error, error_len));
  app_on_wake(2, 0);  // an answer between frames: draw what it changed (issue 15)
}
// Issue 15: the input bridge's calls (js_install_input_bridge).
EMSCRIPTEN_KEEPALIVE void ae_wake(int frames, double linger_ms) { app_on_wake(frames, linger_ms); }
EMSCRIPTEN_KEEPALIVE void ae_text_input(const char* text, size_t len, int selection_start, int selection_end) {
  app_on_text_input(std::string_view(text, len), selection_start, selection_end);
}
EMSCRIPTEN_KEEPALIVE void ae_text_done() { app_on_text_done(); }
EMSCRIPTEN_KEEPALIVE void ae_find() { app_on_find(); }
// Issue 15, parts 4 and 5: the mirror's actions (web/a11y.js) and touch drags (js_install_touch).
EMSCRIPTEN_KEEPALIVE void ae_mirror_act(int action, double arg, const char* text, size_t len) {
  app_on_mirror_act(action, arg, std::string_view(text, len));
}
EMSCRIPTEN_KEEPALIVE void ae_touch_scroll(float x, float y, float dy) { app_on_touch_scroll(x, y, dy); }
// Issue 14: the Paste article box's text (js_install_my_articles).
EMSCRIPTEN_KEEPALIVE void ae_on_kept(const char* doc, size_t len, int showing) {
  app_on_kept(std::string_view(doc, len), showing != 0);
  app_on_wake(2, 0);
}
EMSCRIPTEN_KEEPALIVE void ae_on_keep_failed(const char* error, size_t len) {
  app_on_keep_failed(std::string_view(error, len));
  app_on_wake(2, 0);
}
EMSCRIPTEN_KEEPALIVE void ae_on_storage(double usage, double quota) {
  app_on_storage(usage, quota);
  app_on_wake(2, 0);
}
EMSCRIPTEN_KEEPALIVE void ae_on_packed(uint32_t id, const char* packed, size_t len, const char* error, size_t error_len) {
  app_on_packed(id, std::string_view(packed, len), std::string_view(error, error_len));
  app_on_wake(2, 0);
}
EMSCRIPTEN_KEEPALIVE void ae_on_unpacked(uint32_t id, const char* doc, size_t len, const char* error, size_t error_len) {
  app_on_unpacked(id, std::string_view(doc, len), std::string_view(error, error_len));
  app_on_wake(2, 0);
}
EMSCRIPTEN_KEEPALIVE void ae_on_paste_article(const char* name, size_t name_len, const char* text, size_t len) {
  app_on_paste_article(std::string_view(name, name_len), std::string_view(text, len));
  app_on_wake(2, 0);
}
}

namespace ae::platform {

void fetch(uint32_t request_id, std::string_view url, bool progress) {
  js_fetch(request_id, url.data(), url.size(), progress ? 1 : 0);
}
double device_pixel_ratio() { return emscripten_get_device_pixel_ratio(); }
double now_ms() { return emscripten_get_now(); }
void mark(std::string_view name) { js_mark(name.data(), name.size()); }
std::string query_param(std::string_view name) { return take_js_string(js_query_param(name.data(), name.size())); }
void publish_frame(uint64_t frame, bool ready) { js_publish_frame(double(frame), ready ? 1 : 0); }
void publish_state(std::string_view json) { js_publish_state(json.data(), json.size()); }
void set_overlay(std::string_view message, double fraction) { js_set_overlay(message.data(), message.size(), fraction); }
void hide_overlay() { js_hide_overlay(); }
void download(std::string_view filename, std::string_view mime, std::string_view data) {
  js_download(filename.data(), filename.size(), mime.data(), mime.size(), data.data(), data.size());
}
void install_file_drop() { js_install_file_drop(); }
void load_image(uint32_t request_id, std::string_view url) { js_load_image(request_id, url.data(), url.size()); }
std::string location_hash() { return take_js_string(js_location_hash()); }
std::string location_base() { return take_js_string(js_location_base()); }
void set_history(std::string_view fragment, bool replace) { js_set_history(fragment.data(), fragment.size(), replace ? 1 : 0); }
void install_history_listener() { js_install_history_listener(); }
void copy_to_clipboard(std::string_view text) { js_copy_to_clipboard(text.data(), text.size()); }
void open_file_picker() { js_open_file_picker(); }
// Issue 14: My articles. The extractor is a Web Worker of its own (src/worker, extract-worker.js), created on first
// use: the request is the file name, a NUL and the bytes; the answer "ok\n<note>\n<document>" or "error\n<message>".
void install_my_articles() { js_install_my_articles(); }
void pack_for_link(uint32_t request_id, std::string_view document) {
  js_pack_for_link(request_id, document.data(), document.size());
}
void unpack_from_link(uint32_t request_id, std::string_view packed, size_t max_bytes) {
  js_unpack_from_link(request_id, packed.data(), packed.size(), double(max_bytes));
}
void open_paste_box() { js_open_paste_box(); }
static worker_handle g_extractor = 0;
static std::vector<uint32_t> g_extract_pending;  // requests the worker has not answered
// A worker whose script cannot be loaded (404, offline, blocked) fires `error` and never answers: every waiting
// request is then answered with that error (ae_extractor_failed), and the next file tries a new worker.
EM_JS(void, js_watch_extractor, (int handle), {
  var info = Browser.workers[handle];
  if (!info) return;
  info.worker.onerror = function(e) {
    if (e && e.preventDefault) e.preventDefault();
    var msg = "extract-worker.js could not be run (" + String((e && e.message) || "it did not load") + ")";
    var n = lengthBytesUTF8(msg) + 1, p = _malloc(n);
    stringToUTF8(msg, p, n);
    _ae_extractor_failed(p, n - 1);
    _free(p);
  };
});
extern "C" EMSCRIPTEN_KEEPALIVE void ae_extractor_failed(const char* msg, size_t len) {
  const std::string error(msg, len);
  std::vector<uint32_t> pending;
  pending.swap(g_extract_pending);
  if (g_extractor) emscripten_destroy_worker(g_extractor);
  g_extractor = 0;
  for (uint32_t id : pending) app_on_extracted(id, {}, {}, error);
  app_on_wake(2, 0);
}
static void on_extractor_answer(char* data, int size, void* arg) {
  const uint32_t id = uint32_t(reinterpret_cast<uintptr_t>(arg));
  std::erase(g_extract_pending, id);
  const std::string_view r(data ? data : "", size_t(size > 0 ? size : 0));
  std::string_view doc, note, error = "the extractor gave no answer";
  if (r.starts_with("ok\n")) {
    const size_t eol = r.find('\n', 3);
    note = r.substr(3, eol == std::string_view::npos ? std::string_view::npos : eol - 3);
    doc = eol == std::string_view::npos ? std::string_view() : r.substr(eol + 1);
    error = {};
  } else if (r.starts_with("error\n")) {
    error = r.substr(6);
  }
  app_on_extracted(id, doc, note, error);
  app_on_wake(2, 0);
}
void keep_my_articles(std::string_view document, bool showing) {
  js_keep_my_articles(document.data(), document.size(), showing ? 1 : 0);
}
void extract_text(uint32_t request_id, std::string_view name, std::string_view bytes) {
  if (!g_extractor) {
    g_extractor = emscripten_create_worker("extract-worker.js");
    js_watch_extractor(g_extractor);
  }
  g_extract_pending.push_back(request_id);
  std::string request(name);
  request += '\0';
  request.append(bytes);
  emscripten_call_worker(g_extractor, "ae_extract_file", request.data(), int(request.size()), on_extractor_answer,
                         reinterpret_cast<void*>(uintptr_t(request_id)));
}

// Issue 15: the idle loop and the text overlay.
void install_input_bridge() { js_install_input_bridge(); }
void pause_loop(bool at_rest) {
  emscripten_pause_main_loop();
  if (at_rest) js_publish_idle(1);
}
void resume_loop() {
  js_publish_idle(0);
  emscripten_resume_main_loop();
}
void wake_after(double ms) { js_wake_after(ms); }
void show_text_overlay(const TextOverlay& at, std::string_view text, std::string_view placeholder) {
  js_show_text_overlay(at.x0, at.y0, at.x1, at.y1, at.font_px, at.pad_x, text.data(), text.size(), placeholder.data(),
                       placeholder.size(), 1);
}
void move_text_overlay(const TextOverlay& at) {
  js_show_text_overlay(at.x0, at.y0, at.x1, at.y1, at.font_px, at.pad_x, "", 0, "", 0, 0);
}
void hide_text_overlay() { js_hide_text_overlay(); }
std::string saved_theme() { return take_js_string(js_saved_theme()); }
void save_theme(std::string_view theme) { js_save_theme(theme.data(), theme.size()); }
bool prefers_light() { return js_prefers_light() != 0; }
void set_page_theme(bool light) { js_set_page_theme(light ? 1 : 0); }
void install_mirror() { js_install_mirror(); }
void publish_mirror(std::string_view json) { js_publish_mirror(json.data(), json.size()); }
void install_touch() { js_install_touch(); }
bool coarse_pointer() { return js_coarse_pointer() != 0; }

}  // namespace ae::platform

// ---- the session's view of this file (src/session/platform.h)
namespace ae::platform {
namespace {
class WebPlatform final : public session::Platform {
 public:
  void fetch(uint32_t id, std::string_view url, bool progress) override { platform::fetch(id, url, progress); }
  double now_ms() override { return platform::now_ms(); }
  void mark(std::string_view name) override { platform::mark(name); }
  std::string query_param(std::string_view name) override { return platform::query_param(name); }
  std::string location_hash() override { return platform::location_hash(); }
  std::string location_base() override { return platform::location_base(); }
  void set_history(std::string_view fragment, bool replace) override { platform::set_history(fragment, replace); }
  void copy_to_clipboard(std::string_view text) override { platform::copy_to_clipboard(text); }
  void download(std::string_view name, std::string_view mime, std::string_view data) override {
    platform::download(name, mime, data);
  }
  void load_image(uint32_t id, std::string_view url) override { platform::load_image(id, url); }
  void open_file_picker() override { platform::open_file_picker(); }
  void extract_text(uint32_t request_id, std::string_view name, std::string_view bytes) override {
    platform::extract_text(request_id, name, bytes);  // issue 14
  }
  void keep_my_articles(std::string_view document, bool showing) override {
    platform::keep_my_articles(document, showing);  // issue 14
  }
  void pack_for_link(uint32_t id, std::string_view document) override { platform::pack_for_link(id, document); }
  void unpack_from_link(uint32_t id, std::string_view packed, size_t max_bytes) override {
    platform::unpack_from_link(id, packed, max_bytes);
  }
};
}  // namespace

session::Platform& web_platform() {
  static WebPlatform* p = new WebPlatform();  // never destroyed, like the app
  return *p;
}

}  // namespace ae::platform
