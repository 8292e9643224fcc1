#include "columns.hpp"

#include "packed_findings.hpp"

#include <inclusio/codelists.hpp>
#include <inclusio/tables.hpp>

#include <pybind11/numpy.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <optional>
#include <shared_mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace py = pybind11;

namespace inclusio::python {
namespace {

constexpr std::int64_t no_date = std::numeric_limits<std::int64_t>::min();
constexpr double no_number = std::numeric_limits<double>::quiet_NaN();

// A text column as pandas' Categorical wants it: a code per row and each distinct text once.
class CategoryColumn {
 public:
  explicit CategoryColumn(std::size_t rows_before = 0) : codes_(rows_before, -1) {}
  void push(const std::string* text) {
    if (text) push(std::string_view(*text));
    else codes_.push_back(-1);
  }
  void push(std::string_view text) {
    auto it = index_.find(text);
    if (it == index_.end()) {
      it = index_.emplace(std::string(text), static_cast<std::int32_t>(categories_.size())).first;
      categories_.emplace_back(text);
    }
    codes_.push_back(it->second);
  }
  void push_none() { codes_.push_back(-1); }
  void pad_to(std::size_t rows) { codes_.resize(rows, -1); }
  std::vector<std::int32_t>& codes() { return codes_; }
  const std::vector<std::string>& categories() const { return categories_; }

 private:
  std::vector<std::int32_t> codes_;
  std::vector<std::string> categories_;
  // Looked up by string_view: a repeated text is not copied to be found.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::int32_t, Hash, std::equal_to<>> index_;
};

template <class T>
py::array_t<T> to_array(std::vector<T>&& values) {
  auto* owned = new std::vector<T>(std::move(values));
  py::capsule owner(owned, [](void* p) { delete static_cast<std::vector<T>*>(p); });
  return py::array_t<T>(static_cast<py::ssize_t>(owned->size()), owned->data(), owner);
}

py::tuple to_categorical(CategoryColumn& column) {
  py::list categories;
  for (const std::string& c : column.categories()) categories.append(py::str(c));
  return py::make_tuple(to_array(std::move(column.codes())), categories);
}

// Texts copied into blocks that never move while the core writes (with the GIL released), made
// Python objects afterwards straight into a numpy object array.
class TextColumn {
 public:
  void push(std::string_view text) {
    if (text.size() > free_) {
      std::size_t size = std::max(block_size, text.size());
      blocks_.push_back(std::make_unique<char[]>(size));
      next_ = blocks_.back().get();
      free_ = size;
    }
    std::copy(text.begin(), text.end(), next_);
    texts_.emplace_back(text.empty() ? empty_text : next_, text.size());
    next_ += text.size();
    free_ -= text.size();
  }
  void push_none() { texts_.emplace_back(); }
  void reserve(std::size_t rows) { texts_.reserve(rows); }
  bool empty() const noexcept { return texts_.empty(); }

  // An object array of str (or, with `as_list`, of lists of the items of a list's text), None where
  // there is none.
  py::array to_array(bool as_list) const {
    auto n = static_cast<py::ssize_t>(texts_.size());
    py::array out(py::dtype("O"), std::vector<py::ssize_t>{n});
    auto** data = static_cast<PyObject**>(out.mutable_data());
    for (py::ssize_t i = 0; i < n; ++i) {
      std::string_view text = texts_[static_cast<std::size_t>(i)];
      py::object value = py::none();
      if (text.data()) {
        if (as_list) {
          py::list items;
          for (const std::string& item : list_items(text)) items.append(py::str(item));
          value = std::move(items);
        } else {
          value = py::reinterpret_steal<py::object>(
              PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "replace"));
          if (!value) throw py::error_already_set();
        }
      }
      data[i] = value.release().ptr();
    }
    return out;
  }

