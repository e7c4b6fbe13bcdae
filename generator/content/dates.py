"""Dates as news writing gives them: a day, a month, a season, a part of a year, a year.

"Late 2023" is not 2023-12-31: each date keeps its precision and the span of days it covers, so a
timeline can sort it with, not before, the events it overlaps, and say how precise it is.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

PATTERN = (
    r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-Q[1-4]"
    r"|(early|mid|late|spring|summer|autumn|fall|winter) \d{4})$"
)

_PARTS = {  # first and last month
    "early": (1, 4), "mid": (5, 8), "late": (9, 12),
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date
    precision: str  # day, month, quarter, part-of-year, season, year
    text: str

    @property
    def label(self) -> str:
        p, s = self.precision, self.start
        if p == "day":
            return f"{s.day} {MONTHS[s.month - 1]} {s.year}"
        if p == "month":
            return f"{MONTHS[s.month - 1]} {s.year}"
        if p == "year":
            return str(s.year)
        if p == "quarter":
            return f"Q{(s.month - 1) // 3 + 1} {s.year}"
        word, year = self.text.split()
        return f"{word.capitalize()} {year}"

    @property
    def placed_after(self) -> str:
        """What a timeline puts before this date (see sort_key): 'the days of March 2018' for a
        month, 'December 2023' for 'late 2023'."""
        if self.precision == "day":
            return ""
        e = self.end
        if self.precision == "month":
            return f"the days of {MONTHS[e.month - 1]} {e.year}"
        return f"{MONTHS[e.month - 1]} {e.year}"

    @property
    def precision_note(self) -> str:
        """How imprecise a date is, in words: 'month, day not given', 'season: March–May 2025'."""
        p, s, e = self.precision, self.start, self.end
        if p == "day":
            return ""
        if p == "month":
            return "month, day not given"
        span = (f"{MONTHS[s.month - 1]}–{MONTHS[e.month - 1]} {e.year}" if s.year == e.year
                else f"{MONTHS[s.month - 1]} {s.year}–{MONTHS[e.month - 1]} {e.year}")
        return f"{p.replace('-', ' ')}: {span}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse(text: str) -> Period:
    """A Period, or ValueError saying what is wrong and what is accepted."""
    text = str(text).strip()
    if not re.match(PATTERN, text):
        raise ValueError(
            f"'{text}' is not a date: use 2024-09-10, 2024-09, 2024, 2024-Q3, "
            "or early/mid/late/spring/summer/autumn/winter 2024")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            d = date.fromisoformat(text)
            return Period(d, d, "day", text)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            y, m = int(text[:4]), int(text[5:])
            return Period(date(y, m, 1), _month_end(y, m), "month", text)
        if re.fullmatch(r"\d{4}", text):
            y = int(text)
            return Period(date(y, 1, 1), date(y, 12, 31), "year", text)
        if "-Q" in text:
            y, q = int(text[:4]), int(text[-1])
            return Period(date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter", text)
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a real date: {exc}") from None
    word, year_text = text.split()
    y = int(year_text)
    first, last = _PARTS[word]
    end = _month_end(y + (last - 1) // 12, (last - 1) % 12 + 1)
    precision = "part-of-year" if word in ("early", "mid", "late") else "season"
    return Period(date(y, first, 1), end, precision, text)


def sort_key(period: Period) -> tuple:
    """Order by where a period ends, then the narrower first: a month sorts after its dated days,
    a "late 2023" after the days and the month of December 2023 it spans, never before them."""
    return (period.end, -period.start.toordinal())


class DateText(str):
    """A date as the summary writes it ('2024-09', 'late 2023'), parsed once when the summary is
    read: `.period` holds what it covers, and every later stage reads that instead of parsing the
    text again. It stays a str, so that pages, exports and caches show the writer's own text."""

    period: Period

    def __new__(cls, text: str, period: Period | None = None) -> DateText:
        self = super().__new__(cls, text)
        self.period = period if period is not None else parse(text)
        return self

    def __getnewargs__(self) -> tuple[str, Period]:  # type: ignore[override]  # unpickled without parsing again
        return (str(self), self.period)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler
                                     ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(
            cls, core_schema.str_schema(),
            serialization=core_schema.plain_serializer_function_ser_schema(str))
