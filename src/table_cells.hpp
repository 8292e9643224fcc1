#pragma once
// One value of a table both ways: a field as a typed Cell (for every tabular output) and an InputCell
// as a field, reading numbers, amounts and dates as Czech users type them. A cell that does not read
// is kept as written, as a value of the wrong form, exactly as the JSON reader keeps one.

#include "emitter.hpp"
#include "record_io.hpp"

#include <inclusio/tables.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace inclusio::detail {

// ---- types ------------------------------------------------------------------------------------

template <class X>
constexpr ColumnType column_type_of() {
  if constexpr (IsRef<X>) return ColumnType::reference;
  else if constexpr (std::is_same_v<X, std::int64_t> || std::is_same_v<X, Count>) return ColumnType::integer;
  else if constexpr (std::is_same_v<X, Decimal>) return ColumnType::number;
  else if constexpr (std::is_same_v<X, IndicatorValue>) return ColumnType::value;
  else if constexpr (std::is_same_v<X, Money>) return ColumnType::money;
  else if constexpr (std::is_same_v<X, Date>) return ColumnType::date;
  else if constexpr (CodelistEnum<X>) return ColumnType::code;
  else if constexpr (IsList<X>) return ColumnType::list;
  else if constexpr (std::is_same_v<X, DimensionCategories>) return ColumnType::json;
  else return ColumnType::text;
}

// The key of the codelist ("measure_status") of a code or a list of codes; empty for other types.
template <class X>
std::string_view codelist_key_of() {
  if constexpr (CodelistEnum<X>) {
    for (const auto& info : codelists())
      if (info.type == Codelist<X>::type) return info.key;
    return {};
  } else if constexpr (IsList<X>) {
    return codelist_key_of<typename IsListT<X>::element>();
  } else {
    return {};
  }
}

// The table an id of this kind is a row of ("territories"); empty for any kind.
template <class E>
constexpr std::string_view table_of_kind() {
  if constexpr (requires { EntityKindOf<E>::value; }) {
    std::string_view key;
    for_each_entity_kind([&](const auto& row) {
      if (row.kind == EntityKindOf<E>::value) key = row.key;
    });
    return key;
  } else {
    return {};
  }
}

template <class X>
constexpr std::string_view references_of() {
  if constexpr (IsRef<X>) return table_of_kind<typename IsRefT<X>::target>();
  else if constexpr (IsList<X>) return references_of<typename IsListT<X>::element>();
  else return {};
}

// A spreadsheet's number as a whole number, where it is one a double holds exactly.
inline std::optional<std::int64_t> whole_number(double d) {
  if (d != std::floor(d) || std::fabs(d) >= 9.0e15) return std::nullopt;
  return static_cast<std::int64_t>(d);
}

// ---- out ----------------------------------------------------------------------------------------

inline Cell text_cell(std::string_view s) {
  Cell c;
  c.kind = Cell::Kind::text;
  c.text = s;
  return c;
}

// A value as the document's JSON writes it (0.75, not 7.5E-1), on one line.
inline std::string json_text(const boost::json::value& v) {
  std::string out;
  Emitter(out, 0).value(v);
  return out;
}

