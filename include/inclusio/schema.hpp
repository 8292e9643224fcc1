#pragma once
// The format described: its JSON Schema (draft 2020-12) and its field reference, generated from the same record descriptions the
// reader and writer use, so the three never disagree.

#include <string>

namespace inclusio {

// The schema as canonical JSON text (two-space indentation). Unknown members are allowed everywhere,
// as the format keeps them (rule S007 reports them).
std::string json_schema();

// docs/format.md: every record and field with its type and whether it is required, the entity kinds,
// and every codelist with its English and Czech labels, as Markdown.
std::string format_reference_markdown();

}  // namespace inclusio
