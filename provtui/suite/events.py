"""What a running suite tells its consumers (the stderr progress, the TUI's matrix).

``CaseEvent`` carries every core event of a case's session (core/events.py vocabulary), so a
pane can show a cell's run live; the other four are the suite's own milestones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from provtui.core.events import Event

__all__ = ["SuiteEvent", "SuiteStarted", "CellStarted", "CaseEvent", "CellFinished",
           "SuiteFinished"]


@dataclass(frozen=True)
class SuiteStarted:
    result: dict[str, Any]
    """The runner's live result dict (cells pending, or finished ones of a resume): the engine
    replaces its cells as they finish, so a consumer may keep it and re-read it; each cell
    carries ``key``, ``session_id`` and ``run`` (the run's index in that case's session)."""


@dataclass(frozen=True)
class CellStarted:
    key: str
    case: str
    target: str
    repeat_index: int
    session_id: str


@dataclass(frozen=True)
class CaseEvent:
    case: str
    session_id: str
    event: Event


@dataclass(frozen=True)
class CellFinished:
    cell: dict[str, Any]
    """The result's cell (CONTRACT §5 shape plus key, session_id, run)."""


@dataclass(frozen=True)
class SuiteFinished:
    result: dict[str, Any]


SuiteEvent = SuiteStarted | CellStarted | CaseEvent | CellFinished | SuiteFinished
