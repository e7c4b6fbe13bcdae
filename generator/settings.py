"""Site settings the generator reads from mkdocs.yml: its name and address, and `extra.briefing`.

    extra:
      briefing:
        source_text: full            # or excerpts: source pages show only the quoted passages
        source_text_by_outlet:       # per outlet, for articles whose full text may not be republished
          Some Outlet: excerpts
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from .problems import Problem, problem

SourceText = Literal["full", "excerpts"]
SOURCE_TEXT_MODES: tuple[SourceText, ...] = ("full", "excerpts")


@dataclass(frozen=True)
class SiteSettings:
    site_name: str = "Briefing"
    site_url: str | None = None  # with a trailing slash, or None when the site has no address
    source_text: SourceText = "full"
    source_text_by_outlet: dict[str, SourceText] = field(default_factory=dict)

    def source_mode(self, outlet: str) -> SourceText:
        """'full' or 'excerpts' for an article of this outlet."""
        return self.source_text_by_outlet.get(outlet, self.source_text)

    def absolute(self, path: str) -> str | None:
        return self.site_url + path if self.site_url else None


class Positions(Protocol):
    """Where each value and key of the settings file sits (a yaml_source.Document)."""

    def where(self, loc: tuple) -> tuple[int, int]: ...

    def where_key(self, loc: tuple) -> tuple[int, int]: ...


class _Nowhere:
    def where(self, loc: tuple) -> tuple[int, int]:
        return 1, 1

    where_key = where


def from_config(data: dict[str, Any], config_name: str = "mkdocs.yml",
                at: Positions | None = None) -> tuple[SiteSettings, list[Problem]]:
    """Settings from a parsed mkdocs.yml, and what is wrong with them, each at its line."""
    at = at or _Nowhere()
    problems: list[Problem] = []

    def bad(loc: tuple, message: str, key: bool = False) -> None:
        line, col = at.where_key(loc) if key else at.where(loc)
        problems.append(problem(config_name, line, col, ".".join(map(str, loc)), message))

    site_url = data.get("site_url")
    if site_url is not None:
        site_url = str(site_url)
        if not site_url.startswith(("http://", "https://")):
            bad(("site_url",), f"'{site_url}' is not a web address: use http:// or https://")
            site_url = None
        elif not site_url.endswith("/"):
            site_url += "/"
    extra = data.get("extra") or {}
    options = extra.get("briefing") if isinstance(extra, dict) else None
    options = options if options is not None else {}
    here = ("extra", "briefing")
    if not isinstance(options, dict):
        bad(here, "must be a mapping of settings, like 'source_text: excerpts'")
        options = {}
    known = {"source_text", "source_text_by_outlet"}
    for key in sorted(set(options) - known):
        bad((*here, key), f"unknown setting; known: {', '.join(sorted(known))}", key=True)

    def mode(loc: tuple, value: Any) -> SourceText:
        for allowed in SOURCE_TEXT_MODES:
            if value == allowed:
                return allowed
        bad(loc, f"'{value}' is not allowed; use 'full' (the whole article) or 'excerpts' "
                 "(only the quoted passages, for articles that may not be republished)")
        return "excerpts"  # when in doubt, publish less

    source_text = mode((*here, "source_text"), options.get("source_text", "full"))
    by_outlet_raw = options.get("source_text_by_outlet") or {}
    by_outlet: dict[str, SourceText] = {}
    if not isinstance(by_outlet_raw, dict):
        bad((*here, "source_text_by_outlet"), "must map outlet names to 'full' or 'excerpts'")
    else:
        for outlet, value in by_outlet_raw.items():
            by_outlet[str(outlet)] = mode((*here, "source_text_by_outlet", outlet), value)
    settings = SiteSettings(site_name=str(data.get("site_name", "Briefing")), site_url=site_url,
                            source_text=source_text, source_text_by_outlet=by_outlet)
    return settings, problems
