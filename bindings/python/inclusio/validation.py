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


def findings_from_native(rows: Iterable[tuple[str, ...]]) -> list[Finding]:
    """Findings of (rule, severity, pointer, entity, message[, plan]) rows."""
    return [Finding(row[0], Severity(row[1]), *row[2:]) for row in rows]


class Report:
    """The findings of validating one document, in document order.

    ``ok`` is true when there is no error finding (and the file could be loaded). A report of
    :func:`validate_file` or :func:`validate_many` also names its ``file`` and, when the file could
    not be loaded, holds the ``error``.
    """

    __slots__ = ("findings", "file", "error", "as_of", "lang")

    def __init__(self, findings: Iterable[Finding] = (), *, file: str | None = None, error: Error | None = None,
                 as_of: str | None = None, lang: str = "en") -> None:
        self.findings: list[Finding] = list(findings)
        self.file = file
        self.error = error
        self.as_of = as_of
        self.lang = lang

    @property
    def ok(self) -> bool:
        return self.error is None and self.count(Severity.error) == 0

    def count(self, severity: Severity | str) -> int:
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
        """The report as canonical JSON text (how it pickles)."""
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
        return (Report.loads, (self.dumps(),))

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
