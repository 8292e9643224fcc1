// D002-D008: the order of periods, and dates against the periods they belong to.

#include "rules.hpp"

namespace inclusio::rules {

namespace {
std::string range_text(const DateRange& r) { return r.start().to_string() + " – " + r.end().to_string(); }
}  // namespace

// D002: a period starts after it ends.
void date_rules(const Period& period, P pointer, Context& ctx) {
  const Date* start = period.start.get();
  const Date* end = period.end.get();
  if (start && end && *end < *start)
    ctx.add("D002", pointer,
            "the period starts " + start->to_string() + ", after it ends " + end->to_string(),
            "období začíná " + start->to_string() + ", až po svém konci " + end->to_string());
}

// D006: approved after the period started; D007: length against the support type's cycle.
void date_rules(const Plan& plan, P pointer, Context& ctx) {
  std::optional<DateRange> period = plan.period.valid() ? plan.period->range() : std::nullopt;
  if (!period) return;
  if (const Approval* a = plan.approval.get())
    if (const Date* d = a->date.get(); d && *d > period->start())
      ctx.add("D006", pointer + "/approval/date",
              "the plan was approved on " + d->to_string() + ", after its period started on " +
                  period->start().to_string(),
              "plán byl schválen " + d->to_string() + ", až po začátku svého období " + period->start().to_string());
  if (const SupportType* s = plan.support_type.get()) {
    int months = *s == SupportType::intensive_comprehensive ? 36 : 12;
    try {
      Date expected_end = period->start().add_months(months);  // the day after a full cycle
      Date actual_end = period->end().add_days(1);
      if (actual_end < expected_end.add_months(-3) || actual_end > expected_end.add_months(3))
        ctx.add("D007", pointer + "/period",
                "the plan runs " + range_text(*period) + ", but " + std::string(label_en(*s)) + " has a " +
                    (months == 36 ? "3-year" : "1-year") + " cycle (±3 months)",
                "plán trvá " + range_text(*period) + ", ale " + std::string(label_cs(*s)) + " má cyklus " +
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
    ctx.add("D003", pointer + "/period",
            "the measure runs " + range_text(*own) + ", outside its plan's period " + range_text(*plan),
            "opatření trvá " + range_text(*own) + ", mimo období svého plánu " + range_text(*plan));
}

// D004: a target's date outside the period of the indicator's subject.
void date_rules(const Target& t, P pointer, Context& ctx) {
  const Date* d = t.date.get();
  if (!d || !ctx.indicator || !ctx.indicator->subject.valid()) return;
  const Id* subject = ctx.indicator->subject->id.get();
  if (!subject) return;
  if (auto period = period_of(ctx.doc, *subject); period && !period->contains(*d))
    ctx.add("D004", pointer + "/date",
            "the target date " + d->to_string() + " is outside " + *subject + "'s period " + range_text(*period),
            "termín cílové hodnoty " + d->to_string() + " je mimo období " + *subject + " " + range_text(*period));
}

// D005: observed before the baseline; D008: observed after as_of.
void date_rules(const Observation& o, P pointer, Context& ctx) {
  std::optional<Date> when = o.as_of_date();
  if (!when) return;
  // Built only for a finding: this runs for every observation of an archive.
  auto where = [&] { return pointer + (o.date.valid() ? "/date" : "/period"); };
  if (ctx.indicator && ctx.indicator->baseline.valid())
    if (const Date* b = ctx.indicator->baseline->date.get(); b && *when < *b)
      ctx.add("D005", where(), "observed on " + when->to_string() + ", before the baseline of " + b->to_string(),
              "pozorováno " + when->to_string() + ", před výchozí hodnotou k " + b->to_string());
  if (*when > ctx.as_of)
    ctx.add("D008", where(),
            "observed on " + when->to_string() + ", after the validation date " + ctx.as_of.to_string(),
            "pozorováno " + when->to_string() + ", po rozhodném dni " + ctx.as_of.to_string());
}

}  // namespace inclusio::rules
