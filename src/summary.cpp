// The plan and portfolio summary and its JSON and Markdown forms.

#include <inclusio/summary.hpp>

#include "csv_writer.hpp"
#include "emitter.hpp"
#include "escape.hpp"
#include "portfolio_sums.hpp"
#include "monitoring_outputs.hpp"
#include "summary_json.hpp"
#include "summary_text.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace inclusio {

namespace {

bool implements(MeasureStatus s) {
  return s == MeasureStatus::implemented || s == MeasureStatus::partially_implemented || s == MeasureStatus::in_progress;
}

}  // namespace

bool detail::fulfilment_as_grid(const Summary& s) {
  return s.matrix.size() * std::max<std::size_t>(s.matrix_territories.size(), 1) <= 20000;
}

namespace {

// Whether a finding concerns the summary's scope: all of them for the portfolio; for a plan, those
// under it and those on the projects and indicators the summary counts.
template <class InScope>
void add_findings(FindingsOverview& out, const Report& report, InScope&& in_scope) {
  // Keyed by severity downwards (errors first), then by code.
  std::map<std::pair<int, std::string_view>, RuleFindings> by_rule;
  for (const Finding& f : report.findings) {
    if (!in_scope(f)) continue;
    ++(f.severity == Severity::error ? out.errors : f.severity == Severity::warning ? out.warnings : out.info);
    RuleFindings& r = by_rule[{-static_cast<int>(f.severity), f.rule}];
    if (r.count++ == 0) {
      r.rule = f.rule;
      r.severity = f.severity;
    }
    if (r.first.size() < RuleFindings::shown) r.first.push_back(f);
  }
  for (auto& [key, r] : by_rule) out.rules.push_back(std::move(r));
}

}  // namespace

Summary summarize(const Document& doc, std::optional<std::string> plan_id, const ProgressOptions& options,
                  Language language) {
  ValidateOptions validation;
  validation.as_of = options.as_of.value_or(Date::today());
  validation.language = language;
  return summarize(doc, std::move(plan_id), options, validate(doc, validation));
}

