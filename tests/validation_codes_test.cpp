// Rules C001, C002, C004, C005, E001, E002.

#include "validation_support.hpp"

using inclusio::Severity;
using test::expect_none;
using test::expect_one;
using test::Mutable;

TEST_CASE("C001: real IČO pass, a mistyped one fails its checksum") {
  for (const char* ico : {"00006599", "70890749", "00064581", "00236195"})
    expect_none(Mutable().set("/organizations/0/ico", std::string("\"") + ico + "\"").validate(), "C001");
  auto r = Mutable().set("/organizations/0/ico", "\"71004741\"").validate();
  CHECK(expect_one(r, "C001", Severity::error, "/organizations/0/ico", "mesto") ==
        "IČO \"71004741\" fails its checksum: the last digit should be 2");
  CHECK(expect_one(Mutable().set("/organizations/0/ico", "\"236195\"").validate(), "C001", Severity::error,
                   "/organizations/0/ico", "mesto") == "IČO \"236195\" is not 8 digits");
}

TEST_CASE("C002: a municipality's check digit and each kind's code form") {
  auto r = Mutable().set("/territories/3/code", "\"533956\"").validate();
  CHECK(expect_one(r, "C002", Severity::error, "/territories/3/code", "kh") ==
        "code \"533956\" of a municipality: fails its check digit: the last digit should be 5");
  expect_one(Mutable().set("/territories/2/code", "\"CZ020\"").validate(), "C002", Severity::error, "/territories/2/code",
             "okres");
  expect_one(Mutable().set("/territories/1/code", "\"3026\"").validate(), "C002", Severity::error, "/territories/1/code",
             "kraj");
  expect_one(Mutable().set("/territories/0/code", "\"CZE\"").validate(), "C002", Severity::error, "/territories/0/code", "cz");
  // Praha 554782 (the check-digit example of SOURCE.txt), a district with a letter, an ORP.
  expect_none(Mutable().set("/territories/3/code", "\"554782\"").validate(), "C002");
  expect_none(Mutable().set("/territories/2/code", "\"CZ020A\"").validate(), "C002");
  expect_none(Mutable().set("/territories/3/kind", "\"orp\"").set("/territories/3/code", "\"2112\"").validate(), "C002");
}

TEST_CASE("C002: every municipality of the ČSÚ codelist passes its check digit") {
  std::string csv = test::read_file(std::filesystem::path(INCLUSIO_SOURCE_DIR) / "data" / "csu" / "CIS0043_CS.csv");
  REQUIRE_FALSE(csv.empty());
  std::size_t checked = 0;
  std::size_t pos = csv.find('\n');
  while (pos != std::string::npos && pos + 1 < csv.size()) {
    std::size_t end = csv.find('\n', pos + 1);
    std::string line = csv.substr(pos + 1, end == std::string::npos ? std::string::npos : end - pos - 1);
    pos = end;
    // "CS";"CISOB";43;"500011";...  — the fourth field is the code
    std::size_t q = 0;
    for (int field = 0; field < 3 && q != std::string::npos; ++field) q = line.find(';', q + 1);
    if (q == std::string::npos || line.size() < q + 8) continue;
    std::string code = line.substr(q + 2, 6);
    inclusio::Document doc = inclusio::load_string(test::doc_with(
        R"("territories": [{"id": "t", "kind": "municipality", "name": "X", "code": ")" + code + "\"}]"));
    auto found = test::of_rule(inclusio::validate(doc, Mutable::defaults()), "C002");
    INFO(code);
    CHECK(found.empty());
    ++checked;
  }
  CHECK(checked == 6258);
}

