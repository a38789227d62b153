// a11y.test.mjs: the screen-reader mirror (issue 15, part 4). Chromium's own accessibility tree (CDP
// Accessibility.getFullAXTree) must show the seed's tabs with counts, its topic chips and its people in a grid;
// a filter is announced in a polite live region; the mirror operated with keys changes the app's state(); the
// reader's text can be selected and copied; and the mirror costs no frames at rest.
// Expected values come from dist/data/corpus.json read here with JSON.parse (as panels.test.mjs does).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, openExplorer, state, waitForState, frames, shotPath, distDir, outDir } from './harness.mjs';

const corpus = JSON.parse(fs.readFileSync(path.join(distDir, 'data', 'corpus.json'), 'utf8'));
const article = corpus.articles[0];
const titles = { people: 'People', agreements: 'Agreements', figures: 'Figures', photos: 'Photos' };
const topicLabel = (id) => (corpus.topics || []).find((t) => t.id === id)?.label || id;

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

// Chromium's accessibility tree, flattened: [{role, name, props}] for the nodes that are not ignored.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((n) => !n.ignored).map((n) => ({
      role: n.role?.value, name: n.name?.value || '',
      props: Object.fromEntries((n.properties || []).map((p) => [p.name, p.value?.value])),
    }));
  } finally { await cdp.detach(); }
}

// The mirror is drawn once the app has published it (its data-revision counts the updates).
const mirrorDrawn = (page) => page.waitForFunction(() => {
  const g = document.querySelector('#ae-mirror [role=grid]');
  return g && g.querySelectorAll('[role=row][data-item]').length > 0;
}, null, { timeout: 20000 });

test('the accessibility tree shows the seed\'s tabs with counts, its topic chips and its people', async () => {
  const b = await openExplorer(server.url);
  try {
    await mirrorDrawn(b.page);
    const s = await state(b.page);
    const ax = await axTree(b.page);
    const tabs = ax.filter((n) => n.role === 'tab');
    assert.deepEqual(tabs.map((t) => t.name),
      Object.keys(titles).map((k) => `${titles[k]} (${article[k].length})`), 'tabs with counts');
    assert.equal(tabs.find((t) => t.props.selected)?.name, `People (${article.people.length})`);
    assert.ok(ax.some((n) => n.role === 'tablist'), 'a tablist');
    // Topic chips: toggle buttons (aria-pressed), one per topic, none pressed.
    const chips = ax.filter((n) => n.role === 'button' && 'pressed' in n.props);
    const topics = Object.keys(s.facets);
    assert.equal(chips.length, topics.length, 'one chip per topic');
    for (const id of topics) {
      const chip = chips.find((c) => c.name.startsWith(topicLabel(id) + ' ('));
      assert.ok(chip, `chip for ${id}: ${chips.map((c) => c.name)}`);
      assert.equal(chip.name, `${topicLabel(id)} (${s.facets[id]})`);
      assert.equal(chip.props.pressed, 'false');
    }
    // The search box and the People grid with every person of the seed.
    assert.ok(ax.some((n) => (n.role === 'searchbox' || n.role === 'textbox') && /^Search/.test(n.name)), 'a search box');
    const grid = ax.find((n) => n.role === 'grid');
    assert.ok(grid, 'a grid');
    assert.equal(grid.name, `People, ${article.people.length} rows`);
    const cells = ax.filter((n) => n.role === 'gridcell').map((n) => n.name);
    for (const p of article.people) assert.ok(cells.includes(p.name), `${p.name} in the grid`);
    assert.equal(ax.filter((n) => n.role === 'row').length, article.people.length + 1, 'header + one row per person');
    // The reader: the article's title as a heading.
    assert.ok(ax.some((n) => n.role === 'heading' && n.name === article.title), 'the reader\'s title');
    const snapshot = await b.page.locator('#ae-mirror').ariaSnapshot();
    fs.writeFileSync(path.join(outDir, 'a11y-default-view.txt'), snapshot + '\n');
    assert.match(snapshot, /tab "People \(\d+\)" \[selected\]/);
  } finally { await b.close(); }
});

test('a filter is announced in the polite live region, and its chip is pressed', async () => {
  const b = await openExplorer(server.url);
  try {
    await mirrorDrawn(b.page);
    const s0 = await state(b.page);
    const topic = Object.keys(s0.facets).find((t) => s0.facets[t] > 0 && s0.facets[t] < article.people.length)
      || Object.keys(s0.facets)[0];
    const expected = article.people.filter((p) => (p.topics || []).includes(topic)).length;
    const chip = b.page.locator('#ae-mirror [aria-pressed]', { hasText: topicLabel(topic) + ' (' });
    await chip.focus();
    await b.page.keyboard.press('Enter');  // a button: Enter clicks it
    await waitForState(b.page, (x) => x.topics.includes(topic), `topic ${topic} applied`);
    await b.page.waitForFunction((t) => document.getElementById('ae-mirror-live').textContent === t,
      `People: ${expected} of ${article.people.length}`, { timeout: 20000 });
    const ax = await axTree(b.page);
    // A polite live region (role status names nothing itself) whose text is the announcement.
    assert.ok(ax.some((n) => n.role === 'status' && n.props.live === 'polite' && n.props.atomic === true),
      `a polite, atomic status: ${JSON.stringify(ax.filter((n) => n.role === 'status'))}`);
    assert.ok(ax.some((n) => n.role === 'StaticText' && n.name === `People: ${expected} of ${article.people.length}`),
      'the announcement is in the tree');
    const snapshot = await b.page.locator('#ae-mirror').ariaSnapshot();
    assert.ok(snapshot.includes(`- status: "People: ${expected} of ${article.people.length}"`), snapshot.slice(-300));
    const pressed = ax.find((n) => n.role === 'button' && n.name.startsWith(topicLabel(topic) + ' ('));
    assert.equal(pressed.props.pressed, 'true');
    assert.equal(ax.find((n) => n.role === 'grid').name, `People, ${expected} rows`);
    // Enter again takes it off; the canvas shows the same (state), and the announcement follows.
    await chip.focus();
    await b.page.keyboard.press('Enter');
    await waitForState(b.page, (x) => x.topics.length === 0, 'topic off');
    await b.page.waitForFunction((t) => document.getElementById('ae-mirror-live').textContent === t,
      `People: ${article.people.length} of ${article.people.length}`, { timeout: 20000 });
  } finally { await b.close(); }
});

