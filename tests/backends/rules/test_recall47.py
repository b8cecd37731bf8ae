"""Meetings the offline reader missed as a class (recall47), found by composing short communiqués from
parts (subjects, wordings of the encounter, tenses, orders, objects) in both languages: encounters told by
a verb or a noun it did not know ("had a working session with", "conferred with", « a dialogué avec », « a
eu une discussion avec », « était mardi l'hôte de », « a offert un déjeuner de travail à »), by a participle
opening the sentence ("Receiving the delegation, …", « Accueillant …, », « Reçu mardi à Dakar par … »), in a
caption's present ("welcomes", "in talks with") or announced with « doit » / « devrait »; and the near
misses that must stay no meeting (criminals who met, the press met). Every sentence invented."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import Status

#: Who takes part in the composed texts, by the words that open and close each sentence.
_HOST_EN, _GUEST_EN = (
    "The Inspector-General of Police, Musa Bako,",
    "the Ambassador of France to Nigeria, Claire Martin",
)
_HOST_FR, _GUEST_FR = (
    "Le ministre de l'Intérieur, Mamadou Sarr,",
    "l'ambassadeur de France au Sénégal, Jean Morel",
)
_TAIL_EN = " They discussed cooperation against drug trafficking."
_TAIL_FR = " Les échanges ont porté sur la lutte contre le trafic de drogue."


def _held_on_tuesday(text: str, names: set[str]) -> None:
    """The text is read as one meeting held on Tuesday 10 March 2026, in Abuja or Dakar, between ``names``."""
    record = read_offline(text, published="2026-03-12")
    assert record.is_meeting_report, text
    meeting = record.meetings[0]
    assert {p.name for p in meeting.participants} >= names
    assert str(meeting.date) == "2026-03-10"
    assert meeting.location.city in ("Abuja", "Dakar")


@pytest.mark.parametrize(
    "verb",
    [
        "had a working session with", "had an audience with", "had an interaction with", "had exchanges with",
        "conferred with", "deliberated with", "exchanged views with", "exchanged ideas on border security with",
        "interacted with", "paid a call on", "led a delegation to meet", "spoke on the phone with",
    ],
)  # fmt: skip
def test_an_encounter_told_by_a_verb_of_its_own_in_english(verb: str) -> None:
    _held_on_tuesday(
        f"{_HOST_EN} {verb} {_GUEST_EN} on Tuesday in Abuja.{_TAIL_EN}", {"Musa Bako", "Claire Martin"}
    )


@pytest.mark.parametrize(
    "frame",
    [
        "{S} a dialogué mardi à Dakar avec {O}.", "{S} a fait le point mardi à Dakar avec {O}.",
        "{S} a eu mardi à Dakar une discussion avec {O}.", "{S} a eu mardi à Dakar une conversation avec {O}.",
        "{S} était mardi à Dakar l'hôte de {O}.", "{S} a été mardi à Dakar l'hôte de {O}.",
        "{S} a offert mardi à Dakar un déjeuner de travail à {O}.", "{S} a présenté mardi à Dakar ses civilités à {O}.",
        "{S} a conduit mardi à Dakar une délégation auprès de {O}.",
        "{S} a accordé mardi à Dakar, au siège du ministère, une audience à {O}.",
    ],
)  # fmt: skip
def test_an_encounter_told_by_a_verb_of_its_own_in_french(frame: str) -> None:
    _held_on_tuesday(frame.format(S=_HOST_FR, O=_GUEST_FR) + _TAIL_FR, {"Mamadou Sarr", "Jean Morel"})


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (f"Receiving {_GUEST_EN} on Tuesday in Abuja, the Inspector-General of Police, Musa Bako, pledged closer "
         f"cooperation.{_TAIL_EN}", {"Musa Bako", "Claire Martin"}),
        (f"Welcoming {_GUEST_EN} to Abuja on Tuesday, the Inspector-General of Police, Musa Bako, said the two "
         f"countries should work together.{_TAIL_EN}", {"Musa Bako", "Claire Martin"}),
        (f"Meeting {_GUEST_EN} on Tuesday in Abuja, the Inspector-General of Police, Musa Bako, said the two countries "
         f"should work together.{_TAIL_EN}", {"Musa Bako", "Claire Martin"}),
        (f"Accueillant mardi à Dakar {_GUEST_FR}, le ministre de l'Intérieur, Mamadou Sarr, a plaidé pour une "
         f"coopération renforcée.{_TAIL_FR}", {"Mamadou Sarr", "Jean Morel"}),
        (f"Reçu mardi à Dakar par le ministre de l'Intérieur, Mamadou Sarr, l'ambassadeur de France au Sénégal, Jean "
         f"Morel, a plaidé pour une coopération renforcée.{_TAIL_FR}", {"Mamadou Sarr", "Jean Morel"}),
    ],
)  # fmt: skip
def test_an_encounter_told_by_a_participle_opening_the_sentence(text: str, names: set[str]) -> None:
    _held_on_tuesday(text, names)


@pytest.mark.parametrize(
    "verb", ["welcomes", "confers with", "in talks with"],
)  # fmt: skip
def test_an_encounter_told_in_a_captions_present(verb: str) -> None:
    _held_on_tuesday(
        f"Inspector-General of Police Musa Bako {verb} {_GUEST_EN} on Tuesday in Abuja.{_TAIL_EN}",
        {"Musa Bako", "Claire Martin"},
    )


def test_a_greeting_on_arrival_of_a_visit_told_before_opens_no_encounter_of_its_own() -> None:
    record = read_offline(
        "Une délégation de la police malienne, conduite par le commissaire Aly Traoré, a effectué du 3 au 5 mars une "
        "visite de travail à Dakar. Accueillie à son arrivée par le directeur général de la Police nationale, Ousmane "
        "Fall, la délégation a tenu plusieurs séances de travail avec les responsables de la police judiciaire."
    )
    assert len(record.meetings) == 1
    assert {p.name for p in record.meetings[0].participants} >= {"Aly Traoré", "Ousmane Fall"}


@pytest.mark.parametrize(
    "verb", ["doit recevoir", "devrait recevoir", "doit rencontrer", "devrait rencontrer", "doit s'entretenir avec"],
)  # fmt: skip
def test_an_encounter_announced_with_devoir(verb: str) -> None:
    record = read_offline(f"{_HOST_FR} {verb} le 20 mars à Dakar {_GUEST_FR}.{_TAIL_FR}")
    assert record.is_meeting_report
    assert record.meetings[0].status == Status.ANNOUNCED
    assert {p.name for p in record.meetings[0].participants} >= {"Mamadou Sarr", "Jean Morel"}


@pytest.mark.parametrize(
    "text",
    [
        "Members of the kidnapping gang met in a warehouse in Abuja on Tuesday to plan the attack, the police said.",
        "The suspects had met several times with their accomplices before the robbery, the Inspector-General of "
        "Police, Musa Bako, said.",
        "Detectives arrested a man in Abuja on Tuesday after an undercover officer met the suspect at a hotel.",
        "Interior Minister Daniel Okoro met journalists on Tuesday in Abuja to present the new border policy.",
        "Les membres du gang se sont réunis mardi dans une villa de Dakar pour planifier l'attaque, a indiqué la police.",
        "Selon les enquêteurs, les trafiquants se sont retrouvés mardi à Thiès avant le braquage.",
        "Le directeur général de la Police nationale, Karim Haddad, a présidé mardi une réunion avec les directeurs "
        "centraux de son département.",
        "Interior Minister Daniel Okoro engaged with residents of Kubwa on Tuesday on community policing.",
        "The Inspector-General of Police, Musa Bako, was conferred with a national honour on Tuesday in Abuja.",
        # verbs that also take things or the public
        "The Inspector-General of Police welcomes the passage of the Police Act by the National Assembly.",
        "Receiving the award on Tuesday in Abuja, the Inspector-General of Police, Musa Bako, thanked the President.",
        "Meeting the needs of officers remains a priority, the Minister of Police Affairs, Daniel Okoro, said on Tuesday.",
        "Hosting the annual police games on Tuesday, the Commissioner, Musa Bako, praised the athletes.",
        "The Inspector-General of Police, Musa Bako, had an interactive session with students of the Police Academy.",
        "The Commissioner of Police, Musa Bako, exchanged views with residents of Kubwa on Tuesday on community policing.",
        "The Commissioner of Police, Musa Bako, conferred with traditional rulers of the state on Tuesday on insecurity.",
        "The Commissioner of Police in talks with kidnappers for the release of the pupils, the command said.",
        "Le commissaire Ibrahima Fall rencontre les commerçants du marché Sandaga pour parler de sécurité.",
        "Accueillant les nouvelles recrues mardi à Dakar, le directeur de l'école, Karim Haddad, les a exhortées à la "
        "discipline.",
    ],
)  # fmt: skip
def test_a_near_miss_stays_no_meeting(text: str) -> None:
    assert not read_offline(text).is_meeting_report


@pytest.mark.parametrize(
    ("headline", "body", "names"),
    [
        ("Inspector General Abraham Kollie hosts Sierra Leonean counterpart Fatmata Sesay",
         "The visit on Wednesday was aimed at deepening cooperation between the two police forces against drug "
         "trafficking, a police statement said.", {"Abraham Kollie", "Fatmata Sesay"}),
        ("Interior Minister Daniel Okoro meets the Ambassador of France, Claire Martin",
         "Discussions focused on border security and drug trafficking, the ministry said.", {"Daniel Okoro", "Claire Martin"}),
        ("Le ministre de la Sécurité, Bakary Coulibaly, reçoit son homologue guinéen, Mamadi Camara",
         "Au centre des échanges : la sécurisation de la frontière commune et la lutte contre le terrorisme.",
         {"Bakary Coulibaly", "Mamadi Camara"}),
        ("Le ministre de l'Intérieur, Mamadou Sarr, rencontre l'ambassadeur de France, Jean Morel",
         "Les discussions ont porté sur la sécurité des frontières, selon un communiqué.", {"Mamadou Sarr", "Jean Morel"}),
        ("Le ministre de l'Intérieur, Mamadou Sarr, échange avec son homologue malien, Oumar Diarra",
         "Les discussions ont porté sur la sécurité des frontières, selon un communiqué.", {"Mamadou Sarr", "Oumar Diarra"}),
    ],
)  # fmt: skip
def test_an_encounter_only_the_headline_tells(headline: str, body: str, names: set[str]) -> None:
    record = read_offline(f"{headline}\n\n{body}")
    assert record.is_meeting_report and len(record.meetings) == 1
    assert {p.name for p in record.meetings[0].participants} >= names


def test_a_headline_of_a_forces_own_session_opens_no_encounter() -> None:
    record = read_offline(
        "Police organise session ahead of national exercise\n\nThe Royal Oman Police organised a session in the presence "
        "of its commanders, as part of preparations for the Desert Shield exercise."
    )
    assert not record.is_meeting_report


@pytest.mark.parametrize(
    "verb",
    ["s'entretient avec", "rencontre", "échange avec", "accorde une audience à", "en séance de travail avec",
     "reçoit", "accueille"],
)  # fmt: skip
def test_an_encounter_told_in_a_french_captions_present(verb: str) -> None:
    _held_on_tuesday(
        f"Le ministre de l'Intérieur, Mamadou Sarr, {verb} {_GUEST_FR} mardi à Dakar.{_TAIL_FR}",
        {"Mamadou Sarr", "Jean Morel"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lors de la rencontre, le ministre de l'Intérieur, Mamadou Sarr, a plaidé pour la paix.",
        "Un échange avec le ministre de l'Intérieur est prévu, selon le programme publié par la mairie.",
    ],
)  # fmt: skip
def test_the_noun_of_an_encounter_is_not_its_present(text: str) -> None:
    from communique.backends.rules import encounters

    cue = encounters._meeting_cue(text)
    assert cue is None or cue[1].group(0).split()[0].lower() not in ("rencontre", "échange", "echange")


@pytest.mark.parametrize(
    "frame",
    [
        "{S} a eu, ce mardi 10 mars 2026, en son cabinet au siège du ministère à Dakar, un tête-à-tête avec {O}.",
        "{S} a eu, ce mardi 10 mars 2026, en son cabinet à Dakar, une discussion avec {O}.",
        "{S} a échangé, ce mardi 10 mars 2026, en son cabinet au siège du ministère à Dakar, avec {O}.",
        "{S} s'est rendu, ce mardi 10 mars 2026, auprès de {O}, à Dakar.",
        "{S} était, ce mardi 10 mars 2026, au siège du ministère à Dakar, l'hôte de {O}.",
    ],
)  # fmt: skip
def test_an_encounter_with_its_day_and_place_in_commas_after_the_verb(frame: str) -> None:
    _held_on_tuesday(frame.format(S=_HOST_FR, O=_GUEST_FR) + _TAIL_FR, {"Mamadou Sarr", "Jean Morel"})


def test_met_with_its_day_and_place_in_commas() -> None:
    _held_on_tuesday(
        f"{_HOST_EN} met, on Tuesday, at the Force Headquarters in Abuja, {_GUEST_EN}.{_TAIL_EN}",
        {"Musa Bako", "Claire Martin"},
    )


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Coopération : la Gendarmerie nationale resserre ses liens avec le Maroc\n\nCette rencontre a permis aux deux "
         "parties de faire le point sur la lutte contre le trafic de drogue, consolidant le partenariat entre le Sénégal "
         "et le Maroc.", ["MA", "SN"]),
        ("Police cooperation: Kenya, Tanzania deepen ties\n\nThis meeting was an opportunity for the two sides to review "
         "joint operations against drug trafficking, the National Police Service said in a statement.", ["KE", "TZ"]),
    ],
)  # fmt: skip
def test_an_encounter_named_only_by_a_demonstrative_with_its_two_sides(text: str, parties: list[str]) -> None:
    record = read_offline(text)
    assert record.is_meeting_report and len(record.meetings) == 1
    assert record.meetings[0].parties == parties


@pytest.mark.parametrize(
    "text",
    [
        "Cette rencontre avec les commerçants du marché a porté sur la sécurité des étals, selon la police.",
        "Cet atelier de formation a été l'occasion pour les deux parties de partager leurs pratiques.",
        "This training workshop was an opportunity for the two sides to share their practices.",
    ],
)  # fmt: skip
def test_a_demonstrative_encounter_with_no_two_sides_or_a_course_is_no_meeting(text: str) -> None:
    assert not read_offline(text).is_meeting_report


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The Inspector General of Police, Joseph Okot, who returned last week from a regional summit in Addis Ababa "
         "where he spoke on terrorism, on Tuesday received the Commissioner General of the Rwanda National Police, Eric "
         "Mugisha, at the Police Headquarters in Kampala.", "Kampala"),
        ("Le ministre de la Sécurité, Komi Adjovi, qui revenait la semaine dernière d'une réunion régionale à Abuja où il "
         "avait plaidé pour une meilleure coordination, a reçu mardi à Lomé l'ambassadeur d'Allemagne au Togo, Markus "
         "Weber.", "Lomé"),
        ("Interior Minister Daniel Okoro, who had attended a conference in Vienna the week before, met his Ghanaian "
         "counterpart, Kofi Mensah, on Tuesday in Abuja.", "Abuja"),
    ],
)  # fmt: skip
def test_a_relative_clause_on_the_subjects_past_places_nothing(text: str, city: str) -> None:
    record = read_offline(text)
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    assert meeting.location.city == city
    assert str(meeting.date) == "2026-03-10"
    assert len(meeting.parties) == 2


def test_who_the_subject_had_at_his_side_is_no_past() -> None:
    from communique.backends.rules.narrative import _without_past_aside

    sentence = (
        "Le chef de la délégation, Aly Traoré, qui avait à ses côtés la directrice de la sécurité publique, Mme Awa "
        "Keïta, a indiqué que la visite était la première."
    )
    assert _without_past_aside(sentence) == sentence


@pytest.mark.parametrize(
    "text",
    [
        "The Ambassador of France to Nigeria, Claire Martin, was on a courtesy call to the Inspector-General of Police, "
        "Musa Bako, on Tuesday in Abuja.",
        "The Ambassador of France to Nigeria, Claire Martin, was in Abuja on Tuesday for talks with the "
        "Inspector-General of Police, Musa Bako.",
    ],
)  # fmt: skip
def test_a_visit_told_by_where_the_visitor_was_and_what_for(text: str) -> None:
    _held_on_tuesday(text, {"Musa Bako", "Claire Martin"})