template <class X>
void leaf_cell(const X& v, Cell& c, std::string& scratch) {
  if constexpr (std::is_same_v<X, std::string>) {
    c.kind = Cell::Kind::text;
    c.text = v;
  } else if constexpr (IsRef<X>) {
    c.kind = Cell::Kind::text;
    c.text = v.id;
  } else if constexpr (std::is_same_v<X, std::int64_t>) {
    c.kind = Cell::Kind::integer;
    c.integer = v;
  } else if constexpr (std::is_same_v<X, Count>) {
    c.kind = Cell::Kind::integer;
    c.integer = v.value;
  } else if constexpr (std::is_same_v<X, Decimal>) {
    c.kind = Cell::Kind::number;
    c.number = v.to_double();
    c.decimal = v;
  } else if constexpr (std::is_same_v<X, IndicatorValue>) {
    v.visit([&](const auto& held) { leaf_cell(held, c, scratch); });
  } else if constexpr (std::is_same_v<X, Money>) {
    c.kind = Cell::Kind::money;
    c.integer = v.minor_units();
    c.number = static_cast<double>(v.minor_units()) / Money::minor_per_major;
  } else if constexpr (std::is_same_v<X, Date>) {
    c.kind = Cell::Kind::date;
    c.date = v;
  } else if constexpr (CodelistEnum<X>) {
    c.kind = Cell::Kind::code;
    c.text = to_code(v);
    c.integer = 0;
    for (const auto& e : Codelist<X>::entries) {
      if (e.value == v) break;
      ++c.integer;
    }
  } else if constexpr (std::is_same_v<X, DimensionCategories>) {
    scratch.clear();
    Emitter e(scratch, 0);
    Codec<X>::write(e, v);
    c.kind = Cell::Kind::text;
    c.text = scratch;
  } else {
    static_assert(IsList<X>, "a leaf type without a cell");
    c.kind = Cell::Kind::list;
    // Items joined by "; "; as a JSON array when that would not read back as the same items (no item,
    // an item holding ";", spaces at its ends, an empty one, a value of the wrong form, or text like an
    // array).
    boost::json::array items;
    bool as_json = v.empty();  // "[]": an empty list, not an absent one
    std::string item;
    for (const auto& f : v) {
      if (const auto* x = f.get()) {
        Cell ic;
        leaf_cell(*x, ic, item);
        std::string text = cell_text(ic);
        as_json = as_json || text.empty() || text.find(';') != std::string::npos || text.front() == ' ' ||
                  text.back() == ' ' || (items.empty() && text.front() == '[');
        items.emplace_back(boost::json::string(text));
      } else if (const Invalid* raw = f.invalid()) {
        as_json = true;
        items.push_back(raw->value);
      } else {
        as_json = true;
        items.emplace_back(nullptr);
      }
    }
    scratch.clear();
    if (as_json) {
      scratch = json_text(items);
    } else {
      for (const auto& i : items) {
        if (!scratch.empty()) scratch += "; ";
        scratch += std::string_view(i.get_string());
      }
    }
    c.text = scratch;
  }
}

template <class X>
void field_cell(const Field<X>& f, Cell& c, std::string& scratch) {
  c = Cell{};
  if (const X* v = f.get()) leaf_cell(*v, c, scratch);
  else if (const Invalid* raw = f.invalid()) {
    c.kind = Cell::Kind::invalid;
    c.raw = &raw->value;
  }
}

// ---- in -----------------------------------------------------------------------------------------

// Spaces between digit groups as Czech writes them: a space, a no-break space (U+00A0), a narrow one
// (U+202F).
inline std::string without_spaces(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' || s[i] == '\t') continue;
    if (s.substr(i, 2) == "\xC2\xA0") { ++i; continue; }
    if (s.substr(i, 3) == "\xE2\x80\xAF") { i += 2; continue; }
    if (s.substr(i, 3) == "\xE2\x88\x92") { out += '-'; i += 2; continue; }  // a minus sign
    out += s[i];
  }
  return out;
}

inline bool strip_suffix(std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size() || s.compare(s.size() - suffix.size(), suffix.size(), suffix) != 0) return false;
  s.resize(s.size() - suffix.size());
  return true;
}

// "1 250 000,50" → "1250000.50"; "1,250,000.50" → "1250000.50"; "75 %" → "75" (with `percent`);
// "1 250 Kč" → "1250" (with `currency`). Anything else is returned for the parser to refuse.
inline std::string number_text_of(std::string_view typed, bool percent, bool currency) {
  std::string s = without_spaces(typed);
  if (percent) strip_suffix(s, "%");
  if (currency && !strip_suffix(s, "Kč")) strip_suffix(s, "CZK");
  auto comma = s.rfind(','), point = s.rfind('.');
  if (comma != std::string::npos && point != std::string::npos) {
    char group = comma < point ? ',' : '.';
    std::string out;
    for (char ch : s)
      if (ch != group) out += ch;
    s = std::move(out);
    if (group == '.') std::replace(s.begin(), s.end(), ',', '.');
  } else if (comma != std::string::npos && s.find(',') == comma) {
    s[comma] = '.';
  }
  return s;
}

