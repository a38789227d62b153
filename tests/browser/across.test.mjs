// across.test.mjs: across articles (issue 16). The People panel's "By person" view lists one row per person in
// the corpus (names merged after folding case, diacritics, hyphens and dots); selecting a person shows their
// articles and the reader steps through them; the link carries by=person and restores the person.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, openExplorer, state, waitForState, clickRect, frames, shotPath, repoRoot } from './harness.mjs';

const native = path.join(repoRoot, 'build', 'native');
let dir, corpus, server;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ae-across-'));
  execFileSync(path.join(native, 'gen-corpus'), ['--articles', '120', '--seed', '5', '-o', path.join(dir, 'gen.json')]);
  corpus = JSON.parse(fs.readFileSync(path.join(dir, 'gen.json'), 'utf8'));
  server = await serve(undefined, {
    override: (p) => (p === '/gen.json'
      ? { status: 200, body: fs.readFileSync(path.join(dir, 'gen.json')), headers: { 'Content-Type': 'application/json' } } : null),
  });
});
after(async () => { await server.close(); fs.rmSync(dir, { recursive: true, force: true }); });

// The merging key of core/persons.h, for the names gen-corpus writes (Latin letters with diacritics).
const key = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s\-.,]+/g, ' ').trim();

function expectedPeople() {
  const groups = new Map();
  for (const a of corpus.articles) {
    for (const p of a.people) {
      const k = key(p.name);
      if (!groups.has(k)) groups.set(k, { name: p.name, articles: new Set(), mentions: 0, rows: [] });
      const g = groups.get(k);
      g.articles.add(a.id);
      g.mentions += p.mentions.length;
      g.rows.push({ article: a.id, id: p.id });
    }
  }
  return [...groups.values()].sort((x, y) => y.articles.size - x.articles.size || y.mentions - x.mentions);
}

test('By person: one row per person; a person\'s articles one step at a time; the link restores it', async () => {
  const people = expectedPeople();
  const top = people[0];
  assert.ok(top.articles.size >= 3 && people[1].articles.size < top.articles.size, 'gen-corpus repeats one name most');
  const b = await openExplorer(server.url + '?data=gen.json', { width: 1280, height: 800 });
  try {
    let s = await waitForState(b.page, (x) => x.corpus.status === 'loaded' && x.corpus.articles === 120, 'the corpus');
    assert.equal(s.persons, null, 'per article by default');
    assert.ok(s.rects.people_by_person, 'the view switch is on screen');
    await clickRect(b.page, s.rects.people_by_person);
    s = await waitForState(b.page, (x) => x.persons && x.persons.count > 0, 'the by-person rows');
    assert.equal(s.persons.count, people.length, 'one row per distinct person');
    assert.ok(s.persons.count < s.rowCounts.people, 'fewer rows than per article');
    assert.equal(s.persons.rows[0].name, top.name);
    assert.equal(s.persons.rows[0].articles, top.articles.size);
    assert.equal(s.persons.rows[0].mentions, top.mentions);
    assert.match(s.link, /&by=person/);
    await b.page.screenshot({ path: shotPath('by-person.png') });

    // Select the top person: the reader shows their first article; Next article walks the others.
    await clickRect(b.page, s.rowRects[top.rows[0].id]);
    s = await waitForState(b.page, (x) => x.persons.selected && x.persons.selected.name === top.name, 'the person selected');
    assert.deepEqual(s.persons.selected.articleIds, top.rows.map((r) => r.article));
    assert.equal(s.persons.selected.at, 0);
    assert.equal(s.reader.article, top.rows[0].article);
    assert.ok(s.rects.person_next, 'a Next article button');
    await clickRect(b.page, s.rects.person_next);
    s = await waitForState(b.page, (x) => x.persons.selected && x.persons.selected.at === 1, 'the next article');
    assert.equal(s.reader.article, top.rows[1].article);
    assert.equal(s.selection.item, top.rows[1].id);
    await b.page.screenshot({ path: shotPath('by-person-selected.png') });

    // The link opens the same view and person elsewhere.
    const link = s.link;
    const c = await openExplorer(server.url + '?data=gen.json' + link, { width: 1280, height: 800 });
    try {
      const t = await waitForState(c.page, (x) => x.corpus.articles === 120 && x.persons && x.persons.selected, 'the linked person');
      assert.equal(t.persons.selected.name, top.name);
      assert.equal(t.persons.selected.at, 1);
      assert.equal(t.reader.article, top.rows[1].article);
    } finally { await c.close(); }

    // Back to per article.
    await clickRect(b.page, s.rects.people_per_article);
    s = await waitForState(b.page, (x) => x.persons === null, 'per article again');
    assert.doesNotMatch(s.link, /by=person/);
  } finally { await b.close(); }
});

