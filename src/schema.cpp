// The JSON Schema from the record descriptions: each record type becomes a $defs entry with its
// members in canonical order and its required members; leaf types map to their JSON forms.

#include <inclusio/schema.hpp>

#include "document_format.hpp"

namespace inclusio {

namespace {

namespace json = boost::json;

using Defs = json::object;

json::value id_schema() { return {{"$ref", "#/$defs/Id"}}; }

using detail::def_name;

template <class T>
json::value schema_of(Defs& defs);

template <class T>
json::value leaf_schema() {
  if constexpr (std::is_same_v<T, std::string>) return {{"type", "string"}};
  else if constexpr (detail::IsRef<T>) return id_schema();
  else if constexpr (std::is_same_v<T, std::int64_t>) return {{"type", "integer"}};
  else if constexpr (std::is_same_v<T, Count>) return {{"type", "integer"}, {"minimum", 0}};
  else if constexpr (std::is_same_v<T, Date>) return {{"$ref", "#/$defs/Date"}};
  else if constexpr (std::is_same_v<T, Money>) return {{"$ref", "#/$defs/Amount"}};
  else if constexpr (std::is_same_v<T, Decimal>) return {{"type", "number"}};
  else if constexpr (std::is_same_v<T, IndicatorValue>) return {{"type", json::array{"number", "string"}}};
  else if constexpr (std::is_same_v<T, Dimensions>)
    return {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}};
  else if constexpr (std::is_same_v<T, DimensionCategories>)
    return {{"type", "object"},
            {"additionalProperties", {{"type", "array"}, {"items", {{"type", "string"}}}, {"uniqueItems", true}}}};
  else if constexpr (CodelistEnum<T>) {
    json::array codes;
    for (const auto& e : Codelist<T>::entries) codes.push_back(json::string(e.code));
    return {{"type", "string"}, {"enum", std::move(codes)}, {"description", Codelist<T>::name}};
  }
}

template <class T>
json::value schema_of(Defs& defs) {
  if constexpr (detail::IsRecord<T>) {
    std::string name = def_name(detail::Record<T>::name);
    if (!defs.contains(name)) {
      defs[name] = json::object{};  // placeholder: records may refer to themselves
      json::object properties;
      json::array required;
      std::apply(
          [&](const auto&... m) {
            auto one = [&](const auto& member) {
              using F = typename std::decay_t<decltype(member.of(std::declval<const T&>()))>::value_type;
              properties[member.key] = member.role == detail::Role::identifier ? id_schema() : schema_of<F>(defs);
              if (member.required) required.push_back(json::string(member.key));
            };
            (one(m), ...);
          },
          detail::Record<T>::members);
      json::object def{{"type", "object"}, {"description", detail::Record<T>::name}, {"properties", std::move(properties)}};
      if (!required.empty()) def["required"] = std::move(required);
      defs[name] = std::move(def);
    }
    return {{"$ref", "#/$defs/" + name}};
  } else if constexpr (detail::IsList<T>) {
    return {{"type", "array"}, {"items", schema_of<typename detail::IsListT<T>::element>(defs)}};
  } else {
    return leaf_schema<T>();
  }
}

}  // namespace

std::string json_schema() {
  Defs defs;
  defs["Id"] = {{"type", "string"}, {"pattern", "^[A-Za-z0-9._:-]{1,128}$"}};
  defs["Date"] = {{"type", "string"}, {"format", "date"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
  defs["Amount"] = {{"description", "an exact amount: a decimal string with at most two decimals, or a whole number"},
                    {"oneOf", json::array{json::object{{"type", "string"}, {"pattern", "^-?[0-9]+(\\.[0-9]{1,2})?$"}},
                                          json::object{{"type", "integer"}}}}};
  defs["Currency"] = {{"type", "string"}, {"pattern", "^[A-Z]{3}$"}};
  json::array versions;
  for (std::string_view v : Document::schema_versions) versions.emplace_back(v);
  json::object properties{{"format", {{"const", "inclusio"}}},
                          {"schema_version", {{"enum", versions}}},
                          {"currency", {{"$ref", "#/$defs/Currency"}}}};
  detail::for_each_collection([&](const auto& c) {
    using ListT = std::decay_t<decltype((std::declval<Document>().*(c.get))())>;
    properties[c.key] = schema_of<typename ListT::value_type>(defs);
  });
  // Per-object currencies are strings of the same form.
  for (const char* record : {"Budget", "Project", "FundingSource"})
    if (auto* d = defs.if_contains(record)) d->as_object()["properties"].as_object()["currency"] = {{"$ref", "#/$defs/Currency"}};
  json::value schema = json::object{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                                    {"$id", "https://inclusio.invalid/schema/" + std::string(Document::schema_version)},
                                    {"title", "inclusio document"},
                                    {"type", "object"},
                                    {"required", json::array{"format", "schema_version"}},
                                    {"properties", std::move(properties)},
                                    {"$defs", std::move(defs)}};
  std::string out;
  detail::Emitter e(out, 2);
  e.value(schema);
  out.push_back('\n');
  return out;
}

}  // namespace inclusio
