"""Every real article the project holds, drafted and published as an analyst would, through every
command: no traceback, no "bug in `briefing draft`", and no warning but the expected ones.

The articles are found, not listed: every `.txt` in `tests/draft_real/`,
`tests/draft_real_other/`, `tests/draft_outlets/`, `tests/draft_held/` and `tests/draft_held2/`
(dated by their `labels.yaml`) and in each fixture project's `seeds/` (dated by the summary beside it), so
an article added there is covered from then on. Each is drafted twice, into two projects of all the
articles with the repository's `mkdocs.yml` and `site_templates/`:

- one whose registry starts empty, as a new team's does: each draft proposes the people,
  organizations and states the registry lacks, and the next draft reads those proposals as the
  registry, so the project's actors are all written by `draft`;
- one with the shipped registry (`tests/fixtures/project/content/actors`, a copy of the
  repository's `content/actors/`), where drafts meet actors written by hand.

Two projects, not one holding both: two summaries of one seed are a mistake in a project, and a
second copy of each article under another name would only test the copying. The first project
takes the ids `draft` chooses, the second gives `--id`; both give `--outlet` from the labels.

Then the proposals are accepted as the README's "Drafting a summary" says, by deleting the
`# REVIEW` mark on each proposal's `id` line, and each draft whose every quote has a speaker or a
described source is set `status: reviewed`, its attributions taken as the rules found them (the
speaker check still holds them to the article), so that reviewed real content reaches every page,
the feed among them. A draft with a quote left unattributed stays a draft: naming its speaker is
judgment no rule can stand in for. The actor the summaries name most and the first briefing are
renamed (`briefing rename`), and `check`, `build` (the real MkDocs) and `check --strict` then run
on each project; `check --strict` refuses each remaining draft, once, for being one, and
nothing else.
"""

from __future__ import annotations

import re
import shutil
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.article.names import slugify
from generator.cli import main
from generator.content import yaml_source

from .conftest import CODE_PARTS, ROOT

pytestmark = pytest.mark.slow

DRAFT_REAL = tuple(ROOT / "tests" / name for name in ("draft_real", "draft_real_other",
                                                      "draft_outlets", "draft_held",
                                                      "draft_held2"))
FIXTURES = ROOT / "tests" / "fixtures"
SHIPPED_ACTORS = FIXTURES / "project" / "content" / "actors"

# The only warnings (errors under --strict) a fresh draft of a real article may give, with why.
# Anything else reported about a draft is a bug in `draft` or in the check that reports it.
EXPECTED = {
    # A draft stays marked `status: draft` until someone has reviewed it: `check` says so for
    # each one and `check --strict` refuses to publish it. Here a draft stays one while a quote
    # of it has no speaker: attributing it is the analyst's judgment.
    "unreviewed draft": re.compile(
        r"content/briefings/[^/:]+\.yaml:\d+:\d+: (?:warning: )?status: this briefing is an "
        r"unreviewed draft: review it and set 'status: reviewed' \(--strict publishes reviewed "
        r"briefings only\)"),
    # A speaker the article's words do not settle (a pronoun among several people, a quote
    # carried on, a phrase quoted with no attribution, a described source not described so at
    # the quote): the drafting rules propose a speaker there that no rule can confirm, so
    # `check` and `build` note it and `check --strict` warns of it, without failing, until an
    # analyst checks it against the article and records 'speaker_checked', or fixes it.
    "unsettled speaker": re.compile(
        r"content/briefings/[^/:]+\.yaml:\d+:\d+: (?:note|warning): quotes\[\d+\]\."
        r"(?:speaker|source): the article's words do not say who said these words \(why: .+\): "
        r"check the speaker against the article and record it with 'speaker_checked: <why>', or "
        r"fix it"),
    # A draft whose speaker the drafting rules misread and the check reads right: drafting,
    # without the name in its registry, does not take 'For example, Ban Ki-moon, secretary
    # general of the United Nations' for a name, and gives the next sentence's 'He said that he
    # “…”' to Mugabe; the check reads the registry's name there, the one person of the sentence
    # before, and refuses the draft's speaker until an analyst fixes it.
    "draft misreads a pronoun": re.compile(
        r"content/briefings/[^/:]*mugabe[^/:]*\.yaml:\d+:\d+: (?:warning: )?quotes\[\d+\]\."
        r"speaker: the article gives these words to 'Ban Ki-moon' \(line \d+: 'He said that he "
        r"\"strongly supports the statement of the …\"'\), not to 'robert-mugabe': fix the speaker"),
    # The same on Wikinews' Warhol article: 'For Kevin Allton, a USI instructor in English,
    # Warhol was also a legend. He said, “…”' — drafting gives 'He' to the last person named,
    # Warhol; the check reads the person the sentence is for, Allton, the speaker the labels give.
    "draft misreads 'He said' after 'For X, Y was'": re.compile(
        r"content/briefings/[^/:]*(?:warhol|evansville)[^/:]*\.yaml:\d+:\d+: (?:warning: )?"
        r"quotes\[\d+\]\.speaker: the article gives these words to 'Kevin Allton' \(line \d+: "
        r"'He said, \"Andy Warhol was the center of …\"'\), not to 'andy-warhol': fix the speaker"),
    # More than 100 briefings: `build --search auto` makes a Pagefind index, and says so where
    # Pagefind is not installed (CI installs it; the Pages workflow's test job does not).
    "no Pagefind": re.compile(
        r"note: \d+ briefings, more than \d+: readers would get results sooner from a chunked "
        r"index; pip install '\.\[pagefind\]' and build again \(--search builtin keeps the "
        r"one-file index and this note away\)"),
}
# What each command prints besides problems: its summary line, and `draft`'s notes.
DRAFT_SAYS = re.compile(r"draft: (?:wrote content/briefings/[a-z0-9-]+\.yaml: .*; set 'status: "
                        r"reviewed' once reviewed|(?:no quotations found in the article|no "
                        r"quotation could be drafted): the draft has no quotes|left out a "
                        r"quotation, kept as a REVIEW comment under quotes: “.*”: .+)")
