"""When and how a drafted quote was said: its date is the day its sentence gives for the speaking
('said on Tuesday', 'told reporters on March 3', 'On Friday, the president wrote'), else none,
the article's own day, never a year or day named in passing; its setting is the article's word
for the occasion (interview, statement, briefing, news conference, post, speech), read in its
own sentence first, else left for review. Words in quotation marks that no one is given as
saying (what some call “…”, as if to say “…”) are no quotes. Wording from the labelled real
articles, or what analysts met."""

from __future__ import annotations

from datetime import date

import pytest

from generator.draft import analyse
from generator.draft.yaml_out import to_yaml


def _quote(text: str, published: date) -> tuple[str | None, str]:
    q = analyse(text, [], published).quotes[0]
    return q.date, q.setting


@pytest.mark.parametrize(("text", "published"), [
    # wikinews-2008-10-04: Monday is the day of the vote, not of the words (dated 2008-09-29)
    ('"The inclusion of parity, tax extenders and the FDIC increases has caused me to reconsider '
     'my position," said Representative Jim Ramstad (R Minnesota), who voted against the previous '
     'bill on Monday.\n', date(2008, 10, 4)),
    # dod-2008-02-15: March is when the Marines go (dated 2007-03)
    ('"The insurgency is growing," he said, noting that the president\'s decision to send 3,200 '
     'Marines to the country beginning in March is an indication of the U.S. government\'s '
     'concern.\n', date(2008, 2, 15)),
    # said in 2015, of something in 2009
    ("“It is over,” said Smith, who has led the party since 2009.\n", date(2015, 6, 1)),
    # ibtimes-2015-08-11: said in 2015 of his detention a year before
    ('Lowery, who is covering demonstrations in Ferguson, said his detention in August 2014 was '
     '"illegal and unnecessary" and thus said he was surprised to see the court summons.\n',
     date(2015, 8, 11)),
])
def test_a_date_named_in_passing_is_not_when_the_words_were_said(text, published):
    assert _quote(text, published)[0] is None


@pytest.mark.parametrize(("text", "published", "said"), [
    ("“It is over,” Smith told reporters on March 3.\n", date(2024, 10, 16), "2024-03-03"),
    ("“It is over,” Smith said in 2015, six years after he took power in 2009.\n",
     date(2016, 1, 5), "2015"),
    # wikinews-2006-08-06
    ('On Saturday, Cuban parliamentary speaker Ricardo Alcaron told CNN\'s Spanish service that '
     'Castro "remains in stable condition".\n', date(2006, 8, 6), "2006-08-05"),
    # voa-le-2018-02-16
    ("On Friday, the president wrote on Twitter: “Russia started their anti-US campaign in "
     "2014.”\n", date(2018, 2, 20), "2018-02-16"),
])
def test_the_day_the_sentence_gives_for_the_speaking_is_the_quote_s_date(text, published, said):
    assert _quote(text, published)[0] == said


@pytest.mark.parametrize(("text", "setting"), [
    # a written statement, though the paragraph goes on to a speech
    ("“It is over,” Smith said in a statement. He gave a speech on Monday.\n", "statement"),
    ("“It is over,” Smith said in an interview with Reuters.\n", "interview"),
    ("In an interview, Smith spoke of the talks. “It is over,” he said.\n", "interview"),
    ("“It is over,” Smith told a news conference.\n", "news-conference"),
    ("“It is over,” Smith said at a briefing.\n", "news-conference"),
    ("“It is over,” Smith said in a post on X.\n", "social-media"),
    ("“It is over,” Smith said in a televised speech.\n", "speech"),
    ("“It is over,” Smith told reporters.\n", "to-reporters"),
    # no word for the occasion: left for review, not 'remarks' or 'statement' by kind
    ("“It is over,” Smith said.\n", ""),
    ("“It is over,” Smith, a champion of free speech, said.\n", ""),
])
def test_the_setting_is_the_article_s_word_for_the_occasion_or_left_for_review(text, setting):
    assert _quote(text, date(2024, 10, 16))[1] == setting


