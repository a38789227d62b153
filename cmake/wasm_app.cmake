# The explorer web app (Emscripten only): ImGui 1.86 + SDL2 2.26.5 (built from Debian source, cached by
# build-wasm.sh) + the core library -> build/wasm/explorer.{js,wasm}. web/ holds the page shell.

# The Emscripten toolchain searches packages inside its sysroot only, and the sysroot ships a stub
# SDL2Config.cmake that merely adds -sUSE_SDL=2 (a network-fetched port: fails offline). Require the real
# SDL2 by version and refuse anything found under the sysroot (toolchain pitfall 4).
find_package(SDL2 2.26 REQUIRED CONFIG)
if(SDL2_DIR MATCHES "^${EMSCRIPTEN_SYSROOT}" OR NOT TARGET SDL2::SDL2-static)
  message(FATAL_ERROR "Found Emscripten's SDL2 port stub (${SDL2_DIR}); pass -DSDL2_DIR=<prefix>/lib/cmake/SDL2 "
                      "(./build-wasm.sh builds it into .deps/)")
endif()
message(STATUS "SDL2 ${SDL2_VERSION} from ${SDL2_DIR}")
if(NOT EXISTS "${IMGUI_DIR}/backends/imgui_impl_sdl.cpp")
  message(FATAL_ERROR "IMGUI_DIR='${IMGUI_DIR}' is not a Dear ImGui 1.86 source tree; run ./build-wasm.sh deps")
endif()

set(AE_WASM_OPT "-O2" CACHE STRING "Optimisation for compile and link of the web app")
# -sUSE_SDL=0 at compile time too, so Emscripten's SDL 1.2 headers never stand in for SDL2 (pitfall 5).
add_compile_options(${AE_WASM_OPT} -fno-exceptions -sUSE_SDL=0)
string(REPLACE "-O3" "" CMAKE_CXX_FLAGS_RELEASE "${CMAKE_CXX_FLAGS_RELEASE}")
string(REPLACE "-O3" "" CMAKE_C_FLAGS_RELEASE "${CMAKE_C_FLAGS_RELEASE}")
# add_compile_options reaches only targets created after it: ae_core, ae_session and simdjson are created in CMakeLists.txt
# before this file, and without these lines they compiled at -O0 (the loader ran ~4x slower than JSON.parse).
target_compile_options(ae_core PRIVATE ${AE_WASM_OPT} -fno-exceptions)
target_compile_options(simdjson PRIVATE ${AE_WASM_OPT} -fno-exceptions)
target_compile_options(ae_session PRIVATE ${AE_WASM_OPT} -fno-exceptions)
target_compile_options(ae_extract PRIVATE ${AE_WASM_OPT} -fno-exceptions)
target_compile_options(tidy PRIVATE ${AE_WASM_OPT})

add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp"
  "${IMGUI_DIR}/imgui_widgets.cpp" "${IMGUI_DIR}/backends/imgui_impl_sdl.cpp"
  "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends")
# 1.86 picks WebGL1 under Emscripten unless told otherwise; every TU including imgui_impl_opengl3.h must agree.
target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS)
target_link_libraries(imgui PUBLIC SDL2::SDL2-static)

file(GLOB AE_APP_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/*.cpp")
add_executable(explorer ${AE_APP_SOURCES})
target_link_libraries(explorer PRIVATE ae_session imgui)
target_compile_options(explorer PRIVATE ${AE_WARNINGS})
set_target_properties(explorer PROPERTIES SUFFIX ".js")
target_link_options(explorer PRIVATE
  ${AE_WASM_OPT} ${AE_WASM_LINK_INLINING}
  -sUSE_SDL=0                  # link our SDL2, not Emscripten's JS SDL 1.2 library
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  # Issue 18: Emscripten otherwise enables every WebGL extension the browser offers when the context is bound (about
  # 20 getExtension calls, each a round trip to the GPU process: 15-25 ms before main on this machine); ImGui's
  # WebGL2 backend and the app use core WebGL2 only.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=2GB -sINITIAL_MEMORY=32MB
  -sNO_FILESYSTEM=1            # data arrives by fetch into memory; nothing reads files
  -sDYNAMIC_EXECUTION=0        # no eval/new Function: the page runs under a strict CSP
  -sENVIRONMENT=web
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free  # the ae_on_* callbacks are EMSCRIPTEN_KEEPALIVE
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  # Issue 18: SDL's start-up resizes the canvas to 1x1 and back (four reshapes of the WebGL drawing buffer); this
  # library writes a canvas size once per task and only when it changes (see the file).
  "--js-library=${CMAKE_SOURCE_DIR}/src/app/library_canvas_size.js")
set_property(TARGET explorer APPEND PROPERTY LINK_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/library_canvas_size.js")

# ---- the extractor worker (issue 14): src/extract + HTML Tidy in a Web Worker of their own, downloaded the first time
# the user adds a text, so the explorer's first view does not carry them. Emscripten's worker API
# (emscripten_call_worker in platform_web.cpp) calls ae_extract_file in it.
file(READ "${CMAKE_SOURCE_DIR}/assets/topics.json" AE_TOPICS_JSON)
configure_file("${CMAKE_SOURCE_DIR}/cmake/topics_json.h.in" "${CMAKE_BINARY_DIR}/generated/worker/topics_json.h" @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/topics.json")
add_executable(extract-worker "${CMAKE_SOURCE_DIR}/src/worker/extract_worker.cpp")
target_link_libraries(extract-worker PRIVATE ae_extract)
target_include_directories(extract-worker PRIVATE "${CMAKE_BINARY_DIR}/generated")
target_compile_options(extract-worker PRIVATE ${AE_WARNINGS})
set_target_properties(extract-worker PROPERTIES SUFFIX ".js")
target_link_options(extract-worker PRIVATE
  ${AE_WASM_OPT}
  -sBUILD_AS_WORKER=1 -sENVIRONMENT=worker
  -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=1GB -sINITIAL_MEMORY=16MB
  -sNO_FILESYSTEM=1 -sDYNAMIC_EXECUTION=0
  -sEXPORTED_FUNCTIONS=_ae_extract_file,_malloc,_free)
add_dependencies(explorer extract-worker)  # dist/ needs both
