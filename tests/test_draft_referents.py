"""A frame that speaks of an actor the article named by what they are: 'the chairman said', 'the
general emphasized', 'the organization said', 'said Hamas official Ayman Taha'. The draft gives
the quote the one actor the article named that fits, and leaves it empty for review where two or
more do; 'one policeman said' and 'the announcement says' are described sources, no actor.
Wording after the labelled Wikinews and U.S. government articles."""

from __future__ import annotations

from datetime import date

import pytest

from generator.draft import analyse


def _speakers(text: str) -> list[str | None]:
    return [q.attribution.speaker for q in analyse(text, [], date(2008, 1, 2)).quotes]


def _sources(text: str) -> list[str | None]:
    return [q.attribution.source for q in analyse(text, [], date(2008, 1, 2)).quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    # dod-2006-10-24: a rank in short before the name gives the office
    ("The fighting eased this week, officials said.\n"
     "“It will take time,” Army Gen. Marlon P. Teague told reporters in Kabul.\n"
     "“The plan is working,” the general said.\n", "marlon-p-teague"),
    # dod-2004-11-11: the lead gives the office, the next sentence names its holder first
    ("Rebels in Hatra have paid “a heavy price,” the chairman of the Joint Chiefs of Staff said.\n"
     "Air Force Gen. Corwin D. Hale, speaking on television, said the operation went well.\n"
     "“We are on plan,” the chairman said.\n", "corwin-d-hale"),
])
def test_an_office_refers_back_to_the_one_person_given_it(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_an_office_two_people_were_given_is_left_for_review():
    # state-wf-2006-10-06: the council's president and the U.S. ambassador are both ambassadors
    text = ("The statement was read by the council's president, Ambassador Taro Ikeda of Japan.\n"
            "U.S. ambassador to the United Nations, Walter Brandt, said the council would act.\n"
            "The ambassador urged the council to “do more than issue a piece of paper.”\n")
    assert _speakers(text)[-1] is None


def test_the_organization_is_the_one_organization_named_near_it():
    # wikinews-2011-08-23: the organization the paragraph named before the quote
    text = ("Two reporters were killed in Quetta this year.\n"
            "Amnesty International has appealed for the killers to be punished. The rights "
            "organization said the government must act. “It is unacceptable that reporters have "
            "to investigate on their own,” the organization said.\n")
    assert _speakers(text) == ["amnesty-international"]


def test_the_organization_is_left_for_review_when_two_are_named_near_it():
    text = ("Amnesty International and the Committee to Protect Journalists have appealed for the "
            "killers to be punished. “It is unacceptable,” the organization said.\n")
    assert _speakers(text) == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    # wikinews-2008-12-23
    ("Hamas said on Friday that the truce was over. Hamas leaders met in Gaza.\n“The calm is "
     "over,” said Hamas official Ayman Taha, after talks with other factions.\n",
     "ayman-taha"),
    ('"We would like it to continue," stated Israel Foreign Ministry spokesman Yigal Palmor.\n',
     "yigal-palmor"),
    # wikinews-2017-01-24
    ("“A healthy environment is a basic right,” stated Natural Resources Defense Council "
     "President Rhea Suh.\n", "rhea-suh"),
])
def test_the_person_after_a_body_and_an_office_is_the_speaker(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(("text", "source"), [
    # wikinews-2008-03-29
    ("Police handed their weapons to the militia. “We can't fight our brothers,” one policeman "
     "said.\n", "one policeman"),
    # globalvoices-2006-07-25
    ("“Contributions should reflect the contradictions of life,” the announcement says.\n",
     "the announcement"),
])
def test_someone_or_a_writing_described_is_a_source(text, source):
    assert _sources(text) == [source]
    assert _speakers(text) == [None]


def test_a_subject_that_ends_on_a_name_is_that_actor():
    # wikinews-2012-09-29: an office, the name, an adverb, then the verb
    text = ("The agency copied the story. However, The Onion's editor Will Tracy humourously "
            "remarked: “We are proud of our subsidiary.”\n")
    assert _speakers(text) == ["will-tracy"]


def test_a_name_a_preposition_puts_inside_a_longer_subject_is_not_the_speaker():
    # wikinews-2014-01-28: the curator speaks, not her university
    text = ("Dana Holt, curator of exhibits at the University of Arkansas, Fayetteville, said, "
            "“These images are documentation.”\n")
    assert _speakers(text) != ["university-of-arkansas"]


def test_a_pronoun_after_a_sentence_about_an_office_is_its_holder():
    # dod-2007-06-16: the sentence before names two others first, and is about the secretary
    text = ("Defense Secretary Tomas Vell said the surge will take time.\n"
            "Vell met with Army Gen. Ansel Rook and Ambassador Ira Crane.\n"
            "In a news conference after his meeting with Rook and Crane, the secretary praised "
            "the two leaders.\n“These two are among our finest public servants,” he said.\n")
    assert _speakers(text)[-1] == "tomas-vell"


def test_a_quote_a_colon_introduces_is_not_given_to_the_person_the_next_sentence_names():
    # wikinews-2008-03-14: the petition's words, then another member of parliament
    text = ("The petition was signed by eighty members of the upper house.\n"
            "Its sponsor in the House of Lords initiated the petition, and stated: “There is no "
            "doubt that he will be persecuted.” Tom Vane, Member of Parliament for Dunmore, said "
            "he would support the appeal.\n")
    assert _speakers(text) == [None]
