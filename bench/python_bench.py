"""The Python face beside its baselines, measured in one run:

- inclusio loading and validating a synthetic archive, beside jsonschema validating the same document
  against the JSON Schema the core generates (jsonschema checks only the form, inclusio all 54 rules);
- the DataFrame of a million observations, beside building the same frame from numpy arrays that are
  already there (the floor for any DataFrame construction);
- every table's DataFrame per row, beside the observations' (frame("indicators") was 8–18 s on a 93 MB
  archive when it went through JSON; the target is within 2x the observations' time per row);
- frames and changes through Python (a measure added, its code set) at four sizes;
- scale-out: 8 finding-heavy archives validated by validate_many in one process and in two worker
  processes (and on a Dask LocalCluster of two workers when dask.distributed is installed), with the
  size of a report as it comes back from a worker, and the findings of all of them as one frame.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py [--plans 40] [--observation-plans 1737]
        [--scale-plans 300] [--scale-files 8]

The archives come from build/bench/inclusio_bench's generator (written with --write-archive).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

import inclusio

BENCH = Path(__file__).resolve().parents[1] / "build" / "bench" / "inclusio_bench"


def archive(plans: int, folder: Path, shape: str = "") -> Path:
    path = folder / f"archive-{plans}{'-' + shape if shape else ''}.json"
    subprocess.run([str(BENCH), "--write-archive", str(plans), str(path)] + ([shape] if shape else []), check=True)
    return path


def best_of(repeat: int, work, warm_up: int = 2) -> float:
    for _ in range(warm_up):  # the first runs of a process also grow its heap and fault its pages in
        work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=40, help="size of the archive jsonschema validates")
    parser.add_argument("--observation-plans", type=int, default=1737,
                        help="size of the archive for the DataFrame (1737 plans: a million observations)")
    parser.add_argument("--scale-plans", type=int, default=300, help="size of each archive of the scale-out")
    parser.add_argument("--scale-files", type=int, default=8, help="archives of the scale-out")
    args = parser.parse_args()
    import jsonschema

    with tempfile.TemporaryDirectory() as folder:
        path = archive(args.plans, Path(folder))
        megabytes = path.stat().st_size / 1e6
        schema = inclusio.json_schema()
        validator = jsonschema.Draft202012Validator(schema)
        text = path.read_text(encoding="utf-8")

        def with_jsonschema() -> None:
            errors = list(validator.iter_errors(json.loads(text)))
            assert errors == [], errors[:3]

        def with_inclusio() -> None:
            assert inclusio.loads(text).validate(as_of="2026-11-23").ok

        # The fastest of several runs on both sides: other work on the machine only ever slows a run.
        schema_seconds = best_of(3, with_jsonschema, warm_up=1)
        inclusio_seconds = best_of(10, with_inclusio)
        print(f"archive of {args.plans} plans, {megabytes:.1f} MB:")
        print(f"  jsonschema (form only)        {megabytes / schema_seconds:8.1f} MB/s")
        print(f"  inclusio load + all rules     {megabytes / inclusio_seconds:8.1f} MB/s")
        print(f"  ratio                         {schema_seconds / inclusio_seconds:8.1f}x faster")

        document = inclusio.load(archive(args.observation_plans, Path(folder)))
        frame = document.frame("observations")
        rows = len(frame)
        arrays = {name: (frame[name].cat.codes.to_numpy().copy(), frame[name].cat.categories)
                  if isinstance(frame[name].dtype, pd.CategoricalDtype) else frame[name].to_numpy().copy()
                  for name in frame.columns}

        def from_arrays() -> None:
            pd.DataFrame({name: pd.Categorical.from_codes(*value) if isinstance(value, tuple) else value
                          for name, value in arrays.items()}, copy=False)

        frame_seconds = best_of(3, lambda: document.frame("observations"))
        arrays_seconds = best_of(3, from_arrays)
        print(f"\nobservations frame of {rows:,} rows:")
        print(f"  from numpy arrays at hand     {arrays_seconds * 1e3:8.1f} ms")
        print(f"  doc.frame('observations')     {frame_seconds * 1e3:8.1f} ms (reading the document included)")
        print(f"  ratio                         {frame_seconds / arrays_seconds:8.1f}x the arrays' time")

        per_observation = frame_seconds / rows
        print(f"\ntables per row, beside observations ({per_observation * 1e9:.0f} ns a row):")
        for table in inclusio.TABLES:
            table_rows = len(document.frame(table))
            if table_rows < 1000:
                continue
            seconds = best_of(3, lambda: document.frame(table), warm_up=1)
            print(f"  {table:<22} {table_rows:>9,} rows {seconds * 1e3:9.1f} ms "
                  f"{seconds / table_rows / per_observation:6.2f}x per row")
        del document, frame, arrays

        frames_at_four_sizes(Path(folder), args.observation_plans)
        changes_at_four_sizes()
        scale_out(Path(folder), args.scale_plans, args.scale_files)


def frames_at_four_sizes(folder: Path, largest: int) -> None:
    """Each table's frame per row at a quarter, a half, three quarters and the whole of the largest
    archive: linear when the time per row holds (a frame's fixed cost, its columns made into pandas
    arrays, weighs most on the smallest)."""
    sizes = [max(1, largest * k // 4) for k in (1, 2, 3, 4)]
    per_row: dict[str, list[float]] = {table: [] for table in ("indicators", "observations", "measures")}
    for plans in sizes:
        document = inclusio.load(archive(plans, folder))
        for table, times in per_row.items():
            rows = len(document.frame(table))
            times.append(best_of(3, lambda: document.frame(table, money="float"), warm_up=1) / rows)
        del document
    print(f"\nframes at {', '.join(map(str, sizes))} plans (ns a row; money as float):")
    for table, times in per_row.items():
        mean = sum(times) / len(times)
        spread = max(abs(t - mean) / mean for t in times)
        print(f"  {table:<14} " + " ".join(f"{t * 1e9:7.0f}" for t in times) + f"   within ±{spread * 100:.0f} %")


def changes_at_four_sizes() -> None:
    """A host's import loop through Python: a measure added to a plan and its code set, one change at a
    time, into plans of 250 to 2000 measures: linear when the time per measure holds."""
    def per_measure(count: int) -> float:
        document = inclusio.Document()
        document.add(inclusio.Territory(id="kh", kind="municipality", name="Kutná Hora"))
        document.add(inclusio.Plan(id="p", kind="local_action_plan", title="Plán", territory="kh",
                                   period=inclusio.Period(start="2021-01-01", end="2023-12-31"), status="approved"))
        start = time.perf_counter()
        for i in range(count):
            document.add(inclusio.Measure(id=f"m{i}", title=f"Opatření {i}", theme="housing", status="planned"),
                         to="p")
            document.set(f"/plans/0/measures/{i}/code", f"BY{i}")
        return (time.perf_counter() - start) / count

    sizes = (250, 500, 1000, 2000)
    times = [min(per_measure(n) for _ in range(2)) for n in sizes]
    mean = sum(times) / len(times)
    spread = max(abs(t - mean) / mean for t in times)
    print(f"\nchanges through Python (add a measure, set its code) into plans of {', '.join(map(str, sizes))} measures:")
    print("  µs a measure   " + " ".join(f"{t * 1e6:7.0f}" for t in times) + f"   within ±{spread * 100:.0f} %")


def scale_out(folder: Path, plans: int, files: int) -> None:
    """validate_many over `files` finding-heavy archives: one process, two worker processes, Dask."""
    import pickle
    import shutil

    first = archive(plans, folder, "finding-heavy")
    paths = [first] + [shutil.copy(first, folder / f"scale-{i}.json") for i in range(1, files)]
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    # Each side's time includes what a user waits for: the pool's start as much as the work.
    serial_seconds = best_of(2, lambda: inclusio.validate_many(paths, as_of="2026-11-23", processes=1), warm_up=1)
    pooled_seconds = best_of(2, lambda: inclusio.validate_many(paths, as_of="2026-11-23", processes=2), warm_up=1)
    reports = inclusio.validate_many(paths, as_of="2026-11-23", processes=2)
    findings = sum(len(r) for r in reports)
    packed = len(pickle.dumps(reports[0]))
    as_json = len(pickle.dumps(inclusio.Report.loads(reports[0].dumps()).dumps()))
    frame_seconds = best_of(3, lambda: inclusio.findings_frame(reports), warm_up=1)
    print(f"\nscale-out: {files} finding-heavy archives of {plans} plans, {megabytes:.0f} MB, {findings:,} findings:")
    print(f"  validate_many, 1 process      {serial_seconds:8.2f} s")
    print(f"  validate_many, 2 processes    {pooled_seconds:8.2f} s ({serial_seconds / pooled_seconds:.2f}x faster)")
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("  Dask LocalCluster             (dask.distributed is not installed)")
    else:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            executor = client.get_executor()
            dask_seconds = best_of(2, lambda: inclusio.validate_many(paths, as_of="2026-11-23", executor=executor),
                                   warm_up=1)
            same = inclusio.validate_many(paths, as_of="2026-11-23", executor=executor) == reports
        print(f"  Dask LocalCluster, 2 workers  {dask_seconds:8.2f} s ({serial_seconds / dask_seconds:.2f}x faster; "
              f"{'the same reports' if same else 'OTHER REPORTS'})")
    print(f"  a report from a worker        {packed / 1e6:8.2f} MB pickled (as canonical JSON: {as_json / 1e6:.2f} MB)")
    print(f"  findings_frame of all         {frame_seconds * 1e3:8.1f} ms")


if __name__ == "__main__":
    main()
