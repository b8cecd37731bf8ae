"""Reconcile: repeated encounters and people merged, offices out of names, a model's
draft completed from the offline reading and never overridden by it."""

from __future__ import annotations

from typing import Any

from conftest import EXAMPLES
from fakeserver import FakeOpenAI, chat_auto

import communique
from communique.draft import Draft, DraftMeeting, DraftParticipant
from communique.pipeline import Pipeline
from communique.reconcile import complete, consolidate, same_encounter, same_person
from communique.schema import MeetingKind, Role, Status


def person(name: str | None = None, **fields: Any) -> DraftParticipant:
    return DraftParticipant(name=name, **fields)


def meeting(*people: DraftParticipant, **fields: Any) -> DraftMeeting:
    return DraftMeeting(
        kind=fields.pop("kind", MeetingKind.WORKING_MEETING), participants=list(people), **fields
    )


def draft(*meetings: DraftMeeting) -> Draft:
    return Draft(is_meeting_report=bool(meetings), meetings=list(meetings))


def test_a_surname_alone_is_the_person_named_in_full() -> None:
    assert same_person(person("de Vries"), person("Maarten de Vries"))
    assert same_person(person("Ould Sidi"), person("Yacoub Ould Sidi"))
    assert not same_person(person("Maarten de Vries"), person("Pieter de Jong"))
    # a particle alone identifies no one
    assert not same_person(person("de"), person("Maarten de Vries"))
    assert same_person(person(title="Minister of Interior"), person(title="minister of interior"))
    assert not same_person(person(title="Minister of Interior"), person("Minister"))


def test_one_person_mentioned_twice_is_listed_once_with_what_each_mention_says() -> None:
    result = consolidate(
        draft(meeting(person("Maarten de Vries", role=Role.GUEST), person("de Vries", title="chef de corps")))
    )
    (only,) = result.meetings[0].participants
    assert (only.name, only.title, only.role) == ("Maarten de Vries", "chef de corps", Role.GUEST)


def test_an_office_written_as_a_name_becomes_the_title_of_an_unnamed_participant() -> None:
    result = consolidate(draft(meeting(person("Egypt's Minister of Interior"), person("Rachid Elfassi"))))
    first, second = result.meetings[0].participants
    assert (first.name, first.title) == (None, "Egypt's Minister of Interior")
    assert (second.name, second.title) == ("Rachid Elfassi", None)


def test_one_encounter_listed_three_times_is_one() -> None:
    same = meeting(person("Tarek Benmoussa"), person("Ali Badaoui"), city="Alger", topics=["terrorism"])
    again = meeting(person("Ali Badaoui"), person("Tarek Benmoussa"), date_text="mardi", topics=["training"])
    result = consolidate(draft(same, again, same))
    (only,) = result.meetings
    assert (only.city, only.date_text) == ("Alger", "mardi")
    assert only.topics == ["terrorism", "training"]
    assert len(only.participants) == 2


def test_one_encounter_told_in_french_then_in_english_is_one() -> None:
    """A bilingual communiqué tells its encounter twice: the same day in two languages."""
    host, guest = person("Jean-Claude Mbarga"), person("Idriss Mahamat Saleh")
    french = meeting(host, guest, date_text="mardi", city="Yaoundé")
    english = meeting(host, guest, date_text="Tuesday", city="Yaoundé")
    assert same_encounter(french, english)
    assert same_encounter(
        meeting(host, guest, date_text="le 3 mars"), meeting(host, guest, date_text="3 March")
    )
    assert not same_encounter(french, meeting(host, guest, date_text="Wednesday", city="Yaoundé"))
    assert len(consolidate(draft(french, english)).meetings) == 1


def test_encounters_told_apart_by_day_place_status_or_counterpart_stay_apart() -> None:
    host, guest = person("Kamel Belabed"), person("Lorenzo Ferrara")
    base = meeting(host, guest, date_text="lundi", city="Alger")
    assert same_encounter(base, meeting(guest, host))
    assert not same_encounter(base, meeting(host, guest, date_text="mardi"))
    assert not same_encounter(base, meeting(host, guest, city="Oran"))
    assert not same_encounter(base, meeting(host, guest, status=Status.ANNOUNCED))
    # the host alone beside each visitor in turn: other counterparts, named or not
    assert not same_encounter(base, meeting(host, date_text="lundi"))
    assert not same_encounter(meeting(host, parties=["italien"]), meeting(host, parties=["portugais"]))
    # people named by office only: nothing to tell them apart by, so never merged
    assert not same_encounter(meeting(person(title="ministre")), meeting(person(title="ministre")))


