"""The document: loading, writing, reading entities, building and changing documents."""

from __future__ import annotations

import datetime
import html
import os
from typing import TYPE_CHECKING, Any, Generic, Iterable, List, TypeVar, overload

from . import _native
from ._model_support import STR, Record, dumps_json, loads_json, read, spec_write
from .errors import InvalidArgumentError, NotFoundError
from .model import (COLLECTIONS, ENTITY_KINDS, RECORDS, Evaluation, Event, Indicator, Organization, Partnership,
                    Plan, Project, SupportingDocument, Territory)
from .options import as_of_text, file_path, profile_text, thread_count
from .validation import Report

if TYPE_CHECKING:
    from .revisions import MergeConflict, Revision
    import pandas

    from .tables import ImportReport

E = TypeVar("E", bound=Record)

DEFAULT_MAX_DEPTH = 64

# What the core's entity kinds are in Python, and where a new entity of each kind goes: all from the
# core's table of kinds (model.ENTITY_KINDS).
ENTITY_CLASSES: dict[str, type[Record]] = {code: cls for code, (cls, _key, _parent) in ENTITY_KINDS.items()}
_COLLECTION_OF = {cls: name for name, cls in COLLECTIONS.items()}
_NESTED_IN = {cls: (parent, key) for cls, key, parent in ENTITY_KINDS.values() if parent is not None}


def utf8(text: str, *, users_text: bool = False) -> bytes:
    """Text as UTF-8 for the core. A lone surrogate is not a character and is refused, with its place
    when the text is the user's own (rather than JSON made from the user's values)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as e:
        surrogate = f"\\u{ord(text[e.start]):04x}"
        where = f" at character {e.start + 1}" if users_text else ""
        raise InvalidArgumentError(f"the text holds a lone surrogate {surrogate}{where}, which is not a character") from None


def spec_at(pointer: str) -> tuple | None:
    """The spec of the value at a JSON Pointer of a document, or None where the format has no field;
    the core says which field the pointer names (its format_location)."""
    location = _native.format_location(pointer)
    if not location:
        return None
    field = location.rstrip("[]{}")
    steps = location[len(field):]
    owner, _, member = field.rpartition(".")
    if not owner:
        spec: tuple = STR if member == "currency" else ("list", ("record", COLLECTIONS[member]))
    else:
        spec = RECORDS[owner]._spec[member]
    for step in steps.replace("[]", "[").replace("{}", "{"):
        spec = spec[1] if step == "[" else STR
    return spec


class CollectionCopy(List[E]):
    """A document's collection as read from it: a list of copies of its entities that refuses to be
    changed, because a change to it would be lost silently (the document is not this list). Change the
    document with :meth:`Document.add`, :meth:`Document.set` and :meth:`Document.remove`; `list(...)`
    gives a list of one's own. It compares, indexes, slices and pickles as a list."""

    __slots__ = ("_name",)

    def __init__(self, name: str, items: Iterable[E] = ()) -> None:
        super().__init__(items)
        self._name = name

    def _refuse(self, *_args: Any, **_kwargs: Any) -> Any:
        raise TypeError(f"doc.{self._name} is a copy of the document's {self._name}: changing it would not change "
                        f"the document. Add with doc.add(entity), change with doc.set(pointer, value), remove with "
                        f"doc.remove(pointer); list(doc.{self._name}) is a list of your own")

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))


class _Collection(Generic[E]):
    """A document's collection as a list of entity objects: a :class:`CollectionCopy`, read from the
    document at each access."""

    def __init__(self, name: str, cls: type[E]) -> None:
        self.name = name
        self.cls = cls

    @overload
    def __get__(self, document: None, owner: type) -> _Collection[E]: ...
    @overload
    def __get__(self, document: Document, owner: type) -> CollectionCopy[E]: ...

    def __get__(self, document: Document | None, owner: type) -> Any:
        if document is None:
            return self
        text = document._native.json_at("/" + self.name)
        return CollectionCopy(self.name, read(("list", ("record", self.cls)), loads_json(text)) if text else ())


