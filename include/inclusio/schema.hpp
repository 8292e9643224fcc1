#pragma once
// The JSON Schema (draft 2020-12) of the format, generated from the same record descriptions the
// reader and writer use, so the three never disagree.

#include <string>

namespace inclusio {

// The schema as canonical JSON text (two-space indentation). Unknown members are allowed everywhere,
// as the format keeps them (rule S007 reports them).
std::string json_schema();

}  // namespace inclusio
