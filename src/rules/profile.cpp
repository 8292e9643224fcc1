#include <inclusio/error.hpp>
#include <inclusio/validate.hpp>

#include <boost/json.hpp>

#include "../json_fragment.hpp"

namespace inclusio {

namespace {
bool is_host_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 16 || code[0] != 'X') return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}
}  // namespace

Profile Profile::default_profile() { return Profile(); }

Profile Profile::strict() {
  Profile p;
  p.name_ = "strict";
  p.warnings_are_errors_ = true;
  return p;
}

Profile Profile::named(std::string_view name) {
  if (name == "default") return default_profile();
  if (name == "strict") return strict();
  throw Error(ErrorCode::invalid_argument, "unknown built-in profile \"" + std::string(name) + "\"; known: default, strict");
}

void Profile::set(std::string_view code, std::optional<Severity> severity) {
  if (!find_rule(code) && !is_host_code(code))
    throw Error(ErrorCode::invalid_argument, "unknown rule code \"" + std::string(code) + "\"");
  overrides_[std::string(code)] = severity;
}

std::optional<Severity> Profile::apply(std::string_view code, Severity natural) const {
  if (auto it = overrides_.find(code); it != overrides_.end()) return it->second;
  if (warnings_are_errors_ && natural == Severity::warning) return Severity::error;
  return natural;
}

Profile Profile::from_json(std::string_view text) {
  // Read as documents are, so that a repeated rule is refused rather than one of its severities lost.
  boost::json::value v;
  try {
    v = detail::read_fragment(text);
  } catch (const ParseError& e) {
    throw Error(ErrorCode::invalid_argument, "the profile cannot be read: " + std::string(e.what()));
  }
  if (!v.is_object()) throw Error(ErrorCode::invalid_argument, "a profile is a JSON object");
  Profile p;
  const auto& o = v.get_object();
  if (const auto* base = o.if_contains("extends")) {
    if (!base->is_string()) throw Error(ErrorCode::invalid_argument, "the profile's \"extends\" must be a string");
    p = named(base->get_string());
  }
  for (const auto& kv : o) {
    if (kv.key() == "extends") continue;
    if (kv.key() == "profile") {
      if (!kv.value().is_string()) throw Error(ErrorCode::invalid_argument, "the profile's \"profile\" must be a string");
      p.name_ = std::string(kv.value().get_string());
    } else if (kv.key() == "rules") {
      if (!kv.value().is_object()) throw Error(ErrorCode::invalid_argument, "the profile's \"rules\" must be an object");
      for (const auto& rule : kv.value().get_object()) {
        if (!rule.value().is_string())
          throw Error(ErrorCode::invalid_argument,
                      "rule \"" + std::string(rule.key()) + "\": expected \"off\", \"info\", \"warning\" or \"error\"");
        std::string_view s = rule.value().get_string();
        std::optional<Severity> severity = severity_from_code(s);
        if (!severity && s != "off")
          throw Error(ErrorCode::invalid_argument, "rule \"" + std::string(rule.key()) + "\": unknown severity \"" +
                                                       std::string(s) + "\"; expected off, info, warning or error");
        p.set(rule.key(), severity);
      }
    } else {
      throw Error(ErrorCode::invalid_argument, "unknown field \"" + std::string(kv.key()) +
                                                   "\" in the profile; known: profile, extends, rules");
    }
  }
  return p;
}

}  // namespace inclusio
