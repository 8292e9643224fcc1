#pragma once
// The summary's figures as JSON, shared by the summary and the roll-up: amounts per currency as exact
// decimal strings, and a sum that overflows as null, never a wrong number.

#include <inclusio/summary.hpp>

#include <boost/json.hpp>

namespace inclusio::detail {

namespace json = boost::json;

// A sum that overflows is null: never a wrong number.
inline json::object money_json(const MoneySums& sums) {
  json::object o;
  for (const auto& [c, m] : sums) o[c] = m ? json::value(m->to_string()) : json::value(nullptr);
  return o;
}

inline json::value count_json(const CheckedCount& n) { return n ? json::value(*n) : json::value(nullptr); }

inline json::object totals_json(const ProjectTotals& t) {
  return {{"count", t.count},
          {"requested", money_json(t.requested)},
          {"approved", money_json(t.approved)},
          {"drawn", money_json(t.drawn)},
          {"supported_persons", {{"planned", count_json(t.supported_persons.planned)},
                                 {"actual", count_json(t.supported_persons.actual)}}},
          {"jobs_created", {{"planned", count_json(t.jobs_created.planned)}, {"actual", count_json(t.jobs_created.actual)}}}};
}

template <class E, class V, class F>
json::object by_code(const std::map<E, V>& m, F&& value) {
  json::object o;
  for (const auto& [k, v] : m) o[to_code(k)] = value(v);
  return o;
}

}  // namespace inclusio::detail
