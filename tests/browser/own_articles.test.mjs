// own_articles.test.mjs: My articles (issue 14). Pasting the seed text gives the default corpus's counts; dropped
// .txt, .md and .html files give their facts and nothing from a <script>; UTF-16 and Latin-1 files are decoded; a
// file that cannot be used is named while the others go in; the overlay shows where a dragged file lands; a reload
// keeps them, one can be removed, the export validates, and a storage refusal is explained.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, openBrowser, openExplorer, state, waitForState, clickRect, frames, shotPath, repoRoot, distDir } from './harness.mjs';

const own = (name) => fs.readFileSync(path.join(repoRoot, 'tests', 'data', 'own', name));
const seedName = fs.readdirSync(path.join(repoRoot, 'assets', 'articles')).find((f) => f.endsWith('.txt'));
const seedText = fs.readFileSync(path.join(repoRoot, 'assets', 'articles', seedName), 'utf8');
const kinds = ['people', 'agreements', 'figures', 'photos'];
const counts = (s) => Object.fromEntries(kinds.map((k) => [k, s.corpus[k]]));

// Drops files on the page as a person's drag would: dragenter (the overlay shows), then drop.
async function dropFiles(page, files) {
  return page.evaluate(async (list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    const overlayShown = !document.getElementById('drop-overlay').hidden && window.explorer.dropOverlay === true;
    const t0 = performance.now();
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    window.__dropT0 = t0;
    return { overlayShown, overlayAfter: !document.getElementById('drop-overlay').hidden };
  }, files.map((f) => ({ name: f.name, bytes: [...f.bytes] })));
}
// All person ids of My articles: the People panel's rows once every article is shown.
const peopleRows = async (page) => (await waitForState(page, (x) => x.panel === 'people', 'the People panel')).rows;

test('pasting the seed text gives the same counts as the default corpus', async () => {
  const server = await serve();
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    let s = await state(b.page);
    assert.equal(s.corpus.articles, 1, 'the default corpus is the one seed article');
    const defaults = counts(s);
    const { known, share, ...mine } = s.mine;  // known: the kept read (asynchronous); share: part 5 (mine_links)
    assert.deepEqual(mine, { showing: false, articles: 0, files: 0, lastMs: 0, messages: [] });
    assert.equal(share.status, 'none');
    await clickRect(b.page, s.rects.mine_paste);
    await b.page.waitForSelector('#paste-box:not([hidden])');
    await b.page.fill('#paste-text', seedText);
    await b.page.screenshot({ path: shotPath('own-paste-box.png') });
    await b.page.click('#paste-add');
    s = await waitForState(b.page, (x) => x.mine.showing && x.corpus.articles === 1, 'the pasted article shown');
    assert.equal(s.corpus.name, 'My articles');
    assert.deepEqual(counts(s), defaults);
    assert.equal(s.mine.messages.length, 1);
    assert.match(s.mine.messages[0], /^pasted text: added "/);
    assert.equal(await b.page.isHidden('#paste-box'), true);
    await frames(b.page, 2);
    await b.page.screenshot({ path: shotPath('own-pasted.png') });

    // Back to the default articles and again to mine.
    await clickRect(b.page, s.rects.mine_default);
    s = await waitForState(b.page, (x) => !x.mine.showing && x.corpus.name === 'data/corpus.json' && x.corpus.status === 'loaded', 'the default corpus again');
    assert.deepEqual(counts(s), defaults);
    await clickRect(b.page, s.rects.mine_show);
    s = await waitForState(b.page, (x) => x.mine.showing, 'My articles again');
  } finally { await b.close(); await server.close(); }
});

test('Ctrl+V on the page outside a text field opens the Paste article box with the text', async () => {
  const server = await serve();
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    await b.page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, seedText);
    await b.page.waitForSelector('#paste-box:not([hidden])');
    assert.equal(await b.page.inputValue('#paste-text'), seedText);
    await b.page.click('#paste-cancel');
    assert.equal(await b.page.isHidden('#paste-box'), true);
    assert.equal((await state(b.page)).mine.articles, 0, 'cancel adds nothing');
  } finally { await b.close(); await server.close(); }
});

