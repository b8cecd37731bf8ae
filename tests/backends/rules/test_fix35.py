"""Classes the 26th, 27th and 30th readings left open. Every sentence invented, none of them an
eval case's."""

from __future__ import annotations

from support import read_offline


def test_two_offices_joined_by_and_with_the_day_before_the_verb() -> None:
    # "Director General of X and US Ambassador Y on Friday discussed …": one meeting, on that day,
    # the ambassador titled by her own office, the director named in the sentence after
    text = (
        "Commissioner General of the Belize Police Department and British High Commissioner Helen Marsh on "
        "Tuesday discussed ways to strengthen cooperation against drug trafficking.\n\n"
        "Marcus Tillett underlined the value of the partnership between the two services."
    )
    (meeting,) = read_offline(text, "2026-04-10").meetings
    people = {p.name: p for p in meeting.participants}
    assert meeting.date is not None and meeting.date.isoformat() == "2026-04-07"
    assert people["Helen Marsh"].title == "British High Commissioner"
    assert people["Marcus Tillett"].title == "Commissioner General of the Belize Police Department"
    assert {p.party for p in people.values()} == {"BZ", "GB"}


def test_one_office_holding_two_offices_keeps_both() -> None:
    # no country before the second office: one man's two offices ("Deputy Commissioner and Head of …")
    text = "The Deputy Commissioner and Head of Operations Peter Nduati received the Ugandan police attaché, Mr. John Okot."
    (meeting,) = read_offline(text, "2026-04-10").meetings
    titles = {p.name: p.title for p in meeting.participants}
    assert titles["Peter Nduati"] == "Deputy Commissioner and Head of Operations"


def test_a_meeting_told_by_offices_alone_then_in_full_is_one() -> None:
    # a headline read as a sentence, with no day, place or name, then the same meeting told in full
    text = (
        "Belize police chief meets British envoy\n\n"
        "Commissioner General of the Belize Police Department and British High Commissioner Helen Marsh on "
        "Tuesday discussed ways to strengthen cooperation against drug trafficking."
    )
    meetings = read_offline("Latest news\n\n" + text, "2026-04-10").meetings
    assert len(meetings) == 1
    assert "Helen Marsh" in {p.name for p in meetings[0].participants}


def test_the_speaker_named_before_tells_the_gathering_by_a_pronoun() -> None:
    # "He said the … meeting, held in … on …": the meeting, its day and place, and the speaker as its host
    text = (
        "Thailand's Police Commissioner General Somchai Rattanakul said the yearly talks with Cambodia help both "
        "forces keep the border safe.\n\n"
        "He said the 8th border liaison committee meeting, held in Bangkok on Thursday, focused on drug "
        "smuggling and people smuggling.\n\n"
        "The Cambodian National Police said its deputy chief, Sok Vanna, attended the meeting."
    )
    (meeting,) = read_offline(text, "2026-08-15").meetings
    roles = {p.name: p.role.value for p in meeting.participants}
    assert roles.get("Somchai Rattanakul") == "host" and roles.get("Sok Vanna") == "guest"
    assert meeting.location is not None and meeting.location.city == "Bangkok"
    assert meeting.date is not None and meeting.date.isoformat() == "2026-08-13"
    assert set(meeting.parties) == {"KH", "TH"}


def test_two_audiences_in_one_sentence_each_with_its_own_guest() -> None:
    # « a reçu successivement … le chef … de la police fédérale allemande et l'ambassadeur d'Espagne »: two
    # audiences, the first guest's title not glued to the second's, each named in the sentence that follows
    text = (
        "Le ministre de l'Intérieur a reçu successivement en audience, ce mardi 3 mars 2026 à Bamako, le chef "
        "adjoint de la police fédérale allemande et l'ambassadeur d'Espagne au Mali.\n\n"
        "Klaus Brenner en sa qualité de chef adjoint de la police fédérale allemande a fait le point de la "
        "coopération en matière de formation.\n\n"
        "Pour sa part, Luis Ortega ambassadeur d'Espagne au Mali a présenté au ministre un projet d'appui à la "
        "police des frontières."
    )
    meetings = read_offline(text, "2026-03-05").meetings
    assert [sorted(m.parties) for m in meetings] == [["DE", "ML"], ["ES", "ML"]]
    guests = [[p for p in m.participants if p.role.value == "guest"] for m in meetings]
    assert [[p.name for p in g] for g in guests] == [["Klaus Brenner"], ["Luis Ortega"]]
    assert guests[0][0].title is not None and "ambassad" not in guests[0][0].title


def test_the_delegation_members_listed_before_the_talks_are_its_side() -> None:
    # "The delegation comprised of A, B and C" (cut by a stray full stop after a title), then the talks
    text = (
        "Seychellois officials were in Kenya from 2nd to 3rd May for bilateral consultations. The delegation "
        "comprised of Principal Secretary for Interior, Ambassador. Marie Laporte, the Attorney General Mr Paul "
        "Hoarau and Mr Denis Morel.\n\n"
        "The delegation held talks in Nairobi with the Cabinet Secretary for Interior, Mr Peter Wafula, on "
        "maritime security."
    )
    (meeting,) = read_offline(text, "2026-05-05").meetings
    members = {
        p.name: p for p in meeting.participants if p.name in {"Marie Laporte", "Paul Hoarau", "Denis Morel"}
    }
    assert set(members) == {"Marie Laporte", "Paul Hoarau", "Denis Morel"}
    assert {p.party for p in members.values()} == {"SC"}
    assert {p.role.value for p in members.values()} == {"guest"}
