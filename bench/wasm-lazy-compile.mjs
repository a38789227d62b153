#!/usr/bin/env node
// wasm-lazy-compile.mjs: which wasm functions V8 compiles lazily (on their first call, on the main thread) before the
// first frame with data, by startup phase, the largest first. Reads the `wasm.CompileLazy` events of a Chromium
// trace of one fresh profile and names the functions from explorer.wasm's name section, so the dist must come from
// a link with --profiling-funcs (same code, names kept), for example:
//
//   cd build/wasm && ninja -t commands explorer.js | tail -1   # the link command; add --profiling-funcs and
//                                                               # -o /tmp/named/explorer.js, run it
//   cp -r dist /tmp/named-dist && cp /tmp/named/explorer.{js,wasm} /tmp/named-dist/
//   node bench/wasm-lazy-compile.mjs --dist /tmp/named-dist [--top 40]
//
// The durations are those of one traced run (tracing and a busy machine inflate them); the bytes are exact.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { serve, openBrowser } = await import(pathToFileURL(path.join(root, 'tests/browser/harness.mjs')).href);
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const dist = path.resolve(arg('--dist', path.join(root, 'dist')));
const top = Number(arg('--top', '40'));

// Imports count, code body sizes and function names (name section, subsection 1) of a wasm file.
function wasmInfo(file) {
  const b = fs.readFileSync(file);
  let p = 8;
  const u = () => { let r = 0, s = 0, x; do { x = b[p++]; r |= (x & 127) << s; s += 7; } while (x & 128); return r >>> 0; };
  let imports = 0;
  const sizes = [];
  const names = new Map();
  while (p < b.length) {
    const id = b[p++];
    const len = u();
    const end = p + len;
    if (id === 2) {  // imports: only functions take a function index
      for (let i = 0, n = u(); i < n; i++) {
        for (let k = 0; k < 2; k++) { const l = u(); p += l; }  // module and field names (not p += u(): p is read first)
        const kind = b[p++];
        if (kind === 0) { u(); imports++; } else if (kind === 1) { p++; if (u() & 1) { u(); u(); } else u(); }
        else if (kind === 2) { if (u() & 1) { u(); u(); } else u(); } else if (kind === 3) p += 2;
      }
    } else if (id === 10) {
      for (let i = 0, n = u(); i < n; i++) { const l = u(); sizes.push(l); p += l; }
    } else if (id === 0) {
      const nl = u();
      const name = b.subarray(p, p + nl).toString();
      p += nl;
      while (name === 'name' && p < end) {
        const sub = b[p++];
        const sl = u();
        const se = p + sl;
        if (sub === 1) for (let i = 0, n = u(); i < n; i++) { const idx = u(); const l = u(); names.set(idx, b.subarray(p, p + l).toString()); p += l; }
        p = se;
      }
    }
    p = end;
  }
  return { imports, sizes, names };
}

const info = wasmInfo(path.join(dist, 'explorer.wasm'));
if (!info.names.size) console.warn('explorer.wasm has no name section: link with --profiling-funcs to see names');
const server = await serve(dist);
const b = await openBrowser();
const events = [];
try {
  const cdp = await b.context.newCDPSession(b.page);
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const finished = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'v8.wasm,blink.user_timing', transferMode: 'ReportEvents' });
  await b.page.goto(server.url, { waitUntil: 'commit' });
  await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000, polling: 'raf' });
  await cdp.send('Tracing.end');
  await finished;
} finally { await b.close(); await server.close(); }

const marks = events.filter((e) => e.name.startsWith('ae:')).sort((x, y) => x.ts - y.ts);
const end = (marks.find((m) => m.name === 'ae:first-data-frame') || { ts: Infinity }).ts;
const phase = (ts) => { let last = 'before ae:wasm-compiled'; for (const m of marks) if (m.ts <= ts) last = `after ${m.name}`; return last; };
const rows = events.filter((e) => e.name === 'wasm.CompileLazy' && e.ts < end).map((e) => {
  const i = e.args.func_index;
  return { name: info.names.get(i) || `function ${i}`, bytes: info.sizes[i - info.imports] || 0, ms: (e.dur || 0) / 1000, phase: phase(e.ts) };
});
const total = (rs) => `${rs.length} functions, ${rs.reduce((a, r) => a + r.bytes, 0)} bytes, ${rs.reduce((a, r) => a + r.ms, 0).toFixed(1)} ms`;
console.log(`explorer.wasm: ${info.sizes.length} functions, ${info.sizes.reduce((a, s) => a + s, 0)} bytes of code`);
console.log(`compiled lazily before ae:first-data-frame: ${total(rows)}`);
for (const ph of [...new Set(rows.map((r) => r.phase))]) console.log(`  ${ph}: ${total(rows.filter((r) => r.phase === ph))}`);
console.log('\n  bytes     ms  phase                      function');
for (const r of rows.sort((x, y) => y.bytes - x.bytes).slice(0, top))
  console.log(`${String(r.bytes).padStart(7)} ${r.ms.toFixed(1).padStart(6)}  ${r.phase.padEnd(26)} ${r.name.slice(0, 120)}`);
