#pragma once
// A clean base document that triggers no rule at all, and a way to change one value of it by JSON
// Pointer and validate the result: each rule test is one mutation and the finding it must produce.

#include "test_support.hpp"

#include <boost/json.hpp>

#include <doctest/doctest.h>

namespace test {

inline const char* const clean_document = R"({
 "format": "inclusio", "schema_version": "1.0", "currency": "CZK",
 "territories": [
   {"id": "cz", "kind": "country", "name": "Česká republika", "code": "CZ"},
   {"id": "kraj", "kind": "region", "name": "Středočeský kraj", "code": "CZ020", "parent": "cz"},
   {"id": "okres", "kind": "district", "name": "Kutná Hora", "code": "CZ0205", "parent": "kraj"},
   {"id": "kh", "kind": "municipality", "name": "Kutná Hora", "code": "533955", "parent": "okres"}],
 "organizations": [
   {"id": "mesto", "name": "Město Kutná Hora", "kind": "municipality", "ico": "00236195", "territory": "kh"},
   {"id": "ngo", "name": "O.s. Čercheň", "kind": "ngo", "territory": "kh"}],
 "partnerships": [{"id": "lp", "name": "LP Kutná Hora", "kind": "local_partnership", "territory": "kh",
   "members": [{"organization": "mesto", "role": "decision_maker"}, {"organization": "ngo", "role": "member"}]}],
 "plans": [{"id": "spsz", "kind": "strategic_plan", "title": "SPSZ Kutná Hora", "territory": "kh", "owner": "mesto",
   "partnership": "lp", "period": {"start": "2021-01-01", "end": "2023-12-31"}, "status": "in_force",
   "approval": {"body": "Zastupitelstvo města Kutná Hora", "date": "2020-12-14", "resolution": "123/20"},
   "support_type": "intensive_comprehensive", "themes": ["housing"],
   "goals": [{"id": "cil", "title": "Bydlení", "theme": "housing", "evidence": ["analyza"]}],
   "measures": [{"id": "opatreni", "title": "Prevence ztráty bydlení", "goal": "cil", "theme": "housing",
     "status": "in_progress", "period": {"start": "2021-06-01", "end": "2023-06-30"}, "responsible": "mesto",
     "partners": ["ngo"], "target_groups": [{"group": "families", "min_age": 0, "max_age": 120}], "localities": ["kh"],
     "budget": {"total": "1250000.00", "sources": [{"source": "op_z", "amount": "1062500.00"},
                                                   {"source": "municipal_budget", "amount": "187500.00"}]},
     "projects": ["projekt"]}]}],
 "projects": [{"id": "projekt", "title": "Prevence ztráty bydlení v Kutné Hoře",
   "registration_number": "CZ.03.2.63/0.0/0.0/15_030/0000605", "programme": "op_z", "status": "in_progress",
   "recipient": "mesto", "period": {"start": "2021-06-01", "end": "2023-06-30"}, "requested": "1100000.00",
   "approved": "1062500.00", "drawn": "900000.00", "supported_persons": {"planned": 120, "actual": 80},
   "measures": ["opatreni"], "territories": ["kh"]}],
 "indicators": [
   {"id": "ind-osoby", "name": "Podpořené osoby", "subject": {"type": "measure", "id": "opatreni"}, "kind": "output",
    "unit": "persons", "measure": "quantity", "direction": "increase", "aggregation": "cumulative",
    "baseline": {"value": 0, "date": "2021-06-01"},
    "targets": [{"value": 60, "date": "2022-06-30"}, {"value": 120, "date": "2023-06-30"}],
    "observations": [{"date": "2022-06-30", "value": 50}, {"date": "2023-06-30", "value": 30},
                     {"date": "2024-06-30", "value": 40}]},
   {"id": "ind-podil", "name": "Podíl územních celků", "subject": {"type": "plan", "id": "spsz"}, "kind": "result",
    "unit": "percent", "measure": "percentage", "direction": "increase", "aggregation": "last",
    "denominator": {"value": 40}, "baseline": {"value": 0, "date": "2021-01-01"},
    "targets": [{"value": 75, "date": "2023-12-31", "comparison": "at_least", "count": 30}],
    "observations": [{"date": "2022-12-31", "value": 50, "count": 20}, {"date": "2024-06-30", "value": 75, "count": 30}]},
   {"id": "ind-hodnoceni", "name": "Hodnocení", "subject": {"type": "project", "id": "projekt"}, "kind": "result",
    "unit": "count", "measure": "ordinal", "direction": "increase", "aggregation": "last",
    "scale": ["neúspěšné", "méně úspěšné", "úspěšné", "velmi úspěšné"],
    "baseline": {"value": "méně úspěšné", "date": "2021-06-01"},
    "targets": [{"value": "úspěšné", "date": "2023-06-30"}], "observations": [{"date": "2022-06-30", "value": "úspěšné"}]}],
 "evaluations": [{"id": "evaluace", "subject": "spsz", "kind": "interim", "date": "2022-12-31", "evaluator": "ngo",
                  "rating": "successful"}],
 "events": [
   {"id": "setkani", "kind": "public_meeting", "title": "Veřejné setkání", "date": "2022-03-15", "territory": "kh",
    "organizer": "mesto", "subject": "spsz", "attendance": 90},
   {"id": "referendum", "kind": "referendum", "title": "Referendum", "date": "2022-09-22", "territory": "kh",
    "subject": "spsz", "outcome": {"valid": 1209, "yes": 89, "no": 1113}}],
 "documents": [{"id": "analyza", "title": "Situační analýza", "kind": "situation_analysis", "date": "2020-06-30"}]
})";