def test_a_model_draft_is_completed_from_the_other_reading_never_overridden() -> None:
    model = draft(
        meeting(
            person("Rachid Elfassi", role=Role.HOST),
            person("Maarten de Vries", title="chef de corps"),
            city="Rabat",
            topics=["training"],
        )
    )
    rules = draft(
        meeting(
            person("Rachid Elfassi", title="Directeur général adjoint", organisation="DGSN", country="MA",
                   role=Role.GUEST),
            person("de Vries", title="chef", country="NL", role=Role.GUEST),
            person("Jan Smit", title="adjoint"),
            city="Casablanca",
            date_text="lundi",
            parties=["MA", "NL"],
            topics=["drug_trafficking"],
        )
    )  # fmt: skip
    result, notes = complete(model, rules)
    (done,) = result.meetings
    elfassi, de_vries = done.participants  # nobody added
    assert (elfassi.title, elfassi.organisation, elfassi.country, elfassi.role) == (
        "Directeur général adjoint", "DGSN", "MA", Role.HOST,
    )  # fmt: skip
    assert (de_vries.name, de_vries.title, de_vries.country, de_vries.role) == (
        "Maarten de Vries", "chef de corps", "NL", Role.GUEST,
    )  # fmt: skip
    assert (done.city, done.date_text, done.parties, done.topics) == (
        "Rabat",
        "lundi",
        ["MA", "NL"],
        ["training"],
    )
    assert "meeting 1: date_text" in notes and "meeting 1: title of 'Rachid Elfassi'" in notes
    assert not any("city" in note or "topics" in note for note in notes)


def test_encounters_are_matched_by_the_people_they_share() -> None:
    first = meeting(person("Ana Duarte"), date_text="lundi")
    second = meeting(person("Omar Sall"), date_text="mardi")
    rules = draft(
        meeting(person("Omar Sall", title="ministre"), city="Dakar"),
        meeting(person("Ana Duarte", title="directrice"), city="Lisbonne"),
    )
    result, _ = complete(draft(first, second), rules)
    assert [m.city for m in result.meetings] == ["Lisbonne", "Dakar"]
    assert [m.participants[0].title for m in result.meetings] == ["directrice", "ministre"]
    # an encounter the other reading does not have is left as it is
    alone, notes = complete(draft(first, meeting(person("Li Wei"))), rules)
    assert alone.meetings[1] == meeting(person("Li Wei")) and notes


def test_nothing_is_completed_from_a_reading_without_encounters_or_into_a_non_report() -> None:
    rules = draft(meeting(person("Ana Duarte", title="directrice")))
    assert complete(draft(), rules) == (draft(), [])
    model = draft(meeting(person("Ana Duarte")))
    assert complete(model, draft()) == (model, [])


def small_model(fake: FakeOpenAI) -> dict[str, Any]:
    """The settings of a model on this machine (the fake listens on loopback), no cache, no log."""
    return {"model": "small", "base_url": fake.base_url, "mode": "tools", "cache": False, "log": False}


def test_the_pipeline_completes_a_model_record_and_says_what_it_filled(fake_openai: FakeOpenAI) -> None:
    text = (EXAMPLES / "rabat-madrid-fr.txt").read_text(encoding="utf-8")
    bare = {"is_meeting_report": True, "meetings": [{
        "kind": "call", "status": "held", "date_text": "mardi",
        "participants": [{"name": "Abdelouafi Laftit"}, {"name": "Fernando Grande-Marlaska"}],
    }]}  # fmt: skip
    fake_openai.responder = lambda request: chat_auto(bare)
    settings = small_model(fake_openai)

    completed = Pipeline(communique.configure(settings)).analyse(text)
    (met,) = completed.meetings
    assert [(p.title, p.party) for p in met.participants] == [
        ("ministre de l'Intérieur", "MA"), (None, "ES")
    ]  # fmt: skip
    assert (met.location.city, met.parties) == ("Rabat", ["ES", "MA"])
    made = completed.provenance
    assert made is not None and made.status == "clean"
    assert "meeting 1: city" in made.completed and "meeting 1: title of 'Abdelouafi Laftit'" in made.completed

    # a model on this machine (the fake listens on loopback): the reading's decisions too
    assert met.kind is not MeetingKind.CALL and "meeting 1: kind" in made.completed
    # the offline reading's encounter words point at where the text says it met
    assert {"meetings[0]", "meetings[0].status"} <= {span.field for span in completed.spans}
    gaps = Pipeline(communique.configure({**settings, "complete": "gaps"})).analyse(text)
    assert gaps.meetings[0].kind is MeetingKind.CALL and gaps.meetings[0].location.city == "Rabat"
    assert gaps.provenance is not None and "meeting 1: kind" not in gaps.provenance.completed

    as_replied = Pipeline(communique.configure({**settings, "complete": "off"})).analyse(text)
    (met,) = as_replied.meetings
    assert [p.title for p in met.participants] == [None, None] and met.location.city is None
    assert as_replied.provenance is not None and as_replied.provenance.completed == []


