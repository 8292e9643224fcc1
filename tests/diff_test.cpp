// Revisions and merging: a revised strategic plan of Bílina (2010–2013 towns) against the original,
// the JSON Patch applied back, a revision chain inside one document, and files merged into a portfolio.

#include "test_support.hpp"

#include <inclusio/diff.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>

using namespace inclusio;
namespace json = boost::json;

namespace {

Document fixture(const char* name) { return load_file(test::fixtures_dir() / "revision" / name); }

// RFC 6902 add, remove and replace, as a client applying the patch would (RFC 6901 pointers).
void apply_patch(json::value& doc, const json::array& patch) {
  for (const json::value& op_value : patch) {
    const json::object& op = op_value.get_object();
    std::string path(op.at("path").get_string());
    std::string_view kind = op.at("op").get_string();
    std::vector<std::string> segments;
    for (std::size_t at = 1; at <= path.size();) {
      std::size_t end = path.find('/', at);
      if (end == std::string::npos) end = path.size();
      std::string s = path.substr(at, end - at);
      for (std::size_t i = 0; (i = s.find("~1", i)) != std::string::npos;) s.replace(i, 2, "/");
      for (std::size_t i = 0; (i = s.find("~0", i)) != std::string::npos;) s.replace(i, 2, "~");
      segments.push_back(s);
      at = end + 1;
    }
    if (segments.empty()) {
      REQUIRE(kind == "replace");
      doc = op.at("value");
      continue;
    }
    json::value* parent = &doc;
    for (std::size_t i = 0; i + 1 < segments.size(); ++i)
      parent = parent->is_array() ? &parent->get_array().at(std::stoul(segments[i]))
                                  : &parent->get_object().at(segments[i]);
    const std::string& last = segments.back();
    if (parent->is_array()) {
      json::array& a = parent->get_array();
      std::size_t i = last == "-" ? a.size() : std::stoul(last);
      if (kind == "add") a.insert(a.begin() + static_cast<std::ptrdiff_t>(i), op.at("value"));
      else if (kind == "remove") a.erase(a.begin() + static_cast<std::ptrdiff_t>(i));
      else a.at(i) = op.at("value");
    } else {
      json::object& o = parent->get_object();
      if (kind == "remove") REQUIRE(o.erase(last) == 1);
      else if (kind == "replace") o.at(last) = op.at("value");
      else o[last] = op.at("value");
    }
  }
}

json::value canonical(const Document& d) { return json::parse(dump_string(d)); }

// The patch, applied to the old document's JSON, gives the new document byte for byte.
void check_patch(const Document& old_doc, const Document& new_doc, const Revision& r) {
  json::value patched = canonical(old_doc);
  apply_patch(patched, r.patch);
  CHECK(dump_string(load_string(json::serialize(patched))) == dump_string(new_doc));
}

const Change* find(const Revision& r, std::string_view path) {
  for (const Change& c : r.changes)
    if (c.path == path) return &c;
  return nullptr;
}

std::size_t count(const Revision& r, SemanticChange s) {
  return static_cast<std::size_t>(std::count_if(r.changes.begin(), r.changes.end(), [&](const Change& c) { return c.semantic == s; }));
}

}  // namespace

TEST_CASE("a document compared with itself has no changes and an empty patch") {
  for (const auto& path : test::example_files()) {
    CAPTURE(path);
    Document doc = load_file(path);
    Revision r = diff(doc, doc);
    CHECK(r.empty());
    CHECK(r.patch.empty());
  }
}

