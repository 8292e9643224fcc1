"""Validation from Python: reports, findings, profiles, the catalogue, and batches of files."""

from __future__ import annotations

import json
import pickle
import re
import shutil

import pandas as pd
import pytest

import inclusio
from conftest import AS_OF, EXAMPLES, ROOT, SMALL_PLAN_JSON, example_paths, small_plan_entities

SMALL_PLAN_FINDINGS = [
    ("Q008", "error", "/plans/0", "spsz"),
    ("Q009", "info", "/plans/0/goals/0", "cil"),
    ("D002", "error", "/plans/0/measures/0/period", "opatreni"),
    ("M002", "error", "/plans/0/measures/0/budget/sources/1/amount", "opatreni"),
    ("M003", "error", "/plans/0/measures/0/budget/sources", "opatreni"),
    ("I014", "warning", "/indicators/0/targets/0", "osoby"),  # 120 by 2023-12-31, 50.5 reached
    ("I004", "error", "/indicators/0/observations/1/value", "osoby"),
]


def summary(report: inclusio.Report) -> list[tuple[str, str, str, str]]:
    return [(f.rule, f.severity.value, f.pointer, f.entity) for f in report]


def test_a_document_built_in_python_validates_identically_to_the_same_json_loaded():
    built = inclusio.Document(**small_plan_entities()).validate(as_of=AS_OF)
    loaded = inclusio.loads(SMALL_PLAN_JSON).validate(as_of=AS_OF)
    assert built == loaded
    assert summary(built) == SMALL_PLAN_FINDINGS


def test_findings_have_exact_messages_in_both_languages(small_plan):
    m003 = small_plan.validate(as_of=AS_OF).by_rule("M003")[0]
    assert m003.message == "funding sources sum to 1,249,999.50 CZK but the total is 1,250,000.50 CZK"
    m003_cs = small_plan.validate(as_of=AS_OF, lang="cs").by_rule("M003")[0]
    assert m003_cs.message == ("zdroje financování dávají součet 1\xa0249\xa0999,50\xa0Kč, "
                               "ale celkem je 1\xa0250\xa0000,50\xa0Kč")


def test_report_counts_and_ok(small_plan, portfolio):
    report = small_plan.validate(as_of=AS_OF)
    assert not report.ok
    assert (report.count("error"), report.count("warning"), report.count("info")) == (5, 1, 1)
    assert len(report.errors) == 5 and [f.rule for f in report.warnings] == ["I014"]
    assert repr(report) == "<inclusio.Report: 5 errors, 1 warning, 1 info>"
    assert portfolio.validate(as_of="2013-08-31").ok


def test_profiles_by_name_dict_json_text_and_file(small_plan, tmp_path):
    profile = {"profile": "town-hall", "extends": "default", "rules": {"Q009": "off", "M003": "warning"}}
    path = tmp_path / "profil.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    for given in (profile, json.dumps(profile), path):
        report = small_plan.validate(as_of=AS_OF, profile=given)
        assert [f.rule for f in report] == ["Q008", "D002", "M002", "M003", "I014", "I004"]
        assert report.by_rule("M003")[0].severity is inclusio.Severity.warning
    draft = json.loads(SMALL_PLAN_JSON)
    draft["plans"][0]["status"] = "draft"
    strict = inclusio.loads(json.dumps(draft))
    assert strict.plans[0].status is inclusio.PlanStatus.draft
    assert all(f.severity is not inclusio.Severity.warning for f in strict.validate(as_of=AS_OF, profile="strict"))


def test_to_frame_has_one_row_per_finding_with_an_ordered_severity(small_plan):
    frame = small_plan.validate(as_of=AS_OF).to_frame()
    assert list(frame.columns) == ["rule", "severity", "pointer", "entity", "message", "plan"]
    # Each finding names the plan holding its value: the measure's in spsz, the indicator's in none.
    assert set(frame.loc[frame["pointer"].str.startswith("/plans/0"), "plan"]) == {"spsz"}
    assert set(frame.loc[frame["pointer"].str.startswith("/indicators"), "plan"]) <= {""}
    assert frame["severity"].dtype == pd.CategoricalDtype(["info", "warning", "error"], ordered=True)
    assert frame["rule"].tolist() == [f[0] for f in SMALL_PLAN_FINDINGS]
    assert (frame["severity"] > "warning").sum() == 5
    assert inclusio.Report().to_frame().shape == (0, 6)


