"""pandas DataFrames of a document's tables (built by the core, column by column) and of indicator
progress, results and roll-ups.

Column types: ids and texts as objects (the texts of list items, such as an observation's source, as
categoricals); references and dimensions as categoricals; codelist fields as categoricals whose
categories are the whole codelist in its canonical order; dates as datetime64[ns]; counts and
positions as nullable Int64; indicator numbers as float64 (a value's text in the twin column
`NAME_text`); amounts as the caller chooses (exact Decimal objects, float64, or Int64 minor units). A
value of the wrong form, or a date outside what datetime64[ns] holds (before 1677 or after 2262), is
missing in a table; validation reports the former, and the entity objects hold both as written.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from . import _native
from .errors import InvalidArgumentError

# Days since 1970-01-01 that datetime64[ns] can hold.
_FIRST_NS_DAY = -106751
_LAST_NS_DAY = 106750
# The tables of a document, as the core describes them.
TABLE_NAMES = [name for name, *_rest in _native.tables()]


MONEY_FORMS = ("decimal", "float", "minor_units")


def _in_ns_range(day: datetime.date) -> bool:
    return _FIRST_NS_DAY <= (day - datetime.date(1970, 1, 1)).days <= _LAST_NS_DAY


def _categorical(codes_and_categories: tuple[np.ndarray, list[str]]) -> pd.Categorical:
    codes, categories = codes_and_categories
    return pd.Categorical.from_codes(codes, categories=pd.Index(categories, dtype=object))


def _dates(days: np.ndarray) -> np.ndarray:
    # INT64_MIN is NaT in datetime64; days beyond what nanoseconds hold become NaT too.
    outside = (days < _FIRST_NS_DAY) | (days > _LAST_NS_DAY)
    days[outside] = np.iinfo(np.int64).min
    return days.view("datetime64[D]").astype("datetime64[ns]")


def _money(values: np.ndarray, missing: np.ndarray, money: str) -> Any:
    if money == "minor_units":
        return pd.arrays.IntegerArray(values, missing)
    if money == "float":
        out = values / 100.0
        out[missing] = np.nan
        return out
    return pd.Series([None if m else Decimal(int(v)).scaleb(-2) for v, m in zip(values.tolist(), missing.tolist())],
                     dtype=object)


def table_frame(document: _native.Document, table: str, money: str = "decimal") -> pd.DataFrame:
    """A table of a (native) document as the core builds it, column by column."""
    if money not in MONEY_FORMS:
        raise InvalidArgumentError(f"money is one of {', '.join(MONEY_FORMS)}, not {money!r}")
    if table not in TABLE_NAMES:
        raise InvalidArgumentError(f"no table {table!r}; the tables are {', '.join(TABLE_NAMES)}")
    data: dict[str, Any] = {}
    rows = 0
    for column in document.table_columns(table):
        name, kind, values = column["name"], column["type"], column["data"]
        if kind == "code":
            out: Any = _categorical(values)
        elif kind in ("integer", "position"):
            out = pd.arrays.IntegerArray(values[0], values[1])
        elif kind == "money":
            out = _money(values[0], values[1], money)
        elif kind == "date":
            out = _dates(values)
        elif kind == "number":
            out = values
        elif kind == "value":
            data[name] = values[0]
            name, out = name + "_text", _categorical(values[1])
        elif column["categorical"]:
            out = _categorical(values)
        elif kind == "list":
            out = pd.Series([v.split("; ") if v is not None else None for v in values], dtype=object)
        else:
            out = pd.Series(values, dtype=object)
        data[name] = out
        rows = len(out)
    return pd.DataFrame(data, index=pd.RangeIndex(rows), copy=False)


def document_members(document: _native.Document) -> dict[str, str]:
    """The document's own members (the one row of the portfolio table: its currency, unknown top-level
    members) as texts, read from the core's columns without building a frame."""
    members = {}
    for column in document.table_columns("portfolio"):
        data = column["data"]
        if column["categorical"]:  # (codes, categories)
            codes, categories = data
            value = categories[int(codes[0])] if len(codes) and codes[0] >= 0 else None
        else:
            value = data[0] if isinstance(data, list) and data else None
        if isinstance(value, str):
            members[column["name"]] = value
    return members


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


def summary_frames(tables: dict[str, str]) -> dict[str, pd.DataFrame]:
    """The summary's CSV tables as DataFrames by name (without ".csv"), read as pandas reads CSV (an
    empty cell missing, nothing else), and the fulfilment matrix: a boolean DataFrame, a row per measure
    and a column per territory, true where the measure is carried out there."""
    import io

    frames = {name.removesuffix(".csv"): pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""])
              for name, text in tables.items()}
    if "fulfilment" in frames:
        f = frames["fulfilment"]
        frames["fulfilment_matrix"] = pd.crosstab(f["measure"], f["territory"]).astype(bool)
    return frames