test('operating the mirror with keys drives the app: grid arrows, Enter, tabs, search', async () => {
  const b = await openExplorer(server.url);
  try {
    await mirrorDrawn(b.page);
    const rows = (await state(b.page)).rows;
    const grid = b.page.locator('#ae-mirror [role=grid]');
    await grid.focus();
    await b.page.keyboard.press('ArrowDown');
    let s = await waitForState(b.page, (x) => x.selection?.item === rows[0], 'first row selected');
    await b.page.keyboard.press('ArrowDown');
    s = await waitForState(b.page, (x) => x.selection?.item === rows[1], 'second row selected');
    // aria-activedescendant names the selected row, which is the state's selection.
    await b.page.waitForFunction((id) => {
      const g = document.querySelector('#ae-mirror [role=grid]');
      const row = document.getElementById(g.getAttribute('aria-activedescendant') || '');
      return row && row.getAttribute('data-item') === id && row.getAttribute('aria-selected') === 'true';
    }, rows[1], { timeout: 20000 });
    await b.page.keyboard.press('End');
    s = await waitForState(b.page, (x) => x.selection?.item === rows[rows.length - 1], 'last row selected');
    // The reader's mark is the selection's sentence.
    await b.page.waitForFunction((t) => {
      const m = document.querySelector('#ae-mirror-reader mark');
      return m && m.textContent === t;
    }, s.reader.sentenceText, { timeout: 20000 });
    await b.page.keyboard.press('Home');
    await waitForState(b.page, (x) => x.selection?.item === rows[0], 'Home: first row');
    // The canvas follows: the selected row is on screen there too.
    await frames(b.page, 2);
    s = await state(b.page);
    assert.ok(s.rowRects[rows[0]], 'the canvas table shows the selected row');
    // Tabs: arrow right moves to Agreements, and the canvas's tab bar shows it.
    await b.page.locator('#ae-mirror [role=tab][aria-selected=true]').focus();
    await b.page.keyboard.press('ArrowRight');
    s = await waitForState(b.page, (x) => x.panel === 'agreements', 'Agreements panel');
    await b.page.waitForFunction(() => document.activeElement?.id === 'ae-mirror-tab-agreements', null, { timeout: 20000 });
    assert.equal(await b.page.locator('#ae-mirror [role=grid]').getAttribute('aria-label'),
      `Agreements, ${article.agreements.length} rows`);
    await b.page.keyboard.press('ArrowLeft');
    await waitForState(b.page, (x) => x.panel === 'people', 'back to People');
    // The search box: typing filters the app.
    const person = article.people[0].name.split(' ').pop();
    await b.page.locator('#ae-mirror-search').focus();
    await b.page.keyboard.type(person);
    s = await waitForState(b.page, (x) => x.query === person, 'typed into the mirror\'s search');
    assert.ok(s.rows.includes(article.people[0].id));
    await b.page.keyboard.press('Escape');
    await waitForState(b.page, (x) => x.query === '', 'Escape cleared it');
  } finally { await b.close(); }
});

test('the reader\'s text can be selected and copied as text; the mirror costs no frames at rest', async () => {
  const b = await openExplorer(server.url);
  try {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    await mirrorDrawn(b.page);
    await b.page.locator('#ae-mirror [role=grid]').focus();
    await b.page.keyboard.press('ArrowDown');
    const s = await waitForState(b.page, (x) => x.selection && x.reader.sentenceText, 'a selection with a sentence');
    await b.page.waitForFunction(() => !!document.querySelector('#ae-mirror-reader mark'), null, { timeout: 20000 });
    const selected = await b.page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('ae-mirror-reader'));
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(r);
      return sel.toString();
    });
    assert.ok(selected.includes(article.title), 'the title');
    assert.ok(selected.includes(s.reader.sentenceText), 'the highlighted sentence');
    assert.ok(selected.includes(article.paragraphs[article.paragraphs.length - 1].slice(0, 40)), 'the last paragraph');
    await b.page.keyboard.press('Control+c');
    const copied = await b.page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.includes(s.reader.sentenceText), `copied: ${copied.slice(0, 200)}`);
    // At rest: no frames while the mirror sits there (it is sent only when the session changed).
    await b.page.waitForFunction(() => window.explorer.idle === true, null, { timeout: 20000 });
    const f0 = await b.page.evaluate(() => window.explorer.frame);
    const r0 = await b.page.evaluate(() => document.getElementById('ae-mirror').getAttribute('data-revision'));
    await new Promise((r) => setTimeout(r, 3000));  // measuring rest itself (idle.test uses 10 s)
    assert.equal(await b.page.evaluate(() => window.explorer.frame), f0, 'no frames at rest');
    assert.equal(await b.page.evaluate(() => document.getElementById('ae-mirror').getAttribute('data-revision')), r0,
      'no mirror updates at rest');
    await b.page.screenshot({ path: shotPath('a11y-default.png') });
  } finally { await b.close(); }
});
