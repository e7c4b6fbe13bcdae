"""The actors a draft proposes are ones an analyst accepts: no dateline, byline or place, one actor
under its full name for its acronym or short form, a registry actor never proposed again, the
people an article is about proposed, kinds right, roles that are offices. Each row's wording is
a real article's (tests/draft_outlets/, tests/draft_real*/), a dateline put before it where the
row is about one."""

from __future__ import annotations

from datetime import date

import pytest

from generator.article.names import Registry, find_names
from generator.article.text import find_quotes, masked, paragraphs
from generator.content.load import parse_file
from generator.content.model import Actor, ActorRegistry
from generator.draft import analyse, proposals_yaml, to_yaml
from generator.draft.analysis import office

from .test_speaker_verdicts import KOREA_HOTLINE, SUNG_KIM

PUBLISHED = date(2015, 8, 2)


def proposals(text: str, registry: list[Actor] | None = None) -> dict[str, tuple[str, list[str]]]:
    """Name -> (kind, aliases) of each proposed actor."""
    a = analyse(text, registry or [], PUBLISHED)
    return {p.name: (p.kind, p.aliases) for p in a.proposed}


ASYLUM = ("The United Kingdom Home Office today is to begin issuing questionnaires in place of "
          "official interviews to determine refugee status for some 12,000 asylee hopefuls from "
          "Afghanistan, Eritrea, Libya, Syria and Yemen who applied before last summer.\n")


@pytest.mark.parametrize("dateline", ["LONDON: ", "ISLAMABAD: ", "DUBAI (Reuters) - "])
def test_a_dateline_is_no_actor(dateline):
    names = proposals(dateline + ASYLUM)
    place = dateline.split(":")[0].split(" (")[0]
    assert not [n for n in names if n.upper() == place]


def test_a_correspondent_credited_in_the_story_is_no_actor():
    text = ("Somalia's interim-government spokesman says the government cannot confirm one of the "
            "three key al-Qaida operatives involved in the 1998 bombings of the U.S. embassies in "
            "East Africa has been killed in a U.S. air strike in southern Somalia. VOA "
            "Correspondent Alisha Ryu in our East Africa Bureau in Nairobi reports.\n")
    assert "Alisha Ryu" not in proposals(text)


def test_states_named_only_as_places_are_no_actors_and_one_that_acts_is():
    assert not [n for n, (kind, _) in proposals(ASYLUM).items() if kind == "state"]
    text = ("Twelve years of negotiations ended with a Chinese promise Lai would be spared the "
            "death penalty, and Canada extradited him last year.\n")
    assert proposals(text).get("Canada") == ("state", [])


@pytest.mark.parametrize(("text", "full", "short", "aliases"), [
    ("Media in the United States says a suicide bomber who attacked a Central Intelligence Agency "
     "base in eastern Afghanistan last week was a Jordanian working as an al-Qaeda double agent. "
     "The CIA declined to comment on the reports.\n", "Central Intelligence Agency", "CIA",
     ["CIA"]),
    ("The request of the municipalities results from the sentence of the Italian Supreme Court of "
     "Cassation on July 8, recognising as legitimate the request of the Municipality of Livorno "
     "asking religious schools to pay property taxes. The Union of Rationalist Atheists and "
     "Agnostics (UAAR) has launched a petition which now has more than 11,000 signatures, asking "
     "the government to respect and execute the sentence of the Supreme Court on Monday.\n",
     # a short form is the same body here, but another one in the next article: no alias
     "Italian Supreme Court of Cassation", "Supreme Court", []),
])
def test_an_acronym_or_short_form_is_the_full_names_actor(text, full, short, aliases):
    names = proposals(text)
    assert short not in names
    assert names[full] == ("organization", aliases)


def test_the_fund_and_the_bank_are_the_bodies_named_before():
    # no article of the labelled sets says 'the Fund': the wording of a wire story
    text = ("The International Monetary Fund (IMF) said on Monday it would lend to Pakistan. The "
            "Fund added on Tuesday that talks would go on. The World Bank agreed on Wednesday; the "
            "Bank said it would lend too.\n")
    assert proposals(text) == {"International Monetary Fund": ("organization", ["IMF"]),
                               "World Bank": ("organization", [])}


