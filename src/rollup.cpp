// Roll-up by territory: each plan, project and indicator placed at the level once, then summed.

#include <inclusio/rollup.hpp>

#include <inclusio/official_territories.hpp>

#include "derived_tables.hpp"
#include "emitter.hpp"
#include "escape.hpp"
#include "monitoring_outputs.hpp"
#include "indicator_series.hpp"
#include "portfolio_sums.hpp"
#include "summary_json.hpp"
#include "summary_text.hpp"

#include <algorithm>
#include <unordered_map>

namespace inclusio {

namespace {

struct Place {
  std::string code;
  std::string name;
  bool official = false;
};

// Where the document's territories land at the level, each worked out once.
class Placer {
 public:
  Placer(const Document& doc, TerritoryKind level) : doc_(doc), level_(level) {}

  // The place of the territory with this id; nullopt when neither its code nor its parents reach the level.
  const std::optional<Place>& place(const std::string& id) {
    auto it = memo_.find(id);
    if (it != memo_.end()) return it->second;
    std::optional<Place> found = resolve(id, 0);
    return memo_.emplace(id, std::move(found)).first->second;
  }

 private:
  std::optional<Place> resolve(const std::string& id, int depth) {
    const Territory* t = doc_.find_as<Territory>(id);
    if (!t || depth > 64) return std::nullopt;  // a parent cycle is rule R003's; it places nothing
    // The country holds what reaches a region: the library knows the Czech codelists only.
    TerritoryKind level = level_ == TerritoryKind::country ? TerritoryKind::region : level_;
    auto at_level = [&](Place p) {
      return level_ == TerritoryKind::country ? Place{"CZ", "Česká republika", true} : std::move(p);
    };
    if (t->kind.valid() && t->code.valid() && has_official_codes(*t->kind))
      if (auto o = official_level_of(*t->kind, *t->code, level))
        return at_level(Place{std::string(o->code), std::string(o->name), true});
    if (t->kind.valid() && (*t->kind == level || *t->kind == level_))
      return at_level(Place{t->id.value_or(""), t->name.value_or(""), false});
    if (t->parent.valid()) return resolve(t->parent->id, depth + 1);
    return std::nullopt;
  }

