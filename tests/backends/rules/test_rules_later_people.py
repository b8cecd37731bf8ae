"""Who took part, named in a later sentence that does not say so with a verb of taking part:
one who spoke or briefed at the meeting, one quoted after it, one who took the chair, one a
gathering brought together, and the subject of a sentence that names the meeting again; and
audiences granted in series (« a accordé des audiences successives »), one meeting each; one named
again by his initials, one person. Each written in new words after texts of the twenty-fourth
reading of real communiqués."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline


def _names(text: str) -> list[str | None]:
    return [p.name for p in only_meeting(text).participants]


@pytest.mark.parametrize(
    "later",
    [
        "At the meeting, the Minister of Internal Affairs of Kyrgyzstan Almaz Tokonov spoke about crime prevention.",
        "Chief of Public Security Major-General Almaz Tokonov then briefed the ministers on border measures.",
        "During this meeting, Mr. Almaz Tokonov, Commissioner of Police, Kyrgyzstan, assumed the chair for the year.",
    ],
)
def test_one_who_spoke_briefed_or_took_the_chair_at_the_meeting(later: str) -> None:
    names = _names(
        f"Bishkek hosted the regular meeting of the Council of Interior Ministers on Monday. {later}"
    )
    assert "Almaz Tokonov" in names


@pytest.mark.parametrize(
    "later",
    [
        "« Nous avons parlé de formation », a laissé entendre Madame Hilde Verbeke au sortir de cette réunion.",
        "Prenant la parole à cette occasion, l'ambassadrice Hilde Verbeke a salué la qualité des échanges.",
        "Hilde Verbeke en sa qualité de secrétaire d'État a mis à profit cette audience pour faire le point.",
    ],
)
def test_one_quoted_after_it_or_the_subject_of_a_sentence_naming_it_again(later: str) -> None:
    names = _names(
        "Le ministre de l'Intérieur congolais, Paul Mbemba, a reçu mardi à Kinshasa une délégation belge. "
        + later
    )
    assert {"Paul Mbemba", "Hilde Verbeke"} <= set(names)


def test_those_a_gathering_brought_together() -> None:
    names = _names(
        "La conférence régionale des chefs de police s'est ouverte lundi à Oran. Cette rencontre de deux jours "
        "réunit des délégations venues du Mali et du Niger ainsi que le directeur exécutif d'Afripol, Kofi Asante."
    )
    assert "Kofi Asante" in names


def test_one_named_deep_in_a_sentence_naming_the_meeting_again_is_spoken_of() -> None:
    names = _names(
        "Le ministre de l'Intérieur congolais, Paul Mbemba, a reçu mardi à Kinshasa une délégation belge. "
        "Cette audience intervient dans le sillage de la visite du président français Antoine Leroy en mars."
    )
    assert "Antoine Leroy" not in names


def test_audiences_granted_in_series_are_one_meeting_each_with_their_host() -> None:
    analysis = read_offline(
        "Le ministre de l'Intérieur, M. Jean Obiang Ella, a accordé mardi des audiences successives aux "
        "ambassadeurs du Japon et de l'Italie. Avec l'ambassadeur du Japon, le ministre a évoqué la "
        "cybersécurité. Avec l'ambassadeur italien, il a parlé de la formation.",
        published="2026-05-13",
    )
    assert [sorted(m.parties) for m in analysis.meetings] == [["JP"], ["IT"]]
    assert all([p.name for p in m.participants] == ["Jean Obiang Ella"] for m in analysis.meetings)


def test_one_said_to_take_part_in_the_imperfect() -> None:
    names = _names(
        "Le chef d'état-major de l'armée belge a été reçu hier en audience par le président de la République. "
        "Le ministre gabonais de l'Intérieur, Rémy Ndong Essone, prenait également part aux discussions."
    )
    assert "Rémy Ndong Essone" in names


def test_the_one_introduced_then_named_by_his_office_alone() -> None:
    meeting = only_meeting(
        "Karel De Smet, le ministre belge de l'Intérieur, est arrivé samedi à Niamey. "
        "Le président nigérien a reçu dimanche le ministre belge de l'Intérieur."
    )
    assert [(p.name, p.party) for p in meeting.participants if p.name] == [("Karel De Smet", "BE")]


def test_one_named_again_with_his_given_name_as_an_initial_is_one_person() -> None:
    names = _names(
        "A joint sitting of the interior ministries was held in Taraz on Friday. Minister of Internal Affairs "
        "of Kyrgyzstan Almaz Tokonov and Governor of the region Daniyar Sultanov took part in the sitting. "
        "D. Sultanov spoke about the problems of the border region."
    )
    assert names.count("Daniyar Sultanov") == 1 and "D. Sultanov" not in names


def test_the_one_introduced_who_spoke_after_the_encounter_named_by_his_office() -> None:
    meeting = only_meeting(
        "Le ministre malien de la Sécurité, Oumar Traoré Keïta, a salué dimanche à Tunis l'expertise tunisienne. "
        "S'exprimant à l'issue d'une rencontre avec le ministre de l'Intérieur, Hichem Ben Salah, le ministre "
        "malien a indiqué que sa visite relevait de la coopération entre les deux pays."
    )
    assert {p.name for p in meeting.participants} == {"Oumar Traoré Keïta", "Hichem Ben Salah"}
    assert (meeting.location.city, meeting.date_text) == ("Tunis", "dimanche")
