// The document's tables, each derived from its record's description (records.hpp): a column per
// scalar member, `a_b` for a member of a nested record, a table of its own for a list of records.
// Writing walks the document once per table; importing resolves every row against the document as it
// was before the table (so that lookups use one index), applies changes to existing entities in
// place and appends new ones last.

#include <inclusio/tables.hpp>

#include "escape.hpp"
#include "member_names.hpp"
#include "records.hpp"
#include "severity_text.hpp"
#include "table_cells.hpp"
#include "table_formats.hpp"

#include <algorithm>
#include <charconv>
#include <deque>
#include <memory>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace inclusio {

namespace detail {
namespace {

std::string heading_cs(std::string_view key) {
  if (std::optional<std::string_view> cs = member_name_cs(key)) return std::string(*cs);
  throw std::logic_error("no Czech heading for member " + std::string(key));
}

template <class X>
struct IsRecordListT : std::false_type {};
template <class Y>
struct IsRecordListT<std::vector<Field<Y>>> : std::bool_constant<IsRecord<Y>> {};

ColumnInfo plain_column(std::string name, std::string name_cs, ColumnType type) {
  ColumnInfo c;
  c.name = std::move(name);
  c.name_cs = std::move(name_cs);
  c.type = type;
  return c;
}

ColumnInfo required(ColumnInfo c) {
  c.required = true;
  return c;
}

bool is_empty_cell(const InputCell& c) {
  return c.kind == InputCell::Kind::empty || (c.kind == InputCell::Kind::text && c.text.empty());
}

template <class X>
ColumnInfo leaf_info(std::string name, std::string name_cs, bool required) {
  ColumnInfo info = plain_column(std::move(name), std::move(name_cs), column_type_of<X>());
  if constexpr (IsList<X>) info.item_type = column_type_of<typename IsListT<X>::element>();
  info.codelist = codelist_key_of<X>();
  info.references = references_of<X>();
  info.required = required;
  return info;
}

// A field column of a table of T: how a row's cell is read from and written to the record. Plain
// functions, one per member, made from the record's description at compile time: a table of a
// hundred thousand rows calls them millions of times.
template <class T>
struct Column {
  ColumnInfo info;
  std::string suffix;  // the member's JSON Pointer below the row's ("/period/start")
  void (*get)(const T&, Cell&, std::string&);
  void (*set)(T&, const InputCell&);
};

// The member I of T's description, and the member J of the record that member holds.
template <class T, std::size_t I>
constexpr const auto& member_at = std::get<I>(Record<T>::members);
template <class T, std::size_t I>
using MemberValue = typename std::decay_t<decltype(member_at<T, I>.of(std::declval<const T&>()))>::value_type;

template <class T, std::size_t I, std::size_t J>
void add_sub_column(std::vector<Column<T>>& out) {
  using Outer = MemberValue<T, I>;
  using Y = MemberValue<Outer, J>;
  constexpr const auto& m = member_at<T, I>;
  constexpr const auto& s = member_at<Outer, J>;
  if constexpr (!IsRecordListT<Y>::value) {
    static_assert(!IsRecord<Y>, "records nest one level in a table");
    out.push_back(Column<T>{
        leaf_info<Y>(std::string(m.key) + "_" + std::string(s.key), heading_cs(m.key) + " – " + heading_cs(s.key),
                     m.required && s.required),
        "/" + std::string(m.key) + "/" + std::string(s.key),
        [](const T& t, Cell& c, std::string& scratch) {
          if (const Outer* o = member_at<T, I>.of(t).get()) field_cell(member_at<Outer, J>.of(*o), c, scratch);
          else c = Cell{};
        },
        [](T& t, const InputCell& in) {
          auto& outer = member_at<T, I>.of(t);
          if (!outer.valid()) {
            if (is_empty_cell(in)) return;
            outer.emplace();
          }
          set_from_cell((*outer.get()).*member_at<Outer, J>.ptr, in);
        }});
  }
}

template <class T, std::size_t I>
void add_member_columns(std::vector<Column<T>>& out, std::span<const std::string_view> skip) {
  using X = MemberValue<T, I>;
  constexpr const auto& m = member_at<T, I>;
  if (m.role == Role::identifier || std::find(skip.begin(), skip.end(), m.key) != skip.end()) return;
  if constexpr (IsRecordListT<X>::value || std::is_same_v<X, Dimensions>) {
    return;  // a table of its own; dimension columns
  } else if constexpr (IsRecord<X>) {
    [&]<std::size_t... J>(std::index_sequence<J...>) {
      (add_sub_column<T, I, J>(out), ...);
    }(std::make_index_sequence<std::tuple_size_v<decltype(Record<X>::members)>>{});
  } else {
    out.push_back(Column<T>{leaf_info<X>(std::string(m.key), heading_cs(m.key), m.required), "/" + std::string(m.key),
                            [](const T& t, Cell& c, std::string& scratch) { field_cell(member_at<T, I>.of(t), c, scratch); },
                            [](T& t, const InputCell& in) { set_from_cell(t.*member_at<T, I>.ptr, in); }});
  }
}

// A nested record left without any member by an import (every cell of its columns emptied) is removed.
template <class T>
void prune_empty_records(T& t) {
  std::apply(
      [&](const auto&... m) {
        auto one = [&](const auto& member) {
          using X = typename std::decay_t<decltype(member.of(std::as_const(t)))>::value_type;
          if constexpr (IsRecord<X>) {
            auto& f = t.*member.ptr;
            if (const X* o = f.get()) {
              bool empty = o->extra.empty();
              std::apply([&](const auto&... s) { ((empty = empty && !s.of(*o).present()), ...); }, Record<X>::members);
              if (empty) f.reset();
            }
          }
        };
        (one(m), ...);
      },
      Record<T>::members);
}

// Records whose breakdown by dimension is a column per dimension (observations, targets).
template <class T>
concept HasDimensionColumns = requires { requires std::is_same_v<decltype(T::dimensions), Field<Dimensions>>; };

template <class T>
constexpr bool has_id = requires(T t) { t.id; } && !std::is_same_v<T, IndicatorSubject>;

// Calls f(entity) for each valid entity of kind E in document order.
template <class E, class F>
void for_each_entity(const Document& doc, F&& f) {
  constexpr auto row = std::get<entity_kind_index<E>()>(entity_kind_table);
  if constexpr (IsTopLevelKind<std::decay_t<decltype(row)>>) {
    for (const E& e : valid_elements((doc.*row.get)())) f(e);
  } else {
    using P = typename std::decay_t<decltype(row)>::parent;
    for_each_entity<P>(doc, [&](const P& p) {
      for (const E& e : valid_elements(p.*row.member)) f(e);
    });
  }
}

std::string_view id_of(const auto& entity) { return entity.id.get() ? std::string_view(*entity.id.get()) : std::string_view(); }

// "table measures (measures.csv), row 5, column plan" in both languages, for an Error.
struct Place {
  const InputTable& input;
  std::size_t row;  // index in input.rows
  std::string_view column;
  [[noreturn]] void fail(const std::string& en, const std::string& cs) const {
    std::string where_en = "table " + input.name, where_cs = "tabulka " + input.name;
    if (!input.source.empty() && input.source != input.name) {
      where_en += " (" + input.source + ")";
      where_cs += " (" + input.source + ")";
    }
    if (row != static_cast<std::size_t>(-1)) {
      where_en += ", row " + std::to_string(input.row_number(row));
      where_cs += ", řádek " + std::to_string(input.row_number(row));
    }
    if (!column.empty()) {
      where_en += ", column " + std::string(column);
      where_cs += ", sloupec " + std::string(column);
    }
    throw Error(ErrorCode::invalid_argument, where_en + ": " + en, where_cs + ": " + cs);
  }
};
constexpr std::size_t no_row = static_cast<std::size_t>(-1);

// What an import did to one row, so that findings at the row's pointer lead back to it.
struct AppliedRow {
  const InputTable* input;
  std::size_t row;
  std::string id;        // the row's entity, found by id after the import; or
  std::string owner_id;  // the owner's id, with
  std::string list_key;  // the owner's list ("budget/sources") and
  std::size_t index;     // the row's index in it
  const std::vector<std::pair<std::string, std::string>>* columns;  // member pointer below the row → heading
};

struct ImportLog {
  std::deque<AppliedRow> rows;
  std::deque<std::vector<std::pair<std::string, std::string>>> column_sets;
  std::size_t added = 0, updated = 0;
};

class Table {
 public:
  virtual ~Table() = default;
  TableInfo info;
  virtual void write(const Document& doc, TableWriter& out) const = 0;
  virtual void apply(Document& doc, const InputTable& input, ImportLog& log) const = 0;
};

// How a table's input columns map to its description.
struct ColumnMap {
  std::vector<int> field;                         // per input column: index in the description, or -1
  std::vector<std::string> further;               // per input column with field -1: dimension or member key
  int find(std::string_view english) const {      // the input column of a described column, or -1
    for (std::size_t i = 0; i < field.size(); ++i)
      if (field[i] >= 0 && names[static_cast<std::size_t>(field[i])] == english) return static_cast<int>(i);
    return -1;
  }
  std::vector<std::string_view> names;  // of the description's columns
};

ColumnMap map_columns(const TableInfo& info, const InputTable& input, std::string_view further_prefix) {
  ColumnMap map;
  for (const auto& c : info.columns) map.names.push_back(c.name);
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < input.columns.size(); ++i) {
    const std::string& heading = input.columns[i];
    const ColumnInfo* c = info.find_column(heading);
    std::string key = c ? c->name : heading;
    if (key.empty()) Place{input, no_row, ""}.fail("column " + std::to_string(i + 1) + " has no heading",
                                                   "sloupec " + std::to_string(i + 1) + " nemá záhlaví");
    if (!seen.insert(key).second)
      Place{input, no_row, heading}.fail("the column is given twice", "sloupec je uveden dvakrát");
    map.field.push_back(c ? static_cast<int>(c - info.columns.data()) : -1);
    std::string further = c ? std::string() : heading;
    if (!c && further.starts_with(further_prefix)) further.erase(0, further_prefix.size());
    map.further.push_back(std::move(further));
  }
  return map;
}

const InputCell& cell_at(const InputTable& input, std::size_t row, std::size_t column) {
  static const InputCell empty;
  const auto& cells = input.rows[row];
  return column < cells.size() ? cells[column] : empty;
}

// A row without any value (a spreadsheet's blank line) adds nothing.
bool blank_row(const InputTable& input, std::size_t row) {
  return std::all_of(input.rows[row].begin(), input.rows[row].end(), is_empty_cell);
}

std::string key_text(const InputTable& input, std::size_t row, int column) {
  if (column < 0) return {};
  auto text = text_of_cell(cell_at(input, row, static_cast<std::size_t>(column)));
  std::string s = text.value_or("");
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

// Access describes where the list of T is: `owner` (Document or an entity kind), `list(const owner&)`
// (null when absent), `mutable_list(owner&)` and `key` (its pointer below the owner).
template <class T, class Access>
class EntityTable final : public Table {
  using Owner = typename Access::owner;
  static constexpr bool nested = !std::is_same_v<Owner, Document>;
  static constexpr bool positional = !has_id<T>;

 public:
  EntityTable(std::string_view name, std::string_view name_cs, std::span<const std::string_view> skip = {}) {
    info.name = name;
    info.name_cs = name_cs;
    if constexpr (nested) {
      info.parent = table_of_kind<Owner>();
      std::string parent(to_code(EntityKindOf<Owner>::value));
      ColumnInfo c = plain_column(parent, std::string(kind_name_cs(EntityKindOf<Owner>::value)), ColumnType::reference);
      c.references = info.parent;
      c.required = true;
      info.columns.push_back(std::move(c));
    }
    if constexpr (positional) info.columns.push_back(plain_column("position", heading_cs("position"), ColumnType::position));
    else info.columns.push_back(required(plain_column("id", heading_cs("id"), ColumnType::id)));
    first_field_ = info.columns.size();
    [&]<std::size_t... I>(std::index_sequence<I...>) {
      (add_member_columns<T, I>(columns_, skip), ...);
    }(std::make_index_sequence<std::tuple_size_v<decltype(Record<T>::members)>>{});
    for (const auto& c : columns_) info.columns.push_back(c.info);
    info.has_dimensions = HasDimensionColumns<T>;
    for (const auto& c : info.columns)
      for (const auto& d : info.columns)
        if (&c != &d && (c.name == d.name || c.name_cs == d.name_cs))
          throw std::logic_error("table " + std::string(name) + " has two columns " + c.name);
  }

  void write(const Document& doc, TableWriter& out) const override {
    // Further columns: the dimensions, or the unknown members, in the order they first appear.
    std::vector<ColumnInfo> columns = info.columns;
    std::vector<std::string> further;  // a handful: found by a linear search
    auto add = [&](std::string_view name) {
      if (std::find(further.begin(), further.end(), name) == further.end()) further.emplace_back(name);
    };
    const Dimensions* last = nullptr;  // observations share equal breakdowns: each list is looked at once
    std::size_t rows = 0;
    each_row(doc, [&](const T& t, std::string_view, std::size_t) {
      ++rows;
      if constexpr (HasDimensionColumns<T>) {
        if (const Dimensions* d = t.dimensions.get(); d && !(last && d->shares_storage_with(*last))) {
          for (const auto& [name, value] : *d) add(name);
          last = d;
        }
        return;
      }
      for (const auto& kv : t.extra) add(kv.key());
    });
    for (const auto& name : further) {
      bool clashes = info.find_column(name) != nullptr;
      std::string heading = clashes ? "dimension_" + name : name;
      columns.push_back(plain_column(heading, heading, ColumnType::text));
    }
    out.begin(info, columns);
    out.expect_rows(rows);
    std::vector<Cell> cells(columns.size());
    std::vector<std::string> scratch(columns.size());
    each_row(doc, [&](const T& t, std::string_view parent, std::size_t index) {
      std::size_t k = 0;
      if constexpr (nested) cells[k++] = text_cell(parent);
      if constexpr (positional) {
        cells[k] = Cell{};
        cells[k].kind = Cell::Kind::integer;
        cells[k++].integer = static_cast<std::int64_t>(index);
      } else {
        field_cell(t.id, cells[k], scratch[k]);
        ++k;
      }
      for (const auto& c : columns_) {
        c.get(t, cells[k], scratch[k]);
        ++k;
      }
      for (const auto& name : further) {
        Cell& c = cells[k++];
        c = Cell{};
        if constexpr (HasDimensionColumns<T>) {
          if (const Dimensions* d = t.dimensions.get())
            for (const auto& [n, v] : *d)
              if (n == name) c = text_cell(v);
        } else if (t.extra.contains(name)) {
          unknown_member_cell(t.extra.at(name), c, scratch[k - 1]);
        }
      }
      out.row(cells);
    });
    out.end();
  }

  void apply(Document& doc, const InputTable& input, ImportLog& log) const override {
    ColumnMap map = map_columns(info, input, info.has_dimensions ? "dimension_" : "");
    const int parent_column = nested ? map.find(info.columns[0].name) : -1;
    const int key_column = map.find(info.columns[nested ? 1 : 0].name);
    // Rows of a list are found through their parent; entities with an id are found by it, and need
    // their parent's column only to be added.
    if (positional && parent_column < 0)
      Place{input, no_row, info.columns[0].name}.fail("the table has no column " + info.columns[0].name,
                                                      "tabulka nemá sloupec " + info.columns[0].name);
    if (!positional && key_column < 0)
      Place{input, no_row, "id"}.fail("the table has no column id", "tabulka nemá sloupec id");

    auto& suffixes = log.column_sets.emplace_back();
    for (std::size_t i = 0; i < map.field.size(); ++i) {
      int f = map.field[i];
      if (f >= static_cast<int>(first_field_)) suffixes.emplace_back(columns_[static_cast<std::size_t>(f) - first_field_].suffix, input.columns[i]);
      else if (f < 0) suffixes.emplace_back((info.has_dimensions ? "/dimensions/" : "/") + pointer_key(map.further[i]), input.columns[i]);
      else if (f == key_column && !positional) suffixes.emplace_back("/id", input.columns[i]);
    }

    // Resolve every row before changing anything: lookups use the document's index as it was.
    struct Staged {
      Owner* owner;
      std::string owner_id;
      T entity;
      std::size_t row;
      std::optional<std::size_t> same_as{};  // a later row of an id added by an earlier one
    };
    std::vector<Staged> staged;
    std::unordered_map<std::string, std::size_t> staged_by_id;
    std::vector<std::pair<T*, std::size_t>> updates;  // existing entity, input row
    std::vector<AppliedRow> existing_rows;
    for (std::size_t r = 0; r < input.rows.size(); ++r) {
      if (blank_row(input, r)) continue;
      std::string parent_id = key_text(input, r, parent_column);
      Owner* owner = nullptr;
      if constexpr (nested) {
        if (!parent_id.empty()) owner = const_cast<Owner*>(doc.find_as<Owner>(parent_id));
      } else {
        owner = &doc;
      }
      if constexpr (positional) {
        if (parent_id.empty()) Place{input, r, info.columns[0].name}.fail("the row names no parent", "řádek neuvádí nadřazený záznam");
        if (!owner) no_parent(input, r, parent_id);
        std::optional<std::size_t> position;
        if (key_column >= 0) position = position_of(input, r, key_column);
        const List<T>* list = Access::list(*owner);
        if (position && list && list->get() && *position < list->get()->size() && (*list->get())[*position].valid()) {
          updates.emplace_back(const_cast<T*>((*list->get())[*position].get()), r);
          existing_rows.push_back({&input, r, {}, parent_id, std::string(Access::key), *position, &suffixes});
        } else {
          staged.push_back({owner, parent_id, T{}, r});
        }
      } else {
        std::string id = key_text(input, r, key_column);
        if (id.empty()) Place{input, r, "id"}.fail("the row has no id", "řádek nemá identifikátor");
        if (const Document::Entry* e = doc.find(id)) {
          if (e->kind != EntityKindOf<T>::value)
            Place{input, r, "id"}.fail("\"" + id + "\" is the id of a " + std::string(to_code(e->kind)),
                                       "„" + id + "“ je identifikátor jiného záznamu (" + std::string(kind_name_cs(e->kind)) + ")");
          if constexpr (std::is_same_v<Owner, Plan>) {
            if (!parent_id.empty() && e->plan && id_of(*e->plan) != parent_id)
              Place{input, r, info.columns[0].name}.fail(
                  "\"" + id + "\" belongs to plan \"" + std::string(id_of(*e->plan)) + "\"; moving it is not supported",
                  "„" + id + "“ patří k plánu „" + std::string(id_of(*e->plan)) + "“; přesun není podporován");
          }
          updates.emplace_back(static_cast<T*>(const_cast<void*>(e->entity)), r);
          existing_rows.push_back({&input, r, id, {}, {}, 0, &suffixes});
        } else if (auto it = staged_by_id.find(id); it != staged_by_id.end()) {
          staged.push_back({nullptr, {}, T{}, r, it->second});
        } else {
          if constexpr (nested) {
            if (parent_id.empty()) Place{input, r, info.columns[0].name}.fail("a new row names no parent", "nový řádek neuvádí nadřazený záznam");
            if (!owner) no_parent(input, r, parent_id);
          }
          staged_by_id.emplace(id, staged.size());
          staged.push_back({owner, parent_id, T{}, r});
          staged.back().entity.id = id;
        }
      }
    }

    for (auto& [entity, r] : updates) {
      fill(*entity, map, input, r);
      ++log.updated;
    }
    for (auto& row : existing_rows) log.rows.push_back(std::move(row));
    for (auto& s : staged) {
      fill(s.same_as ? staged[*s.same_as].entity : s.entity, map, input, s.row);
    }
    for (auto& s : staged) {
      if (s.same_as) continue;
      List<T>& list = Access::mutable_list(*s.owner);
      if (!list.valid()) list = std::vector<Field<T>>{};
      std::size_t index = list.get()->size();
      std::string id;
      if constexpr (!positional) id = *s.entity.id.get();
      list.get()->emplace_back(std::move(s.entity));
      log.rows.push_back({&input, s.row, std::move(id), s.owner_id, std::string(Access::key), index, &suffixes});
      ++log.added;
    }
    // Entities of a nested list moved in memory: the id index must be rebuilt.
    (void)doc.mutable_extra();
  }

 private:
  static std::string pointer_key(std::string_view key) {
    std::string out;
    push_segment(out, key);
    return out.substr(1);
  }

  template <class F>
  static void each_row(const Document& doc, F&& f) {
    auto items = [&](const List<T>* list, std::string_view parent) {
      if (!list || !list->get()) return;
      const auto& v = *list->get();
      for (std::size_t i = 0; i < v.size(); ++i)
        if (const T* t = v[i].get()) f(*t, parent, i);
    };
    if constexpr (nested) for_each_entity<Owner>(doc, [&](const Owner& o) { items(Access::list(o), id_of(o)); });
    else items(Access::list(doc), {});
  }

  [[noreturn]] void no_parent(const InputTable& input, std::size_t r, const std::string& id) const {
    Place{input, r, info.columns[0].name}.fail("no " + info.columns[0].name + " has the id \"" + id + "\"",
                                               "záznam „" + id + "“ (" + info.columns[0].name_cs + ") neexistuje");
  }

  static std::optional<std::size_t> position_of(const InputTable& input, std::size_t r, int column) {
    const InputCell& c = cell_at(input, r, static_cast<std::size_t>(column));
    if (is_empty_cell(c)) return std::nullopt;
    std::int64_t v = -1;
    if (auto f = leaf_of_cell(c, v); f || v < 0)
      Place{input, r, input.columns[static_cast<std::size_t>(column)]}.fail(
          "a position is a whole number from 0", "pořadí je celé číslo od 0");
    return static_cast<std::size_t>(v);
  }

  void fill(T& t, const ColumnMap& map, const InputTable& input, std::size_t r) const {
    for (std::size_t i = 0; i < map.field.size(); ++i) {
      int f = map.field[i];
      const InputCell& c = cell_at(input, r, i);
      if (f >= static_cast<int>(first_field_)) {
        columns_[static_cast<std::size_t>(f) - first_field_].set(t, c);
      } else if (f < 0) {
        set_further(t, map.further[i], c);
      }
    }
    prune_empty_records(t);
  }

  void set_further(T& t, const std::string& name, const InputCell& c) const {
    auto text = text_of_cell(c);
    bool empty = is_empty_cell(c);
    if constexpr (HasDimensionColumns<T>) {
      {
        std::vector<Dimensions::value_type> items;
        bool found = false;
        if (const Dimensions* d = t.dimensions.get())
          for (const auto& [n, v] : *d) {
            if (n == name) {
              found = true;
              if (!empty) items.emplace_back(n, *text);
            } else {
              items.emplace_back(n, v);
            }
          }
        if (!found && !empty) items.emplace_back(name, *text);
        if (items.empty()) t.dimensions.reset();
        else t.dimensions = Dimensions(std::move(items));
        return;
      }
    }
    if (empty) t.extra.erase(name);
    else t.extra[name] = unknown_member_value(c);
  }

  std::vector<Column<T>> columns_;
  std::size_t first_field_ = 0;
};

// ---- where each table's rows are ----------------------------------------------------------------

#define INCLUSIO_TOP_LIST(NAME, T, KEY)                                                           \
  struct NAME {                                                                                   \
    using owner = Document;                                                                       \
    static constexpr std::string_view key = #KEY;                                                 \
    static const List<T>* list(const Document& d) { return &d.KEY(); }                            \
    static List<T>& mutable_list(Document& d) { return d.mutable_##KEY(); }                       \
  }
#define INCLUSIO_NESTED_LIST(NAME, T, OWNER, KEY)                                                 \
  struct NAME {                                                                                   \
    using owner = OWNER;                                                                          \
    static constexpr std::string_view key = #KEY;                                                 \
    static const List<T>* list(const OWNER& o) { return &o.KEY; }                                 \
    static List<T>& mutable_list(OWNER& o) { return o.KEY; }                                      \
  }

INCLUSIO_TOP_LIST(Territories, Territory, territories);
INCLUSIO_TOP_LIST(Organizations, Organization, organizations);
INCLUSIO_TOP_LIST(Partnerships, Partnership, partnerships);
INCLUSIO_NESTED_LIST(PartnershipMembers, PartnershipMember, Partnership, members);
INCLUSIO_NESTED_LIST(WorkingGroups, WorkingGroup, Partnership, working_groups);
INCLUSIO_TOP_LIST(Plans, Plan, plans);
INCLUSIO_NESTED_LIST(Goals, Goal, Plan, goals);
INCLUSIO_NESTED_LIST(Measures, Measure, Plan, measures);
INCLUSIO_NESTED_LIST(TargetGroups, TargetGroupSpec, Measure, target_groups);
INCLUSIO_TOP_LIST(Projects, Project, projects);
INCLUSIO_TOP_LIST(Indicators, Indicator, indicators);
INCLUSIO_NESTED_LIST(Targets, Target, Indicator, targets);
INCLUSIO_NESTED_LIST(Observations, Observation, Indicator, observations);
INCLUSIO_TOP_LIST(Evaluations, Evaluation, evaluations);
INCLUSIO_TOP_LIST(Events, Event, events);
INCLUSIO_TOP_LIST(SupportingDocuments, SupportingDocument, documents);
#undef INCLUSIO_TOP_LIST
#undef INCLUSIO_NESTED_LIST

// A measure's budget's sources: writing one makes the budget.
struct BudgetSources {
  using owner = Measure;
  static constexpr std::string_view key = "budget/sources";
  static const List<FundingShare>* list(const Measure& m) { return m.budget.get() ? &m.budget.get()->sources : nullptr; }
  static List<FundingShare>& mutable_list(Measure& m) {
    if (!m.budget.valid()) m.budget.emplace();
    return m.budget.get()->sources;
  }
};

// ---- links of projects and measures, kept on either side or both ---------------------------------

class ProjectMeasuresTable final : public Table {
 public:
  ProjectMeasuresTable() {
    info.name = "project_measures";
    info.name_cs = "projekty a opatření";
    ColumnInfo project = required(plain_column("project", "projekt", ColumnType::reference));
    project.references = "projects";
    ColumnInfo measure = required(plain_column("measure", "opatření", ColumnType::reference));
    measure.references = "measures";
    info.columns = {project, measure, plain_column("declared_in", "uvedeno u", ColumnType::text)};
  }

  void write(const Document& doc, TableWriter& out) const override {
    // Each link once in one table, with the sides that declare it: no container per entity, and one
    // lookup per link and side.
    using Link = std::pair<std::string_view, std::string_view>;
    struct LinkHash {
      std::size_t operator()(const Link& l) const noexcept {
        std::size_t h = std::hash<std::string_view>{}(l.first);
        return h ^ (std::hash<std::string_view>{}(l.second) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
      }
    };
    enum Side : unsigned char { on_measure = 1, on_project = 2 };
    // The measures are walked once (a document has many more measures than links).
    std::vector<Link> measure_side;
    for_each_entity<Measure>(doc, [&](const Measure& m) {
      for (const auto& p : valid_elements(m.projects)) measure_side.emplace_back(p.id, id_of(m));
    });
    std::unordered_map<Link, unsigned char, LinkHash> sides;
    sides.reserve(2 * measure_side.size());
    for (const Link& link : measure_side) sides[link] |= on_measure;
    out.begin(info, info.columns);
    Cell cells[3];
    for (auto& c : cells) c.kind = Cell::Kind::text;
    for_each_entity<Project>(doc, [&](const Project& p) {
      for (const auto& m : valid_elements(p.measures)) {
        unsigned char& side = sides[{id_of(p), m.id}];
        side |= on_project;
        cells[0].text = id_of(p);
        cells[1].text = m.id;
        cells[2].text = side & on_measure ? "both" : "project";
        out.row(cells);
      }
    });
    for (const Link& link : measure_side) {
      if (sides.at(link) & on_project) continue;
      cells[0].text = link.first;
      cells[1].text = link.second;
      cells[2].text = "measure";
      out.row(cells);
    }
    out.end();
  }

  void apply(Document& doc, const InputTable& input, ImportLog& log) const override {
    ColumnMap map = map_columns(info, input, "");
    int project_column = map.find("project"), measure_column = map.find("measure"), side_column = map.find("declared_in");
    for (auto [column, name] : {std::pair{project_column, "project"}, std::pair{measure_column, "measure"}})
      if (column < 0) Place{input, no_row, name}.fail(std::string("the table has no column ") + name,
                                                     std::string("tabulka nemá sloupec ") + name);
    auto& suffixes = log.column_sets.emplace_back();
    struct Link {
      Project* project;
      Measure* measure;
      std::string project_id, measure_id;
      std::size_t row;
    };
    std::vector<Link> links;
    for (std::size_t r = 0; r < input.rows.size(); ++r) {
      if (blank_row(input, r)) continue;
      std::string p = key_text(input, r, project_column), m = key_text(input, r, measure_column);
      std::string side = side_column >= 0 ? key_text(input, r, side_column) : "";
      if (side.empty()) side = "both";
      bool in_project = side == "project" || side == "projekt" || side == "both" || side == "obojí";
      bool in_measure = side == "measure" || side == "opatření" || side == "both" || side == "obojí";
      if (!in_project && !in_measure)
        Place{input, r, input.columns[static_cast<std::size_t>(side_column)]}.fail(
            "\"" + side + "\" is not project, measure or both", "„" + side + "“ není project, measure ani both");
      if (p.empty() || m.empty())
        Place{input, r, p.empty() ? "project" : "measure"}.fail("the link names no project or no measure",
                                                                "vazba neuvádí projekt nebo opatření");
      auto* project = const_cast<Project*>(doc.find_as<Project>(p));
      auto* measure = const_cast<Measure*>(doc.find_as<Measure>(m));
      if (in_project && !project) Place{input, r, "project"}.fail("no project has the id \"" + p + "\"", "projekt „" + p + "“ neexistuje");
      if (in_measure && !measure) Place{input, r, "measure"}.fail("no measure has the id \"" + m + "\"", "opatření „" + m + "“ neexistuje");
      links.push_back({in_project ? project : nullptr, in_measure ? measure : nullptr, p, m, r});
    }
    for (const auto& l : links) {
      bool added = false;
      if (l.project) added |= add_link(l.project->measures, l.measure_id);
      if (l.measure) added |= add_link(l.measure->projects, l.project_id);
      added ? ++log.added : ++log.updated;
      if (l.project) {
        const auto& items = *l.project->measures.get();
        for (std::size_t i = 0; i < items.size(); ++i)
          if (items[i].get() && items[i].get()->id == l.measure_id)
            log.rows.push_back({&input, l.row, {}, l.project_id, "measures", i, &suffixes});
      }
    }
  }

 private:
  template <class R>
  static bool add_link(List<R>& list, const std::string& id) {
    if (const auto* items = list.get())
      for (const auto& f : *items)
        if (f.get() && f.get()->id == id) return false;
    append(list, R(id));
    return true;
  }
};

// ---- the document's own members: its currency and unknown members ----------------------------------

class PortfolioTable final : public Table {
 public:
  PortfolioTable() {
    info.name = "portfolio";
    info.name_cs = "soubor";
    info.columns = {plain_column("currency", heading_cs("currency"), ColumnType::text)};
  }

  void write(const Document& doc, TableWriter& out) const override {
    std::vector<ColumnInfo> columns = info.columns;
    for (const auto& kv : doc.extra()) columns.push_back(plain_column(std::string(kv.key()), std::string(kv.key()), ColumnType::text));
    out.begin(info, columns);
    std::vector<Cell> cells(columns.size());
    std::vector<std::string> scratch(columns.size());
    field_cell(doc.currency(), cells[0], scratch[0]);
    std::size_t k = 1;
    for (const auto& kv : doc.extra()) {
      unknown_member_cell(kv.value(), cells[k], scratch[k]);
      ++k;
    }
    out.row(cells);
    out.end();
  }

  void apply(Document& doc, const InputTable& input, ImportLog& log) const override {
    ColumnMap map = map_columns(info, input, "");
    if (input.rows.size() > 1) Place{input, 1, ""}.fail("the table has one row", "tabulka má jeden řádek");
    auto& suffixes = log.column_sets.emplace_back();
    for (std::size_t i = 0; i < map.field.size(); ++i)
      suffixes.emplace_back(map.field[i] == 0 ? "/currency" : "/" + map.further[i], input.columns[i]);
    if (input.rows.empty()) return;
    for (std::size_t i = 0; i < map.field.size(); ++i) {
      const InputCell& c = cell_at(input, 0, i);
      if (map.field[i] == 0) {
        set_from_cell(doc.mutable_currency(), c);
      } else if (is_empty_cell(c)) {
        doc.mutable_extra().erase(map.further[i]);
      } else {
        doc.mutable_extra()[map.further[i]] = unknown_member_value(c);
      }
    }
    ++log.updated;
    log.rows.push_back({&input, 0, {}, {}, {}, 0, &suffixes});
  }
};

// ---- the registry ---------------------------------------------------------------------------------

const std::vector<std::unique_ptr<Table>>& tables() {
  static const std::vector<std::unique_ptr<Table>> all = [] {
    static constexpr std::string_view measure_links[] = {"projects"};
    static constexpr std::string_view project_links[] = {"measures"};
    std::vector<std::unique_ptr<Table>> v;
    v.push_back(std::make_unique<PortfolioTable>());
    v.push_back(std::make_unique<EntityTable<Territory, Territories>>("territories", "území"));
    v.push_back(std::make_unique<EntityTable<Organization, Organizations>>("organizations", "organizace"));
    v.push_back(std::make_unique<EntityTable<Partnership, Partnerships>>("partnerships", "partnerství"));
    v.push_back(std::make_unique<EntityTable<PartnershipMember, PartnershipMembers>>("partnership_members", "členové partnerství"));
    v.push_back(std::make_unique<EntityTable<WorkingGroup, WorkingGroups>>("working_groups", "pracovní skupiny"));
    v.push_back(std::make_unique<EntityTable<Plan, Plans>>("plans", "plány"));
    v.push_back(std::make_unique<EntityTable<Goal, Goals>>("goals", "cíle"));
    v.push_back(std::make_unique<EntityTable<Measure, Measures>>("measures", "opatření", measure_links));
    v.push_back(std::make_unique<EntityTable<FundingShare, BudgetSources>>("budget_sources", "zdroje financování"));
    v.push_back(std::make_unique<EntityTable<TargetGroupSpec, TargetGroups>>("target_groups", "cílové skupiny"));
    v.push_back(std::make_unique<EntityTable<Project, Projects>>("projects", "projekty", project_links));
    v.push_back(std::make_unique<ProjectMeasuresTable>());
    v.push_back(std::make_unique<EntityTable<Indicator, Indicators>>("indicators", "indikátory"));
    v.push_back(std::make_unique<EntityTable<Target, Targets>>("targets", "cílové hodnoty"));
    v.push_back(std::make_unique<EntityTable<Observation, Observations>>("observations", "naměřené hodnoty"));
    v.push_back(std::make_unique<EntityTable<Evaluation, Evaluations>>("evaluations", "hodnocení"));
    v.push_back(std::make_unique<EntityTable<Event, Events>>("events", "akce"));
    v.push_back(std::make_unique<EntityTable<SupportingDocument, SupportingDocuments>>("documents", "dokumenty"));
    return v;
  }();
  return all;
}

// The place of the table with this name (English or Czech) in tables(): the order imports apply them.
std::optional<std::size_t> table_index(std::string_view name) {
  const auto& all = tables();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i]->info.name == name || all[i]->info.name_cs == name) return i;
  return std::nullopt;
}

const Table* find_table(std::string_view name) {
  auto i = table_index(name);
  return i ? tables()[*i].get() : nullptr;
}

}  // namespace
}  // namespace detail

