// The semantic diff: both documents as their canonical JSON, walked together. Entities are matched
// by id, the items of lists without ids by what identifies them (list_keys below), and every
// difference becomes a change for the reader and the patch operations that make it.

#include <inclusio/diff.hpp>

#include <inclusio/entity_kinds.hpp>
#include <inclusio/error.hpp>
#include <inclusio/json.hpp>

#include "document_json.hpp"
#include "emitter.hpp"
#include "records.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace inclusio {

std::string_view to_code(ChangeOp op) noexcept {
  switch (op) {
    case ChangeOp::add: return "add";
    case ChangeOp::remove: return "remove";
    case ChangeOp::replace: return "replace";
  }
  return "";
}

std::string_view to_code(SemanticChange change) noexcept {
  switch (change) {
    case SemanticChange::none: return "";
    case SemanticChange::measure_added: return "measure_added";
    case SemanticChange::measure_dropped: return "measure_dropped";
    case SemanticChange::target_moved: return "target_moved";
    case SemanticChange::budget_changed: return "budget_changed";
    case SemanticChange::funding_source_changed: return "funding_source_changed";
    case SemanticChange::status_backwards: return "status_backwards";
    case SemanticChange::definition_changed: return "definition_changed";
    case SemanticChange::approved_changed: return "approved_changed";
  }
  return "";
}

namespace detail {
boost::json::value document_json(const Document& document) {
  WriteOptions compact;
  compact.indent = 0;
  return boost::json::parse(dump_string(document, compact));
}
std::string_view entity_list_kind(std::string_view holder, std::string_view key) {
  std::string_view found;
  for_each_entity_kind([&](const auto& row) {
    using Row = std::decay_t<decltype(row)>;
    if (row.key != key) return;
    if constexpr (detail::IsTopLevelKind<Row>) {
      if (holder.empty()) found = row.code;
    } else if (holder == to_code(EntityKindOf<typename Row::parent>::value)) {
      found = row.code;
    }
  });
  return found;
}

const boost::json::value* json_member(const boost::json::value* v, std::string_view key) {
  const boost::json::object* o = v ? v->if_object() : nullptr;
  return o ? o->if_contains(key) : nullptr;
}
std::optional<Money> json_money(const boost::json::value* v, Currency currency) {
  if (!v) return std::nullopt;
  Money m;
  if (const boost::json::string* s = v->if_string()) {
    if (Money::try_parse(std::string_view(*s), currency, m) == AmountProblem::none) return m;
  } else if (const std::int64_t* i = v->if_int64()) {
    try {
      return Money::from_major(*i, currency);
    } catch (const Error&) {
    }
  }
  return std::nullopt;
}

}  // namespace detail