test('dropping a .txt, a .md and a saved .html page gives their facts and none from the script', async () => {
  const server = await serve();
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    // One article first: the time from drop to its facts on screen.
    const html = own('saved_page.html');
    const d = await dropFiles(b.page, [{ name: 'saved_page.html', bytes: html }]);
    assert.equal(d.overlayShown, true, 'the overlay shows while a file is dragged over the page');
    assert.equal(d.overlayAfter, false, 'and goes when it is dropped');
    await b.page.waitForFunction(() => window.explorer.state().mine.articles === 1);
    const ms = await b.page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - window.__dropT0;
    });
    let s = await waitForState(b.page, (x) => x.mine.showing && x.corpus.articles === 1, 'the page added');
    console.log(`drop -> facts on screen, 1 article (${html.length} bytes of HTML): ${ms.toFixed(1)} ms; in the page's C++: ${s.mine.lastMs.toFixed(2)} ms`);
    assert.equal(s.corpus.people, 2);
    assert.equal(s.corpus.photos, 1);
    assert.deepEqual(s.mine.messages, ['saved_page.html: added "Kazakhstan and Germany sign hydrogen deal worth €2 billion" (HTML)']);

    await dropFiles(b.page, [
      { name: seedName, bytes: Buffer.from(seedText) },
      { name: 'notes.md', bytes: own('notes.md') },
    ]);
    s = await waitForState(b.page, (x) => x.corpus.articles === 3, 'three articles in My articles');
    const rows = await peopleRows(b.page);
    assert.ok(rows.some((id) => /tokayev/.test(id)), rows.join());
    assert.ok(rows.some((id) => /scholz/.test(id)), rows.join());
    assert.ok(rows.some((id) => /mirziyoyev/.test(id)), rows.join());
    assert.ok(rows.some((id) => /pompeo/.test(id)), rows.join());
    for (const hidden of ['quartermaine', 'fairweather', 'vexley', 'grindlethorpe', 'blenkinsop', 'crumplehorn'])
      assert.ok(!rows.some((id) => id.includes(hidden)), `${hidden} must not be extracted: ${rows.join()}`);
    await clickRect(b.page, s.rects.tab_figures);
    s = await waitForState(b.page, (x) => x.panel === 'figures', 'the Figures panel');
    for (const amount of ['9-billion', '4-billion', '7-billion', '12-billion', '5-billion'])
      assert.ok(!s.rows.some((id) => id.endsWith(amount)), `${amount} must not be extracted: ${s.rows.join()}`);
    assert.ok(s.rows.some((id) => /2-million-tonnes/.test(id)), s.rows.join());
    assert.equal(s.mine.messages.length, 3);
    assert.match(s.mine.messages[2], /^notes\.md: added "Uzbekistan opens a new railway to the border" \(Markdown\)$/);
    await b.page.screenshot({ path: shotPath('own-dropped.png') });
  } finally { await b.close(); await server.close(); }
});

test('UTF-16 and Latin-1 files work, and a file that cannot be used is named while the others go in', async () => {
  const server = await serve();
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    await dropFiles(b.page, [
      { name: 'notepad_utf16.txt', bytes: own('notepad_utf16.txt') },
      { name: 'photo.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]) },
      { name: 'latin1.txt', bytes: own('latin1.txt') },
    ]);
    const s = await waitForState(b.page, (x) => x.mine.files === 3, 'three files handled');
    assert.equal(s.corpus.articles, 2);
    const byName = Object.fromEntries(s.mine.messages.map((m) => [m.split(':')[0], m]));
    assert.equal(byName['notepad_utf16.txt'], 'notepad_utf16.txt: added "Kyrgyzstan signs water agreement" (decoded from UTF-16LE)');
    assert.equal(byName['latin1.txt'], 'latin1.txt: added "Zürich bank opens office in Almaty" (decoded from Windows-1252)');
    assert.equal(byName['photo.jpg'], 'photo.jpg: could not be used: binary input (contains NUL bytes) (is it a text, Markdown or HTML file?)');
    const rows = await peopleRows(b.page);
    assert.ok(rows.some((id) => /japarov/.test(id)), rows.join());
    assert.ok(rows.some((id) => /chave/.test(id)), rows.join());
    await frames(b.page, 2);
    await b.page.screenshot({ path: shotPath('own-encodings.png') });
  } finally { await b.close(); await server.close(); }
});

