// Access by JSON Pointer. Reading and changing follow the record descriptions down to the typed field
// concerned; a new value is read with the loader's own reading, so a changed document is what loading
// its JSON would give. A change costs the size of the value it writes plus the depth of the path, not
// the size of the document: the id index and the amounts' currencies are kept in step locally.

#include <inclusio/access.hpp>
#include <inclusio/json.hpp>

#include "document_format.hpp"
#include "index_keeper.hpp"
#include "json_fragment.hpp"

#include <algorithm>
#include <charconv>

namespace inclusio {

namespace json = boost::json;

namespace {

using Segments = std::vector<std::string>;

Segments parse_pointer(std::string_view p) {
  Segments out;
  if (p.empty()) return out;
  if (p[0] != '/') throw Error(ErrorCode::invalid_argument, "a JSON Pointer starts with '/': \"" + std::string(p) + "\"");
  std::string seg;
  for (std::size_t i = 1; i <= p.size(); ++i) {
    if (i == p.size() || p[i] == '/') {
      out.push_back(std::move(seg));
      seg.clear();
    } else if (p[i] == '~') {
      if (i + 1 >= p.size() || (p[i + 1] != '0' && p[i + 1] != '1'))
        throw Error(ErrorCode::invalid_argument, "malformed JSON Pointer escape in \"" + std::string(p) + "\"");
      seg.push_back(p[++i] == '0' ? '~' : '/');
    } else {
      seg.push_back(p[i]);
    }
  }
  return out;
}

std::string join(const Segments& s, std::size_t from, std::size_t to) {
  detail::Pointer p;
  for (std::size_t i = from; i < to; ++i) p.push(s[i]);
  return p.str();
}

[[noreturn]] void not_found(const Segments& s, std::size_t upto, const std::string& why) {
  std::string at = join(s, 0, upto + 1);
  throw PathNotFound("no value at " + at + ": " + why, at);
}

// A segment as an array index: digits without a leading zero (RFC 6901), nullopt otherwise.
std::optional<std::size_t> array_index(const std::string& t) {
  std::size_t idx = 0;
  auto r = std::from_chars(t.data(), t.data() + t.size(), idx);
  if (t.empty() || r.ec != std::errc() || r.ptr != t.data() + t.size() || (t.size() > 1 && t[0] == '0')) return std::nullopt;
  return idx;
}

std::size_t parse_index(const Segments& s, std::size_t i, std::size_t size) {
  const std::string& t = s[i];
  std::optional<std::size_t> idx = array_index(t);
  if (!idx) not_found(s, i, "\"" + t + "\" is not an array index");
  if (*idx >= size) not_found(s, i, "index " + t + " is past the end (" + std::to_string(size) + " elements)");
  return *idx;
}

// ---- reading ----

template <class X>
constexpr ValueKind declared_kind() {
  if constexpr (detail::IsRecord<X> || detail::IsKeyedLeaf<X>) return ValueKind::record;
  else if constexpr (detail::IsList<X>) return ValueKind::list;
  else if constexpr (std::is_same_v<X, std::int64_t> || std::is_same_v<X, Count>) return ValueKind::integer;
  else if constexpr (std::is_same_v<X, Date>) return ValueKind::date;
  else if constexpr (std::is_same_v<X, Money>) return ValueKind::money;
  else if constexpr (std::is_same_v<X, Decimal>) return ValueKind::decimal;
  else if constexpr (std::is_same_v<X, IndicatorValue>) return ValueKind::decimal;  // or a string on a qualitative scale
  else return ValueKind::string;
}

template <class X>
Value leaf(const Field<X>& f) {
  Value v;
  v.declared = declared_kind<X>();
  if (!f.present()) return v;
  if (f.is_invalid()) {
    v.kind = ValueKind::invalid;
    return v;
  }
  const X& x = *f.get();
  if constexpr (detail::IsRecord<X> || detail::IsKeyedLeaf<X>) {
    v.kind = ValueKind::record;
  } else if constexpr (detail::IsList<X>) {
    v.kind = ValueKind::list;
    v.length = x.size();
  } else if constexpr (std::is_same_v<X, std::string>) {
    v.kind = ValueKind::string;
    v.text = x;
  } else if constexpr (detail::IsRef<X>) {
    v.kind = ValueKind::string;
    v.text = x.id;
  } else if constexpr (CodelistEnum<X>) {
    v.kind = ValueKind::string;
    v.text = to_code(x);
  } else if constexpr (std::is_same_v<X, std::int64_t>) {
    v.kind = ValueKind::integer;
    v.integer = x;
  } else if constexpr (std::is_same_v<X, Count>) {
    v.kind = ValueKind::integer;
    v.integer = x.value;
  } else if constexpr (std::is_same_v<X, Date>) {
    v.kind = ValueKind::date;
    v.date = x;
  } else if constexpr (std::is_same_v<X, Money>) {
    v.kind = ValueKind::money;
    v.money = x;
  } else if constexpr (std::is_same_v<X, Decimal>) {
    v.kind = ValueKind::decimal;
    v.decimal = x;
  } else if constexpr (std::is_same_v<X, IndicatorValue>) {
    if (const auto* d = x.number()) {
      v.kind = ValueKind::decimal;
      v.decimal = *d;
    } else {
      v.kind = ValueKind::string;
      v.text = *x.text();
    }
  }
  return v;
}

template <class X>
Value navigate(const Field<X>& f, const Segments& s, std::size_t i) {
  if (i == s.size()) return leaf(f);
  if (!f.present()) {
    // A list the document lacks has no elements; a record it lacks has the format's members, all
    // absent. Below either, a path the format does not have is not found, as it would be were they there.
    if constexpr (detail::IsRecord<X>) {
      const X none{};
      std::optional<Value> found;
      detail::with_member(none, s[i], [&](const auto& field) { found = navigate(field, s, i + 1); });
      if (found) return *found;
      not_found(s, i, "a " + std::string(detail::Record<X>::name) + " has no field \"" + s[i] + "\"");
    } else if constexpr (detail::IsList<X>) {
      not_found(s, i, "the list is absent: it has no elements");
    } else {
      not_found(s, i, "the value above it is absent");
    }
  }
  if (f.is_invalid()) not_found(s, i, "the value above it is of the wrong form");
  const X& x = *f.get();
  if constexpr (detail::IsRecord<X>) {
    std::optional<Value> found;
    detail::with_member(x, s[i], [&](const auto& field) { found = navigate(field, s, i + 1); });
    if (found) return *found;
    if (x.extra.contains(s[i])) {
      Value v;
      v.kind = ValueKind::unknown;
      return v;
    }
    not_found(s, i, "a " + std::string(detail::Record<X>::name) + " has no field \"" + s[i] + "\"");
  } else if constexpr (detail::IsList<X>) {
    return navigate(x[parse_index(s, i, x.size())], s, i + 1);
  } else {
    not_found(s, i, "the value above it is not an object or array");
  }
}

// A field as compact canonical JSON text, and as a JSON value.
template <class T>
std::string json_text(const Field<T>& f) {
  std::string buf;
  detail::Emitter e(buf, 0);
  detail::write_field_value(e, f);
  return buf;
}
template <class T>
json::value to_json(const Field<T>& f) {
  return json::parse(json_text(f));
}

// The JSON of the value at s[i..] below a field (compact, canonical), "" when absent; the path is one
// value_at has accepted. Only the value itself is written, whatever holds it.
std::string json_in(const json::value& v, const Segments& s, std::size_t i) {
  boost::system::error_code ec;
  const json::value* at = v.find_pointer(join(s, i, s.size()), ec);
  if (!at) return "";
  std::string out;
  detail::Emitter(out, 0).value(*at);
  return out;
}

template <class X>
std::string json_below(const Field<X>& f, const Segments& s, std::size_t i) {
  if (!f.present()) return "";
  if (i == s.size()) return json_text(f);
  if (f.is_invalid()) return json_in(to_json(f), s, i);
  const X& x = *f.get();
  if constexpr (detail::IsRecord<X>) {
    std::optional<std::string> found;
    detail::with_member(x, s[i], [&](const auto& field) { found = json_below(field, s, i + 1); });
    if (found) return *found;
    return x.extra.contains(s[i]) ? json_in(x.extra.at(s[i]), s, i + 1) : "";
  } else if constexpr (detail::IsList<X>) {
    return json_below(x[parse_index(s, i, x.size())], s, i + 1);
  } else {
    return json_in(to_json(f), s, i);
  }
}

// ---- where a pointer lands in the format ----

// The location below a field holding an X, from s[i] on.
template <class X>
std::string locate(const Segments& s, std::size_t i, std::string location) {
  if (i == s.size()) return location;
  if constexpr (detail::IsList<X>) {
    return locate<typename detail::IsListT<X>::element>(s, i + 1, location + "[]");
  } else if constexpr (detail::IsRecord<X>) {
    std::string found;
    std::apply(
        [&](const auto&... m) {
          auto one = [&](const auto& member) {
            using F = typename std::decay_t<decltype(member.of(std::declval<const X&>()))>::value_type;
            if (member.key == s[i]) found = locate<F>(s, i + 1, detail::def_name(detail::Record<X>::name) + "." + s[i]);
          };
          (one(m), ...);
        },
        detail::Record<X>::members);
    return found;
  } else if constexpr (std::is_same_v<X, Dimensions>) {
    return i + 1 == s.size() ? location + "{}" : "";
  } else if constexpr (std::is_same_v<X, DimensionCategories>) {
    return i + 1 == s.size() ? location + "{}" : i + 2 == s.size() ? location + "{}[]" : "";
  } else {
    return "";
  }
}

// ---- changing ----

// Applies an edit inside a JSON value kept verbatim (an unknown member, a dimension map): `target` is
// the value at s[..from), the edit at s[from..] (new_value null: remove).
void edit(json::value& target, const Segments& s, std::size_t from, const json::value* new_value) {
  json::value* parent = &target;
  for (std::size_t i = from; i + 1 < s.size(); ++i) {
    if (parent->is_object()) {
      auto* next = parent->as_object().if_contains(s[i]);
      if (!next) not_found(s, i, "no such member");
      parent = next;
    } else if (parent->is_array()) {
      parent = &parent->as_array()[parse_index(s, i, parent->as_array().size())];
    } else {
      not_found(s, i, "not an object or array");
    }
  }
  const std::string& last = s.back();
  if (parent->is_object()) {
    auto& o = parent->as_object();
    if (new_value) o[last] = *new_value;
    else if (!o.erase(last)) not_found(s, s.size() - 1, "no such member");
  } else if (parent->is_array()) {
    auto& a = parent->as_array();
    if (last == "-" && new_value) a.push_back(*new_value);
    else {
      std::size_t idx = parse_index(s, s.size() - 1, a.size());
      if (new_value) a[idx] = *new_value;
      else a.erase(a.begin() + static_cast<std::ptrdiff_t>(idx));
    }
  } else {
    not_found(s, s.size() - 2, "not an object or array");
  }
}

template <class T>
constexpr bool is_entity = requires { EntityKindOf<T>::value; };

// One change by pointer on its way down: the new value (null: remove) and what the change must keep
// in step: the id index, the currencies of amounts, and the plan it is in (for the index's entries).
struct Change {
  const Segments& s;
  const json::value* new_value;
  detail::IndexKeeper& index;
  Currency document_currency;
  const Plan* plan = nullptr;
};

// The new value read as loading reads it, before anything is changed: a failure leaves the document as
// it was.
template <class X>
Field<X> read_new(const json::value& v) {
  json::value copy = v;
  Field<X> f;
  detail::read_field(copy, f);
  return f;
}

// Gives the amounts of a value just written the currency they are in.
template <class X>
void resolve_currencies_in(Field<X>& f, Currency document_currency) {
  X* x = f.get();
  if (!x) return;
  if constexpr (std::is_same_v<X, Measure> || std::is_same_v<X, Project>) {
    detail::resolve_currencies(*x, document_currency);
  } else if constexpr (std::is_same_v<X, Plan>) {
    resolve_currencies_in(x->measures, document_currency);
  } else if constexpr (detail::IsList<X>) {
    for (auto& element : *x) resolve_currencies_in(element, document_currency);
  }
}

// An entity appended at `pointer` joins the id index with the entities nested in it.
template <class E>
void index_appended(Change& c, const E& entity, const std::string& pointer) {
  const Plan* plan = c.plan;
  if constexpr (std::is_same_v<E, Plan>) plan = &entity;
  c.index.appended(EntityKindOf<E>::value, entity.id, &entity, plan, pointer);
  detail::for_each_nested_kind<E>([&](const auto& row) {
    if (const auto* children = (entity.*(row.member)).get())
      for (std::size_t j = 0; j < children->size(); ++j)
        if (const auto* child = (*children)[j].get())
          c.index.appended(row.kind, child->id, child, plan, pointer + "/" + std::string(row.key) + "/" + std::to_string(j));
  });
}

template <class X>
void change_below(Field<X>& f, std::size_t i, Change& c);

// The change of the member at s[i] of `record`, a member it has or an unknown one.
template <class R>
void change_member(R& record, std::size_t i, Change& c) {
  const Segments& s = c.s;
  const bool last = i + 1 == s.size();
  if constexpr (std::is_same_v<R, Plan>) c.plan = &record;
  bool known = detail::with_member(record, s[i], [&](auto& member) {
    using F = typename std::decay_t<decltype(member)>::value_type;
    if (!last) return change_below(member, i + 1, c);
    if (c.new_value) member = read_new<F>(*c.new_value);
    else if (member.present()) member.reset();
    else not_found(s, i, "the document has no value there to remove");
    // An entity renamed, or a list of entities replaced: the index no longer holds.
    if constexpr (detail::IsList<F>) {
      if constexpr (is_entity<typename detail::IsListT<F>::element>) c.index.drop();
    }
    if constexpr (is_entity<R>) {
      if (s[i] == "id") c.index.drop();
    }
    resolve_currencies_in(member, c.document_currency);
  });
  if (!known) {
    if (last && c.new_value) {
      record.extra[s[i]] = *c.new_value;
    } else if (last) {
      if (!record.extra.erase(s[i])) not_found(s, i, "no such member");
    } else {
      json::value* v = record.extra.if_contains(s[i]);
      if (!v) not_found(s, i, "a " + std::string(detail::Record<R>::name) + " has no field \"" + s[i] + "\"");
      edit(*v, s, i + 1, c.new_value);
    }
  }
  // A change to a budget or to a project's amounts: their currency comes from the record.
  if constexpr (std::is_same_v<R, Measure> || std::is_same_v<R, Project>) detail::resolve_currencies(record, c.document_currency);
}

// The change at s[i..] below the field `f` (the value at s[..i)).
template <class X>
void change_below(Field<X>& f, std::size_t i, Change& c) {
  const Segments& s = c.s;
  const bool last = i + 1 == s.size();
  if (f.is_invalid()) not_found(s, i, "the value above it is of the wrong form");
  if constexpr (detail::IsList<X>) {
    using E = typename detail::IsListT<X>::element;
    if (s[i] == "-") {
      if (!last) not_found(s, i, "\"-\" names an element still to be added: nothing is below it");
      if (!c.new_value) not_found(s, i, "\"-\" names no element to remove");
      Field<E> element = read_new<E>(*c.new_value);
      resolve_currencies_in(element, c.document_currency);
      if (!f.present()) f = X{};  // appending to a list the record does not have yet creates it
      X& items = *f.get();
      const auto* before = items.data();
      items.push_back(std::move(element));
      if constexpr (is_entity<E>) {
        // Growing the list moved its entities: the index's addresses of them no longer hold.
        if (items.data() != before) c.index.drop();
        else if (const E* entity = items.back().get()) index_appended(c, *entity, join(s, 0, i) + "/" + std::to_string(items.size() - 1));
      }
      return;
    }
    if (!f.present()) not_found(s, i, "the list is absent: it has no elements");
    X& items = *f.get();
    std::size_t idx = parse_index(s, i, items.size());
    if (!last) return change_below(items[idx], i + 1, c);
    if (c.new_value) {
      items[idx] = read_new<E>(*c.new_value);
      resolve_currencies_in(items[idx], c.document_currency);
    } else {
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(idx));
    }
    if constexpr (is_entity<E>) c.index.drop();  // an entity replaced, or those after it moved
  } else if constexpr (detail::IsRecord<X>) {
    if (!f.present()) {
      const X none{};
      if (!detail::with_member(none, s[i], [](const auto&) {}))
        not_found(s, i, "a " + std::string(detail::Record<X>::name) + " has no field \"" + s[i] + "\"");
      not_found(s, i - 1, "the " + std::string(detail::Record<X>::name) + " is absent: set it as a whole first");
    }
    change_member(*f.get(), i, c);
  } else if constexpr (detail::IsKeyedLeaf<X>) {
    // A small map kept as JSON would be: edited as JSON and read back.
    if (!f.present()) {
      if (!last || !c.new_value) not_found(s, i, "the dimensions are absent");
      f = read_new<X>(json::object{{s[i], *c.new_value}});
      return;
    }
    json::value v = to_json(f);
    edit(v, s, i, c.new_value);
    f = read_new<X>(v);
  } else {
    not_found(s, i, "the value above it is not an object or array");
  }
}

void change(Document& doc, std::string_view pointer, const json::value* new_value) {
  Segments s = parse_pointer(pointer);
  if (s.empty()) throw Error(ErrorCode::invalid_argument, "the whole document cannot be replaced by pointer");
  if (s[0] == "format" || s[0] == "schema_version")
    throw Error(ErrorCode::invalid_argument, "\"" + s[0] + "\" is fixed by the format");
  if (s[0] == "currency") {
    if (s.size() > 1) not_found(s, 1, "the currency is a string");
    if (new_value) doc.mutable_currency() = read_new<std::string>(*new_value);
    else doc.mutable_currency().reset();
    doc.resolve_currencies();  // every amount without a currency of its own follows the document's
    return;
  }
  detail::IndexKeeper index(doc);
  Change c{s, new_value, index, doc.default_currency()};
  bool handled = detail::with_collection(s[0], [&](const auto& collection) {
    auto& list = (doc.*(collection.mut))();
    using ListT = std::decay_t<decltype(list)>;
    if (s.size() > 1) return change_below(list, 1, c);
    if (new_value) list = read_new<typename ListT::value_type>(*new_value);
    else list.reset();
    resolve_currencies_in(list, c.document_currency);
    index.drop();
  });
  if (!handled) {
    if (s.size() > 1) {
      json::value* top = doc.mutable_extra().if_contains(s[0]);
      if (!top) not_found(s, 0, "no such member");
      edit(*top, s, 1, new_value);
    } else if (new_value) {
      doc.mutable_extra()[s[0]] = *new_value;
    } else if (!doc.mutable_extra().erase(s[0])) {
      not_found(s, 0, "no such member");
    }
  }
  index.commit();
}

}  // namespace

