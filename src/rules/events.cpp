// E001, E002: vote and petition counts add up; an event happens while its subject runs.

#include "rules.hpp"

namespace inclusio::rules {

constexpr RuleInfo E001{"E001", Severity::error,
    "Event outcome inconsistent", "Nekonzistentní výsledek akce",
    "Votes and signatures are counts: none is negative, and yes plus no votes cannot exceed the valid "
    "votes (Toužim 2012: 1 209 valid, 89 yes, 1 113 no).",
    "Hlasy a podpisy jsou počty: žádný není záporný a hlasy pro a proti nepřevýší platné hlasy (Toužim "
    "2012: 1 209 platných, 89 pro, 1 113 proti)."};

constexpr RuleInfo E002{"E002", Severity::warning,
    "Event dated outside the period of its subject", "Akce mimo období svého předmětu",
    "An event about a plan, measure or project takes place while it runs; a date outside usually means a "
    "wrong year or a wrong subject.",
    "Akce týkající se plánu, opatření nebo projektu se koná za jeho trvání; datum mimo obvykle znamená "
    "chybný rok nebo předmět."};

void event_rules(const Event& e, P pointer, Context& ctx) {
  if (const EventOutcome* o = e.outcome.get()) {
    std::string at = pointer + "/outcome";
    bool negative = false;
    for (const auto* f : {&o->valid, &o->yes, &o->no, &o->signatures})
      if (const std::int64_t* n = f->get(); n && *n < 0) negative = true;
    if (negative) {
      ctx.add(E001, at, "the outcome has a negative count", "výsledek obsahuje záporný počet");
    } else if (o->valid.valid() && o->yes.valid() && o->no.valid()) {
      std::int64_t sum = 0;
      if (__builtin_add_overflow(*o->yes, *o->no, &sum) || sum > *o->valid)
        ctx.add(E001, at,
                std::to_string(*o->yes) + " yes and " + std::to_string(*o->no) + " no votes exceed the " +
                    std::to_string(*o->valid) + " valid votes",
                std::to_string(*o->yes) + " hlasů pro a " + std::to_string(*o->no) + " proti převyšuje " +
                    std::to_string(*o->valid) + " platných hlasů");
    }
  }
  const Date* d = e.date.get();
  const auto* subject = e.subject.get();
  if (d && subject)
    if (auto period = period_of(ctx.doc, subject->id); period && !period->contains(*d))
      ctx.add(E002, pointer + "/date",
              "the event on " + d->to_string() + " is outside " + subject->id + "'s period " +
                  period->start().to_string() + " – " + period->end().to_string(),
              "akce " + d->to_string() + " je mimo období " + subject->id + " " + period->start().to_string() + " – " +
                  period->end().to_string());
}

std::span<const RuleInfo> event_family() noexcept {
  static constexpr std::array all{E001, E002};
  return all;
}

}  // namespace inclusio::rules
