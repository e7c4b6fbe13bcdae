"""An article's furniture around the story: a headline line, a byline, a credit line ('• Kyodo'),
a time stamp ('2023-05-10 20:18'), the dateline with the agency it may name ('MOSCOW, February 3.
/TASS/.', 'LONDON (Reuters) -', 'SEOUL, South Korea, Jan. 3 (UPI) --', 'MINSK (UrduPoint News /
Sputnik - 11th August, 2020)', 'WASHINGTON —'), so that none of it is taken for the story's first
sentence, and an outlet the article credits at its end ('BY: bbc.com')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# agencies as datelines name them, and the outlet each one is
AGENCIES = {
    "tass": "TASS", "reuters": "Reuters", "ap": "Associated Press", "afp": "Agence France-Presse",
    "xinhua": "Xinhua", "ria novosti": "RIA Novosti", "interfax": "Interfax", "upi": "UPI",
    "dpa": "dpa", "efe": "EFE", "ansa": "ANSA", "kyodo": "Kyodo News", "yonhap": "Yonhap",
    "anadolu": "Anadolu Agency", "pti": "Press Trust of India", "bernama": "Bernama",
    "voa": "Voice of America", "cnn": "CNN", "bloomberg": "Bloomberg", "sputnik": "Sputnik",
    "bbc": "BBC",
}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_PLACE = r"[A-Z][A-Z.’'-]+(?:[ -][A-Z][A-Z.’'-]+){0,3}"
# 'MOSCOW, February 3. /TASS/.'
_SLASHED = re.compile(rf"\s*({_PLACE}(?:,\s+{_MONTH}\s+\d{{1,2}})?)[.,]?\s*/([A-Za-z][\w -]{{1,30}})/\.?\s+")
# 'LONDON (Reuters) - ', 'KYIV, Ukraine (AP) — ', 'WASHINGTON — ', 'BEIRUT, Jan 3 (Reuters) -',
# 'SEOUL, South Korea, Jan. 3 (UPI) -- '
_DASHED = re.compile(rf"\s*({_PLACE}(?:,\s+[A-Z][\w .]{{1,30}}?){{0,2}})\s*"
                     r"(?:\(([^)]{1,30})\)\s*)?(?:—|–|--|-)\s+")
# 'MINSK (UrduPoint News / Sputnik - 11th August, 2020) ': the agencies and the date in brackets,
# no dash after them
_BRACKETED = re.compile(rf"\s*({_PLACE})\s+\(([^()\n]{{1,40}}?)\s+[-–—]\s+[^()\n]{{0,30}}?\d{{4}}\)\s+")
# a line that only credits an outlet: '• Kyodo', 'BY: bbc.com', 'Source: Reuters'
_CREDIT = re.compile(r"^(?:[•·]\s*|(?:BY|By|Source|SOURCE):\s*)([A-Za-z][\w.&-]*(?: [\w.&-]+){0,2})$")
# a line that only stamps a time: '2023-05-10 20:18', 'Tue 11th August 2020 | 02:20 AM'
_STAMP_WORDS = re.compile(rf"\b(?:{_MONTH}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|[AP]\.?M\.?|"
                          r"UTC|GMT)(?!\w)|(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
# 'LONDON: ' (Dawn, AFP's copy in many papers): a place of three letters or more, so that 'EU:'
# opening a headline or a sentence is no dateline
_COLON = re.compile(r"\s*([A-Z][A-Z.’'-]{2,}(?:[ -][A-Z][A-Z.’'-]+){0,3}):\s+")
_BYLINE = re.compile(r"^By\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
                     r"(?:(?:,\s*|\s+and\s+)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})*)"
                     r"(?:\s*[,|]\s*(.{1,40}))?\s*$")


# one sentence ending and another beginning; a full stop after a lone capital ('U.S. Sanctions',
# 'D.C.') ends an abbreviation, no sentence
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?]\s+[A-Z]")


@dataclass
class Furniture:
    headline: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    story_start: int = 0  # where the story's own first sentence begins
    # a press release's standfirst between the headline and the dated story: (start, end)
    deck: tuple[int, int] | None = None


def _line_at(text: str, position: int) -> tuple[int, int]:
    end = text.find("\n", position)
    return position, len(text) if end < 0 else end


def _headline(line: str) -> bool:
    """A line that reads as a headline: short, no full stop at its end, no quotation opening it,
    most of its words capitalized or a single short clause."""
    words = line.split()
    if not 2 <= len(words) <= 20 or len(line) > 160 or line[-1] in ".,;:”\"’" or line[0] in "“\"":
        return False
    return not _SENTENCE_BREAK.search(line)


def _dateline(text: str, position: int) -> re.Match[str] | None:
    m = _SLASHED.match(text, position) or _DASHED.match(text, position) or \
        _BRACKETED.match(text, position) or _COLON.match(text, position)
    return m if m and re.search(r"[A-Z]{2}", m.group(1)) else None


def _time_stamp(line: str) -> bool:
    """A line of a date and a time and nothing else: no sentence of the story."""
    return bool(re.search(r"\d{4}|\d:\d\d", line)) and re.fullmatch(
        r"[\d\s|:./,-]+", _STAMP_WORDS.sub(" ", line)) is not None


def _outlet(credited: str) -> str:
    """The outlet a credit or a dateline names: an agency by its name ('Kyodo' is Kyodo News),
    a site by its name ('bbc.com' is the BBC), else as written."""
    name = " ".join(credited.split())
    key = re.sub(r"\.(?:com|co\.uk|org|net)$", "", name.lower())
    return AGENCIES.get(key, name)


def read(text: str) -> Furniture:
    out = Furniture()
    position = len(text) - len(text.lstrip())
    lines_seen = 0
    while position < len(text) and lines_seen < 5:
        start, end = _line_at(text, position)
        line = text[start:end].strip()
        following = text[end:].strip()
        byline = _BYLINE.match(line)
        credit = _CREDIT.match(line)
        if credit and out.outlet is None:
            out.outlet = _outlet(credit.group(1))
        elif _time_stamp(line):
            pass
        elif byline:
            out.authors = [a.strip() for a in re.split(r",\s*|\s+and\s+", byline.group(1)) if a.strip()]
            if byline.group(2):
                outlet = AGENCIES.get(byline.group(2).strip().lower())
                out.outlet = out.outlet or outlet
        elif out.headline is None and not out.authors and following and _headline(line) \
                and not _DASHED.match(line) and not _SLASHED.match(line) and not _COLON.match(line):
            out.headline = line
        else:
            break
        lines_seen += 1
        position = end + len(text[end:]) - len(text[end:].lstrip())
    m = _dateline(text, position)
    if m is None and out.headline is not None:
        # a press release's standfirst between its headline and its dated story ('The BIS adds …
        # to the Entity List …' then 'WASHINGTON, D.C. – On Friday, …'): one paragraph of one
        # sentence, a summary of the story, which begins at the dateline after it
        start, end = _line_at(text, position)
        deck = text[start:end].strip()
        after = end + len(text[end:]) - len(text[end:].lstrip())
        # its full stop may be missing ('The Kremlin says Moscow concerned over …')
        later = _dateline(text, after) if len(deck) <= 400 and not \
            _SENTENCE_BREAK.search(deck[:-1]) else None
        if later is not None:
            m, position = later, after
            out.deck = (start + len(text[start:end]) - len(text[start:end].lstrip()),
                        start + len(text[start:end].rstrip()))
    if m:
        place = " ".join(m.group(1).split()).rstrip(",")
        # 'MOSCOW.' loses its full stop, 'WASHINGTON, D.C.' keeps the abbreviation's
        out.dateline = place[:-1] if place.endswith(".") and not re.search(r"\b[A-Z]\.$", place) \
            else place
        agency = m.group(2) if m.re is not _COLON else None
        if agency and m.re is _BRACKETED:
            # 'UrduPoint News / Sputnik': the agency whose story it is, of those it names
            names = [_outlet(a) for a in agency.split("/")]
            agency = next((a for a in reversed(names) if a in AGENCIES.values()), names[0])
        if agency:
            key = " ".join(agency.lower().split())
            out.outlet = AGENCIES.get(key, out.outlet or (agency.strip() if agency.isupper()
                                                           or agency.istitle() else None))
        position = m.end()
    out.story_start = position
    return out


_REPORTING = re.compile(r"\((?:Reporting|Additional reporting|Writing) by [^)]*\)")


def outlet_in(text: str) -> str | None:
    """An outlet the article names of itself: Reuters' '(Reporting by …; Editing by …)', or a
    credit on its last line ('BY: bbc.com')."""
    if _REPORTING.search(text):
        return "Reuters"
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    credit = _CREDIT.match(last)
    return _outlet(credit.group(1)) if credit else None
