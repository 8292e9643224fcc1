"""DataFrames of a document's tables and of indicator progress: columns, dtypes and values."""

from __future__ import annotations

import datetime
import sys
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

import inclusio
from conftest import AS_OF

DATETIME = np.dtype("datetime64[ns]")


def test_territories_frame(portfolio):
    frame = portfolio.frame("territories")
    assert list(frame.columns) == ["id", "kind", "name", "code", "parent", "population", "excluded_population"]
    assert frame["kind"].dtype == pd.CategoricalDtype([k.value for k in inclusio.TerritoryKind])
    assert frame["population"].dtype == "Int64"
    row = frame.set_index("id").loc["kutna-hora"]
    assert (row["name"], row["code"], row["kind"]) == ("Kutná Hora", "533955", "municipality")
    assert len(frame) == 27


def test_values_of_the_wrong_form_are_missing_in_a_frame_and_kept_in_the_entity():
    document = inclusio.loads('{"format": "inclusio", "schema_version": "1.0", "territories": ['
                              '{"id": "a", "kind": "town", "population": 9223372036854775808},'
                              '{"id": "b", "kind": "region", "population": true, "parent": 7}]}')
    frame = document.frame("territories")
    assert frame["population"].isna().all() and frame["kind"].tolist()[1] == "region" and pd.isna(frame["kind"][0])
    assert frame["parent"].isna().all()
    assert document.territories[0].population == 9223372036854775808 and document.territories[1].parent == 7


# Texts of every UTF-8 width: ASCII, Latin-1 (á), the rest of the first plane (ř, –), beyond it (an emoji),
# a NUL; as ids (object arrays), names, categoricals (parents) and list items.
TEXTS_OF_EVERY_WIDTH = ["kutna-hora", "Kutná Hora", "Přeloučsko – jih", "Žluťoučký kůň 😀", "a\x00b",
                        "x" * 9 + "ů", "ň" + "y" * 17, ""]


def test_texts_of_every_width_come_out_of_the_core_as_they_went_in():
    document = inclusio.Document()
    for i, text in enumerate(TEXTS_OF_EVERY_WIDTH):
        document.add(inclusio.Territory(id=f"{text}-{i}", kind="municipality", name=text,
                                        parent=f"{TEXTS_OF_EVERY_WIDTH[0]}-0" if i else None))
    document.add(inclusio.Partnership(
        id="p", name="P", kind="local", territory="kutna-hora-0",
        working_groups=[inclusio.WorkingGroup(id="g", name="G", members=TEXTS_OF_EVERY_WIDTH[1:5])]))
    frame = document.frame("territories")
    assert frame["name"].tolist() == TEXTS_OF_EVERY_WIDTH
    assert frame["id"].tolist() == [f"{text}-{i}" for i, text in enumerate(TEXTS_OF_EVERY_WIDTH)]
    assert frame["parent"].tolist()[1:] == ["kutna-hora-0"] * (len(TEXTS_OF_EVERY_WIDTH) - 1)
    assert document.frame("working_groups")["members"].tolist() == [TEXTS_OF_EVERY_WIDTH[1:5]]


def test_a_frame_leaves_python_s_collector_as_it_found_it(portfolio):
    import gc

    assert gc.isenabled()
    portfolio.frame("measures")
    assert gc.isenabled()
    gc.disable()
    try:
        portfolio.frame("measures")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_organizations_and_plans_frames(portfolio):
    organizations = portfolio.frame("organizations")
    assert list(organizations.columns) == ["id", "name", "kind", "ico", "territory"]
    plans = portfolio.frame("plans")
    assert plans["period_start"].dtype == DATETIME
    assert plans["status"].dtype == pd.CategoricalDtype([s.value for s in inclusio.PlanStatus])
    measures = portfolio.frame("measures")
    assert measures.merge(plans[["id", "title"]], left_on="plan", right_on="id").shape[0] == 102
    assert "approval_date" in plans.columns and "themes" in plans.columns


def test_measures_frame_names_the_plan_and_keeps_amounts_exact(small_plan):
    measures = small_plan.frame("measures")
    assert list(measures.columns[:4]) == ["plan", "id", "code", "title"]
    row = measures.iloc[0]
    assert row["plan"] == "spsz"
    assert row["budget_total"] == Decimal("1250000.50")
    assert measures["budget_total"].dtype == object
    assert row["period_start"] == pd.Timestamp("2022-06-30")
    assert row["partners"] == ["ngo"]
    assert row["theme"] == "housing"


def test_goals_frame(small_plan):
    goals = small_plan.frame("goals")
    assert goals[["plan", "id", "title", "theme"]].values.tolist() == [["spsz", "cil", "Bydlení", "housing"]]