std::string_view to_code(ColumnType type) noexcept {
  switch (type) {
    case ColumnType::id: return "id";
    case ColumnType::reference: return "reference";
    case ColumnType::text: return "text";
    case ColumnType::code: return "code";
    case ColumnType::integer: return "integer";
    case ColumnType::number: return "number";
    case ColumnType::value: return "value";
    case ColumnType::money: return "money";
    case ColumnType::date: return "date";
    case ColumnType::list: return "list";
    case ColumnType::json: return "json";
    case ColumnType::position: return "position";
    case ColumnType::boolean: return "boolean";
  }
  return "text";
}

const ColumnInfo* TableInfo::find_column(std::string_view heading) const noexcept {
  for (const auto& c : columns)
    if (c.name == heading || c.name_cs == heading) return &c;
  return nullptr;
}

std::span<const TableInfo> document_tables() {
  static const std::vector<TableInfo> infos = [] {
    std::vector<TableInfo> v;
    for (const auto& t : detail::tables()) v.push_back(t->info);
    return v;
  }();
  return infos;
}

const TableInfo* find_document_table(std::string_view name) noexcept {
  for (const auto& t : document_tables())
    if (t.name == name || t.name_cs == name) return &t;
  return nullptr;
}

std::string cell_text(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::absent: return {};
    case Cell::Kind::integer: return std::to_string(cell.integer);
    case Cell::Kind::number: return cell.text.empty() ? cell.decimal.to_string() : std::string(cell.text);
    case Cell::Kind::money: return Money(cell.integer, Currency{}).to_string();
    case Cell::Kind::date: return cell.date.to_string();
    case Cell::Kind::boolean: return cell.integer ? "true" : "false";
    case Cell::Kind::invalid:
      return cell.raw->is_string() ? std::string(cell.raw->get_string()) : detail::json_text(*cell.raw);
    default: return std::string(cell.text);
  }
}

