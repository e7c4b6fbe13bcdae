"""`briefing restamp`: record the SHA-256 of a summary's changed seed, once the summary is reviewed
against the new text. Refused while any problem other than the stale hash remains."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import files
from .content import load as load_stage
from .content import yaml_source
from .content.model import Briefing
from .problems import Problem, problem
from .verify import verify


@dataclass
class Restamped:
    rel: Path
    old: str = ""  # the recorded hash
    new: str = ""  # the seed's hash now; empty when refused
    problems: list[Problem] = field(default_factory=list)  # why it was refused

    @property
    def changed(self) -> bool:
        return bool(self.new) and self.new != self.old


def restamp(project: load_stage.Project, path: Path) -> Restamped:
    rel = project.rel(path)
    if path.is_symlink() or not files.inside(path, project.briefings_dir):
        return Restamped(rel, problems=[problem(
            rel, 1, 1, "", "not a summary in content/briefings/ of this project: restamp edits "
            "those only")])
    briefing, doc, found = load_stage.parse_file(path, rel, Briefing)
    if briefing is None:
        return Restamped(rel, problems=found)
    # the whole project, so that answers to other briefings' questions resolve
    content = load_stage.load(project)
    content.briefings = [b for b in content.briefings if b.path != rel]
    content.briefings.append(load_stage.Located(briefing, rel, doc))
    problems = [p for p in verify(project, content).problems
                if p.severity == "error" and p.field != "source.sha256" and p.path == str(rel)]
    if problems:
        return Restamped(rel, briefing.source.sha256, problems=problems)
    _, raw, _ = load_stage.read_seed(project, briefing.source.seed)
    digest = hashlib.sha256(raw or b"").hexdigest()
    if digest != briefing.source.sha256:
        line, col = doc.where(("source", "sha256"))
        # bytes in, bytes out: read_text would turn CRLF into LF and rewrite every line
        text = yaml_source.Editable.of(path.read_bytes())
        at = text.offset(line, col)
        text.text = text.text[:at] + re.sub(r"[0-9a-fA-F]{64}", digest, text.text[at:], count=1)
        files.write_atomic(path, text.bytes())
    return Restamped(rel, briefing.source.sha256, digest)
