// Czech is a first language: a Czech message, label or heading carries no English word, and a number
// is followed by the form of its noun that Czech grammar asks for. The English words are drawn from
// the English texts themselves (the rules' titles and rationales, the codelists' and records' English
// names), so a text added in English only, or a Czech text that forgets to translate a part, fails.

#include "validation_support.hpp"

#include <inclusio/inclusio.hpp>

#include <doctest/doctest.h>

#include <cctype>
#include <set>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using namespace inclusio;
using test::Mutable;

namespace {

// Lower-case ASCII words of at least four letters.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (w.size() >= 4) out.push_back(w);
    w.clear();
  };
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    else flush();
  }
  flush();
  return out;
}

// The words of the English texts that are not also words of their Czech counterparts (names such as
// "Kutná" or codes such as "YYYY" that both languages share).
std::set<std::string> english_words() {
  std::set<std::string> en, cs;
  auto add = [](std::set<std::string>& to, std::string_view text) {
    for (auto& w : words(text)) to.insert(w);
  };
  for (const RuleInfo& r : rule_catalogue()) {
    add(en, r.title_en);
    add(en, r.rationale_en);
    add(cs, r.title_cs);
    add(cs, r.rationale_cs);
  }
  for (const ProgressStatus s : progress_statuses)
    add(en, label_en(s));
  for (const std::string& w : cs) en.erase(w);
  return en;
}

// A message without the values it quotes ("…", „…“).
std::string outside_quotes(std::string_view m) {
  std::string out;
  bool in_quote = false;
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (m[i] == '"') {
      in_quote = !in_quote;
      continue;
    }
    if (m.compare(i, 3, "„") == 0) in_quote = true;
    if (m.compare(i, 3, "“") == 0) in_quote = false;
    if (!in_quote) out.push_back(m[i]);
  }
  return out;
}

// A message without what it quotes of the document: quoted values, the codes listed as allowed
// values, and tokens holding digits or id characters.
std::string without_quotes(std::string m) {
  if (auto at = m.find("povolené hodnoty:"); at != std::string::npos) m.erase(at);
  std::istringstream tokens(outside_quotes(m));
  std::string token, kept;
  while (tokens >> token) {
    bool id_like = token.find_first_of("0123456789_-/.") != std::string::npos;
    if (!id_like) kept += token + " ";
  }
  return kept;
}

// Changes to the clean document that, one at a time, make the rules of every family speak.
const std::vector<std::pair<std::string, std::string>> breakages = {
    {"/plans/0/title", "42"},                                       // S003
    {"/plans/0/measures/0/theme", "\"bydleni\""},                  // S004
    {"/plans/0/measures/0/goal", "\"kh\""},                        // R002
    {"/plans/0/measures/0/responsible", "\"nikdo\""},              // R001
    {"/territories/3/id", "\"okres\""},                            // S005
    {"/plans/0/x_poznamka", "1"},                                  // S007
    {"/plans/0/goals/0/id", "\"cíl s mezerou\""},                  // S006
    {"/plans/0/period/start", "\"2021-02-30\""},                   // D001
    {"/plans/0/period/end", "\"2024-03-31\""},                     // D007
    {"/projects/0/period/end", "\"2021-06-01\""},                  // D002
    {"/plans/0/measures/0/period/end", "\"2023-12-31\""},          // D003
    {"/indicators/0/targets/1/date", "\"2023-06-30\""},            // D004
    {"/indicators/0/observations/0/date", "\"2021-06-01\""},       // D005
    {"/plans/0/approval/date", "\"2021-01-01\""},                  // D006
    {"/projects/0/drawn", "\"900000.005\""},                       // M001
    {"/projects/0/drawn", "\"-1.00\""},                            // M002
    {"/plans/0/measures/0/budget/total", "\"1250000.01\""},        // M003
    {"/projects/0/approved", "\"92233720368547758.07\""},          // M004 with the other project amounts
    {"/indicators/0/baseline/value", "-1"},                        // I004
    {"/indicators/0/targets/0/value", "1"},                        // I005
    {"/indicators/0/observations/1/value", "30.5"},                // I003, I004
    {"/indicators/1/targets/0/count", "29"},                       // I007
    {"/indicators/1/denominator/value", "-40"},                    // I012
    {"/indicators/2/targets/0/value", "\"velmi úspěšné\""},         // I010
    {"/indicators/0/observations/0/value", "\"padesát\""},         // I008
    {"/indicators/0/targets/1/value", "60"},                       // I011
    {"/organizations/0/ico", "\"71004741\""},                      // C001
    {"/territories/3/code", "\"533956\""},                         // C002
    {"/territories/3/code", "\"554782\""},                         // C003
    {"/territories/3/parent", "\"kraj\""},                         // C005
    {"/territories/1/parent", "\"okres\""},                        // C005: kind
    {"/projects/0/registration_number", "\"CZ.1.04/3.2.00/B4\""},  // C004
    {"/projects/0/programme", "\"op_vvv\""},                       // C004
    {"/events/1/outcome/no", "1121"},                              // E001
    {"/events/0/date", "\"2020-12-31\""},                          // E002
    {"/plans/0/support_type", "\"remote_partial\""},               // Q rules
};

