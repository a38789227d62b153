// csp.test.mjs: runtime faults and the strict Content-Security-Policy (issue 8, docs/security.md).
//  - dist/ served with the strict CSP loads, filters by topic, and logs no CSP violation;
//  - a corpus fetch that fails (HTTP 500) shows the error and a Retry button that loads it;
//  - a lost WebGL context is explained on the overlay and in explorer.error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, distDir, openBrowser, state, waitForState, clickRect, shotPath, frames } from './harness.mjs';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// Opens `url` with a CSP violation recorder installed before any page script runs.
async function open(url, opts = {}) {
  const b = await openBrowser({ width: 1280, height: 800, dpr: 1, ...opts });
  await b.page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await b.page.goto(url, { waitUntil: 'load' });
  await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
  await frames(b.page, 2);
  return b;
}

const cspProblems = async (b) => [
  ...(await b.page.evaluate(() => window.__cspViolations)),
  ...b.logs.filter((l) => /Content[- ]Security[- ]Policy|Refused to (execute|load|apply|evaluate|compile)/i.test(l)),
];

test('dist/ under the strict CSP: loads, filters by topic, no violation', async () => {
  const server = await serve(distDir, { headers: { 'Content-Security-Policy': CSP } });
  const b = await open(server.url);
  try {
    const csp = await b.page.evaluate(async () => (await fetch(location.href)).headers.get('Content-Security-Policy'));
    assert.equal(csp, CSP, 'the page really is served with the policy');
    let s = await state(b.page);
    assert.equal(s.corpus.status, 'loaded', `corpus error: ${s.corpus.error}`);
    assert.equal(b.page.isClosed(), false);
    const before = s.rowCounts;
    assert.ok(s.rects['topic:trade'], 'a trade topic chip is on screen');
    await clickRect(b.page, s.rects['topic:trade']);
    s = await waitForState(b.page, (x) => (x.topics || []).includes('trade') || JSON.stringify(x.rowCounts) !== JSON.stringify(before),
      'the trade filter to apply');
    assert.notDeepEqual(s.rowCounts, before, 'filtering by trade changes the row counts');
    await b.page.screenshot({ path: shotPath('csp-strict-filtered.png') });
    assert.deepEqual(await cspProblems(b), [], 'no Content-Security-Policy violation');
    assert.equal(await b.page.evaluate(() => window.explorer.error), null);
  } finally { await b.close(); await server.close(); }
});

test('a failed corpus fetch (HTTP 500) shows Retry, which loads the corpus', async () => {
  let corpusRequests = 0;
  const server = await serve(distDir, {
    headers: { 'Content-Security-Policy': CSP },
    override: (p) => (p === '/data/corpus.json' && ++corpusRequests === 1
      ? { status: 500, body: 'internal error', headers: { 'Content-Type': 'text/plain' } } : null),
  });
  const b = await open(server.url);
  try {
    let s = await waitForState(b.page, (x) => x.corpus.status === 'failed', 'the corpus to fail');
    assert.match(s.corpus.error, /500/, `the error names the HTTP status: ${s.corpus.error}`);
    assert.ok(s.rects.retry, 'a Retry button is published');
    await b.page.screenshot({ path: shotPath('fetch-failed-retry.png') });
    await clickRect(b.page, s.rects.retry);
    s = await waitForState(b.page, (x) => x.corpus.status === 'loaded', 'the corpus to load after Retry');
    assert.equal(corpusRequests, 2, 'Retry fetched the corpus again');
    assert.equal(s.corpus.articles, 1);
    assert.ok(s.rowCounts.people > 0, "people rows after Retry");
    assert.equal(s.rects.retry, undefined, 'the Retry button is gone');
    await b.page.screenshot({ path: shotPath('fetch-recovered.png') });
    assert.deepEqual(await cspProblems(b), []);
  } finally { await b.close(); await server.close(); }
});

test('a lost WebGL context is explained on the page and in explorer.error', async () => {
  const server = await serve(distDir, { headers: { 'Content-Security-Policy': CSP } });
  const b = await open(server.url);
  try {
    const lost = await b.page.evaluate(() => {
      const gl = document.getElementById('canvas').getContext('webgl2');  // the app's existing context
      const ext = gl && gl.getExtension('WEBGL_lose_context');
      if (!ext) return false;
      ext.loseContext();
      return true;
    });
    assert.ok(lost, 'WEBGL_lose_context is available');
    await b.page.waitForFunction(() => window.explorer.error !== null, null, { timeout: 20000 });
    const shown = await b.page.evaluate(() => ({
      error: window.explorer.error,
      hidden: document.getElementById('overlay').classList.contains('hidden'),
      title: document.querySelector('#overlay h1').textContent,
      message: document.getElementById('overlay-message').textContent,
    }));
    assert.equal(shown.hidden, false, 'the overlay is visible');
    assert.equal(shown.title, 'The graphics context was lost');
    assert.match(shown.message, /Reload the page/);
    assert.match(shown.error, /^The graphics context was lost: /);
    await b.page.screenshot({ path: shotPath('webgl-context-lost.png') });
    assert.deepEqual(await cspProblems(b), []);
  } finally { await b.close(); await server.close(); }
});

test('a corpus too large for the wasm heap is refused before allocating, with its size', async () => {
  const server = await serve(distDir, {
    headers: { 'Content-Security-Policy': CSP },
    // Announces 1.4 GiB: the page must stop at the header, never download or allocate it.
    override: (p) => (p === '/data/corpus.json'
      ? { status: 200, body: '', headers: { 'Content-Type': 'application/json', 'Content-Length': String(1.4 * 1073741824 | 0) } } : null),
  });
  const b = await open(server.url);
  try {
    const s = await waitForState(b.page, (x) => x.corpus.status === 'failed', 'the corpus to be refused');
    assert.match(s.corpus.error, /corpus\.json is 1\.4 GiB; the explorer can hold about \d+ MiB of JSON in this browser tab/);
    await b.page.screenshot({ path: shotPath('corpus-too-big.png') });
  } finally { await b.close(); await server.close(); }
});