def test_the_proposals_file_gives_the_full_names_actor_its_acronym_as_an_alias(tmp_path):
    text = ("Media in the United States says a suicide bomber who attacked a Central Intelligence "
            "Agency base in eastern Afghanistan last week was a Jordanian working as an al-Qaeda "
            "double agent. The CIA declined to comment on the reports.\n")
    written = proposals_yaml(analyse(text, [], PUBLISHED), "2015-08-02-bomber", "bomber.txt")
    path = tmp_path / "draft-2015-08-02-bomber.yaml"
    path.write_text(written, encoding="utf-8")
    registry, _, problems = parse_file(path, path, ActorRegistry)
    assert registry is not None, problems
    assert [(a.name, a.aliases) for a in registry.actors] == [
        ("Central Intelligence Agency", ["CIA"])]


def test_an_acronym_of_a_registry_actor_is_that_actor():
    cia = Actor(id="cia", name="Central Intelligence Agency", kind="organization")
    text = "The CIA declined to comment on the reports on Monday.\n"
    assert proposals(text, [cia]) == {}


@pytest.mark.parametrize(("registered", "written"), [
    ("Iran Foreign Ministry", "Iran's Foreign Ministry"),
    ("Iran's Foreign Ministry", "Iran Foreign Ministry"),
])
def test_a_registry_body_is_found_with_or_without_its_states_possessive(registered, written):
    actor = Actor(id="iran-mfa", name=registered, kind="organization")
    a = analyse(f"{written} said on Monday the talks would go on.\n", [actor], PUBLISHED)
    assert a.proposed == []
    assert [(e.actor, e.mentions) for e in a.actors] == [("iran-mfa", [written])]


@pytest.mark.parametrize(("text", "name"), [
    # a body under its state's name, as the article names it, not a second 'House' actor
    ("The bill was rejected by the U.S. House of Representatives on Monday.\n",
     "U.S. House of Representatives"),
    ("The Afghanistan Independent Human Rights Commission is investigating claims that the "
     "United States used white phosphorus bombs in an attack against Taliban militants on May 4.\n",
     "Afghanistan Independent Human Rights Commission"),
])
def test_a_body_is_proposed_under_the_full_name_with_its_state(text, name):
    assert proposals(text)[name][0] == "organization"


def test_a_person_the_article_is_about_is_proposed_though_no_quote_is_theirs():
    text = ("Mohammed al-Megrahi, the son of Abdelbaset al-Megrahi, said on Sunday his father "
            "would be buried in Tripoli. Scottish First Minister Alex Salmond attended.\n"
            "Separately, Alex Salmond said the inquiry goes on.\n")
    assert proposals(text)["Alex Salmond"][0] == "person"
    # a title before a surname makes the full name given earlier a person's
    text = ("Debate can be overheard about George Weah, or \"The King,\" as some call him. "
            "Mr. Weah is just 40 and only a few years removed from a brilliant soccer career.\n")
    assert proposals(text)["George Weah"][0] == "person"


