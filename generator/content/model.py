"""The content model: the one source of truth for validation, the JSON Schema and the templates."""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)
from pydantic_core import core_schema

from . import dates, safe_text

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SEED_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]*\.txt$"
SEED_MAX = 200
# SEED_PATTERN and SEED_MAX in words: a seed's name reaches the site's addresses and the commands
# an analyst types, where a space, an accent or a '&' would need escaping
SEED_RULE = (f"only the letters A–Z and a–z, digits, '_', '-' and '.', starts with a letter, a "
             f"digit or '_', ends in '.txt' and is at most {SEED_MAX} characters long")
SHA256_PATTERN = r"^[0-9a-f]{64}$"
TAG_PATTERN = r"^[\w][\w .’'-]*$"
QUESTION_REF_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"
PAGE_PATTERN = r"^(?:actors|briefings)/[a-z0-9]+(?:-[a-z0-9]+)*$"


def _check(pattern: str, explain: str) -> Callable[[str], str]:
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):  # '$' alone would let a final line break through
            raise ValueError(f"{value!r} {explain}")
        return value

    return check


def _plain(value: str) -> str:
    why = safe_text.plain_text_problem(value)
    if why:
        raise ValueError(why)
    return " ".join(value.split())


def _inline(value: str) -> str:
    found = safe_text.inline_markdown_problems(value)
    if found:
        raise ValueError("; ".join(found))
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _quote_text(value: str) -> str:
    why = safe_text.control_problem(value)
    if why:
        raise ValueError(why)
    if not value.strip():
        raise ValueError("must not be empty")
    return " ".join(value.split())


def _day(value: dates.DateText) -> dates.DateText:
    if value.period.precision != "day":
        raise ValueError(f"'{value}' must be a full date like 2024-09-10")
    return value


def _to_text(value: Any) -> Any:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


# Each type carries `x-type`, its name in the format reference (FORMAT.md) and the JSON Schema,
# and a description of its rules: a field's own description says what the field means.
Slug = Annotated[
    str,
    AfterValidator(_check(SLUG_PATTERN, "is not a valid id: use lower-case letters, digits and "
                          "single hyphens, like 'antony-blinken' (no '/', '..', spaces or capitals)")),
    Field(json_schema_extra={"pattern": SLUG_PATTERN, "x-type": "id"}, max_length=80,
          description="Lower-case letters, digits and single hyphens, like 'antony-blinken': no "
                      "'/', '..', spaces or capitals."),
]


# ids the site's own pages hold in the folders of actors and briefings: the lists of all of each
SITE_PAGE_IDS = frozenset({"index"})


def _page_id(value: str) -> str:
    if value in SITE_PAGE_IDS:
        raise ValueError("'index' is taken: actors/index.md and briefings/index.md list all actors "
                         "and all briefings; choose another id")
    return value


# the id of something with a page of its own, at actors/<id>.md or briefings/<id>.md
PageId = Annotated[Slug, AfterValidator(_page_id)]

SeedFile = Annotated[
    str,
    AfterValidator(_check(SEED_PATTERN, "is not a seed file name: give the name of a .txt file "
                          "directly inside seeds/, like '000_71c8a87dcccb59d2.txt': a seed's "
                          f"name holds {SEED_RULE}")),
    Field(json_schema_extra={"pattern": SEED_PATTERN, "x-type": "seed file"}, max_length=SEED_MAX,
          description="The name of a .txt file directly inside seeds/, like "
                      f"'000_71c8a87dcccb59d2.txt': it holds {SEED_RULE}."),
]
Sha256 = Annotated[
    str,
    AfterValidator(_check(SHA256_PATTERN, "is not a SHA-256: 64 lower-case hex digits "
                          "(run 'briefing restamp' to fill it in)")),
    Field(json_schema_extra={"pattern": SHA256_PATTERN, "x-type": "SHA-256"},
          description="64 lower-case hex digits, as `sha256sum` prints them; write 64 zeros and "
                      "run `briefing restamp` to fill it in."),
]
PlainText = Annotated[str, AfterValidator(_plain),
                      Field(min_length=1, max_length=500,
                            json_schema_extra={"pattern": r"^[^<>]+$", "x-type": "plain text"},
                            description="One line of text without Markdown: no '<', '>', HTML "
                                        "character references or control characters, no "
                                        "invisible or blank-looking characters, and no word "
                                        "mixing scripts that Unicode's rules for names (UTS "
                                        "#39) do not allow together, such as Latin with "
                                        "Cyrillic, Greek, Armenian or Cherokee. Runs of white "
                                        "space become one space.")]
