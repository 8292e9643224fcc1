#include <inclusio/official_territories.hpp>

#include "codelist_data.hpp"

#include <algorithm>
#include <unordered_map>

namespace inclusio {

namespace {

namespace data = codelist_data;

struct Entry {
  OfficialTerritory territory;
  std::string folded;
  std::size_t row;  // in its kind's table
};

struct Indexes {
  std::vector<Entry> entries;  // every territory, for name search
  std::unordered_map<std::string_view, std::size_t> by_code[4];  // municipality, orp, district, region → entry

  static int slot(TerritoryKind k) {
    switch (k) {
      case TerritoryKind::municipality: return 0;
      case TerritoryKind::orp: return 1;
      case TerritoryKind::district: return 2;
      case TerritoryKind::region: return 3;
      default: return -1;
    }
  }
  void add(TerritoryKind kind, const char* code, const char* name, std::size_t row) {
    entries.push_back({{kind, code, name}, fold_for_search(name), row});
  }
  Indexes() {
    for (std::size_t i = 0; i < data::municipality_count; ++i)
      add(TerritoryKind::municipality, data::municipalities[i].code, data::municipalities[i].name, i);
    for (std::size_t i = 0; i < data::orp_count; ++i) add(TerritoryKind::orp, data::orps[i].code, data::orps[i].name, i);
    for (std::size_t i = 0; i < data::district_count; ++i)
      add(TerritoryKind::district, data::districts[i].code, data::districts[i].name, i);
    for (std::size_t i = 0; i < data::region_count; ++i)
      add(TerritoryKind::region, data::regions[i].code, data::regions[i].name, i);
    for (std::size_t i = 0; i < entries.size(); ++i)
      by_code[slot(entries[i].territory.kind)].emplace(entries[i].territory.code, i);
  }
  const Entry* find(TerritoryKind kind, std::string_view code) const {
    int s = slot(kind);
    if (s < 0) return nullptr;
    auto it = by_code[s].find(code);
    return it == by_code[s].end() ? nullptr : &entries[it->second];
  }
};

const Indexes& indexes() {
  static const Indexes instance;  // built once, thread-safe
  return instance;
}

// Lower-case ASCII for the letters of Czech and Slovak (and the common Latin-1 ones).
char fold_code_point(char32_t cp) {
  struct Map {
    char32_t from;
    char to;
  };
  static constexpr Map table[] = {
      {U'á', 'a'}, {U'ä', 'a'}, {U'č', 'c'}, {U'ď', 'd'}, {U'é', 'e'}, {U'ě', 'e'}, {U'í', 'i'}, {U'ĺ', 'l'},
      {U'ľ', 'l'}, {U'ň', 'n'}, {U'ó', 'o'}, {U'ô', 'o'}, {U'ö', 'o'}, {U'ŕ', 'r'}, {U'ř', 'r'}, {U'š', 's'},
      {U'ť', 't'}, {U'ú', 'u'}, {U'ů', 'u'}, {U'ü', 'u'}, {U'ý', 'y'}, {U'ž', 'z'}, {U'Á', 'a'}, {U'Ä', 'a'},
      {U'Č', 'c'}, {U'Ď', 'd'}, {U'É', 'e'}, {U'Ě', 'e'}, {U'Í', 'i'}, {U'Ĺ', 'l'}, {U'Ľ', 'l'}, {U'Ň', 'n'},
      {U'Ó', 'o'}, {U'Ô', 'o'}, {U'Ö', 'o'}, {U'Ŕ', 'r'}, {U'Ř', 'r'}, {U'Š', 's'}, {U'Ť', 't'}, {U'Ú', 'u'},
      {U'Ů', 'u'}, {U'Ü', 'u'}, {U'Ý', 'y'}, {U'Ž', 'z'}};
  for (const Map& m : table)
    if (m.from == cp) return m.to;
  return 0;
}

int kind_rank(TerritoryKind k) { return Indexes::slot(k); }

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    char32_t cp = c;
    std::size_t len = 1;
    if (c >= 0xC0 && c < 0xE0 && i + 1 < text.size()) {
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      len = 2;
    } else if (c >= 0xE0 && c < 0xF0 && i + 2 < text.size()) {
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
      len = 3;
    } else if (c >= 0xF0 && i + 3 < text.size()) {
      len = 4;
    }
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      if (len == 1) out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      else if (char f = fold_code_point(cp)) out.push_back(f);
      else out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::optional<OfficialTerritory> official_territory(TerritoryKind kind, std::string_view code) {
  const Entry* e = indexes().find(kind, code);
  if (!e) return std::nullopt;
  return e->territory;
}

std::optional<OfficialTerritory> official_territory(std::string_view code) {
  auto digits = [&](std::size_t n) {
    return code.size() == n && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (digits(6)) return official_territory(TerritoryKind::municipality, code);
  if (digits(4)) return official_territory(TerritoryKind::orp, code);
  if (code.size() == 6 && code.substr(0, 2) == "CZ") return official_territory(TerritoryKind::district, code);
  if (code.size() == 5 && code.substr(0, 2) == "CZ") return official_territory(TerritoryKind::region, code);
  return std::nullopt;
}

std::vector<OfficialTerritory> official_territories(TerritoryKind kind) {
  std::vector<OfficialTerritory> out;
  for (const Entry& e : indexes().entries)
    if (e.territory.kind == kind) out.push_back(e.territory);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
  return out;
}

std::vector<OfficialTerritory> find_official_territories(std::string_view query, std::size_t limit) {
  std::string q = fold_for_search(query);
  std::vector<std::pair<int, const Entry*>> hits;
  if (q.empty()) return {};
  for (const Entry& e : indexes().entries) {
    int rank = e.folded == q ? 0 : e.folded.rfind(q, 0) == 0 ? 1 : e.folded.find(q) != std::string::npos ? 2 : -1;
    if (rank >= 0) hits.emplace_back(rank, &e);
  }
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    int ka = kind_rank(a.second->territory.kind), kb = kind_rank(b.second->territory.kind);
    if (ka != kb) return ka < kb;
    if (a.second->folded != b.second->folded) return a.second->folded < b.second->folded;
    return a.second->territory.code < b.second->territory.code;
  });
  std::vector<OfficialTerritory> out;
  for (std::size_t i = 0; i < hits.size() && i < limit; ++i) out.push_back(hits[i].second->territory);
  return out;
}

std::optional<OfficialChain> official_chain(std::string_view municipality_code) {
  const Entry* m = indexes().find(TerritoryKind::municipality, municipality_code);
  if (!m) return std::nullopt;
  const data::MunicipalityRow& row = data::municipalities[m->row];
  OfficialChain chain{m->territory, {}, {}, {}};
  chain.orp = official_territory(TerritoryKind::orp, row.orp);
  chain.district = official_territory(TerritoryKind::district, row.district);
  chain.region = official_territory(TerritoryKind::region, row.region);
  return chain;
}

std::optional<OfficialTerritory> official_level_of(TerritoryKind kind, std::string_view code, TerritoryKind level) {
  if (kind == level) return official_territory(kind, code);
  if (level == TerritoryKind::region) return official_region_of(kind, code);
  if (kind != TerritoryKind::municipality) return std::nullopt;
  auto chain = official_chain(code);
  if (!chain) return std::nullopt;
  if (level == TerritoryKind::orp) return chain->orp;
  if (level == TerritoryKind::district) return chain->district;
  return std::nullopt;
}

std::optional<OfficialTerritory> official_region_of(TerritoryKind kind, std::string_view code) {
  const Entry* e = indexes().find(kind, code);
  if (!e) return std::nullopt;
  switch (kind) {
    case TerritoryKind::municipality: return official_territory(TerritoryKind::region, data::municipalities[e->row].region);
    case TerritoryKind::orp: return official_territory(TerritoryKind::region, data::orps[e->row].region);
    case TerritoryKind::district: return official_territory(TerritoryKind::region, data::districts[e->row].region);
    default: return std::nullopt;
  }
}

}  // namespace inclusio
