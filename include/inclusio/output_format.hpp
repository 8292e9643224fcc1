#pragma once
// The formats the library renders its outputs in (render.hpp, results.hpp, rollup.hpp).

#include <optional>
#include <string_view>

namespace inclusio {

enum class OutputFormat { text, json, csv, markdown, html };
std::string_view to_code(OutputFormat format) noexcept;  // "text", "json", "csv", "md", "html"
std::optional<OutputFormat> output_format_from_code(std::string_view code) noexcept;

}  // namespace inclusio
