#pragma once
// Validation: a document against the rule catalogue (docs/rules.md). Validation never throws
// on bad data; everything bad becomes a finding, in document order.

#include <inclusio/date.hpp>
#include <inclusio/document.hpp>
#include <inclusio/error.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace inclusio {

enum class Severity { info = 0, warning = 1, error = 2 };
std::string_view to_code(Severity s) noexcept;  // "info", "warning", "error"
std::optional<Severity> severity_from_code(std::string_view code) noexcept;

// One rule of the catalogue. Codes are stable forever; a host's own rules use codes starting with X.
struct RuleInfo {
  std::string_view code;
  Severity severity;  // the default
  std::string_view title_en;
  std::string_view title_cs;
  std::string_view rationale_en;
  std::string_view rationale_cs;
};

// The built-in catalogue, ordered by code family (S, R, D, M, I, Q, C, E) and number.
std::span<const RuleInfo> rule_catalogue() noexcept;
const RuleInfo* find_rule(std::string_view code) noexcept;
// docs/rules.md: the catalogue as Markdown in both languages.
std::string rules_markdown();

// Which rules run, and at what severity. A profile is JSON:
//   {"profile": "town-hall", "extends": "default" | "strict",
//    "rules": {"Q002": "off", "D003": "error", "I001": "info"}}
// `strict` raises every warning to an error. An unknown rule code or severity is an error.
class Profile {
 public:
  static Profile default_profile();
  static Profile strict();
  // Throws Error(invalid_argument) naming the unknown code, severity or field.
  static Profile from_json(std::string_view json);
  // Built-in by name ("default", "strict").
  static Profile named(std::string_view name);

  // The severity a finding of `code` gets, whose rule would give `natural`; nullopt when disabled.
  std::optional<Severity> apply(std::string_view code, Severity natural) const;
  void set(std::string_view code, std::optional<Severity> severity);  // nullopt disables
  const std::string& name() const noexcept { return name_; }

 private:
  std::string name_ = "default";
  bool warnings_are_errors_ = false;
  std::map<std::string, std::optional<Severity>, std::less<>> overrides_;
};

struct Finding {
  std::string rule;
  Severity severity;
  std::string pointer;  // JSON Pointer of the value concerned
  std::string entity;   // id of the innermost entity holding it, or empty
  std::string message;  // in the language asked for
  friend bool operator==(const Finding&, const Finding&) = default;
};

class FindingSink;

// A host's own rule: a code starting with X, and a check that reports through the sink.
struct CustomRule {
  RuleInfo info;
  std::function<void(const Document&, FindingSink&)> check;
};

struct ValidateOptions {
  std::optional<Date> as_of;  // "today" for date rules; the local date when absent
  Profile profile = Profile::default_profile();
  Language language = Language::en;
  std::vector<CustomRule> custom_rules;  // run after the built-in rules, in this order
  // Threads for the built-in rules. 0: automatic, one per core for large documents (thousands of
  // entities) and one for the rest. The report is the same for any number. Host rules run on the
  // calling thread.
  unsigned threads = 0;
};

class FindingSink {
 public:
  virtual ~FindingSink() = default;
  // Reports a finding of `code` with its natural severity; the profile may change or drop it.
  virtual void report(std::string_view code, Severity natural, std::string pointer, std::string entity,
                      std::string message) = 0;
  virtual Language language() const noexcept = 0;
};

class Report {
 public:
  std::vector<Finding> findings;
  std::size_t count(Severity s) const noexcept;
  bool ok() const noexcept { return count(Severity::error) == 0; }  // no error findings
};

// Throws Error(invalid_argument) only for bad options (a custom rule code not starting with X).
Report validate(const Document& doc, const ValidateOptions& options = {});

}  // namespace inclusio