std::vector<std::string> czech_messages() {
  ValidateOptions cs = Mutable::defaults();
  cs.language = Language::cs;
  std::vector<std::string> out;
  std::set<std::string> rules;
  auto collect = [&](const Report& r) {
    for (const Finding& f : r.findings) {
      out.push_back(f.rule + ": " + f.message);
      rules.insert(f.rule);
    }
  };
  collect(Mutable().erase("/plans/0/title").erase("/plans/0/goals/0/evidence").erase("/indicators/2/targets").validate(cs));
  for (const auto& [pointer, value] : breakages) collect(Mutable().set(pointer, value).validate(cs));
  std::string seen;
  for (const auto& r : rules) seen += r + " ";
  CAPTURE(seen);
  CHECK(rules.size() >= 30);  // the breakages reach rules of every family
  return out;
}

// Inputs that cannot be read, one per kind of reading error.
const std::vector<std::string> unreadable = {
    "",
    "[1]",
    R"({"format": "inclusio"})",
    R"({"format": "jiný", "schema_version": "1.0"})",
    R"({"format": "inclusio", "schema_version": 1})",
    R"({"format": "inclusio", "schema_version": "9.9"})",
    R"({"schema_version": "1.0"})",
    R"({"format": "inclusio", "schema_version": "1.0", "plans": [{"id": "a", "id": "b"}]})",
    R"({"format": "inclusio", "schema_version": "1.0", "x": [1,})",
    R"({"format": "inclusio", "schema_version": "1.0", "x": 123456789012345678901234567890})",
    R"({"format": "inclusio", "schema_version": "1.0", "x": 1e999})",
    R"({"format": "inclusio", "schema_version": "1.0", "x": tru})",
    "{\"format\": \"inclusio\", \"schema_version\": \"1.0\", \"x\": \"\x01\"}",
    "{\"format\": \"inclusio\", \"schema_version\": \"1.0\", \"x\": \"\xff\"}",
    R"({"format": "inclusio", "schema_version": "1.0"} 1)",
    R"({"format": "inclusio", "schema_version": "1.0", "x": "\uZZZZ"})",
    R"({"format": "inclusio", "schema_version": "1.0", "x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[)",
};

// The messages of reading `text` in both languages; empty when it reads.
std::pair<std::string, std::string> reading_error(const std::string& text) {
  LoadOptions o;
  o.max_depth = 40;
  try {
    load_string(text, o);
  } catch (const Error& e) {
    return {e.message(Language::en), e.message(Language::cs)};
  }
  return {};
}

}  // namespace

TEST_CASE("Reading errors are told in Czech, with the position in Czech words") {
  CHECK(reading_error(unreadable[7]).second == "řádek 1, sloupec 74: klíč „id“ je v objektu dvakrát (u /plans/0/id)");
  CHECK(reading_error(unreadable[1]).second ==
        "nejde o dokument inclusio: hodnota na nejvyšší úrovni je pole, ne objekt s \"format\": \"inclusio\"");
  CHECK(reading_error(unreadable[5]).second == "verzi schématu „9.9“ tato verze knihovny nezná; čte verze „1.0“ a „1.1“");
  const std::set<std::string> english = english_words();
  std::set<std::string> english_of_errors, czech_of_errors;
  for (const std::string& text : unreadable) {
    auto [en, cs] = reading_error(text);
    CAPTURE(text);
    REQUIRE(!cs.empty());
    REQUIRE(cs != en);
    for (auto& w : words(en)) english_of_errors.insert(w);
    for (auto& w : words(cs)) czech_of_errors.insert(w);
  }
  for (const std::string& text : unreadable) {
    std::string cs = reading_error(text).second;
    for (const std::string& w : words(without_quotes(cs))) {
      CAPTURE(cs);
      CHECK_MESSAGE((english.count(w) == 0 && (english_of_errors.count(w) == 0 || czech_of_errors.count(w) == 1)),
                    "English word \"", w, "\"");
    }
  }
  // A file that cannot be opened: the system's reason in Czech too.
  try {
    load_file("/neexistující/soubor.json");
    FAIL("the file does not exist");
  } catch (const Error& e) {
    CHECK(e.message(Language::cs) == "nelze otevřít /neexistující/soubor.json: soubor nebo složka neexistuje");
  }
}

