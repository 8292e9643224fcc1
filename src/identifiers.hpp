#pragma once
// Official identifiers: IČO, ČSÚ territorial codes and EU-funds registration numbers. Each check
// returns nothing for a valid identifier, or what is wrong with it in English and Czech.

#include <inclusio/codelists.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace inclusio::identifiers {

struct Problem {
  std::string en;
  std::string cs;
};

// The mod-11 check digit over `digits` with weights n+1..2 (IČO uses 8..2 over seven digits; ČSÚ
// municipality, region and district codes the same rule over their leading digits).
int mod11_check_digit(std::string_view digits);

std::optional<Problem> check_ico(std::string_view ico);
std::optional<Problem> check_territory_code(TerritoryKind kind, std::string_view code);
std::optional<Problem> check_registration_number(std::string_view number, std::optional<FundingSource> programme);
// Whether a territory of kind `child` can lie in one of kind `parent`.
bool may_contain(TerritoryKind parent, TerritoryKind child);

}  // namespace inclusio::identifiers
