// The tables the core derives from a document — findings, indicator progress, results per period, the
// roll-up by territory — described as the document's own tables are, so that pandas, CSV, a workbook
// and SQLite write them through the same TableWriter, and `inclusio results|rollup --format csv` are
// these tables' CSV.

#include <inclusio/codelists.hpp>
#include <inclusio/rollup.hpp>
#include <inclusio/tables.hpp>

#include "derived_tables.hpp"
#include "table_cells.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

namespace inclusio {

namespace {

// The codes of the columns whose values are the library's own enums, in the enums' order (a cell's
// index), from the enums' codes.
const std::array<std::string_view, 3>& severity_codes() {
  static const std::array<std::string_view, 3> codes{to_code(Severity::info), to_code(Severity::warning),
                                                     to_code(Severity::error)};
  return codes;
}
const std::array<std::string_view, 2>& target_source_codes() {
  static const std::array<std::string_view, 2> codes{to_code(TargetSource::declared), to_code(TargetSource::interpolated)};
  return codes;
}
const std::array<std::string_view, progress_statuses.size()>& status_codes() {
  static const auto codes = [] {
    std::array<std::string_view, progress_statuses.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = to_code(progress_statuses[i]);
    return out;
  }();
  return codes;
}

ColumnInfo column(std::string_view name, std::string_view name_cs, ColumnType type, std::string_view references = {}) {
  ColumnInfo c;
  c.name = name;
  c.name_cs = name_cs;
  c.type = type;
  c.references = references;
  return c;
}
// A text of few distinct values repeated over the rows.
ColumnInfo repeated(std::string_view name, std::string_view name_cs) {
  ColumnInfo c = column(name, name_cs, ColumnType::text);
  c.repeats = true;
  return c;
}
ColumnInfo code_column(std::string_view name, std::string_view name_cs, std::span<const std::string_view> codes) {
  ColumnInfo c = column(name, name_cs, ColumnType::code);
  c.codes = codes;
  return c;
}

const std::vector<TableInfo>& infos() {
  static const std::vector<TableInfo> tables{
      {"findings", "nálezy", {},
       {column("plan", "plán", ColumnType::reference, "plans"), column("entity", "entita", ColumnType::reference),
        repeated("rule", "pravidlo"), code_column("severity", "závažnost", severity_codes()),
        column("pointer", "místo (JSON Pointer)", ColumnType::text), column("message", "zpráva", ColumnType::text)}},
      {"progress", "plnění indikátorů", {},
       {column("indicator", "indikátor", ColumnType::reference, "indicators"), code_column("status", "stav", status_codes()),
        column("baseline", "výchozí hodnota", ColumnType::number),
        column("baseline_date", "datum výchozí hodnoty", ColumnType::date),
        column("current", "současná hodnota", ColumnType::number),
        column("current_date", "datum současné hodnoty", ColumnType::date),
        column("current_text", "současná hodnota – text", ColumnType::text),
        column("observations", "počet vykázaných hodnot", ColumnType::integer),
        column("target", "cílová hodnota", ColumnType::number), column("target_date", "termín cíle", ColumnType::date),
        column("target_text", "cílová hodnota – text", ColumnType::text),
        column("target_index", "pořadí cíle", ColumnType::integer),
        column("current_count", "současný počet", ColumnType::number),
        column("target_count", "cílový počet", ColumnType::number),
        column("current_denominator", "současný jmenovatel", ColumnType::number),
        column("missed_target_index", "pořadí nesplněného cíle", ColumnType::integer),
        column("missed_target_date", "termín nesplněného cíle", ColumnType::date),
        column("missed_target", "nesplněná cílová hodnota", ColumnType::number),
        column("overdue_start", "nevykázané období – začátek", ColumnType::date),
        column("overdue_end", "nevykázané období – konec", ColumnType::date),
        column("progress", "pokrok", ColumnType::number), column("expected", "očekávaný pokrok", ColumnType::number),
        column("pointer", "místo (JSON Pointer)", ColumnType::text)}},
      {"results", "výsledky za období", {},
       {column("indicator", "indikátor", ColumnType::reference, "indicators"),
        column("period_start", "období – začátek", ColumnType::date), column("period_end", "období – konec", ColumnType::date),
        column("target", "cílová hodnota", ColumnType::number),
        code_column("target_source", "původ cílové hodnoty", target_source_codes()),
        column("value", "hodnota za období", ColumnType::number),
        column("observations", "počet vykázaných hodnot", ColumnType::integer),
        column("value_to_date", "hodnota k datu", ColumnType::number),
        column("achievement", "míra plnění", ColumnType::number), code_column("status", "stav", status_codes()),
        column("missed_target", "nesplněný cíl", ColumnType::boolean)}},
      {"rollup", "souhrn za území", {},
       {[] {
          ColumnInfo c = column("level", "úroveň", ColumnType::code);
          c.codelist = "territory_kind";
          return c;
        }(),
        repeated("territory", "území"), repeated("name", "název"), repeated("metric", "ukazatel"),
        repeated("item", "položka"), repeated("currency", "měna"), column("value", "hodnota", ColumnType::number)}},
  };
  return tables;
}

using detail::text_cell;

// A text, absent when empty (a finding outside any plan, a progress without a text value).
Cell text_or_absent(std::string_view s) { return s.empty() ? Cell{} : text_cell(s); }
// A value as a document's table writes one of its type (numbers, dates, counts); absent for none.
template <class X>
Cell value_cell(const std::optional<X>& v) {
  Cell c;
  std::string unused;  // the types here need no text made for them
  if (v) detail::leaf_cell(*v, c, unused);
  return c;
}
Cell count_cell(std::size_t n) { return value_cell(std::optional(static_cast<std::int64_t>(n))); }
Cell count_cell(const std::optional<std::size_t>& n) { return n ? count_cell(*n) : Cell{}; }
Cell code_cell(std::string_view code, std::int64_t index) {
  Cell c;
  c.kind = Cell::Kind::code;
  c.text = code;
  c.integer = index;
  return c;
}
// A ratio (achievement, progress) to the six decimals the format's numbers have; absent when it is not
// a finite number or is beyond them.
Cell ratio_cell(const std::optional<double>& r) {
  if (!r || !std::isfinite(*r) || std::fabs(*r) >= static_cast<double>(Decimal::max_integer)) return {};
  Cell c = value_cell(std::optional(Decimal::from_scaled(std::llround(*r * static_cast<double>(Decimal::scale)))));
  c.number = *r;
  return c;
}
Cell boolean_cell(bool b) {
  Cell c;
  c.kind = Cell::Kind::boolean;
  c.integer = b ? 1 : 0;
  return c;
}
Cell status_cell(const std::optional<ProgressStatus>& s) {
  if (!s) return {};
  auto index = static_cast<std::int64_t>(std::find(progress_statuses.begin(), progress_statuses.end(), *s) - progress_statuses.begin());
  return code_cell(to_code(*s), index);
}

const TableInfo& info(std::string_view name) { return *find_derived_table(name); }

void write_findings(const Document& document, const ValidateOptions& options, TableWriter& out) {
  const TableInfo& table = info("findings");
  Report report = validate(document, options);
  out.begin(table, table.columns);
  out.expect_rows(report.findings.size());
  for (const Finding& f : report.findings) {
    auto severity = static_cast<std::size_t>(f.severity);
    Cell cells[] = {text_or_absent(plan_at(document, f.pointer)), text_or_absent(f.entity), text_or_absent(f.rule),
                    code_cell(severity_codes()[severity], static_cast<std::int64_t>(severity)), text_or_absent(f.pointer),
                    text_or_absent(f.message)};
    out.row(cells);
  }
  out.end();
}

void write_progress(const Document& document, const ProgressOptions& options, TableWriter& out) {
  const TableInfo& table = info("progress");
  std::vector<IndicatorProgress> progress = document_progress(document, options);
  out.begin(table, table.columns);
  out.expect_rows(progress.size());
  for (const IndicatorProgress& p : progress) {
    const IndicatorProgress::MissedTarget* missed = p.missed_targets.empty() ? nullptr : &p.missed_targets.front();
    Cell cells[] = {text_or_absent(p.indicator),
                    status_cell(p.status),
                    value_cell(p.baseline),
                    value_cell(p.baseline_date),
                    value_cell(p.current),
                    value_cell(p.current_date),
                    text_or_absent(p.current_text),
                    count_cell(p.observations),
                    value_cell(p.target),
                    value_cell(p.target_date),
                    text_or_absent(p.target_text),
                    count_cell(p.target_index),
                    value_cell(p.current_count),
                    value_cell(p.target_count),
                    value_cell(p.current_denominator),
                    count_cell(missed ? std::optional(missed->index) : std::nullopt),
                    value_cell(missed ? std::optional(missed->date) : std::nullopt),
                    value_cell(missed ? missed->target : std::nullopt),
                    value_cell(p.overdue_period ? std::optional(p.overdue_period->start()) : std::nullopt),
                    value_cell(p.overdue_period ? std::optional(p.overdue_period->end()) : std::nullopt),
                    ratio_cell(p.progress),
                    ratio_cell(p.expected),
                    text_or_absent(p.pointer)};
    out.row(cells);
  }
  out.end();
}

void write_rollup(const Document& document, const DerivedTableOptions& options, TableWriter& out) {
  RollupOptions rollup_options;
  rollup_options.level = options.level;
  rollup_options.progress = options.results.progress;
  detail::write_rollup_table(rollup(document, rollup_options), out);
}

}  // namespace

namespace detail {

void write_results_table(std::span<const PeriodResult> rows, TableWriter& out) {
  const TableInfo& table = info("results");
  out.begin(table, table.columns);
  out.expect_rows(rows.size());
  for (const PeriodResult& r : rows) {
    Cell source;
    if (r.target_source) source = code_cell(to_code(*r.target_source), static_cast<std::int64_t>(*r.target_source));
    Cell cells[] = {text_or_absent(r.indicator),
                    value_cell(std::optional(r.period.start())),
                    value_cell(std::optional(r.period.end())),
                    value_cell(r.target),
                    source,
                    value_cell(r.value),
                    count_cell(r.observations),
                    value_cell(r.value_to_date),
                    ratio_cell(r.achievement),
                    status_cell(r.status),
                    boolean_cell(r.missed_target)};
    out.row(cells);
  }
  out.end();
}

void write_rollup_table(std::span<const RollupRow> rows, TableWriter& out) {
  const TableInfo& table = info("rollup");
  const CodelistInfo* kinds = find_codelist("territory_kind");
  out.begin(table, table.columns);
  for (const RollupFigure& f : rollup_figures(rows)) {
    const RollupRow& r = *f.row;
    std::string_view level = to_code(r.level);
    std::size_t level_index = 0;
    while (kinds && level_index < kinds->codes.size() && kinds->codes[level_index].code != level) ++level_index;
    // A figure is exact decimal text ("1300.50", a sum beyond what a Decimal holds): a number that
    // keeps its spelling for the text sinks.
    Cell value;
    if (f.value) {
      value.kind = Cell::Kind::number;
      value.text = *f.value;
      value.number = std::strtod(f.value->c_str(), nullptr);
    }
    Cell cells[] = {code_cell(level, static_cast<std::int64_t>(level_index)),
                    text_cell(r.code),
                    text_cell(r.code.empty() ? std::string_view() : r.name),
                    text_cell(f.metric),
                    text_cell(f.item),
                    text_cell(f.currency),
                    value};
    out.row(cells);
  }
  out.end();
}

}  // namespace detail

std::span<const TableInfo> derived_tables() { return infos(); }

const TableInfo* find_derived_table(std::string_view name) noexcept {
  for (const TableInfo& t : infos())
    if (t.name == name || t.name_cs == name) return &t;
  return nullptr;
}

void write_derived_table(const Document& document, std::string_view table, const DerivedTableOptions& options,
                         TableWriter& out) {
  const TableInfo* t = find_derived_table(table);
  if (!t) throw Error(ErrorCode::invalid_argument, "no derived table \"" + std::string(table) + "\"");
  if (t->name == "findings") write_findings(document, options.validation, out);
  else if (t->name == "progress") write_progress(document, options.results.progress, out);
  else if (t->name == "results") detail::write_results_table(results_by_period(document, options.results), out);
  else write_rollup(document, options, out);
}

}  // namespace inclusio
