#pragma once
// Column-wise extraction for DataFrames: numpy arrays filled by the core, so a table of a million
// observations is built without a Python object per row.

#include "native_document.hpp"

#include <inclusio/tables.hpp>

#include <pybind11/pybind11.h>

#include <string>
#include <utility>
#include <vector>

namespace inclusio::python {

// A table of the document (tables.hpp) as a list of columns, each a dict: name, type (the column
// type's code), codelist (a code column's key, or None), categorical, and data:
//   code: (int32 index in the codes, -1 for none; the codes), `ordered` when the codes are the
//     column's own (a severity, a status) rather than a codelist's;
//   boolean: bool;
//   integer, position, money: (int64 values, bool missing), money in minor units;
//   date: int64 days since 1970-01-01, INT64_MIN for none;
//   number: float64, NaN for none;  value: (float64, (codes, categories) of the text values);
//   categorical texts (references, dimensions, unknown members): (int32 codes, categories);
//   other texts (ids, text, JSON): an object array of str or None; lists: of lists of str or None.
// A value of the wrong form is missing.
pybind11::list table_columns(const NativeDocument& document, const std::string& table);
// The same for a derived table (findings, progress, results, rollup), computed as `options` say.
pybind11::list derived_table_columns(const NativeDocument& document, const std::string& table,
                                     const DerivedTableOptions& options);
// The findings of many reports, each (file, packed findings: packed_findings.hpp), as one table: the
// file, then the findings table's columns.
pybind11::list packed_findings_columns(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace inclusio::python
