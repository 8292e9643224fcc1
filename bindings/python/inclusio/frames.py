"""pandas DataFrames of a document's tables and of the tables derived from it (findings, indicator
progress, results per period, roll-ups), each built by the core column by column.

Column types: ids and texts as objects (the texts of list items, such as an observation's source, as
categoricals); references and dimensions as categoricals; codelist fields as categoricals whose
categories are the whole codelist in its canonical order; dates as datetime64[ns]; counts and
positions as nullable Int64; indicator numbers as float64 (a value's text in the twin column
`NAME_text`); amounts as the caller chooses (exact Decimal objects, float64, or Int64 minor units). A
value of the wrong form, or a date outside what datetime64[ns] holds (before 1677 or after 2262), is
missing in a table; validation reports the former, and the entity objects hold both as written.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from . import _native
from .errors import InvalidArgumentError

# Days since 1970-01-01 that datetime64[ns] can hold.
_FIRST_NS_DAY = -106751
_LAST_NS_DAY = 106750
# The tables of a document, as the core describes them, and the tables it derives from one.
TABLE_NAMES = [name for name, *_rest in _native.tables()]
DERIVED_TABLE_NAMES = [name for name, *_rest in _native.derived_tables()]


MONEY_FORMS = ("decimal", "float", "minor_units")


def _categorical(codes_and_categories: tuple[np.ndarray, list[str]], ordered: bool = False) -> pd.Categorical:
    codes, categories = codes_and_categories
    return pd.Categorical.from_codes(codes, categories=pd.Index(categories, dtype=object), ordered=ordered)


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
    return columns_frame(document.table_columns(table), money)


def derived_frame(document: _native.Document, table: str, *, as_of: str | None = None, profile: str = "default",
                  lang: str = "en", freq: str | None = None, level: str = "region",
                  dimensions: dict[str, str] | None = None, approved_only: bool = False,
                  at_risk_margin: float = 0.10, off_track_margin: float = 0.25) -> pd.DataFrame:
    """A derived table (findings, progress, results, rollup) as the core computes and describes it."""
    if table not in DERIVED_TABLE_NAMES:
        raise InvalidArgumentError(f"no derived table {table!r}; they are {', '.join(DERIVED_TABLE_NAMES)}")
    return columns_frame(document.derived_table_columns(table, as_of, profile, lang, freq, level,
                                                        list((dimensions or {}).items()), bool(approved_only),
                                                        at_risk_margin, off_track_margin), "float")


def columns_frame(columns: list[dict[str, Any]], money: str) -> pd.DataFrame:
    """A DataFrame of the columns the core wrote (columns.hpp says what each holds)."""
    data: dict[str, Any] = {}
    rows = 0
    for column in columns:
        name, kind, values = column["name"], column["type"], column["data"]
        if kind == "code":
            out: Any = _categorical(values, column["ordered"])
        elif kind in ("integer", "position"):
            out = pd.arrays.IntegerArray(values[0], values[1])
        elif kind == "money":
            out = _money(values[0], values[1], money)
        elif kind == "date":
            out = _dates(values)
        elif kind in ("number", "boolean"):
            out = values
        elif kind == "value":
            data[name] = values[0]
            name, out = name + "_text", _categorical(values[1])
        elif column["categorical"]:
            out = _categorical(values)
        else:  # an object array of str, or of lists of items
            out = pd.Series(values, dtype=object, copy=False)
        data[name] = out
        rows = len(out)
    return pd.DataFrame(data, index=pd.RangeIndex(rows), copy=False)


def document_members(document: _native.Document) -> dict[str, str]:
    """The document's own members (the one row of the portfolio table: its currency, unknown top-level
    members) as texts, read from the core's columns without building a frame."""
    members = {}
    for column in document.table_columns("portfolio"):
        data = column["data"]
        if column["categorical"] or column["type"] == "code":  # (codes, categories)
            codes, categories = data
            value = categories[int(codes[0])] if len(codes) and codes[0] >= 0 else None
        else:  # an object array
            value = data[0] if len(data) else None
        if isinstance(value, str):
            members[column["name"]] = value
    return members


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
