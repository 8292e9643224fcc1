#pragma once
// A document as its canonical JSON value, for the operations that compare or combine documents
// member by member (diff, merge): what they see is exactly what the writer writes.

#include <inclusio/document.hpp>

#include <boost/json/value.hpp>

#include <string_view>

namespace inclusio::detail {

boost::json::value document_json(const Document& document);

// The kind of the entities the list `key` holds in an entity of kind `holder` (empty: the document
// itself), from the entity-kind table; empty when that list does not hold entities.
std::string_view entity_list_kind(std::string_view holder, std::string_view key);

// What a Czech revision report calls the kind of a change ("opatření", "zdroj financování").
std::string_view change_kind_cs(std::string_view kind);

}  // namespace inclusio::detail
