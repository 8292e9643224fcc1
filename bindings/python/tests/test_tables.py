"""Tables in and out: frames built by the core, documents from frames, upsert by id, workbooks written
by the library and by a spreadsheet program, CSV folders, and SQLite for BI tools."""

from __future__ import annotations

import datetime
import sqlite3
from decimal import Decimal

import numpy as np
import openpyxl
import pandas as pd
import pytest

import inclusio
from conftest import EXAMPLE_FILES, EXAMPLES


def test_the_tables_are_the_contracts():
    assert inclusio.TABLES == (
        "territories", "organizations", "partnerships", "partnership_members", "working_groups", "plans", "goals",
        "measures", "budget_sources", "target_groups", "projects", "project_measures", "indicators", "targets",
        "observations", "evaluations", "events", "documents")
    assert inclusio.DERIVED_TABLES == ("findings", "progress", "results", "rollup")


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("money", ["decimal", "float", "minor_units"])
def test_a_document_comes_back_from_its_frames(path, money):
    document = inclusio.load(path)
    rebuilt = inclusio.Document.from_frames({t: document.frame(t, money=money) for t in inclusio.TABLES}, money=money)
    assert rebuilt == document
    assert rebuilt.dumps() == document.dumps()


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_a_document_comes_back_from_its_workbook_and_its_csv_folder(path, tmp_path):
    document = inclusio.load(path)
    document.export(tmp_path / "plan.xlsx")
    document.export(tmp_path / "csv")
    assert inclusio.Document.from_tables(tmp_path / "plan.xlsx").dumps() == document.dumps()
    assert inclusio.Document.from_tables(tmp_path / "csv").dumps() == document.dumps()


def test_project_measure_links_are_one_table_with_the_side_that_declares_them(portfolio):
    links = portfolio.frame("project_measures")
    assert list(links.columns) == ["project", "measure", "declared_in"]
    declared = links["declared_in"].value_counts().to_dict()
    on_projects = sum(len(p.measures or []) for p in portfolio.projects)
    on_measures = sum(len(m.projects or []) for p in portfolio.plans for m in (p.measures or []))
    assert declared.get("project", 0) + declared.get("both", 0) == on_projects
    assert declared.get("measure", 0) + declared.get("both", 0) == on_measures


def test_money_as_the_analyst_chooses(small_plan):
    exact = small_plan.frame("budget_sources")
    assert exact["amount"].tolist() == [Decimal("1250000.50"), Decimal("-1.00")]
    assert small_plan.frame("budget_sources", money="float")["amount"].tolist() == [1250000.5, -1.0]
    minor = small_plan.frame("budget_sources", money="minor_units")["amount"]
    assert minor.dtype == "Int64" and minor.sum() == 124999950
    with pytest.raises(inclusio.InvalidArgumentError, match="money is one of"):
        small_plan.frame("budget_sources", money="cents")


def test_an_upsert_changes_exactly_the_cells_given(small_plan):
    document = small_plan.copy()
    measures = document.frame("measures")[["plan", "id", "title"]]
    measures.loc[0, "title"] = "Dluhové poradenství"
    report = document.upsert_frame("measures", measures)
    assert (report.added, report.updated) == (0, 1)
    added = pd.DataFrame({"plan": ["spsz"], "id": ["nove"], "title": ["Terénní práce"],
                          "theme": ["social_services"], "status": ["planned"]})
    assert document.upsert_frame("measures", added).added == 1
    before, after = small_plan.dumps(), document.dumps()
    assert after != before
    old = small_plan["opatreni"]
    new = document["opatreni"]
    assert new.title == "Dluhové poradenství"
    assert (new.budget, new.period, new.partners, new.status) == (old.budget, old.period, old.partners, old.status)
    assert document["nove"].theme == inclusio.Theme.social_services
    # Putting the title back and leaving the new measure out gives the document back.
    document.upsert_frame("measures", pd.DataFrame({"plan": ["spsz"], "id": ["opatreni"], "title": [old.title]}))
    assert document.frame("measures").iloc[:1].equals(small_plan.frame("measures"))


def test_findings_of_an_import_lead_back_to_the_row_and_column(small_plan):
    document = small_plan.copy()
    sources = pd.DataFrame({"measure": ["opatreni", "opatreni"], "position": [pd.NA, pd.NA],
                            "source": ["esf_opz", "state_budget"], "amount": [1250.5, 0.125]},
                           ).astype({"position": "Int64"})
    report = document.upsert_frame("budget_sources", sources, money="float")
    amounts = [f for f in report.findings if f.rule == "M001" and f.table == "budget_sources"]
    assert len(amounts) == 1
    finding = amounts[0]
    assert (finding.row, finding.column, finding.source) == (1, "amount", "DataFrame")
    assert finding.pointer == "/plans/0/measures/0/budget/sources/3/amount"
    assert "0.125" in finding.message
    frame = report.to_frame()
    assert frame.loc[frame["rule"] == "M001", "row"].tolist() == [1]
    assert document["opatreni"].budget.sources[2].amount == Decimal("1250.50")


