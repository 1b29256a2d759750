"""The EV battery task (the seed study's MCP prompt), per personality: each one's plan of tool
calls, arguments filled from the tools' own schemas, the reasoning before each turn, and the
final analyses, in which every number is read from a tool result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from provtui.demo.conversation import (
    Call,
    Conversation,
    Vehicle,
    _for_vehicle,
    _get,
    _num,
    _records,
    show,
    vehicles_of,
)


@dataclass(frozen=True)
class Step:
    tool: str
    vehicle: int | None = None
    """Index into list_vehicles' vehicles whose id fills the vehicle argument."""
    hints: tuple[tuple[str, Any], ...] = ()
    """Argument values to use for the properties of these names, when the schema has them."""
    why: str = ""


def _s(tool: str, vehicle: int | None = None, why: str = "", **hints: Any) -> Step:
    return Step(tool, vehicle, tuple(hints.items()), why)


# The seed's Ollama chain, nearly verbatim, with the second vehicle's health and two calls in
# a few turns (Ollama emits parallel calls when the model asks for them).
EXPLORER_PLAN: list[list[Step]] = [
    [_s("list_vehicles", why="see which vehicles are linked")],
    [_s("get_vehicle_status", 0, why="current state of charge and location")],
    [_s("get_battery_health", 0, why="battery health"), _s("get_battery_health", 1)],
    [_s("get_charges_brief", 0, why="recent charging sessions"), _s("get_drives_brief", 0)],
    [_s("find_nearby_chargers", 0, why="chargers near the vehicle")],
    [_s("get_my_chargers", why="the home chargers")],
    [_s("get_efficiency", 0, why="energy efficiency")],
    [_s("find_nearby_chargers", 0, why="a wider search for fast chargers", radius_km=50,
        min_power_kw=150)],
    [_s("search_public_chargers", why="public fast-charging networks",
        query="Electrify America"),
     _s("search_public_chargers", query="Tesla Supercharger")],
    [_s("current_time", why="the date, to frame the period")],
    [_s("get_aggregations", 0, why="monthly totals", period="month"),
     _s("get_aggregations", 1, period="month")],
    [_s("current_time")],
    [_s("get_aggregations", why="weekly totals for the whole fleet", vehicle_id="all",
        period="week")],
]

# The seed's NIM chain: seven calls, one per turn, every key category once.
METHODICAL_PLAN: list[list[Step]] = [
    [_s("list_vehicles", why="I need the vehicle ids first")],
    [_s("get_battery_health", 0, why="battery health is the core of the question")],
    [_s("get_vehicle_status", 0, why="current state of charge and location")],
    [_s("get_charges", 0, why="charging history")],
    [_s("get_my_chargers", why="which home chargers the sessions use")],
    [_s("find_nearby_chargers", 0, why="public charging options near the vehicle")],
    [_s("search_public_chargers", why="fast-charging options for longer trips",
        query="supercharger")],
]

ASKER_PLAN: list[list[Step]] = [[_s("list_vehicles", why="see which vehicles exist")]]

# After the user names a vehicle: the seed's OpenRouter 9B chain.
ASKER_FOLLOW_UP: list[list[Step]] = [
    [_s("get_battery_health", 0, why="battery health of the chosen vehicle")],
    [_s("get_charges", 0, why="its charging sessions")],
    [_s("find_nearby_chargers", 0, why="chargers near it")],
]

SMALL_PLAN: list[list[Step]] = [
    [_s("list_vehicles", why="see which vehicles exist")],
    [_s("get_battery_health", 0, why="battery health")],
    [_s("get_charges", 0, why="charging sessions")],
    [_s("get_efficiency", 0, why="efficiency")],
]

_PLANS = {"explorer": EXPLORER_PLAN, "methodical": METHODICAL_PLAN, "asker": ASKER_PLAN,
          "small": SMALL_PLAN}

_VEHICLE_ARG = re.compile(r"^(vehicle(_?id)?|vin|car(_?id)?|id)$", re.I)
_LAT_ARG = re.compile(r"^lat(itude)?$", re.I)
_LON_ARG = re.compile(r"^(lon|lng|long|longitude)$", re.I)

