"""The machinery behind the generated entity classes of :mod:`inclusio.model`.

Each field of a record has a *spec* saying how its JSON value becomes a Python value and back:
dates become :class:`datetime.date`, amounts :class:`decimal.Decimal`, codes the codelist's
:class:`enum.StrEnum`. A value of the wrong form (``"2021-02-30"`` for a date, a code outside the
codelist) is kept exactly as written, so that validation reports it and writing gives it back.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import math
from decimal import Decimal
from typing import Any, ClassVar, Iterator

from . import _native
from .errors import InvalidArgumentError

# Spec kinds. A spec is a tuple: (kind,) or (kind, class) or ("list", inner spec).
STR = ("str",)
INT = ("int",)
DECIMAL = ("decimal",)
VALUE = ("value",)  # an indicator value: a number or a text
MONEY = ("money",)
DATE = ("date",)
DIMENSIONS = ("dimensions",)
CATEGORIES = ("categories",)  # declared disaggregations: names to lists of categories



class Codelist(enum.StrEnum):
    """A codelist of the format: the member's value is its code, as JSON holds it."""

    def label(self, lang: str = "en") -> str:
        """The member's label in English (``"en"``) or Czech (``"cs"``)."""
        labels = type(self)._labels()[self.value]
        if lang not in ("en", "cs"):
            raise InvalidArgumentError(f"unknown language {lang!r} (en or cs)")
        return labels[0] if lang == "en" else labels[1]

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        cached = cls.__dict__.get("_label_table")
        if cached is None:
            _, entries = _native.codelists()[cls.__name__]
            cached = {code: (en, cs) for code, en, cs in entries}
            type.__setattr__(cls, "_label_table", cached)
        return cached


class RawNumber(str):
    """JSON number text, written unquoted (exact decimals never pass through float)."""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def read(spec: tuple, raw: Any) -> Any:
    """The Python value of JSON value `raw` (as :func:`json.loads` with Decimal floats gives it)."""
    kind = spec[0]
    # Dates and amounts are typed by the core's own reading: what it keeps as a value of the wrong
    # form (2023-02-30, a year before 1400, 12.5 as a JSON number, an amount beyond 64 bits of haléř)
    # stays the raw value here too.
    if kind == "date":
        parts = _native.date_parts(raw) if isinstance(raw, str) else None
        return datetime.date(*parts) if parts else raw
    if kind == "money":
        if isinstance(raw, Decimal):  # a JSON number with a fraction: never an amount (M001)
            return RawNumber(raw)
        minor = _native.amount_minor_units(raw if isinstance(raw, str) else str(raw)) if (
            isinstance(raw, str) or _is_int(raw)) else None
        return Decimal(minor).scaleb(-2) if minor is not None else raw
    if kind in ("decimal", "value"):
        return Decimal(raw) if _is_int(raw) else raw
    if kind == "enum":
        try:
            return spec[1](raw) if isinstance(raw, str) else raw
        except ValueError:
            return raw
    if kind == "record":
        return spec[1].from_json(raw) if isinstance(raw, dict) else raw
    if kind == "list":
        return [read(spec[1], item) for item in raw] if isinstance(raw, list) else raw
    return raw


def _decimal_text(value: Decimal) -> str:
    if not value.is_finite():
        raise InvalidArgumentError(f"{value} is not a number a document can hold")
    return format(value, "f")


def _date_text(value: datetime.date) -> str:
    if isinstance(value, datetime.datetime):
        if value.time() != datetime.time(0) or value.tzinfo is not None:
            raise InvalidArgumentError(f"{value.isoformat()} is a moment, not a date")
        value = value.date()
    return value.isoformat()


def _encode(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, RawNumber):
        out.append(str.__str__(value))
    elif isinstance(value, enum.Enum):
        _encode(value.value, out)
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, Decimal):
        out.append(_decimal_text(value))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidArgumentError(f"{value} is not a number a document can hold")
        out.append(repr(value))
    elif isinstance(value, datetime.date):
        _encode(_date_text(value), out)
    elif isinstance(value, Record):
        _encode(value.to_json(), out)
    elif isinstance(value, dict):
        out.append("{")
        for i, (key, item) in enumerate(value.items()):
            if not isinstance(key, str):
                raise InvalidArgumentError(f"object keys must be text, not {key!r}")
            if i:
                out.append(",")
            out.append(json.dumps(key, ensure_ascii=False))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise InvalidArgumentError(f"{type(value).__name__} {value!r} cannot be written as JSON")