@pytest.mark.parametrize(("text", "name", "proposed"), [
    ("Violent protests and looting broke out immediately after the jury announced charges would "
     "not be filed against Darren Wilson, who shot 18-year-old Michael Brown multiple times during "
     "an altercation on August 9.\n", "Darren Wilson", True),
    ("Luciano Joaquim, 47, a resident of the opposition-heavy Cazenga neighborhood, said he "
     "believes the opposition performed better than the initial results indicated.\n",
     "Luciano Joaquim", True),
    # ap-2023-07-20: a surname that is an office's word, before his age
    ("Pvt. Travis King, 23, had been held in South Korea on assault charges and was released on "
     "July 10 after serving his time.\n", "Travis King", True),
    (" However, UK citizen Jim Swire, father of another victim of the bombing, believes al-Megrahi "
     "was not guilty.\n", "Jim Swire", True),
    ("It quoted critics like immigration barrister Colin Yeo, and Joint Council for the Welfare of "
     "Immigrants campaigner Caitlin Boswell, with Boswell stating: \"People fleeing desperate "
     "circumstances clearly need this government to make quicker and fairer asylum decisions.\"\n",
     "Caitlin Boswell", True),
    # the reporter who asks is no actor of the story; a town is no person
    ("From the capital, Kampala, he talks to VOA English to Africa reporter Peter Clottey about his "
     "government’s conditions for peace with the LRA.\n", "Peter Clottey", False),
    ("That exhibit was part of a collaboration combining the collections from Duke University, "
     "located in Durham, North Carolina, and University of North Carolina at Chapel Hill, which "
     "also were recipients of donated items from the Andy Warhol Photographic Legacy Program.\n",
     "Chapel Hill", False),
])
def test_a_person_the_article_describes_is_proposed(text, name, proposed):
    assert (proposals(text).get(name, ("",))[0] == "person") is proposed


def test_two_full_names_of_one_surname_are_two_people():
    text = ("Fidel Castro's condition is \"satisfactory\" following surgery last Monday for "
            "intestinal bleeding according to Cuban vice-premier Carlos Lage.\n"
            "Castro, who turns 80 later this month, temporarily transferred power to his 75 "
            "year-old brother, Raul Castro, prior to his surgery.\n"
            "Until temporarily relinquishing power to his brother last week, Fidel Castro had led "
            "the country since the 1959 Cuban Revolution.\n")
    a = analyse(text, [], date(2006, 8, 6))
    mentions = {e.actor: e.mentions for e in a.actors}
    assert "Fidel Castro" not in mentions.get("raul-castro", [])
    assert mentions.get("fidel-castro") == ["Fidel Castro"]


@pytest.mark.parametrize(("text", "published", "described", "words", "speaker"), [
    # a person read from a description is given no quote by these rules …
    ("In Dearborn, Michigan, Saudi-born Zahraa Alakashi said she has a lot of concerns about "
     "Republican candidate Donald Trump, who has in the past called for a ban on Muslim immigrants "
     "coming into the county. Alakashi is voting for Democrat Hillary Clinton.\n"
     "In McLean, Virginia, outside Washington, Ellis Richard Salvia gave his reasons for "
     "supporting Trump.\n“To save America from people who are putting America down,” he said.\n",
     date(2016, 11, 8), "Donald Trump", "To save America", "ellis-richard-salvia"),
    # … but one a 'who' clause introduces is a person as the names are read, and speaks: 'Max
    # Peberdy, who worked for …' is who 'Peberdy disputes …, saying' and 'He added' are
    ("Araya said that only some of the sacks were filled with grain; the rest were filled with "
     "sand.\nOne such aid worker that brought the grain was Max Peberdy, who worked for the "
     "charity Christian Aid.\nPeberdy disputes the claims that he was duped, saying, \"As far as "
     "we were concerned, the people we were dealing with were merchants.\" He added, \"It's 25 "
     "years since this happened.\"\n", date(2010, 3, 5), "Max Peberdy", "It's 25 years",
     "max-peberdy"),
])
def test_a_person_proposed_from_a_description_and_the_quotes_around_them(
        text, published, described, words, speaker):
    a = analyse(text, [], published)
    assert described in {p.name for p in a.proposed}
    assert next(q for q in a.quotes if q.text.startswith(words)).attribution.speaker == speaker


