// organisation_facet.h: the sidebar's organisations (issue 16): the ones in most articles as chips with their
// article counts, every one in a searchable list; choosing one filters to the articles involving it.
#pragma once

#include "app/app.h"

namespace ae::app {

void draw_organisation_facet(const Session& s, Ui& ui, Intents& out);

}  // namespace ae::app
