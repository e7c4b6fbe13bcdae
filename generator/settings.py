"""Site settings the generator reads from mkdocs.yml: its name and address, and `extra.briefing`.

    extra:
      briefing:
        source_text: full            # or excerpts: source pages show only the quoted passages
        source_text_by_outlet:       # per outlet, for articles whose full text may not be republished
          Some Outlet: excerpts
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SOURCE_TEXT_MODES = ("full", "excerpts")


@dataclass(frozen=True)
class SiteSettings:
    site_name: str = "Briefing"
    site_url: str | None = None  # with a trailing slash, or None when the site has no address
    source_text: str = "full"
    source_text_by_outlet: dict[str, str] = field(default_factory=dict)

    def source_mode(self, outlet: str) -> str:
        """'full' or 'excerpts' for an article of this outlet."""
        return self.source_text_by_outlet.get(outlet, self.source_text)

    def absolute(self, path: str) -> str | None:
        return self.site_url + path if self.site_url else None


def from_config(data: dict[str, Any], config_name: str = "mkdocs.yml"
                ) -> tuple[SiteSettings, list[str]]:
    """Settings from a parsed mkdocs.yml, and what is wrong with them (`file: key: message`)."""
    problems: list[str] = []

    def bad(key: str, message: str) -> None:
        problems.append(f"{config_name}: {key}: {message}")

    site_url = data.get("site_url")
    if site_url is not None:
        site_url = str(site_url)
        if not site_url.startswith(("http://", "https://")):
            bad("site_url", f"'{site_url}' is not a web address: use http:// or https://")
            site_url = None
        elif not site_url.endswith("/"):
            site_url += "/"
    extra = data.get("extra") or {}
    options = extra.get("briefing") if isinstance(extra, dict) else None
    options = options if options is not None else {}
    if not isinstance(options, dict):
        bad("extra.briefing", "must be a mapping of settings, like 'source_text: excerpts'")
        options = {}
    known = {"source_text", "source_text_by_outlet"}
    for key in sorted(set(options) - known):
        bad(f"extra.briefing.{key}", f"unknown setting; known: {', '.join(sorted(known))}")

    def mode(key: str, value: Any) -> str:
        if value in SOURCE_TEXT_MODES:
            return str(value)
        bad(key, f"'{value}' is not allowed; use 'full' (the whole article) or 'excerpts' "
                 "(only the quoted passages, for articles that may not be republished)")
        return "excerpts"  # when in doubt, publish less

    source_text = mode("extra.briefing.source_text", options.get("source_text", "full"))
    by_outlet_raw = options.get("source_text_by_outlet") or {}
    by_outlet: dict[str, str] = {}
    if not isinstance(by_outlet_raw, dict):
        bad("extra.briefing.source_text_by_outlet",
            "must map outlet names to 'full' or 'excerpts'")
    else:
        for outlet, value in by_outlet_raw.items():
            by_outlet[str(outlet)] = mode(f"extra.briefing.source_text_by_outlet.{outlet}", value)
    settings = SiteSettings(site_name=str(data.get("site_name", "Briefing")), site_url=site_url,
                            source_text=source_text, source_text_by_outlet=by_outlet)
    return settings, problems
