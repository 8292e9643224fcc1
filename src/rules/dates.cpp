// D002-D008: the order of periods, and dates against the periods they belong to.

#include "rules.hpp"

namespace inclusio::rules {

constexpr RuleInfo D002{"D002", Severity::error,
    "Period starts after it ends", "Období začíná po svém konci",
    "A period's start must not be after its end; reversed dates usually mean the two were swapped.",
    "Začátek období nesmí být po jeho konci; obrácená data obvykle znamenají jejich záměnu."};

constexpr RuleInfo D003{"D003", Severity::warning,
    "Measure period outside its plan's period", "Období opatření mimo období plánu",
    "A measure is carried out within the plan that contains it; a period reaching outside the plan's "
    "suggests a wrong date or a measure that belongs to a revision.",
    "Opatření se uskutečňuje v rámci plánu, který je obsahuje; období přesahující plán ukazuje na chybné "
    "datum nebo na opatření, které patří do revize."};

constexpr RuleInfo D004{"D004", Severity::warning,
    "Target date outside the period of the indicator's subject",
    "Termín cílové hodnoty mimo období předmětu indikátoru",
    "A target is meant to be reached while its plan, measure or project runs; a deadline outside that "
    "period cannot be monitored by it.",
    "Cílové hodnoty se má dosáhnout za trvání plánu, opatření nebo projektu; termín mimo toto období jimi "
    "nelze sledovat."};

constexpr RuleInfo D005{"D005", Severity::warning,
    "Observation dated before the baseline", "Pozorování datované před výchozí hodnotou",
    "The baseline is the starting point of measurement; an earlier observation usually means a wrong date "
    "or a wrong baseline.",
    "Výchozí hodnota je počátkem měření; dřívější pozorování obvykle znamená chybné datum nebo chybnou "
    "výchozí hodnotu."};

constexpr RuleInfo D006{"D006", Severity::warning,
    "Plan approved after its period started", "Plán schválen až po začátku svého období",
    "A strategic plan becomes binding by the council's approval; a plan whose period started before its "
    "approval ran for a while without a mandate.",
    "Strategický plán se stává závazným schválením zastupitelstvem; plán, jehož období začalo před "
    "schválením, nějakou dobu běžel bez mandátu."};

constexpr RuleInfo D007{"D007", Severity::warning,
    "Plan length does not match its support type", "Délka plánu neodpovídá typu podpory",
    "Intensive comprehensive support runs in 3-year cycles, remote intensive and remote partial support in "
    "1-year cycles; a plan more than 3 months longer or shorter than its cycle is probably misdated or "
    "misclassified.",
    "Intenzivní komplexní podpora probíhá v tříletých cyklech, vzdálená intenzivní a vzdálená dílčí "
    "podpora v ročních; plán delší nebo kratší o více než 3 měsíce má nejspíš chybná data nebo typ."};

constexpr RuleInfo D008{"D008", Severity::error,
    "Observation dated after as_of", "Pozorování datované po rozhodném dni",
    "An observation cannot come from the future: a date after the validation day (as_of) is a typo in the "
    "year or a planned value entered as an observation.",
    "Pozorování nemůže pocházet z budoucnosti: datum po rozhodném dni (as_of) je překlep v roce nebo "
    "plánovaná hodnota zapsaná jako pozorování."};

namespace {
}  // namespace

// D002: a period starts after it ends.
void date_rules(const Period& period, P pointer, Context& ctx) {
  const Date* start = period.start.get();
  const Date* end = period.end.get();
  if (start && end && *end < *start)
    ctx.add(D002, pointer,
            "the period starts " + start->to_string() + ", after it ends " + end->to_string(),
            "období začíná " + start->format_cs() + ", až po svém konci " + end->format_cs());
}

// D006: approved after the period started; D007: length against the support type's cycle.
void date_rules(const Plan& plan, P pointer, Context& ctx) {
  std::optional<DateRange> period = plan.period.valid() ? plan.period->range() : std::nullopt;
  if (!period) return;
  if (const Approval* a = plan.approval.get())
    if (const Date* d = a->date.get(); d && *d > period->start())
      ctx.add(D006, pointer + "/approval/date",
              "the plan was approved on " + d->to_string() + ", after its period started on " +
                  period->start().to_string(),
              "plán byl schválen " + d->format_cs() + ", až po začátku svého období " + period->start().format_cs());
  if (const SupportType* s = plan.support_type.get()) {
    int months = *s == SupportType::intensive_comprehensive ? 36 : 12;
    try {
      Date expected_end = period->start().add_months(months);  // the day after a full cycle
      Date actual_end = period->end().add_days(1);
      if (actual_end < expected_end.add_months(-3) || actual_end > expected_end.add_months(3))
        ctx.add(D007, pointer + "/period",
                "the plan runs " + period->to_string() + ", but " + std::string(label_en(*s)) + " has a " +
                    (months == 36 ? "3-year" : "1-year") + " cycle (±3 months)",
                "plán trvá " + period->format_cs() + ", ale " + std::string(label_cs(*s)) + " má cyklus " +
                    (months == 36 ? "3 roky" : "1 rok") + " (±3 měsíce)");
    } catch (const Error&) {
      // a period at the end of the representable calendar: nothing to compare
    }
  }
}

// D003: a measure's period reaches outside its plan's.
void date_rules(const Measure& m, P pointer, Context& ctx) {
  if (!ctx.plan || !m.period.valid() || !ctx.plan->period.valid()) return;
  auto own = m.period->range();
  auto plan = ctx.plan->period->range();
  if (own && plan && !plan->contains(*own))
    ctx.add(D003, pointer + "/period",
            "the measure runs " + own->to_string() + ", outside its plan's period " + plan->to_string(),
            "opatření trvá " + own->format_cs() + ", mimo období svého plánu " + plan->format_cs());
}

// D004: a target's date outside the period of the indicator's subject.
void date_rules(const Target& t, P pointer, Context& ctx) {
  const Date* d = t.date.get();
  if (!d || !ctx.indicator || !ctx.indicator->subject.valid()) return;
  const Id* subject = ctx.indicator->subject->id.get();
  if (!subject) return;
  if (auto period = period_of(ctx.doc, *subject); period && !period->contains(*d))
    ctx.add(D004, pointer + "/date",
            "the target date " + d->to_string() + " is outside " + *subject + "'s period " + period->to_string(),
            "termín cílové hodnoty " + d->format_cs() + " je mimo období " + *subject + " " + period->format_cs());
}

// D005: observed before the baseline; D008: observed after as_of.
void date_rules(const Observation& o, P pointer, Context& ctx) {
  std::optional<Date> when = o.as_of_date();
  if (!when) return;
  // Built only for a finding: this runs for every observation of an archive.
  auto where = [&] { return pointer + (o.date.valid() ? "/date" : "/period"); };
  if (ctx.indicator && ctx.indicator->baseline.valid())
    if (const Date* b = ctx.indicator->baseline->date.get(); b && *when < *b)
      ctx.add(D005, where(), "observed on " + when->to_string() + ", before the baseline of " + b->to_string(),
              "pozorováno " + when->format_cs() + ", před výchozí hodnotou k " + b->format_cs());
  if (*when > ctx.as_of)
    ctx.add(D008, where(),
            "observed on " + when->to_string() + ", after the validation date " + ctx.as_of.to_string(),
            "pozorováno " + when->format_cs() + ", po rozhodném dni " + ctx.as_of.format_cs());
}

std::span<const RuleInfo> date_family() noexcept {
  static constexpr std::array all{D002, D003, D004, D005, D006, D007, D008};
  return all;
}

}  // namespace inclusio::rules
