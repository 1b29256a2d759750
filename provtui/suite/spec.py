"""Suite files: load, validate, and the built-in suites shipped as package data.

A suite file is TOML (CONTRACT §5).  Any problem is a :class:`SuiteError` whose message is ONE
line naming the file, the case and the field, and how to fix it; nothing is sent before a
suite has loaded whole.  The suite's sha256 is taken over the file's bytes (a composite
built-in such as ``showdown`` hashes its parts' bytes in order).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["SuiteError", "Case", "Suite", "BUILTIN", "COMPOSITES", "load_suite", "builtin_names",
           "parse_suite", "suite_from_builtin"]

BUILTIN = ("instruction", "mcp-tools", "reasoning", "knowledge", "coding")
COMPOSITES = {"showdown": BUILTIN}
_TOP = {"name", "description", "defaults", "mcp_servers", "cases"}
_CASE = {"id", "category", "points", "prompt", "system", "params", "max_steps", "checks", "mcp",
         "repeat"}
_DEFAULTABLE = _CASE - {"id", "prompt"}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class SuiteError(Exception):
    """A suite that cannot be used: one line naming file, case and field, and the fix."""


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    points: float
    prompt: str
    system: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    max_steps: int | None = None
    checks: tuple[dict[str, Any], ...] = ()
    mcp: tuple[str, ...] = ()
    repeat: int | None = None

    def canonical(self, servers: dict[str, Any]) -> dict[str, Any]:
        """What the case is, for its cells' keys: an edited case (or server) runs again."""
        return {"id": self.id, "category": self.category, "points": self.points,
                "prompt": self.prompt, "system": self.system, "params": self.params,
                "max_steps": self.max_steps, "checks": list(self.checks),
                "mcp": {n: _server_identity(servers[n]) for n in self.mcp}}


@dataclass
class Suite:
    name: str
    description: str
    sha256: str
    path: str | None
    cases: list[Case]
    servers: dict[str, Any]
    """MCP servers the suite brings (McpServerConfig by name)."""

    @property
    def categories(self) -> list[str]:
        seen: dict[str, None] = {}
        for c in self.cases:
            seen.setdefault(c.category, None)
        return list(seen)


def _server_identity(server: Any) -> dict[str, Any]:
    # no env or headers: they may hold keys, and keys never reach a file (the key is a hash,
    # but the rule is simpler kept whole)
    return {"command": server.command, "args": list(server.args), "url": server.url}


def builtin_names() -> list[str]:
    return [*BUILTIN, *COMPOSITES]


def _builtin_bytes(name: str) -> bytes:
    return (resources.files("provtui.suite") / "builtin" / f"{name}.toml").read_bytes()