namespace {

namespace json = boost::json;
using detail::document_json;
using detail::entity_list_kind;
using detail::json_member;
using detail::json_money;

// What identifies an item of a list without ids, in the entity that holds the list. Items are paired
// by `primary` (every member equal); the rest by `secondary`, in their order.
struct ListKey {
  std::string_view holder;  // entity kind
  std::string_view key;     // the list's member
  std::string_view record;  // what a change calls an item
  std::string_view record_cs;  // and what a Czech report calls it: its record's name
  std::array<std::string_view, 3> primary;
  std::array<std::string_view, 3> secondary;
};
constexpr ListKey list_keys[] = {
    {"partnership", "members", "partnership_member", detail::Record<PartnershipMember>::name_cs, {"organization"}, {}},
    {"measure", "target_groups", "target_group", detail::Record<TargetGroupSpec>::name_cs, {"group"}, {}},
    {"measure", "sources", "funding_source", detail::Record<FundingShare>::name_cs, {"source"}, {}},
    {"indicator", "targets", "target", detail::Record<Target>::name_cs, {"dimensions", "date"}, {"dimensions"}},
    {"indicator", "observations", "observation", detail::Record<Observation>::name_cs, {"date", "period", "dimensions"},
     {}},
};

const ListKey* record_list(std::string_view holder, std::string_view key) {
  for (const ListKey& k : list_keys)
    if (k.holder == holder && k.key == key) return &k;
  return nullptr;
}

std::string item_key(const json::value& item, const std::array<std::string_view, 3>& members) {
  std::string key;
  const json::object* o = item.if_object();
  for (std::string_view m : members) {
    if (m.empty()) break;
    const json::value* v = o ? o->if_contains(m) : nullptr;
    key += v ? json::serialize(*v) : std::string("\x01");
    key += '\x02';
  }
  return key;
}

// Equal, members in the same order too (Boost.JSON's == ignores the order, which the patch keeps):
// what is identical needs no walk.
bool identical(const json::value& a, const json::value& b) {
  if (a.kind() != b.kind()) return false;
  if (const json::object* x = a.if_object()) {
    const json::object& y = b.get_object();
    if (x->size() != y.size()) return false;
    for (auto i = x->begin(), j = y.begin(); i != x->end(); ++i, ++j)
      if (i->key() != j->key() || !identical(i->value(), j->value())) return false;
    return true;
  }
  if (const json::array* x = a.if_array()) {
    const json::array& y = b.get_array();
    if (x->size() != y.size()) return false;
    for (std::size_t i = 0; i < x->size(); ++i)
      if (!identical((*x)[i], y[i])) return false;
    return true;
  }
  return a == b;
}

// The first identifying member an item has, as text.
std::string item_label(const json::value& item, const ListKey& k) {
  const json::object* o = item.if_object();
  for (std::string_view m : k.primary) {
    if (m.empty()) break;
    if (const json::value* v = o ? o->if_contains(m) : nullptr)
      return v->is_string() ? std::string(v->get_string()) : json::serialize(*v);
  }
  return {};
}

// How far a status has come, for telling a step back; -1 for a status off the way (postponed,
// cancelled, rejected, withdrawn, superseded), from which no move is a step back.
int status_rank(std::string_view kind, std::string_view status) {
  static constexpr std::array<std::string_view, 5> plan{"draft", "consultation", "approved", "in_force", "completed"};
  static constexpr std::array<std::string_view, 5> measure{"planned", "preparing", "in_progress",
                                                           "partially_implemented", "implemented"};
  static constexpr std::array<std::string_view, 7> project{"idea", "preparing", "submitted", "in_evaluation",
                                                           "approved", "in_progress", "completed"};
  auto rank = [&](const auto& order) {
    auto it = std::find(order.begin(), order.end(), status);
    return it == order.end() ? -1 : static_cast<int>(it - order.begin());
  };
  if (kind == "plan") return rank(plan);
  if (kind == "measure") return rank(measure);
  if (kind == "project") return rank(project);
  return -1;
}

std::optional<Currency> currency_of(const json::value* v) {
  const json::string* s = v ? v->if_string() : nullptr;
  if (!s || !Currency::is_valid_code(std::string_view(*s))) return std::nullopt;
  return Currency(std::string_view(*s));
}

std::string id_of(const json::value& v) {
  const json::value* id = json_member(&v, "id");
  return id && id->is_string() ? std::string(id->get_string()) : std::string();
}
std::string title_of(const json::value& v) {
  for (std::string_view k : {"title", "name"})
    if (const json::value* t = json_member(&v, k); t && t->is_string()) return std::string(t->get_string());
  return {};
}

std::optional<Money> difference(const std::optional<Money>& before, const std::optional<Money>& after) {
  if (!before && !after) return std::nullopt;
  Currency c = after ? after->currency() : before->currency();
  Money a = before.value_or(Money(0, c)), b = after.value_or(Money(0, c));
  if (a.currency() != b.currency()) return std::nullopt;
  try {
    return b - a;
  } catch (const Error&) {
    return std::nullopt;  // beyond int64 haléř: the amounts are shown, the difference is not
  }
}

// One side of the walk: where we are in that document.
struct Side {
  const json::value* entity = nullptr;  // the entity holding what is compared
  const json::value* record = nullptr;  // the list item (funding source, target) being compared
  std::string path;                     // JSON Pointer of the value compared
};

class Walker {
 public:
  Walker(Revision& out, bool patch, Currency old_currency, Currency new_currency)
      : out_(out), patch_(patch), old_currency_(old_currency), new_currency_(new_currency) {}

