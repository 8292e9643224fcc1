#pragma once
// The rows generated from the ČSÚ codelists (codelist_data.cpp, built from data/csu).

#include <cstddef>

namespace inclusio::codelist_data {

struct MunicipalityRow {
  const char* code;      // 6 digits
  const char* name;
  const char* orp;       // 4-digit ORP code
  const char* district;  // LAU 1
  const char* region;    // NUTS 3
};
struct OrpRow {
  const char* code;
  const char* name;
  const char* region;
};
struct DistrictRow {
  const char* code;  // LAU 1
  const char* name;
  const char* region;
  const char* csu_code;  // 5-digit ČSÚ district code
};
struct RegionRow {
  const char* code;  // NUTS 3
  const char* name;
  const char* csu_code;  // 4-digit ČSÚ region code
};

extern const MunicipalityRow municipalities[];
extern const std::size_t municipality_count;
extern const OrpRow orps[];
extern const std::size_t orp_count;
extern const DistrictRow districts[];
extern const std::size_t district_count;
extern const RegionRow regions[];
extern const std::size_t region_count;

}  // namespace inclusio::codelist_data