std::string_view to_code(ValueKind kind) noexcept {
  switch (kind) {
    case ValueKind::absent: return "absent";
    case ValueKind::string: return "string";
    case ValueKind::integer: return "integer";
    case ValueKind::decimal: return "decimal";
    case ValueKind::money: return "money";
    case ValueKind::date: return "date";
    case ValueKind::list: return "list";
    case ValueKind::record: return "record";
    case ValueKind::invalid: return "invalid";
    case ValueKind::unknown: return "unknown";
  }
  return "absent";
}

Value value_at(const Document& doc, std::string_view pointer) {
  Segments s = parse_pointer(pointer);
  if (s.empty()) {
    Value v;
    v.kind = ValueKind::record;
    return v;
  }
  if (s.size() == 1 && (s[0] == "format" || s[0] == "schema_version")) {
    Value v;
    v.kind = ValueKind::string;
    v.text = s[0] == "format" ? Document::format_marker : doc.schema_version_to_write();
    return v;
  }
  if (s[0] == "currency") {
    if (s.size() > 1) not_found(s, 1, "the currency is a string");
    return leaf(doc.currency());
  }
  std::optional<Value> found;
  detail::with_collection(s[0], [&](const auto& c) { found = navigate((doc.*(c.get))(), s, 1); });
  if (found) return *found;
  if (doc.extra().contains(s[0])) {
    Value v;
    v.kind = ValueKind::unknown;
    return v;
  }
  not_found(s, 0, "a document has no member \"" + s[0] + "\"");
}

