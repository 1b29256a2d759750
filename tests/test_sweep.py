"""Provider sweep (CONTRACT §8) against a loopback aggregator: the simulated OpenRouter of
provtui.demo.aggregator in front of the simulated providers (real sockets both ways).

Covers the listing parse, expansion (names, context windows, prices), the exact routing JSON
sent (pinning, fallbacks off, require_parameters), advertised facts in the session, the
observed-vs-advertised evidence, and every failing-listing case: one line naming the URL,
exit 2, no chat request, no session.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provtui.cli import main
from provtui.core.config import (
    ConfigError,
    config_from_dict,
    load_config,
    resolve_target,
)
from provtui.core.endpoints import ListingError, fetch_listing, listing_url
from provtui.core.sweep import expand_sweep, pin_body, split_endpoint
from provtui.demo.aggregator import AGG_MODEL, DEMO_ENDPOINTS, AggregatorThread
from provtui.demo.sim import SimServer

KEY = "sk-or-v1-FAKE-SWEEP-KEY-0123456789abcdef"
PIN = {"allow_fallbacks": False, "require_parameters": True}
TAGS = [e.tag for e in DEMO_ENDPOINTS]


@pytest.fixture
def lab():
    """Simulated providers (20x speed) behind the simulated aggregator that wants KEY."""
    with SimServer.start_in_thread(speed=20.0, jitter=0.0, seed=3) as sim, \
            AggregatorThread(sim.base_url, key=KEY) as agg:
        yield sim, agg


def _config(tmp_path: Path, agg_url: str, extra: str = "") -> Path:
    p = tmp_path / "config.toml"
    p.write_text(f'[providers.openrouter]\nbase_url = "{agg_url}"\n' + extra)
    return p


def _sessions() -> list[Path]:
    import os

    d = Path(os.environ["PROVTUI_DATA_DIR"]) / "sessions"
    return sorted(d.glob("*.json")) if d.exists() else []


# ---------------------------------------------------------------------------- specs & pins


def test_split_at_the_last_at_and_pin_body() -> None:
    assert split_endpoint("a/b:free@deepinfra/fp4") == ("a/b:free", "deepinfra/fp4")
    assert split_endpoint("a/b@x@y") == ("a/b@x", "y")
    assert split_endpoint("@cf/meta/llama") == ("@cf/meta/llama", None)
    assert split_endpoint("plain/model") == ("plain/model", None)
    assert pin_body("deepinfra") == {"provider": {"only": ["deepinfra"], **PIN}}


def test_at_endpoint_resolves_only_on_an_aggregator() -> None:
    config = config_from_dict({"providers": {"myrouter": {
        "base_url": "http://127.0.0.1:9/v1", "kind": "aggregator"}}})
    t = resolve_target("openrouter:nvidia/nano:free@deepinfra/fp4", config)
    assert (t.name, t.model) == ("openrouter:nvidia/nano:free@deepinfra/fp4", "nvidia/nano:free")
    assert t.extra_body == {"provider": {"only": ["deepinfra/fp4"], **PIN}}
    # kind is data: a config table marked as an aggregator pins the same way
    assert resolve_target("myrouter:m@x", config).extra_body == pin_body("x")
    with pytest.raises(ConfigError, match="not an aggregator"):
        resolve_target("deepinfra:nvidia/nano@together", config)
    with pytest.raises(ConfigError, match="not an endpoint tag"):
        resolve_target("openrouter:m@bad tag", config)
    # a leading @ is part of a model id (Cloudflare-style), not a pin
    assert resolve_target("deepinfra:@cf/meta/x", config).model == "@cf/meta/x"
    with pytest.raises(ConfigError, match='kind must be "direct" or "aggregator"'):
        config_from_dict({"providers": {"x": {"base_url": "http://h/v1", "kind": "router"}}})


def test_at_endpoint_on_a_direct_provider_is_a_usage_error(tmp_path, capsys) -> None:
    code = main(["run", "--config", str(_config(tmp_path, "http://127.0.0.1:9/api/v1")),
                 "-t", "deepinfra:nvidia/nano@together", "hello"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "not an aggregator" in err
    assert _sessions() == []


# ---------------------------------------------------------------------------- listing


def test_listing_parse_over_loopback(lab, monkeypatch) -> None:
    _sim, agg = lab
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    config = config_from_dict({"providers": {"openrouter": {"base_url": agg.base_url}}})
    provider = config.providers["openrouter"]
    endpoints, notes = fetch_listing(provider, AGG_MODEL)
    assert notes == []
    assert [e.tag for e in endpoints] == TAGS
    explorer = endpoints[0]
    assert explorer.price_in_per_mtok == pytest.approx(0.06)
    assert explorer.price_out_per_mtok == pytest.approx(0.24)
    assert explorer.uptime_last_30m == 99.9 and explorer.throughput_p50 == 150.0
    assert endpoints[3].advertised() == {
        "provider_name": "Small", "tag": "small", "quantization": "fp4",
        "context_length": 65_536, "max_completion_tokens": 32_768,
        "pricing": {"prompt": "0.00000004", "completion": "0.00000016", "request": "0",
                    "image": "0"},
        "supported_parameters": ["max_tokens", "temperature", "top_p", "stop", "tools",
                                 "tool_choice"],
    }
    assert endpoints[2].advertised()["max_completion_tokens"] is None  # absent -> null
    # the request: GET {base_url}/models/{MODEL}/endpoints, the key as Bearer
    (req,) = agg.server.listing_requests
    assert req["path"] == "/api/v1/models/provtui-sim/nemotron-nano-30b/endpoints"
    assert req["headers"]["authorization"] == f"Bearer {KEY}"


def test_expansion_names_windows_prices(lab, monkeypatch) -> None:
    _sim, agg = lab
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    config = config_from_dict({
        "providers": {"openrouter": {"base_url": agg.base_url}},
        "targets": {"nano": {"provider": "openrouter", "model": AGG_MODEL,
                             "params": {"temperature": 0.6}}}})
    direct = resolve_target("deepinfra:x/y", config)
    targets = expand_sweep([resolve_target("nano", config), direct])
    assert [t.name for t in targets] == [f"openrouter:{AGG_MODEL}@{tag}" for tag in TAGS] + [
        "deepinfra:x/y"]
    by_tag = {t.name.rsplit("@", 1)[1]: t for t in targets[:4]}
    assert by_tag["small"].provider.context_window == 65_536
    assert by_tag["explorer"].provider.context_window == 131_072
    assert by_tag["methodical/fp8"].price_in_per_mtok == pytest.approx(0.05)
    assert by_tag["methodical/fp8"].price_out_per_mtok == pytest.approx(0.2)
    assert by_tag["asker"].price_in_per_mtok == 0.0
    assert by_tag["small"].params == {"temperature": 0.6}
    assert by_tag["small"].extra_body == pin_body("small")
    assert by_tag["small"].advertised["quantization"] == "fp4"
    assert targets[4] is direct
    # a pinned target keeps its pin and gains the listing's facts
    (pinned,) = expand_sweep([resolve_target(f"openrouter:{AGG_MODEL}@asker", config)])
    assert pinned.name == f"openrouter:{AGG_MODEL}@asker"
    assert pinned.advertised["quantization"] == "unknown"
    with pytest.raises(ListingError, match="does not name"):
        expand_sweep([resolve_target(f"openrouter:{AGG_MODEL}@nowhere", config)])


# ---------------------------------------------------------------------------- a real sweep


def test_run_sweep_pins_every_endpoint_and_records_advertised(lab, tmp_path, monkeypatch,
                                                              capsys) -> None:
    _sim, agg = lab
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    out = tmp_path / "s.json"
    code = main(["run", "--config", str(_config(tmp_path, agg.base_url)), "--sweep",
                 "-t", f"openrouter:{AGG_MODEL}", "--param", "max_tokens=40000",
                 "-o", str(out), "Write a 12-word sentence about the ocean."])
    err = capsys.readouterr().err
    assert code == 0, err
    session = json.loads(out.read_text())
    assert KEY not in out.read_text()
    assert len(agg.server.listing_requests) == 1
    # the exact JSON each endpoint was sent (one body per endpoint)
    bodies = sorted(agg.server.chat_bodies, key=lambda b: TAGS.index(b["provider"]["only"][0]))
    assert bodies == [{
        "max_tokens": 40000, "model": AGG_MODEL,
        "messages": [{"role": "user", "content": "Write a 12-word sentence about the ocean."}],
        "stream": True, "stream_options": {"include_usage": True},
        "provider": {"only": [tag], "allow_fallbacks": False, "require_parameters": True},
    } for tag in TAGS]
    runs = {r["target"].rsplit("@", 1)[1]: r for r in session["runs"]}
    assert set(runs) == set(TAGS)
    for ep in DEMO_ENDPOINTS:
        assert runs[ep.tag]["advertised"]["provider_name"] == ep.provider_name
        assert runs[ep.tag]["advertised"]["context_length"] == ep.context_length
    # observed vs advertised, worded as evidence, in notices (not findings)
    ok = runs["explorer"]
    assert ok["status"] == "ok" and ok["turns"][0]["served_by"] == "Explorer"
    assert ok["turns"][0]["usage"]["cost"] > 0  # the aggregator's usage.cost is kept
    assert not [n for n in ok["notices"] if n["kind"] == "advertised_mismatch"]
    (served,) = [n for n in runs["asker"]["notices"] if n["kind"] == "advertised_mismatch"]
    assert served["data"]["field"] == "served_by" and served["data"]["observed"] == "Nvidia"
    assert served["message"].startswith("evidence: turn 1 was served by 'Nvidia'")
    small = runs["small"]
    assert small["status"] == "error" and small["error"]["kind"] == "context_length"
    assert small["error"]["context_limit"] == 34_000
    (ctx,) = [n for n in small["notices"] if n["kind"] == "advertised_mismatch"]
    assert ctx["data"] == {"field": "context_length", "turn": 0, "advertised": 65_536,
                           "observed": 34_000}
    assert all(f["kind"] != "advertised_mismatch" for r in session["runs"]
               for f in r["findings"])
    assert "evidence: turn 1 was refused for context length at 34,000 tokens" in err


def test_require_parameters_fails_instead_of_dropping(lab, tmp_path, monkeypatch,
                                                      capsys) -> None:
    sim, agg = lab
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    out = tmp_path / "s.json"
    # the small endpoint does not list seed: pinned with require_parameters, it must refuse
    code = main(["run", "--config", str(_config(tmp_path, agg.base_url)),
                 "-t", f"openrouter:{AGG_MODEL}@small", "--param", "seed=7", "-o", str(out),
                 "Write a 12-word sentence about the ocean."])
    assert code == 0, capsys.readouterr().err
    (run,) = json.loads(out.read_text())["runs"]
    assert run["status"] == "error" and run["error"]["http_status"] == 404
    assert "can handle the requested parameters" in run["error"]["message"]
    assert agg.server.chat_bodies[0]["provider"] == {"only": ["small"], **PIN}
    assert agg.server.routed == [] and sim.server.requests == 0  # no upstream saw it


def test_fallbacks_off_keeps_a_failure_a_failure(tmp_path, monkeypatch, capsys) -> None:
    """Unpinned, the aggregator falls back from the overflowing endpoint to another one and
    the run looks fine; pinned (allow_fallbacks false), the failure is what is recorded."""
    small, explorer = DEMO_ENDPOINTS[3], DEMO_ENDPOINTS[0]
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    with SimServer.start_in_thread(speed=20.0, jitter=0.0) as sim, \
            AggregatorThread(sim.base_url, key=KEY, endpoints=(small, explorer)) as agg:
        cfg = str(_config(tmp_path, agg.base_url))
        out = tmp_path / "s.json"
        for spec in (f"openrouter:{AGG_MODEL}", f"openrouter:{AGG_MODEL}@small"):
            assert main(["run", "--config", cfg, "-t", spec, "--param", "max_tokens=40000",
                         "-o", str(out), "Write a 12-word sentence about the ocean."]) == 0
            (run,) = json.loads(out.read_text())["runs"]
            if "@" not in spec:
                assert run["status"] == "ok" and run["turns"][0]["served_by"] == "Explorer"
                assert agg.server.routed == ["explorer"]
            else:
                assert run["status"] == "error" and run["error"]["kind"] == "context_length"
                assert agg.server.routed == ["explorer"]  # nothing more was routed
        assert "provider" not in agg.server.chat_bodies[0]
        assert agg.server.chat_bodies[1]["provider"] == {"only": ["small"], **PIN}
    capsys.readouterr()


# ---------------------------------------------------------------------------- failing listings


HOSTILE = json.dumps({"data": {"endpoints": [
    {"provider_name": 7, "tag": "../../etc"}, {"tag": "a b"}, "not an object", None,
    {"provider_name": "\x1b[2J\u202e", "tag": ""}]}}).encode()


@pytest.mark.parametrize("case", ["no key", "404", "not JSON", "empty list", "hostile",
                                  "no endpoints key"])
def test_a_failing_listing_is_one_line_exit_2_nothing_sent(case, lab, tmp_path, monkeypatch,
                                                           capsys) -> None:
    sim, agg = lab
    model = AGG_MODEL
    if case == "no key":
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    else:
        monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    if case == "404":
        model = "nobody/nothing"
    agg.server.listing_override = {
        "not JSON": (200, b"<html>Gateway</html>"),
        "empty list": (200, b'{"data": {"id": "x", "endpoints": []}}'),
        "hostile": (200, HOSTILE),
        "no endpoints key": (200, b'{"data": [1, 2, 3]}'),
    }.get(case)
    cfg = _config(tmp_path, agg.base_url)
    code = main(["run", "--config", str(cfg), "--sweep", "-t", f"openrouter:{model}",
                 "Write a 12-word sentence about the ocean."])
    err = capsys.readouterr().err
    url = f"{agg.base_url}/models/{model}/endpoints"
    assert code == 2
    assert err.count("\n") == 1 and url in err, err
    assert KEY not in err
    assert agg.server.chat_bodies == [] and sim.server.requests == 0
    assert _sessions() == []
    if case == "no key":
        assert "OPENROUTER_API_KEY" in err and agg.server.listing_requests == []
    if case == "404":
        assert "HTTP 404" in err


def test_hostile_listing_is_cleaned_and_bounded(lab, monkeypatch) -> None:
    _sim, agg = lab
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    provider = config_from_dict(
        {"providers": {"openrouter": {"base_url": agg.base_url}}}).providers["openrouter"]
    entries = [
        {"provider_name": "Evil\x1b]52;c;AAAA\x07 \u202eCorp\nLine", "tag": "evil",
         "quantization": {"x": 1}, "context_length": True, "max_completion_tokens": -5,
         "pricing": {"prompt": "NaN", "completion": "-1", "\x1b[31mx": "1", "image": 3e-7},
         "supported_parameters": ["temperature", "x\x00y", 5, "seed"] * 3,
         "uptime_last_30m": "99", "throughput_last_30m": {"p50": float("1e308") * 0 + 42}},
        {"provider_name": "Ünïcødé 東京 " + "x" * 5000, "tag": None, "context_length": 1e20},
        {"provider_name": "Dup", "tag": "evil"},
        {"provider_name": "Deep", "tag": "deep\u0000infra"},
    ] + [{"provider_name": f"P{i}", "tag": f"p{i}"} for i in range(100)]
    agg.server.listing_override = (200, json.dumps({"data": {"endpoints": entries}}).encode())
    endpoints, notes = fetch_listing(provider, AGG_MODEL)
    evil = endpoints[0]
    assert evil.provider_name == "Evil Corp Line"  # OSC 52, BIDI override, newline gone
    assert evil.quantization is None and evil.context_length is None
    assert evil.max_completion_tokens is None
    # NaN and a key with an escape sequence dropped; "-1" ("varies") kept as claimed, no price
    assert evil.pricing == {"image": "3e-07", "completion": "-1"}
    assert evil.price_in_per_mtok is None and evil.price_out_per_mtok is None
    assert evil.supported_parameters == ("temperature", "seed")
    assert evil.uptime_last_30m is None and evil.throughput_p50 == 42.0
    uni = endpoints[1]
    assert uni.tag == ("unicde-" + "x" * 57)  # no tag: the ASCII slug of the name, bounded
    assert uni.provider_name.startswith("Ünïcødé 東京 x") and len(uni.provider_name) == 80
    assert uni.listed_tag is None and uni.context_length is None
    # the duplicate tag and the NUL tag ("Deep" slug is used instead) are handled
    assert [e.tag for e in endpoints].count("evil") == 1
    assert "deep" in [e.tag for e in endpoints]
    assert len(endpoints) == 64 and any("kept the first 64" in n for n in notes)
    assert any("listed twice" in n for n in notes)
    # bounded read: a listing over the byte cap is refused, not parsed
    agg.server.listing_override = (200, b'{"data": {"endpoints": [' + b" " * 200_000 + b"]}}")
    with pytest.raises(ListingError, match="larger than"):
        fetch_listing(provider, AGG_MODEL, max_bytes=100_000)
    # a million entries are not all parsed; a 5,000-digit number is "not JSON", not a crash
    agg.server.listing_override = (200, b'{"data": {"endpoints": [' + b",".join(
        [b'{"tag": "t"}'] + [b"{}"] * 1_000_000) + b"]}}")
    endpoints, notes = fetch_listing(provider, AGG_MODEL)
    assert [e.tag for e in endpoints] == ["t"] and any("read the first 5000" in n for n in notes)
    agg.server.listing_override = (200, b'{"data": {"endpoints": [{"tag": "t", '
                                        b'"context_length": ' + b"9" * 5000 + b"}]}}")
    with pytest.raises(ListingError, match="not JSON"):
        fetch_listing(provider, AGG_MODEL)
    # a deeply nested body is "not JSON", not a RecursionError
    agg.server.listing_override = (200, b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(ListingError, match="not JSON"):
        fetch_listing(provider, AGG_MODEL)


def test_listing_url_escapes_the_model() -> None:
    provider = load_config(None).providers["openrouter"]
    assert listing_url(provider, "deepseek/deepseek-r1:free") == \
        "https://openrouter.ai/api/v1/models/deepseek/deepseek-r1:free/endpoints"
    assert listing_url(provider, "a b/c?d") == \
        "https://openrouter.ai/api/v1/models/a%20b/c%3Fd/endpoints"
    for bad in ("../x", "a//b", ""):
        with pytest.raises(ListingError):
            listing_url(provider, bad)


def test_sweep_without_an_aggregator_target_is_a_usage_error(tmp_path, capsys) -> None:
    code = main(["run", "--config", str(_config(tmp_path, "http://127.0.0.1:9/api/v1")),
                 "--sweep", "-t", "deepinfra:x/y", "hi"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "--sweep" in err


# ---------------------------------------------------------------------------- recording


def test_run_started_extra_becomes_runs_advertised_and_nothing_else() -> None:
    from provtui.core.events import (
        RunFinished,
        RunStarted,
        SessionStarted,
        from_json,
        to_json,
    )
    from provtui.core.recorder import fold_events
    from provtui.core.session_replay import replay_events

    adv = DEMO_ENDPOINTS[3].listing()
    advertised = {k: adv.get(k) for k in ("provider_name", "tag", "quantization",
                                          "context_length", "max_completion_tokens",
                                          "pricing", "supported_parameters")}
    started = RunStarted(run=0, t=1.0, target="openrouter:m@small", provider="openrouter",
                         model="m", repeat_index=0,
                         extra={"advertised": advertised, "status": "hacked", "text": "x"})
    assert from_json(json.loads(json.dumps(to_json(started)))) == started  # journal round trip
    session = fold_events([
        SessionStarted(run=-1, t=0.0, session_id="s", wall="2026-12-06T00:00:00Z",
                       prompt="p", system=None, mcp_servers=(), params={}),
        started, RunFinished(run=0, t=2.0, status="ok")])
    (run,) = session["runs"]
    assert run["advertised"] == advertised
    assert run["status"] == "ok" and run["text"] == ""  # extra cannot overwrite run fields
    (replayed,) = [e for e in replay_events(session) if isinstance(e, RunStarted)]
    assert replayed.extra == {"advertised": advertised}  # a replayed pane shows it too


def test_probe_evidence_supported_but_ignored() -> None:
    from provtui.core.advertised import advertised_line, probe_evidence

    adv = {"provider_name": "Small", "quantization": "fp4", "context_length": 65_536,
           "supported_parameters": ["seed", "temperature", "max_tokens"]}
    rows = [{"param": "seed", "verdict": "ignored", "detail": "the same seed gave two answers"},
            {"param": "temperature", "verdict": "honoured", "detail": ""},
            {"param": "tool_choice", "verdict": "ignored", "detail": "not listed, no claim"}]
    (ev,) = probe_evidence(adv, rows)
    assert ev["data"] == {"field": "supported_parameters", "param": "seed",
                          "advertised": "supported", "observed": "ignored"}
    assert ev["message"].startswith("evidence: the listing names seed as supported; the probe "
                                    "found it ignored")
    assert probe_evidence(None, rows) == []
    assert advertised_line(adv) == "Small · fp4 · 65,536 ctx"
    assert advertised_line({"tag": "x"}) == "x · quant ? · ctx ?"


def test_demo_sweep_plan_lists_every_endpoint() -> None:
    from provtui.demo.sweep_demo import SWEEP_SPEC, sweep_plan

    with SimServer.start_in_thread(speed=20.0) as sim, AggregatorThread(sim.base_url) as agg:
        plan = sweep_plan(sim.port, agg.base_url)
        assert [t.name for t in plan.targets] == [f"{SWEEP_SPEC}@{tag}" for tag in TAGS]
        assert all(t.provider.api_key_env is None for t in plan.targets)  # no key, ever
        assert plan.extra["simulated"] is True and plan.extra["sweep"] == SWEEP_SPEC
        (req,) = agg.server.listing_requests
        assert "authorization" not in req["headers"]


def test_probe_sweep_compares_with_supported_parameters(tmp_path, capsys) -> None:
    """`provtui probe --sweep`: a parameter the listing names as supported that the probe
    finds ignored gets an evidence line (the simulated providers ignore max_tokens)."""
    with SimServer.start_in_thread(speed=20.0) as sim, AggregatorThread(sim.base_url) as agg:
        cfg = tmp_path / "c.toml"
        cfg.write_text(f'[providers.openrouter]\nbase_url = "{agg.base_url}"\n'
                       'api_key_env = "PROVTUI_NO_SUCH_KEY"\napi_key_optional = true\n')
        code = main(["probe", "--config", str(cfg), "--sweep", "--json",
                     "-t", f"openrouter:{AGG_MODEL}@explorer"])
        assert code == 0
        rows = json.loads(capsys.readouterr().out)
        by_param = {r["param"]: r for r in rows}
        assert by_param["max_tokens"]["verdict"] == "ignored"
        assert by_param["max_tokens"]["evidence"].startswith(
            "evidence: the listing names max_tokens as supported; the probe found it ignored")
        assert "evidence" not in by_param["stream_options"]  # honoured (and not listed)
        # every probe request was pinned, fallbacks off, parameters required
        assert {json.dumps(b["provider"], sort_keys=True) for b in agg.server.chat_bodies} == {
            json.dumps({"only": ["explorer"], **PIN}, sort_keys=True)}


def test_a_silent_listing_times_out_with_one_line() -> None:
    """A server that accepts and never answers: the listing gives up at its deadline."""
    import socket

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    try:
        port = srv.getsockname()[1]
        provider = config_from_dict({"providers": {"openrouter": {
            "base_url": f"http://127.0.0.1:{port}/api/v1", "api_key_env": "PROVTUI_NO_KEY_X",
            "api_key_optional": True}}}).providers["openrouter"]
        with pytest.raises(ListingError) as info:
            fetch_listing(provider, "a/b", timeout_s=0.5)
        message = str(info.value)
        assert message == (f"endpoints listing http://127.0.0.1:{port}/api/v1/models/a/b/"
                           "endpoints: no answer within 0.5 s")
    finally:
        srv.close()


def test_served_by_evidence_reads_the_body_that_was_sent() -> None:
    from provtui.core.advertised import turn_evidence

    adv = {"provider_name": "Google AI Studio", "context_length": 1000}
    pinned = {"provider": {"only": ["google-ai-studio"], "allow_fallbacks": False}}
    # the listed name, the tag and its provider part all count as the pinned endpoint
    assert turn_evidence(adv, pinned, "Google AI Studio", None, 0) == []
    assert turn_evidence(None, {"provider": {"only": ["deepinfra/fp4"]}}, "DeepInfra",
                         None, 0) == []
    assert turn_evidence(None, {"messages": []}, "Anyone", None, 0) == []  # nothing pinned
    (ev,) = turn_evidence(None, {"provider": {"only": ["deepinfra"]}}, "Together\x1b[2J",
                          None, 1)
    assert ev["message"] == ("evidence: turn 2 was served by 'Together', but the request "
                             "pinned provider.only = ['deepinfra']")  # fallbacks not said off
    (ctx,) = turn_evidence(adv, pinned, None, {"kind": "context_length",
                                               "context_limit": 512}, 0)
    assert ctx["data"] == {"field": "context_length", "turn": 0, "advertised": 1000,
                           "observed": 512}
    assert turn_evidence(adv, pinned, None, {"kind": "context_length",
                                             "context_limit": 4096}, 0) == []
