"""Validation reports and the rule catalogue."""

from __future__ import annotations

import enum
import html
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from . import _native
from .errors import Error, from_native

if TYPE_CHECKING:
    import pandas


class Severity(enum.StrEnum):
    """How bad a finding is; ordered info < warning < error."""

    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


@dataclass(frozen=True)
class Finding:
    """One finding: the rule, its severity under the profile, the JSON Pointer of the value concerned,
    the id of the innermost entity holding it ("" for none) and the message."""

    rule: str
    severity: Severity
    pointer: str
    entity: str
    message: str
    plan: str = ""  # the id of the plan holding the value, "" for none (not part of to_json)

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "severity": self.severity.value, "pointer": self.pointer,
                "entity": self.entity, "message": self.message}


# The findings table's columns, in the order packed findings hold them (docs/spreadsheet.md).
_PACKED_COLUMNS = ("plan", "entity", "rule", "severity", "pointer", "message")


def _unpacked(packed: bytes) -> list[Finding]:
    """The findings of the core's packed findings (a JSON text of the findings table's rows)."""
    table = json.loads(packed)
    at = [table["columns"].index(name) for name in _PACKED_COLUMNS]
    return [Finding(row[at[2]], Severity(row[at[3]]), row[at[4]] or "", row[at[1]] or "", row[at[5]] or "",
                    row[at[0]] or "") for row in table["rows"]]


def _packed(findings: Iterable[Finding]) -> bytes:
    """Findings made in Python, packed as the core packs its own."""
    rows = [[f.plan or None, f.entity or None, f.rule, f.severity.value, f.pointer or None, f.message or None]
            for f in findings]
    return json.dumps({"columns": list(_PACKED_COLUMNS), "rows": rows}, ensure_ascii=False).encode()


