// The People panel by person (issue 16): one row per person across the corpus, selection and the arrow keys
// move from person to person, the reader steps through the person's articles, the link carries by=person and
// a person link (sel=) works in both views, and a new corpus rebuilds the index.
#include "fake_platform.h"

namespace ae::session::testing {
namespace {

using SessionByPerson = SessionFixture;

// Article i names the people in `names`, each in a sentence of its own.
ArticleRecord people_article(int i, const std::vector<std::string>& names, std::vector<std::string> roles = {}) {
  ArticleRecord a;
  a.title = "Cabinet report number " + std::to_string(i);
  a.source = "Session Test Gazette";
  a.published = "2026-02-1" + std::to_string(i % 10);
  a.id = article_id(a.source, a.title);
  std::string text;
  for (size_t n = 0; n < names.size(); ++n) {
    const uint32_t at = uint32_t(text.size());
    const std::string sentence = names[n] + " spoke to reporters.";
    text += sentence + " ";
    PersonRecord p;
    p.id = person_id(names[n]);
    p.name = names[n];
    p.role = n < roles.size() ? roles[n] : "";
    p.mentions = {Evidence{0, {at, at + uint32_t(sentence.size())}, {at, at + uint32_t(names[n].size())}}};
    a.people.push_back(p);
  }
  text.pop_back();
  a.paragraphs = {text};
  return a;
}

std::string cabinet_json() {
  Corpus c;
  c.add(people_article(0, {"Ilse Harrow", "Tomas Vell"}, {"Finance Minister"}));
  c.add(people_article(1, {"Dane Harrow"}, {"economist"}));
  c.add(people_article(2, {"ILSE HARROW", "Tomas Vell"}, {"Prime Minister"}));
  c.add(people_article(3, {"Ilse Hárrow"}));
  return write_corpus(c);
}

void load_cabinet(SessionFixture& f, std::string hash = {}) {
  f.platform.hash = std::move(hash);
  f.start_with();
  answer(f.s, f.platform, "data/corpus.json", cabinet_json());
  f.settle();
}

std::vector<std::string> person_names(const Session& s) {
  std::vector<std::string> out;
  for (uint32_t g : s.person_rows) out.emplace_back(s.corpus.str(s.persons.group(g).name));
  return out;
}

TEST_F(SessionByPerson, OneRowPerPersonAndTheLinkSaysSo) {
  load_cabinet(*this);
  EXPECT_EQ(s.panels[int(ItemKind::person)].rows.size(), 6u);
  EXPECT_EQ(s.persons.indexed(), 0u) << "not built until the view is shown";
  Intents by;
  by.set_by_person = by.by_person = true;
  frame(by);
  EXPECT_EQ(person_names(s), (std::vector<std::string>{"Ilse Harrow", "Tomas Vell", "Dane Harrow"}));
  EXPECT_EQ(s.link_fragment, "#v=1&panel=people&by=person");
  EXPECT_TRUE(s.history_push || platform.history.size() > 0) << "a view change Back can return from";

  // A filter narrows the people; a person matching in one article still shows as the whole person.
  Intents q;
  q.set_query = true;
  q.query = "prime";
  frame(q);
  ASSERT_EQ(person_names(s), std::vector<std::string>{"Ilse Harrow"});
  EXPECT_EQ(s.persons.group(s.person_rows[0]).articles, 3u);
  EXPECT_EQ(s.corpus.str(s.corpus.people[s.person_reps[0]].role), "Prime Minister") << "the row the filter kept";

  // Sorting by name.
  Intents clear;
  clear.clear_filters = true;
  frame(clear);
  Intents sort;
  sort.set_sort = true;
  sort.sort_panel = ItemKind::person;
  sort.sort = Sort{SortColumn::name, false};
  frame(sort);
  EXPECT_EQ(person_names(s), (std::vector<std::string>{"Dane Harrow", "Ilse Harrow", "Tomas Vell"}));
}

TEST_F(SessionByPerson, TheTabCountsPeopleInThatViewShownOrHidden) {
  load_cabinet(*this);
  bool stale = true;
  EXPECT_EQ(row_count(s, ItemKind::person, &stale), 6u) << "per article: six rows";
  Intents by;
  by.set_by_person = by.by_person = true;
  frame(by);
  settle();
  EXPECT_EQ(row_count(s, ItemKind::person, &stale), 3u) << "by person: three people";
  EXPECT_FALSE(stale);
  // Another panel shown, a filter typed: the hidden People tab still counts people, once the count is final.
  Intents fig;
  fig.set_panel = true;
  fig.panel = ItemKind::figure;
  frame(fig);
  Intents q;
  q.set_query = true;
  q.query = "harrow";
  frame(q);
  settle();
  EXPECT_FALSE(counts_pending(s));
  EXPECT_EQ(row_count(s, ItemKind::person, &stale), 2u) << "Ilse Harrow and Dane Harrow, from 4 rows";
  EXPECT_FALSE(stale);
  EXPECT_EQ(s.panels[int(ItemKind::person)].count, 4u) << "the per-article count stays what rowCounts publishes";
  // Back to per article: rows again.
  Intents per;
  per.set_by_person = true;
  per.by_person = false;
  frame(per);
  settle();
  EXPECT_EQ(row_count(s, ItemKind::person, &stale), 4u);
}

TEST_F(SessionByPerson, WithoutASelectionTheReaderShowsTheFirstArticleTheFiltersKeep) {
  load_cabinet(*this);
  EXPECT_EQ(reader_article(s), 0u);
  Intents range;  // articles 2 and 3 only (published 2026-02-12 and -13)
  range.set_filters = true;
  range.filters.date_from = "2026-02-12";
  range.filters.date_to = "2026-02-13";
  frame(range);
  ASSERT_FALSE(s.selection.active);
  EXPECT_EQ(reader_article(s), 2u) << "not article 0, which the range leaves out";
  Intents by;
  by.set_by_person = by.by_person = true;
  frame(by);
  EXPECT_EQ(reader_article(s), 2u) << "by person too";
  Intents none;  // nothing matches: the first article, as before
  none.set_query = true;
  none.query = "nobody at all";
  frame(none);
  EXPECT_EQ(reader_article(s), 0u);
}

TEST_F(SessionByPerson, ArrowsMoveFromPersonToPersonAndStepThroughTheirArticles) {
  load_cabinet(*this);
  Intents by;
  by.set_by_person = by.by_person = true;
  frame(by);
  Intents down;
  down.move_selection = 1;
  frame(down);
  ASSERT_EQ(selected_group(s), int64_t(s.person_rows[0]));
  EXPECT_EQ(s.selection.index, s.corpus.articles[0].people.begin) << "Ilse Harrow's first row";
  frame(down);
  EXPECT_EQ(s.persons.group(uint32_t(selected_group(s))).name.len, std::string("Tomas Vell").size());

  Intents up;
  up.move_selection = -1;
  frame(up);
  const uint64_t scrolls = s.reader_scroll;
  Intents next;
  next.step_member = 1;
  frame(next);
  EXPECT_EQ(s.corpus.people[s.selection.index].article, 2u) << "the next article naming her";
  EXPECT_GT(s.reader_scroll, scrolls);
  frame(next);
  EXPECT_EQ(s.corpus.people[s.selection.index].article, 3u);
  frame(next);
  EXPECT_EQ(s.corpus.people[s.selection.index].article, 3u) << "stays on the last";
  EXPECT_EQ(selected_group(s), int64_t(s.person_rows[0]));

  // The state JSON shows the person across the corpus.
  const std::string json = state_json(s, "");
  EXPECT_NE(json.find("\"persons\":{\"count\":3,"), std::string::npos) << json;
  EXPECT_NE(json.find("\"selected\":{\"name\":\"Ilse Harrow\",\"articles\":3,\"mentions\":3,"
                      "\"firstDate\":\"2026-02-10\",\"lastDate\":\"2026-02-13\",\"roles\":[{\"role\":\"Prime "
                      "Minister\",\"affiliation\":\"\",\"date\":\"2026-02-12\"},{\"role\":\"Finance Minister\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"at\":2}"), std::string::npos) << json;
}

TEST_F(SessionByPerson, APersonLinkOpensInEitherView) {
  const std::string member = person_id("ILSE HARROW");
  load_cabinet(*this);
  const std::string article2(s.corpus.str(s.corpus.articles[2].id));
  open_link(s, "#v=1&panel=people&by=person&sel=" + article2 + "/" + member);
  settle();
  EXPECT_TRUE(s.by_person);
  EXPECT_EQ(selected_item(), member);
  EXPECT_EQ(s.persons.group(uint32_t(selected_group(s))).members.size(), 3u);
  open_link(s, "#v=1&panel=people&sel=" + article2 + "/" + member);
  settle();
  EXPECT_FALSE(s.by_person);
  EXPECT_EQ(selected_item(), member);
}

TEST_F(SessionByPerson, ANewCorpusRebuildsTheIndex) {
  load_cabinet(*this);
  Intents by;
  by.set_by_person = by.by_person = true;
  frame(by);
  EXPECT_EQ(s.person_rows.size(), 3u);
  drop_file(s, "other.json", corpus_json(5));  // five different Wrens
  settle();
  EXPECT_TRUE(s.by_person) << "the view is kept";
  EXPECT_EQ(s.persons.indexed(), 5u);
  EXPECT_EQ(s.person_rows.size(), 5u);
}

}  // namespace
}  // namespace ae::session::testing
