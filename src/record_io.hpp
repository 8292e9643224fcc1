#pragma once
// The generic machinery behind every record type: a record is described once (records.hpp) by the
// list of its members, and reading, writing, walking for problems and the JSON Schema follow from
// that description. Leaf types (strings, dates, money, codelists...) have a Codec each.

#include "emitter.hpp"

#include <inclusio/entities.hpp>

#include <boost/json.hpp>

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace inclusio::detail {

namespace json = boost::json;

// ---- member descriptions ----------------------------------------------------------------------

enum class Role { plain, identifier };

// The Field a member holds, whether inline or sparse. Writing through a sparse member makes its Field.
template <class X>
Field<X>& as_field(Field<X>& f) { return f; }
template <class X>
const Field<X>& as_field(const Field<X>& f) { return f; }
template <class X>
Field<X>& as_field(SparseField<X>& f) { return f.field(); }
template <class X>
const Field<X>& as_field(const SparseField<X>& f) { return f.field(); }

template <class Owner, class F>
struct Member {
  std::string_view key;
  F Owner::*ptr;
  bool required;
  Role role = Role::plain;

  auto& of(Owner& record) const { return as_field(record.*ptr); }
  const auto& of(const Owner& record) const { return as_field(record.*ptr); }
};

template <class Owner, class F>
constexpr Member<Owner, F> req(std::string_view key, F Owner::*ptr) { return {key, ptr, true}; }
template <class Owner, class F>
constexpr Member<Owner, F> opt(std::string_view key, F Owner::*ptr) { return {key, ptr, false}; }
template <class Owner, class F>
constexpr Member<Owner, F> id_member(F Owner::*ptr) { return {"id", ptr, true, Role::identifier}; }

// Specialised in records.hpp: `name` (as messages and the schema name the record) and `members`.
template <class T>
struct Record;

template <class T>
concept IsRecord = requires { Record<T>::members; };

// A record's name in the JSON Schema's $defs: "partnership member" → "PartnershipMember".
inline std::string def_name(std::string_view record) {
  std::string out;
  bool upper = true;
  for (char c : record) {
    if (c == ' ') {
      upper = true;
      continue;
    }
    out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    upper = false;
  }
  return out;
}

template <class T>
struct IsListT : std::false_type {};
template <class T>
struct IsListT<std::vector<Field<T>>> : std::true_type {
  using element = T;
};
template <class T>
concept IsList = IsListT<T>::value;

template <class T>
struct IsRefT : std::false_type {};
template <class T>
struct IsRefT<Ref<T>> : std::true_type {
  using target = T;
};
template <class T>
concept IsRef = IsRefT<T>::value;

struct Failure {
  FormIssue issue;
  std::string_view expected;
};
using ReadResult = std::optional<Failure>;

// ---- scalars -----------------------------------------------------------------------------------

// One JSON scalar before it is typed. The streaming reader hands these over straight from the
// parser's events; a value already in a DOM is viewed as one. Either way the same codec reads it.
struct Scalar {
  enum class Kind { string, int64, uint64, real, boolean, null };
  Kind kind = Kind::null;
  std::string_view text;  // the string's content (Kind::string)
  std::int64_t int64 = 0;
  std::uint64_t uint64 = 0;
  double real = 0;
  bool boolean = false;
  // A number's text as written ("1e3", "1.50"), where the reader has it; else empty.
  std::string_view spelling;

  static Scalar string(std::string_view s) { Scalar x; x.kind = Kind::string; x.text = s; return x; }
  static Scalar of_int64(std::int64_t i) { Scalar x; x.kind = Kind::int64; x.int64 = i; return x; }
  static Scalar of_uint64(std::uint64_t u) { Scalar x; x.kind = Kind::uint64; x.uint64 = u; return x; }
  static Scalar of_double(double d) { Scalar x; x.kind = Kind::real; x.real = d; return x; }
  static Scalar of_bool(bool b) { Scalar x; x.kind = Kind::boolean; x.boolean = b; return x; }
  static Scalar null() { return {}; }

  // The scalar of a DOM value that is not an object or an array.
  static Scalar of(const json::value& v) {
    switch (v.kind()) {
      case json::kind::string: return string(v.get_string());
      case json::kind::int64: return of_int64(v.get_int64());
      case json::kind::uint64: return of_uint64(v.get_uint64());
      case json::kind::double_: return of_double(v.get_double());
      case json::kind::bool_: return of_bool(v.get_bool());
      default: return null();
    }
  }

  // The number's spelling, where it is not how the library writes the number: for a value kept as is.
  NumberSpellings spellings() const {
    NumberSpellings out;
    if (!spelling.empty() && (kind == Kind::int64 || kind == Kind::uint64 || kind == Kind::real) &&
        spelling != number_text(to_value()))
      out.add("", std::string(spelling));
    return out;
  }

  // The value exactly as written, for a field that keeps it as Invalid.
  json::value to_value() const {
    switch (kind) {
      case Kind::string: return json::string(text);
      case Kind::int64: return int64;
      case Kind::uint64: return uint64;
      case Kind::real: return real;
      case Kind::boolean: return boolean;
      case Kind::null: break;
    }
    return nullptr;
  }

  bool is_string() const { return kind == Kind::string; }
};

// ---- codecs for leaf types ---------------------------------------------------------------------
// Each reads a Scalar; a leaf that takes a JSON object (Dimensions) also has read_structured.

template <class T>
struct Codec;

template <>
struct Codec<std::string> {
  static constexpr std::string_view expected = "a string";
  static constexpr std::string_view expected_cs = "řetězec";
  static ReadResult read(const Scalar& v, std::string& out) {
    if (!v.is_string()) return Failure{FormIssue::wrong_type, expected};
    out.assign(v.text.data(), v.text.size());
    return std::nullopt;
  }
  static void write(Emitter& e, const std::string& s) { e.string(s); }
};

template <class T>
struct Codec<Ref<T>> {
  static constexpr std::string_view expected = "an id (a string)";
  static constexpr std::string_view expected_cs = "identifikátor (řetězec)";
  static ReadResult read(const Scalar& v, Ref<T>& out) { return Codec<std::string>::read(v, out.id); }
  static void write(Emitter& e, const Ref<T>& r) { e.string(r.id); }
};

template <>
struct Codec<std::int64_t> {
  static constexpr std::string_view expected = "a whole number";
  static constexpr std::string_view expected_cs = "celé číslo";
  static ReadResult read(const Scalar& v, std::int64_t& out) {
    if (v.kind == Scalar::Kind::int64) {
      out = v.int64;
      return std::nullopt;
    }
    if (v.kind == Scalar::Kind::uint64) return Failure{FormIssue::bad_number, expected};
    return Failure{FormIssue::wrong_type, expected};
  }
  static void write(Emitter& e, std::int64_t v) { e.integer(v); }
};

template <>
struct Codec<Count> {
  static constexpr std::string_view expected = "a non-negative whole number";
  static constexpr std::string_view expected_cs = "nezáporné celé číslo";
  static ReadResult read(const Scalar& v, Count& out) {
    if (v.kind == Scalar::Kind::int64 && v.int64 >= 0) {
      out = v.int64;
      return std::nullopt;
    }
    if (v.kind == Scalar::Kind::uint64 || v.kind == Scalar::Kind::int64) return Failure{FormIssue::bad_number, expected};
    return Failure{FormIssue::wrong_type, expected};
  }
  static void write(Emitter& e, Count c) { e.integer(c.value); }
};

template <>
struct Codec<Date> {
  static constexpr std::string_view expected = "a date (YYYY-MM-DD)";
  static constexpr std::string_view expected_cs = "datum (RRRR-MM-DD)";
  static ReadResult read(const Scalar& v, Date& out) {
    if (!v.is_string()) return Failure{FormIssue::wrong_type, expected};
    switch (Date::try_parse(v.text, out)) {
      case DateProblem::none: return std::nullopt;
      case DateProblem::malformed: return Failure{FormIssue::malformed_date, expected};
      case DateProblem::impossible:
      case DateProblem::out_of_range: return Failure{FormIssue::impossible_date, expected};
    }
    return Failure{FormIssue::malformed_date, expected};
  }
  static void write(Emitter& e, const Date& d) { e.string(d.to_string()); }
};

// Amounts are decimal strings ("298997803.50") or whole numbers; the currency is set afterwards
// from the enclosing object or the document (Document::resolve_currencies).
template <>
struct Codec<Money> {
  static constexpr std::string_view expected = "an amount (a decimal string with at most two decimals, or a whole number)";
  static constexpr std::string_view expected_cs = "částka (desetinný řetězec s nejvýše dvěma desetinnými místy nebo celé číslo)";
  static ReadResult read(const Scalar& v, Money& out) {
    switch (v.kind) {
      case Scalar::Kind::string:
        if (Money::try_parse(v.text, Currency{}, out) != AmountProblem::none)
          return Failure{FormIssue::malformed_amount, expected};
        return std::nullopt;
      case Scalar::Kind::int64: {
        std::int64_t minor = 0;
        if (__builtin_mul_overflow(v.int64, Money::minor_per_major, &minor))
          return Failure{FormIssue::malformed_amount, expected};
        out = Money(minor, Currency{});
        return std::nullopt;
      }
      case Scalar::Kind::uint64:
      case Scalar::Kind::real: return Failure{FormIssue::malformed_amount, expected};
      default: return Failure{FormIssue::wrong_type, expected};
    }
  }
  static void write(Emitter& e, const Money& m) { e.string(m.to_string()); }
};

// The shortest text of a double, which the reader guarantees is exactly what the file said. Kept in
// a buffer of its own: reading numbers never allocates.
class DoubleText {
 public:
  explicit DoubleText(double d) : size_(static_cast<std::size_t>(std::to_chars(buf_, buf_ + sizeof buf_, d).ptr - buf_)) {}
  std::string_view view() const { return {buf_, size_}; }

 private:
  char buf_[32];
  std::size_t size_;
};

template <>
struct Codec<Decimal> {
  static constexpr std::string_view expected = "a number with at most six decimals";
  static constexpr std::string_view expected_cs = "číslo s nejvýše šesti desetinnými místy";
  static ReadResult read(const Scalar& v, Decimal& out) {
    switch (v.kind) {
      case Scalar::Kind::int64:
        if (v.int64 > Decimal::max_integer || v.int64 < -Decimal::max_integer)
          return Failure{FormIssue::bad_number, expected};
        out = Decimal::from_integer(v.int64);
        return std::nullopt;
      case Scalar::Kind::real:
        if (!Decimal::try_parse(DoubleText(v.real).view(), out)) return Failure{FormIssue::bad_number, expected};
        return std::nullopt;
      case Scalar::Kind::uint64: return Failure{FormIssue::bad_number, expected};
      default: return Failure{FormIssue::wrong_type, expected};
    }
  }
  static void write(Emitter& e, const Decimal& d) { e.number(d.to_string()); }
};

template <>
struct Codec<IndicatorValue> {
  static constexpr std::string_view expected = "a number or a string";
  static constexpr std::string_view expected_cs = "číslo nebo řetězec";
  static ReadResult read(const Scalar& v, IndicatorValue& out) {
    if (v.is_string()) {
      out = std::string(v.text);
      return std::nullopt;
    }
    Decimal d;
    if (auto f = Codec<Decimal>::read(v, d)) return Failure{f->issue, expected};
    out = d;
    return std::nullopt;
  }
  static void write(Emitter& e, const IndicatorValue& v) {
    if (const auto* d = v.number()) e.number(d->to_string());
    else e.string(*v.text());
  }
};

template <>
struct Codec<Dimensions> {
  static constexpr std::string_view expected = "an object of names to string values";
  static constexpr std::string_view expected_cs = "objekt, jehož hodnoty jsou řetězce";
  static ReadResult read(const Scalar&, Dimensions&) { return Failure{FormIssue::wrong_type, expected}; }
  static ReadResult read_structured(json::value& v, Dimensions& out) {
    if (!v.is_object()) return Failure{FormIssue::wrong_type, expected};
    std::vector<Dimensions::value_type> items;
    items.reserve(v.get_object().size());
    for (const auto& kv : v.get_object()) {
      if (!kv.value().is_string()) return Failure{FormIssue::wrong_type, expected};
      items.emplace_back(std::string(kv.key()), std::string(kv.value().get_string()));
    }
    out = Dimensions(std::move(items));
    return std::nullopt;
  }
  static void write(Emitter& e, const Dimensions& d) {
    e.begin_object();
    for (const auto& [k, val] : d) {
      e.key(k);
      e.string(val);
    }
    e.end_object();
  }
};

template <>
struct Codec<DimensionCategories> {
  static constexpr std::string_view expected = "an object of names to lists of strings";
  static constexpr std::string_view expected_cs = "objekt, jehož hodnoty jsou seznamy řetězců";
  static ReadResult read(const Scalar&, DimensionCategories&) { return Failure{FormIssue::wrong_type, expected}; }
  static ReadResult read_structured(json::value& v, DimensionCategories& out) {
    if (!v.is_object()) return Failure{FormIssue::wrong_type, expected};
    DimensionCategories read;
    read.items.reserve(v.get_object().size());
    for (const auto& kv : v.get_object()) {
      if (!kv.value().is_array()) return Failure{FormIssue::wrong_type, expected};
      auto& [name, categories] = read.items.emplace_back(std::string(kv.key()), std::vector<std::string>{});
      for (const auto& c : kv.value().get_array()) {
        if (!c.is_string()) return Failure{FormIssue::wrong_type, expected};
        categories.emplace_back(c.get_string());
      }
    }
    out = std::move(read);
    return std::nullopt;
  }
  static void write(Emitter& e, const DimensionCategories& d) {
    e.begin_object();
    for (const auto& [name, categories] : d) {
      e.key(name);
      e.begin_array(true);
      for (const auto& c : categories) e.string(c);
      e.end_array();
    }
    e.end_object();
  }
};

// Leaves read as JSON objects of free keys (and changed by editing that JSON).
template <class T>
concept IsKeyedLeaf = std::is_same_v<T, Dimensions> || std::is_same_v<T, DimensionCategories>;

template <CodelistEnum E>
struct Codec<E> {
  static constexpr std::string_view expected = Codelist<E>::name;
  static ReadResult read(const Scalar& v, E& out) {
    if (!v.is_string()) return Failure{FormIssue::wrong_type, expected};
    auto e = from_code<E>(v.text);
    if (!e) return Failure{FormIssue::not_in_codelist, expected};
    out = *e;
    return std::nullopt;
  }
  static void write(Emitter& e, E value) { e.string(to_code(value)); }
};

// An object or an array where a scalar belongs fails as null would: of the wrong type, with what the
// codec says it expects.
template <class T>
Failure structured_where_scalar_belongs() {
  T ignored{};
  return *Codec<T>::read(Scalar::null(), ignored);
}

template <class T>
concept ReadsStructured = requires(json::value& v, T& out) { Codec<T>::read_structured(v, out); };

// ---- reading -----------------------------------------------------------------------------------

inline constexpr std::string_view expected_object = "an object";
inline constexpr std::string_view expected_array = "an array";

// Reads a scalar as a T: a record or a list never takes one.
template <class T>
ReadResult read_scalar(const Scalar& s, T& out) {
  if constexpr (IsRecord<T>) return Failure{FormIssue::wrong_type, expected_object};
  else if constexpr (IsList<T>) return Failure{FormIssue::wrong_type, expected_array};
  else return Codec<T>::read(s, out);
}

template <class X>
void read_field(const Scalar& s, Field<X>& field) {
  X tmp{};
  if (auto failure = read_scalar(s, tmp)) {
    field.set_invalid(Invalid{s.to_value(), failure->issue, failure->expected, s.spellings()});
  } else {
    field = std::move(tmp);
  }
}

// Calls f(field) with the member of `record` whose JSON key is `key`; false when it has none.
template <class T, class F>
bool with_member(T& record, std::string_view key, F&& f) {
  return std::apply([&](const auto&... m) { return ((m.key == key ? (f(m.of(record)), true) : false) || ...); },
                    Record<std::remove_const_t<T>>::members);
}

template <class T>
ReadResult read_value(json::value& v, T& out);

template <class X>
void read_field(json::value& v, Field<X>& field) {
  X tmp{};
  if (auto failure = read_value(v, tmp)) field.set_invalid(Invalid{std::move(v), failure->issue, failure->expected});
  else field = std::move(tmp);
}

template <class T>
ReadResult read_value(json::value& v, T& out) {
  if (!v.is_object() && !v.is_array()) return read_scalar(Scalar::of(v), out);
  if constexpr (IsRecord<T>) {
    if (!v.is_object()) return Failure{FormIssue::wrong_type, expected_object};
    for (auto& kv : v.get_object())
      if (!with_member(out, kv.key(), [&](auto& field) { read_field(kv.value(), field); }))
        out.extra.emplace(kv.key(), std::move(kv.value()));
    return std::nullopt;
  } else if constexpr (IsList<T>) {
    if (!v.is_array()) return Failure{FormIssue::wrong_type, expected_array};
    auto& a = v.get_array();
    out.clear();
    out.resize(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) read_field(a[i], out[i]);
    return std::nullopt;
  } else if constexpr (ReadsStructured<T>) {
    return Codec<T>::read_structured(v, out);
  } else {
    return structured_where_scalar_belongs<T>();
  }
}

// ---- writing -----------------------------------------------------------------------------------

template <class T>
void write_value(Emitter& e, const T& value);

template <class X>
void write_field_value(Emitter& e, const Field<X>& field) {
  if (const X* v = field.get()) write_value(e, *v);
  else if (const Invalid* raw = field.invalid()) e.value(*raw);
  else e.null();
}

template <class T>
void write_value(Emitter& e, const T& value) {
  if constexpr (IsRecord<T>) {
    e.begin_object();
    std::apply(
        [&](const auto&... m) {
          ((m.of(value).present() ? (e.key(m.key), write_field_value(e, m.of(value))) : void()), ...);
        },
        Record<T>::members);
    e.members(value.extra);
    e.end_object();
  } else if constexpr (IsList<T>) {
    using X = typename IsListT<T>::element;
    bool one_line = !IsRecord<X>;
    for (const auto& f : value)
      if (const Invalid* raw = f.invalid(); raw && !is_scalar(raw->value)) one_line = false;
    e.begin_array(one_line);
    for (const auto& f : value) write_field_value(e, f);
    e.end_array();
  } else {
    Codec<T>::write(e, value);
  }
}

// ---- walking -----------------------------------------------------------------------------------

// A JSON Pointer under construction: push a segment, work, pop it.
class Pointer {
 public:
  void push(std::string_view key) {
    marks_.push_back(text_.size());
    push_segment(text_, key);
  }
  void push(std::size_t index) {
    marks_.push_back(text_.size());
    text_.push_back('/');
    text_ += std::to_string(index);
  }
  void pop() {
    text_.resize(marks_.back());
    marks_.pop_back();
  }
  const std::string& str() const { return text_; }

 private:
  std::string text_;
  std::vector<std::size_t> marks_;
};

// Visits every field of a record tree in document order. The visitor has:
//   missing(pointer, key, record name, in Czech) a required member is absent
//   template<class X> invalid(pointer, const Invalid&)   a value of the wrong form for X
//   identifier(pointer, const std::string&)   a valid id member
//   extra(pointer, key)                       an unknown member (pointer includes its key)
//   template<class R> enter(pointer, const R&)  before a valid record's members
//   template<class R> leave(pointer, const R&)  after them
//   template<class T> reference(pointer, const Ref<T>&)  a valid reference
template <class X, class V>
void walk_field(const Field<X>& field, Pointer& p, V& visitor);

template <class T, class V>
void walk_value(const T& value, Pointer& p, V& visitor) {
  if constexpr (IsRecord<T>) {
    visitor.enter(p, value);
    std::apply(
        [&](const auto&... m) {
          auto one = [&](const auto& member) {
            const auto& f = member.of(value);
            if (!f.present()) {
              if (member.required) visitor.missing(p, member.key, Record<T>::name, Record<T>::name_cs);
              return;
            }
            using X = typename std::decay_t<decltype(f)>::value_type;
            // A valid leaf that is neither an id nor a reference has nothing to visit: its pointer is
            // not built (most fields of a large document are such).
            if constexpr (!IsRecord<X> && !IsList<X> && !IsRef<X>)
              if (member.role == Role::plain && f.valid()) return;
            p.push(member.key);
            if (member.role == Role::identifier && f.valid()) {
              if constexpr (std::is_same_v<std::decay_t<decltype(*f.get())>, std::string>) visitor.identifier(p, *f.get());
            }
            walk_field(f, p, visitor);
            p.pop();
          };
          (one(m), ...);
        },
        Record<T>::members);
    for (const auto& kv : value.extra) {
      p.push(kv.key());
      visitor.extra(p, kv.key());
      p.pop();
    }
    visitor.leave(p, value);
  } else if constexpr (IsRef<T>) {
    visitor.reference(p, value);
  } else if constexpr (IsList<T>) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      p.push(i);
      walk_field(value[i], p, visitor);
      p.pop();
    }
  }
}

template <class X, class V>
void walk_field(const Field<X>& field, Pointer& p, V& visitor) {
  if (const X* v = field.get()) walk_value(*v, p, visitor);
  else if (const Invalid* raw = field.invalid()) visitor.template invalid<X>(p, *raw);
}

}  // namespace inclusio::detail