// "31. 8. 2013", "31.8.2013" or "2013-08-31".
inline DateProblem read_date_text(std::string_view typed, Date& out) {
  std::string s = without_spaces(typed);
  if (Date::try_parse(s, out) == DateProblem::none) return DateProblem::none;
  int parts[3] = {0, 0, 0};
  std::size_t at = 0;
  for (int i = 0; i < 3; ++i) {
    auto [end, ec] = std::from_chars(s.data() + at, s.data() + s.size(), parts[i]);
    std::size_t digits = static_cast<std::size_t>(end - (s.data() + at));
    if (ec != std::errc() || digits == 0 || digits > (i == 2 ? 4u : 2u)) return DateProblem::malformed;
    at += digits;
    if (i < 2) {
      if (at >= s.size() || s[at] != '.') return DateProblem::malformed;
      ++at;
    }
  }
  if (at != s.size() || parts[2] < 1000) return DateProblem::malformed;
  char iso[40];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", parts[2], parts[1], parts[0]);
  return Date::try_parse(iso, out);
}

// A spreadsheet's serial day (1 = 1900-01-01 as Excel counts, with its 1900 leap day).
inline bool date_of_serial(double serial, Date& out) {
  if (!(serial >= 61 && serial < 2958466) || serial != std::floor(serial)) return false;
  out = Date(1899, 12, 30).add_days(static_cast<std::int64_t>(serial));
  return true;
}

inline std::string shortest_text(double d) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, r.ptr);
}

// Text in lower case for comparing labels as people type them ("Rozpočet obce", "ROZPOČET OBCE"):
// ASCII and the Latin letters of Czech and its neighbours (U+00C0–U+017F).
inline std::string folded(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b >= 'A' && b <= 'Z') {
      out += static_cast<char>(b + 32);
    } else if ((b == 0xC3 || b == 0xC4 || b == 0xC5) && i + 1 < s.size()) {
      unsigned cp = ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;
      else if (cp >= 0x139 && cp <= 0x148) cp += cp % 2;  // Ĺ..Ň: the capital is odd
      else if (cp >= 0x100 && cp <= 0x177 && cp % 2 == 0) cp += 1;
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
      ++i;
    } else {
      out += static_cast<char>(b);
    }
  }
  return out;
}

// What the cell holds as JSON, for a value kept as written.
inline boost::json::value raw_value(const InputCell& c) {
  switch (c.kind) {
    case InputCell::Kind::text: return boost::json::string(c.text);
    case InputCell::Kind::number: return c.number;
    case InputCell::Kind::integer: return c.integer;
    case InputCell::Kind::date: return boost::json::string(c.date.to_string());
    case InputCell::Kind::boolean: return c.boolean;
    case InputCell::Kind::empty: break;
  }
  return nullptr;
}

// The cell's text for a field that takes text or an id: a spreadsheet gives "12345678" as a number.
inline std::optional<std::string> text_of_cell(const InputCell& c) {
  switch (c.kind) {
    case InputCell::Kind::text: return c.text;
    case InputCell::Kind::integer: return std::to_string(c.integer);
    case InputCell::Kind::number: return shortest_text(c.number);
    case InputCell::Kind::date: return c.date.to_string();
    default: return std::nullopt;
  }
}

// ---- unknown members ----------------------------------------------------------------------------
// A member the format does not know has a column of its own. Its text is the member's text unless
// that text would read as JSON ("12", "true", "{}", "\"x\""), when it is written as a JSON string;
// any other value is written as its JSON. Reading takes a cell that reads as JSON as that value and
// any other text as text, so a number stays a number and a text "12" stays a text.

inline bool reads_as_json(std::string_view text) {
  boost::system::error_code ec;
  boost::json::parse(text, ec);
  return !ec;
}

