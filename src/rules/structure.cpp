// R003, R004 and the indicator subject's references. (R001 and R002 for ordinary references, S005
// and S007 are reported by the engine as it meets each reference, id and unknown field.)

#include "rules.hpp"

#include "../records.hpp"

namespace inclusio::rules {

constexpr RuleInfo R003{"R003", Severity::error,
    "Cycle in parents or revisions", "Cyklus v nadřazených položkách nebo revizích",
    "Territories nest in their parents, goals in their parent goals and plans supersede earlier plans; a "
    "cycle in any of these chains makes hierarchies and revision histories meaningless.",
    "Území jsou vnořena do nadřazených území, cíle do nadřazených cílů a plány nahrazují starší plány; "
    "cyklus v kterémkoli z těchto řetězců znehodnotí hierarchie i historii revizí."};

constexpr RuleInfo R004{"R004", Severity::error,
    "A measure's goal belongs to another plan", "Cíl opatření patří k jinému plánu",
    "A measure pursues a goal of its own plan; linking it to another plan's goal mixes two plans' "
    "accounts of what is done and why.",
    "Opatření naplňuje cíl svého plánu; propojení s cílem jiného plánu směšuje, co a proč dělají dva "
    "různé plány."};

namespace {
void cycle(const void* entity, const std::string& pointer, std::string_view what_en, std::string_view what_cs,
           Context& ctx) {
  auto it = ctx.facts.cycles.find(entity);
  if (it == ctx.facts.cycles.end()) return;
  ctx.add(R003, pointer, std::string(what_en) + " form a cycle: " + it->second,
          std::string(what_cs) + " tvoří cyklus: " + it->second);
}
}  // namespace

void structure_rules(const Territory& t, P pointer, Context& ctx) {
  cycle(&t, pointer + "/parent", "territory parents", "nadřazená území", ctx);
}

void structure_rules(const Plan& p, P pointer, Context& ctx) {
  cycle(&p, pointer + "/supersedes", "plan revisions (supersedes)", "revize plánů (supersedes)", ctx);
}

void structure_rules(const Goal& g, P pointer, Context& ctx) {
  cycle(&g, pointer + "/parent", "goal parents", "nadřazené cíle", ctx);
}

void structure_rules(const Measure& m, P pointer, Context& ctx) {
  const auto* goal = m.goal.get();
  if (!goal || !ctx.plan) return;
  const Document::Entry* e = ctx.doc.find(goal->id);
  if (e && e->kind == EntityKind::goal && e->plan != ctx.plan) {
    std::string other = e->plan && e->plan->id.valid() ? *e->plan->id : e->pointer;
    ctx.add(R004, pointer + "/goal", "the goal " + goal->id + " belongs to another plan, " + other,
            "cíl " + goal->id + " patří k jinému plánu, " + other);
  }
}

void structure_rules(const IndicatorSubject& s, P pointer, Context& ctx) {
  const Id* id = s.id.get();
  if (!id) return;
  std::optional<EntityKind> expected;
  if (const SubjectType* type = s.type.get())
    expected = *type == SubjectType::plan      ? EntityKind::plan
               : *type == SubjectType::goal    ? EntityKind::goal
               : *type == SubjectType::measure ? EntityKind::measure
                                               : EntityKind::project;
  check_reference(ctx, pointer + "/id", *id, expected);
}

void check_reference(Context& ctx, const std::string& pointer, const std::string& id, std::optional<EntityKind> expected) {
  const Document::Entry* e = ctx.doc.find(id);
  if (!e) {
    ctx.add(R001, pointer, "no entity has the id \"" + id + "\"", "žádná entita nemá identifikátor „" + id + "“");
    return;
  }
  if (expected && e->kind != *expected)
    ctx.add(R002, pointer,
            "\"" + id + "\" is a " + std::string(to_code(e->kind)) + ", not a " + std::string(to_code(*expected)),
            "„" + id + "“ je " + std::string(detail::kind_name_cs(e->kind)) + ", ne " +
                std::string(detail::kind_name_cs(*expected)));
}

std::span<const RuleInfo> structure_family() noexcept {
  static constexpr std::array all{R003, R004};
  return all;
}

}  // namespace inclusio::rules
