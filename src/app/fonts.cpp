// fonts.cpp: crisp text at any devicePixelRatio. The TTF (Noto Sans, from Debian's fonts-noto-core) is
// rasterised at font_css_px × dpr physical pixels and drawn at 1/dpr scale, so one texel maps to one
// device pixel. ImGui 1.86's built-in 13 px bitmap font would be upscaled and soft on HiDPI screens.
//
// Issue 18: rasterising every supported glyph (about 1,230 at 2× horizontal oversampling) was the largest single
// step before the first frame with data. The first atlas holds only what the first view can show: Basic Latin,
// Latin-1 (the UI's × ± · and the common accents), general punctuation (… – “ ”) and the characters of the loaded
// articles; the full atlas follows on the next frame (app.cpp), before anything else can bring new text.
#include "app/app.h"

#include "app/platform.h"
#include "core/text.h"

#include "imgui.h"
#include "imgui_impl_opengl3.h"

#include <cstdio>

namespace ae::app {

// Latin, Latin-1, Latin Extended-A/B, Greek, Cyrillic (incl. Kazakh letters), general punctuation
// (curly quotes, dashes, ellipsis), currency signs, arrows.
static const ImWchar kGlyphRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2190, 0x21FF, 0,
};
// The first atlas's base: every character the UI's own strings use (app/, session/).
static const ImWchar kFirstRanges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0};
// Above this many bytes of article strings the scan is not worth it: the full atlas is built at once.
static constexpr size_t kScanLimit = size_t(8) << 20;

// The first atlas's ranges: kFirstRanges, plus the loaded articles' characters when the corpus is small enough to
// scan. Kept until the next build (ImGui holds the pointer).
static ImVector<ImWchar>& first_ranges() {
  static auto* r = new ImVector<ImWchar>();
  return *r;
}

void rebuild_fonts(App& app, bool full) {
  ImGuiIO& io = ImGui::GetIO();
  const session::Session& s = app.session;
  const bool has_data = s.corpus_download.phase == session::Download::Phase::done ||
                        s.corpus_download.phase == session::Download::Phase::failed;
  const size_t pool = s.corpus.strings.bytes();
  if (has_data && pool > kScanLimit) full = true;
  const ImWchar* ranges = kGlyphRanges;
  if (!full) {
    ImFontGlyphRangesBuilder b;
    b.AddRanges(kFirstRanges);
    if (has_data)
      for (char32_t cp : non_ascii_code_points(s.corpus.strings.view(Str{0, uint32_t(pool)})))
        if (cp <= 0xFFFF) b.AddChar(ImWchar(cp));  // ImWchar is 16-bit; kGlyphRanges has nothing above either
    first_ranges().clear();
    b.BuildRanges(&first_ranges());
    ranges = first_ranges().Data;
  }
  app.dpr = float(platform::device_pixel_ratio());
  if (app.dpr < 1) app.dpr = 1;
  // Before the first ImGui_ImplOpenGL3_NewFrame there is no font texture: NewFrame creates the device objects and
  // the texture with them. Creating it here as well uploaded the first atlas twice (and leaked one texture).
  const bool had_texture = io.Fonts->TexID != nullptr;
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
                                        &cfg, ranges) != nullptr;
  }
  if (!ok) {
    std::fprintf(stderr, "UI font unavailable (%s); using ImGui's built-in font\n", app.session.font_download.error.c_str());
    ImFontConfig cfg;
    cfg.SizePixels = 13.f * app.dpr;
    io.Fonts->AddFontDefault(&cfg);
    full = true;  // the built-in font has no more glyphs to add
  }
  io.FontGlobalScale = 1.f / app.dpr;
  io.Fonts->Build();
  if (had_texture) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  app.atlas_full = full;
  app.atlas_has_data = has_data;
  if (!app.fonts_ready) platform::mark("ae:fonts-built");
  app.fonts_ready = true;
}

}  // namespace ae::app
