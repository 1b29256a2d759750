"""Run a suite: every cell (case x target x repeat) through the core Fanout, scored, journalled.

Each case is ONE ordinary session (CONTRACT §3): a ``Fanout`` opened when the case's first cell
starts, whose runs are the case's cells, recorded by a ``SessionRecorder`` with its journal and
saved in the sessions directory with ``"suite": {"result", "case"}`` when its last cell ends.
``concurrency`` bounds the cells in flight across cases; the providers' own
``max_concurrency`` / ``min_interval_s`` apply across the whole suite (one gate per provider is
shared by every case's Fanout), and Retry-After through the core's retry loop.  Only transport
and server errors are retried (a provider with no ``retries`` of its own gets 2 retries of
``server_error``, ``network``, ``timeout`` and ``rate_limited`` for a suite); a wrong answer
never is.  Nothing is cached: every cell sends its own request.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from provtui.core.events import RunQueued, SessionFinished
from provtui.suite.events import (
    CaseEvent,
    CellFinished,
    CellStarted,
    SuiteEvent,
    SuiteFinished,
    SuiteStarted,
)
from provtui.suite.plan import Cell, SuitePlan, build_cells

__all__ = ["SuiteRunner", "run_suite", "SUITE_RETRIES"]

SUITE_RETRIES = dict(attempts=2, backoff_s=1.0, max_backoff_s=30.0,
                     on=("server_error", "network", "timeout", "rate_limited"))
_END = object()


def _with_suite_retries(target: Any) -> Any:
    from provtui.core.config import RetryPolicy

    provider = target.provider
    if provider.retries.attempts > 0:  # the user's own policy stands
        return target
    return dataclasses.replace(target, provider=dataclasses.replace(
        provider, retries=RetryPolicy(**SUITE_RETRIES)))


class _CaseRun:
    """One case's session while its cells run."""

    def __init__(self, case: Any, todo: int) -> None:
        self.case = case
        self.todo = todo
        self.started = 0
        self.finished = 0
        self.fan: Any = None
        self.recorder: Any = None
        self.session_id: str | None = None
        self.session_path: Path | None = None
        self.open_error: str | None = None
        self.lock = asyncio.Lock()
        self.checks: dict[int, list[dict]] = {}
        self.closed = False
        self.cancelled = False


