"""Loading, writing, pickling and changing documents; Czech text through every step."""

from __future__ import annotations

import datetime
import json
import pickle
from decimal import Decimal

import pytest

import inclusio
from conftest import EXAMPLE_FILES, EXAMPLES, SMALL_PLAN_JSON, small_plan_entities


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_examples_round_trip_to_the_same_canonical_bytes(path):
    text = path.read_text(encoding="utf-8")
    document = inclusio.loads(text)
    assert document.dumps() + "\n" == text or document.dumps() == text
    assert inclusio.loads(document.dumps()) == document


def test_load_and_loads_agree_and_bytes_are_read_as_utf8():
    path = EXAMPLES / "vysocina-2014-2015.json"
    assert inclusio.load(path) == inclusio.loads(path.read_bytes()) == inclusio.loads(path.read_text("utf-8"))


def test_czech_diacritics_survive_load_dump_save_and_attributes(tmp_path):
    name = "Příliš žluťoučký kůň úpěl ďábelské ódy – Ústí nad Labem"
    document = inclusio.loads(SMALL_PLAN_JSON)
    document.set("/territories/0/name", name)
    assert document.territories[0].name == name
    path = tmp_path / "plán.json"
    document.save(path)
    assert name in path.read_text(encoding="utf-8")
    reloaded = inclusio.load(path)
    assert reloaded.territories[0].name == name
    assert reloaded.frame("territories")["name"].tolist() == [name]
    assert reloaded.validate(lang="cs", as_of="2022-01-01").findings[0].message.startswith("strategický plán")


def test_save_writes_the_canonical_text(tmp_path, small_plan):
    path = tmp_path / "plan.json"
    small_plan.save(path, indent=0)
    assert path.read_text(encoding="utf-8") == small_plan.dumps(indent=0)
    assert "\n" not in small_plan.dumps(indent=0).strip()


def test_save_into_a_missing_folder_is_a_file_error(tmp_path, small_plan):
    with pytest.raises(inclusio.FileError) as caught:
        small_plan.save(tmp_path / "missing" / "plan.json")
    assert isinstance(caught.value, OSError)
    assert not (tmp_path / "missing").exists()


def test_pickle_carries_the_document_as_canonical_json(portfolio):
    payload = pickle.dumps(portfolio)
    assert portfolio.dumps(indent=0).encode() in payload
    assert pickle.loads(payload) == portfolio


def test_document_built_from_entities_equals_the_same_json_loaded():
    assert inclusio.Document(**small_plan_entities()) == inclusio.loads(SMALL_PLAN_JSON)


def test_documents_rebuilt_from_their_entities_are_equal(portfolio):
    collections = {name: getattr(portfolio, name) for name in inclusio.COLLECTIONS if getattr(portfolio, name)}
    rebuilt = inclusio.Document(currency=portfolio.currency, extra=portfolio.extra, **collections)
    assert rebuilt == portfolio
    assert rebuilt.dumps() == portfolio.dumps()


def test_entities_are_typed():
    document = inclusio.loads(SMALL_PLAN_JSON)
    plan = document["spsz"]
    assert isinstance(plan, inclusio.Plan)
    assert plan.kind is inclusio.PlanKind.strategic_plan
    assert plan.period == inclusio.Period(start=datetime.date(2021, 1, 1), end=datetime.date(2023, 12, 31))
    measure = plan.measures[0]
    assert measure.budget.total == Decimal("1250000.50")
    assert [s.amount for s in measure.budget.sources] == [Decimal("1250000.50"), Decimal("-1.00")]
    assert measure.budget.sources[1].source is inclusio.FundingSource.municipal_budget
    indicator = document["osoby"]
    assert [o.value for o in indicator.observations] == [Decimal(30), Decimal("20.5")]
    assert indicator.observations[0].dimensions == {"pohlaví": "žena"}
    assert document.get("no-such-id") is None
    assert "opatreni" in document and "x" not in document


def test_values_of_the_wrong_form_are_kept_as_written_and_written_back():
    obj = json.loads(SMALL_PLAN_JSON)
    plan_json = obj["plans"][0]
    plan_json["period"]["start"] = "2021-02-30"
    plan_json["measures"][0]["theme"] = "bydleni"
    plan_json["measures"][0]["budget"]["total"] = "1 250 000"
    text = json.dumps(obj, ensure_ascii=False)
    document = inclusio.loads(text)
    plan = document.plans[0]
    assert plan.period.start == "2021-02-30"
    assert plan.measures[0].theme == "bydleni" and not isinstance(plan.measures[0].theme, inclusio.Theme)
    assert plan.measures[0].budget.total == "1 250 000"
    assert inclusio.Document(plans=[plan]).plans[0] == plan
    rules = [f.rule for f in document.validate(as_of="2022-01-01")]
    assert {"D001", "S004", "M001"} <= set(rules)