def test_a_row_that_cannot_be_placed_is_refused_and_changes_nothing(small_plan):
    document = small_plan.copy()
    with pytest.raises(inclusio.InvalidArgumentError, match=r"row 0, column plan: no plan has the id \"nikde\""):
        document.upsert_frame("goals", pd.DataFrame({"plan": ["nikde"], "id": ["g"], "title": ["Cíl"]}))
    assert document == small_plan


def test_numpy_and_pandas_scalars_go_back_into_entities():
    counts = inclusio.PlannedActual(planned=np.int64(660), actual=pd.NA)
    assert counts.to_json() == {"planned": 660}
    period = inclusio.Period(start=pd.Timestamp("2016-01-01"), end=pd.NaT)
    assert period.to_json() == {"start": "2016-01-01"}
    share = inclusio.FundingShare(source="esf_opz", amount=1250000.0)
    assert share.to_json()["amount"] == "1250000.00"
    with pytest.raises(inclusio.InvalidArgumentError, match="1250000.005"):
        inclusio.FundingShare(source="esf_opz", amount=1250000.005).to_json()


def test_a_workbook_typed_by_a_person_comes_in(tmp_path, small_plan):
    """A sheet as a Czech user fills it in a spreadsheet program: Czech headings and names, a real date
    cell, amounts with spaces and a decimal comma, a percentage."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "zdroje financování"
    sheet.append(["opatření", "pořadí", "zdroj", "částka"])
    sheet.append(["opatreni", 0, "OP Zaměstnanost (2014–20)", "1 250 000,50"])
    sheet.append(["opatreni", None, "rozpočet kraje", 99.5])
    plans = book.create_sheet("plány")
    plans.append(["identifikátor", "období – konec"])
    plans.append(["spsz", datetime.datetime(2024, 6, 30)])
    observations = book.create_sheet("observations")
    observations.append(["indicator", "date", "value", "pohlaví"])
    observations.append(["osoby", "31. 12. 2023", "75 %", "žena"])
    book.save(tmp_path / "vstup.xlsx")

    document = small_plan.copy()
    report = document.upsert_file(tmp_path / "vstup.xlsx")
    sources = document["opatreni"].budget.sources
    assert sources[0].amount == Decimal("1250000.50") and sources[0].source == inclusio.FundingSource.op_z
    assert sources[2].amount == Decimal("99.50") and sources[2].source == inclusio.FundingSource.regional_budget
    assert document["spsz"].period.end == datetime.date(2024, 6, 30)
    last = document["osoby"].observations[-1]
    assert (last.date, last.value, last.dimensions) == (datetime.date(2023, 12, 31), Decimal(75), {"pohlaví": "žena"})
    assert report.added == 2 and report.updated == 2


def test_a_bad_cell_of_a_workbook_is_reported_with_sheet_row_and_column(tmp_path, small_plan):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "opatření"
    sheet.append(["plán", "identifikátor", "stav", "období – začátek"])
    sheet.append([])
    sheet.append(["spsz", "opatreni", "hotovo", "30. 2. 2022"])
    book.save(tmp_path / "chyby.xlsx")
    report = small_plan.copy().upsert_file(tmp_path / "chyby.xlsx", lang="cs")
    placed = {(f.rule, f.source, f.row, f.column) for f in report.findings if f.table}
    assert ("S004", "opatření", 3, "stav") in placed
    assert ("D001", "opatření", 3, "období – začátek") in placed
    assert not report.ok


def test_the_library_s_workbook_opens_in_a_spreadsheet_program(tmp_path, portfolio):
    portfolio.export(tmp_path / "asz.xlsx")
    book = openpyxl.load_workbook(tmp_path / "asz.xlsx")
    assert book.sheetnames[:3] == ["soubor", "území", "organizace"]
    measures = book["opatření"]
    headings = [c.value for c in measures[1]]
    assert headings[:4] == ["plán", "identifikátor", "kód", "název"]
    assert "období – začátek" in headings
    projects = book["projekty"]
    approved = [c.value for c in projects[1]].index("schváleno")
    assert sum(row[approved].value or 0 for row in projects.iter_rows(min_row=2)) == 306_000_000
    english = tmp_path / "asz-en.xlsx"
    portfolio.export(english, lang="en")
    assert openpyxl.load_workbook(english).sheetnames[:3] == ["portfolio", "territories", "organizations"]


def test_the_sqlite_export_joins_as_the_frames_do(tmp_path, portfolio):
    portfolio.export(tmp_path / "asz.sqlite")
    db = sqlite3.connect(tmp_path / "asz.sqlite")
    per_plan = dict(db.execute("SELECT p.id, COUNT(m.id) FROM plans p JOIN measures m ON m.plan = p.id GROUP BY p.id"))
    frame = portfolio.frame("measures").groupby("plan", observed=True).size().to_dict()
    assert per_plan == frame
    linked = db.execute("SELECT COUNT(*) FROM project_measures l JOIN projects p ON p.id = l.project "
                        "JOIN measures m ON m.id = l.measure").fetchone()[0]
    assert linked == len(portfolio.frame("project_measures"))
    approved = db.execute("SELECT SUM(approved) FROM projects").fetchone()[0]
    assert approved == float(portfolio.frame("projects")["approved"].dropna().sum())
    keys = db.execute("SELECT sql FROM sqlite_master WHERE name = 'observations'").fetchone()[0]
    assert 'PRIMARY KEY ("indicator", "position")' in keys
    assert 'FOREIGN KEY ("indicator") REFERENCES "indicators" ("id")' in keys


def test_the_summary_as_frames(portfolio):
    frames = portfolio.summary(format="frames")
    matrix = frames["fulfilment_matrix"]
    assert matrix.dtypes.eq(bool).all()
    assert int(frames["measures_by_status"].set_index("status").loc["implemented", "measures"]) == 102
    csv = portfolio.summary(format="csv")
    assert set(csv) >= {"projects.csv", "fulfilment.csv"}


def test_tables_of_the_examples_file_are_readable(portfolio):
    assert {t: len(portfolio.frame(t)) for t in ("plans", "measures")} == {"plans": 10, "measures": 102}
    assert EXAMPLES.exists()


def test_the_findings_table_carries_each_finding_s_plan_and_entity(portfolio):
    findings = portfolio.frame("findings", as_of="2013-08-31", lang="cs")
    report = portfolio.validate(as_of="2013-08-31", lang="cs")
    assert list(findings.columns) == ["plan", "entity", "rule", "severity", "pointer", "message"]
    assert len(findings) == len(report.findings)
    assert findings["severity"].dtype == pd.CategoricalDtype(["info", "warning", "error"], ordered=True)
    assert findings["rule"].dtype == "category" and findings["plan"].dtype == "category"
    expected = report.to_frame()
    assert findings["message"].tolist() == expected["message"].tolist()
    assert findings["plan"].astype(object).fillna("").tolist() == expected["plan"].tolist()
    assert findings["entity"].astype(object).fillna("").tolist() == expected["entity"].tolist()


def test_the_derived_tables_go_to_sqlite_with_their_keys_and_join_the_document_s(tmp_path, portfolio):
    portfolio.export(tmp_path / "asz.sqlite", as_of="2013-08-31")
    db = sqlite3.connect(tmp_path / "asz.sqlite")
    keys = db.execute("SELECT sql FROM sqlite_master WHERE name = 'progress'").fetchone()[0]
    assert 'FOREIGN KEY ("indicator") REFERENCES "indicators" ("id")' in keys
    by_status = dict(db.execute("SELECT p.status, COUNT(*) FROM progress p JOIN indicators i ON i.id = p.indicator "
                                "GROUP BY p.status"))
    frame = portfolio.progress_frame(as_of="2013-08-31")["status"].value_counts()
    assert by_status == {status: int(n) for status, n in frame.items() if n}
    per_plan = dict(db.execute("SELECT plan, COUNT(*) FROM findings WHERE plan IS NOT NULL GROUP BY plan"))
    findings = portfolio.frame("findings", as_of="2013-08-31")
    assert per_plan == findings.groupby("plan", observed=True).size().to_dict()
    missed = db.execute("SELECT COUNT(*) FROM results WHERE missed_target").fetchone()[0]
    assert missed == int(portfolio.results_frame(as_of="2013-08-31")["missed_target"].sum())


def test_a_workbook_offers_the_codes_in_drop_downs_and_an_import_skips_the_derived_sheets(tmp_path, portfolio):
    portfolio.export(tmp_path / "asz.xlsx", as_of="2013-08-31")
    book = openpyxl.load_workbook(tmp_path / "asz.xlsx")
    assert book.sheetnames[-5:] == ["nálezy", "plnění indikátorů", "výsledky za období", "souhrn za území",
                                    "číselníky"]
    codes = book["číselníky"]
    columns = {codes.cell(1, c).value: c for c in range(1, codes.max_column + 1)}
    status_column = columns["measure_status"]
    listed = [codes.cell(r, status_column).value for r in range(2, 2 + len(inclusio.MeasureStatus))]
    assert listed == [s.value for s in inclusio.MeasureStatus]
    measures = book["opatření"]
    status = [c.value for c in measures[1]].index("stav") + 1
    letter = openpyxl.utils.get_column_letter(status)
    lists = [v for v in measures.data_validations.dataValidation if f"{letter}2" in str(v.sqref)]
    assert len(lists) == 1 and lists[0].type == "list" and lists[0].errorStyle == "warning"
    code_letter = openpyxl.utils.get_column_letter(status_column)
    assert lists[0].formula1 == f"'číselníky'!${code_letter}$2:${code_letter}${1 + len(inclusio.MeasureStatus)}"
    rebuilt = inclusio.Document.from_tables(tmp_path / "asz.xlsx")
    assert rebuilt == portfolio
    assert rebuilt.import_report.skipped == ["nálezy", "plnění indikátorů", "výsledky za období", "souhrn za území",
                                             "číselníky"]