class Report:
    """The findings of validating one document, in document order.

    ``ok`` is true when there is no error finding (and the file could be loaded). A report of
    :func:`validate_file` or :func:`validate_many` also names its ``file`` and, when the file could
    not be loaded, holds the ``error``.

    A report of the core keeps its findings packed (one bytes object, counted by severity) until
    ``findings`` or iteration asks for them: ``ok``, :meth:`count`, ``len()`` and pickling (how a report
    comes back from a worker process or a Dask cluster) do not unpack them, and :func:`findings_frame`
    reads the packed findings of many reports straight into one DataFrame.
    """

    __slots__ = ("_findings", "_packed", "_counts", "file", "error", "as_of", "lang")

    def __init__(self, findings: Iterable[Finding] = (), *, file: str | None = None, error: Error | None = None,
                 as_of: str | None = None, lang: str = "en") -> None:
        self._findings: list[Finding] | None = list(findings)
        self._packed: bytes | None = None
        self._counts: tuple[int, int, int] | None = None  # info, warning, error
        self.file = file
        self.error = error
        self.as_of = as_of
        self.lang = lang

    @classmethod
    def _of_packed(cls, packed: bytes, counts: tuple[int, int, int], *, file: str | None = None,
                   as_of: str | None = None, lang: str = "en") -> Report:
        report = cls(file=file, as_of=as_of, lang=lang)
        report._findings, report._packed, report._counts = None, packed, tuple(counts)
        return report

    @property
    def findings(self) -> list[Finding]:
        if self._findings is None:
            self._findings = _unpacked(self._packed or b'{"columns": [], "rows": []}')
        return self._findings

    def packed_findings(self) -> bytes:
        """The findings as the core packs them: UTF-8 JSON, ``{"columns": [...], "rows": [[...], ...]}``
        with the columns of the findings table (plan, entity, rule, severity, pointer, message; null for
        none), the form in which reports travel between processes."""
        if self._findings is None and self._packed is not None:
            return self._packed
        return _packed(self.findings)  # the list as it is now: a caller may have changed it

    @property
    def ok(self) -> bool:
        return self.error is None and self.count(Severity.error) == 0

    def count(self, severity: Severity | str) -> int:
        if self._findings is None and self._counts is not None:
            return self._counts[Severity(severity).rank]
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == Severity.error]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == Severity.warning]

    def by_rule(self, rule: str) -> list[Finding]:
        return [f for f in self.findings if f.rule == rule]

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        if self._findings is None and self._counts is not None:
            return sum(self._counts)
        return len(self.findings)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Report):
            return NotImplemented
        return self.to_json() == other.to_json()

    __hash__ = None  # type: ignore[assignment]

    def render(self, format: str = "text") -> str:
        """The report as the core renders it, the same as ``inclusio validate --format`` writes:
        "text" (a line per finding, then the counts), "json" or "csv" (docs/report.md)."""
        findings = None if self.error is not None else [
            (f.rule, f.severity.value, f.pointer, f.entity, f.message) for f in self.findings]
        error = str(self.error) if self.error is not None else ""
        return _native.render_validation([(self.file or "", findings, error)], format, self.lang)

    def to_json(self) -> dict[str, Any]:
        """The report as the CLI's ``validate --format json`` writes one file's, with the error as an
        object (its code, message and details), the validation date and the language."""
        findings = [(f.rule, f.severity.value, f.pointer, f.entity, f.message) for f in self.findings]
        obj: dict[str, Any] = json.loads(_native.render_validation([(self.file or "", findings, "")], "json",
                                                                   self.lang))[0]
        if self.error is not None:
            obj = {**({"file": self.file} if self.file is not None else {}), "error": self.error.to_json(),
                   **{k: v for k, v in obj.items() if k != "file"}}
        if self.as_of is not None:
            obj["as_of"] = self.as_of
        obj["lang"] = self.lang
        return obj

    def dumps(self) -> str:
        """The report as canonical JSON text (as `inclusio validate --format json` writes a file's, with
        the validation date and language; how a report of a file that could not be loaded pickles)."""
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def loads(cls, text: str) -> Report:
        obj = json.loads(text)
        error = None
        if "error" in obj:
            details = dict(obj["error"])
            code, message = details.pop("code"), details.pop("message")
            if "problems" in details:
                details["problems"] = [(p["rule"], p["pointer"], p["message"]) for p in details["problems"]]
            error = from_native(code, message, details)
        findings = [Finding(f["rule"], Severity(f["severity"]), f["pointer"], f["entity"], f["message"])
                    for f in obj["findings"]]
        return cls(findings, file=obj.get("file"), error=error, as_of=obj.get("as_of"), lang=obj.get("lang", "en"))

    def __reduce__(self) -> tuple[Any, ...]:
        if self.error is not None:
            return (Report.loads, (self.dumps(),))
        counts = tuple(self.count(s) for s in Severity)
        return (_report_of_packed, (self.packed_findings(), counts, self.file, self.as_of, self.lang))

    def to_frame(self) -> pandas.DataFrame:
        """The findings as a DataFrame: rule, severity (ordered categorical), pointer, entity, message, and
        plan (the id of the plan holding the value; "" for none)."""
        import pandas as pd

        severity = pd.Categorical([f.severity.value for f in self.findings],
                                  categories=[s.value for s in Severity], ordered=True)
        return pd.DataFrame({
            "rule": pd.Series([f.rule for f in self.findings], dtype=object),
            "severity": severity,
            "pointer": pd.Series([f.pointer for f in self.findings], dtype=object),
            "entity": pd.Series([f.entity for f in self.findings], dtype=object),
            "message": pd.Series([f.message for f in self.findings], dtype=object),
            "plan": pd.Series([f.plan for f in self.findings], dtype=object),
        })

    def __repr__(self) -> str:
        where = f" {self.file}" if self.file else ""
        if self.error is not None:
            return f"<inclusio.Report{where}: not loaded: {self.error.message}>"
        errors, warnings = self.count("error"), self.count("warning")
        return (f"<inclusio.Report{where}: {errors} error{'' if errors == 1 else 's'}, "
                f"{warnings} warning{'' if warnings == 1 else 's'}, {self.count('info')} info>")

    def _repr_html_(self) -> str:
        head = html.escape(repr(self)[1:-1])
        if self.error is not None or not self.findings:
            return f"<div><strong>{head}</strong></div>"
        rows = "".join(
            f"<tr><td>{html.escape(f.rule)}</td><td>{f.severity.value}</td><td><code>{html.escape(f.pointer)}</code></td>"
            f"<td>{html.escape(f.entity)}</td><td>{html.escape(f.message)}</td></tr>" for f in self.findings)
        return (f"<div><strong>{head}</strong><table><thead><tr><th>rule</th><th>severity</th><th>pointer</th>"
                f"<th>entity</th><th>message</th></tr></thead><tbody>{rows}</tbody></table></div>")


def _report_of_packed(packed: bytes, counts: tuple[int, int, int], file: str | None, as_of: str | None,
                      lang: str) -> Report:
    return Report._of_packed(packed, counts, file=file, as_of=as_of, lang=lang)


def findings_frame(reports: Iterable[Report]) -> pandas.DataFrame:
    """The findings of many reports (of :func:`validate_many`, of a Dask cluster) as one DataFrame, a row
    per finding: ``file`` (categorical), then the findings table's columns — ``plan``, ``entity`` and
    ``rule`` (categoricals), ``severity`` (ordered categorical), ``pointer``, ``message``. Read by the
    core from the reports' packed findings, without a Python object per finding on the way; a report
    of a file that could not be loaded adds no row."""
    from .frames import columns_frame

    files = [(r.file or "", r.packed_findings()) for r in reports if r.error is None]
    return columns_frame(_native.packed_findings_columns(files), "float")


@dataclass(frozen=True)
class Rule:
    """A rule of the catalogue, with its default severity, titles and rationales in both languages."""

    code: str
    severity: Severity
    title_en: str
    title_cs: str
    rationale_en: str
    rationale_cs: str

    def title(self, lang: str = "en") -> str:
        return self.title_cs if lang == "cs" else self.title_en


def rules() -> list[Rule]:
    """The built-in rule catalogue, by family (S, R, D, M, I, Q, C, E) and number."""
    return [Rule(code, Severity(severity), te, tc, re, rc) for code, severity, te, tc, re, rc in _native.rules()]
