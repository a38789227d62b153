#!/usr/bin/env node
// wasm-load-ab.mjs: A/B of the WebAssembly load (bench_core's bench_load: copy into the heap +
// CorpusLoader::load + QueryEngine::attach) of two or more bench_core builds in one node process (the same V8 as
// Chromium), alternating per round, timed as CPU time (process.cpuUsage), which a shared machine disturbs far
// less than wall time. Each round also runs simdjson's bare On Demand walk (bench_walk) in the first build, the
// bound for any loader. The first round of each build is cold (heap growth, tier-up) and is left out of the
// medians.
//   node bench/wasm-load-ab.mjs DIR_A DIR_B [DIR_C…] [--rounds 11] [--corpus bench/out/c10000.json]
// A DIR holds bench_core.js and bench_core.wasm (build/wasm after `cmake --build build/wasm --target bench_core`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const opt = (name, dflt) => { const i = process.argv.indexOf(name); return i < 0 ? dflt : process.argv[i + 1]; };
const rounds = Number(opt('--rounds', 11));
const noWalk = process.argv.includes('--no-walk');  // for a CPU profile of the loads alone
const corpus = path.resolve(opt('--corpus', path.join(here, 'out/c10000.json')));
const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(i > 0 && ['--rounds', '--corpus'].includes(all[i - 1])));
if (dirs.length < 1 || !fs.existsSync(corpus)) {
  console.error('usage: wasm-load-ab.mjs DIR_A [DIR_B…] [--rounds N] [--corpus FILE]');
  process.exit(2);
}

async function open(dir) {
  const src = fs.readFileSync(path.join(dir, 'bench_core.js'), 'utf8');
  const create = new Function(`${src}\nreturn createBenchCore;`)();  // built for the web: no node glue needed
  const wasm = fs.readFileSync(path.join(dir, 'bench_core.wasm'));
  return create({
    instantiateWasm(imports, done) {
      WebAssembly.instantiate(wasm, imports).then((r) => done(r.instance, r.module));
      return {};
    },
  });
}

const bytes = new Uint8Array(fs.readFileSync(corpus));
const cpuMs = (f) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
function load(M) {
  let inner = 0;
  const ms = cpuMs(() => {
    const p = M._malloc(bytes.length);
    M.HEAPU8.set(bytes, p);
    inner = M._bench_load(p, bytes.length);
    M._free(p);
  });
  if (inner < 0) throw new Error('load failed: ' + M.UTF8ToString(M._bench_error()));
  return ms;
}
function walk(M) {
  let inner = 0;
  const ms = cpuMs(() => {
    const cap = bytes.length + 64;
    const p = M._malloc(cap);
    M.HEAPU8.set(bytes, p);
    M.HEAPU8.fill(0, p + bytes.length, p + cap);
    inner = M._bench_walk(p, bytes.length, cap);
    M._free(p);
  });
  if (inner < 0) throw new Error('walk failed');
  return ms;
}

const mods = [];
for (const d of dirs) mods.push(await open(path.resolve(d)));
const loads = dirs.map(() => []), walks = [];
for (let r = 0; r < rounds; ++r) {
  const order = dirs.map((_, i) => (i + r) % dirs.length);  // rotate who goes first
  for (const i of order) loads[i].push(load(mods[i]));
  walks.push(noWalk ? NaN : walk(mods[0]));
  console.log(`round ${r + 1}: ${dirs.map((d, i) => `${path.basename(path.resolve(d))} ${loads[i][r].toFixed(0)}`).join(', ')}, walk ${walks[r].toFixed(0)} ms CPU`);
}
const median = (v) => { const s = v.slice().sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const warm = (v) => v.slice(1);
const wm = median(warm(walks));
console.log(`walk (${path.basename(path.resolve(dirs[0]))}): median ${wm.toFixed(1)} ms (${Math.min(...warm(walks)).toFixed(0)}-${Math.max(...warm(walks)).toFixed(0)})`);
dirs.forEach((d, i) => {
  const w = warm(loads[i]), m = median(w);
  // Per round, this build's load over the first build's (adjacent in time, so they share the machine's mood).
  const rel = i ? ` ; ÷ ${path.basename(path.resolve(dirs[0]))} per round: median ${median(w.map((x, r) => x / loads[0][r + 1])).toFixed(3)}` : '';
  console.log(`${d}: load median ${m.toFixed(1)} ms (${Math.min(...w).toFixed(0)}-${Math.max(...w).toFixed(0)}), cold ${loads[i][0].toFixed(0)}; loader / walk ${(m / wm).toFixed(2)}, per round: median ${median(w.map((x, r) => x / walks[r + 1])).toFixed(2)}${rel}`);
});
