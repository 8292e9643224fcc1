// Access by JSON Pointer. Reading follows the record descriptions down to a typed field; changing
// goes through the JSON of the top-level entity concerned: its canonical JSON is edited and read
// back with the loader's own reading, so a changed document is what loading its JSON would give.

#include <inclusio/access.hpp>
#include <inclusio/json.hpp>

#include "document_format.hpp"
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
  throw Error(ErrorCode::not_found, "no value at " + join(s, 0, upto + 1) + ": " + why);
}

std::size_t parse_index(const Segments& s, std::size_t i, std::size_t size) {
  const std::string& t = s[i];
  std::size_t idx = 0;
  auto r = std::from_chars(t.data(), t.data() + t.size(), idx);
  if (t.empty() || r.ec != std::errc() || r.ptr != t.data() + t.size() || (t.size() > 1 && t[0] == '0'))
    not_found(s, i, "\"" + t + "\" is not an array index");
  if (idx >= size) not_found(s, i, "index " + t + " is past the end (" + std::to_string(size) + " elements)");
  return idx;
}

// ---- reading ----

template <class X>
Value leaf(const Field<X>& f) {
  Value v;
  if (!f.present()) return v;
  if (f.is_invalid()) {
    v.kind = ValueKind::invalid;
    return v;
  }
  const X& x = *f.get();
  if constexpr (detail::IsRecord<X> || std::is_same_v<X, Dimensions>) {
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
    if (const auto* d = std::get_if<Decimal>(&x)) {
      v.kind = ValueKind::decimal;
      v.decimal = *d;
    } else {
      v.kind = ValueKind::string;
      v.text = std::get<std::string>(x);
    }
  }
  return v;
}

template <class X>
Value navigate(const Field<X>& f, const Segments& s, std::size_t i) {
  if (i == s.size()) return leaf(f);
  if (!f.present()) return Value{};  // below an absent value, everything is absent
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
  } else {
    return "";
  }
}

// ---- changing ----

template <class T>
json::value to_json(const Field<T>& f) {
  std::string buf;
  detail::Emitter e(buf, 0);
  detail::write_field_value(e, f);
  return json::parse(buf);
}

// Applies an edit to `target` at the relative segments s[from..].
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

void change(Document& doc, std::string_view pointer, const json::value* new_value) {
  Segments s = parse_pointer(pointer);
  if (s.empty()) throw Error(ErrorCode::invalid_argument, "the whole document cannot be replaced by pointer");
  if (s[0] == "format" || s[0] == "schema_version")
    throw Error(ErrorCode::invalid_argument, "\"" + s[0] + "\" is fixed by the format");
  if (s[0] == "currency" && s.size() == 1) {
    if (new_value) {
      json::value v = *new_value;
      detail::read_field(v, doc.mutable_currency());
    } else {
      doc.mutable_currency().reset();
    }
    doc.resolve_currencies();
    return;
  }
  bool handled = detail::with_collection(s[0], [&](const auto& c) {
    auto& list = (doc.*(c.mut))();
    using ListT = std::decay_t<decltype(list)>;
    if (s.size() == 1) {
      if (new_value) {
        json::value v = *new_value;
        detail::read_field(v, list);
      } else {
        list.reset();
      }
      return;
    }
    if (!list.present()) list = typename ListT::value_type{};
    auto* items = list.get();
    if (!items) not_found(s, 0, "the collection is of the wrong form");
    if (s.size() == 2 && s[1] == "-") {
      if (!new_value) not_found(s, 1, "\"-\" names no element to remove");
      json::value v = *new_value;
      items->emplace_back();
      detail::read_field(v, items->back());
      return;
    }
    std::size_t idx = parse_index(s, 1, items->size());
    auto& element = (*items)[idx];
    if (s.size() == 2) {
      if (new_value) {
        json::value v = *new_value;
        detail::read_field(v, element);
      } else {
        items->erase(items->begin() + static_cast<std::ptrdiff_t>(idx));
      }
      return;
    }
    json::value entity = to_json(element);
    edit(entity, s, 2, new_value);
    using ElementT = std::decay_t<decltype(element)>;
    ElementT fresh;
    detail::read_field(entity, fresh);
    element = std::move(fresh);
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
  doc.resolve_currencies();
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
    v.text = s[0] == "format" ? Document::format_marker : Document::schema_version;
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
  // Only the entity concerned is turned into JSON, not the whole document.
  json::value holder;
  std::size_t from = 1;
  bool in_collection = detail::with_collection(s[0], [&](const auto& c) {
    const auto& list = (doc.*(c.get))();
    if (s.size() == 1 || !list.valid()) {
      holder = to_json(list);
    } else {
      holder = to_json((*list.get())[parse_index(s, 1, list->size())]);
      from = 2;
    }
  });
  if (!in_collection) {
    if (s[0] == "currency") holder = to_json(doc.currency());
    else if (s[0] == "format") holder = Document::format_marker;
    else if (s[0] == "schema_version") holder = Document::schema_version;
    else holder = doc.extra().at(s[0]);
  }
  boost::system::error_code ec;
  const json::value* at = holder.find_pointer(join(s, from, s.size()), ec);
  if (!at) return "";
  std::string buf;
  detail::Emitter e(buf, 0);
  e.value(*at);
  return buf;
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
