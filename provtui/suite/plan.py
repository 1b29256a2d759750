"""A suite run's plan: the suite, the targets, and the cells (case x target x repeat), each
keyed by a hash of what it is, so a resumed run knows what is done and an edited case runs
again."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from provtui.suite.spec import Case, Suite, SuiteError

__all__ = ["SuitePlan", "Cell", "cell_key", "target_identity", "build_cells"]


@dataclass
class SuitePlan:
    suite: Suite
    targets: list[Any]
    """TargetConfig, resolved by cli._resolve."""
    config: Any = None
    repeat: int = 1
    params: dict[str, Any] = field(default_factory=dict)
    """--param: under every case's own params."""
    system: str | None = None
    """--system: for cases that set none."""
    max_steps: int = 20
    """--max-steps: for cases that set none."""
    mcp_servers: list[Any] = field(default_factory=list)
    """--mcp: attached to every case besides its own."""


@dataclass(frozen=True)
class Cell:
    key: str
    case: Case
    target: Any
    repeat_index: int


def target_identity(target: Any, plan: SuitePlan) -> dict[str, Any]:
    """What the target sends, without credentials: the name, where, which model, which
    parameters and body extras (headers are left out: they can carry keys)."""
    p = target.provider
    return {"name": target.name, "provider": p.name, "base_url": p.base_url,
            "model": target.model, "params": target.params, "extra_body": target.extra_body,
            "provider_extra_body": p.extra_body, "common_params": plan.params,
            "common_system": plan.system, "common_max_steps": plan.max_steps,
            "common_mcp": [s.name for s in plan.mcp_servers]}


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)


def cell_key(case_canon: dict[str, Any], target_canon: dict[str, Any], repeat_index: int) -> str:
    text = _canon({"case": case_canon, "target": target_canon, "repeat_index": repeat_index})
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_cells(plan: SuitePlan) -> list[Cell]:
    """Every cell in case order, then target, then repeat.  Raises SuiteError on two cells
    with one key (the same target given twice)."""
    suite = plan.suite
    targets = [(t, target_identity(t, plan)) for t in plan.targets]
    cells: list[Cell] = []
    seen: dict[str, Cell] = {}
    for case in suite.cases:
        canon = case.canonical(suite.servers)
        for target, tcanon in targets:
            for k in range(case.repeat or plan.repeat):
                key = cell_key(canon, tcanon, k)
                if key in seen:
                    raise SuiteError(f"target {target.name!r} is given twice (cell {case.id} x "
                                     f"{target.name} #{k} would run twice); give each -t once "
                                     "and use --repeat N for repeats")
                cell = Cell(key=key, case=case, target=target, repeat_index=k)
                seen[key] = cell
                cells.append(cell)
    return cells
