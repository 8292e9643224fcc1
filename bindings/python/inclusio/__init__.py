"""inclusio: the data of social-inclusion planning — plans, goals, measures, projects, indicators,
territories and partners — with the methodology's validation rules and progress reporting.

    import inclusio
    doc = inclusio.load("examples/data/asz-2010-2013.json")
    report = doc.validate(as_of="2013-08-31", lang="cs")
    report.to_frame()
    doc.frame("measures")
    doc.progress_frame(as_of="2013-08-31")
"""

from __future__ import annotations

from . import _native
from .document import CollectionCopy, Document, load, loads, merge
from .errors import (AmountOverflowError, CurrencyMismatchError, Error, FileError, FormatError, FormProblem,
                     InternalError, InvalidArgumentError, LimitError, NotFoundError, ParseError, PositionedError,
                     SchemaError)
from .model import *  # noqa: F403 - the entity classes and codelists are the package's vocabulary
from .model import COLLECTIONS
from .batch import validate_file, validate_many
from .territories import OfficialTerritory, find_territories, territory
from .tables import DERIVED_TABLES, TABLES, ImportFinding, ImportReport
from .revisions import Change, MergeConflict, MergeConflictError, Revision
from .validation import Finding, Report, Rule, Severity, findings_frame, rules

__version__: str = _native.version


def json_schema() -> dict:
    """The JSON Schema of the format, generated from the reader's own descriptions of the records."""
    import json

    return json.loads(_native.json_schema())


__all__ = [
    "AmountOverflowError", "COLLECTIONS", "Change", "CollectionCopy", "MergeConflict", "MergeConflictError", "Revision", "merge", "CurrencyMismatchError", "DERIVED_TABLES", "Document", "Error",
    "FileError", "Finding", "FormProblem", "FormatError", "ImportFinding", "ImportReport", "InternalError", "InvalidArgumentError", "LimitError", "NotFoundError",
    "OfficialTerritory", "ParseError", "PositionedError", "Report", "Rule", "SchemaError", "Severity", "TABLES",
    "find_territories", "findings_frame", "json_schema", "load", "loads", "rules", "territory", "validate_file", "validate_many",
]