  // In diff_plans: goals and measures paired by code or title; their ids, and references to paired
  // goals, are not changes (the patch still makes them).
  bool plan_mode = false;
  std::unordered_map<std::string, std::string> paired_ids;  // old id -> new id
  std::string patch_root;  // the patch's paths are relative to this pointer (diff_plans: the plan)

  struct Context {
    std::string entity, kind;   // the entity compared, or holding what is compared
    std::string title;          // its title or name
    std::string record;         // the kind of the list item compared, or empty
    std::string item;           // what identifies that item (item_label)
    std::string relative;       // the path from the entity or record ("budget/total")
    Side old_side, new_side;
    bool patch = true;          // emit patch operations (false below a replaced whole)
  };

  void value(const json::value& a, const json::value& b, Context c) {
    if (identical(a, b)) return;
    if (a.is_object() && b.is_object()) return object(a.get_object(), b.get_object(), std::move(c));
    if (c.patch) patch_op("replace", c.new_side.path, &b);
    leaf(ChangeOp::replace, &a, &b, c);
  }

  void object(const json::object& a, const json::object& b, Context c) {
    // Patch: members only in the old go; the common prefix stays; the rest is removed and added
    // again in the new order, so that the object comes out with the new document's member order.
    std::vector<std::string_view> kept;
    for (const auto& kv : a)
      if (b.contains(kv.key())) kept.push_back(kv.key());
    std::size_t prefix = 0;
    for (const auto& kv : b) {
      if (prefix < kept.size() && kept[prefix] == kv.key()) ++prefix;
      else break;
    }
    if (c.patch) {
      for (const auto& kv : a)
        if (!b.contains(kv.key())) patch_op("remove", child(c.new_side.path, kv.key()), nullptr);
      for (std::size_t i = prefix; i < kept.size(); ++i) patch_op("remove", child(c.new_side.path, kept[i]), nullptr);
      std::size_t i = 0;
      for (const auto& kv : b)
        if (i++ >= prefix) patch_op("add", child(c.new_side.path, kv.key()), &kv.value());
    }
    // Changes, in the old order for what went and the new order for the rest.
    for (const auto& kv : a) {
      if (b.contains(kv.key())) continue;
      Context m = descend(c, kv.key());
      m.patch = false;
      if (is_list(c, kv.key(), &kv.value(), nullptr)) list(kv.key(), kv.value().get_array(), json::array(), m);
      else leaf(ChangeOp::remove, &kv.value(), nullptr, m);
    }
    std::size_t position = 0;
    for (const auto& kv : b) {
      bool readded = position++ >= prefix;  // added whole above
      const json::value* before = a.if_contains(kv.key());
      if (before && identical(*before, kv.value())) continue;
      Context m = descend(c, kv.key());
      if (readded) m.patch = false;
      if (plan_mode && ignored_in_plans(c, kv.key(), before, kv.value())) {
        if (m.patch && (!before || *before != kv.value()))
          patch_op(before ? "replace" : "add", m.new_side.path, &kv.value());
        continue;
      }
      if (is_list(c, kv.key(), before, &kv.value())) {
        static const json::array none;
        list(kv.key(), before ? before->get_array() : none, kv.value().get_array(), m);
      } else if (!before) {
        leaf(ChangeOp::add, nullptr, &kv.value(), m);
      } else {
        value(*before, kv.value(), m);
      }
    }
  }

