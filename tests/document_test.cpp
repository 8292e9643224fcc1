#include "test_support.hpp"

#include <doctest/doctest.h>

#include <thread>

using namespace inclusio;

namespace {
const std::string small = test::doc_with(R"(
  "territories": [{"id": "kh", "kind": "municipality", "name": "Kutná Hora", "code": "533955"}],
  "partnerships": [{"id": "lp", "name": "LP", "kind": "local_partnership", "territory": "kh",
                    "working_groups": [{"id": "ps-1", "name": "PS bydlení"}]}],
  "plans": [{"id": "p", "kind": "strategic_plan", "title": "SPSZ", "territory": "kh",
             "period": {"start": "2021-01-01", "end": "2023-12-31"}, "status": "draft",
             "goals": [{"id": "g", "title": "Bydlení"}],
             "measures": [{"id": "m", "title": "Prevence ztráty bydlení", "goal": "g", "theme": "housing", "status": "planned"},
                          {"id": "kh", "title": "Stejné id jako obec", "theme": "housing", "status": "planned"}]}])");
}

TEST_CASE("Lookup by id among thousands: every id finds its first entity, a near miss finds none") {
  Document doc;
  for (int i = 0; i < 5000; ++i) {
    Territory t;
    t.id = "obec-" + std::to_string(i % 4000);  // the last 1 000 repeat ids 0 to 999
    t.name = "Obec č. " + std::to_string(i);
    doc.add(std::move(t));
  }
  CHECK(doc.entity_count() == 5000);  // repeats count
  for (int i = 0; i < 4000; ++i) {
    const std::string id = "obec-" + std::to_string(i);
    const Document::Entry* e = doc.find(id);
    REQUIRE(e != nullptr);
    CHECK(e->pointer == "/territories/" + std::to_string(i));
    CHECK(*static_cast<const Territory*>(e->entity)->name == "Obec č. " + std::to_string(i));
  }
  CHECK(doc.find("obec-4000") == nullptr);
  CHECK(doc.find("obec-") == nullptr);
  CHECK(doc.find("obec-12 ") == nullptr);
  CHECK(doc.find("") == nullptr);
}

TEST_CASE("Lookup by id finds every kind of entity with its JSON Pointer") {
  Document doc = load_string(small);
  CHECK(doc.entity_count() == 7);
  const Document::Entry* m = doc.find("m");
  REQUIRE(m != nullptr);
  CHECK(m->kind == EntityKind::measure);
  CHECK(m->pointer == "/plans/0/measures/0");
  CHECK(m->plan == doc.find_as<Plan>("p"));
  CHECK(doc.find("ps-1")->kind == EntityKind::working_group);
  CHECK(doc.find("ps-1")->pointer == "/partnerships/0/working_groups/0");
  CHECK(doc.find_as<Goal>("g")->title.value() == "Bydlení");
  CHECK(doc.find_as<Measure>("g") == nullptr);  // an id of another kind
  CHECK(doc.find("missing") == nullptr);
  // A duplicate id: the first occurrence wins the lookup.
  CHECK(doc.find("kh")->kind == EntityKind::territory);
}

TEST_CASE("Adding entities refreshes the index") {
  Document doc = load_string(small);
  CHECK(doc.find("org-1") == nullptr);
  Organization o;
  o.id = "org-1";
  o.name = "Město Kutná Hora";
  o.kind = OrganizationKind::municipality;
  doc.add(o);
  REQUIRE(doc.find_as<Organization>("org-1") != nullptr);
  CHECK(doc.find_as<Organization>("org-1")->name.value() == "Město Kutná Hora");
  (*doc.mutable_plans())[0]->measures->at(0)->id = "m-renamed";
  CHECK(doc.find("m") == nullptr);
  CHECK(doc.find("m-renamed")->kind == EntityKind::measure);
}

TEST_CASE("A document built in C++ writes the same JSON as it reads") {
  Document doc;
  doc.set_currency(Currency("CZK"));
  Territory t;
  t.id = "touzim";
  t.kind = TerritoryKind::municipality;
  t.name = "Toužim";
  t.code = "555657";
  t.population = Count(3819);
  doc.add(t);
  Project p;
  p.id = "novy-zacatek";
  p.title = "Nový začátek v Karlovarském kraji";
  p.programme = FundingSource::op_lzz;
  p.status = ProjectStatus::approved;
  p.recipient = Ref<Organization>("up-cr");
  p.approved = Money::parse("31000000");
  p.supported_persons = PlannedActual{Count(260), {}, {}};
  append(p.territories, Ref<Territory>("touzim"));
  doc.add(p);
  std::string json = dump_string(doc, {0});
  CHECK(json ==
        R"({"format":"inclusio","schema_version":"1.0","currency":"CZK","territories":[{"id":"touzim","kind":"municipality","name":"Toužim","code":"555657","population":3819}],"projects":[{"id":"novy-zacatek","title":"Nový začátek v Karlovarském kraji","programme":"op_lzz","status":"approved","recipient":"up-cr","approved":"31000000.00","supported_persons":{"planned":260},"territories":["touzim"]}]})"
        "\n");
  CHECK(load_string(json) == doc);
}

TEST_CASE("Copies are independent and keep their own index") {
  Document a = load_string(small);
  Document b = a;
  CHECK(b == a);
  (*b.mutable_territories())[0]->name = "Kutná Hora-Sedlec";
  CHECK_FALSE(b == a);
  CHECK(a.find_as<Territory>("kh")->name.value() == "Kutná Hora");
  CHECK(b.find_as<Territory>("kh")->name.value() == "Kutná Hora-Sedlec");
  Document c = std::move(b);
  CHECK(c.find_as<Territory>("kh")->name.value() == "Kutná Hora-Sedlec");
}

TEST_CASE("Concurrent lookups on one document are safe") {
  Document doc = load_string(small);
  std::vector<std::thread> threads;
  std::vector<int> found(4, 0);
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&, i] {
      for (int k = 0; k < 1000; ++k) found[static_cast<std::size_t>(i)] += doc.find("m") != nullptr;
    });
  for (auto& t : threads) t.join();
  for (int n : found) CHECK(n == 1000);
}

TEST_CASE("Saving replaces the file whole") {
  Document doc = load_string(small);
  auto path = std::filesystem::temp_directory_path() / "inclusio-save-test.json";
  save_file(doc, path);
  CHECK(load_file(path) == doc);
  CHECK_FALSE(std::filesystem::exists(path.string() + ".tmp"));
  std::filesystem::remove(path);
  CHECK_THROWS_AS(save_file(doc, "/nonexistent-dir/x.json"), Error);
}
