// reliability.test.mjs: the page's limits and checks from issue 17 (docs/security.md).
//  - the memory guard counts memory freed by an earlier corpus: after a large corpus is loaded and replaced,
//    a corpus that fits in a fresh tab still fits (the old guard subtracted the heap's high-water mark);
//  - a shard holding another number of articles than its manifest says is a located error, and the rest loads;
//  - an index file the page rejects is shown to the user, not only logged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, openExplorer, state, waitForState, shotPath, repoRoot, distDir } from './harness.mjs';

const native = path.join(repoRoot, 'build', 'native');
let dir, manifest;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ae-reliability-'));
  // ~44 MB of article JSON: the loader's peak is ~3.3x that, so the heap grows by well over 100 MiB.
  execFileSync(path.join(native, 'gen-corpus'), ['--articles', '5000', '--seed', '11', '-o', path.join(dir, 'large.json')]);
  execFileSync(path.join(native, 'gen-corpus'), ['--articles', '60', '--seed', '12', '-o', path.join(dir, 'all.json')]);
  execFileSync(path.join(native, 'article-prep'), ['shard', '--articles-per-shard', '20', '--texts-per-file', '20', '-o',
    path.join(dir, 'big'), path.join(dir, 'all.json')]);
  manifest = JSON.parse(fs.readFileSync(path.join(dir, 'big', 'manifest.json'), 'utf8'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

// What the page's guard sees: what the app can still allocate, and the largest corpus (one article per line)
// it accepts with that, found by asking the guard itself (web/shell.js explorerShell.tooBig).
const guard = (page) => page.evaluate(() => {
  const available = Module._ae_heap_available();
  let lo = 0, hi = 4 * 1073741824;
  while (hi - lo > 1048576) {
    const mid = Math.floor((lo + hi) / 2);
    if (window.explorerShell.tooBig(mid, 'x.json', available) === '') lo = mid; else hi = mid;
  }
  return { available, largest: lo };
});

test('after a large corpus is replaced, the memory it used counts as available again', async () => {
  const server = await serve();
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    const fresh = await guard(b.page);
    assert.ok(fresh.largest > 100 * 1048576, `a fresh tab accepts a sizeable corpus (${fresh.largest} bytes)`);

    const large = path.join(dir, 'large.json');
    await b.page.setInputFiles('#file-input', large);
    let s = await waitForState(b.page, (x) => x.corpus.name === 'large.json' && x.corpus.status === 'loaded',
      'the large corpus', 120000);
    assert.equal(s.corpus.articles, 5000);
    const loaded = await guard(b.page);
    assert.ok(loaded.available < fresh.available - fs.statSync(large).size,
      'while it is loaded, the large corpus takes at least its JSON size from what is available');

    // Replace it with the small default corpus: the large one's memory is freed inside the heap.
    await b.page.setInputFiles('#file-input', path.join(distDir, 'data', 'corpus.json'));
    s = await waitForState(b.page, (x) => x.corpus.name === 'corpus.json' && x.corpus.status === 'loaded', 'the small corpus');
    const after = await guard(b.page);
    // Within 5% of the fresh tab: a guard that subtracted the high-water mark would be short by the large
    // corpus's whole peak (~145 MiB of ~2 GiB, 7%).
    assert.ok(after.available >= 0.95 * fresh.available,
      `available after the large corpus: ${after.available} bytes, in a fresh tab ${fresh.available}`);
    const nearLimit = Math.floor(0.95 * fresh.largest);
    assert.equal(await b.page.evaluate(([n, a]) => window.explorerShell.tooBig(n, 'next.json', a), [nearLimit, after.available]), '',
      'a corpus at 95% of what a fresh tab accepts is accepted');
  } finally { await b.close(); await server.close(); }
});

// Serves dist/ plus /big/* from the shard directory; `replace(name)` may return a response instead of the file.
async function serveShards(replace) {
  return serve(undefined, {
    override: async (p) => {
      if (!p.startsWith('/big/')) return null;
      const name = p.slice(5);
      const custom = replace(name);
      if (custom) return custom;
      const file = path.join(dir, 'big', name);
      if (!fs.existsSync(file)) return { status: 404, body: 'not found' };
      return { status: 200, body: fs.readFileSync(file), headers: { 'Content-Type': 'application/json' } };
    },
  });
}

test('a shard with another article count than the manifest is a located error; the other shards load', async () => {
  assert.equal(manifest.shards.length, 3);
  // shard 1 loses its last article: still valid article JSON, but not what the manifest promised.
  const lines = fs.readFileSync(path.join(dir, 'big', 'shard-00001.json'), 'utf8').split('\n');
  const articleLines = lines.map((l, i) => (l.startsWith('{"id"') ? i : -1)).filter((i) => i >= 0);
  assert.equal(articleLines.length, 20, 'one article per line, as article-prep writes shards');
  const last = articleLines[articleLines.length - 1];
  const shorter = [...lines.slice(0, last), ...lines.slice(last + 1)];
  shorter[last - 1] = shorter[last - 1].replace(/,$/, '');
  const server = await serveShards((name) => (name === 'shard-00001.json'
    ? { status: 200, body: shorter.join('\n'), headers: { 'Content-Type': 'application/json' } } : null));
  const b = await openExplorer(server.url + '?data=big/manifest.json');
  try {
    const s = await waitForState(b.page, (x) => x.stream.shardsLoaded + x.stream.shardsFailed === 3, 'every shard tried');
    assert.equal(s.stream.shardsFailed, 1);
    assert.equal(s.stream.articlesLoaded, 40, 'the two good shards are loaded; none of the bad one');
    const at = shorter.join('\n').indexOf('"articles"');
    assert.equal(s.stream.error,
      `big/shard-00001.json:${at}: articles: expected 20 articles (the manifest's shards[1].articles), found 19`);
    assert.ok(s.rects.retry_shards, 'shown in the page, with Retry');
    await b.page.screenshot({ path: shotPath('reliability-shard-count.png') });
  } finally { await b.close(); await server.close(); }
});

test('an index file the page rejects is shown, and the shards still load', async () => {
  assert.ok(manifest.indexFile, 'article-prep shard writes the index apart');
  const server = await serveShards((name) => (name === manifest.indexFile
    ? { status: 200, body: '{"format":"article-json-manifest-index","version":1,"index":[{"id":7}]}',
      headers: { 'Content-Type': 'application/json' } } : null));
  const b = await openExplorer(server.url + '?data=big/manifest.json');
  try {
    const s = await waitForState(b.page, (x) => x.stream.complete && x.stream.indexError !== '', 'the index error');
    assert.match(s.stream.indexError, new RegExp(`^big/${manifest.indexFile.replace('.', '\\.')}:\\d+: `), 'names the file and where');
    assert.equal(s.stream.articlesLoaded, 60);
    assert.ok(s.rects.index_error, 'the message is on screen');
    await b.page.screenshot({ path: shotPath('reliability-index-error.png') });
  } finally { await b.close(); await server.close(); }
});

test('when the extractor cannot be loaded, each added text says so and the page stays usable', async () => {
  const server = await serve(undefined, {
    override: (p) => (p === '/extract-worker.js' ? { status: 404, body: 'not found' } : null),
  });
  const b = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    const before = await state(b.page);
    await b.page.evaluate(() => window.explorer.addTexts([{ name: 'note.txt', text: 'Ilse Harrow met the board.' }]));
    let s = await waitForState(b.page, (x) => x.mine.messages.length === 1, 'the failure reported');
    assert.match(s.mine.messages[0], /^note\.txt: could not be used: extract-worker\.js could not be run \(/);
    assert.equal(s.corpus.name, before.corpus.name, 'the default articles stay');
    assert.deepEqual(s.rowCounts, before.rowCounts);
    // The next file tries a new worker (still missing here): a second message, not a hang.
    await b.page.evaluate(() => window.explorer.addTexts([{ name: 'again.txt', text: 'Dane Harrow spoke.' }]));
    s = await waitForState(b.page, (x) => x.mine.messages.length >= 1 && /^again\.txt: could not be used/.test(x.mine.messages.at(-1)),
      'the second failure reported');
    await b.page.screenshot({ path: shotPath('reliability-no-extractor.png') });
  } finally { await b.close(); await server.close(); }
});