  // A list of entities (by id) or of records (by list_keys); `c` is the list's own context.
  void list(std::string_view key, const json::array& a, const json::array& b, Context c) {
    std::string_view entity_kind = entity_list_kind(c.kind == "portfolio" ? "" : c.kind, key);
    const ListKey* records = entity_kind.empty() ? record_list(c.kind, key) : nullptr;
    std::vector<std::ptrdiff_t> partner_of_new(b.size(), -1);
    std::vector<bool> old_paired(a.size(), false);
    auto pair_by = [&](auto&& key_of) {
      std::unordered_map<std::string, std::vector<std::size_t>> waiting;  // key -> old indices, in order
      for (std::size_t i = a.size(); i-- > 0;)
        if (!old_paired[i])
          if (auto k = key_of(a[i])) waiting[*k].push_back(i);
      for (std::size_t j = 0; j < b.size(); ++j) {
        if (partner_of_new[j] >= 0) continue;
        auto k = key_of(b[j]);
        if (!k) continue;
        auto it = waiting.find(*k);
        if (it == waiting.end() || it->second.empty()) continue;
        partner_of_new[j] = static_cast<std::ptrdiff_t>(it->second.back());
        old_paired[it->second.back()] = true;
        it->second.pop_back();
      }
    };
    if (!entity_kind.empty()) {
      pair_by([&](const json::value& v) { return entity_key(v); });
      if (plan_mode)
        for (std::size_t j = 0; j < b.size(); ++j)
          if (partner_of_new[j] >= 0) paired_ids[id_of(a[static_cast<std::size_t>(partner_of_new[j])])] = id_of(b[j]);
    } else {
      pair_by([&](const json::value& v) { return std::optional<std::string>(item_key(v, records->primary)); });
      if (!records->secondary[0].empty())
        pair_by([&](const json::value& v) { return std::optional<std::string>(item_key(v, records->secondary)); });
    }
    // The patch keeps the list's order only where the paired items keep theirs; else it replaces it.
    bool in_order = true;
    std::ptrdiff_t last = -1;
    for (std::ptrdiff_t p : partner_of_new)
      if (p >= 0) {
        if (p < last) in_order = false;
        last = p;
      }
    if (c.patch && !in_order) {
      json::value after(b);
      patch_op("replace", c.new_side.path, &after);
      c.patch = false;
    }
    std::string kind(entity_kind.empty() ? records->record : entity_kind);
    for (std::size_t i = a.size(); i-- > 0;)
      if (!old_paired[i] && c.patch) patch_op("remove", child(c.new_side.path, std::to_string(i)), nullptr);
    for (std::size_t j = 0; j < b.size(); ++j)
      if (partner_of_new[j] < 0 && c.patch) patch_op("add", child(c.new_side.path, std::to_string(j)), &b[j]);
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!old_paired[i]) item(ChangeOp::remove, a[i], child(c.old_side.path, std::to_string(i)), kind, records, c);
    for (std::size_t j = 0; j < b.size(); ++j) {
      std::string path = child(c.new_side.path, std::to_string(j));
      if (partner_of_new[j] < 0) {
        item(ChangeOp::add, b[j], path, kind, records, c);
        continue;
      }
      std::size_t i = static_cast<std::size_t>(partner_of_new[j]);
      if (identical(a[i], b[j])) continue;
      Context m = c;
      m.old_side.path = child(c.old_side.path, std::to_string(i));
      m.new_side.path = path;
      m.relative.clear();
      if (!entity_kind.empty()) {
        m.entity = id_of(b[j]);
        m.title = title_of(b[j]);
        m.kind = kind;
        m.record.clear();
        m.old_side.entity = &a[i];
        m.new_side.entity = &b[j];
      } else {
        m.record = kind;
        m.item = item_label(b[j], *records);
        m.old_side.record = &a[i];
        m.new_side.record = &b[j];
      }
      value(a[i], b[j], m);
    }
  }

