// shell.js: the page shell around the WebAssembly explorer (no inline script: the page runs under a strict CSP).
//  - checks for WebGL2 and explains when it is missing instead of showing a blank page;
//  - downloads explorer.wasm with a progress bar, compiling it as it arrives (Module.instantiateWasm);
//  - defines window.explorer, the automation API for tests and embedding (docs/automation.md):
//      explorer.ready    true after the first frame drawn with data
//      explorer.frame    frame counter
//      explorer.state()  a fresh plain object describing the current view
//      explorer.whenReady()  a promise resolved when ready
//      explorer.wake(n)  draw at least n more frames (the app draws only when something changes: issue 15)
'use strict';
(function () {
  var overlay = document.getElementById('overlay');
  var message = document.getElementById('overlay-message');
  var bar = document.getElementById('overlay-bar');
  var detail = document.getElementById('overlay-detail');

  // Peak memory of loading a corpus as a multiple of its JSON size, measured with a 20% margin (see tooBig).
  var kFastLoadFactor = 4;      // one article per line (article-prep's layout): measured 3.3x
  var kGeneralLoadFactor = 12;  // any other layout: measured 9.9x
  function mib(n) { return n >= 1073741824 ? (n / 1073741824).toFixed(1) + ' GiB' : Math.floor(n / 1048576) + ' MiB'; }

  var shell = {
    setStatus: function (text, fraction) {
      message.textContent = text;
      if (fraction === undefined || fraction < 0) { bar.classList.add('indeterminate'); }
      else { bar.classList.remove('indeterminate'); bar.style.width = Math.min(100, fraction * 100).toFixed(1) + '%'; }
    },
    setDetail: function (text) { detail.textContent = text; },
    fail: function (title, text) {
      overlay.classList.remove('hidden');
      overlay.classList.add('error');
      overlay.querySelector('h1').textContent = title;
      message.textContent = text;
      detail.textContent = '';
    },
    hide: function () { overlay.classList.add('hidden'); document.documentElement.classList.add('ae-shown'); },
    // Out-of-memory guard (issue 17), asked before a corpus is copied into the wasm heap (platform_web.cpp:
    // js_fetch and file drop). `available` is what the app can still allocate (ae_heap_available() in
    // platform_web.cpp): the free bytes inside the heap, so memory freed by an earlier corpus counts again (the
    // wasm heap never shrinks, its allocator reuses it), plus what the heap can still grow by up to 2 GiB.
    // The load's peak is measured natively (tests/tools/load_memory_test.cpp, docs/security.md): 3.3 x the JSON
    // for the one-article-per-line layout article-prep writes, 9.9 x for any other layout (simdjson's
    // whole-document buffers); the factors below add a 20% margin. Until the first bytes are seen the first
    // factor applies; opts.general (the first line is not the canonical head) applies the second.
    // opts.partial: `bytes` is only what arrived so far (no Content-Length): the message says "larger than".
    // Returns '' when it fits, else a message that gives the size and what fits, in MiB.
    tooBig: function (bytes, name, available, opts) {
      opts = opts || {};
      var factor = opts.general ? kGeneralLoadFactor : kFastLoadFactor;
      var fits = Math.max(0, available) / factor;
      if (!(bytes > fits)) return '';
      var where = opts.general
        ? ' of JSON laid out like this in this browser tab (about ' + mib(Math.max(0, available) / kFastLoadFactor)
          + ' with one article per line, as article-prep writes it)'
        : ' of JSON in this browser tab';
      return name + (opts.partial ? ' is larger than ' : ' is ') + mib(bytes) + '; the explorer can hold about '
        + mib(fits) + where;
    },
    // True when `head` (the first bytes of a corpus) does not start with the canonical head line
    // ({"format":…,"articles":[ then a newline): the loader will take the whole-document path.
    generalLayout: function (head) {
      var nl = head.indexOf(10);
      if (nl < 0) return head.length >= 65536;  // no newline yet in 64 KiB: not one article per line
      var end = nl;
      while (end > 0 && (head[end - 1] === 32 || head[end - 1] === 9 || head[end - 1] === 13)) end--;
      var tail = '"articles":[', off = end - tail.length;
      if (off < 0) return true;
      for (var i = 0; i < tail.length; i++) if (head[off + i] !== tail.charCodeAt(i)) return true;
      return false;
    },
  };
  window.explorerShell = shell;

  var readyResolvers = [];
  var stateJson = '{}';
  window.explorer = {
    ready: false,
    frame: 0,
    idle: false,  // true while the app has paused drawing because nothing changes (issue 15)
    error: null,
    state: function () { return JSON.parse(stateJson); },
    whenReady: function () {
      var self = this;
      return new Promise(function (resolve) { if (self.ready) resolve(); else readyResolvers.push(resolve); });
    },
    // The app pauses its loop at rest (issue 15); a test that waits for "n more frames" asks for them first.
    wake: function (n) { if (this._wake) this._wake(n || 1); },
    _setState: function (json) { stateJson = json; },
    _onReady: function () { readyResolvers.splice(0).forEach(function (r) { r(); }); },
  };

  function fatal(title, text) {
    window.explorer.error = title + ': ' + text;
    shell.fail(title, text);
  }

  // Start every download the first view needs now, in parallel, instead of one after another: the explorer
  // binary, the UI font and (unless ?data= names another file, which the app checks first) the default
  // articles. The app's fetches take these responses (takeFetch) and stream their bodies as usual. Before the
  // WebGL2 probe (issue 18): it takes tens of ms in a fresh profile. index.html's preloads usually started them.
  var early = {};
  function prefetch(url) {
    early[url] = fetch(url);
    early[url].catch(function () {});  // a failure is reported when the app takes the response
  }
  prefetch('explorer.wasm');
  prefetch('fonts/ui.ttf');
  var dataParam = null;
  try { dataParam = new URLSearchParams(window.location.search).get('data'); } catch (e) { dataParam = null; }
  // ?data= is prefetched only when it is a path the app will accept (the same rule as is_safe_relative_path in
  // src/core/manifest.h; the app checks again and explains a refusal).
  function safePath(p) {
    return /^[A-Za-z0-9._\/-]{1,1024}$/.test(p) && p.charAt(0) !== '/' && /\.json$/.test(p) &&
      p.split('/').every(function (seg) { return seg !== '' && seg !== '.' && seg !== '..'; });
  }
  if (!dataParam) prefetch('data/corpus.json');
  else if (safePath(dataParam)) prefetch(dataParam);
  shell.takeFetch = function (url) {
    var p = early[url];
    delete early[url];  // once: a retry fetches afresh
    return p || fetch(url);
  };
  // WebGL2: without it nothing can be drawn, so say so plainly. The probe is the app's own context (issue 18): a
  // context of its own cost as much as the app's (tens of ms in a fresh profile, ~50 ms on a busy machine), and a
  // canvas has one WebGL2 context, so Emscripten's getContext('webgl2', …) later returns this one. It is made
  // with the attributes SDL asks for through Emscripten's EGL (SDL's defaults: no alpha, a depth buffer, no
  // stencil, no multisampling); the wrapper below warns if the app ever asks for others (a browser test fails).
  var canvas = document.getElementById('canvas');
  var kGlAttributes = { alpha: false, depth: true, stencil: false, antialias: false };
  // The drawing buffer gets its final size now, before the context exists: SDL then asks for the same size
  // (CSS box × devicePixelRatio, truncated as SDL does, its ratio a float) and src/app/library_canvas_size.js
  // skips the write, so the buffer is allocated once instead of reshaped at start-up (issue 18).
  var box = canvas.getBoundingClientRect();
  var ratio = Math.fround(window.devicePixelRatio || 1);
  if (box.width >= 1 && box.height >= 1) {
    canvas.width = Math.floor(box.width * ratio);
    canvas.height = Math.floor(box.height * ratio);
  }
  var gl = null;
  try { gl = canvas.getContext('webgl2', kGlAttributes); } catch (e) { gl = null; }
  if (!gl) {
    fatal('WebGL2 is not available',
      'Article Explorer draws with WebGL2, which this browser has disabled or does not support. ' +
      'Enable hardware acceleration (or WebGL) in the browser settings, or try a current Firefox, Chrome, Edge or Safari.');
    return;
  }
  var nativeGetContext = canvas.getContext;
  canvas.getContext = function (type, attrs) {
    if (type === 'webgl2' && attrs) {
      Object.keys(kGlAttributes).forEach(function (k) {
        if (k in attrs && !!attrs[k] !== kGlAttributes[k])
          console.warn('shell.js: the app asks for WebGL attribute ' + k + '=' + attrs[k] + ' but the shared context has ' + kGlAttributes[k]);
      });
    }
    return nativeGetContext.apply(canvas, arguments);
  };

  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    fatal('The graphics context was lost', 'The browser reset WebGL (driver reset or memory pressure). Reload the page to continue.');
  }, false);
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  function mb(n) { return (n / 1048576).toFixed(1) + ' MiB'; }

  shell.mark = function (name) { try { performance.mark(name); } catch (e) { /* marks are optional */ } };

  window.Module = {
    canvas: canvas,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.error(t); },
    onAbort: function (what) { fatal('The explorer stopped', String(what)); },
    // Download explorer.wasm ourselves so the bar shows real progress, and compile it while it downloads
    // (instantiateStreaming, issue 18): the counted body is handed on as a Response of type application/wasm,
    // whatever type the server sent (python3 -m http.server sends application/wasm; others may not).
    instantiateWasm: function (imports, receive) {
      shell.setStatus('Downloading the explorer…', 0);
      shell.takeFetch('explorer.wasm').then(function (resp) {
        if (!resp.ok) throw new Error('HTTP ' + resp.status + ' for explorer.wasm');
        var total = Number(resp.headers.get('Content-Length')) || 0;
        var reader = resp.body.getReader();
        var loaded = 0;
        var counted = new ReadableStream({
          pull: function (ctl) {
            return reader.read().then(function (r) {
              if (r.done) {
                shell.mark('ae:wasm-downloaded');
                shell.setStatus('Compiling…', -1);
                shell.setDetail('');
                ctl.close();
                return;
              }
              loaded += r.value.length;
              if (total) { shell.setStatus('Downloading the explorer…', loaded / total); shell.setDetail(mb(loaded) + ' of ' + mb(total)); }
              ctl.enqueue(r.value);
            });
          },
        });
        var wasmResp = new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
        if (WebAssembly.instantiateStreaming) return WebAssembly.instantiateStreaming(wasmResp, imports);
        return wasmResp.arrayBuffer().then(function (bytes) { return WebAssembly.instantiate(bytes, imports); });
      }).then(function (result) {
        shell.mark('ae:wasm-compiled');
        shell.setStatus('Starting…', -1);
        receive(result.instance, result.module);
      }).catch(function (e) {
        fatal('The explorer could not be loaded', String(e && e.message ? e.message : e));
      });
      return {};
    },
  };
  window.addEventListener('error', function (e) {
    if (!window.explorer.ready) fatal('The explorer could not start', String(e.message));
  });

  var script = document.createElement('script');
  script.src = 'explorer.js';
  script.onerror = function () { fatal('The explorer could not be loaded', 'explorer.js failed to download.'); };
  document.body.appendChild(script);
})();
