"""The package as a whole: the generated model matches the core, the public names exist, the GIL is
released while the core works."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import inclusio
from conftest import native_module_path

PACKAGE = Path(__file__).resolve().parents[1]


def test_the_committed_model_is_what_the_core_generates():
    generated = subprocess.run([sys.executable, str(PACKAGE / "tools" / "generate_model.py"), native_module_path()],
                               check=True, capture_output=True, text=True).stdout
    committed = (PACKAGE / "inclusio" / "model.py").read_text(encoding="utf-8")
    assert generated == committed, "run tools/generate_model.py: the core's records or codelists changed"


def test_every_codelist_and_record_of_the_core_has_a_class():
    for name, (_description, entries) in inclusio._native.codelists().items():
        codelist = getattr(inclusio, name)
        assert [m.value for m in codelist] == [code for code, _en, _cs in entries]
    schema = inclusio.json_schema()
    assert schema["$defs"]["Measure"]["required"] == ["id", "title", "theme", "status"]
    assert list(inclusio.Measure._spec) == list(schema["$defs"]["Measure"]["properties"])


def test_public_names_and_typing_marker():
    for name in inclusio.__all__:
        assert hasattr(inclusio, name), name
    assert (PACKAGE / "inclusio" / "py.typed").exists()
    assert (PACKAGE / "inclusio" / "_native.pyi").exists()
    assert inclusio.__version__.count(".") == 2


def test_the_stubs_name_every_function_of_the_native_module():
    stubs = (PACKAGE / "inclusio" / "_native.pyi").read_text(encoding="utf-8")
    native = [n for n in dir(inclusio._native) if not n.startswith("_") and n not in ("Document", "version")]
    native += [n for n in dir(inclusio._native.Document) if not n.startswith("_")]
    assert [n for n in native if f"def {n}(" not in stubs] == []


def test_load_and_validate_release_the_gil():
    # In a fresh interpreter, so that no thread left by other tests competes for the GIL.
    probe = subprocess.run([sys.executable, str(Path(__file__).with_name("gil_probe.py"))], check=True,
                           capture_output=True, text=True)
    ticks = dict(line.split("=") for line in probe.stdout.split())
    # The probe's controls: Python code, and a core call that keeps the GIL, let nothing else run.
    assert int(ticks["python_code"]) == 0
    assert int(ticks["native_holding"]) == 0
    assert int(ticks["loads"]) > 0
    assert int(ticks["validate"]) > 0
