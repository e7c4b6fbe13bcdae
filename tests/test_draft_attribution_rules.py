"""The speaker rules across an article, each on a short invented text read with an empty registry:
what a careful reader resolves, and nothing where the text gives no one."""

from __future__ import annotations

from datetime import date

import pytest

from generator.content.model import Actor
from generator.draft import analyse


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    a = analyse(text, [], date(2030, 5, 14))
    return [(q.attribution.speaker, q.attribution.source) for q in a.quotes]


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun whose person was named paragraphs before, in a sentence of their own
    ("Harbour master Ilse Varn inspected the quay on Monday.\nThe storm had passed by then.\n"
     "“The walls held,” she said.\n", [("ilse-varn", None)]),
    # a quotation standing as a paragraph after a sentence about one person
    ("There is a ferryman named Oren Dask. And he offers this advice to the young.\n"
     "“Never sail on a Friday.”\n", [("oren-dask", None)]),
    # a spokesman for a named person is not that person
    ("A spokesman for Mayor Ilse Varn called the plan “reckless.”\n",
     [(None, "A spokesman for Mayor Ilse Varn")]),
    # an unnamed source, and 'the student' again is the same source
    ("“We cannot speak freely,” said one Lunmark University student. “We are watched,” the "
     "student said.\n", [(None, "one Lunmark University student")] * 2),
    # two speakers named together: a quote has one, and the reviewer picks it
    ("The dockers’ union and the Harbour Authority have stated that the strike is “over.”\n",
     [(None, None)]),
    # words quoted inside a quotation go to the someone it describes, not to the speaker
    ("“A little girl said to me, ‘Why do you still sail every morning?’” Oren Dask told reporters.\n",
     [("oren-dask", None), (None, "A little girl")]),
    # a social-media name speaks as a person
    ("“The ferry is late again,” tweeted @kessa_rider on Monday.\n", [("kessa-rider", None)]),
    # 'commented,', 'notes,', 'continues,' open the words as 'said,' does
    ("Harbour master Ilse Varn commented, “The walls held.”\n", [("ilse-varn", None)]),
    ("In the letter, Oren Dask continues, “I will sail again.”\n", [("oren-dask", None)]),
    # 'what she calls “…”' is her own word for it
    ("Harbour master Ilse Varn inspected the quay on Monday. The storm had passed, and she walks "
     "it each night, for what she calls “a test of nerve.”\n", [("ilse-varn", None)]),
    # but 'continues to' and 'commented that' open no words of the one named
    ("The ferry service of Oren Dask continues to run “as usual.”\n", [(None, None)]),
    # a paragraph of a quotation alone after a sentence said by its only person, who goes on
    ("The walls held through the night, Harbour master Ilse Varn said on Monday.\n"
     "“I have never seen a storm like it.”\n", [("ilse-varn", None)]),
    # not where the sentence names another person too
    ("The walls held, Harbour master Ilse Varn told Mayor Oren Dask.\n"
     "“I have never seen a storm like it.”\n", [(None, None)]),
])
def test_the_speaker_rules(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a statement announced by a paragraph that ends with a colon (State Department, 2017)
    ("The State Department released today its semi-annual report to Congress. Acting Assistant "
     "Secretary of State for Near Eastern Affairs Ambassador Stuart Jones gave the following "
     "statement on the report:\n“As we continue to closely scrutinize Iran’s commitment to the "
     "JCPOA, we will continue to hold Iran accountable for its human rights abuses.”\n",
     [("stuart-jones", None)]),
    # a blogger introduced by the paragraph before (Global Voices, 2008)
    ("Filipino journalist Carlos Conde analyzes the shoe-throwing incident from the perspective "
     "of a media person:\n“What he did was to show that he is a citizen before anything else.”\n",
     [("carlos-conde", None)]),
    # a speech verb before the colon speaks, not the first person the sentence names
    ("Mayor Ilse Varn met Oren Dask on the quay. A harbour official said:\n“The walls held.”\n",
     [(None, "A harbour official")]),
    # the colon of a paragraph that is not the one before introduces nothing
    ("Carlos Conde analyzes the incident:\nThe shoes are now priceless.\n“Power to the people!”\n",
     [(None, None)]),
])
def test_a_colon_ending_the_paragraph_before(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of the sentence speaks by the participle (Wikinews, 2008)
    ("Bertie Ahern, the Prime Minister of Ireland visited the White House Monday. Mr. Ahern "
     "started his speech by saying \"Mr. President and Mrs. Bush, thank you for the welcome.\"\n",
     [("bertie-ahern", None)]),
    # 'stating' as well as 'saying' (Wikinews, 2007)
    ("Mahmoud Ahmadinejad engaged University president Lee Bollinger on a number of topics.\n"
     "Bollinger opened the debate addressing critics, stating that \"To those who believe that "
     "this event should never have happened, I want to say that I understand your perspective\"\n",
     [("lee-bollinger", None)]),
    # the name right before the participle is whom the subject spoke of, not the speaker
    ("Mayor Ilse Varn met the ferryman Oren Dask on Monday. Varn praised Dask, saying \"He kept "
     "the harbour open.\"\n", [("ilse-varn", None)]),
    # a noun the participle describes is no speaker, nor is the sentence's subject
    ("Some individuals reported that their search led to a message stating, \"The word "
     "scientology means search for truth.\"\n", [(None, None)]),
])
def test_a_participle_speaks_for_its_sentence_subject(text, expected):
    assert _speakers(text) == expected


