"""`briefing draft` on the project's files: the seed read, the registry loaded, the draft and its
proposals checked against the model and written together, or nothing written and why."""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import BaseModel, TypeAdapter, ValidationError

from .. import files
from ..article.text import as_read
from ..content import yaml_source
from ..content.load import Project, Unread, load_actors, parse_file, read_seed
from ..content.model import Actor, ActorRegistry, Briefing, PageId
from ..verify import seed_names
from . import ids
from .analysis import Analysis, analyse
from .fields import model_says
from .yaml_out import proposals_name, proposals_yaml, to_yaml

_PAGE_ID = TypeAdapter(PageId)

class DraftError(Exception):
    """A clear reason why no draft was written, with the exit status to use."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.message = message
        self.status = status



@dataclass
class Written:
    path: Path
    analysis: Analysis
    replaced: bool
    proposals: Path | None = None  # the registry file of proposed actors, if any


def _existing_summary(project: Project, seed: str) -> tuple[Path, bool] | None:
    """The summary of a seed, and whether it reads: one that does not may be the seed's, and a
    draft beside it would be a second summary of the article once it is fixed; one that reads is
    the summary, before any broken copy of it. Only a file that holds the seed's name can name
    it, so the others are not parsed and a draft costs the same in an archive of ten briefings
    or ten thousand."""
    folder = project.briefings_dir
    if not folder.is_dir():
        return None
    named = seed.encode("utf-8")
    unread: Path | None = None
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".yaml", ".yml") or not path.is_file():
            continue
        try:
            raw = path.read_bytes()
        except OSError:
            unread = unread or path
            continue
        if named not in raw:
            continue
        try:
            data = yaml_source.parse(raw).data
        except yaml_source.YamlError:
            unread = unread or path
            continue
        source = data.get("source") if isinstance(data, dict) else None
        if isinstance(source, dict) and source.get("seed") == seed:
            return path, True
    return None if unread is None else (unread, False)




def draft(project: Project, article: Path, published: date, force: bool = False,
          briefing_id: str | None = None, outlet: str | None = None) -> Written:
    """Write content/briefings/<id>.yaml for an article in seeds/; DraftError says why not.
    A relative path is the project's ('seeds/x.txt' with --root elsewhere), else the current
    folder's ('p/seeds/x.txt')."""
    seeds = project.seeds.resolve()
    in_project = project.root / article
    if not article.is_absolute() and (in_project.exists() or in_project.is_symlink()):
        article = in_project
    try:
        resolved = article.resolve(strict=True)
    except (OSError, RuntimeError):
        where = "" if article.is_absolute() else f" (in the current folder or in {project.root})"
        raise DraftError(f"{article}: no such file{where}", 2) from None
    if resolved.parent != seeds:
        raise DraftError(f"{article}: the article must be a file directly inside {project.rel(seeds)}/: "
                         "copy it there first, so that the summary can name it", 2)
    misnamed = seed_names.misnamed(project.seeds, resolved.name)
    if misnamed is not None:  # as `check` reports it: the summary could not name the seed
        raise DraftError(str(misnamed))
    text, raw, why = read_seed(project, resolved.name)
    if text is None or raw is None:
        raise DraftError(f"seeds/{resolved.name}: {why}: save the article as UTF-8 text and try again")
    if not as_read(text).strip():  # a byte-order mark alone is no article
        raise DraftError(f"seeds/{resolved.name}: the article is empty: nothing to draft")
    if briefing_id is not None:
        try:  # the model's rule for the id of a page: the draft's file is named by it
            _PAGE_ID.validate_python(briefing_id)
        except ValidationError as exc:
            why = "; ".join(model_says(e, "an id") for e in exc.errors())
            shown = why if why.startswith(repr(briefing_id)) else f"{briefing_id!r}: {why}"
            raise DraftError(f"--id {shown}", 2) from None
    existing = _existing_summary(project, resolved.name)
    chosen = briefing_id or (existing[0].stem if existing else None)
    registry = _registry(project, chosen)
    analysis = analyse(text, registry, published, outlet)
    if chosen is None:
        chosen = ids.briefing_id(published, analysis.headline or analysis.lead, resolved.name)
        if (project.actors_dir / proposals_name(chosen)).exists():
            # proposals of an earlier draft of this very briefing are not the registry's
            registry = _registry(project, chosen)
            analysis = analyse(text, registry, published, outlet)
    briefing_id = chosen
    target = project.briefings_dir / f"{briefing_id}.yaml"
    if not force:
        if existing is not None and existing[1]:
            raise DraftError(f"{project.rel(existing[0])} already summarizes seeds/{resolved.name}: pass "
                             "--force to write a draft all the same (without --id it replaces that file)")
        if existing is not None:
            raise DraftError(f"{project.rel(existing[0])} does not load and may be the summary of "
                             f"seeds/{resolved.name}: fix what 'briefing check' "
                             "reports in it, rather than write a second summary of the article; "
                             "or pass --force to write a draft all the same (without --id it "
                             "replaces that file)")
        if target.exists():
            raise DraftError(f"{project.rel(target)} already exists: pass --force to replace it with a "
                             "draft, or --id to write another file")
    body = to_yaml(analysis, briefing_id, resolved.name, hashlib.sha256(raw).hexdigest())
    proposals = project.actors_dir / proposals_name(briefing_id)
    for folder in (project.briefings_dir, project.actors_dir):
        folder.mkdir(parents=True, exist_ok=True)
        if not files.inside(folder, project.root):
            raise DraftError(f"{project.rel(folder)} leads outside the project: nothing written")
    replaced = target.exists() or target.is_symlink()
    staged: list[tuple[Path, str, type[BaseModel]]] = [(target, body, Briefing)]
    if analysis.proposed:
        staged.append((proposals, proposals_yaml(analysis, briefing_id, resolved.name),
                       ActorRegistry))
    with contextlib.ExitStack() as stack:
        for path, data, model in staged:
            temporary = stack.enter_context(files.staged(path, data.encode("utf-8")))
            parsed, _, problems = parse_file(temporary, project.rel(path), model)
            if parsed is None:
                raise DraftError("the draft did not pass the model (a bug in `briefing draft`); "
                                 "nothing written:\n" + "\n".join(str(p) for p in problems))
    if not analysis.proposed and (proposals.is_file() and not proposals.is_symlink()):
        proposals.unlink()  # an earlier draft's proposals, which this one no longer refers to
    return Written(target, analysis, replaced, proposals if analysis.proposed else None)


def _registry(project: Project, briefing_id: str | None) -> list[Actor]:
    """The registry, without the proposals of an earlier draft of the same briefing: a new draft
    proposes them again, from the article; DraftError when any other file of it does not load.
    The summaries are not read: a draft costs the same in an archive of ten briefings or ten
    thousand."""
    own = project.rel(project.actors_dir / proposals_name(briefing_id)) if briefing_id else None
    unread: list[Unread] = []
    actors = load_actors(project, [], unread=unread)
    for file in unread:
        if file.path != own:
            # read against the rest, the article's names of its actors are new ones: a second
            # record of each, and a look-alike, once the file is fixed
            raise DraftError(f"{file.path.as_posix()} does not load, and the draft would propose "
                             "again the actors it may hold: fix what 'briefing check' reports in it "
                             "first; nothing written")
    return [located.value for located in actors if located.path != own]