Summary summarize(const Document& doc, std::optional<std::string> plan_id, const ProgressOptions& options,
                  const Report& report) {
  Summary s;
  s.as_of = options.as_of.value_or(Date::today());
  s.scope = plan_id.value_or("portfolio");
  std::vector<const Plan*> plans;
  if (plan_id) {
    const Plan* p = doc.find_as<Plan>(*plan_id);
    if (!p) {
      // An id repeated across the document belongs to its first holder (S005), which may be no plan.
      const Document::Entry* e = doc.find(*plan_id);
      throw Error(ErrorCode::not_found, e ? "the id \"" + *plan_id + "\" is a " + std::string(to_code(e->kind)) +
                                                "'s, not a plan's (ids must be unique: S005)"
                                          : "no plan has the id \"" + *plan_id + "\"");
    }
    plans.push_back(p);
  } else {
    for (const Plan& p : valid_elements(doc.plans())) plans.push_back(&p);
  }
  s.plans = plans.size();

  std::unordered_set<std::string> in_scope;  // ids of the plans, goals and measures summarised
  std::unordered_set<std::string> project_ids;
  // Fulfilment rows in order of first appearance, each with the localities of its measures.
  std::vector<std::pair<FulfilmentRow, std::vector<std::string>>> rows;
  std::unordered_map<std::string, std::size_t> row_of_label;
  std::unordered_set<std::string> matrix_ids;
  auto no_finding = [](std::string_view, bool) {};  // the summary marks an overflowing sum itself
  for (const Plan* plan : plans) {
    if (plan->id.valid()) in_scope.insert(*plan->id);
    for (const Goal& g : valid_elements(plan->goals))
      if (g.id.valid()) in_scope.insert(*g.id);
    for (const Measure& m : valid_elements(plan->measures)) {
      ++s.measures;
      if (m.id.valid()) in_scope.insert(*m.id);
      if (m.status.valid()) ++s.measures_by_status[*m.status];
      if (m.theme.valid()) ++s.measures_by_theme[*m.theme];
      for (const auto& r : valid_elements(m.projects)) project_ids.insert(r.id);
      if (const Budget* b = m.budget.get()) detail::add_budget(s.budget_total, s.budget_by_source, *b, no_finding);
      if (!m.status.valid() || !implements(*m.status) || !m.theme.valid()) continue;
      std::string label = m.code.valid() ? *m.code + " " + m.title.value_or("") : m.title.value_or("");
      auto [at, added] = row_of_label.try_emplace(label, rows.size());
      if (added) rows.push_back({FulfilmentRow{label, *m.theme, {}}, {}});
      for (const auto& loc : valid_elements(m.localities)) {
        matrix_ids.insert(loc.id);
        rows[at->second].second.push_back(loc.id);
      }
    }
  }
  // Columns: the territories in document order (the first of a repeated id).
  std::unordered_map<std::string, std::size_t> column_of;
  for (const Territory& t : valid_elements(doc.territories()))
    if (t.id.valid() && matrix_ids.count(*t.id) && column_of.try_emplace(*t.id, s.matrix_territories.size()).second) {
      s.matrix_territories.push_back(*t.id);
      s.matrix_territory_names.push_back(t.name.value_or(*t.id));
    }
  for (auto& [row, localities] : rows) {
    for (const std::string& id : localities)
      if (auto c = column_of.find(id); c != column_of.end()) row.territories.push_back(c->second);
    std::sort(row.territories.begin(), row.territories.end());
    row.territories.erase(std::unique(row.territories.begin(), row.territories.end()), row.territories.end());
    s.matrix.push_back(std::move(row));
  }
  std::stable_sort(s.matrix.begin(), s.matrix.end(), [](const auto& a, const auto& b) {
    return a.theme != b.theme ? a.theme < b.theme : a.label < b.label;
  });

  for (const Project& p : valid_elements(doc.projects())) {
    bool linked = p.id.valid() && project_ids.count(*p.id);
    for (const auto& r : valid_elements(p.measures)) linked = linked || in_scope.count(r.id);
    if (plan_id && !linked) continue;
    detail::add_project(s.projects, p, no_finding);
    if (p.status.valid()) detail::add_project(s.projects_by_status[*p.status], p, no_finding);
  }

  ProgressOptions po = options;
  po.as_of = s.as_of;
  for (const IndicatorProgress& ip : document_progress(doc, po)) {
    if (plan_id) {
      const Indicator* ind = doc.find_as<Indicator>(ip.indicator);
      const Id* subject = ind && ind->subject.valid() ? ind->subject->id.get() : nullptr;
      bool project_in_scope = subject && project_ids.count(*subject);
      if (!subject || (!in_scope.count(*subject) && !project_in_scope)) continue;
    }
    ++s.indicators_by_status[ip.status];
    s.indicators.push_back(ip);
  }

  ResultsOptions results;
  results.progress = po;
  std::unordered_set<std::string_view> in_report;
  for (const IndicatorProgress& ip : s.indicators) in_report.insert(ip.pointer);
  for (PeriodResult& r : results_by_period(doc, results))
    if (in_report.count(r.pointer)) s.results.push_back(std::move(r));

  if (!plan_id) {
    RollupOptions by_region;
    by_region.progress = po;
    s.regions = rollup(doc, by_region);
    add_findings(s.findings, report, [](const Finding&) { return true; });
    return s;
  }
  const Plan* plan = plans.front();
  const std::string& plan_pointer = doc.find(*plan_id)->pointer;
  std::unordered_set<std::string_view> indicator_ids;
  for (const IndicatorProgress& ip : s.indicators) indicator_ids.insert(ip.indicator);
  add_findings(s.findings, report, [&](const Finding& f) {
    if (f.pointer.compare(0, plan_pointer.size(), plan_pointer) == 0 &&
        (f.pointer.size() == plan_pointer.size() || f.pointer[plan_pointer.size()] == '/'))
      return true;
    if (f.entity.empty()) return false;
    const Document::Entry* e = doc.find(f.entity);
    return (e && e->plan == plan) || project_ids.count(f.entity) || indicator_ids.count(f.entity);
  });
  return s;
}

namespace {

namespace json = boost::json;
using detail::by_code;
using detail::count_json;
using detail::money_json;
using detail::totals_json;



json::object findings_json(const FindingsOverview& f) {
  json::array rules;
  for (const RuleFindings& r : f.rules) {
    json::array first;
    for (const Finding& x : r.first)
      first.push_back({{"pointer", x.pointer}, {"entity", x.entity}, {"message", x.message}});
    rules.push_back({{"rule", r.rule}, {"severity", to_code(r.severity)}, {"count", r.count}, {"first", std::move(first)}});
  }
  return {{"errors", f.errors}, {"warnings", f.warnings}, {"info", f.info}, {"by_rule", std::move(rules)}};
}

}  // namespace

