#include <inclusio/document.hpp>

#include "document_format.hpp"

#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace inclusio {

// The id index: open addressing with linear probing over the entries in document order. Keys are
// views of the entities' own ids (any change to the document drops the index first), so building it
// copies no id, and a lookup hashes the id once and compares text only when 32 bits of hash agree.
struct Document::Index {
  std::vector<Entry> entries;          // the first entity of each id, in document order
  std::vector<std::string_view> ids;   // entries[i]'s id
  std::vector<std::uint64_t> slots;    // 0: empty; else the hash's upper half, then 1 + index in entries
  std::size_t count = 0;

  static std::uint64_t hash(std::string_view id) noexcept { return std::hash<std::string_view>{}(id); }
  std::size_t mask() const noexcept { return slots.size() - 1; }
  static std::uint64_t tag(std::uint64_t h) noexcept { return h >> 32; }

  // The slot holding `id`, or the empty slot where it would go.
  std::uint64_t& slot_of(std::string_view id, std::uint64_t h) {
    return const_cast<std::uint64_t&>(std::as_const(*this).slot_of(id, h));
  }
  const std::uint64_t& slot_of(std::string_view id, std::uint64_t h) const {
    for (std::size_t i = h & mask();; i = (i + 1) & mask()) {
      const std::uint64_t& s = slots[i];
      if (s == 0) return s;
      if ((s >> 32) == tag(h) && ids[(s & 0xFFFFFFFFu) - 1] == id) return s;
    }
  }

  const Entry* find(std::string_view id) const {
    if (slots.empty()) return nullptr;
    std::uint64_t s = slot_of(id, hash(id));
    return s == 0 ? nullptr : &entries[(s & 0xFFFFFFFFu) - 1];
  }

  void add(const Field<Id>& id, EntityKind kind, const void* entity, const Plan* plan, const detail::Pointer& p) {
    const Id* s = id.get();
    if (!s) return;
    ++count;
    entries.push_back(Entry{kind, entity, plan, p.str()});
    ids.push_back(*s);
  }

  // Fills the table once every entity is listed; a repeated id keeps its first entity.
  void hash_entries() {
    if (entries.size() >= 0xFFFFFFFFu) throw std::length_error("more than 4 294 967 294 entities with an id");
    std::size_t size = 16;
    while (size < entries.size() * 2) size *= 2;
    slots.assign(size, 0);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      std::uint64_t h = hash(ids[i]);
      std::uint64_t& s = slot_of(ids[i], h);
      if (s != 0) continue;
      if (kept != i) {
        entries[kept] = std::move(entries[i]);
        ids[kept] = ids[i];
      }
      s = (tag(h) << 32) | (kept + 1);
      ++kept;
    }
    entries.resize(kept);
    ids.resize(kept);
  }

  template <class T, class F>
  void each(const List<T>& list, detail::Pointer& p, std::string_view key, F&& f) {
    const auto* items = list.get();
    if (!items) return;
    p.push(key);
    for (std::size_t i = 0; i < items->size(); ++i) {
      if (const T* item = (*items)[i].get()) {
        p.push(i);
        f(*item);
        p.pop();
      }
    }
    p.pop();
  }

  explicit Index(const Document& d) {
    detail::Pointer p;
    each(d.territories(), p, "territories", [&](const Territory& t) { add(t.id, EntityKind::territory, &t, nullptr, p); });
    each(d.organizations(), p, "organizations",
         [&](const Organization& o) { add(o.id, EntityKind::organization, &o, nullptr, p); });
    each(d.partnerships(), p, "partnerships", [&](const Partnership& ps) {
      add(ps.id, EntityKind::partnership, &ps, nullptr, p);
      each(ps.working_groups, p, "working_groups",
           [&](const WorkingGroup& wg) { add(wg.id, EntityKind::working_group, &wg, nullptr, p); });
    });
    each(d.plans(), p, "plans", [&](const Plan& plan) {
      add(plan.id, EntityKind::plan, &plan, nullptr, p);
      each(plan.goals, p, "goals", [&](const Goal& g) { add(g.id, EntityKind::goal, &g, &plan, p); });
      each(plan.measures, p, "measures", [&](const Measure& m) { add(m.id, EntityKind::measure, &m, &plan, p); });
    });
    each(d.projects(), p, "projects", [&](const Project& x) { add(x.id, EntityKind::project, &x, nullptr, p); });
    each(d.indicators(), p, "indicators", [&](const Indicator& x) { add(x.id, EntityKind::indicator, &x, nullptr, p); });
    each(d.evaluations(), p, "evaluations",
         [&](const Evaluation& x) { add(x.id, EntityKind::evaluation, &x, nullptr, p); });
    each(d.events(), p, "events", [&](const Event& x) { add(x.id, EntityKind::event, &x, nullptr, p); });
    each(d.documents(), p, "documents",
         [&](const SupportingDocument& x) { add(x.id, EntityKind::document, &x, nullptr, p); });
    hash_entries();
  }
};

