"""Quotes that read as the article meant them, and quotes that do not, in the wording of wire
copy and official statements: each case a sentence of a quotation, a quote of it, and whether a
careful editor would publish that quote as the speaker's meaning. A false alarm is as bad as a
miss, so both kinds are here."""

from __future__ import annotations

import pytest

from generator.verify import matching


def _said(sentence: str) -> str:
    return f"“{sentence},” he said."


FAITHFUL = [  # the quote names a thing the clause speaks of, or the frame affirms
    (_said("We will never accept the annexation of Crimea"), "the annexation of Crimea"),
    (_said("We will not recognise the so-called referendums"), "so-called referendums"),
    (_said("We cannot allow a humanitarian catastrophe in Gaza"),
     "a humanitarian catastrophe in Gaza"),
    (_said("Our forces did not hit civilian targets"), "civilian targets"),
    (_said("No one wants a nuclear war"), "a nuclear war"),
    (_said("It is no secret that Iran sent missiles to Russia"), "Iran sent missiles to Russia"),
    (_said("There is no question that Iran sent drones"), "Iran sent drones"),
    (_said("Nobody disputes that the talks failed"), "the talks failed"),
    (_said("There is little doubt that the ceasefire holds"), "the ceasefire holds"),
    (_said("It is hard to deny that prices rose"), "prices rose"),
    (_said("It was not until March that the army withdrew"), "the army withdrew"),
    (_said("We have provided air defence systems to Kyiv"), "air defence systems to Kyiv"),
    (_said("The aid we are providing has saved lives"), "has saved lives"),
    (_said("If you look at the data, inflation is falling"), "inflation is falling"),
    (_said("It is a breakthrough, if a modest one"), "It is a breakthrough"),
    (_said("Iran will keep sending missiles until the war ends"), "Iran will keep sending missiles"),
    (_said("If Iran sends missiles, we will respond, and we have told Tehran so"),
     "we have told Tehran so"),
    (_said("Russia will not only withdraw its troops but pay reparations"), "withdraw its troops"),
    (_said("We will not attend the talks because the venue is unsafe"),
     "because the venue is unsafe"),
    ("“According to our estimates, 40,000 people have fled,” the agency said.",
     "40,000 people have fled"),
    (_said("Residents were told to evacuate immediately"), "to evacuate immediately"),
    (_said("Ukraine will win this war. Nonsense, the sceptics say. But Ukraine will win"),
     "Ukraine will win this war"),
    (_said("Being infamous is not a good farewell for the President of the ‘World’"), "World"),
    ("“We have no choice but to say that the plan works,” she said.", "the plan works"),
    (_said("He was guilty beyond a reasonable doubt of each and every count"),
     "each and every count"),
    (_said("It is no exaggeration to say that Iran sent missiles"), "Iran sent missiles"),
    (_said("We have not forgotten that Iran sent missiles"), "Iran sent missiles"),
    (_said("It is not surprising that Iran sent missiles"), "Iran sent missiles"),
    (_said("We did not know until yesterday that Iran sent missiles"), "Iran sent missiles"),
    (_said("The conditions do not exist for a run-off, and that they should be postponed"),
     "they should be postponed"),
    (_said("We will not negotiate with a regime that shells hospitals every day"),
     "shells hospitals every day"),
    (_said("We oppose the annexation of Crimea"), "the annexation of Crimea"),
    (_said("We are also opposed to the systematic pursuit of journalists"),
     "the systematic pursuit of journalists"),
    (_said("We have not got the weapons we need"), "the weapons we need"),
    (_said("The border lies 40 kilometres from the city"), "40 kilometres from the city"),
    (_said("Article 6 of our constitution says so"), "our constitution says so"),
    (_said("The engineers, as per instructions, loaded the trucks"), "loaded the trucks"),
    (_said("The talks will end, so once they say this is the end of it we leave"),
     "The talks will end"),
    (_said("Why do you support well-documented terrorist organizations in Syria?"),
     "well-documented terrorist organizations"),
    # what goes on after a comma adds to the quote rather than taking from it
    (_said("Russia sent tanks, not only to Donetsk but to Luhansk"), "Russia sent tanks"),
    (_said("The talks failed, not least because the venue was unsafe"), "The talks failed"),
    (_said("The talks failed, not surprisingly, after two hours"), "The talks failed"),
    (_said("We sent aid, not a single truck arrived"), "We sent aid"),
    # a clause of its own after 'but not', and a 'not only … but' that adds
    (_said("We sent aid, but not a single truck arrived"), "We sent aid"),
    (_said("Russia sent tanks, but not only to Donetsk but to Luhansk"), "Russia sent tanks"),
    # a bare 'not' after a comma or dash that says again, by its opposite, what the quote said
    (_said("Iran is guilty, not innocent"), "Iran is guilty"),
    (_said("The talks will resume on Tuesday, not before Monday"),
     "The talks will resume on Tuesday"),
    (_said("This is a war of choice, nothing less, not a war of necessity"),
     "This is a war of choice, nothing less"),
    (_said("The strike hit the port — not the city"), "The strike hit the port"),
]

