#pragma once
// Exact handling of JSON number text: a number is read as sign, significant digits and the power of
// ten of its last digit, so "2.50", "2.5e0" and "25E-1" compare equal without floating point.

#include <string>
#include <string_view>

namespace inclusio::detail {

struct NumberText {
  bool negative = false;
  std::string digits;  // no leading or trailing zeros; empty for zero
  long exponent = 0;   // value = digits × 10^exponent
  friend bool operator==(const NumberText&, const NumberText&) = default;
};

// False when `text` is not JSON number syntax or its exponent is absurdly large.
bool parse_number_text(std::string_view text, NumberText& out);

}  // namespace inclusio::detail
