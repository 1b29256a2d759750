"""Sessions: the event stream folded into the CONTRACT §3 file, journalled while it streams.

The session file is a pure fold of events.  While runs stream, every event is appended to a
JSONL journal (``ID.journal.jsonl``, one ``events.to_json`` object per line) and folded by a
:class:`SessionRecorder`; at the end the fold is written atomically as ``ID.json`` and the
journal is removed.  After a crash, :func:`recover_journals` folds whatever journal is left
into a session marked ``"recovered": true``.  So the final file, a recovered file and the TUI
panes are all the same function of the same events.

Fields beyond CONTRACT §3 that the fold also records (readers must ignore what they do not
know, and :func:`load_session` keeps unknown fields untouched):

* session: ``status`` (ok | cancelled), ``recovered``, ``recovery`` (journal line counts),
  ``summary`` / ``comparisons`` (from ``provtui.core.stats``), ``notices``, whatever the
  ``SessionStarted.extra`` dict carried (``simulated``, ``check_specs`` ...).
* run: ``attempts`` (every failed attempt that was retried), ``notices``, ``asked_user``,
  ``preflight``, ``started_at_s`` (run's first request, seconds after the session started),
  ``truncated`` (which text fields hit the size cap, with their real length).
* turn: ``attempt``, ``url``, ``http_status``, ``finish_reasons`` (raw), ``extra``,
  ``started_s`` / ``ended_s`` (offsets from the run's first request), ``timeline_span``
  (``[start, end)`` indexes of this turn's deltas in the run's ``timeline``), ``raw_stream``
  (the first raw bytes as latin-1 text), ``tool_calls_raw`` (tool calls exactly as streamed),
  ``error`` (a failed turn), ``unfinished`` (the stream never ended: crash or cancel).

Metrics, as documented for users: ``ttft_s`` is the first turn's; ``total_s`` runs from the
first request to the end of the last turn or tool call; ``tokens_per_s`` is the *decode*
rate, ``output_tokens / sum(turn duration_s - turn ttft_s)``, so time waiting for the first
token and tool execution do not dilute it.

Size: any single text field (a turn's content or reasoning, the run's text/reasoning, a tool
result) longer than :data:`MAX_TEXT_CHARS` (64 Mi characters) is cut there and the real length
is recorded under ``run["truncated"]``; raw stream bytes are kept up to
:data:`MAX_RAW_CHARS` per turn.  A session is therefore bounded by roughly 64 MB per text
field; files of 100 MB load in about a second or two.

Credentials never reach the journal, the session file or an export: header/body keys that
name credentials are replaced by ``"[redacted]"`` and any key value from the environment is
replaced wherever it appears (see :func:`redact`).
"""

from __future__ import annotations

# ruff: noqa: F401  (re-exports)

# The session is split by responsibility; this module is the one import point the rest of
# provtui (and user scripts) use, so every name stays reachable as provtui.core.session.X.
from provtui.core.journal import Journal, _journal_is_live, read_journal
from provtui.core.recorder import (SessionRecorder, TimelineView, _Timeline, _TIMELINE_CHUNK,
                                   analyze_session, fold_events, json_default)
from provtui.core.redaction import known_secrets, redact, redact_text
from provtui.core.session_format import (FORMAT, JOURNAL_SUFFIX, MAX_RAW_CHARS, MAX_TEXT_CHARS, REDACTED, VERSION,
                                         SessionError, SessionNotFound, _check_id, new_session_id,
                                         session_paths)
from provtui.core.session_replay import replay_events
from provtui.core.session_store import (_candidates, _load_file, _load_journal, list_sessions, load_session,
                                        recover_journals, resolve_session, save_session,
                                        session_from_json, session_json_chunks)

__all__ = [
    "FORMAT", "VERSION", "MAX_TEXT_CHARS", "MAX_RAW_CHARS", "REDACTED", "JOURNAL_SUFFIX",
    "SessionError", "SessionNotFound", "SessionRecorder", "Journal", "TimelineView",
    "session_paths", "new_session_id", "save_session", "load_session", "resolve_session",
    "read_journal", "fold_events", "analyze_session", "recover_journals", "list_sessions",
    "replay_events", "redact", "redact_text", "known_secrets", "json_default",
    "session_from_json", "session_json_chunks",
]