TAKEN = re.compile(r"draft: content/briefings/[a-z0-9-]+\.yaml already exists: pass --force to "
                   r"replace it with a draft, or --id to write another file")
SUMMARY = {
    "check": re.compile(r"check: \d+ briefings?, \d+ actors?, \d+ quotes? verified against their "
                        r"articles; \d+ warnings? \(.*\)"),
    "build": re.compile(r"build: \d+ briefings? .* site/ \d+ files, .*"),
}
SUMMARY["check --strict"] = re.compile(rf"{SUMMARY['check'].pattern}|check: \d+ errors?, \d+ warnings? "
                                       r"in \d+ files?")


@dataclass(frozen=True)
class Article:
    path: Path
    published: str
    outlet: str | None


def _articles() -> list[Article]:
    """Every real article the project holds, with its publication date and outlet."""
    found: list[Article] = []
    for labelled in DRAFT_REAL:
        labels = yaml_source.parse((labelled / "labels.yaml").read_bytes()).data["articles"]
        by_name = {entry["article"]: entry for entry in labels}
        for path in sorted(labelled.glob("*.txt")):
            entry = by_name.get(path.name)
            assert entry is not None, f"{path.name}: label it in {labelled / 'labels.yaml'}"
            found.append(Article(path, str(entry["published"]), entry.get("outlet")))
    for seeds in sorted(FIXTURES.glob("*/seeds")):
        sources = {}
        for summary in sorted((seeds.parent / "content" / "briefings").glob("*.yaml")):
            source = yaml_source.parse(summary.read_bytes()).data["source"]
            sources[source["seed"]] = source
        for path in sorted(seeds.glob("*.txt")):
            source = sources.get(path.name)
            assert source is not None, f"{path}: no summary beside it gives its publication date"
            found.append(Article(path, str(source["published"]), source.get("outlet")))
    names = [a.path.name for a in found]
    assert len(names) == len(set(names)), "two real articles share a file name"
    return found


def _run(root: Path, *args: str) -> Result:
    command, *rest = args
    return CliRunner().invoke(main, [command, "--root", str(root), *rest])


def _sound(result: Result, what: str) -> str:
    """The command's output, once it is known to have ended without a traceback or a bug."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        trace = "".join(traceback.format_exception(result.exception))
        pytest.fail(f"{what}: a traceback\n{result.output}\n{trace}")
    assert "Traceback" not in result.output, f"{what}:\n{result.output}"
    assert "bug in `briefing draft`" not in result.output, f"{what}:\n{result.output}"
    return result.output


def _project(root: Path, actors: Path | None) -> Path:
    root.mkdir(parents=True)
    for part in CODE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, root / part)
        else:
            shutil.copy2(source, root / part)
    (root / "seeds").mkdir()
    (root / "content" / "briefings").mkdir(parents=True)
    if actors is None:
        (root / "content" / "actors").mkdir()
    else:
        shutil.copytree(actors, root / "content" / "actors")
    return root


def _accept_proposals(root: Path) -> int:
    """Delete the REVIEW mark on each proposal's id line, as the README says to accept it."""
    accepted = 0
    for path in sorted((root / "content" / "actors").glob("draft-*.yaml")):
        text = path.read_text(encoding="utf-8")
        # a mark may say more to check first (a body named without its state): accepted as is
        kept, n = re.subn(r"^(  - id: [a-z0-9-]+)  # REVIEW: proposed from the article(?:; .+)?$",
                          r"\1", text, flags=re.MULTILINE)
        assert n, f"{path.name}: a proposals file with no proposal marked for review"
        assert "REVIEW" not in re.sub(r"^#.*$", "", kept, flags=re.MULTILINE), path.name
        path.write_text(kept, encoding="utf-8")
        accepted += n
    return accepted


