// ledger.test.mjs: the figure ledger (issue 16, part 4). A corpus written here reports the same quantities in
// several articles and dates; the ledger lines them up (one line per subject, sides and unit), a link opens it,
// its tab opens it, a click on a line and on a chart point selects that figure and the reader shows its sentence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openExplorer, waitForState, clickRect, shotPath } from './harness.mjs';

// One article per entry: [published, [sentence, text, subject, unit, value, kind]..., parties].
const spec = [
  ['2019-03-02', [['Bilateral trade between Kazakhstan and the U.S. reached $1.9 billion in 2018.', '$1.9 billion', 'bilateral trade', 'USD', 1.9e9]], ['Kazakhstan', 'United States']],
  ['2020-02-03', [['In 2019, bilateral trade reached $2.1 billion, the U.S. embassy in Kazakhstan said.', '$2.1 billion', 'bilateral trade', 'USD', 2.1e9]], []],
  ['2020-02-11', [['Kazakhstan-US bilateral trade was $2.6 billion last year, according to customs data.', '$2.6 billion', 'bilateral trade', 'USD', 2.6e9]], []],
  ['2022-05-20', [['The bilateral trades of the United States and Kazakhstan hit $3 billion.', '$3 billion', 'The bilateral trades', 'USD', 3e9],
                  ['Kazakhstan and China signed 12 contracts.', '12 contracts', 'contracts', 'contracts', 12, 'count']], ['Kazakhstan', 'China']],
  ['2024-01-15', [['Bilateral trade between Kazakhstan and the United States grew to $3.2 billion.', '$3.2 billion', 'bilateral trade', 'USD', 3.2e9],
                  ['Bilateral trade between Kazakhstan and China reached $31 billion.', '$31 billion', 'bilateral trade', 'USD', 31e9]], []],
  ['2024-03-01', [['Bilateral trade between Kazakhstan and China was $28 billion, officials said.', '$28 billion', 'bilateral trade', 'USD', 28e9]], []],
];

function buildCorpus() {
  const articles = spec.map(([published, figs, parties], n) => {
    let text = '';
    const figures = figs.map(([sentence, t, subject, unit, value, kind = 'money'], i) => {
      const at = Buffer.byteLength(text);
      text += sentence + ' ';
      const m = at + Buffer.byteLength(sentence.slice(0, sentence.indexOf(t)));
      return { id: `f-${i}`, text: t, value, unit, kind, subject,
        evidence: { paragraph: 0, sentence: [at, at + Buffer.byteLength(sentence)], match: [m, m + Buffer.byteLength(t)] } };
    });
    const a = { id: 'a-' + String(n).padStart(16, '0'), title: `Trade report ${n + 1}`, source: 'Ledger Test Wire', published,
      paragraphs: [text.trimEnd()], figures };
    if (parties.length) a.agreements = [{ id: 'ag-deal', title: 'trade deal', kind: 'deal', parties, status: 'signed',
      evidence: { paragraph: 0, sentence: figures[0].evidence.sentence, match: [0, 5] } }];
    return a;
  });
  return { format: 'article-json', version: 1, articles };
}
const corpus = buildCorpus();
const sentenceOf = (articleId, itemId) => {
  const a = corpus.articles.find((x) => x.id === articleId);
  const f = a.figures.find((x) => x.id === itemId);
  return Buffer.from(a.paragraphs[0]).subarray(f.evidence.sentence[0], f.evidence.sentence[1]).toString();
};

let server;
before(async () => {
  server = await serve(undefined, {
    override: (p) => (p === '/ledger.json'
      ? { status: 200, body: Buffer.from(JSON.stringify(corpus)), headers: { 'Content-Type': 'application/json' } } : null),
  });
});
after(async () => { await server.close(); });

const kzUs = 'bilateral trade, Kazakhstan\u2013United States, USD';

test('the ledger from a link: one line per quantity, its values, spread and disagreement', async () => {
  const b = await openExplorer(server.url + '?data=ledger.json#v=1&panel=ledger', { width: 1280, height: 800 });
  try {
    const s = await waitForState(b.page, (x) => x.corpus.articles === spec.length && x.ledger && x.ledger.count > 0, 'the ledger');
    assert.equal(s.panel, 'ledger');
    assert.equal(s.link, '#v=1&panel=ledger');
    assert.deepEqual(s.ledger.lines.map((l) => [l.label, l.values]), [
      [kzUs, 5],
      ['bilateral trade, China\u2013Kazakhstan, USD', 2],
      ['contracts, China\u2013Kazakhstan', 1],
    ]);
    const top = s.ledger.lines[0];
    assert.deepEqual(top.sides, ['Kazakhstan', 'United States']);
    assert.equal(top.min, 1.9e9);
    assert.equal(top.max, 3.2e9);
    assert.equal(top.median, 2.6e9);
    assert.ok(Math.abs(top.spread - 1.3 / 2.6) < 1e-5);
    assert.equal(top.disagree, true, '2.1 and 2.6 billion eight days apart');
    assert.equal(s.ledger.lines[1].disagree, false, '31 and 28 billion are six weeks apart');
    assert.equal(s.ledger.figures, 8);
    assert.equal(s.rowCounts.figures, 8);
    assert.ok(s.rects.tab_ledger && s.rects.ledger_line_0 && s.rects.ledger_point_0, 'lines and chart points on screen');
    await b.page.screenshot({ path: shotPath('ledger.png') });
  } finally { await b.close(); }
});