def test_report_html_shows_the_findings_as_a_table(small_plan):
    page = small_plan.validate(as_of=AS_OF)._repr_html_()
    assert "<td>M002</td><td>error</td><td><code>/plans/0/measures/0/budget/sources/1/amount</code></td>" in page


def test_reports_pickle_as_their_packed_findings_and_stay_packed(small_plan):
    report = small_plan.validate(as_of=AS_OF, lang="cs")
    payload = pickle.dumps(report)
    assert report._findings is None  # neither counting nor pickling unpacks the findings
    assert report.packed_findings() in payload and len(payload) < len(report.packed_findings()) + 200
    back = pickle.loads(payload)
    assert (back.count("error"), back.count("warning"), back.count("info"), len(back), back.ok) == (5, 1, 1, 7, False)
    assert back._findings is None
    assert back == report and [(f.plan, f.entity) for f in back] == [(f.plan, f.entity) for f in report]
    assert inclusio.Report.loads(report.dumps()) == report
    made_here = inclusio.Report(report.findings[1:], file="plan.json", as_of=AS_OF.isoformat(), lang="cs")
    assert pickle.loads(pickle.dumps(made_here)) == made_here
    made_here.findings.pop()  # a changed list is what pickles, not what was packed before
    assert len(pickle.loads(pickle.dumps(made_here))) == 5


def test_the_findings_of_many_reports_are_one_frame(tmp_path):
    paths = make_archive(tmp_path, 2)
    reports = inclusio.validate_many(paths, as_of=AS_OF, lang="cs", processes=2)
    frame = inclusio.findings_frame(reports)
    assert list(frame.columns) == ["file", "plan", "entity", "rule", "severity", "pointer", "message"]
    expected = [(r.file, f.plan, f.entity, f.rule, f.severity.value, f.pointer, f.message)
                for r in reports if r.error is None for f in r.findings]
    assert len(frame) == len(expected) == 316
    as_rows = frame.astype(object).where(frame.notna(), "").itertuples(index=False, name=None)
    assert list(as_rows) == expected
    assert frame["severity"].cat.ordered and list(frame["severity"].cat.categories) == ["info", "warning", "error"]
    assert isinstance(frame["file"].dtype, pd.CategoricalDtype) and frame["file"].nunique() == len(paths) - 1
    assert inclusio.findings_frame([]).empty


def test_findings_not_packed_by_the_library_are_refused_with_their_file():
    report = inclusio.Report._of_packed(b'{"columns": ["rule"], "rows": []}', (0, 0, 0), file="plan.json")
    with pytest.raises(inclusio.InvalidArgumentError,
                       match="the findings of plan.json are not the library's packed findings: other columns"):
        inclusio.findings_frame([report])
    columns = '["plan", "entity", "rule", "severity", "pointer", "message"]'
    hostile = {
        b'{"columns": [': "incomplete JSON",
        b"[" * 100_000: "too deep",
        b"\xff\xfe": "syntax error",
        ('{"columns": %s, "rows": [["p", null, "M001", "fatal", "/x", "m"]]}' % columns).encode(): 'no severity "fatal"',
        ('{"columns": %s, "rows": [["p", null, "M001"]]}' % columns).encode(): "a row of another length",
        ('{"columns": %s, "rows": [["p", null, 7, "error", "/x", "m"]]}' % columns).encode(): "a cell is not text",
        ('{"columns": %s, "rows": {}}' % columns).encode(): "no columns and rows",
    }
    for packed, why in hostile.items():
        report = inclusio.Report._of_packed(packed, (0, 0, 0), file="b.json")
        with pytest.raises(inclusio.InvalidArgumentError, match="the findings of b.json are not the library's packed "
                                                                 "findings: " + why):
            inclusio.findings_frame([report])


def test_rule_catalogue():
    rules = inclusio.rules()
    documented = re.findall(r"^\| ([A-Z]\d{3}) \|", (ROOT / "docs" / "rules.md").read_text(), re.M)
    assert [r.code for r in rules] == documented
    m003 = next(r for r in rules if r.code == "M003")
    assert m003.severity is inclusio.Severity.error
    assert m003.title("cs") != m003.title("en")
    assert [r.code[0] for r in rules][0] == "S"