def test_a_person_of_a_body_speaks_not_the_body():
    # 'X of the Y said' (Wikinews, 2015): the person, not the ministry nor no one
    assert _speakers(
        "The investigation concluded maintenance failings contributed to the disaster, but Muhammad "
        "Alwi of the Indonesian Transportation Ministry said \"Repeated trouble in maintenance is a "
        "normal thing\".\n") == [("muhammad-alwi", None)]


@pytest.mark.parametrize(("text", "source"), [
    # a veteran (Department of Defense, 2007)
    ("\"The program has done a lot for me and my family,\" said a Marine veteran of the second "
     "battle for Fallujah.\n", "a Marine veteran of the second battle for Fallujah"),
    # the authors of a report (Wikinews, 2006)
    ("The report's authors say iodine deficiency is \"the sleeper health issue in Australia\".\n",
     "The report's authors"),
    # one who posts on a forum (Wikinews, 2008)
    ("Critics of Scientology were critical of the attacks. The poster wrote that \"Prompted I "
     "think by the Tom Cruise video, a new obsession is taking hold on the internet.\"\n",
     "The poster"),
])
def test_veterans_authors_and_posters_are_described_sources(text, source):
    assert _speakers(text) == [(None, source)]


@pytest.mark.parametrize(("text", "expected"), [
    # a colon after a sentence that opens on 'he', and a participle after the quotation
    # (Wikinews, 2007)
    ("In a rebuttal, Ahmadinejad responded by claiming \"It is wrong to spread lies\".\n"
     "He framed questioning of the Holocaust as stifled academic debate: \"Right now, there are a "
     "number of European academics who have been sent to prison,\" later adding that \"you "
     "shouldn't ask me why I'm asking questions.\"\n",
     [("ahmadinejad", None)] * 3),
    # an initial or 'U.S.' ends no sentence: the sentence before the quotation is about him
    ("Iranian president Mahmoud Ahmadinejad spoke at Columbia. Ahmadinejad questioned U.S. "
     "nuclear policy. \"Making nuclear, chemical and biological bombs is yet another result of "
     "the misuse of science.\"\n", [("mahmoud-ahmadinejad", None)]),
])
def test_a_colon_or_a_participle_after_a_sentence_about_him(text, expected):
    assert _speakers(text) == expected


def test_the_person_a_state_qualifies_heads_the_sentence():
    # 'US citizen Susan Cohen … thought of al-Megrahi as “…”' is hers (Wikinews, 2012)
    assert _speakers("US citizen Susan Cohen, the mother of one of those killed in the Lockerbie "
                     "bombing, thought of al-Megrahi as \"a mass murderer\".\n") == [
        ("susan-cohen", None)]


@pytest.mark.parametrize("text", [
    # a state that qualifies a noun is not the subject (Wikinews, 2010)
    "The U.S. military's intelligence chief in Afghanistan has criticized the work of U.S. "
    "intelligence agencies operating there, calling them \"ignorant\".\n",
    # nor is a body whose letter is quoted (Wikinews, 2023)
    "The Home Office letter reads \"we may extend the use of the questionnaire\".\n",
])
def test_a_name_qualifying_a_noun_is_no_subject(text):
    assert [speaker for speaker, _ in _speakers(text)] == [None]


