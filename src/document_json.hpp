#pragma once
// A document as its canonical JSON value, for the operations that compare or combine documents
// member by member (diff, merge): what they see is exactly what the writer writes.

#include <inclusio/document.hpp>
#include <inclusio/money.hpp>

#include <boost/json/value.hpp>

#include <optional>
#include <string_view>

namespace inclusio::detail {

boost::json::value document_json(const Document& document);

// The kind of the entities the list `key` holds in an entity of kind `holder` (empty: the document
// itself), from the entity-kind table; empty when that list does not hold entities.
std::string_view entity_list_kind(std::string_view holder, std::string_view key);

// The member `key` of an object; null when `v` is null, not an object, or has no such member.
const boost::json::value* json_member(const boost::json::value* v, std::string_view key);

// An amount as the canonical JSON writes it (a decimal text, or whole units as an integer) in
// `currency`; empty when `v` is null or not an amount.
std::optional<Money> json_money(const boost::json::value* v, Currency currency);

// What a Czech revision report calls the kind of a change ("opatření", "zdroj financování").
std::string_view change_kind_cs(std::string_view kind);

}  // namespace inclusio::detail
