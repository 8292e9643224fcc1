// Values of the wrong form, found by walking the record descriptions: the problems strict loading
// refuses and validation reports (S002, S003, S004, S006, D001, M001).

#include <inclusio/json.hpp>

#include "document_format.hpp"

namespace inclusio {

namespace {


std::string_view json_type_name(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::null: return "null";
    case boost::json::kind::bool_: return "a boolean";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: return "a number";
    case boost::json::kind::string: return "a string";
    case boost::json::kind::array: return "an array";
    case boost::json::kind::object: return "an object";
  }
  return "a value";
}

template <class X>
std::string expected(const Invalid& raw) {
  if constexpr (CodelistEnum<X>) return "a " + std::string(Codelist<X>::name) + " code (a string)";
  else return std::string(raw.expected);
}

class FormVisitor {
 public:
  std::vector<FormProblem> problems;

  void missing(const detail::Pointer& p, std::string_view key, std::string_view record) {
    add("S002", p.str(), "required field \"" + std::string(key) + "\" of the " + std::string(record) + " is missing");
  }

  template <class X>
  void invalid(const detail::Pointer& p, const Invalid& raw) {
    const auto& v = raw.value;
    switch (raw.issue) {
      case FormIssue::wrong_type:
        add("S003", p.str(), "expected " + expected<X>(raw) + ", found " + std::string(json_type_name(v)) +
                                 " " + detail::preview(v));
        break;
      case FormIssue::bad_number:
        add("S003", p.str(), "expected " + std::string(raw.expected) + ", found " + detail::preview(v));
        break;
      case FormIssue::not_in_codelist:
        if constexpr (CodelistEnum<X>)
          add("S004", p.str(), detail::preview(v) + " is not a " + std::string(Codelist<X>::name) +
                                   "; allowed: " + allowed_codes<X>());
        break;
      case FormIssue::malformed_date:
        add("D001", p.str(), detail::preview(v) + " is not a date of the form YYYY-MM-DD");
        break;
      case FormIssue::impossible_date:
        add("D001", p.str(), detail::preview(v) + " is not a day of the calendar");
        break;
      case FormIssue::malformed_amount: {
        std::string why = "not an amount";
        if (v.is_string()) {
          Money m;
          why = std::string(describe(Money::try_parse(v.get_string(), Currency{}, m)));
        } else if (v.is_double()) {
          why = "a JSON number with a fraction; write amounts as decimal strings (\"12.50\")";
        }
        add("M001", p.str(), "malformed amount " + detail::preview(v) + ": " + why);
        break;
      }
    }
  }

  void identifier(const detail::Pointer& p, const std::string& id) {
    if (!is_valid_id(id))
      add("S006", p.str(), "malformed id \"" + (id.size() > 60 ? id.substr(0, 57) + "..." : id) +
                               "\": an id is 1 to 128 characters of A-Z a-z 0-9 . _ : -");
  }

  void extra(const detail::Pointer&) {}

  template <class R>
  void enter(const detail::Pointer& p, const R& record) {
    if constexpr (std::is_same_v<R, Budget> || std::is_same_v<R, Project>) check_currency(p, record.currency);
  }

  void check_currency(const detail::Pointer& p, const Field<std::string>& currency) {
    if (const std::string* c = currency.get(); c && !Currency::is_valid_code(*c))
      add("S004", p.str() + "/currency", "\"" + *c + "\" is not an ISO 4217 currency code (three capital letters)");
  }

 private:
  void add(std::string rule, std::string pointer, std::string message) {
    problems.push_back({std::move(rule), std::move(pointer), std::move(message)});
  }
};

}  // namespace

std::vector<FormProblem> form_problems(const Document& doc) {
  FormVisitor v;
  detail::Pointer p;
  if (doc.currency().present()) {
    p.push("currency");
    detail::walk_field(doc.currency(), p, v);
    p.pop();
    v.check_currency(p, doc.currency());
  }
  detail::for_each_collection([&](const auto& c) {
    p.push(c.key);
    detail::walk_field((doc.*(c.get))(), p, v);
    p.pop();
  });
  return std::move(v.problems);
}

}  // namespace inclusio