# A summary's page shows every quote: at 16,000 quotes it is 17 MB of Markdown and the site engine
# takes minutes on it (its time grows faster than the page), so a summary holds at most this many.
QUOTES_MAX = 5_000


@dataclass(frozen=True)
class Prose:
    """Marks a field of inline Markdown: checks find the links in it by this mark (see `prose`)."""


@dataclass(frozen=True)
class OwnWords:
    """Marks a field of the writer's own words (prose, a title, a role): words it puts in
    quotation marks claim to be an article's, and `check` finds every such field by this mark
    (see `own_words`). `markdown`: the field holds inline Markdown, read as plain words first.
    `mentions`: the field is an editor's note about the article, whose words in quotation marks
    name the article's wording ('He' is Blinken), quoted by the article or not."""

    markdown: bool = False
    mentions: bool = False


# plain text in the writer's own words (see `OwnWords`)
PlainWords = Annotated[PlainText, OwnWords()]
# an editor's note about the article, in plain text (see `OwnWords`)
NoteWords = Annotated[PlainText, OwnWords(mentions=True)]
Title = Annotated[PlainWords, Field(max_length=200)]
InlineMd = Annotated[str, AfterValidator(_inline), Prose(), OwnWords(markdown=True),
                     Field(min_length=1, max_length=5000,
                           json_schema_extra={"x-type": "inline Markdown"},
                           description="Inline Markdown: *emphasis*, `code`, [links](https://…)."
                                       " A relative link leads from the briefing's page to "
                                       "another briefing's: [earlier](2024-09-01-id.md). No "
                                       "HTML, no images; emphasis and links nested at most "
                                       f"{safe_text.MAX_NESTING} deep, and at most "
                                       f"{safe_text.MAX_MARKS} of them in one text.")]
QuoteText = Annotated[str, AfterValidator(_quote_text),
                      Field(min_length=1, max_length=5000,
                            json_schema_extra={"x-type": "quoted words"},
                            description="Words exactly as the article has them inside its "
                                        "quotation marks, apart from typography (white space, "
                                        "straight or curly quotes, the closing comma or period); "
                                        "an ellipsis (…, ... or […]) marks words left out.")]
Tag = Annotated[
    str,
    AfterValidator(_check(TAG_PATTERN, "is not a valid tag: letters, digits, spaces, hyphens, "
                          "apostrophes and dots only")),
    Field(max_length=60, json_schema_extra={"pattern": TAG_PATTERN, "x-type": "tag"},
          description="Letters, digits, spaces, hyphens, apostrophes and dots, like 'Fath-360'."),
]
FuzzyDate = Annotated[
    dates.DateText, BeforeValidator(_to_text),
    Field(json_schema_extra={"pattern": dates.PATTERN, "x-type": "date"},
          description="2024-09-10, 2024-09, 2024, 2024-Q3, or early/mid/late/spring/summer/"
                      "autumn/winter 2024"),
]
Day = Annotated[dates.DateText, BeforeValidator(_to_text), AfterValidator(_day),
                Field(json_schema_extra={"pattern": r"^\d{4}-\d{2}-\d{2}$", "x-type": "day"},
                      description="A full date: 2024-09-10.")]
Url = Annotated[str, AfterValidator(_check(r"^https?://[^\s<>\"']+$",
                                           "is not a web address: use http:// or https://")),
                Field(json_schema_extra={"pattern": r"^https?://[^\s<>\"']+$",
                                         "x-type": "web address"},
                      description="An http:// or https:// address.")]