class Mutable {
 public:
  Mutable() : v_(boost::json::parse(clean_document)) {}

  // Sets the member or element at `pointer` to the JSON `value`, adding a member if it is new.
  Mutable& set(std::string_view pointer, std::string_view value) {
    auto [parent, last] = split(pointer);
    boost::json::value& p = v_.at_pointer(parent);
    if (p.is_object()) p.as_object()[last] = boost::json::parse(value);
    else p.as_array().at(std::stoul(std::string(last))) = boost::json::parse(value);
    return *this;
  }
  Mutable& erase(std::string_view pointer) {
    auto [parent, last] = split(pointer);
    boost::json::value& p = v_.at_pointer(parent);
    if (p.is_object()) p.as_object().erase(last);
    else p.as_array().erase(p.as_array().begin() + static_cast<std::ptrdiff_t>(std::stoul(std::string(last))));
    return *this;
  }
  // Appends the JSON `value` to the array at `pointer`.
  Mutable& push(std::string_view pointer, std::string_view value) {
    v_.at_pointer(pointer).as_array().push_back(boost::json::parse(value));
    return *this;
  }

  inclusio::Document load() const { return inclusio::load_string(boost::json::serialize(v_)); }
  inclusio::Report validate(inclusio::ValidateOptions options = defaults()) const {
    return inclusio::validate(load(), options);
  }
  static inclusio::ValidateOptions defaults() {
    inclusio::ValidateOptions o;
    o.as_of = inclusio::Date(2026, 11, 23);
    return o;
  }

 private:
  static std::pair<std::string, std::string> split(std::string_view pointer) {
    auto at = pointer.rfind('/');
    return {std::string(pointer.substr(0, at)), std::string(pointer.substr(at + 1))};
  }
  boost::json::value v_;
};

// The findings of `rule` in the report.
inline std::vector<inclusio::Finding> of_rule(const inclusio::Report& r, std::string_view rule) {
  std::vector<inclusio::Finding> out;
  for (const auto& f : r.findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

// Exactly one finding of `rule`, with this severity, pointer and entity; returns its message.
inline std::string expect_one(const inclusio::Report& r, std::string_view rule, inclusio::Severity severity,
                              std::string_view pointer, std::string_view entity) {
  auto found = of_rule(r, rule);
  INFO("rule " << rule);
  for (const auto& f : r.findings) INFO(f.rule << " " << f.pointer << " " << f.message);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == severity);
  CHECK(found[0].pointer == pointer);
  CHECK(found[0].entity == entity);
  return found[0].message;
}

inline void expect_none(const inclusio::Report& r, std::string_view rule) {
  auto found = of_rule(r, rule);
  INFO("rule " << rule);
  for (const auto& f : found) INFO(f.pointer << " " << f.message);
  CHECK(found.empty());
}

}  // namespace test
