"""Links between pages: answers to questions, relative links in prose, and redirects of old
addresses."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlsplit

from ..content import safe_text
from ..content.load import Content, Located
from ..content.model import SITE_PAGE_IDS, Briefing, Redirect, prose, refs
from ..problems import Problem, field_path, problem, visible
from .messages import suggest


def check_answers(briefings: dict[str, Located], out: list[Problem], content: Content) -> None:
    for located in briefings.values():
        b: Briefing = located.value
        for loc, ref, _ in refs(b, "question"):
            target_id, question_id = ref.briefing, ref.question  # a QuestionId, parsed once
            target = briefings.get(target_id)
            if target is None and content.may_hold("briefings", target_id):
                continue  # the briefing may be a summary that did not load
            if target is None:
                out.append(problem(located.path, *located.where(*loc), field_path(loc),
                                   f"no briefing '{target_id}'{suggest(target_id, briefings)}"))
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
                                   f"{suggest(question_id, qids)}"))


def link_problems(located: list[Located], briefings: dict[str, Located],
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
                    why = (f"leads to no page{suggest(path, pages)}: a relative link leads from "
                           "the briefing's page to another briefing's, written "
                           "'<briefing-id>.md'; give any other page by its https:// address")
                found.append(problem(item.path, *item.where(*loc), field_path(loc),
                                     f"link '{visible(url)}' {why}"))
    return found


def check_redirects(redirects: list[Located], actors: list[Located],
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
                err("to", f"no page '{r.to}'{suggest(r.to, known)}: name an actor or briefing "
                          "that exists")
        if len(out) == before and old[r.old] is located:
            kept.append(r)
    return kept
