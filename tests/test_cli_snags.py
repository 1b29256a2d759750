"""Command-line snags a new user hit (issue 20): options before the command, a result on
stdout from `run`, a truncated answer named as such everywhere, doctor with no config."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from transcript_server import Reply, TranscriptServer


def provtui(*args: str, env: dict[str, str] | None = None,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120,
                          input=input)


def config_for(tmp_path: Path, url: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(f'[providers.loop]\nbase_url = "{url}"\n\n'
                 '[targets.alpha]\nprovider = "loop"\nmodel = "m"\n', encoding="utf-8")
    return p


def test_common_options_before_the_command_are_accepted(tmp_path: Path) -> None:
    with TranscriptServer.in_thread() as srv:
        url = srv.add(Reply.text_stream(["Ocean waves shine."]))
        cfg = config_for(tmp_path, url)
        r = provtui("--config", str(cfg), "run", "-t", "alpha", "hi")
        assert r.returncode == 0, r.stderr
        r2 = provtui("--config", str(cfg), "-t", "alpha", "run", "hi again")
        assert r2.returncode == 0, r2.stderr
    # an option the command does not take is still a clear usage error
    bad = provtui("--config", str(cfg), "sessions", "list")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_run_prints_one_result_line_per_run_and_quiet_silences_it(tmp_path: Path) -> None:
    usage = {"prompt_tokens": 5, "completion_tokens": 4, "total_tokens": 9}
    with TranscriptServer.in_thread() as srv:
        url = srv.add(Reply.text_stream(["Ocean waves ", "shine bright."], usage=usage,
                                        delay_s=0.05),  # a decode time to rate
                      Reply.text_stream(["Again."], usage=usage))
        cfg = config_for(tmp_path, url)
        r = provtui("run", "--config", str(cfg), "-t", "alpha", "--expect-words", "4", "go")
        assert r.returncode == 0, r.stderr
        lines = r.stdout.strip().splitlines()
        assert len(lines) == 1
        line = lines[0]
        assert line.startswith("alpha") and " ok " in line and "4 words" in line
        assert "✓words" in line and "ttft " in line and "tok/s" in line
        q = provtui("run", "--config", str(cfg), "-t", "alpha", "-q", "go")
        assert q.returncode == 0 and q.stdout == ""
        assert "saved session" in q.stderr  # the id and path still go to stderr


def test_a_truncated_answer_says_truncated_in_run_show_and_exports(tmp_path: Path) -> None:
    with TranscriptServer.in_thread() as srv:
        url = srv.add(Reply.text_stream(["The ocean is a vast body of"],
                                        finish_reason="length"))
        cfg = config_for(tmp_path, url)
        r = provtui("run", "--config", str(cfg), "-t", "alpha", "-o",
                    str(tmp_path / "s.json"), "describe the ocean")
        assert r.returncode == 0, r.stderr
    assert "truncated" in r.stdout
    session = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert session["runs"][0]["status"] == "ok"  # the file keeps the contract's status ...
    assert session["runs"][0]["turns"][-1]["finish_reason"] == "length"  # ... and why
    show = provtui("sessions", "show", session["id"])
    assert "status truncated" in show.stdout
    for fmt in ("md", "html"):
        out = tmp_path / f"x.{fmt}"
        e = provtui("sessions", "export", session["id"], "--format", fmt, "-o", str(out))
        assert e.returncode == 0, e.stderr
        assert "truncated" in out.read_text(encoding="utf-8")


def test_doctor_with_no_config_does_not_say_all_good(tmp_path: Path) -> None:
    r = provtui("doctor")  # the default config path (an empty XDG dir in tests): no file
    assert "all good" not in r.stdout, r.stdout
    assert "no config" in r.stdout and "config init" in r.stdout
