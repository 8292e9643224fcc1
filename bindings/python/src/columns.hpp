#pragma once
// Column-wise extraction for DataFrames: numpy arrays filled by the core, so a table of a million
// observations is built without a Python object per row.

#include "native_document.hpp"

#include <pybind11/pybind11.h>

namespace inclusio::python {

// The observations of all indicators as a dict of columns:
//   indicator, source, note, value_text: (codes int32 array, categories list), code -1 for none;
//   position: int64 (index in the indicator's observations);
//   date, period_start, period_end: int64 days since 1970-01-01, INT64_MIN for none;
//   value, count: float64, NaN for none (value is NaN for a text value);
//   dimensions: dict name → (codes, categories), in the order the names first appear.
pybind11::dict observation_columns(const NativeDocument& document);

}  // namespace inclusio::python
