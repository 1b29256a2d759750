"""Synthetic data of a two-vehicle EV fleet, behind the demo MCP server's tools.

Importable without MCP: the demo's simulated providers use ``TOOL_NAMES``, ``run_tool`` and
the result shapes here to play out tool chains that look like the real server's.

Deterministic: every day's drives and charges come from a ``random.Random`` seeded with the
vehicle and the date, simulated forward from a fixed demo clock (``DEMO_NOW``).  Set
``PROVTUI_EV_NOW`` to an ISO time to move the clock, or to ``now`` for the real time (the data
then follow the real date).  All places, stations and prices are made up but plausible
(San Francisco Bay Area, November).
"""

from __future__ import annotations

import json
import math
import os
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "DEMO_NOW",
    "TOOL_NAMES",
    "EvDataError",
    "now",
    "run_tool",
    "to_json",
    "VEHICLES",
]

DEMO_NOW = datetime(2026, 11, 25, 2, 30, tzinfo=timezone.utc)
"""Tuesday 24 November 2026, 18:30 in California."""
LOCAL = ZoneInfo("America/Los_Angeles")
HISTORY_DAYS = 90

TOOL_NAMES = (
    "list_vehicles",
    "get_vehicle_status",
    "get_battery_health",
    "get_charges",
    "get_charges_brief",
    "get_drives_brief",
    "get_efficiency",
    "get_my_chargers",
    "find_nearby_chargers",
    "search_public_chargers",
    "get_aggregations",
    "current_time",
)


class EvDataError(ValueError):
    """Bad arguments; the message says what is valid (the model reads it)."""


