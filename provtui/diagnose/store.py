"""Diagnosis files: ``DATA_DIR/diagnoses/ID.json``, written atomically, read tolerantly.

``{"format": "provtui-diagnosis", "version": 1, "id", "created_at", "targets": [...],
"checks": {NAME: {TARGET: {...}}}, "summary": [...]}``.  Ids look like session ids and are
validated the same way before they become file names.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from provtui.core.config import data_dir
from provtui.core.redaction import known_secrets, redact_text
from provtui.core.session_format import _ID_OK, new_session_id

__all__ = ["FORMAT", "VERSION", "DiagnosisError", "diagnoses_dir", "new_diagnosis_id",
           "save_diagnosis", "load_diagnosis", "list_diagnoses", "latest_diagnosis"]

FORMAT = "provtui-diagnosis"
VERSION = 1
_SCAN = 500


class DiagnosisError(Exception):
    """A diagnosis file that cannot be used; the message names it and the fix."""


def diagnoses_dir() -> Path:
    return data_dir() / "diagnoses"


def new_diagnosis_id() -> str:
    return new_session_id()


def check_id(diagnosis_id: str) -> str:
    if not isinstance(diagnosis_id, str) or not _ID_OK.match(diagnosis_id) \
            or ".." in diagnosis_id:
        raise DiagnosisError(f"diagnosis id {diagnosis_id!r} is not usable as a file name; ids "
                             "are letters, digits, '-', '_' and '.' (e.g. 20261125-193012-3f9a)")
    return diagnosis_id


def _write_atomic(path: Path, text: str) -> None:
    from provtui.core.atomic import write_text_atomic

    write_text_atomic(path, text)


def dumps(diagnosis: dict[str, Any]) -> str:
    text = json.dumps(diagnosis, ensure_ascii=False, indent=1, default=str)
    return redact_text(text, known_secrets())


def save_diagnosis(diagnosis: dict[str, Any], copy_to: str | os.PathLike[str] | None = None
                   ) -> Path:
    """Write to the data directory (and to ``copy_to``); returns the data-directory path."""
    path = diagnoses_dir() / f"{check_id(str(diagnosis.get('id')))}.json"
    text = dumps(diagnosis) + "\n"
    _write_atomic(path, text)
    if copy_to is not None:
        _write_atomic(Path(copy_to), text)
    return path


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DiagnosisError(f"{path}: not a readable diagnosis file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DiagnosisError(f"{path}: not a provtui diagnosis (no \"format\": \"{FORMAT}\")")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise DiagnosisError(f"{path}: diagnosis version {data.get('version')!r} is newer than "
                             "this provtui understands; upgrade provtui")
    if not isinstance(data.get("targets"), list) or not isinstance(data.get("checks"), dict):
        raise DiagnosisError(f"{path}: damaged diagnosis (targets or checks missing)")
    return data


def load_diagnosis(id_or_path: str) -> dict[str, Any]:
    p = Path(id_or_path)
    if p.suffix == ".json" and p.exists():
        return _read(p)
    return _read(diagnoses_dir() / f"{check_id(id_or_path)}.json")


def _files() -> list[Path]:
    d = diagnoses_dir()
    if not d.is_dir():
        return []
    files = [p for p in d.glob("*.json") if _ID_OK.match(p.stem) and not p.name.startswith(".")]
    return sorted(files, key=lambda p: p.name, reverse=True)[:_SCAN]


def list_diagnoses() -> list[dict[str, Any]]:
    """Newest first: ``{"id", "created_at", "targets", "checks", "path"}``; damaged files skipped."""
    out = []
    for path in _files():
        try:
            data = _read(path)
        except DiagnosisError:
            continue
        out.append({"id": data.get("id"), "created_at": data.get("created_at"),
                    "targets": data["targets"], "checks": list(data["checks"]),
                    "path": str(path)})
    return out


def latest_diagnosis(targets: list[str] | None = None) -> dict[str, Any] | None:
    """The newest diagnosis that covers every one of ``targets`` (any when empty/None)."""
    wanted = {str(t) for t in targets or []}
    for path in _files():
        try:
            data = _read(path)
        except DiagnosisError:
            continue
        if wanted <= {str(t) for t in data["targets"]}:
            data.setdefault("path", str(path))
            return data
    return None
