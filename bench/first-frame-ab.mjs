#!/usr/bin/env node
// first-frame-ab.mjs: first frame with data (mark ae:first-data-frame) and the startup marks, dist/ against a
// baseline copy of it, alternating A/B in fresh browser profiles, so both see the same busy machine.
//
//   node bench/first-frame-ab.mjs --baseline DIR [--new DIR2] [--runs 7]   (DIR: another build's dist/; DIR2: dist/)
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { serve, openBrowser } = await import(pathToFileURL(path.join(root, 'tests/browser/harness.mjs')).href);
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const baseline = arg('--baseline', null);
if (!baseline) { console.error('usage: node bench/first-frame-ab.mjs --baseline DIR [--runs N]'); process.exit(2); }
const runs = Number(arg('--runs', '7'));
const NAMES = ['ae:wasm-downloaded', 'ae:wasm-compiled', 'ae:main', 'ae:corpus-parsed', 'ae:fonts-built', 'ae:first-data-frame'];

async function once(url) {
  const b = await openBrowser();
  try {
    await b.page.goto(url, { waitUntil: 'commit' });
    await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000, polling: 'raf' });
    return await b.page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('ae:')).map((m) => [m.name, m.startTime])));
  } finally { await b.close(); }
}

const sides = { baseline: { dir: path.resolve(baseline), marks: [] }, new: { dir: path.resolve(arg('--new', path.join(root, 'dist'))), marks: [] } };
for (const s of Object.values(sides)) s.server = await serve(s.dir);
const load0 = os.loadavg().map((x) => x.toFixed(2)).join(' ');
for (let r = 0; r < runs; ++r)
  for (const [name, s] of r % 2 ? Object.entries(sides).reverse() : Object.entries(sides)) {
    s.marks.push(await once(s.server.url));
    console.log(`run ${r + 1} ${name}: first data frame ${s.marks.at(-1)['ae:first-data-frame'].toFixed(0)} ms`);
  }
for (const s of Object.values(sides)) await s.server.close();
const med = (v) => { const x = v.slice().sort((a, b) => a - b); return x[(x.length - 1) >> 1]; };
console.log(`\n${runs} runs each, alternating; load average ${load0} -> ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`| mark | baseline median (range) | new median (range) |\n|---|---|---|`);
for (const n of NAMES) {
  const cell = (s) => { const v = s.marks.map((m) => m[n]).filter((x) => x !== undefined); return v.length ? `${med(v).toFixed(0)} (${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)})` : 'n/a'; };
  console.log(`| \`${n}\` | ${cell(sides.baseline)} ms | ${cell(sides.new)} ms |`);
}
