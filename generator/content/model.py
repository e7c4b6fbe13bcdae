"""The content model: the one source of truth for validation, the JSON Schema and the templates."""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Iterator
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
SHA256_PATTERN = r"^[0-9a-f]{64}$"
TAG_PATTERN = r"^[\w][\w .’'-]*$"
QUESTION_REF_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"


def _check(pattern: str, explain: str):
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.match(value):
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


def _date(value: str) -> str:
    dates.parse(value)
    return value


def _day(value: str) -> str:
    if dates.parse(value).precision != "day":
        raise ValueError(f"'{value}' must be a full date like 2024-09-10")
    return value


def _to_text(value: Any) -> Any:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Slug = Annotated[
    str,
    AfterValidator(_check(SLUG_PATTERN, "is not a valid id: use lower-case letters, digits and "
                          "single hyphens, like 'antony-blinken' (no '/', '..', spaces or capitals)")),
    Field(json_schema_extra={"pattern": SLUG_PATTERN}, max_length=80),
]
SeedFile = Annotated[
    str,
    AfterValidator(_check(SEED_PATTERN, "is not a seed file name: give the name of a .txt file "
                          "directly inside seeds/, like '000_71c8a87dcccb59d2.txt'")),
    Field(json_schema_extra={"pattern": SEED_PATTERN}, max_length=200),
]
Sha256 = Annotated[
    str,
    AfterValidator(_check(SHA256_PATTERN, "is not a SHA-256: 64 lower-case hex digits "
                          "(run 'briefing restamp' to fill it in)")),
    Field(json_schema_extra={"pattern": SHA256_PATTERN}),
]
PlainText = Annotated[str, AfterValidator(_plain),
                      Field(min_length=1, max_length=500,
                            json_schema_extra={"pattern": r"^[^<>]+$"})]
Title = Annotated[str, AfterValidator(_plain),
                  Field(min_length=1, max_length=200, json_schema_extra={"pattern": r"^[^<>]+$"})]
InlineMd = Annotated[str, AfterValidator(_inline),
                     Field(min_length=1, max_length=5000,
                           description="Inline Markdown: *emphasis*, `code`, [links](https://…)."
                                       " No HTML, no images.")]
QuoteText = Annotated[str, AfterValidator(_quote_text), Field(min_length=1, max_length=5000)]
Tag = Annotated[
    str,
    AfterValidator(_check(TAG_PATTERN, "is not a valid tag: letters, digits, spaces, hyphens, "
                          "apostrophes and dots only")),
    Field(max_length=60, json_schema_extra={"pattern": TAG_PATTERN}),
]
FuzzyDate = Annotated[
    str, BeforeValidator(_to_text), AfterValidator(_date),
    Field(json_schema_extra={"pattern": dates.PATTERN},
          description="2024-09-10, 2024-09, 2024, 2024-Q3, or early/mid/late/spring/summer/"
                      "autumn/winter 2024"),
]
Day = Annotated[str, BeforeValidator(_to_text), AfterValidator(_day),
                Field(json_schema_extra={"pattern": r"^\d{4}-\d{2}-\d{2}$"})]
Url = Annotated[str, AfterValidator(_check(r"^https?://[^\s<>\"']+$",
                                           "is not a web address: use http:// or https://")),
                Field(json_schema_extra={"pattern": r"^https?://[^\s<>\"']+$"})]


@dataclass(frozen=True)
class Ref:
    """Marks a field whose value names something else: an `actor` of the registry, a `quote` of the
    same briefing, or a `question` of another briefing. Checks and indexes find references by this
    mark (see `refs`), and the JSON Schema shows it as `x-refers-to`."""

    kind: Literal["actor", "quote", "question"]

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema = handler(core_schema)
        schema["x-refers-to"] = self.kind
        return schema


