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


def ticks_while(work) -> int:
    counter = {"ticks": 0, "during": -1}
    done = threading.Event()

    def run() -> None:
        start = counter["ticks"]
        work()
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
    print("python_code=%d" % ticks_while(lambda: sum(range(3_000_000))))
    # A core call that keeps the GIL (reading JSON out of a document is quick and keeps it).
    print("native_holding=%d" % ticks_while(lambda: [portfolio._native.json_at("") for _ in range(30)]))
    print("loads=%d" % ticks_while(lambda: [inclusio.loads(text) for _ in range(5)]))
    print("validate=%d" % ticks_while(lambda: [portfolio.validate(as_of="2013-08-31") for _ in range(5)]))


if __name__ == "__main__":
    main()
