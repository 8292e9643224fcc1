"""Revisions and portfolios: what changed between two versions of a document or plan, and the
conflicts of documents merged into one (docs/revisions.md; ``inclusio.merge`` is in document.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Iterator

from . import _native
from .errors import Error

if TYPE_CHECKING:
    import pandas


@dataclass(frozen=True)
class Change:
    """One change: ``op`` ("add", "remove", "replace"), the ``entity`` (id) it belongs to and its
    ``title``, ``kind`` (the entity kind, or "target", "observation", "funding_source"... for a list
    item, "portfolio" for the document's own members), ``path`` (JSON Pointer: in the new document, in the old for a
    removal), ``old`` and ``new`` (JSON values; None where absent), ``semantic`` (what it means:
    "measure_dropped", "target_moved", "budget_changed"...; None for a plain change), the money
    ``difference`` (new − old, exact) with its ``currency``, a target's ``movement`` and ``ambition``, and
    the list ``item`` it concerns (a funding source's source, a target's date)."""

    op: str
    entity: str
    kind: str
    path: str
    old: Any
    new: Any
    semantic: str | None
    difference: Decimal | None
    currency: str | None
    movement: str | None
    ambition: str | None
    title: str
    item: str | None


class Revision:
    """The changes between two documents (:meth:`Document.diff`) or two versions of a plan
    (:meth:`Document.diff_plans`). Empty (false) when nothing changed."""

    __slots__ = ("_native", "changes")

    def __init__(self, native: Any) -> None:
        self._native = native
        self.changes: list[Change] = [
            Change(op, entity, kind, path, _json(old), _json(new), semantic or None,
                   Decimal(difference) if difference is not None else None, currency, movement or None,
                   ambition or None, title, item or None)
            for op, entity, kind, path, old, new, semantic, difference, currency, movement, ambition, title, item
            in native.changes()]

    def __len__(self) -> int:
        return len(self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    @property
    def patch(self) -> list[dict[str, Any]]:
        """The RFC 6902 JSON Patch that turns the old JSON into the new (for diff_plans: the old plan's
        JSON into the new plan's)."""
        return json.loads(self._native.render("patch", "en"))

    def to_json(self) -> str:
        """``{"old", "new", "counts", "changes"}`` as ``inclusio diff --format json`` writes it."""
        return self._native.render("json", "en")

    def to_markdown(self, lang: str = "en") -> str:
        """The revision report a council reads: measures dropped and added, targets moved, budget changes
        per funding source, statuses moved back, redefined indicators, and every other change."""
        return self._native.render("md", lang)

    def to_html(self, lang: str = "en") -> str:
        """The revision report as a self-contained HTML page."""
        return self._native.render("html", lang)

    def to_frame(self) -> pandas.DataFrame:
        """One row per change: op, entity, title, kind, path, old, new (as JSON text), semantic (a
        categorical), difference (Decimal), currency, movement, ambition, item."""
        import pandas as pd

        c = self.changes
        text = lambda v: None if v is None else json.dumps(v, ensure_ascii=False)  # noqa: E731
        semantic = sorted({x.semantic for x in c if x.semantic})
        return pd.DataFrame({
            "op": pd.Categorical([x.op for x in c], categories=["add", "remove", "replace"]),
            "entity": pd.Series([x.entity for x in c], dtype=object),
            "title": pd.Series([x.title for x in c], dtype=object),
            "kind": pd.Categorical([x.kind for x in c]),
            "path": pd.Series([x.path for x in c], dtype=object),
            "old": pd.Series([text(x.old) for x in c], dtype=object),
            "new": pd.Series([text(x.new) for x in c], dtype=object),
            "semantic": pd.Categorical([x.semantic for x in c], categories=semantic),
            "difference": pd.Series([x.difference for x in c], dtype=object),
            "currency": pd.Series([x.currency for x in c], dtype=object),
            "movement": pd.Series([x.movement for x in c], dtype=object),
            "ambition": pd.Series([x.ambition for x in c], dtype=object),
            "item": pd.Series([x.item for x in c], dtype=object),
        })

    def __repr__(self) -> str:
        return f"<inclusio.Revision: {len(self.changes)} changes, {self._native.old_label!r} → {self._native.new_label!r}>"


def _json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


@dataclass(frozen=True)
class MergeConflict:
    """An id (or, with an empty ``entity``, a member of the documents themselves) given differently by
    two documents: their labels and JSON Pointers. ``id_reused``: the id names different entities (no
    policy resolves that); ``resolved``: prefer-last kept the second."""

    entity: str
    kind: str
    first: str
    first_path: str
    second: str
    second_path: str
    id_reused: bool
    resolved: bool


class MergeConflictError(Error):
    """The documents conflict; ``conflicts`` lists each with both places."""

    code = "merge_conflict"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message, **details)
        self.conflicts: list[MergeConflict] = details.get("conflicts", [])
