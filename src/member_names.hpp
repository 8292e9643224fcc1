#pragma once
// What the members of the format are called in Czech, by key: the Czech workbook's headings (a nested
// member's heading is its record's and its own, joined by a dash: "období – začátek") and the fields
// a Czech revision report names.

#include <optional>
#include <string_view>
#include <utility>

namespace inclusio::detail {

inline constexpr std::pair<std::string_view, std::string_view> headings_cs[] = {
    {"id", "identifikátor"}, {"kind", "druh"}, {"name", "název"}, {"title", "název"}, {"code", "kód"},
    {"parent", "nadřazené"}, {"population", "počet obyvatel"},
    {"excluded_population", "počet sociálně vyloučených"}, {"ico", "IČO"}, {"territory", "území"},
    {"organization", "organizace"}, {"role", "role"}, {"theme", "téma"}, {"members", "členové"},
    {"meetings", "jednání"}, {"meetings_per_year", "jednání za rok"}, {"body", "orgán"}, {"date", "datum"},
    {"resolution", "usnesení"}, {"evidence", "podklady"}, {"group", "skupina"}, {"min_age", "věk od"},
    {"max_age", "věk do"}, {"source", "zdroj"}, {"amount", "částka"}, {"currency", "měna"}, {"total", "celkem"},
    {"goal", "cíl"}, {"status", "stav"}, {"period", "období"}, {"start", "začátek"}, {"end", "konec"},
    {"responsible", "odpovídá"}, {"partners", "partneři"}, {"localities", "lokality"}, {"budget", "rozpočet"},
    {"owner", "vlastník"}, {"partnership", "partnerství"}, {"approval", "schválení"}, {"supersedes", "nahrazuje"},
    {"support_type", "typ podpory"}, {"themes", "témata"}, {"eu_priorities", "priority EU"}, {"planned", "plán"},
    {"actual", "skutečnost"}, {"registration_number", "registrační číslo"}, {"programme", "program"},
    {"recipient", "příjemce"}, {"requested", "požadováno"}, {"approved", "schváleno"}, {"drawn", "čerpáno"},
    {"supported_persons", "podpořené osoby"}, {"jobs_created", "vytvořená pracovní místa"},
    {"territories", "území"}, {"subject", "předmět"}, {"type", "typ"}, {"unit", "jednotka"},
    {"measure", "měřená veličina"}, {"direction", "žádoucí směr"}, {"aggregation", "agregace"},
    {"reporting_frequency", "četnost sledování"}, {"denominator", "jmenovatel"}, {"value", "hodnota"},
    {"description", "popis"}, {"scale", "škála"}, {"dimensions", "členění"}, {"baseline", "výchozí hodnota"},
    {"comparison", "porovnání"}, {"count", "počet"}, {"note", "poznámka"}, {"evaluator", "hodnotitel"},
    {"rating", "hodnocení"}, {"summary", "shrnutí"}, {"valid", "platné hlasy"}, {"yes", "pro"}, {"no", "proti"},
    {"signatures", "podpisy"}, {"organizer", "pořadatel"}, {"attendance", "účast"}, {"outcome", "výsledek"},
    {"url", "odkaz"}, {"position", "pořadí"},
};

inline std::optional<std::string_view> member_name_cs(std::string_view key) {
  for (const auto& [k, cs] : headings_cs)
    if (k == key) return cs;
  return std::nullopt;
}

}  // namespace inclusio::detail
