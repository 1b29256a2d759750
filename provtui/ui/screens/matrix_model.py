"""The suite matrix as data: which rows (cases grouped by category, a total per category, time
and cost), which columns (targets), and what each cell says, from a suite result and the
events of a running suite.  No textual here, so the rules are tested without a terminal.

A cell key is (case id, target); its text is a spinner frame while running, ``✓ 1`` /
``✗ 0.5/1`` when done, ``ERR kind`` when every run failed, ``2/3`` passes over repeats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from provtui.core.stats import wilson_interval
from provtui.suite.report_data import fmt_num

__all__ = ["SPINNER", "MatrixModel", "Row"]

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"

_ERR_SHORT = {"context_length": "ctx", "rate_limit": "rate", "timeout": "time", "auth": "auth",
              "server": "5xx", "network": "net", "bad_request": "400", "cancelled": "cancel"}


@dataclass(frozen=True)
class Row:
    kind: str
    """``case`` | ``total`` (a category's total) | ``time`` | ``cost`` | ``all``."""
    key: str
    """The case id, the category, or the row's name."""
    label: str
    category: str = ""


@dataclass
class MatrixModel:
    targets: list[str]
    cases: list[dict[str, Any]]
    repeat: int = 1
    cells: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    running: dict[tuple[str, str], int] = field(default_factory=dict)
    """(case, target) -> cells in flight."""
    sessions: dict[str, str] = field(default_factory=dict)
    """case id -> its session id (known from the first CellStarted or the result)."""
    read_only: bool = False
    summary: dict[str, Any] = field(default_factory=dict)
    only_failures: bool = False
    only_disagreements: bool = False
    category: str | None = None
    sort_by_total: bool = False

    # ------------------------------------------------------------------ building

    @classmethod
    def from_result(cls, result: dict[str, Any], *, read_only: bool = False) -> MatrixModel:
        m = cls(targets=[str(t) for t in result.get("targets") or []],
                cases=[c for c in result.get("cases") or [] if isinstance(c, dict)],
                repeat=int(result.get("repeat") or 1), read_only=read_only)
        m.load(result)
        return m

    def load(self, result: dict[str, Any]) -> None:
        """Take every cell of a (partial) result; pending cells stay empty."""
        self.summary = result.get("summary") or {}
        for c in result.get("cases") or []:
            if isinstance(c, dict) and c.get("session_id"):
                self.sessions[str(c["id"])] = str(c["session_id"])
        for cell in result.get("cells") or []:
            if isinstance(cell, dict) and cell.get("status") not in (None, "pending"):
                self.finish(cell)

    def start(self, case: str, target: str, session_id: str | None = None) -> None:
        k = (case, target)
        self.running[k] = self.running.get(k, 0) + 1
        if session_id:
            self.sessions.setdefault(case, session_id)

    def finish(self, cell: dict[str, Any]) -> None:
        k = (str(cell.get("case")), str(cell.get("target")))
        if self.running.get(k):
            self.running[k] -= 1
        done = self.cells.setdefault(k, [])
        idx = cell.get("repeat_index") or 0
        done[:] = [c for c in done if (c.get("repeat_index") or 0) != idx] + [cell]
        done.sort(key=lambda c: c.get("repeat_index") or 0)
        if cell.get("session_id"):
            self.sessions.setdefault(k[0], str(cell["session_id"]))

    # ------------------------------------------------------------------ reading cells

    def categories(self) -> list[str]:
        out: list[str] = []
        for c in self.cases:
            cat = str(c.get("category"))
            if cat not in out:
                out.append(cat)
        return out

    def points(self, case_id: str) -> float:
        case = next((c for c in self.cases if str(c.get("id")) == case_id), {})
        p = case.get("points")
        return float(p) if isinstance(p, (int, float)) else 1.0

    def is_running(self, case: str, target: str) -> bool:
        return bool(self.running.get((case, target)))

    def cell_state(self, case: str, target: str) -> str:
        """``pending`` | ``running`` | ``pass`` | ``partial`` | ``fail`` | ``error``."""
        if self.is_running(case, target):
            return "running"
        done = [c for c in self.cells.get((case, target), []) if c.get("status") != "cancelled"]
        if not done:
            return "pending"
        if all(c.get("status") == "error" for c in done):
            return "error"
        scores = [c.get("score") or 0.0 for c in done if c.get("status") == "ok"]
        if scores and all(s >= 1 for s in scores):
            return "pass"
        if any(s > 0 for s in scores):
            return "partial"
        return "fail"

    def cell_text(self, case: str, target: str, frame: int = 0) -> str:
        state = self.cell_state(case, target)
        done = [c for c in self.cells.get((case, target), []) if c.get("status") != "cancelled"]
        if state == "running":
            spin = SPINNER[frame % len(SPINNER)]
            return f"{spin} {len(done)}/{self.repeat}" if self.repeat > 1 else spin
        if state == "pending":
            return "·"
        if state == "error":
            kind = str(done[-1].get("error_kind") or "error")
            return f"ERR {_ERR_SHORT.get(kind, kind[:8])}"
        if self.repeat > 1 or len(done) > 1:
            passes = sum(1 for c in done if (c.get("score") or 0) >= 1)
            mark = "✓" if passes == len(done) else "✗"
            return f"{mark} {passes}/{len(done)}"
        c = done[0]
        mark = "✓" if state == "pass" else "✗"
        pts = self.points(case)
        if pts == 1 and state != "partial":
            return mark
        return f"{mark} {fmt_num(c.get('earned'))}/{fmt_num(pts)}"

    def earned(self, target: str, category: str | None = None) -> tuple[float, float, int, int]:
        """(earned, points, passes, judged) over finished cells (mean over repeats), for a
        category or (None) every case."""
        earned = points = 0.0
        passes = judged = 0
        for case in self.cases:
            if category is not None and str(case.get("category")) != category:
                continue
            cid = str(case.get("id"))
            pts = self.points(cid)
            points += pts
            done = [c for c in self.cells.get((cid, target), [])
                    if c.get("status") in ("ok", "error")]
            if done:
                earned += sum(float(c.get("earned") or 0) for c in done) / len(done)
                judged += len(done)
                passes += sum(1 for c in done if (c.get("score") or 0) >= 1
                              and c.get("status") == "ok")
        return earned, points, passes, judged

    def total_text(self, target: str, category: str | None = None) -> str:
        earned, points, _p, judged = self.earned(target, category)
        cells = [self.cell_state(str(c.get("id")), target) for c in self.cases
                 if category is None or str(c.get("category")) == category]
        if cells and all(s == "error" for s in cells):
            return "ERR"
        if not judged:
            return "…" if any(s == "running" for s in cells) else "·"
        return f"{fmt_num(earned)}/{fmt_num(points)}"

    def footer_text(self, target: str) -> str:
        """The column footer: earned/points over every case, with the pass rate's Wilson 95%
        interval."""
        earned, points, passes, judged = self.earned(target)
        if not judged:
            return "·"
        lo, hi = wilson_interval(passes, judged)
        return f"{fmt_num(earned)}/{fmt_num(points)} [{round(lo * 100)}-{round(hi * 100)}%]"

    def time_text(self, target: str) -> str:
        ts = [c.get("total_s") for cells in (self.cells.get((str(k.get("id")), target), [])
                                             for k in self.cases) for c in cells]
        ts = [t for t in ts if isinstance(t, (int, float))]
        return f"{sum(ts):.1f}s" if ts else "·"

    def cost_text(self, target: str) -> str:
        costs = [c.get("cost_usd") for cells in (self.cells.get((str(k.get("id")), target), [])
                                                 for k in self.cases) for c in cells]
        if not costs:
            return "·"
        known = [x for x in costs if isinstance(x, (int, float))]
        if not known:
            return "unknown"
        return f"${sum(known):.4f}" + ("*" if len(known) < len(costs) else "")

    # ------------------------------------------------------------------ rows, columns

    def _disagree(self, cid: str) -> bool:
        states = {self.cell_text(cid, t) for t in self.targets
                  if self.cell_state(cid, t) not in ("pending", "running")}
        return len(states) > 1

    def _failing(self, cid: str) -> bool:
        return any(self.cell_state(cid, t) in ("fail", "partial", "error") for t in self.targets)

    def rows(self) -> list[Row]:
        out: list[Row] = []
        for cat in self.categories():
            if self.category is not None and cat != self.category:
                continue
            cases = [c for c in self.cases if str(c.get("category")) == cat]
            shown = [c for c in cases
                     if (not self.only_failures or self._failing(str(c.get("id"))))
                     and (not self.only_disagreements or self._disagree(str(c.get("id"))))]
            for c in shown:
                out.append(Row("case", str(c.get("id")), str(c.get("id")), cat))
            pts = sum(self.points(str(c.get("id"))) for c in cases)
            out.append(Row("total", cat, f"Σ {cat} (/{fmt_num(pts)})", cat))
        out.append(Row("all", "all", "total [95% CI]"))
        out.append(Row("time", "time", "time"))
        out.append(Row("cost", "cost", "cost"))
        return out

    def columns(self) -> list[str]:
        if not self.sort_by_total:
            return list(self.targets)
        return sorted(self.targets, key=lambda t: (-self.earned(t)[0], self.targets.index(t)))

    def text(self, row: Row, target: str, frame: int = 0) -> str:
        if row.kind == "case":
            return self.cell_text(row.key, target, frame)
        if row.kind == "total":
            return self.total_text(target, row.key)
        if row.kind == "all":
            return self.footer_text(target)
        if row.kind == "time":
            return self.time_text(target)
        return self.cost_text(target)

    def cycle_category(self) -> str | None:
        cats = [None, *self.categories()]
        i = cats.index(self.category) if self.category in cats else 0
        self.category = cats[(i + 1) % len(cats)]
        return self.category

    def filters_text(self) -> str:
        bits = []
        if self.only_failures:
            bits.append("failures")
        if self.only_disagreements:
            bits.append("targets disagree")
        if self.category is not None:
            bits.append(f"category {self.category}")
        if self.sort_by_total:
            bits.append("targets sorted by total")
        return ", ".join(bits)

    def progress(self) -> tuple[int, int]:
        total = len(self.cases) * len(self.targets) * max(1, self.repeat)
        done = sum(len([c for c in v if c.get("status") in ("ok", "error", "cancelled")])
                   for v in self.cells.values())
        return done, total
