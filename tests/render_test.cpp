// The core's renderers of validation outcomes: every face prints what they give.

#include "test_support.hpp"

#include <inclusio/render.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace inclusio;

namespace {
Report two_findings() {
  Report r;
  r.findings.push_back({"M003", Severity::error, "/plans/0/measures/0/budget/sources", "m",
                        "funding sources sum to 99.99 CZK but the total is 100.00 CZK"});
  r.findings.push_back({"S007", Severity::info, "", "", "unknown field \"x\", \"y\"\nsecond line"});
  return r;
}
}  // namespace

TEST_CASE("Output formats have stable codes") {
  CHECK(to_code(OutputFormat::markdown) == "md");
  CHECK(output_format_from_code("html") == OutputFormat::html);
  CHECK_FALSE(output_format_from_code("pdf").has_value());
}

TEST_CASE("Validation outcomes as text: a line per finding, the counts, unreadable inputs with their reason") {
  std::vector<ValidationOutcome> outcomes{{"a.json", two_findings(), ""}, {"b.json", std::nullopt, "line 2, column 15: unexpected ','"}};
  CHECK(render_validation(outcomes, OutputFormat::text) ==
        "a.json:/plans/0/measures/0/budget/sources: error M003 funding sources sum to 99.99 CZK but the total is 100.00 CZK [m]\n"
        "a.json:/: info S007 unknown field \"x\", \"y\"\\x0Asecond line\n"
        "a.json: 1 error, 0 warnings, 1 info\n"
        "b.json: cannot be read: line 2, column 15: unexpected ','\n");
  CHECK(render_report(two_findings(), OutputFormat::text).ends_with("\n1 error, 0 warnings, 1 info\n"));
}

TEST_CASE("Validation outcomes as JSON: an object per input, with its counts and findings or its error") {
  std::vector<ValidationOutcome> outcomes{{"a.json", two_findings(), ""}, {"b.json", std::nullopt, "not JSON"}};
  CHECK(render_validation(outcomes, OutputFormat::json) ==
        "[{\"file\":\"a.json\",\"errors\":1,\"warnings\":0,\"info\":1,\"findings\":["
        "{\"rule\":\"M003\",\"severity\":\"error\",\"pointer\":\"/plans/0/measures/0/budget/sources\",\"entity\":\"m\","
        "\"message\":\"funding sources sum to 99.99 CZK but the total is 100.00 CZK\"},"
        "{\"rule\":\"S007\",\"severity\":\"info\",\"pointer\":\"\",\"entity\":\"\","
        "\"message\":\"unknown field \\\"x\\\", \\\"y\\\"\\nsecond line\"}]},"
        "{\"file\":\"b.json\",\"error\":\"not JSON\"}]\n");
}

TEST_CASE("Validation outcomes as CSV: RFC 4180 quoting by the one CSV writer") {
  std::vector<ValidationOutcome> outcomes{{"a,b.json", two_findings(), ""}, {"c.json", std::nullopt, "not JSON"}};
  CHECK(render_validation(outcomes, OutputFormat::csv) ==
        "file,rule,severity,pointer,entity,message\n"
        "\"a,b.json\",M003,error,/plans/0/measures/0/budget/sources,m,funding sources sum to 99.99 CZK but the total is 100.00 CZK\n"
        "\"a,b.json\",S007,info,,,\"unknown field \"\"x\"\", \"\"y\"\"\nsecond line\"\n"
        "c.json,,unreadable,,,not JSON\n");
}

TEST_CASE("A format a renderer does not write is refused, naming the ones it does") {
  CHECK_THROWS_WITH_AS(render_report(Report{}, OutputFormat::html),
                       "a validation report is not rendered as html; the formats are text, json and csv", Error);
  ProgressOptions o;
  o.as_of = Date(2013, 8, 31);
  Summary s = summarize(load_file(test::examples_dir() / "asz-2010-2013.json"), std::nullopt, o);
  CHECK_THROWS_AS(render_summary(s, OutputFormat::csv), Error);
  CHECK(render_summary(s, OutputFormat::json) == summary_json(s));
  CHECK(render_summary(s, OutputFormat::markdown, Language::cs) == summary_markdown(s, Language::cs));
}

TEST_CASE("Text output makes the control characters of a crafted document visible: no forged line, no terminal command") {
  // An id with a newline and a forged summary line, ESC sequences setting the terminal title, BEL, and
  // a C1 control (U+009B, CSI) in UTF-8; a backslash is doubled so that an escape cannot be faked.
  Report r;
  r.findings.push_back({"S006", Severity::error, "/plans/0/id", "x\ny.json: 0 errors, 0 warnings, 0 info",
                        "malformed id \"\x1b]0;owned\x07\" \xc2\x9b" "2J \\x41"});
  std::string text = render_report(r, OutputFormat::text);
  CHECK(text ==
        "/plans/0/id: error S006 malformed id \"\\x1B]0;owned\\x07\" \\u009B2J \\\\x41 "
        "[x\\x0Ay.json: 0 errors, 0 warnings, 0 info]\n"
        "1 error, 0 warnings, 0 info\n");
  CHECK(std::count(text.begin(), text.end(), '\n') == 2);
  CHECK(text.find('\x1b') == std::string::npos);
}

TEST_CASE("CSV cells a spreadsheet would evaluate are neutralised with an apostrophe, and numbers the library wrote are not") {
  Report r;
  for (const char* entity : {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "plain", "a=b"})
    r.findings.push_back({"S006", Severity::error, "/p", entity, "m"});
  std::string csv = render_report(r, OutputFormat::csv);
  CHECK(csv ==
        "file,rule,severity,pointer,entity,message\n"
        ",S006,error,/p,\"'=HYPERLINK(\"\"http://x\"\")\",m\n"
        ",S006,error,/p,\"'+1\",m\n"
        ",S006,error,/p,\"'-2+3\",m\n"
        ",S006,error,/p,\"'@SUM(A1)\",m\n"
        ",S006,error,/p,\"'\tx\",m\n"
        ",S006,error,/p,\"'\rx\",m\n"
        ",S006,error,/p,plain,m\n"
        ",S006,error,/p,a=b,m\n");
}
