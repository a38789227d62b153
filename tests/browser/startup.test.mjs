// startup.test.mjs: the first view's startup path (issue 18, first frame with data): index.html preloads the files
// the first view needs and shell.js's fetches take those responses (one request each), and the WebGL2 context
// shell.js creates to check for WebGL2 is the one the app draws with (a second context cost tens of ms).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openBrowser } from './harness.mjs';

async function openCounting() {
  const requests = {};
  const order = [];  // request paths in the order they reached the server
  const server = await serve(undefined, { override: (p) => { requests[p] = (requests[p] || 0) + 1; order.push(p); return null; } });
  const b = await openBrowser();
  // Counts the distinct WebGL2 contexts handed out on any canvas (the page's scripts run after this).
  await b.page.addInitScript(() => {
    const contexts = new Set();
    const original = HTMLCanvasElement.prototype.getContext;
    window.__webglExtensions = [];
    const getExtension = WebGL2RenderingContext.prototype.getExtension;
    WebGL2RenderingContext.prototype.getExtension = function (name) {
      window.__webglExtensions.push(name);
      return getExtension.call(this, name);
    };
    // Every write of a canvas's width or height, with whether the canvas had a WebGL2 context then (a reshape).
    window.__canvasSizeWrites = [];
    for (const k of ['width', 'height']) {
      const d = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, k);
      Object.defineProperty(HTMLCanvasElement.prototype, k, {
        get: d.get, configurable: true,
        set(v) { window.__canvasSizeWrites.push(`${this.id}.${k}=${v}${contexts.size ? ' reshape' : ''}`); d.set.call(this, v); },
      });
    }
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      const ctx = original.call(this, type, ...rest);
      if (type === 'webgl2' && ctx) contexts.add(ctx);
      window.__webgl2Contexts = contexts.size;
      return ctx;
    };
  });
  await b.page.goto(server.url, { waitUntil: 'load' });
  await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
  return { b, server, requests, order };
}

test('the first view\'s files are requested once each: the preloads are the requests the app uses', async () => {
  const { b, server, requests } = await openCounting();
  try {
    for (const p of ['/a11y.js', '/shell.js', '/explorer.wasm', '/explorer.js', '/fonts/ui.ttf', '/data/corpus.json'])
      assert.equal(requests[p], 1, `${p} requested ${requests[p] || 0} times: ${JSON.stringify(requests)}`);
    assert.equal(requests['/extract-worker.wasm'], undefined, 'the extractor worker is not fetched for the first view');
    const s = await b.page.evaluate(() => window.explorer.state());
    assert.equal(s.corpus.status, 'loaded');
    // The startup marks, in order (bench/first-frame-ab.mjs reads them).
    const marks = await b.page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    const order = ['ae:wasm-downloaded', 'ae:wasm-compiled', 'ae:main', 'ae:corpus-parsed', 'ae:first-data-frame'];
    for (let i = 1; i < order.length; ++i)
      assert.ok(marks[order[i - 1]] <= marks[order[i]], `${order[i - 1]} before ${order[i]}: ${JSON.stringify(marks)}`);
    assert.ok(marks['ae:fonts-built'] <= marks['ae:first-data-frame'], JSON.stringify(marks));
    assert.deepEqual(b.logs.filter((l) => /preload|\[pageerror\]/i.test(l)), []);
  } finally { await b.close(); await server.close(); }
});

