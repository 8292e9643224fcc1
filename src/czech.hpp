#pragma once
// Counting nouns in Czech and English: the form of a noun after a number, as a reader expects it.

#include <cstdint>
#include <string>
#include <string_view>

namespace inclusio::detail {

// Czech, as CLDR: the "one" form after 1, the "few" form after 2, 3 and 4, the "other" form after
// everything else, 0 and 22 included (1 úsek, 3 úseky, 5 úseků, 22 úseků).
inline std::string_view czech_noun(std::uint64_t n, std::string_view one, std::string_view few, std::string_view other) {
  return n == 1 ? one : (n >= 2 && n <= 4) ? few : other;
}

// The number and its noun ("3 úseky").
inline std::string czech_count(std::uint64_t n, std::string_view one, std::string_view few, std::string_view other) {
  return std::to_string(n) + " " + std::string(czech_noun(n, one, few, other));
}

// English: the singular after 1 only (1 error, 0 errors, 2 errors).
inline std::string english_count(std::uint64_t n, std::string_view one, std::string_view other) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : other);
}

}  // namespace inclusio::detail
