"""pandas DataFrames of a document's tables and of indicator progress.

Column types: ids and text as objects; codelist fields as categoricals whose categories are the whole
codelist in its canonical order; dates as datetime64[ns]; counts as nullable Int64; amounts as exact
:class:`decimal.Decimal` objects (sums stay exact to the haléř); indicator numbers (decimal fields,
observations, progress) as float64 for analysis. A value of the wrong form, or a date outside what
datetime64[ns] holds (before 1677 or after 2262), is missing in a table; validation reports the former,
and the entity objects hold both as written.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from . import _native
from ._model_support import Record, loads_json, read
from .errors import InvalidArgumentError
from .model import COLLECTIONS, ENTITY_KINDS

_SCALAR_KINDS = ("str", "int", "decimal", "value", "money", "date", "enum")
# Days since 1970-01-01 that datetime64[ns] can hold.
_FIRST_NS_DAY = -106751
_LAST_NS_DAY = 106750
# Tables of entities nested in another, from the core's table of kinds: member → (the parents'
# collection, column naming the parent, class).
_NESTED_TABLES = {key: (ENTITY_KINDS[parent][1], parent, cls)
                  for cls, key, parent in ENTITY_KINDS.values() if parent is not None}


def _column(spec: tuple, values: list[Any]) -> Any:
    kind = spec[0]
    if kind == "date":
        days = [v if isinstance(v, datetime.date) and _in_ns_range(v) else None for v in values]
        return pd.to_datetime(pd.Series(days, dtype=object))
    if kind == "enum":
        codes = [m.value for m in spec[1]]
        return pd.Categorical([v if isinstance(v, str) and v in codes else None for v in values], categories=codes)
    if kind == "int":
        return pd.array([v if _is_int64(v) else None for v in values], dtype="Int64")
    if kind == "decimal":
        return pd.Series([float(v) if isinstance(v, Decimal) else np.nan for v in values], dtype="float64")
    if kind == "money":
        return pd.Series([v if isinstance(v, Decimal) else None for v in values], dtype=object)
    if kind == "str":
        return pd.Series([v if isinstance(v, str) else None for v in values], dtype=object)
    return pd.Series(values, dtype=object)


def _is_int64(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


def _in_ns_range(day: datetime.date) -> bool:
    return _FIRST_NS_DAY <= (day - datetime.date(1970, 1, 1)).days <= _LAST_NS_DAY


def _record_columns(cls: type[Record]) -> list[tuple[str, list[str], tuple]]:
    """(column name, path of members, spec) of the flat columns of a record's table."""
    columns = []
    for key, spec in cls._spec.items():
        kind = spec[0]
        if kind in _SCALAR_KINDS:
            columns.append((key, [key], spec))
        elif kind == "record":
            for sub_key, sub_spec in spec[1]._spec.items():
                if sub_spec[0] in _SCALAR_KINDS:
                    columns.append((f"{key}_{sub_key}", [key, sub_key], sub_spec))
        elif kind == "list" and spec[1][0] in _SCALAR_KINDS:
            columns.append((key, [key], spec))
        elif kind == "list":
            columns.append((f"{key}_count", [key], ("count",)))
    return columns


def _cell(obj: Any, path: list[str], spec: tuple) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    if obj is None:
        return None
    if spec[0] == "count":
        return len(obj) if isinstance(obj, list) else None
    return read(spec, obj)


def entity_frame(rows: list[Any], cls: type[Record], parents: list[str] | None = None,
                 parent_column: str | None = None) -> pd.DataFrame:
    """A table of records (JSON objects), one row each, nested records flattened to `a_b` columns."""
    data: dict[str, Any] = {}
    if parent_column is not None:
        data[parent_column] = pd.Series(parents, dtype=object)
    for name, path, spec in _record_columns(cls):
        if spec[0] == "count":
            data[name] = pd.array([_cell(r, path, spec) for r in rows], dtype="Int64")
        else:
            data[name] = _column(spec if spec[0] != "list" else ("list",), [_cell(r, path, spec) for r in rows])
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))


def _json(document: _native.Document, pointer: str) -> list[Any]:
    text = document.json_at(pointer)
    value = loads_json(text) if text else []
    return value if isinstance(value, list) else []


def document_frame(document: _native.Document, table: str) -> pd.DataFrame:
    """A table of a (native) document, one row per entity or observation."""
    if table == "observations":
        return observations_frame(document.observation_columns())
    if table in COLLECTIONS:
        rows = [r for r in _json(document, "/" + table) if isinstance(r, dict)]
        return entity_frame(rows, COLLECTIONS[table])
    if table in _NESTED_TABLES:
        collection, parent_column, cls = _NESTED_TABLES[table]
        rows, parents = [], []
        for parent in _json(document, "/" + collection):
            if isinstance(parent, dict) and isinstance(parent.get(table), list):
                for item in parent[table]:
                    if isinstance(item, dict):
                        rows.append(item)
                        parents.append(parent.get("id"))
        return entity_frame(rows, cls, parents, parent_column)
    names = ", ".join([*COLLECTIONS, *_NESTED_TABLES, "observations"])
    raise InvalidArgumentError(f"no table {table!r}; the tables are {names}")