test('Open… takes several text, Markdown and HTML files at once', async () => {
  const server = await serve();
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    const accept = await b.page.getAttribute('#file-input', 'accept');
    for (const ext of ['.json', '.txt', '.md', '.html', '.htm']) assert.ok(accept.split(',').includes(ext), accept);
    assert.equal(await b.page.evaluate(() => document.getElementById('file-input').multiple), true);
    await b.page.setInputFiles('#file-input', [
      { name: 'notes.md', mimeType: 'text/markdown', buffer: own('notes.md') },
      { name: 'saved_page.htm', mimeType: 'text/html', buffer: own('saved_page.html') },
    ]);
    const s = await waitForState(b.page, (x) => x.corpus.articles === 2 && x.mine.showing, 'both files added');
    assert.equal(s.mine.messages.length, 2);
  } finally { await b.close(); await server.close(); }
});

// Figures for the note, printed, never asserted on time: drop -> facts on screen for one article with the
// extractor worker already loaded, and for 100 articles at once (the seed article under 100 titles).
test('time from drop to facts on screen: one article (worker warm) and 100 articles', async () => {
  const server = await serve();
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    const timeDrop = async (files, articles) => {
      await dropFiles(b.page, files);
      await b.page.waitForFunction((n) => window.explorer.state().mine.articles === n, articles, { timeout: 120000 });
      return b.page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - window.__dropT0;
      });
    };
    const cold = await timeDrop([{ name: 'notes.md', bytes: own('notes.md') }], 1);
    const warm = await timeDrop([{ name: seedName, bytes: Buffer.from(seedText) }], 2);
    const many = [];
    for (let i = 0; i < 100; ++i) many.push({ name: `copy-${i}.txt`, bytes: Buffer.from(seedText.replace(/^[^\n]*/, (t) => `${t} (copy ${i})`)) });
    const hundred = await timeDrop(many, 102);
    const s = await waitForState(b.page, (x) => x.mine.articles === 102 && x.mine.files === 102, 'all 102 answered');
    console.log(`drop -> facts on screen: 1 article cold (worker download + compile) ${cold.toFixed(0)} ms, ` +
                `1 article warm ${warm.toFixed(0)} ms, 100 articles (${(seedText.length / 1024).toFixed(1)} KB each) ` +
                `${hundred.toFixed(0)} ms; session batch time for the 100: ${s.mine.lastMs.toFixed(0)} ms`);
    assert.equal(s.corpus.articles, 102);
  } finally { await b.close(); await server.close(); }
});

