#!/usr/bin/env node
// first-frame-ab.mjs: first frame with data (mark ae:first-data-frame) and the startup marks, dist/ against a
// baseline copy of it, alternating A/B in fresh browser profiles, so both see the same busy machine.
//
//   node bench/first-frame-ab.mjs --baseline DIR [--new DIR2] [--also NAME=DIR3 ...] [--runs 7]
//     DIR: another build's dist/; DIR2: dist/; --also (repeatable) adds more variants to the same rounds, the order
//     rotated each round. Besides each mark's median, prints the median of each run's own step between consecutive
//     marks: on a busy machine the early marks swing by 100s of ms, and the steps show what a change moved.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { serve, openBrowser } = await import(pathToFileURL(path.join(root, 'tests/browser/harness.mjs')).href);
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const baseline = arg('--baseline', null);
if (!baseline) { console.error('usage: node bench/first-frame-ab.mjs --baseline DIR [--new DIR2] [--also NAME=DIR ...] [--runs N]'); process.exit(2); }
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

const sides = [{ name: 'baseline', dir: path.resolve(baseline), marks: [] },
  { name: 'new', dir: path.resolve(arg('--new', path.join(root, 'dist'))), marks: [] }];
process.argv.forEach((a, i) => {
  if (a !== '--also') return;
  const [name, dir] = process.argv[i + 1].split('=');
  sides.push({ name, dir: path.resolve(dir), marks: [] });
});
for (const s of sides) s.server = await serve(s.dir);
const load0 = os.loadavg().map((x) => x.toFixed(2)).join(' ');
for (let r = 0; r < runs; ++r)
  for (let k = 0; k < sides.length; ++k) {
    const s = sides[(k + r) % sides.length];
    s.marks.push(await once(s.server.url));
    console.log(`run ${r + 1} ${s.name}: first data frame ${s.marks.at(-1)['ae:first-data-frame'].toFixed(0)} ms`);
  }
for (const s of sides) await s.server.close();
const med = (v) => { const x = v.slice().sort((a, b) => a - b); return x[(x.length - 1) >> 1]; };
const cell = (v) => (v.length ? `${med(v).toFixed(0)} (${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)})` : 'n/a');
console.log(`\n${runs} runs each, alternating; load average ${load0} -> ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`| mark | ${sides.map((s) => `${s.name} median (range)`).join(' | ')} |\n|---|${sides.map(() => '---|').join('')}`);
for (const n of NAMES)
  console.log(`| \`${n}\` | ${sides.map((s) => `${cell(s.marks.map((m) => m[n]).filter((x) => x !== undefined))} ms`).join(' | ')} |`);
console.log(`| step (each run's own difference) | ${sides.map((s) => s.name).join(' | ')} |\n|---|${sides.map(() => '---|').join('')}`);
for (let k = 1; k < NAMES.length; ++k)
  console.log(`| ${NAMES[k - 1]} → ${NAMES[k]} | ${sides.map((s) => `${cell(s.marks.map((m) => m[NAMES[k]] - m[NAMES[k - 1]]).filter((x) => !Number.isNaN(x)))} ms`).join(' | ')} |`);