def test_amounts_at_the_limits_of_64_bit_halere():
    def approved(amount: str):
        document = inclusio.loads(json.dumps({"format": "inclusio", "schema_version": "1.0",
                                              "projects": [{"id": "p", "approved": amount}]}))
        return document.projects[0].approved, [f.rule for f in document.validate(as_of="2026-11-23").by_rule("M001")]

    assert approved("92233720368547758.07") == (Decimal("92233720368547758.07"), [])
    assert approved("-92233720368547758.08") == (Decimal("-92233720368547758.08"), [])
    assert approved("92233720368547758.08") == ("92233720368547758.08", ["M001"])
    assert approved("-92233720368547758.09") == ("-92233720368547758.09", ["M001"])


def test_unknown_members_are_kept_in_extra_and_written_back():
    obj = json.loads(SMALL_PLAN_JSON)
    obj["territories"][0]["poznámka"] = {"zdroj": "ČSÚ"}
    text = json.dumps(obj, ensure_ascii=False)
    document = inclusio.loads(text)
    territory = document.territories[0]
    assert territory.extra == {"poznámka": {"zdroj": "ČSÚ"}}
    assert inclusio.Document(territories=[territory]).territories[0].extra == {"poznámka": {"zdroj": "ČSÚ"}}
    with pytest.raises(inclusio.InvalidArgumentError, match="'name' is a field of Territory"):
        inclusio.Territory(id="x", extra={"name": "twice"}).to_json()


def test_set_value_remove_and_add_change_the_document(small_plan):
    small_plan.set("/plans/0/measures/0/budget/total", Decimal("1249999.50"))
    assert small_plan.value("/plans/0/measures/0/budget/total") == Decimal("1249999.50")
    assert '"total": "1249999.50"' in small_plan.dumps()
    small_plan.set("/plans/0/period/end", datetime.date(2024, 6, 30))
    assert small_plan.value("/plans/0/period") == inclusio.Period(start=datetime.date(2021, 1, 1),
                                                                  end=datetime.date(2024, 6, 30))
    small_plan.remove("/plans/0/measures/0/partners")
    assert small_plan["opatreni"].partners is None
    pointer = small_plan.add(inclusio.Measure(id="m2", title="Terénní sociální práce", theme=inclusio.Theme.housing,
                                              status=inclusio.MeasureStatus.planned), to="spsz")
    assert pointer == "/plans/0/measures/1"
    assert small_plan.pointer("m2") == pointer
    assert small_plan.add(inclusio.Territory(id="cz", kind=inclusio.TerritoryKind.country, name="Česko")) == "/territories/1"
    assert small_plan["cz"].name == "Česko"
    # Appending to a list the record does not have yet creates it.
    small_plan.set("/plans/0/eu_priorities/-", inclusio.EuPriority.child_poverty)
    assert small_plan["spsz"].eu_priorities == [inclusio.EuPriority.child_poverty]


def test_changes_that_cannot_be_made_raise_and_leave_the_document_as_it_was(small_plan):
    before = small_plan.dumps()
    with pytest.raises(inclusio.NotFoundError, match="index 5 is past the end") as missing:
        small_plan.set("/plans/5/title", "x")
    assert missing.value.pointer == "/plans/5"
    with pytest.raises(inclusio.NotFoundError, match="the list is absent") as missing:
        small_plan.set("/plans/0/eu_priorities/3", "roma")
    assert missing.value.pointer == "/plans/0/eu_priorities/3"
    with pytest.raises(inclusio.InvalidArgumentError, match="is added to a plan"):
        small_plan.add(inclusio.Measure(id="m"))
    with pytest.raises(inclusio.NotFoundError, match="no plan has the id 'kh'"):
        small_plan.add(inclusio.Goal(id="g"), to="kh")
    with pytest.raises(inclusio.InvalidArgumentError, match="a JSON Pointer starts with '/': \"plans\""):
        small_plan.value("plans")
    with pytest.raises(inclusio.InvalidArgumentError, match=r"lone surrogate \\ud800, which"):
        small_plan.set("/plans/0/title", "a\ud800b")
    with pytest.raises(inclusio.NotFoundError):
        small_plan["missing"]
    assert small_plan.dumps() == before


def test_a_collection_read_from_a_document_refuses_changes_that_would_be_lost(small_plan):
    before = small_plan.dumps()
    territories = small_plan.territories
    czechia = inclusio.Territory(id="cz", kind=inclusio.TerritoryKind.country, name="Česko")
    changes = [lambda: territories.append(czechia), lambda: territories.extend([czechia]),
               lambda: territories.insert(0, czechia), lambda: territories.pop(), lambda: territories.clear(),
               lambda: territories.remove(territories[0]), lambda: territories.sort(key=str),
               lambda: territories.reverse(), lambda: territories.__setitem__(0, czechia),
               lambda: territories.__delitem__(0), lambda: territories.__iadd__([czechia]),
               lambda: territories.__imul__(2)]
    for change in changes:
        with pytest.raises(TypeError, match=r"^doc.territories is a copy of the document's territories: changing it "
                                            r"would not change the document. Add with doc.add\(entity\)"):
            change()
    assert len(territories) == 1 and small_plan.dumps() == before
    # Read as a list: compared, sliced, copied into a list of one's own, pickled as a plain list.
    assert isinstance(territories, list) and territories == [small_plan["kh"]] and territories[:1] == territories
    own = list(territories)
    own.append(czechia)
    assert [t.id for t in own] == ["kh", "cz"]
    assert type(pickle.loads(pickle.dumps(territories))) is list
    assert small_plan.evaluations == [] and type(small_plan.evaluations) is inclusio.CollectionCopy