@dataclass(frozen=True)
class Ref:
    """Marks a field whose value names something else: an `actor` of the registry, a `quote` of the
    same briefing, a `question` of another briefing, or the `page` of an actor or a briefing.
    Checks, indexes and `briefing rename` find references by this mark (see `refs`), and the JSON
    Schema shows it as `x-refers-to`."""

    kind: Literal["actor", "quote", "question", "page"]

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema: dict[str, Any] = handler(core_schema)
        schema["x-refers-to"] = self.kind
        return schema


class _TwoParts(str):
    """A text of two parts joined by '/', validated as text by its field's pattern."""

    __slots__ = ()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return core_schema.no_info_after_validator_function(cls, handler(str))

    @property
    def _first(self) -> str:
        return self.partition("/")[0]

    @property
    def _second(self) -> str:
        return self.partition("/")[2]


class QuestionId(_TwoParts):
    """'briefing-id/question-id', split once into its two parts."""

    __slots__ = ()
    briefing = _TwoParts._first
    question = _TwoParts._second


class PageAddress(_TwoParts):
    """'actors/actor-id' or 'briefings/briefing-id': where the page of an actor or a briefing is."""

    __slots__ = ()
    section = _TwoParts._first
    id = _TwoParts._second


ActorId = Annotated[Slug, Ref("actor")]
QuoteId = Annotated[Slug, Ref("quote")]
QuestionRef = Annotated[
    QuestionId,
    AfterValidator(_check(QUESTION_REF_PATTERN, "is not a question reference: write "
                          "'briefing-id/question-id'")),
    Field(json_schema_extra={"pattern": QUESTION_REF_PATTERN, "x-type": "question reference"},
          description="'briefing-id/question-id': the id of a briefing, a slash, and the id of "
                      "one of its questions."),
    Ref("question"),
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


PageRef = Annotated[
    PageAddress,
    AfterValidator(_check(PAGE_PATTERN, "is not the address of an actor or a briefing: write "
                          "'actors/actor-id' or 'briefings/briefing-id'")),
    Field(json_schema_extra={"pattern": PAGE_PATTERN}),
]


# --- the actor registry ------------------------------------------------------------------------
# Each field says what it means (`description`) and gives an example that is valid content: the
# format reference is generated from them, and a test checks the assembled examples.

ActorKind = Literal["person", "organization", "state"]


class Actor(Strict):
    """One person, organization or state, shared by every briefing."""

    id: PageId = Field(description="Permanent id: briefings name the actor by it, and it is the "
                                 "address of the actor's page.", examples=["antony-blinken"])
    name: PlainText = Field(description="Full name, as the site shows it.",
                            examples=["Antony Blinken"])
    kind: ActorKind = Field(description="What the actor is.", examples=["person"])
    role: PlainWords | None = Field(None, description="Current role, e.g. 'U.S. Secretary of State'.",
                                   examples=["U.S. Secretary of State"])
    country: ActorId | None = Field(None, description="Id of the state actor it belongs to.",
                                    examples=["united-states"])
    aliases: list[PlainText] = Field(default_factory=list,
                                     description="Other names the press uses: 'the top U.S. diplomat'.",
                                     examples=[["Blinken", "the top U.S. diplomat"]])
    description: InlineMd | None = Field(None, description="A few words about the actor, shown on "
                                                           "its page.",
                                         examples=["Led U.S. diplomacy in the Biden administration."])
    tags: list[Tag] = Field(default_factory=list, description="Topics the actor belongs to.",
                            examples=[["United States", "Diplomacy"]])


class ActorRegistry(Strict):
    """Actors shared by every briefing, in any number of files."""

    actors: list[Actor] = Field(min_length=1, description="The actors of this file; an id may "
                                                          "appear once across all registry files.")


# --- a briefing --------------------------------------------------------------------------------

Setting = Literal["statement", "news-conference", "to-reporters", "interview", "speech",
                  "social-media", "testimony", "remarks", "other"]


class Source(Strict):
    """The article a briefing summarizes."""

    outlet: PlainText = Field(description="The publication that ran the article.",
                              examples=["The Washington Post"])
    published: Day = Field(description="The day the article was published.",
                           examples=["2024-09-10"])
    dateline: PlainText | None = Field(None, description="Where the article was filed from, as "
                                                         "its dateline says.", examples=["LONDON"])
    authors: list[PlainText] = Field(default_factory=list, description="The article's bylines.",
                                     examples=[["Karen DeYoung"]])
    url: Url | None = Field(None, description="Where the article was published.",
                            examples=["https://example.org/2024/09/10/iran-missiles-russia"])
    seed: SeedFile = Field(description="File name of the article in seeds/.",
                           examples=["000_71c8a87dcccb59d2.txt"])
    sha256: Sha256 = Field(description="SHA-256 of the seed file the summary was checked against.",
                           examples=["83c2058cbaf8c88853f76cb38dbd1f2fe0123359399a28ff58a2899a4f91a74a"])


class BriefingActor(Strict):
    """An actor as one article presents it."""

    actor: ActorId = Field(description="Id in the actor registry.", examples=["antony-blinken"])
    role: PlainWords | None = Field(None, description="The role as this article gives it.",
                                   examples=["Secretary of State"])
    mentions: list[PlainText] = Field(default_factory=list,
                                      description="How this article names the actor: each must "
                                                  "occur in the article, and may not be another "
                                                  "actor's name or alias.",
                                      examples=[["Secretary of State Antony Blinken", "Blinken"]])


class DescribedSource(Strict):
    """A speaker the article describes without naming: 'a Google spokesman', 'an official'."""

    description: PlainText = Field(description="The article's words for the speaker, as written: "
                                               "'a Google spokesman'.",
                                   examples=["A spokesman for Russian President Vladimir Putin"])
    organization: ActorId | None = Field(None, description="Id of the actor the source speaks for, "
                                                           "when the article says which.",
                                         examples=["russia"])


class Quote(Strict):
    """Words an actor said, as the article quotes them."""

    id: Slug = Field(description="Stable anchor of the quote: never reuse or renumber.",
                     examples=["blinken-shipments-received"])
    speaker: ActorId | None = Field(None, description="Id in the actor registry. Give a speaker or "
                                                   "a source; both empty only in a draft, while "
                                                   "the speaker is still to be identified.",
                                    examples=["antony-blinken"])
    source: DescribedSource | None = Field(None, description="The speaker as the article describes "
                                                             "them when it names no one, instead "
                                                             "of `speaker`.",
                                           examples=[{"description": "A spokesman for Russian "
                                                      "President Vladimir Putin",
                                                      "organization": "russia"}],
                                           json_schema_extra={"x-in-complete-example": False})
    text: QuoteText = Field(description="Verbatim words between the quotation marks; '…' "
                                        "marks an omission.",
                            examples=["Russia has now received shipments of these missiles."])
    setting: Setting = Field("statement", description="How the words were said.",
                             examples=["remarks"])
    fragment: bool = Field(False, description="A word or phrase quoted inside a paraphrase.")
    unmarked: bool = Field(False, description="The article gives these words without quotation "
                                              "marks, e.g. a document or written statement it "
                                              "reproduces: say so explicitly.")
    date: FuzzyDate | None = Field(None, description="When the words were said.",
                                   examples=["2024-09-10"])
    context: InlineMd | None = Field(None, description="The circumstances, shown with the quote.",
                                     examples=["Speaking in London after meetings with British "
                                               "officials."])
    speaker_checked: NoteWords | None = Field(
        None, description="Where `check` reads the article as giving these words to someone "
                          "else, or finds that its words do not say who said them, and an "
                          "editor has checked against the article that `speaker` (or `source`, "
                          "when not contradicted) is right: why, in words. `check --strict` "
                          "then accepts the speaker without an error or a warning, and the "
                          "quote's card says it was checked by an editor and why. Where the "
                          "article's words confirm the speaker it is not needed: `check` notes "
                          "that it can be removed, and the card shows the article's words. "
                          "Words it puts in quotation marks name the article's own ('He' for "
                          "the article's 'he warned'): the article must hold them, in its "
                          "quotation marks or not, the case of their first letter aside.",
        examples=["'He' is Blinken: the article names him in the sentence before."],
        json_schema_extra={"x-in-complete-example": False})

    # a field validator, so that the error points at the 'source' line
    @field_validator("source")
    @classmethod
    def _one_speaker(cls, source: DescribedSource | None, info: ValidationInfo
                     ) -> DescribedSource | None:
        if source is not None and info.data.get("speaker") is not None:
            raise ValueError("a quote has a speaker or a described source, not both: keep "
                             "`speaker` when the article names who spoke, else `source`")
        return source


class Sanction(Strict):
    """A sanction the article reports, for the sanctions register."""

    id: Slug = Field(description="Permanent id within the briefing.",
                     examples=["sanctions-on-iran-air"])
    imposers: list[ActorId] = Field(min_length=1, description="Who imposes it.",
                                    examples=[["united-states", "united-kingdom", "france",
                                               "germany"]])
    targets: list[ActorId] = Field(min_length=1, description="Who it is imposed on.",
                                   examples=[["iran-air"]])
    measure: InlineMd = Field(description="What the measure does.",
                              examples=["Measures against Iran Air, the Islamic republic’s main "
                                        "commercial airline."])
    reason: InlineMd = Field(description="Why it was imposed.",
                             examples=["Iran’s transfer of short-range ballistic missiles to Russia."])
    date: FuzzyDate = Field(description="When it was imposed or announced.",
                            examples=["2024-09-10"])


class Claim(Strict):
    """A claim, with who asserts, denies or disputes it, for the claims ledger."""

    id: Slug = Field(description="Permanent id within the briefing.",
                     examples=["iran-sent-missiles-to-russia"])
    claim: InlineMd = Field(description="The claim, in a sentence.",
                            examples=["Iran has sent short-range ballistic missiles to Russia."])
    asserted_by: list[ActorId] = Field(min_length=1, description="Who makes the claim.",
                                       examples=[["antony-blinken"]])
    denied_by: list[ActorId] = Field(default_factory=list, description="Who denies it.",
                                     examples=[["iran-foreign-ministry"]])
    disputed_by: list[ActorId] = Field(default_factory=list,
                                       description="Who casts doubt on it without denying it.",
                                       examples=[["dmitry-peskov"]])
    quotes: list[QuoteId] = Field(default_factory=list, description="Ids of quotes that bear on it.",
                                  examples=[["blinken-shipments-received"]])
    note: InlineMd | None = Field(None, description="What else the reader should know about it.",
                                  examples=["Tehran calls the reports a lie."])


class Event(Strict):
    """Something that happened, for the timeline."""

    id: Slug = Field(description="Permanent id within the briefing.",
                     examples=["first-shipment-received"])
    date: FuzzyDate = Field(description="When it happened, or began.", examples=["2024-09"])
    end: FuzzyDate | None = Field(None, description="When it ended, for a range; it may not end "
                                                    "before it starts.", examples=["2024-09-10"])
    as_reported: PlainWords | None = Field(None, description="The article's words: 'late 2023'.",
                                          examples=["earlier this month"])
    what: InlineMd = Field(description="What happened.",
                           examples=["Russia receives the first shipment of Iranian ballistic "
                                     "missiles."])
    actors: list[ActorId] = Field(default_factory=list, description="Who took part.",
                                  examples=[["russia", "iran"]])

    # a field validator, not a model validator, so that the error points at the 'end' line
    @field_validator("end")
    @classmethod
    def _range(cls, end: dates.DateText | None, info: ValidationInfo) -> dates.DateText | None:
        start = info.data.get("date")  # absent when 'date' itself is invalid
        if end is not None and start is not None and end.period.end < start.period.start:
            raise ValueError(f"the date range ends ({end}) before it starts ({start}): "
                             "swap the dates or fix the end")
        return end


class Question(Strict):
    """A question the article leaves open."""

    id: Slug = Field(description="Permanent id within the briefing; a later briefing answers it "
                                 "as 'briefing-id/question-id'.",
                     examples=["when-russia-uses-iranian-missiles"])
    question: InlineMd = Field(description="The question.",
                               examples=["When will Russia first fire the Iranian missiles?"])
    why_it_matters: InlineMd = Field(description="What hangs on the answer.",
                                     examples=["Blinken expects their use within weeks."])
    watch: list[InlineMd] = Field(default_factory=list, description="What to watch for an answer.",
                                  examples=[["Russian strikes on western Ukraine, including Lviv."]])


class Answer(Strict):
    """An answer to an earlier briefing's question."""

    question: QuestionRef = Field(description="'briefing-id/question-id' of an earlier question.",
                                  examples=["2024-09-10-iran-missiles-to-russia/atacms-inside-russia"])
    answer: InlineMd = Field(description="The answer, as far as this article gives one.",
                             examples=["Not yet: President Biden has so far barred their use "
                                       "inside Russia."])


RelationKind = Literal["supplies", "sanctions", "accuses", "trains", "supports", "warns",
                       "meets", "attacks"]


class Relation(Strict):
    """A relationship between two actors, for the diagrams."""

    source: ActorId = Field(description="Who acts.", examples=["iran"])
    kind: RelationKind = Field(description="What the source does to the target.",
                               examples=["supplies"])
    target: ActorId = Field(description="Whom it is done to.", examples=["russia"])
    what: PlainWords | None = Field(None, description="What, in a few words.",
                                   examples=["Short-range ballistic missiles (Fath-360)"])


class Briefing(Strict):
    """The summary of one article."""

    id: PageId = Field(description="Permanent id and the address of the briefing's page: by custom "
                                 "the publication date and a few words.",
                     examples=["2024-09-10-sanctions-on-iran-air"])
    title: Title = Field(description="The headline of the briefing.",
                         examples=["The U.S. and Europe sanction Iran Air over missiles for Russia"])
    status: Literal["reviewed", "draft"] = Field(
        "reviewed", description="`draft` until reviewed against the article: a draft is shown "
                                "with a banner and kept out of the registers, and `check "
                                "--strict` refuses it.")
    source: Source = Field(description="The article summarized.")
    added: Day | None = Field(None, description="The day the briefing was published on this "
                                                "site; the feed dates its entry by it. Without it, "
                                                "the article's own date stands in.",
                              examples=["2024-09-11"])
    bottom_line: InlineMd = Field(description="The gist in a few sentences, at the top of the "
                                              "page and as its description.",
                                  examples=["The United States, Britain, France and Germany answer "
                                            "Iran’s missile shipments to Russia with sanctions, "
                                            "including on **Iran Air**."])
    key_points: list[InlineMd] = Field(min_length=1, description="The main points, one item each.",
                                       examples=[["Blinken says Russia is likely to use the "
                                                  "missiles *within weeks*."]])
    tags: list[Tag] = Field(default_factory=list, description="Topics of the briefing.",
                            examples=[["Iran", "Sanctions", "Fath-360"]])
    actors: list[BriefingActor] = Field(default_factory=list,
                                        description="Who appears in the article, with the role "
                                                    "and the names it gives them.")
    quotes: list[Quote] = Field(default_factory=list, max_length=QUOTES_MAX,
                                description="What the actors said, word for word.")
    sanctions: list[Sanction] = Field(default_factory=list,
                                      description="Sanctions the article reports.")
    claims: list[Claim] = Field(default_factory=list,
                                description="Claims and denials the article reports.")
    events: list[Event] = Field(default_factory=list,
                                description="Dated events the article reports.")
    questions: list[Question] = Field(default_factory=list,
                                      description="Questions the article leaves open.")
    answers: list[Answer] = Field(default_factory=list,
                                  description="Answers to questions of earlier briefings, which "
                                              "then show as answered.")
    relations: list[Relation] = Field(default_factory=list,
                                      description="Who supplies, sanctions, accuses … whom.")


# --- redirects ---------------------------------------------------------------------------------


# Each old address is a page of the site, built by the engine with the theme like any other: the
# engine's time and the site's size grow with them (20,000 made a 342 MB site in 200 s).
REDIRECTS_MAX = 2_000


class Redirect(Strict):
    """An old address of a renamed actor or briefing, and the page it leads to now."""

    model_config = ConfigDict(populate_by_name=True)

    old: PageRef = Field(alias="from", description="The address before the rename: "
                                                    "'actors/old-id' or 'briefings/old-id'; never "
                                                    "one a page of the site uses (an actor's or "
                                                    "briefing's, or 'actors/index').")
    to: Annotated[PageRef, Ref("page")] = Field(description="The address of the same actor or "
                                                             "briefing now.")


class Redirects(Strict):
    """content/redirects.yaml, kept by `briefing rename`: old addresses keep working."""

    redirects: list[Redirect] = Field(default_factory=list, max_length=REDIRECTS_MAX)


def json_schema(model: type[BaseModel], title: str) -> dict[str, Any]:
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = title
    return schema


# How the walker reaches the fields with a mark (a Ref of one kind, or of every kind for None;
# Prose; OwnWords) in a model: per field, whether it holds one value or a list, and either the
# mark on it or the plan of the model nested in it, when that holds such fields. Worked out once
# per model.
_Mark = Ref | Prose | OwnWords
_Plan = tuple[tuple[str, bool, "_Mark | None", "_Plan"], ...]


@functools.cache
def _plan(model: type[BaseModel], kind: str | None, mark: type = Ref) -> _Plan:
    plan: list[tuple[str, bool, _Mark | None, _Plan]] = []
    for name, info in model.model_fields.items():
        many, ref, inner = _shape(info.annotation, info.metadata, mark)
        if ref is not None:
            if kind in (None, getattr(ref, "kind", None)):
                plan.append((name, many, ref, ()))
        elif inner is not None and (sub := _plan(inner, kind, mark)):
            plan.append((name, many, None, sub))
    return tuple(plan)


def _shape(annotation: Any, metadata: list[Any], mark: type[_Mark]
           ) -> tuple[bool, _Mark | None, type[BaseModel] | None]:
    """(list?, mark, nested model) of a field's type: `X | None`, `list[X]`, `Annotated[X, …]`."""
    ref = next((m for m in metadata if isinstance(m, mark)), None)
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *extra = get_args(annotation)
        return _shape(base, [*metadata, *extra], mark)
    if origin in (Union, types.UnionType):
        for arg in get_args(annotation):
            if arg is not type(None):
                return _shape(arg, metadata, mark)
    if origin is list:
        _, item_ref, inner = _shape(get_args(annotation)[0], [], mark)
        return True, item_ref or ref, inner
    inner = annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    return False, ref, inner


def refs(item: BaseModel, kind: str | None = None) -> Iterator[tuple[tuple, Any, Ref]]:
    """Every (field path, value, Ref) in a model object, in field order, found by the marks of its
    model's fields: a field that gains a Ref is checked and indexed with no other change."""
    return _walk(item, _plan(type(item), kind), ())  # type: ignore[return-value]


def prose(item: BaseModel) -> Iterator[tuple[tuple, str]]:
    """Every (field path, text) of inline Markdown in a model object, in field order."""
    for loc, text, _ in _walk(item, _plan(type(item), None, Prose), ()):
        yield loc, text


def own_words(item: BaseModel) -> Iterator[tuple[tuple, str, OwnWords]]:
    """Every (field path, text, its `OwnWords` mark) of the writer's own words in a model object,
    in field order: a field whose type gains the `OwnWords` mark is read with no other change."""
    for loc, text, mark in _walk(item, _plan(type(item), None, OwnWords), ()):
        yield loc, text, mark if isinstance(mark, OwnWords) else OwnWords()


def _walk(item: Any, plan: _Plan, at: tuple) -> Iterator[tuple[tuple, Any, _Mark]]:
    for name, many, ref, sub in plan:
        value = getattr(item, name)
        if value is None:
            continue
        here = (*at, name)
        if ref is not None:
            if many:
                for j, one in enumerate(value):
                    yield (*here, j), one, ref
            else:
                yield here, value, ref
        elif many:
            for j, one in enumerate(value):
                yield from _walk(one, sub, (*here, j))
        else:
            yield from _walk(value, sub, here)


def actor_refs(b: BaseModel) -> Iterator[tuple[tuple, str]]:
    """Every (field path, actor id) in a briefing."""
    for loc, value, _ in refs(b, "actor"):
        yield loc, value