# A place to search from when no tool said where the vehicle is (Palo Alto).
_FALLBACK_LOCATION = (37.4419, -122.1430)


def _location(conv: Conversation, v: Vehicle | None) -> tuple[float, float] | None:
    sources = []
    status = _for_vehicle(conv, "get_vehicle_status", v)
    if status is not None:
        sources.append(status.data)
    if v is not None:
        sources.append(v.record)
    for src in sources:
        lat = _num(src, r"^lat(itude)?$")
        lon = _num(src, r"^(lon|lng|long|longitude)$")
        if lat is not None and lon is not None:
            return float(lat), float(lon)
    return None


def _fill_arguments(step: Step, schema: dict[str, Any], conv: Conversation) -> dict[str, Any]:
    """Arguments from the tool's own schema, the way a model reads a tool definition: the
    vehicle id from list_vehicles, coordinates from the status, the plan's hints for the rest,
    and something sensible for any other required property."""
    props = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
    required = set(schema.get("required") or [])
    hints = dict(step.hints)
    vehicles = vehicles_of(conv)
    v = None
    if step.vehicle is not None and vehicles:
        v = vehicles[min(step.vehicle, len(vehicles) - 1)]
    loc = _location(conv, v)
    args: dict[str, Any] = {}
    for name, prop in props.items():
        prop = prop if isinstance(prop, dict) else {}
        enum = prop.get("enum")
        if name in hints and (not enum or hints[name] in enum):
            args[name] = hints[name]
        elif _VEHICLE_ARG.match(name) and v is not None:
            args[name] = v.id
        elif _LAT_ARG.match(name) and (loc or name in required):
            args[name] = (loc or _FALLBACK_LOCATION)[0]
        elif _LON_ARG.match(name) and (loc or name in required):
            args[name] = (loc or _FALLBACK_LOCATION)[1]
        elif name in required:
            args[name] = _default_for(name, prop, v)
    return args


def _default_for(name: str, prop: dict[str, Any], v: Vehicle | None) -> Any:
    if prop.get("enum"):
        return prop["enum"][0]
    if "default" in prop:
        return prop["default"]
    kind = prop.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "integer":
        return 10 if re.search(r"limit|count|max|days", name, re.I) else 1
    if kind == "number":
        return 25.0
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object":
        return {}
    if re.search(r"vehicle|vin|car", name, re.I) and v is not None:
        return str(v.id)
    if re.search(r"query|search|q$|term", name, re.I):
        return "DC fast charger"
    return "all"


def _plan_turn(plan: list[list[Step]], step: int, conv: Conversation) -> list[Step] | None:
    """The plan's turn number ``step`` among the turns whose tools are on offer."""
    turns = [[s for s in turn if s.tool in conv.tools] for turn in plan]
    turns = [t for t in turns if t]
    return turns[step] if step < len(turns) else None


def _tool_calls(turn: list[Step], conv: Conversation) -> list[tuple[str, dict[str, Any]]]:
    return [(s.tool, _fill_arguments(s, conv.tools[s.tool], conv)) for s in turn]


def _think_before(turn: list[Step], conv: Conversation) -> str:
    vehicles = vehicles_of(conv)
    parts: list[str] = []
    if not conv.calls:
        parts.append("The user wants an analysis of battery health and charging data, and "
                     "tools are available.")
    else:
        last = conv.calls[-1]
        if last.name == "list_vehicles" and vehicles:
            names = " and ".join(v.label for v in vehicles)
            parts.append(f"list_vehicles returned {len(vehicles)} vehicle"
                         f"{'s' if len(vehicles) != 1 else ''}: {names}.")
        elif last.failed:
            parts.append(f"{last.name} failed, so I will work around it.")
        else:
            parts.append(_noted(last, vehicles))
    first = turn[0]
    target = ""
    if first.vehicle is not None and vehicles:
        target = f" for the {vehicles[min(first.vehicle, len(vehicles) - 1)].label}"
    why = first.why or first.tool.replace("_", " ")
    parts.append(f"Next: {why}{target}, so I'll call {first.tool}.")
    return " ".join(parts)


# ---- final answers: every number comes from a tool result, printed as the tool wrote it


