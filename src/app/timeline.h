// timeline.h: the sidebar's timeline of publication dates (issue 16): a histogram of articles per year, month or
// day; dragging across it (or clicking one bar) filters to that date range, which travels in the link.
#pragma once

#include "app/app.h"

namespace ae::app {

void draw_timeline(const Session& s, Ui& ui, Intents& out);

}  // namespace ae::app
