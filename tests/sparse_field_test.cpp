// SparseField: a Field kept out of line, for the members most observations leave out. It must read,
// write, validate and compare exactly as a Field does; only its room differs.

#include "test_support.hpp"

#include <inclusio/access.hpp>

#include <doctest/doctest.h>

using namespace inclusio;

TEST_CASE("A sparse field costs one pointer, and an observation stays within 144 bytes") {
  CHECK(sizeof(SparseField<Period>) == sizeof(void*));
  CHECK(sizeof(SparseField<std::string>) == sizeof(void*));
  // Ten fields and the unknown members: a million observations would otherwise take 280 MB.
  CHECK(sizeof(Observation) <= 144);
}

TEST_CASE("A sparse field is absent until written, and reads as the Field it holds") {
  SparseField<Decimal> count;
  CHECK_FALSE(count.present());
  CHECK_FALSE(count.valid());
  CHECK_FALSE(count.is_invalid());
  CHECK(count.get() == nullptr);
  CHECK(count.invalid() == nullptr);
  CHECK_FALSE(count.field().present());
  CHECK(count.value_or(Decimal::from_integer(7)) == Decimal::from_integer(7));
  CHECK_THROWS_WITH_AS((void)count.value(), "field is absent", Error);

  count = Decimal::from_integer(30);
  REQUIRE(count.valid());
  CHECK(*count == Decimal::from_integer(30));
  CHECK(count->to_string() == "30");
  CHECK(count.field().get()->scaled() == 30'000'000);

  count.set_invalid(Invalid{boost::json::value("třicet"), FormIssue::wrong_type, "a number"});
  CHECK(count.present());
  CHECK(count.is_invalid());
  CHECK(count.invalid()->value == boost::json::value("třicet"));
  CHECK_THROWS_WITH_AS((void)count.value(), "field holds a value of the wrong form", Error);

  count.reset();
  CHECK_FALSE(count.present());
}

TEST_CASE("Copies of a sparse field are deep, and equality compares the values, not the room") {
  SparseField<std::string> note = std::string("Údaje za Šluknovsko");
  SparseField<std::string> copy = note;
  *copy += " (opraveno)";
  CHECK(*note == "Údaje za Šluknovsko");
  CHECK(*copy == "Údaje za Šluknovsko (opraveno)");
  CHECK_FALSE(note == copy);

  // A Field made but left absent equals no Field at all, and copies as none.
  SparseField<std::string> made;
  (void)made.field();
  CHECK(made == SparseField<std::string>{});
  CHECK_FALSE(SparseField<std::string>(made).present());

  SparseField<std::string> from_field = Field<std::string>("zdroj");
  CHECK(*from_field == "zdroj");
  CHECK(SparseField<std::string>(Field<std::string>{}) == SparseField<std::string>{});
}

namespace {
std::string describe(const Field<Decimal>& f) { return f.valid() ? f->to_string() : f.present() ? "invalid" : "absent"; }
void set_to_seven(Field<Decimal>& f) { f = Decimal::from_integer(7); }
}  // namespace

TEST_CASE("A sparse field goes where a Field is expected, as the member did when it was one") {
  Observation o;
  CHECK(describe(o.count) == "absent");
  const Field<Decimal>& view = o.count;
  CHECK_FALSE(view.present());
  set_to_seven(o.count);
  CHECK(describe(o.count) == "7");
  Field<Decimal> copy = o.count;
  CHECK(*copy == Decimal::from_integer(7));
  CHECK(o.count == copy);
  CHECK(copy == o.count);
  CHECK_FALSE(o.note == Field<std::string>("jiná"));
  CHECK(o.note == Field<std::string>{});
}

TEST_CASE("Sparse members of an observation load, validate and write back as inline ones do") {
  const std::string text = test::doc_with(R"("indicators": [{"id": "i", "name": "Podíl", "observations": [
      {"period": {"start": "2021-01-01", "end": "2021-12-31"}, "value": 75, "count": 30,
       "source": "ÚP ČR", "note": "předběžné"},
      {"date": "2022-12-31", "value": 1, "count": "třicet", "note": 5},
      {"date": "2023-12-31", "value": 2}]}])");
  Document doc = load_string(text);
  const auto& o = *(*doc.indicators())[0]->observations;
  CHECK(o[0]->period->range()->days() == 365);
  CHECK(*o[0]->count == Decimal::from_integer(30));
  CHECK(*o[0]->source == "ÚP ČR");
  CHECK(*o[0]->note == "předběžné");
  CHECK(o[1]->count.invalid()->issue == FormIssue::wrong_type);
  CHECK(o[1]->note.invalid()->value == boost::json::value(5));
  CHECK_FALSE(o[2]->period.present());
  CHECK_FALSE(o[2]->note.present());

  CHECK(json_at(doc, "/indicators/0/observations/1/count") == R"("třicet")");
  CHECK(dump_string(load_string(dump_string(doc))) == dump_string(doc));

  bool wrong_count = false, wrong_note = false;
  for (const Finding& f : validate(doc).findings) {
    wrong_count = wrong_count || (f.rule == "S003" && f.pointer == "/indicators/0/observations/1/count");
    wrong_note = wrong_note || (f.rule == "S003" && f.pointer == "/indicators/0/observations/1/note");
  }
  CHECK(wrong_count);
  CHECK(wrong_note);

  set_json(doc, "/indicators/0/observations/2/source", R"("ČSÚ")");
  CHECK(*(*(*doc.indicators())[0]->observations)[2]->source == "ČSÚ");
  remove_at(doc, "/indicators/0/observations/0/note");
  CHECK_FALSE((*(*doc.indicators())[0]->observations)[0]->note.present());
}

TEST_CASE("A sparse member written twice in one observation is refused as any repeated key is") {
  const std::string text = test::doc_with(R"("indicators": [{"id": "i", "observations": [
      {"date": "2021-12-31", "value": 1, "note": "a", "note": "b"}]}])");
  try {
    (void)load_string(text);
    FAIL("a repeated key loaded");
  } catch (const FormatError& e) {
    CHECK(e.pointer() == "/indicators/0/observations/0/note");
    CHECK(std::string(e.what()).find("duplicate key \"note\" in an object") != std::string::npos);
  }
}
