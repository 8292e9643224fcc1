"""Writes an archive of N measures with distinct titles, 20 to a plan, each plan in its own town: the
shape on which the summary's fulfilment matrix has a row per measure (docs/hardening.md).

    python3 bench/distinct_measures.py 80000 d80000.json
    /usr/bin/time build/tools/inclusio/inclusio report d80000.json --as-of 2022-01-01 --format md -o r.md
"""

import json
import sys


def archive(measures: int, per_plan: int = 20) -> dict:
    territories, plans = [], []
    for p in range(measures // per_plan):
        territories.append({"id": f"t{p}", "kind": "municipality", "name": f"Obec {p}"})
        plans.append({
            "id": f"p{p}", "kind": "support_plan", "title": "P", "territory": f"t{p}",
            "period": {"start": "2021-01-01", "end": "2022-12-31"}, "status": "approved",
            "measures": [{"id": f"m{p}-{k}", "title": f"Opatření {p}-{k}", "theme": "housing", "status": "implemented",
                          "localities": [f"t{p}"],
                          "budget": {"total": "100.00", "sources": [{"source": "op_z", "amount": "100.00"}]}}
                         for k in range(per_plan)]})
    return {"format": "inclusio", "schema_version": "1.0", "territories": territories, "plans": plans}


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: distinct_measures.py MEASURES OUT.json")
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(archive(int(sys.argv[1])), out, ensure_ascii=False)