def _vehicle_of(call: Call, vehicles: list[Vehicle]) -> Vehicle | None:
    hit = next((v for v in vehicles if v.id in call.arguments.values()), None)
    return hit or (vehicles[0] if len(vehicles) == 1 else None)


def _who(v: Vehicle | None) -> str:
    return v.label if v else "The vehicle"


def health_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    soh = _num(d, r"^(state_of_health|soh)(_pct)?$", r"^capacity_pct$", r"health.*pct")
    usable = _num(d, r"^usable_kwh", r"usable")
    new = _num(d, r"kwh_new$", r"^original_capacity", r"^pack_kwh")
    deg = _num(d, r"^degradation")
    full = _num(d, r"full_range_now", r"range_now")
    dc = _num(d, r"dc_fast_share")
    bits = []
    if soh is not None:
        bits.append(f"capacity {show(soh)}% of new")
    if usable is not None:
        bits.append(f"{show(usable)} kWh usable" + (f" of {show(new)} kWh" if new is not None
                                                    else ""))
    if deg is not None:
        bits.append(f"{show(deg)}% degradation")
    if full is not None:
        bits.append(f"about {show(full)} mi of full range")
    if dc is not None:
        bits.append(f"DC fast charging {show(dc)}% of the energy")
    if not bits:
        return None
    line = f"{_who(v)}: " + ", ".join(bits)
    assessment = d.get("assessment") if isinstance(d, dict) else None
    if isinstance(assessment, str):
        line += f" (assessment: {assessment})"
    return line + "."


def status_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    soc = _num(d, r"^battery_soc$", r"^soc$", r"state_of_charge", r"battery_level")
    limit = _num(d, r"charge_limit")
    rng = _num(d, r"estimated_range", r"range_mi")
    bits = []
    if soc is not None:
        bits.append(f"{show(soc)}% charged" + (f" (limit {show(limit)}%)" if limit is not None
                                              else ""))
    if rng is not None:
        bits.append(f"{show(rng)} mi of range")
    state = d.get("charging_state") if isinstance(d, dict) else None
    where = _get(d, "location.name")
    if isinstance(state, str):
        bits.append(state.replace("_", " ") + (f" at {where}" if isinstance(where, str) else ""))
    return f"{_who(v)}: " + ", ".join(bits) + "." if bits else None


def charges_brief_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    n = _num(d, r"^sessions$", r"^count$")
    if n is None:
        return None
    days = _num(d, r"^days$")
    line = f"{_who(v)}, last {show(days)} days: {show(n)} charging sessions" if days else \
        f"{_who(v)}: {show(n)} charging sessions"
    kwh, cost = _num(d, r"^energy_added_kwh$"), _num(d, r"^cost_usd$")
    if kwh is not None:
        line += f", {show(kwh)} kWh added"
        if cost is not None:
            line += f" for ${show(cost)}"
    avg = _num(d, r"^avg_cost_per_kwh$")
    if avg is not None:
        line += f" (${show(avg)}/kWh on average)"
    ac, dc = _get(d, "energy_by_type_kwh.AC"), _get(d, "energy_by_type_kwh.DC")
    if isinstance(ac, (int, float)) and isinstance(dc, (int, float)):
        line += f"; AC {show(ac)} kWh, DC fast {show(dc)} kWh"
    return line + "."


def charges_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    rows = _records(d)
    total = _num(d, r"^total_matching$", r"^total$", r"^count$")
    if not rows and total is None:
        return None
    line = f"{_who(v)}: {show(total if total is not None else len(rows))} charging sessions on " \
           "record"
    if rows:
        r = rows[0]
        line += (f"; the latest started {r.get('start')} at {r.get('location')} "
                 f"({r.get('type')}, {show(r.get('energy_added_kwh'))} kWh, "
                 f"{show(r.get('start_soc'))}→{show(r.get('end_soc'))}%, "
                 f"${show(r.get('cost_usd'))})")
        fast = next((x for x in rows if str(x.get("type")).upper() == "DC"), None)
        if fast is not None:
            line += (f"; the latest DC fast session was at {fast.get('location')}, "
                     f"{show(fast.get('energy_added_kwh'))} kWh at up to "
                     f"{show(fast.get('peak_kw'))} kW")
    return line + "."


