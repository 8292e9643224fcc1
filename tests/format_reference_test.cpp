// The format documented in the repository: docs/format.md and docs/inclusio.schema.json are what the
// record descriptions give, and they name every entity kind, record, field and codelist value.

#include "test_support.hpp"

#include <inclusio/schema.hpp>
#include <inclusio/tables.hpp>

#include <boost/json.hpp>

#include <doctest/doctest.h>

#include <filesystem>

using namespace inclusio;

namespace {
std::string committed(const char* name) { return test::read_file(std::filesystem::path(INCLUSIO_SOURCE_DIR) / "docs" / name); }
}  // namespace

TEST_CASE("docs/format.md is generated from the record descriptions and up to date") {
  INFO("regenerate with: ./build/tests/inclusio_format_doc format > docs/format.md");
  CHECK(committed("format.md") == format_reference_markdown());
}

TEST_CASE("docs/spreadsheet.md is generated from the table descriptions and up to date") {
  INFO("regenerate with: ./build/tests/inclusio_format_doc tables > docs/spreadsheet.md");
  CHECK(committed("spreadsheet.md") == tables_reference_markdown());
}

TEST_CASE("docs/inclusio.schema.json is the schema the library derives, and up to date") {
  INFO("regenerate with: ./build/tests/inclusio_format_doc schema > docs/inclusio.schema.json");
  CHECK(committed("inclusio.schema.json") == json_schema());
}

TEST_CASE("The format reference names every entity kind, every field of the schema and every codelist label") {
  std::string doc = format_reference_markdown();
  for (const EntityKindInfo& k : entity_kinds()) {
    CAPTURE(k.code);
    CHECK(doc.find("| `" + std::string(k.code) + "` | `" + std::string(k.key) + "` |") != std::string::npos);
  }
  boost::json::value schema = boost::json::parse(json_schema());
  for (const auto& [name, def] : schema.at("$defs").as_object()) {
    if (!def.as_object().contains("properties")) continue;
    std::string section = "\n### " + std::string(name) + "\n";
    std::size_t at = doc.find(section);
    CAPTURE(name);
    REQUIRE(at != std::string::npos);
    std::size_t end = doc.find("\n### ", at + 1);
    std::string body = doc.substr(at, end - at);
    for (const auto& [key, _] : def.at("properties").as_object()) {
      CAPTURE(key);
      bool required = false;
      if (const auto* r = def.as_object().if_contains("required"))
        for (const auto& k : r->as_array()) required = required || k.as_string() == key;
      std::string row = "| `" + std::string(key) + "` | ";
      std::size_t r = body.find(row);
      REQUIRE(r != std::string::npos);
      std::string line = body.substr(r, body.find('\n', r) - r);
      CHECK(line.ends_with(required ? "| yes |" : "| no |"));
    }
  }
  CHECK(doc.find("| `in_progress` | in progress | v realizaci |") != std::string::npos);
  CHECK(doc.find("| `orp` | municipality with extended powers (ORP) | obec s rozšířenou působností (ORP) |") !=
        std::string::npos);
}
