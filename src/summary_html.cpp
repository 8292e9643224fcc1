// The summary as one self-contained HTML page: inline CSS and SVG, no scripts, no external assets.

#include <inclusio/summary.hpp>

#include "escape.hpp"
#include "summary_text.hpp"

#include <algorithm>
#include <cstdio>

namespace inclusio {

namespace {

std::string esc(std::string_view s) { return detail::html_text(s); }

std::string fixed(double v, int decimals = 1) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

const char* colour(ProgressStatus s) {
  switch (s) {
    case ProgressStatus::achieved: return "#1b7a3a";
    case ProgressStatus::on_track: return "#3a8fd1";
    case ProgressStatus::at_risk: return "#d18b1f";
    case ProgressStatus::off_track: return "#c0392b";
    default: return "#8a8a8a";
  }
}

const char* severity_colour(Severity s) {
  return s == Severity::error ? "#c0392b" : s == Severity::warning ? "#d18b1f" : "#555";
}

// A horizontal bar of progress (0-100 %+) with a tick at the expected progress.
std::string progress_bar(const IndicatorProgress& p) {
  double width = 240;
  double done = p.progress ? std::clamp(*p.progress, 0.0, 1.0) * width : 0;
  std::string svg = "<svg width=\"" + fixed(width + 2, 0) + "\" height=\"16\" role=\"img\" aria-label=\"" +
                    (p.progress ? fixed(100 * *p.progress, 0) + " %" : "–") + "\">"
                    "<rect x=\"1\" y=\"2\" width=\"" + fixed(width, 0) + "\" height=\"12\" fill=\"#eee\" stroke=\"#bbb\"/>"
                    "<rect x=\"1\" y=\"2\" width=\"" + fixed(done) + "\" height=\"12\" fill=\"" + colour(p.status) + "\"/>";
  if (p.expected)
    svg += "<line x1=\"" + fixed(1 + *p.expected * width) + "\" x2=\"" + fixed(1 + *p.expected * width) +
           "\" y1=\"0\" y2=\"16\" stroke=\"#222\" stroke-width=\"2\"/>";
  return svg + "</svg>";
}

// Vertical bars of measures per theme.
std::string theme_chart(const Summary& s, Language lang) {
  std::size_t most = 1;
  for (const auto& [t, n] : s.measures_by_theme) most = std::max(most, n);
  double bar = 110, gap = 12, height = 160;
  std::string svg = "<svg width=\"" + fixed((bar + gap) * static_cast<double>(s.measures_by_theme.size()) + gap, 0) +
                    "\" height=\"" + fixed(height + 60, 0) + "\" role=\"img\">";
  double x = gap;
  for (const auto& [t, n] : s.measures_by_theme) {
    double h = height * static_cast<double>(n) / static_cast<double>(most);
    svg += "<rect x=\"" + fixed(x) + "\" y=\"" + fixed(height - h + 20) + "\" width=\"" + fixed(bar) + "\" height=\"" +
           fixed(h) + "\" fill=\"#3a8fd1\"/>";
    svg += "<text x=\"" + fixed(x + bar / 2) + "\" y=\"" + fixed(height - h + 14) + "\" text-anchor=\"middle\">" +
           std::to_string(n) + "</text>";
    svg += "<text x=\"" + fixed(x + bar / 2) + "\" y=\"" + fixed(height + 36) + "\" text-anchor=\"middle\" font-size=\"11\">" +
           esc(detail::label(t, lang)) + "</text>";
    x += bar + gap;
  }
  return svg + "</svg>";
}

// One indicator's periods as a chart: the value to date (solid, in the colour of the last status) against
// the target in force (dashed), the missed milestones ringed in red.
std::string results_chart(std::span<const PeriodResult> rows, Language lang) {
  bool cs = lang == Language::cs;
  double step = std::clamp(640.0 / static_cast<double>(rows.size()), 4.0, 48.0), height = 120, left = 56, top = 10;
  double low = 0, high = 0;
  for (const PeriodResult& r : rows)
    for (const auto& v : {r.target, r.value_to_date})
      if (v) {
        low = std::min(low, v->to_double());
        high = std::max(high, v->to_double());
      }
  if (high <= low) high = low + 1;
  auto x = [&](std::size_t i) { return left + step * (static_cast<double>(i) + 0.5); };
  auto y = [&](const Decimal& v) { return top + height * (1 - (v.to_double() - low) / (high - low)); };
  auto line = [&](auto value, const char* stroke, const char* dash) {
    std::string points;
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (auto v = value(rows[i])) points += fixed(x(i)) + "," + fixed(y(*v)) + " ";
    return points.empty() ? std::string()
                          : "<polyline fill=\"none\" stroke=\"" + std::string(stroke) + "\" stroke-width=\"2\"" + dash +
                                " points=\"" + points + "\"/>";
  };
  std::optional<ProgressStatus> last;
  for (const PeriodResult& r : rows)
    if (r.status) last = r.status;
  double width = left + step * static_cast<double>(rows.size()) + 10;
  std::string svg = "<svg width=\"" + fixed(width, 0) + "\" height=\"" + fixed(height + top + 28, 0) +
                    "\" role=\"img\" aria-label=\"" + esc(cs ? "hodnota k datu a cílová hodnota po obdobích" : "value to date and target per period") + "\">";
  svg += "<line x1=\"" + fixed(left) + "\" x2=\"" + fixed(width - 10) + "\" y1=\"" + fixed(top + height) + "\" y2=\"" +
         fixed(top + height) + "\" stroke=\"#bbb\"/>";
  svg += "<text x=\"" + fixed(left - 6) + "\" y=\"" + fixed(top + 10) + "\" text-anchor=\"end\">" +
         esc(detail::decimal_text(Decimal::from_scaled(static_cast<std::int64_t>(high * Decimal::scale)), lang)) + "</text>";
  svg += "<text x=\"" + fixed(left - 6) + "\" y=\"" + fixed(top + height) + "\" text-anchor=\"end\">" +
         esc(detail::decimal_text(Decimal::from_scaled(static_cast<std::int64_t>(low * Decimal::scale)), lang)) + "</text>";
  svg += line([](const PeriodResult& r) { return r.target; }, "#777", " stroke-dasharray=\"5,4\"");
  svg += line([](const PeriodResult& r) { return r.value_to_date; }, last ? colour(*last) : "#8a8a8a", "");
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].missed_target && rows[i].target)
      svg += "<circle cx=\"" + fixed(x(i)) + "\" cy=\"" + fixed(y(*rows[i].target)) +
             "\" r=\"5\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"><title>" +
             esc((cs ? "zmeškaný milník " : "milestone missed ") + detail::decimal_text(*rows[i].target, lang)) + "</title></circle>";
  svg += "<text x=\"" + fixed(left) + "\" y=\"" + fixed(top + height + 18) + "\">" +
         esc(detail::date_text(rows.front().period.start(), lang)) + "</text>";
  svg += "<text x=\"" + fixed(width - 10) + "\" y=\"" + fixed(top + height + 18) + "\" text-anchor=\"end\">" +
         esc(detail::date_text(rows.back().period.end(), lang)) + "</text>";
  return svg + "</svg>";
}

}  // namespace