def drives_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    n, dist = _num(d, r"^drives$"), _num(d, r"^distance_mi$")
    if n is None or dist is None:
        return None
    days = _num(d, r"^days$")
    eff = _num(d, r"^avg_mi_per_kwh$")
    line = f"{_who(v)}" + (f", last {show(days)} days" if days else "") + \
        f": {show(n)} drives, {show(dist)} mi"
    if eff is not None:
        line += f" at {show(eff)} mi/kWh"
    return line + "."


def efficiency_line(v: Vehicle | None, call: Call) -> str | None:
    d = call.data
    mpk = _get(d, "overall.mi_per_kwh")
    if not isinstance(mpk, (int, float)):
        mpk = _num(d, r"mi_per_kwh$")
    if mpk is None:
        return None
    line = f"{_who(v)}: {show(mpk)} mi/kWh"
    whm = _get(d, "overall.wh_per_mi")
    if isinstance(whm, (int, float)):
        line += f" ({show(whm)} Wh/mi)"
    days = _num(d, r"^days$")
    if days is not None:
        line += f" over {show(days)} days"
    rated, vs = _num(d, r"^rated_mi_per_kwh$"), _num(d, r"^vs_rated_pct$")
    if rated is not None and vs is not None:
        line += f", {show(vs)}% against the rated {show(rated)} mi/kWh"
    city, hwy = _get(d, "city.mi_per_kwh"), _get(d, "highway.mi_per_kwh")
    if isinstance(city, (int, float)) and isinstance(hwy, (int, float)):
        line += f"; city {show(city)}, highway {show(hwy)} mi/kWh"
    cold = _get(d, "by_outside_temp.below_10c.mi_per_kwh")
    if isinstance(cold, (int, float)):
        line += f"; below 10 °C only {show(cold)} mi/kWh"
    return line + "."


def my_charger_lines(call: Call) -> list[str]:
    out = []
    for c in _records(call.data):
        line = f"{c.get('name')}"
        if c.get("max_kw") is not None:
            line += f" ({show(c.get('max_kw'))} kW, {c.get('status', 'status unknown')})"
        if c.get("sessions_this_month") is not None:
            line += (f": {show(c.get('sessions_this_month'))} sessions this month, "
                     f"{show(c.get('kwh_this_month'))} kWh, ${show(c.get('cost_this_month_usd'))}")
        if isinstance(c.get("tariff"), str):
            line += f"; tariff {c['tariff']}"
        out.append(line + ".")
    return out


def _station(s: dict[str, Any]) -> str:
    text = f"{s.get('name')}"
    bits = []
    if s.get("distance_km") is not None:
        bits.append(f"{show(s['distance_km'])} km away")
    if s.get("max_kw") is not None:
        bits.append(f"{show(s['max_kw'])} kW")
    if s.get("available_stalls") is not None and s.get("stalls") is not None:
        bits.append(f"{show(s['available_stalls'])} of {show(s['stalls'])} stalls free")
    return text + (f" ({', '.join(bits)})" if bits else "")


def nearby_line(call: Call) -> str | None:
    d = call.data
    rows = _records(d)
    found = _num(d, r"^found$", r"^count$")
    radius = _num(d, r"^radius")
    if not rows:
        return f"No public stations within {show(radius)} km." if radius is not None else None
    head = f"Within {show(radius)} km" if radius is not None else "Nearby"
    min_kw = call.arguments.get("min_power_kw")
    if min_kw:
        head += f" and at least {show(min_kw)} kW"
    return (f"{head}: {show(found if found is not None else len(rows))} stations, the nearest "
            f"{_station(rows[0])}.")


def search_line(call: Call) -> str | None:
    d = call.data
    rows = _records(d)
    query = d.get("query") if isinstance(d, dict) else None
    found = _num(d, r"^found$", r"^count$")
    if query is None:
        return None
    if not rows:
        return f"No stations match “{query}”."
    names = ", ".join(str(r.get("name")) for r in rows[:2])
    return f"“{query}”: {show(found if found is not None else len(rows))} stations ({names})."


