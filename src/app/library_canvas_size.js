// library_canvas_size.js: Emscripten JS library (--js-library, cmake/wasm_app.cmake) replacing the two canvas-size
// calls of library_html5.js that SDL2 uses.
//
// Issue 18 (first frame with data): SDL's Emscripten_CreateWindow sets the canvas to 1x1 to see whether CSS sizes
// it, then back to the CSS size. Every write of canvas.width or canvas.height reallocates the WebGL drawing buffer,
// even with an unchanged value: four reshapes in the GPU process before main() returns, the last one at full size
// (8-25 ms on the main thread with SwiftShader). shell.js already gives the canvas its final size before it creates
// the context, so here:
//  - a size asked for is kept pending and written once, at the end of the task that asked (a microtask), or before
//    anyone reads the canvas size (the frame reads it through SDL_GL_GetDrawableSize before drawing), whichever
//    comes first: the probe's 1x1 is replaced by the CSS size before it is ever written;
//  - a width or height equal to the current one is not written.
// SDL's probe reads the CSS box (emscripten_get_element_css_size), which web/style.css sets (100vw x 100vh), so the
// pending 1x1 does not change what it sees.
mergeInto(LibraryManager.library, {
  $aeFlushCanvasSize: function(canvas) {
    var size = canvas.aePendingSize;
    if (!size) return;
    canvas.aePendingSize = null;
    if (canvas.width !== size[0]) canvas.width = size[0];
    if (canvas.height !== size[1]) canvas.height = size[1];
  },

  emscripten_set_canvas_element_size__deps: ['$findCanvasEventTarget', '$aeFlushCanvasSize'],
  emscripten_set_canvas_element_size__sig: 'iiii',
  emscripten_set_canvas_element_size: function(target, width, height) {
    var canvas = findCanvasEventTarget(target);
    if (!canvas) return {{{ cDefine('EMSCRIPTEN_RESULT_UNKNOWN_TARGET') }}};
    if (!canvas.aePendingSize) queueMicrotask(function() { aeFlushCanvasSize(canvas); });
    canvas.aePendingSize = [width, height];
    return {{{ cDefine('EMSCRIPTEN_RESULT_SUCCESS') }}};
  },

  emscripten_get_canvas_element_size__deps: ['$findCanvasEventTarget', '$aeFlushCanvasSize'],
  emscripten_get_canvas_element_size: function(target, width, height) {
    var canvas = findCanvasEventTarget(target);
    if (!canvas) return {{{ cDefine('EMSCRIPTEN_RESULT_UNKNOWN_TARGET') }}};
    aeFlushCanvasSize(canvas);
    {{{ makeSetValue('width', '0', 'canvas.width', 'i32') }}};
    {{{ makeSetValue('height', '0', 'canvas.height', 'i32') }}};
    return {{{ cDefine('EMSCRIPTEN_RESULT_SUCCESS') }}};
  },
});
