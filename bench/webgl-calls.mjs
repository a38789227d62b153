#!/usr/bin/env node
// webgl-calls.mjs: every WebGL2 call (and the canvas's getContext and size changes) from navigation to the first
// frame with data, timed in the page, in one fresh browser profile. A call that waits for the GPU process (a status
// check, a state read, a resize) shows as a long one; printed in order with the startup marks, then totals by name.
//
//   node bench/webgl-calls.mjs [--dist DIR] [--min 0.5]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { serve, openBrowser } = await import(pathToFileURL(path.join(root, 'tests/browser/harness.mjs')).href);
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const dist = path.resolve(arg('--dist', path.join(root, 'dist')));
const minMs = Number(arg('--min', '0.5'));

const server = await serve(dist);
const b = await openBrowser();
try {
  await b.page.addInitScript(() => {
    const calls = (window.__glCalls = []);
    const P = WebGL2RenderingContext.prototype;
    for (const k of Object.getOwnPropertyNames(P)) {
      const d = Object.getOwnPropertyDescriptor(P, k);
      if (typeof d.value !== 'function') continue;
      const f = d.value;
      P[k] = function (...a) {
        const t = performance.now();
        const r = f.apply(this, a);
        calls.push([k, t, performance.now() - t, typeof a[0] === 'number' ? a[0] : '']);
        return r;
      };
    }
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (...a) {
      const t = performance.now();
      const r = getContext.apply(this, a);
      calls.push(['getContext', t, performance.now() - t, a[0]]);
      return r;
    };
    for (const prop of ['width', 'height']) {
      const d = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, prop);
      Object.defineProperty(HTMLCanvasElement.prototype, prop, {
        get: d.get, configurable: true,
        set(v) { const t = performance.now(); d.set.call(this, v); calls.push([`canvas.${prop} = ${v}`, t, performance.now() - t, '']); },
      });
    }
  });
  await b.page.goto(server.url, { waitUntil: 'commit' });
  await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000, polling: 'raf' });
  const r = await b.page.evaluate(() => ({ calls: window.__glCalls, marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]) }));
  const ready = r.marks.find((m) => m[0] === 'ae:first-data-frame')[1];
  const calls = r.calls.filter((c) => c[1] <= ready);
  const rows = [...calls.filter((c) => c[2] >= minMs).map((c) => [c[1], `${c[0]}(${c[3]}) ${c[2].toFixed(1)} ms`]),
    ...r.marks.map((m) => [m[1], `-- ${m[0]}`])].sort((x, y) => x[0] - y[0]);
  for (const [t, s] of rows) console.log(`${t.toFixed(1).padStart(8)}  ${s}`);
  const total = {};
  for (const c of calls) total[c[0]] = (total[c[0]] || 0) + c[2];
  console.log(`\n${calls.length} calls before ae:first-data-frame, ${calls.reduce((s, c) => s + c[2], 0).toFixed(1)} ms in them; by name:`);
  console.log(Object.entries(total).sort((x, y) => y[1] - x[1]).slice(0, 15).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; '));
} finally { await b.close(); await server.close(); }
