#include <inclusio/error.hpp>

#include "czech.hpp"

#include <string>

namespace inclusio {

std::string_view error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::io: return "io";
    case ErrorCode::parse: return "parse";
    case ErrorCode::limit: return "limit";
    case ErrorCode::format: return "format";
    case ErrorCode::schema: return "schema";
    case ErrorCode::overflow: return "overflow";
    case ErrorCode::currency_mismatch: return "currency_mismatch";
    case ErrorCode::not_found: return "not_found";
  }
  return "unknown";
}

namespace {
// "line 2, column 8: REASON (near POINTER)" in the language; "" where the error has no Czech text.
std::string parse_message(const std::string& reason, const TextPosition& pos, const std::string& pointer, Language lang) {
  bool cs = lang == Language::cs;
  if (cs && reason.empty()) return {};
  std::string m = std::string(cs ? "řádek " : "line ") + std::to_string(pos.line) + (cs ? ", sloupec " : ", column ") +
                  std::to_string(pos.column) + ": " + reason;
  if (!pointer.empty()) m += (cs ? " (u " : " (near ") + pointer + ")";
  return m;
}

std::string schema_message(const std::vector<FormProblem>& problems, Language lang) {
  bool cs = lang == Language::cs;
  std::size_t n = problems.size();
  std::string m = cs ? detail::czech_count(n, "hodnota", "hodnoty", "hodnot") + " v dokumentu nemá správný tvar:"
                     : detail::english_count(n, "problem", "problems") + " of form in the document:";
  for (const auto& p : problems)
    m += "\n  " + p.rule + " " + (p.pointer.empty() ? "/" : p.pointer) + ": " + (cs ? p.message_cs : p.message);
  return m;
}
}  // namespace

ParseError::ParseError(ErrorCode code, const std::string& reason, TextPosition position, std::string pointer,
                       const std::string& reason_cs)
    : Error(code, parse_message(reason, position, pointer, Language::en), parse_message(reason_cs, position, pointer, Language::cs)),
      reason_(reason),
      reason_cs_(reason_cs),
      position_(position),
      pointer_(std::move(pointer)) {}

FormatError::FormatError(const std::string& reason, TextPosition position, std::string pointer,
                         const std::string& reason_cs)
    : Error(ErrorCode::format, parse_message(reason, position, pointer, Language::en),
            parse_message(reason_cs, position, pointer, Language::cs)),
      pointer_(std::move(pointer)),
      position_(position),
      reason_(reason),
      reason_cs_(reason_cs) {}

SchemaError::SchemaError(std::vector<FormProblem> problems)
    : Error(ErrorCode::schema, schema_message(problems, Language::en), schema_message(problems, Language::cs)),
      problems_(std::move(problems)) {}

}  // namespace inclusio