 private:
  static constexpr std::size_t block_size = 1 << 20;
  static constexpr const char* empty_text = "";
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  std::size_t free_ = 0;
  std::vector<std::string_view> texts_;  // a null data(): none
};

// One column of a table as the core writes it, kept as the arrays pandas takes.
struct ColumnData {
  ColumnInfo info;
  bool categorical;               // references and further columns: few distinct texts
  TextColumn texts;               // id, text, json, list (as its cell's text)
  CategoryColumn categories;      // reference, further columns, a value's text
  std::vector<std::int32_t> codes;  // code: index in the codelist, -1 for none
  std::vector<std::int64_t> integers;  // integer, position, money (minor units), date (days)
  std::vector<std::uint8_t> missing;   // integer, position, money
  std::vector<std::uint8_t> booleans;  // boolean
  std::vector<double> numbers;    // number, value

  // Room for `rows` in each array that holds something.
  void reserve_filled(std::size_t rows) {
    auto reserve = [rows](auto& values) {
      if (!values.empty()) values.reserve(rows);
    };
    reserve(codes);
    reserve(integers);
    reserve(missing);
    reserve(booleans);
    reserve(numbers);
    reserve(categories.codes());
    reserve(texts);
  }
};

class ColumnsWriter final : public TableWriter {
 public:
  // References, dimensions and unknown members repeat a few texts; so do the texts of list items
  // (an observation's source and note), of which a document may hold millions: categoricals.
  void begin(const TableInfo& table, std::span<const ColumnInfo> columns) override {
    bool list_items = std::any_of(table.columns.begin(), table.columns.end(),
                                  [](const ColumnInfo& c) { return c.type == ColumnType::position; });
    for (const auto& c : columns) {
      bool further = &c - columns.data() >= static_cast<std::ptrdiff_t>(described_);
      bool categorical = c.type == ColumnType::reference || further || c.repeats || (list_items && c.type == ColumnType::text);
      columns_.push_back(ColumnData{c, categorical, TextColumn{}, CategoryColumn{}, {}, {}, {}, {}, {}});
    }
  }
  // Every row of a column fills the same arrays (its type decides which), so the arrays the first row
  // filled are given room for all the rows expected.
  void expect_rows(std::size_t rows) override { expected_rows_ = rows; }
  void row(std::span<const Cell> cells) override {
    static const Date epoch(1970, 1, 1);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const Cell& c = cells[i];
      ColumnData& col = columns_[i];
      bool valid = c.kind != Cell::Kind::absent && c.kind != Cell::Kind::invalid;
      switch (col.info.type) {
        case ColumnType::code: col.codes.push_back(valid ? static_cast<std::int32_t>(c.integer) : -1); break;
        case ColumnType::boolean: col.booleans.push_back(valid && c.integer != 0 ? 1 : 0); break;
        case ColumnType::integer:
        case ColumnType::position:
        case ColumnType::money:
          col.integers.push_back(valid ? c.integer : 0);
          col.missing.push_back(valid ? 0 : 1);
          break;
        case ColumnType::date: col.integers.push_back(valid ? epoch.days_until(c.date) : no_date); break;
        case ColumnType::number: col.numbers.push_back(valid ? c.number : no_number); break;
        case ColumnType::value:
          col.numbers.push_back(c.kind == Cell::Kind::number ? c.number : no_number);
          if (c.kind == Cell::Kind::text) col.categories.push(c.text);
          else col.categories.push_none();
          break;
        default:
          if (col.categorical) {
            if (valid) col.categories.push(c.text);
            else col.categories.push_none();
          } else {
            if (valid) col.texts.push(c.text);
            else col.texts.push_none();
          }
      }
    }
    if (++rows_ == 1)
      for (ColumnData& col : columns_) col.reserve_filled(expected_rows_);
  }
  std::size_t described_ = 0;
  std::vector<ColumnData> columns_;

 private:
  std::size_t expected_rows_ = 0;
  std::size_t rows_ = 0;
};

py::array_t<bool> to_bool_array(const std::vector<std::uint8_t>& values) {
  py::array_t<bool> out(static_cast<py::ssize_t>(values.size()));
  std::copy(values.begin(), values.end(), reinterpret_cast<std::uint8_t*>(out.mutable_data()));
  return out;
}

