"""What a build leaves behind: seeds awaiting a summary on their own page, the last good site after
a failed build, no pages for removed content, and nothing touched that the generator did not write.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import BRIEFING_YAML, run
from .content_edits import SEED, briefing, build_project, copy_built, outputs, reported, snapshot

B = BRIEFING_YAML
CONTEXT = "    context: Speaking in London after meetings with British officials."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("outputs") / "project")


def test_a_seed_without_summary_warns_fails_strict_and_is_listed(built: Path, tmp_path: Path):
    root = copy_built(built, tmp_path / "project")
    (root / "seeds/002_ceasefire-talks.txt").write_text("Talks resumed on Monday.\n",
                                                        encoding="utf-8")
    where = "seeds/002_ceasefire-talks.txt:1:1:"
    result = run(root, "check")
    assert result.exit_code == 0, result.output
    assert reported(result, where, "warning: seed has no summary yet",
                    "briefing draft seeds/002_ceasefire-talks.txt --published")
    assert result.output.splitlines()[-1].startswith("check: 1 briefing, 27 actors, 13 quotes "
                                                     "verified against their articles; 1 warning")
    strict = run(root, "check", "--strict")
    assert strict.exit_code == 1
    assert reported(strict, where, "seed has no summary yet")
    assert not reported(strict, where, "warning:")
    assert run(root, "build", "--strict").exit_code == 1
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    page = (root / "site/awaiting/index.html").read_text(encoding="utf-8")
    assert "<h1" in page and "Awaiting summary" in page
    assert "<code>002_ceasefire-talks.txt</code>" in page


def test_the_awaiting_page_says_when_nothing_awaits(built: Path):
    page = (built / "site/awaiting/index.html").read_text(encoding="utf-8")
    assert "Every article has a summary." in page


def test_a_failed_site_build_leaves_the_last_good_site(built: Path, tmp_path: Path):
    root = copy_built(built, tmp_path / "project")
    before = snapshot(root / "site")
    # a relative link to a briefing is allowed in free text; to a place on it that does not
    # exist, MkDocs refuses it (mkdocs.yml: strict)
    path = briefing(root)
    text = path.read_text(encoding="utf-8")
    assert CONTEXT in text
    path.write_text(text.replace(CONTEXT, "    context: See [the notes]"
                                          f"({path.stem}.md#no-such-place)."), encoding="utf-8")
    result = run(root, "build")
    assert result.exit_code == 1
    assert "no-such-place" in result.output
    assert "build: the site engine failed (see above); site/ left as it was" in result.output
    assert "Traceback" not in result.output
    assert snapshot(root / "site") == before
    assert not list(root.glob(".site-*")), "the temporary site folder was left behind"


def test_removed_briefing_and_actor_pages_disappear(built: Path, tmp_path: Path):
    root = copy_built(built, tmp_path / "project")
    second = root / "content/briefings/2024-09-11-second.yaml"
    seed = root / "seeds/001_second.txt"  # an article has one summary: the second its own copy
    seed.write_bytes((root / SEED).read_bytes())
    # the second briefing names a new actor, which gets a page only while a briefing names it
    second.write_text(briefing(root).read_text(encoding="utf-8").replace(
        "id: 2024-09-10-iran-missiles-to-russia", "id: 2024-09-11-second", 1).replace(
        "\nactors:\n", "\nactors:\n  - actor: vanuatu\n", 1).replace(
        "seed: 000_71c8a87dcccb59d2.txt", "seed: 001_second.txt", 1), encoding="utf-8")
    states = root / "content/actors/states.yaml"
    registry = states.read_text(encoding="utf-8")
    states.write_text(registry + "  - id: vanuatu\n    name: Vanuatu\n    kind: state\n",
                      encoding="utf-8")
    assert run(root, "build").exit_code == 0
    pages = ["docs/briefings/2024-09-11-second.md", "docs/sources/2024-09-11-second.md",
             "docs/actors/vanuatu.md", "site/briefings/2024-09-11-second/index.html",
             "site/sources/2024-09-11-second/index.html", "site/actors/vanuatu/index.html"]
    for page in pages:
        assert (root / page).is_file(), page

    second.unlink()
    seed.unlink()
    states.write_text(registry, encoding="utf-8")
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    assert "3 removed" in result.output
    for page in pages:
        assert not (root / page).exists(), page
    assert not (root / "site/briefings/2024-09-11-second").exists()
    assert (root / "site/briefings/2024-09-10-iran-missiles-to-russia/index.html").is_file()
    manifest = json.loads((root / "docs/.briefing-manifest.json").read_text(encoding="utf-8"))
    assert "briefings/2024-09-11-second.md" not in manifest


def test_only_files_the_generator_wrote_are_ever_removed(built: Path, tmp_path: Path):
    """The writer removes only what its own manifest lists, and only inside docs/, whatever the
    manifest says; a file a person put in docs/ is refused, named, and left as it is."""
    root = copy_built(built, tmp_path / "project")
    (root / "docs/notes").mkdir()
    stray = root / "docs/notes/own-notes.txt"
    stray.write_text("mine\n", encoding="utf-8")
    outside = root / "keep-me.txt"
    outside.write_text("mine\n", encoding="utf-8")
    manifest = root / "docs/.briefing-manifest.json"
    listed = json.loads(manifest.read_text(encoding="utf-8"))
    # a tampered manifest naming files outside docs/ must not make the writer delete them
    manifest.write_text(json.dumps(listed + ["../keep-me.txt", str(outside),
                                             "../content/actors/people.yaml"]),
                        encoding="utf-8")
    result = run(root, "build")
    assert result.exit_code == 1, result.output
    assert result.output.startswith("docs/notes/own-notes.txt:1:1: was not written by briefing, "
                                    "and the site would publish it"), result.output
    assert stray.read_text(encoding="utf-8") == "mine\n"
    stray.unlink()
    result = run(root, "build")
    assert result.exit_code == 0, result.output
    assert "0 removed" in result.output
    assert outside.read_text(encoding="utf-8") == "mine\n"
    assert (root / "content/actors/people.yaml").is_file()
    assert not (root / "site/notes").exists()


def test_a_failed_check_writes_no_markdown(built: Path, tmp_path: Path):
    root = copy_built(built, tmp_path / "project")
    before = outputs(root)
    path = briefing(root)
    path.write_text(path.read_text(encoding="utf-8").replace("quotes:\n", "qoutes:\n"),
                    encoding="utf-8")
    assert run(root, "build").exit_code == 1
    assert outputs(root) == before