TEST_CASE("the revised Bílina plan: measures dropped and added, targets moved, money shifted") {
  Document before = fixture("bilina-2011.json"), after = fixture("bilina-2012.json");
  Revision r = diff(before, after);

  SUBCASE("a dropped measure is reported as itself, at its place in the old document") {
    const Change* c = find(r, "/plans/0/measures/4");
    REQUIRE(c);
    CHECK(c->op == ChangeOp::remove);
    CHECK(c->semantic == SemanticChange::measure_dropped);
    CHECK(c->entity == "opatreni-bilina-za4");
    CHECK(c->kind == "measure");
    CHECK(!c->new_value);
    CHECK(c->old_value->at("code") == "ZA4");
    CHECK(!c->difference);  // it had no budget
  }
  SUBCASE("an added measure, at its place in the new document") {
    const Change* c = find(r, "/plans/0/measures/4");
    REQUIRE(c);
    auto added = std::find_if(r.changes.begin(), r.changes.end(),
                              [](const Change& x) { return x.semantic == SemanticChange::measure_added; });
    REQUIRE(added != r.changes.end());
    CHECK(added->entity == "opatreni-bilina-vz7");
    CHECK(added->path == "/plans/0/measures/4");
    CHECK(added->title == "Doučování žáků ze SVL");
    CHECK(added->difference == Money::parse("400000.00"));
    CHECK(count(r, SemanticChange::measure_added) == 1);
    CHECK(count(r, SemanticChange::measure_dropped) == 1);
  }
  SUBCASE("the budget total's change and each funding source's, to the haléř") {
    const Change* total = find(r, "/plans/0/measures/0/budget/total");
    REQUIRE(total);
    CHECK(total->semantic == SemanticChange::budget_changed);
    CHECK(total->difference == Money::parse("200000.00"));
    CHECK(total->entity == "opatreni-bilina-vz1");
    const Change* esf = find(r, "/plans/0/measures/0/budget/sources/0/amount");
    REQUIRE(esf);
    CHECK(esf->semantic == SemanticChange::funding_source_changed);
    CHECK(esf->kind == "funding_source");
    CHECK(esf->item == "op_lzz");
    CHECK(esf->difference == Money::parse("-300000.00"));
    const Change* town = find(r, "/plans/0/measures/0/budget/sources/1/amount");
    REQUIRE(town);
    CHECK(town->difference == Money::parse("200000.00"));
    const Change* state = find(r, "/plans/0/measures/0/budget/sources/2");
    REQUIRE(state);
    CHECK(state->op == ChangeOp::add);
    CHECK(state->difference == Money::parse("300000.00"));
  }
  SUBCASE("a target moved: later and higher, for an indicator that should increase") {
    const Change* date = find(r, "/indicators/0/targets/1/date");
    REQUIRE(date);
    CHECK(date->semantic == SemanticChange::target_moved);
    CHECK(date->movement == "later");
    CHECK(date->ambition == "lower");
    const Change* value = find(r, "/indicators/0/targets/1/value");
    REQUIRE(value);
    CHECK(value->movement == "raised");
    CHECK(value->ambition == "higher");
    CHECK(value->old_value == json::value(40));
    CHECK(value->new_value == json::value(45));
  }
  SUBCASE("a status moved back, and a project's approved money") {
    const Change* status = find(r, "/plans/0/measures/2/status");
    REQUIRE(status);
    CHECK(status->semantic == SemanticChange::status_backwards);
    const Change* approved = find(r, "/projects/0/approved");
    REQUIRE(approved);
    CHECK(approved->semantic == SemanticChange::approved_changed);
    CHECK(approved->difference == Money::parse("-200000.00"));
  }
  SUBCASE("reordered organizations are not a change; the plan's period is a field change") {
    for (const Change& c : r.changes) CHECK(c.kind != "organization");
    const Change* end = find(r, "/plans/0/period/end");
    REQUIRE(end);
    CHECK(end->kind == "plan");
    CHECK(end->old_value == json::value("2013-06-30"));
  }
  SUBCASE("the JSON Patch turns the old document into the new one") { check_patch(before, after, r); }
}

TEST_CASE("an indicator's definition changed while observations exist is a semantic change") {
  Document before = fixture("bilina-2011.json");
  std::string text = dump_string(before);
  std::string changed = text;
  changed.replace(changed.find("\"unit\": \"persons\""), 17, "\"unit\": \"households\"");
  Document after = load_string(changed);
  Revision r = diff(before, after);
  REQUIRE(r.changes.size() == 1);
  CHECK(r.changes[0].semantic == SemanticChange::definition_changed);
  CHECK(r.changes[0].path == "/indicators/0/unit");
  check_patch(before, after, r);
}

TEST_CASE("unknown members are compared, and the patch restores their order") {
  Document before = load_string(test::doc_with(R"("x-a": 1, "plans": [{"id": "p", "kind": "strategic_plan",
    "title": "P", "territory": "t", "period": {"start": "2020-01-01", "end": "2021-12-31"}, "status": "draft",
    "x-one": "1", "x-two": "2"}])"));
  Document after = load_string(test::doc_with(R"("x-a": 2, "plans": [{"id": "p", "kind": "strategic_plan",
    "title": "P", "territory": "t", "period": {"start": "2020-01-01", "end": "2021-12-31"}, "status": "draft",
    "x-zero": "0", "x-two": "2", "x-one": "1"}])"));
  Revision r = diff(before, after);
  const Change* top = find(r, "/x-a");
  REQUIRE(top);
  CHECK(top->kind == "portfolio");
  CHECK(top->entity.empty());
  const Change* zero = find(r, "/plans/0/x-zero");
  REQUIRE(zero);
  CHECK(zero->op == ChangeOp::add);
  CHECK(r.changes.size() == 2);  // the order of x-one and x-two is not a change
  check_patch(before, after, r);
}

