"""Shared fixtures: the example documents of the seeds and a small plan built in Python."""

from __future__ import annotations

import datetime
import os
from decimal import Decimal
from pathlib import Path

import pytest

import inclusio

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples" / "data"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))
AS_OF = datetime.date(2026, 11, 23)


@pytest.fixture(scope="session")
def portfolio() -> inclusio.Document:
    """Seed 003: the ASZ's portfolio of ten towns, 2010–2013."""
    return inclusio.load(EXAMPLES / "asz-2010-2013.json")


def small_plan_entities() -> dict:
    """A plan of Kutná Hora as entity objects: Czech names, money, dates, an indicator with
    dimensions, and two deliberate problems (a measure ending before it starts, a negative amount)."""
    return dict(
        currency="CZK",
        territories=[
            inclusio.Territory(id="kh", kind=inclusio.TerritoryKind.municipality, name="Kutná Hora", code="533955"),
        ],
        organizations=[
            inclusio.Organization(id="mesto", name="Město Kutná Hora", kind=inclusio.OrganizationKind.municipality,
                                  ico="00236195", territory="kh"),
            inclusio.Organization(id="ngo", name="O.s. Čercheň", kind=inclusio.OrganizationKind.ngo, territory="kh"),
        ],
        plans=[inclusio.Plan(
            id="spsz", kind=inclusio.PlanKind.strategic_plan, title="Strategický plán sociálního začleňování",
            territory="kh", owner="mesto", status=inclusio.PlanStatus.in_force,
            period=inclusio.Period(start=datetime.date(2021, 1, 1), end=datetime.date(2023, 12, 31)),
            goals=[inclusio.Goal(id="cil", title="Bydlení", theme=inclusio.Theme.housing)],
            measures=[inclusio.Measure(
                id="opatreni", code="B1", title="Prevence ztráty bydlení – dluhové poradenství", goal="cil",
                theme=inclusio.Theme.housing, status=inclusio.MeasureStatus.in_progress, responsible="mesto",
                partners=["ngo"], localities=["kh"],
                period=inclusio.Period(start=datetime.date(2022, 6, 30), end=datetime.date(2021, 6, 1)),
                budget=inclusio.Budget(total=Decimal("1250000.50"), sources=[
                    inclusio.FundingShare(source=inclusio.FundingSource.op_z, amount=Decimal("1250000.50")),
                    inclusio.FundingShare(source=inclusio.FundingSource.municipal_budget, amount=Decimal("-1.00")),
                ]),
            )],
        )],
        indicators=[inclusio.Indicator(
            id="osoby", name="Podpořené osoby", subject=inclusio.IndicatorSubject(type=inclusio.SubjectType.measure,
                                                                                  id="opatreni"),
            kind=inclusio.IndicatorKind.output, unit=inclusio.Unit.persons, measure=inclusio.IndicatorMeasure.quantity,
            direction=inclusio.Direction.increase, aggregation=inclusio.Aggregation.cumulative,
            baseline=inclusio.Baseline(value=Decimal(0), date=datetime.date(2021, 1, 1)),
            targets=[inclusio.Target(value=Decimal(120), date=datetime.date(2023, 12, 31))],
            observations=[
                inclusio.Observation(date=datetime.date(2022, 6, 30), value=Decimal(30), dimensions={"pohlaví": "žena"}),
                inclusio.Observation(date=datetime.date(2022, 6, 30), value=Decimal("20.5"), dimensions={"pohlaví": "muž"}),
            ],
        )],
    )


# The same plan as JSON: the fixture the C++ fault-injection test loads too.
SMALL_PLAN_JSON = (ROOT / "tests" / "fixtures" / "small-plan.json").read_text(encoding="utf-8")


@pytest.fixture
def small_plan() -> inclusio.Document:
    return inclusio.Document(**small_plan_entities())


def native_module_path() -> str:
    return inclusio._native.__file__


def example_paths() -> list[str]:
    return [os.fspath(p) for p in EXAMPLE_FILES]