std::vector<std::string> list_items(std::string_view list_text) {
  std::vector<std::string> out;
  if (auto items = detail::list_as_json(list_text)) {
    for (const boost::json::value& e : *items)
      out.push_back(e.is_string() ? std::string(e.get_string()) : detail::json_text(e));
    return out;
  }
  detail::for_each_list_item(list_text, [&](std::string_view item) { out.emplace_back(item); });
  return out;
}

void write_table(const Document& document, std::string_view table, TableWriter& out) {
  const detail::Table* t = detail::find_table(table);
  if (!t) throw Error(ErrorCode::invalid_argument, "no table \"" + std::string(table) + "\"");
  t->write(document, out);
}

bool ImportResult::has_errors() const noexcept {
  return std::any_of(findings.begin(), findings.end(),
                     [](const ImportFinding& f) { return f.finding.severity == Severity::error; });
}

ImportResult upsert_tables(Document& document, std::span<const InputTable> inputs, const ImportOptions& options) {
  std::vector<std::pair<std::size_t, const InputTable*>> order;
  std::vector<std::string> skipped;
  for (const auto& input : inputs) {
    if (find_derived_table(input.name) || detail::is_codelists_sheet(input.name)) {
      skipped.push_back(input.source.empty() ? input.name : input.source);
      continue;
    }
    auto index = detail::table_index(input.name);
    if (!index)
      throw Error(ErrorCode::invalid_argument, "no table \"" + input.name + "\" (" + input.source + ")",
                  "tabulka „" + input.name + "“ neexistuje (" + input.source + ")");
    order.emplace_back(*index, &input);
  }
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

  Document work = document;
  detail::ImportLog log;
  for (const auto& [index, input] : order) detail::tables()[index]->apply(work, *input, log);
  work.resolve_currencies();

  // The pointer of each row, then each finding led back to its row and column.
  std::unordered_map<std::string, const detail::AppliedRow*> by_pointer;
  for (const auto& row : log.rows) {
    std::string pointer;
    if (!row.id.empty()) {
      if (const auto* e = work.find(row.id)) pointer = e->pointer;
      else continue;
    } else if (!row.owner_id.empty()) {
      const auto* e = work.find(row.owner_id);
      if (!e) continue;
      pointer = e->pointer + "/" + row.list_key + "/" + std::to_string(row.index);
    }
    by_pointer.emplace(std::move(pointer), &row);
  }
  ImportResult result;
  result.added = log.added;
  result.updated = log.updated;
  result.skipped = std::move(skipped);
  for (auto& f : validate(work, options.validation).findings) {
    ImportFinding out{std::move(f), std::nullopt};
    std::string_view p = out.finding.pointer;
    while (true) {
      if (auto it = by_pointer.find(std::string(p)); it != by_pointer.end()) {
        const auto& row = *it->second;
        std::string_view rest = std::string_view(out.finding.pointer).substr(p.size());
        std::string column;
        std::size_t best = 0;
        for (const auto& [suffix, heading] : *row.columns)
          if (suffix.size() > best && rest.starts_with(suffix) && (rest.size() == suffix.size() || rest[suffix.size()] == '/')) {
            best = suffix.size();
            column = heading;
          }
        // The document's own row holds only the members its columns name.
        if (!it->first.empty() || !column.empty())
          out.origin = CellOrigin{row.input->name, row.input->source, row.input->row_number(row.row), column};
        break;
      }
      auto slash = p.rfind('/');
      if (slash == std::string_view::npos) break;
      p = p.substr(0, slash);
      if (p.empty() && !by_pointer.contains("")) break;
    }
    result.findings.push_back(std::move(out));
  }
  document = std::move(work);
  return result;
}

