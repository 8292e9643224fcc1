"""The ČSÚ codelists from Python (issue 8's Python face)."""

from __future__ import annotations

import pytest

import inclusio


def test_territory_by_code_of_each_kind():
    assert inclusio.territory("554782") == inclusio.OfficialTerritory(inclusio.TerritoryKind.municipality, "554782",
                                                                      "Praha")
    assert inclusio.territory("2112").name == "Kutná Hora"
    assert inclusio.territory("2112").kind is inclusio.TerritoryKind.orp
    assert inclusio.territory("CZ0205") == inclusio.OfficialTerritory(inclusio.TerritoryKind.district, "CZ0205",
                                                                      "Kutná Hora")
    assert inclusio.territory("CZ020").name == "Středočeský kraj"
    assert inclusio.territory("533955", kind="municipality").name == "Kutná Hora"


def test_unknown_or_malformed_codes_give_none():
    assert inclusio.territory("999999") is None
    assert inclusio.territory("abc") is None
    assert inclusio.territory("533955", kind=inclusio.TerritoryKind.orp) is None
    with pytest.raises(ValueError):
        inclusio.territory("533955", kind="town")


def test_find_territories_ignores_case_and_diacritics():
    found = inclusio.find_territories("Kutná")
    assert [(t.kind.value, t.code) for t in found[:3]] == [("municipality", "533955"), ("orp", "2112"),
                                                           ("district", "CZ0205")]
    assert inclusio.find_territories("kutna hora")[0].name == "Kutná Hora"
    assert inclusio.find_territories("ZDAR NAD SAZAVOU")[0].name == "Žďár nad Sázavou"
    assert len(inclusio.find_territories("nad", limit=5)) == 5
    assert inclusio.find_territories("xyzzy") == []
    with pytest.raises(inclusio.InvalidArgumentError):
        inclusio.find_territories("Praha", limit=-1)


def test_chain_of_a_municipality():
    chain = inclusio.territory("533955").chain()
    assert {kind: t.code for kind, t in chain.items()} == {"municipality": "533955", "orp": "2112",
                                                           "district": "CZ0205", "region": "CZ020"}
    assert inclusio.territory("CZ020").chain() == {"region": inclusio.territory("CZ020")}
