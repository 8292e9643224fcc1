// E001, E002, E003: vote and petition counts add up; an event happens while its subject runs; an
// event says when it happened.

#include "rules.hpp"

#include "../czech.hpp"

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

constexpr RuleInfo E003{"E003", Severity::error,
    "Event without a date or a period", "Akce bez data i období",
    "An event is dated by its day, or, where a source gives only the span it fell in (\"four peer reviews "
    "in 2005–2007\"), by that period; an event with neither cannot be placed in any report over time, and "
    "one with both says two things.",
    "Akce se datuje dnem, nebo, když zdroj uvádí jen rozpětí („čtyři peer review v letech 2005–2007“), "
    "tímto obdobím; akci bez obojího nelze zařadit do žádného přehledu v čase a akce s obojím tvrdí dvě "
    "věci."};

void event_rules(const Event& e, P pointer, Context& ctx) {
  if (!e.date.present() && !e.period.present())
    ctx.add(E003, pointer, "the event has neither a date nor a period", "akce nemá datum ani období");
  else if (e.date.present() && e.period.present())
    ctx.add(E003, pointer + "/period", "the event has both a date and a period; give one",
            "akce má datum i období; uveďte jen jedno");
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
                detail::czech_count(static_cast<std::uint64_t>(*o->yes), "hlas", "hlasy", "hlasů") + " pro a " +
                    std::to_string(*o->no) + " proti převyšuje " +
                    detail::czech_count(static_cast<std::uint64_t>(*o->valid), "platný hlas", "platné hlasy",
                                        "platných hlasů"));
    }
  }
  const auto* subject = e.subject.get();
  if (!subject) return;
  auto running = period_of(ctx.doc, subject->id);
  if (!running) return;
  auto outside = [&](const std::string& member, const std::string& when_en, const std::string& when_cs) {
    ctx.add(E002, pointer + "/" + member, "the event " + when_en + " is outside " + subject->id + "'s period " + running->to_string(),
            "akce " + when_cs + " je mimo období " + subject->id + " " + running->format_cs());
  };
  if (const Date* d = e.date.get(); d && !running->contains(*d)) outside("date", "on " + d->to_string(), d->format_cs());
  if (const Period* p = e.period.get())
    if (auto range = p->range(); range && !running->contains(*range))
      outside("period", "in " + range->to_string(), "v období " + range->format_cs());
}

std::span<const RuleInfo> event_family() noexcept {
  static constexpr std::array all{E001, E002, E003};
  return all;
}

}  // namespace inclusio::rules