@pytest.mark.parametrize(("text", "name"), [
    ("In a survey by Kyodo News conducted in May of about 3000 people at least 18 years old, 68 "
     "percent said the Imperial Household Law should be amended. Kyodo News reported it on "
     "Monday.\n", "Kyodo News"),
    ("Recent anonymous press briefings by US State Department officials indicated on Monday that "
     "its arms control division may punish Blackwater Worldwide for improper paperwork. "
     "Blackwater Worldwide said it would answer.\n", "Blackwater Worldwide"),
    ("News media have reported that dozens of journalists have been arrested in Iran, according "
     "to Amnesty International there may be up to 30 journalists imprisoned in the country. "
     "Amnesty International said on Monday it would go on.\n", "Amnesty International"),
])
def test_a_firm_an_agency_a_newspaper_is_no_person(text, name):
    assert proposals(text)[name][0] == "organization"


@pytest.mark.parametrize("name", [
    "Si2Microsystems Private Limited", "Aerofalcon Ltd", "Aerofalcon S.L.", "Novax Group S.A.",
    "Zero Waste Global SA", "Novax GmbH", "Novax LLC", "Novax Inc.", "Novax PLC", "Novax AG"])
def test_a_company_by_its_legal_form_is_no_person(name):
    # U.S. Commerce Department (BIS), 2023: a firm named as the Entity List names it
    text = (f"In addition, {name}, under the destination of India, is added to the Entity List "
            "for providing support for to Russia’s military and/or defense industrial base.\n")
    quotes = find_quotes(text, paragraphs(text))
    names = find_names(text, masked(text, quotes), Registry([]))
    kinds = {p.name: p.kind for p in names.proposed.values()}
    assert "person" not in {kinds.get(name), kinds.get(name.rstrip("."))}
    assert kinds.get(name, kinds.get(name.rstrip("."))) == "organization"


@pytest.mark.parametrize(("text", "name"), [
    ("Groups that potentially could lose funding include organizations affiliated with the "
     "Illinois Coalition for Immigrant and Refugee Rights, Latino Union, Resurrection Project, "
     "United African Organization, Centro de Trabajadores Unidos, Albany Park Neighborhood "
     "Council, ARISE Chicago.\n", "Centro de Trabajadores Unidos"),
    ("In this month’s edition on the campaign trail: a former Republican Congressman comments on "
     "the Republican National Convention; and Wikinews interviews an historic Democratic National "
     "Convention speaker.\n", "Republican National Convention"),
    ("“And our plea to everyone is stick to the process and do it peacefully.” – John Stremlau of "
     "the Carter Center, one of the groups monitoring the elections.\n", "Carter Center"),
])
def test_a_body_named_in_another_language_or_a_convention_is_no_person(text, name):
    quotes = find_quotes(text, paragraphs(text))
    names = find_names(text, masked(text, quotes), Registry([]))
    assert {p.name: p.kind for p in names.proposed.values()}.get(name) == "organization"
    assert name not in {p.name for p in names.proposed.values() if p.kind == "person"}


def test_an_emperors_title_is_his_role_not_his_name():
    text = ("Akihito ascended to the 2,000-year-old Chrysanthemum Throne when his father Emperor "
            "Hirohito died in 1989.\n")
    a = analyse(text, [], date(2017, 6, 12))
    assert "Emperor Hirohito" not in {p.name for p in a.proposed}
    assert {e.role for e in a.actors if e.actor == "hirohito"} <= {"Emperor"}


@pytest.mark.parametrize(("words", "role"), [
    ("Prime Minister of Ireland visited the White House Monday to commemorate St",
     "Prime Minister of Ireland"),
    ("analyst at the Center for Strategic and International Studies", "analyst"),
    ("Egyptian president ousted in February after massive demonstrations", "Egyptian president"),
    ("36-year-old physician and al-Qaeda sympathizer from Zarqa", "physician"),
    ("GOP nomination for governor", None),
    ("words of the Crown prosecutor", None),
    ("Secretary of State", "Secretary of State"),
    ("crisis. The United Nations spokesman", "United Nations spokesman"),
    ("spokesman for the U.S. military in Afghanistan", "spokesman for the U.S. military"),
])
def test_a_role_is_an_office_not_a_phrase(words, role):
    assert office(words) == role


