"""The demo EV fleet MCP server, run as a real stdio process through McpHub."""

from __future__ import annotations

import json
import sys

import pytest

from mcp_servers.procs import leftover_servers, owner_env
from provtui.core.config import McpServerConfig
from provtui.core.mcp import McpHub, estimate_tool_tokens
from provtui.demo import ev_data

VEHICLE_TOOLS = {"get_vehicle_status", "get_battery_health", "get_charges",
                 "get_charges_brief", "get_drives_brief", "get_efficiency"}

CALLS: list[tuple[str, dict]] = [
    ("list_vehicles", {}),
    ("get_vehicle_status", {"vehicle_id": "r1s"}),
    ("get_vehicle_status", {"vehicle_id": "modelx"}),
    ("get_battery_health", {"vehicle_id": "modelx"}),
    ("get_charges", {"vehicle_id": "r1s", "start_date": "2026-11-01", "end_date": "2026-11-15",
                     "limit": 50}),
    ("get_charges_brief", {"vehicle_id": "modelx", "days": 60}),
    ("get_drives_brief", {"vehicle_id": "r1s", "days": 7, "limit": 10}),
    ("get_efficiency", {"vehicle_id": "modelx", "days": 30}),
    ("get_my_chargers", {}),
    ("find_nearby_chargers", {"latitude": 37.4292, "longitude": -122.1381, "radius_km": 15,
                              "connector": "CCS1"}),
    ("search_public_chargers", {"query": "supercharger", "min_power_kw": 200}),
    ("get_aggregations", {"vehicle_id": "all", "period": "month", "start_date": "2026-09-01"}),
    ("current_time", {"timezone": "Europe/Berlin"}),
]


@pytest.fixture(autouse=True)
def no_server_left_behind(monkeypatch):
    monkeypatch.delenv("PROVTUI_EV_NOW", raising=False)
    yield
    left = leftover_servers()
    assert not left, f"MCP server processes left behind: {left}"


def ev(**env: str) -> McpServerConfig:
    return McpServerConfig(name="ev", command=sys.executable,
                           args=("-m", "provtui.demo.ev_server"), env={**owner_env(), **env})


async def test_lists_the_twelve_tools_with_real_schemas():
    async with McpHub([ev()]) as hub:
        tools = await hub.tools_for("a")
    assert tuple(t.name for t in tools.tools) == ev_data.TOOL_NAMES
    for t in tools.tools:
        assert len(t.description) > 40, t.name
        required = set(t.input_schema.get("required", []))
        assert ("vehicle_id" in required) == (t.name in VEHICLE_TOOLS), t.name
        for prop, spec in t.input_schema["properties"].items():
            assert spec.get("description"), f"{t.name}.{prop} has no description"
    by_name = {t.name: t for t in tools.tools}
    nearby = by_name["find_nearby_chargers"].input_schema
    assert set(nearby["required"]) == {"latitude", "longitude"}
    assert nearby["properties"]["latitude"]["type"] == "number"
    # Realistic size: big enough that a 34K-context provider with a long prompt can overflow.
    tokens = estimate_tool_tokens(tools.openai_tools())
    assert 2_000 <= tokens <= 4_000, tokens