def test_validate_file_reports_a_file_that_cannot_be_loaded(tmp_path):
    broken = tmp_path / "rozbitý.json"
    broken.write_text('{"format": "inclusio",', encoding="utf-8")
    report = inclusio.validate_file(broken, as_of=AS_OF)
    assert not report.ok and report.findings == []
    assert isinstance(report.error, inclusio.ParseError)
    assert report.error.line == 1
    assert report.file == str(broken)
    assert pickle.loads(pickle.dumps(report)).error.to_json() == report.error.to_json()
    with pytest.raises(inclusio.InvalidArgumentError):
        inclusio.validate_file(broken, profile="no-such-profile")


def make_archive(folder, copies: int) -> list[str]:
    """A folder of plan files: the examples several times over, and a broken file among them."""
    paths = []
    for i in range(copies):
        for source in EXAMPLES.glob("*.json"):
            target = folder / f"{i:02d}-{source.name}"
            shutil.copy(source, target)
            paths.append(str(target))
    broken = folder / "zz-broken.json"
    broken.write_text('{"format": "inclusio", "schema_version": "1.0", "plans": [', encoding="utf-8")
    paths.insert(3, str(broken))
    return paths


def test_validate_many_across_processes_equals_the_serial_run(tmp_path):
    paths = make_archive(tmp_path, 3)
    serial = [inclusio.validate_file(p, as_of=AS_OF, lang="cs") for p in paths]
    parallel = inclusio.validate_many(paths, as_of=AS_OF, lang="cs", processes=2)
    assert parallel == serial
    assert [r.file for r in parallel] == paths
    assert isinstance(parallel[3].error, inclusio.ParseError)


def test_validate_many_with_any_executor(tmp_path):
    import concurrent.futures

    paths = example_paths()
    with concurrent.futures.ThreadPoolExecutor(2) as executor:
        threaded = inclusio.validate_many(paths, as_of=AS_OF, executor=executor)
    assert threaded == inclusio.validate_many(paths, as_of=AS_OF, processes=1)


def test_any_number_of_threads_gives_the_same_report():
    document = inclusio.load(EXAMPLES / "asz-2010-2013.json")
    automatic = document.validate(as_of=AS_OF)
    assert len(automatic.findings) > 0
    for threads in (0, 1, 2, 3, 64):
        assert document.validate(as_of=AS_OF, threads=threads) == automatic
    for bad in (-1, 1.5, True, "2", 2**32):
        with pytest.raises(inclusio.InvalidArgumentError, match="threads must be None or a whole number"):
            document.validate(as_of=AS_OF, threads=bad)
    with pytest.raises(inclusio.InvalidArgumentError):
        inclusio.validate_file(EXAMPLES / "asz-2010-2013.json", threads=-2)
    with pytest.raises(inclusio.InvalidArgumentError):
        inclusio.validate_many(example_paths(), threads=-2, processes=1)


class RecordingExecutor:
    """Runs the work in this thread and keeps what each call was given."""

    def __init__(self):
        self.items = []

    def map(self, fn, items):
        self.items = list(items)
        return [fn(item) for item in self.items]


def test_validate_many_passes_the_thread_count_to_each_file():
    paths = example_paths()
    executor = RecordingExecutor()
    reports = inclusio.validate_many(paths, as_of=AS_OF, executor=executor, threads=3)
    assert [item[-1] for item in executor.items] == [3] * len(paths)
    assert reports == inclusio.validate_many(paths, as_of=AS_OF, processes=1)
    # Without a count, an executor's workers validate each file as Document.validate would.
    inclusio.validate_many(paths, as_of=AS_OF, executor=executor)
    assert [item[-1] for item in executor.items] == [None] * len(paths)


def test_a_report_renders_as_the_tool_writes_it():
    report = inclusio.loads(SMALL_PLAN_JSON).validate(as_of=AS_OF)
    text = report.render("text")
    assert text.splitlines()[0] == "/plans/0: error Q008 " + report.findings[0].message + " [spsz]"
    assert text.endswith("\n5 errors, 1 warning, 1 info\n")
    rows = report.render("csv").splitlines()
    assert rows[0] == "file,rule,severity,pointer,entity,message"
    assert rows[1].startswith(",Q008,error,/plans/0,spsz,")
    assert json.loads(report.render("json"))[0]["findings"] == [f.to_json() for f in report.findings]
    with pytest.raises(inclusio.InvalidArgumentError, match="not rendered as md"):
        report.render("md")
