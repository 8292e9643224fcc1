#pragma once
// The top level of a document: its header fields and its nine collections, in canonical order.

#include "records.hpp"

#include <inclusio/document.hpp>

namespace inclusio::detail {

template <class T>
struct Collection {
  std::string_view key;
  const List<T>& (Document::*get)() const noexcept;
  List<T>& (Document::*mut)();
};

inline constexpr auto collections = std::make_tuple(
    Collection<Territory>{"territories", &Document::territories, &Document::mutable_territories},
    Collection<Organization>{"organizations", &Document::organizations, &Document::mutable_organizations},
    Collection<Partnership>{"partnerships", &Document::partnerships, &Document::mutable_partnerships},
    Collection<Plan>{"plans", &Document::plans, &Document::mutable_plans},
    Collection<Project>{"projects", &Document::projects, &Document::mutable_projects},
    Collection<Indicator>{"indicators", &Document::indicators, &Document::mutable_indicators},
    Collection<Evaluation>{"evaluations", &Document::evaluations, &Document::mutable_evaluations},
    Collection<Event>{"events", &Document::events, &Document::mutable_events},
    Collection<SupportingDocument>{"documents", &Document::documents, &Document::mutable_documents});

inline constexpr std::size_t collection_count = std::tuple_size_v<std::decay_t<decltype(collections)>>;

// Calls f(collection) for each collection in canonical order.
template <class F>
void for_each_collection(F&& f) {
  std::apply([&](const auto&... c) { (f(c), ...); }, collections);
}

// The position of `key` among the collections, or -1.
inline int collection_index(std::string_view key) {
  int found = -1, i = 0;
  for_each_collection([&](const auto& c) {
    if (c.key == key) found = i;
    ++i;
  });
  return found;
}

// Walks a whole document in document order: the currency (then visitor.document_currency), the
// collections, and the unknown top-level members (visitor.extra).
template <class V>
void walk_document(const Document& doc, V& visitor) {
  Pointer p;
  if (doc.currency().present()) {
    p.push("currency");
    walk_field(doc.currency(), p, visitor);
    visitor.document_currency(p, doc.currency());
    p.pop();
  }
  for_each_collection([&](const auto& c) {
    p.push(c.key);
    walk_field((doc.*(c.get))(), p, visitor);
    p.pop();
  });
  for (const auto& kv : doc.extra()) {
    p.push(kv.key());
    visitor.extra(p);
    p.pop();
  }
}

}  // namespace inclusio::detail