TEST_CASE("entities moved and replaced wholesale keep the patch exact") {
  Document before = fixture("bilina-2011.json"), after = fixture("bilina-2012.json");
  Revision back = diff(after, before);
  check_patch(after, before, back);
  CHECK(count(back, SemanticChange::measure_added) == 1);
  CHECK(count(back, SemanticChange::measure_dropped) == 1);
  // Every example against an empty document and back.
  Document empty = load_string(test::doc_with(R"("currency": "CZK")"));
  for (const auto& path : test::example_files()) {
    CAPTURE(path);
    Document doc = load_file(path);
    check_patch(empty, doc, diff(empty, doc));
    check_patch(doc, empty, diff(doc, empty));
  }
}

TEST_CASE("diff_plans compares a plan with the plan it supersedes in the same document") {
  Document before = fixture("bilina-2011.json"), after = fixture("bilina-2012.json");
  // One document holding both versions: the revision's ids get a suffix, as a town's file would.
  json::value both = canonical(before);
  json::value revised = canonical(after).at("plans").at(0);
  std::string text = json::serialize(revised);
  for (std::string id : {"spsz-bilina", "opatreni-bilina-vz1", "opatreni-bilina-vz2", "opatreni-bilina-vz4",
                         "opatreni-bilina-vz6", "opatreni-bilina-vz7", "cil-bilina-education"})
    for (std::size_t at = 0; (at = text.find("\"" + id + "\"", at)) != std::string::npos; at += id.size())
      text.replace(at + 1 + id.size(), 0, "-2012");
  json::value plan = json::parse(text);
  plan.as_object()["supersedes"] = "spsz-bilina";
  both.as_object()["plans"].as_array().push_back(plan);
  Document doc = load_string(json::serialize(both));

  Revision r = diff_plans(doc, "spsz-bilina-2012");
  CHECK(r.old_label.find("spsz-bilina") != std::string::npos);
  CHECK(count(r, SemanticChange::measure_dropped) == 1);
  CHECK(count(r, SemanticChange::measure_added) == 1);
  CHECK(count(r, SemanticChange::status_backwards) == 1);
  for (const Change& c : r.changes) {
    CAPTURE(c.path);
    CHECK(c.path.rfind("/goal") == std::string::npos);  // the paired goal is the same goal
    CHECK(!c.path.ends_with("/id"));
  }
  const Change* total = find(r, "/plans/1/measures/0/budget/total");
  REQUIRE(total);
  CHECK(total->difference == Money::parse("200000.00"));
  const Change* dropped = find(r, "/plans/0/measures/4");
  REQUIRE(dropped);
  CHECK(dropped->entity == "opatreni-bilina-za4");
  // The patch turns the old plan into the new one.
  json::value old_plan = canonical(doc).at("plans").at(0);
  apply_patch(old_plan, r.patch);
  CHECK(old_plan == canonical(doc).at("plans").at(1));

  CHECK_THROWS_WITH_AS(diff_plans(doc, "spsz-bilina"), "plan \"spsz-bilina\" supersedes no plan of the document", Error);
  CHECK_THROWS_WITH_AS(diff_plans(doc, "nic"), "the document has no plan \"nic\"", Error);
}

TEST_CASE("a dropped measure's budget is shown in the document's currency") {
  Document before = load_string(test::doc_with(R"("currency": "EUR", "plans": [{"id": "p", "kind": "strategic_plan",
    "title": "P", "territory": "t", "period": {"start": "2020-01-01", "end": "2021-12-31"}, "status": "draft",
    "measures": [{"id": "m", "title": "Kurzy", "theme": "education", "status": "planned",
      "budget": {"total": "1200.50"}}]}])"));
  Document after = load_string(test::doc_with(R"("currency": "EUR", "plans": [{"id": "p", "kind": "strategic_plan",
    "title": "P", "territory": "t", "period": {"start": "2020-01-01", "end": "2021-12-31"}, "status": "draft"}])"));
  Revision r = diff(before, after);
  REQUIRE(r.changes.size() == 1);
  CHECK(r.changes[0].difference == Money::parse("-1200.50", Currency("EUR")));
  std::string md = render_revision(r, OutputFormat::markdown, Language::cs);
  CHECK(md.find("| m | Kurzy | 1\u00A0200,50\u00A0EUR |") != std::string::npos);
}

