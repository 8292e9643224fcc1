#include "context.hpp"

#include "../portfolio_sums.hpp"

#include <algorithm>
#include <map>

namespace inclusio::rules {

Facts::Facts(const Document& doc) {
  compute_links(doc);
  compute_cycles(doc);
  compute_sums(doc);
}

void Facts::compute_sums(const Document& doc) {
  // The portfolio's sums as a summary adds them; each member that makes one overflow is noted once,
  // under the record holding it.
  auto noted_under = [&](const void* record) {
    return [this, record](std::string_view member, bool amounts) {
      overflowing_sums[record].push_back({std::string(member), amounts});
    };
  };
  MoneySums budget_total;
  std::map<FundingSource, MoneySums> budget_by_source;
  for (const Plan& plan : valid_elements(doc.plans()))
    for (const Measure& m : valid_elements(plan.measures))
      if (const Budget* b = m.budget.get()) detail::add_budget(budget_total, budget_by_source, *b, noted_under(b));
  ProjectTotals projects;
  for (const Project& p : valid_elements(doc.projects())) detail::add_project(projects, p, noted_under(&p));
}

Context::Context(const Document& d, const Facts& shared, const ValidateOptions& options, std::vector<Finding>& out)
    : doc(d),
      as_of(options.as_of.value_or(Date::today())),
      lang(options.language),
      facts(shared),
      options_(options),
      out_(out) {}

void Context::report(std::string_view code, Severity natural, std::string pointer, std::string entity_id,
                     std::string message) {
  std::optional<Severity> s = options_.profile.apply(code, natural);
  if (!s) return;
  out_.push_back(Finding{std::string(code), *s, std::move(pointer), std::move(entity_id), std::move(message)});
}

const std::string& Context::entity() const {
  static const std::string none;
  return entities.empty() ? none : entities.back();
}

void Context::add(const RuleInfo& rule, std::string pointer, const std::string& en, const std::string& cs) {
  add_with(rule, rule.severity, std::move(pointer), en, cs);
}

void Context::add_with(const RuleInfo& rule, Severity natural, std::string pointer, const std::string& en,
                       const std::string& cs) {
  report(rule.code, natural, std::move(pointer), entity(), lang == Language::cs ? cs : en);
}

std::string Context::num_cs(const Decimal& d) { return d.format_cs(); }

void Context::enter_plan(const Plan& p) {
  plan = &p;
  plan_goals_used.clear();
  plan_themes_used.clear();
  for (const Measure& m : valid_elements(p.measures)) {
    if (const auto* g = m.goal.get()) plan_goals_used.insert(g->id);
    if (const Theme* t = m.theme.get()) plan_themes_used.insert(static_cast<int>(*t));
  }
}

void Facts::compute_links(const Document& doc) {
  for (const Indicator& ind : valid_elements(doc.indicators()))
    if (const IndicatorSubject* s = ind.subject.get())
      if (const Id* id = s->id.get()) indicator_subjects.insert(*id);
  for (const Plan& p : valid_elements(doc.plans())) {
    for (const Measure& m : valid_elements(p.measures))
      for (const auto& r : valid_elements(m.projects)) projects_with_measure.insert(r.id);
    for (const Goal& g : valid_elements(p.goals))
      if (const auto* parent = g.parent.get()) parent_goals.insert(parent->id);
  }
}

namespace {

// Nodes in document order, each naming its parent by id. Finds every cycle without recursion, in
// linear time, and records it against the member that comes first in document order.
struct Chain {
  const void* entity;
  std::string id;
  std::string parent;  // empty when none
};

void find_cycles(const std::vector<Chain>& nodes, std::unordered_map<const void*, std::string>& out) {
  std::unordered_map<std::string_view, std::size_t> by_id;
  for (std::size_t i = 0; i < nodes.size(); ++i) by_id.try_emplace(nodes[i].id, i);
  enum : unsigned char { unseen, on_path, done };
  std::vector<unsigned char> state(nodes.size(), unseen);
  std::vector<std::size_t> path;
  for (std::size_t start = 0; start < nodes.size(); ++start) {
    if (state[start] != unseen) continue;
    path.clear();
    std::size_t at = start;
    while (true) {
      state[at] = on_path;
      path.push_back(at);
      if (nodes[at].parent.empty()) break;
      auto it = by_id.find(nodes[at].parent);
      if (it == by_id.end()) break;
      std::size_t next = it->second;
      if (state[next] == done) break;
      if (state[next] == on_path) {
        auto from = std::find(path.begin(), path.end(), next);
        std::size_t first = *std::min_element(from, path.end());
        std::size_t length = static_cast<std::size_t>(path.end() - from);
        // Describe the cycle starting at its first member, at most 8 steps shown.
        std::string text = nodes[first].id;
        std::size_t cur = first;
        for (std::size_t step = 0; step < length && step < 8; ++step) {
          cur = by_id.at(nodes[cur].parent);
          text += " → " + nodes[cur].id;
        }
        if (length > 8) text += " → … (" + std::to_string(length) + ")";
        out.emplace(nodes[first].entity, std::move(text));
        break;
      }
      at = next;
    }
    for (std::size_t n : path) state[n] = done;
  }
}

template <class T, class ParentOf>
void chain_of(const std::vector<const T*>& items, ParentOf parent_of, std::vector<Chain>& out) {
  for (const T* t : items) {
    const Id* id = t->id.get();
    if (!id) continue;
    out.push_back({t, *id, parent_of(*t)});
  }
}

}  // namespace

void Facts::compute_cycles(const Document& doc) {
  std::vector<const Territory*> territories;
  for (const Territory& t : valid_elements(doc.territories())) territories.push_back(&t);
  std::vector<const Goal*> goals;
  std::vector<const Plan*> plans;
  for (const Plan& p : valid_elements(doc.plans())) {
    plans.push_back(&p);
    for (const Goal& g : valid_elements(p.goals)) goals.push_back(&g);
  }
  std::vector<Chain> chain;
  chain_of(territories, [](const Territory& t) { return t.parent.valid() ? t.parent->id : std::string(); }, chain);
  find_cycles(chain, cycles);
  chain.clear();
  chain_of(goals, [](const Goal& g) { return g.parent.valid() ? g.parent->id : std::string(); }, chain);
  find_cycles(chain, cycles);
  chain.clear();
  chain_of(plans, [](const Plan& p) { return p.supersedes.valid() ? p.supersedes->id : std::string(); }, chain);
  find_cycles(chain, cycles);
}

std::optional<DateRange> period_of(const Document& doc, std::string_view id) {
  const Document::Entry* e = doc.find(id);
  if (!e) return std::nullopt;
  auto range = [](const Field<Period>& p) -> std::optional<DateRange> {
    return p.valid() ? p->range() : std::nullopt;
  };
  switch (e->kind) {
    case EntityKind::plan: return range(static_cast<const Plan*>(e->entity)->period);
    case EntityKind::project: return range(static_cast<const Project*>(e->entity)->period);
    case EntityKind::measure: {
      auto own = range(static_cast<const Measure*>(e->entity)->period);
      return own ? own : (e->plan ? range(e->plan->period) : std::nullopt);
    }
    case EntityKind::goal: return e->plan ? range(e->plan->period) : std::nullopt;
    default: return std::nullopt;
  }
}

}  // namespace inclusio::rules