def _categorical(codes_and_categories: tuple[np.ndarray, list[str]]) -> pd.Categorical:
    codes, categories = codes_and_categories
    return pd.Categorical.from_codes(codes, categories=pd.Index(categories, dtype=object))


def _dates(days: np.ndarray) -> np.ndarray:
    # INT64_MIN is NaT in datetime64; days beyond what nanoseconds hold become NaT too.
    outside = (days < _FIRST_NS_DAY) | (days > _LAST_NS_DAY)
    days[outside] = np.iinfo(np.int64).min
    return days.view("datetime64[D]").astype("datetime64[ns]")


def observations_frame(columns: dict[str, Any]) -> pd.DataFrame:
    """One row per observation, from the core's arrays: no Python object per row."""
    data: dict[str, Any] = {
        "indicator": _categorical(columns["indicator"]),
        "position": columns["position"],
        "date": _dates(columns["date"]),
        "period_start": _dates(columns["period_start"]),
        "period_end": _dates(columns["period_end"]),
        "value": columns["value"],
        "value_text": _categorical(columns["value_text"]),
        "count": columns["count"],
        "source": _categorical(columns["source"]),
        "note": _categorical(columns["note"]),
    }
    for name, column in columns["dimensions"].items():
        data[name if name not in data else f"dimension_{name}"] = _categorical(column)
    return pd.DataFrame(data, copy=False)


def progress_statuses() -> list[str]:
    return [code for code, _en, _cs in _native.progress_statuses()]


def results_frame(columns: dict[str, list[Any]]) -> pd.DataFrame:
    """One row per indicator and period: dates as datetime64, numbers as float64, the status an ordered
    categorical (absent for periods begun after as_of)."""
    def floats(key: str) -> pd.Series:
        return pd.Series([float(v) if v is not None else np.nan for v in columns[key]], dtype="float64")

    def dates(key: str) -> pd.Series:
        return pd.to_datetime(pd.Series([v if _in_ns_range(v) else None for v in columns[key]], dtype=object))

    return pd.DataFrame({
        "indicator": pd.Categorical(columns["indicator"]),
        "period_start": dates("period_start"),
        "period_end": dates("period_end"),
        "target": floats("target"),
        "target_source": pd.Categorical(columns["target_source"], categories=["declared", "interpolated"]),
        "value": floats("value"),
        "observations": pd.Series(columns["observations"], dtype="int64"),
        "value_to_date": floats("value_to_date"),
        "achievement": floats("achievement"),
        "status": pd.Categorical(columns["status"], categories=progress_statuses(), ordered=True),
        "missed_target": pd.Series(columns["missed_target"], dtype="bool"),
    }, index=pd.RangeIndex(len(columns["indicator"])))


def rollup_frame(columns: dict[str, list[Any]]) -> pd.DataFrame:
    """The roll-up's figures, one row each: text columns as categoricals, values as float64."""
    return pd.DataFrame({
        "territory": pd.Categorical(columns["territory"]),
        "name": pd.Categorical(columns["name"]),
        "metric": pd.Categorical(columns["metric"]),
        "item": pd.Categorical(columns["item"]),
        "currency": pd.Categorical(columns["currency"]),
        "value": pd.Series([float(v) if v is not None else np.nan for v in columns["value"]], dtype="float64"),
    }, index=pd.RangeIndex(len(columns["metric"])))


def progress_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per indicator: its status (an ordered categorical) and the numbers behind it."""
    def floats(key: str) -> pd.Series:
        return pd.Series([float(r[key]) if r[key] is not None else np.nan for r in rows], dtype="float64")

    def dates(key: str) -> pd.Series:
        return pd.to_datetime(pd.Series([r[key] if r[key] is None or _in_ns_range(r[key]) else None for r in rows],
                                        dtype=object))

    def texts(key: str) -> pd.Series:
        return pd.Series([r[key] for r in rows], dtype=object)

    return pd.DataFrame({
        "indicator": texts("indicator"),
        "status": pd.Categorical([r["status"] for r in rows], categories=progress_statuses(), ordered=True),
        "baseline": floats("baseline"),
        "baseline_date": dates("baseline_date"),
        "current": floats("current"),
        "current_date": dates("current_date"),
        "current_text": texts("current_text"),
        "observations": pd.Series([r["observations"] for r in rows], dtype="int64"),
        "target": floats("target"),
        "target_date": dates("target_date"),
        "target_text": texts("target_text"),
        "target_index": pd.array([r["target_index"] for r in rows], dtype="Int64"),
        "current_count": floats("current_count"),
        "target_count": floats("target_count"),
        "current_denominator": floats("current_denominator"),
        "missed_target_index": pd.array([r["missed_target_index"] for r in rows], dtype="Int64"),
        "missed_target_date": dates("missed_target_date"),
        "missed_target": floats("missed_target"),
        "overdue_start": dates("overdue_start"),
        "overdue_end": dates("overdue_end"),
        "progress": floats("progress"),
        "expected": floats("expected"),
        "pointer": texts("pointer"),
    }, index=pd.RangeIndex(len(rows)))
