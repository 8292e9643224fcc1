#pragma once
// Exact handling of JSON number text: a number is read as sign, significant digits and the power of
// ten of its last digit, so "2.50", "2.5e0" and "25E-1" compare equal without floating point. Reading
// never allocates (it runs inside noexcept parsing and under memory pressure).

#include <array>
#include <cstddef>
#include <string_view>

namespace inclusio::detail {

struct NumberText {
  // More significant digits than any exact type of the library holds (int64 has 19, a double 17).
  static constexpr std::size_t max_digits = 40;
  bool negative = false;
  std::array<char, max_digits> digit_buffer{};
  std::size_t digit_count = 0;  // no leading or trailing zeros; 0 for zero
  long exponent = 0;            // value = digits × 10^exponent
  std::string_view digits() const { return {digit_buffer.data(), digit_count}; }
  friend bool operator==(const NumberText& a, const NumberText& b) {
    return a.negative == b.negative && a.exponent == b.exponent && a.digits() == b.digits();
  }
};

// False when `text` is not JSON number syntax, has more than max_digits significant digits, or its
// exponent is absurdly large.
bool parse_number_text(std::string_view text, NumberText& out) noexcept;

}  // namespace inclusio::detail
