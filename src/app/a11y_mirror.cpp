// a11y_mirror.cpp: the screen-reader mirror (issue 15, part 4). The session builds the mirror's data
// (session/mirror.h); web/a11y.js turns it into a visually hidden DOM. It is rebuilt only when the session's
// revision moved and sent only when it differs from what the page has, so a page at rest stays at rest.
#include "app/app.h"
#include "session/mirror.h"

namespace ae::app {

void publish_mirror(App& app) {
  const Session& s = app.session;
  if (app.mirror_revision == s.revision || !s.ready) return;
  app.mirror_revision = s.revision;
  std::string json = session::mirror_json(session::build_mirror(s));
  if (json == app.mirror_json) return;
  app.mirror_json = std::move(json);
  platform::publish_mirror(app.mirror_json);
}

}  // namespace ae::app
