"""Validating files: one, or many across processes or any executor (a Dask cluster's)."""

from __future__ import annotations

import concurrent.futures
import datetime
import multiprocessing
import os
from typing import Any, Iterable

from . import _native
from .document import load
from .errors import Error
from .options import as_of_text, file_path, profile_text, thread_count
from .validation import Report


def validate_file(path: str | os.PathLike[str], as_of: datetime.date | str | None = None, profile: Any = "default",
                  lang: str = "en", strict: bool = False, *, threads: int | None = None) -> Report:
    """Loads and validates one file. Never raises for a bad file: a file that cannot be loaded gives
    a report whose ``error`` says why (so a batch goes on); bad options do raise. `threads` as for
    Document.validate."""
    # Options are checked before the file, so that a bad option is an exception, not a report.
    path = file_path(path)
    as_of_value = as_of_text(as_of)
    profile_value = profile_text(profile)
    _native.check_profile(profile_value)
    thread_count(threads)
    try:
        document = load(path, strict=strict)
    except Error as e:
        return Report(file=file_path(path), error=e, as_of=as_of_value, lang=lang)
    report = document.validate(as_of=as_of_value, profile=profile_value, lang=lang, threads=threads)
    report.file = file_path(path)
    return report


def _validate_file_args(args: tuple[Any, ...]) -> Report:
    *positional, threads = args
    return validate_file(*positional, threads=threads)


def validate_many(paths: Iterable[str | os.PathLike[str]], as_of: datetime.date | str | None = None,
                  profile: Any = "default", lang: str = "en", strict: bool = False, *,
                  processes: int | None = None, executor: concurrent.futures.Executor | None = None,
                  threads: int | None = None) -> list[Report]:
    """Validates many files across processes; the reports are in the order of `paths`.

    By default a pool of `processes` worker processes (one per core) does the work, each validating
    its file on one thread (the processes already use the cores). Any concurrent.futures executor
    may be given instead, such as a Dask client's ``get_executor()`` to spread an archive over a
    cluster; each file is then validated as Document.validate would. `threads` sets the threads per
    file either way. The results are the same as a serial run's."""
    thread_count(threads)
    paths = list(paths)
    workers = processes or os.cpu_count() or 1
    pooled = executor is None and workers > 1 and len(paths) > 1
    per_file = 1 if threads is None and pooled else threads
    items = [(file_path(p), as_of_text(as_of), profile_text(profile), lang, strict, per_file) for p in paths]
    if items:
        _native.check_profile(items[0][2])
    if executor is not None:
        return list(executor.map(_validate_file_args, items))
    if not pooled:
        return [_validate_file_args(item) for item in items]
    # Not forked from this process: a notebook's threads must not be copied into the workers mid-state.
    # Where it can, from a fork server that has imported the package once (started with the first
    # batch and kept): each batch's workers then start in milliseconds, not in a fresh interpreter.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["inclusio"])
    else:
        context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=context) as pool:
        chunk = max(1, len(items) // (workers * 4))
        return list(pool.map(_validate_file_args, items, chunksize=chunk))
