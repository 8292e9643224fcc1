#pragma once
// The top level of a document: its header fields and its collections (the top-level rows of the
// table of entity kinds), in canonical order.

#include "records.hpp"

#include <inclusio/entity_kinds.hpp>

namespace inclusio::detail {

// Calls f(row) for each top-level collection of the table of entity kinds, in canonical order.
template <class F>
void for_each_collection(F&& f) {
  for_each_entity_kind([&](const auto& row) {
    if constexpr (IsTopLevelKind<std::decay_t<decltype(row)>>) f(row);
  });
}

// Calls f(collection) for the collection named `key`; false when there is none.
template <class F>
bool with_collection(std::string_view key, F&& f) {
  bool found = false;
  for_each_collection([&](const auto& c) {
    if (!found && c.key == key) {
      found = true;
      f(c);
    }
  });
  return found;
}

// A document in document order is a sequence of units: the currency, each element of each
// collection (or the whole collection when it is not an array), then the unknown top-level members.
// Walks over disjoint ranges of units visit disjoint parts, together the whole document.
inline std::size_t unit_count(const Document& doc) {
  std::size_t n = 2;  // the currency and the unknown members
  for_each_collection([&](const auto& c) {
    const auto& list = (doc.*(c.get))();
    n += list.valid() ? list->size() : 1;
  });
  return n;
}

// Walks the units [first, last) in document order: the currency (then visitor.document_currency),
// collection elements, and the unknown top-level members (visitor.extra).
template <class V>
void walk_units(const Document& doc, V& visitor, std::size_t first, std::size_t last) {
  Pointer p;
  std::size_t unit = 0;
  auto wanted = [&](std::size_t u) { return u >= first && u < last; };
  if (wanted(unit++) && doc.currency().present()) {
    p.push("currency");
    walk_field(doc.currency(), p, visitor);
    visitor.document_currency(p, doc.currency());
    p.pop();
  }
  for_each_collection([&](const auto& c) {
    const auto& list = (doc.*(c.get))();
    std::size_t size = list.valid() ? list->size() : 1;
    if (unit + size <= first || unit >= last) {
      unit += size;
      return;
    }
    p.push(c.key);
    if (!list.valid()) {
      walk_field(list, p, visitor);
    } else {
      for (std::size_t i = first > unit ? first - unit : 0; i < size && unit + i < last; ++i) {
        p.push(i);
        walk_field((*list)[i], p, visitor);
        p.pop();
      }
    }
    p.pop();
    unit += size;
  });
  if (wanted(unit)) {
    for (const auto& kv : doc.extra()) {
      p.push(kv.key());
      visitor.extra(p, kv.key());
      p.pop();
    }
  }
}

// Walks a whole document in document order.
template <class V>
void walk_document(const Document& doc, V& visitor) {
  walk_units(doc, visitor, 0, unit_count(doc));
}

}  // namespace inclusio::detail