test('the ledger by click: its tab, a line, a chart point opens its sentence; the link restores it', async () => {
  const b = await openExplorer(server.url + '?data=ledger.json', { width: 1280, height: 800 });
  try {
    let s = await waitForState(b.page, (x) => x.corpus.articles === spec.length && x.rects && x.rects.tab_ledger, 'the corpus');
    assert.equal(s.panel, 'people');
    assert.equal(s.ledger, null);
    await clickRect(b.page, s.rects.tab_ledger);
    s = await waitForState(b.page, (x) => x.panel === 'ledger' && x.ledger && x.rects.ledger_line_0, 'the ledger tab');
    assert.equal(s.ledger.selected, null);
    assert.match(s.link, /panel=ledger/);

    // A line: its first point (the earliest) is selected and read.
    await clickRect(b.page, s.rects.ledger_line_0);
    s = await waitForState(b.page, (x) => x.ledger && x.ledger.selected, 'a line selected');
    assert.equal(s.ledger.selected.label, kzUs);
    assert.deepEqual(s.ledger.selected.points.map((p) => p.date), ['2019-03-02', '2020-02-03', '2020-02-11', '2022-05-20', '2024-01-15']);
    assert.deepEqual(s.ledger.selected.points.map((p) => p.value), [1.9e9, 2.1e9, 2.6e9, 3e9, 3.2e9]);
    assert.deepEqual(s.ledger.selected.points.map((p) => p.conflict), [false, true, true, false, false],
      'the two reports eight days apart disagree; growth over years does not');
    assert.equal(s.ledger.selected.at, 0);
    assert.equal(s.selection.kind, 'figures');
    assert.equal(s.selection.article, s.ledger.selected.points[0].article);
    assert.equal(s.reader.sentenceText, sentenceOf(s.selection.article, s.selection.item));

    // A point on the chart: that figure, its sentence in the reader.
    const p = s.ledger.selected.points[2];
    await clickRect(b.page, s.rects.ledger_point_2);
    s = await waitForState(b.page, (x) => x.ledger && x.ledger.selected && x.ledger.selected.at === 2, 'the third point');
    assert.equal(s.panel, 'ledger');
    assert.deepEqual(s.selection, { kind: 'figures', article: p.article, item: p.item });
    assert.equal(s.reader.article, p.article);
    assert.equal(s.reader.sentenceText, 'Kazakhstan-US bilateral trade was $2.6 billion last year, according to customs data.');
    assert.equal(s.reader.matchText, '$2.6 billion');
    assert.equal(s.link, `#v=1&panel=ledger&sel=${p.article}/${p.item}`);
    await b.page.screenshot({ path: shotPath('ledger-point.png') });

    // The link opens the same line and point elsewhere.
    const c = await openExplorer(server.url + '?data=ledger.json' + s.link, { width: 1280, height: 800 });
    try {
      const t = await waitForState(c.page, (x) => x.corpus.articles === spec.length && x.ledger && x.ledger.selected, 'the linked point');
      assert.equal(t.ledger.selected.label, kzUs);
      assert.equal(t.ledger.selected.at, 2);
      assert.equal(t.reader.sentenceText, s.reader.sentenceText);
    } finally { await c.close(); }

    // The Figures tab leaves the ledger; the figure stays selected.
    await clickRect(b.page, s.rects.tab_figures);
    s = await waitForState(b.page, (x) => x.panel === 'figures', 'the Figures tab');
    assert.equal(s.ledger, null);
    assert.equal(s.selection.item, p.item);
  } finally { await b.close(); }
});

test('the default articles have a ledger: their trade and investment figures as lines', async () => {
  const b = await openExplorer(server.url + '#v=1&panel=ledger', { width: 1280, height: 800 });
  try {
    const s = await waitForState(b.page, (x) => x.corpus.status === 'loaded' && x.ledger && x.ledger.count > 0, 'the ledger');
    assert.equal(s.panel, 'ledger');
    assert.ok(s.ledger.count >= 3, `${s.ledger.count} lines`);
    assert.ok(s.ledger.lines.some((l) => l.subject === 'bilateral trade' && l.kind === 'money'), 'the bilateral trade figure');
    assert.ok(s.ledger.lines.every((l) => l.values >= 1 && l.label.length > 0));
    await b.page.screenshot({ path: shotPath('ledger-default.png') });
  } finally { await b.close(); }
});
