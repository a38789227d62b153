// panels.test.mjs: the explorer on the default corpus (the seed article), driven with real mouse and keyboard on
// the published rectangles. Expected counts come from an independent oracle: this file reads dist/data/corpus.json
// with JSON.parse and counts in JavaScript what the C++ query engine must show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, openExplorer, state, waitForState, clickRect, frames, holdKey, pressKey, shotPath, distDir } from './harness.mjs';

const corpus = JSON.parse(fs.readFileSync(path.join(distDir, 'data', 'corpus.json'), 'utf8'));
const article = corpus.articles[0];
const kinds = { people: 'people', agreements: 'agreements', figures: 'figures', photos: 'photos' };
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const searchText = {
  people: (p) => [p.name, p.role, p.affiliation],
  agreements: (a) => [a.title, a.kind, ...(a.parties || [])],
  figures: (f) => [f.text, f.subject, f.unit],
  photos: (p) => [p.caption, p.credit],
};
const matching = (panel, { topic, query } = {}) => article[panel].filter((item) =>
  (!topic || (item.topics || []).includes(topic)) &&
  (!query || searchText[panel](item).filter(Boolean).map(fold).join('\n').includes(fold(query))));

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

function parseCsv(text) {  // RFC 4180
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  return rows;
}

test('each panel lists the seed article\'s items, with counts in the tabs', async () => {
  const b = await openExplorer(server.url, { width: 1920, height: 1080, dpr: 2 });
  try {
    let s = await state(b.page);
    for (const panel of Object.keys(kinds)) {
      assert.equal(s.rowCounts[panel], article[panel].length, `${panel} count`);
    }
    for (const panel of Object.keys(kinds)) {
      await clickRect(b.page, s.rects[`tab_${panel}`]);
      s = await waitForState(b.page, (x) => x.panel === panel, `${panel} panel`);
      assert.deepEqual(s.rows, article[panel].map((i) => i.id), `${panel} rows in corpus order`);
      await b.page.screenshot({ path: shotPath(`panel-${panel}-dpr2.png`) });
    }
  } finally { await b.close(); }
});

test('the seed\'s key facts are in the panels', () => {
  const person = (name) => article.people.find((p) => p.name === name);
  assert.equal(person('Mike Pompeo')?.role, 'Secretary of State');
  assert.equal(person('Kassym-Jomart Tokayev')?.role, 'President');
  assert.equal(person('Mukhtar Tileuberdi')?.role, 'Foreign Minister');
  assert.equal(person('Nursultan Nazarbayev')?.role, 'First President');
  assert.equal(person('Donald Trump')?.role, 'President');
  const fig = (value, unit) => article.figures.find((f) => f.value === value && f.unit === unit);
  assert.ok(fig(2.1e9, 'USD'), '$2.1 billion');
  assert.ok(fig(57, '%'), '57 percent');
  assert.ok(fig(18.5, '%'), '18.5 percent');
  assert.ok(fig(31.23e9, 'USD'), '$31.23 billion');
  assert.ok(article.agreements.some((a) => /open skies/i.test(a.title)), 'open skies agreement');
  assert.ok(article.photos.some((p) => p.credit === 'Akorda press service'), 'Akorda photo credit');
});

test('clicking the topic "trade" changes the counts to the expected values', async () => {
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    let s = await state(b.page);
    await clickRect(b.page, s.rects.tab_figures);
    s = await waitForState(b.page, (x) => x.panel === 'figures', 'figures');
    assert.ok(s.rects['topic:trade'], 'a trade chip');
    assert.equal(s.facets.trade, matching('figures', { topic: 'trade' }).length, 'facet count on the chip');
    await clickRect(b.page, s.rects['topic:trade']);
    s = await waitForState(b.page, (x) => x.topics.includes('trade'), 'trade on');
    for (const panel of Object.keys(kinds)) {
      assert.equal(s.rowCounts[panel], matching(panel, { topic: 'trade' }).length, `${panel} with topic trade`);
    }
    assert.deepEqual(s.rows, matching('figures', { topic: 'trade' }).map((f) => f.id));
    await clickRect(b.page, s.rects.clear);
    s = await waitForState(b.page, (x) => x.topics.length === 0, 'filters cleared');
    assert.equal(s.rowCounts.figures, article.figures.length);
  } finally { await b.close(); }
});

test('typing a query filters the rows; an empty result says why', async () => {
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    let s = await state(b.page);
    await clickRect(b.page, s.rects.tab_figures);
    await clickRect(b.page, s.rects.search);
    await b.page.keyboard.type('billion', { delay: 20 });
    s = await waitForState(b.page, (x) => x.query === 'billion', 'query typed');
    const expected = matching('figures', { query: 'billion' }).map((f) => f.id);
    assert.ok(expected.length >= 2);
    assert.deepEqual(s.rows, expected);
    await b.page.keyboard.type(' zzzz', { delay: 20 });
    s = await waitForState(b.page, (x) => x.query === 'billion zzzz', 'query extended');
    assert.deepEqual(s.rows, []);
    await b.page.screenshot({ path: shotPath('panel-empty-state.png') });
  } finally { await b.close(); }
});

