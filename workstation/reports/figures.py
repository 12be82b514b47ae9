"""The series a chart shows, as plain data: the average rating per period (a line) and the
reviews per sentiment per period (stacked bars). The dashboard and the PDF draw these same
series (`workstation.ui.render.charts`); what is shown — which periods, which colours, which
labels — is decided here, without Qt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from workstation.metrics.trends import RatingPoint, SentimentPoint

MAX_BARS = 26  # periods a bar chart shows (a line shows twice as many)
SENTIMENT_COLOURS = {"negative": "#C0392B", "neutral": "#95A5A6", "positive": "#27AE60"}


@dataclass(frozen=True)
class RatingLine:
    """Average rating (1–5 stars) per period, oldest first; periods without a rating are left out."""

    points: tuple[tuple[date, float], ...]


@dataclass(frozen=True)
class BarStack:
    """One coloured part of every bar: its legend name, colour (#RRGGBB) and one value per bar."""

    name: str
    colour: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class SentimentBars:
    """Reviews per sentiment per period: one bar per category label, stacks bottom to top."""

    categories: tuple[str, ...]
    stacks: tuple[BarStack, ...]

    def tallest(self) -> int:
        """The highest bar (0 without bars)."""
        return max((sum(column) for column in zip(*(s.values for s in self.stacks), strict=True)), default=0)


Chart = RatingLine | SentimentBars


def rating_line(points: Sequence[RatingPoint]) -> RatingLine:
    """The last `2 × MAX_BARS` periods' average ratings."""
    shown = points[-MAX_BARS * 2 :]
    return RatingLine(tuple((p.period, p.average_rating) for p in shown if p.average_rating is not None))


def sentiment_bars(points: Sequence[SentimentPoint], names: Mapping[str, str]) -> SentimentBars:
    """The last `MAX_BARS` periods, labelled day/month; a review of unknown sentiment counts
    as neutral. `names` gives each bucket's legend name (the code when missing)."""
    shown = list(points[-MAX_BARS:])
    values = {
        "negative": tuple(p.negative for p in shown),
        "neutral": tuple(p.neutral + p.unknown for p in shown),
        "positive": tuple(p.positive for p in shown),
    }
    return SentimentBars(
        categories=tuple(f"{p.period.day}/{p.period.month}" for p in shown),
        stacks=tuple(BarStack(names.get(key, key), SENTIMENT_COLOURS[key], values[key]) for key in values),
    )
