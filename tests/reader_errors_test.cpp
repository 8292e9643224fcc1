// Loading fails only for what is not JSON or not an inclusio document, and says exactly where.

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace inclusio;

namespace {
ParseError parse_error(const std::string& text, const LoadOptions& options = {}) {
  try {
    (void)load_string(text, options);
  } catch (const ParseError& e) {
    return e;
  }
  FAIL("no ParseError for: " << text);
  throw;
}

FormatError format_error(const std::string& text) {
  try {
    (void)load_string(text);
  } catch (const FormatError& e) {
    return e;
  }
  FAIL("no FormatError for: " << text);
  throw;
}
}  // namespace

TEST_CASE("A syntax error is reported with its line, column and JSON Pointer") {
  ParseError e = parse_error("{\"format\": \"inclusio\",\n  \"schema_version\": \"1.0\",\n  \"plans\": [{\"id\": \"a\",, }]}");
  CHECK(e.code() == ErrorCode::parse);
  CHECK(e.line() == 3);
  CHECK(e.column() == 24);
  CHECK(e.offset() == 73);
  CHECK(e.pointer() == "/plans/0/id");
  CHECK(std::string(e.what()) == "line 3, column 24: unexpected ',' (near /plans/0/id)");
}

TEST_CASE("Columns count characters, not bytes, so Czech text does not shift them") {
  ParseError e = parse_error("{\"název\": \"Kutná Hora\" \"x\"}");
  CHECK(e.line() == 1);
  CHECK(e.column() == 24);
  CHECK(e.offset() == 25);  // two bytes more for the two á
}

TEST_CASE("Truncated input is an unexpected end at the last position") {
  ParseError e = parse_error("{\"format\": \"inclusio\",\n \"plans\": [");
  CHECK(e.reason() == "unexpected end of input");
  CHECK(e.line() == 2);
  CHECK(e.column() == 12);
  CHECK(parse_error("").reason() == "the input is empty");
  CHECK(parse_error("  \n ").reason() == "the input is empty");
}

TEST_CASE("Invalid UTF-8 is refused with the offending byte") {
  ParseError e = parse_error(test::doc_with("\"plans\": [{\"title\": \"Tepl\xE1\"}]"));
  CHECK(e.code() == ErrorCode::parse);
  CHECK(e.reason() == "invalid UTF-8 (byte 0xE1)");
  CHECK(e.pointer() == "/plans/0/title");
  CHECK(e.column() == 74);
  CHECK(parse_error("{\"a\": \"\xC0\xAF\"}").reason() == "invalid UTF-8 (byte 0xC0)");  // overlong
  CHECK(parse_error("{\"a\": \"\xED\xA0\x80\"}").reason() == "invalid UTF-8 (byte 0xED)");  // surrogate
}

TEST_CASE("Numbers that do not fit are refused, not rounded") {
  ParseError big = parse_error(test::doc_with("\"population\": 123456789012345678901"));
  CHECK(big.code() == ErrorCode::limit);
  CHECK(big.reason() == "integer 123456789012345678901 does not fit in 64 bits");
  CHECK(big.pointer() == "/population");
  CHECK(parse_error("{\"a\": [1e400]}").reason() == "number 1e400 is out of range");
  CHECK(parse_error("{\"a\": -1e400}").code() == ErrorCode::limit);
  CHECK(parse_error("{\"a\": 0.30000000000000001}").reason() ==
        "number 0.30000000000000001 has more significant digits than can be kept exactly");
  // What a double holds exactly is accepted however it is written.
  CHECK_NOTHROW(load_string(test::doc_with("\"a\": [2.50, 25e-1, 0.1, 1E2, -0.0]")));
}

TEST_CASE("Nesting deeper than the limit is refused") {
  std::string deep = test::doc_with("\"x\": " + std::string(70, '[') + std::string(70, ']'));
  ParseError e = parse_error(deep);
  CHECK(e.code() == ErrorCode::limit);
  CHECK(e.reason() == "nesting deeper than 64 levels");
  CHECK(e.column() == 117);  // the 64th [ opens the 65th level
  LoadOptions roomy;
  roomy.max_depth = 100;
  CHECK_NOTHROW(load_string(deep, roomy));
}

TEST_CASE("Duplicate keys are valid JSON but not an inclusio document: one of the two values would be lost") {
  FormatError e = format_error(test::doc_with("\"plans\": [{\"id\": \"a\", \"title\": \"x\", \"id\": \"b\"}]"));
  CHECK(e.code() == ErrorCode::format);
  CHECK(std::string(e.what()) == "line 1, column 88: duplicate key \"id\" in an object (near /plans/0/id)");
  CHECK(e.pointer() == "/plans/0/id");
  CHECK(e.position().column == 88);  // the closing quote of the second "id"
  // Past the linear scan, the hash set still finds them.
  std::string many = "{";
  for (int i = 0; i < 40; ++i) many += "\"k" + std::to_string(i) + "\": 1, ";
  many += "\"k7\": 2}";
  CHECK(std::string(format_error(many).what()).find("duplicate key \"k7\" in an object") != std::string::npos);
  CHECK(std::string(format_error(test::doc_with("\"format\": \"inclusio\"")).what()).find("duplicate key \"format\"") !=
        std::string::npos);
}