class QuestionId(str):
    """'briefing-id/question-id', split once into its two parts."""

    __slots__ = ()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return core_schema.no_info_after_validator_function(cls, handler(str))

    @property
    def briefing(self) -> str:
        return self.partition("/")[0]

    @property
    def question(self) -> str:
        return self.partition("/")[2]


ActorId = Annotated[Slug, Ref("actor")]
QuoteId = Annotated[Slug, Ref("quote")]
QuestionRef = Annotated[
    QuestionId,
    AfterValidator(_check(QUESTION_REF_PATTERN, "is not a question reference: write "
                          "'briefing-id/question-id'")),
    Field(json_schema_extra={"pattern": QUESTION_REF_PATTERN}),
    Ref("question"),
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# --- the actor registry ------------------------------------------------------------------------

ActorKind = Literal["person", "organization", "state"]


class Actor(Strict):
    """One person, organization or state, shared by every briefing."""

    id: Slug
    name: PlainText
    kind: ActorKind
    role: PlainText | None = Field(None, description="Current role, e.g. 'U.S. Secretary of State'.")
    country: ActorId | None = Field(None, description="Id of the state actor it belongs to.")
    aliases: list[PlainText] = Field(default_factory=list,
                                     description="Other names the press uses: 'the top U.S. diplomat'.")
    description: InlineMd | None = None
    tags: list[Tag] = Field(default_factory=list)


class ActorRegistry(Strict):
    actors: list[Actor] = Field(min_length=1)


# --- a briefing --------------------------------------------------------------------------------

Setting = Literal["statement", "news-conference", "to-reporters", "interview", "speech",
                  "social-media", "testimony", "remarks", "other"]


class Source(Strict):
    outlet: PlainText
    published: Day
    dateline: PlainText | None = None
    authors: list[PlainText] = Field(default_factory=list)
    url: Url | None = None
    seed: SeedFile = Field(description="File name of the article in seeds/.")
    sha256: Sha256 = Field(description="SHA-256 of the seed file the summary was checked against.")


class BriefingActor(Strict):
    actor: ActorId = Field(description="Id in the actor registry.")
    role: PlainText | None = Field(None, description="The role as this article gives it.")
    mentions: list[PlainText] = Field(default_factory=list,
                                      description="How this article names the actor.")


class DescribedSource(Strict):
    """A speaker the article describes without naming: 'a Google spokesman', 'an official'."""

    description: PlainText = Field(description="The article's words for the speaker, as written: "
                                               "'a Google spokesman'.")
    organization: ActorId | None = Field(None, description="Id of the actor the source speaks for, "
                                                           "when the article says which.")


class Quote(Strict):
    id: Slug = Field(description="Stable anchor of the quote: never reuse or renumber.")
    speaker: ActorId | None = Field(None, description="Id in the actor registry. Give a speaker or a "
                                                   "source; both empty only in a draft, while the "
                                                   "speaker is still to be identified.")
    source: DescribedSource | None = Field(None, description="The speaker as the article describes "
                                                             "them when it names no one, instead "
                                                             "of `speaker`.")
    text: QuoteText = Field(description="Verbatim words between the quotation marks; '…' "
                                        "marks an omission.")
    setting: Setting = "statement"
    fragment: bool = Field(False, description="A word or phrase quoted inside a paraphrase.")
    unmarked: bool = Field(False, description="The article gives these words without quotation "
                                              "marks, e.g. a document or written statement it "
                                              "reproduces: say so explicitly.")
    date: FuzzyDate | None = None
    context: InlineMd | None = None

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
    id: Slug
    imposers: list[ActorId] = Field(min_length=1)
    targets: list[ActorId] = Field(min_length=1)
    measure: InlineMd = Field(description="What the measure does.")
    reason: InlineMd = Field(description="Why it was imposed.")
    date: FuzzyDate


class Claim(Strict):
    id: Slug
    claim: InlineMd
    asserted_by: list[ActorId] = Field(min_length=1)
    denied_by: list[ActorId] = Field(default_factory=list)
    disputed_by: list[ActorId] = Field(default_factory=list)
    quotes: list[QuoteId] = Field(default_factory=list, description="Ids of quotes that bear on it.")
    note: InlineMd | None = None


class Event(Strict):
    id: Slug
    date: FuzzyDate
    end: FuzzyDate | None = None
    as_reported: PlainText | None = Field(None, description="The article's words: 'late 2023'.")
    what: InlineMd
    actors: list[ActorId] = Field(default_factory=list)

    # a field validator, not a model validator, so that the error points at the 'end' line
    @field_validator("end")
    @classmethod
    def _range(cls, end: str | None, info: ValidationInfo) -> str | None:
        start = info.data.get("date")  # absent when 'date' itself is invalid
        if end is not None and start is not None and dates.parse(end).end < dates.parse(start).start:
            raise ValueError(f"the date range ends ({end}) before it starts ({start}): "
                             "swap the dates or fix the end")
        return end


class Question(Strict):
    id: Slug
    question: InlineMd
    why_it_matters: InlineMd
    watch: list[InlineMd] = Field(default_factory=list)


class Answer(Strict):
    question: QuestionRef = Field(description="'briefing-id/question-id' of an earlier question.")
    answer: InlineMd


RelationKind = Literal["supplies", "sanctions", "accuses", "trains", "supports", "warns",
                       "meets", "attacks"]


class Relation(Strict):
    source: ActorId
    kind: RelationKind
    target: ActorId
    what: PlainText | None = None


class Briefing(Strict):
    """The summary of one article."""

    id: Slug
    title: Title
    status: Literal["reviewed", "draft"] = "reviewed"
    source: Source
    bottom_line: InlineMd
    key_points: list[InlineMd] = Field(min_length=1)
    tags: list[Tag] = Field(default_factory=list)
    actors: list[BriefingActor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    sanctions: list[Sanction] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    answers: list[Answer] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)


def json_schema(model: type[BaseModel], title: str) -> dict[str, Any]:
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = title
    return schema


# How the walker reaches the references of one kind (or of every kind, for None) in a model: per
# field, whether it holds one value or a list, and either the Ref that marks it or the plan of the
# model nested in it, when that holds such references. Worked out once per model.
_Plan = tuple[tuple[str, bool, "Ref | None", "_Plan"], ...]


@functools.cache
def _plan(model: type[BaseModel], kind: str | None) -> _Plan:
    plan: list[tuple[str, bool, Ref | None, _Plan]] = []
    for name, info in model.model_fields.items():
        many, ref, inner = _shape(info.annotation, info.metadata)
        if ref is not None:
            if kind in (None, ref.kind):
                plan.append((name, many, ref, ()))
        elif inner is not None and (sub := _plan(inner, kind)):
            plan.append((name, many, None, sub))
    return tuple(plan)


def _shape(annotation: Any, metadata: list[Any]) -> tuple[bool, Ref | None, type[BaseModel] | None]:
    """(list?, Ref, nested model) of a field's type: `X | None`, `list[X]`, `Annotated[X, …]`."""
    ref = next((m for m in metadata if isinstance(m, Ref)), None)
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *extra = get_args(annotation)
        return _shape(base, [*metadata, *extra])
    if origin in (Union, types.UnionType):
        for arg in get_args(annotation):
            if arg is not type(None):
                return _shape(arg, metadata)
    if origin is list:
        _, item_ref, inner = _shape(get_args(annotation)[0], [])
        return True, item_ref or ref, inner
    inner = annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    return False, ref, inner


def refs(item: BaseModel, kind: str | None = None) -> Iterator[tuple[tuple, Any, Ref]]:
    """Every (field path, value, Ref) in a model object, in field order, found by the marks of its
    model's fields: a field that gains a Ref is checked and indexed with no other change."""
    return _walk(item, _plan(type(item), kind), ())


def _walk(item: Any, plan: _Plan, at: tuple) -> Iterator[tuple[tuple, Any, Ref]]:
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
