#pragma once
// Column-wise extraction for DataFrames: numpy arrays filled by the core, so a table of a million
// observations is built without a Python object per row.

#include "native_document.hpp"

#include <pybind11/pybind11.h>

namespace inclusio::python {

// A table of the document (tables.hpp) as a list of columns, each a dict: name, type (the column
// type's code), codelist (a code column's key, or None), categorical, and data:
//   code: int32 index in the codelist, -1 for none;
//   integer, position, money: (int64 values, bool missing), money in minor units;
//   date: int64 days since 1970-01-01, INT64_MIN for none;
//   number: float64, NaN for none;  value: (float64, (codes, categories) of the text values);
//   categorical texts (references, dimensions, unknown members): (int32 codes, categories);
//   other texts (ids, text, JSON, lists joined by "; "): a list of str or None.
// A value of the wrong form is missing.
pybind11::list table_columns(const NativeDocument& document, const std::string& table);

}  // namespace inclusio::python