async def test_every_tool_answers_with_compact_json():
    async with McpHub([ev()]) as hub:
        tools = await hub.tools_for("a")
        results = {}
        for name, args in CALLS:
            assert tools.validate(name, args) == (True, None), (name, args)
            r = await tools.call(name, args)
            assert not r.is_error, (name, r.text)
            assert ": " not in r.text[:200] or '":' in r.text[:200]
            assert "\n" not in r.text, f"{name} is not compact JSON"
            results.setdefault(name, json.loads(r.text))
    fleet = results["list_vehicles"]
    assert fleet["count"] == 2
    assert {v["vehicle_id"] for v in fleet["vehicles"]} == {"r1s", "modelx"}
    assert any("Rivian R1S" in v["vehicle"] for v in fleet["vehicles"])
    assert any("Tesla Model X" in v["vehicle"] for v in fleet["vehicles"])
    status = results["get_vehicle_status"]
    assert 0 <= status["battery_soc"] <= 100 and status["odometer_mi"] > 10_000
    health = results["get_battery_health"]
    assert health["usable_kwh_now"] < health["pack_kwh_new"]
    charges = results["get_charges"]["charges"]
    assert charges and all("2026-11-01" <= c["start"][:10] <= "2026-11-15" for c in charges)
    assert any(c["type"] == "DC" for c in charges)  # the Tahoe trip
    for c in charges:
        assert c["end_soc"] > c["start_soc"] and c["cost_usd"] >= 0
    brief = results["get_charges_brief"]
    assert brief["sessions"] == len(brief["rows"])
    assert brief["cost_usd"] == pytest.approx(sum(r[-1] for r in brief["rows"]), abs=0.05)
    assert len(results["get_drives_brief"]["rows"]) <= 10
    eff = results["get_efficiency"]["overall"]
    assert 2.0 < eff["mi_per_kwh"] < 3.6
    assert all("CCS1" in s["connectors"] and s["distance_km"] <= 15
               for s in results["find_nearby_chargers"]["stations"])
    found = results["search_public_chargers"]["stations"]
    assert found and all(s["network"] == "Tesla Supercharger" and s["max_kw"] >= 200 for s in found)
    months = [b["period_start"] for b in results["get_aggregations"]["buckets"]]
    assert months == ["2026-09", "2026-10", "2026-11"]
    clock = results["current_time"]
    assert clock["utc"] == "2026-11-25T02:30:00Z" and clock["local"].startswith("2026-11-25T03:30")


async def test_same_answers_in_every_process_and_in_ev_data():
    async with McpHub([ev()]) as hub:
        a = await hub.tools_for("a")
        b = await hub.tools_for("b")
        assert (await a.call("current_time", {})).text == (await b.call("current_time", {})).text
        for name, args in CALLS:
            ra, rb = await a.call(name, args), await b.call(name, args)
            assert ra.text == rb.text, name
            # The simulated providers read ev_data directly; it must say the same.
            assert ra.text == ev_data.run_tool(name, args), name


async def test_bad_arguments_are_readable_tool_errors():
    async with McpHub([ev()]) as hub:
        tools = await hub.tools_for("a")
        unknown = await tools.call("get_vehicle_status", {"vehicle_id": "leaf"})
        assert unknown.is_error and "r1s" in unknown.text and "list_vehicles" in unknown.text
        missing = await tools.call("get_battery_health", {})
        assert missing.is_error and "vehicle_id" in missing.text
        ok, why = tools.validate("get_charges", {"vehicle_id": "r1s", "start_date": "last week"})
        assert not ok and "start_date" in why
        bad_zone = await tools.call("current_time", {"timezone": "Moon/Base"})
        assert bad_zone.is_error and "IANA" in bad_zone.text
        empty = await tools.call("search_public_chargers", {"query": "   "})
        assert empty.is_error and "query" in empty.text


async def test_clock_can_be_moved_by_environment():
    async with McpHub([ev(PROVTUI_EV_NOW="2027-03-01T17:00:00Z")]) as hub:
        tools = await hub.tools_for("a")
        clock = json.loads((await tools.call("current_time", {"timezone": "UTC"})).text)
        drives = json.loads((await tools.call("get_drives_brief",
                                              {"vehicle_id": "r1s", "days": 3})).text)
    assert clock["utc"] == "2027-03-01T17:00:00Z" and clock["demo_clock"] is False
    assert drives["rows"] and all(r[0] >= "2027-02-27" for r in drives["rows"])


def test_ev_data_is_deterministic_and_consistent():
    first = {name: ev_data.run_tool(name, args) for name, args in CALLS}
    ev_data._CACHE.clear()
    assert first == {name: ev_data.run_tool(name, args) for name, args in CALLS}
    for vid in ev_data.VEHICLES:
        sim = ev_data._sim(ev_data.VEHICLES[vid])
        # State of charge never runs out on the road: trips stop to charge.
        assert min(d["end_soc"] for d in sim.drives) >= 5
        starts = [d["start"] for d in sim.drives]
        assert starts == sorted(starts)
    with pytest.raises(ev_data.EvDataError, match="unknown tool"):
        ev_data.run_tool("get_weather", {})
