#pragma once
// Money: an exact amount in minor units (haléř for CZK, cents for EUR) with its ISO 4217 currency.
// Every currency is held with two decimal places; amounts with more decimals are rejected, never
// rounded. Arithmetic is checked: overflow and mixing currencies throw, they never wrap or convert.

#include <inclusio/error.hpp>

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace inclusio {

// An ISO 4217 alphabetic code: exactly three ASCII capital letters.
class Currency {
 public:
  constexpr Currency() noexcept : code_{'C', 'Z', 'K'} {}
  // Throws Error(invalid_argument) unless `code` is three capital letters A-Z.
  explicit Currency(std::string_view code);
  static bool is_valid_code(std::string_view code) noexcept;

  std::string_view code() const noexcept { return {code_.data(), code_.size()}; }
  friend bool operator==(const Currency&, const Currency&) = default;

 private:
  std::array<char, 3> code_;
};

enum class AmountProblem {
  none,
  empty,             // "" or "-"
  not_decimal,       // a character that is not a digit, or a misplaced sign or point
  too_many_decimals, // more than two decimal places ("100.005")
  out_of_range,      // does not fit in int64 minor units
};

class Money {
 public:
  static constexpr int decimals = 2;
  static constexpr std::int64_t minor_per_major = 100;

  constexpr Money() noexcept = default;
  constexpr Money(std::int64_t minor_units, Currency currency) noexcept
      : minor_(minor_units), currency_(currency) {}

  // Parses "298997803.50", "-12", "0.5" exactly. Throws Error(invalid_argument) with the reason.
  static Money parse(std::string_view text, Currency currency = {});
  // The same without throwing: the problem, or none with `out` set.
  static AmountProblem try_parse(std::string_view text, Currency currency, Money& out) noexcept;
  // A whole number of major units (an integer in JSON); throws Error(overflow) when it does not fit.
  static Money from_major(std::int64_t major_units, Currency currency = {});

  constexpr std::int64_t minor_units() const noexcept { return minor_; }
  constexpr Currency currency() const noexcept { return currency_; }
  constexpr bool is_negative() const noexcept { return minor_ < 0; }
  constexpr Money with_currency(Currency c) const noexcept { return Money(minor_, c); }

  // "298997803.50": the canonical form written to JSON (no currency, no grouping).
  std::string to_string() const;
  // "298 997 803,50 Kč" / "298,997,803.50 CZK": grouped for people; Czech uses a no-break space.
  std::string format_cs() const;
  std::string format_en() const;

  // Checked: Error(overflow) on overflow, Error(currency_mismatch) when currencies differ.
  Money operator+(const Money& other) const;
  Money operator-(const Money& other) const;
  Money operator*(std::int64_t factor) const;
  Money& operator+=(const Money& other) { return *this = *this + other; }
  Money& operator-=(const Money& other) { return *this = *this - other; }

  // The unchecked variants for callers that want a status instead of an exception.
  static bool checked_add(const Money& a, const Money& b, Money& out) noexcept;

  friend bool operator==(const Money&, const Money&) = default;
  // Ordering is only meaningful within one currency; comparing different currencies throws.
  std::strong_ordering operator<=>(const Money& other) const;

 private:
  std::int64_t minor_ = 0;
  Currency currency_{};
};

std::string_view describe(AmountProblem problem) noexcept;

}  // namespace inclusio
