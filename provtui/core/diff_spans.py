"""Where a text and its repaired copy differ: the stretches, in order, in linear time.

Used by the mojibake finding (``provtui.core.integrity``): a text and its ftfy repair differ
in short local stretches, and difflib on the whole text is cubic on repetitive input.
"""

from __future__ import annotations

__all__ = ["diff_spans"]


# How far past a difference _diff_spans looks for where the texts agree again, and the longest
# stretch it hands to difflib for the fine alignment (difflib is cubic on repetitive text).
_SYNC_REACH = 96
_STRONG_REACH = 24
_STRONG_SYNC = 8
_REFINE_MAX = 96


def _diff_spans(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """``(i1, i2, j1, j2)`` of each stretch where ``a[i1:i2]`` became ``b[j1:j2]``, in order.

    For a text and its mojibake repair, which differ in short local stretches.  difflib on the
    whole text is cubic on repetitive input (2,000 characters of "ÃƒÂ" took 14 s), so this
    walks both texts once: equal characters pass, and at a difference the nearest point where
    they agree again (``_sync_point``) closes the stretch; difflib then aligns only that short
    stretch, as finely as it did the whole text.  A stretch with no such point within
    ``_SYNC_REACH`` characters (a long run of garbled characters, e.g. a line of Chinese
    decoded wrongly) is one span to the end, less the common tail: coarser, but linear.
    """
    import difflib

    spans: list[tuple[int, int, int, int]] = []
    na, nb = len(a), len(b)
    i = j = 0
    while i < na and j < nb:
        if a[i] == b[j]:
            i += 1
            j += 1
            # Skip long equal stretches in C, not one character at a time.
            while i + 64 <= na and j + 64 <= nb and a[i : i + 64] == b[j : j + 64]:
                i += 64
                j += 64
            continue
        sync = _sync_point(a, b, i, j)
        if sync is None:
            tail = 0
            while tail < na - i and tail < nb - j and a[na - 1 - tail] == b[nb - 1 - tail]:
                tail += 1
            sync = (na - tail, nb - tail)
        i1, j1, (i, j) = i, j, sync
        if not set(a[i1:i]) & set(b[j1:j]):
            spans.append((i1, i, j1, j))  # nothing in common: difflib would say the same
        elif i - i1 <= _REFINE_MAX and j - j1 <= _REFINE_MAX:
            matcher = difflib.SequenceMatcher(None, a[i1:i], b[j1:j], autojunk=False)
            for op, x1, x2, y1, y2 in matcher.get_opcodes():
                if op != "equal":
                    spans.append((i1 + x1, i1 + x2, j1 + y1, j1 + y2))
        else:
            spans.append((i1, i, j1, j))
    if i < na or j < nb:
        spans.append((i, na, j, nb))
    return spans


def _sync_point(a: str, b: str, i: int, j: int) -> tuple[int, int] | None:
    """Where ``a[i:]`` and ``b[j:]``, which differ at their first character, agree again."""
    na, nb = len(a), len(b)
    # Like difflib, a long agreement beats a near one: eight equal characters (or the equal
    # rest of both) first, then one ASCII character (garbled text is never ASCII, so a space
    # or comma is real text on both sides) or three others; the nearest (fewest characters
    # skipped on both sides together) of the first kind found wins.  And a repair turns a few
    # garbled characters into fewer, so each kind is looked for first where the repaired side
    # skipped no more than the garbled one (else "â€œ\xa0â€œ", only half repaired, syncs on
    # its second, unrepaired "â€œ").
    for strong, reach in ((True, _STRONG_REACH), (False, _SYNC_REACH)):
        for shrink in (True, False):
            best = None
            b_stop = min(nb, j + reach + _STRONG_SYNC)
            for ii in range(i, min(na, i + reach)):
                k = ii - i
                if best is not None and k >= best[0]:
                    break  # every later candidate skips more
                if strong:
                    anchor = a[ii : ii + _STRONG_SYNC]
                else:
                    anchor = a[ii] if a[ii].isascii() else a[ii : ii + 3]
                stop = min(b_stop, j + k + len(anchor)) if shrink else b_stop
                if strong and len(anchor) < _STRONG_SYNC:
                    jj = nb - len(anchor)
                    if not (j <= jj and nb <= stop and b.endswith(anchor)):
                        jj = -1
                else:
                    jj = b.find(anchor, j, stop)
                if jj != -1 and (best is None or k + jj - j < best[0]):
                    best = (k + jj - j, ii, jj)
            if best is not None:
                return best[1], best[2]
    return None


diff_spans = _diff_spans
