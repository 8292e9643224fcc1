#pragma once
// A document as its canonical JSON value, for the operations that compare or combine documents
// member by member (diff, merge): what they see is exactly what the writer writes.

#include <inclusio/document.hpp>

#include <boost/json/value.hpp>

namespace inclusio::detail {

boost::json::value document_json(const Document& document);

}  // namespace inclusio::detail
