#pragma once
// How severities and their counts read for people: in Czech the words are Czech and agree with the
// number ("3 chyby, 1 varování, 5 informací"); in English the plural agrees ("1 error, 2 warnings").
// Machine formats keep the codes (to_code).

#include <inclusio/validate.hpp>

#include "czech.hpp"

#include <string>
#include <string_view>

namespace inclusio::detail {

inline std::string_view severity_word(Severity s, Language lang) {
  if (lang == Language::en) return to_code(s);
  return s == Severity::error ? "chyba" : s == Severity::warning ? "varování" : "informace";
}

inline std::string severity_counts(std::uint64_t errors, std::uint64_t warnings, std::uint64_t info, Language lang) {
  if (lang == Language::cs)
    return czech_count(errors, "chyba", "chyby", "chyb") + ", " + czech_count(warnings, "varování", "varování", "varování") +
           ", " + czech_count(info, "informace", "informace", "informací");
  return english_count(errors, "error", "errors") + ", " + english_count(warnings, "warning", "warnings") + ", " +
         std::to_string(info) + " info";
}

}  // namespace inclusio::detail