UNFAITHFUL = [  # the quote drops what turns it round, says how many, or whose it is
    (_said("It is false that Iran sent drones to Russia"), "that Iran sent drones to Russia"),
    (_said("There is no evidence that Iran sent missiles"), "evidence that Iran sent missiles"),
    (_said("There is no evidence Iran sent missiles to Russia"), "Iran sent missiles to Russia"),
    (_said("We doubt Iran sent missiles to Russia"), "Iran sent missiles to Russia"),
    (_said("Russia rejects suggestions it has troops in Ukraine"), "it has troops in Ukraine"),
    (_said("Few of the hostages have been released"), "the hostages have been released"),
    (_said("None of the imported waste can be toxic"), "the imported waste can be toxic"),
    (_said("Iran has not yet sent missiles to Russia"), "sent missiles to Russia"),
    (_said("Iran no longer sends missiles to Russia"), "sends missiles to Russia"),
    (_said("The report is hardly credible"), "credible"),
    (_said("We do not want to escalate the conflict"), "escalate the conflict"),
    (_said("It is not true that the U.S. sent missiles to Ukraine"), "sent missiles to Ukraine"),
    (_said("If the U.S. sends troops, we will respond with force"), "we will respond with force"),
    (_said("There is no evidence that Mr. Trump knew about the payments"),
     "Trump knew about the payments"),
    (_said("The so-called peace plan is a trap"), "peace plan is a trap"),
    (_said("Neither Kirby nor anyone else has shown that Iran sent missiles"), "Iran sent missiles"),
    (_said("We might back the plan"), "We … back the plan"),
    (_said("The plan will fail, critics warn, but I say it will succeed"), "The plan will fail"),
    (_said("Kirby said yesterday that Iran sent missiles to Russia"), "Iran sent missiles to Russia"),
    (_said("Allegedly, Iran sent missiles to Russia"), "Iran sent missiles to Russia"),
    (_said("Per Kirby, Iran sent missiles to Russia"), "Iran sent missiles to Russia"),
    (_said("There are reports that Iran sent missiles to Russia"), "Iran sent missiles to Russia"),
    (_said("Russia falsely claims it has no troops in Ukraine"), "it has no troops in Ukraine"),
    (_said("That Iran sent missiles to Russia is not true"), "Iran sent missiles to Russia"),
    (_said("Iran sent missiles to Russia. That is complete nonsense"), "Iran sent missiles to Russia"),
    (_said("If Iran complies we will sign the deal"), "we will sign the deal"),
    (_said("We will respond with force should Iran attack"), "We will respond with force"),
    (_said("We will sign the deal — if Iran complies"), "We will sign the deal"),
    (_said("Were Iran to comply, we would sign the deal"), "we would sign the deal"),
    (_said("Russia has refused to withdraw its troops"), "withdraw its troops"),
    (_said("Iran is unlikely to have sent missiles to Russia"), "to have sent missiles to Russia"),
    (_said("Iran may have sent missiles to Russia"), "sent missiles to Russia"),
    (_said("Between 10 and 40 people were killed"), "40 people were killed"),
    (_said("Twenty five people died"), "five people died"),
    (_said("The toll is 40–50 dead"), "50 dead"),
    (_said("About 1/3 of homes lost power"), "3 of homes lost power"),
    (_said("The self-proclaimed republic held a vote"), "republic held a vote"),
    (_said("The suspected spy was arrested"), "spy was arrested"),
    (_said("Iran didn´t send missiles to Russia"), "send missiles to Russia"),
    (_said("Russia has yet to withdraw its troops"), "withdraw its troops"),
    (_said("Almost all of the hostages were released"), "all of the hostages were released"),
    (_said("As many as 10 hostages were killed"), "10 hostages were killed"),
    (_said("All prisoners except the officers were released"), "All prisoners … were released"),
    (_said("It is wrong to say that Iran sent missiles"), "Iran sent missiles"),
    (_said("It would be naive to believe that Iran sent missiles"), "Iran sent missiles"),
    (_said("Iran sent missiles to Russia. This is disinformation"), "Iran sent missiles to Russia"),
    (_said("Iran sent missiles to Russia, or so the Americans say"), "Iran sent missiles to Russia"),
    (_said("Iran sent missiles to Russia, according to U.S. intelligence, but we doubt it"),
     "Iran sent missiles to Russia"),
    (_said("We are told that Iran sent missiles to Russia"), "Iran sent missiles to Russia"),
    (_said("It might be a statistical blip"), "a statistical blip"),
    (_said("We back the sanctions, but not on food"), "We back the sanctions"),
    (_said("The strike hit the port, not the city, but the warehouses"), "The strike hit the port"),
    (_said("We will lift the sanctions, yet not this year"), "We will lift the sanctions"),
    # a 'not' that holds the quote back in time, with a 'but' or bare; a 'but never' as a 'but not'
    (_said("We will strike back, but not just yet"), "We will strike back"),
    (_said("We will strike back, not just yet"), "We will strike back"),
    (_said("We will leave on Friday, not a single day before the vote"), "We will leave on Friday"),
    (_said("We will send them weapons, but never drones"), "We will send them weapons"),
    # the verbs after what holds instead, or in a relative clause, are not the 'not''s own
    (_said("A crime was committed, not by us, but by police who assaulted them"),
     "A crime was committed"),
    (_said("The shells hit the school, but not the men who fired them"), "The shells hit the school"),
]


@pytest.mark.parametrize("article, quote", FAITHFUL, ids=[q for _, q in FAITHFUL])
def test_a_faithful_quote_passes(article: str, quote: str):
    found = matching.find(matching.normalize(article), quote)
    assert isinstance(found, matching.Match), found


@pytest.mark.parametrize("article, quote", UNFAITHFUL, ids=[q for _, q in UNFAITHFUL])
def test_an_unfaithful_quote_is_refused_with_the_words_it_drops(article: str, quote: str):
    found = matching.find(matching.normalize(article), quote)
    assert isinstance(found, matching.Miss), quote
    assert found.closest and found.differences
