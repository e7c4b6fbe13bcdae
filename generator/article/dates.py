"""Dates as an article gives them, resolved against its publication date, in the forms the model
accepts (generator/dates.py): a day, a month, a season or part of a year, a year.

'Tuesday' is the last Tuesday on or before publication, or the next one when the sentence speaks
of the future; 'earlier this month' is the month, ending on the publication day; 'last week' is the
range of that week's days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..content.dates import MONTHS

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = {m.lower(): i + 1 for i, m in enumerate(MONTHS)} | {
    m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December" \
         r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_FUTURE = re.compile(r"\b(?:will|’ll|'ll|is expected|are expected|plans? to|is scheduled|are "
                     r"scheduled|is due|are due|next|upcoming|is set to|are set to)\b", re.IGNORECASE)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_PATTERNS = [
    ("part", re.compile(r"\b(early|mid|late)[- ](\d{4})\b", re.IGNORECASE)),
    ("season_year", re.compile(r"\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\b",
                               re.IGNORECASE)),
    ("day_month_year", re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}})\b")),
    ("month_day_year", re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})\b")),
    ("month_day", re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})\b(?!,?\s+\d{{4}})")),
    ("month_year", re.compile(rf"\b({_MONTH})\s+(?:of\s+)?(\d{{4}})\b")),
    ("month", re.compile(rf"\b(?:in|since|until|by|from|through|last|this|early|late|mid-?|"
                         rf"during)\s+({_MONTH})(?![\w.]*\s+\d)")),
    ("season", re.compile(r"\b(?:in|during|over|this|last|next)\s+(?:the\s+)?"
                          r"(spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?\d)", re.IGNORECASE)),
    ("relative", re.compile(r"\b(earlier|later|late|early)\s+this\s+(week|month|year)\b", re.IGNORECASE)),
    ("this_last_next", re.compile(r"\b(this|last|next)\s+(week|month|year)\b", re.IGNORECASE)),
    ("ago", re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                       r"(day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    ("word_day", re.compile(r"\b(today|yesterday|tomorrow)\b", re.IGNORECASE)),
    ("weekday", re.compile(r"\b(?:(?:later|earlier|on|last|next|this)\s+)?"
                           r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:’s|'s)?\b")),
    ("year", re.compile(r"\b(?:in|since|until|by|from|during|through)\s+((?:19|20)\d{2})\b(?![-–]\d)")),
]


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    as_reported: str
    date: str  # a value generator.dates accepts
    end_date: str | None = None  # for a range such as 'earlier this month'


def _month_of(text: str) -> int:
    key = text.lower().rstrip(".")
    return _MONTH_NAMES.get(key) or _MONTH_NAMES[key[:3]]


def _year_for_month(month: int, published: date, future: bool) -> int:
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _ym(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def resolve(kind: str, m: re.Match, published: date, future: bool | None
            ) -> tuple[str, str | None] | None:
    if kind == "part":
        word = m.group(1).lower()
        return f"{word} {m.group(2)}", None
    if kind == "season_year":
        return f"{m.group(1).lower()} {m.group(2)}", None
    if kind in ("day_month_year", "month_day_year"):
        day, month, year = ((m.group(1), m.group(2), m.group(3)) if kind == "day_month_year"
                            else (m.group(2), m.group(1), m.group(3)))
        try:
            return date(int(year), _month_of(month), int(day)).isoformat(), None
        except ValueError:
            return None
    if kind == "month_day":
        month = _month_of(m.group(1))
        if future is None:  # the nearer of this date in the years around publication
            try:
                days = [(abs((date(y, month, int(m.group(2))) - published).days), y)
                        for y in (published.year - 1, published.year, published.year + 1)]
            except ValueError:
                return None
            year = min(days)[1]
        else:
            year = _year_for_month(month, published, future)
        try:
            return date(year, month, int(m.group(2))).isoformat(), None
        except ValueError:
            return None
    if kind == "month_year":
        return f"{int(m.group(2)):04d}-{_month_of(m.group(1)):02d}", None
    if kind == "month":
        month = _month_of(m.group(1))
        return f"{_year_for_month(month, published, bool(future)):04d}-{month:02d}", None
    if kind == "season":
        season = m.group(1).lower()
        first = _SEASONS[season]
        word = m.group(0).split()[0].lower()
        year = published.year
        if word == "last" or (word != "next" and not future and first > published.month):
            year -= 1
        elif word == "next" or (future and first + 2 < published.month):
            year += 1
        return f"{season} {year}", None
    if kind == "relative":
        when, unit = m.group(1).lower(), m.group(2).lower()
        if unit == "week":
            start = published - timedelta(days=published.weekday())
            return (start.isoformat(), published.isoformat()) if when == "earlier" else (
                published.isoformat(), (start + timedelta(days=6)).isoformat())
        if unit == "month":
            if when in ("earlier", "early"):
                return _ym(published), published.isoformat()
            return _ym(published), None
        return str(published.year), None
    if kind == "this_last_next":
        which, unit = m.group(1).lower(), m.group(2).lower()
        step = {"this": 0, "last": -1, "next": 1}[which]
        if unit == "year":
            return str(published.year + step), None
        if unit == "month":
            month = published.month - 1 + step
            return f"{published.year + month // 12:04d}-{month % 12 + 1:02d}", None
        start = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        return start.isoformat(), (start + timedelta(days=6)).isoformat()
    if kind == "ago":
        amount = _NUMBERS.get(m.group(1).lower()) or int(m.group(1))
        unit = m.group(2).lower()
        if unit == "day":
            return (published - timedelta(days=amount)).isoformat(), None
        if unit == "week":
            start = published - timedelta(weeks=amount, days=published.weekday())
            return start.isoformat(), (start + timedelta(days=6)).isoformat()
        if unit == "month":
            month = published.month - 1 - amount
            return f"{published.year + month // 12:04d}-{month % 12 + 1:02d}", None
        return str(published.year - amount), None
    if kind == "word_day":
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group(1).lower()]
        return (published + timedelta(days=shift)).isoformat(), None
    if kind == "weekday":
        target = WEEKDAYS.index(m.group(1))
        word = m.group(0).split()[0].lower()
        delta = (target - published.weekday()) % 7
        if word == "next" or (future and word != "last" and delta):
            return (published + timedelta(days=delta or 7)).isoformat(), None
        back = (published.weekday() - target) % 7
        if word == "last" and back == 0:
            back = 7
        return (published - timedelta(days=back)).isoformat(), None
    if kind == "year":
        return m.group(1), None
    return None


def find_dates(text: str, start: int, end: int, published: date) -> list[FoundDate]:
    """The dates in text[start:end] (one sentence), earliest first, none overlapping."""
    sentence = text[start:end]
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            resolved = resolve(kind, m, published, _future(sentence, m.start(), m.end()))
            if resolved is None:
                continue
            taken.append((m.start(), m.end()))
            reported = m.group(0)
            found.append(FoundDate(start + m.start(), start + m.end(), reported, *resolved))
    return sorted(found, key=lambda d: d.start)


# with the speech verbs whose past does not end in -ed: 'told reporters on March 3' is past
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|wrote|spoke|gave|met|held|ago|last|earlier"
                   r"|since|\w+ed)\b", re.IGNORECASE)


def _future(sentence: str, start: int, end: int) -> bool | None:
    """The tense of the clause holding a date: True for what is to come ('Wednesday’s talks will
    be', 'the law takes effect April 1' is not past either), False for what was ('Lammy will go,
    in his first visit since taking office in July'), None when the verbs do not say."""
    cuts = [m.end() for m in re.finditer(r"[,;—–]", sentence[:start])]
    after = re.search(r"[,;—–]", sentence[end:])
    clause = sentence[cuts[-1] if cuts else 0:end + (after.start() if after else len(sentence))]
    if re.search(r"\b(?:since|ago|last)\b", clause):
        return False
    if _FUTURE.search(clause):
        return True
    return False if _PAST.search(clause) else None


_DATELINE = re.compile(r"^\s*([A-Z][A-Z .,’'-]{1,60}?)(?:,\s+[A-Z][\w .]{1,30}?)?\s*(?:\([^)]{1,30}\)\s*)?"
                       r"(?:—|–|--|-)\s+")


def dateline(text: str) -> tuple[str, int] | None:
    """'LONDON — ' at the head of the article: the place, and where the story itself begins."""
    m = _DATELINE.match(text)
    if not m or not re.search(r"[A-Z]{2}", m.group(1)):
        return None
    return m.group(0).split("—")[0].split("–")[0].split(" -")[0].strip(), m.end()
