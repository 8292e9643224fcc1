#pragma once
// How the summary reads in Markdown and HTML: numbers, amounts and dates as a reader of the language
// writes them (31. 8. 2013, 1 234,5 in Czech), and a sum that overflows says so instead of a number.

#include <inclusio/summary.hpp>

#include "digit_grouping.hpp"
#include "severity_text.hpp"

#include <string>

namespace inclusio::detail {

inline std::string overflow_text(Language lang) { return lang == Language::cs ? "součet přetéká" : "the sum overflows"; }

inline std::string date_text(const Date& d, Language lang) {
  return lang == Language::en ? d.to_string() : d.format_cs();
}

// A code's label in the language (a status, a theme, a unit).
template <class E>
std::string label(E e, Language lang) {
  return std::string(lang == Language::cs ? label_cs(e) : label_en(e));
}

inline std::string decimal_text(const Decimal& d, Language lang) {
  return lang == Language::cs ? d.format_cs() : d.format_en();
}

// What the summary covers: a plan's id, or the whole document.
inline std::string scope_text(const Summary& s, Language lang) {
  if (s.scope == "portfolio") return lang == Language::cs ? "všechny plány a projekty" : "portfolio";
  return s.scope;
}

// An indicator's current value (or why there is none) and its target with its date.
inline std::string current_text(const IndicatorProgress& p, Language lang) {
  return p.current ? decimal_text(*p.current, lang) : p.sum_overflows ? overflow_text(lang) : "–";
}
inline std::string target_text(const IndicatorProgress& p, Language lang) {
  if (!p.target) return "–";
  return decimal_text(*p.target, lang) + (p.target_date ? " (" + date_text(*p.target_date, lang) + ")" : "");
}

// A count grouped by thousands as the language writes it (2 720, 2,720).
inline std::string count_text(std::int64_t n, Language lang) {
  std::string digits = std::to_string(n);
  std::string_view sign = n < 0 ? "-" : "";
  return std::string(sign) +
         grouped(std::string_view(digits).substr(sign.size()), lang == Language::cs ? czech_group_separator : ",");
}
inline std::string count_text(const CheckedCount& n, Language lang) {
  return n ? count_text(*n, lang) : overflow_text(lang);
}

inline std::string money_text(const MoneySums& sums, Language lang) {
  if (sums.empty()) return "–";
  std::string out;
  for (const auto& [currency, m] : sums) {
    out += out.empty() ? "" : " + ";
    out += !m ? currency + ": " + overflow_text(lang) : lang == Language::cs ? m->format_cs() : m->format_en();
  }
  return out;
}

// Where a finding is: its entity's id and the pointer within, or the pointer alone.
inline std::string finding_place(const Finding& f) {
  std::string pointer = f.pointer.empty() ? "/" : f.pointer;
  return f.entity.empty() ? pointer : f.entity + " (" + pointer + ")";
}

// What a rule checks, from the catalogue; empty for a host's own rule, which the catalogue lacks.
inline std::string rule_title(std::string_view code, Language lang) {
  const RuleInfo* r = find_rule(code);
  return r ? std::string(lang == Language::cs ? r->title_cs : r->title_en) : std::string();
}

// Whether the fulfilment matrix is shown as a grid of ticks (while it stays readable) or as a row per
// measure naming its territories (a national archive's grid would be measures × territories cells).
bool fulfilment_as_grid(const Summary& s);

}  // namespace inclusio::detail
