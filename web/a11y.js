// a11y.js: the screen-reader mirror (issue 15, part 4). Dear ImGui draws into one canvas, which a screen reader
// sees as a single image; this keeps a visually hidden DOM in step with what the canvas shows (AccessKit's
// approach): the panel tabs with their counts, the topic chips, a search box, the active table as an ARIA grid (a
// window of rows around the selection, with aria-rowcount / aria-rowindex), the reader's text with the
// highlighted sentence in a <mark>, and a polite live region that announces a filter's result ("People: 3 of 6").
//
// The data comes from the session (src/session/mirror.cpp, tested natively), sent by the app only when it changed
// (platform_web.cpp: js_publish_mirror calls explorerMirror.update). Operating the mirror (a tab, a chip, typing,
// arrows and Enter in the grid) calls explorerMirror.act, which platform_web.cpp defines: the session carries it
// out through its intents, as a click on the canvas would, and the canvas and the mirror follow.
'use strict';
(function () {
  var ACT = { setPanel: 1, toggleTopic: 2, setQuery: 3, move: 4, selectRow: 5, show: 6 };
  var root = document.createElement('div');
  root.id = 'ae-mirror';
  root.className = 'ae-sr';

  var tablist = document.createElement('div');
  tablist.setAttribute('role', 'tablist');
  tablist.setAttribute('aria-label', 'Panels');

  var search = document.createElement('input');
  search.type = 'search';
  search.id = 'ae-mirror-search';
  search.setAttribute('aria-label', 'Search names, roles, captions');
  search.autocomplete = 'off';

  var chips = document.createElement('div');
  chips.setAttribute('role', 'group');
  chips.setAttribute('aria-label', 'Topics');

  var panel = document.createElement('div');
  panel.setAttribute('role', 'tabpanel');
  panel.id = 'ae-mirror-panel';
  var grid = document.createElement('div');
  grid.setAttribute('role', 'grid');
  grid.id = 'ae-mirror-grid';
  grid.tabIndex = 0;
  var empty = document.createElement('p');
  panel.appendChild(grid);
  panel.appendChild(empty);

  var reader = document.createElement('section');
  reader.setAttribute('aria-label', 'Reader');
  reader.id = 'ae-mirror-reader';

  var live = document.createElement('div');
  live.id = 'ae-mirror-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');

  [search, chips, tablist, panel, reader, live].forEach(function (n) { root.appendChild(n); });

  var last = null;  // the mirror data last drawn
  var act = function (action, arg, text) {
    if (window.explorerMirror._act) window.explorerMirror._act(action, arg || 0, text || '');
  };

  function el(tag, attrs, text) {
    var n = document.createElement(tag);
    for (var k in attrs) if (attrs[k] !== undefined && attrs[k] !== null) n.setAttribute(k, attrs[k]);
    if (text !== undefined) n.textContent = text;
    return n;
  }
  function tabLabel(t) { return t.title + ' (' + (t.stale ? '…' : t.count.toLocaleString('en-US')) + ')'; }

  function drawTabs(m) {
    var focused = tablist.contains(document.activeElement);
    tablist.textContent = '';
    m.tabs.forEach(function (t, i) {
      var b = el('button', { type: 'button', role: 'tab', id: 'ae-mirror-tab-' + t.id, 'aria-selected': String(t.selected),
        'aria-controls': 'ae-mirror-panel', 'data-index': i }, tabLabel(t));
      b.tabIndex = t.selected ? 0 : -1;
      b.addEventListener('click', function () { act(ACT.setPanel, i); });
      tablist.appendChild(b);
      if (t.selected) {
        panel.setAttribute('aria-labelledby', b.id);
        if (focused) b.focus({ preventScroll: true });
      }
    });
  }

  function drawChips(m) {
    var focusedId = chips.contains(document.activeElement) ? document.activeElement.getAttribute('data-topic') : null;
    chips.textContent = '';
    m.chips.forEach(function (c, i) {
      var b = el('button', { type: 'button', 'aria-pressed': String(c.pressed), 'data-topic': c.id },
        c.label + ' (' + c.count.toLocaleString('en-US') + ')');
      b.addEventListener('click', function () { act(ACT.toggleTopic, i); });
      chips.appendChild(b);
      if (c.id === focusedId) b.focus({ preventScroll: true });
    });
  }

  function drawGrid(m) {
    var g = m.grid;
    grid.setAttribute('aria-label', g.label + ', ' + g.rowCount.toLocaleString('en-US') + ' rows');
    grid.setAttribute('aria-rowcount', String(g.rowCount + 1));  // the header row counts
    grid.setAttribute('aria-colcount', String(g.columns.length));
    grid.textContent = '';
    var head = el('div', { role: 'row', 'aria-rowindex': '1' });
    g.columns.forEach(function (c) { head.appendChild(el('span', { role: 'columnheader' }, c)); });
    grid.appendChild(head);
    var active = null;
    g.rows.forEach(function (r) {
      var row = el('div', { role: 'row', id: 'ae-mirror-row-' + r.position, 'aria-rowindex': String(r.position + 2),
        'aria-selected': String(r.selected), 'data-item': r.id });
      r.cells.forEach(function (c) { row.appendChild(el('span', { role: 'gridcell' }, c)); });
      row.addEventListener('click', function () { act(ACT.selectRow, r.position); });
      grid.appendChild(row);
      if (r.selected) active = row.id;
    });
    if (active) grid.setAttribute('aria-activedescendant', active);
    else grid.removeAttribute('aria-activedescendant');
    empty.textContent = g.empty || '';
    empty.hidden = !g.empty;
  }

  function drawReader(m) {
    var r = m.reader;
    reader.textContent = '';
    if (!r.title) return;
    reader.appendChild(el('h2', {}, r.title));
    if (r.meta) reader.appendChild(el('p', {}, r.meta));
    if (r.status) { reader.appendChild(el('p', {}, r.status)); return; }
    r.paragraphs.forEach(function (p, i) {
      var para = el('p', { 'data-paragraph': i });
      para.appendChild(document.createTextNode(p[0]));
      if (p[1]) para.appendChild(el('mark', { 'aria-label': 'highlighted sentence' }, p[1]));
      para.appendChild(document.createTextNode(p[2]));
      reader.appendChild(para);
    });
  }

  function update(json) {
    var m = JSON.parse(json);
    var was = last;
    last = m;
    drawTabs(m);
    drawChips(m);
    if (document.activeElement !== search) search.value = m.search;
    drawGrid(m);
    if (!was || was.reader.article !== m.reader.article || JSON.stringify(was.reader) !== JSON.stringify(m.reader)) drawReader(m);
    // A filter change (or a new corpus) is announced once its table is counted; the first view is not.
    if (was && was.filterGeneration !== m.filterGeneration) live.textContent = m.announce;
    root.setAttribute('data-revision', String((Number(root.getAttribute('data-revision')) || 0) + 1));
  }

  // Keys inside the mirror. The listener sits in the capture phase on window, before SDL's (which would cancel
  // them and move ImGui's own selection too): a mirror key is handled here and never reaches the canvas.
  function onKey(e) {
    if (!root.contains(e.target)) return;
    e.stopImmediatePropagation();
    if (e.type !== 'keydown' || !last) return;
    if (e.target === grid) {
      var steps = { ArrowDown: 1, ArrowUp: -1, PageDown: 20, PageUp: -20, End: 1e6, Home: -1e6 };
      if (steps[e.key]) { e.preventDefault(); act(ACT.move, steps[e.key]); return; }
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); act(ACT.show, 0); return; }
    }
    if (e.target.getAttribute && e.target.getAttribute('role') === 'tab') {
      var i = Number(e.target.getAttribute('data-index')), n = last.tabs.length, to = -1;
      if (e.key === 'ArrowRight') to = (i + 1) % n;
      if (e.key === 'ArrowLeft') to = (i + n - 1) % n;
      if (e.key === 'Home') to = 0;
      if (e.key === 'End') to = n - 1;
      if (to >= 0) { e.preventDefault(); act(ACT.setPanel, to); }
    }
    if (e.target === search && e.key === 'Escape' && search.value !== '') {
      e.preventDefault();
      search.value = '';
      act(ACT.setQuery, 0, '');
    }
  }
  ['keydown', 'keypress', 'keyup'].forEach(function (t) { window.addEventListener(t, onKey, true); });
  search.addEventListener('input', function () { act(ACT.setQuery, 0, search.value); });

  window.explorerMirror = { update: update, root: root, last: function () { return last; } };
  var attach = function () { document.body.appendChild(root); };
  if (document.body) attach(); else document.addEventListener('DOMContentLoaded', attach);
})();