std::string summary_html(const Summary& s, Language lang) {
  bool cs = lang == Language::cs;
  auto t = [&](const char* en, const char* czech) { return std::string(cs ? czech : en); };
  auto number = [&](std::size_t n) { return detail::count_text(static_cast<std::int64_t>(n), lang); };
  std::string h = "<!DOCTYPE html>\n<html lang=\"" + t("en", "cs") + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                  t("Summary", "Souhrn") + ": " + esc(detail::scope_text(s, lang)) +
                  "</title>\n<style>\n"
                  "body{font-family:sans-serif;margin:2em;color:#222;max-width:70em}"
                  "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
                  "td.n{text-align:right;white-space:nowrap}td.status{white-space:nowrap}th{background:#f3f3f3}.ok{color:#1b7a3a;text-align:center}"
                  "svg text{font-family:sans-serif;font-size:12px}"
                  "@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}table{page-break-inside:avoid}}\n"
                  "</style>\n</head>\n<body>\n";
  h += "<h1>" + t("Summary", "Souhrn") + ": " + esc(detail::scope_text(s, lang)) + "</h1>\n<p>" + t("As of ", "K datu ") +
       detail::date_text(s.as_of, lang) +
       ". " + t("Plans", "Plány") + ": " + number(s.plans) + ", " + t("measures", "opatření") + ": " +
       number(s.measures) + ".</p>\n";

  h += "<h2>" + t("Projects", "Projekty") + "</h2>\n<table><tr><th>" + t("status", "stav") + "</th><th>" +
       t("count", "počet") + "</th><th>" + t("approved", "schváleno") + "</th><th>" +
       t("supported persons", "podpořené osoby") + "</th><th>" + t("jobs", "pracovní místa") + "</th></tr>\n";
  auto row = [&](const std::string& name, const ProjectTotals& p) {
    h += "<tr><td>" + name + "</td><td class=\"n\">" + number(p.count) + "</td><td class=\"n\">" +
         esc(detail::money_text(p.approved, lang)) + "</td><td class=\"n\">" +
         esc(detail::count_text(p.supported_persons.planned, lang)) + "</td><td class=\"n\">" +
         esc(detail::count_text(p.jobs_created.planned, lang)) + "</td></tr>\n";
  };
  for (const auto& [status, p] : s.projects_by_status) row(esc(detail::label(status, lang)), p);
  row("<strong>" + t("total", "celkem") + "</strong>", s.projects);
  h += "</table>\n";

  if (!s.measures_by_theme.empty())
    h += "<h2>" + t("Measures by theme", "Opatření podle tématu") + "</h2>\n" + theme_chart(s, lang) + "\n";

  if (!s.indicators.empty()) {
    h += "<h2>" + t("Indicators", "Indikátory") + "</h2>\n<table><tr><th>" + t("indicator", "indikátor") + "</th><th>" +
         t("unit", "jednotka") + "</th><th>" + t("status", "stav") + "</th><th>" + t("current", "aktuálně") + "</th><th>" + t("target", "cíl") + "</th><th>" +
         t("progress (tick: expected)", "pokrok (značka: očekávaný)") + "</th></tr>\n";
    for (const auto& p : s.indicators)
      h += "<tr><td title=\"" + esc(p.indicator) + "\">" + esc(p.name.empty() ? p.indicator : p.name) + "</td><td>" +
           (p.unit ? esc(detail::label(*p.unit, lang)) : "–") + "</td><td class=\"status\" style=\"color:" + colour(p.status) + "\">" +
           esc(detail::label(p.status, lang)) + "</td><td class=\"n\">" +
           esc(detail::current_text(p, lang)) + "</td><td class=\"n\">" + esc(detail::target_text(p, lang)) +
           "</td><td>" + progress_bar(p) + "</td></tr>\n";
    h += "</table>\n";
  }

  if (!s.matrix.empty()) {
    h += "<h2>" + t("Fulfilment of measures by territory", "Plnění opatření v územích") + "</h2>\n<table><tr><th>" +
         t("measure", "opatření") + "</th>";
    if (detail::fulfilment_as_grid(s)) {
      for (const auto& n : s.matrix_territory_names) h += "<th>" + esc(n) + "</th>";
      h += "</tr>\n";
      for (const auto& r : s.matrix) {
        std::vector<bool> ticked(s.matrix_territories.size());
        for (std::size_t i : r.territories) ticked[i] = true;
        h += "<tr><td>" + esc(r.label) + "</td>";
        for (bool b : ticked) h += b ? "<td class=\"ok\">✓</td>" : "<td></td>";
        h += "</tr>\n";
      }
    } else {
      h += "<th>" + t("territories", "území") + "</th></tr>\n";
      for (const auto& r : s.matrix) {
        std::string names;
        for (std::size_t i : r.territories) names += (names.empty() ? "" : ", ") + s.matrix_territory_names[i];
        h += "<tr><td>" + esc(r.label) + "</td><td>" + esc(names) + "</td></tr>\n";
      }
    }
    h += "</table>\n";
  }

  if (!s.results.empty()) {
    h += "<h2>" + t("Results per period", "Výsledky po obdobích") + "</h2>\n<p>" +
         t("Value to date (solid) against the target in force (dashed); a red ring marks a milestone missed.",
           "Hodnota k datu (plná čára) proti platné cílové hodnotě (čárkovaně); červený kruh značí zmeškaný milník.") +
         "</p>\n";
    for (std::size_t from = 0; from < s.results.size();) {
      std::size_t to = from;
      while (to < s.results.size() && s.results[to].pointer == s.results[from].pointer) ++to;
      const PeriodResult& r = s.results[from];
      h += "<h3>" + esc(r.name.empty() ? r.indicator : r.name) + " <small>(" + esc(r.indicator) + ")</small></h3>\n" +
           results_chart(std::span(s.results).subspan(from, to - from), lang) + "\n";
      from = to;
    }
  }

  if (!s.regions.empty()) {
    h += "<h2>" + t("By region", "Podle krajů") + "</h2>\n<table><tr><th>" + t("region", "kraj") + "</th><th>" +
         t("plans", "plány") + "</th><th>" + t("measures", "opatření") + "</th><th>" + t("measures' budget", "rozpočet opatření") +
         "</th><th>" + t("projects", "projekty") + "</th><th>" + t("approved", "schváleno") + "</th><th>" +
         t("supported persons (planned / actual)", "podpořené osoby (plán / skutečnost)") + "</th></tr>\n";
    auto count = [&](const CheckedCount& n) { return n ? detail::count_text(*n, lang) : detail::overflow_text(lang); };
    for (const RollupRow& r : s.regions)
      h += "<tr><td>" + esc(r.code.empty() ? t("not placed", "nezařazeno") : r.name) + "</td><td class=\"n\">" +
           number(r.plans) + "</td><td class=\"n\">" + number(r.measures) + "</td><td class=\"n\">" +
           esc(detail::money_text(r.budget_total, lang)) + "</td><td class=\"n\">" + number(r.projects.count) +
           "</td><td class=\"n\">" + esc(detail::money_text(r.projects.approved, lang)) + "</td><td class=\"n\">" +
           count(r.projects.supported_persons.planned) + " / " + count(r.projects.supported_persons.actual) + "</td></tr>\n";
    h += "</table>\n";
  }

  const FindingsOverview& f = s.findings;
  h += "<h2>" + t("Validation findings", "Nálezy kontroly") + "</h2>\n";
  if (f.rules.empty())
    return h + "<p>" + t("Validation found nothing to report.", "Kontrola nezjistila žádné nedostatky.") + "</p>\n</body>\n</html>\n";
  h += "<p>" + esc(detail::severity_counts(f.errors, f.warnings, f.info, lang)) + ".</p>\n<table><tr><th>" +
       t("severity", "závažnost") + "</th><th>" + t("rule", "pravidlo") + "</th><th>" +
       t("what the rule checks", "co pravidlo kontroluje") + "</th><th>" + t("count", "počet") + "</th><th>" +
       t("first occurrences (hover for the message)", "první výskyty (zpráva po najetí myší)") + "</th></tr>\n";
  for (const RuleFindings& r : f.rules) {
    std::string places;
    for (const Finding& x : r.first)
      places += (places.empty() ? "" : ", ") + std::string("<span title=\"") + esc(x.message) + "\">" +
                esc(detail::finding_place(x)) + "</span>";
    if (r.count > r.first.size()) places += t(" and more", " a další");
    h += "<tr><td style=\"color:" + std::string(severity_colour(r.severity)) + "\">" +
         esc(detail::severity_word(r.severity, lang)) + "</td><td>" + esc(r.rule) + "</td><td>" +
         esc(detail::rule_title(r.rule, lang)) + "</td><td class=\"n\">" + number(r.count) + "</td><td>" +
         places + "</td></tr>\n";
  }
  return h + "</table>\n</body>\n</html>\n";
}

}  // namespace inclusio
