// fonts.cpp: crisp text at any devicePixelRatio. The TTF (Noto Sans, from Debian's fonts-noto-core) is
// rasterised at font_css_px × dpr physical pixels and drawn at 1/dpr scale, so one texel maps to one
// device pixel. ImGui 1.86's built-in 13 px bitmap font would be upscaled and soft on HiDPI screens.
#include "app/app.h"

#include "app/platform.h"

#include "imgui.h"
#include "imgui_impl_opengl3.h"

#include <cstdio>

namespace ae::app {

// Latin, Latin-1, Latin Extended-A/B, Greek, Cyrillic (incl. Kazakh letters), general punctuation
// (curly quotes, dashes, ellipsis), currency signs, arrows.
static const ImWchar kGlyphRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2190, 0x21FF, 0,
};

void rebuild_fonts(App& app) {
  ImGuiIO& io = ImGui::GetIO();
  app.dpr = float(platform::device_pixel_ratio());
  if (app.dpr < 1) app.dpr = 1;
  io.Fonts->Clear();
  bool ok = false;
  const std::vector<unsigned char>& ttf = app.session.font_ttf;
  if (!ttf.empty()) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the session keeps the bytes; rebuilt on DPR change
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    ok = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf.data()), int(ttf.size()), app.font_css_px * app.dpr,
                                        &cfg, kGlyphRanges) != nullptr;
  }
  if (!ok) {
    std::fprintf(stderr, "UI font unavailable (%s); using ImGui's built-in font\n", app.session.font_download.error.c_str());
    ImFontConfig cfg;
    cfg.SizePixels = 13.f * app.dpr;
    io.Fonts->AddFontDefault(&cfg);
  }
  io.FontGlobalScale = 1.f / app.dpr;
  io.Fonts->Build();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  if (!app.fonts_ready) platform::mark("ae:fonts-built");
  app.fonts_ready = true;
}

}  // namespace ae::app