// Python's cyclic collector paused while the columns become Python objects: a table with a list column
// makes a list per row, and each collection would walk every object of the process, a third of a large
// table's time. The lists hold only texts: they make no cycle to collect.
class CollectorPaused {
 public:
  CollectorPaused() : was_enabled_(PyGC_Disable() == 1) {}
  ~CollectorPaused() {
    if (was_enabled_) PyGC_Enable();
  }
  CollectorPaused(const CollectorPaused&) = delete;
  CollectorPaused& operator=(const CollectorPaused&) = delete;

 private:
  bool was_enabled_;
};

py::list columns_of(ColumnsWriter& writer) {
  CollectorPaused paused;
  py::list out;
  for (ColumnData& col : writer.columns_) {
    py::dict c;
    c["name"] = col.info.name;
    c["type"] = std::string(to_code(col.info.type));
    c["codelist"] = col.info.codelist.empty() ? py::object(py::none()) : py::object(py::str(std::string(col.info.codelist)));
    c["categorical"] = col.categorical;
    c["ordered"] = !col.info.codes.empty();
    switch (col.info.type) {
      case ColumnType::code: {
        py::list codes;
        if (const CodelistInfo* list = find_codelist(col.info.codelist))
          for (const CodeInfo& e : list->codes) codes.append(py::str(std::string(e.code)));
        for (std::string_view code : col.info.codes) codes.append(py::str(std::string(code)));
        c["data"] = py::make_tuple(to_array(std::move(col.codes)), codes);
        break;
      }
      case ColumnType::boolean: c["data"] = to_bool_array(col.booleans); break;
      case ColumnType::integer:
      case ColumnType::position:
      case ColumnType::money: c["data"] = py::make_tuple(to_array(std::move(col.integers)), to_bool_array(col.missing)); break;
      case ColumnType::date: c["data"] = to_array(std::move(col.integers)); break;
      case ColumnType::number: c["data"] = to_array(std::move(col.numbers)); break;
      case ColumnType::value: c["data"] = py::make_tuple(to_array(std::move(col.numbers)), to_categorical(col.categories)); break;
      default:
        if (col.categorical) c["data"] = to_categorical(col.categories);
        else c["data"] = col.texts.to_array(col.info.type == ColumnType::list);
    }
    out.append(c);
  }
  return out;
}

// The columns `write` gives a table of `info`'s, written with the GIL released.
template <class Write>
py::list written_columns(const TableInfo& info, Write&& write) {
  ColumnsWriter writer;
  writer.described_ = info.columns.size();
  {
    py::gil_scoped_release unlocked;
    write(writer);
  }
  return columns_of(writer);
}

// The same for a table of a document, written under a shared lock.
template <class Write>
py::list written_columns(const NativeDocument& document, const TableInfo& info, Write&& write) {
  return written_columns(info, [&](TableWriter& out) {
    std::shared_lock lock(document.mutex);
    write(out);
  });
}

}  // namespace

py::list table_columns(const NativeDocument& document, const std::string& table) {
  const TableInfo* info = find_document_table(table);
  if (!info) throw Error(ErrorCode::invalid_argument, "no table \"" + table + "\"");
  return written_columns(document, *info, [&](TableWriter& out) { write_table(document.doc, info->name, out); });
}

py::list derived_table_columns(const NativeDocument& document, const std::string& table,
                               const DerivedTableOptions& options) {
  const TableInfo* info = find_derived_table(table);
  if (!info) throw Error(ErrorCode::invalid_argument, "no derived table \"" + table + "\"");
  return written_columns(document, *info,
                         [&](TableWriter& out) { write_derived_table(document.doc, info->name, options, out); });
}

py::list packed_findings_columns(const std::vector<std::pair<std::string, std::string>>& files) {
  return written_columns(files_findings_table(), [&](TableWriter& out) { write_packed_findings(files, out); });
}

}  // namespace inclusio::python
