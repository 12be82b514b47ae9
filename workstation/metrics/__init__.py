"""Response time, SLA and dashboard figures — Qt-free, no SQL: plain data in and out.

Modules, in the order data flows through them:
- `calendar_config`: a location's business calendar (hours, time zone, holidays, flags).
- `calendar_json`: the `locations.hours_json` format (read never raises, write).
- `business_hours`: business-time arithmetic (measure / add) on a calendar.
- `sla`: SLA classes, policy, deadlines and statuses; `sla_text`: EN/FR wording.
- `response_time`: per-review timing and SLA outcome (`Measurer`, `ReviewFacts`).
- `aggregates` and `trends`: summaries, percentiles, series, topics.
- `report`: one call for the dashboard and `workstation metrics --json`.
"""