def test_to_decide_is_to_take_what_the_reference_made_of_the_encounter() -> None:
    model = draft(
        meeting(
            person("Ana Duarte", country="mauritanienne", role=Role.HOST),
            kind=MeetingKind.OFFICIAL_VISIT, status=Status.ANNOUNCED, date_text="lundi",
            parties=["mauritanienne"], topics=["illegal_migration"],
        )
    )  # fmt: skip
    rules = draft(
        meeting(
            person("Ana Duarte", title="directrice", country="PT", role=Role.GUEST),
            kind=MeetingKind.WORKING_MEETING, date_text="lundi dernier", parties=["PT", "MA"], topics=[],
        )
    )  # fmt: skip
    decided, notes = complete(model, rules, decide=True)
    (met,) = decided.meetings
    assert (met.kind, met.status, met.parties) == (MeetingKind.WORKING_MEETING, Status.HELD, ["PT", "MA"])
    assert met.date_text == "lundi dernier"  # which words date it is decided
    assert met.topics == ["illegal_migration"]  # no topic decided
    (duarte,) = met.participants
    assert (duarte.title, duarte.country, duarte.role) == ("directrice", "PT", Role.GUEST)
    assert "meeting 1: kind" in notes and "meeting 1: country of 'Ana Duarte'" in notes
    # an "other" kind decides nothing
    undecided = draft(meeting(person("Ana Duarte"), kind=MeetingKind.OTHER))
    assert complete(model, undecided, decide=True)[0].meetings[0].kind is MeetingKind.OFFICIAL_VISIT
    # without deciding, only the gaps are filled
    assert complete(model, rules)[0].meetings[0].kind is MeetingKind.OFFICIAL_VISIT


def test_to_decide_is_also_to_take_the_people_and_encounters_the_model_left_out() -> None:
    """A small model names one of the two people met, and lists one of the two
    encounters; deciding takes who was there and how many encounters there were from the
    reference. Without deciding, nothing the model left out is added."""
    model = draft(meeting(person("Ana Duarte", title="directrice"), date_text="lundi"))
    rules = draft(
        meeting(person("Ana Duarte"), person("Karim Idrissi", title="préfet"), date_text="lundi"),
        meeting(person("Youssef Alami"), date_text="mardi"),
    )
    decided, notes = complete(model, rules, decide=True)
    assert [[p.name for p in m.participants] for m in decided.meetings] == [
        ["Ana Duarte", "Karim Idrissi"],
        ["Youssef Alami"],
    ]
    assert decided.meetings[0].participants[0].title == "directrice"  # the model's words stay
    assert "meeting 1: participant 'Karim Idrissi'" in notes
    assert "meeting 2: added, as the offline reading has it" in notes
    kept, _ = complete(model, rules)
    assert [[p.name for p in m.participants] for m in kept.meetings] == [["Ana Duarte"]]


def test_an_office_written_as_a_name_beside_a_rank_is_an_unnamed_participant() -> None:
    (met,) = consolidate(
        draft(meeting(person("adjoint de la Police d'Abou Dhabi", title="général")))
    ).meetings
    assert [(p.name, p.title) for p in met.participants] == [(None, "général")]


def test_to_decide_is_also_to_split_one_encounter_the_reference_reads_as_several() -> None:
    """A small model lists a minister's three bilaterals of one day as one encounter; the
    offline reading has three: deciding takes its count, and the model's words of each
    person are kept."""
    host = person("Saad Al Kuwari", role=Role.HOST)
    guests = [person("Rachid Bouzid"), person("Omar Al-Fayez", title="directeur de la sûreté publique")]
    model = draft(meeting(host, *guests, city="Doha"))
    rules = draft(*(meeting(person("Saad Al Kuwari", title="ministre"), person(guest.name or ""), city="Doha")
                    for guest in guests))  # fmt: skip
    decided, notes = complete(model, rules, decide=True)
    assert [[p.name for p in m.participants] for m in decided.meetings] == [
        ["Saad Al Kuwari", "Rachid Bouzid"], ["Saad Al Kuwari", "Omar Al-Fayez"]
    ]  # fmt: skip
    assert decided.meetings[1].participants[1].title == "directeur de la sûreté publique"
    assert notes[0] == "meeting 1: split into 2 encounters, as the offline reading has it"
    # filling gaps only never splits
    assert len(complete(model, rules)[0].meetings) == 1


