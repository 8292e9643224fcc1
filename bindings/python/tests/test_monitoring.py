"""Results monitoring from Python: the 1.1 members as entity fields, the statuses and the numbers of
progress_frame (the same as the C++ core's, tests/monitoring_test.cpp), and the rules I014-I017."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pandas as pd

import inclusio
from conftest import small_plan_entities


def quarterly_plan(observations) -> inclusio.Document:
    entities = small_plan_entities()
    indicator = entities["indicators"][0]
    indicator.reporting_frequency = inclusio.ReportingFrequency.quarter
    indicator.dimensions = {"pohlaví": ["žena", "muž", "nebinární"]}
    indicator.observations = observations
    return inclusio.Document(**entities)


def test_declared_dimensions_status_and_denominator_are_fields():
    doc = quarterly_plan([
        inclusio.Observation(date=datetime.date(2022, 6, 30), value=Decimal(30), status=inclusio.ObservationStatus.approved,
                             dimensions={"pohlaví": "žena"}),
    ])
    again = inclusio.loads(doc.dumps())
    indicator = again["osoby"]
    assert indicator.reporting_frequency is inclusio.ReportingFrequency.quarter
    assert indicator.dimensions == {"pohlaví": ["žena", "muž", "nebinární"]}
    assert indicator.observations[0].status is inclusio.ObservationStatus.approved
    assert inclusio.ObservationStatus.returned.label("cs") == "vráceno k opravě"
    assert '"schema_version": "1.1"' in again.dumps()


def test_overdue_missed_and_approved_only_in_the_progress_frame():
    doc = quarterly_plan([
        inclusio.Observation(date=datetime.date(2022, 3, 31), value=Decimal(50)),
        inclusio.Observation(date=datetime.date(2022, 6, 30), value=Decimal(9), status=inclusio.ObservationStatus.draft),
    ])
    doc.set("/indicators/0/targets", [inclusio.Target(value=Decimal(60), date=datetime.date(2022, 6, 30)),
                                      inclusio.Target(value=Decimal(120), date=datetime.date(2023, 12, 31))])
    # As of 15 May 2023 Q4 2022 is due and nothing came; 60 by mid-2022 was missed (59 then).
    row = doc.progress_frame(as_of="2023-05-15").iloc[0]
    assert row["status"] == "off_track"
    assert (row["missed_target_index"], row["missed_target"]) == (0, 60.0)
    assert row["missed_target_date"] == pd.Timestamp("2022-06-30")
    assert row["overdue_start"] == pd.Timestamp("2022-10-01") and row["overdue_end"] == pd.Timestamp("2022-12-31")
    assert row["current"] == 59.0
    assert doc.progress_frame(as_of="2023-05-15", approved_only=True)["current"][0] == 50.0
    codes = [f.rule for f in doc.validate(as_of="2023-05-15").findings]
    assert codes.count("I014") == 1 and codes.count("I015") == 1


def test_no_target_keeps_the_current_value():
    entities = small_plan_entities()
    entities["indicators"][0].targets = None
    row = inclusio.Document(**entities).progress_frame(as_of="2022-12-31").iloc[0]
    assert (row["status"], row["current"]) == ("no_target", 50.5)


def test_declared_categories_and_their_sum():
    doc = quarterly_plan([
        inclusio.Observation(date=datetime.date(2022, 6, 30), value=Decimal(50)),
        inclusio.Observation(date=datetime.date(2022, 6, 30), value=Decimal(30), dimensions={"pohlaví": "žena"}),
        inclusio.Observation(date=datetime.date(2022, 6, 30), value=Decimal(15), dimensions={"pohlaví": "muž"}),
        inclusio.Observation(date=datetime.date(2022, 6, 30), value=Decimal(0), dimensions={"pohlaví": "nebinární"}),
        inclusio.Observation(date=datetime.date(2022, 9, 30), value=Decimal(3), dimensions={"pohlaví": "ženy"}),
    ])
    findings = {f.rule: f for f in doc.validate(as_of="2022-12-31", lang="cs").findings if f.rule in ("I016", "I017")}
    assert findings["I017"].pointer == "/indicators/0/observations/0/value"
    assert findings["I017"].message == "kategorie členění „pohlaví“ dávají součet 45, ale celkem je 50"
    assert findings["I016"].pointer == "/indicators/0/observations/4/dimensions/pohlaví"
    # The total, not the total plus its categories.
    assert doc.progress_frame(as_of="2022-07-31")["current"][0] == 50.0


def test_results_frame_per_half_year():
    doc = quarterly_plan([
        inclusio.Observation(date=datetime.date(2022, 3, 31), value=Decimal(50)),
        inclusio.Observation(date=datetime.date(2022, 9, 30), value=Decimal(20)),
    ])
    frame = doc.results_frame(freq="half_year", as_of="2022-12-31")
    # From the baseline (2021-01-01) to the target (2023-12-31): six half-years.
    assert len(frame) == 6
    assert frame["period_start"].tolist()[:2] == [pd.Timestamp("2021-01-01"), pd.Timestamp("2021-07-01")]
    assert frame["target"].tolist() == [20.0, 40.0, 60.0, 80.0, 100.0, 120.0]  # whole persons on the line to 120
    assert frame["target_source"].tolist() == ["interpolated"] * 5 + ["declared"]
    assert frame["value"].tolist()[2:4] == [50.0, 20.0]
    assert frame["value_to_date"].tolist()[2:4] == [50.0, 70.0]
    # Reported quarterly: by the end of 2021 nothing had come for Q2 2021.
    assert frame["status"].tolist()[:4] == ["not_due", "overdue", "on_track", "on_track"]
    assert frame["status"].isna().tolist() == [False] * 4 + [True] * 2  # begun after as_of
    assert frame["status"].dtype.ordered and frame["observations"].dtype == "Int64"
    text = doc.results(freq="year", as_of="2022-12-31", format="md", lang="cs")
    assert text.startswith("# Výsledky po obdobích")
    assert doc.results(freq="year", as_of="2022-12-31", format="csv").splitlines()[2].startswith(
        "osoby,2022-01-01,2022-12-31,80,interpolated,70,2,70,")


def test_results_refuse_an_unknown_frequency():
    doc = inclusio.Document(**small_plan_entities())
    try:
        doc.results_frame(freq="week")
    except inclusio.InvalidArgumentError as e:
        assert "week" in str(e)
    else:
        raise AssertionError("freq='week' was accepted")


def test_rollup_frame_by_region(portfolio):
    frame = portfolio.rollup_frame(level="region", as_of="2013-08-31")
    assert list(frame.columns) == ["level", "territory", "name", "metric", "item", "currency", "value"]
    persons = frame[frame["metric"] == "supported_persons_planned"]
    assert persons["value"].sum() == 2720.0  # seed 003's supported persons, over four regions
    assert set(persons["name"]) == {"Středočeský kraj", "Karlovarský kraj", "Ústecký kraj", "Moravskoslezský kraj"}
    approved = frame[(frame["metric"] == "projects_approved") & (frame["territory"] == "CZ041")]
    assert approved["value"].tolist() == [31000000.0] and approved["currency"].tolist() == ["CZK"]
    assert portfolio.rollup("orp", as_of="2013-08-31", format="md", lang="cs").startswith("# Souhrn podle území")


def test_territory_chain_for_orp_and_district():
    orp = inclusio.territory("2112")
    assert {k: v.code for k, v in orp.chain().items()} == {"orp": "2112", "region": "CZ020"}
    district = inclusio.territory("CZ0412")
    assert {k: v.name for k, v in district.chain().items()} == {"district": "Karlovy Vary", "region": "Karlovarský kraj"}
    assert set(inclusio.territory("CZ020").chain()) == {"region"}
