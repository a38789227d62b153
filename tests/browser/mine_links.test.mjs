// mine_links.test.mjs: honest links to My articles (issue 14, part 5). A view of My articles says so in its link
// (corpus=mine); another browser (another profile: its own IndexedDB) opening it is told that the articles are kept
// in another browser instead of being shown the default corpus as if it were the view. "Copy link with the article"
// packs the article into the link with CompressionStream, and a fresh browser opening that link gets the article,
// the view, and keeps it; an article too large for a link offers the export instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openExplorer, state, waitForState, clickRect, frames, shotPath } from './harness.mjs';

const harbour = 'Harbour reopens after storm\n\n' +
  'Mayor Wren Testperson said on Monday that the harbour would reopen after the storm. ' +
  'Repairs cost 4.5 million euros, and traffic fell by 12 percent in March.\n\n' +
  'Harbour master Ada Testsailor said the ferries would run again within a week.\n';

async function addText(page, name, text) {
  await page.evaluate(([n, t]) => window.explorer.addTexts([{ name: n, text: t }]), [name, text]);
}

test('a link to My articles says so elsewhere, and "Copy link with the article" carries the article', async () => {
  const server = await serve();
  const a = await openExplorer(server.url, { width: 1280, height: 800 });
  const others = [];
  try {
    await a.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    await waitForState(a.page, (x) => x.mine.known, 'the browser said what it keeps');
    await addText(a.page, 'harbour.txt', harbour);
    let s = await waitForState(a.page, (x) => x.mine.showing && x.mine.share.status === 'ready' && x.rects.mine_copy_link_article,
      'My articles shown, the article packed for a link');
    assert.match(s.link, /&corpus=mine$/, 'the address bar says the view is of My articles');
    assert.ok(s.mine.share.chars > 100 && s.mine.share.chars <= s.mine.share.limit, JSON.stringify(s.mine.share));
    const people = s.corpus.people;
    assert.ok(people >= 2, `people in the article: ${people}`);
    await frames(a.page, 2);
    await a.page.screenshot({ path: shotPath('mine-link-button.png') });
    const plain = await a.page.evaluate(() => location.href);

    await clickRect(a.page, s.rects.mine_copy_link_article);
    s = await waitForState(a.page, (x) => /with the article in it/.test(x.notice), 'the copy confirmed');
    const carried = await a.page.evaluate(() => navigator.clipboard.readText());
    assert.match(carried, /#v=1&.*&corpus=mine&doc=[A-Za-z0-9_-]+$/);
    assert.equal(carried.length - carried.indexOf('&doc=') - 5, s.mine.share.chars);

    // Another browser, nothing kept: the plain link says where the articles are, and shows the default honestly.
    const b = await openExplorer(plain, { width: 1280, height: 800 });
    others.push(b);
    s = await waitForState(b.page, (x) => x.linkNotice && x.mine.known, 'the notice about My articles');
    assert.match(s.linkNotice[0], /kept in another browser/);
    assert.equal(s.mine.showing, false);
    assert.equal(s.corpus.name, 'data/corpus.json');
    assert.doesNotMatch(await b.page.evaluate(() => location.hash), /corpus=mine/);
    await frames(b.page, 2);
    await b.page.screenshot({ path: shotPath('mine-link-elsewhere.png') });

    // A third browser opens the link with the article in it: unpacked, added, shown, kept, and the address bar
    // drops the packed article.
    const c = await openExplorer(carried, { width: 1280, height: 800 });
    others.push(c);
    s = await waitForState(c.page, (x) => x.mine.showing && x.corpus.articles === 1, 'the linked article in My articles');
    assert.equal(s.corpus.people, people);
    assert.equal(s.linkNotice, null);
    assert.match(s.mine.messages.join('\n'), /the article from the link: added "Harbour reopens after storm"/);
    const hash = await c.page.evaluate(() => location.hash);
    assert.doesNotMatch(hash, /doc=/);
    assert.match(hash, /corpus=mine/);
    await frames(c.page, 2);
    await c.page.screenshot({ path: shotPath('mine-link-opened.png') });
    // The keep is written (the storage estimate follows its completed transaction) before the reload.
    await waitForState(c.page, (x) => x.mine.storage && x.mine.storage.usage > 0, 'My articles kept in IndexedDB');
    await c.page.reload({ waitUntil: 'load' });  // kept in this browser now: the same view comes back
    await c.page.waitForFunction(() => window.explorer && window.explorer.ready === true, null, { timeout: 60000 });
    s = await waitForState(c.page, (x) => x.mine.known && x.mine.showing && x.corpus.articles === 1, 'My articles after a reload');
    assert.equal(s.linkNotice, null);
  } finally {
    for (const o of others) await o.close();
    await a.close();
    await server.close();
  }
});

test('an article too large for a link offers the export instead, and a broken packed article is named', async () => {
  const server = await serve();
  const a = await openExplorer(server.url, { width: 1280, height: 800 });
  try {
    // Words of random letters compress to about a quarter in base64 (measured: 90 KB gave 22,575 characters), so
    // 200 KB of them pack well past the 30,000 characters a link holds.
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({ length: 3 + Math.floor(rnd() * 7) }, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join('');
    let text = 'A long report on the tides\n\n';
    while (text.length < 200000) text += 'The ' + Array.from({ length: 12 }, word).join(' ') + '.\n\n';
    await addText(a.page, 'long.txt', text);
    let s = await waitForState(a.page, (x) => x.mine.showing && x.mine.share.status === 'too_large', 'the too-large verdict');
    assert.ok(s.mine.share.chars > s.mine.share.limit);
    assert.equal(s.rects.mine_copy_link_article, undefined, 'no button for a link that would not work');
    assert.ok(s.rects.mine_export, 'the export is offered');
    await frames(a.page, 2);
    await a.page.screenshot({ path: shotPath('mine-link-too-large.png') });

    // A packed article that is not one: the notice names it and the explorer stays usable.
    await a.page.evaluate(() => { location.hash = '#v=1&panel=figures&doc=bm90LWRlZmxhdGU'; });
    s = await waitForState(a.page, (x) => x.linkNotice, 'the notice about the broken article');
    assert.match(s.linkNotice[0], /the article in the link could not be opened \(it is not an article packed by Article Explorer/);
    assert.equal(s.mine.articles, 1, 'My articles are untouched');
  } finally { await a.close(); await server.close(); }
});
