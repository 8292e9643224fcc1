// inclusio-demo: loads example portfolios (by default the bundled ones, built from the seeds) and
// prints what they hold: territories, partnerships, plans with their measures by theme, projects
// with money and people, and the figures of every indicator.

#include <inclusio/inclusio.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <vector>

using namespace inclusio;

namespace {

std::string value_text(const IndicatorValue& v) {
  if (const auto* d = v.number()) return d->to_string();
  return "\"" + *v.text() + "\"";
}

std::string unit_suffix(const Indicator& ind) {
  if (!ind.unit.valid()) return "";
  return *ind.unit == Unit::percent ? " %" : " " + std::string(label_en(*ind.unit));
}

void print_plans(const Document& doc) {
  for (const Plan& plan : valid_elements(doc.plans())) {
    std::cout << "  plan " << plan.id.value_or("?") << ": " << plan.title.value_or("(untitled)");
    if (const Period* p = plan.period.get(); p && p->range())
      std::cout << " [" << p->range()->start().to_string() << " – " << p->range()->end().to_string() << "]";
    if (plan.status.valid()) std::cout << ", " << label_en(*plan.status);
    std::cout << "\n";
    std::map<Theme, int> per_theme;
    for (const Measure& m : valid_elements(plan.measures))
      if (m.theme.valid()) ++per_theme[*m.theme];
    for (const auto& [theme, n] : per_theme) std::cout << "      " << label_en(theme) << ": " << n << (n == 1 ? " measure\n" : " measures\n");
  }
}

void print_projects(const Document& doc) {
  Money total(0, doc.default_currency());
  std::int64_t persons = 0, jobs = 0;
  int counted = 0;
  for (const Project& p : valid_elements(doc.projects())) {
    std::cout << "  project " << p.id.value_or("?") << ": " << p.title.value_or("(untitled)") << "\n";
    if (p.registration_number.valid()) std::cout << "      registration number " << *p.registration_number << "\n";
    if (const Money* m = p.approved.get()) {
      std::cout << "      approved " << m->format_cs() << "\n";
      total += *m;
      ++counted;
    }
    if (const PlannedActual* s = p.supported_persons.get(); s && s->planned.valid()) {
      std::cout << "      supported persons (planned) " << s->planned->value << "\n";
      persons += s->planned->value;
    }
    if (const PlannedActual* j = p.jobs_created.get(); j && j->planned.valid()) {
      std::cout << "      jobs created (planned) " << j->planned->value << "\n";
      jobs += j->planned->value;
    }
  }
  if (counted > 1)
    std::cout << "  the " << counted << " projects with an approved amount: " << total.format_cs() << ", " << persons
              << " supported persons, " << jobs << " jobs\n";
}

void print_indicators(const Document& doc) {
  for (const Indicator& ind : valid_elements(doc.indicators())) {
    std::cout << "  indicator " << ind.id.value_or("?") << ": " << ind.name.value_or("(unnamed)") << "\n      ";
    if (const Baseline* b = ind.baseline.get(); b && b->value.valid())
      std::cout << "baseline " << value_text(*b->value) << unit_suffix(ind)
                << (b->date.valid() ? " on " + b->date->to_string() : "") << "; ";
    for (const Target& t : valid_elements(ind.targets)) {
      std::cout << "target ";
      if (t.comparison.valid()) std::cout << label_en(*t.comparison) << " ";
      if (t.value.valid()) std::cout << value_text(*t.value) << unit_suffix(ind);
      if (const Decimal* c = t.count.get()) {
        std::cout << " (" << c->to_string();
        if (const Denominator* d = ind.denominator.get(); d && d->value.valid()) std::cout << " of " << d->value->to_string();
        std::cout << ")";
      }
      if (t.date.valid()) std::cout << " by " << t.date->to_string();
      std::cout << "; ";
    }
    const Observation* latest = nullptr;
    for (const Observation& o : valid_elements(ind.observations))
      if (o.value.valid() && o.as_of_date() && (!latest || *latest->as_of_date() < *o.as_of_date())) latest = &o;
    if (latest)
      std::cout << "observed " << value_text(*latest->value) << unit_suffix(ind) << " as of "
                << latest->as_of_date()->to_string() << "\n";
    else
      std::cout << "no observation yet\n";
  }
}

// The validation report, by rule: how many findings, the rule's title and its first finding.
void print_validation(const Document& doc) {
  Report report = validate(doc);
  std::cout << "  validation as of " << Date::today().to_string() << ": " << report.count(Severity::error) << " errors, "
            << report.count(Severity::warning) << " warnings, " << report.count(Severity::info) << " notes\n";
  std::map<std::string, std::vector<const Finding*>> by_rule;
  for (const Finding& f : report.findings) by_rule[f.rule].push_back(&f);
  for (const auto& [rule, findings] : by_rule) {
    const Finding& first = *findings.front();
    const RuleInfo* info = find_rule(rule);
    std::cout << "    " << rule << " " << to_code(first.severity) << " ×" << findings.size() << "  "
              << (info ? info->title_en : "") << "\n      e.g. " << first.pointer << ": " << first.message << "\n";
  }
}

int show(const std::filesystem::path& path) {
  Document doc;
  try {
    doc = load_file(path);
  } catch (const Error& e) {
    std::cerr << path.string() << ": " << e.what() << "\n";
    return 1;
  }
  std::cout << "== " << path.filename().string() << "\n";
  std::cout << "  " << valid_elements(doc.territories()).size() << " territories, "
            << valid_elements(doc.organizations()).size() << " organisations, "
            << valid_elements(doc.partnerships()).size() << " partnerships, " << valid_elements(doc.plans()).size()
            << " plans, " << valid_elements(doc.projects()).size() << " projects, "
            << valid_elements(doc.indicators()).size() << " indicators\n";
  print_plans(doc);
  print_projects(doc);
  print_indicators(doc);
  print_validation(doc);
  std::cout << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) files.emplace_back(argv[i]);
  if (files.empty()) {
    for (const auto& e : std::filesystem::directory_iterator(INCLUSIO_EXAMPLE_DATA))
      if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
  }
  std::cout << "inclusio " << version_string << "\n\n";
  int status = 0;
  for (const auto& f : files) status |= show(f);
  return status;
}
