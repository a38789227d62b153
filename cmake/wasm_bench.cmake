# bench_core: the in-browser benchmark's WebAssembly module (Emscripten only) -> build/wasm/bench_core.{js,wasm}.
# ae_core with a few extern "C" exports (bench/wasm/bench_core.cpp), no UI; bench/web/ is its page and
# bench/run-browser-bench.mjs serves and runs it. Link flags follow the explorer's (cmake/wasm_app.cmake).
add_executable(bench_core "${CMAKE_SOURCE_DIR}/bench/wasm/bench_core.cpp")
target_link_libraries(bench_core PRIVATE ae_core)
target_include_directories(bench_core PRIVATE "${CMAKE_SOURCE_DIR}/bench")
target_compile_options(bench_core PRIVATE -O2 -fno-exceptions ${AE_WARNINGS})
set_target_properties(bench_core PROPERTIES SUFFIX ".js")
target_link_options(bench_core PRIVATE
  -O2 ${AE_WASM_LINK_INLINING}
  -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=2GB
  -sNO_FILESYSTEM=1 -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0
  -sMODULARIZE=1 -sEXPORT_NAME=createBenchCore
  -sEXPORTED_FUNCTIONS=_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString)
