// Q001-Q011: the methodology's signs of a weak plan — goals nobody pursues, measures nobody is
// responsible for or can measure, projects copied in without a measure, partnerships without
// decision-makers.

#include "rules.hpp"

namespace inclusio::rules {

void quality_rules(const Partnership& lp, P pointer, Context& ctx) {
  if (!lp.kind.valid() || *lp.kind != PartnershipKind::local_partnership) return;
  for (const PartnershipMember& m : valid_elements(lp.members))
    if (m.role.valid() && (*m.role == MemberRole::chair || *m.role == MemberRole::decision_maker)) return;
  ctx.add("Q010", pointer + "/members", "the local partnership has no member in the role decision_maker or chair",
          "lokální partnerství nemá žádného člena v roli osoby s rozhodovací pravomocí ani předsedy");
}

void quality_rules(const Plan& plan, P pointer, Context& ctx) {
  // Q005: a declared theme without a measure.
  if (const auto* themes = plan.themes.get())
    for (std::size_t i = 0; i < themes->size(); ++i)
      if (const Theme* t = (*themes)[i].get(); t && !ctx.plan_themes_used.count(static_cast<int>(*t)))
        ctx.add("Q005", pointer + "/themes/" + std::to_string(i),
                "the plan declares the theme " + std::string(to_code(*t)) + " but no measure is in it",
                "plán deklaruje téma " + std::string(label_cs(*t)) + ", ale žádné opatření do něj nepatří");
  // Q008: an approved or in-force strategic plan records its council approval.
  if (plan.kind.valid() && *plan.kind == PlanKind::strategic_plan && plan.status.valid() &&
      (*plan.status == PlanStatus::approved || *plan.status == PlanStatus::in_force) && !plan.approval.present())
    ctx.add("Q008", pointer,
            "the strategic plan is " + std::string(to_code(*plan.status)) + " but records no council approval",
            "strategický plán je " + std::string(label_cs(*plan.status)) + ", ale neuvádí schválení zastupitelstvem");
}

void quality_rules(const Goal& g, P pointer, Context& ctx) {
  const Id* id = g.id.get();
  if (id && !ctx.plan_goals_used.count(*id) && !ctx.facts.parent_goals.count(*id))
    ctx.add("Q001", pointer, "no measure pursues the goal " + *id, "cíl " + *id + " nenaplňuje žádné opatření");
  if (!g.evidence.present() || (g.evidence.valid() && g.evidence->empty()))
    ctx.add("Q009", pointer, "the goal cites no analysis as evidence", "cíl se neopírá o žádnou analýzu");
}

void quality_rules(const Measure& m, P pointer, Context& ctx) {
  const Id* id = m.id.get();
  if (id && !ctx.facts.indicator_subjects.count(*id))
    ctx.add("Q002", pointer, "no indicator measures the measure " + *id, "opatření " + *id + " nemá žádný indikátor");
  if (!m.responsible.present())
    ctx.add("Q003", pointer, "the measure has no responsible organisation", "opatření nemá odpovědnou organizaci");
  if (const Budget* b = m.budget.get(); b && (!b->sources.present() || (b->sources.valid() && b->sources->empty())))
    ctx.add("Q004", pointer + "/budget", "the budget has no funding sources", "rozpočet nemá zdroje financování");
  if (!m.goal.present()) {
    bool strategic = ctx.plan && ctx.plan->kind.valid() && *ctx.plan->kind == PlanKind::strategic_plan;
    ctx.add_with("Q007", strategic ? Severity::error : Severity::warning, pointer,
                 std::string("the measure is linked to no goal") + (strategic ? " in a strategic plan" : ""),
                 std::string("opatření není propojeno s žádným cílem") + (strategic ? " ve strategickém plánu" : ""));
  }
}

void quality_rules(const TargetGroupSpec& g, P pointer, Context& ctx) {
  const std::int64_t* lo = g.min_age.get();
  const std::int64_t* hi = g.max_age.get();
  auto outside = [](std::int64_t a) { return a < 0 || a > 120; };
  if ((lo && outside(*lo)) || (hi && outside(*hi)))
    ctx.add("Q011", pointer, "the age range lies outside 0–120", "věkové rozpětí leží mimo 0–120");
  else if (lo && hi && *lo > *hi)
    ctx.add("Q011", pointer,
            "the age range is reversed: min_age " + std::to_string(*lo) + " is above max_age " + std::to_string(*hi),
            "věkové rozpětí je obrácené: min_age " + std::to_string(*lo) + " je vyšší než max_age " + std::to_string(*hi));
}

void quality_rules(const Project& p, P pointer, Context& ctx) {
  bool linked = p.measures.valid() && !p.measures->empty();
  if (const Id* id = p.id.get(); id && ctx.facts.projects_with_measure.count(*id)) linked = true;
  if (!linked)
    ctx.add("Q006", pointer, "the project is linked to no measure of a plan",
            "projekt není propojen s žádným opatřením plánu");
}

}  // namespace inclusio::rules
