// M002-M006: amounts are non-negative, sources sum exactly to totals in one currency, and a project's
// money does not grow from request to approval to drawing.

#include "rules.hpp"

namespace inclusio::rules {

constexpr RuleInfo M002{"M002", Severity::error,
    "Negative amount", "Záporná částka",
    "Budgets, funding sources and project amounts are never negative; a minus sign is a data-entry error.",
    "Rozpočty, zdroje financování ani částky projektů nejsou záporné; znaménko minus je chyba zápisu."};

constexpr RuleInfo M003{"M003", Severity::error,
    "Funding sources do not sum to the total", "Zdroje financování nedávají celkovou částku",
    "A measure's funding sources account for its whole budget, exactly to the haléř; a difference means a "
    "source is missing or an amount is mistyped.",
    "Zdroje financování opatření pokrývají celý jeho rozpočet, přesně na haléř; rozdíl znamená chybějící "
    "zdroj nebo překlep v částce."};

constexpr RuleInfo M004{"M004", Severity::error,
    "A sum overflows", "Součet přetéká",
    "Sums of amounts are computed exactly in 64-bit haléř; a sum beyond about 92 quadrillion CZK cannot be "
    "real and is reported instead of wrapping around.",
    "Součty částek se počítají přesně v 64bitových haléřích; součet nad zhruba 92 biliard Kč nemůže být "
    "skutečný a hlásí se místo přetečení."};

constexpr RuleInfo M005{"M005", Severity::error,
    "Amounts in different currencies added together", "Sčítání částek v různých měnách",
    "A total in CZK cannot be made of sources in EUR without an exchange rate the document does not give; "
    "such amounts are never added.",
    "Celková částka v Kč nemůže vzniknout ze zdrojů v EUR bez kurzu, který dokument neuvádí; takové "
    "částky se nikdy nesčítají."};

constexpr RuleInfo M006{"M006", Severity::warning,
    "Project drawn more than approved, or approved more than requested",
    "Projekt čerpal více, než bylo schváleno, nebo schváleno více, než bylo požadováno",
    "Money flows from request to approval to drawing; a later stage larger than the earlier one is usually "
    "a mistyped amount.",
    "Peníze plynou od žádosti přes schválení k čerpání; pozdější fáze větší než předchozí bývá překlep v "
    "částce."};

namespace {
// M004 beyond one budget: the portfolio's sums of amounts (per currency) that this record's amounts
// make overflow, as the summary would add them.
void portfolio_sums(const void* record, const std::string& pointer, Context& ctx) {
  auto it = ctx.facts.overflowing_sums.find(record);
  if (it == ctx.facts.overflowing_sums.end()) return;
  for (const auto& sum : it->second)
    if (sum.amounts)
      ctx.add(M004, pointer + "/" + sum.member, "the portfolio's sum of these amounts overflows from here on",
              "součet těchto částek za portfolio od této částky přetéká");
}

void negative(const Field<Money>& amount, const std::string& pointer, Context& ctx) {
  if (const Money* m = amount.get(); m && m->is_negative())
    ctx.add(M002, pointer, "negative amount " + Context::money_en(*m), "záporná částka " + Context::money_cs(*m));
}
}  // namespace

void money_rules(const Budget& b, P pointer, Context& ctx) {
  portfolio_sums(&b, pointer, ctx);
  negative(b.total, pointer + "/total", ctx);
  const auto* sources = b.sources.get();
  if (!sources) return;
  for (std::size_t i = 0; i < sources->size(); ++i)
    if (const FundingShare* s = (*sources)[i].get()) negative(s->amount, pointer + "/sources/" + std::to_string(i) + "/amount", ctx);

  const Money* total = b.total.get();
  if (!total || sources->empty()) return;  // Q004 speaks of a budget without sources
  Money sum(0, total->currency());
  for (std::size_t i = 0; i < sources->size(); ++i) {
    const FundingShare* s = (*sources)[i].get();
    const Money* amount = s ? s->amount.get() : nullptr;
    if (!amount) return;  // a source of the wrong form: no meaningful sum (reported by form checks)
    std::string at = pointer + "/sources/" + std::to_string(i) + "/amount";
    if (amount->currency() != sum.currency()) {
      ctx.add(M005, at,
              "a source in " + std::string(amount->currency().code()) + " cannot be added to a total in " +
                  std::string(sum.currency().code()),
              "zdroj v měně " + std::string(amount->currency().code()) + " nelze sčítat s celkovou částkou v " +
                  std::string(sum.currency().code()));
      return;
    }
    if (!Money::checked_add(sum, *amount, sum)) {
      ctx.add(M004, at, "the sum of the funding sources overflows", "součet zdrojů financování přetéká");
      return;
    }
  }
  if (sum != *total)
    ctx.add(M003, pointer + "/sources",
            "funding sources sum to " + Context::money_en(sum) + " but the total is " + Context::money_en(*total),
            "zdroje financování dávají součet " + Context::money_cs(sum) + ", ale celkem je " +
                Context::money_cs(*total));
}

void money_rules(const Project& p, P pointer, Context& ctx) {
  portfolio_sums(&p, pointer, ctx);
  negative(p.requested, pointer + "/requested", ctx);
  negative(p.approved, pointer + "/approved", ctx);
  negative(p.drawn, pointer + "/drawn", ctx);
  const Money* requested = p.requested.get();
  const Money* approved = p.approved.get();
  const Money* drawn = p.drawn.get();
  if (drawn && approved && drawn->currency() == approved->currency() && drawn->minor_units() > approved->minor_units())
    ctx.add(M006, pointer + "/drawn",
            "drawn " + Context::money_en(*drawn) + " is more than approved " + Context::money_en(*approved),
            "čerpáno " + Context::money_cs(*drawn) + " je více než schváleno " + Context::money_cs(*approved));
  if (approved && requested && approved->currency() == requested->currency() &&
      approved->minor_units() > requested->minor_units())
    ctx.add(M006, pointer + "/approved",
            "approved " + Context::money_en(*approved) + " is more than requested " + Context::money_en(*requested),
            "schváleno " + Context::money_cs(*approved) + " je více než požadováno " + Context::money_cs(*requested));
}

std::span<const RuleInfo> money_family() noexcept {
  static constexpr std::array all{M002, M003, M004, M005, M006};
  return all;
}

}  // namespace inclusio::rules