std::string summary_json(const Summary& s) {
  json::array indicators;
  for (const auto& p : s.indicators) {
    json::object o{{"indicator", p.indicator}, {"name", p.name}, {"pointer", p.pointer}, {"status", to_code(p.status)},
                   {"observations", p.observations}};
    if (p.unit) o["unit"] = to_code(*p.unit);
    if (p.current) o["current"] = p.current->to_string();
    if (p.sum_overflows) o["current"] = nullptr;
    if (p.sum_overflows) o["note"] = "the sum of its values overflows";
    if (p.target) o["target"] = p.target->to_string();
    if (p.target_date) o["target_date"] = p.target_date->to_string();
    if (p.current_count) o["current_count"] = p.current_count->to_string();
    if (p.target_count) o["target_count"] = p.target_count->to_string();
    if (p.progress) o["progress"] = *p.progress;
    if (p.expected) o["expected"] = *p.expected;
    indicators.push_back(std::move(o));
  }
  json::array matrix;
  for (const auto& r : s.matrix) {
    json::array implemented;
    for (std::size_t i : r.territories) implemented.push_back(json::string(s.matrix_territories[i]));
    matrix.push_back({{"measure", r.label}, {"theme", to_code(r.theme)}, {"territories", std::move(implemented)}});
  }
  json::array territories;
  for (const auto& t : s.matrix_territories) territories.push_back(json::string(t));
  json::value v = json::object{
      {"scope", s.scope},
      {"as_of", s.as_of.to_string()},
      {"plans", s.plans},
      {"measures", {{"count", s.measures},
                    {"by_status", by_code(s.measures_by_status, [](std::size_t n) { return json::value(n); })},
                    {"by_theme", by_code(s.measures_by_theme, [](std::size_t n) { return json::value(n); })}}},
      {"budget", {{"total", money_json(s.budget_total)},
                  {"by_source", by_code(s.budget_by_source, [](const auto& m) { return json::value(money_json(m)); })}}},
      {"projects", {{"total", totals_json(s.projects)},
                    {"by_status", by_code(s.projects_by_status, [](const auto& t) { return json::value(totals_json(t)); })}}},
      {"indicators", {{"by_status", by_code(s.indicators_by_status, [](std::size_t n) { return json::value(n); })},
                      {"items", std::move(indicators)}}},
      {"fulfilment", {{"territories", std::move(territories)}, {"rows", std::move(matrix)}}},
      {"results", detail::results_json(s.results)},
      {"regions", detail::rollup_json(s.regions)},
      {"findings", findings_json(s.findings)}};
  std::string out;
  detail::Emitter e(out, 2);
  e.value(v);
  out.push_back('\n');
  return out;
}