class SuiteRunner:
    """``async for event in SuiteRunner(plan, ...).events()``; ``cancel()`` from a signal
    handler stops it: no new cell starts, cells in flight end cancelled, the result is saved
    partial (resumable)."""

    def __init__(self, plan: SuitePlan, *, result_path: str | Path | None = None,
                 resume: dict | str | None = None, concurrency: int = 4,
                 budget_usd: float | None = None, allow_unsandboxed_code: bool = False) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self.plan = plan
        self.cells = build_cells(plan)  # raises SuiteError on duplicate keys
        self.result_path = Path(result_path) if result_path else None
        self.resume = resume
        self.concurrency = concurrency
        self.budget_usd = budget_usd
        self.allow_unsandboxed_code = allow_unsandboxed_code
        self.result: dict[str, Any] = {}
        self.path: Path | None = None
        self.spent_usd = 0.0
        self.stopped: str | None = None
        """None, "budget" or "cancelled"."""
        self._cancelled = False
        self._queue: asyncio.Queue[Any] = asyncio.Queue()
        self._cases: dict[str, _CaseRun] = {}
        self._gates: dict[str, Any] = {}
        self._client: Any = None
        self._journal: Any = None
        self._index: dict[str, int] = {}
        self._targets = {t.name: _with_suite_retries(t) for t in plan.targets}
        self._used_ids: set[str] = set()
        self._ctx: Any = None
        self._todo: list[Cell] | None = None

    # ------------------------------------------------------------------ control

    def cancel(self) -> None:
        self._cancelled = True
        if self.stopped is None:
            self.stopped = "cancelled"
        for cr in self._cases.values():
            if cr.fan is not None and not cr.closed:
                cr.fan.cancel()

    # ------------------------------------------------------------------ setup

    def _prepare(self) -> list[Cell]:
        from provtui.suite import result as res

        done: dict[str, dict] = {}
        if self.resume is not None:
            old = self.resume if isinstance(self.resume, dict) else res.load_result(self.resume)
            res._check_id(str(old.get("id")))  # it names sessions' "suite.result": keep it sane
            self.path = Path(old["path"]) if old.get("path") else res.result_paths(old["id"])[0]
            done = {c.get("key"): c for c in old.get("cells") or []
                    if isinstance(c, dict) and c.get("status") in res.DONE_STATUSES}
            result = res.new_result(self.plan, self.cells, old["id"])
            result["created_at"] = old.get("created_at", result["created_at"])
            old_cases = {c.get("id"): c for c in old.get("cases") or [] if isinstance(c, dict)}
            for case in result["cases"]:
                prev = old_cases.get(case["id"]) or {}
                if prev.get("session_id"):
                    case["session_id"] = prev["session_id"]
                if prev.get("sessions"):
                    case["sessions"] = list(prev["sessions"])
            result["cells"] = [done.get(c.key) or res.pending_cell(c) for c in self.cells]
            result["resumed"] = int(old.get("resumed") or 0) + 1
        else:
            rid = res.new_result_id()
            result = res.new_result(self.plan, self.cells, rid)
            self.path = self.result_path or res.result_paths(rid)[0]
        self.result = result
        self._index = {c["key"]: i for i, c in enumerate(result["cells"])}
        for c in result["cells"]:
            if c.get("status") in res.DONE_STATUSES:
                self.spent_usd += (c.get("cost_usd") or 0.0) + (c.get("judge_cost_usd") or 0.0)
        todo = [c for c in self.cells if c.key not in done]
        counts: dict[str, int] = {}
        for c in todo:
            counts[c.case.id] = counts.get(c.case.id, 0) + 1
        self._cases = {c.id: _CaseRun(c, counts[c.id]) for c in self.plan.suite.cases
                       if c.id in counts}
        res.finalize(result, status="partial")
        assert self.path is not None
        # the journal first: its lock says whether another provtui is running this result
        self._journal = res.ResultJournal(self.path.with_name(
            self.path.name.removesuffix(".json") + res.JOURNAL_SUFFIX))
        res.save_result(result, self.path)
        self._todo = todo
        return todo

    def prepare(self) -> None:
        """Create (or reopen) the result and take its journal; raises ResultError when another
        provtui runs it.  ``events()`` calls it when the caller has not."""
        if self._todo is None:
            self._prepare()

    # ------------------------------------------------------------------ the run

    async def events(self) -> AsyncIterator[SuiteEvent]:
        import httpx

        from provtui.suite.checks import CheckContext

        self.prepare()
        todo = self._todo or []
        self._ctx = CheckContext(config=self.plan.config,
                                 allow_unsandboxed_code=self.allow_unsandboxed_code,
                                 judge_cache={})
        yield SuiteStarted(result=self.result)
        self._client = httpx.AsyncClient(
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=64),
            follow_redirects=True)
        main = asyncio.create_task(self._schedule(todo), name="provtui-suite")
        try:
            while True:
                item = await self._queue.get()
                if item is _END:
                    break
                yield item
            await main
        finally:
            if not main.done():  # the consumer went away: stop cleanly, keep what finished
                self.cancel()
                main.cancel()
                await asyncio.gather(main, return_exceptions=True)
            await self._close_all()
            await self._client.aclose()
            self._finish()
        yield SuiteFinished(result=self.result)

    async def _schedule(self, todo: list[Cell]) -> None:
        sem = asyncio.Semaphore(self.concurrency)
        tasks: set[asyncio.Task[None]] = set()
        try:
            for cell in todo:
                await sem.acquire()
                if self._cancelled:
                    sem.release()
                    break
                if self.budget_usd is not None and self.spent_usd >= self.budget_usd:
                    self.stopped = "budget"
                    sem.release()
                    break
                task = asyncio.create_task(self._cell(cell))
                tasks.add(task)
                task.add_done_callback(lambda t: (sem.release(), tasks.discard(t)))
            while tasks:
                await asyncio.gather(*list(tasks), return_exceptions=True)
        finally:
            for t in list(tasks):
                t.cancel()
            await asyncio.gather(*list(tasks), return_exceptions=True)
            await self._close_all()
            self._queue.put_nowait(_END)

    def _new_session_id(self) -> str:
        from provtui.core.session import new_session_id, session_paths

        while True:
            sid = new_session_id()
            final, journal = session_paths(sid)
            if sid not in self._used_ids and not final.exists() and not journal.exists():
                self._used_ids.add(sid)
                return sid

    async def _open(self, cr: _CaseRun) -> None:
        from provtui.core.fanout import Fanout, SessionPlan
        from provtui.core.session import Journal, SessionRecorder, session_paths

        plan, case = self.plan, cr.case
        servers = [*plan.mcp_servers, *(plan.suite.servers[n] for n in case.mcp)]
        cr.session_id = self._new_session_id()
        splan = SessionPlan(
            prompt=case.prompt, system=case.system if case.system is not None else plan.system,
            targets=[], mcp_servers=servers,
            max_steps=case.max_steps or plan.max_steps, repeat=case.repeat or plan.repeat,
            params={**plan.params, **case.params}, session_id=cr.session_id,
            extra={"suite": {"result": self.result["id"], "case": case.id},
                   "suite_checks": list(case.checks)})
        final, journal_path = session_paths(cr.session_id)
        cr.session_path = final
        fan = Fanout(splan, client=self._client)
        fan._gates = self._gates  # one gate per provider across every case of the suite
        try:
            await fan.__aenter__()
        except Exception as exc:  # an MCP server that does not start: every cell says why
            cr.open_error = f"{type(exc).__name__}: {exc}"
            return
        cr.fan = fan
        cr.recorder = SessionRecorder(journal=Journal(journal_path))
        self._apply(cr, fan.session_started())
        self._journal.write({"type": "case", "case": case.id, "session_id": cr.session_id})
        from provtui.suite.result import merge_journal

        merge_journal(self.result, [{"type": "case", "case": case.id,
                                     "session_id": cr.session_id}])

    def _apply(self, cr: _CaseRun, event: Any) -> None:
        cr.recorder.apply(event)
        self._queue.put_nowait(CaseEvent(case=cr.case.id, session_id=cr.session_id or "",
                                         event=event))

    async def _cell(self, cell: Cell) -> None:
        from provtui.core.loop import RunSpec

        cr = self._cases[cell.case.id]
        cr.started += 1
        try:
            async with cr.lock:
                if cr.fan is None and cr.open_error is None and not cr.closed:
                    await self._open(cr)
            if cr.fan is None or self._cancelled:
                why = cr.open_error or "the suite was stopped before this cell started"
                kind = "mcp" if cr.open_error else "cancelled"
                self._record(cell, cr, None, None, error=(kind, why))
                return
            fan = cr.fan
            target = self._targets[cell.target.name]
            spec = RunSpec(run=len(fan.runs), target=target, repeat_index=cell.repeat_index)
            fan.runs.append(spec)
            self._apply(cr, RunQueued(run=spec.run, t=fan.clock(), target=target.name,
                                      provider=target.provider.name, model=target.model,
                                      repeat_index=cell.repeat_index))
            self._queue.put_nowait(CellStarted(key=cell.key, case=cell.case.id,
                                               target=target.name,
                                               repeat_index=cell.repeat_index,
                                               session_id=cr.session_id or ""))
            async for event in fan.stream_run(spec.run):
                self._apply(cr, event)
            run = cr.recorder.snapshot()["runs"][spec.run]
            await self._score(cell, cr, spec.run, run)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug must cost one cell, recorded, never the suite
            if self.result["cells"][self._index[cell.key]].get("status") == "pending":
                self._record(cell, cr, None, None, error=(
                    "protocol", f"internal error in provtui: {type(exc).__name__}: {exc}"))
        finally:
            cr.finished += 1
            if cr.finished >= cr.todo and cr.started >= cr.todo:
                await self._close(cr)

    async def _score(self, cell: Cell, cr: _CaseRun, index: int, run: dict) -> None:
        from provtui.core.analysis import analyze
        from provtui.suite.checks import run_checks

        status = run.get("status")
        checks: list[dict] = []
        if status == "ok":
            try:
                a = analyze(run.get("text") or "", tool_calls=run.get("tool_calls") or [],
                            turns=run.get("turns") or [], status=status)
                run["words"], run["findings"] = a["words"], a["findings"]
            except Exception:
                pass  # the checks that need findings say so themselves
            try:
                checks = await run_checks(list(cell.case.checks), run, self._ctx)
            except Exception as exc:  # a checks bug is a check error, never a pass
                checks = [{"name": "checks", "kind": "error", "passed": False, "score": 0.0,
                           "detail": "", "error": f"{type(exc).__name__}: {exc}",
                           "reasons": [], "cost_usd": None}]
        cr.checks[index] = checks
        self._record(cell, cr, index, run, checks=checks)

    def _record(self, cell: Cell, cr: _CaseRun, index: int | None, run: dict | None, *,
                checks: list[dict] | None = None,
                error: tuple[str, str] | None = None) -> None:
        from provtui.suite.cost import run_cost_usd

        checks = checks or []
        points = cell.case.points
        metrics = (run or {}).get("metrics") or {}
        if run is not None:
            status = run.get("status") or "error"
            kind = (run.get("error") or {}).get("kind") if status != "ok" else None
            message = (run.get("error") or {}).get("message") if status != "ok" else None
        else:
            kind, message = error or ("cancelled", "")
            status = "cancelled" if kind == "cancelled" else "error"
        score = (sum(float(c.get("score") or 0.0) for c in checks) / len(checks)
                 if status == "ok" and checks else 0.0)
        judge = [c["cost_usd"] for c in checks if isinstance(c.get("cost_usd"), (int, float))]
        cost = run_cost_usd(run, self._targets[cell.target.name]) if run is not None else None
        record = {
            "case": cell.case.id, "target": cell.target.name,
            "repeat_index": cell.repeat_index, "status": status, "error_kind": kind,
            "score": round(score, 6) if status != "cancelled" else None,
            "earned": round(points * score, 6) if status != "cancelled" else None,
            "points": points, "checks": checks,
            "ttft_s": metrics.get("ttft_s"), "total_s": metrics.get("total_s"),
            "output_tokens": metrics.get("output_tokens"), "cost_usd": cost,
            "key": cell.key, "session_id": cr.session_id, "run": index,
            "attempts": 1 + len((run or {}).get("attempts") or []),
            "judge_cost_usd": round(sum(judge), 10) if judge else None,
        }
        if message:
            record["error_message"] = str(message)[:500]
        self.spent_usd += (cost or 0.0) + (record["judge_cost_usd"] or 0.0)
        self.result["cells"][self._index[cell.key]] = record
        self._journal.write({"type": "cell", "cell": record})
        self._queue.put_nowait(CellFinished(cell=record))

    async def _close(self, cr: _CaseRun) -> None:
        from provtui.core.session import save_session
        from provtui.core.stats import session_summary

        if cr.closed:
            return
        cr.closed = True
        fan = cr.fan
        if fan is None:
            return
        try:
            status = "cancelled" if self._cancelled else "ok"
            self._apply(cr, SessionFinished(run=-1, t=fan.clock(), status=status))
            recorder, checks, path = cr.recorder, dict(cr.checks), cr.session_path

            def save() -> None:
                session = recorder.finish(status=status, timeline_views=True)
                for i, run in enumerate(session.get("runs") or []):
                    run["checks"] = checks.get(i, [])
                try:
                    session.update(session_summary(session))
                except Exception as exc:
                    session.setdefault("analysis_problems", []).append(f"summary failed: {exc}")
                save_session(session, path)

            # the fsyncs of the journal's close and the save took 5-10 ms each on the event
            # loop; the finished recorder is touched by nothing else, so a thread does them
            await asyncio.to_thread(save)
        finally:
            await fan.__aexit__(None, None, None)
            # the case's runs live in its session file now: keep only the cells' summaries
            cr.fan = cr.recorder = None
            cr.checks = {}

    async def _close_all(self) -> None:
        for cr in list(self._cases.values()):
            if cr.fan is not None and not cr.closed:
                await self._close(cr)

    def _finish(self) -> None:
        from provtui.suite import result as res

        if self._journal is not None:
            self._journal.close()
        status = None if self.stopped is None else "partial"
        res.finalize(self.result, status=status)
        if self.stopped:
            self.result["stopped"] = self.stopped
        else:
            self.result.pop("stopped", None)
        self.result["spent_usd"] = round(self.spent_usd, 10)
        self.result.pop("path", None)
        assert self.path is not None
        res.save_result(self.result, self.path)
        journal = self.path.with_name(self.path.name.removesuffix(".json") + res.JOURNAL_SUFFIX)
        journal.unlink(missing_ok=True)
        self.result["path"] = str(self.path)


async def run_suite(plan: SuitePlan, *, result_path: str | Path | None = None,
                    resume: dict | str | None = None, concurrency: int = 4,
                    budget_usd: float | None = None,
                    allow_unsandboxed_code: bool = False) -> AsyncIterator[SuiteEvent]:
    """Every event of a suite run (see :class:`SuiteRunner`)."""
    runner = SuiteRunner(plan, result_path=result_path, resume=resume, concurrency=concurrency,
                         budget_usd=budget_usd, allow_unsandboxed_code=allow_unsandboxed_code)
    async for event in runner.events():
        yield event
