#pragma once
// The Czech Statistical Office's territorial codelists, compiled into the library (September 2020
// vintage; see data/csu/SOURCE.txt): municipalities, ORP, districts and regions, their codes as
// docs/reading-and-writing.md gives them, and the chain municipality → ORP → district → region.

#include <inclusio/codelists.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace inclusio {

// The kinds the codelists hold: municipality, ORP, district and region.
constexpr bool has_official_codes(TerritoryKind k) noexcept {
  return k == TerritoryKind::municipality || k == TerritoryKind::orp || k == TerritoryKind::district ||
         k == TerritoryKind::region;
}

struct OfficialTerritory {
  TerritoryKind kind;     // municipality, orp, district or region
  std::string_view code;  // 6-digit municipality, 4-digit ORP, LAU 1 district, NUTS 3 region code
  std::string_view name;  // static storage
  friend bool operator==(const OfficialTerritory&, const OfficialTerritory&) = default;
};

// The territory of `kind` with this code; nullopt when the codelists have none.
std::optional<OfficialTerritory> official_territory(TerritoryKind kind, std::string_view code);
// By the form of the code alone: "554782" a municipality, "2112" an ORP, "CZ0205" a district, "CZ020" a
// region.
std::optional<OfficialTerritory> official_territory(std::string_view code);

// Every territory of a kind (municipality, orp, district or region), in code order.
std::vector<OfficialTerritory> official_territories(TerritoryKind kind);

// Territories whose name matches `query`, ignoring case and diacritics ("kutna hora" finds Kutná Hora):
// exact names first, then names starting with the query, then names containing it; within each,
// municipalities, ORP, districts, regions, then by name and code.
std::vector<OfficialTerritory> find_official_territories(std::string_view query, std::size_t limit = 20);

struct OfficialChain {
  OfficialTerritory municipality;
  std::optional<OfficialTerritory> orp;
  std::optional<OfficialTerritory> district;
  std::optional<OfficialTerritory> region;
};
// The chain of a municipality given by its 6-digit code.
std::optional<OfficialChain> official_chain(std::string_view municipality_code);

// The region of a municipality, ORP or district given by kind and code.
std::optional<OfficialTerritory> official_region_of(TerritoryKind kind, std::string_view code);

// The territory of `level` (municipality, orp, district, region) that holds the official territory of
// `kind` with `code`: itself at its own level, a municipality's ORP, district or region, an ORP's or a
// district's region. nullopt when the codelists know no such territory (an ORP's district: an ORP may
// span districts).
std::optional<OfficialTerritory> official_level_of(TerritoryKind kind, std::string_view code, TerritoryKind level);

// Text folded for searching: lower case, Czech and Slovak letters without diacritics, runs of white
// space as one space, trimmed.
std::string fold_for_search(std::string_view text);

}  // namespace inclusio