  const Document& doc_;
  TerritoryKind level_;
  std::unordered_map<std::string, std::optional<Place>> memo_;
};

// An indicator code's sum as it is being added up.
struct IndicatorSum {
  RollupIndicator out;
  std::optional<IndicatorMeasure> measure;
  bool comparable = true;  // one unit and one measure
  bool weighted = true;    // shares: every value has its count and denominator
  bool overflows = false;
  Decimal sum, counts, denominators;
};

struct RowState {
  RollupRow row;
  std::vector<std::string> codes;  // of the indicator sums, in first-seen order
  std::unordered_map<std::string, IndicatorSum> sums;
};

// into += v; false (into unchanged) when the sum overflows.
bool add(Decimal& into, Decimal v) {
  std::optional<Decimal> sum = detail::plus(into, v);
  if (sum) into = *sum;
  return sum.has_value();
}

void add_indicator(RowState& r, const Indicator& ind, const IndicatorProgress& p) {
  if (!ind.code.valid() || ind.code->empty()) {
    ++r.row.indicators_without_code;
    return;
  }
  auto [it, added] = r.sums.try_emplace(*ind.code);
  IndicatorSum& s = it->second;
  if (added) {
    r.codes.push_back(*ind.code);
    s.out.code = *ind.code;
    s.out.unit = p.unit;
    if (ind.measure.valid()) s.measure = *ind.measure;
  } else if (s.out.unit != p.unit || s.measure != (ind.measure.valid() ? std::optional(*ind.measure) : std::nullopt)) {
    s.comparable = false;
  }
  ++s.out.indicators;
  if (!p.current) return;
  ++s.out.with_value;
  if (!s.overflows && !add(s.sum, *p.current)) s.overflows = true;
  if (p.current_count && p.current_denominator) {
    if (!add(s.counts, *p.current_count) || !add(s.denominators, *p.current_denominator)) s.overflows = true;
  } else {
    s.weighted = false;
  }
}

void finish(RowState& r) {
  for (const std::string& code : r.codes) {
    IndicatorSum& s = r.sums.at(code);
    bool share = s.measure == IndicatorMeasure::percentage || s.out.unit == Unit::percent;
    bool quantity = s.measure == IndicatorMeasure::quantity && !share;
    if (s.comparable && !s.overflows && s.out.with_value > 0) {
      if (quantity) {
        s.out.value = s.sum;
      } else if (share && s.weighted) {
        s.out.count = s.counts;
        s.out.denominator = s.denominators;
        s.out.value = detail::percent_of(s.counts, s.denominators);
      }
    }
    r.row.indicators.push_back(std::move(s.out));
  }
}

}  // namespace

std::vector<RollupRow> rollup(const Document& doc, const RollupOptions& options) {
  TerritoryKind level = options.level;
  if (!is_rollup_level(level))
    throw Error(ErrorCode::invalid_argument, "a roll-up is by municipality, orp, district, region or country, not " +
                                                 std::string(to_code(level)));
  Placer placer(doc, level);
  std::map<std::string, RowState> rows;  // by code; "" is the unplaced row
  auto row_of = [&](const std::optional<Place>& place, const std::string& territory) -> RowState& {
    std::string key = place ? place->code : std::string();
    auto [it, added] = rows.try_emplace(key);
    RollupRow& row = it->second.row;
    if (added) {
      row.level = level;
      row.code = key;
      if (place) {
        row.name = place->name;
        row.official = place->official;
      }
    }
    if (!territory.empty() && std::find(row.territories.begin(), row.territories.end(), territory) == row.territories.end())
      row.territories.push_back(territory);
    return it->second;
  };
  // The rows an entity placed in these territories counts in: each once.
  auto rows_of = [&](const std::vector<std::string>& territories) {
    std::vector<RowState*> out;
    for (const std::string& t : territories) {
      RowState* r = &row_of(placer.place(t), t);
      if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
    }
    if (out.empty()) out.push_back(&row_of(std::nullopt, ""));
    return out;
  };
  auto plan_territories = [](const Plan& p) {
    return p.territory.valid() ? std::vector<std::string>{p.territory->id} : std::vector<std::string>{};
  };
  auto project_territories = [&](const Project& p) {
    std::vector<std::string> out;
    for (const auto& t : valid_elements(p.territories)) out.push_back(t.id);
    if (out.empty())  // through the measures it implements, to their plans' territories
      for (const auto& m : valid_elements(p.measures))
        if (const Document::Entry* e = doc.find(m.id); e && e->plan && e->plan->territory.valid())
          out.push_back(e->plan->territory->id);
    return out;
  };
  auto no_finding = [](std::string_view, bool) {};

  for (const Plan& p : valid_elements(doc.plans()))
    for (RowState* r : rows_of(plan_territories(p))) {
      ++r->row.plans;
      for (const Measure& m : valid_elements(p.measures)) {
        ++r->row.measures;
        if (const Budget* b = m.budget.get()) detail::add_budget(r->row.budget_total, r->row.budget_by_source, *b, no_finding);
      }
    }
  for (const Project& p : valid_elements(doc.projects()))
    for (RowState* r : rows_of(project_territories(p))) detail::add_project(r->row.projects, p, no_finding);
  for (const Indicator& ind : valid_elements(doc.indicators())) {
    std::vector<std::string> territories;
    if (const IndicatorSubject* s = ind.subject.get(); s && s->id.valid())
      if (const Document::Entry* e = doc.find(*s->id)) {
        if (e->plan) territories = plan_territories(*e->plan);
        else if (e->kind == EntityKind::plan) territories = plan_territories(*static_cast<const Plan*>(e->entity));
        else if (e->kind == EntityKind::project) territories = project_territories(*static_cast<const Project*>(e->entity));
      }
    IndicatorProgress p = indicator_progress(ind, options.progress);
    for (RowState* r : rows_of(territories)) add_indicator(*r, ind, p);
  }

  std::vector<RollupRow> out;
  out.reserve(rows.size());
  for (auto& [code, r] : rows)
    if (!code.empty()) {
      finish(r);
      out.push_back(std::move(r.row));
    }
  if (auto unplaced = rows.find(""); unplaced != rows.end()) {
    finish(unplaced->second);
    out.push_back(std::move(unplaced->second.row));
  }
  return out;
}

std::vector<RollupFigure> rollup_figures(std::span<const RollupRow> rows) {
  std::vector<RollupFigure> out;
  for (const RollupRow& r : rows) {
    auto line = [&](std::string_view metric, std::string item, std::string currency, std::optional<std::string> value) {
      out.push_back({&r, metric, std::move(item), std::move(currency), std::move(value)});
    };
    auto size = [&](std::string_view metric, std::size_t n) { line(metric, "", "", std::to_string(n)); };
    auto money = [&](std::string_view metric, const std::string& item, const MoneySums& sums) {
      for (const auto& [currency, m] : sums) line(metric, item, currency, m ? std::optional(m->to_string()) : std::nullopt);
    };
    auto count = [&](std::string_view metric, const CheckedCount& n) {
      line(metric, "", "", n ? std::optional(std::to_string(*n)) : std::nullopt);
    };
    size("plans", r.plans);
    size("measures", r.measures);
    money("budget_total", "", r.budget_total);
    for (const auto& [source, sums] : r.budget_by_source) money("budget_by_source", std::string(to_code(source)), sums);
    size("projects", r.projects.count);
    money("projects_requested", "", r.projects.requested);
    money("projects_approved", "", r.projects.approved);
    money("projects_drawn", "", r.projects.drawn);
    count("supported_persons_planned", r.projects.supported_persons.planned);
    count("supported_persons_actual", r.projects.supported_persons.actual);
    count("jobs_created_planned", r.projects.jobs_created.planned);
    count("jobs_created_actual", r.projects.jobs_created.actual);
    for (const RollupIndicator& i : r.indicators) {
      line("indicators", i.code, "", std::to_string(i.indicators));
      line("indicator_value", i.code, "", i.value ? std::optional(i.value->to_string()) : std::nullopt);
    }
    if (r.indicators_without_code) size("indicators_without_code", r.indicators_without_code);
  }
  return out;
}

// ---- rendering ----

namespace {

namespace json = boost::json;

std::string place_name(const RollupRow& r, Language lang) {
  if (!r.code.empty()) return r.name;
  return lang == Language::cs ? "nezařazeno (území nelze určit)" : "not placed (no territory at this level)";
}

}  // namespace

boost::json::array detail::rollup_json(std::span<const RollupRow> rows) {
  json::array out;
  for (const RollupRow& r : rows) {
    json::array indicators;
    for (const RollupIndicator& i : r.indicators) {
      json::object o{{"code", i.code}, {"indicators", i.indicators}, {"with_value", i.with_value}};
      o["unit"] = i.unit ? json::value(to_code(*i.unit)) : json::value(nullptr);
      o["value"] = i.value ? json::value(i.value->to_string()) : json::value(nullptr);
      if (i.count) o["count"] = i.count->to_string();
      if (i.denominator) o["denominator"] = i.denominator->to_string();
      indicators.push_back(std::move(o));
    }
    json::array territories;
    for (const std::string& t : r.territories) territories.emplace_back(t);
    out.push_back(json::object{
        {"level", to_code(r.level)},
        {"code", r.code.empty() ? json::value(nullptr) : json::value(r.code)},
        {"name", r.code.empty() ? json::value(nullptr) : json::value(r.name)},
        {"official", r.official},
        {"territories", std::move(territories)},
        {"plans", r.plans},
        {"measures", r.measures},
        {"budget", {{"total", detail::money_json(r.budget_total)},
                    {"by_source", detail::by_code(r.budget_by_source, [](const auto& m) { return json::value(detail::money_json(m)); })}}},
        {"projects", detail::totals_json(r.projects)},
        {"indicators", std::move(indicators)},
        {"indicators_without_code", r.indicators_without_code}});
  }
  return out;
}

namespace {

std::string render_json(std::span<const RollupRow> rows) {
  std::string out;
  detail::Emitter(out, 2).value(json::object{{"rollup", detail::rollup_json(rows)}});
  out += '\n';
  return out;
}

// One line per figure (rollup_figures), with the territory's level, code and name: the derived table.
std::string render_csv(std::span<const RollupRow> rows) {
  return detail::csv_of([&](TableWriter& out) { detail::write_rollup_table(rows, out); });
}

}  // namespace

std::string detail::rollup_markdown(std::span<const RollupRow> rows, Language lang, int depth) {
  bool cs = lang == Language::cs;
  std::string out;
  if (rows.empty()) out += cs ? "\nDokument nemá plány, projekty ani indikátory.\n" : "\nThe document has no plans, projects or indicators.\n";
  auto count = [&](const CheckedCount& n) { return n ? detail::count_text(*n, lang) : detail::overflow_text(lang); };
  for (const RollupRow& r : rows) {
    out += "\n" + std::string(static_cast<std::size_t>(depth), '#') + " " + detail::markdown_text(place_name(r, lang));
    if (!r.code.empty()) out += " (" + detail::markdown_text(r.code) + ")";
    out += cs ? "\n\n| ukazatel | hodnota |\n|---|---:|\n" : "\n\n| figure | value |\n|---|---:|\n";
    auto row = [&](const std::string& label, const std::string& value) { out += "| " + label + " | " + value + " |\n"; };
    row(cs ? "plány" : "plans", detail::count_text(static_cast<std::int64_t>(r.plans), lang));
    row(cs ? "opatření" : "measures", detail::count_text(static_cast<std::int64_t>(r.measures), lang));
    row(cs ? "rozpočet opatření" : "measures' budget", detail::money_text(r.budget_total, lang));
    for (const auto& [source, sums] : r.budget_by_source)
      row((cs ? "– z toho " : "– of which ") + detail::markdown_text(detail::label(source, lang)), detail::money_text(sums, lang));
    row(cs ? "projekty" : "projects", detail::count_text(static_cast<std::int64_t>(r.projects.count), lang));
    row(cs ? "schválené prostředky projektů" : "projects' approved money", detail::money_text(r.projects.approved, lang));
    row(cs ? "čerpané prostředky projektů" : "projects' money drawn", detail::money_text(r.projects.drawn, lang));
    row(cs ? "podpořené osoby (plán / skutečnost)" : "supported persons (planned / actual)",
        count(r.projects.supported_persons.planned) + " / " + count(r.projects.supported_persons.actual));
    row(cs ? "pracovní místa (plán / skutečnost)" : "jobs (planned / actual)",
        count(r.projects.jobs_created.planned) + " / " + count(r.projects.jobs_created.actual));
    for (const RollupIndicator& i : r.indicators)
      row((cs ? "indikátor " : "indicator ") + detail::markdown_text(i.code) + " (" +
              detail::count_text(static_cast<std::int64_t>(i.indicators), lang) + "×" +
              (i.unit ? ", " + detail::markdown_text(detail::label(*i.unit, lang)) : std::string()) + ")",
          i.value ? detail::decimal_text(*i.value, lang) : std::string("–"));
    if (r.indicators_without_code)
      row(cs ? "indikátory bez kódu" : "indicators without a code",
          detail::count_text(static_cast<std::int64_t>(r.indicators_without_code), lang));
  }
  return out;
}

namespace {

std::string render_markdown(std::span<const RollupRow> rows, Language lang) {
  return (lang == Language::cs ? "# Souhrn podle území\n" : "# Roll-up by territory\n") + detail::rollup_markdown(rows, lang, 2);
}

}  // namespace

std::string render_rollup(std::span<const RollupRow> rows, OutputFormat format, Language language) {
  switch (format) {
    case OutputFormat::json: return render_json(rows);
    case OutputFormat::csv: return render_csv(rows);
    case OutputFormat::markdown: return render_markdown(rows, language);
    default: throw Error(ErrorCode::invalid_argument, "a roll-up is written as JSON, CSV or Markdown");
  }
}

}  // namespace inclusio
