// fetch-worker.test.mjs: shards, the manifest's index and article texts are read by a Worker (web/fetch-worker.js,
// issue 18 part 4) and handed to the app as transferred buffers; under the strict CSP too. When the worker cannot
// run, the same files load on the main thread and nothing is lost.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, openExplorer, state, waitForState, repoRoot } from './harness.mjs';

const native = path.join(repoRoot, 'build', 'native');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";  // as csp.test.mjs
let dir, manifest;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ae-fetch-worker-'));
  execFileSync(path.join(native, 'gen-corpus'), ['--articles', '90', '--seed', '7', '-o', path.join(dir, 'all.json')]);
  execFileSync(path.join(native, 'article-prep'), ['shard', '--articles-per-shard', '15', '--texts-per-file', '10', '-o',
    path.join(dir, 'big'), path.join(dir, 'all.json')]);
  manifest = JSON.parse(fs.readFileSync(path.join(dir, 'big', 'manifest.json'), 'utf8'));
});

// dist/ plus /big/* from the shard directory; `replace(path)` may answer instead. Every request is recorded.
async function serveShards({ headers = {}, replace = () => null } = {}) {
  const requests = [];
  const server = await serve(undefined, {
    headers,
    override: (p) => {
      requests.push(p);
      const custom = replace(p);
      if (custom) return custom;
      if (!p.startsWith('/big/')) return null;
      const file = path.join(dir, 'big', p.slice(5));
      if (!fs.existsSync(file)) return { status: 404, body: 'not found' };
      return { status: 200, body: fs.readFileSync(file), headers: { 'Content-Type': 'application/json' } };
    },
  });
  return { server, requests };
}

const allLoaded = (x) => x.stream.complete === true && x.reader && x.reader.text === 'here';

// Waits for every shard and the reader's text, and checks that all 90 articles arrived without a failure.
async function expectAllLoaded(page) {
  const s = await waitForState(page, allLoaded, 'every shard and the reader text');
  assert.equal(s.stream.articlesLoaded, 90);
  assert.equal(s.stream.shardsFailed, 0);
  assert.equal(s.stream.error, '');
  return s;
}

test('shards, index and texts arrive through the fetch worker, under the strict CSP', async () => {
  const { server, requests } = await serveShards({ headers: { 'Content-Security-Policy': CSP } });
  const b = await openExplorer(server.url + '?data=big/manifest.json');
  try {
    const s = await expectAllLoaded(b.page);
    assert.equal(s.corpus.articles, 90);
    const big = requests.filter((r) => r.startsWith('/big/'));
    assert.equal(big.filter((r) => /shard-/.test(r)).length, manifest.shards.length, `each shard once: ${big}`);
    assert.ok(requests.includes('/fetch-worker.js'), 'the worker script was fetched');
    // Everything but the manifest (fetched with progress, on the main thread) came through the worker.
    const fw = await b.page.evaluate(() => window.explorer.fetchWorker);
    assert.deepEqual(fw, { running: true, delivered: big.length - 1 });
    const csp = b.logs.filter((l) => /Content[- ]Security[- ]Policy|Refused to/i.test(l));
    assert.deepEqual(csp, [], 'no CSP violation');
  } finally { await b.close(); await server.close(); }
});

test('without fetch-worker.js the shards load on the main thread', async () => {
  const { server } = await serveShards({ replace: (p) => (p === '/fetch-worker.js' ? { status: 404, body: 'not found' } : null) });
  const b = await openExplorer(server.url + '?data=big/manifest.json');
  try {
    await expectAllLoaded(b.page);
    assert.deepEqual(await b.page.evaluate(() => window.explorer.fetchWorker), { running: false, delivered: 0 });
    assert.equal((await state(b.page)).corpus.articles, 90);
  } finally { await b.close(); await server.close(); }
});
