#pragma once
// Errors of the core. Every error carries a stable ErrorCode; the C API and the Python package map
// these codes one to one, so their numeric values are never reused or renumbered. what() is English
// (logs, exceptions); message(Language) is the text to show a person, in Czech where the error has one.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace inclusio {

enum class Language { en, cs };

enum class ErrorCode : int {
  invalid_argument = 1,   // a caller passed a value the function does not accept
  io = 2,                 // a file could not be opened or read or written
  parse = 3,              // the input is not well-formed JSON (syntax, encoding)
  limit = 4,              // the input exceeds a documented limit (nesting, number range)
  format = 5,             // well-formed JSON but not an inclusio document (rule S001)
  schema = 6,             // strict loading refused a document whose values are of the wrong form
  overflow = 7,           // checked arithmetic overflowed (money, decimals)
  currency_mismatch = 8,  // amounts in different currencies combined
  not_found = 9,          // an id or index that does not exist
};

// The English name of a code ("parse", "limit", ...), stable for logs and bindings.
std::string_view error_code_name(ErrorCode code) noexcept;

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message, std::string message_cs = {})
      : std::runtime_error(message), code_(code), message_cs_(std::move(message_cs)) {}
  ErrorCode code() const noexcept { return code_; }
  // The message in the language; English where the error has no Czech text (an argument a program
  // passed wrongly rather than something a person can correct in the input).
  std::string message(Language language) const {
    return language == Language::cs && !message_cs_.empty() ? message_cs_ : std::string(what());
  }

 private:
  ErrorCode code_;
  std::string message_cs_;
};

// Where in the input a reading error is: 1-based line and column (column counts Unicode characters),
// the 0-based byte offset, and the JSON Pointer of the value being read when the error was found.
struct TextPosition {
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t offset = 0;
};

class ParseError : public Error {
 public:
  ParseError(ErrorCode code, const std::string& reason, TextPosition position, std::string pointer,
             const std::string& reason_cs = {});
  const std::string& reason() const noexcept { return reason_; }
  const std::string& reason_cs() const noexcept { return reason_cs_; }  // empty where there is none
  const TextPosition& position() const noexcept { return position_; }
  std::size_t line() const noexcept { return position_.line; }
  std::size_t column() const noexcept { return position_.column; }
  std::size_t offset() const noexcept { return position_.offset; }
  const std::string& pointer() const noexcept { return pointer_; }

 private:
  std::string reason_;
  std::string reason_cs_;
  TextPosition position_;
  std::string pointer_;
};

// The input is JSON but not an inclusio document: `format` missing or wrong, `schema_version`
// missing or unsupported, or an object with a duplicate key (valid JSON, but one of the two values
// would be lost). Reported with rule code S001. The position is known for duplicate keys.
class FormatError : public Error {
 public:
  static constexpr std::string_view rule = "S001";
  FormatError(const std::string& message, std::string pointer, std::string message_cs = {})
      : Error(ErrorCode::format, message, message_cs), pointer_(std::move(pointer)), reason_(message),
        reason_cs_(std::move(message_cs)) {}
  FormatError(const std::string& reason, TextPosition position, std::string pointer, const std::string& reason_cs = {});
  const std::string& pointer() const noexcept { return pointer_; }
  // What is wrong, without the position (what() has both).
  const std::string& reason() const noexcept { return reason_; }
  const std::string& reason_cs() const noexcept { return reason_cs_; }
  // Line 0 when the problem is the document as a whole rather than one place in it.
  const TextPosition& position() const noexcept { return position_; }

 private:
  std::string pointer_;
  TextPosition position_;
  std::string reason_;
  std::string reason_cs_;
};

// A JSON Pointer that leads nowhere in a document (access.hpp): pointer() is the path up to the
// first step the document does not have ("/plans/0/goals/7" for "/plans/0/goals/7/title").
class PathNotFound : public Error {
 public:
  PathNotFound(const std::string& message, std::string pointer)
      : Error(ErrorCode::not_found, message), pointer_(std::move(pointer)) {}
  const std::string& pointer() const noexcept { return pointer_; }

 private:
  std::string pointer_;
};

// One value of the wrong form, as strict loading lists it.
struct FormProblem {
  std::string rule;     // S002, S003, S004, S006, D001, M001
  std::string pointer;  // JSON Pointer of the value
  std::string message;     // English
  std::string message_cs;  // Czech
};

class SchemaError : public Error {
 public:
  explicit SchemaError(std::vector<FormProblem> problems);
  const std::vector<FormProblem>& problems() const noexcept { return problems_; }

 private:
  std::vector<FormProblem> problems_;
};

}  // namespace inclusio
