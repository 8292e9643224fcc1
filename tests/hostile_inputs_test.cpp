// Hostile inputs: each is refused with a clear error at its place, or loads and is kept exactly,
// without a crash, a hang or a silent change.

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <boost/json/parse.hpp>

#include <string>
#include <vector>

using namespace inclusio;

namespace {

const std::string header = R"({"format": "inclusio", "schema_version": "1.0", )";

ParseError parse_error(const std::string& text, const LoadOptions& options = {}) {
  try {
    (void)load_string(text, options);
  } catch (const ParseError& e) {
    return e;
  }
  FAIL("no ParseError");
  throw;
}

ValidateOptions as_of_today() {
  ValidateOptions o;
  o.as_of = Date(2026, 11, 23);
  return o;
}

std::size_t count_rule(const Report& r, std::string_view rule) {
  std::size_t n = 0;
  for (const Finding& f : r.findings) n += f.rule == rule;
  return n;
}

// Line and column (in characters) of byte `offset` of `text`.
std::pair<std::size_t, std::size_t> line_and_column(const std::string& text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      line++;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      column++;
    }
  }
  return {line, column};
}

// The byte offsets just after the opening quote of every string (keys and values) of a JSON text.
std::vector<std::size_t> string_starts(const std::string& text) {
  std::vector<std::size_t> starts;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (in_string) {
      if (text[i] == '\\') ++i;
      else if (text[i] == '"') in_string = false;
    } else if (text[i] == '"') {
      in_string = true;
      starts.push_back(i + 1);
    }
  }
  return starts;
}

}  // namespace

TEST_CASE("On one long line of Czech text, an error's column counts characters, not bytes") {
  // Past 16 × 255 bytes on one line: the counting of characters in blocks of 16 bytes and its rounds.
  std::string text = header + R"("territories": [)";
  for (int i = 0; i < 400; ++i)
    text += R"({"id": "t)" + std::to_string(i) + R"(", "kind": "municipality", "name": "Žďár nad Sázavou – Přibyslav"},)";
  std::size_t broken = text.size();
  text += "]}";  // a comma before a closing bracket
  ParseError e = parse_error(text);
  auto [line, column] = line_and_column(text, broken);
  CHECK(e.line() == 1);
  CHECK(line == 1);
  CHECK(e.column() == column);
  CHECK(e.column() < broken);  // in characters: fewer than the bytes before it
  CHECK(e.offset() == broken);
}

TEST_CASE("A million nested arrays stop at the depth limit, at the first bracket too deep") {
  ParseError e = parse_error(std::string(1'000'000, '['));
  CHECK(e.code() == ErrorCode::limit);
  CHECK(e.line() == 1);
  CHECK(e.column() == 65);

  std::string text = header + R"("unknown": )" + std::string(100'000, '[');
  e = parse_error(text);
  CHECK(e.code() == ErrorCode::limit);
  CHECK(e.offset() == header.size() + 11 + 63);
}

TEST_CASE("Nesting at the highest limit loads, validates, copies, writes back and frees, and a higher limit is refused") {
  // The document object is the first level: 4 999 arrays in an unknown member reach the limit.
  std::size_t levels = LoadOptions::max_depth_limit - 1;
  std::string deep = std::string(levels, '[') + std::string(levels, ']');
  LoadOptions options;
  options.max_depth = LoadOptions::max_depth_limit;
  Document doc = load_string(header + R"("unknown": )" + deep + "}", options);
  CHECK(validate(doc, as_of_today()).count(Severity::error) == 0);
  Document copy = doc;
  std::string written = dump_string(copy, WriteOptions{0});
  CHECK(written.find(deep) != std::string::npos);
  CHECK(load_string(written, options) == doc);
  ParseError e = parse_error(header + R"("unknown": [)" + deep + "]}", options);
  CHECK(e.code() == ErrorCode::limit);

  for (std::size_t bad : {std::size_t{0}, LoadOptions::max_depth_limit + 1, std::size_t{1'000'000'000}}) {
    options.max_depth = bad;
    CHECK_THROWS_WITH_AS(load_string(header + "}", options),
                         ("max_depth is 1 to 5000, not " + std::to_string(bad)).c_str(), Error);
  }
}

TEST_CASE("A 100 MB string is kept whole, and positions after it count its characters") {
  const std::string huge(100'000'000, 'a');
  Document doc = load_string(header + R"("plans": [{"id": "p", "title": ")" + huge + R"("}]})");
  REQUIRE(doc.plans()->front().get()->title.valid());
  CHECK(doc.plans()->front().get()->title->size() == huge.size());
  CHECK(dump_string(doc, WriteOptions{0}).size() > huge.size());

  std::string czech;
  czech.reserve(100'000'000);
  for (int i = 0; i < 50'000'000; ++i) czech += "\xC5\xBE";  // ž: 100 MB, 50 million characters
  std::string text = header + R"("note": ")" + czech + R"(" x})";
  ParseError e = parse_error(text);
  CHECK(e.line() == 1);
  CHECK(e.column() == header.size() + 9 + 50'000'000 + 3);  // the quote, the space, then x
  CHECK(e.offset() == text.size() - 2);
}

TEST_CASE("A million entities with the same id: each repeat is one S005, the first keeps the id") {
  std::string text = header + R"("territories": [)";
  for (int i = 0; i < 1'000'000; ++i) text += (i ? "," : "") + std::string(R"({"id":"t","kind":"country","name":"Česko"})");
  text += "]}";
  Document doc = load_string(text);
  CHECK(doc.find("t")->pointer == "/territories/0");
  Report report = validate(doc, as_of_today());
  CHECK(count_rule(report, "S005") == 999'999);
  CHECK(report.findings.size() == 999'999);
  CHECK(report.findings.back().pointer == "/territories/999999/id");
}

TEST_CASE("A cycle of 100 000 goal parents is one R003, found without deep recursion") {
  std::string goals;
  const int n = 100'000;
  for (int i = 0; i < n; ++i)
    goals += (i ? "," : "") + std::string(R"({"id":"g)") + std::to_string(i) + R"(","title":"Cíl","theme":"housing","parent":"g)" +
             std::to_string((i + 1) % n) + R"("})";
  Document doc = load_string(header + R"("plans": [{"id": "p", "goals": [)" + goals + "]}]}");
  CHECK(count_rule(validate(doc, as_of_today()), "R003") == 1);
}

TEST_CASE("Amounts at the limits of 64-bit haléře load exactly; one haléř beyond is M001; sums that overflow are M004") {
  auto project = [](const std::string& approved) {
    return load_string(header + R"("projects": [{"id": "p", "approved": ")" + approved + R"("}]})");
  };
  CHECK(project("92233720368547758.07").projects()->front().get()->approved->minor_units() == INT64_MAX);
  CHECK(project("-92233720368547758.08").projects()->front().get()->approved->minor_units() == INT64_MIN);
  CHECK(count_rule(validate(project("92233720368547758.08"), as_of_today()), "M001") == 1);
  CHECK(count_rule(validate(project("-92233720368547758.09"), as_of_today()), "M001") == 1);

  Document doc = load_string(header + R"("plans": [{"id": "p", "measures": [{"id": "m", "budget": {"total": "1.00",
      "sources": [{"source": "op_z", "amount": "92233720368547758.07"}, {"source": "esf", "amount": "0.01"}]}}]}]})");
  CHECK(count_rule(validate(doc, as_of_today()), "M004") == 1);
  // A summary whose budget total overflows still comes out, the total marked as overflowing.
  Summary s = summarize(load_string(header + R"("plans": [{"id": "p", "measures": [
      {"id": "a", "budget": {"total": "92233720368547758.07"}}, {"id": "b", "budget": {"total": "0.01"}}]}]})"));
  CHECK(s.measures == 2);
  CHECK_FALSE(s.budget_total.at("CZK").has_value());
}

