// The bundled example data, built from the seeds: canonical, lossless, and holding the seeds' figures.

#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace inclusio;

TEST_CASE("Every example file is canonical: reading and writing gives the same bytes") {
  auto files = test::example_files();
  CHECK(files.size() == 5);  // seeds 000 to 004
  for (const auto& f : files) {
    CAPTURE(f.filename().string());
    std::string text = test::read_file(f);
    Document doc = load_file(f);
    CHECK(dump_string(doc) == text);
    CHECK(load_string(dump_string(doc)) == doc);
    CHECK(form_problems(doc).empty());
  }
}

TEST_CASE("Seed 003: the five regional projects total 306 mil. Kč, 2 720 supported persons and 1 297 jobs") {
  Document doc = load_file(test::examples_dir() / "asz-2010-2013.json");
  Money total(0, Currency("CZK"));
  std::int64_t persons = 0, jobs = 0;
  int regional = 0;
  for (const Project& p : valid_elements(doc.projects())) {
    if (p.id->rfind("rip-", 0) != 0) continue;  // the regional individual projects
    ++regional;
    total += p.approved.value();
    persons += p.supported_persons->planned->value;
    jobs += p.jobs_created->planned->value;
  }
  CHECK(regional == 5);
  CHECK(total.to_string() == "306000000.00");
  CHECK(persons == 2720);
  CHECK(jobs == 1297);
  CHECK(valid_elements(doc.plans()).size() == 10);
  CHECK(doc.find_as<Territory>("kutna-hora")->code.value() == "533955");
  // The Agency's results of project advisory, observed over 2010 – 6/2013.
  const Indicator* funds = doc.find_as<Indicator>("ipn-prostredky-ziskane");
  REQUIRE(funds != nullptr);
  CHECK((*(*funds->observations)[0]->value).number()->to_string() == "268848487");
  CHECK((*funds->observations)[0]->as_of_date()->to_string() == "2013-06-30");
  CHECK((*(*doc.find_as<Indicator>("ipn-podporene-osoby")->observations)[0]->value).number()->to_string() == "10286");
}

TEST_CASE("Seed 001: the 2016-2022 project keeps its amount to the haléř") {
  Document doc = load_file(test::examples_dir() / "szsz-2016-2022.json");
  const Project* p = doc.find_as<Project>("szsz");
  REQUIRE(p != nullptr);
  CHECK(p->approved->minor_units() == 29899780350);
  CHECK(p->approved->format_cs() == "298\u00A0997\u00A0803,50\u00A0Kč");
  CHECK(p->registration_number.value() == "CZ.03.2.63/0.0/0.0/15_030/0000605");
  CHECK(valid_elements(doc.indicators()).size() == 24);
}

TEST_CASE("Seed 002: share targets carry their counts and denominators") {
  Document doc = load_file(test::examples_dir() / "rsz-2023.json");
  const Indicator* i = doc.find_as<Indicator>("rsz-kompetence");
  REQUIRE(i != nullptr);
  CHECK(i->denominator->value->to_string() == "40");
  const Target& t = *(*i->targets)[0];
  CHECK((*t.value).number()->to_string() == "75");
  CHECK(t.count->to_string() == "30");
  CHECK((*doc.find_as<Indicator>("rsz-participace")->targets)[0]->count->to_string() == "12");
}

TEST_CASE("Seed 000: the 2005–2007 project of the joint methodology, its partners in seven countries and the MRS") {
  Document doc = load_file(test::examples_dir() / "metodika-2005-2007.json");
  const Project* p = doc.find_as<Project>("metodika-akcnich-planu");
  REQUIRE(p != nullptr);
  CHECK(p->recipient->id == "benatky");
  CHECK(p->territories->size() == 7);
  CHECK(p->eu_priorities->size() == 6);
  CHECK(doc.organizations()->size() == 15);
  const Partnership* mrs = doc.find_as<Partnership>("mrs-cz");
  REQUIRE(mrs != nullptr);
  CHECK(*mrs->kind == PartnershipKind::local_development_group);
  CHECK(mrs->meetings_per_year->value == 4);
  int peer_reviews = 0;
  for (const Event& e : valid_elements(doc.events()))
    if (*e.kind == EventKind::peer_review) {
      ++peer_reviews;
      CHECK(e.period->range()->start() == Date(2005, 1, 1));
    }
  CHECK(peer_reviews == 4);
  CHECK(*doc.find_as<SupportingDocument>("spolecna-metodika")->kind == DocumentKind::methodology);
}

TEST_CASE("Seed 004: Roma aged 15 to 26 in low-threshold facilities in Jihlava and Třebíč") {
  Document doc = load_file(test::examples_dir() / "vysocina-2014-2015.json");
  const Measure* m = doc.find_as<Measure>("nzdm");
  REQUIRE(m != nullptr);
  const TargetGroupSpec& g = *(*m->target_groups)[0];
  CHECK(*g.group == TargetGroup::roma);
  CHECK(*g.min_age == 15);
  CHECK(*g.max_age == 26);
  CHECK(doc.find_as<Organization>("kraj-vysocina")->ico.value() == "70890749");
  CHECK(doc.find_as<Territory>("trebic")->code.value() == "590266");
}
