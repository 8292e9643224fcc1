#include <inclusio/decimal.hpp>

#include "digit_grouping.hpp"

#include "number_text.hpp"

#include <string>

namespace inclusio {

Decimal Decimal::from_integer(std::int64_t value) {
  std::int64_t r = 0;
  if (__builtin_mul_overflow(value, scale, &r))
    throw Error(ErrorCode::overflow, "number " + std::to_string(value) + " does not fit a decimal");
  return Decimal(r);
}

bool Decimal::try_parse(std::string_view text, Decimal& out) noexcept {
  detail::NumberText n;
  if (!detail::parse_number_text(text, n)) return false;
  long e = n.exponent + max_decimals;  // power of ten of the last digit, in millionths
  if (e < 0) return false;             // more than six decimals
  if (n.digit_count + static_cast<std::size_t>(e) > 19) return false;
  std::int64_t acc = 0;  // accumulate negatively so INT64_MIN fits
  for (char c : n.digits())
    if (__builtin_mul_overflow(acc, 10, &acc) || __builtin_sub_overflow(acc, c - '0', &acc)) return false;
  for (long k = 0; k < e; ++k)
    if (__builtin_mul_overflow(acc, 10, &acc)) return false;
  if (!n.negative) {
    if (acc == INT64_MIN) return false;
    acc = -acc;
  }
  out = Decimal(acc);
  return true;
}

Decimal Decimal::parse(std::string_view text) {
  Decimal d;
  if (!try_parse(text, d))
    throw Error(ErrorCode::invalid_argument, "not a number with at most six decimals in range: \"" +
                                                 std::string(text) + "\"");
  return d;
}

std::string Decimal::to_string() const {
  bool negative = v_ < 0;
  std::uint64_t mag = negative ? 0u - static_cast<std::uint64_t>(v_) : static_cast<std::uint64_t>(v_);
  std::string out = (negative ? "-" : "") + std::to_string(mag / static_cast<std::uint64_t>(scale));
  std::uint64_t frac = mag % static_cast<std::uint64_t>(scale);
  if (frac != 0) {
    std::string f = std::to_string(frac);
    f.insert(0, static_cast<std::size_t>(max_decimals) - f.size(), '0');
    while (f.back() == '0') f.pop_back();
    out += "." + f;
  }
  return out;
}

Decimal Decimal::operator+(Decimal other) const {
  std::int64_t r = 0;
  if (__builtin_add_overflow(v_, other.v_, &r)) throw Error(ErrorCode::overflow, "decimal sum overflows");
  return Decimal(r);
}

Decimal Decimal::operator-(Decimal other) const {
  std::int64_t r = 0;
  if (__builtin_sub_overflow(v_, other.v_, &r)) throw Error(ErrorCode::overflow, "decimal difference overflows");
  return Decimal(r);
}

Decimal Decimal::operator-() const {
  if (v_ == INT64_MIN) throw Error(ErrorCode::overflow, "decimal negation overflows");
  return Decimal(-v_);
}

namespace {
std::string formatted(const Decimal& d, std::string_view minus, std::string_view group, std::string_view point) {
  std::string text = d.to_string();
  bool negative = text.starts_with('-');
  std::string_view digits = std::string_view(text).substr(negative ? 1 : 0);
  std::size_t dot = digits.find('.');
  std::string out(negative ? minus : "");
  out += detail::grouped(digits.substr(0, dot), group);
  if (dot != std::string_view::npos) out += std::string(point) + std::string(digits.substr(dot + 1));
  return out;
}
}  // namespace

std::string Decimal::format_cs() const { return formatted(*this, "−", detail::czech_group_separator, ","); }
std::string Decimal::format_en() const { return formatted(*this, "-", ",", "."); }

}  // namespace inclusio