def dumps_json(value: Any) -> str:
    """JSON text of a value built from dicts, lists, text, numbers, Decimals, dates and records."""
    out: list[str] = []
    _encode(value, out)
    return "".join(out)


def loads_json(text: str) -> Any:
    """JSON text as Python values, numbers with a fraction as exact Decimals."""
    return json.loads(text, parse_float=Decimal)


@dataclasses.dataclass(kw_only=True)
class Record:
    """Base of the entity classes: every field may be absent (None); unknown members are in `extra`."""

    _spec: ClassVar[dict[str, tuple]] = {}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Any:
        """The record of a JSON object (as :func:`loads_json` gives it), keeping every member."""
        known: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, raw in obj.items():
            spec = cls._spec.get(key)
            if spec is None:
                extra[key] = raw
            else:
                known[key] = read(spec, raw)
        return cls(**known, extra=extra)

    def to_json(self) -> dict[str, Any]:
        """The record as a JSON object: members in the format's order, then the unknown ones."""
        obj: dict[str, Any] = {}
        for key, spec in self._spec.items():
            value = plain_value(getattr(self, key))
            if value is not None:
                obj[key] = _to_json_value(spec, value)
        for key, value in getattr(self, "extra", {}).items():
            if key in self._spec:
                raise InvalidArgumentError(f"extra member {key!r} is a field of {type(self).__name__}")
            obj[key] = value
        return obj

    def fields(self) -> Iterator[tuple[str, Any]]:
        """(name, value) of the fields that are present, in the format's order."""
        for key in self._spec:
            value = getattr(self, key)
            if value is not None:
                yield key, value


def plain_value(value: Any) -> Any:
    """numpy and pandas scalars as Python's own (np.int64 → int, np.float64 → float, pd.Timestamp →
    datetime), and their missing values (NaN, NaT, pd.NA) as None: values taken from a DataFrame go
    back into entities as they are."""
    if value is None:
        return None
    module = type(value).__module__
    if module == "numpy" and hasattr(value, "item"):
        value = value.item()  # np.datetime64("NaT") gives None
    elif module.startswith("pandas"):
        if type(value).__name__ in ("NaTType", "NAType"):
            return None
        if hasattr(value, "to_pydatetime"):
            value = value.to_pydatetime()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime.datetime) and type(value).__name__ == "NaTType":
        return None
    return value


def _amount_text(value: float) -> str:
    """A float amount, taken when it has at most two decimals exactly (1250000.0, 0.5)."""
    exact = Decimal(value) if math.isfinite(value) else None
    if exact is None or exact != exact.quantize(Decimal("0.01")):
        raise InvalidArgumentError(f"the amount {value!r} is not a whole number of haléř (at most two decimals)")
    return format(exact.quantize(Decimal("0.01")), "f")


def _to_json_value(spec: tuple, value: Any) -> Any:
    kind = spec[0]
    value = plain_value(value)
    if kind == "money" and isinstance(value, Decimal):
        return _decimal_text(value)
    if kind == "money" and isinstance(value, float):
        return _amount_text(value)
    if kind in ("decimal", "value") and isinstance(value, (Decimal, float)) and not isinstance(value, bool):
        return RawNumber(_decimal_text(Decimal(value) if isinstance(value, Decimal) else Decimal(repr(value))))
    if kind == "date" and isinstance(value, datetime.date):
        return _date_text(value)
    if kind == "list" and hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        value = value.tolist()  # a numpy array from a frame's cell
    if kind == "list" and isinstance(value, (list, tuple)):
        return [_to_json_value(spec[1], item) for item in value]
    if kind == "record" and isinstance(value, Record):
        return value.to_json()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def spec_write(spec: tuple | None, value: Any) -> Any:
    """The JSON value of `value` for a field of `spec` (None: a value of no known field)."""
    if spec is None:
        return value.to_json() if isinstance(value, Record) else value
    return _to_json_value(spec, value)
