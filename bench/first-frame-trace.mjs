#!/usr/bin/env node
// first-frame-trace.mjs: where the time before the first frame with data goes, in one fresh browser profile.
// Prints each request's timing (Resource Timing: start, response start, end, ms from navigation), the startup
// marks, and the renderer main thread's tasks longer than --min ms (a Chromium trace, CDP Tracing), labelled with
// what ran in them (script URL, wasm compile, parse, GC, GPU waits).
//
//   node bench/first-frame-trace.mjs [--dist DIR] [--runs N] [--min 3] [--save trace.json]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { serve, openBrowser } = await import(pathToFileURL(path.join(root, 'tests/browser/harness.mjs')).href);
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const dist = path.resolve(arg('--dist', path.join(root, 'dist')));
const runs = Number(arg('--runs', '1'));
const minMs = Number(arg('--min', '3'));
const save = arg('--save', null);

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'loading', 'blink', 'gpu',
  'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.compile', 'toplevel'].join(',');

async function once(url) {
  const b = await openBrowser();
  try {
    const cdp = await b.context.newCDPSession(b.page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const finished = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await b.page.goto(url, { waitUntil: 'commit' });
    await b.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000, polling: 'raf' });
    const timing = await b.page.evaluate(() => ({
      origin: performance.timeOrigin,
      nav: performance.getEntriesByType('navigation').map((e) => ({ name: 'document', start: e.startTime, req: e.requestStart, resp: e.responseStart, end: e.responseEnd, dcl: e.domContentLoadedEventEnd, load: e.loadEventEnd }))[0],
      res: performance.getEntriesByType('resource').map((e) => ({ name: e.name.replace(location.origin + '/', ''), start: e.startTime, req: e.requestStart, resp: e.responseStart, end: e.responseEnd, size: e.encodedBodySize, init: e.initiatorType })),
      marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, t: m.startTime })),
    }));
    await cdp.send('Tracing.end');
    await finished;
    if (save) fs.writeFileSync(save, JSON.stringify({ traceEvents: events }));
    return { timing, events };
  } finally { await b.close(); }
}

function report({ timing, events }) {
  const f = (x) => (x === undefined || x === null ? '' : x.toFixed(1)).padStart(7);
  console.log('request                    start     req    resp     end   bytes');
  for (const r of [timing.nav, ...timing.res]) console.log(`${r.name.padEnd(24)} ${f(r.start)} ${f(r.req)} ${f(r.resp)} ${f(r.end)} ${String(r.size ?? '').padStart(7)}`);
  console.log(`DOMContentLoaded ${timing.nav.dcl.toFixed(1)}, load ${timing.nav.load.toFixed(1)}`);
  for (const m of timing.marks) console.log(`mark ${m.name.padEnd(24)} ${f(m.t)}`);
  // The trace clock is in µs; the navigation's start is the renderer's navigationStart mark (blink.user_timing).
  const nav = events.filter((e) => e.name === 'navigationStart' && e.args && e.args.data && e.args.data.isLoadingMainFrame && e.args.data.documentLoaderURL && e.args.data.documentLoaderURL.startsWith('http'));
  const t0 = (nav.length ? nav.at(-1) : events.find((e) => e.name === 'navigationStart')).ts;
  const mainThread = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.name === 'navigationStart' && x.ts === t0));
  const onMain = events.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X');
  // Top-level tasks only (the scheduler nests RunTask inside ThreadControllerImpl::RunTask).
  const all = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const tasks = all.filter((t) => t.dur / 1000 >= minMs && !all.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur && (o.ts < t.ts || o.dur > t.dur || all.indexOf(o) < all.indexOf(t))));
  console.log(`\nmain-thread tasks >= ${minMs} ms (ms from navigation, duration, what ran inside):`);
  let busy = 0;
  for (const t of tasks) {
    // The leaves that matter: events inside the task with no child of >= 1 ms, the longest first.
    const inside = onMain.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t && e.dur >= 1000 && !/RunTask/.test(e.name));
    const leaves = inside.filter((e) => !inside.some((c) => c !== e && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur && c.dur >= 1000 && c.dur < e.dur));
    const top = inside.filter((e) => !inside.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur && p.dur > e.dur));
    const label = [...top.slice(0, 2), ...leaves.sort((a, b) => b.dur - a.dur).slice(0, 6)].map((e) => {
      const d = e.args && (e.args.data || e.args.beginData) || {};
      const what = d.url ? d.url.split('/').pop() : d.functionName || d.type || '';
      return `${e.name}${what ? '(' + what + ')' : ''} ${(e.dur / 1000).toFixed(1)}`;
    }).join('; ');
    busy += t.dur / 1000;
    console.log(`${((t.ts - t0) / 1000).toFixed(1).padStart(7)} ${(t.dur / 1000).toFixed(1).padStart(6)}  ${label}`);
  }
  console.log(`main-thread busy in tasks >= ${minMs} ms: ${busy.toFixed(1)} ms`);
  // Off-main work worth seeing: wasm compilation and the GPU process.
  for (const name of ['wasm.StartStreamingCompilation', 'wasm.CompileLazy', 'wasm.SyncCompile', 'wasm.AsyncCompile', 'v8.wasm.streamFromResponseCallback', 'wasm.OnCompilationSucceeded', 'wasm.FinishStreaming', 'v8.wasm.compiledModule', 'wasm.BaselineFinished']) {
    const ev = events.filter((e) => e.name === name);
    if (ev.length) console.log(`${name}: ${ev.slice(0, 4).map((e) => ((e.ts - t0) / 1000).toFixed(1) + (e.dur ? '+' + (e.dur / 1000).toFixed(1) : '')).join(', ')}`);
  }
}

const server = await serve(dist);
try {
  for (let r = 0; r < runs; ++r) { console.log(`\n=== run ${r + 1}: ${dist}`); report(await once(server.url)); }
} finally { await server.close(); }
