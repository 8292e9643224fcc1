"""The ČSÚ territorial codelists compiled into the library: municipalities, ORP, districts and regions."""

from __future__ import annotations

from dataclasses import dataclass

from . import _native
from .model import TerritoryKind


@dataclass(frozen=True)
class OfficialTerritory:
    """A territory of the ČSÚ codelists: its kind, its code (6-digit municipality, 4-digit ORP, LAU 1
    district "CZ0205", NUTS 3 region "CZ020") and its official name."""

    kind: TerritoryKind
    code: str
    name: str

    def chain(self) -> dict[str, OfficialTerritory | None]:
        """The territory and those above it: for a municipality its ORP, district and region; for an
        ORP or a district its region (an ORP may span districts); a region alone."""
        if self.kind == TerritoryKind.municipality:
            found = _native.official_chain(self.code)
            return dict(zip(("municipality", "orp", "district", "region"), (_official(t) for t in found)))
        chain: dict[str, OfficialTerritory | None] = {self.kind.value: self}
        if self.kind != TerritoryKind.region:
            chain["region"] = _official(_native.official_level_of(self.kind.value, self.code, "region"))
        return chain


def _official(row: tuple[str, str, str] | None) -> OfficialTerritory | None:
    return OfficialTerritory(TerritoryKind(row[0]), row[1], row[2]) if row else None


def territory(code: str, kind: TerritoryKind | str | None = None) -> OfficialTerritory | None:
    """The official territory with this code, or None. The kind follows from the code's form
    ("554782" a municipality, "2112" an ORP, "CZ0205" a district, "CZ020" a region) unless given."""
    kind_code = None if kind is None else TerritoryKind(kind).value
    return _official(_native.official_territory(code, kind_code))


def find_territories(query: str, limit: int = 20) -> list[OfficialTerritory]:
    """Territories whose name matches `query`, ignoring case and diacritics ("kutna hora" finds
    Kutná Hora): exact names first, then names starting with it, then names containing it."""
    if limit < 0:
        from .errors import InvalidArgumentError

        raise InvalidArgumentError(f"limit must not be negative, not {limit}")
    return [OfficialTerritory(TerritoryKind(k), c, n) for k, c, n in _native.find_official_territories(query, limit)]
