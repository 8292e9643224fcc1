#pragma once
// The kinds of entity, described once. Each row names a kind's C++ type, its code, the key of the
// list that holds it and where that list is: at the top of the document, or inside an entity of
// another kind (goals and measures in plans, working groups in partnerships). The document's
// collections and their canonical order, the id index, access by JSON Pointer, entity listing, the
// C API's incl_entity_kind and the Python package's classes and tables all follow from this table.
// Rows are in EntityKind order (checked below). A nested kind's parent is a top-level kind; the kinds
// nested in one parent are in the order of the parent record's members (document order).

#include <inclusio/document.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace inclusio {

// A kind whose entities are a list at the top of the document.
template <class T>
struct TopLevelKind {
  using element = T;
  EntityKind kind;
  std::string_view code;  // as to_code(EntityKind) gives it
  std::string_view key;   // the document's member holding the list
  const List<T>& (Document::*get)() const noexcept;
  List<T>& (Document::*mut)();
};

// A kind whose entities are a list inside an entity of another kind.
template <class T, class Parent>
struct NestedKind {
  using element = T;
  using parent = Parent;
  EntityKind kind;
  std::string_view code;
  std::string_view key;  // the parent record's member holding the list
  List<T> Parent::*member;
};

inline constexpr auto entity_kind_table = std::make_tuple(
    TopLevelKind<Territory>{EntityKind::territory, "territory", "territories", &Document::territories,
                            &Document::mutable_territories},
    TopLevelKind<Organization>{EntityKind::organization, "organization", "organizations", &Document::organizations,
                               &Document::mutable_organizations},
    TopLevelKind<Partnership>{EntityKind::partnership, "partnership", "partnerships", &Document::partnerships,
                              &Document::mutable_partnerships},
    NestedKind<WorkingGroup, Partnership>{EntityKind::working_group, "working_group", "working_groups",
                                          &Partnership::working_groups},
    TopLevelKind<Plan>{EntityKind::plan, "plan", "plans", &Document::plans, &Document::mutable_plans},
    NestedKind<Goal, Plan>{EntityKind::goal, "goal", "goals", &Plan::goals},
    NestedKind<Measure, Plan>{EntityKind::measure, "measure", "measures", &Plan::measures},
    TopLevelKind<Project>{EntityKind::project, "project", "projects", &Document::projects, &Document::mutable_projects},
    TopLevelKind<Indicator>{EntityKind::indicator, "indicator", "indicators", &Document::indicators,
                            &Document::mutable_indicators},
    TopLevelKind<Evaluation>{EntityKind::evaluation, "evaluation", "evaluations", &Document::evaluations,
                             &Document::mutable_evaluations},
    TopLevelKind<Event>{EntityKind::event, "event", "events", &Document::events, &Document::mutable_events},
    TopLevelKind<SupportingDocument>{EntityKind::document, "document", "documents", &Document::documents,
                                     &Document::mutable_documents});

inline constexpr std::size_t entity_kind_count = std::tuple_size_v<std::decay_t<decltype(entity_kind_table)>>;

// Calls f(row) for each row of the table, in EntityKind order.
template <class F>
constexpr void for_each_entity_kind(F&& f) {
  std::apply([&](const auto&... row) { (f(row), ...); }, entity_kind_table);
}

namespace detail {
template <class R>
concept IsTopLevelKind = requires { &R::get; };

// Calls f(row) for each kind whose entities are nested in a Parent (a plan's goals and measures).
template <class Parent, class F>
constexpr void for_each_nested_kind(F&& f) {
  for_each_entity_kind([&](const auto& row) {
    using Row = std::decay_t<decltype(row)>;
    if constexpr (!IsTopLevelKind<Row>) {
      if constexpr (std::is_same_v<typename Row::parent, Parent>) f(row);
    }
  });
}

template <class T>
consteval std::size_t entity_kind_index() {
  std::size_t found = entity_kind_count, i = 0;
  for_each_entity_kind([&](const auto& row) {
    if (std::is_same_v<typename std::decay_t<decltype(row)>::element, T>) found = i;
    ++i;
  });
  return found;
}

consteval bool rows_in_enum_order() {
  bool ok = true;
  std::size_t i = 0;
  for_each_entity_kind([&](const auto& row) { ok = ok && static_cast<std::size_t>(row.kind) == i++; });
  return ok;
}
static_assert(rows_in_enum_order(), "entity_kind_table's rows are in EntityKind order");
}  // namespace detail

// The kind of an entity type (EntityKindOf<Measure>::value); no `value` for a type that is not an entity.
template <class T>
struct EntityKindOf {};
template <class T>
  requires(detail::entity_kind_index<T>() < entity_kind_count)
struct EntityKindOf<T> {
  static constexpr EntityKind value = static_cast<EntityKind>(detail::entity_kind_index<T>());
};

template <class T>
const T* Document::find_as(std::string_view id) const {
  const Entry* e = find(id);
  return e && e->kind == EntityKindOf<T>::value ? static_cast<const T*>(e->entity) : nullptr;
}

template <class T>
T& Document::add(T entity) {
  constexpr auto row = std::get<detail::entity_kind_index<T>()>(entity_kind_table);
  static_assert(detail::IsTopLevelKind<std::decay_t<decltype(row)>>, "add() appends to a top-level collection");
  return append((this->*(row.mut))(), std::move(entity));
}

// The table as plain data, for code that chooses a kind at run time (the C API, the Python package).
struct EntityKindInfo {
  EntityKind kind;
  std::string_view code;
  std::string_view key;               // the member holding the list
  std::optional<EntityKind> parent;   // the kind whose entities hold the list; none at the top level
};

// In EntityKind order: entity_kinds()[static_cast<std::size_t>(kind)] describes `kind`.
std::span<const EntityKindInfo> entity_kinds() noexcept;
// The kind with this code ("working_group"), if any.
std::optional<EntityKind> entity_kind_from_code(std::string_view code) noexcept;

}  // namespace inclusio