// The extractor worker under the page's strict Content-Security-Policy (the one csp.test.mjs uses): it loads and
// answers, and nothing is refused.
test('the extractor worker runs under the strict CSP', async () => {
  const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const server = await serve(distDir, { headers: { 'Content-Security-Policy': CSP } });
  const b = await openBrowser({ width: 1280, height: 800 });
  try {
    await b.page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await b.page.goto(server.url, { waitUntil: 'load' });
    await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
    await dropFiles(b.page, [{ name: 'saved_page.html', bytes: own('saved_page.html') }]);
    const s = await waitForState(b.page, (x) => x.mine.articles === 1, 'the page added under the CSP');
    assert.equal(s.corpus.people, 2);
    assert.deepEqual(await b.page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(b.logs.filter((l) => /Content[- ]Security[- ]Policy|Refused to/i.test(l)), []);
  } finally { await b.close(); await server.close(); }
});

// Part 4: kept in the browser. A reload keeps My articles, removing one works, the export validates with
// article-prep, and a storage refusal is explained while nothing already loaded is lost.
const articlePrep = process.env.AE_ARTICLE_PREP || path.join(repoRoot, 'build', 'native', 'article-prep');
const keptRecord = (page) => page.evaluate(() => new Promise((resolve) => {
  const req = indexedDB.open('article-explorer', 1);
  req.onupgradeneeded = () => req.result.createObjectStore('kept');
  req.onsuccess = () => {
    const get = req.result.transaction('kept', 'readonly').objectStore('kept').get('mine');
    get.onsuccess = () => { resolve(get.result ? { showing: get.result.showing, bytes: get.result.doc.length } : null); req.result.close(); };
  };
}));

test('a reload keeps my articles, removing one works, and the export validates', async () => {
  const server = await serve();
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    await dropFiles(b.page, [{ name: 'notes.md', bytes: own('notes.md') }, { name: 'latin1.txt', bytes: own('latin1.txt') }]);
    await waitForState(b.page, (x) => x.mine.articles === 2 && x.mine.files === 2, 'two articles added');
    for (let i = 0; i < 100 && !(await keptRecord(b.page)); ++i) await frames(b.page, 1);
    assert.equal((await keptRecord(b.page)).showing, true);

    await b.page.reload({ waitUntil: 'load' });
    await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
    let s = await waitForState(b.page, (x) => x.mine.articles === 2 && x.mine.showing && x.corpus.articles === 2, 'My articles after the reload');
    assert.deepEqual(s.mine.messages, ['kept in this browser: 2 articles']);
    await frames(b.page, 2);
    await b.page.screenshot({ path: shotPath('own-after-reload.png') });

    s = await state(b.page);
    const removeKey = Object.keys(s.rects).find((k) => k.startsWith('mine_remove:'));
    await clickRect(b.page, s.rects[removeKey]);
    s = await waitForState(b.page, (x) => x.mine.articles === 1 && x.corpus.articles === 1, 'one article removed');
    assert.match(s.mine.messages.at(-1), /^removed "/);

    const download = b.page.waitForEvent('download');
    await clickRect(b.page, s.rects.mine_export);
    const file = shotPath('own-export.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(exported.articles.length, 1);
    if (fs.existsSync(articlePrep)) {
      const { execFileSync } = await import('node:child_process');
      assert.match(execFileSync(articlePrep, ['validate', file], { encoding: 'utf8' }), /: ok \(1 articles/);
    }

    await b.page.reload({ waitUntil: 'load' });
    await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
    await waitForState(b.page, (x) => x.mine.articles === 1 && x.mine.showing, 'the removal was kept too');
  } finally { await b.close(); await server.close(); }
});

test('a browser that refuses storage is explained and nothing already loaded is lost', async () => {
  const server = await serve();
  const b = await openBrowser({ width: 1280, height: 800 });
  try {
    await b.page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get() {
        return { open() { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } };
      } });
    });
    await b.page.goto(server.url, { waitUntil: 'load' });
    await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
    await dropFiles(b.page, [{ name: 'notes.md', bytes: own('notes.md') }]);
    const s = await waitForState(b.page, (x) => x.mine.articles === 1 && x.mine.messages.length === 2, 'the refusal explained');
    assert.equal(s.mine.messages[1], 'This browser would not keep My articles (SecurityError: The user denied permission to access ' +
      'the database.); they stay here until the page is closed. Export them to keep a copy.');
    assert.equal(s.corpus.articles, 1, 'the article is still shown');
    assert.equal(s.notice, 'My articles could not be saved in this browser; see My articles');
    await frames(b.page, 2);
    await b.page.screenshot({ path: shotPath('own-storage-refused.png') });
  } finally { await b.close(); await server.close(); }
});
