#pragma once
// Access to any value of a document by JSON Pointer ("/plans/0/measures/2/budget/total"), the same
// paths findings report. Reading gives the typed value; changing reads the new JSON exactly as loading
// would (a value of the wrong form is kept and validation reports it), so every face that builds
// documents this way gets the core's checks.

#include <inclusio/document.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace inclusio {

enum class ValueKind {
  absent,   // the model has the field but this document does not
  string,   // text, an id, a reference, or a codelist code
  integer,  // a whole number (counts, ages, votes)
  decimal,  // an exact decimal (indicator values, denominators)
  money,    // an amount with its currency
  date,
  list,     // an array of the model; `length` elements
  record,   // an object of the model
  invalid,  // a value of the wrong form, kept verbatim (read it with json_at)
  unknown,  // a field the library does not know, kept verbatim (read it with json_at)
};
std::string_view to_code(ValueKind kind) noexcept;

struct Value {
  ValueKind kind = ValueKind::absent;
  // What the format declares at this path: the kind a present, valid value has (for an absent value,
  // what setting one would give; unknown for a member the format does not know).
  ValueKind declared = ValueKind::unknown;
  std::string_view text;  // string: borrowed from the document until it changes
  std::int64_t integer = 0;
  Decimal decimal;
  Money money;
  Date date;
  std::size_t length = 0;  // list
};

// Throws Error(invalid_argument) for a malformed pointer and Error(not_found) for a path the document
// does not have (an index past the end, a key no record of that type has, a step into a scalar).
Value value_at(const Document& doc, std::string_view pointer);
// The value at `pointer` as canonical JSON (compact), whatever its kind; "" (empty) when absent.
std::string json_at(const Document& doc, std::string_view pointer);

// Sets the value at `pointer` from JSON text. The pointer names a member of an entity ("/plans/0/title"),
// a whole entity ("/plans/0"), a new element ("/plans/-", "/plans/0/themes/-"), or the document's
// currency or an unknown top-level member. Throws ParseError for text that is not JSON, and
// Error(not_found / invalid_argument) for a pointer that does not lead into the document.
void set_json(Document& doc, std::string_view pointer, std::string_view json);
// Removes the member or element at `pointer`; removing a required member is allowed (S002 reports it).
void remove_at(Document& doc, std::string_view pointer);

// Which field of the format a JSON Pointer of a document names, whatever the document holds: the
// record (as the JSON Schema's $defs name it) and member, or the top-level member alone, then "[]"
// for each step into a list's element and "{}" for a dimension's value:
//   "/plans/0/measures/-" → "Plan.measures[]", "/plans/0/title" → "Plan.title", "/plans/0" → "plans[]",
//   "/indicators/0/observations/1/dimensions/gender" → "Observation.dimensions{}".
// "" where the format has no such field (an unknown member, a step into a scalar). Throws
// Error(invalid_argument) for a malformed pointer.
std::string format_location(std::string_view pointer);

// The id of the innermost entity holding the value at `pointer` ("/plans/0/measures/2/budget" → the
// measure's id), as findings name it; "" where no entity with a valid id holds it.
std::string entity_at(const Document& doc, std::string_view pointer);

// The JSON Pointers of all entities of a kind, in document order (goals and measures across plans,
// working groups across partnerships), including those whose id is missing or malformed.
std::vector<std::string> entity_pointers(const Document& doc, EntityKind kind);

}  // namespace inclusio