def test_projects_frame_sums_to_the_haler(portfolio):
    projects = portfolio.frame("projects")
    assert projects["approved"].dropna().map(type).eq(Decimal).all()
    assert projects["supported_persons_planned"].dtype == "Int64"
    assert "registration_number" in projects.columns and "period_end" in projects.columns


def test_indicators_frame(small_plan):
    indicators = small_plan.frame("indicators")
    row = indicators.iloc[0]
    assert (row["subject_type"], row["subject_id"], row["baseline_date"]) == ("measure", "opatreni",
                                                                              pd.Timestamp("2021-01-01"))
    assert row["baseline_value"] == 0.0 and indicators["baseline_value"].dtype == "float64"
    assert len(small_plan.frame("targets")) == 1 and len(small_plan.frame("observations")) == 2


def test_observations_frame_has_dimensions_as_columns(small_plan):
    frame = small_plan.frame("observations")
    assert list(frame.columns) == ["indicator", "position", "date", "period_start", "period_end", "value",
                                   "value_text", "count", "denominator", "status", "source", "note", "pohlaví"]
    assert frame["indicator"].dtype == "category" and frame["pohlaví"].dtype == "category"
    assert frame["date"].dtype == DATETIME and frame["value"].dtype == "float64"
    assert frame["value"].tolist() == [30.0, 20.5]
    assert frame["pohlaví"].tolist() == ["žena", "muž"]
    assert frame.groupby("pohlaví", observed=True)["value"].sum().to_dict() == {"muž": 20.5, "žena": 30.0}


def test_observations_keep_text_values_periods_and_missing_dimensions():
    document = inclusio.Document(indicators=[inclusio.Indicator(id="i", observations=[
        inclusio.Observation(period=inclusio.Period(start=datetime.date(2020, 1, 1), end=datetime.date(2020, 12, 31)),
                             value="úspěšné", source="hodnocení"),
        inclusio.Observation(date=datetime.date(2021, 5, 1), value=Decimal("0.000001"), count=Decimal(3),
                             dimensions={"věk": "15–26"}),
        inclusio.Observation(date=datetime.date(3000, 1, 1), value=Decimal(1)),
    ])])
    frame = document.frame("observations")
    assert frame["value_text"].tolist()[0] == "úspěšné" and pd.isna(frame["value"][0])
    assert pd.isna(frame["date"][0]) and frame["period_end"][0] == pd.Timestamp("2020-12-31")
    assert frame["value"][1] == 1e-06 and frame["count"][1] == 3.0
    assert frame["věk"].isna().tolist() == [True, False, True]
    assert pd.isna(frame["date"][2])  # beyond what datetime64[ns] holds; the entity keeps it
    assert document.indicators[0].observations[2].date == datetime.date(3000, 1, 1)


def test_a_million_observations_become_columns_without_a_python_object_per_row():
    rows = 1_000_000
    observation = '{"date":"2022-06-30","value":5,"dimensions":{"pohlaví":"žena"}}'
    text = ('{"format":"inclusio","schema_version":"1.0","indicators":[{"id":"i","observations":['
            + ",".join([observation] * rows) + "]}]}")
    document = inclusio.loads(text)
    del text
    blocks_before = sys.getallocatedblocks()
    frame = document.frame("observations")
    assert sys.getallocatedblocks() - blocks_before < 10_000
    assert len(frame) == rows
    assert all(dtype != object for dtype in frame.dtypes)
    assert frame["value"].sum() == 5.0 * rows
    assert frame["pohlaví"].cat.categories.tolist() == ["žena"]


def test_progress_frame(small_plan):
    frame = small_plan.progress_frame(as_of="2022-12-31")
    assert frame["status"].dtype == pd.CategoricalDtype(
        ["achieved", "on_track", "at_risk", "off_track", "no_data", "not_due", "no_target", "overdue"], ordered=True)
    row = frame.iloc[0]
    assert (row["indicator"], row["status"], row["current"], row["target"]) == ("osoby", "at_risk", 50.5, 120.0)
    assert row["target_date"] == pd.Timestamp("2023-12-31") and row["observations"] == 2
    assert row["progress"] == pytest.approx(50.5 / 120)
    assert small_plan.progress_frame(as_of="2024-01-01")["status"][0] == "off_track"
    female_only = small_plan.progress_frame(as_of="2022-12-31", dimensions={"pohlaví": "žena"})
    assert female_only["current"][0] == 30.0


def test_progress_frame_of_the_seeds(portfolio):
    frame = portfolio.progress_frame(as_of="2013-08-31")
    assert frame["indicator"].tolist()[:2] == ["ipn-projekty-pripravene", "ipn-projekty-schvalene"]
    assert frame["current"].tolist()[:2] == [73.0, 40.0]


def test_a_plan_shows_its_measures_as_a_table(small_plan):
    page = small_plan["spsz"]._repr_html_()
    assert "Prevence ztráty bydlení – dluhové poradenství" in page and "<table" in page