def test_loads_names_the_place_of_a_lone_surrogate():
    with pytest.raises(inclusio.InvalidArgumentError, match=r"lone surrogate \\udc00 at character 3,"):
        inclusio.loads('{"\udc00": 1}')


def test_copy_is_independent(small_plan):
    copy = small_plan.copy()
    copy.set("/plans/0/title", "Jiný plán")
    assert small_plan.plans[0].title == "Strategický plán sociálního začleňování"
    assert copy != small_plan


def test_codelist_members_have_both_labels():
    assert inclusio.Theme.housing.label("cs") == "bydlení"
    assert inclusio.Theme.housing.label() == "housing"
    assert inclusio.Theme("housing") is inclusio.Theme.housing
    with pytest.raises(inclusio.InvalidArgumentError):
        inclusio.Theme.housing.label("de")


def test_document_display(small_plan):
    assert repr(small_plan) == "<inclusio.Document: 1 territories, 2 organizations, 1 plans, 1 indicators>"
    page = small_plan._repr_html_()
    assert "<td>spsz</td><td>Strategický plán sociálního začleňování</td><td>in_force</td><td>1</td>" in page
    assert repr(inclusio.Document()) == "<inclusio.Document: empty>"


def test_summary_in_every_format(portfolio):
    summary = portfolio.summary(as_of="2013-08-31")
    assert summary["measures"]["count"] == 102 and summary["plans"] == 10
    assert portfolio.summary(as_of="2013-08-31", format="md").startswith("#")
    assert portfolio.summary(as_of="2013-08-31", format="html").startswith("<!DOCTYPE html>")
    with pytest.raises(inclusio.NotFoundError):
        portfolio.summary("no-plan")
    tables = portfolio.summary(as_of="2013-08-31", format="csv")
    assert list(tables) == ["projects.csv", "measures_by_theme.csv", "measures_by_status.csv",
                            "budget_by_source.csv", "indicators.csv", "fulfilment.csv", "findings.csv", "results.csv", "regions.csv"]
    assert tables["findings.csv"].splitlines() == ["severity,rule,count", "warning,I002,5", "warning,Q002,102",
                                                   "info,Q009,38", "info,S007,1"]
    findings = summary["findings"]
    assert (findings["errors"], findings["warnings"], findings["info"]) == (0, 107, 39)
    # The findings section quotes the messages in the report's language.
    assert "nemá cílovou hodnotu" in portfolio.summary(as_of="2013-08-31", lang="cs")["findings"]["by_rule"][0]["first"][0]["message"]
    assert tables["projects.csv"].splitlines()[0].startswith("status,count,currency,requested,approved,drawn")
    with pytest.raises(inclusio.InvalidArgumentError, match="a summary is not rendered as text"):
        portfolio.summary(as_of="2013-08-31", format="text")
    with pytest.raises(inclusio.InvalidArgumentError, match="unknown format 'pdf'"):
        portfolio.summary(format="pdf")


def test_entities_type_amounts_and_dates_exactly_as_the_core_reads_them():
    doc = inclusio.loads(json.dumps({
        "format": "inclusio", "schema_version": "1.0",
        "organizations": [{"id": "o", "name": "Obec", "kind": "municipality"}],
        "projects": [
            {"id": "a", "title": "A", "programme": "op_z", "status": "approved", "recipient": "o",
             "requested": 12.5, "approved": "1250000", "drawn": "92233720368547758.08",
             "period": {"start": "0001-01-01", "end": "2023-02-30"}},
            {"id": "b", "title": "B", "programme": "op_z", "status": "approved", "recipient": "o",
             "requested": 1250000, "approved": "12.50", "period": {"start": "1400-01-01", "end": "9999-12-31"}}]}))
    a, b = doc.projects
    # What the core keeps as of the wrong form (M001, D001) stays raw: never a typed value it refuses.
    assert not isinstance(a.requested, Decimal) and a.requested == "12.5"  # the JSON number, kept as written
    assert a.approved == Decimal("1250000.00")
    assert a.drawn == "92233720368547758.08"
    assert a.period.start == "0001-01-01" and a.period.end == "2023-02-30"
    assert b.requested == Decimal("1250000.00") and b.approved == Decimal("12.50")
    assert b.period.start == datetime.date(1400, 1, 1) and b.period.end == datetime.date(9999, 12, 31)
    frame = doc.frame("projects")
    assert frame["requested"].isna().tolist() == [True, False]
    assert {f.rule for f in doc.validate(as_of="2024-01-01").findings} >= {"M001", "D001"}
    # Written back as they were read.
    assert inclusio.Document(organizations=doc.organizations, projects=doc.projects) == doc