test('selecting a figure highlights its sentence in the reader; arrows move, Enter shows', async () => {
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    let s = await state(b.page);
    await clickRect(b.page, s.rects.tab_figures);
    const target = article.figures.find((f) => f.value === 2.1e9 && f.unit === 'USD');
    // Wait for the row's rectangle, not just the panel: the switching frame may still publish the People rows.
    s = await waitForState(b.page, (x) => x.panel === 'figures' && x.rowRects[target.id], 'figures');
    await clickRect(b.page, s.rowRects[target.id]);
    s = await waitForState(b.page, (x) => x.selection && x.selection.item === target.id, 'figure selected');
    const para = Buffer.from(article.paragraphs[target.evidence.paragraph], 'utf8');
    const slice = (sp) => para.subarray(sp[0], sp[1]).toString('utf8');
    assert.equal(s.reader.paragraph, target.evidence.paragraph);
    assert.equal(s.reader.sentenceText, slice(target.evidence.sentence));
    assert.equal(s.reader.matchText, slice(target.evidence.match));
    assert.match(s.reader.sentenceText, /bilateral trade reached \$2\.1 billion/);
    await b.page.screenshot({ path: shotPath('reader-highlight.png') });

    // Keyboard: Down selects the next row, Up the previous.
    const index = s.rows.indexOf(target.id);
    s = await pressKey(b.page, 'ArrowDown', (x) => x.selection.item === x.rows[index + 1], 'next row');
    s = await pressKey(b.page, 'ArrowUp', (x) => x.selection.item === target.id, 'back up');
    await holdKey(b.page, 'Enter');
    assert.equal((await state(b.page)).selection.item, target.id);
  } finally { await b.close(); }
});

test('selecting a person highlights all their mentions and lists where they appear', async () => {
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    let s = await state(b.page);
    const pompeo = article.people.find((p) => p.name === 'Mike Pompeo');
    await clickRect(b.page, s.rowRects[pompeo.id]);
    s = await waitForState(b.page, (x) => x.selection && x.selection.item === pompeo.id, 'Pompeo selected');
    assert.equal(s.reader.mentionsHighlighted, pompeo.mentions.length);
    const photo = article.photos.find((p) => p.people.includes(pompeo.id));
    assert.ok(photo, 'Pompeo is pictured');
    const key = `appears:${photo.id}`;
    assert.ok(s.rects[key], `a link to ${photo.id}`);
    await b.page.screenshot({ path: shotPath('reader-person.png') });
    await clickRect(b.page, s.rects[key]);
    s = await waitForState(b.page, (x) => x.selection && x.selection.item === photo.id, 'photo selected from the person');
    assert.equal(s.panel, 'photos');
  } finally { await b.close(); }
});

test('Export view downloads the active panel as CSV (RFC 4180) and JSON', async () => {
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    let s = await state(b.page);
    await clickRect(b.page, s.rects.tab_people);
    const [download] = await Promise.all([b.page.waitForEvent('download'), clickRect(b.page, s.rects.export_csv)]);
    assert.equal(download.suggestedFilename(), 'article-explorer-people.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], ['article', 'id', 'name', 'role', 'affiliation', 'mentions', 'article_title', 'sentence']);
    assert.deepEqual(rows.slice(1).map((r) => [r[1], r[2], r[3], r[4], Number(r[5])]),
      article.people.map((p) => [p.id, p.name, p.role || '', p.affiliation || '', p.mentions.length]));
    assert.ok(csv.endsWith('\r\n'));
    s = await waitForState(b.page, (x) => /Exported/.test(x.notice), 'export confirmation');

    const [json] = await Promise.all([b.page.waitForEvent('download'), clickRect(b.page, s.rects.export_json)]);
    const data = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
    assert.deepEqual(data.map((r) => r.id), article.people.map((p) => p.id));

    // "CSV for Excel": the same bytes after a UTF-8 byte order mark.
    const [excel] = await Promise.all([b.page.waitForEvent('download'), clickRect(b.page, s.rects.export_csv_excel)]);
    const bytes = fs.readFileSync(await excel.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), csv);
  } finally { await b.close(); }
});

test('the layout holds at 1024×640 and 1920×1080, DPR 1 and 2', async () => {
  for (const [w, h, dpr] of [[1024, 640, 1], [1024, 640, 2], [1920, 1080, 1]]) {
    const b = await openExplorer(server.url, { width: w, height: h, dpr });
    try {
      const s = await state(b.page);
      const r = s.rects;
      assert.ok(r.sidebar[2] <= r.tab_people[0], 'sidebar left of the panels');
      assert.ok(r.tab_photos[2] <= r.reader[0], 'all four tabs fit left of the reader');
      assert.ok(r.reader[2] <= w && r.sidebar[3] <= h, 'nothing runs off the window');
      assert.ok(r.clear[3] <= h, 'the sidebar content fits');
      await b.page.screenshot({ path: shotPath(`layout-${w}x${h}-dpr${dpr}.png`) });
    } finally { await b.close(); }
  }
});