def test_a_day_told_with_and_without_its_year_is_one_day() -> None:
    from communique.reconcile import _same_day

    assert _same_day("July 8, 2025", "July 8") and _same_day("le 8 juillet", "8 juillet 2025")
    assert not _same_day("July 8, 2025", "July 9")
    assert not _same_day("Tuesday", "8 July 2025")  # a weekday may be of another week


def test_to_decide_drops_encounters_of_no_one_that_the_reading_does_not_have() -> None:
    """A small model lists encounters of nothing but a day or a side, beside the text's."""
    dated = meeting(kind=MeetingKind.CALL, date_text="mercredi", topics=["terrorism"])
    sided = meeting(kind=MeetingKind.SIGNING, parties=["PT"])
    rules = draft(meeting(person("Ana Duarte", title="directrice"), city="Lisbonne", parties=["PT"]))
    result, notes = complete(draft(dated, sided), rules, decide=True)
    assert result.meetings == rules.meetings
    assert notes == [
        "meeting 1: dropped, an encounter of no one that the offline reading does not have",
        "meeting 2: dropped, an encounter of no one that the offline reading does not have",
        "meeting 1: added, as the offline reading has it",
    ]
    # where the reading sees no encounter at all, the text reports none
    result, notes = complete(draft(dated, sided), draft(), decide=True)
    assert (result.is_meeting_report, result.meetings) == (False, [])
    assert notes[-1] == "not a meeting report, as the offline reading has it"
    # an encounter of people the reading does not have may be one it missed: it stays
    named = meeting(person("Li Wei"), date_text="mercredi")
    assert complete(draft(named), draft(), decide=True)[0].meetings == [named]
    # only to decide: completing fills gaps, and leaves the count alone
    assert complete(draft(dated, sided), draft(), decide=False) == (draft(dated, sided), [])


def test_to_decide_is_to_list_once_what_the_reading_has_once() -> None:
    first = meeting(person("Ana Duarte"), date_text="lundi")
    again = meeting(person("Ana Duarte", title="directrice"), kind=MeetingKind.CALL, topics=["training"])
    rules = draft(meeting(person("Ana Duarte", title="directrice"), city="Lisbonne"))
    result, notes = complete(draft(first, again), rules, decide=True)
    (one,) = result.meetings
    assert one.city == "Lisbonne" and one.topics == ["training"] and one.participants[0].title == "directrice"
    assert "meeting 2: the same encounter as meeting 1, as the offline reading has it" in notes


def test_an_encounter_of_nothing_in_the_text_goes_beside_one_the_model_completed() -> None:
    invented = meeting(kind=MeetingKind.CALL, topics=["terrorism"])  # all else was dropped by grounding
    real = meeting(person("Ana Duarte"))
    rules = draft(meeting(person("Ana Duarte", title="directrice"), city="Lisbonne"))
    result, notes = complete(draft(real, invented), rules)
    assert [m.city for m in result.meetings] == ["Lisbonne"]
    assert notes[-1] == "meeting 2: dropped, nothing of it is in the text"


def test_a_small_model_s_invented_encounter_and_sides_never_reach_the_record(fake_openai: FakeOpenAI) -> None:
    """A weak model on loopback lists, beside the meeting of the text, one between two
    countries the text never names, in a city it never names, on a day it never says."""
    text = (EXAMPLES / "rabat-madrid-fr.txt").read_text(encoding="utf-8")
    reply = {"is_meeting_report": True, "meetings": [
        {"kind": "working_meeting", "parties": ["gambienne", "Mauritanie"], "city": "Nouakchott",
         "date_text": "mercredi", "participants": [], "topics": ["terrorism"]},
        {"kind": "working_meeting", "date_text": "mardi", "parties": ["Maroc", "Gambie"],
         "participants": [{"name": "Abdelouafi Laftit", "country": "Sénégal"}, {"name": "Fernando Grande-Marlaska"}]},
    ]}  # fmt: skip
    fake_openai.responder = lambda request: chat_auto(reply)
    record = Pipeline(communique.configure(small_model(fake_openai))).analyse(text)
    (met,) = record.meetings
    assert met.parties == ["ES", "MA"] and met.location.city == "Rabat"
    assert [p.party for p in met.participants] == ["MA", "ES"]
    assert record.summary is not None
    for invented in ("Gambi", "Maurit", "Nouakchott", "Sénégal", "Senegal"):
        assert invented not in record.summary.fr + record.summary.en
    made = record.provenance
    assert made is not None and made.problems == []
    assert {"meeting 1: dropped party 'gambienne' (not named in the text)",
            "meeting 2: dropped party 'Gambie' (not named in the text)",
            "meeting 2: dropped country 'Sénégal' of a participant (not named in the text)"} <= set(made.repairs)  # fmt: skip
