// bench.js: the in-browser benchmark (bench/web/index.html). No inline script; results go to
// window.benchResults and window.benchDone = true (bench/run-browser-bench.mjs waits on them).
//  1. load: corpus bytes already in memory -> indexed model, WebAssembly (copy into the heap + CorpusLoader::load
//     + QueryEngine::attach) against plain JS on the same bytes (TextDecoder + JSON.parse + the same per-kind
//     item lists, per-topic bitsets and folded lowercase search strings). Median of `runs`; ratio = JS / WASM.
//  2. filter: the query mix of bench/query_mix.h on the people and figures panels at 10k, `mix` repetitions,
//     p50/p95 per step (the app's refresh work: filter + facet counts + tab counts).
//  3. memory: a fresh module per corpus size; WebAssembly memory after the load (the input freed).
'use strict';
(function () {
  var logEl = document.getElementById('log');
  function log(s) { logEl.textContent += s + '\n'; }
  var params = new URLSearchParams(location.search);
  var loadSize = Number(params.get('load') || 10000);
  var runs = Number(params.get('runs') || 5);
  var mixRuns = Number(params.get('mix') || 10);
  var sizes = (params.get('sizes') || '1000,10000,100000').split(',').map(Number);
  var KINDS = ['people', 'agreements', 'figures', 'photos'];

  function median(v) { var s = v.slice().sort(function (a, b) { return a - b; }); return s[Math.floor((s.length - 1) / 2)]; }
  function percentile(v, p) {  // nearest rank, as query_mix.h
    var s = v.slice().sort(function (a, b) { return a - b; });
    var rank = Math.max(1, Math.ceil(p / 100 * s.length));
    return s[Math.min(s.length, rank) - 1];
  }
  async function fetchBytes(n) {
    var resp = await fetch('corpora/c' + n + '.json');
    if (!resp.ok) throw new Error('HTTP ' + resp.status + ' for corpora/c' + n + '.json');
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

  async function run() {
    var R = { userAgent: navigator.userAgent, crossOriginIsolated: self.crossOriginIsolated === true,
      load: null, filter: {}, memory: [] };
    // 1. load
    log('fetching c' + loadSize + '.json');
    var bytes = await fetchBytes(loadSize);
    var M = await createBenchCore();
    var wasm = [], js = [], jsItems = 0;
    for (var r = 0; r < runs; r++) {
      wasm.push(wasmLoad(M, bytes).ms);
      var j = jsLoad(bytes);
      js.push(j.ms);
      jsItems = j.model.kinds.reduce(function (s, k) { return s + k.length; }, 0);
      j = null;
      log('run ' + (r + 1) + ': wasm ' + wasm[r].toFixed(1) + ' ms, js ' + js[r].toFixed(1) + ' ms');
    }
    var wasmItems = [0, 1, 2, 3].reduce(function (s, k) { return s + M._bench_items(k); }, 0);
    R.load = { articles: loadSize, bytes: bytes.length, runs: runs, wasmMs: median(wasm), jsMs: median(js),
      wasmAll: wasm, jsAll: js, ratio: median(js) / median(wasm), wasmItems: wasmItems, jsItems: jsItems,
      wasmMBps: bytes.length / 1e6 / (median(wasm) / 1000), jsMBps: bytes.length / 1e6 / (median(js) / 1000) };
    log('load: wasm ' + R.load.wasmMs.toFixed(1) + ' ms, js ' + R.load.jsMs.toFixed(1) + ' ms, ratio ' + R.load.ratio.toFixed(2));

    // 2. filter mix at loadSize
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
      R.filter[KINDS[kind]] = { items: M._bench_items(kind), samples: ms.length, p50: percentile(ms, 50),
        p95: percentile(ms, 95), max: percentile(ms, 100), hiddenP50: percentile(hidden, 50),
        hiddenP95: percentile(hidden, 95), hiddenMax: percentile(hidden, 100), firstRun: steps };
      log('filter ' + KINDS[kind] + ': p50 ' + R.filter[KINDS[kind]].p50.toFixed(2) + ' ms, p95 ' + R.filter[KINDS[kind]].p95.toFixed(2) + ' ms');
    });
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
