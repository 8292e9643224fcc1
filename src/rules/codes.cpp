// C001, C002, C004, C005: official identifiers have their forms and check digits; territories nest by
// kind. (C003, the lookup in the bundled ČSÚ codelists, comes with the codelists.)

#include "rules.hpp"

#include "../identifiers.hpp"

namespace inclusio::rules {

void code_rules(const Organization& o, P pointer, Context& ctx) {
  const std::string* ico = o.ico.get();
  if (!ico) return;
  if (auto problem = identifiers::check_ico(*ico))
    ctx.add("C001", pointer + "/ico", "IČO \"" + *ico + "\" " + problem->en, "IČO \"" + *ico + "\" " + problem->cs);
}

void code_rules(const Territory& t, P pointer, Context& ctx) {
  const TerritoryKind* kind = t.kind.get();
  if (!kind) return;
  if (const std::string* code = t.code.get())
    if (auto problem = identifiers::check_territory_code(*kind, *code))
      ctx.add("C002", pointer + "/code", "code \"" + *code + "\" of a " + std::string(to_code(*kind)) + ": " + problem->en,
              "kód \"" + *code + "\" (" + std::string(label_cs(*kind)) + "): " + problem->cs);
  if (const auto* parent = t.parent.get()) {
    const Territory* p = ctx.doc.find_as<Territory>(parent->id);
    if (p && p->kind.valid() && !identifiers::may_contain(*p->kind, *kind))
      ctx.add("C005", pointer + "/parent",
              "a " + std::string(to_code(*kind)) + " cannot lie in a " + std::string(to_code(*p->kind)) + " (" + parent->id + ")",
              std::string(label_cs(*kind)) + " nemůže ležet v území druhu " + std::string(label_cs(*p->kind)) + " (" +
                  parent->id + ")");
  }
}

void code_rules(const Project& p, P pointer, Context& ctx) {
  const std::string* number = p.registration_number.get();
  if (!number) return;
  std::optional<FundingSource> programme = p.programme.valid() ? std::optional(*p.programme) : std::nullopt;
  if (auto problem = identifiers::check_registration_number(*number, programme))
    ctx.add("C004", pointer + "/registration_number", "registration number \"" + *number + "\": " + problem->en,
            "registrační číslo \"" + *number + "\": " + problem->cs);
}

}  // namespace inclusio::rules