def _review(root: Path) -> int:
    """Set `status: reviewed` on each draft whose every quote has a speaker or a source; the
    number of drafts left."""
    left = 0
    for path in sorted((root / "content" / "briefings").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        quotes = yaml_source.parse(text.encode("utf-8")).data["quotes"] or []
        if all(q.get("speaker") or q.get("source") for q in quotes):
            reviewed, n = re.subn(r"^status: draft$", "status: reviewed", text, flags=re.MULTILINE)
            assert n == 1, path.name
            path.write_text(reviewed, encoding="utf-8")
        else:
            left += 1
    return left


def _rename_the_most_named(root: Path) -> list[str]:
    """`briefing rename` of the actor the summaries name most, and of the first briefing, as one
    tidying an archive would: the content must check as before, with redirects for the old ids."""
    named: dict[str, int] = {}
    briefings = sorted((root / "content" / "briefings").glob("*.yaml"))
    for path in briefings:
        for actor in re.findall(r"^\s+(?:- actor|speaker): ([a-z0-9-]+)", path.read_text(encoding="utf-8"),
                                flags=re.MULTILINE):
            named[actor] = named.get(actor, 0) + 1
    actor = max(sorted(named), key=named.__getitem__)
    outputs = []
    for kind, old in (("--actor", actor), ("--briefing", briefings[0].stem)):
        result = _run(root, "rename", old, f"{old}-renamed", kind)
        output = _sound(result, f"rename {old}")
        lines = [line for line in output.splitlines() if line.strip()]
        assert result.exit_code == 0 and lines and lines[-1].startswith(
            f"rename: {kind[2:]} '{old}' → '{old}-renamed': "), output[-3000:]
        # besides its summary, rename lists the free text that holds the old id, as notes
        assert all(": note: " in line for line in lines[:-1]), output[-3000:]
        outputs.append(old)
    return outputs


def _unexpected(output: str, command: str) -> list[str]:
    lines = [line for line in output.splitlines() if line.strip()]
    unexpected = [line for line in lines[:-1] if not any(p.fullmatch(line) for p in EXPECTED.values())]
    if not (lines and SUMMARY[command].fullmatch(lines[-1])):
        unexpected += lines[-1:]
    return unexpected


@pytest.mark.parametrize("registry", ["empty", "shipped"])
def test_every_real_article_drafts_checks_and_builds(registry: str, tmp_path: Path):
    articles = _articles()
    assert len(articles) >= 240, "the real articles were not all found"
    root = _project(tmp_path / "project", None if registry == "empty" else SHIPPED_ACTORS)
    started = time.monotonic()
    for article in articles:
        seed = root / "seeds" / article.path.name
        shutil.copy2(article.path, seed)
        args = ["draft", str(seed), "--published", article.published]
        if article.outlet:
            args += ["--outlet", article.outlet]
        if registry == "shipped":
            args += ["--id", f"{article.published}-{slugify(article.path.stem)}"]
        result = _run(root, *args)
        output = _sound(result, f"draft {article.path.name}")
        if TAKEN.search(output) and "--id" not in args:
            # two articles whose ids, made from the date and the headline, are the same: the
            # advice is to give --id, and following it must work
            result = _run(root, *args, "--id", f"{article.published}-{slugify(article.path.stem)}")
            output = _sound(result, f"draft {article.path.name} --id")
        assert result.exit_code == 0, f"draft {article.path.name}:\n{output}"
        stray = [line for line in output.splitlines() if line and not DRAFT_SAYS.fullmatch(line)]
        assert not stray, f"draft {article.path.name}:\n{output}"
    drafted = time.monotonic() - started
    assert _accept_proposals(root) > 0
    assert len(list((root / "content" / "briefings").glob("*.yaml"))) == len(articles)
    drafts = _review(root)
    assert drafts < len(articles) / 2, "most drafts attribute every quote they hold"
    renamed = _rename_the_most_named(root)

    for command, status in (("check", 0), ("build", 0), ("check --strict", int(drafts > 0))):
        result = _run(root, *command.split())
        output = _sound(result, command)
        unexpected = _unexpected(output, command)
        assert not unexpected, f"{command}: {len(unexpected)} unexpected problems:\n" + "\n".join(
            unexpected[:40])
        assert result.exit_code == status, f"{command} exited {result.exit_code}:\n{output[-4000:]}"
        # each draft is reported once for being a draft: nothing else, and none left out
        assert output.count("this briefing is an unreviewed draft") == drafts, command
    assert (root / "site" / "index.html").is_file()
    for old in renamed:  # the old address leads to the new one
        assert list((root / "site").glob(f"*/{old}/index.html")), old
    print(f"{registry} registry: {len(articles)} drafts ({drafts} left drafts) in {drafted:.1f} s, "
          f"then check, build and check --strict: {time.monotonic() - started:.1f} s")
