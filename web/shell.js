// shell.js: the page shell around the WebAssembly explorer (no inline script: the page runs under a strict CSP).
//  - checks for WebGL2 and explains when it is missing instead of showing a blank page;
//  - downloads explorer.wasm with a progress bar, then compiles it (Module.instantiateWasm);
//  - defines window.explorer, the automation API for tests and embedding (docs/automation.md):
//      explorer.ready    true after the first frame drawn with data
//      explorer.frame    frame counter
//      explorer.state()  a fresh plain object describing the current view
//      explorer.whenReady()  a promise resolved when ready
'use strict';
(function () {
  var overlay = document.getElementById('overlay');
  var message = document.getElementById('overlay-message');
  var bar = document.getElementById('overlay-bar');
  var detail = document.getElementById('overlay-detail');

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
    hide: function () { overlay.classList.add('hidden'); },
    // Out-of-memory guard, asked before a corpus is copied into the wasm heap (platform_web.cpp: js_fetch and
    // file drop). The heap can grow to 2 GiB (-sMAXIMUM_MEMORY=2GB in cmake/wasm_app.cmake) and the parsed
    // model needs about 3 times the JSON text (the text itself, simdjson's tape, the packed corpus), so a
    // file fits when 3 x its size is within 2 GiB - heapBytes (HEAPU8.length, the heap's current size).
    // Returns '' when it fits, else a message that gives the size and what fits.
    tooBig: function (bytes, name, heapBytes) {
      // Measured (docs/performance.md): loading takes about 10x the JSON size at peak (the fetched copy, the
      // loader's padded copy, simdjson's index and string buffer, the model).
      var headroom = Math.max(0, 2147483648 - heapBytes), fits = headroom / 10;
      if (!(bytes > fits)) return '';
      function size(n) { return n >= 1073741824 ? (n / 1073741824).toFixed(1) + ' GB' : Math.floor(n / 1048576) + ' MB'; }
      return name + ' is ' + size(bytes) + '; the explorer can hold about ' + size(fits) + ' of JSON in this browser tab';
    },
  };
  window.explorerShell = shell;

  var readyResolvers = [];
  var stateJson = '{}';
  window.explorer = {
    ready: false,
    frame: 0,
    error: null,
    state: function () { return JSON.parse(stateJson); },
    whenReady: function () {
      var self = this;
      return new Promise(function (resolve) { if (self.ready) resolve(); else readyResolvers.push(resolve); });
    },
    _setState: function (json) { stateJson = json; },
    _onReady: function () { readyResolvers.splice(0).forEach(function (r) { r(); }); },
  };

  function fatal(title, text) {
    window.explorer.error = title + ': ' + text;
    shell.fail(title, text);
  }

  // WebGL2 first: without it nothing can be drawn, so say so plainly.
  var probe = document.createElement('canvas');
  var gl = null;
  try { gl = probe.getContext('webgl2'); } catch (e) { gl = null; }
  if (!gl) {
    fatal('WebGL2 is not available',
      'Article Explorer draws with WebGL2, which this browser has disabled or does not support. ' +
      'Enable hardware acceleration (or WebGL) in the browser settings, or try a current Firefox, Chrome, Edge or Safari.');
    return;
  }
  var lose = gl.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext();

  var canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    fatal('The graphics context was lost', 'The browser reset WebGL (driver reset or memory pressure). Reload the page to continue.');
  }, false);
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  function mb(n) { return (n / 1048576).toFixed(1) + ' MB'; }

  // Start every download the first view needs now, in parallel, instead of one after another: the explorer
  // binary, the UI font and (unless ?data= names another file, which the app checks first) the default
  // articles. The app's fetches take these responses (takeFetch) and stream their bodies as usual.
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
  shell.mark = function (name) { try { performance.mark(name); } catch (e) { /* marks are optional */ } };

  window.Module = {
    canvas: canvas,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.error(t); },
    onAbort: function (what) { fatal('The explorer stopped', String(what)); },
    // Download explorer.wasm ourselves so the bar shows real progress, then compile and instantiate it.
    instantiateWasm: function (imports, receive) {
      shell.setStatus('Downloading the explorer…', 0);
      shell.takeFetch('explorer.wasm').then(function (resp) {
        if (!resp.ok) throw new Error('HTTP ' + resp.status + ' for explorer.wasm');
        var total = Number(resp.headers.get('Content-Length')) || 0;
        var reader = resp.body.getReader();
        var chunks = [], loaded = 0;
        function pump() {
          return reader.read().then(function (r) {
            if (r.done) return;
            chunks.push(r.value); loaded += r.value.length;
            if (total) { shell.setStatus('Downloading the explorer…', loaded / total); shell.setDetail(mb(loaded) + ' of ' + mb(total)); }
            return pump();
          });
        }
        return pump().then(function () {
          var bytes = new Uint8Array(loaded), off = 0;
          chunks.forEach(function (c) { bytes.set(c, off); off += c.length; });
          shell.setStatus('Compiling…', -1);
          shell.setDetail('');
          shell.mark('ae:wasm-downloaded');
          return WebAssembly.instantiate(bytes, imports);
        });
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