// Writes the member into `c`, with `scratch` holding a text made for it.
inline void unknown_member_cell(const boost::json::value& v, Cell& c, std::string& scratch) {
  c = Cell{};
  c.kind = Cell::Kind::text;
  if (const boost::json::string* s = v.if_string(); s && !reads_as_json(*s)) {
    c.text = *s;
    return;
  }
  scratch = json_text(v);
  c.text = scratch;
}

inline boost::json::value unknown_member_value(const InputCell& c) {
  switch (c.kind) {
    case InputCell::Kind::text: {
      boost::system::error_code ec;
      boost::json::value v = boost::json::parse(c.text, ec);
      return ec ? boost::json::value(boost::json::string(c.text)) : v;
    }
    case InputCell::Kind::number:
      if (auto whole = whole_number(c.number)) return *whole;
      return c.number;
    default: return raw_value(c);
  }
}

// The items of a list as people type them: separated by ";", spaces around each left out, nothing
// for an empty text.
template <class F>
void for_each_list_item(std::string_view text, F&& f) {
  while (true) {
    auto semicolon = text.find(';');
    std::string_view item = text.substr(0, semicolon);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty() || semicolon != std::string_view::npos) f(item);
    if (semicolon == std::string_view::npos) return;
    text.remove_prefix(semicolon + 1);
  }
}

// A list written as a JSON array (leaf_cell): its elements; null for any other text.
inline std::optional<boost::json::array> list_as_json(std::string_view text) {
  if (!text.starts_with('[')) return std::nullopt;
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(text, ec);
  if (ec || !v.is_array()) return std::nullopt;
  return std::move(v.get_array());
}

