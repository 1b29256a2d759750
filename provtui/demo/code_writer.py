"""The simulated model's answers to coding tasks.

The task is recognised from the prompt (FizzBuzz, a shift cipher, a records pipeline, ...),
the function name and parameters are read from the prompt (``fizzbuzz(n)``, "a function named
``encode``"), and the code is written from the task's own logic.  Each task has a difficulty
(1 easy .. 3 hard); a persona whose ``code_care`` is below it makes the slip an unwary
programmer makes there: an off-by-one at a boundary (the last element, the wrap-around, the
touching interval, the final run).  The hidden tests decide what that slip costs.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from provtui.demo.habits import Habits

__all__ = ["write_code"]


@dataclass(frozen=True)
class Task:
    pattern: str
    difficulty: int
    name: str
    params: tuple[str, ...]
    body: Callable[[str, tuple[str, ...], str, bool], str]
    """(name, params, prompt, slip) -> Python source."""


def _fizzbuzz(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    n = ps[0]
    word = ("def _fb(i):\n    if i % 15 == 0:\n        return 'FizzBuzz'\n    if i % 3 == 0:\n"
            "        return 'Fizz'\n    if i % 5 == 0:\n        return 'Buzz'\n    return str(i)\n")
    if re.search(r"\blist\b|1 to n|1\.\.n|up to", prompt, re.I):
        return word + f"\n\ndef {name}({n}):\n    return [_fb(i) for i in range(1, {n} + 1)]\n"
    return word + f"\n\ndef {name}({n}):\n    return _fb({n})\n"


def _palindrome(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    s = ps[0]
    return (f"def {name}({s}):\n    chars = [c.lower() for c in {s} if c.isalnum()]\n"
            "    return chars == chars[::-1]\n")


def _fibonacci(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    n = ps[0]
    return (f"def {name}({n}):\n    a, b = 0, 1\n    for _ in range({n}):\n"
            "        a, b = b, a + b\n    return a\n")


def _cipher(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    """A shift cipher.  With a key of letters (a = 1 ... z = 26, advancing only after a
    letter) as the prompt describes, or by a fixed number.  ``decode``/``decrypt`` shifts
    back.  The slip: counts the key letters from a = 0, the boundary nobody traced."""
    text = ps[0]
    key = ps[1] if len(ps) > 1 else "shift"
    sign = "-" if re.search(r"decode|decrypt", name, re.I) else "+"
    if re.search(r"key letter|a or A = 1|a = 1", prompt, re.I):
        first = "0" if slip else "1"
        return textwrap.dedent(f"""\
            def {name}({text}, {key}):
                out = []
                k = 0
                for ch in {text}:
                    if ch.isascii() and ch.isalpha():
                        base = ord('A') if ch.isupper() else ord('a')
                        step = ord({key}[k % len({key})].lower()) - ord('a') + {first}
                        out.append(chr((ord(ch) - base {sign} step) % 26 + base))
                        k += 1
                    else:
                        out.append(ch)
                return ''.join(out)
            """)
    wrap = "25" if slip else "26"
    return textwrap.dedent(f"""\
        def {name}({text}, {key}):
            out = []
            for ch in {text}:
                if ch.isascii() and ch.isalpha():
                    base = ord('A') if ch.isupper() else ord('a')
                    out.append(chr((ord(ch) - base {sign} {key}) % {wrap} + base))
                else:
                    out.append(ch)
            return ''.join(out)
        """)


def _roman(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    """Both directions; the slip: reading a numeral stops one symbol early and adds the last
    one without looking at what came before it."""
    if re.search(r"to_int|parse|from_roman", name, re.I):
        s = ps[0]
        last = "len(vals) - 2" if slip else "len(vals) - 1"
        return textwrap.dedent(f"""\
            def {name}({s}):
                table = {{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}}
                vals = [table[c] for c in {s}.upper()]
                total = 0
                for i in range({last}):
                    total += -vals[i] if vals[i] < vals[i + 1] else vals[i]
                return total + (vals[-1] if vals else 0)
            """)
    n = ps[0]
    return textwrap.dedent(f"""\
        def {name}({n}):
            pairs = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
                     (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
            out = []
            for value, sym in pairs:
                while {n} >= value:
                    out.append(sym)
                    {n} -= value
            return ''.join(out)
        """)


def _binary_search(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    items, target = (ps + ("target",))[:2]
    cond = "lo < hi" if slip else "lo <= hi"
    return textwrap.dedent(f"""\
        def {name}({items}, {target}):
            lo, hi = 0, len({items}) - 1
            while {cond}:
                mid = (lo + hi) // 2
                if {items}[mid] == {target}:
                    return mid
                if {items}[mid] < {target}:
                    lo = mid + 1
                else:
                    hi = mid - 1
            return -1
        """)


def _primes(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    n = ps[0]
    end = n if slip else f"{n} + 1"
    return textwrap.dedent(f"""\
        def {name}({n}):
            return [k for k in range(2, {end}) if all(k % d for d in range(2, int(k ** 0.5) + 1))]
        """)


def _rle(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    s = ps[0]
    tail = "" if slip else "    if prev is not None:\n        out.append(f'{count}{prev}')\n"
    fmt = "f'{count}{prev}'" if not re.search(r"letter then count|char(acter)? followed by",
                                               prompt, re.I) else "f'{prev}{count}'"
    tail = tail.replace("f'{count}{prev}'", fmt)
    return (f"def {name}({s}):\n    out = []\n    prev, count = None, 0\n    for ch in {s}:\n"
            "        if ch == prev:\n            count += 1\n            continue\n"
            f"        if prev is not None:\n            out.append({fmt})\n"
            "        prev, count = ch, 1\n" + tail + "    return ''.join(out)\n")


def _word_freq(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    text, k = (ps + ("k",))[:2]
    cut = f"{k} - 1" if slip else k
    return textwrap.dedent(f"""\
        import re
        from collections import Counter


        def {name}({text}, {k}):
            words = re.findall(r"[a-z']+", {text}.lower())
            ranked = sorted(Counter(words).items(), key=lambda kv: (-kv[1], kv[0]))
            return ranked[:{cut}]
        """)


def _merge_intervals(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    iv = ps[0]
    cmp = "<" if slip else "<="
    return textwrap.dedent(f"""\
        def {name}({iv}):
            out = []
            for start, end in sorted({iv}):
                if out and start {cmp} out[-1][1]:
                    out[-1][1] = max(out[-1][1], end)
                else:
                    out.append([start, end])
            return [list(x) for x in out]
        """)


def _pipeline(name: str, ps: tuple[str, ...], prompt: str, slip: bool) -> str:
    """CSV records "id,who,amount,status" (the field order read from the prompt): header,
    blank and malformed lines skipped, only the wanted status kept, totals per person rounded
    to 2 decimals, largest first then by name.  The slip: the first line is always taken for
    a header and skipped, whatever it holds."""
    fields = re.search(r'"([a-z_]+(?:,[a-z_]+){2,})"', prompt)
    cols = fields.group(1).split(",") if fields else ["order_id", "customer", "amount", "status"]
    who = next((i for i, c in enumerate(cols) if re.search(r"customer|name|user|who", c)), 1)
    amount = next((i for i, c in enumerate(cols) if re.search(r"amount|total|price|value", c)), 2)
    status = next((i for i, c in enumerate(cols) if re.search(r"status|state", c)), 3)
    wanted = re.search(r'status is "([a-z]+)"', prompt)
    keep = wanted.group(1) if wanted else "paid"
    rows = ps[0]
    start = "1" if slip else "0"
    return textwrap.dedent(f"""\
        def {name}({rows}):
            totals = {{}}
            for line in list({rows})[{start}:]:
                if not line.strip():
                    continue
                parts = [p.strip() for p in line.split(',')]
                if len(parts) != {len(cols)} or parts[0] == {cols[0]!r}:
                    continue
                try:
                    amount = float(parts[{amount}])
                except ValueError:
                    continue
                if parts[{status}].lower() != {keep!r}:
                    continue
                totals[parts[{who}]] = totals.get(parts[{who}], 0.0) + amount
            ranked = sorted(totals.items(), key=lambda kv: (-round(kv[1], 2), kv[0]))
            return {{k: round(v, 2) for k, v in ranked}}
        """)


TASKS: list[Task] = [
    Task(r"fizz\s*buzz", 1, "fizzbuzz", ("n",), _fizzbuzz),
    Task(r"palindrome", 1, "is_palindrome", ("s",), _palindrome),
    Task(r"fibonacci", 1, "fib", ("n",), _fibonacci),
    Task(r"custom cipher|key letter|vigen", 3, "encode", ("text", "key"), _cipher),
    Task(r"cipher|caesar|shift", 2, "encode", ("text", "shift"), _cipher),
    Task(r"binary search", 2, "binary_search", ("items", "target"), _binary_search),
    Task(r"prime", 2, "primes_up_to", ("n",), _primes),
    Task(r"run[- ]length", 2, "rle_encode", ("s",), _rle),
    Task(r"word freq|most (common|frequent) words|top.*words", 2, "top_words", ("text", "k"),
         _word_freq),
    Task(r"merge.*interval|overlapping intervals", 3, "merge_intervals", ("intervals",),
         _merge_intervals),
    Task(r"pipeline|csv record|group(ed)? by|aggregate", 3, "summarize", ("lines",), _pipeline),
    Task(r"roman", 2, "int_to_roman", ("n",), _roman),
]

_SIG = re.compile(r"\b([a-z_][a-z0-9_]*)\(((?:[^()\[\]]|\[[^\]]*\]*\])*)\)")


def _signatures(prompt: str) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for m in _SIG.finditer(prompt):
        name = m.group(1)
        if name in {"print", "len", "range", "str", "int", "list", "dict", "sorted", "e", "i"}:
            continue
        inner = re.sub(r"\[[^\]]*\]*\]", "", m.group(2))
        params = tuple(p.split("=")[0].split(":")[0].strip() for p in inner.split(",")
                       if p.strip())
        if any(not re.fullmatch(r"[a-z_][a-z0-9_]*", x) for x in params):
            continue
        out.append((name, params))
    for m in re.finditer(r"(?:function|def)\s+(?:named|called)\s+`?([a-z_][a-z0-9_]*)`?",
                         prompt, re.I):
        if all(m.group(1) != n for n, _ in out):
            out.append((m.group(1), ()))
    return out


def write_code(prompt: str, h: Habits) -> str | None:
    task = next((t for t in TASKS if re.search(t.pattern, prompt, re.I)), None)
    if task is None:
        return None
    slip = task.difficulty > h.code_care
    sigs = _signatures(prompt) or [(task.name, task.params)]
    parts = []
    seen: set[str] = set()
    for name, params in sigs:
        if name in seen:
            continue
        seen.add(name)
        params = params or task.params
        parts.append(task.body(name, params, prompt, slip))
    code = "\n\n".join(parts)
    return f"Here is a solution.\n\n```python\n{code.rstrip()}\n```\n"
