"""The options the functions of the package share, as the core takes them."""

from __future__ import annotations

import datetime
import os
from typing import Any

from ._model_support import dumps_json
from .errors import FileError, InvalidArgumentError


def file_path(path: str | os.PathLike[str]) -> str:
    """A path as the core takes it. A NUL character cannot be in a path: ValueError, as open() raises,
    rather than a path cut short at it."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if "\0" in text:
        raise ValueError("embedded null byte")
    return text


def as_of_text(as_of: datetime.date | str | None) -> str | None:
    """The ISO text of an `as_of` day given as a date or as YYYY-MM-DD text (None: today)."""
    if as_of is None or isinstance(as_of, str):
        return as_of
    if isinstance(as_of, datetime.datetime):
        raise InvalidArgumentError(f"as_of {as_of.isoformat()} is a moment; give a date")
    if isinstance(as_of, datetime.date):
        return as_of.isoformat()
    raise InvalidArgumentError(f"as_of must be a date or YYYY-MM-DD text, not {type(as_of).__name__}")


def profile_text(profile: Any) -> str:
    """A profile as the core takes it: a built-in name or JSON text. Given as a name ("default",
    "strict"), JSON text, a dict, or the path of a profile file."""
    if isinstance(profile, dict):
        return dumps_json(profile)
    if isinstance(profile, os.PathLike):
        try:
            with open(profile, encoding="utf-8") as f:
                return f.read()
        except OSError as e:
            raise FileError(f"cannot read the profile {os.fspath(profile)}: {e.strerror}") from None
    if isinstance(profile, str):
        return profile
    raise InvalidArgumentError(f"a profile is a name, JSON text, a dict or a path, not {type(profile).__name__}")


def thread_count(threads: int | None) -> int:
    """The threads to validate one document on, as the core takes them: None or 0 lets the library
    choose (one per core for a document of thousands of entities), 1 keeps to the calling thread."""
    if threads is None:
        return 0
    if isinstance(threads, bool) or not isinstance(threads, int) or not 0 <= threads <= 0xFFFFFFFF:
        raise InvalidArgumentError(f"threads must be None or a whole number from 0 to 4294967295, not {threads!r}")
    return threads
