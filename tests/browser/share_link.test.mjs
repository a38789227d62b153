// share_link.test.mjs: every view a user reaches by clicking has a URL that restores it exactly, in a fresh
// browser; Back/Forward walk earlier views; "Copy link" fills the clipboard; hostile fragments stay inert.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openExplorer, state, waitForState, clickRect, frames, holdKey, shotPath } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

// The parts of state() that make up a view (rects and frame-dependent fields excluded).
const viewOf = (s) => ({ panel: s.panel, topics: s.topics, query: s.query, figureKinds: s.figureKinds, article: s.article,
  selection: s.selection, sort: s.sort, rowCounts: s.rowCounts, rows: s.rows, reader: s.reader });

async function typeInSearch(page, text) {
  const s = await state(page);
  await clickRect(page, s.rects.search);
  await page.keyboard.type(text, { delay: 20 });
  await waitForState(page, (x) => x.query.endsWith(text), `query "${text}"`);
}

test('a view set by clicking and typing reopens identically from its URL in a fresh browser', async () => {
  const a = await openExplorer(server.url, { width: 1280, height: 800 });
  let href, original;
  try {
    let s = await state(a.page);
    await clickRect(a.page, s.rects.tab_figures);
    s = await waitForState(a.page, (x) => x.panel === 'figures', 'figures panel');
    const topic = Object.keys(s.facets).find((t) => s.facets[t] > 0);
    assert.ok(topic, 'some topic has figures');
    await clickRect(a.page, s.rects[`topic:${topic}`]);
    s = await waitForState(a.page, (x) => x.topics.includes(topic) && x.rows.length > 0 && x.rowRects[x.rows[0]], `topic ${topic} on`);
    const firstRow = s.rows[0];
    await clickRect(a.page, s.rowRects[firstRow]);
    s = await waitForState(a.page, (x) => x.selection && x.selection.item === firstRow, 'row selected');
    await typeInSearch(a.page, firstRow.slice(2, 4));
    await waitForState(a.page, (x) => x.link.includes('q='), 'the typed query reaches the URL (debounced replaceState)');
    href = await a.page.evaluate(() => location.href);
    original = viewOf(await state(a.page));
    assert.match(href, /#v=1&panel=figures&topics=/);
  } finally { await a.close(); }

  const b = await openExplorer(href, { width: 1000, height: 700 });
  try {
    const restored = viewOf(await state(b.page));
    assert.deepEqual(restored, original);
    assert.equal((await state(b.page)).linkNotice, null, 'nothing was ignored');
    await b.page.screenshot({ path: shotPath('link-restored.png') });
  } finally { await b.close(); }
});

test('Back and Forward walk across three views', async () => {
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    const p = b.page;
    let s = await state(p);
    const v1 = viewOf(s);
    await clickRect(p, s.rects.tab_figures);
    s = await waitForState(p, (x) => x.panel === 'figures' && x.link.includes('panel=figures'), 'view 2');
    const v2 = viewOf(s);
    await clickRect(p, s.rects.tab_photos);
    s = await waitForState(p, (x) => x.panel === 'photos' && x.link.includes('panel=photos'), 'view 3');
    const v3 = viewOf(s);
    await p.goBack();
    s = await waitForState(p, (x) => x.panel === 'figures', 'back to view 2');
    assert.deepEqual(viewOf(s), v2);
    await p.goBack();
    s = await waitForState(p, (x) => x.panel === 'people', 'back to view 1');
    assert.deepEqual(viewOf(s), v1);
    await p.goForward();
    s = await waitForState(p, (x) => x.panel === 'figures', 'forward to view 2');
    assert.deepEqual(viewOf(s), v2);
    await p.goForward();
    s = await waitForState(p, (x) => x.panel === 'photos', 'forward to view 3');
    assert.deepEqual(viewOf(s), v3);
  } finally { await b.close(); }
});

test('"Copy link" puts the full URL on the clipboard and confirms it', async () => {
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    let s = await state(b.page);
    await clickRect(b.page, s.rects.tab_agreements);
    s = await waitForState(b.page, (x) => x.link.includes('panel=agreements'), 'agreements view in the URL');
    await clickRect(b.page, s.rects.copy_link);
    s = await waitForState(b.page, (x) => x.notice !== '', 'a confirmation');
    assert.equal(s.notice, 'Link copied to the clipboard');
    const clip = await b.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clip, await b.page.evaluate(() => location.href));
    assert.match(clip, /^http:\/\/127\.0\.0\.1:\d+\/#v=1&panel=agreements$/);
  } finally { await b.close(); }
});

test('a hostile fragment leaves the page usable and says what was ignored', async () => {
  const hostile = '#v=1&panel=figures&q=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E&topics=nosuch,javascript:alert(1)' +
    '&sel=a-0/zz&bad=%&colour=red&x=' + 'A'.repeat(100 * 1024);
  const b = await openExplorer(server.url + hostile, { width: 1280, height: 800 });
  try {
    const p = b.page;
    let s = await state(p);
    assert.equal(s.panel, 'figures', 'the valid part applied');
    assert.equal(s.query, '<script>window.pwned=1</script>', 'hostile text is only a search string');
    assert.ok(Array.isArray(s.linkNotice) && s.linkNotice.length >= 3, JSON.stringify(s.linkNotice));
    assert.ok(s.linkNotice.some((m) => /bytes long/.test(m)), 'the length cut is reported');
    assert.equal(await p.evaluate(() => window.pwned), undefined, 'nothing ran');
    assert.deepEqual(await p.evaluate(() => [...document.querySelectorAll('script')].map((e) => e.getAttribute('src')).sort()),
      ['a11y.js', 'explorer.js', 'shell.js'], 'no script element was added (the page\'s own three only)');
    await p.screenshot({ path: shotPath('link-hostile-notice.png') });
    // Still usable: dismiss the notice, switch panels by clicking.
    await clickRect(p, s.rects.dismiss_link_notice);
    s = await waitForState(p, (x) => x.linkNotice === null, 'notice dismissed');
    await clickRect(p, s.rects.tab_people);
    await waitForState(p, (x) => x.panel === 'people', 'people panel after a hostile link');
  } finally { await b.close(); }
});
