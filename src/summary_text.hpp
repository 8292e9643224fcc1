#pragma once
// How the summary's sums read in Markdown and HTML: a sum that overflows says so instead of a number.

#include <inclusio/summary.hpp>

#include <string>

namespace inclusio::detail {

inline std::string overflow_text(Language lang) { return lang == Language::cs ? "součet přetéká" : "the sum overflows"; }

inline std::string count_text(const CheckedCount& n, Language lang) {
  return n ? std::to_string(*n) : overflow_text(lang);
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

// Whether the fulfilment matrix is shown as a grid of ticks (while it stays readable) or as a row per
// measure naming its territories (a national archive's grid would be measures × territories cells).
bool fulfilment_as_grid(const Summary& s);

}  // namespace inclusio::detail