  // An entity or record added or removed: the change, then (entities) each nested entity's.
  // `records` is null for an entity.
  void item(ChangeOp op, const json::value& v, const std::string& path, const std::string& kind,
            const ListKey* records, const Context& c) {
    bool entity = !records;
    Change change;
    change.op = op;
    change.path = path;
    change.kind = kind;
    change.entity = entity ? id_of(v) : c.entity;
    change.title = entity ? title_of(v) : c.title;
    if (records) change.item = item_label(v, *records);
    json::value shown = v;
    std::vector<std::pair<std::string_view, const json::array*>> nested;
    if (entity) {
      if (json::object* o = shown.if_object())
        for (const auto& kv : v.get_object())
          if (!entity_list_kind(kind, kv.key()).empty() && kv.value().is_array()) {
            nested.emplace_back(kv.key(), &kv.value().get_array());
            o->erase(kv.key());
          }
    }
    (op == ChangeOp::add ? change.new_value : change.old_value) = std::move(shown);
    if (entity && kind == "measure") {
      // What the plan gains or loses with the measure: its budget.
      bool added = op == ChangeOp::add;
      change.semantic = added ? SemanticChange::measure_added : SemanticChange::measure_dropped;
      const json::value* budget = json_member(&v, "budget");
      Currency currency = currency_of(json_member(budget, "currency")).value_or(added ? new_currency_ : old_currency_);
      std::optional<Money> total = json_money(json_member(budget, "total"), currency);
      change.difference = added ? difference(std::nullopt, total) : difference(total, std::nullopt);
    }
    if (!entity && kind == "funding_source") {
      Currency currency = budget_currency(op == ChangeOp::add ? c.new_side : c.old_side, op == ChangeOp::add);
      std::optional<Money> amount = json_money(json_member(&v, "amount"), currency_of(json_member(&v, "currency")).value_or(currency));
      change.semantic = SemanticChange::funding_source_changed;
      change.difference = op == ChangeOp::add ? difference(std::nullopt, amount) : difference(amount, std::nullopt);
    }
    out_.changes.push_back(std::move(change));
    for (const auto& [key, list] : nested) {
      std::string nested_kind(entity_list_kind(kind, key));
      for (std::size_t i = 0; i < list->size(); ++i)
        item(op, (*list)[i], child(child(path, key), std::to_string(i)), nested_kind, nullptr, c);
    }
  }

  // A value added, removed or replaced that is not itself an entity or list item.
  void leaf(ChangeOp op, const json::value* before, const json::value* after, const Context& c) {
    Change change;
    change.op = op;
    change.entity = c.entity;
    change.title = c.title;
    change.item = c.item;
    change.kind = c.record.empty() ? c.kind : c.record;
    change.path = op == ChangeOp::remove ? c.old_side.path : c.new_side.path;
    if (before) change.old_value = *before;
    if (after) change.new_value = *after;
    annotate(change, before, after, c);
    out_.changes.push_back(std::move(change));
  }

  void annotate(Change& change, const json::value* before, const json::value* after, const Context& c) {
    const std::string& r = c.relative;
    if (c.record.empty() && c.kind == "measure" && (r == "budget" || r == "budget/total")) {
      const json::value* old_total = r == "budget" ? json_member(before, "total") : before;
      const json::value* new_total = r == "budget" ? json_member(after, "total") : after;
      change.semantic = SemanticChange::budget_changed;
      change.difference = difference(json_money(old_total, budget_currency(c.old_side, false)),
                                     json_money(new_total, budget_currency(c.new_side, true)));
    } else if (c.record == "funding_source" && r == "amount") {
      change.semantic = SemanticChange::funding_source_changed;
      change.difference = difference(json_money(before, source_currency(c.old_side, false)),
                                     json_money(after, source_currency(c.new_side, true)));
    } else if (c.record.empty() && r == "status" && before && after && before->is_string() && after->is_string()) {
      int was = status_rank(c.kind, std::string_view(before->get_string()));
      int is = status_rank(c.kind, std::string_view(after->get_string()));
      if (was >= 0 && is >= 0 && is < was) change.semantic = SemanticChange::status_backwards;
    } else if (c.record.empty() && c.kind == "indicator" && defines_series(r) &&
               (has_items(c.old_side.entity, "observations") || has_items(c.new_side.entity, "observations"))) {
      change.semantic = SemanticChange::definition_changed;
    } else if (c.record.empty() && c.kind == "project" && r == "approved") {
      change.semantic = SemanticChange::approved_changed;
      Currency o = currency_of(json_member(c.old_side.entity, "currency")).value_or(old_currency_);
      Currency n = currency_of(json_member(c.new_side.entity, "currency")).value_or(new_currency_);
      change.difference = difference(json_money(before, o), json_money(after, n));
    } else if (c.record == "target" && (r == "value" || r == "date") && before && after) {
      change.semantic = SemanticChange::target_moved;
      int step = 0;  // +1 raised or later
      if (before->is_number() && after->is_number()) step = after->to_number<double>() > before->to_number<double>() ? 1 : -1;
      else if (before->is_string() && after->is_string() && r == "date") step = after->get_string() > before->get_string() ? 1 : -1;
      if (step == 0) return;
      if (r == "date") {
        change.movement = step > 0 ? "later" : "earlier";
        change.ambition = step > 0 ? "lower" : "higher";
        return;
      }
      change.movement = step > 0 ? "raised" : "lowered";
      const json::value* direction = json_member(c.new_side.entity, "direction");
      std::string_view d = direction && direction->is_string() ? std::string_view(direction->get_string()) : "";
      if (d == "increase") change.ambition = step > 0 ? "higher" : "lower";
      else if (d == "decrease") change.ambition = step > 0 ? "lower" : "higher";
    }
  }