std::string_view plan_at(const Document& document, std::string_view pointer) {
  constexpr std::string_view prefix = "/plans/";
  if (!pointer.starts_with(prefix)) return {};
  pointer.remove_prefix(prefix.size());
  std::size_t index = 0;
  auto [end, ec] = std::from_chars(pointer.data(), pointer.data() + pointer.size(), index);
  if (ec != std::errc() || (end != pointer.data() + pointer.size() && *end != '/')) return {};
  const auto* plans = document.plans().get();
  if (!plans || index >= plans->size()) return {};
  const Plan* plan = (*plans)[index].get();
  return plan ? detail::id_of(*plan) : std::string_view();
}

std::string import_findings_text(const ImportResult& result, Language language) {
  bool cs = language == Language::cs;
  std::string out;
  for (const auto& f : result.findings) {
    // What came in, and the errors elsewhere that keep the document from being written.
    if (!f.origin && f.finding.severity != Severity::error) continue;
    if (f.origin) {
      out += detail::terminal_text(f.origin->source.empty() ? f.origin->table : f.origin->source);
      out += (cs ? ", řádek " : ", row ") + std::to_string(f.origin->row);
      if (!f.origin->column.empty()) out += (cs ? ", sloupec " : ", column ") + detail::terminal_text(f.origin->column);
      out += ": ";
    }
    out += std::string(detail::severity_word(f.finding.severity, language)) + " " + f.finding.rule + " " +
           detail::terminal_text(f.finding.pointer) + ": " + detail::terminal_text(f.finding.message) + "\n";
  }
  return out;
}

}  // namespace inclusio
