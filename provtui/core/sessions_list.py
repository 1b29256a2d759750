"""`provtui sessions list`: answered from the sessions index (provtui.core.index), with only
what listing needs imported, so a list of 10,000 sessions starts and answers at once."""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

from provtui.core.summary_text import clean

EXIT_OK = 0

_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _dumps(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    if _SURROGATES.search(text):  # half an emoji from a provider: a terminal cannot take it raw
        text = json.dumps(value, ensure_ascii=True, indent=2)
    return text


def _clean(text: Any, one_line: bool = False) -> str:
    """Provider text for a terminal: the one cleaner (summary_text.clean), and half an emoji
    (a lone surrogate) shown as U+FFFD, which a terminal can take."""
    s = clean("" if text is None else text, multiline=not one_line)
    if not s.isascii():  # (a lone surrogate is not ASCII: most rows skip the search)
        s = _SURROGATES.sub("\ufffd", s)
    return " ".join(s.split()) if one_line else s


def cmd_list(as_json: bool, out: TextIO, err: TextIO, *, search: str | None = None,
             limit: int | None = None, **filters: Any) -> int:
    from provtui.core.index import list_indexed

    def progress(line: str) -> None:
        err.write(f"provtui: {line}\n")
        err.flush()

    listing = list_indexed(search=search, limit=limit, progress=progress, **filters)
    items = listing.items
    for p in listing.problems:
        err.write(f"provtui: {_clean(p, True)}\n")
    if not listing.indexed:
        err.write("provtui: the data directory is read-only; listed without saving an index\n")
    if as_json:
        # compact: the C encoder (indent=2 takes the pure-Python one, 1 s for 10,000 rows)
        text = json.dumps(items, ensure_ascii=False)
        if _SURROGATES.search(text):
            text = json.dumps(items, ensure_ascii=True)
        out.write(text + "\n")
        return EXIT_OK
    if not items:
        from provtui.core.config import sessions_dir

        if search or any(filters.values()):
            out.write("no session matches\n")
        else:
            out.write(f"no saved sessions in {sessions_dir()}\n")
        return EXIT_OK
    rows = []
    for it in items:
        flags = " [in progress]" if it.get("in_progress") else (
            " [recovered]" if it.get("recovered") else "")
        targets = _clean(", ".join(it.get("targets") or []), True)
        prompt = _clean((it.get("prompt") or "")[:240], True)  # only what is shown is cleaned
        if len(prompt) > 60:
            prompt = prompt[:59] + "…"
        rows.append(f"{it['id']}  {it.get('created_at') or '?'}{flags}\n"
                    f"    targets: {targets or '-'}\n    prompt:  {prompt}\n")
    out.write("".join(rows))  # one write: 10,000 of them were a tenth of the command
    return EXIT_OK


