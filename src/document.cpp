#include <inclusio/document.hpp>

#include "document_format.hpp"
#include "index_keeper.hpp"

#include <algorithm>
#include <array>
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

  // One more entity, after all the others in document order; false for an id held already.
  bool insert(const Field<Id>& id, EntityKind kind, const void* entity, const Plan* plan, std::string pointer) {
    const Id* s = id.get();
    if (!s) return true;
    if ((entries.size() + 1) * 2 > slots.size()) rehash(slots.size() * 2);
    std::uint64_t h = hash(*s);
    std::uint64_t& slot = slot_of(*s, h);
    if (slot != 0) return false;
    entries.push_back(Entry{kind, entity, plan, std::move(pointer)});
    ids.push_back(*s);
    slot = (tag(h) << 32) | entries.size();
    ++count;
    return true;
  }

  void rehash(std::size_t size) {
    slots.assign(std::max<std::size_t>(size, 16), 0);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      std::uint64_t h = hash(ids[i]);
      slot_of(ids[i], h) = (tag(h) << 32) | (i + 1);
    }
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

  // Every entity with an id, in document order: each top-level entity, then the lists of the kinds
  // nested in it.
  explicit Index(const Document& d) {
    detail::Pointer p;
    for_each_entity_kind([&](const auto& top) {
      if constexpr (detail::IsTopLevelKind<std::decay_t<decltype(top)>>) {
        using T = typename std::decay_t<decltype(top)>::element;
        each((d.*(top.get))(), p, top.key, [&](const T& entity) {
          add(entity.id, top.kind, &entity, nullptr, p);
          detail::for_each_nested_kind<T>([&](const auto& nested) {
            const Plan* plan = nullptr;
            if constexpr (std::is_same_v<T, Plan>) plan = &entity;
            each(entity.*(nested.member), p, nested.key, [&](const auto& child) { add(child.id, nested.kind, &child, plan, p); });
          });
        });
      }
    });
    hash_entries();
  }
};

Currency Document::default_currency() const noexcept {
  if (const std::string* c = currency_.get(); c && Currency::is_valid_code(*c)) return Currency(*c);
  return Currency{};
}

void Document::set_currency(Currency currency) {
  currency_ = std::string(currency.code());
  index_.drop();
  resolve_currencies();
}

void Document::set_declared_schema_version(std::string_view version) {
  auto at = std::find(schema_versions.begin(), schema_versions.end(), version);
  if (at == schema_versions.end())
    throw Error(ErrorCode::invalid_argument, "schema_version \"" + std::string(version) + "\" is not one this library knows");
  declared_version_.index = static_cast<std::size_t>(at - schema_versions.begin());
}

namespace {
// Whether the document has a member schema_version 1.1 added (docs/format.md).
bool has_members_of_1_1(const Document& doc) {
  for (const Indicator& ind : valid_elements(doc.indicators())) {
    if (ind.reporting_frequency.present() || ind.dimensions.present()) return true;
    for (const Target& t : valid_elements(ind.targets))
      if (t.dimensions.present()) return true;
    for (const Observation& o : valid_elements(ind.observations))
      if (o.denominator.present() || o.status.present()) return true;
  }
  return false;
}
}  // namespace

std::string_view Document::schema_version_to_write() const {
  if (declared_version_.index + 1 == schema_versions.size() || !has_members_of_1_1(*this)) return declared_schema_version();
  return schema_versions[1];
}

const Document::Index& Document::IndexCache::get(const Document& doc) const {
  if (const Index* ready = ready_.load(std::memory_order_acquire)) return *ready;
  std::lock_guard<std::mutex> lock(mutex_);
  if (!index_) index_ = std::make_shared<const Index>(doc);
  ready_.store(index_.get(), std::memory_order_release);
  return *index_;
}

const Document::Entry* Document::find(std::string_view id) const { return index_.get(*this).find(id); }

std::size_t Document::entity_count() const { return index_.get(*this).count; }

namespace {
constexpr auto kind_infos = [] {
  std::array<EntityKindInfo, entity_kind_count> out{};
  std::size_t i = 0;
  for_each_entity_kind([&](const auto& row) {
    using Row = std::decay_t<decltype(row)>;
    std::optional<EntityKind> parent;
    if constexpr (!detail::IsTopLevelKind<Row>) parent = EntityKindOf<typename Row::parent>::value;
    out[i++] = EntityKindInfo{row.kind, row.code, row.key, parent};
  });
  return out;
}();
}  // namespace

std::span<const EntityKindInfo> entity_kinds() noexcept { return kind_infos; }

std::optional<EntityKind> entity_kind_from_code(std::string_view code) noexcept {
  for (const EntityKindInfo& k : kind_infos)
    if (k.code == code) return k.kind;
  return std::nullopt;
}

std::string_view to_code(EntityKind kind) noexcept {
  auto i = static_cast<std::size_t>(kind);
  return i < kind_infos.size() ? kind_infos[i].code : "entity";
}

namespace {
Currency currency_of(const Field<std::string>& own, Currency fallback) {
  if (const std::string* c = own.get(); c && Currency::is_valid_code(*c)) return Currency(*c);
  return fallback;
}
void set_currency_of(Field<Money>& m, Currency c) {
  if (Money* v = m.get()) *v = v->with_currency(c);
}
}  // namespace

void detail::resolve_currencies(Measure& measure, Currency document_currency) {
  Budget* b = measure.budget.get();
  if (!b) return;
  Currency c = currency_of(b->currency, document_currency);
  set_currency_of(b->total, c);
  if (auto* sources = b->sources.get())
    for (auto& sf : *sources)
      if (FundingShare* s = sf.get()) set_currency_of(s->amount, currency_of(s->currency, c));
}

void detail::resolve_currencies(Project& project, Currency document_currency) {
  Currency c = currency_of(project.currency, document_currency);
  set_currency_of(project.requested, c);
  set_currency_of(project.approved, c);
  set_currency_of(project.drawn, c);
}

void Document::resolve_currencies() {
  Currency doc_currency = default_currency();
  if (auto* plans = plans_.get())
    for (auto& pf : *plans)
      if (Plan* plan = pf.get(); plan && plan->measures.get())
        for (auto& mf : *plan->measures.get())
          if (Measure* m = mf.get()) detail::resolve_currencies(*m, doc_currency);
  if (auto* projects = projects_.get())
    for (auto& pf : *projects)
      if (Project* p = pf.get()) detail::resolve_currencies(*p, doc_currency);
}

void detail::IndexKeeper::appended(EntityKind kind, const Field<Id>& id, const void* entity, const Plan* plan,
                                   std::string pointer) {
  // Only this edit holds the index: it was taken out of the document, which copies never share.
  auto* index = const_cast<Document::Index*>(index_.get());
  if (index && !index->insert(id, kind, entity, plan, std::move(pointer))) drop();
}

}  // namespace inclusio
