#include "columns.hpp"

#include <inclusio/entities.hpp>

#include <pybind11/numpy.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
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
    if (!text) {
      codes_.push_back(-1);
      return;
    }
    auto [it, inserted] = index_.try_emplace(*text, static_cast<std::int32_t>(categories_.size()));
    if (inserted) categories_.push_back(*text);
    codes_.push_back(it->second);
  }
  void pad_to(std::size_t rows) { codes_.resize(rows, -1); }
  std::vector<std::int32_t>& codes() { return codes_; }
  const std::vector<std::string>& categories() const { return categories_; }

 private:
  std::vector<std::int32_t> codes_;
  std::vector<std::string> categories_;
  std::unordered_map<std::string, std::int32_t> index_;
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

std::int64_t day_number(const Field<Date>& date) {
  static const Date epoch(1970, 1, 1);
  return date.valid() ? epoch.days_until(*date) : no_date;
}

struct ObservationTable {
  CategoryColumn indicator, source, note, value_text;
  std::vector<std::int64_t> position, date, period_start, period_end;
  std::vector<double> value, count;
  std::vector<std::string> dimension_names;
  std::unordered_map<std::string, CategoryColumn> dimensions;
  std::size_t rows = 0;

  void add(const std::string* indicator_id, std::size_t index, const Observation& o) {
    static const Date epoch(1970, 1, 1);
    indicator.push(indicator_id);
    position.push_back(static_cast<std::int64_t>(index));
    std::optional<Date> day = o.as_of_date();
    date.push_back(day ? epoch.days_until(*day) : no_date);
    const Period* period = o.period.get();
    period_start.push_back(period ? day_number(period->start) : no_date);
    period_end.push_back(period ? day_number(period->end) : no_date);
    const IndicatorValue* v = o.value.get();
    const Decimal* number = v ? std::get_if<Decimal>(v) : nullptr;
    const std::string* text = v ? std::get_if<std::string>(v) : nullptr;
    value.push_back(number ? number->to_double() : no_number);
    value_text.push(text);
    count.push_back(o.count.valid() ? o.count->to_double() : no_number);
    source.push(o.source.get());
    note.push(o.note.get());
    if (const Dimensions* dims = o.dimensions.get()) {
      for (const auto& [name, level] : *dims) {
        auto [it, inserted] = dimensions.try_emplace(name, rows);
        if (inserted) dimension_names.push_back(name);
        it->second.pad_to(rows);
        it->second.push(&level);
      }
    }
    ++rows;
  }
};

}  // namespace

py::dict observation_columns(const NativeDocument& document) {
  ObservationTable table;
  {
    py::gil_scoped_release unlocked;
    std::shared_lock lock(document.mutex);
    for (const Indicator& indicator : valid_elements(document.doc.indicators()))
      if (const auto* observations = indicator.observations.get())
        for (std::size_t i = 0; i < observations->size(); ++i)
          if (const Observation* o = (*observations)[i].get()) table.add(indicator.id.get(), i, *o);
    for (auto& [name, column] : table.dimensions) column.pad_to(table.rows);
  }
  py::dict columns;
  columns["indicator"] = to_categorical(table.indicator);
  columns["position"] = to_array(std::move(table.position));
  columns["date"] = to_array(std::move(table.date));
  columns["period_start"] = to_array(std::move(table.period_start));
  columns["period_end"] = to_array(std::move(table.period_end));
  columns["value"] = to_array(std::move(table.value));
  columns["value_text"] = to_categorical(table.value_text);
  columns["count"] = to_array(std::move(table.count));
  columns["source"] = to_categorical(table.source);
  columns["note"] = to_categorical(table.note);
  py::dict dimensions;
  for (const std::string& name : table.dimension_names) dimensions[py::str(name)] = to_categorical(table.dimensions.at(name));
  columns["dimensions"] = dimensions;
  return columns;
}

}  // namespace inclusio::python
