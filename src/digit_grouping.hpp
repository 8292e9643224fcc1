#pragma once
// Digits grouped by thousands for a reader: "268 848 487" in Czech (no-break spaces), "268,848,487"
// in English. Shared by amounts and numbers, so that both read alike in one report.

#include <string>
#include <string_view>

namespace inclusio::detail {

inline constexpr std::string_view czech_group_separator = "\u00A0";

inline std::string grouped(std::string_view digits, std::string_view separator) {
  std::string out;
  std::size_t lead = digits.size() % 3;
  if (lead == 0) lead = 3;
  out.append(digits.substr(0, lead));
  for (std::size_t i = lead; i < digits.size(); i += 3) {
    out.append(separator);
    out.append(digits.substr(i, 3));
  }
  return out;
}

}  // namespace inclusio::detail
