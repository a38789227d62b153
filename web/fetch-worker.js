// fetch-worker.js: fetches files for the app off the main thread (issue 18, part 4). A body read with
// arrayBuffer() on the main thread arrives there as thousands of small data-pipe reads: a Chromium trace of the
// 100k sharded load showed ~15,000 such tasks, 3.2 s of the main thread's 16 s, competing with parsing and
// drawing. Read here, each body reaches the main thread as one transferred ArrayBuffer (no copy).
// Messages in:  { id, url } to fetch (url absolute), { cancel: id } to stop one.
// Messages out: { id, head: contentLength } once the headers arrived (the page may cancel a body too big for it),
//               { id, status, buf } with the body (transferred), or { id, status, error } on failure.
'use strict';
var controllers = {};
self.onmessage = function (e) {
  var m = e.data;
  if (m.cancel !== undefined) {
    if (controllers[m.cancel]) controllers[m.cancel].abort();
    delete controllers[m.cancel];
    return;
  }
  var id = m.id, url = m.url;
  var ctl = typeof AbortController === 'function' ? new AbortController() : null;
  controllers[id] = ctl;
  var status = 0;
  fetch(url, ctl ? { signal: ctl.signal } : {}).then(function (resp) {
    status = resp.status;
    if (!resp.ok) {
      self.postMessage({ id: id, status: status, error: 'HTTP ' + resp.status + ' ' + resp.statusText + ' for ' + m.display });
      return;
    }
    self.postMessage({ id: id, head: Number(resp.headers.get('Content-Length')) || 0 });
    return resp.arrayBuffer().then(function (buf) {
      if (!controllers[id] && ctl) return;  // cancelled by the page
      self.postMessage({ id: id, status: status, buf: buf }, [buf]);
    });
  }).catch(function (err) {
    if (ctl && ctl.signal.aborted) return;  // the page asked for it and already answered the app
    self.postMessage({ id: id, status: 0, error: 'network error fetching ' + m.display + ': ' + (err && err.message ? err.message : err) });
  }).then(function () { delete controllers[id]; });
};