std::string json_at(const Document& doc, std::string_view pointer) {
  Segments s = parse_pointer(pointer);
  if (s.empty()) return dump_string(doc, WriteOptions{0});
  Value v = value_at(doc, pointer);  // throws for paths the document does not have
  if (v.kind == ValueKind::absent) return "";
  std::string out;
  if (s[0] == "format" || s[0] == "schema_version") {
    detail::Emitter(out, 0).string(s[0] == "format" ? Document::format_marker : doc.schema_version_to_write());
    return out;
  }
  if (s[0] == "currency") return json_below(doc.currency(), s, 1);
  std::optional<std::string> found;
  detail::with_collection(s[0], [&](const auto& c) { found = json_below((doc.*(c.get))(), s, 1); });
  return found ? *found : json_in(doc.extra().at(s[0]), s, 1);
}

void set_json(Document& doc, std::string_view pointer, std::string_view text) {
  json::value v = detail::read_fragment(text);
  change(doc, pointer, &v);
}

void remove_at(Document& doc, std::string_view pointer) { change(doc, pointer, nullptr); }

std::string format_location(std::string_view pointer) {
  Segments s = parse_pointer(pointer);
  if (s.empty()) return "";
  if (s[0] == "currency") return s.size() == 1 ? "currency" : "";
  std::string found;
  detail::with_collection(s[0], [&](const auto& c) {
    using ListT = std::decay_t<decltype((std::declval<const Document&>().*(c.get))())>;
    found = locate<typename ListT::value_type>(s, 1, s[0]);
  });
  return found;
}

