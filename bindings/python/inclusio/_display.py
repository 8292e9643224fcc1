"""How entities show in a notebook (mixed into the generated classes)."""

from __future__ import annotations

import html
from typing import Any


def _text(value: Any) -> str:
    return "" if value is None else html.escape(str(value))


class PlanDisplay:
    """A plan as a heading (title, kind, period, status) and a table of its measures."""

    def _repr_html_(self) -> str:
        plan: Any = self
        period = plan.period
        span = f"{_text(period.start)} – {_text(period.end)}" if period is not None and not isinstance(period, str) else ""
        rows = "".join(
            f"<tr><td>{_text(m.code)}</td><td>{_text(m.title)}</td><td>{_text(m.theme)}</td>"
            f"<td>{_text(m.status)}</td><td>{_text(m.budget.total if getattr(m, 'budget', None) else None)}</td></tr>"
            for m in (plan.measures or []) if hasattr(m, "title"))
        return (f"<div><strong>{_text(plan.title)}</strong> ({_text(plan.kind)}, {span}, {_text(plan.status)})"
                f"<table><thead><tr><th>code</th><th>measure</th><th>theme</th><th>status</th><th>budget</th></tr>"
                f"</thead><tbody>{rows}</tbody></table></div>")