def aggregation_line(call: Call, vehicles: list[Vehicle]) -> str | None:
    d = call.data
    rows = _records(d)
    if not rows:
        return None
    period = d.get("period", "period") if isinstance(d, dict) else "period"
    labels = {str(v.id): v.label for v in vehicles}
    ids = d.get("vehicles", []) if isinstance(d, dict) else []
    who = " and ".join(labels.get(str(x), str(x)) for x in ids) if isinstance(ids, list) else ""
    parts = []
    for r in rows[-2:]:
        parts.append(f"{r.get('period_start')}: {show(r.get('charged_kwh'))} kWh charged for "
                     f"${show(r.get('charge_cost_usd'))}, {show(r.get('distance_mi'))} mi driven")
    return f"Per {period} ({who}): " + "; ".join(parts) + "."


def time_line(call: Call) -> str | None:
    d = call.data
    if not isinstance(d, dict) or not d.get("local"):
        return None
    return f"{d.get('day_of_week', '')} {d['local']}".strip()


def _noted(call: Call, vehicles: list[Vehicle]) -> str:
    """What the model's reasoning takes from the result it just got."""
    v = _vehicle_of(call, vehicles)
    fn = {"get_battery_health": health_line, "get_vehicle_status": status_line,
          "get_charges": charges_line, "get_charges_brief": charges_brief_line,
          "get_efficiency": efficiency_line, "get_drives_brief": drives_line}.get(call.name)
    line = fn(v, call) if fn else None
    if line is None and call.name == "get_my_chargers":
        line = " ".join(my_charger_lines(call)[:1]) or None
    if line is None and call.name == "find_nearby_chargers":
        line = nearby_line(call)
    if not line:
        return f"{call.name} answered."
    line = ", ".join(line.split(";")[0].rstrip(".").split(", ")[:3])
    return f"{call.name} says: {line}."


def _lines(conv: Conversation, tool: str, fn: Any, vehicles: list[Vehicle]) -> list[str]:
    out = []
    for call in conv.results(tool):
        line = fn(_vehicle_of(call, vehicles), call)
        if line and line not in out:
            out.append(line)
    return out


def _advice(conv: Conversation, vehicles: list[Vehicle]) -> list[str]:
    """Recommendations that follow from the data (and add no numbers of their own)."""
    out = []
    for call in conv.results("get_battery_health"):
        v = _vehicle_of(call, vehicles)
        a = call.data.get("assessment") if isinstance(call.data, dict) else None
        if isinstance(a, str) and re.search(r"above|high|check", a, re.I):
            out.append(f"The {_who(v)}'s pack is degrading faster than usual: book a battery "
                       "check with service and favour home AC charging over DC fast charging.")
        elif isinstance(a, str):
            out.append(f"The {_who(v)}'s battery is ageing as expected ({a}); nothing needs "
                       "fixing.")
    if conv.results("get_efficiency"):
        out.append("Cold weather is costing range: precondition the cabin while still plugged "
                   "in, so the energy comes from the wall rather than the pack.")
    if any(isinstance(c.get("tariff"), str) for call in conv.results("get_my_chargers")
           for c in _records(call.data)):
        out.append("Keep scheduling home charging inside the off-peak tariff window; it is "
                   "already the cheapest energy in the data.")
    out.append("Keep the daily charge limit where it is and charge to full only before long "
               "trips.")
    return out


