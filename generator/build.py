"""Build stage: the only module that knows the site engine. Builds into a temporary folder and
swaps it in only on success, so a failed build leaves the last good site in place."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import settings as settings_module
from .settings import SiteSettings

ENGINES = ("mkdocs", "zensical")
SEARCHES = ("builtin", "pagefind")


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml may carry !!python/name and !ENV tags; we only read plain settings."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass(frozen=True)
class SiteConfig:
    config_file: Path
    docs_dir: Path
    site_dir: Path
    site_name: str
    settings: SiteSettings = field(default_factory=SiteSettings)
    problems: tuple[str, ...] = ()  # what is wrong with the generator's settings


def read_config(root: Path, config_file: str = "mkdocs.yml") -> SiteConfig:
    path = root / config_file
    data, problems = _load_config(path, config_file)
    settings, setting_problems = settings_module.from_config(data, config_file)
    problems += setting_problems
    return SiteConfig(
        config_file=path,
        docs_dir=root / str(data.get("docs_dir", "docs")),
        site_dir=root / str(data.get("site_dir", "site")),
        site_name=str(data.get("site_name", "Briefing")),
        settings=settings,
        problems=tuple(problems),
    )


def _load_config(path: Path, name: str) -> tuple[dict, list[str]]:
    """The settings in mkdocs.yml, or what is wrong with the file, said as `file:line:col`."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    except FileNotFoundError:
        return {}, [f"{name}:1:1: not found in {path.parent}: run briefing in the project folder, "
                    "or give --root"]
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [f"{name}:1:1: cannot be read ({exc}): save it as UTF-8 text"]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        return {}, [f"{name}:{where}: invalid YAML: {exc.problem or exc}"]
    except yaml.YAMLError as exc:
        return {}, [f"{name}:1:1: invalid YAML: {exc}"]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [f"{name}:1:1: expected settings (key: value lines), found "
                    f"{type(data).__name__}"]
    return data, []


@dataclass
class EngineResult:
    ok: bool
    output: str
    warnings: list[str]


def run_engine(config: SiteConfig, strict: bool, engine: str = "mkdocs",
               search: str = "builtin") -> EngineResult:
    """Build config.site_dir atomically with the given engine (mkdocs or zensical), searched by
    the theme's own index (builtin) or by a Pagefind index made after the build (pagefind)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}")
    if search not in SEARCHES:
        raise ValueError(f"unknown search {search!r}")
    site = config.site_dir
    root = config.config_file.parent
    tmp = site.parent / f".site-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")
    derived = None
    config_file = config.config_file
    if engine == "zensical" or search == "pagefind":
        # Zensical takes no output folder on its command line, and Pagefind replaces the theme's
        # search: both read a copy of mkdocs.yml with those settings changed, beside the original
        # so that its relative paths still hold.
        derived = root / f".briefing-{engine}-{os.getpid()}.yml"
        derived.write_text(derive_config(config.config_file.read_text(encoding="utf-8"),
                                         tmp.relative_to(root).as_posix(),
                                         pagefind=search == "pagefind"), encoding="utf-8")
        config_file = derived
    if engine == "mkdocs":
        cmd = [sys.executable, "-m", "mkdocs", "build", "--clean", "-f", str(config_file),
               "-d", str(tmp)]
        if strict:
            cmd.append("--strict")
    else:
        cmd = [sys.executable, "-m", "zensical", "build", "-f", str(config_file)]
        if strict:
            cmd.append("--strict")
    try:
        proc = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
    finally:
        if derived is not None:
            derived.unlink(missing_ok=True)
    output = (proc.stdout + proc.stderr).strip()
    warnings = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    ok = proc.returncode == 0 and (tmp / "index.html").is_file()
    if ok and search == "pagefind":
        index = subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", str(tmp), "--glob", PAGEFIND_GLOB,
             "--root-selector", "article", "--quiet"],
            cwd=root, env=env, capture_output=True, text=True)
        output = (output + "\n" + index.stdout + index.stderr).strip()
        ok = index.returncode == 0 and (tmp / "pagefind" / "pagefind.js").is_file()
    if not ok:
        shutil.rmtree(tmp, ignore_errors=True)
        return EngineResult(False, output, warnings)
    old = site.parent / f".site-old-{os.getpid()}"
    if site.exists():
        site.rename(old)
    tmp.rename(site)
    shutil.rmtree(old, ignore_errors=True)
    return EngineResult(True, output, warnings)


# Pages that the theme's search indexes too: briefings and actors, not registers or sources.
PAGEFIND_GLOB = "{briefings,actors}/*/index.html"
PAGEFIND_SCRIPT = "assets/pagefind-search.js"


def derive_config(text: str, site_dir: str, pagefind: bool) -> str:
    """mkdocs.yml with site_dir set and, for Pagefind, the theme's search plugin swapped for the
    script that loads Pagefind's interface.

    Only the top-level settings that change are rewritten; every other line is kept as written, so
    tags like !ENV or !!python/name in the rest of the file reach the engine untouched."""
    data = yaml.load(text, Loader=_TolerantLoader) or {}
    replace: dict[str, object] = {"site_dir": site_dir}
    if pagefind:
        plugins = data.get("plugins") or []
        if isinstance(plugins, dict):
            plugins = [{name: opts} if opts else name for name, opts in plugins.items()]
        replace["plugins"] = [p for p in plugins
                              if p != "search" and not (isinstance(p, dict) and "search" in p)]
        replace["extra_javascript"] = [*(data.get("extra_javascript") or []), PAGEFIND_SCRIPT]
    kept: list[str] = []
    skipping = False
    for line in text.splitlines():
        top = line[:1] not in ("", " ", "\t", "-", "#")
        if top:
            skipping = line.split(":", 1)[0].strip() in replace
        elif skipping and line[:1] == "#":
            skipping = False
        if not skipping:
            kept.append(line)
    return ("\n".join(kept).rstrip() + "\n\n"
            + yaml.safe_dump(replace, sort_keys=False, allow_unicode=True, default_flow_style=False))


def site_size(site: Path) -> tuple[int, int]:
    files = [p for p in site.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)
