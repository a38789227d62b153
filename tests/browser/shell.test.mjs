// shell.test.mjs: the app shell in real headless Chromium: it loads, fills the window at DPR 1 and 2, follows
// resizes, draws its panels (pixels, not just "no crash"), reacts to a real click on a published rectangle,
// and explains itself when WebGL2 is missing or the corpus is broken.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, openBrowser, openExplorer, state, waitForState, clickRect, shotPath, frames } from './harness.mjs';
import { decodePng, countDiffering } from './png.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

test('the page loads, becomes ready and reports the default corpus', async () => {
  const b = await openExplorer(server.url, { width: 1280, height: 800, dpr: 1 });
  try {
    const s = await state(b.page);
    assert.equal(s.ready, true);
    assert.equal(s.corpus.status, 'loaded', `corpus error: ${s.corpus.error}`);
    assert.equal(s.corpus.articles, 1);
    assert.equal(s.panel, 'people');
    const f0 = await b.page.evaluate(() => window.explorer.frame);
    await frames(b.page, 3);
    assert.ok((await b.page.evaluate(() => window.explorer.frame)) >= f0 + 3, 'frame counter advances');
    const overlayHidden = await b.page.evaluate(() => document.getElementById('overlay').classList.contains('hidden'));
    assert.equal(overlayHidden, true, 'the loading overlay is gone once the app has data');
  } finally { await b.close(); }
});

for (const dpr of [1, 2]) {
  test(`canvas fills the viewport at DPR ${dpr} and the panels are drawn`, async () => {
    const b = await openExplorer(server.url, { width: 1024, height: 640, dpr });
    try {
      const s = await state(b.page);
      assert.deepEqual([s.display.width, s.display.height], [1024, 640]);
      assert.deepEqual([s.display.framebufferWidth, s.display.framebufferHeight], [1024 * dpr, 640 * dpr]);
      assert.equal(s.display.dpr, dpr, 'font atlas built for this pixel ratio');
      const canvas = await b.page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height, c.clientWidth, c.clientHeight]; });
      assert.deepEqual(canvas, [1024 * dpr, 640 * dpr, 1024, 640]);

      const file = shotPath(`shell-dpr${dpr}.png`);
      await b.page.screenshot({ path: file });
      const img = decodePng(fs.readFileSync(file));
      assert.equal(img.width, 1024 * dpr);
      // Each tab title has text pixels: its rectangle differs from the tab background in many pixels.
      for (const name of ['people', 'agreements', 'figures', 'photos']) {
        const r = s.rects[`tab_${name}`];
        assert.ok(r[2] - r[0] > 40 && r[3] - r[1] > 10, `tab ${name} has a sensible rectangle ${r}`);
        const tab = await b.page.screenshot({ clip: { x: r[0], y: r[1], width: r[2] - r[0], height: r[3] - r[1] } });
        const t = decodePng(tab);
        const bg = [t.pixels[0], t.pixels[1], t.pixels[2]];
        const textPixels = countDiffering(t, bg, 80);
        assert.ok(textPixels > 20 * dpr * dpr, `tab ${name} shows its title (${textPixels} text pixels)`);
      }
    } finally { await b.close(); }
  });
}

test('the canvas follows browser window resizes', async () => {
  const b = await openExplorer(server.url, { width: 1024, height: 640, dpr: 1 });
  try {
    await b.page.setViewportSize({ width: 1400, height: 900 });
    const s = await waitForState(b.page, (x) => x.display.width === 1400 && x.display.height === 900, 'resize to 1400×900');
    assert.deepEqual([s.display.framebufferWidth, s.display.framebufferHeight], [1400, 900]);
    assert.ok(s.rects.reader[2] > 1300, 'the reader moved to the new right edge');
  } finally { await b.close(); }
});

test('a real click on the published Figures tab rectangle switches the panel', async () => {
  const b = await openExplorer(server.url, { width: 1280, height: 800, dpr: 1 });
  try {
    let s = await state(b.page);
    assert.equal(s.panel, 'people');
    await clickRect(b.page, s.rects.tab_figures);
    s = await waitForState(b.page, (x) => x.panel === 'figures', 'panel = figures');
    await clickRect(b.page, s.rects.tab_photos);
    s = await waitForState(b.page, (x) => x.panel === 'photos', 'panel = photos');
    assert.equal(s.panel, 'photos');
  } finally { await b.close(); }
});

test('without WebGL the page explains why instead of staying blank', async () => {
  const b = await openBrowser({ width: 1024, height: 640, args: ['--disable-webgl', '--disable-3d-apis'] });
  try {
    await b.page.goto(server.url, { waitUntil: 'load' });
    await b.page.waitForFunction(() => window.explorer && window.explorer.error !== null, null, { timeout: 20000 });
    const text = await b.page.evaluate(() => document.getElementById('overlay').innerText);
    assert.match(text, /WebGL2 is not available/);
    assert.match(text, /hardware acceleration/);
    await b.page.screenshot({ path: shotPath('shell-no-webgl.png') });
  } finally { await b.close(); }
});

test('a malformed corpus shows the loader message and the page stays usable', async () => {
  const broken = await serve(undefined, {
    override: (p) => (p === '/data/corpus.json' ? { body: '{"format":"article-json","version":1,"articles":[{"id":"a-1","title":', headers: { 'Content-Type': 'application/json' } } : null),
  });
  const b = await openExplorer(broken.url, { width: 1280, height: 800, dpr: 1 });
  try {
    const s = await state(b.page);
    assert.equal(s.corpus.status, 'failed');
    assert.match(s.corpus.error, /^data\/corpus\.json:\d+: /, s.corpus.error);
    await b.page.screenshot({ path: shotPath('shell-broken-corpus.png') });
    await clickRect(b.page, s.rects.tab_figures);
    await waitForState(b.page, (x) => x.panel === 'figures', 'panel = figures after a failed load');
  } finally { await b.close(); await broken.close(); }
});
