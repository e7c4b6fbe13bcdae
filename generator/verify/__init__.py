"""Verify stage: cross references, seeds and their hashes, and every quote against its article."""

from __future__ import annotations

import difflib
import hashlib
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .. import look_alike, parallel
from ..content import safe_text
from ..content.load import Content, Located, Project, read_seed
from ..content.model import SITE_PAGE_IDS, Actor, Briefing, Redirect, actor_refs, prose, refs
from ..problems import Problem, field_path, problem, visible
from . import attribution, matching, quoted_text
from . import cache as verify_cache


@dataclass(frozen=True)
class VerifiedBriefing:
    briefing: Briefing
    path: Path
    seed_text: str
    seed_sha256: str
    spans: dict[str, list[tuple[int, int]]]  # quote id -> spans in the seed
    # quote id -> what the article's words say of its speaker, with those words
    speakers: dict[str, attribution.Verdict] = field(default_factory=dict)


@dataclass
class Verified:
    actors: dict[str, Actor]
    briefings: list[VerifiedBriefing]
    awaiting: list[str]  # seeds that no summary covers
    problems: list[Problem] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)  # old addresses that lead on
    checked: int = 0  # briefings whose quotes were matched in this run
    cached: int = 0  # briefings whose result came from the cache


def _suggest(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def verify(project: Project, content: Content, strict: bool = False,
           cache_dir: Path | None = None) -> Verified:
    """Check every briefing; with a cache_dir, reuse what earlier runs found for briefings whose
    summary, seed, strictness, generator code and the part of the registry that their checks
    read (`attribution.Reads`) are all unchanged. References to actors are checked every run."""
    out: list[Problem] = list(content.problems)
    actors = _actor_registry(content.actors, out, content)
    out += _unreviewed_actors(project, content.actors, strict)
    cache = verify_cache.VerifyCache.open(cache_dir)
    reads = attribution.Reads(actors)
    seen: dict[str, Located] = {}
    slots: list[_Slot] = []
    for located in content.briefings:
        b: Briefing = located.value
        if b.id in seen:
            slots.append(_Slot([_duplicate_id(located, seen[b.id],
                                              f"briefing id '{b.id}' is already used by",
                                              "give each briefing its own id")], refused=True))
            continue
        seen[b.id] = located
        slots.append(_look_up(project, content, located, actors, strict, cache, reads))
    _verify_misses(project, [s for s in slots if s.task is not None], actors, strict, cache)
    briefings: list[VerifiedBriefing] = []
    for slot in slots:
        out.extend(slot.problems)
        if slot.result is not None and not slot.refused:
            briefings.append(slot.result)
    for vb in briefings:
        # read again, not cached: the site shows each speaker's evidence, and the cache holds
        # problems and spans only
        vb.speakers.update(attribution.verdicts(vb.seed_text, vb.spans, vb.briefing, actors))
    cache.save()
    out.extend(cache.notes)
    _check_answers(seen, out, content)
    redirects = _check_redirects(content.redirects, content.actors, seen, out, content)
    out += _link_problems([*content.briefings, *content.actors], seen, redirects, content)
    out += _registry_quotations(project, content, seen)
    out += _one_summary_per_seed(content, seen)
    covered = {_article(content, loc.value.source.seed) for loc in content.briefings}
    # a summary that did not load may be this seed's: its own error is the one to fix, and
    # `briefing draft` would write a second summary of the article
    awaiting = sorted(name for name in content.seeds if _article(content, name) not in covered
                      and not content.may_hold("briefings", name))
    for name in awaiting:
        out.append(problem(f"seeds/{name}", 1, 1, "",
                           "seed has no summary yet: run 'briefing draft seeds/" + name
                           + " --published YYYY-MM-DD' for a draft to review, or write "
                           "content/briefings/<id>.yaml (it shows on the 'Awaiting summary' "
                           "page meanwhile)",
                           "error" if strict else "warning"))
    return Verified(actors, briefings, awaiting, out, redirects, checked=cache.misses,
                    cached=cache.hits)


@dataclass
class _Slot:
    """One briefing's outcome, in the order of the summaries: its problems and its result, or the
    matching still to do (`task`: the summary, its seed, and the cache key to keep the verdict)."""

    problems: list[Problem]
    refused: bool = False  # a reference error: the briefing is left out whatever its quotes
    result: VerifiedBriefing | None = None
    task: tuple[Located, tuple[str | None, bytes | None, str | None], str | None] | None = None


# Briefings to match before forked workers share them (`parallel`): fewer are done here faster.
PARALLEL_FROM = 50


def _look_up(project: Project, content: Content, located: Located, actors: dict[str, Actor],
             strict: bool, cache: verify_cache.VerifyCache, reads: attribution.Reads) -> _Slot:
    """References to the registry checked afresh (cheap, and the registry changes under every
    briefing); the quotes, their quotation marks and speakers from the cache when it has them."""
    b: Briefing = located.value
    found, unsure = _reference_problems(located, actors, content)
    slot = _Slot(found)
    if unsure:
        # it names actors that an actor file that did not load may hold: that file's error is
        # the one reported, and the briefing is checked once the registry is whole again
        slot.refused = True
        return slot
    slot.refused = any(p.severity == "error" for p in slot.problems)
    seed = read_seed(project, b.source.seed)
    text, raw, _ = seed
    if text is None or raw is None or not located.doc.sha256:
        cache.misses += 1
        slot.task = (located, seed, None)
        return slot
    digest = hashlib.sha256(raw).hexdigest()
    key = verify_cache.key(str(located.path), located.doc.sha256, digest,
                           reads.digest(text, b), "strict" if strict else "lenient")
    entry = cache.get(key, lambda e: _as_written(e, b, str(located.path), len(text)))
    if entry is None:
        slot.task = (located, seed, key)
    else:
        slot.problems += entry.problems
        slot.result = (None if entry.spans is None
                       else VerifiedBriefing(b, located.path, text, digest, entry.spans))
    return slot


def _verify_misses(project: Project, slots: list[_Slot], actors: dict[str, Actor], strict: bool,
                   cache: verify_cache.VerifyCache) -> None:
    """Match the quotes of the briefings the cache could not vouch for, each independent of the
    others: by forked workers when there are many, which send back problems and spans only."""
    tasks = [slot.task for slot in slots if slot.task is not None]

    def work(index: int) -> tuple[list[Problem], dict[str, list[tuple[int, int]]] | None]:
        located, seed, _ = tasks[index]
        found: list[Problem] = []
        result = _verify_briefing(project, located, actors, strict, found, seed)
        return found, None if result is None else result.spans

    for slot, task, (found, spans) in zip(
            slots, tasks, parallel.mapped(work, len(tasks), PARALLEL_FROM), strict=True):
        located, (text, raw, _), key = task
        slot.problems += found
        if spans is not None and text is not None and raw is not None:
            slot.result = VerifiedBriefing(located.value, located.path, text,
                                           hashlib.sha256(raw).hexdigest(), spans)
        if key is not None:
            cache.put(key, verify_cache.Entry(found, spans))
        slot.task = None


def _reference_problems(located: Located, actors: dict[str, Actor], content: Content
                        ) -> tuple[list[Problem], bool]:
    """Actor ids the registry does not hold, and mentions that name another actor; and whether
    the briefing names an actor that an actor file that did not load may hold."""
    b: Briefing = located.value
    found = []
    unsure = False
    for loc, ref in actor_refs(b):
        if ref in actors:
            continue
        if content.may_hold("actors", ref):
            unsure = True
            continue
        found.append(problem(located.path, *located.where(*loc), field_path(loc),
                             f"unknown actor '{ref}'{_suggest(ref, actors)}: add it to "
                             "content/actors/ or fix the id"))
    found += attribution.mention_problems(located, actors)
    return found, unsure


def _as_written(entry: verify_cache.Entry, b: Briefing, path: str, length: int) -> bool:
    """Whether a cached verdict has the shape this generator writes for this briefing: its own
    file's problems only, and, when it verified, a span inside the article for every quote."""
    if any(p.path != path or p.severity not in ("error", "warning", "note")
           for p in entry.problems):
        return False
    failed = any(p.severity == "error" for p in entry.problems)
    if entry.spans is None:
        return failed
    return (not failed and entry.spans.keys() == {q.id for q in b.quotes}
            and all(0 <= start < end <= length
                    for found in entry.spans.values() for start, end in found))


def _article(content: Content, seed: str) -> Path | str:
    """The file a seed name leads to: a link in seeds/ to another seed is that one's article."""
    path = content.seeds.get(seed)
    try:
        return seed if path is None else path.resolve()
    except (OSError, RuntimeError):  # a loop of links: read_seed reports it
        return seed


def _registry_quotations(project: Project, content: Content, ids: dict[str, Located]
                         ) -> list[Problem]:
    """Words a registry actor's description or role puts in quotation marks, held to the
    articles of the briefings that list the actor: the registry belongs to no one article. Each
    article is read once, and only for an actor whose text quotes something."""
    listing: dict[str, list[str]] = {}
    for located in ids.values():
        b: Briefing = located.value
        for entry in b.actors:
            listing.setdefault(entry.actor, []).append(b.source.seed)
    read: dict[str, matching.Normalized | None] = {}

    def article(seed: str) -> matching.Normalized | None:
        if seed not in read:
            text, _, _ = read_seed(project, seed)
            read[seed] = None if text is None else matching.normalize(text)
        return read[seed]

    def articles(actor_id: str) -> Iterable[matching.Normalized]:
        for seed in dict.fromkeys(listing.get(actor_id, [])):
            found = article(seed)
            if found is not None:
                yield found

    out: list[Problem] = []
    for located in content.actors:
        out += quoted_text.check_actor(project.root, located, articles(located.value.id))
    return out


def _one_summary_per_seed(content: Content, ids: dict[str, Located]) -> list[Problem]:
    """A seed summarized twice, under its name or another that leads to it: the site would show
    the article twice, under two titles, and a fix to one summary would leave the other as it
    was."""
    first: dict[Path | str, Located] = {}
    found = []
    for located in content.briefings:
        if ids.get(located.value.id) is not located:
            continue  # a copy under a used id: reported as such, and fixed by deleting the copy
        seed = located.value.source.seed
        other = first.setdefault(_article(content, seed), located)
        if other is located:
            continue
        named = other.value.source.seed
        same = "" if named == seed else f" is the same file as '{named}', which"
        found.append(problem(located.path, *located.where("source", "seed"), "source.seed",
                             f"seed '{seed}'{same} already has a summary, {other.path} (line "
                             f"{other.where('source', 'seed')[0]}): an article has one summary; "
                             "keep one of the two files, moving into it what the other adds"))
    return found


def _duplicate_id(located: Located, first: Located, what: str, fix: str) -> Problem:
    return problem(located.path, *located.where("id"), "id",
                   f"{what} {first.path}:{first.where('id')[0]}; {fix}")


_REVIEW = re.compile(r"(?:^|\s)#\s*REVIEW\b")


def _unreviewed_actors(project: Project, located: list[Located], strict: bool) -> list[Problem]:
    """Actors that `briefing draft` proposed and nobody has accepted yet: their `id` line still
    carries its `# REVIEW` mark. A warning, an error with --strict: a proposal is read first."""
    out: list[Problem] = []
    lines: dict[Path, list[str]] = {}
    for loc in located:
        if loc.path not in lines:
            try:
                lines[loc.path] = (project.root / loc.path).read_text(encoding="utf-8").split("\n")
            except (OSError, UnicodeDecodeError):
                lines[loc.path] = []
        line, _ = loc.where("id")
        written = lines[loc.path]
        mark = _REVIEW.search(written[line - 1]) if 0 < line <= len(written) else None
        if mark:
            out.append(problem(loc.path, line, mark.start() + 1 + (written[line - 1][mark.start()] != "#"),
                               "id", f"actor '{loc.value.id}' is a proposal not yet reviewed: check "
                               "its name, kind and role against the article, then delete this "
                               "REVIEW mark", "error" if strict else "warning"))
    return out


def _actor_registry(located: list[Located], out: list[Problem], content: Content
                    ) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    where: dict[str, Located] = {}
    # skeleton -> the actor, the name as written, and where it is written
    names: dict[str, tuple[str, str, str]] = {}
    for loc in located:
        actor: Actor = loc.value
        if actor.id in actors:
            out.append(_duplicate_id(loc, where[actor.id], f"actor id '{actor.id}' is already defined at",
                                     "merge the two records"))
            continue
        actors[actor.id] = actor
        where[actor.id] = loc
        for i, name in enumerate([actor.name, *actor.aliases]):
            # names are compared as a reader sees them (UTS #39's confusables skeleton): 'Blinken'
            # with a Cyrillic 'е', a dotless 'ı' or in Cherokee capitals is the same name
            where_in = ("name",) if i == 0 else ("aliases", i - 1)
            keys = look_alike.skeletons(name)
            clash = next((names[key] for key in keys
                          if key in names and names[key][0] != actor.id), None)
            if clash is not None:
                other, other_name, other_at = clash
                same = "" if other_name == name else f", it looks the same as '{other_name}'"
                out.append(problem(loc.path, *loc.where(*where_in), field_path(where_in),
                                   f"'{safe_text.show_controls(name)}' already names actor "
                                   f"'{other}' ({other_at}{same}): a name or alias must point "
                                   "to one actor only: merge the two actors if they are one; if "
                                   "they are two, tell them apart in one of the names (a given "
                                   "name, an initial), as a reader could not"))
            at = "{}:{}:{}".format(loc.path, *loc.where(*where_in))
            for key in keys:
                names.setdefault(key, (actor.id, name, at))
    for actor_id, actor in actors.items():
        if actor.country is None:
            continue
        loc = where[actor_id]
        state = actors.get(actor.country)
        if state is None and content.may_hold("actors", actor.country):
            continue  # the state may be in an actor file that did not load
        if state is None:
            out.append(problem(loc.path, *loc.where("country"), "country",
                               f"unknown actor '{actor.country}'{_suggest(actor.country, actors)}"))
        elif state.kind != "state":
            out.append(problem(loc.path, *loc.where("country"), "country",
                               f"'{actor.country}' is a {state.kind}, not a state"))
    return actors


def _verify_briefing(project: Project, located: Located, actors: dict[str, Actor], strict: bool,
                     out: list[Problem], seed: tuple[str | None, bytes | None, str | None]
                     ) -> VerifiedBriefing | None:
    b: Briefing = located.value
    path = located.path
    n_errors = 0  # errors of this briefing; counting all of `out` each time would be quadratic

    def err(loc: tuple, message: str, severity: str = "error") -> None:
        nonlocal n_errors
        n_errors += severity == "error"
        out.append(problem(path, *located.where(*loc), field_path(loc), message, severity))

    if b.status == "draft":
        err(("status",), "this briefing is an unreviewed draft: review it and set "
                         "'status: reviewed' (--strict publishes reviewed briefings only)",
            "error" if strict else "warning")
    for i, q in enumerate(b.quotes):
        if q.speaker is None and q.source is None and b.status != "draft":
            err(("quotes", i, "speaker"), f"quote '{q.id}' has no speaker: name its actor id, or "
                                          "describe an unnamed speaker as the article does under "
                                          "`source: {description: …}` (only a draft may leave "
                                          "both empty)")
    for name in ("quotes", "sanctions", "claims", "events", "questions"):
        ids: dict[str, int] = {}
        for i, item in enumerate(getattr(b, name)):
            if item.id in ids:
                err((name, i, "id"), f"id '{item.id}' is already used by {name}[{ids[item.id]}]")
            ids.setdefault(item.id, i)
    listed: set[str] = set()
    for i, a in enumerate(b.actors):
        if a.actor in listed:
            err(("actors", i, "actor"), f"actor '{a.actor}' is listed twice: merge the entries")
        listed.add(a.actor)
    quote_ids = {q.id for q in b.quotes}
    for loc, ref, _ in refs(b, "quote"):
        if ref not in quote_ids:
            err(loc, f"no quote with id '{ref}' in this briefing{_suggest(ref, quote_ids)}")
    text, raw, why = seed
    if text is None or raw is None:
        err(("source", "seed"), f"{why}; name a .txt file in seeds/")
        return None
    digest = hashlib.sha256(raw).hexdigest()
    spans: dict[str, list[tuple[int, int]]] = {}
    article = matching.normalize(text)
    results = []
    for i, q in enumerate(b.quotes):
        found = matching.find(article, q.text, unmarked=q.unmarked)
        results.append((i, q, found))
        if isinstance(found, matching.Match):
            spans[q.id] = found.spans
    stale = digest != b.source.sha256
    for i, q, found in results:
        if isinstance(found, matching.Match):
            if stale:
                err(("quotes", i, "text"), f"quote '{q.id}' still matches the changed seed",
                    "note")
            continue
        message = _quote_message(q.id, q.text, b.source.seed, found)
        if stale:
            message = "no longer matches the changed seed: " + message
        err(("quotes", i, "text"), message)
    if stale:
        matched = sum(1 for _, _, f in results if isinstance(f, matching.Match))
        err(("source", "sha256"),
            f"the seed {b.source.seed} has changed since this summary was checked "
            f"(recorded {b.source.sha256[:12]}…, now {digest[:12]}…): {matched} of {len(results)} "
            f"quotes still match. Review the summary against the article, then run "
            f"'briefing restamp {path}'")
    for more in [*quoted_text.check(project.root, located, article),
                 *attribution.speaker_problems(located, text, spans, actors, strict)]:
        n_errors += more.severity == "error"
        out.append(more)
    for i, a in enumerate(b.actors):
        for j, mention in enumerate(a.mentions):
            if not article.holds(mention):
                err(("actors", i, "mentions", j), f"'{mention}' does not occur in the article")
    if n_errors:
        return None
    return VerifiedBriefing(b, path, text, digest, spans)


_SHOWN = 300  # characters of a quote or passage a message shows


def _quote_message(quote_id: str, text: str, seed: str, found: matching.Miss) -> str:
    """Why a quote is not in its article, with the article's own words to compare."""
    part, words = visible(found.part, _SHOWN), visible(found.closest, _SHOWN)
    detail = "; ".join(found.differences)
    if found.reason == matching.EMPTY:
        return (f"quote '{quote_id}' is not in {seed}: the quote has no words "
                f"('{visible(text, _SHOWN)}'): "
                "quote the words the article puts in quotation marks")
    if found.reason == matching.UNMARKED:
        return (f"quote '{quote_id}' is the article's own words, not in quotation marks "
                f"(line {found.line}: '{words}'): quote only what the article puts in quotation "
                "marks, or set 'unmarked: true' if it reproduces a statement")
    if found.reason == matching.QUOTATIONS:
        return (f"quote '{quote_id}' joins words of different quotations with '…'. The article "
                f"says (line {found.line}): '{words}'. An ellipsis may only leave out words within "
                "one quotation: make the parts separate quotes")
    if found.reason == matching.PARAGRAPHS:
        return (f"quote '{quote_id}' joins words of different paragraphs with '…': {detail}. An "
                "ellipsis may only leave out words within one quotation: make the parts "
                "separate quotes")
    if found.reason == matching.NEGATION:
        return (f"quote '{quote_id}' changes what the article says: {detail}. The article says "
                f"(line {found.line}): '{words}'. Quote those words, or end the quote before them")
    if found.reason == matching.MEANING:
        return (f"quote '{quote_id}' changes what the article says: {detail}. The article says "
                f"(line {found.line}): '{words}'. {found.fix[:1].upper()}{found.fix[1:]}")
    if found.reason == matching.ACROSS_BREAK:
        return (f"quote '{quote_id}' is not in {seed}: {detail}: '{words}'. Quote each paragraph "
                "as a quote of its own")
    if found.reason == matching.ORDER:
        return f"quote '{quote_id}' is not in {seed}: {detail}"
    if found.closest:
        return (f"quote '{quote_id}' is not in {seed}: '{part}'. The article says "
                f"(line {found.line}): '{words}'. {detail}")
    return f"quote '{quote_id}' is not in {seed}: '{part}': {found.differences[0]}"


def _check_answers(briefings: dict[str, Located], out: list[Problem], content: Content) -> None:
    for located in briefings.values():
        b: Briefing = located.value
        for loc, ref, _ in refs(b, "question"):
            target_id, question_id = ref.briefing, ref.question  # a QuestionId, parsed once
            target = briefings.get(target_id)
            if target is None and content.may_hold("briefings", target_id):
                continue  # the briefing may be a summary that did not load
            if target is None:
                out.append(problem(located.path, *located.where(*loc), field_path(loc),
                                   f"no briefing '{target_id}'{_suggest(target_id, briefings)}"))
                continue
            if target_id == b.id:
                out.append(problem(located.path, *located.where(*loc), field_path(loc),
                                   "a briefing cannot answer its own question: remove the question "
                                   "instead"))
                continue
            qids = [q.id for q in target.value.questions]
            if question_id not in qids:
                out.append(problem(located.path, *located.where(*loc), field_path(loc),
                                   f"briefing '{target_id}' has no question '{question_id}'"
                                   f"{_suggest(question_id, qids)}"))


def _link_problems(located: list[Located], briefings: dict[str, Located],
                   redirects: list[Redirect], content: Content) -> list[Problem]:
    """A relative link in the content leads from a briefing's page (the pages rewrite it for
    every other page that shows the text): it must name a page there, another briefing's, the
    list of all briefings, or the old address of one, and a place on a page only with the page;
    else the engine would report it against a generated page, far from the text that holds it."""
    pages = {f"{b_id}.md" for b_id in briefings} | {f"{i}.md" for i in SITE_PAGE_IDS}
    pages |= {f"{r.old.id}.md" for r in redirects if r.old.section == "briefings"}
    found = []
    for item in located:
        for loc, text in prose(item.value):
            if "](" not in text:  # no inline link, and parsing every text costs time
                continue
            for url in safe_text.relative_links(text):
                path = posixpath.normpath(unquote(urlsplit(url).path)) if urlsplit(url).path \
                    else ""
                if not path:
                    # other pages show the text too, where the place is not
                    page = f"{item.value.id}.md" if isinstance(item.value, Briefing) \
                        else "<briefing-id>.md"
                    why = (f"leads to a place on the page that shows it, and other pages show it "
                           f"too: name the briefing's page before it, '{page}{visible(url)}'")
                elif path in pages or content.may_hold("briefings", path.removesuffix(".md")):
                    continue
                else:
                    why = (f"leads to no page{_suggest(path, pages)}: a relative link leads from "
                           "the briefing's page to another briefing's, written "
                           "'<briefing-id>.md'; give any other page by its https:// address")
                found.append(problem(item.path, *item.where(*loc), field_path(loc),
                                     f"link '{visible(url)}' {why}"))
    return found


def _check_redirects(redirects: list[Located], actors: list[Located],
                     briefings: dict[str, Located], out: list[Problem], content: Content
                     ) -> list[Redirect]:
    """Each old address leads to a page that exists, in one step, and is no address a page of the
    site uses: the address of an actor or briefing now called by it belongs to that one, not to
    the old one, and the lists of all actors and all briefings are the site's own."""
    live = {f"actors/{a.value.id}": a for a in actors}
    live.update((f"briefings/{b_id}", b) for b_id, b in briefings.items())
    old: dict[str, Located] = {}
    for located in redirects:
        r: Redirect = located.value
        if r.old in old:
            out.append(problem(located.path, *located.where("from"), "from",
                               f"'{r.old}' is already redirected at line "
                               f"{old[r.old].where('from')[0]}: keep one of the two"))
        old.setdefault(r.old, located)
    kept: list[Redirect] = []
    for located in redirects:
        r = located.value
        before = len(out)

        def err(field: str, message: str, located: Located = located) -> None:
            out.append(problem(located.path, *located.where(field), field, message))

        if r.old.section != r.to.section:
            err("to", f"'{r.old}' and '{r.to}' are not the same kind of page: an actor's old "
                      "address leads to an actor, a briefing's to a briefing")
        elif r.old == r.to:
            err("to", f"'{r.old}' leads to itself: remove this redirect")
        if r.old in live:
            page = live[r.old]
            err("from", f"'{r.old}' is a page again ({page.path}:{page.where('id')[0]}): remove "
                        "this redirect, or give that one another id")
        elif r.old.id in SITE_PAGE_IDS:
            err("from", f"'{r.old}' is the site's list of all {r.old.section}: a redirect may "
                        "come only from an address no page of the site uses; remove this "
                        "redirect")
        if r.to not in live and content.may_hold(r.to.section, r.to.id):
            pass  # the page may be of a file that did not load: that file's error is reported
        elif r.to not in live:
            if r.to in old:
                further = old[r.to].value.to
                err("to", f"'{r.to}' is itself an old address, redirected to '{further}' (line "
                          f"{old[r.to].where('from')[0]}): write 'to: {further}'")
            else:
                known = [a for a in live if a.startswith(f"{r.to.section}/")]
                err("to", f"no page '{r.to}'{_suggest(r.to, known)}: name an actor or briefing "
                          "that exists")
        if len(out) == before and old[r.old] is located:
            kept.append(r)
    return kept