TEST_CASE("C004: registration numbers of the three programme periods") {
  auto misprint = Mutable().set("/projects/0/registration_number", "\"CZ.03.2.63/0.0./0.0/15_030/0000605\"").validate();
  CHECK(expect_one(misprint, "C004", Severity::error, "/projects/0/registration_number", "projekt") ==
        "registration number \"CZ.03.2.63/0.0./0.0/15_030/0000605\": segment 2 \"0.0.\" should be two numbers joined by "
        "a dot, as in 0.0 (the 2014–2020 form is CZ.03.2.63/0.0/0.0/15_030/0000605)");
  // The seeds' numbers, each with its programme.
  expect_none(Mutable().set("/projects/0/registration_number", "\"CZ.1.04/3.2.00/B4.00007\"")
                  .set("/projects/0/programme", "\"op_lzz\"").validate(), "C004");
  expect_none(Mutable().set("/projects/0/registration_number", "\"CZ.03.02.02/00/22_004/0000366\"")
                  .set("/projects/0/programme", "\"op_z_plus\"").validate(), "C004");
  // Variant segments seen in real numbers.
  expect_none(Mutable().set("/projects/0/registration_number", "\"CZ.03.2.63/0.0/0.02/15_030/0000605\"").validate(), "C004");
  // IROP spans two periods.
  expect_none(Mutable().set("/projects/0/registration_number", "\"CZ.06.02.01/00/22_012/0000123\"")
                  .set("/projects/0/programme", "\"irop\"").validate(), "C004");
  auto wrong_programme = Mutable().set("/projects/0/programme", "\"op_vvv\"").validate();
  CHECK(test::of_rule(wrong_programme, "C004").at(0).message ==
        "registration number \"CZ.03.2.63/0.0/0.0/15_030/0000605\": segment 1 \"CZ.03.2.63\" should start with CZ.02 for op_vvv");
  auto period = Mutable().set("/projects/0/programme", "\"op_z_plus\"").validate();
  CHECK(test::of_rule(period, "C004").at(0).message ==
        "registration number \"CZ.03.2.63/0.0/0.0/15_030/0000605\": has 5 segments separated by '/', the 2021–2027 form "
        "is CZ.03.02.02/00/22_004/0000366 with 4");
}

TEST_CASE("C005: a territory under an impossible parent kind") {
  auto r = Mutable().set("/territories/1/parent", "\"okres\"").validate();
  CHECK(expect_one(r, "C005", Severity::warning, "/territories/1/parent", "kraj") ==
        "a region cannot lie in a district (okres)");
  expect_none(Mutable().set("/territories/3/parent", "\"kraj\"").validate(), "C005");
}

TEST_CASE("E001: an event outcome that does not add up") {
  auto r = Mutable().set("/events/1/outcome/no", "1121").validate();
  CHECK(expect_one(r, "E001", Severity::error, "/events/1/outcome", "referendum") ==
        "89 yes and 1121 no votes exceed the 1209 valid votes");
  expect_one(Mutable().set("/events/1/outcome", R"({"signatures": -1100})").validate(), "E001", Severity::error,
             "/events/1/outcome", "referendum");
  expect_none(Mutable().set("/events/1/outcome/no", "1120").validate(), "E001");
  expect_none(Mutable().set("/events/1/outcome", R"({"signatures": 1100})").validate(), "E001");
}

TEST_CASE("E002: an event outside the period of its subject") {
  auto r = Mutable().set("/events/0/date", "\"2020-12-31\"").validate();
  CHECK(expect_one(r, "E002", Severity::warning, "/events/0/date", "setkani") ==
        "the event on 2020-12-31 is outside spsz's period 2021-01-01 – 2023-12-31");
  expect_none(Mutable().set("/events/0/date", "\"2021-01-01\"").validate(), "E002");
  auto spanned = Mutable().erase("/events/0/date").set("/events/0/period", R"({"start": "2020-06-01", "end": "2021-06-30"})").validate();
  CHECK(expect_one(spanned, "E002", Severity::warning, "/events/0/period", "setkani") ==
        "the event in 2020-06-01 – 2021-06-30 is outside spsz's period 2021-01-01 – 2023-12-31");
  expect_none(Mutable().erase("/events/0/date").set("/events/0/period", R"({"start": "2021-01-01", "end": "2021-12-31"})").validate(),
              "E002");
}

TEST_CASE("E003: an event dated by neither a day nor a period, or by both") {
  auto neither = Mutable().erase("/events/0/date").validate();
  CHECK(expect_one(neither, "E003", Severity::error, "/events/0", "setkani") == "the event has neither a date nor a period");
  auto both = Mutable().set("/events/0/period", R"({"start": "2022-01-01", "end": "2022-12-31"})").validate();
  CHECK(expect_one(both, "E003", Severity::error, "/events/0/period", "setkani") ==
        "the event has both a date and a period; give one");
  expect_none(Mutable().erase("/events/0/date").set("/events/0/period", R"({"start": "2022-01-01", "end": "2022-12-31"})").validate(),
              "E003");
}