std::string entity_at(const Document& doc, std::string_view pointer) {
  Segments s;
  try {
    s = parse_pointer(pointer);
  } catch (const Error&) {
    return "";
  }
  auto index = [](const std::string& t, std::size_t size, std::size_t& out) {
    std::optional<std::size_t> idx = array_index(t);
    return idx && (out = *idx) < size;
  };
  auto id_of = [](const auto& entity) { return entity.id.valid() ? std::string(*entity.id) : std::string(); };
  std::string id;
  if (s.size() < 2) return id;
  detail::with_collection(s[0], [&](const auto& c) {
    const auto* items = (doc.*(c.get))().get();
    std::size_t i = 0;
    if (!items || !index(s[1], items->size(), i) || !(*items)[i].valid()) return;
    const auto& entity = *(*items)[i].get();
    using T = std::decay_t<decltype(entity)>;
    id = id_of(entity);
    if (s.size() < 4) return;
    detail::for_each_nested_kind<T>([&](const auto& row) {
      const auto* children = (entity.*(row.member)).get();
      std::size_t j = 0;
      if (row.key == s[2] && children && index(s[3], children->size(), j))
        id = (*children)[j].valid() ? id_of(*(*children)[j].get()) : std::string();
    });
  });
  return id;
}

std::vector<std::string> entity_pointers(const Document& doc, EntityKind kind) {
  std::vector<std::string> out;
  auto each = [](const auto& list, const std::string& base, auto&& f) {
    if (const auto* items = list.get())
      for (std::size_t i = 0; i < items->size(); ++i)
        if (const auto* item = (*items)[i].get()) f(*item, base + "/" + std::to_string(i));
  };
  for_each_entity_kind([&](const auto& row) {
    using Row = std::decay_t<decltype(row)>;
    if (row.kind != kind) return;
    auto collect = [&](const auto& list, const std::string& base) {
      each(list, base + "/" + std::string(row.key), [&](const auto&, const std::string& p) { out.push_back(p); });
    };
    if constexpr (detail::IsTopLevelKind<Row>) {
      collect((doc.*(row.get))(), "");
    } else {
      // The parent's own row gives where the parents are.
      constexpr auto parent_row = std::get<detail::entity_kind_index<typename Row::parent>()>(entity_kind_table);
      each((doc.*(parent_row.get))(), "/" + std::string(parent_row.key),
           [&](const auto& parent, const std::string& at) { collect(parent.*(row.member), at); });
    }
  });
  return out;
}

}  // namespace inclusio
