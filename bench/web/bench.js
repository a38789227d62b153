// bench.js: the in-browser benchmark (bench/web/index.html). No inline script; results go to
// window.benchResults and window.benchDone = true (bench/run-browser-bench.mjs waits on them).
//  1. load: corpus bytes already in memory -> indexed model, WebAssembly (copy into the heap + CorpusLoader::load
//     + QueryEngine::attach) against plain JS on the same bytes (TextDecoder + JSON.parse + the same per-kind
//     item lists, per-topic bitsets and folded lowercase search strings), alternating for `runs` rounds (default
//     7) in this one page; ratio = JS / WASM per round, reported as the median with its range, and the first
//     (cold) round on its own. Each round also times simdjson's own On Demand walk of the same bytes in the same
//     module (bench_walk), the bound for any loader.
//  2. filter: the query mix of bench/query_mix.h on the people and figures panels at 10k, `mix` repetitions,
//     p50/p95 per step (the app's refresh work: filter + facet counts + tab counts).
//  2b. with ?bbc=1, the BBC articles extracted by article-prep (corpora/bbc.json): loaded (alternating) and filtered.
//  3. memory: a fresh module per corpus size; WebAssembly memory after the load (the input freed).
'use strict';
(function () {
  var logEl = document.getElementById('log');
  function log(s) { logEl.textContent += s + '\n'; }
  var params = new URLSearchParams(location.search);
  var loadSize = Number(params.get('load') || 10000);
  var runs = Number(params.get('runs') || 7);
  var bbc = params.get('bbc') === '1';  // corpora/bbc.json: the BBC articles extracted by article-prep
  var mixRuns = Number(params.get('mix') || 10);
  var sizes = (params.get('sizes') || '1000,10000,100000').split(',').map(Number);
  var only = params.get('only');  // 'load': stop after the load rounds (run-browser-bench.mjs --only load)
  var KINDS = ['people', 'agreements', 'figures', 'photos'];

  function median(v) { var s = v.slice().sort(function (a, b) { return a - b; }); return s[Math.floor((s.length - 1) / 2)]; }
  function percentile(v, p) {  // nearest rank, as query_mix.h
    var s = v.slice().sort(function (a, b) { return a - b; });
    var rank = Math.max(1, Math.ceil(p / 100 * s.length));
    return s[Math.min(s.length, rank) - 1];
  }
  async function fetchBytes(n) {
    var name = typeof n === 'number' ? 'c' + n : n;
    var resp = await fetch('corpora/' + name + '.json');
    if (!resp.ok) throw new Error('HTTP ' + resp.status + ' for corpora/' + name + '.json');
    return new Uint8Array(await resp.arrayBuffer());
  }

  // ---- WebAssembly path
  function wasmLoad(M, bytes) {
    var t0 = performance.now();
    var p = M._malloc(bytes.length);
    if (!p) throw new Error('malloc(' + bytes.length + ') failed: out of WebAssembly memory');
    M.HEAPU8.set(bytes, p);  // HEAPU8 is re-read after malloc: the heap may have grown
    var inner = M._bench_load(p, bytes.length);
    var t1 = performance.now();
    M._free(p);
    if (inner < 0) throw new Error('load failed: ' + M.UTF8ToString(M._bench_error()));
    return { ms: t1 - t0, loadMs: inner };
  }

  // simdjson's On Demand walk of the same bytes in the same module (bench_core.cpp bench_walk).
  function wasmWalk(M, bytes) {  // timed like wasmLoad: from the copy into the heap (+ 64 bytes of simdjson padding)
    var t0 = performance.now();
    var cap = bytes.length + 64;
    var p = M._malloc(cap);
    if (!p) throw new Error('malloc(' + cap + ') failed: out of WebAssembly memory');
    M.HEAPU8.set(bytes, p);
    M.HEAPU8.fill(0, p + bytes.length, p + cap);
    var inner = M._bench_walk(p, bytes.length, cap);
    var ms = performance.now() - t0;
    M._free(p);
    if (inner < 0) throw new Error('on-demand walk failed');
    return ms;
  }

  // ---- JavaScript path: the same model a JS page would build.
  var FOLD = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ð': 'd', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i',
    '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '\u00a0': ' ' };
  var FOLD_RE = /[ßæœþðøłđı‘’“”–—\u00a0]/g;
  var MARKS_RE = /[\u0300-\u036f]/g;
  var ASCII_RE = /^[\x00-\x7f]*$/;
  function fold(s) {
    if (ASCII_RE.test(s)) return s.toLowerCase();
    return s.toLowerCase().normalize('NFD').replace(MARKS_RE, '').replace(FOLD_RE, function (c) { return FOLD[c]; });
  }
  function join(parts) {
    var out = '';
    for (var i = 0; i < parts.length; i++) if (parts[i]) out += (out ? '\n' : '') + fold(parts[i]);
    return out;
  }
  function jsLoad(bytes) {
    var t0 = performance.now();
    var doc = JSON.parse(new TextDecoder().decode(bytes));
    var topicIndex = new Map(), topics = [];
    function topic(id, label) {
      var t = topicIndex.get(id);
      if (t === undefined) { t = topics.length; topicIndex.set(id, t); topics.push({ id: id, label: label || id }); }
      else if (label) topics[t].label = label;
      return t;
    }
    (doc.topics || []).forEach(function (t) { topic(t.id, t.label); });
    function refs(ids) { var r = new Array((ids || []).length); for (var i = 0; i < r.length; i++) r[i] = topic(ids[i]); return r; }
    var articles = [], kinds = [[], [], [], []];
    var arts = doc.articles || [];
    for (var a = 0; a < arts.length; a++) {
      var x = arts[a];
      articles.push({ id: x.id, title: x.title, paragraphs: x.paragraphs || [], topics: refs(x.topics),
        search: join([x.title, x.source]) });
      (x.people || []).forEach(function (p) {
        kinds[0].push({ article: a, item: p, topics: refs(p.topics), search: join([p.name, p.role, p.affiliation]) });
      });
      (x.agreements || []).forEach(function (g) {
        kinds[1].push({ article: a, item: g, topics: refs(g.topics), search: join([g.title, g.kind].concat(g.parties || [])) });
      });
      (x.figures || []).forEach(function (f) {
        kinds[2].push({ article: a, item: f, topics: refs(f.topics), search: join([f.text, f.subject, f.unit]) });
      });
      (x.photos || []).forEach(function (p) {
        kinds[3].push({ article: a, item: p, topics: refs(p.topics), search: join([p.caption, p.credit]) });
      });
    }
    var bits = kinds.map(function (items) {  // [kind][topic] -> Uint32Array bitset
      var words = (items.length + 31) >>> 5;
      var perTopic = topics.map(function () { return new Uint32Array(words); });
      for (var i = 0; i < items.length; i++) {
        var ts = items[i].topics;
        for (var j = 0; j < ts.length; j++) perTopic[ts[j]][i >>> 5] |= 1 << (i & 31);
      }
      return perTopic;
    });
    var model = { topics: topics, articles: articles, kinds: kinds, bits: bits };
    return { ms: performance.now() - t0, model: model };
  }

  // The query mix on the people and figures panels of the corpus loaded in M (mixRuns repetitions).
  function filterMix(M) {
    var out = {};
    [0, 2].forEach(function (kind) {
      var ms = [], hidden = [], steps = [];
      for (var k = 0; k < mixRuns; k++) {
        var n = M._bench_run_mix(kind);
        for (var i = 0; i < n; i++) {
          ms.push(M._bench_step_ms(i));
          hidden.push(M._bench_step_hidden_ms(i));
          if (k === 0) steps.push({ step: M.UTF8ToString(M._bench_step_label(i)), ms: M._bench_step_ms(i),
            hiddenMs: M._bench_step_hidden_ms(i), rows: M._bench_step_rows(i) });
        }
      }
      out[KINDS[kind]] = { items: M._bench_items(kind), samples: ms.length, p50: percentile(ms, 50),
        p95: percentile(ms, 95), max: percentile(ms, 100), hiddenP50: percentile(hidden, 50),
        hiddenP95: percentile(hidden, 95), hiddenMax: percentile(hidden, 100), firstRun: steps };
      log('filter ' + KINDS[kind] + ': p50 ' + out[KINDS[kind]].p50.toFixed(2) + ' ms, p95 ' + out[KINDS[kind]].p95.toFixed(2) + ' ms');
    });
    return out;
  }

  async function run() {
    var R = { userAgent: navigator.userAgent, crossOriginIsolated: self.crossOriginIsolated === true,
      load: null, filter: {}, memory: [] };
    // 1. load
    log('fetching c' + loadSize + '.json');
    var bytes = await fetchBytes(loadSize);
    var M = await createBenchCore();
    // WASM and JS alternate in one page, `runs` rounds; each round also times simdjson's own On Demand walk of the
    // same bytes (bench_walk: the bound for any loader in this build). The first round is the cold load.
    var wasm = [], js = [], walk = [], ratios = [], jsItems = 0;
    for (var r = 0; r < runs; r++) {
      wasm.push(wasmLoad(M, bytes).ms);
      var j = jsLoad(bytes);
      js.push(j.ms);
      jsItems = j.model.kinds.reduce(function (s, k) { return s + k.length; }, 0);
      j = null;
      walk.push(wasmWalk(M, bytes));
      ratios.push(js[r] / wasm[r]);
      log('run ' + (r + 1) + ': wasm ' + wasm[r].toFixed(1) + ' ms, js ' + js[r].toFixed(1) + ' ms (ratio ' +
        ratios[r].toFixed(2) + '), on-demand walk ' + walk[r].toFixed(1) + ' ms');
    }
    var wasmItems = [0, 1, 2, 3].reduce(function (s, k) { return s + M._bench_items(k); }, 0);
    var warm = function (v) { return v.length > 1 ? v.slice(1) : v; };  // rounds after the cold first one
    R.load = { articles: loadSize, bytes: bytes.length, runs: runs, wasmMs: median(wasm), jsMs: median(js),
      walkMs: median(walk), wasmAll: wasm, jsAll: js, walkAll: walk, ratioAll: ratios,
      ratio: median(ratios), ratioMin: Math.min.apply(null, ratios), ratioMax: Math.max.apply(null, ratios),
      ratioOfMedians: median(js) / median(wasm),
      warmRatio: median(warm(ratios)), warmRatioMin: Math.min.apply(null, warm(ratios)),
      warmRatioMax: Math.max.apply(null, warm(ratios)), coldRatio: ratios[0], coldWasmMs: wasm[0], coldJsMs: js[0],
      walkShare: median(walk) / median(wasm), wasmItems: wasmItems, jsItems: jsItems,
      wasmMBps: bytes.length / 1e6 / (median(wasm) / 1000), jsMBps: bytes.length / 1e6 / (median(js) / 1000),
      walkMBps: bytes.length / 1e6 / (median(walk) / 1000) };
    log('load: wasm ' + R.load.wasmMs.toFixed(1) + ' ms, js ' + R.load.jsMs.toFixed(1) + ' ms, median ratio ' +
      R.load.ratio.toFixed(2) + ' (' + R.load.ratioMin.toFixed(2) + '-' + R.load.ratioMax.toFixed(2) + '), walk ' +
      R.load.walkMs.toFixed(1) + ' ms');

    if (only === 'load') return R;

    // 2. filter mix at loadSize
    R.filter = filterMix(M);

    // 2b. a real corpus: the BBC articles (bench/run-browser-bench.mjs extracts ../shared/bbc when present).
    if (bbc) {
      var bb = await fetchBytes('bbc');
      var bw = [], bj = [];
      for (var q = 0; q < runs; q++) { bj.push(jsLoad(bb).ms); bw.push(wasmLoad(M, bb).ms); }
      R.bbc = { bytes: bb.length, articles: M._bench_articles(), items: [0, 1, 2, 3].map(function (k) { return M._bench_items(k); }),
        wasmMs: median(bw), jsMs: median(bj), wasmAll: bw, jsAll: bj,
        ratios: bw.map(function (w, i) { return bj[i] / w; }), filter: filterMix(M) };
      R.bbc.ratio = median(R.bbc.ratios);
      log('bbc: ' + R.bbc.articles + ' articles, wasm ' + R.bbc.wasmMs.toFixed(1) + ' ms, js ' + R.bbc.jsMs.toFixed(1) + ' ms');
    }
    M = null;
    bytes = null;

    // 3. memory per corpus size, a fresh module each
    for (var s = 0; s < sizes.length; s++) {
      var n = sizes[s], entry = { articles: n }, m = null;
      try {
        var b = await fetchBytes(n);
        entry.bytes = b.length;
        m = await createBenchCore();
        entry.heapBefore = m._bench_heap_bytes();
        var l = wasmLoad(m, b);
        entry.loadMs = l.ms;
        entry.heapBytes = m._bench_heap_bytes();
        entry.modelBytes = m._bench_model_bytes();
        entry.items = [0, 1, 2, 3].map(function (k) { return m._bench_items(k); });
        b = null; m = null;
      } catch (e) {
        entry.error = String(e && e.message ? e.message : e);
        // An allocation that fails inside the load aborts the module (no exceptions): report the heap it reached.
        if (m && m.HEAPU8) entry.heapAtFailure = m.HEAPU8.length;
        if (/Aborted/.test(entry.error)) entry.error = 'out of WebAssembly memory (aborted at a ' +
          (entry.heapAtFailure / 1048576).toFixed(0) + ' MiB heap; the limit is 2 GiB)';
        b = null; m = null;
      }
      R.memory.push(entry);
      log('memory ' + n + ': ' + (entry.error ? 'failed: ' + entry.error : (entry.heapBytes / 1048576).toFixed(0) + ' MB heap, load ' + entry.loadMs.toFixed(0) + ' ms'));
    }
    return R;
  }

  run().then(function (R) { window.benchResults = R; },
    function (e) { log('ERROR ' + (e && e.stack ? e.stack : e)); window.benchResults = { error: String(e && e.stack ? e.stack : e) }; })
    .then(function () { window.benchDone = true; log('done'); });
})();
