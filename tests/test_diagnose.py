"""`provtui diagnose` against loopback providers that differ the way real ones do: every check,
and every failure mode (no usage, no logprobs, 500s, hangs, hostile text, broken tool calls)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diagnose_fake import CANARY, Fake, add_fake
from provtui.core.config import PRESETS, TargetConfig
from provtui.diagnose import store
from provtui.diagnose.runner import CHECKS, parse_only, run_diagnosis
from provtui.diagnose.table import format_diagnosis
from transcript_server import TranscriptServer


def target(name: str, url: str, *, window: int | None = None, **provider: object) -> TargetConfig:
    p = dataclasses.replace(PRESETS["vllm"], name=name, base_url=url, context_window=window,
                            read_timeout_s=provider.pop("read_timeout_s", 20.0), **provider)
    return TargetConfig(name=name, provider=p, model="fake-model")


async def diagnose(pairs: list[tuple[str, Fake, dict]], **kw) -> tuple[dict, list]:
    async with TranscriptServer() as srv:
        routes = []
        targets = []
        for name, fake, opts in pairs:
            route = add_fake(srv, fake)
            routes.append(route)
            targets.append(target(name, route.base_url, **opts))
        kw.setdefault("context_max_tokens", 4096)
        kw.setdefault("request_timeout_s", 10.0)
        result = await run_diagnosis(targets, **kw)
    return result, routes


async def test_two_providers_that_differ_are_told_apart() -> None:
    a = Fake(window=1000, per_message=4, lp_offset=0.0, served_by=["UpA"])
    b = Fake(window=1500, per_message=20, tools_per_def=0, lp_offset=-0.3, served_by=["UpB"])
    d, routes = await diagnose([("a", a, {"window": 1000}), ("b", b, {"window": 1500})])
    assert d["format"] == "provtui-diagnosis" and d["version"] == 1
    assert d["targets"] == ["a", "b"] and list(d["checks"]) == list(CHECKS)
    c = d["checks"]
    # context: found by search, within 5% of the true limit (max_tokens is part of the window)
    for name, window in (("a", 1000), ("b", 1500)):
        ctx = c["context"][name]
        assert ctx["behaviour"] == "error" and ctx["tokens_billed"] is True
        assert window * 0.95 <= ctx["accepted_tokens"] + ctx["max_tokens"] <= window
        assert ctx["limit_in_error"] == window and ctx["declared"] == window
        assert ctx["requests"] <= 14
        assert ctx["tools_fit"]["checked"] is False
    # prompt tokens: a template difference is a number
    pa, pb = c["prompt_tokens"]["a"], c["prompt_tokens"]["b"]
    assert pa["base"] != pb["base"] and pa["stable"] and pb["stable"]
    assert pa["tools_overhead"] == 90 and pb["tools_overhead"] == 0
    assert pa["system_overhead"] > 0
    # determinism at T=0 with a seed
    for name in ("a", "b"):
        det = c["determinism"][name]
        assert det["distinct"] == 1 and det["identical_rate"] == 1.0
        assert det["first_divergence"] is None and det["seed"] == "sent"
    # logprobs: b's offset is far above the noise floor (0 between two calls of one target)
    la, lb = c["logprobs"]["a"], c["logprobs"]["b"]
    assert la["reference"] is True and lb["against"] == "a"
    assert lb["top1_agreement"] == 1.0 and lb["mean_abs_delta"] == pytest.approx(0.3)
    assert la["noise_floor"]["mean_abs_delta"] == 0 and la["shape"]["top_logprobs_returned"] == 2
    # tools: a good tool layer passes the battery
    ta = c["tools"]["a"]
    assert ta["called_when_expected"] == 1.0 and ta["json_valid"] == 1.0
    assert ta["schema_valid"] == 1.0 and ta["unknown_name"] == 0.0 and ta["failures"] == []
    # routing: every response of the diagnosis was looked at
    ra = c["routing"]["a"]
    assert ra["served_by"] == [{"value": "UpA", "responses": ra["responses"]}]
    assert ra["responses"] == sum(1 for s in routes[0].served if s.reply.status == 200)
    # every request was small and non-streamed
    for route in routes:
        for req in route.requests:
            body = req.json
            assert body["stream"] is False and "stream_options" not in body
            assert body["max_tokens"] <= 384
    # likely causes, worded as evidence
    causes = d["summary"][0]["likely_causes"]
    kinds = {x["check"] for x in causes}
    assert {"context", "prompt_tokens", "logprobs"} <= kinds
    text = " ".join(x["evidence"] for x in causes)
    assert "consistent with" in text and "caused by" not in text
    table = format_diagnosis(d)
    assert "== context" in table and "likely causes" in table


async def test_a_truncating_provider_is_caught_by_its_bills() -> None:
    ollama = Fake(window=800, overflow="truncate")
    d, _ = await diagnose([("ollama", ollama, {"window": 2048})], checks=["context"],
                          context_max_tokens=3000)
    ctx = d["checks"]["context"]["ollama"]
    assert ctx["behaviour"] == "truncates"
    assert any("stopped growing" in e or "canary" in e for e in ctx["evidence"])
    assert ctx["canary"]["short_prompt"] is True and ctx["canary"]["largest_accepted"] is False


async def test_no_usage_means_estimates_said_so_and_prompt_tokens_unsupported() -> None:
    d, _ = await diagnose([("nousage", Fake(window=1200, usage=False), {})],
                          checks=["context", "prompt_tokens"])
    ctx = d["checks"]["context"]["nousage"]
    assert ctx["tokens_billed"] is False and "estimated" in ctx["method"]
    assert ctx["behaviour"] == "error" and ctx["accepted_tokens"] > 0
    pt = d["checks"]["prompt_tokens"]["nousage"]
    assert pt["supported"] is False and "usage" in pt["reason"]


async def test_logprobs_ignored_or_rejected_is_unsupported_not_a_crash() -> None:
    d, _ = await diagnose([("ref", Fake(), {}), ("null", Fake(logprobs="null"), {}),
                           ("rej", Fake(logprobs="reject"), {})], checks=["logprobs"])
    lp = d["checks"]["logprobs"]
    assert lp["ref"]["supported"] is True
    assert lp["null"] == {"supported": False, "reason": lp["null"]["reason"],
                          "method": lp["null"]["method"]}
    assert "null" in lp["null"]["reason"]
    assert lp["rej"]["supported"] is False and "not supported" in lp["rej"]["reason"]


async def test_a_failing_target_never_stops_the_others() -> None:
    d, _ = await diagnose([("good", Fake(), {}), ("broken", Fake(status=500), {})])
    for check in CHECKS:
        assert d["checks"][check]["good"].get("supported") is True, check
        bad = d["checks"][check]["broken"]
        assert bad.get("supported") is not True and "error" in bad, check
    assert "server_error" in d["checks"]["context"]["broken"]["error"]


async def test_a_hanging_target_times_out_once_or_twice_then_is_skipped() -> None:
    d, routes = await diagnose([("ok", Fake(), {}),
                                ("hang", Fake(hang=True), {"read_timeout_s": 0.5})],
                               checks=["prompt_tokens", "determinism", "tools"])
    assert d["checks"]["determinism"]["ok"]["identical_rate"] == 1.0
    errs = [d["checks"][c]["hang"]["error"] for c in ("prompt_tokens", "determinism")]
    assert "timeout" in errs[0]
    assert "not sent" in errs[1]
    assert len(routes[1].requests) == 2  # two timeouts, then nothing more was sent
    assert d["checks"]["tools"]["hang"]["supported"] is None


async def test_nondeterminism_reports_where_outputs_diverge() -> None:
    d, _ = await diagnose([("wobbly", Fake(deterministic=False), {})],
                          checks=["determinism", "logprobs"], samples=4)
    det = d["checks"]["determinism"]["wobbly"]
    assert det["distinct"] == 2 and det["identical_rate"] == 0.5
    assert det["first_divergence"]["char"] == len("The sea at night is ")
    assert det["first_divergence"]["word"] == 5
    noise = d["checks"]["logprobs"]["wobbly"]["noise_floor"]
    assert noise["mean_abs_delta"] > 0


async def test_seed_rejected_is_retried_without_it_and_recorded() -> None:
    d, routes = await diagnose([("noseed", Fake(seed_rejected=True), {})],
                               checks=["determinism"], samples=2)
    det = d["checks"]["determinism"]["noseed"]
    assert det["identical_rate"] == 1.0 and det["seed"].startswith("rejected")
    assert "seed" not in routes[0].requests[-1].json


async def test_broken_tool_calls_are_counted_and_kept_for_the_inspector() -> None:
    d, _ = await diagnose([("bad", Fake(tool_mode="bad"), {}),
                           ("never", Fake(tool_mode="never"), {})], checks=["tools"])
    bad = d["checks"]["tools"]["bad"]
    assert bad["unknown_name"] == 1.0 and bad["json_valid"] == 0.0
    assert bad["schema_valid"] is None  # no call named an offered tool with JSON arguments
    f = bad["failures"][0]
    assert f["raw_tool_calls"][0]["function"]["name"] == "get_wether"
    assert f["request"]["tools"] and f["request"]["stream"] is False
    never = d["checks"]["tools"]["never"]
    assert never["calls"] == 0 and never["called_when_expected"] == pytest.approx(1 / 6, abs=1e-3)
    assert never["json_valid"] is None
    causes = d["summary"][0]["likely_causes"]
    assert any(c["check"] == "tools" for c in causes)


async def test_routing_sees_fallbacks_and_model_swaps() -> None:
    fb = Fake(served_by=["DeepInfra", "Together"], models=["m-a", "m-b"])
    d, _ = await diagnose([("plain", Fake(fingerprint=None), {}), ("fb", fb, {})],
                          checks=["routing"])
    r = d["checks"]["routing"]
    assert r["fb"]["distinct"] == {"served_by": 2, "response_model": 2, "system_fingerprint": 1}
    assert r["plain"]["served_by"] == [] and "served_by_note" in r["plain"]
    assert r["plain"]["system_fingerprint"] == []
    assert any(c["check"] == "routing" for c in d["summary"][0]["likely_causes"])


async def test_hostile_provider_text_never_reaches_the_terminal_raw() -> None:
    d, _ = await diagnose([("evil\x1b[2J", Fake(hostile=True, deterministic=False), {})],
                          checks=["determinism"], samples=2)
    det = d["checks"]["determinism"]["evil\x1b[2J"]
    assert "\x1b[31m" in det["outputs"][0]  # the file keeps what came, exactly
    table = format_diagnosis(d)
    assert "\x1b" not in table and "\x07" not in table and "\x00" not in table
    assert "\u202e" not in table


def test_parse_only() -> None:
    assert parse_only(None) == list(CHECKS)
    assert parse_only("routing, context") == ["context", "routing"]
    with pytest.raises(ValueError, match="unknown check.*bogus.*choose from"):
        parse_only("context,bogus")


def test_store_ids_atomic_write_latest_and_damaged_files(tmp_path: Path) -> None:
    base = {"format": "provtui-diagnosis", "version": 1, "created_at": "x", "checks": {}}
    store.save_diagnosis({**base, "id": "20260101-000000-aaaa", "targets": ["a", "b"]})
    store.save_diagnosis({**base, "id": "20260102-000000-bbbb", "targets": ["a"]})
    d = store.diagnoses_dir()
    (d / "20260103-000000-cccc.json").write_text("{ not json")
    (d / "20260104-000000-dddd.json").write_text(json.dumps({"format": "other"}))
    assert store.latest_diagnosis(["a"])["id"] == "20260102-000000-bbbb"
    assert store.latest_diagnosis(["b", "a"])["id"] == "20260101-000000-aaaa"
    assert store.latest_diagnosis(["zzz"]) is None
    assert [x["id"] for x in store.list_diagnoses()] == ["20260102-000000-bbbb",
                                                         "20260101-000000-aaaa"]
    assert not list(d.glob(".*.tmp"))
    for bad in ("../etc/passwd", "a/b", "", ".hidden"):
        with pytest.raises(store.DiagnosisError, match="not usable as a file name"):
            store.save_diagnosis({**base, "id": bad, "targets": []})
    with pytest.raises(store.DiagnosisError, match="damaged|not a readable"):
        store.load_diagnosis("20260103-000000-cccc")
    assert store.load_diagnosis(str(d / "20260101-000000-aaaa.json"))["targets"] == ["a", "b"]


def _config(tmp_path: Path, urls: dict[str, str]) -> Path:
    lines = []
    for name, url in urls.items():
        lines += [f"[providers.{name}]", f'base_url = "{url}"', "context_window = 1000",
                  "max_concurrency = 1", "", f"[targets.{name}]", f'provider = "{name}"',
                  'model = "fake-model"', ""]
    lines += ["[mcp_servers.ev]", f'command = "{sys.executable}"',
              'args = ["-m", "provtui.demo.ev_server"]']
    p = tmp_path / "config.toml"
    p.write_text("\n".join(lines))
    return p


def _provtui(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provtui", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=120)


def test_cli_tables_file_json_copy_and_mcp_tools_fit(tmp_path: Path) -> None:
    with TranscriptServer.in_thread() as srv:
        one = add_fake(srv, Fake(window=1000))
        two = add_fake(srv, Fake(window=1000, per_message=9, hostile=True))
        cfg = _config(tmp_path, {"one": one.base_url, "two": two.base_url})
        out = tmp_path / "copy.json"
        r = _provtui("diagnose", "--config", str(cfg), "-t", "one", "-t", "two", "--mcp", "ev",
                     "--only", "context,prompt_tokens,routing", "--context-max", "1200",
                     "-o", str(out), "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert list(d["checks"]) == ["context", "prompt_tokens", "routing"]
    assert json.loads(out.read_text())["id"] == d["id"]
    saved = Path(os.environ["PROVTUI_DATA_DIR"]) / "diagnoses" / f"{d['id']}.json"
    assert f"saved diagnosis {d['id']} to {saved}" in r.stderr and saved.exists()
    assert "== prompt_tokens" in r.stderr and "\x1b" not in r.stderr
    fit = d["checks"]["context"]["one"]["tools_fit"]
    assert fit["checked"] is True and fit["servers"] == ["ev"] and fit["tools"] >= 8
    # the fake bills 30 tokens per tool definition
    assert fit["tools_tokens_billed"] == 30 * fit["tools"]
    assert fit["tools_tokens_estimated"] > 1500  # the ev server's definitions are ~2.3K tokens
    assert fit["fits"] is True and fit["needed_tokens"] <= fit["accepted_tokens"]
    assert store.latest_diagnosis(["one", "two"])["id"] == d["id"]


def test_cli_usage_errors_exit_2_and_write_nothing(tmp_path: Path) -> None:
    cfg = _config(tmp_path, {"one": "http://127.0.0.1:9/v1"})
    for args, word in ((["--only", "nope"], "unknown check"), (["--samples", "1"], "--samples"),
                       (["-t", "missing"], "missing"), ([], "no target")):
        r = _provtui("diagnose", "--config", str(cfg), *(["-t", "one"] if args and
                                                           args[0] != "-t" else []), *args)
        assert r.returncode == 2, (args, r.stderr)
        assert word in r.stderr and "Traceback" not in r.stderr
    assert not (Path(os.environ["PROVTUI_DATA_DIR"]) / "diagnoses").exists()


def test_canary_constant_matches_the_check() -> None:
    from provtui.diagnose import context

    assert context.CANARY == CANARY and CANARY in context.prompt_of(3)


def test_session_html_export_includes_the_latest_diagnosis_of_its_targets() -> None:
    from provtui.core.export import export_html

    session = {"format": "provtui-session", "version": 1, "id": "s1", "created_at": "now",
               "prompt": "p", "runs": [{"target": "a", "status": "ok", "text": "x"},
                                       {"target": "b", "status": "ok", "text": "y"}]}
    assert "Diagnosis" not in export_html(session)
    d = {"format": "provtui-diagnosis", "version": 1, "id": "20260101-000000-abcd",
         "created_at": "now", "targets": ["a", "b", "c"],
         "checks": {"prompt_tokens": {"a": {"supported": True, "base": 16},
                                      "b": {"supported": True, "base": "<script>45"}}},
         "summary": [{"targets": ["a", "b"], "likely_causes": [
             {"check": "prompt_tokens", "evidence": "bills <b>differ</b>"}]}]}
    store.save_diagnosis(d)
    page = export_html(session)
    assert "Diagnosis 20260101-000000-abcd" in page and "<td>16</td>" in page
    assert "<script>45" not in page and "&lt;script&gt;45" in page
    assert "bills &lt;b&gt;differ&lt;/b&gt;" in page
    # a diagnosis of other targets is not shown; a damaged file never breaks the export
    session["runs"][0]["target"] = "zzz"
    (store.diagnoses_dir() / "20991231-000000-ffff.json").write_text("{broken")
    assert "Diagnosis" not in export_html(session)


def test_diagnose_package_imports_without_textual_or_rich() -> None:
    import ast
    import pkgutil

    import provtui.diagnose
    from test_import_hygiene import BLOCKER

    mods = sorted(f"provtui.diagnose.{m.name}" for m in
                  pkgutil.iter_modules(provtui.diagnose.__path__))
    assert {"provtui.diagnose.runner", "provtui.diagnose.store", "provtui.diagnose.context"} \
        <= set(mods)
    out = subprocess.run([sys.executable, "-c", BLOCKER.replace("MODS", repr(mods))],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    failed, from_provtui = ast.literal_eval(out.stdout.strip().splitlines()[-1])
    assert failed == {} and from_provtui == []


def test_a_key_echoed_by_the_provider_never_reaches_the_file(tmp_path: Path) -> None:
    secret = "sk-diag-FAKE-SECRET-0123456789abcdef"
    with TranscriptServer.in_thread() as srv:
        echo = add_fake(srv, Fake(echo_auth=True))
        cfg = tmp_path / "config.toml"
        cfg.write_text(f'[providers.echo]\nbase_url = "{echo.base_url}"\n'
                       'api_key_env = "PROVTUI_DIAG_KEY"\n')
        r = subprocess.run([sys.executable, "-m", "provtui", "diagnose", "--config", str(cfg),
                            "-t", "echo:m", "--only", "determinism", "--samples", "2",
                            "--json", "-o", str(tmp_path / "copy.json")],
                           capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PROVTUI_DIAG_KEY": secret})
        assert echo.requests[0].headers["authorization"] == f"Bearer {secret}"
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert "[redacted]" in d["checks"]["determinism"]["echo:m"]["outputs"][0]
    saved = store.diagnoses_dir() / f"{d['id']}.json"
    for text in (r.stdout, r.stderr, saved.read_text(), (tmp_path / "copy.json").read_text()):
        assert secret not in text


async def test_a_server_that_streams_anyway_still_gives_its_logprobs() -> None:
    from transcript_server import Reply

    base = {"id": "c1", "object": "chat.completion.chunk", "model": "m"}

    def chunk(tok: str, lp: float, finish=None) -> dict:
        return {**base, "choices": [{"index": 0, "delta": {"content": tok},
                                     "finish_reason": finish, "logprobs": {"content": [
                                         {"token": tok, "logprob": lp, "top_logprobs": [
                                             {"token": tok, "logprob": lp}]}]}}]}

    reply = Reply.sse([chunk("Par", -0.5), chunk("is", -0.25, "stop")])
    async with TranscriptServer() as srv:
        url = srv.add(reply, repeat_last=True)
        d = await run_diagnosis([target("sse", url)], checks=["logprobs"],
                                request_timeout_s=10)
    lp = d["checks"]["logprobs"]["sse"]
    assert lp["supported"] is True and lp["tokens"][0] == [["Par", -0.5], ["is", -0.25]]
    assert lp["shape"]["top_logprobs_returned"] == 1


async def test_a_server_that_drips_forever_hits_the_request_timeout() -> None:
    from transcript_server import Reply

    drip = Reply(status=200, headers=[("Content-Type", "application/json")],
                 steps=[b" " * 400], framing="close", drip_bps=40)
    async with TranscriptServer() as srv:
        route = srv.route(drip, repeat_last=True)
        d = await run_diagnosis([target("drip", route.base_url)],
                                checks=["prompt_tokens", "routing"], request_timeout_s=0.6)
    pt = d["checks"]["prompt_tokens"]["drip"]
    assert "no complete answer within 0.6 s" in pt["error"]
    assert "not sent" in d["checks"]["routing"]["drip"]["error"]
    assert len(route.requests) <= 3  # one timeout in prompt_tokens, one more at most


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_an_interrupted_diagnosis_saves_what_was_measured(tmp_path: Path, sig: str) -> None:
    """Ctrl-C (or a kill, or a closed terminal) while one target hangs: the other target's
    checks are saved, every cell not measured says so, and the exit status is 128 + the
    signal; before, all of it was lost to a traceback."""
    import signal as signals
    import time

    with TranscriptServer.in_thread() as srv:
        quick = add_fake(srv, Fake(window=1000))
        stuck = add_fake(srv, Fake(hang=True))
        cfg = _config(tmp_path, {"quick": quick.base_url, "stuck": stuck.base_url})
        proc = subprocess.Popen([sys.executable, "-m", "provtui", "diagnose", "--config", str(cfg),
                                 "-t", "quick", "-t", "stuck", "--only", "prompt_tokens,determinism",
                                 "--samples", "2", "--json"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=dict(os.environ))
        try:
            # the quick target's checks end; the stuck one waits on its first answer
            deadline = time.monotonic() + 60
            while not quick.requests or stuck.fake.calls == 0 or len(quick.requests) < 5:
                assert time.monotonic() < deadline and proc.poll() is None, "the diagnosis never started"
                time.sleep(0.1)
            time.sleep(1.0)
            proc.send_signal(getattr(signals, sig))
            out, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 128 + getattr(signals, sig), err
    assert f"interrupted ({sig}): saved the partial diagnosis" in err and "Traceback" not in err
    d = json.loads(out)
    assert d["interrupted"] is True
    saved = json.loads((store.diagnoses_dir() / f"{d['id']}.json").read_text())
    assert saved["interrupted"] is True and saved["checks"] == d["checks"]
    assert d["checks"]["prompt_tokens"]["quick"].get("error") is None
    assert d["checks"]["prompt_tokens"]["quick"]["base"] > 0
    assert d["checks"]["prompt_tokens"]["stuck"]["error"] == "not measured: the diagnosis was interrupted"
    assert "not measured" in err  # the tables show it too


def _aggregator_config(tmp_path: Path, url: str, key_env: str, optional: bool = False) -> Path:
    p = tmp_path / "agg.toml"
    p.write_text(f'[providers.agg]\nbase_url = "{url}"\napi_key_env = "{key_env}"\nkind = "aggregator"\n'
                 f'api_key_optional = {str(optional).lower()}\ncontext_window = 1000\n\n'
                 '[targets.agg]\nprovider = "agg"\nmodel = "fake-model"\n')
    return p


def test_routing_looks_up_an_aggregators_generations_with_the_key(tmp_path: Path) -> None:
    """OpenRouter's `GET /generation?id=` (the upstream that served, and how many attempts it
    took), on a loopback aggregator: asked with the key, for the generation ids the answers
    carried; what the aggregator sends back is hostile like any provider text (escape
    sequences in a long name, a 3 MiB body that is no JSON), and a failed lookup is one
    entry's error, never the check's."""
    from urllib.parse import parse_qs

    secret = "sk-or-FAKE-0123456789abcdef"

    def generation(query: str) -> tuple[int, object]:
        gid = parse_qs(query).get("id", [""])[0]
        if gid == "gen-2":
            return 404, {"error": {"message": "not found yet"}}
        if gid == "gen-3":
            return 200, "x" * (3 << 20)  # a JSON string of 3 MiB: read up to the cap only
        return 200, {"data": {"id": gid, "provider_name": "Upstream\x1b]0;pwned\x07B" + "!" * 5000,
                              "provider_responses": [{"status": 502}, {"status": 200}]}}

    with TranscriptServer.in_thread() as srv:
        agg = add_fake(srv, Fake(served_by=["UpstreamA", "UpstreamB"]))
        agg.gets["/generation"] = generation
        cfg = _aggregator_config(tmp_path, agg.base_url, "PROVTUI_AGG_KEY")
        r = subprocess.run([sys.executable, "-m", "provtui", "diagnose", "--config", str(cfg),
                            "-t", "agg", "--only", "determinism,routing", "--samples", "3", "--json"],
                           capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PROVTUI_AGG_KEY": secret})
        got = list(agg.got)
    assert r.returncode == 0, r.stderr
    routing = json.loads(r.stdout)["checks"]["routing"]["agg"]
    assert [v["value"] for v in routing["served_by"]] == ["UpstreamA", "UpstreamB"]
    gens = routing["generations"]
    assert [g["id"] for g in gens] == ["gen-1", "gen-2", "gen-3"]
    name = gens[0]["provider_name"]
    assert name.startswith("UpstreamB") and "\x1b" not in name and len(name) <= 120
    assert gens[0]["attempts"] == 2
    assert gens[1] == {"id": "gen-2", "error": "HTTP 404"}
    assert gens[2] == {"id": "gen-3", "error": "HTTP 200 but no generation record in the body"}
    assert len(got) == 3 and all(g.headers["authorization"] == f"Bearer {secret}" for g in got)
    assert secret not in r.stdout + r.stderr and "Traceback" not in r.stderr


def test_routing_without_a_key_says_the_generation_endpoint_needs_one(tmp_path: Path) -> None:
    with TranscriptServer.in_thread() as srv:
        agg = add_fake(srv, Fake())
        agg.gets["/generation"] = lambda q: (200, {"data": {}})
        # (a local aggregator whose key is optional, run without one)
        cfg = _aggregator_config(tmp_path, agg.base_url, "PROVTUI_AGG_KEY_UNSET", optional=True)
        env = {k: v for k, v in os.environ.items() if k != "PROVTUI_AGG_KEY_UNSET"}
        r = subprocess.run([sys.executable, "-m", "provtui", "diagnose", "--config", str(cfg),
                            "-t", "agg", "--only", "routing", "--json"], capture_output=True, text=True,
                           timeout=120, env=env)
        got = list(agg.got)
    assert r.returncode == 0, r.stderr
    gens = json.loads(r.stdout)["checks"]["routing"]["agg"]["generations"]
    assert gens == {"checked": False, "reason": "no API key: the generation endpoint needs one"}
    assert got == []