TEST_CASE("A repeated key is refused wherever it is: known or unknown member, wrong form, dimensions, kept JSON") {
  auto pointer_of = [](const std::string& members) { return format_error(test::doc_with(members)).pointer(); };
  auto message_of = [](const std::string& members) { return std::string(format_error(test::doc_with(members)).what()); };
  // A member whose first value was of the wrong form is still there.
  CHECK(pointer_of(R"("plans": [{"id": "a", "title": 42, "title": "x"}])") == "/plans/0/title");
  CHECK(message_of(R"("plans": [{"id": "a", "title": 42, "title": "x"}])") ==
        "line 1, column 90: duplicate key \"title\" in an object (near /plans/0/title)");
  CHECK(pointer_of(R"("plans": [{"id": "a", "vlastní": 1, "title": "x", "vlastní": {"b": 2}}])") == "/plans/0/vlastní");
  CHECK(pointer_of(R"("plans": [{"id": "a", "": 1, "": 2}])") == "/plans/0/");
  CHECK(pointer_of(R"("indicators": [{"id": "i", "observations": [{"value": 1, "dimensions": {"g": "f", "g": "m"}}]}])") ==
        "/indicators/0/observations/0/dimensions/g");
  CHECK(pointer_of(R"("plans": [{"id": "a", "x": {"k": 1, "k": 2}}])") == "/plans/0/x/k");
  CHECK(pointer_of(R"("plans": [{"id": "a", "period": [{"start": 1, "start": 2}]}])") == "/plans/0/period/0/start");
  // The same name in two records, or in a record and its nested record, is no repetition.
  CHECK_NOTHROW(load_string(test::doc_with(R"("plans": [{"id": "a", "period": {"start": "2021-01-01"}}, {"id": "b", "period": {"start": "2022-01-01"}}])")));
  // A repeated key split across the reader's 64 KiB chunks.
  std::string head = "{\"format\": \"inclusio\", \"schema_version\": \"1.0\", \"plans\": [{\"id\": \"a\", \"title\": \"x\", ";
  std::string text = head + std::string(64 * 1024 - head.size() - 3, ' ') + "\"title\": \"y\"}]}";
  std::istringstream in(text);
  try {
    (void)load_stream(in);
    FAIL("no error");
  } catch (const FormatError& e) {
    CHECK(e.pointer() == "/plans/0/title");
    CHECK(e.position().offset == text.find("\"title\": \"y\"") + 6);  // the closing quote of the second "title"
  }
}

TEST_CASE("Not an inclusio document: the format marker and the schema version") {
  CHECK(std::string(format_error("{\"schema_version\": \"1.0\"}").what()) ==
        "not an inclusio document: the \"format\": \"inclusio\" marker is missing");
  CHECK(std::string(format_error("{\"format\": \"geojson\", \"schema_version\": \"1.0\"}").what()) ==
        "not an inclusio document: \"format\" is \"geojson\", not \"inclusio\"");
  FormatError v = format_error("{\"format\": \"inclusio\", \"schema_version\": \"2.0\"}");
  CHECK(std::string(v.what()) ==
        "schema_version \"2.0\" is not supported; this reader supports schema_version \"1.0\" or \"1.1\"");
  CHECK(v.pointer() == "/schema_version");
  CHECK(v.code() == ErrorCode::format);
  CHECK(std::string(format_error("{\"format\": \"inclusio\"}").what()) ==
        "\"schema_version\" is missing; this reader supports schema_version \"1.0\" or \"1.1\"");
  CHECK(std::string(format_error("{\"format\": \"inclusio\", \"schema_version\": 1}").what()) ==
        "\"schema_version\" is 1; it must be a string such as \"1.0\"");
  CHECK(std::string(format_error("[{\"format\": \"inclusio\"}]").what()) ==
        "not an inclusio document: the top-level value is an array, not an object with \"format\": \"inclusio\"");
  CHECK(std::string(format_error("\"inclusio\"").what()).find("a string") != std::string::npos);
}

TEST_CASE("Only whitespace may follow the document") {
  ParseError e = parse_error(test::doc_with("") + "\n ,");
  CHECK(e.reason() == "unexpected data after the end of the JSON value");
  CHECK(e.line() == 2);
  CHECK(e.column() == 2);
  CHECK_NOTHROW(load_string(test::doc_with("") + " \r\n\t "));
}

TEST_CASE("A UTF-8 byte order mark is skipped, and positions still count from the file's first byte") {
  CHECK_NOTHROW(load_string("\xEF\xBB\xBF" + test::doc_with("")));
  ParseError e = parse_error("\xEF\xBB\xBF{,}");
  CHECK(e.offset() == 4);
  CHECK(e.column() == 2);
}

TEST_CASE("Reading a stream in chunks finds the same error at the same place") {
  // Long enough to cross the reader's 64 KiB chunks several times.
  std::string text = "{\"format\": \"inclusio\", \"schema_version\": \"1.0\", \"x\": [";
  for (int i = 0; i < 30000; ++i) text += "\"Žďár nad Sázavou\",\n";
  text += "tru]}";  // a literal is reported where it starts
  std::istringstream in(text);
  try {
    (void)load_stream(in);
    FAIL("no error");
  } catch (const ParseError& e) {
    CHECK(e.line() == 30001);
    CHECK(e.column() == 1);
    CHECK(e.offset() == text.size() - 5);
    CHECK(e.reason() == "invalid literal; expected true, false or null");
    CHECK(e.pointer() == "/x/29999");  // the last value read before the fault
  }
}

TEST_CASE("A missing file is an I/O error naming the file") {
  try {
    (void)load_file("/nonexistent/plan.json");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::io);
    CHECK(std::string(e.what()) == "cannot open /nonexistent/plan.json: No such file or directory");
  }
}

TEST_CASE("A folder given as the input is said to be a folder") {
  CHECK_THROWS_WITH_AS(inclusio::load_file(test::fixtures_dir()),
                       ("cannot read " + test::fixtures_dir().string() + ": it is a folder, not a file").c_str(),
                       inclusio::Error);
}
