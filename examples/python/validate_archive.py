"""Validates a folder of plan files on a Dask cluster and prints a line per file.

    PYTHONPATH=build/python /usr/bin/python3 examples/python/validate_archive.py FOLDER [--scheduler ADDRESS]
        [--as-of YYYY-MM-DD] [--lang cs]

Without --scheduler it starts a LocalCluster on this machine; with the address of a running scheduler
(tcp://host:8786) the same code spreads a national archive over a real cluster. Each worker reads its
files from their paths and sends back reports with their findings packed (one bytes object each), so
the results equal a serial run's; inclusio.findings_frame(reports) makes one DataFrame of them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import inclusio


def validate_folder(folder: Path, client, as_of: str | None = None, lang: str = "en") -> list[inclusio.Report]:
    """Every *.json file of `folder` (sorted by name), validated on the Dask `client`'s workers."""
    paths = sorted(str(p) for p in folder.glob("*.json"))
    return inclusio.validate_many(paths, as_of=as_of, lang=lang, executor=client.get_executor())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scheduler", help="address of a Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--as-of")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None))
    with client:
        reports = validate_folder(args.folder, client, as_of=args.as_of, lang=args.lang)
    for report in reports:
        if report.error is not None:
            print(f"{report.file}: not loaded: {report.error}")
        else:
            print(f"{report.file}: {report.count('error')} errors, {report.count('warning')} warnings")
    return 0 if all(r.ok for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
