"""What the people and sides classes the 26th real-text reading left open need of the offline
reader, each written in new words: words of a ministry's or a forum's name and an inverted quote
tag are no one's name; a photographer credited under a caption takes no part; a head of state a
message is carried from or to is only named; a long name written before a dash and its office is
kept whole; a list of names after a plural office, and those one speaks with "during discussions
with", take part; the subject after a fronted "In a meeting with a visiting delegation," is the
host, of his own country; a demonym of the head of an international body, and a page's language,
are no sides."""

from __future__ import annotations

from support import only_meeting


def test_the_subject_after_a_fronted_meeting_with_a_visiting_delegation_is_its_host() -> None:
    meeting = only_meeting(
        "In a meeting with a visiting Canadian parliamentary delegation, Interior Minister Bilal Khan called for "
        "closer cooperation against drug trafficking in Islamabad on Monday."
    )
    khan = next(p for p in meeting.participants if p.name == "Bilal Khan")
    assert (khan.party, khan.role.value) == ("PK", "host")
    assert meeting.location.country == "PK"