TEST_CASE("No Czech message, label or heading holds a word of the English texts") {
  const std::set<std::string> english = english_words();
  REQUIRE(english.count("amount") == 1);  // the list is drawn from the English texts
  REQUIRE(english.count("measure") == 1);
  std::vector<std::string> texts = czech_messages();
  for (const RuleInfo& r : rule_catalogue()) {
    texts.emplace_back(r.title_cs);
    texts.emplace_back(r.rationale_cs);
  }
  for (const ProgressStatus s : progress_statuses)
    texts.emplace_back(label_cs(s));
  // The headings and column names of the Czech summary (its cells are the document's).
  Summary s = summarize(Mutable().load(), std::nullopt, ProgressOptions{});
  std::istringstream md(render_summary(s, OutputFormat::markdown, Language::cs));
  for (std::string line, previous; std::getline(md, line); previous = line)
    if (line.starts_with("#") || (line.starts_with("|") && !previous.starts_with("|"))) texts.push_back(line);
  const std::regex iso_date(R"(\d{4}-\d{2}-\d{2})");
  for (const std::string& text : texts) {
    CAPTURE(text);
    for (const std::string& w : words(without_quotes(text))) CHECK_MESSAGE(english.count(w) == 0, "English word \"", w, "\"");
    // Dates the message states are written the Czech way (1. 6. 2021); a quoted value stays as given.
    CHECK_FALSE(std::regex_search(outside_quotes(text), iso_date));
  }
}

TEST_CASE("Czech counts agree with their number: 1, 2, 5 and 22") {
  auto counts_line = [](std::size_t errors) {
    Report r;
    for (std::size_t i = 0; i < errors; ++i) r.findings.push_back({"M003", Severity::error, "/", "", "x"});
    std::string text = render_report(r, OutputFormat::text, Language::cs);
    return text.substr(text.rfind('\n', text.size() - 2) + 1);
  };
  CHECK(counts_line(1) == "1 chyba, 0 varování, 0 informací\n");
  CHECK(counts_line(2) == "2 chyby, 0 varování, 0 informací\n");
  CHECK(counts_line(5) == "5 chyb, 0 varování, 0 informací\n");
  CHECK(counts_line(22) == "22 chyb, 0 varování, 0 informací\n");
  auto segments = [](std::string number) {
    ValidateOptions cs = Mutable::defaults();
    cs.language = Language::cs;
    Report r = Mutable().set("/projects/0/registration_number", "\"" + number + "\"").validate(cs);
    return test::of_rule(r, "C004").at(0).message;
  };
  CHECK(segments("CZ.1.04").find("má 1 úsek oddělený '/'") != std::string::npos);
  CHECK(segments("CZ.1.04/3").find("má 2 úseky oddělené '/'") != std::string::npos);
  CHECK(segments("a/b/c/d/e/f").find("má 6 úseků oddělených '/'") != std::string::npos);
  std::string twenty_two = "a";
  for (int i = 1; i < 22; ++i) twenty_two += "/a";
  CHECK(segments(twenty_two).find("má 22 úseků oddělených '/'") != std::string::npos);
}

TEST_CASE("English counts agree with their number") {
  Report r;
  r.findings.push_back({"M003", Severity::error, "/", "", "x"});
  r.findings.push_back({"Q003", Severity::warning, "/", "", "y"});
  r.findings.push_back({"Q003", Severity::warning, "/", "", "z"});
  CHECK(render_report(r, OutputFormat::text).ends_with("\n1 error, 2 warnings, 0 info\n"));
}