std::string summary_markdown(const Summary& s, Language lang) {
  bool cs = lang == Language::cs;
  auto md = [](std::string_view text) { return detail::markdown_text(text); };
  auto number = [&](std::size_t n) { return detail::count_text(static_cast<std::int64_t>(n), lang); };
  std::string out = std::string(cs ? "# Souhrn: " : "# Summary: ") + md(detail::scope_text(s, lang)) + "\n\n" +
                    (cs ? "K datu " : "As of ") + detail::date_text(s.as_of, lang) + ". " + (cs ? "Plány: " : "Plans: ") + number(s.plans) + ", " +
                    (cs ? "opatření: " : "measures: ") + number(s.measures) + ".\n\n";
  out += cs ? "## Projekty\n\n| stav | počet | schváleno | podpořené osoby | pracovní místa |\n|---|---:|---:|---:|---:|\n"
            : "## Projects\n\n| status | count | approved | supported persons | jobs |\n|---|---:|---:|---:|---:|\n";
  auto row = [&](const std::string& name, const ProjectTotals& t) {
    out += "| " + name + " | " + number(t.count) + " | " + detail::money_text(t.approved, lang) + " | " +
           detail::count_text(t.supported_persons.planned, lang) + " | " + detail::count_text(t.jobs_created.planned, lang) +
           " |\n";
  };
  for (const auto& [status, t] : s.projects_by_status) row(detail::label(status, lang), t);
  row(cs ? "**celkem**" : "**total**", s.projects);
  out += cs ? "\n## Opatření podle tématu\n\n| téma | počet |\n|---|---:|\n" : "\n## Measures by theme\n\n| theme | count |\n|---|---:|\n";
  for (const auto& [theme, n] : s.measures_by_theme) out += "| " + detail::label(theme, lang) + " | " + number(n) + " |\n";
  if (!s.budget_by_source.empty()) {
    out += cs ? "\n## Rozpočet podle zdroje\n\n| zdroj | částka |\n|---|---:|\n" : "\n## Budget by funding source\n\n| source | amount |\n|---|---:|\n";
    for (const auto& [source, m] : s.budget_by_source) out += "| " + detail::label(source, lang) + " | " + detail::money_text(m, lang) + " |\n";
  }
  if (!s.indicators.empty()) {
    out += cs ? "\n## Indikátory\n\n| indikátor | jednotka | stav | aktuálně | cíl |\n|---|---|---|---:|---:|\n"
              : "\n## Indicators\n\n| indicator | unit | status | current | target |\n|---|---|---|---:|---:|\n";
    for (const auto& p : s.indicators)
      out += "| " + (p.name.empty() ? md(p.indicator) : md(p.name) + " (" + md(p.indicator) + ")") + " | " +
             (p.unit ? detail::label(*p.unit, lang) : "–") + " | " + detail::label(p.status, lang) +
             " | " + detail::current_text(p, lang) + " | " + detail::target_text(p, lang) + " |\n";
  }
  if (!s.matrix.empty() && detail::fulfilment_as_grid(s)) {
    out += cs ? "\n## Plnění opatření v územích\n\n| opatření |" : "\n## Fulfilment of measures by territory\n\n| measure |";
    for (const auto& n : s.matrix_territory_names) out += " " + md(n) + " |";
    out += "\n|---|";
    for (std::size_t i = 0; i < s.matrix_territory_names.size(); ++i) out += ":-:|";
    out += "\n";
    for (const auto& r : s.matrix) {
      out += "| " + md(r.label) + " |";
      std::vector<bool> ticked(s.matrix_territories.size());
      for (std::size_t i : r.territories) ticked[i] = true;
      for (bool b : ticked) out += b ? " ✓ |" : "   |";
      out += "\n";
    }
  } else if (!s.matrix.empty()) {
    out += cs ? "\n## Plnění opatření v územích\n\n| opatření | území |\n|---|---|\n"
              : "\n## Fulfilment of measures by territory\n\n| measure | territories |\n|---|---|\n";
    for (const auto& r : s.matrix) {
      std::string names;
      for (std::size_t i : r.territories) names += (names.empty() ? "" : ", ") + s.matrix_territory_names[i];
      out += "| " + md(r.label) + " | " + md(names) + " |\n";
    }
  }
  if (!s.results.empty()) {
    out += cs ? "\n## Výsledky po obdobích\n" : "\n## Results per period\n";
    out += detail::results_markdown(s.results, lang, 3);
  }
  if (!s.regions.empty()) {
    out += cs ? "\n## Podle krajů\n" : "\n## By region\n";
    out += detail::rollup_markdown(s.regions, lang, 3);
  }
  const FindingsOverview& f = s.findings;
  out += cs ? "\n## Nálezy kontroly\n\n" : "\n## Validation findings\n\n";
  if (f.rules.empty()) return out + (cs ? "Kontrola nezjistila žádné nedostatky.\n" : "Validation found nothing to report.\n");
  out += detail::severity_counts(f.errors, f.warnings, f.info, lang) + ".\n\n";
  out += cs ? "| závažnost | pravidlo | co pravidlo kontroluje | počet | první výskyty |\n|---|---|---|---:|---|\n"
            : "| severity | rule | what the rule checks | count | first occurrences |\n|---|---|---|---:|---|\n";
  for (const RuleFindings& r : f.rules) {
    std::string places;
    for (const Finding& x : r.first) places += (places.empty() ? "" : ", ") + md(detail::finding_place(x));
    if (r.count > r.first.size()) places += cs ? " a další" : " and more";
    out += "| " + std::string(detail::severity_word(r.severity, lang)) + " | " + md(r.rule) + " | " +
           md(detail::rule_title(r.rule, lang)) + " | " + number(r.count) + " | " + places + " |\n";
  }
  return out;
}

