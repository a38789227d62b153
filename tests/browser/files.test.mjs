// files.test.mjs: opening a corpus from a file (picker and drag-and-drop), a bad file that changes nothing,
// and photo thumbnails loaded from an item's `src` into WebGL textures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, openExplorer, state, waitForState, clickRect, shotPath, distDir } from './harness.mjs';
import { decodePng, encodePng } from './png.mjs';

const corpusText = fs.readFileSync(path.join(distDir, 'data', 'corpus.json'), 'utf8');
const corpus = JSON.parse(corpusText);

test('a corpus opened with the file picker replaces the default one', async () => {
  const server = await serve();
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    const mine = structuredClone(corpus);
    mine.articles[0].people = mine.articles[0].people.slice(0, 2);
    mine.articles[0].photos = [];  // photos name people; keep the file valid
    await b.page.setInputFiles('#file-input', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    const s = await waitForState(b.page, (x) => x.corpus.name === 'mine.json', 'the picked corpus');
    assert.equal(s.corpus.error, '');
    assert.equal(s.rowCounts.people, 2);
    assert.deepEqual(s.rows, mine.articles[0].people.map((p) => p.id));
  } finally { await b.close(); await server.close(); }
});

test('a dropped file that is not a valid corpus is reported and the current corpus is kept', async () => {
  const server = await serve();
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    const before = await state(b.page);
    await b.page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{"format":"article-json","version":1,"articles":[{"id":"a-1","title":7}]}'], 'bad.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    const s = await waitForState(b.page, (x) => x.corpus.error !== '', 'an error for the dropped file');
    assert.match(s.corpus.error, /^bad\.json:\d+: articles\[0\]\.title: /);
    assert.equal(s.corpus.name, 'data/corpus.json', 'the loaded corpus stays');
    assert.deepEqual(s.rowCounts, before.rowCounts);
    await b.page.screenshot({ path: shotPath('files-bad-drop.png') });
  } finally { await b.close(); await server.close(); }
});

test('photos with a src show a thumbnail', async () => {
  const withSrc = structuredClone(corpus);
  withSrc.articles[0].photos[0].src = 'img/red.png';
  withSrc.articles[0].photos[1].src = 'img/missing.png';
  const red = encodePng(80, 60, () => [220, 30, 30, 255]);
  const server = await serve(undefined, {
    override: (p) => p === '/data/corpus.json' ? { body: JSON.stringify(withSrc), headers: { 'Content-Type': 'application/json' } }
      : p === '/img/red.png' ? { body: red, headers: { 'Content-Type': 'image/png' } } : null,
  });
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    let s = await state(b.page);
    await clickRect(b.page, s.rects.tab_photos);
    s = await waitForState(b.page, (x) => x.thumbnails.ready === 1 && x.thumbnails.failed === 1, 'one thumbnail loaded, one failed');
    const key = `thumb:${withSrc.articles[0].photos[0].id}`;
    s = await waitForState(b.page, (x) => x.rects[key], 'the thumbnail is drawn');
    const r = s.rects[key];
    assert.ok(Math.abs((r[2] - r[0]) / (r[3] - r[1]) - 80 / 60) < 0.05, 'aspect ratio kept');
    const shot = decodePng(await b.page.screenshot({ clip: { x: r[0] + 4, y: r[1] + 4, width: 8, height: 8 } }));
    const [R, G, B] = shot.pixels;
    assert.ok(R > 180 && G < 80 && B < 80, `thumbnail pixels are the image's red (${R},${G},${B})`);
    await b.page.screenshot({ path: shotPath('photos-thumbnails.png') });
  } finally { await b.close(); await server.close(); }
});

test('with several articles, the article selector restricts every panel to one article', async () => {
  const two = structuredClone(corpus);
  const second = structuredClone(corpus.articles[0]);
  second.id = 'a-00000000000000b2';
  second.title = 'A second article with fewer people';
  second.people = second.people.slice(0, 3);
  second.photos = second.photos.filter((p) => p.people.every((id) => second.people.some((q) => q.id === id)));
  two.articles.push(second);
  const server = await serve(undefined, {
    override: (p) => p === '/data/corpus.json' ? { body: JSON.stringify(two), headers: { 'Content-Type': 'application/json' } } : null,
  });
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    let s = await state(b.page);
    assert.equal(s.rowCounts.people, corpus.articles[0].people.length + 3);
    assert.ok(s.rects.article, 'an article selector is shown for a multi-article corpus');
    await clickRect(b.page, s.rects.article);
    s = await waitForState(b.page, (x) => x.rects[`article:${second.id}`], 'the article list is open');
    await clickRect(b.page, s.rects[`article:${second.id}`]);
    s = await waitForState(b.page, (x) => x.article === second.id, 'second article chosen');
    assert.equal(s.rowCounts.people, 3);
    assert.equal(s.rowCounts.figures, second.figures.length);
    assert.equal(s.reader.article, second.id, 'the reader shows that article');
    assert.match(s.link, new RegExp(`article=${second.id}`));
    await b.page.screenshot({ path: shotPath('article-selector.png') });
  } finally { await b.close(); await server.close(); }
});
