// shards.test.mjs: a sharded corpus (article-prep shard, docs/scale.md) opened with ?data=…/manifest.json:
// the manifest makes the page interactive before any shard; shards stream with visible progress and filters
// cover what is loaded; article texts are fetched only when the reader shows them; a link to an article in a
// late shard fetches that shard first; a failed shard or text file says so and Retry resumes; a hostile
// manifest is refused with a clear message and fetches nothing.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, openExplorer, state, waitForState, clickRect, frames, shotPath, repoRoot } from './harness.mjs';

const native = path.join(repoRoot, 'build', 'native');
let dir, source, manifest;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ae-shards-'));
  execFileSync(path.join(native, 'gen-corpus'), ['--articles', '120', '--seed', '5', '-o', path.join(dir, 'all.json')]);
  execFileSync(path.join(native, 'article-prep'), ['shard', '--articles-per-shard', '20', '--texts-per-file', '10', '-o',
    path.join(dir, 'big'), path.join(dir, 'all.json')]);
  source = JSON.parse(fs.readFileSync(path.join(dir, 'all.json'), 'utf8'));
  manifest = JSON.parse(fs.readFileSync(path.join(dir, 'big', 'manifest.json'), 'utf8'));
});

// Serves dist/ plus /big/* from the shard directory. `hold(name)` may return a promise that delays a file;
// `replace(name)` may return a response instead of the file. Every /big/ request is recorded.
async function serveShards({ hold = () => null, replace = () => null } = {}) {
  const requests = [];
  const server = await serve(undefined, {
    override: async (p) => {
      if (!p.startsWith('/big/')) return null;
      const name = p.slice(5);
      requests.push(name);
      await hold(name);
      const custom = replace(name);
      if (custom) return custom;
      const file = path.join(dir, 'big', name);
      if (!fs.existsSync(file)) return { status: 404, body: 'not found' };
      return { status: 200, body: fs.readFileSync(file), headers: { 'Content-Type': 'application/json' } };
    },
  });
  return { server, requests };
}

const gate = () => {
  let open;
  const p = new Promise((r) => { open = r; });
  return { p, open };
};

test('the manifest makes the page interactive at once; shards stream with progress; filters cover what is loaded', async () => {
  const gates = manifest.shards.map(() => gate());
  const { server, requests } = await serveShards({
    hold: (name) => { const m = /^shard-(\d+)\.json$/.exec(name); return m ? gates[Number(m[1])].p : null; },
  });
  const b = await openExplorer(server.url + '?data=big/manifest.json');
  try {
    // Interactive with no shard yet: topics from the manifest, progress at 0, the empty state says why.
    let s = await state(b.page);
    assert.equal(s.corpus.status, 'loaded');
    assert.equal(s.corpus.name, 'big/manifest.json');
    assert.equal(s.stream.articles, 120);
    assert.equal(s.stream.shards, 6);
    assert.equal(s.stream.articlesLoaded, 0);
    assert.equal(s.stream.complete, false);
    assert.equal(s.corpus.topics, manifest.topics.length);
    assert.ok(s.rects.stream_progress, 'a progress bar in the menu bar');
    assert.ok(requests.filter((r) => r.startsWith('shard-')).length <= 4, 'at most four shards in flight');
    await b.page.screenshot({ path: shotPath('shards-waiting.png') });

    // The UI answers while shards are held: type a query.
    await clickRect(b.page, s.rects.search);
    await b.page.keyboard.type('minister', { delay: 10 });
    s = await waitForState(b.page, (x) => x.query === 'minister', 'the query while nothing is loaded');
    assert.equal(s.rowCounts.people, 0);

    // Release the shards one at a time: loaded articles and the filtered rows grow with them.
    const folded = (p) => [p.name, p.role, p.affiliation].join('\n').toLowerCase();
    let expectedArticles = 0;
    for (let i = 0; i < gates.length; ++i) {
      gates[i].open();
      expectedArticles += manifest.shards[i].articles;
      s = await waitForState(b.page, (x) => x.stream.articlesLoaded === expectedArticles, `shard ${i} loaded`);
      const loaded = source.articles.slice(0, expectedArticles);
      const want = loaded.flatMap((a) => a.people).filter((p) => folded(p).includes('minister')).length;
      assert.equal(s.rowCounts.people, want, `people matching "minister" after ${expectedArticles} articles`);
      assert.equal(s.stream.fraction.toFixed(3), (expectedArticles / 120).toFixed(3));
    }
    assert.equal(s.stream.complete, true);
    assert.ok(s.stream.completeMs >= s.stream.interactiveMs);
    assert.equal(s.corpus.people, source.articles.reduce((n, a) => n + a.people.length, 0));

    // Texts only on demand: with no selection the reader shows the first row's article (the first article with a
    // "minister"), so only that article's text file was fetched.
    const first = source.articles.find((a) => a.people.some((p) => folded(p).includes('minister')));
    s = await waitForState(b.page, (x) => x.reader && x.reader.text === 'here', 'the reader text');
    assert.equal(s.reader.article, first.id);
    assert.equal(s.reader.paragraphs, first.paragraphs.length);
    assert.equal(requests.filter((r) => r.startsWith('texts-')).length, 1, `one text file: ${requests}`);
    await b.page.screenshot({ path: shotPath('shards-loaded.png') });
  } finally { await b.close(); await server.close(); }
});

