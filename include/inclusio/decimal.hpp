#pragma once
// Decimal: an exact signed number with up to six decimal places, for indicator values ("75",
// "33.5", "10286"). Held as int64 millionths, so 0.1 + 0.2 is exactly 0.3 and counts stay integers.

#include <inclusio/error.hpp>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace inclusio {

class Decimal {
 public:
  static constexpr int max_decimals = 6;
  static constexpr std::int64_t scale = 1'000'000;
  // The largest magnitude of the integer part: 9 223 372 036 854 (int64 max / scale).
  static constexpr std::int64_t max_integer = INT64_MAX / scale;

  constexpr Decimal() noexcept = default;
  static Decimal from_integer(std::int64_t value);              // throws Error(overflow)
  static constexpr Decimal from_scaled(std::int64_t millionths) noexcept { return Decimal(millionths); }
  // Parses JSON number text exactly ("75", "-1.5", "2.5e3", "1E-2"); false when the number has
  // more than six decimal places or does not fit.
  static bool try_parse(std::string_view text, Decimal& out) noexcept;
  static Decimal parse(std::string_view text);                  // throws Error(invalid_argument)

  constexpr std::int64_t scaled() const noexcept { return v_; }
  constexpr bool is_integer() const noexcept { return v_ % scale == 0; }
  constexpr std::int64_t integer_part() const noexcept { return v_ / scale; }
  double to_double() const noexcept { return static_cast<double>(v_) / static_cast<double>(scale); }
  // Shortest exact text: "75", "33.5", "-0.000001".
  std::string to_string() const;
  // For a reader, exact and grouped by thousands: "1 234,5" in Czech (no-break spaces, a decimal comma,
  // a minus sign), "1,234.5" in English.
  std::string format_cs() const;
  std::string format_en() const;

  Decimal operator+(Decimal other) const;  // throws Error(overflow)
  Decimal operator-(Decimal other) const;  // throws Error(overflow)
  Decimal operator-() const;               // throws Error(overflow)
  friend constexpr auto operator<=>(Decimal, Decimal) = default;

 private:
  constexpr explicit Decimal(std::int64_t v) noexcept : v_(v) {}
  std::int64_t v_ = 0;
};

}  // namespace inclusio