@pytest.mark.parametrize("text", [
    "“It is over,” Smith said, after declining an interview request.\n",
    "“It is over,” Smith said. There would be no news conference, his office said.\n",
    "“It is over,” Smith said on Monday without a news conference.\n",
    "“It is over,” said Smith, who refused an interview.\n",
    "“It is over,” Smith said after he cancelled a planned press conference.\n",
    "“It is over,” Smith said, though he wouldn’t give a speech.\n",
    # blogtuan-2022-05-27: the speech is Blinken's, which Wang speaks of at his briefing
    "On May 27, Chinese Foreign Ministry spokesman Wang Wenbin said that the country was "
    "“resolutely opposed” to the speech, saying it showed Washington had sought to “contain and "
    "suppress China’s development”.\n",
])
def test_words_that_deny_the_occasion_or_speak_of_another_s_give_no_setting(text):
    assert _quote(text, date(2024, 10, 16))[1] == ""


@pytest.mark.parametrize(("text", "setting"), [
    # the denial is of something else, in another clause or far before
    ("“It is over,” Smith, who declined to comment on Monday, said later in an interview.\n",
     "interview"),
    ("“I will not resign,” Smith told reporters.\n", "to-reporters"),
    ("“It is over,” Smith said in a statement, not in a speech.\n", "statement"),
])
def test_a_denial_elsewhere_in_the_sentence_keeps_the_setting(text, setting):
    assert _quote(text, date(2024, 10, 16))[1] == setting


def test_a_setting_left_for_review_is_written_as_other_with_a_review_mark():
    a = analyse("“It is over,” Smith said.\n", [], date(2024, 10, 16))
    written = to_yaml(a, "x", "x.txt", "0" * 64)
    assert "    setting: other  # REVIEW: the article does not say how it was said" in written


@pytest.mark.parametrize("text", [
    "Kushner unveiled what some call “the deal of the century” on Tuesday, officials said.\n",
    "The plan is what has been called “the deal of the century,” officials said.\n",
    "He shrugged, as if to say “what can I do?”, and left.\n",
])
def test_a_name_some_give_a_thing_and_imagined_speech_are_no_quotes(text):
    assert analyse(text, [], date(2024, 10, 16)).quotes == []


def test_a_phrase_a_named_speaker_gives_stays_a_quote():
    # voa-2008-06-20: the police chief's own word
    text = ("Friday, Zimbabwe's police chief, Augustine Chihuri, said the MDC was what he termed "
            "the \"main culprit\" in violence.\n")
    assert [q.text for q in analyse(text, [], date(2008, 6, 20)).quotes] == ["main culprit"]


def test_a_name_given_to_a_thing_is_nobodys_words():
    # dod-2012-01-20: 'green on blue' is what such incidents are called, no one's words
    text = ("Navy Capt. John Kirby, a Pentagon spokesman, told reporters this morning that such "
            "incidents coming from Afghanistan forces are called “green on blue” incidents.\n")
    a = analyse(text, [], date(2012, 1, 20)).quotes[0].attribution
    assert (a.speaker, a.source) == (None, None)


@pytest.mark.parametrize("text", [
    # dod-2011-08-19: the words Panetta hears from service members, before and after the quote
    ("WASHINGTON, Aug. 19, 2011 — “Don’t give up on the mission” is the message he gets from "
     "service members when he meets them, Defense Secretary Leon E. Panetta said here today.\n"),
    ("Defense Secretary Leon E. Panetta spoke here today. The main message he gets from service "
     "members and their families, though, is “don’t give up on the mission,” the secretary "
     "said.\n"),
])
def test_words_someone_hears_from_others_are_left_to_review(text):
    a = analyse(text, [], date(2011, 8, 19)).quotes[0].attribution
    assert (a.speaker, a.source) == (None, None)


@pytest.mark.parametrize("text", [
    # wikinews-2008-06-29: the sentence before opens with Ban Ki-moon, not Mugabe
    ("Robert Mugabe was recently under a large amount of pressure to postpone the election after "
     "the main opposition candidate, Morgan Tsvangirai, pulled out due to fears of violence. For "
     "example, Ban Ki-moon, secretary general of the United Nations yesterday called for the "
     "election to be postponed. He said that he \"strongly supports the statement of the Chairman "
     "of SADC\".\n"),
    # wikinews-2014-01-28: the sentence before is about Kevin Allton, though Warhol is its subject
    ("Andy Warhol was an influential figure. For Kevin Allton, a USI instructor in English, Warhol "
     "was also a legend. He said, \"Andy Warhol was the center of the Zeitgeist for the 20th "
     "century and everything since.\"\n"),
])
def test_a_pronoun_after_a_sentence_opening_with_another_person_is_left_to_review(text):
    assert analyse(text, [], date(2014, 1, 28)).quotes[0].attribution.speaker is None