Document::Document(const Document& o)
    : currency_(o.currency_),
      territories_(o.territories_),
      organizations_(o.organizations_),
      partnerships_(o.partnerships_),
      plans_(o.plans_),
      projects_(o.projects_),
      indicators_(o.indicators_),
      evaluations_(o.evaluations_),
      events_(o.events_),
      documents_(o.documents_),
      extra_(o.extra_) {}

Document::Document(Document&& o) noexcept
    : currency_(std::move(o.currency_)),
      territories_(std::move(o.territories_)),
      organizations_(std::move(o.organizations_)),
      partnerships_(std::move(o.partnerships_)),
      plans_(std::move(o.plans_)),
      projects_(std::move(o.projects_)),
      indicators_(std::move(o.indicators_)),
      evaluations_(std::move(o.evaluations_)),
      events_(std::move(o.events_)),
      documents_(std::move(o.documents_)),
      extra_(std::move(o.extra_)) {
  o.drop_index();
}

Document& Document::operator=(const Document& o) {
  if (this != &o) *this = Document(o);
  return *this;
}

Document& Document::operator=(Document&& o) noexcept {
  if (this == &o) return *this;
  currency_ = std::move(o.currency_);
  territories_ = std::move(o.territories_);
  organizations_ = std::move(o.organizations_);
  partnerships_ = std::move(o.partnerships_);
  plans_ = std::move(o.plans_);
  projects_ = std::move(o.projects_);
  indicators_ = std::move(o.indicators_);
  evaluations_ = std::move(o.evaluations_);
  events_ = std::move(o.events_);
  documents_ = std::move(o.documents_);
  extra_ = std::move(o.extra_);
  drop_index();
  o.drop_index();
  return *this;
}

bool operator==(const Document& a, const Document& b) {
  return a.currency_ == b.currency_ && a.territories_ == b.territories_ && a.organizations_ == b.organizations_ &&
         a.partnerships_ == b.partnerships_ && a.plans_ == b.plans_ && a.projects_ == b.projects_ &&
         a.indicators_ == b.indicators_ && a.evaluations_ == b.evaluations_ && a.events_ == b.events_ &&
         a.documents_ == b.documents_ && a.extra_ == b.extra_;
}

Currency Document::default_currency() const noexcept {
  if (const std::string* c = currency_.get(); c && Currency::is_valid_code(*c)) return Currency(*c);
  return Currency{};
}

void Document::set_currency(Currency currency) {
  currency_ = std::string(currency.code());
  drop_index();
  resolve_currencies();
}

const Document::Index& Document::index() const {
  if (const Index* ready = ready_index_.load(std::memory_order_acquire)) return *ready;
  std::lock_guard<std::mutex> lock(index_mutex_);
  if (!index_) index_ = std::make_shared<const Index>(*this);
  ready_index_.store(index_.get(), std::memory_order_release);
  return *index_;
}

const Document::Entry* Document::find(std::string_view id) const {
  return index().find(id);
}

std::size_t Document::entity_count() const { return index().count; }

namespace {
Currency currency_of(const Field<std::string>& own, Currency fallback) {
  if (const std::string* c = own.get(); c && Currency::is_valid_code(*c)) return Currency(*c);
  return fallback;
}
void set_currency_of(Field<Money>& m, Currency c) {
  if (Money* v = m.get()) *v = v->with_currency(c);
}
}  // namespace

void Document::resolve_currencies() {
  Currency doc_currency = default_currency();
  if (auto* plans = plans_.get()) {
    for (auto& pf : *plans) {
      Plan* plan = pf.get();
      if (!plan || !plan->measures.get()) continue;
      for (auto& mf : *plan->measures.get()) {
        Measure* m = mf.get();
        Budget* b = m ? m->budget.get() : nullptr;
        if (!b) continue;
        Currency c = currency_of(b->currency, doc_currency);
        set_currency_of(b->total, c);
        if (auto* sources = b->sources.get())
          for (auto& sf : *sources)
            if (FundingShare* s = sf.get()) set_currency_of(s->amount, currency_of(s->currency, c));
      }
    }
  }
  if (auto* projects = projects_.get()) {
    for (auto& pf : *projects) {
      Project* p = pf.get();
      if (!p) continue;
      Currency c = currency_of(p->currency, doc_currency);
      set_currency_of(p->requested, c);
      set_currency_of(p->approved, c);
      set_currency_of(p->drawn, c);
    }
  }
}

}  // namespace inclusio
