#!/usr/bin/env node
// A/B of the sharded 100k load (issue 18, part 4): opens ?data=big/manifest.json from two dist folders in turn,
// the same way run-browser-bench.mjs does, and reports medians and ranges of "interactive" (ae:first-data-frame),
// "complete" (state.stream.completeMs), the WebAssembly memory then, and the renderer main thread's busy time
// (CDP Performance.getMetrics TaskDuration) up to complete. Alternating A and B in one run keeps a busy machine's
// noise out of the comparison.
//   node bench/ab-stream.mjs DIST_A DIST_B [DIST_C…] [--runs 3] [--shards bench/out/s100000]
// A DIST may end in &param=value… to add page parameters (dist&slowframe=50). Each run visits every variant,
// in an order rotated from run to run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { serve, openBrowser } = await import(pathToFileURL(path.join(root, 'tests/browser/harness.mjs')).href);
const opt = (name, dflt) => { const i = process.argv.indexOf(name); return i < 0 ? dflt : process.argv[i + 1]; };
const runs = Number(opt('--runs', 3));
const shardDir = path.resolve(opt('--shards', path.join(here, 'out/s100000')));
const variants = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--')));
if (variants.length < 2 || !fs.existsSync(path.join(shardDir, 'manifest.json'))) {
  console.error('usage: ab-stream.mjs DIST_A DIST_B [DIST_C…] [--runs N] [--shards DIR with manifest.json]');
  process.exit(2);
}

// CPU time (ms) of this script's browser processes, read from /proc: on a machine others share, "complete" in
// wall time moves with their load; the CPU the browser spent to get there moves much less.
const statOf = (f) => { const t = fs.readFileSync(f, 'utf8'); return t.slice(t.lastIndexOf(')') + 2).split(' '); };
const ticks = (st) => (Number(st[11]) + Number(st[12])) * 10;  // utime + stime, 100 Hz
function browserCpu() {
  const kids = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try { const ppid = Number(statOf(`/proc/${d}/stat`)[1]); if (!kids.has(ppid)) kids.set(ppid, []); kids.get(ppid).push(Number(d)); } catch { /* gone */ }
  }
  const out = { all: 0, rendererMain: 0, renderer: 0, gpu: 0 };
  const todo = [...(kids.get(process.pid) || [])];
  while (todo.length) {
    const pid = todo.pop();
    todo.push(...(kids.get(pid) || []));
    try {
      const ms = ticks(statOf(`/proc/${pid}/stat`));
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      out.all += ms;
      if (cmd.includes('--type=renderer')) { out.renderer += ms; out.rendererMain += ticks(statOf(`/proc/${pid}/task/${pid}/stat`)); }
      if (cmd.includes('--type=gpu-process')) out.gpu += ms;
    } catch { /* gone */ }
  }
  return out;
}

async function once(arg) {
  const [dist, ...params] = arg.split('&');
  const s = await serve(path.resolve(dist), { override: async (p) => {
    if (!p.startsWith('/big/')) return null;
    try {
      const body = await fs.promises.readFile(path.join(shardDir, path.basename(p)));
      return { body, headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, 'Cache-Control': 'no-store' } };
    } catch { return { status: 404, body: 'not found' }; }
  } });
  const b = await openBrowser();
  try {
    const cdp = await b.context.newCDPSession(b.page);
    await cdp.send('Performance.enable');
    const cpu0 = browserCpu();
    await b.page.goto(s.url + '?data=big/manifest.json' + params.map((x) => '&' + x).join(''), { waitUntil: 'commit' });
    await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 120000, polling: 'raf' });
    await b.page.waitForFunction(() => window.explorer.state().stream.complete === true, null, { timeout: 600000, polling: 250 });
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    const r = await b.page.evaluate(() => {
      const st = window.explorer.state();
      const mark = performance.getEntriesByType('mark').find((x) => x.name === 'ae:first-data-frame');
      return { first: mark ? mark.startTime : NaN, complete: st.stream.completeMs, loadMs: st.stream.loadMs,
        indexMs: st.stream.indexMs, articles: st.corpus.articles, error: st.stream.error, heap: window.Module.HEAPU8.length,
        frame: window.explorer.frame };
    });
    const cpu1 = browserCpu();
    r.cpu = Object.fromEntries(Object.keys(cpu1).map((k) => [k, cpu1[k] - cpu0[k]]));
    r.taskMs = m.TaskDuration * 1000;
    r.scriptMs = m.ScriptDuration * 1000;
    return r;
  } finally {
    await b.close();
    await s.close();
  }
}

const med = (v) => { const s = [...v].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const fmt = (v, d = 0) => `${med(v).toFixed(d)} (${Math.min(...v).toFixed(d)}-${Math.max(...v).toFixed(d)})`;
const names = variants.map((_, i) => String.fromCharCode(65 + i));
const res = Object.fromEntries(names.map((k) => [k, []]));
for (let i = 0; i < runs; ++i) {
  for (let j = 0; j < variants.length; ++j) {
    const v = (i + j) % variants.length, k = names[v];
    const r = await once(variants[v]);
    res[k].push(r);
    console.log(`${k} run ${i + 1}: interactive ${r.first.toFixed(0)} ms, complete ${r.complete.toFixed(0)} ms, loader ${r.loadMs.toFixed(0)} ms, ` +
      `extend ${r.indexMs.toFixed(0)} ms, main thread busy ${r.taskMs.toFixed(0)} ms (script ${r.scriptMs.toFixed(0)}), ` +
      `frames ${r.frame}, CPU s: renderer main ${(r.cpu.rendererMain / 1000).toFixed(1)}, renderer ${(r.cpu.renderer / 1000).toFixed(1)}, gpu ${(r.cpu.gpu / 1000).toFixed(1)}, all ${(r.cpu.all / 1000).toFixed(1)}, heap ${(r.heap / 1048576).toFixed(1)} MiB, ${r.articles} articles${r.error ? `, error ${r.error}` : ''}`);
  }
}
names.forEach((k, i) => {
  const v = res[k];
  console.log(`${k} (${variants[i]}), ${v.length} runs, median (range): interactive ${fmt(v.map((r) => r.first))} ms, ` +
    `complete ${fmt(v.map((r) => r.complete))} ms, loader ${fmt(v.map((r) => r.loadMs))} ms, main thread busy ${fmt(v.map((r) => r.taskMs))} ms, ` +
    `frames ${fmt(v.map((r) => r.frame))}, CPU s: renderer main ${fmt(v.map((r) => r.cpu.rendererMain / 1000), 1)}, ` +
    `renderer ${fmt(v.map((r) => r.cpu.renderer / 1000), 1)}, gpu ${fmt(v.map((r) => r.cpu.gpu / 1000), 1)}, all ${fmt(v.map((r) => r.cpu.all / 1000), 1)}, heap ${fmt(v.map((r) => r.heap / 1048576), 1)} MiB`);
});
