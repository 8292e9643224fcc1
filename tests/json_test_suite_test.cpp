// The JSONTestSuite corpus (tests/fixtures/JSONTestSuite, MIT): every y_ file is well-formed JSON, so
// loading gets past the JSON layer (and then stops at the missing inclusio marker); every n_ file is
// refused as JSON with a position inside the file; i_ files may go either way, but never crash.

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using namespace inclusio;

namespace {
std::vector<std::filesystem::path> corpus(const std::string& prefix) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(test::fixtures_dir() / "JSONTestSuite" / "test_parsing"))
    if (e.path().filename().string().rfind(prefix, 0) == 0) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

LoadOptions deep_enough() {
  LoadOptions o;
  o.max_depth = 1000;  // y_ files nest up to 500 deep (i_structure_500_nested_arrays is 500)
  return o;
}
}  // namespace

TEST_CASE("JSONTestSuite: every y_ file is accepted as JSON") {
  auto files = corpus("y_");
  CHECK(files.size() == 95);
  for (const auto& f : files) {
    CAPTURE(f.filename().string());
    std::string text = test::read_file(f);
    try {
      (void)load_string(text, deep_enough());
      FAIL("a y_ file is not an inclusio document, yet it loaded");
    } catch (const FormatError&) {
      // past the JSON layer: the right outcome
    } catch (const Error& e) {
      FAIL("refused as JSON: " << e.what());
    }
  }
}

TEST_CASE("JSONTestSuite: every n_ file is refused as JSON, with a position inside the file") {
  auto files = corpus("n_");
  CHECK(files.size() == 188);
  for (const auto& f : files) {
    CAPTURE(f.filename().string());
    std::string text = test::read_file(f);
    try {
      (void)load_string(text);
      FAIL("accepted");
    } catch (const ParseError& e) {
      CHECK(e.line() >= 1);
      CHECK(e.column() >= 1);
      CHECK(e.offset() <= text.size());
      CHECK(std::string(e.what()).rfind("line " + std::to_string(e.line()) + ", column ", 0) == 0);
    } catch (const FormatError& e) {
      FAIL("accepted as JSON, refused only as a document: " << e.what());
    }
  }
}

TEST_CASE("JSONTestSuite: i_ files either parse or are refused cleanly") {
  auto files = corpus("i_");
  CHECK(files.size() == 35);
  for (const auto& f : files) {
    CAPTURE(f.filename().string());
    std::string text = test::read_file(f);
    CHECK_THROWS_AS((void)load_string(text, deep_enough()), Error);  // none is an inclusio document
  }
}

TEST_CASE("JSONTestSuite: known n_ cases report where the fault is") {
  auto error_of = [](const std::string& name) {
    try {
      (void)load_string(test::read_file(test::fixtures_dir() / "JSONTestSuite" / "test_parsing" / name));
    } catch (const ParseError& e) {
      return e;
    }
    FAIL("no ParseError for " << name);
    throw;
  };
  ParseError comma = error_of("n_array_extra_comma.json");  // ["",]
  CHECK(comma.column() == 5);
  CHECK(comma.reason() == "unexpected ']'");
  ParseError deep = error_of("n_structure_100000_opening_arrays.json");
  CHECK(deep.code() == ErrorCode::limit);
  CHECK(deep.column() == 65);
  ParseError bad = error_of("n_string_invalid_utf8_after_escape.json");
  CHECK(bad.reason().rfind("invalid UTF-8", 0) == 0);
}
