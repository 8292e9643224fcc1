"""A folder of plan files validated on a Dask LocalCluster gives the serial run's results."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

import inclusio
from conftest import AS_OF, ROOT
from test_validation import make_archive

EXAMPLE = ROOT / "examples" / "python" / "validate_archive.py"


def load_example():
    spec = importlib.util.spec_from_file_location("validate_archive", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.filterwarnings("ignore:make_current is deprecated:DeprecationWarning")  # Debian's tornado 6.2
def test_dask_local_cluster_gives_the_serial_results(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    paths = make_archive(tmp_path, 2)
    serial = [inclusio.validate_file(p, as_of=AS_OF, lang="cs") for p in sorted(paths)]
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        on_cluster = load_example().validate_folder(tmp_path, client, as_of=AS_OF.isoformat(), lang="cs")
    assert on_cluster == serial
    assert inclusio.findings_frame(on_cluster).equals(inclusio.findings_frame(serial))
    assert sum(1 for r in on_cluster if r.error is not None) == 1


def test_the_example_script_runs_on_its_own_local_cluster(tmp_path):
    make_archive(tmp_path, 1)
    result = subprocess.run([sys.executable, str(EXAMPLE), str(tmp_path), "--as-of", "2026-11-23"],
                            capture_output=True, text=True, timeout=300)
    lines = result.stdout.splitlines()
    assert result.returncode == 1  # the broken file
    assert len(lines) == 6  # the five example files and the broken one
    assert lines[0] == f"{tmp_path}/00-asz-2010-2013.json: 0 errors, 107 warnings"
    assert lines[-1] == f"{tmp_path}/zz-broken.json: not loaded: line 1, column 59: unexpected end of input (near /plans)"
