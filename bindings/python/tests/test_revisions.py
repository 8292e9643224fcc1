"""Revisions and portfolios from Python: the revised Bílina plan against the original, its changes as a
DataFrame and a JSON Patch, a revision chain inside one document, and files merged into a portfolio."""

from __future__ import annotations

import json
import pickle
from decimal import Decimal

import pytest

import inclusio
from conftest import EXAMPLES, ROOT

REVISION = ROOT / "tests" / "fixtures" / "revision"


@pytest.fixture(scope="module")
def versions() -> tuple[inclusio.Document, inclusio.Document]:
    return inclusio.load(REVISION / "bilina-2011.json"), inclusio.load(REVISION / "bilina-2012.json")


def apply_patch(doc, patch):
    """RFC 6902 add, remove and replace, as a client would apply them."""
    for op in patch:
        *head, last = [p.replace("~1", "/").replace("~0", "~") for p in op["path"].split("/")[1:]]
        target = doc
        for p in head:
            target = target[int(p)] if isinstance(target, list) else target[p]
        if isinstance(target, list):
            i = len(target) if last == "-" else int(last)
            if op["op"] == "add":
                target.insert(i, op["value"])
            elif op["op"] == "remove":
                del target[i]
            else:
                target[i] = op["value"]
        elif op["op"] == "remove":
            del target[last]
        else:
            target[last] = op["value"]
    return doc


def test_a_document_against_itself_is_empty(portfolio):
    revision = portfolio.diff(portfolio)
    assert not revision
    assert len(revision) == 0
    assert revision.patch == []


def test_the_changes_of_a_revised_plan(versions):
    old, new = versions
    revision = old.diff(new)
    assert revision
    by_path = {c.path: c for c in revision if c.op != "remove"}
    dropped = next(c for c in revision if c.op == "remove")
    assert (dropped.op, dropped.semantic, dropped.entity, dropped.kind) == (
        "remove", "measure_dropped", "opatreni-bilina-za4", "measure")
    assert dropped.old["title"] == "Programy prostupného zaměstnávání"
    assert dropped.new is None
    source = by_path["/plans/0/measures/0/budget/sources/0/amount"]
    assert (source.semantic, source.item, source.difference, source.currency) == (
        "funding_source_changed", "op_lzz", Decimal("-300000.00"), "CZK")
    target = by_path["/indicators/0/targets/1/value"]
    assert (target.old, target.new, target.movement, target.ambition) == (40, 45, "raised", "higher")
    assert by_path["/plans/0/measures/2/status"].semantic == "status_backwards"


def test_changes_as_a_frame(versions):
    old, new = versions
    frame = old.diff(new).to_frame()
    assert list(frame.columns) == ["op", "entity", "title", "kind", "path", "old", "new", "semantic", "difference",
                                   "currency", "movement", "ambition", "item"]
    money = frame[frame.semantic == "budget_changed"]
    assert money.difference.tolist() == [Decimal("200000.00")]
    assert set(frame.op.cat.categories) == {"add", "remove", "replace"}
    assert (frame.semantic == "measure_added").sum() == 1


def test_the_patch_turns_the_old_json_into_the_new(versions):
    old, new = versions
    patched = apply_patch(json.loads(old.dumps()), old.diff(new).patch)
    assert inclusio.loads(json.dumps(patched, ensure_ascii=False)).dumps() == new.dumps()


def test_the_revision_report_in_czech(versions):
    old, new = versions
    revision = old.diff(new, old_label="SPSZ 2011", new_label="SPSZ 2012")
    md = revision.to_markdown("cs")
    assert md.startswith("# Revize: SPSZ 2011 → SPSZ 2012\n")
    assert "## Stav vrácený zpět" in md
    assert "<h2>Nová opatření</h2>" in revision.to_html("cs")
    assert json.loads(revision.to_json())["counts"]["semantic"]["measure_dropped"] == 1


def test_diff_plans_reads_a_revision_chain_in_one_document(versions):
    old, new = versions
    doc = json.loads(old.dumps())
    revised = json.loads(json.dumps(json.loads(new.dumps())["plans"][0]))
    text = json.dumps(revised, ensure_ascii=False)
    for entity in ["spsz-bilina", "cil-bilina-education", "opatreni-bilina-vz1", "opatreni-bilina-vz2",
                   "opatreni-bilina-vz4", "opatreni-bilina-vz6", "opatreni-bilina-vz7"]:
        text = text.replace(f'"{entity}"', f'"{entity}-2012"')
    revised = json.loads(text)
    revised["supersedes"] = "spsz-bilina"
    doc["plans"].append(revised)
    both = inclusio.loads(json.dumps(doc, ensure_ascii=False))
    changes = both.diff_plans("spsz-bilina-2012").changes
    assert sorted(c.semantic for c in changes if c.semantic) == sorted([
        "measure_dropped", "measure_added", "budget_changed", "funding_source_changed", "funding_source_changed",
        "funding_source_changed", "status_backwards"])
    with pytest.raises(inclusio.NotFoundError, match='the document has no plan "nic"'):
        both.diff_plans("nic")
    with pytest.raises(inclusio.InvalidArgumentError, match="supersedes no plan"):
        both.diff_plans("spsz-bilina")


def test_merge_unites_files_and_reports_conflicts(versions):
    old, new = versions
    vysocina = inclusio.load(EXAMPLES / "vysocina-2014-2015.json")
    portfolio = inclusio.merge([old, vysocina])
    assert len(portfolio.plans) == len(old.plans) + len(vysocina.plans)
    assert portfolio.merge_conflicts == []
    with pytest.raises(inclusio.MergeConflictError) as caught:
        inclusio.merge([old, new], labels=["2011.json", "2012.json"])
    first = caught.value.conflicts[0]
    assert (first.entity, first.kind, first.first, first.first_path, first.second_path, first.resolved) == (
        "spsz-bilina", "plan", "2011.json", "/plans/0", "/plans/0", False)
    assert "conflict: plan spsz-bilina differs: 2011.json /plans/0 and 2012.json /plans/0" in str(caught.value)
    assert pickle.loads(pickle.dumps(caught.value)).conflicts == caught.value.conflicts
    kept = inclusio.merge([old, new], on_conflict="prefer-last")
    assert not kept.diff(new)
    assert [c.resolved for c in kept.merge_conflicts] == [True] * len(kept.merge_conflicts)
    with pytest.raises(inclusio.InvalidArgumentError, match="on_conflict"):
        inclusio.merge([old, new], on_conflict="newest")
