// The renderers of validation outcomes, and the choice among a summary's forms.

#include <inclusio/error.hpp>
#include <inclusio/render.hpp>

#include "csv_writer.hpp"
#include "emitter.hpp"
#include "escape.hpp"
#include "severity_text.hpp"

#include <array>

namespace inclusio {

namespace {

constexpr std::array<std::pair<OutputFormat, std::string_view>, 5> format_codes{{
    {OutputFormat::text, "text"},
    {OutputFormat::json, "json"},
    {OutputFormat::csv, "csv"},
    {OutputFormat::markdown, "md"},
    {OutputFormat::html, "html"},
}};

// An outcome seen without copying its report.
struct Outcome {
  std::string file;
  const Report* report;
  std::string error;
};

[[noreturn]] void unsupported(std::string_view what, OutputFormat format, std::string_view supported) {
  throw Error(ErrorCode::invalid_argument, std::string(what) + " is not rendered as " + std::string(to_code(format)) +
                                               "; the formats are " + std::string(supported));
}

std::string counts_line(const Report& r, Language lang) {
  return detail::severity_counts(r.count(Severity::error), r.count(Severity::warning), r.count(Severity::info), lang);
}

// Text for a terminal or a log: every piece that comes from the input (file names, pointers, messages
// quoting ids and keys, entity ids) has its control characters made visible, so that a crafted file
// can neither forge a line nor drive the terminal.
std::string validation_text(const std::vector<Outcome>& outcomes, Language lang) {
  using detail::terminal_text;
  std::string out;
  const std::string unreadable = lang == Language::cs ? ": nelze přečíst: " : ": cannot be read: ";
  for (const Outcome& o : outcomes) {
    std::string file = terminal_text(o.file);
    std::string prefix = file.empty() ? "" : file + ":";
    if (!o.report) {
      out += file + unreadable + terminal_text(o.error) + "\n";
      continue;
    }
    for (const Finding& f : o.report->findings) {
      out += prefix + (f.pointer.empty() ? "/" : terminal_text(f.pointer)) + ": " + std::string(detail::severity_word(f.severity, lang)) + " " +
             terminal_text(f.rule) + " " + terminal_text(f.message);
      if (!f.entity.empty()) out += " [" + terminal_text(f.entity) + "]";
      out += "\n";
    }
    out += (file.empty() ? "" : file + ": ") + counts_line(*o.report, lang) + "\n";
  }
  return out;
}

std::string validation_json(const std::vector<Outcome>& outcomes) {
  std::string out;
  detail::Emitter e(out, 0);
  e.begin_array(false);
  for (const Outcome& o : outcomes) {
    e.begin_object();
    if (!o.file.empty()) {
      e.key("file");
      e.string(o.file);
    }
    if (!o.report) {
      e.key("error");
      e.string(o.error);
      e.end_object();
      continue;
    }
    for (Severity s : {Severity::error, Severity::warning, Severity::info}) {
      e.key(s == Severity::error ? "errors" : s == Severity::warning ? "warnings" : "info");
      e.integer(static_cast<std::int64_t>(o.report->count(s)));
    }
    e.key("findings");
    e.begin_array(false);
    for (const Finding& f : o.report->findings) {
      e.begin_object();
      e.key("rule");
      e.string(f.rule);
      e.key("severity");
      e.string(to_code(f.severity));
      e.key("pointer");
      e.string(f.pointer);
      e.key("entity");
      e.string(f.entity);
      e.key("message");
      e.string(f.message);
      e.end_object();
    }
    e.end_array();
    e.end_object();
  }
  e.end_array();
  out.push_back('\n');
  return out;
}

std::string validation_csv(const std::vector<Outcome>& outcomes) {
  detail::CsvWriter w;
  for (std::string_view h : {"file", "rule", "severity", "pointer", "entity", "message"}) w.text(h);
  w.end_row();
  for (const Outcome& o : outcomes) {
    if (!o.report) {
      w.text(o.file).empty().text("unreadable").empty().empty().text(o.error).end_row();
      continue;
    }
    for (const Finding& f : o.report->findings)
      w.text(o.file).text(f.rule).text(to_code(f.severity)).text(f.pointer).text(f.entity).text(f.message).end_row();
  }
  return w.take();
}

std::string render(const std::vector<Outcome>& outcomes, OutputFormat format, Language lang) {
  switch (format) {
    case OutputFormat::text: return validation_text(outcomes, lang);
    case OutputFormat::json: return validation_json(outcomes);
    case OutputFormat::csv: return validation_csv(outcomes);
    default: unsupported("a validation report", format, "text, json and csv");
  }
}

}  // namespace

std::string_view to_code(OutputFormat format) noexcept {
  for (const auto& [f, code] : format_codes)
    if (f == format) return code;
  return "text";
}

std::optional<OutputFormat> output_format_from_code(std::string_view code) noexcept {
  for (const auto& [f, c] : format_codes)
    if (c == code) return f;
  return std::nullopt;
}


std::string render_validation(std::span<const ValidationOutcome> outcomes, OutputFormat format, Language language) {
  std::vector<Outcome> views;
  views.reserve(outcomes.size());
  for (const ValidationOutcome& o : outcomes) views.push_back({o.file, o.report ? &*o.report : nullptr, o.error});
  return render(views, format, language);
}

std::string render_report(const Report& report, OutputFormat format, Language language) {
  return render({Outcome{"", &report, ""}}, format, language);
}

std::string render_summary(const Summary& summary, OutputFormat format, Language language) {
  switch (format) {
    case OutputFormat::json: return summary_json(summary);
    case OutputFormat::markdown: return summary_markdown(summary, language);
    case OutputFormat::html: return summary_html(summary, language);
    default: unsupported("a summary", format, "json, md and html (csv: one file per table)");
  }
}

std::string terminal_text(std::string_view text) { return detail::terminal_text(text); }

}  // namespace inclusio