def explorer_analysis(conv: Conversation) -> str:
    vehicles = vehicles_of(conv)
    lines = ["# Battery health and charging analysis", ""]
    if vehicles:
        names = " and ".join(f"{v.label} “{v.nickname}”" if v.nickname else v.label
                             for v in vehicles)
        lines.append(f"Fleet: {names}.")
    when = [t for c in conv.results("current_time") if (t := time_line(c))]
    if when:
        lines.append(f"Data as of {when[-1]}.")
    lines.append("")
    sections = [
        ("Battery health", _lines(conv, "get_battery_health", health_line, vehicles)),
        ("Right now", _lines(conv, "get_vehicle_status", status_line, vehicles)),
        ("Charging", _lines(conv, "get_charges_brief", charges_brief_line, vehicles)
         + _lines(conv, "get_charges", charges_line, vehicles)),
        ("Driving and efficiency", _lines(conv, "get_drives_brief", drives_line, vehicles)
         + _lines(conv, "get_efficiency", efficiency_line, vehicles)),
        ("Chargers", [x for c in conv.results("get_my_chargers") for x in my_charger_lines(c)]
         + [x for c in conv.results("find_nearby_chargers") if (x := nearby_line(c))]
         + [x for c in conv.results("search_public_chargers") if (x := search_line(c))]),
        ("Trends", [x for c in conv.results("get_aggregations")
                    if (x := aggregation_line(c, vehicles))]),
    ]
    for title, items in sections:
        if items:
            lines += [f"## {title}", ""] + [f"- {x}" for x in items] + [""]
    lines += ["## Recommendations", ""] + [f"- {x}" for x in _advice(conv, vehicles)]
    failed = sorted({c.name for c in conv.calls if c.failed})
    if failed:
        lines += ["", "Not covered, because these tools returned errors: " + ", ".join(failed)
                  + "."]
    return "\n".join(lines)


def methodical_analysis(conv: Conversation) -> str:
    vehicles = vehicles_of(conv)
    focus = next((_vehicle_of(c, vehicles) for c in conv.results("get_battery_health")), None)
    title = f"**Battery health and charging summary: {_who(focus)}**" if focus else \
        "**Battery health and charging summary**"
    items = []
    for label, tool, fn in (("Battery health", "get_battery_health", health_line),
                            ("Current status", "get_vehicle_status", status_line),
                            ("Charging history", "get_charges", charges_line),
                            ("Efficiency", "get_efficiency", efficiency_line)):
        for line in _lines(conv, tool, fn, vehicles):
            items.append(f"- **{label}.** {line}")
    homes = [x for c in conv.results("get_my_chargers") for x in my_charger_lines(c)]
    if homes:
        items.append("- **Home and office chargers.** " + " ".join(homes))
    public = [x for c in conv.results("find_nearby_chargers") if (x := nearby_line(c))] + \
        [x for c in conv.results("search_public_chargers") if (x := search_line(c))]
    if public:
        items.append("- **Public charging.** " + " ".join(public))
    advice = _advice(conv, vehicles)
    return "\n".join([title, ""] + items + ["", "**Conclusion.** " + " ".join(advice[:2])])


def small_analysis(conv: Conversation) -> str:
    vehicles = vehicles_of(conv)
    bits = (_lines(conv, "get_battery_health", health_line, vehicles)
            + _lines(conv, "get_charges", charges_line, vehicles)
            + _lines(conv, "get_efficiency", efficiency_line, vehicles))
    return ("Here is what the data shows. " + " ".join(bits)) if bits else \
        "The tools returned no battery data."


_COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# The asker's glued words are plain English pairs ("chargingsessions", "thevehicle"), never
# something that could pass for an identifier such as "batteryhealth".
def asker_question(conv: Conversation) -> str:
    names = [v.label for v in vehicles_of(conv)]
    count = _COUNT_WORDS[len(names)] if len(names) < len(_COUNT_WORDS) else str(len(names))
    if len(names) >= 2:
        listing = ", ".join(names[:-1]) + " and " + names[-1]
        return (f"I see you have {count} vehicles linked to your account: {listing}. Which of "
                "these vehicles would you like me to analyze? Once you choose, I will look at "
                "the battery health and the chargingsessions for thevehicle you pick.")
    if names:
        return (f"I found one vehicle linked to your account: {names[0]}. Should I go ahead "
                "and analyze its battery health and chargingsessions?")
    return "I could not find any vehicles on thisaccount. Which account should I look at?"


def asker_analysis(conv: Conversation) -> str:
    vehicles = vehicles_of(conv)
    bits = (_lines(conv, "get_battery_health", health_line, vehicles)
            + _lines(conv, "get_charges", charges_line, vehicles)
            + [x for c in conv.results("find_nearby_chargers") if (x := nearby_line(c))])
    if not bits:
        return "Thanks! The tools returned no data for thevehicle."
    return "Thanks! Here is theanalysis. " + " ".join(bits)
