"""Builds the package: the pure-Python sources as they are, and inclusio._native with the project's own
CMake build (the core compiled once more, with only what the extension needs)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[1]


def project_version() -> str:
    # The version is defined once, in the project() call of the top-level CMakeLists.txt.
    text = (PROJECT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(inclusio VERSION ([0-9.]+)", text)
    if not match:
        raise SystemExit(f"no version in {PROJECT / 'CMakeLists.txt'}")
    return match.group(1)


class CMakeExtension(Extension):
    def __init__(self, name: str) -> None:
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        prebuilt = os.environ.get("INCLUSIO_PREBUILT_NATIVE")
        if prebuilt:  # a module the project's own build made (packagers, and the test suite)
            shutil.copyfile(prebuilt, target)
            return
        if not (PROJECT / "src" / "CMakeLists.txt").exists():
            raise SystemExit("inclusio's Python package is built from the project's source tree: "
                             "run pip install on bindings/python of a checkout")
        build = Path(self.build_temp).resolve() / "cmake"
        jobs = str(os.cpu_count() or 1)
        subprocess.run(["cmake", "-S", str(PROJECT), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
                        "-DINCLUSIO_TESTS=OFF", "-DINCLUSIO_EXAMPLES=OFF", "-DINCLUSIO_PYTHON=ON",
                        "-DINCLUSIO_WERROR=OFF", f"-DPython3_EXECUTABLE={sys.executable}"], check=True)
        subprocess.run(["cmake", "--build", str(build), "--target", "inclusio_python", "-j", jobs], check=True)
        built = next((build / "python" / "inclusio").glob("_native*.so"))
        shutil.copyfile(built, target)


# The metadata is pyproject.toml's [project] table; only what needs code is given here.
setup(
    version=project_version(),
    ext_modules=[CMakeExtension("inclusio._native")],
    cmdclass={"build_ext": CMakeBuild},
)
