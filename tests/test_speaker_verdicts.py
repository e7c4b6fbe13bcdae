"""Each verdict rule of the speaker check, on real article wording: the article's words confirm a
quote's speaker, contradict it (an error under --strict) or leave it unconfirmed."""

from __future__ import annotations

import pytest

from generator.content.model import Actor, Briefing, Quote
from generator.verify import attribution, matching

C, X, U = attribution.CONFIRMED, attribution.CONTRADICTED, attribution.UNCONFIRMED


def _verdict(article: str, actors: dict[str, str], words: str, speaker: str
             ) -> attribution.Verdict:
    """The verdict on `words` given to `speaker`, with a registry of `actors` (id: 'kind Name')."""
    registry = {}
    for actor_id, kind_name in actors.items():
        kind, name = kind_name.split(" ", 1)
        registry[actor_id] = Actor(id=actor_id, name=name, kind=kind)
    quote = Quote(id="q", speaker=speaker, text=words)
    found = matching.find(matching.normalize(article), words)
    assert isinstance(found, matching.Match), words
    b = Briefing.model_construct(quotes=[quote])
    return attribution.verdicts(article, {"q": found.spans}, b, registry)["q"]


# --- a guess from the sentence's subject -----------------------------------------------------------

AMNESTY = (  # Wikinews, 28 June 2009
    "The human rights organization Amnesty International has requested that Iran free "
    "journalists imprisoned in the wake of violence which occurred after recent presidential "
    "elections in the country.\n"
    "News media have reported that dozens of journalists have been arrested in Iran, according "
    "to Amnesty International there may be up to 30 journalists imprisoned in the country. "
    "Amnesty International refers to the imprisoned journalists as \"prisoners of conscience.\"\n"
    "Jenny Leong, co-ordinator of Amnesty International in Australia, expressed concern to ABC "
    "Online about the well-being of the imprisoned journalists.\n")
AMNESTY_ACTORS = {"amnesty-international": "organization Amnesty International",
                  "jenny-leong": "person Jenny Leong", "iran": "state Iran"}
LOCKERBIE = (  # Wikinews, 23 May 2012
    "Al-Megrahi died on Sunday at his home in Tripoli.\n"
    "US citizen Susan Cohen, the mother of one of those killed in the Lockerbie bombing, thought "
    "of al-Megrahi as \"a mass murderer\" who \"deserved to die\". However, UK citizen Jim Swire, "
    "father of another victim of the bombing, believes al-Megrahi was not guilty.\n")
LOCKERBIE_ACTORS = {"susan-cohen": "person Susan Cohen", "jim-swire": "person Jim Swire",
                    "united-states": "state United States"}


@pytest.mark.parametrize(("article", "actors", "words", "speaker", "verdict"), [
    # 'Amnesty International refers to … as "…"': the subject guessed, and no one else named
    # before the words, so the co-ordinator introduced after them did not say them
    (AMNESTY, AMNESTY_ACTORS, "prisoners of conscience.", "amnesty-international", C),
    (AMNESTY, AMNESTY_ACTORS, "prisoners of conscience.", "jenny-leong", X),
    # the subject read is a state, a word of 'US citizen Susan Cohen': no proof against anyone
    (LOCKERBIE, LOCKERBIE_ACTORS, "a mass murderer", "susan-cohen", U),
    (LOCKERBIE, LOCKERBIE_ACTORS, "a mass murderer", "jim-swire", U),
])
def test_a_speaker_guessed_from_the_sentences_subject(article: str, actors: dict[str, str],
                                                     words: str, speaker: str, verdict: str):
    assert _verdict(article, actors, words, speaker).verdict == verdict
