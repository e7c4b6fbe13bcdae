"""One person, one actor: a surname alone, or with a title, is the person the article names in
full with it, before or after; of two people named in full with one surname it is neither, and
its quotes are left to review. The wording is real news and government releases'."""

from __future__ import annotations

from datetime import date

from generator.draft import analyse
from generator.draft.analysis import Analysis


def _draft(text: str) -> Analysis:
    return analyse(text, [], date(2012, 2, 3))


def test_a_title_and_surname_before_the_full_name_are_that_persons_actor():
    # Voice of America, 6 February 2009
    text = ("President Obama said failure to quickly approve the measure would be irresponsible, "
            "as he continued to press for its passage.\n\n"
            "Senate Majority Leader Harry Reid scheduled a late Friday vote, as he appealed to both "
            "parties to support President Barack Obama on the stimulus measure.\n")
    people = {p.id for p in _draft(text).proposed if p.kind == "person"}
    assert people == {"barack-obama", "harry-reid"}


def test_a_surname_speaking_before_the_full_name_is_that_persons_quote():
    # a Department of State readout: the title and surname first, the full name after
    text = ("“The United States stands with its allies,” Secretary Rubio said.\n\n"
            "Secretary of State Marco Rubio spoke with NATO Secretary General Mark Rutte on "
            "Tuesday.\n")
    a = _draft(text)
    assert [q.attribution.speaker for q in a.quotes] == ["marco-rubio"]
    assert "rubio" not in {p.id for p in a.proposed}


def test_a_middle_initial_makes_no_second_actor():
    # Department of Defense, 3 February 2012
    text = ("Defense Secretary Leon E. Panetta paused today between a NATO defense ministerial "
            "and the annual Munich security conference.\n\n"
            "“You literally save lives,” Leon Panetta told the troops.\n")
    a = _draft(text)
    people = {p.id for p in a.proposed if p.kind == "person"}
    assert people == {"leon-e-panetta"}
    assert [q.attribution.speaker for q in a.quotes] == ["leon-e-panetta"]


def test_a_surname_two_people_are_named_in_full_by_is_left_to_review():
    # Wikinews, 6 August 2006: Fidel Castro and his brother Raul Castro
    text = ("Fidel Castro's condition is \"satisfactory\" following surgery last Monday for "
            "intestinal bleeding.\n\n"
            "Castro, who turns 80 later this month, temporarily transferred power to his 75 "
            "year-old brother, Raul Castro, prior to his surgery.\n\n"
            "\"The people must stay calm,\" Castro said in a statement read on state "
            "television.\n")
    q = _draft(text).quotes[-1]
    assert q.attribution.speaker is None
    assert "two people of that surname" in q.attribution.how


def test_the_two_presidents_bush_leave_bush_said_to_review():
    # a White House release names both presidents in full
    text = ("President George W. Bush and former President George H. W. Bush attended the "
            "dedication of the library on Thursday.\n\n"
            "“This is a day of gratitude,” Bush said.\n")
    a = _draft(text)
    assert [q.attribution.speaker for q in a.quotes] == [None]
    assert {p.id for p in a.proposed if p.kind == "person"} == {"george-w-bush", "george-h-w-bush"}


def test_the_president_in_capitals_is_the_president_named_in_full():
    # a White House release writes the office with a capital
    text = ("WASHINGTON, D.C. – President George W. Bush met Prime Minister Bertie Ahern of "
            "Ireland in the Oval Office on Monday.\n\n"
            "“Ireland is a friend of the United States,” the President said.\n")
    assert [q.attribution.speaker for q in _draft(text).quotes] == ["george-w-bush"]


def test_a_verb_between_two_names_is_no_part_of_the_second_ones_role():
    # 'met' is no modifier of 'Prime Minister': Bertie Ahern is no president, and 'the
    # president' is George W. Bush
    text = ("President George W. Bush met Irish Prime Minister Bertie Ahern at the White House "
            "on Monday.\n\n"
            "“It is a great day,” the president said.\n")
    a = _draft(text)
    assert {p.id: p.role for p in a.proposed if p.kind == "person"}["bertie-ahern"] == \
        "Irish Prime Minister"
    assert [q.attribution.speaker for q in a.quotes] == ["george-w-bush"]


def test_a_shortened_given_name_and_a_suffix_make_no_second_actor():
    # the White House names the president in full, and as 'Joe Biden' in a statement's title
    text = ("WASHINGTON — President Joseph R. Biden Jr. signed the CHIPS and Science Act into law "
            "on Tuesday.\n\n"
            "“This is a once-in-a-generation investment in America itself,” Biden said.\n\n"
            "Statement from President Joe Biden on the signing of the act.\n")
    a = _draft(text)
    assert {p.id: p.name for p in a.proposed if p.kind == "person"} == {
        "joseph-r-biden-jr": "Joseph R. Biden Jr."}
    assert [q.attribution.speaker for q in a.quotes] == ["joseph-r-biden-jr"]


def test_the_president_of_two_presidents_named_is_left_to_review():
    # a White House release of a meeting of two presidents: 'the president' may be either
    text = ("President George W. Bush met Russian President Vladimir Putin in Kennebunkport, "
            "Maine, on Sunday.\n\n"
            "“We had a very good discussion,” the president said.\n")
    assert [q.attribution.speaker for q in _draft(text).quotes] == [None]


def test_an_office_in_apposition_after_a_capital_the_is_the_persons_role():
    # a White House briefing's summary: the office opens the sentence
    text = ("The Press Secretary, Dana Perino, briefed reporters on Tuesday.\n\n"
            "“The President looks forward to the visit,” the press secretary said.\n")
    a = _draft(text)
    assert {p.id: p.role for p in a.proposed}["dana-perino"] == "Press Secretary"
    assert [q.attribution.speaker for q in a.quotes] == ["dana-perino"]
