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

ENGINES = ("mkdocs",)


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
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    settings, problems = settings_module.from_config(data, config_file)
    return SiteConfig(
        config_file=path,
        docs_dir=root / str(data.get("docs_dir", "docs")),
        site_dir=root / str(data.get("site_dir", "site")),
        site_name=str(data.get("site_name", "Briefing")),
        settings=settings,
        problems=tuple(problems),
    )


@dataclass
class EngineResult:
    ok: bool
    output: str
    warnings: list[str]


def run_engine(config: SiteConfig, strict: bool, engine: str = "mkdocs") -> EngineResult:
    """Build config.site_dir atomically with the given engine."""
    site = config.site_dir
    tmp = site.parent / f".site-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")
    if engine != "mkdocs":
        raise ValueError(f"unknown engine {engine!r}")
    cmd = [sys.executable, "-m", "mkdocs", "build", "--clean", "-f", str(config.config_file),
           "-d", str(tmp)]
    if strict:
        cmd.append("--strict")
    proc = subprocess.run(cmd, cwd=config.config_file.parent, env=env, capture_output=True,
                          text=True)
    output = (proc.stdout + proc.stderr).strip()
    warnings = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    if proc.returncode != 0 or not (tmp / "index.html").is_file():
        shutil.rmtree(tmp, ignore_errors=True)
        return EngineResult(False, output, warnings)
    old = site.parent / f".site-old-{os.getpid()}"
    if site.exists():
        site.rename(old)
    tmp.rename(site)
    shutil.rmtree(old, ignore_errors=True)
    return EngineResult(True, output, warnings)


def site_size(site: Path) -> tuple[int, int]:
    files = [p for p in site.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)