TEST_CASE("the revision report names what a council reads, in Czech and in English") {
  Document before = fixture("bilina-2011.json"), after = fixture("bilina-2012.json");
  DiffOptions options;
  options.old_label = "SPSZ Bílina 2011";
  options.new_label = "SPSZ Bílina 2012";
  Revision r = diff(before, after, options);
  std::string md = render_revision(r, OutputFormat::markdown, Language::cs);
  CHECK(md.find("# Revize: SPSZ Bílina 2011 → SPSZ Bílina 2012") != std::string::npos);
  CHECK(md.find("## Vypuštěná opatření") != std::string::npos);
  CHECK(md.find("## Nová opatření") != std::string::npos);
  CHECK(md.find("| opatreni-bilina-vz7 | Doučování žáků ze SVL | 400\u00A0000,00\u00A0Kč |") != std::string::npos);
  CHECK(md.find("| OP Lidské zdroje a zaměstnanost (2007–13) | 1\u00A0500\u00A0000,00\u00A0Kč | 1\u00A0200\u00A0000,00\u00A0Kč | −300\u00A0000,00\u00A0Kč |") != std::string::npos);
  CHECK(md.find("| v realizaci |") != std::string::npos);
  std::string en = render_revision(r, OutputFormat::markdown, Language::en);
  CHECK(en.find("## Measures dropped") != std::string::npos);
  CHECK(en.find("+200,000.00 CZK") != std::string::npos);
  std::string html = render_revision(r, OutputFormat::html, Language::cs);
  CHECK(html.find("<h2>Posunuté cílové hodnoty</h2>") != std::string::npos);
  CHECK(html.find("<td>ambicióznější</td>") != std::string::npos);
  json::value j = json::parse(render_revision(r, OutputFormat::json));
  CHECK(j.at("counts").at("semantic").at("measure_dropped") == 1);
  CHECK(j.at("changes").as_array().size() == r.changes.size());
  CHECK_THROWS_AS(render_revision(r, OutputFormat::csv), Error);
}

TEST_CASE("hostile text in a revision report is escaped for Markdown and HTML") {
  Document before = fixture("bilina-2011.json");
  std::string text = dump_string(before);
  std::string changed = text;
  std::string title = "\"title\": \"Raná a včasná péče";
  changed.replace(changed.find(title), title.size(), "\"title\": \"<script>x</script> | *a*");
  Revision r = diff(before, load_string(changed));
  std::string md = render_revision(r, OutputFormat::markdown, Language::en);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("\\| \\*a\\*") != std::string::npos);
  std::string html = render_revision(r, OutputFormat::html, Language::en);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);
}

TEST_CASE("merging: distinct ids united, equal entities kept once, different ones a conflict") {
  Document a = fixture("bilina-2011.json");
  Document b = load_file(test::examples_dir() / "vysocina-2014-2015.json");
  std::vector<const Document*> both{&a, &b};
  MergeResult merged = merge(both);
  CHECK(merged.conflicts.empty());
  CHECK(valid_elements(merged.document.plans()).size() ==
        valid_elements(a.plans()).size() + valid_elements(b.plans()).size());
  CHECK(merged.document.find("opatreni-bilina-vz1"));
  CHECK(merged.document.find("lp-bilina"));
  for (const Plan& p : valid_elements(b.plans())) CHECK(merged.document.find(*p.id));

  SUBCASE("the same file twice is itself") {
    std::vector<const Document*> twice{&a, &a};
    MergeResult same = merge(twice);
    CHECK(same.conflicts.empty());
    CHECK(dump_string(same.document) == dump_string(a));
  }
  SUBCASE("a revised file conflicts where it differs, with both places") {
    Document revised = fixture("bilina-2012.json");
    std::vector<const Document*> pair{&a, &revised};
    MergeOptions options;
    options.labels = {"2011.json", "2012.json"};
    MergeResult failed = merge(pair, options);
    REQUIRE(failed.conflicts.size() == 3);  // the plan, the project, the indicator
    CHECK(failed.conflicts[0].entity == "spsz-bilina");
    CHECK(failed.conflicts[0].first == "2011.json");
    CHECK(failed.conflicts[0].second_path == "/plans/0");
    CHECK(!failed.conflicts[0].resolved);
    CHECK(valid_elements(failed.document.plans()).empty());
    CHECK(render_merge_conflicts(failed.conflicts, Language::en).find(
              "conflict: plan spsz-bilina differs: 2011.json /plans/0 and 2012.json /plans/0\n") == 0);
    options.on_conflict = MergeConflictPolicy::prefer_last;
    MergeResult last = merge(pair, options);
    CHECK(last.conflicts.size() == 3);
    CHECK(last.conflicts[0].resolved);
    CHECK(diff(last.document, revised).empty());  // the first file's order, the last file's content
  }
  SUBCASE("an id naming different entities cannot be resolved by a policy") {
    Document other = load_string(test::doc_with(R"("organizations": [{"id": "opatreni-bilina-vz1", "kind": "ngo", "name": "X"}])"));
    std::vector<const Document*> pair{&a, &other};
    MergeOptions options;
    options.on_conflict = MergeConflictPolicy::prefer_last;
    MergeResult r = merge(pair, options);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].id_reused);
    CHECK(!r.conflicts[0].resolved);
    CHECK(r.conflicts[0].first_path == "/plans/0/measures/0");
    CHECK(r.conflicts[0].second_path == "/organizations/0");
  }
}
