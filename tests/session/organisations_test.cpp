// Organisations as a facet (issue 16): ranked in the session and the state, a filter set through set_filters
// narrows every panel and travels in the link; a link naming an unknown organisation says so.
#include "fake_platform.h"

namespace ae::session::testing {
namespace {

using SessionOrganisations = SessionFixture;

std::string orgs_json() {
  Corpus c;
  for (int i = 0; i < 4; ++i) {
    ArticleRecord a = make_article(i, {});
    a.people[0].affiliation = i < 3 ? "Orbis Rail" : "Kestrel Steel";
    c.add(a);
  }
  return write_corpus(c);
}

TEST_F(SessionOrganisations, RankedFilterableAndInTheLink) {
  start_with();
  answer(s, platform, "data/corpus.json", orgs_json());
  settle();
  ASSERT_EQ(s.organisations_ranked.size(), 2u);
  EXPECT_EQ(s.engine.organisations().at(s.organisations_ranked[0]).key, "orbis rail");
  std::string json = state_json(s, "");
  EXPECT_NE(json.find("\"organisations\":{\"count\":2,\"top\":[{\"key\":\"orbis rail\",\"name\":\"Orbis Rail\","
                      "\"articles\":3,\"people\":3,\"agreements\":0},"),
            std::string::npos)
      << json;
  Intents org;
  org.set_filters = true;
  org.filters.organisation = "kestrel steel";
  frame(org);
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 1u);
  EXPECT_EQ(s.panels[int(ItemKind::figure)].count, 1u) << "everything in the articles involving it";
  EXPECT_EQ(s.link_fragment, "#v=1&panel=people&org=kestrel%20steel");
  open_link(s, "#v=1&panel=people&org=lunar%20mining");
  settle();
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 0u);
  EXPECT_EQ(s.link_ignored, std::vector<std::string>{"no organisation 'lunar mining' in this corpus"});
}

}  // namespace
}  // namespace ae::session::testing
