"""`provtui suite ...` end to end in subprocesses, against loopback providers that count
requests: bad suite files send nothing, a SIGKILLed run resumes without sending anything
twice, and `suite run showdown` on two targets prints the study's table."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from suite_provider import Answer, SuiteProvider, config_text, has_tool_results, prompt_of


def provtui(*args: str, env: dict[str, str], timeout: float = 120,
            **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                          text=True, env={**os.environ, **env}, timeout=timeout, **kw)


def _setup(tmp_path: Path, urls: dict[str, str], **kw) -> tuple[Path, dict[str, str]]:
    cfg = tmp_path / "config.toml"
    cfg.write_text(config_text(urls, **kw))
    return cfg, {"PROVTUI_DATA_DIR": str(tmp_path / "data")}


GOOD_CASE = '[[cases]]\nid = "c1"\nprompt = "hi"\nchecks = [ { kind = "words", equals = 1 } ]\n'


@pytest.mark.parametrize("body, needle", [
    ('name = "s"\n[[cases]\n', "TOML"),
    ('name = "s"\n[[cases]]\nid = "c1"\nprompt = "hi"\nchecks = [ { kind = "nope" } ]\n',
     "checks[0]"),
    ('name = "s"\n' + GOOD_CASE + GOOD_CASE, "duplicate id"),
    ('name = "s"\n' + GOOD_CASE + 'mcp = ["ghost"]\n', "ghost"),
    ('name = "s"\n[[cases]]\nid = "c1"\nprompt = "hi"\n'
     'checks = [ { kind = "regex", pattern = "a(" } ]\n', "checks[0]"),
    ('name = "s"\n[[cases]]\nid = "c1"\nprompt = "hi"\nchecks = [ { kind = "words", equals = 1, '
     'colour = "red" } ]\n', "colour"),
])
def test_bad_suite_file_exit_2_one_line_nothing_sent(tmp_path: Path, body: str,
                                                      needle: str) -> None:
    suite = tmp_path / "bad.toml"
    suite.write_text(body)
    with SuiteProvider(lambda b, n: Answer(text="x")) as prov:
        cfg, env = _setup(tmp_path, {"one": prov.base_url})
        out = provtui("suite", "run", str(suite), "--config", str(cfg), "-t", "one-t", env=env)
        assert prov.count == 0
    assert out.returncode == 2, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and str(suite) in lines[0] and needle in lines[0], out.stderr
    assert not (tmp_path / "data" / "suites").exists()


def test_same_target_twice_is_a_usage_error(tmp_path: Path) -> None:
    with SuiteProvider(lambda b, n: Answer(text="x")) as prov:
        cfg, env = _setup(tmp_path, {"one": prov.base_url})
        out = provtui("suite", "run", "knowledge", "--config", str(cfg), "-t", "one-t",
                      "-t", "one-t", env=env)
        assert prov.count == 0
    assert out.returncode == 2 and "given twice" in out.stderr


def _suite_file(tmp_path: Path, n: int) -> Path:
    parts = ['name = "kill"']
    for i in range(n):
        parts += ["[[cases]]", f'id = "c{i:02d}"', f'prompt = "question {i:02d}"',
                  'checks = [ { kind = "contains", text = "ok" } ]']
    p = tmp_path / "kill.toml"
    p.write_text("\n".join(parts))
    return p


def test_sigkill_then_resume_sends_nothing_twice(tmp_path: Path) -> None:
    suite = _suite_file(tmp_path, 12)
    with SuiteProvider(lambda b, n: Answer(text="ok", delay_s=0.25)) as prov:
        cfg, env = _setup(tmp_path, {"one": prov.base_url})
        proc = subprocess.Popen([sys.executable, "-m", "provtui", "suite", "run", str(suite),
                                 "--config", str(cfg), "-t", "one-t", "--concurrency", "2"],
                                env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        suites = tmp_path / "data" / "suites"
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                journals = list(suites.glob("*.cells.jsonl")) if suites.exists() else []
                if journals and sum(1 for line in journals[0].read_text().splitlines()
                                    if '"type":"cell"' in line) >= 4:
                    break
                time.sleep(0.05)
            else:
                pytest.fail("the suite never journalled 4 cells")
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(10)
        time.sleep(0.4)  # requests in flight at the kill reach the server
        sent_before = prov.count
        rid = journals[0].name.removesuffix(".cells.jsonl")
        listed = json.loads(provtui("suite", "list", "--json", env=env).stdout)
        assert [r["status"] for r in listed["results"] if r["id"] == rid] == ["partial"]
        partial = json.loads(provtui("suite", "show", rid, "--json", env=env).stdout)
        done = {c["case"] for c in partial["cells"] if c["status"] == "ok"}
        assert 4 <= len(done) < 12 and partial["status"] == "partial"
        before_prompts = [prompt_of(b) for b in prov.bodies]
        out = provtui("suite", "run", str(suite), "--config", str(cfg), "--resume", rid,
                      env=env)
        assert out.returncode == 0, out.stderr
        resumed_prompts = [prompt_of(b) for b in prov.bodies[sent_before:]]
    # nothing finished before the kill was sent again; every other cell was sent once
    assert not {p.split()[-1] for p in resumed_prompts} & {c[1:] for c in done}
    assert len(resumed_prompts) == 12 - len(done) == len(set(resumed_prompts))
    assert len(before_prompts) - len(done) <= 2  # at most the cells in flight were lost
    final = json.loads(Path(out.stderr.strip().splitlines()[-1].split(" to ")[-1]).read_text())
    assert final["status"] == "complete" and final["id"] == rid
    assert all(c["status"] == "ok" for c in final["cells"]) and len(final["cells"]) == 12


ANSWERS = {
    "12-word": "The restless ocean carries ancient stories across its deep blue endless waves.",
    "Kazakhstan": "Astana.", "Berlin Wall": "It fell in 1989.", "gold": "Au",
    "surgeon": "The surgeon is the boy's mother.", "lily pads": "Answer: 47 days",
    "bat and a ball": "Answer: $0.05",
}


def _showdown_answer(strong: bool):
    def answer(body: dict, n: int) -> Answer:
        if body.get("tools") and not has_tool_results(body):
            names = (["list_vehicles", "get_battery_health", "get_charges_brief",
                      "get_drives_brief", "find_nearby_chargers", "get_efficiency"]
                     if strong else ["list_vehicles"])
            args = {"list_vehicles": {}, "find_nearby_chargers": {"vehicle_id": "r1s"}}
            return Answer(tool_calls=[{"name": t, "arguments": args.get(t, {"vehicle_id": "r1s"})}
                                      for t in names])
        prompt = prompt_of(body)
        if strong:
            for needle, text in ANSWERS.items():
                if needle in prompt:
                    return Answer(text=text)
        return Answer(text="I am not sure.")
    return answer


def test_showdown_on_two_targets_prints_the_study_table(tmp_path: Path) -> None:
    with SuiteProvider(_showdown_answer(True)) as strong, \
            SuiteProvider(_showdown_answer(False)) as weak:
        cfg, env = _setup(tmp_path, {"strong": strong.base_url, "weak": weak.base_url})
        out = provtui("suite", "run", "showdown", "--config", str(cfg), "-t", "strong-t",
                      "-t", "weak-t", "--concurrency", "8", "--json", env=env, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    err = out.stderr
    for row in ("instruction (/15)", "mcp (/6)", "reasoning (/8)", "knowledge (/10)",
                "coding (/25)", "all (/64)", "time p50 (s)", "time sum (s)", "cost (USD)"):
        assert row in err, row
    mcp = [line for line in err.splitlines() if line.startswith("mcp (/6)")][0]
    assert mcp.split()[2:] == ["6/6", "1/6"]
    result = json.loads(out.stdout)
    assert result["status"] == "complete" and len(result["cells"]) == 2 * 39
    assert result["summary"]["strong-t"]["knowledge"]["earned"] == 3
    assert "strong-t vs weak-t:" in err and "provtui: saved suite result" in err
    assert "smallest difference this suite can detect: 6 of 39 cases (15%)" in err


def test_ctrl_c_saves_a_partial_result_exit_130_and_resume_completes(tmp_path: Path) -> None:
    suite = _suite_file(tmp_path, 8)
    with SuiteProvider(lambda b, n: Answer(text="ok", delay_s=0.4)) as prov:
        cfg, env = _setup(tmp_path, {"one": prov.base_url})
        out_copy = tmp_path / "copy.json"
        proc = subprocess.Popen([sys.executable, "-m", "provtui", "suite", "run", str(suite),
                                 "--config", str(cfg), "-t", "one-t", "--concurrency", "2",
                                 "-o", str(out_copy)],
                                env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        suites = tmp_path / "data" / "suites"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            journals = list(suites.glob("*.cells.jsonl")) if suites.exists() else []
            if journals and '"type":"cell"' in journals[0].read_text():
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert "--resume" in err and "saved suite result" in err
        partial = json.loads(out_copy.read_text())
        assert partial["status"] == "partial" and partial["stopped"] == "cancelled"
        statuses = {c["status"] for c in partial["cells"]}
        assert "ok" in statuses and statuses & {"pending", "cancelled"}
        before = prov.count
        done = sum(1 for c in partial["cells"] if c["status"] == "ok")
        out = provtui("suite", "run", str(suite), "--config", str(cfg), "--resume",
                      partial["id"], "--json", env=env)
        assert out.returncode == 0, out.stderr
        assert prov.count - before == 8 - done
    final = json.loads(out.stdout)
    assert final["status"] == "complete" and "stopped" not in final


def test_show_export_and_resume_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    env = {"PROVTUI_DATA_DIR": str(tmp_path / "data")}
    for args in (["suite", "show", "nope"], ["suite", "export", "nope", "--format", "md"],
                 ["suite", "run", "knowledge", "-t", "llamacpp:m", "--resume", "nope"],
                 ["suite", "run", "no-such-suite", "-t", "llamacpp:m"]):
        out = provtui(*args, env=env)
        assert out.returncode == 2, (args, out.stderr)
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    hostile = tmp_path / "evil.json"
    hostile.write_text(json.dumps({"format": "provtui-suite-result", "id": "../../escape",
                                   "cases": [], "cells": [], "targets": ["llamacpp:m"]}))
    out = provtui("suite", "run", "knowledge", "-t", "llamacpp:m", "--resume", str(hostile),
                  env=env)
    assert out.returncode == 2 and "not usable as a file name" in out.stderr


def test_a_terminal_gets_the_live_bar_and_table_then_the_final_table(tmp_path: Path) -> None:
    import pty
    import select

    with SuiteProvider(lambda b, n: Answer(text="Astana", delay_s=0.05)) as prov:
        cfg, env = _setup(tmp_path, {"one": prov.base_url, "two": prov.base_url})
        master, slave = pty.openpty()
        proc = subprocess.Popen([sys.executable, "-m", "provtui", "suite", "run", "knowledge",
                                 "--config", str(cfg), "-t", "one-t", "-t", "two-t"],
                                stdout=subprocess.DEVNULL, stderr=slave,
                                env={**os.environ, **env, "COLUMNS": "100"})
        os.close(slave)
        data = b""
        while True:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                data += chunk
            elif proc.poll() is not None:
                break
        proc.wait(30)
        os.close(master)
    text = data.decode("utf-8", "replace")
    assert proc.returncode == 0, text[-2000:]
    assert "cells" in text and "━" in text  # the live bar
    assert "Traceback" not in text
    final = text[text.rindex("category"):]
    assert "knowledge (/10)" in final and "1/10" in final and "saved suite result" in final
