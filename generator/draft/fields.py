"""Article words fitted to the model's plain-text fields: shortened, and left out where the model
would refuse them, so that a draft always loads."""

from __future__ import annotations

from pydantic import TypeAdapter
from pydantic_core import ErrorDetails

from ..article.names import name_text
from ..content import safe_text
from ..content.model import InlineMd, PlainText

# the longest text the model takes in each kind of field
PLAIN_LIMIT = TypeAdapter(PlainText).json_schema()["maxLength"]
_MD_LIMIT = TypeAdapter(InlineMd).json_schema()["maxLength"]
TITLE_SHOWN = 100  # a headline's length: the model takes twice that, for a title written anew


def plain(text: str | None, limit: int = PLAIN_LIMIT) -> str | None:
    """Article words for a plain-text field, with no angle brackets or character references and
    shortened to fit; None when no plain text can stand for them (a word mixing alphabets,
    nothing that prints), and the field is left out."""
    if text is None:
        return None
    value = shorten(text, limit)
    if safe_text.plain_text_problem(value):  # the article's own words wherever they will do
        value = shorten(value.replace("<", "‹").replace(">", "›").replace("&", "and"), limit)
    return verbatim(value)


def verbatim(text: str) -> str | None:
    """Article words for a plain-text field that must be found in the article as they are (a
    mention, a source's description), or None when the model would refuse them."""
    value = name_text(text)
    if len(value) > PLAIN_LIMIT or safe_text.plain_text_problem(value):
        return None
    return value




def model_says(error: ErrorDetails, what: str, advice: str = "") -> str:
    """The model's reason, in the words `check` would use."""
    limit = (error.get("ctx") or {}).get("max_length")
    if error["type"] in ("too_long", "string_too_long") and isinstance(limit, int):
        return f"longer than the {limit:,} characters {what} may hold{advice}"
    return error["msg"].removeprefix("Value error, ")




def shorten(text: str, limit: int) -> str:
    text = name_text(text)
    if len(text) <= limit:
        return text
    # never an escape cut in two: a backslash left at the end would escape the ellipsis
    cut = text[:limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—– \\") + "…"

