"""Make untrusted provider text safe to draw.

A model can emit terminal control sequences (by accident, by prompt injection, or because a
provider's detokenizer leaks bytes).  Drawn verbatim they could retitle the terminal (OSC),
plant hyperlinks (OSC 8), move the cursor or recolour the screen (CSI/SGR).  Everything that
reaches a widget goes through here first; the session keeps the exact text.

``strip_control`` handles a whole string; ``StreamSanitizer`` handles a stream of deltas in
which one escape sequence may be split across two chunks.

API keys never reach the screen either: a provider can echo the Authorization header back
(in the answer, the reasoning, tool-call arguments, an error body).  ``visible`` is the one gate
for whole strings (control sequences stripped, key values masked); ``SecretMasker`` is the
gate for streams, where a key arrives split over a dozen deltas.  Both are the core's one scrubber
(provtui.core.redaction): a key shows as ``[redacted]``, as in the session file.
"""

from __future__ import annotations

import re

from provtui.core.redaction import REDACTED
from provtui.core.redaction import StreamScrubber as SecretMasker
from provtui.core.redaction import redact_text as _redact_text
from provtui.core.redaction import secret_forms as _secret_forms

__all__ = ["strip_control", "StreamSanitizer", "escape_markup", "visible", "mask_secrets",
           "SecretMasker", "secrets", "set_secrets", "MASK"]

# Complete sequences first (7-bit and 8-bit introducers), then anything left over.
_STRING_BODY = r"[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
_COMPLETE = re.compile(
    r"(?:\x1b\]|\x9d)" + _STRING_BODY  # OSC ... BEL/ST
    + r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])" + _STRING_BODY  # DCS SOS PM APC ... ST
    + r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI (SGR included)
    # two-char and nF escapes; the introducers of CSI and string sequences are not finals here,
    # so an unfinished "ESC [" is never mistaken for a finished escape
    + r"|\x1b[ -/]*[0-OQ-WYZ\\`-~]"
)
# What remains after complete sequences are gone: lone introducers, C0 except \t \n, DEL, C1.
_LEFTOVER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_INTRODUCERS = re.compile(r"[\x1b\x90\x98\x9b\x9d\x9e\x9f]")
_CARRY_LIMIT = 4096


def strip_control(text: str) -> str:
    """``text`` without terminal control sequences or control characters (\\n and \\t stay;
    \\r\\n becomes \\n)."""
    if not text:
        return text
    # Fast path: clean text is by far the common case at 2,000 chunks/s.
    if _LEFTOVER.search(text) is None:
        return text
    text = text.replace("\r\n", "\n")
    text = _COMPLETE.sub("", text)
    return _LEFTOVER.sub("", text)


class StreamSanitizer:
    """Strips control sequences from a stream of deltas.

    A trailing sequence that has not ended yet is held back until the next delta completes it
    (or until ``flush``), so an ``ESC [ 3`` / ``1 m`` split never leaks ``31m`` or an ESC.
    ``removed`` counts characters dropped, for a ``control_char`` note in the pane.
    """

    __slots__ = ("_carry", "removed")

    def __init__(self) -> None:
        self._carry = ""
        self.removed = 0

    def feed(self, delta: str) -> str:
        if not self._carry and _LEFTOVER.search(delta) is None:
            return delta
        text = self._carry + delta
        self._carry = ""
        # A split \r\n must not leave a lone \r behind.
        if text.endswith("\r"):
            self._carry, text = "\r", text[:-1]
        # The first sequence still open is held, not just the last introducer: in
        # "\x9d0\x9b" the OSC is open and swallows the CSI introducer inside it.
        p = 0
        while (found := _INTRODUCERS.search(text, p)) is not None:
            p = found.start()
            m = _COMPLETE.match(text, p)
            if m is not None:
                p = m.end()
                continue
            if len(text) - p < _CARRY_LIMIT and _could_continue(text[p:]):
                self._carry = text[p:] + self._carry
                text = text[:p]
                break
            p += 1
        out = strip_control(text)
        self.removed += len(text) - len(out)
        return out

    def flush(self) -> str:
        """Whatever is held back, stripped (the stream ended)."""
        text, self._carry = self._carry, ""
        out = strip_control(text)
        self.removed += len(text) - len(out)
        return out


def _could_continue(tail: str) -> bool:
    """True when ``tail`` (starting at an introducer) is a prefix of a sequence not yet ended."""
    first = tail[0]
    if first in "\x9d\x90\x98\x9e\x9f":
        return True  # string sequence still open
    if first == "\x9b":
        return re.fullmatch(r"\x9b[0-?]*[ -/]*", tail) is not None
    if len(tail) == 1:
        return True  # lone ESC at the very end
    second = tail[1]
    if second in "]PX^_":
        return True
    if second == "[":
        return re.fullmatch(r"\x1b\[[0-?]*[ -/]*", tail) is not None
    return re.fullmatch(r"\x1b[ -/]*", tail) is not None


def escape_markup(text: str) -> str:
    """Provider text for ``notify`` and other markup-parsing places: shown, then escaped."""
    from rich.markup import escape

    return escape(visible(text))


# ---------------------------------------------------------------------------- key values
# The core's one scrubber (provtui.core.redaction): the screen shows ``[redacted]`` exactly
# where the session file, the exports and the printed lines do, so findings and word offsets
# computed on any of them agree.

MASK = REDACTED
_secrets: tuple[str, ...] | None = None


def set_secrets(values: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """The key values to hide from now on (the app sets them from its config and targets;
    ``None`` goes back to asking ``known_secrets`` on next use)."""
    global _secrets
    _secrets = None if values is None else _secret_forms(list(values))
    return _secrets or ()


def secrets() -> tuple[str, ...]:
    """The key values to hide: those set by the app, or else every key variable the core
    knows of (config key variables, credential-named environment variables)."""
    global _secrets
    if _secrets is None:
        from provtui.core.redaction import known_secrets

        _secrets = _secret_forms(known_secrets())
    return _secrets


def mask_secrets(text: str, values: tuple[str, ...] | list[str] | None = None) -> str:
    """``text`` with every key value replaced by ``[redacted]``."""
    return _redact_text(text, secrets() if values is None else tuple(values))


def visible(text: str) -> str:
    """Provider (or config) text as it may be drawn: no control sequences, no key values."""
    text = strip_control(text)
    values = _secrets if _secrets is not None else secrets()
    if not values or not text:
        return text
    return _redact_text(text, values)
