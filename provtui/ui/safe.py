"""Make untrusted provider text safe to draw.

A model can emit terminal control sequences (by accident, by prompt injection, or because a
provider's detokenizer leaks bytes).  Drawn verbatim they could retitle the terminal (OSC),
plant hyperlinks (OSC 8), move the cursor or recolour the screen (CSI/SGR).  Everything that
reaches a widget goes through here first; the session keeps the exact text.

``strip_control`` handles a whole string; ``StreamSanitizer`` handles a stream of deltas in
which one escape sequence may be split across two chunks.
"""

from __future__ import annotations

import re

__all__ = ["strip_control", "StreamSanitizer", "escape_markup"]

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
        last = None
        for last in _INTRODUCERS.finditer(text):
            pass
        if last is not None:
            p = last.start()
            m = _COMPLETE.match(text, p)
            if m is None and len(text) - p < _CARRY_LIMIT and _could_continue(text[p:]):
                self._carry = text[p:] + self._carry
                text = text[:p]
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
    """Provider text for ``notify`` and other markup-parsing places: stripped, then escaped."""
    from rich.markup import escape

    return escape(strip_control(text))
