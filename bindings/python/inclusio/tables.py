"""Tables coming in: DataFrames, workbooks and CSV folders added to a document by id, and the findings
of what came in, each led back to its table, row and column (docs/spreadsheet.md)."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Iterator

from . import _native
from .errors import InvalidArgumentError
from .validation import Finding, Severity

if TYPE_CHECKING:
    import pandas

# The tables of a document, parents first: the order an import applies them in.
TABLES: tuple[str, ...] = tuple(name for name, *_rest in _native.tables() if name != "portfolio")
# The tables derived from a document (not read back in).
DERIVED_TABLES: tuple[str, ...] = tuple(name for name, *_rest in _native.derived_tables())
_VALUE_COLUMNS = {name: {c[0] for c in columns if c[2] == "value"} for name, _cs, _p, columns, _d in _native.tables()}
_MONEY_COLUMNS = {name: {c[0] for c in columns if c[2] == "money"} for name, _cs, _p, columns, _d in _native.tables()}
for _name, _cs, _parent, _columns, _dims in _native.tables():  # Czech names lead to the same columns
    _VALUE_COLUMNS[_cs] = _VALUE_COLUMNS[_name]
    _MONEY_COLUMNS[_cs] = _MONEY_COLUMNS[_name]


@dataclass(frozen=True)
class ImportFinding(Finding):
    """A finding of a document after an import, with where its value came from: the table, the source
    (a file or sheet name, or ``DataFrame``), the row (the DataFrame's position, or the sheet's row number)
    and the column. The origin is None for a finding about what did not come in."""

    table: str | None = None
    source: str | None = None
    row: int | None = None
    column: str | None = None


class ImportReport:
    """What an import did: rows ``added`` and ``updated``, the ``findings`` of the document after it, and
    the tables given that it did not read (``skipped``: the derived tables and the workbook's codes, by
    the file or sheet name)."""

    __slots__ = ("added", "updated", "findings", "skipped")

    def __init__(self, added: int, updated: int, findings: list[ImportFinding], skipped: list[str] | None = None) -> None:
        self.added = added
        self.updated = updated
        self.findings = findings
        self.skipped = list(skipped or [])

    @property
    def ok(self) -> bool:
        return not any(f.severity == Severity.error for f in self.findings)

    def __iter__(self) -> Iterator[ImportFinding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def to_frame(self) -> pandas.DataFrame:
        """The findings: rule, severity, pointer, entity, message, table, source, row (Int64), column."""
        import pandas as pd

        f = self.findings
        return pd.DataFrame({
            "rule": pd.Series([x.rule for x in f], dtype=object),
            "severity": pd.Categorical([x.severity.value for x in f], categories=[s.value for s in Severity], ordered=True),
            "pointer": pd.Series([x.pointer for x in f], dtype=object),
            "entity": pd.Series([x.entity for x in f], dtype=object),
            "message": pd.Series([x.message for x in f], dtype=object),
            "table": pd.Series([x.table for x in f], dtype=object),
            "source": pd.Series([x.source for x in f], dtype=object),
            "row": pd.array([x.row for x in f], dtype="Int64"),
            "column": pd.Series([x.column for x in f], dtype=object),
        })

    def __repr__(self) -> str:
        errors = sum(1 for f in self.findings if f.severity == Severity.error)
        return f"<inclusio.ImportReport: {self.added} added, {self.updated} updated, {errors} errors, {len(self.findings)} findings>"


def import_report(outcome: tuple[int, int, list[tuple], list[str]]) -> ImportReport:
    added, updated, rows, skipped = outcome
    return ImportReport(added, updated, [
        ImportFinding(rule, Severity(severity), pointer, entity, message, table=table, source=source, row=row,
                      column=column)
        for rule, severity, pointer, entity, message, table, source, row, column in rows], skipped)


def _cell(value: Any, money: bool, minor_units: bool) -> Any:
    """A DataFrame's value as the core takes it: None, bool, int, float, str or a date."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # a numpy scalar
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):  # as a JSON array, which the core reads item for item
        return json.dumps([v if isinstance(v, str) else str(v) for v in value], ensure_ascii=False)
    if money and minor_units and isinstance(value, int) and not isinstance(value, bool):
        return format(Decimal(value).scaleb(-2), "f")
    return value


def frame_input(table: str, frame: pandas.DataFrame, money: str) -> tuple:
    """A DataFrame as the core's input table: its columns (a value column and its `_text` twin joined
    back into one), values as Python scalars, missing values (None, NaN, NaT, NA) as None."""
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        raise InvalidArgumentError(f"the table {table!r} is a {type(frame).__name__}, not a DataFrame")
    headings: list[str] = []
    columns: list[list[Any]] = []
    values = _VALUE_COLUMNS.get(table, set())
    amounts = _MONEY_COLUMNS.get(table, set())
    for name in frame.columns:
        name = str(name)
        if name.endswith("_text") and name[: -len("_text")] in values:
            continue
        series = frame[name]
        cells = series.astype(object).where(series.notna(), None).tolist()
        cells = [_cell(v, name in amounts, money == "minor_units") for v in cells]
        text_twin = name + "_text"
        if name in values and text_twin in frame.columns:
            twin = frame[text_twin]
            texts = twin.astype(object).where(twin.notna(), None).tolist()
            cells = [v if v is not None else t for v, t in zip(cells, texts)]
        headings.append(name)
        columns.append(cells)
    return (table, "DataFrame", headings, columns, 0)
