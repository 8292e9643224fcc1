// Merging documents into a portfolio, on their canonical JSON: entities united by id, equal ones kept
// once, different ones reported as conflicts with both places.

#include <inclusio/diff.hpp>

#include <inclusio/error.hpp>
#include <inclusio/json.hpp>

#include "document_json.hpp"
#include "emitter.hpp"

#include <boost/json.hpp>

#include <unordered_map>

namespace inclusio {

namespace {

namespace json = boost::json;

std::string pointer(std::initializer_list<std::string_view> segments) {
  std::string out;
  for (std::string_view s : segments) detail::push_segment(out, s);
  return out;
}

// Where an id was first seen.
struct Seen {
  std::size_t document;
  std::string kind;
  std::string path;
  std::string owner;  // the id of the top-level entity holding it (itself at the top)
  std::size_t slot;   // top level: its index in the result's list
};

class Merger {
 public:
  Merger(std::span<const Document* const> documents, const MergeOptions& options)
      : documents_(documents), options_(options) {}

  MergeResult run() {
    std::vector<json::value> parsed;
    parsed.reserve(documents_.size());
    for (const Document* d : documents_) {
      if (!d) throw Error(ErrorCode::invalid_argument, "merge: a document is null");
      parsed.push_back(detail::document_json(*d));
    }
    json::object out;
    std::string version = "1.0";
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      const json::object& doc = parsed[i].get_object();
      for (const auto& kv : doc) {
        std::string_view key = kv.key();
        if (key == "format") {
          out["format"] = kv.value();
        } else if (key == "schema_version") {
          if (kv.value().is_string() && std::string_view(kv.value().get_string()) > version)
            version = std::string(kv.value().get_string());
        } else if (std::string_view kind = detail::entity_list_kind("", key); !kind.empty() && kv.value().is_array()) {
          json::array& list = out[key].is_array() ? out[key].get_array() : out[key].emplace_array();
          for (std::size_t j = 0; j < kv.value().get_array().size(); ++j)
            entity(i, kind, key, j, kv.value().get_array()[j], list);
        } else {
          member(i, key, kv.value(), out);
        }
      }
    }
    out["schema_version"] = version;
    MergeResult result;
    result.conflicts = std::move(conflicts_);
    bool failed = false;
    for (const MergeConflict& c : result.conflicts) failed = failed || !c.resolved;
    if (!failed) result.document = load_string(json::serialize(out));
    return result;
  }

 private:
  std::string label(std::size_t i) const {
    return i < options_.labels.size() ? options_.labels[i] : "#" + std::to_string(i + 1);
  }

  void conflict(const std::string& id, std::string_view kind, const Seen& first, std::size_t second,
                const std::string& second_path, bool resolvable) {
    MergeConflict c;
    c.entity = id;
    c.kind = kind;
    c.first = label(first.document);
    c.second = label(second);
    c.first_path = first.path;
    c.second_path = second_path;
    c.id_reused = !resolvable;
    c.resolved = resolvable && options_.on_conflict == MergeConflictPolicy::prefer_last;
    conflicts_.push_back(std::move(c));
  }

  // A member of a document itself (currency, an unknown member): the first value, or a conflict.
  void member(std::size_t doc, std::string_view key, const json::value& v, json::object& out) {
    auto it = members_.find(std::string(key));
    if (it == members_.end()) {
      members_.emplace(std::string(key), Seen{doc, "portfolio", pointer({key}), "", 0});
      out[key] = v;
      return;
    }
    if (out[key] == v) return;
    conflict("", "portfolio", it->second, doc, pointer({key}), true);
    if (options_.on_conflict == MergeConflictPolicy::prefer_last) out[key] = v;
  }

  void entity(std::size_t doc, std::string_view kind, std::string_view key, std::size_t index, const json::value& v,
              json::array& list) {
    std::string path = pointer({key, std::to_string(index)});
    const json::value* id_value = v.is_object() ? v.get_object().if_contains("id") : nullptr;
    if (!id_value || !id_value->is_string()) {  // no id to unite by: kept, validation reports it
      list.push_back(v);
      return;
    }
    std::string id(id_value->get_string());
    auto it = ids_.find(id);
    if (it == ids_.end()) {
      ids_.emplace(id, Seen{doc, std::string(kind), path, id, list.size()});
      list.push_back(v);
      nested_ids(doc, kind, id, path, v);
      return;
    }
    Seen& first = it->second;
    if (first.kind != kind || first.owner != id) {  // the id names another entity already
      conflict(id, kind, first, doc, path, false);
      return;
    }
    if (list[first.slot] == v) return;
    conflict(id, kind, first, doc, path, true);
    if (options_.on_conflict == MergeConflictPolicy::prefer_last) {
      list[first.slot] = v;
      nested_ids(doc, kind, id, path, v);
    }
  }

  // The ids of the entities an entity holds (a plan's goals and measures) name them alone.
  void nested_ids(std::size_t doc, std::string_view kind, const std::string& owner, const std::string& path,
                  const json::value& v) {
    for (const auto& kv : v.get_object()) {
      std::string_view nested = detail::entity_list_kind(kind, kv.key());
      if (nested.empty() || !kv.value().is_array()) continue;
      const json::array& items = kv.value().get_array();
      for (std::size_t j = 0; j < items.size(); ++j) {
        const json::value* id = items[j].is_object() ? items[j].get_object().if_contains("id") : nullptr;
        if (!id || !id->is_string()) continue;
        std::string item_path = path + pointer({kv.key(), std::to_string(j)});
        auto [it, added] = ids_.emplace(std::string(id->get_string()), Seen{doc, std::string(nested), item_path, owner, 0});
        if (!added && it->second.owner != owner) conflict(it->first, nested, it->second, doc, item_path, false);
      }
    }
  }

  std::span<const Document* const> documents_;
  const MergeOptions& options_;
  std::unordered_map<std::string, Seen> ids_;
  std::unordered_map<std::string, Seen> members_;
  std::vector<MergeConflict> conflicts_;
};

}  // namespace

MergeResult merge(std::span<const Document* const> documents, const MergeOptions& options) {
  return Merger(documents, options).run();
}

std::string render_merge_conflicts(std::span<const MergeConflict> conflicts, Language language) {
  std::string out;
  for (const MergeConflict& c : conflicts) {
    std::string what = c.entity.empty() ? (language == Language::cs ? "člen portfolia " : "portfolio member ") + c.first_path
                                        : c.kind + " " + c.entity;
    if (c.id_reused && language == Language::cs)
      out += "konflikt: id " + c.entity + " označuje různé entity: " + c.first + " " + c.first_path + " a " + c.second +
             " " + c.second_path + "\n";
    else if (c.id_reused)
      out += "conflict: the id " + c.entity + " names different entities: " + c.first + " " + c.first_path + " and " +
             c.second + " " + c.second_path + "\n";
    else if (language == Language::cs)
      out += "konflikt: " + what + " se liší: " + c.first + " " + c.first_path + " a " + c.second + " " +
             c.second_path + (c.resolved ? " (ponecháno z " + c.second + ")" : "") + "\n";
    else
      out += "conflict: " + what + " differs: " + c.first + " " + c.first_path + " and " + c.second + " " +
             c.second_path + (c.resolved ? " (kept from " + c.second + ")" : "") + "\n";
  }
  return out;
}

}  // namespace inclusio
