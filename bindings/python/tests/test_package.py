"""The package as a whole: the generated model matches the core, the public names exist, the GIL is
released while the core works."""

from __future__ import annotations

import ast
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


def _stub_signatures() -> dict[str, list[str]]:
    """Parameter names of every function in _native.pyi ("Document.set_json" for methods, without self)."""
    tree = ast.parse((PACKAGE / "inclusio" / "_native.pyi").read_text(encoding="utf-8"))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            out[node.name] = [a.arg for a in node.args.args]
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name != "__init__":
                    out[f"{node.name}.{item.name}"] = [a.arg for a in item.args.args[1:]]
    return out


def _native_signatures() -> dict[str, list[str]]:
    """Parameter names of every function of the native module, from pybind11's signature line."""
    def parameters(function: object, skip_self: bool) -> list[str]:
        first = (function.__doc__ or "").splitlines()[0]
        inside = first[first.index("(") + 1:first.rindex(") ->")]
        parts, depth, current = [], 0, ""
        for c in inside:  # commas inside brackets belong to a parameter's type
            depth += (c == "[") - (c == "]")
            if c == "," and depth == 0:
                parts.append(current)
                current = ""
            else:
                current += c
        names = [p.split(":")[0].strip() for p in [*parts, current] if p.strip()]
        return names[1:] if skip_self else names

    native = inclusio._native
    classes = [n for n in dir(native) if isinstance(getattr(native, n), type)]
    out = {n: parameters(getattr(native, n), False) for n in dir(native)
           if not n.startswith("_") and n not in classes and n != "version"}
    for c in classes:  # methods; properties have no signature line to compare
        out.update({f"{c}.{n}": parameters(getattr(getattr(native, c), n), True)
                    for n in dir(getattr(native, c)) if not n.startswith("_")
                    and not isinstance(getattr(getattr(native, c), n), property)})
    return out


def test_the_stubs_match_the_native_module():
    native = _native_signatures()
    stubs = _stub_signatures()
    assert sorted(native) == sorted(stubs)
    # pybind11 names unnamed parameters arg0, arg1...: only named ones are compared by name.
    for name, parameters in native.items():
        assert len(parameters) == len(stubs[name]), name
        for got, stub in zip(parameters, stubs[name]):
            assert got.startswith("arg") or got == stub, (name, got, stub)


def test_the_modules_of_the_package_import_each_other_without_a_cycle():
    imports: dict[str, set[str]] = {}
    for path in (PACKAGE / "inclusio").glob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                found |= {node.module} if node.module else {a.name for a in node.names}
        imports[path.stem] = found - {"_native"}
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> None:
        if state.get(module) == "done":
            return
        assert state.get(module) != "open", " → ".join([*path, module])
        state[module] = "open"
        for imported in imports.get(module, ()):
            visit(imported, [*path, module])
        state[module] = "done"

    for module in imports:
        visit(module, [])
    assert "document" not in imports["frames"] | imports["validation"]


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
