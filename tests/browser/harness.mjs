// harness.mjs: shared pieces of the browser tests.
//  - serve(dir, {headers}): an in-process static file server on 127.0.0.1 and a free port (each test file
//    starts and stops its own);
//  - openExplorer(url, {width, height, dpr}): Debian's headless Chromium via playwright-core, a fresh profile,
//    console and page errors collected;
//  - helpers that wait on state the app publishes (frame counter, window.explorer.state()), never on sleeps.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const distDir = process.env.AE_DIST || path.join(repoRoot, 'dist');
export const outDir = path.join(here, 'out');
fs.mkdirSync(outDir, { recursive: true });

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm',
  '.ttf': 'font/ttf', '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

// A static server over `dir`. `headers` are added to every response; `override(urlPath)` may return
// {status, body, headers} (or a promise of it) to replace a response (broken data, slow shards).
export async function serve(dir = distDir, { headers = {}, override = null } = {}) {
  const server = http.createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const custom = override && (await override(urlPath));  // may be a promise (a response held back)
    if (custom) {
      res.writeHead(custom.status || 200, { ...headers, ...(custom.headers || {}) });
      res.end(custom.body || '');
      return;
    }
    let file = path.join(dir, urlPath);
    if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    if (urlPath.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, headers); res.end('not found'); return; }
      res.writeHead(200, { ...headers, 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
        'Content-Length': data.length, 'Cache-Control': 'no-store' });
      res.end(data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, port, close: () => new Promise((r) => server.close(r)) };
}

// Chromium flags proven on these machines (../shared/toolchain.md pitfall 11). No GL flags: headless
// Chromium uses ANGLE + SwiftShader for WebGL2 by itself.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

// `touch`: a phone or tablet (playwright's hasTouch and isMobile: touch events, the viewport meta tag honoured).
export async function openBrowser({ width = 1280, height = 800, dpr = 1, args = [], touch = false } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ae-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: [...ARGS, ...args],
    viewport: { width, height }, deviceScaleFactor: dpr, timeout: 60000, hasTouch: touch, isMobile: touch,
  });
  const page = context.pages()[0] || (await context.newPage());
  const logs = [];
  page.on('console', (m) => logs.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`[pageerror] ${e.message}`));
  return {
    context, page, logs,
    close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

// Opens `url` and waits until window.explorer.ready (first frame drawn with data).
export async function openExplorer(url, opts = {}) {
  const b = await openBrowser(opts);
  await b.page.goto(url, { waitUntil: 'load' });
  await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
  await frames(b.page, 2);  // ImGui lays out new tab bars and tables on their second frame
  return b;
}

export const state = (page) => page.evaluate(() => window.explorer.state());

// Waits until the app has drawn `n` more frames. The app draws only while something changes (issue 15), so it
// is asked for them (window.explorer.wake); input events wake it by themselves.
export async function frames(page, n = 2) {
  const f0 = await page.evaluate((k) => { if (window.explorer.wake) window.explorer.wake(k); return window.explorer.frame; }, n);
  await page.waitForFunction((f) => window.explorer.frame >= f, f0 + n, { timeout: 20000 });
}

// Waits until predicate(state) holds, polling the published state once per frame.
export async function waitForState(page, predicate, description, timeout = 20000) {
  const t0 = Date.now();
  let last;
  for (;;) {
    last = await state(page);
    // `pending`: hidden panels' tab counts are computed over the next frames (docs/automation.md).
    if (!last.pending && predicate(last)) return last;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${description}; last state: ${JSON.stringify(last)}`);
    await frames(page, 1);
  }
}

export const centre = (r) => ({ x: (r[0] + r[2]) / 2, y: (r[1] + r[3]) / 2 });

// A real mouse click on a published rectangle (ImGui coordinates are CSS px from the canvas origin at 0,0).
// ImGui 1.86 samples the mouse once per frame, so the pointer rests on the target for a frame before the
// button goes down, and the button is held across frames, as a person's click would be.
export async function clickRect(page, rect) {
  if (!rect) throw new Error('clickRect: no rectangle (is the widget on screen?)');
  const c = centre(rect);
  await page.mouse.move(c.x, c.y);
  await frames(page, 1);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 2);
}

// A key press that must change the view: the key is held until the published state shows the change, however
// many frames a loaded machine needs, then released at once (ImGui repeats a key held for 0.275 s, so a fixed
// hold can move twice on a slow machine, and a key down and up within one frame is never seen).
export async function pressKey(page, key, predicate, description) {
  await page.keyboard.down(key);
  try {
    return await waitForState(page, predicate, description);
  } finally {
    await page.keyboard.up(key);
    await frames(page, 1);
  }
}

// ImGui 1.86 samples key state once per frame: hold keys across >= 2 frames (toolchain pitfall 10). For a key
// whose effect shows in the state, pressKey() is the robust form.
export async function holdKey(page, key) {
  await page.keyboard.down(key);
  await frames(page, 2);
  await page.keyboard.up(key);
  await frames(page, 2);
}

export function shotPath(name) { return path.join(outDir, name); }