namespace {
// A sum as a CSV cell; empty where there is none or it overflows (never a wrong number).
std::string plain(const MoneySums& sums, const std::string& currency) {
  auto it = sums.find(currency);
  return it == sums.end() || !it->second ? "" : it->second->to_string();
}
std::string plain(const CheckedCount& n) { return n ? std::to_string(*n) : ""; }
std::string ratio(const std::optional<double>& d) {
  if (!d) return std::string();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", *d);
  return buf;
}
std::string decimal(const std::optional<Decimal>& d) { return d ? d->to_string() : std::string(); }
}  // namespace

std::vector<std::pair<std::string, std::string>> summary_csv(const Summary& s) {
  std::vector<std::pair<std::string, std::string>> files;
  std::set<std::string> currencies;
  for (const auto& [c, m] : s.projects.approved) currencies.insert(c);
  for (const auto& [c, m] : s.projects.requested) currencies.insert(c);
  for (const auto& [c, m] : s.projects.drawn) currencies.insert(c);
  auto header = [](std::initializer_list<std::string_view> names) {
    detail::CsvWriter w;
    for (std::string_view n : names) w.text(n);
    w.end_row();
    return w;
  };

  detail::CsvWriter projects = header({"status", "count", "currency", "requested", "approved", "drawn", "persons_planned",
                                       "persons_actual", "jobs_planned", "jobs_actual"});
  auto project_rows = [&](std::string_view name, const ProjectTotals& t) {
    std::set<std::string> cs = currencies;
    if (cs.empty()) cs.insert("");
    for (const auto& c : cs)
      projects.text(name).number(std::to_string(t.count)).text(c).number(plain(t.requested, c))
          .number(plain(t.approved, c)).number(plain(t.drawn, c)).number(plain(t.supported_persons.planned))
          .number(plain(t.supported_persons.actual)).number(plain(t.jobs_created.planned))
          .number(plain(t.jobs_created.actual)).end_row();
  };
  for (const auto& [status, t] : s.projects_by_status) project_rows(to_code(status), t);
  project_rows("total", s.projects);
  files.emplace_back("projects.csv", projects.take());

  detail::CsvWriter themes = header({"theme", "measures"});
  for (const auto& [t, n] : s.measures_by_theme) themes.text(to_code(t)).number(std::to_string(n)).end_row();
  files.emplace_back("measures_by_theme.csv", themes.take());

  detail::CsvWriter statuses = header({"status", "measures"});
  for (const auto& [st, n] : s.measures_by_status) statuses.text(to_code(st)).number(std::to_string(n)).end_row();
  files.emplace_back("measures_by_status.csv", statuses.take());

  detail::CsvWriter budget = header({"source", "currency", "amount"});
  for (const auto& [src, sums] : s.budget_by_source)
    for (const auto& [c, m] : sums) budget.text(to_code(src)).text(c).number(m ? m->to_string() : "").end_row();
  files.emplace_back("budget_by_source.csv", budget.take());

  detail::CsvWriter indicators = header({"indicator", "status", "current", "target", "target_date", "current_count",
                                         "target_count", "progress", "expected"});
  for (const auto& p : s.indicators)
    indicators.text(p.indicator).text(to_code(p.status)).number(decimal(p.current)).number(decimal(p.target))
        .number(p.target_date ? p.target_date->to_string() : "").number(decimal(p.current_count))
        .number(decimal(p.target_count)).number(ratio(p.progress)).number(ratio(p.expected)).end_row();
  files.emplace_back("indicators.csv", indicators.take());

  detail::CsvWriter matrix = header({"measure", "theme", "territory", "territory_name"});
  for (const auto& r : s.matrix)
    for (std::size_t i : r.territories)
      matrix.text(r.label).text(to_code(r.theme)).text(s.matrix_territories[i]).text(s.matrix_territory_names[i]).end_row();
  files.emplace_back("fulfilment.csv", matrix.take());

  detail::CsvWriter findings = header({"severity", "rule", "count"});
  for (const RuleFindings& r : s.findings.rules)
    findings.text(to_code(r.severity)).text(r.rule).number(std::to_string(r.count)).end_row();
  files.emplace_back("findings.csv", findings.take());
  files.emplace_back("results.csv", render_results(s.results, OutputFormat::csv));
  files.emplace_back("regions.csv", render_rollup(s.regions, OutputFormat::csv));
  return files;
}

}  // namespace inclusio
