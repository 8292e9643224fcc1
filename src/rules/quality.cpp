// Q001-Q011: the methodology's signs of a weak plan — goals nobody pursues, measures nobody is
// responsible for or can measure, projects copied in without a measure, partnerships without
// decision-makers.

#include "rules.hpp"

namespace inclusio::rules {

constexpr RuleInfo Q001{"Q001", Severity::warning,
    "Goal without measures", "Cíl bez opatření",
    "A goal that no measure pursues will not be achieved by the plan (goals with sub-goals are exempt).",
    "Cíl, který nenaplňuje žádné opatření, plán nesplní (cíle s dílčími cíli jsou výjimkou)."};

constexpr RuleInfo Q002{"Q002", Severity::warning,
    "Measure without indicator", "Opatření bez indikátoru",
    "Without an indicator, nobody can tell whether a measure works; evaluations found plans whose measures "
    "could not be assessed.",
    "Bez indikátoru nelze poznat, zda opatření funguje; evaluace nacházely plány, jejichž opatření nešlo "
    "vyhodnotit."};

constexpr RuleInfo Q003{"Q003", Severity::warning,
    "Measure without a responsible organisation", "Opatření bez odpovědné organizace",
    "A measure with no one responsible tends not to happen; the methodology names a responsible body for "
    "each.",
    "Opatření, za které nikdo neodpovídá, se obvykle neuskuteční; metodika u každého určuje odpovědný "
    "subjekt."};

constexpr RuleInfo Q004{"Q004", Severity::warning,
    "Measure with a budget but no funding sources", "Opatření s rozpočtem bez zdrojů financování",
    "A budget without sources says how much but not from where; the funding is what turns a measure into "
    "projects.",
    "Rozpočet bez zdrojů říká kolik, ale ne odkud; právě financování mění opatření v projekty."};

constexpr RuleInfo Q005{"Q005", Severity::warning,
    "Theme declared by the plan without any measure in it", "Téma plánu bez jediného opatření",
    "A theme the plan declares but no measure addresses is a promise without action.",
    "Téma, které plán deklaruje, ale žádné opatření ho neřeší, je slib bez činů."};

constexpr RuleInfo Q006{"Q006", Severity::warning,
    "Project linked to no measure", "Projekt nepropojený s žádným opatřením",
    "Evaluations found plans that copy fundable projects instead of pursuing goals; a project should "
    "carry out a measure of a plan.",
    "Evaluace zjistily, že plány kopírují dosažitelné projekty místo sledování cílů; projekt má realizovat "
    "opatření plánu."};

constexpr RuleInfo Q007{"Q007", Severity::warning,
    "Measure linked to no goal (an error in a strategic plan)", "Opatření bez cíle (ve strategickém plánu chyba)",
    "Measures exist to pursue goals; a strategic plan for social inclusion ties every measure to a goal, "
    "so there it is an error.",
    "Opatření existují kvůli cílům; strategický plán sociálního začleňování váže každé opatření k cíli, "
    "proto je tam chybějící cíl chybou."};

constexpr RuleInfo Q008{"Q008", Severity::error,
    "Approved strategic plan without a council approval", "Schválený strategický plán bez usnesení zastupitelstva",
    "A strategic plan for social inclusion is binding once the council approves it; a plan marked "
    "approved or in force must record that approval.",
    "Strategický plán sociálního začleňování je závazný po schválení zastupitelstvem; plán označený jako "
    "schválený nebo platný musí toto schválení uvádět."};

constexpr RuleInfo Q009{"Q009", Severity::info,
    "Goal without evidence from an analysis", "Cíl bez opory v analýze",
    "Goals should be grounded in an analysis of the locality; evaluations found measures without evidence "
    "behind them.",
    "Cíle mají vycházet z analýzy lokality; evaluace nacházely opatření bez podkladů."};

constexpr RuleInfo Q010{"Q010", Severity::warning,
    "Local partnership without a decision-maker", "Lokální partnerství bez osoby s rozhodovací pravomocí",
    "The evaluations' key finding: a local partnership works when people with decision-making powers take "
    "part; one without a chair or decision-maker rarely delivers.",
    "Klíčové zjištění evaluací: lokální partnerství funguje, když se ho účastní lidé s rozhodovací "
    "pravomocí; partnerství bez předsedy nebo takové osoby jen zřídka něčeho dosáhne."};

constexpr RuleInfo Q011{"Q011", Severity::warning,
    "Age range of a target group reversed or outside 0–120", "Věkové rozpětí cílové skupiny obrácené nebo mimo 0–120",
    "A target group's ages run from min_age to max_age within a human life; reversed or impossible ages "
    "are typos.",
    "Věk cílové skupiny sahá od min_age do max_age v mezích lidského života; obrácené nebo nemožné "
    "hodnoty jsou překlepy."};

void quality_rules(const Partnership& lp, P pointer, Context& ctx) {
  if (!lp.kind.valid() || *lp.kind != PartnershipKind::local_partnership) return;
  for (const PartnershipMember& m : valid_elements(lp.members))
    if (m.role.valid() && (*m.role == MemberRole::chair || *m.role == MemberRole::decision_maker)) return;
  ctx.add(Q010, pointer + "/members", "the local partnership has no member in the role decision_maker or chair",
          "lokální partnerství nemá žádného člena v roli osoby s rozhodovací pravomocí ani předsedy");
}

void quality_rules(const Plan& plan, P pointer, Context& ctx) {
  // Q005: a declared theme without a measure.
  if (const auto* themes = plan.themes.get())
    for (std::size_t i = 0; i < themes->size(); ++i)
      if (const Theme* t = (*themes)[i].get(); t && !ctx.plan_themes_used.count(static_cast<int>(*t)))
        ctx.add(Q005, pointer + "/themes/" + std::to_string(i),
                "the plan declares the theme " + std::string(to_code(*t)) + " but no measure is in it",
                "plán deklaruje téma " + std::string(label_cs(*t)) + ", ale žádné opatření do něj nepatří");
  // Q008: an approved or in-force strategic plan records its council approval.
  if (plan.kind.valid() && *plan.kind == PlanKind::strategic_plan && plan.status.valid() &&
      (*plan.status == PlanStatus::approved || *plan.status == PlanStatus::in_force) && !plan.approval.present())
    ctx.add(Q008, pointer,
            "the strategic plan is " + std::string(to_code(*plan.status)) + " but records no council approval",
            "strategický plán je " + std::string(label_cs(*plan.status)) + ", ale neuvádí schválení zastupitelstvem");
}

void quality_rules(const Goal& g, P pointer, Context& ctx) {
  const Id* id = g.id.get();
  if (id && !ctx.plan_goals_used.count(*id) && !ctx.facts.parent_goals.count(*id))
    ctx.add(Q001, pointer, "no measure pursues the goal " + *id, "cíl " + *id + " nenaplňuje žádné opatření");
  if (!g.evidence.present() || (g.evidence.valid() && g.evidence->empty()))
    ctx.add(Q009, pointer, "the goal cites no analysis as evidence", "cíl se neopírá o žádnou analýzu");
}

void quality_rules(const Measure& m, P pointer, Context& ctx) {
  const Id* id = m.id.get();
  if (id && !ctx.facts.indicator_subjects.count(*id))
    ctx.add(Q002, pointer, "no indicator measures the measure " + *id, "opatření " + *id + " nemá žádný indikátor");
  if (!m.responsible.present())
    ctx.add(Q003, pointer, "the measure has no responsible organisation", "opatření nemá odpovědnou organizaci");
  if (const Budget* b = m.budget.get(); b && (!b->sources.present() || (b->sources.valid() && b->sources->empty())))
    ctx.add(Q004, pointer + "/budget", "the budget has no funding sources", "rozpočet nemá zdroje financování");
  if (!m.goal.present()) {
    bool strategic = ctx.plan && ctx.plan->kind.valid() && *ctx.plan->kind == PlanKind::strategic_plan;
    ctx.add_with(Q007, strategic ? Severity::error : Severity::warning, pointer,
                 std::string("the measure is linked to no goal") + (strategic ? " in a strategic plan" : ""),
                 std::string("opatření není propojeno s žádným cílem") + (strategic ? " ve strategickém plánu" : ""));
  }
}

void quality_rules(const TargetGroupSpec& g, P pointer, Context& ctx) {
  const std::int64_t* lo = g.min_age.get();
  const std::int64_t* hi = g.max_age.get();
  auto outside = [](std::int64_t a) { return a < 0 || a > 120; };
  if ((lo && outside(*lo)) || (hi && outside(*hi)))
    ctx.add(Q011, pointer, "the age range lies outside 0–120", "věkové rozpětí leží mimo 0–120");
  else if (lo && hi && *lo > *hi)
    ctx.add(Q011, pointer,
            "the age range is reversed: min_age " + std::to_string(*lo) + " is above max_age " + std::to_string(*hi),
            "věkové rozpětí je obrácené: min_age " + std::to_string(*lo) + " je vyšší než max_age " + std::to_string(*hi));
}

void quality_rules(const Project& p, P pointer, Context& ctx) {
  bool linked = p.measures.valid() && !p.measures->empty();
  if (const Id* id = p.id.get(); id && ctx.facts.projects_with_measure.count(*id)) linked = true;
  if (!linked)
    ctx.add(Q006, pointer, "the project is linked to no measure of a plan",
            "projekt není propojen s žádným opatřením plánu");
}

std::span<const RuleInfo> quality_family() noexcept {
  static constexpr std::array all{Q001, Q002, Q003, Q004, Q005, Q006, Q007, Q008, Q009, Q010, Q011};
  return all;
}

}  // namespace inclusio::rules