test('the timeline: articles per month; a drag filters to a date range that travels in the link; Back undoes it', async () => {
  const b = await openExplorer(server.url + '?data=gen.json', { width: 1280, height: 800 });
  try {
    let s = await waitForState(b.page, (x) => x.corpus.status === 'loaded' && x.corpus.articles === 120, 'the corpus');
    const months = corpus.articles.map((a) => a.published.slice(0, 7)).sort();
    assert.equal(s.timeline.unit, 'month');
    assert.equal(s.timeline.first, months[0]);
    assert.equal(s.timeline.last, months[months.length - 1]);
    assert.equal(s.timeline.dated, 120);
    assert.equal(s.timeline.counts.reduce((x, y) => x + y, 0), 120);
    const r = s.rects.timeline;
    assert.ok(r, 'the timeline is on screen');
    const n = s.timeline.counts.length;
    // Bucket centres, so rounding never moves a bound.
    const centre = (i) => r[0] + ((i + 0.5) * (r[2] - r[0])) / n;
    const x0 = centre(Math.floor(n * 0.3)), x1 = centre(Math.floor(n * 0.6)), y = (r[1] + r[3]) / 2;
    const bucket = (x) => Math.min(n - 1, Math.floor(((x - r[0]) / (r[2] - r[0])) * n));
    const label = (i) => { const m = Number(s.timeline.first.slice(0, 4)) * 12 + Number(s.timeline.first.slice(5, 7)) - 1 + i;
      return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`; };
    const from = label(bucket(x0)), to = label(bucket(x1));

    // As a person drags: the pointer rests before the button goes down, and the release comes after the move
    // (ImGui samples the mouse once per frame).
    await b.page.mouse.move(x0, y);
    await frames(b.page, 2);
    await b.page.mouse.down();
    await frames(b.page, 2);
    await b.page.mouse.move(x1, y, { steps: 6 });
    await frames(b.page, 2);
    await b.page.mouse.up();
    s = await waitForState(b.page, (x) => x.dates.from !== '', 'the date range');
    assert.deepEqual(s.dates, { from, to });
    const inRange = corpus.articles.filter((a) => a.published.slice(0, 7) >= from && a.published.slice(0, 7) <= to);
    assert.equal(s.rowCounts.people, inRange.reduce((k, a) => k + a.people.length, 0));
    assert.match(s.link, new RegExp(`&dates=${from}\\.\\.${to}$`));
    assert.ok(s.rects.timeline_clear, 'an "All dates" button');
    await b.page.screenshot({ path: shotPath('timeline-range.png') });

    await b.page.goBack();
    s = await waitForState(b.page, (x) => x.dates.from === '', 'Back to all dates');
    assert.equal(s.rowCounts.people, corpus.articles.reduce((k, a) => k + a.people.length, 0));
  } finally { await b.close(); }
});

test('organisations: the ones in most articles as chips; one click filters to the articles involving it', async () => {
  // core/organisations.h's key, for the names gen-corpus writes.
  const orgKey = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9&\u0080-\uffff]+/g, ' ').trim().replace(/^the /, '');
  const articlesOf = new Map();
  for (const a of corpus.articles) {
    const names = [...a.people.map((p) => p.affiliation || ''), ...a.agreements.flatMap((g) => g.parties)];
    for (const n of names) {
      const k = orgKey(n);
      if (!k) continue;
      if (!articlesOf.has(k)) articlesOf.set(k, new Set());
      articlesOf.get(k).add(a.id);
    }
  }
  const b = await openExplorer(server.url + '?data=gen.json', { width: 1280, height: 800 });
  try {
    let s = await waitForState(b.page, (x) => x.corpus.articles === 120 && x.organisations.count > 0, 'the organisations');
    assert.equal(s.organisations.count, articlesOf.size);
    const top = s.organisations.top[0];
    assert.equal(top.articles, Math.max(...[...articlesOf.values()].map((v) => v.size)));
    assert.equal(top.articles, articlesOf.get(top.key).size);
    assert.ok(s.rects[`org:${top.key}`], 'a chip for the top organisation');
    await clickRect(b.page, s.rects[`org:${top.key}`]);
    s = await waitForState(b.page, (x) => x.organisation === top.key, 'the organisation filter');
    const inv = corpus.articles.filter((a) => articlesOf.get(top.key).has(a.id));
    assert.equal(s.rowCounts.people, inv.reduce((k, a) => k + a.people.length, 0));
    assert.match(s.link, /&org=/);
    await b.page.screenshot({ path: shotPath('organisation-filter.png') });
    s = await state(b.page);
    await clickRect(b.page, s.rects[`org:${top.key}`]);
    s = await waitForState(b.page, (x) => x.organisation === '', 'a second click clears it');
  } finally { await b.close(); }
});
