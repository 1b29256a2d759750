"""The demo's EV fleet MCP server (stdio): ``python -m provtui.demo.ev_server``.

Two vehicles, a Rivian R1S and a Tesla Model X, with synthetic but believable drives, charges,
battery health and chargers (see ``provtui.demo.ev_data``).  Deterministic and offline: the
same call gives the same answer on every run, so differences between providers' tool chains
come from the providers.  Results are compact JSON text.

``PROVTUI_EV_NOW`` moves the demo clock (an ISO time, or ``now``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field

from provtui.demo import ev_data

server = MCPServer(
    "ev-fleet",
    instructions=(
        "Data about the user's electric vehicles: status, battery health, drives, charging "
        "sessions and costs, home chargers and public charging stations. Call list_vehicles "
        "first to get vehicle ids. Dates are local (America/Los_Angeles)."
    ),
)

VehicleId = Annotated[str, Field(
    description="Vehicle id from list_vehicles, e.g. 'r1s' or 'modelx'.")]
Days = Annotated[int, Field(description="How many days back from today to include.",
                            ge=1, le=90)]
Day = Annotated[str | None, Field(
    description="Date as YYYY-MM-DD (local time); omit for no bound.",
    pattern=r"^\d{4}-\d{2}-\d{2}$")]
Limit = Annotated[int, Field(description="Most rows to return.", ge=1, le=200)]
Connector = Annotated[Literal["NACS", "CCS1", "J1772", "CHAdeMO"] | None, Field(
    description="Only stations with this connector type.")]
MinPower = Annotated[float, Field(description="Only stations with at least this power in kW.",
                                  ge=0)]


def _run(name: str, **arguments: Any) -> str:
    try:
        return ev_data.run_tool(name, arguments)
    except ev_data.EvDataError as exc:
        # A ToolError reaches the model as an isError result it can read and correct.
        raise ToolError(str(exc)) from None


@server.tool(structured_output=False, description=(
    "List the vehicles in the user's fleet with their ids, names, odometer, current state of "
    "charge and location. Call this first: every vehicle tool needs a vehicle_id."))
def list_vehicles() -> str:
    return _run("list_vehicles")


@server.tool(structured_output=False, description=(
    "Live status of one vehicle: state of charge, estimated range, charging state and power, "
    "scheduled charging, location, odometer, software version, lock and sentry state, cabin "
    "temperature and tire pressures."))
def get_vehicle_status(vehicle_id: VehicleId) -> str:
    return _run("get_vehicle_status", vehicle_id=vehicle_id)


@server.tool(structured_output=False, description=(
    "Battery health of one vehicle: usable capacity now versus new, degradation, estimated "
    "full range, share of DC fast charging over 90 days, cell voltage spread, peak cell "
    "temperature and a six-month capacity trend, with a short assessment."))
def get_battery_health(vehicle_id: VehicleId) -> str:
    return _run("get_battery_health", vehicle_id=vehicle_id)


@server.tool(structured_output=False, description=(
    "Charging sessions of one vehicle in full detail, newest first: start/end time, location, "
    "charger or station, AC/DC, energy added and billed (kWh), state of charge before and "
    "after, peak and average power, price and cost. Use get_charges_brief for a summary."))
def get_charges(vehicle_id: VehicleId, start_date: Day = None, end_date: Day = None,
                limit: Limit = 20) -> str:
    return _run("get_charges", vehicle_id=vehicle_id, start_date=start_date,
                end_date=end_date, limit=limit)


@server.tool(structured_output=False, description=(
    "Compact charging summary of one vehicle over the last N days: session count, energy "
    "added, total and average cost, AC versus DC energy, and one short row per session."))
def get_charges_brief(vehicle_id: VehicleId, days: Days = 30) -> str:
    return _run("get_charges_brief", vehicle_id=vehicle_id, days=days)


@server.tool(structured_output=False, description=(
    "Compact driving log of one vehicle over the last N days: totals (drives, miles, kWh, "
    "mi/kWh) and one short row per drive, newest first."))
def get_drives_brief(vehicle_id: VehicleId, days: Days = 7, limit: Limit = 30) -> str:
    return _run("get_drives_brief", vehicle_id=vehicle_id, days=days, limit=limit)


@server.tool(structured_output=False, description=(
    "Driving efficiency of one vehicle over the last N days: overall mi/kWh and Wh/mi, "
    "comparison with the rated figure, city versus highway, efficiency by outside temperature, "
    "and the best and worst drive."))
def get_efficiency(vehicle_id: VehicleId, days: Days = 30) -> str:
    return _run("get_efficiency", vehicle_id=vehicle_id, days=days)


@server.tool(structured_output=False, description=(
    "The user's own chargers (home wall chargers, office charger): model, power, connector, "
    "assigned vehicle, tariff, current status and this month's sessions, energy and cost."))
def get_my_chargers() -> str:
    return _run("get_my_chargers")


@server.tool(structured_output=False, description=(
    "Public charging stations near a point, nearest first, with network, connectors, max "
    "power, price, stall count and stalls available now."))
def find_nearby_chargers(
    latitude: Annotated[float, Field(description="Latitude in degrees.", ge=-90, le=90)],
    longitude: Annotated[float, Field(description="Longitude in degrees.", ge=-180, le=180)],
    radius_km: Annotated[float, Field(description="Search radius in km.", gt=0, le=500)] = 25.0,
    min_power_kw: MinPower = 0.0,
    connector: Connector = None,
    limit: Annotated[int, Field(description="Most stations to return.", ge=1, le=50)] = 5,
) -> str:
    return _run("find_nearby_chargers", latitude=latitude, longitude=longitude,
                radius_km=radius_km, min_power_kw=min_power_kw, connector=connector,
                limit=limit)


@server.tool(structured_output=False, description=(
    "Search public charging stations by words in their name, network or city (all words must "
    "match), e.g. 'Gilroy', 'Electrify America', 'supercharger kettleman'."))
def search_public_chargers(
    query: Annotated[str, Field(description="Words to search for.", min_length=1,
                                max_length=100)],
    connector: Connector = None,
    min_power_kw: MinPower = 0.0,
    limit: Annotated[int, Field(description="Most stations to return.", ge=1, le=50)] = 10,
) -> str:
    return _run("search_public_chargers", query=query, connector=connector,
                min_power_kw=min_power_kw, limit=limit)


@server.tool(structured_output=False, description=(
    "Totals per day, week or month for one vehicle or the whole fleet: drives, miles, driving "
    "energy, mi/kWh, charging sessions, energy charged and charging cost. Without start_date "
    "the last four weeks."))
def get_aggregations(
    vehicle_id: Annotated[str, Field(
        description="Vehicle id from list_vehicles, or 'all' for the fleet.")] = "all",
    period: Annotated[Literal["day", "week", "month"], Field(
        description="Bucket size; weeks start on Monday.")] = "week",
    start_date: Day = None,
    end_date: Day = None,
) -> str:
    return _run("get_aggregations", vehicle_id=vehicle_id, period=period,
                start_date=start_date, end_date=end_date)


@server.tool(structured_output=False, description=(
    "The current date and time (UTC and local), to turn 'last week' or 'this month' into "
    "dates."))
def current_time(
    timezone: Annotated[str, Field(description="IANA time zone name.")] = "America/Los_Angeles",
) -> str:
    return _run("current_time", timezone=timezone)


def main() -> None:
    server.run("stdio")


if __name__ == "__main__":
    main()
