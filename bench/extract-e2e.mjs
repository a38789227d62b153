#!/usr/bin/env node
// extract-e2e.mjs: `article-prep extract` end to end (process start, reading every file, extraction, the corpus,
// writing the JSON with its fsync and rename) over a real corpus: the BBC articles in ../shared/bbc/ (skipped when
// absent). Figures are MB of input per second; "per core" divides by the CPU time the process used (user + sys),
// which a busy machine disturbs far less than wall time. A baseline binary, when given, runs alternately with the
// new one in the same loop, so both see the same machine.
//
//   node bench/extract-e2e.mjs [--runs 7] [--jobs 1,2] [--baseline PATH/article-prep] [--corpus DIR] [--json OUT]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

export function bbcFiles(dir) {
  if (!fs.existsSync(dir)) return null;
  const out = [];
  for (const cat of fs.readdirSync(dir).sort()) {
    const d = path.join(dir, cat);
    if (!fs.statSync(d).isDirectory()) continue;
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.txt')) out.push(path.join(d, f));
  }
  return out;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// One run: wall ms and CPU ms (user + sys of the child, from /usr/bin/time).
function runOnce(exe, files, jobs, out) {
  const args = ['-f', '%e %U %S', exe, 'extract', '--topics', path.join(root, 'assets/topics.json'), ...(jobs ? ['-j', String(jobs)] : []), '-o', out, ...files];
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const last = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  if (last.length !== 3 || last.some(Number.isNaN)) throw new Error(`${exe}: ${r.stderr.slice(-500)}`);
  return { wall, cpu: (last[1] + last[2]) * 1000, stderr: r.stderr };
}

// Runs each (binary, jobs) pair `runs` times, interleaved. Returns { label: { wall: [...], cpu: [...] } }.
export function benchExtract({ exe, baseline, files, runs = 7, jobs = [1, 2], tmp = os.tmpdir() }) {
  const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
  const configs = [];
  for (const j of jobs) {
    if (baseline) configs.push({ label: `baseline -j1`, exe: baseline, jobs: 1, base: true });
    configs.push({ label: `new -j${j}`, exe, jobs: j });
  }
  const uniq = [...new Map(configs.map((c) => [c.label, c])).values()];
  const res = Object.fromEntries(uniq.map((c) => [c.label, { wall: [], cpu: [], jobs: c.jobs }]));
  const outs = {};
  for (let r = 0; r < runs; ++r)
    for (const c of uniq) {
      const out = path.join(tmp, `ae-extract-e2e-${process.pid}-${c.label.replace(/\W+/g, '_')}.json`);
      const x = runOnce(c.exe, files, c.base ? null : c.jobs, out);
      res[c.label].wall.push(x.wall);
      res[c.label].cpu.push(x.cpu);
      outs[c.label] = out;
    }
  // Every configuration of the new binary (-j 1, -j 2, ...) must have written the same bytes. A baseline is another
  // build: its output differs whenever the extraction changed, so it is compared apart (reported, not required).
  const newOuts = uniq.filter((c) => !c.base).map((c) => outs[c.label]);
  const first = fs.readFileSync(newOuts[0]);
  const identical = newOuts.every((f) => fs.readFileSync(f).equals(first));
  const baseOut = uniq.filter((c) => c.base).map((c) => outs[c.label])[0];
  const baselineIdentical = baseOut ? fs.readFileSync(baseOut).equals(first) : null;
  for (const f of Object.values(outs)) fs.rmSync(f, { force: true });
  const summary = {};
  for (const [label, v] of Object.entries(res)) {
    const mbps = (ms) => bytes / 1e6 / (ms / 1000);
    summary[label] = {
      jobs: v.jobs,
      wallMs: { median: median(v.wall), min: Math.min(...v.wall), max: Math.max(...v.wall) },
      cpuMs: { median: median(v.cpu), min: Math.min(...v.cpu), max: Math.max(...v.cpu) },
      wallMBps: { median: mbps(median(v.wall)), min: mbps(Math.max(...v.wall)), max: mbps(Math.min(...v.wall)) },
      cpuMBps: { median: mbps(median(v.cpu)), min: mbps(Math.max(...v.cpu)), max: mbps(Math.min(...v.cpu)) },
    };
  }
  return { files: files.length, bytes, runs, identical, baselineIdentical, summary };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
  const dir = arg('--corpus', path.resolve(root, '../shared/bbc'));
  const files = bbcFiles(dir);
  if (!files || !files.length) { console.log(`extract-e2e: ${dir} absent, skipped`); process.exit(0); }
  const r = benchExtract({
    exe: path.join(root, 'build/native/article-prep'),
    baseline: arg('--baseline', null),
    files,
    runs: Number(arg('--runs', '7')),
    jobs: arg('--jobs', '1,2').split(',').map(Number),
  });
  r.loadavg = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`${r.files} files, ${(r.bytes / 1e6).toFixed(2)} MB, ${r.runs} runs each, interleaved; outputs identical across -j: ${r.identical}${r.baselineIdentical === null ? '' : `; same as the baseline's: ${r.baselineIdentical}`}; load ${r.loadavg}`);
  for (const [label, s] of Object.entries(r.summary))
    console.log(`${label.padEnd(12)} wall ${s.wallMs.median.toFixed(0)} ms (${s.wallMs.min.toFixed(0)}-${s.wallMs.max.toFixed(0)}) = ${s.wallMBps.median.toFixed(1)} MB/s (${s.wallMBps.min.toFixed(1)}-${s.wallMBps.max.toFixed(1)});` +
      ` CPU ${s.cpuMs.median.toFixed(0)} ms (${s.cpuMs.min.toFixed(0)}-${s.cpuMs.max.toFixed(0)}) = ${s.cpuMBps.median.toFixed(1)} MB/s per core (${s.cpuMBps.min.toFixed(1)}-${s.cpuMBps.max.toFixed(1)})`);
  const json = arg('--json', null);
  if (json) fs.writeFileSync(json, JSON.stringify(r, null, 2));
}