 private:
  static std::string child(const std::string& path, std::string_view key) {
    std::string out = path;
    detail::push_segment(out, key);
    return out;
  }
  static bool has_items(const json::value* entity, std::string_view key) {
    const json::value* list = json_member(entity, key);
    return list && list->is_array() && !list->get_array().empty();
  }
  static bool defines_series(const std::string& r) {
    for (std::string_view m : {"unit", "measure", "aggregation", "direction", "denominator"})
      if (r == m || (r.size() > m.size() && r.compare(0, m.size(), m) == 0 && r[m.size()] == '/')) return true;
    return false;
  }

  Currency budget_currency(const Side& s, bool is_new) const {
    return currency_of(json_member(json_member(s.entity, "budget"), "currency")).value_or(is_new ? new_currency_ : old_currency_);
  }
  Currency source_currency(const Side& s, bool is_new) const {
    return currency_of(json_member(s.record, "currency")).value_or(budget_currency(s, is_new));
  }

  Context descend(const Context& c, std::string_view key) const {
    Context m = c;
    m.old_side.path = child(c.old_side.path, key);
    m.new_side.path = child(c.new_side.path, key);
    m.relative = c.relative.empty() ? std::string(key) : c.relative + "/" + std::string(key);
    return m;
  }

  // Whether the member `key` of what `c` compares is a list the walk pairs items of (on each side
  // where it is present, a list: a value of the wrong form is compared whole).
  static bool is_list(const Context& c, std::string_view key, const json::value* before, const json::value* after) {
    std::string_view holder = c.kind == "portfolio" ? "" : std::string_view(c.kind);
    if (!c.record.empty() || (before && !before->is_array()) || (after && !after->is_array())) return false;
    bool at_entity = c.relative.empty() || (c.kind == "measure" && c.relative == "budget" && key == "sources");
    if (!at_entity) return false;
    return !entity_list_kind(holder, key).empty() || record_list(c.kind, key);
  }

  // The key an entity is paired by: its id, or (diff_plans) its code or title.
  std::optional<std::string> entity_key(const json::value& v) const {
    if (!plan_mode) {
      std::string id = id_of(v);
      if (id.empty()) return std::nullopt;
      return id;
    }
    for (std::string_view k : {"code", "title"})
      if (const json::value* m = json_member(&v, k); m && m->is_string() && !m->get_string().empty())
        return std::string(k) + ":" + std::string(m->get_string());
    return std::nullopt;
  }

