// main.cpp: the explorer's entry point in the browser. Creates the SDL window with a WebGL2 context, sets up
// ImGui, and hands the frame to the browser's animation loop. All state lives in ae::app::the_app().
#include "app/app.h"
#include "app/theme.h"

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"

#include <SDL.h>
#include <emscripten.h>

#include <cstdio>

static void frame_callback(void* app) { ae::app::frame(*static_cast<ae::app::App*>(app)); }

int main(int, char**) {
  ae::app::App& app = ae::app::the_app();
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
    return 1;
  }
  // WebGL2 = OpenGL ES 3.0.
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  // The canvas's CSS box (100vw × 100vh) decides the window size; ALLOW_HIGHDPI makes the backing store
  // CSS size × devicePixelRatio, and RESIZABLE makes SDL follow the CSS box when the browser window changes.
  app.window = SDL_CreateWindow("Article Explorer", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 800,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!app.window) {
    std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
    return 1;
  }
  app.gl = SDL_GL_CreateContext(app.window);
  if (!app.gl) {
    std::fprintf(stderr, "WebGL2 context creation failed: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(app.window, app.gl);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no file system in the browser; the view is kept in the URL instead
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ae::app::apply_theme(false);  // the frame switches to light when the page prefers it (app/theme.h)
  ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  ae::app::start(app);
  emscripten_set_main_loop_arg(frame_callback, &app, 0, true);
  return 0;
}
