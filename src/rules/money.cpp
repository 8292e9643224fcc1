// M002-M006: amounts are non-negative, sources sum exactly to totals in one currency, and a project's
// money does not grow from request to approval to drawing.

#include "rules.hpp"

namespace inclusio::rules {

namespace {
void negative(const Field<Money>& amount, const std::string& pointer, Context& ctx) {
  if (const Money* m = amount.get(); m && m->is_negative())
    ctx.add("M002", pointer, "negative amount " + Context::money_en(*m), "záporná částka " + Context::money_cs(*m));
}
}  // namespace

void money_rules(const Budget& b, P pointer, Context& ctx) {
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
      ctx.add("M005", at,
              "a source in " + std::string(amount->currency().code()) + " cannot be added to a total in " +
                  std::string(sum.currency().code()),
              "zdroj v měně " + std::string(amount->currency().code()) + " nelze sčítat s celkovou částkou v " +
                  std::string(sum.currency().code()));
      return;
    }
    if (!Money::checked_add(sum, *amount, sum)) {
      ctx.add("M004", at, "the sum of the funding sources overflows", "součet zdrojů financování přetéká");
      return;
    }
  }
  if (sum != *total)
    ctx.add("M003", pointer + "/sources",
            "funding sources sum to " + Context::money_en(sum) + " but the total is " + Context::money_en(*total),
            "zdroje financování dávají součet " + Context::money_cs(sum) + ", ale celkem je " +
                Context::money_cs(*total));
}

void money_rules(const Project& p, P pointer, Context& ctx) {
  negative(p.requested, pointer + "/requested", ctx);
  negative(p.approved, pointer + "/approved", ctx);
  negative(p.drawn, pointer + "/drawn", ctx);
  const Money* requested = p.requested.get();
  const Money* approved = p.approved.get();
  const Money* drawn = p.drawn.get();
  if (drawn && approved && drawn->currency() == approved->currency() && drawn->minor_units() > approved->minor_units())
    ctx.add("M006", pointer + "/drawn",
            "drawn " + Context::money_en(*drawn) + " is more than approved " + Context::money_en(*approved),
            "čerpáno " + Context::money_cs(*drawn) + " je více než schváleno " + Context::money_cs(*approved));
  if (approved && requested && approved->currency() == requested->currency() &&
      approved->minor_units() > requested->minor_units())
    ctx.add("M006", pointer + "/approved",
            "approved " + Context::money_en(*approved) + " is more than requested " + Context::money_en(*requested),
            "schváleno " + Context::money_cs(*approved) + " je více než požadováno " + Context::money_cs(*requested));
}

}  // namespace inclusio::rules
