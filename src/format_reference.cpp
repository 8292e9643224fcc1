// docs/format.md: the field reference of the format, from the same record descriptions, codelist
// tables and table of entity kinds the reader and writer use.

#include <inclusio/schema.hpp>

#include "document_format.hpp"

#include <set>
#include <vector>

namespace inclusio {

namespace {

// A heading's anchor as Markdown renderers make it: lower case, spaces as hyphens.
std::string anchor(std::string_view heading) {
  std::string out;
  for (char c : heading) out.push_back(c == ' ' ? '-' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  return out;
}

std::string record_link(std::string_view record_name) {
  std::string def = detail::def_name(record_name);
  return "[" + def + "](#" + anchor(def) + ")";
}

template <class E>
std::string codelist_link() {
  std::string name(Codelist<E>::name);
  return "[" + name + "](#" + anchor(name) + ")";
}

struct Reference {
  std::vector<std::string> order;     // the records' sections, in order of first appearance
  std::set<std::string> described;    // records already described
  std::vector<std::string> codelists; // the codelists' sections, in order of first appearance
  std::set<std::string_view> listed;  // codelists already described

  template <class X>
  std::string type_of(std::string_view key, detail::Role role) {
    if (role == detail::Role::identifier) return "id (`[A-Za-z0-9._:-]{1,128}`, unique in the document)";
    if constexpr (detail::IsList<X>) {
      return "list of " + type_of<typename detail::IsListT<X>::element>(key, detail::Role::plain);
    } else if constexpr (detail::IsRecord<X>) {
      describe<X>();
      return record_link(detail::Record<X>::name);
    } else if constexpr (detail::IsRef<X>) {
      using Target = typename detail::IsRefT<X>::target;
      if constexpr (std::is_same_v<Target, AnyEntity>) return "id of an entity of any kind";
      else return "id of an entity: " + record_link(detail::Record<Target>::name);
    } else if constexpr (CodelistEnum<X>) {
      codelist<X>();
      return "code of the " + codelist_link<X>();
    } else if constexpr (std::is_same_v<X, std::string>) {
      return key == "currency" ? "currency code (ISO 4217, three capital letters)" : "text";
    } else if constexpr (std::is_same_v<X, std::int64_t>) {
      return "whole number";
    } else if constexpr (std::is_same_v<X, Count>) {
      return "count (a whole number, not negative)";
    } else if constexpr (std::is_same_v<X, Date>) {
      return "date (`YYYY-MM-DD`)";
    } else if constexpr (std::is_same_v<X, Money>) {
      return "amount (a decimal string with at most two decimals, or a whole number)";
    } else if constexpr (std::is_same_v<X, Decimal>) {
      return "number (at most six decimals)";
    } else if constexpr (std::is_same_v<X, IndicatorValue>) {
      return "number (at most six decimals), or text for ordinal and qualitative indicators";
    } else if constexpr (std::is_same_v<X, Dimensions>) {
      return "object of names to text (`{\"gender\": \"female\"}`)";
    } else if constexpr (std::is_same_v<X, DimensionCategories>) {
      return "object of names to lists of text (`{\"gender\": [\"female\", \"male\", \"non_binary\"]}`)";
    } else {
      static_assert(sizeof(X) == 0, "a leaf type without a description in the format reference");
    }
  }

  template <class T>
  void describe() {
    std::string def = detail::def_name(detail::Record<T>::name);
    if (!described.insert(def).second) return;
    std::size_t slot = order.size();  // before the records its fields name
    order.emplace_back();
    std::string section = "\n### " + def + "\n\n";
    for_each_entity_kind([&](const auto& row) {
      if constexpr (std::is_same_v<typename std::decay_t<decltype(row)>::element, T>)
        section += "Entity kind `" + std::string(row.code) + "`, in the list `" + std::string(row.key) + "`.\n\n";
    });
    section += "| field | type | required |\n|---|---|---|\n";
    std::vector<std::pair<std::string, std::string>> rows;
    std::apply(
        [&](const auto&... m) {
          auto one = [&](const auto& member) {
            using F = typename std::decay_t<decltype(member.of(std::declval<const T&>()))>::value_type;
            rows.emplace_back(std::string(member.key), type_of<F>(member.key, member.role) + " | " +
                                                           (member.required ? "yes" : "no"));
          };
          (one(m), ...);
        },
        detail::Record<T>::members);
    for (const auto& [key, rest] : rows) section += "| `" + key + "` | " + rest + " |\n";
    order[slot] = std::move(section);
  }

  template <class E>
  void codelist() {
    if (!listed.insert(Codelist<E>::name).second) return;
    std::string section = "\n### " + std::string(Codelist<E>::name) + "\n\n| code | English | Czech |\n|---|---|---|\n";
    for (const auto& e : Codelist<E>::entries)
      section += "| `" + std::string(e.code) + "` | " + std::string(e.en) + " | " + std::string(e.cs) + " |\n";
    codelists.push_back(std::move(section));
  }
};

}  // namespace

std::string format_reference_markdown() {
  Reference ref;
  std::string versions;
  for (std::string_view v : Document::schema_versions) versions += (versions.empty() ? "`\"" : " or `\"") + std::string(v) + "\"`";
  std::string top =
      "| member | type | required |\n|---|---|---|\n"
      "| `format` | the text `\"inclusio\"` | yes |\n"
      "| `schema_version` | the text " + versions + " ([versions](#schema-versions)) | yes |\n"
      "| `currency` | currency code (ISO 4217, three capital letters); `CZK` when absent | no |\n";
  std::string kinds = "| kind | list | held by | record |\n|---|---|---|---|\n";
  for_each_entity_kind([&](const auto& row) {
    using Row = std::decay_t<decltype(row)>;
    using T = typename Row::element;
    std::string holder = "the document";
    if constexpr (!detail::IsTopLevelKind<Row>)
      holder = record_link(detail::Record<typename Row::parent>::name);
    kinds += "| `" + std::string(row.code) + "` | `" + std::string(row.key) + "` | " + holder + " | " +
             record_link(detail::Record<T>::name) + " |\n";
  });
  detail::for_each_collection([&](const auto& c) {
    using T = typename std::decay_t<decltype(c)>::element;
    top += "| `" + std::string(c.key) + "` | list of " + record_link(detail::Record<T>::name) + " | no |\n";
    ref.describe<T>();
  });
  std::string out =
      "# The inclusio format: field reference\n\n"
      "Generated by `inclusio_format_doc` from the record descriptions, codelist tables and table of entity\n"
      "kinds that the reader and the writer use (`src/records.hpp`, `include/inclusio/codelists.hpp`,\n"
      "`include/inclusio/entity_kinds.hpp`); a test fails when this file is stale. The same as a JSON\n"
      "Schema: [inclusio.schema.json](inclusio.schema.json). What loading accepts, the forms of values and\n"
      "the canonical writing: [reading-and-writing.md](reading-and-writing.md). The rules a document is\n"
      "checked against: [rules.md](rules.md).\n\n"
      "Every field may hold a value of the wrong form: it is kept as written, written back, and reported\n"
      "by validation. Members the format does not define are kept and written back after the known ones.\n\n"
      "## The document\n\n" +
      top + "\n## Entities\n\nEntities have ids unique in the whole document; references name them by id.\n\n" + kinds +
      "\n## Records\n\nIn the order the document first holds them; fields in the canonical order of writing.\n";
  for (const std::string& s : ref.order) out += s;
  out +=
      "\n## Schema versions\n\n"
      "Version 1.1 added, for results monitoring: an indicator's `reporting_frequency` and declared `dimensions`\n"
      "(the categories its observations may take), an observation's own `denominator` and review `status`, and\n"
      "a target's `dimensions` (a target for one category). A 1.0 document loads, validates and writes back\n"
      "exactly as before; a document is written in the oldest version that holds its members, and never\n"
      "older than the version it was read in. An observation without a `status` counts as approved: 1.0\n"
      "documents knew no review.\n";
  out += "\n## Codelists\n\nCodes are what the JSON holds and never change; the labels are what people read.\n";
  for (const std::string& s : ref.codelists) out += s;
  return out;
}

}  // namespace inclusio
