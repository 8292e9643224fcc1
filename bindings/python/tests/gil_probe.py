"""Prints how often the main thread ran Python while another thread was inside a call.

With a switch interval far longer than the probe, a thread holding the GIL keeps it until it blocks:
the main thread (which gives the GIL up on every tick) can only run while the worker is inside a call
that released it. So the count is 0 for Python code and above 0 for a core call that releases the GIL.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import inclusio


def ticks_while(work, attempts: int = 200) -> int:
    """Runs `work` up to `attempts` times, until the main thread has ticked: on a busy machine the
    main thread may not be scheduled during one short call, but it never ticks while the GIL is held."""
    counter = {"ticks": 0, "during": -1}
    done = threading.Event()

    def run() -> None:
        start = counter["ticks"]
        for _ in range(attempts):
            work()
            if counter["ticks"] != start:
                break
        counter["during"] = counter["ticks"] - start
        done.set()

    worker = threading.Thread(target=run)
    worker.start()
    while not done.is_set():
        counter["ticks"] += 1
        time.sleep(0)
    worker.join()
    return counter["during"]


def main() -> None:
    portfolio = inclusio.load(Path(__file__).resolve().parents[3] / "examples" / "data" / "asz-2010-2013.json")
    text = portfolio.dumps()
    sys.setswitchinterval(100.0)
    print("python_code=%d" % ticks_while(lambda: sum(range(100_000)), attempts=20))
    # A core call that keeps the GIL (reading JSON out of a document is quick and keeps it).
    print("native_holding=%d" % ticks_while(lambda: portfolio._native.json_at(""), attempts=20))
    print("loads=%d" % ticks_while(lambda: inclusio.loads(text)))
    print("validate=%d" % ticks_while(lambda: portfolio.validate(as_of="2013-08-31")))


if __name__ == "__main__":
    main()
