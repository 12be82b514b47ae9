"""How the dashboard and the reports write a headline figure: "37.7%", "37,7 %", "4.25 ★",
"5.5 h", in the reader's language."""

from __future__ import annotations

from babel.numbers import format_decimal, format_percent

from workstation.metrics.report import HEADLINE_KEYS

KPI_KEYS = HEADLINE_KEYS  # the dashboard's and the PDF's figures, in the summary's order
RATE_KEYS = frozenset({"response_rate", "response_rate_negative", "sla_attainment"})


def format_value(key: str, value: float | None, locale: str) -> str:
    """How the dashboard (and its tests) show one headline figure."""
    if value is None:
        return "–"
    if key in RATE_KEYS:
        # French puts a (non-breaking) space before % — "37,7 %"
        pattern = "#,##0.0\u00a0%" if locale.startswith("fr") else "#,##0.0%"
        return str(format_percent(value, format=pattern, locale=locale))
    if key == "total":
        return str(format_decimal(value, format="#,##0", locale=locale))
    if key == "average_rating":
        return str(format_decimal(value, format="0.00", locale=locale)) + " ★"
    return str(format_decimal(value, format="#,##0.0", locale=locale)) + " h"