test('a link into a late shard fetches that shard first and selects the item when it arrives', async () => {
  const last = manifest.shards.length - 1;
  const article = source.articles[source.articles.length - 1];
  const person = article.people[0];
  const held = gate();
  const { server, requests } = await serveShards({ hold: (name) => (name === 'shard-00000.json' ? held.p : null) });
  const link = `#v=1&sel=${article.id}/${person.id}`;
  const b = await openExplorer(server.url + '?data=big/manifest.json' + link);
  try {
    // Shard 0 is held back: the linked article (last shard) arrives through the index, ahead of it.
    const s = await waitForState(b.page, (x) => x.selection && x.selection.item === person.id, 'the linked selection');
    assert.ok(requests.includes(`shard-0000${last}.json`));
    assert.ok(requests.includes('index.json'), 'the index is fetched after the manifest');
    assert.equal(s.stream.indexEntries, 120);
    assert.equal(s.selection.article, article.id);
    assert.equal(s.linkNotice, null, 'not reported missing while it was on its way');
    assert.equal(s.stream.linkWaiting, false);
    held.open();
    const done = await waitForState(b.page, (x) => x.stream.complete, 'all shards');
    assert.equal(done.selection.item, person.id, 'the selection survives the other shards');
    const t = await waitForState(b.page, (x) => x.reader.text === 'here', 'the linked article text');
    assert.equal(t.reader.article, article.id);
    assert.equal(t.reader.paragraphs, article.paragraphs.length);
  } finally { held.open(); await b.close(); await server.close(); }
});

test('a failed shard and a broken text file are reported with Retry, and nothing else is lost', async () => {
  let failShard = true, breakText = true;
  const { server } = await serveShards({
    replace: (name) => {
      if (name === 'shard-00002.json' && failShard) return { status: 503, body: 'busy' };
      // Every text file is broken: the reader shows the first article of whichever shard arrived first.
      if (name.startsWith('texts-') && breakText) return { status: 200, body: '{"format":"article-json-text","version":1,"texts":[' };
      return null;
    },
  });
  const b = await openExplorer(server.url + '?data=big/manifest.json');
  try {
    let s = await waitForState(b.page, (x) => x.stream.shardsLoaded + x.stream.shardsFailed === 6, 'every shard tried');
    assert.equal(s.stream.shardsFailed, 1);
    assert.equal(s.stream.articlesLoaded, 100);
    assert.match(s.stream.error, /HTTP 503.*shard-00002\.json/);
    assert.ok(s.rects.retry_shards, 'a Retry button');
    s = await waitForState(b.page, (x) => x.reader.text === 'failed', 'the text failure');
    assert.match(s.reader.textError, /^big\/texts-\d{5}\.json:\d+: /, 'names the file and where');
    assert.ok(s.rects.retry_text);
    await b.page.screenshot({ path: shotPath('shards-failed.png') });

    failShard = false;
    breakText = false;
    await clickRect(b.page, s.rects.retry_shards);
    s = await waitForState(b.page, (x) => x.stream.complete, 'the retried shard');
    assert.equal(s.stream.articlesLoaded, 120);
    assert.equal(s.stream.error, '');
    await clickRect(b.page, s.rects.retry_text);
    s = await waitForState(b.page, (x) => x.reader.text === 'here', 'the retried text');
    assert.equal(s.reader.paragraphs, source.articles.find((a) => a.id === s.reader.article).paragraphs.length);
  } finally { await b.close(); await server.close(); }
});

test('a hostile manifest or data parameter is refused with a message and fetches nothing it names', async () => {
  const bad = structuredClone(manifest);
  bad.shards[0].file = 'https://evil.example/x.json';
  const { server, requests } = await serveShards({
    replace: (name) => (name === 'evil.json' ? { status: 200, body: JSON.stringify(bad), headers: { 'Content-Type': 'application/json' } } : null),
  });
  let b = await openExplorer(server.url + '?data=big/evil.json');
  try {
    const s = await state(b.page);
    assert.match(s.corpus.error, /^big\/evil\.json:\d+: shards\[0\]\.file: expected a relative path/);
    assert.deepEqual(requests, ['evil.json']);
  } finally { await b.close(); }
  b = await openExplorer(server.url + '?data=' + encodeURIComponent('//evil.example/c.json'));
  try {
    const s = await state(b.page);
    assert.match(s.corpus.error, /not a relative path to a \.json file on this site/);
    assert.equal(s.corpus.name, 'data/corpus.json', 'the default articles instead');
    assert.ok(s.corpus.articles > 0);
    await frames(b.page, 2);
  } finally { await b.close(); await server.close(); }
});