class Document:
    """An inclusio document.

    Load one with :func:`inclusio.load` or :func:`inclusio.loads`, or build one from entities::

        doc = inclusio.Document(currency="CZK", territories=[inclusio.Territory(id="kh", ...)])

    A document built in Python is read by the same reader as a file, so it holds and validates exactly
    as the same JSON loaded from a file would. Entities read from a document are copies.
    """

    __slots__ = ("_native", "import_report", "merge_conflicts")

    # The collections, each a list of entity objects (set below from model.COLLECTIONS).
    territories: CollectionCopy[Territory]
    organizations: CollectionCopy[Organization]
    partnerships: CollectionCopy[Partnership]
    plans: CollectionCopy[Plan]
    projects: CollectionCopy[Project]
    indicators: CollectionCopy[Indicator]
    evaluations: CollectionCopy[Evaluation]
    events: CollectionCopy[Event]
    documents: CollectionCopy[SupportingDocument]

    def __init__(self, *, currency: str | None = None, extra: dict[str, Any] | None = None,
                 **collections: Iterable[Record] | None) -> None:
        """`collections` are the document's lists by their names (territories=[...], plans=[...]: the
        keys of inclusio.COLLECTIONS)."""
        unknown = [name for name in collections if name not in COLLECTIONS]
        if unknown:
            raise InvalidArgumentError(f"a document has no collection {unknown[0]!r}; "
                                       f"the collections are {', '.join(COLLECTIONS)}")
        obj: dict[str, Any] = {"format": "inclusio", "schema_version": "1.0"}
        if currency is not None:
            obj["currency"] = currency
        for name in COLLECTIONS:
            items = collections.get(name)
            if items is not None:
                obj[name] = [spec_write(("record", COLLECTIONS[name]), item) for item in items]
        for key, value in (extra or {}).items():
            if key in obj:
                raise InvalidArgumentError(f"extra member {key!r} is a member of the format")
            obj[key] = value
        self._native = _native.load_string(utf8(dumps_json(obj)), False, DEFAULT_MAX_DEPTH)
        # The findings of the last import into this document (from_frames, upsert_frame...), or None.
        self.import_report: ImportReport | None = None
        # The conflicts inclusio.merge(on_conflict="prefer-last") resolved to make this document.
        self.merge_conflicts: list[MergeConflict] = []

    @classmethod
    def _wrap(cls, native: _native.Document) -> Document:
        document = cls.__new__(cls)
        document._native = native
        document.import_report = None
        document.merge_conflicts = []
        return document

    # Writing

    def dumps(self, indent: int = 2) -> str:
        """The document as canonical JSON: the same document always gives the same text."""
        return self._native.dumps(indent)

    def save(self, path: str | os.PathLike[str], indent: int = 2) -> None:
        """Writes the document atomically (a failure never leaves a truncated file)."""
        self._native.save(file_path(path), indent)

    def copy(self) -> Document:
        return Document._wrap(self._native.copy())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return self._native.equals(other._native)

    __hash__ = None  # type: ignore[assignment]  # documents change

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as its canonical JSON: compact, and read back by the same reader.
        return (_from_canonical_json, (self.dumps(indent=0),))

    # Reading

    @property
    def currency(self) -> str | None:
        """The document's default currency as written (None when absent: CZK applies)."""
        text = self._native.json_at("/currency")
        return loads_json(text) if text else None

    @property
    def extra(self) -> dict[str, Any]:
        """The document's unknown top-level members, kept and written back."""
        obj = loads_json(self.dumps(indent=0))
        known = {"format", "schema_version", "currency", *COLLECTIONS}
        return {k: v for k, v in obj.items() if k not in known}

    def entity_count(self) -> int:
        """How many entities with an id the document has."""
        return self._native.entity_count()

    def pointer(self, id: str) -> str:
        """The JSON Pointer of the entity with this id; NotFoundError when there is none."""
        found = self._native.find(id)
        if found is None:
            raise NotFoundError(f"no entity has the id {id!r}", pointer="")
        return found[1]

    def get(self, id: str, default: Any = None) -> Record | Any:
        """The entity with this id (a copy), of its class (Plan, Measure, ...), or `default`."""
        found = self._native.find(id)
        if found is None:
            return default
        kind, pointer = found
        return ENTITY_CLASSES[kind].from_json(loads_json(self._native.json_at(pointer)))

    def __getitem__(self, id: str) -> Record:
        entity = self.get(id)
        if entity is None:
            raise NotFoundError(f"no entity has the id {id!r}", pointer="")
        return entity

    def __contains__(self, id: object) -> bool:
        return isinstance(id, str) and self._native.find(id) is not None

    def value(self, pointer: str) -> Any:
        """The value at a JSON Pointer, typed as the entity classes type it; None when absent."""
        text = self._native.json_at(pointer)
        if not text:
            return None
        raw = loads_json(text)
        spec = spec_at(pointer)
        return read(spec, raw) if spec else raw

    # Changing

    def set(self, pointer: str, value: Any) -> None:
        """Sets the value at a JSON Pointer ("/plans/0/title", a whole entity "/plans/0", a new element
        "/plans/-"). The value is read as loading reads JSON: one of the wrong form is kept and
        validation reports it. A failed change leaves the document as it was."""
        self._native.set_json(pointer, utf8(dumps_json(spec_write(spec_at(pointer), value))))

    def remove(self, pointer: str) -> None:
        """Removes the member or element at a JSON Pointer."""
        self._native.remove(pointer)

    def add(self, entity: Record, to: str | None = None) -> str:
        """Appends an entity to its collection and returns its JSON Pointer. Goals and measures go into
        the plan, working groups into the partnership, whose id `to` gives."""
        cls = type(entity)
        if cls in _NESTED_IN:
            parent_kind, member = _NESTED_IN[cls]
            if to is None:
                raise InvalidArgumentError(f"a {cls.__name__} is added to a {parent_kind}: give its id as `to`")
            found = self._native.find(to)
            if found is None or found[0] != parent_kind:
                raise NotFoundError(f"no {parent_kind} has the id {to!r}", pointer="")
            collection = found[1] + "/" + member
        elif cls in _COLLECTION_OF:
            if to is not None:
                raise InvalidArgumentError(f"a {cls.__name__} belongs to the document, not to {to!r}")
            collection = "/" + _COLLECTION_OF[cls]
        else:
            raise InvalidArgumentError(f"a {cls.__name__} is not an entity a document holds on its own")
        kind, length = self._native.kind_at(collection)
        if kind not in ("list", "absent"):
            raise InvalidArgumentError(f"{collection} holds a value of the wrong form; a new entity cannot go there")
        self._native.set_json(collection + "/-", utf8(dumps_json(entity.to_json())))
        return f"{collection}/{length}"

    # Validation, progress, summaries, tables

    def validate(self, as_of: datetime.date | str | None = None, profile: Any = "default",
                 lang: str = "en", *, threads: int | None = None) -> Report:
        """Validates the document against the rule catalogue. `as_of` is the day date rules take as
        today (default: today); `profile` a built-in name ("default", "strict"), a profile as a dict or
        JSON text, or a path to a profile file; `lang` the language of the messages ("en" or "cs");
        `threads` the threads to validate on (None: one per core for a document of thousands of
        entities; 1: the calling thread only). The report is the same for any number of threads."""
        as_of_value = as_of_text(as_of)
        packed, *counts = self._native.validate(as_of_value, profile_text(profile), lang, thread_count(threads))
        return Report._of_packed(packed, tuple(counts), as_of=as_of_value, lang=lang)

    def form_problems(self) -> list[tuple[str, str, str]]:
        """(rule, pointer, message) of every value of the wrong form: what strict loading refuses."""
        return self._native.form_problems()

    def progress_frame(self, as_of: datetime.date | str | None = None, *, dimensions: dict[str, str] | None = None,
                       at_risk_margin: float = 0.10, off_track_margin: float = 0.25,
                       approved_only: bool = False) -> pandas.DataFrame:
        """Indicator progress as of a date, one row per indicator (see docs/report.md for the statuses):
        with `dimensions`, of those categories against their own targets; with `approved_only`, of the
        observations approved by review (or without a status) only. The derived table ``progress``."""
        from .frames import derived_frame  # pandas is imported with the first table

        return derived_frame(self._native, "progress", as_of=as_of_text(as_of), dimensions=dimensions,
                             approved_only=approved_only, at_risk_margin=at_risk_margin,
                             off_track_margin=off_track_margin)

    def results_frame(self, freq: str | None = None, as_of: datetime.date | str | None = None, *,
                      dimensions: dict[str, str] | None = None, approved_only: bool = False) -> pandas.DataFrame:
        """Results per reporting period, one row per indicator and period (docs/report.md): the target in
        force at the period's end and whether it was declared or interpolated, the value within the
        period and to date, achievement and the status as of the period's end. `freq` is "year",
        "half_year", "quarter" or "month"; None takes each indicator's reporting_frequency, else years.
        The derived table ``results``."""
        from .frames import derived_frame  # pandas is imported with the first table

        return derived_frame(self._native, "results", as_of=as_of_text(as_of), freq=freq, dimensions=dimensions,
                             approved_only=approved_only)

    def results(self, freq: str | None = None, as_of: datetime.date | str | None = None, *, format: str = "json",
                lang: str = "en", dimensions: dict[str, str] | None = None, approved_only: bool = False) -> str:
        """Results per reporting period as ``inclusio results`` writes them: "json", "csv" or "md"."""
        return self._native.results(as_of_text(as_of), freq, list((dimensions or {}).items()), bool(approved_only),
                                    format, lang)

    def rollup_frame(self, level: str = "region", as_of: datetime.date | str | None = None) -> pandas.DataFrame:
        """The roll-up by territory (docs/report.md) as a tidy table, one row per territory and figure:
        `level`, `territory` (the ČSÚ code, or the document territory's id; empty for what cannot be
        placed), `name`, `metric`, `item` (a funding source, an indicator code), `currency` and `value`
        (float64; NaN where no sum can be given). Pivot it: ``frame.pivot_table(index="name",
        columns="metric", values="value", aggfunc="sum")``. `level` is "municipality", "orp", "district",
        "region" or "country". The derived table ``rollup``."""
        from .frames import derived_frame  # pandas is imported with the first table

        return derived_frame(self._native, "rollup", as_of=as_of_text(as_of), level=level)

    def rollup(self, level: str = "region", as_of: datetime.date | str | None = None, *, format: str = "json",
               lang: str = "en") -> str:
        """The roll-up by territory as ``inclusio rollup`` writes it: "json", "csv" or "md"."""
        return self._native.rollup(level, as_of_text(as_of), format, lang)

    def frame(self, table: str, *, money: str = "decimal", as_of: datetime.date | str | None = None,
              lang: str = "en", profile: str | dict[str, Any] = "default") -> pandas.DataFrame:
        """A table of the document (``inclusio.TABLES``; docs/spreadsheet.md), built by the core column
        by column: one row per entity or list item, its own id (or its ``position`` in its parent's list)
        and its parent's id (``plan``, ``measure``, ``indicator``...), so that tables join by id.

        Codes and references are categoricals, dates datetime64, counts Int64, indicator numbers float64
        (an indicator value's text, an ordinal label, in the twin column ``<name>_text``), lists as
        Python lists. Amounts as `money` says: "decimal" (exact :class:`decimal.Decimal`, the default),
        "float" (float64 in major units, for charts) or "minor_units" (exact Int64 haléř).

        A derived table (``inclusio.DERIVED_TABLES``) is computed as of `as_of` (default: today):
        "findings" (validated with `profile`, messages in `lang`, each with its plan and entity),
        "progress", "results" (each indicator's own frequency) and "rollup" (by region); the methods
        :meth:`progress_frame`, :meth:`results_frame` and :meth:`rollup_frame` take their options."""
        from .frames import DERIVED_TABLE_NAMES, derived_frame, document_members, table_frame

        if table in DERIVED_TABLE_NAMES:
            return derived_frame(self._native, table, as_of=as_of_text(as_of), profile=profile_text(profile),
                                 lang=lang)
        frame = table_frame(self._native, table, money)
        # The document's own members (its currency, unknown top-level members) go with every table, so
        # that from_frames gives the same document back from the tables alone.
        frame.attrs["inclusio_document"] = document_members(self._native)
        return frame

    @classmethod
    def from_frames(cls, frames: dict[str, pandas.DataFrame], *, money: str = "decimal",
                    as_of: datetime.date | str | None = None, lang: str = "en") -> Document:
        """A document built from tables with the names and columns :meth:`frame` gives (any subset, in any
        order; parents are applied first). The findings of what came in, each with its table, row and
        column, are the new document's ``import_report``. `money` says how amount columns are given, as
        in :meth:`frame`; a float amount is taken when it has at most two decimals exactly."""
        doc = cls()
        doc.upsert_frames(frames, money=money, as_of=as_of, lang=lang)
        return doc

    def upsert_frame(self, table: str, frame: pandas.DataFrame, *, money: str = "decimal",
                     as_of: datetime.date | str | None = None, lang: str = "en") -> ImportReport:
        """Adds or updates the rows of one table by id (docs/spreadsheet.md): a known id changes the
        fields its cells hold (an empty cell removes a field, an absent column changes nothing); a new id
        adds an entity under the parent its parent column names; rows without an id are matched by their
        parent and ``position`` and appended without one. Returns the findings of the document after it,
        each led back to its row (the DataFrame's position) and column. Raises InvalidArgumentError,
        naming the row and column, for a row that cannot be placed; the document is then unchanged."""
        return self.upsert_frames({table: frame}, money=money, as_of=as_of, lang=lang)

    def upsert_frames(self, frames: dict[str, pandas.DataFrame], *, money: str = "decimal",
                      as_of: datetime.date | str | None = None, lang: str = "en") -> ImportReport:
        """:meth:`upsert_frame` for several tables at once, applied parents first."""
        from .frames import MONEY_FORMS
        from .tables import frame_input, import_report

        if money not in MONEY_FORMS:
            raise InvalidArgumentError(f"money is one of {', '.join(MONEY_FORMS)}, not {money!r}")
        tables = [frame_input(str(name), frame, money) for name, frame in frames.items()]
        if "portfolio" not in frames and "soubor" not in frames and not self._native.json_at("/currency"):
            own = next((f.attrs["inclusio_document"] for f in frames.values()
                        if isinstance(getattr(f, "attrs", None), dict) and "inclusio_document" in f.attrs), None)
            if own:
                tables.append(("portfolio", "DataFrame.attrs", list(own), [[v] for v in own.values()], 0))
        self.import_report = import_report(self._native.upsert_tables(tables, as_of_text(as_of), lang))
        return self.import_report

    def upsert_file(self, path: str | os.PathLike[str], *, as_of: datetime.date | str | None = None,
                    lang: str = "en") -> ImportReport:
        """Adds or updates rows from a workbook (.xlsx, a sheet per table, Czech or English headings) or a
        folder of CSV files, as ``inclusio import --into`` does; findings name the sheet or file, row
        and column."""
        from .tables import import_report

        self.import_report = import_report(self._native.upsert_file(file_path(path), as_of_text(as_of), lang))
        return self.import_report

    @classmethod
    def from_tables(cls, path: str | os.PathLike[str], *, as_of: datetime.date | str | None = None,
                    lang: str = "en") -> Document:
        """A document from a workbook or a folder of CSV files (``inclusio import``); the findings are
        its ``import_report``."""
        doc = cls()
        doc.upsert_file(path, as_of=as_of, lang=lang)
        return doc

    def export(self, path: str | os.PathLike[str], *, lang: str = "cs", derived: bool = True,
               as_of: datetime.date | str | None = None) -> None:
        """Writes every table as ``inclusio export`` does: a workbook (.xlsx, headings in `lang`, drop-downs
        of the codes), an SQLite database with keys (.sqlite) or a folder of CSV files (any other name);
        then, unless `derived` is false, the derived tables (``inclusio.DERIVED_TABLES``) as of `as_of`
        (default: today), the findings' messages in `lang`. An import skips the derived tables."""
        self._native.export_tables(file_path(path), lang, bool(derived), as_of_text(as_of))

    def summary(self, plan: str | None = None, *, as_of: datetime.date | str | None = None,
                format: str = "dict", lang: str = "en") -> Any:
        """The plan or portfolio summary (docs/report.md): a dict; text as "json", "md" or "html"; with
        "csv" its tables as CSV texts by file name (as ``inclusio report --format csv`` writes); with
        "frames" the same tables as DataFrames by name (the fulfilment matrix with a boolean column per
        territory)."""
        if format == "frames":
            from .frames import summary_frames

            return summary_frames(self._native.summary(plan, as_of_text(as_of), "csv", lang))
        native_format = "json" if format == "dict" else format
        text = self._native.summary(plan, as_of_text(as_of), native_format, lang)
        return loads_json(text) if format == "dict" else text

    # Revisions

    def diff(self, other: Document, *, old_label: str = "", new_label: str = "") -> Revision:
        """What changed from this document (the old version) to `other` (the new): entities matched by
        id, each change with its JSON Pointer, old and new value and what it means (docs/revisions.md).
        ``.changes``, ``.to_frame()``, ``.patch`` (RFC 6902), ``.to_markdown(lang)``, ``.to_html(lang)``."""
        from .revisions import Revision

        return Revision(self._native.diff(other._native, old_label, new_label))

    def diff_plans(self, new_plan: str) -> Revision:
        """The plan `new_plan` against the plan it supersedes in this document; their goals and measures
        are matched by code, else title."""
        from .revisions import Revision

        return Revision(self._native.diff_plans(new_plan))

    # Display

    def _collection_sizes(self) -> dict[str, int]:
        sizes = {}
        for name in COLLECTIONS:
            kind, length = self._native.kind_at("/" + name)
            if kind == "list":
                sizes[name] = length
        return sizes

    def __repr__(self) -> str:
        counts = ", ".join(f"{length} {name}" for name, length in self._collection_sizes().items())
        return f"<inclusio.Document: {counts or 'empty'}>"

    def _repr_html_(self) -> str:
        rows = [f"<tr><th>{html.escape(name)}</th><td>{length}</td></tr>"
                for name, length in self._collection_sizes().items()]
        plans = self.plans
        table = "".join(rows) or "<tr><td>empty</td></tr>"
        plan_rows = "".join(
            f"<tr><td>{html.escape(str(p.id))}</td><td>{html.escape(str(p.title))}</td>"
            f"<td>{html.escape(str(p.status))}</td><td>{len(p.measures) if isinstance(p.measures, list) else ''}</td></tr>"
            for p in plans if isinstance(p, Plan))
        plans_table = (f"<table><thead><tr><th>plan</th><th>title</th><th>status</th><th>measures</th></tr></thead>"
                       f"<tbody>{plan_rows}</tbody></table>") if plan_rows else ""
        return f"<div><strong>inclusio document</strong><table>{table}</table>{plans_table}</div>"


