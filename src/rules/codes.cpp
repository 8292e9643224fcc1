// C001-C005: official identifiers have their forms and check digits and are known to the bundled ČSÚ
// codelists; territories nest by kind and as the codelists place them.

#include "rules.hpp"

#include "../identifiers.hpp"

#include <inclusio/official_territories.hpp>

namespace inclusio::rules {

constexpr RuleInfo C001{"C001", Severity::error,
    "IČO fails its checksum", "IČO nesplňuje kontrolní součet",
    "An IČO is 8 digits whose last is a mod-11 check digit over the first seven (weights 8 to 2); a failing "
    "check catches most mistyped numbers.",
    "IČO má 8 číslic, z nichž poslední je kontrolní číslice modulo 11 z prvních sedmi (váhy 8 až 2); "
    "kontrola odhalí většinu překlepů."};

constexpr RuleInfo C002{"C002", Severity::error,
    "Territorial code of the wrong form or check digit", "Územní kód nesprávného tvaru nebo kontrolní číslice",
    "Each kind of territory has its official code: a municipality the 6-digit ČSÚ code ending in a mod-11 "
    "check digit, an ORP 4 digits, a district its LAU 1 code (CZ0205), a region its NUTS 3 code (CZ020), a "
    "country its ISO 3166-1 alpha-2 code.",
    "Každý druh území má svůj úřední kód: obec šestimístný kód ČSÚ zakončený kontrolní číslicí modulo 11, "
    "ORP čtyři číslice, okres kód LAU 1 (CZ0205), kraj kód NUTS 3 (CZ020), stát kód ISO 3166-1 alpha-2."};

constexpr RuleInfo C003{"C003", Severity::warning,
    "Territorial code unknown to the ČSÚ codelists", "Územní kód neznámý číselníkům ČSÚ",
    "A well-formed code may still name no municipality, ORP, district or region; the bundled ČSÚ codelists "
    "catch it and suggest the territory by name.",
    "I správně utvořený kód nemusí označovat žádnou obec, ORP, okres ani kraj; přiložené číselníky ČSÚ to "
    "odhalí a navrhnou území podle názvu."};

constexpr RuleInfo C004{"C004", Severity::error,
    "Registration number does not match its programme period", "Registrační číslo neodpovídá programovému období",
    "Project registration numbers have a fixed form per programme period (2007–13 CZ.1.04/3.2.00/B4.00007, "
    "2014–20 CZ.03.2.63/0.0/0.0/15_030/0000605, 2021–27 CZ.03.02.02/00/22_004/0000366); the message names "
    "the segment that is wrong.",
    "Registrační čísla projektů mají v každém programovém období pevný tvar (2007–13 "
    "CZ.1.04/3.2.00/B4.00007, 2014–20 CZ.03.2.63/0.0/0.0/15_030/0000605, 2021–27 "
    "CZ.03.02.02/00/22_004/0000366); hlášení uvádí chybný úsek."};

constexpr RuleInfo C005{"C005", Severity::warning,
    "Territory under an impossible parent", "Území pod nemožným nadřazeným územím",
    "Territories nest by kind: municipalities in districts, ORP or regions, districts in regions, regions "
    "in a country. A region under a district, or a parent the ČSÚ codelists contradict, is a wrong link.",
    "Území se vnořují podle druhu: obce do okresů, ORP nebo krajů, okresy do krajů, kraje do státu. Kraj "
    "pod okresem nebo nadřazené území v rozporu s číselníky ČSÚ je chybný odkaz."};

namespace {

std::string describe(const OfficialTerritory& t) { return std::string(t.code) + " " + std::string(t.name); }

// The kind of territory in the genitive, as after "do" or "součástí" (do okresu, součástí obce).
std::string_view genitive_cs(TerritoryKind kind) {
  switch (kind) {
    case TerritoryKind::country: return "státu";
    case TerritoryKind::region: return "kraje";
    case TerritoryKind::district: return "okresu";
    case TerritoryKind::orp: return "obce s rozšířenou působností";
    case TerritoryKind::municipality: return "obce";
    case TerritoryKind::city_district: return "městské části";
    case TerritoryKind::microregion: return "mikroregionu";
    case TerritoryKind::local_action_group: return "místní akční skupiny";
    case TerritoryKind::locality: return "sociálně vyloučené lokality";
  }
  return "území";
}

// C003: a well-formed code the codelists do not know, with the territory of that name as a suggestion.
void unknown_code(const Territory& t, TerritoryKind kind, const std::string& code, const std::string& pointer,
                  Context& ctx) {
  if (official_territory(kind, code)) return;
  std::string suggestion_en, suggestion_cs;
  if (const std::string* name = t.name.get())
    for (const OfficialTerritory& o : find_official_territories(*name, 50))
      if (o.kind == kind) {
        suggestion_en = "; did you mean " + describe(o) + "?";
        suggestion_cs = "; nemysleli jste " + describe(o) + "?";
        break;
      }
  ctx.add(C003, pointer + "/code",
          "code \"" + code + "\" is not a " + std::string(to_code(kind)) + " in the ČSÚ codelists" + suggestion_en,
          "kód „" + code + "“ v číselnících ČSÚ není (" + std::string(label_cs(kind)) + ")" + suggestion_cs);
}

// C005, second half: the declared parent contradicts where the codelists place the territory.
void parent_against_codelists(const Territory& t, TerritoryKind kind, const std::string& code, const Territory& parent,
                              const std::string& pointer, Context& ctx) {
  const TerritoryKind* parent_kind = parent.kind.get();
  const std::string* parent_code = parent.code.get();
  if (!parent_kind || !parent_code) return;
  std::optional<OfficialTerritory> expected;
  if (kind == TerritoryKind::municipality) {
    auto chain = official_chain(code);
    if (!chain) return;
    if (*parent_kind == TerritoryKind::orp) expected = chain->orp;
    else if (*parent_kind == TerritoryKind::district) expected = chain->district;
    else if (*parent_kind == TerritoryKind::region) expected = chain->region;
  } else if ((kind == TerritoryKind::district || kind == TerritoryKind::orp) && *parent_kind == TerritoryKind::region) {
    expected = official_region_of(kind, code);
  }
  if (!expected || expected->code == *parent_code) return;
  std::string name = t.name.value_or(code);
  ctx.add(C005, pointer + "/parent",
          "the ČSÚ codelists place " + name + " (" + code + ") in " + std::string(to_code(*parent_kind)) + " " +
              describe(*expected) + ", not " + *parent_code,
          "číselníky ČSÚ řadí " + name + " (" + code + ") do " + std::string(genitive_cs(*parent_kind)) + " " +
              describe(*expected) + ", ne " + *parent_code);
}

}  // namespace

void code_rules(const Organization& o, P pointer, Context& ctx) {
  const std::string* ico = o.ico.get();
  if (!ico) return;
  if (auto problem = identifiers::check_ico(*ico))
    ctx.add(C001, pointer + "/ico", "IČO \"" + *ico + "\" " + problem->en, "IČO „" + *ico + "“ " + problem->cs);
}

void code_rules(const Territory& t, P pointer, Context& ctx) {
  const TerritoryKind* kind = t.kind.get();
  if (!kind) return;
  const std::string* code = t.code.get();
  bool well_formed = false;
  if (code) {
    if (auto problem = identifiers::check_territory_code(*kind, *code))
      ctx.add(C002, pointer + "/code", "code \"" + *code + "\" of a " + std::string(to_code(*kind)) + ": " + problem->en,
              "kód „" + *code + "“ (" + std::string(label_cs(*kind)) + "): " + problem->cs);
    else if (has_official_codes(*kind)) {
      well_formed = true;
      unknown_code(t, *kind, *code, pointer, ctx);
    }
  }
  if (const auto* parent = t.parent.get()) {
    const Territory* p = ctx.doc.find_as<Territory>(parent->id);
    if (p && p->kind.valid() && !identifiers::may_contain(*p->kind, *kind))
      ctx.add(C005, pointer + "/parent",
              "a " + std::string(to_code(*kind)) + " cannot lie in a " + std::string(to_code(*p->kind)) + " (" + parent->id + ")",
              std::string(label_cs(*kind)) + " nemůže být součástí " + std::string(genitive_cs(*p->kind)) + " (" +
                  parent->id + ")");
    else if (p && well_formed)
      parent_against_codelists(t, *kind, *code, *p, pointer, ctx);
  }
}

void code_rules(const Project& p, P pointer, Context& ctx) {
  const std::string* number = p.registration_number.get();
  if (!number) return;
  std::optional<FundingSource> programme = p.programme.valid() ? std::optional(*p.programme) : std::nullopt;
  if (auto problem = identifiers::check_registration_number(*number, programme))
    ctx.add(C004, pointer + "/registration_number", "registration number \"" + *number + "\": " + problem->en,
            "registrační číslo „" + *number + "“: " + problem->cs);
}

std::span<const RuleInfo> code_family() noexcept {
  static constexpr std::array all{C001, C002, C003, C004, C005};
  return all;
}

}  // namespace inclusio::rules
