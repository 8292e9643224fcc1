#pragma once
// JSON text that is one value rather than a document, read exactly as the loader reads a document's
// values: UTF-8 checked, numbers exact, a repeated key refused, nesting limited.

#include <boost/json/value.hpp>

#include <string_view>

namespace inclusio::detail {

// Throws ParseError with the line, column and JSON Pointer of the first problem, within `text`.
boost::json::value read_fragment(std::string_view text);

}  // namespace inclusio::detail