def test_a_drafted_role_stops_where_the_office_ends():
    text = ("Bertie Ahern, the Prime Minister of Ireland visited the White House Monday to commemorate "
            "St. Patrick's Day.\n")
    a = analyse(text, [], date(2008, 3, 19))
    assert {p.name: p.role for p in a.proposed}.get("Bertie Ahern") == "Prime Minister of Ireland"


SUNG_KIM_ACTOR = Actor(id="sung-kim", name="Sung Kim", kind="person")
KIM_JONG_UN = Actor(id="kim-jong-un", name="Kim Jong Un", kind="person")


@pytest.mark.parametrize("registry", [[SUNG_KIM_ACTOR], [SUNG_KIM_ACTOR, KIM_JONG_UN],
                                      [KIM_JONG_UN]])
def test_a_surname_alone_is_the_person_the_article_names_in_full_with_it(registry):
    # the registry's only Kim, the U.S. envoy, took 'Kim' of 'leader Kim Jong Un' and the
    # words of 'Kim reportedly emphasized', and 'Jong Un' became a person, 'leader Kim' his role
    a = analyse("".join(KOREA_HOTLINE), registry, date(2018, 1, 3))
    assert [q.attribution.speaker for q in a.quotes if q.text.startswith("the issue")] == [
        "kim-jong-un"]
    actors = {e.actor: (e.role, e.mentions) for e in a.actors}
    assert "sung-kim" not in actors
    assert actors["kim-jong-un"] == ("leader", ["Kim Jong Un", "Kim"])
    assert [p.id for p in a.proposed if p.kind == "person"] == (
        ["ri-son-kwon"] if KIM_JONG_UN in registry else ["kim-jong-un", "ri-son-kwon"])


def test_a_registry_persons_first_word_is_theirs_only_where_the_article_names_them_in_full():
    # the AP paragraph names Sung Kim, whom this registry lacks: its 'Kim said' is not the leader's
    a = analyse(SUNG_KIM, [KIM_JONG_UN], date(2023, 7, 20))
    assert "kim-jong-un" not in {e.actor for e in a.actors}


def test_a_surname_two_people_of_the_article_have_gives_no_speaker():
    # the AP paragraph on Sung Kim before the UPI ones: 'Kim' alone may be either
    a = analyse(SUNG_KIM + "".join(KOREA_HOTLINE[5:]), [SUNG_KIM_ACTOR], date(2018, 1, 3))
    assert [q.attribution.speaker for q in a.quotes if q.text.startswith("the issue")] == [None]
    assert "kim" not in {p.id for p in a.proposed}


SMEAR = (  # blogtuan.info, 27 May 2022
    "On May 26, US Secretary of State Antony Blinken made what is said to be the most "
    "comprehensive statement ever made on China by the administration of President Joe Biden, "
    "when it mentioned most of the controversial bilateral issues between the two countries. "
    "water in recent times.\n\n"
    "The head of the US State Department acknowledged that China will become a “test” for US "
    "foreign policy to an unprecedented degree and this decade will be a decisive time.\n\n"
    "“China is the only country intent on reshaping the international order, and increasingly "
    "has the economic, diplomatic, military and technological power to do so,” he warned.\n")


@pytest.mark.parametrize("registry", [[], [Actor(id="joe-biden", name="Joe Biden", kind="person"),
                                           Actor(id="antony-blinken", name="Antony Blinken",
                                                 kind="person")]])
def test_he_paragraphs_on_is_not_a_person_named_only_after_of(registry):
    # 'he' went to the last person named, the president of whose administration the sentence
    # speaks, and a registry speaker read so got no mark for review
    a = analyse(SMEAR, registry, date(2022, 5, 27))
    [warned] = [q for q in a.quotes if q.text.startswith("China is the only")]
    assert warned.attribution.speaker == "antony-blinken"
    drafted = to_yaml(a, "2022-05-27-smear", "smear.txt", "0" * 64).splitlines()
    at = next(i for i, line in enumerate(drafted) if line.endswith("China is the only") or
              "text: China is the only" in line)
    assert "REVIEW" in drafted[at - 1], drafted[at - 1]