def load_suite(name_or_path: str, config: Any = None) -> Suite:
    """A built-in name, else a path to a suite file.  Raises SuiteError."""
    if name_or_path in BUILTIN or name_or_path in COMPOSITES:
        return suite_from_builtin(name_or_path, config)
    p = Path(name_or_path).expanduser()
    if not p.is_file():
        raise SuiteError(f"{name_or_path}: no such suite file and not a built-in suite; "
                         f"built-in: {', '.join(builtin_names())}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SuiteError(f"{p}: cannot read ({exc.strerror})") from None
    return parse_suite(data, str(p), config=config, path=str(p.resolve()))


def suite_from_builtin(name: str, config: Any = None) -> Suite:
    parts = COMPOSITES.get(name, (name,))
    suites = [parse_suite(_builtin_bytes(n), f"built-in suite {n}", config=config, path=None,
                          builtin=True) for n in parts]
    if len(suites) == 1:
        return suites[0]
    cases: list[Case] = []
    servers: dict[str, Any] = {}
    digest = hashlib.sha256()
    for n, s in zip(parts, suites):
        digest.update(_builtin_bytes(n))
        cases += s.cases
        servers.update(s.servers)
    return Suite(name=name, description="Every built-in suite: " + ", ".join(parts),
                 sha256=digest.hexdigest(), path=None, cases=cases, servers=servers)


def parse_suite(data: bytes, where: str, *, config: Any = None, path: str | None = None,
                builtin: bool = False) -> Suite:
    from provtui.core.config import ConfigError, _mcp_from_table
    from provtui.suite.checks import CheckSpecError, validate_check

    sha = hashlib.sha256(data).hexdigest()
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SuiteError(f"{where}: not UTF-8 text ({exc.reason}); save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise SuiteError(f"{where}: invalid TOML: {exc}; fix that line") from None
    unknown = set(raw) - _TOP
    if unknown:
        raise SuiteError(f"{where}: unknown top-level field {sorted(unknown)[0]!r}; known: "
                         f"{', '.join(sorted(_TOP))}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SuiteError(f'{where}: field name: give the suite a name, e.g. name = "my-suite"')
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise SuiteError(f"{where}: field description: must be a string")

    servers: dict[str, Any] = {}
    tables = raw.get("mcp_servers") or {}
    if not isinstance(tables, dict):
        raise SuiteError(f"{where}: field mcp_servers: must be tables like [mcp_servers.ev]")
    for sname, table in tables.items():
        if not isinstance(table, dict):
            raise SuiteError(f"{where}: field mcp_servers.{sname}: must be a table")
        table = dict(table)
        if builtin and table.get("command") == "python":
            table["command"] = sys.executable  # the bundled servers run on provtui's python
        try:
            servers[sname] = _mcp_from_table(sname, table, f"{where}: [mcp_servers.{sname}]")
        except ConfigError as exc:
            raise SuiteError(str(exc)) from None
    known_servers = dict(getattr(config, "mcp_servers", None) or {})
    known_servers.update(servers)

    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise SuiteError(f"{where}: field defaults: must be a table ([defaults])")
    bad = set(defaults) - _DEFAULTABLE
    if bad:
        raise SuiteError(f"{where}: [defaults] field {sorted(bad)[0]!r}: unknown; defaults may "
                         f"set {', '.join(sorted(_DEFAULTABLE))}")

    cases_raw = raw.get("cases")
    if not isinstance(cases_raw, list) or not cases_raw:
        raise SuiteError(f"{where}: field cases: the suite has no cases; add [[cases]] tables")
    cases: list[Case] = []
    seen: dict[str, int] = {}
    used_servers: dict[str, Any] = {}
    for i, entry in enumerate(cases_raw, 1):
        if not isinstance(entry, dict):
            raise SuiteError(f"{where}: case #{i}: must be a [[cases]] table")
        cid = entry.get("id")
        label = f"case #{i}" if not isinstance(cid, str) else f"case {cid!r}"

        def err(fld: str, msg: str) -> SuiteError:
            return SuiteError(f"{where}: {label}: field {fld}: {msg}")

        if not isinstance(cid, str) or not _ID.match(cid):
            raise err("id", 'give a unique id of letters, digits, ".", "_" or "-", '
                            'e.g. id = "ocean-12"')
        if cid in seen:
            raise err("id", f"duplicate id (case #{seen[cid]} has it too); ids must be unique")
        seen[cid] = i
        unknown = set(entry) - _CASE
        if unknown:
            raise err(sorted(unknown)[0], f"unknown field; known: {', '.join(sorted(_CASE))}")
        e = {**defaults, **entry}
        prompt = e.get("prompt")
        if not isinstance(prompt, str) or not prompt.strip():
            raise err("prompt", 'give the prompt, e.g. prompt = "Write ..."')
        category = e.get("category", "general")
        if not isinstance(category, str) or not category.strip():
            raise err("category", 'must be a non-empty string, e.g. category = "reasoning"')
        if category.strip() == "all":
            raise err("category", '"all" is reserved for the total over every case; use '
                                  "another name")
        points = e.get("points", 1)
        if isinstance(points, bool) or not isinstance(points, (int, float)) or points <= 0 \
                or points == float("inf") or points != points:
            raise err("points", "must be a finite number > 0 (what the case is worth)")
        system = e.get("system")
        if system is not None and not isinstance(system, str):
            raise err("system", "must be a string")
        params = e.get("params") or {}
        if not isinstance(params, dict):
            raise err("params", "must be a table, e.g. params = { temperature = 0.6 }")
        max_steps = e.get("max_steps")
        if max_steps is not None and (isinstance(max_steps, bool) or not isinstance(max_steps, int)
                                      or max_steps < 1):
            raise err("max_steps", "must be a whole number >= 1")
        repeat = e.get("repeat")
        if repeat is not None and (isinstance(repeat, bool) or not isinstance(repeat, int)
                                   or not 1 <= repeat <= 100):
            raise err("repeat", "must be a whole number from 1 to 100")
        mcp = e.get("mcp") or []
        if isinstance(mcp, str):
            mcp = [mcp]
        if not isinstance(mcp, list) or not all(isinstance(m, str) for m in mcp):
            raise err("mcp", 'must be a list of server names, e.g. mcp = ["ev"]')
        for m in mcp:
            if m not in known_servers:
                raise err("mcp", f"MCP server {m!r} is not defined; add [mcp_servers.{m}] to the "
                                 "suite or the config (known: "
                                 f"{', '.join(known_servers) or 'none'})")
            used_servers[m] = known_servers[m]
        checks_raw = e.get("checks")
        if not isinstance(checks_raw, list) or not checks_raw:
            raise err("checks", 'give at least one check, e.g. checks = [ { kind = "words", '
                                "equals = 12 } ]")
        checks = []
        for k, spec in enumerate(checks_raw):
            try:
                checks.append(validate_check(spec))
            except CheckSpecError as exc:
                raise err(f"checks[{k}]", _one_line(str(exc))) from None
        cases.append(Case(id=cid, category=category.strip(), points=points, prompt=prompt,
                          system=system, params=dict(params), max_steps=max_steps,
                          checks=tuple(checks), mcp=tuple(mcp), repeat=repeat))
    for c in cases:  # everything must have a canonical JSON form (keys are hashes of it)
        try:
            json.dumps(c.canonical(used_servers), sort_keys=True, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise SuiteError(f"{where}: case {c.id!r}: field params/checks: holds a value JSON "
                             f"cannot write ({exc}); use finite numbers and plain values") from None
    return Suite(name=name.strip(), description=description, sha256=sha, path=path, cases=cases,
                 servers=used_servers)


def _one_line(text: str) -> str:
    return " ".join(text.split())