  // diff_plans: what differs only because the revision is another entity with ids of its own.
  bool ignored_in_plans(const Context& c, std::string_view key, const json::value* before,
                        const json::value& after) const {
    if (!c.relative.empty() || !c.record.empty()) return false;
    if (key == "id" || (c.kind == "plan" && key == "supersedes")) return true;
    if ((key == "goal" || key == "parent") && before && before->is_string() && after.is_string()) {
      auto it = paired_ids.find(std::string(before->get_string()));
      return it != paired_ids.end() && it->second == std::string_view(after.get_string());
    }
    return false;
  }

  void patch_op(std::string_view op, const std::string& path, const json::value* v) {
    if (!patch_) return;
    json::object o;
    o["op"] = op;
    o["path"] = path.substr(std::min(path.size(), patch_root.size()));
    if (v) o["value"] = *v;
    out_.patch.push_back(std::move(o));
  }

  Revision& out_;
  bool patch_;
  Currency old_currency_, new_currency_;
};

const json::value* find_plan(const json::value& doc, std::string_view id, std::size_t& index) {
  const json::value* plans = json_member(&doc, "plans");
  if (!plans || !plans->is_array()) return nullptr;
  for (std::size_t i = 0; i < plans->get_array().size(); ++i) {
    const json::value* plan_id = json_member(&plans->get_array()[i], "id");
    if (plan_id && plan_id->is_string() && plan_id->get_string() == id) {
      index = i;
      return &plans->get_array()[i];
    }
  }
  return nullptr;
}

std::string plan_label(const json::value& plan) {
  const json::value* title = json_member(&plan, "title");
  const json::value* id = json_member(&plan, "id");
  std::string out = title && title->is_string() ? std::string(title->get_string()) : std::string();
  if (id && id->is_string()) out += (out.empty() ? "" : " (") + std::string(id->get_string()) + (out.empty() ? "" : ")");
  return out;
}

}  // namespace

std::string_view detail::change_kind_cs(std::string_view kind) {
  if (kind == "portfolio") return "portfolio";
  if (std::optional<EntityKind> k = entity_kind_from_code(kind)) return kind_name_cs(*k);
  for (const ListKey& l : list_keys)
    if (l.record == kind) return l.record_cs;
  return kind;
}

Revision diff(const Document& old_document, const Document& new_document, const DiffOptions& options) {
  json::value a = document_json(old_document), b = document_json(new_document);
  Revision out;
  out.old_label = options.old_label;
  out.new_label = options.new_label;
  Walker walker(out, options.patch, old_document.default_currency(), new_document.default_currency());
  Walker::Context c;
  c.kind = "portfolio";
  walker.value(a, b, c);
  return out;
}

Revision diff_plans(const Document& document, std::string_view new_plan_id, const DiffOptions& options) {
  json::value doc = document_json(document);
  std::size_t new_index = 0, old_index = 0;
  const json::value* revised = find_plan(doc, new_plan_id, new_index);
  if (!revised)
    throw Error(ErrorCode::not_found, "the document has no plan \"" + std::string(new_plan_id) + "\"");
  const json::value* supersedes = json_member(revised, "supersedes");
  const json::value* previous = supersedes && supersedes->is_string()
                                    ? find_plan(doc, std::string_view(supersedes->get_string()), old_index)
                                    : nullptr;
  if (!previous)
    throw Error(ErrorCode::invalid_argument,
                "plan \"" + std::string(new_plan_id) + "\" supersedes no plan of the document");
  Revision out;
  out.old_label = options.old_label.empty() ? plan_label(*previous) : options.old_label;
  out.new_label = options.new_label.empty() ? plan_label(*revised) : options.new_label;
  Currency currency = document.default_currency();
  Walker walker(out, options.patch, currency, currency);
  walker.plan_mode = true;
  Walker::Context c;
  c.kind = "plan";
  c.entity = std::string(new_plan_id);
  c.title = title_of(*revised);
  c.old_side = {previous, nullptr, "/plans/" + std::to_string(old_index)};
  c.new_side = {revised, nullptr, "/plans/" + std::to_string(new_index)};
  walker.patch_root = c.new_side.path;
  walker.value(*previous, *revised, c);
  return out;
}

}  // namespace inclusio
