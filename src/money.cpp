#include <inclusio/money.hpp>

#include "digit_grouping.hpp"

#include <charconv>
#include <limits>
#include <string>

namespace inclusio {

bool Currency::is_valid_code(std::string_view code) noexcept {
  if (code.size() != 3) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

Currency::Currency(std::string_view code) : code_{} {
  if (!is_valid_code(code))
    throw Error(ErrorCode::invalid_argument, "not an ISO 4217 currency code: \"" + std::string(code) + "\"");
  code_ = {code[0], code[1], code[2]};
}

AmountProblem Money::try_parse(std::string_view text, Currency currency, Money& out) noexcept {
  if (text.empty()) return AmountProblem::empty;
  bool negative = false;
  std::size_t i = 0;
  if (text[0] == '-') {
    negative = true;
    i = 1;
  }
  if (i == text.size()) return AmountProblem::empty;
  // Magnitudes accumulate as negative numbers so that INT64_MIN itself parses.
  std::int64_t acc = 0;
  int decimals = -1;  // -1 until the point is seen
  bool any_digit = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.') {
      if (decimals >= 0 || !any_digit) return AmountProblem::not_decimal;
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') return AmountProblem::not_decimal;
    if (decimals >= 0 && ++decimals > Money::decimals) return AmountProblem::too_many_decimals;
    any_digit = true;
    int digit = c - '0';
    if (__builtin_mul_overflow(acc, 10, &acc) || __builtin_sub_overflow(acc, digit, &acc))
      return AmountProblem::out_of_range;
  }
  if (decimals == 0) return AmountProblem::not_decimal;  // "12." has no digits after the point
  for (int d = decimals < 0 ? 0 : decimals; d < Money::decimals; ++d)
    if (__builtin_mul_overflow(acc, 10, &acc)) return AmountProblem::out_of_range;
  if (!negative) {
    if (acc == std::numeric_limits<std::int64_t>::min()) return AmountProblem::out_of_range;
    acc = -acc;
  }
  out = Money(acc, currency);
  return AmountProblem::none;
}

std::string_view describe(AmountProblem problem) noexcept {
  switch (problem) {
    case AmountProblem::none: return "valid";
    case AmountProblem::empty: return "empty amount";
    case AmountProblem::not_decimal: return "not a decimal number";
    case AmountProblem::too_many_decimals: return "more than two decimal places";
    case AmountProblem::out_of_range: return "amount out of range";
  }
  return "invalid amount";
}

Money Money::parse(std::string_view text, Currency currency) {
  Money m;
  AmountProblem p = try_parse(text, currency, m);
  if (p != AmountProblem::none)
    throw Error(ErrorCode::invalid_argument,
                "invalid amount \"" + std::string(text) + "\": " + std::string(describe(p)));
  return m;
}

Money Money::from_major(std::int64_t major_units, Currency currency) {
  std::int64_t minor = 0;
  if (__builtin_mul_overflow(major_units, minor_per_major, &minor))
    throw Error(ErrorCode::overflow, "amount " + std::to_string(major_units) + " does not fit");
  return Money(minor, currency);
}

namespace {
// The magnitude's digits of the integer part, and the two decimals, without sign.
void split(std::int64_t minor, bool& negative, std::string& integer, std::string& fraction) {
  negative = minor < 0;
  // Work in unsigned so that INT64_MIN has a magnitude.
  std::uint64_t mag = negative ? 0u - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  integer = std::to_string(mag / 100);
  std::uint64_t f = mag % 100;
  fraction = {static_cast<char>('0' + f / 10), static_cast<char>('0' + f % 10)};
}

}  // namespace

std::string Money::to_string() const {
  bool negative;
  std::string integer, fraction;
  split(minor_, negative, integer, fraction);
  return (negative ? "-" : "") + integer + "." + fraction;
}

std::string Money::format_cs() const {
  bool negative;
  std::string integer, fraction;
  split(minor_, negative, integer, fraction);
  std::string symbol = currency_.code() == "CZK" ? "Kč" : std::string(currency_.code());
  return (negative ? "−" : "") + detail::grouped(integer, detail::czech_group_separator) + "," + fraction + "\u00A0" + symbol;
}

std::string Money::format_en() const {
  bool negative;
  std::string integer, fraction;
  split(minor_, negative, integer, fraction);
  return (negative ? "-" : "") + detail::grouped(integer, ",") + "." + fraction + " " + std::string(currency_.code());
}

namespace {
void require_same_currency(const Money& a, const Money& b) {
  if (a.currency() != b.currency())
    throw Error(ErrorCode::currency_mismatch, "cannot combine " + std::string(a.currency().code()) + " and " +
                                                  std::string(b.currency().code()) + " amounts");
}
}  // namespace

bool Money::checked_add(const Money& a, const Money& b, Money& out) noexcept {
  std::int64_t r = 0;
  if (a.currency() != b.currency() || __builtin_add_overflow(a.minor_, b.minor_, &r)) return false;
  out = Money(r, a.currency());
  return true;
}

Money Money::operator+(const Money& other) const {
  require_same_currency(*this, other);
  std::int64_t r = 0;
  if (__builtin_add_overflow(minor_, other.minor_, &r))
    throw Error(ErrorCode::overflow, "sum of " + to_string() + " and " + other.to_string() + " overflows");
  return Money(r, currency_);
}

Money Money::operator-(const Money& other) const {
  require_same_currency(*this, other);
  std::int64_t r = 0;
  if (__builtin_sub_overflow(minor_, other.minor_, &r))
    throw Error(ErrorCode::overflow, "difference of " + to_string() + " and " + other.to_string() + " overflows");
  return Money(r, currency_);
}

Money Money::operator*(std::int64_t factor) const {
  std::int64_t r = 0;
  if (__builtin_mul_overflow(minor_, factor, &r))
    throw Error(ErrorCode::overflow, "product of " + to_string() + " and " + std::to_string(factor) + " overflows");
  return Money(r, currency_);
}

std::strong_ordering Money::operator<=>(const Money& other) const {
  require_same_currency(*this, other);
  return minor_ <=> other.minor_;
}

}  // namespace inclusio