for _name, _cls in COLLECTIONS.items():
    setattr(Document, _name, _Collection(_name, _cls))


def _from_canonical_json(text: str) -> Document:
    return Document._wrap(_native.load_string(text.encode("utf-8"), False, DEFAULT_MAX_DEPTH))


def loads(text: str | bytes, *, strict: bool = False, max_depth: int = DEFAULT_MAX_DEPTH) -> Document:
    """Reads a document from JSON text (str, or UTF-8 bytes).

    Raises ParseError (with line, column and pointer), FormatError (not an inclusio document) or, with
    `strict`, SchemaError listing every value of the wrong form. The GIL is released while reading."""
    data = utf8(text, users_text=True) if isinstance(text, str) else bytes(text)
    return Document._wrap(_native.load_string(data, strict, max_depth))


def load(path: str | os.PathLike[str], *, strict: bool = False, max_depth: int = DEFAULT_MAX_DEPTH) -> Document:
    """Reads a document from a file; raises as :func:`loads` does, and FileError when it cannot be read."""
    return Document._wrap(_native.load_file(file_path(path), strict, max_depth))


def merge(documents: Iterable[Document], *, on_conflict: str = "fail",
          labels: Iterable[str] | None = None) -> Document:
    """One portfolio from several documents: entities with distinct ids united in the order given, an
    entity present in several with equal content kept once. Different content is a conflict:
    :class:`MergeConflictError` (with every conflict), unless ``on_conflict="prefer-last"``, which keeps the
    last document's version and leaves the conflicts in the result's ``merge_conflicts``. An id naming
    different entities in two documents always raises. ``labels`` name the documents in conflicts (file
    names); by default "#1", "#2"..."""
    from .revisions import MergeConflict, MergeConflictError

    docs = list(documents)
    native, rows, text = _native.merge([d._native for d in docs], on_conflict,
                                       list(labels) if labels is not None else [])
    conflicts = [MergeConflict(*row) for row in rows]
    if any(not c.resolved for c in conflicts):
        raise MergeConflictError(text.rstrip("\n"), conflicts=conflicts)
    merged = Document._wrap(native)
    merged.merge_conflicts = conflicts
    return merged
