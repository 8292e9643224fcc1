#include "number_text.hpp"

namespace inclusio::detail {

bool parse_number_text(std::string_view text, NumberText& out) noexcept {
  out = NumberText{};
  std::size_t i = 0;
  if (i < text.size() && text[i] == '-') {
    out.negative = true;
    ++i;
  }
  long fraction_digits = 0;
  long pending_zeros = 0;  // zeros after the last nonzero digit: significant only if one follows
  bool seen_point = false, any_digit = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.') {
      if (seen_point) return false;
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      any_digit = true;
      if (seen_point) ++fraction_digits;
      if (c == '0') {
        if (out.digit_count > 0) ++pending_zeros;
        continue;
      }
      if (out.digit_count + static_cast<std::size_t>(pending_zeros) + 1 > NumberText::max_digits) return false;
      for (; pending_zeros > 0; --pending_zeros) out.digit_buffer[out.digit_count++] = '0';
      out.digit_buffer[out.digit_count++] = c;
    } else {
      break;
    }
  }
  if (!any_digit || (seen_point && fraction_digits == 0)) return false;
  long exp = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) exp_negative = text[i++] == '-';
    if (i == text.size()) return false;
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (c < '0' || c > '9') return false;
      if (exp > 100000000) return false;
      exp = exp * 10 + (c - '0');
    }
    if (exp_negative) exp = -exp;
  }
  if (i != text.size()) return false;
  out.exponent = exp - fraction_digits + pending_zeros;
  if (out.digit_count == 0) {  // zero: one canonical form, sign dropped
    out.negative = false;
    out.exponent = 0;
  }
  return true;
}

}  // namespace inclusio::detail
