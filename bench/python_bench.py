"""The Python face beside its baselines, measured in one run:

- inclusio loading and validating a synthetic archive, beside jsonschema validating the same document
  against the JSON Schema the core generates (jsonschema checks only the form, inclusio all 54 rules);
- the DataFrame of a million observations, beside building the same frame from numpy arrays that are
  already there (the floor for any DataFrame construction);
- every table's DataFrame per row, beside the observations' (frame("indicators") was 8–18 s on a 93 MB
  archive when it went through JSON; the target is within 2x the observations' time per row).

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py [--plans 40] [--observation-plans 1737]

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


def archive(plans: int, folder: Path) -> Path:
    path = folder / f"archive-{plans}.json"
    subprocess.run([str(BENCH), "--write-archive", str(plans), str(path)], check=True)
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


if __name__ == "__main__":
    main()