test('one WebGL2 context: shell.js\'s WebGL2 check creates the context the app draws with, as the app asks for it', async () => {
  const { b, server } = await openCounting();
  try {
    assert.equal(await b.page.evaluate(() => window.__webgl2Contexts), 1);
    const attrs = await b.page.evaluate(() => document.getElementById('canvas').getContext('webgl2').getContextAttributes());
    assert.deepEqual([attrs.alpha, attrs.depth, attrs.stencil, attrs.antialias], [false, true, false, false]);
    // shell.js warns when the attributes the app (SDL through Emscripten's EGL) asks for differ from its own.
    assert.deepEqual(b.logs.filter((l) => /WebGL attribute/.test(l)), []);
    // The app draws with it: the canvas is not blank.
    const px = await b.page.evaluate(() => {
      const gl = document.getElementById('canvas').getContext('webgl2');
      return [gl.drawingBufferWidth, gl.drawingBufferHeight];
    });
    assert.deepEqual(px, [1280, 800]);
    // No WebGL extension is enabled: the app draws with core WebGL2, and Emscripten's enabling of every extension
    // on offer (-sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS, off) cost a GPU round trip each before main (issue 18).
    assert.deepEqual(await b.page.evaluate(() => window.__webglExtensions), []);
    // The drawing buffer is never reshaped at start-up: shell.js sizes the canvas before the context exists, and
    // SDL's probe (1x1, then the CSS size) is written once, only if it differs (src/app/library_canvas_size.js).
    assert.deepEqual(await b.page.evaluate(() => window.__canvasSizeWrites), ['canvas.width=1280', 'canvas.height=800']);
  } finally { await b.close(); await server.close(); }
});

test('shell.js and a11y.js are requested with the first preloads, before the wasm', async () => {
  const { b, server, order } = await openCounting();
  try {
    // Chromium opens 6 connections per host: of the 7 first-view requests, the 7th waits for a free one. index.html
    // preloads shell.js (which everything else waits for) before the wasm, so the one that waits is not shell.js.
    const first = order.filter((p) => p !== '/' && p !== '/favicon.svg');
    assert.ok(first.indexOf('/shell.js') >= 0 && first.indexOf('/shell.js') < first.indexOf('/explorer.wasm'), first.join(' '));
    assert.ok(first.indexOf('/a11y.js') < first.indexOf('/explorer.wasm'), first.join(' '));
  } finally { await b.close(); await server.close(); }
});

test('with the articles held back, the first atlas and the first full frame wait for them', async () => {
  let release;
  const gate = new Promise((r) => { release = r; });
  const server = await serve(undefined, { override: async (p) => { if (p === '/data/corpus.json') await gate; return null; } });
  const b = await openBrowser();
  try {
    await b.page.goto(server.url, { waitUntil: 'commit' });
    // The font has arrived and the app has drawn frames since (explorer.wake asks for them).
    await b.page.waitForFunction(() => window.explorer && window.explorer.wake &&
      performance.getEntriesByType('resource').some((e) => e.name.endsWith('/fonts/ui.ttf') && e.responseEnd > 0), null, { timeout: 60000 });
    const f0 = await b.page.evaluate(() => { window.explorer.wake(3); return window.explorer.frame; });
    await b.page.waitForFunction((f) => window.explorer.frame >= f, f0 + 3, { timeout: 20000 });
    const before = await b.page.evaluate(() => ({
      marks: performance.getEntriesByType('mark').map((m) => m.name),
      ready: window.explorer.ready,
      canvas: getComputedStyle(document.getElementById('canvas')).visibility,
      overlay: document.getElementById('overlay').classList.contains('hidden') ? '' : document.getElementById('overlay-message').textContent,
    }));
    assert.equal(before.ready, false);
    assert.ok(before.marks.includes('ae:main'), JSON.stringify(before.marks));
    assert.ok(!before.marks.includes('ae:fonts-built'), 'no atlas before the articles: ' + JSON.stringify(before.marks));
    assert.match(before.overlay, /Loading font and articles/);
    // The canvas stays hidden under the overlay until the first frame with data: a visible WebGL canvas is read back
    // for the compositor after every resize even while covered, tens of ms with SwiftShader (issue 18).
    assert.equal(before.canvas, 'hidden');
    release();
    await b.page.waitForFunction(() => window.explorer.ready === true, null, { timeout: 60000 });
    assert.equal(await b.page.evaluate(() => getComputedStyle(document.getElementById('canvas')).visibility), 'visible');
    const marks = await b.page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    assert.ok(marks['ae:corpus-parsed'] <= marks['ae:fonts-built'], JSON.stringify(marks));
    assert.equal((await b.page.evaluate(() => window.explorer.state())).corpus.status, 'loaded');
  } finally { release(); await b.close(); await server.close(); }
});