TEST_CASE("Invalid UTF-8 in any string of a document is refused at its byte") {
  const std::string text = test::read_file(test::fixtures_dir() / "small-plan.json");
  std::vector<std::size_t> starts = string_starts(text);
  REQUIRE(starts.size() > 100);
  for (std::size_t at : starts) {
    std::string bad = text;
    bad.insert(at, "\xC3\x28");  // a lead byte followed by no continuation
    ParseError e = parse_error(bad);
    auto [line, column] = line_and_column(bad, at);
    CHECK(e.code() == ErrorCode::parse);
    CHECK(e.reason() == "invalid UTF-8 (byte 0xC3)");
    CHECK(e.offset() == at);
    CHECK(e.line() == line);
    CHECK(e.column() == column);
  }
}

TEST_CASE("A lone UTF-16 surrogate escape in any string is refused") {
  const std::string text = test::read_file(test::fixtures_dir() / "small-plan.json");
  for (std::size_t at : string_starts(text)) {
    std::string bad = text;
    bad.insert(at, "\\ud800x");
    ParseError e = parse_error(bad);
    CHECK(e.code() == ErrorCode::parse);
    CHECK(e.line() == line_and_column(bad, at).first);
  }
}

TEST_CASE("A raw NUL byte inside a string is refused; an escaped one is kept and written back") {
  const std::string text = test::read_file(test::fixtures_dir() / "small-plan.json");
  for (std::size_t at : string_starts(text)) {
    std::string bad = text;
    bad.insert(at, std::string(1, '\0'));
    ParseError e = parse_error(bad);
    CHECK(e.reason() == "unexpected control character U+0000");
    CHECK(e.offset() == at);
  }
  Document doc = load_string(header + R"("territories": [{"id": "t", "kind": "country", "name": "A\u0000B"}]})");
  CHECK(*doc.territories()->front().get()->name == std::string("A\0B", 3));
  std::string written = dump_string(doc);
  CHECK(written.find(R"("name": "A\u0000B")") != std::string::npos);
  CHECK(load_string(written) == doc);
}

TEST_CASE("A long malformed id is shortened at a character, so its message stays UTF-8 (found by fuzz_validate)") {
  // 56 ASCII bytes, then "ř" (2 bytes) across the cut after byte 57, then more.
  const std::string id = std::string(56, 'x') + "řebíč a okolí";
  Document doc = load_string(test::doc_with(R"("documents": [{"id": ")" + id + R"(", "title": "Zpráva", "kind": "other"}])"));
  ValidateOptions options;
  options.as_of = Date(2026, 11, 23);
  for (Language lang : {Language::en, Language::cs}) {
    options.language = lang;
    Report r = validate(doc, options);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "S006");
    const std::string& m = r.findings[0].message;
    CHECK(m.find(std::string(56, 'x') + "...") != std::string::npos);
    boost::system::error_code ec;
    (void)boost::json::parse(render_report(r, OutputFormat::json), ec);
    CHECK_FALSE(ec);
  }
}
