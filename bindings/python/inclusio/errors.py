"""The exceptions of inclusio: one class per error code of the core, rooted at :class:`Error`.

Every exception has ``code`` (the core's stable error code name) and ``message``; reading errors say
where (``line``, ``column``, ``offset`` and ``pointer``), strict loading lists every ``problem``.
They pickle, so they travel from worker processes like the reports that carry them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FormProblem:
    """One value of the wrong form that strict loading refused."""

    rule: str  # S002, S003, S004, S006, D001 or M001
    pointer: str  # JSON Pointer of the value
    message: str


class Error(Exception):
    """Base of every inclusio error."""

    code = "error"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self.details))

    def to_json(self) -> dict[str, Any]:
        """The error as a JSON object: code, message and whatever says where."""
        obj: dict[str, Any] = {"code": self.code, "message": self.message}
        for key, value in self.details.items():
            obj[key] = [vars(p) for p in value] if key == "problems" else value
        return obj


def _rebuild(cls: type[Error], message: str, details: dict[str, Any]) -> Error:
    return cls(message, **details)


class InvalidArgumentError(Error, ValueError):
    """A function was given a value it does not take (an unknown profile, language or pointer)."""

    code = "invalid_argument"


class FileError(Error, OSError):
    """A file could not be opened, read or written."""

    code = "io"


class PositionedError(Error):
    """An error at a place in the input: ``line``, ``column`` (in characters, 1-based), ``offset``
    (bytes, 0-based) and the JSON ``pointer`` of the value being read. Line 0 when the error concerns
    the document as a whole."""

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message, **details)
        self.line: int = details.get("line", 0)
        self.column: int = details.get("column", 0)
        self.offset: int = details.get("offset", 0)
        self.pointer: str = details.get("pointer", "")


class ParseError(PositionedError):
    """The input is not well-formed JSON (syntax, encoding, a number that does not fit)."""

    code = "parse"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message, **details)
        self.reason: str = details.get("reason", message)


class LimitError(ParseError):
    """The input exceeds a documented limit (nesting depth, number range)."""

    code = "limit"


class FormatError(PositionedError):
    """Well-formed JSON that is not an inclusio document (rule S001): no or a wrong ``format`` or
    ``schema_version``, or an object with a duplicate key."""

    code = "format"
    rule = "S001"


class SchemaError(Error):
    """Strict loading refused a document with values of the wrong form; ``problems`` lists them all."""

    code = "schema"

    def __init__(self, message: str, **details: Any) -> None:
        problems = [p if isinstance(p, FormProblem) else FormProblem(*p) for p in details.get("problems", ())]
        details["problems"] = problems
        super().__init__(message, **details)
        self.problems: list[FormProblem] = problems

    @property
    def pointer(self) -> str:
        """The JSON Pointer of the first problem."""
        return self.problems[0].pointer if self.problems else ""


class AmountOverflowError(Error, ArithmeticError):
    """A sum of amounts or decimals does not fit the exact range (checked arithmetic)."""

    code = "overflow"


class CurrencyMismatchError(Error):
    """Amounts in different currencies were combined."""

    code = "currency_mismatch"


class NotFoundError(Error, LookupError):
    """An id, index or path that the document does not have; for a path, ``pointer`` is as far as it
    leads plus the first step the document lacks ("/plans/0/goals/7" for "/plans/0/goals/7/title")."""

    code = "not_found"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message, **details)
        self.pointer: str = details.get("pointer", "")


class InternalError(Error):
    """A failure of the library itself, not of its input; please report it."""

    code = "internal"


_BY_CODE: dict[str, type[Error]] = {
    cls.code: cls
    for cls in (InvalidArgumentError, FileError, ParseError, LimitError, FormatError, SchemaError,
                AmountOverflowError, CurrencyMismatchError, NotFoundError, InternalError)
}


def from_native(code: str, message: str, details: dict[str, Any]) -> Error:
    """The exception for an error of the core (called by the native module)."""
    return _BY_CODE.get(code, Error)(message, **details)