def to_json(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def now() -> datetime:
    raw = os.environ.get("PROVTUI_EV_NOW", "").strip()
    if not raw:
        return DEMO_NOW
    if raw.lower() == "now":
        return datetime.now(timezone.utc).replace(microsecond=0)
    try:
        t = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise EvDataError(f"PROVTUI_EV_NOW={raw!r} is not an ISO time; use e.g. "
                          "2026-11-25T02:30:00Z or 'now'") from None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


# ---------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float


HOME = Place("Home – Palo Alto", 37.4292, -122.1381)
OFFICE = Place("Office – Mountain View", 37.3947, -122.0790)
SF_OFFICE = Place("Office – San Francisco (SoMa)", 37.7786, -122.3893)
ERRANDS = (
    Place("Town & Country Village", 37.4386, -122.1597),
    Place("Whole Foods Los Altos", 37.3796, -122.1155),
    Place("Stanford Shopping Center", 37.4436, -122.1713),
    Place("Costco Mountain View", 37.4212, -122.0961),
    Place("Los Gatos Creek Trailhead", 37.2358, -121.9624),
    Place("Half Moon Bay Beach", 37.4636, -122.4286),
)

# station_id, name, network, lat, lon, connectors, max_kw, stalls, price_usd_per_kwh, city
PUBLIC_STATIONS: tuple[dict[str, Any], ...] = tuple(
    dict(zip(("station_id", "name", "network", "lat", "lon", "connectors", "max_kw", "stalls",
              "price_usd_per_kwh", "city"), row))
    for row in (
        ("sc-mtv-sanantonio", "Tesla Supercharger – San Antonio Rd", "Tesla Supercharger",
         37.4036, -122.1097, ["NACS", "CCS1"], 250, 16, 0.48, "Mountain View"),
        ("ea-stanford", "Electrify America – Stanford Shopping Center", "Electrify America",
         37.4431, -122.1722, ["CCS1"], 350, 4, 0.56, "Palo Alto"),
        ("cp-pa-cityhall", "ChargePoint – Palo Alto City Hall Garage", "ChargePoint",
         37.4443, -122.1606, ["J1772"], 7.2, 6, 0.30, "Palo Alto"),
        ("cp-menlo-caltrain", "ChargePoint – Menlo Park Caltrain", "ChargePoint",
         37.4545, -122.1822, ["J1772"], 6.6, 4, 0.28, "Menlo Park"),
        ("evgo-sunnyvale", "EVgo – Sunnyvale Safeway", "EVgo", 37.3716, -122.0383,
         ["CCS1", "CHAdeMO"], 100, 2, 0.59, "Sunnyvale"),
        ("evgo-redwood", "EVgo – Redwood City Target", "EVgo", 37.4790, -122.2220,
         ["CCS1"], 350, 4, 0.62, "Redwood City"),
        ("sc-sanmateo", "Tesla Supercharger – Hillsdale", "Tesla Supercharger",
         37.5379, -122.2997, ["NACS"], 250, 12, 0.45, "San Mateo"),
        ("blink-cupertino", "Blink – Cupertino Main Street", "Blink", 37.3230, -122.0128,
         ["J1772"], 7.2, 8, 0.39, "Cupertino"),
        ("evgo-oakridge", "EVgo – Westfield Oakridge", "EVgo", 37.2526, -121.8625,
         ["CCS1", "CHAdeMO"], 100, 4, 0.57, "San Jose"),
        ("ea-vacaville", "Electrify America – Vacaville Premium Outlets", "Electrify America",
         38.3676, -121.9745, ["CCS1"], 350, 8, 0.56, "Vacaville"),
        ("ran-truckee", "Rivian Adventure Network – Truckee", "Rivian Adventure Network",
         39.3270, -120.2080, ["NACS", "CCS1"], 220, 6, 0.44, "Truckee"),
        ("sc-gilroy", "Tesla Supercharger – Gilroy", "Tesla Supercharger", 37.0240, -121.5660,
         ["NACS", "CCS1"], 250, 20, 0.47, "Gilroy"),
        ("sc-harrisranch", "Tesla Supercharger – Harris Ranch", "Tesla Supercharger",
         36.2532, -120.2383, ["NACS"], 250, 18, 0.43, "Coalinga"),
        ("sc-kettleman", "Tesla Supercharger – Kettleman City", "Tesla Supercharger",
         36.0104, -119.9636, ["NACS", "CCS1"], 250, 56, 0.42, "Kettleman City"),
        ("sc-lebec", "Tesla Supercharger – Lebec", "Tesla Supercharger", 34.9870, -118.9440,
         ["NACS"], 250, 24, 0.46, "Lebec"),
        ("cp-santamonica", "ChargePoint – Santa Monica Ocean Ave Garage", "ChargePoint",
         34.0122, -118.4940, ["J1772"], 7.2, 10, 0.35, "Santa Monica"),
        ("ea-santacruz", "Electrify America – Santa Cruz", "Electrify America", 36.9741,
         -122.0308, ["CCS1"], 150, 4, 0.56, "Santa Cruz"),
    )
)
_STATIONS_BY_ID = {s["station_id"]: s for s in PUBLIC_STATIONS}
LA_HOTEL = Place("Hotel – Santa Monica", 34.0119, -118.4916)
TAHOE_CABIN = Place("Cabin – Tahoe Donner", 39.3410, -120.2570)

MY_CHARGERS = (
    {"charger_id": "home-garage", "name": "Garage wall charger", "model": "Rivian Wall Charger",
     "location": HOME.name, "max_kw": 11.5, "connector": "J1772", "vehicle_id": "r1s",
     "price_usd_per_kwh": 0.31, "tariff": "PG&E EV2-A off-peak (23:00–15:00)"},
    {"charger_id": "home-driveway", "name": "Driveway wall connector",
     "model": "Tesla Wall Connector Gen 3", "location": HOME.name, "max_kw": 11.5,
     "connector": "NACS", "vehicle_id": "modelx", "price_usd_per_kwh": 0.31,
     "tariff": "PG&E EV2-A off-peak (23:00–15:00)"},
    {"charger_id": "office-l2", "name": "Office level 2", "model": "ChargePoint CPF50",
     "location": OFFICE.name, "max_kw": 6.6, "connector": "J1772", "vehicle_id": None,
     "price_usd_per_kwh": 0.0, "tariff": "free for employees, 4 h limit"},
)


# ---------------------------------------------------------------------------- vehicles


@dataclass(frozen=True)
class Vehicle:
    vehicle_id: str
    make: str
    model: str
    trim: str
    year: int
    nickname: str
    vin: str
    pack_kwh_new: float
    capacity_now_pct: float
    epa_range_mi: int
    base_mi_per_kwh: float
    highway_mi_per_kwh: float
    daily_limit_pct: int
    odometer_start_mi: float
    software: str
    home_charger: str
    tire_psi_nominal: int


VEHICLES: dict[str, Vehicle] = {
    v.vehicle_id: v
    for v in (
        Vehicle("r1s", "Rivian", "R1S", "Dual-Motor Large pack", 2024, "Trailblazer",
                "7PDSGABA8RN018342", 128.9, 97.1, 352, 2.3, 2.05, 80, 17_120.0,
                "2026.42.1", "home-garage", 48),
        Vehicle("modelx", "Tesla", "Model X", "Long Range", 2022, "Falcon",
                "7SAXCBE51NF339127", 100.0, 91.4, 348, 2.95, 2.70, 85, 39_880.0,
                "2026.38.6", "home-driveway", 42),
    )
}


def _vehicle(vehicle_id: Any) -> Vehicle:
    key = str(vehicle_id or "").strip().lower()
    aliases = {"rivian": "r1s", "r1s": "r1s", "tesla": "modelx", "model x": "modelx",
               "model_x": "modelx", "modelx": "modelx", "trailblazer": "r1s", "falcon": "modelx"}
    v = VEHICLES.get(aliases.get(key, key))
    if v is None:
        known = ", ".join(f"{v.vehicle_id} ({v.make} {v.model})" for v in VEHICLES.values())
        raise EvDataError(f"unknown vehicle_id {vehicle_id!r}; known vehicles: {known}. "
                          "Call list_vehicles to see them.")
    return v


# ---------------------------------------------------------------------------- simulation


def _miles(a: Place | dict, b: Place | dict) -> float:
    """Road miles: great-circle distance times a detour factor."""
    la1, lo1 = (a.lat, a.lon) if isinstance(a, Place) else (a["lat"], a["lon"])
    la2, lo2 = (b.lat, b.lon) if isinstance(b, Place) else (b["lat"], b["lon"])
    return _haversine_km(la1, lo1, la2, lo2) / 1.609344 * 1.25


def _haversine_km(la1: float, lo1: float, la2: float, lo2: float) -> float:
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _iso(t: datetime) -> str:
    return t.astimezone(LOCAL).isoformat(timespec="minutes")


def _station_place(station_id: str) -> Place:
    s = _STATIONS_BY_ID[station_id]
    return Place(s["name"], s["lat"], s["lon"])


class _Sim:
    """Days simulated in order; state of charge carried from one event to the next."""

    def __init__(self, v: Vehicle, end: datetime) -> None:
        self.v = v
        self.pack = v.pack_kwh_new * v.capacity_now_pct / 100
        self.soc = 72.0
        self.odo = v.odometer_start_mi
        self.where: Place = HOME
        self.drives: list[dict] = []
        self.charges: list[dict] = []
        self.end = end
        self.plugged = False

    def drive(self, t: datetime, to: Place, rng: random.Random, temp_c: float,
              highway: bool = False, miles: float | None = None) -> datetime:
        if self.drives:
            # A random start may fall inside the previous drive; leave after it instead.
            prev_end = datetime.fromisoformat(self.drives[-1]["end"])
            if t < prev_end + timedelta(minutes=10):
                t = prev_end + timedelta(minutes=10 + rng.randint(0, 20))
        dist = round(miles if miles is not None else _miles(self.where, to), 1)
        base = self.v.highway_mi_per_kwh if highway else self.v.base_mi_per_kwh
        cold = 1.0 - max(0.0, 15.0 - temp_c) * 0.012
        eff = base * cold * rng.uniform(0.93, 1.05)
        energy = dist / eff
        speed = rng.uniform(58, 71) if highway else rng.uniform(21, 38)
        end = t + timedelta(hours=dist / speed)
        if end > self.end:
            return t
        start_soc = self.soc
        self.soc = max(3.0, self.soc - energy / self.pack * 100)
        self.odo += dist
        self.plugged = False
        self.drives.append({
            "drive_id": f"{self.v.vehicle_id}-d{len(self.drives) + 1:04d}",
            "start": _iso(t), "end": _iso(end), "from": self.where.name, "to": to.name,
            "distance_mi": dist, "energy_kwh": round(energy, 1),
            "efficiency_mi_per_kwh": round(eff, 2), "wh_per_mi": round(1000 / eff),
            "avg_speed_mph": round(speed), "outside_temp_c": round(temp_c, 1),
            "start_soc": round(start_soc), "end_soc": round(self.soc),
        })
        self.where = to
        return end

    def charge(self, t: datetime, target: float, kind: str, rng: random.Random,
               charger_id: str | None = None, station_id: str | None = None) -> datetime:
        if target <= self.soc + 1:
            return t
        if station_id:
            st = _STATIONS_BY_ID[station_id]
            peak = min(st["max_kw"], 220 if self.v.make == "Rivian" else 190) * rng.uniform(.85, 1)
            avg = peak * (0.62 if kind == "DC" else 0.97)  # DC tapers, AC holds its rate
            price, where = st["price_usd_per_kwh"], st["name"]
        else:
            ch = next(c for c in MY_CHARGERS if c["charger_id"] == charger_id)
            peak = ch["max_kw"] * rng.uniform(0.96, 1.0)
            avg = peak * 0.97
            price, where = ch["price_usd_per_kwh"], ch["location"]
        added = (target - self.soc) / 100 * self.pack
        delivered = added / (0.92 if kind == "AC" else 0.97)  # charging losses are billed
        end = t + timedelta(hours=delivered / avg)
        if t >= self.end:
            return t
        ongoing = end > self.end
        if ongoing:
            frac = (self.end - t) / (end - t)
            target = self.soc + (target - self.soc) * frac
            added, delivered, end = added * frac, delivered * frac, self.end
        start_soc, self.soc = self.soc, target
        self.plugged = True
        self.charges.append({
            "charge_id": f"{self.v.vehicle_id}-c{len(self.charges) + 1:04d}",
            "start": _iso(t), "end": None if ongoing else _iso(end), "location": where,
            "charger_id": charger_id, "station_id": station_id, "type": kind,
            "energy_added_kwh": round(added, 1), "energy_billed_kwh": round(delivered, 1),
            "start_soc": round(start_soc), "end_soc": round(target), "peak_kw": round(peak, 1),
            "avg_kw": round(avg, 1), "price_usd_per_kwh": price,
            "cost_usd": round(delivered * price, 2), "in_progress": ongoing,
        })
        return end

    def trip(self, t: datetime, legs: list[tuple[Place, str | None]], rng: random.Random,
             temp_c: float) -> datetime:
        """Highway legs; a leg ending at a station charges there to 80 %."""
        for place, station in legs:
            t = self.drive(t, place, rng, temp_c, highway=True)
            if station:
                t = self.charge(t + timedelta(minutes=3), 80, "DC", rng, station_id=station)
                t += timedelta(minutes=rng.randint(4, 12))
        return t


def _day_temp(d: date, rng: random.Random) -> float:
    # November on the Peninsula: mild days, cool mornings.
    return 13.0 + 3.0 * math.sin(d.toordinal() / 5.0) + rng.uniform(-2.5, 2.5)


def _at(d: date, hour: float) -> datetime:
    h, m = int(hour), int(round((hour % 1) * 60)) % 60
    return datetime(d.year, d.month, d.day, h, m, tzinfo=LOCAL)


def _simulate(v: Vehicle, end: datetime) -> _Sim:
    sim = _Sim(v, end)
    last = end.astimezone(LOCAL).date()
    first = last - timedelta(days=HISTORY_DAYS)
    # Trips sit at fixed distances from the clock so every window shows the same story.
    tahoe_out = last - timedelta(days=(last.weekday() - 5) % 7 + 14)  # a Saturday
    la_out = last - timedelta(days=(last.weekday() - 4) % 7 + 35)     # a Friday
    d = first
    while d <= last:
        rng = random.Random(f"{v.vehicle_id}:{d.isoformat()}")
        temp = _day_temp(d, rng)
        weekday = d.weekday() < 5
        if v.vehicle_id == "r1s" and d == tahoe_out:
            sim.trip(_at(d, 8.2), [(_station_place("ea-vacaville"), "ea-vacaville"),
                                   (TAHOE_CABIN, None)], rng, temp - 9)
        elif v.vehicle_id == "r1s" and d == tahoe_out + timedelta(days=1):
            sim.drive(_at(d, 9.0), _station_place("ran-truckee"), rng, temp - 11)
            t = sim.charge(_at(d, 9.3), 90, "DC", rng, station_id="ran-truckee")
            t = sim.trip(t + timedelta(minutes=10),
                         [(_station_place("ea-vacaville"), "ea-vacaville"), (HOME, None)],
                         rng, temp - 4)
        elif v.vehicle_id == "modelx" and d == la_out:
            sim.trip(_at(d, 7.5), [(_station_place("sc-harrisranch"), "sc-harrisranch"),
                                   (_station_place("sc-lebec"), "sc-lebec"), (LA_HOTEL, None)],
                     rng, temp + 3)
        elif v.vehicle_id == "modelx" and d in (la_out + timedelta(days=1),):
            sim.drive(_at(d, 10.5), ERRANDS[5], rng, temp + 5, miles=rng.uniform(8, 20))
            sim.where = LA_HOTEL
            sim.charge(_at(d, 20.0), 90, "AC", rng, station_id="cp-santamonica")
        elif v.vehicle_id == "modelx" and d == la_out + timedelta(days=2):
            sim.trip(_at(d, 9.0), [(_station_place("sc-lebec"), "sc-lebec"),
                                   (_station_place("sc-kettleman"), "sc-kettleman"),
                                   (_station_place("sc-gilroy"), "sc-gilroy"),
                                   (HOME, None)], rng, temp + 4)
        elif weekday:
            if v.vehicle_id == "r1s":
                t = sim.drive(_at(d, rng.uniform(7.6, 8.6)), OFFICE, rng, temp - 3)
                if rng.random() < 0.3 and sim.soc < 70:
                    sim.charge(t + timedelta(minutes=20), min(80, sim.soc + 25), "AC", rng,
                               charger_id="office-l2")
                t = sim.drive(_at(d, rng.uniform(17.0, 18.2)), HOME, rng, temp)
            elif d.weekday() in (0, 2, 3):
                sim.drive(_at(d, rng.uniform(6.9, 7.6)), SF_OFFICE, rng, temp - 3, highway=True)
                sim.drive(_at(d, rng.uniform(16.6, 17.4)), HOME, rng, temp, highway=True)
            if rng.random() < 0.45:
                stop = ERRANDS[rng.randrange(4)]
                t = sim.drive(_at(d, rng.uniform(18.6, 19.5)), stop, rng, temp - 1)
                sim.drive(t + timedelta(minutes=rng.randint(20, 55)), HOME, rng, temp - 2)
        else:
            for _ in range(rng.randint(1, 2)):
                stop = ERRANDS[rng.randrange(len(ERRANDS))]
                t = sim.drive(_at(d, rng.uniform(9.5, 15.0)), stop, rng, temp + 1)
                sim.drive(t + timedelta(minutes=rng.randint(40, 150)), HOME, rng, temp)
        if sim.where == HOME and (sim.soc < 58 or rng.random() < 0.25):
            target = v.daily_limit_pct
            if (d + timedelta(days=1)) in (tahoe_out, la_out):
                target = 95
            sim.charge(_at(d, 23.0), target, "AC", rng, charger_id=v.home_charger)
        d += timedelta(days=1)
    return sim


_CACHE: dict[tuple[str, datetime], _Sim] = {}


def _sim(v: Vehicle) -> _Sim:
    clock = now()
    key = (v.vehicle_id, clock)
    if key not in _CACHE:
        _CACHE[key] = _simulate(v, clock)
    return _CACHE[key]


# ---------------------------------------------------------------------------- tools


def _parse_day(value: Any, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise EvDataError(f"{name}={value!r} is not a date; use YYYY-MM-DD") from None


def _in_window(rows: list[dict], start: date | None, end: date | None) -> list[dict]:
    out = []
    for r in rows:
        d = date.fromisoformat(r["start"][:10])
        if (start is None or d >= start) and (end is None or d <= end):
            out.append(r)
    return out


def _since(rows: list[dict], days: int) -> list[dict]:
    days = _bounded(days, 1, HISTORY_DAYS, "days")
    start = now().astimezone(LOCAL).date() - timedelta(days=days - 1)
    return _in_window(rows, start, None)


def _bounded(value: Any, lo: int, hi: int, name: str) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise EvDataError(f"{name} must be a whole number between {lo} and {hi}") from None
    if not lo <= n <= hi:
        raise EvDataError(f"{name}={n} is out of range; use {lo}..{hi}")
    return n


def list_vehicles() -> dict:
    out = []
    for v in VEHICLES.values():
        s = _sim(v)
        out.append({"vehicle_id": v.vehicle_id, "name": v.nickname,
                    "vehicle": f"{v.year} {v.make} {v.model} {v.trim}", "vin": v.vin,
                    "odometer_mi": round(s.odo), "battery_soc": round(s.soc),
                    "location": s.where.name})
    return {"vehicles": out, "count": len(out)}


def get_vehicle_status(vehicle_id: str) -> dict:
    v = _vehicle(vehicle_id)
    s = _sim(v)
    last_charge = s.charges[-1] if s.charges else None
    charging = bool(last_charge and last_charge["in_progress"])
    eff = v.base_mi_per_kwh * 0.97
    rng = random.Random(f"{v.vehicle_id}:status:{now().date()}")
    return {
        "vehicle_id": v.vehicle_id, "name": v.nickname, "as_of": _iso(now()),
        "battery_soc": round(s.soc), "charge_limit_soc": v.daily_limit_pct,
        "estimated_range_mi": round(s.soc / 100 * s.pack * eff),
        "charging_state": "charging" if charging else ("plugged_in" if s.plugged else "unplugged"),
        "charge_power_kw": last_charge["avg_kw"] if charging else 0.0,
        "scheduled_charge_start": "23:00" if s.where == HOME and not charging else None,
        "location": {"name": s.where.name, "lat": s.where.lat, "lon": s.where.lon},
        "odometer_mi": round(s.odo, 1), "software_version": v.software, "locked": True,
        "sentry_mode": v.make == "Tesla", "cabin_temp_c": round(rng.uniform(14, 19), 1),
        "tire_pressure_psi": {k: v.tire_psi_nominal - rng.choice((0, 0, 1, 1, 2, 3))
                              for k in ("front_left", "front_right", "rear_left", "rear_right")},
        "last_drive_end": s.drives[-1]["end"] if s.drives else None,
    }


def get_battery_health(vehicle_id: str) -> dict:
    v = _vehicle(vehicle_id)
    s = _sim(v)
    recent = _since(s.charges, 90)
    dc = sum(c["energy_added_kwh"] for c in recent if c["type"] == "DC")
    total = sum(c["energy_added_kwh"] for c in recent) or 1.0
    months = []
    clock = now().astimezone(LOCAL)
    for i in range(6, 0, -1):
        m = (clock.replace(day=1) - timedelta(days=30 * (i - 1))).strftime("%Y-%m")
        months.append({"month": m, "capacity_pct": round(v.capacity_now_pct + (i - 1) * 0.21, 1)})
    usable = v.pack_kwh_new * v.capacity_now_pct / 100
    return {
        "vehicle_id": v.vehicle_id, "pack_kwh_new": v.pack_kwh_new,
        "usable_kwh_now": round(usable, 1), "capacity_pct": v.capacity_now_pct,
        "degradation_pct": round(100 - v.capacity_now_pct, 1),
        "epa_range_new_mi": v.epa_range_mi,
        "estimated_full_range_now_mi": round(v.epa_range_mi * v.capacity_now_pct / 100),
        "odometer_mi": round(s.odo), "dc_fast_share_pct_90d": round(dc / total * 100, 1),
        "cell_voltage_spread_mv": 11 if v.make == "Rivian" else 19,
        "max_cell_temp_c_30d": 41.5 if v.make == "Rivian" else 44.0,
        "capacity_trend": months,
        "assessment": ("normal for age and mileage" if v.capacity_now_pct > 90
                       else "above-average degradation; check with service"),
    }


def get_charges(vehicle_id: str, start_date: str | None = None, end_date: str | None = None,
                limit: int = 20) -> dict:
    v = _vehicle(vehicle_id)
    rows = _in_window(_sim(v).charges, _parse_day(start_date, "start_date"),
                      _parse_day(end_date, "end_date"))
    limit = _bounded(limit, 1, 200, "limit")
    shown = rows[-limit:][::-1]
    return {"vehicle_id": v.vehicle_id, "total_matching": len(rows), "returned": len(shown),
            "charges": shown}


def get_charges_brief(vehicle_id: str, days: int = 30) -> dict:
    v = _vehicle(vehicle_id)
    rows = _since(_sim(v).charges, days)
    kwh = sum(r["energy_added_kwh"] for r in rows)
    cost = sum(r["cost_usd"] for r in rows)
    by_type = {k: round(sum(r["energy_added_kwh"] for r in rows if r["type"] == k), 1)
               for k in ("AC", "DC")}
    return {
        "vehicle_id": v.vehicle_id, "days": int(days), "sessions": len(rows),
        "energy_added_kwh": round(kwh, 1), "cost_usd": round(cost, 2),
        "avg_cost_per_kwh": round(cost / kwh, 3) if kwh else None, "energy_by_type_kwh": by_type,
        "columns": ["start", "location", "type", "kwh", "soc", "cost_usd"],
        "rows": [[r["start"], r["location"], r["type"], r["energy_added_kwh"],
                  f"{r['start_soc']}→{r['end_soc']}", r["cost_usd"]] for r in rows[::-1]],
    }


def get_drives_brief(vehicle_id: str, days: int = 7, limit: int = 30) -> dict:
    v = _vehicle(vehicle_id)
    rows = _since(_sim(v).drives, days)
    limit = _bounded(limit, 1, 200, "limit")
    dist = sum(r["distance_mi"] for r in rows)
    energy = sum(r["energy_kwh"] for r in rows)
    return {
        "vehicle_id": v.vehicle_id, "days": int(days), "drives": len(rows),
        "distance_mi": round(dist, 1), "energy_kwh": round(energy, 1),
        "avg_mi_per_kwh": round(dist / energy, 2) if energy else None,
        "columns": ["start", "from", "to", "mi", "kwh", "mi_per_kwh"],
        "rows": [[r["start"], r["from"], r["to"], r["distance_mi"], r["energy_kwh"],
                  r["efficiency_mi_per_kwh"]] for r in rows[::-1][:limit]],
    }


def get_efficiency(vehicle_id: str, days: int = 30) -> dict:
    v = _vehicle(vehicle_id)
    rows = _since(_sim(v).drives, days)
    if not rows:
        return {"vehicle_id": v.vehicle_id, "days": int(days), "drives": 0}

    def summary(sel: list[dict]) -> dict | None:
        d = sum(r["distance_mi"] for r in sel)
        e = sum(r["energy_kwh"] for r in sel)
        if not e:
            return None
        return {"drives": len(sel), "distance_mi": round(d, 1), "mi_per_kwh": round(d / e, 2),
                "wh_per_mi": round(1000 * e / d)}

    bands = {"below_10c": [r for r in rows if r["outside_temp_c"] < 10],
             "10_to_15c": [r for r in rows if 10 <= r["outside_temp_c"] < 15],
             "15c_and_above": [r for r in rows if r["outside_temp_c"] >= 15]}
    best = max(rows, key=lambda r: r["efficiency_mi_per_kwh"])
    worst = min(rows, key=lambda r: r["efficiency_mi_per_kwh"])
    overall = summary(rows)
    rated = round(v.epa_range_mi / v.pack_kwh_new, 2)
    return {
        "vehicle_id": v.vehicle_id, "days": int(days), "overall": overall,
        "rated_mi_per_kwh": rated,
        "vs_rated_pct": round((overall["mi_per_kwh"] / rated - 1) * 100, 1) if overall else None,
        "city": summary([r for r in rows if r["avg_speed_mph"] < 45]),
        "highway": summary([r for r in rows if r["avg_speed_mph"] >= 45]),
        "by_outside_temp": {k: summary(sel) for k, sel in bands.items()},
        "best_drive": {k: best[k] for k in ("drive_id", "start", "to", "efficiency_mi_per_kwh")},
        "worst_drive": {k: worst[k] for k in ("drive_id", "start", "to", "efficiency_mi_per_kwh")},
    }


def get_my_chargers() -> dict:
    clock = now().astimezone(LOCAL)
    month_start = clock.date().replace(day=1)
    out = []
    for ch in MY_CHARGERS:
        used = [c for v in VEHICLES.values() for c in _sim(v).charges
                if c["charger_id"] == ch["charger_id"]
                and date.fromisoformat(c["start"][:10]) >= month_start]
        live = [c for c in used if c["in_progress"]]
        out.append({**ch, "status": "charging" if live else "available",
                    "sessions_this_month": len(used),
                    "kwh_this_month": round(sum(c["energy_billed_kwh"] for c in used), 1),
                    "cost_this_month_usd": round(sum(c["cost_usd"] for c in used), 2)})
    return {"chargers": out}


def _availability(station: dict) -> int:
    hour = now().astimezone(LOCAL).strftime("%Y-%m-%dT%H")
    rng = random.Random(f"{station['station_id']}:{hour}")
    return rng.randint(0, station["stalls"])


def _station_view(s: dict, km: float | None = None) -> dict:
    out = {k: s[k] for k in ("station_id", "name", "network", "city", "lat", "lon",
                             "connectors", "max_kw", "stalls", "price_usd_per_kwh")}
    out["available_stalls"] = _availability(s)
    if km is not None:
        out["distance_km"] = round(km, 1)
    return out


def _connector_ok(s: dict, connector: str | None) -> bool:
    return not connector or connector.upper() in s["connectors"]


def _check_connector(connector: str | None) -> str | None:
    if connector and connector.upper() not in ("NACS", "CCS1", "J1772", "CHADEMO"):
        raise EvDataError(f"connector={connector!r} is unknown; use NACS, CCS1, J1772 or CHAdeMO")
    return "CHAdeMO" if connector and connector.upper() == "CHADEMO" else connector


def find_nearby_chargers(latitude: float, longitude: float, radius_km: float = 25.0,
                         min_power_kw: float = 0.0, connector: str | None = None,
                         limit: int = 5) -> dict:
    # Floats throughout, so the answer reads the same whether 15 or 15.0 came in.
    latitude, longitude = float(latitude), float(longitude)
    radius_km, min_power_kw = float(radius_km), float(min_power_kw)
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise EvDataError("latitude must be in -90..90 and longitude in -180..180")
    connector = _check_connector(connector)
    limit = _bounded(limit, 1, 50, "limit")
    hits = []
    for s in PUBLIC_STATIONS:
        km = _haversine_km(float(latitude), float(longitude), s["lat"], s["lon"])
        if km <= float(radius_km) and s["max_kw"] >= float(min_power_kw) and (
                not connector or connector in s["connectors"]):
            hits.append((km, s))
    hits.sort(key=lambda h: h[0])
    return {"center": {"lat": latitude, "lon": longitude}, "radius_km": radius_km,
            "found": len(hits), "stations": [_station_view(s, km) for km, s in hits[:limit]]}


def search_public_chargers(query: str, connector: str | None = None, min_power_kw: float = 0.0,
                           limit: int = 10) -> dict:
    connector = _check_connector(connector)
    limit = _bounded(limit, 1, 50, "limit")
    words = [w for w in str(query or "").lower().split() if w]
    if not words:
        raise EvDataError("query is empty; search by city, network or name, e.g. 'Gilroy' "
                          "or 'Electrify America'")
    hits = [s for s in PUBLIC_STATIONS
            if all(w in f"{s['name']} {s['network']} {s['city']}".lower() for w in words)
            and s["max_kw"] >= float(min_power_kw)
            and (not connector or connector in s["connectors"])]
    return {"query": query, "found": len(hits), "stations": [_station_view(s) for s in hits[:limit]]}


def get_aggregations(vehicle_id: str = "all", period: str = "week", start_date: str | None = None,
                     end_date: str | None = None) -> dict:
    if period not in ("day", "week", "month"):
        raise EvDataError(f"period={period!r} is unknown; use day, week or month")
    vehicles = list(VEHICLES.values()) if str(vehicle_id).lower() in ("all", "fleet", "") \
        else [_vehicle(vehicle_id)]
    start = _parse_day(start_date, "start_date")
    end = _parse_day(end_date, "end_date")
    if start is None:
        start = now().astimezone(LOCAL).date() - timedelta(days=27)

    def bucket(day: str) -> str:
        d = date.fromisoformat(day[:10])
        if period == "day":
            return d.isoformat()
        if period == "week":
            return (d - timedelta(days=d.weekday())).isoformat()
        return d.strftime("%Y-%m")

    out: dict[str, dict] = {}
    for v in vehicles:
        s = _sim(v)
        for r in _in_window(s.drives, start, end):
            b = out.setdefault(bucket(r["start"]), _empty_bucket())
            b["drives"] += 1
            b["distance_mi"] += r["distance_mi"]
            b["drive_energy_kwh"] += r["energy_kwh"]
        for r in _in_window(s.charges, start, end):
            b = out.setdefault(bucket(r["start"]), _empty_bucket())
            b["charges"] += 1
            b["charged_kwh"] += r["energy_added_kwh"]
            b["charge_cost_usd"] += r["cost_usd"]
    rows = []
    for key in sorted(out):
        b = out[key]
        rows.append({"period_start": key, "drives": b["drives"],
                     "distance_mi": round(b["distance_mi"], 1),
                     "drive_energy_kwh": round(b["drive_energy_kwh"], 1),
                     "mi_per_kwh": round(b["distance_mi"] / b["drive_energy_kwh"], 2)
                     if b["drive_energy_kwh"] else None,
                     "charges": b["charges"], "charged_kwh": round(b["charged_kwh"], 1),
                     "charge_cost_usd": round(b["charge_cost_usd"], 2)})
    return {"vehicles": [v.vehicle_id for v in vehicles], "period": period,
            "start_date": start.isoformat(), "end_date": (end or now().astimezone(LOCAL).date()).isoformat(),
            "buckets": rows}


def _empty_bucket() -> dict:
    return {"drives": 0, "distance_mi": 0.0, "drive_energy_kwh": 0.0, "charges": 0,
            "charged_kwh": 0.0, "charge_cost_usd": 0.0}


def current_time(timezone_name: str = "America/Los_Angeles") -> dict:
    try:
        tz = ZoneInfo(timezone_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise EvDataError(f"timezone {timezone_name!r} is unknown; use an IANA name such as "
                          "America/Los_Angeles or UTC") from None
    t = now()
    local = t.astimezone(tz)
    return {"utc": t.isoformat().replace("+00:00", "Z"), "local": local.isoformat(),
            "timezone": timezone_name, "day_of_week": local.strftime("%A"),
            "demo_clock": not os.environ.get("PROVTUI_EV_NOW")}


_TOOLS = {
    "list_vehicles": list_vehicles,
    "get_vehicle_status": get_vehicle_status,
    "get_battery_health": get_battery_health,
    "get_charges": get_charges,
    "get_charges_brief": get_charges_brief,
    "get_drives_brief": get_drives_brief,
    "get_efficiency": get_efficiency,
    "get_my_chargers": get_my_chargers,
    "find_nearby_chargers": find_nearby_chargers,
    "search_public_chargers": search_public_chargers,
    "get_aggregations": get_aggregations,
    "current_time": lambda timezone="America/Los_Angeles": current_time(timezone),
}


def run_tool(name: str, arguments: dict[str, Any] | None = None) -> str:
    """The compact JSON text the MCP server returns for this call.  Raises EvDataError
    (unknown tool, bad arguments) with the message the server would send as a tool error."""
    fn = _TOOLS.get(name)
    if fn is None:
        raise EvDataError(f"unknown tool {name!r}; tools: {', '.join(TOOL_NAMES)}")
    try:
        return to_json(fn(**(arguments or {})))
    except TypeError as exc:
        raise EvDataError(f"bad arguments for {name}: {exc}") from None