template <class X>
ReadResult leaf_of_cell(const InputCell& c, X& out) {
  auto failure = [&](FormIssue issue) -> ReadResult {
    if constexpr (CodelistEnum<X>) return Failure{issue, Codelist<X>::name};
    else if constexpr (IsList<X>) return Failure{issue, expected_array};
    else return Failure{issue, Codec<X>::expected};
  };
  if constexpr (std::is_same_v<X, std::string>) {
    auto t = text_of_cell(c);
    if (!t) return failure(FormIssue::wrong_type);
    out = std::move(*t);
    return std::nullopt;
  } else if constexpr (IsRef<X>) {
    return leaf_of_cell(c, out.id);
  } else if constexpr (std::is_same_v<X, std::int64_t> || std::is_same_v<X, Count>) {
    if (auto whole = c.kind == InputCell::Kind::number ? whole_number(c.number) : std::nullopt)
      return Codec<X>::read(Scalar::of_int64(*whole), out);
    if (c.kind == InputCell::Kind::integer) return Codec<X>::read(Scalar::of_int64(c.integer), out);
    if (c.kind != InputCell::Kind::text) return failure(FormIssue::wrong_type);
    std::string s = number_text_of(c.text, false, false);
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return failure(FormIssue::wrong_type);
    return Codec<X>::read(Scalar::of_int64(v), out);
  } else if constexpr (std::is_same_v<X, Decimal>) {
    std::string s;
    if (c.kind == InputCell::Kind::number) s = shortest_text(c.number);
    else if (c.kind == InputCell::Kind::integer) s = std::to_string(c.integer);
    else if (c.kind == InputCell::Kind::text) s = number_text_of(c.text, true, false);
    else return failure(FormIssue::wrong_type);
    if (s.empty() || s.find_first_not_of("0123456789.-+eE") != std::string::npos)
      return failure(FormIssue::wrong_type);
    if (!Decimal::try_parse(s, out)) return failure(FormIssue::bad_number);
    return std::nullopt;
  } else if constexpr (std::is_same_v<X, IndicatorValue>) {
    Decimal d;
    if (c.kind == InputCell::Kind::text) {
      std::string s = number_text_of(c.text, true, false);
      if (!s.empty() && s.find_first_not_of("0123456789.-+eE") == std::string::npos && Decimal::try_parse(s, d)) {
        out = d;
      } else {
        out = c.text;
      }
      return std::nullopt;
    }
    if (auto f = leaf_of_cell(c, d)) return Failure{f->issue, Codec<X>::expected};
    out = d;
    return std::nullopt;
  } else if constexpr (std::is_same_v<X, Money>) {
    std::string s;
    if (c.kind == InputCell::Kind::number) s = shortest_text(c.number);
    else if (c.kind == InputCell::Kind::integer) s = std::to_string(c.integer);
    else if (c.kind == InputCell::Kind::text) s = number_text_of(c.text, false, true);
    else return failure(FormIssue::wrong_type);
    if (s.find_first_of("eE") != std::string::npos) {  // a double's exponent form: exact only when whole
      Decimal d;
      if (!Decimal::try_parse(s, d)) return failure(FormIssue::malformed_amount);
      s = d.to_string();
    }
    if (Money::try_parse(s, Currency{}, out) != AmountProblem::none) return failure(FormIssue::malformed_amount);
    return std::nullopt;
  } else if constexpr (std::is_same_v<X, Date>) {
    if (c.kind == InputCell::Kind::date) {
      out = c.date;
      return std::nullopt;
    }
    if (c.kind == InputCell::Kind::number || c.kind == InputCell::Kind::integer) {
      double serial = c.kind == InputCell::Kind::number ? c.number : static_cast<double>(c.integer);
      return date_of_serial(serial, out) ? std::nullopt : failure(FormIssue::malformed_date);
    }
    if (c.kind != InputCell::Kind::text) return failure(FormIssue::wrong_type);
    switch (read_date_text(c.text, out)) {
      case DateProblem::none: return std::nullopt;
      case DateProblem::malformed: return failure(FormIssue::malformed_date);
      default: return failure(FormIssue::impossible_date);
    }
  } else if constexpr (CodelistEnum<X>) {
    if (c.kind != InputCell::Kind::text) return failure(FormIssue::wrong_type);
    // The code, or its label in Czech or English as a drop-down shows it, in any case.
    for (const auto& e : Codelist<X>::entries)
      if (e.code == c.text) {
        out = e.value;
        return std::nullopt;
      }
    std::string typed = folded(c.text);
    for (const auto& e : Codelist<X>::entries)
      if (folded(e.cs) == typed || folded(e.en) == typed) {
        out = e.value;
        return std::nullopt;
      }
    return failure(FormIssue::not_in_codelist);
  } else if constexpr (std::is_same_v<X, DimensionCategories>) {
    if (c.kind != InputCell::Kind::text) return failure(FormIssue::wrong_type);
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(c.text, ec);
    if (ec) return failure(FormIssue::wrong_type);
    return Codec<X>::read_structured(v, out);
  } else {
    static_assert(IsList<X>, "a leaf type without a cell");
    using Y = typename IsListT<X>::element;
    auto t = text_of_cell(c);
    if (!t) return Failure{FormIssue::wrong_type, expected_array};
    out.clear();
    auto add = [&](const InputCell& ic) {
      Y y{};
      auto& f = out.emplace_back();
      if (auto failure_of_item = leaf_of_cell(ic, y))
        f.set_invalid(Invalid{raw_value(ic), failure_of_item->issue, failure_of_item->expected});
      else
        f = std::move(y);
    };
    if (auto items = list_as_json(*t)) {
      for (boost::json::value& e : *items) {
        if (const boost::json::string* s = e.if_string()) add(InputCell::of_text(std::string(*s)));
        else read_field(e, out.emplace_back());  // as the JSON reader reads it
      }
      return std::nullopt;
    }
    for_each_list_item(*t, [&](std::string_view item) { add(InputCell::of_text(std::string(item))); });
    return std::nullopt;
  }
}

// Sets the field from the cell: an empty cell removes it.
template <class FieldT>
void set_from_cell(FieldT& field, const InputCell& c) {
  using X = typename FieldT::value_type;
  if (c.kind == InputCell::Kind::empty || (c.kind == InputCell::Kind::text && c.text.empty())) {
    field.reset();
    return;
  }
  X value{};
  if (auto failure = leaf_of_cell(c, value)) as_field(field).set_invalid(Invalid{raw_value(c), failure->issue, failure->expected});
  else field = std::move(value);
}

}  // namespace inclusio::detail