def test_said_the_body_by_its_capitalized_noun():
    # 'said the Church' is the Church of Scientology named before (Wikinews, 2008)
    text = ("Wikinews has learned that the Church of Scientology has begun to falsely accuse the "
            "internet protest group Anonymous of a 2007 school shooting in Finland.\n"
            "\"Anonymous member Pekka-Eric Auvinen shot and killed seven students,\" said the "
            "Church in the October 18 press release.\n")
    registry = [Actor(id="church-of-scientology", name="Church of Scientology",
                      kind="organization")]
    quotes = analyse(text, registry, date(2030, 5, 14)).quotes
    assert [q.attribution.speaker for q in quotes] == ["church-of-scientology"]


FRIENDLY_FIRE = (  # DoD News, 10 June 2014
    "In a statement, Kirby said investigators are looking into the likelihood that friendly fire "
    "was the cause.\n"
    "“Our thoughts and prayers are with the families of these fallen,\" he added.\n"
    "The incident occurred during a security operation when the U.S. service members’ unit came "
    "into contact with enemy forces, International Security Assistance Force officials said in a "
    "statement issued from the command’s headquarters in Kabul, Afghanistan.\n"
    "“Tragically, there is the possibility that fratricide may have been involved,” the statement "
    "said. “The incident is under investigation.”\n")


def test_the_statement_is_whoever_issued_the_last_one_told_of():
    # 'the statement said' after 'ISAF officials said in a statement': ISAF's words, not those
    # of Kirby, whose statement came before
    registry = [Actor(id="isaf", name="International Security Assistance Force",
                      kind="organization"),
                Actor(id="john-kirby", name="John Kirby", kind="person")]
    quotes = analyse(FRIENDLY_FIRE, registry, date(2030, 5, 14)).quotes
    assert [q.attribution.speaker for q in quotes] == ["john-kirby", "isaf", "isaf"]


def test_the_statement_of_someone_the_rules_do_not_read_is_no_ones():
    # officials of no body named: the last statement told of names no one read, and Kirby's
    # before it is not the one meant
    unnamed = FRIENDLY_FIRE.replace("International Security Assistance Force officials",
                                    "coalition officials")
    assert _speakers(unnamed)[1:] == [(None, "the statement")] * 2


def test_a_statement_saying_is_whoever_issued_it():
    # 'Christian Aid issued a statement saying, “…”' (Wikinews, 2010): the body's words, not a
    # source described as 'a statement'
    assert _speakers("In response to the allegations, the charity Christian Aid issued a "
                     "statement saying, \"There are allegations in the story which are against "
                     "all of Christian Aid's principles.\"\n") == [("christian-aid", None)]


_HEARING = "Rex Tillerson, the nominee for Secretary of State, spoke to senators on Wednesday. "


@pytest.mark.parametrize(("said", "count", "allowed"), [
    # Wikinews, 2017: the words stand in what Tillerson says, not in a statement by Russia
    ("Tillerson said Russia had claimed Crimea “as an act of force” requiring the US to offer "
     "“a proportional show of force”.\n", 2, {"rex-tillerson"}),
    ("Tillerson said that Russia had claimed Crimea “as an act of force”.\n", 1, {"rex-tillerson"}),
    # 'He' after one person named: that person, or no one for review, never the one reported
    ("He said Russia had claimed Crimea “as an act of force”.\n", 1, {"rex-tillerson", None}),
])
def test_words_one_speaker_reports_of_another_are_the_reporter_s(said, count, allowed):
    registry = [Actor(id="rex-tillerson", name="Rex Tillerson", kind="person"),
                Actor(id="russia", name="Russia", kind="state")]
    for actors in ([], registry):
        quotes = analyse(_HEARING + said, actors, date(2017, 1, 13)).quotes
        assert len(quotes) == count
        assert {q.attribution.speaker for q in quotes} <= allowed
        assert all("reporting “Russia claimed”" in q.attribution.how for q in quotes)


def test_words_the_one_reported_says_in_their_own_sentence_stay_theirs():
    quotes = analyse("Russia had claimed Crimea “as an act of force”.\n", [], date(2017, 1, 13)).quotes
    assert [q.attribution.speaker for q in quotes] == ["russia"]
