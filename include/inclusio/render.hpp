#pragma once
// Renderers: the outputs of the library, each written once here so that the tool, Python and C only
// choose a format and a destination. Every text is escaped for where it goes by the one writer of its
// format (JSON, CSV, Markdown, HTML).

#include <inclusio/output_format.hpp>
#include <inclusio/summary.hpp>
#include <inclusio/validate.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace inclusio {


// What validating one input gave: its report, or why it could not be read.
struct ValidationOutcome {
  std::string file;              // the input's name; empty for a document not read from a file
  std::optional<Report> report;  // absent when the input could not be read
  std::string error;             // then why, with the position (line, column, pointer)
};

// Validation outcomes, in the order given:
// - text: a line per finding ("FILE:POINTER: SEVERITY RULE MESSAGE [ENTITY]", without "FILE:" for an
//   unnamed input), then the counts of each input; an unreadable input as "FILE: cannot be read: ...";
// - json: an array with an object per input: file (when named), then either error, or the counts
//   errors, warnings, info and the findings (rule, severity, pointer, entity, message);
// - csv: a header and a row per finding (file, rule, severity, pointer, entity, message); an
//   unreadable input as one row of severity "unreadable" with the error as its message.
// Throws Error(invalid_argument) for Markdown and HTML.
std::string render_validation(std::span<const ValidationOutcome> outcomes, OutputFormat format,
                              Language language = Language::en);
// One report of an unnamed document.
std::string render_report(const Report& report, OutputFormat format, Language language = Language::en);

// A summary as JSON, Markdown or a self-contained HTML page (docs/report.md). CSV is several tables:
// summary_csv (summary.hpp). Throws Error(invalid_argument) for text and CSV.
std::string render_summary(const Summary& summary, OutputFormat format, Language language = Language::en);

// Text for a terminal or a log, as the text outputs above write what came from the input: control
// characters (C0, DEL, C1) as \xNN or \u00NN and a backslash doubled, so that a crafted name or key in
// an error message can neither forge a line nor drive the terminal. For a host printing errors.
std::string terminal_text(std::string_view text);

}  // namespace inclusio
