"""Who takes part, and whether a text reports a meeting at all, as a twelfth reading of fresh
real communiqués found the reader getting them wrong; every sentence invented, none of them an
eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.schema import Analysis


def _record(text: str, published: str = "2026-05-06") -> Analysis:
    return read_offline(text, published)  # type: ignore[no-any-return]


def _names(text: str, published: str = "2026-05-06") -> set[str]:
    record = _record(text, published)
    return {p.name for meeting in record.meetings for p in meeting.participants if p.name}


# -- what is written around a name and is not part of it: honours after it, « SEM » before it --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The summit was opened in Suva on Monday by Fiji Police Force Commissioner Rusiate Tudravu OAM "
            "and New Zealand Police Deputy Commissioner Tania Kura MNZM.",
            "Rusiate Tudravu",
        ),
        (
            "Inspector-General of Police Musa Danjuma mni received on Tuesday in Abuja the Ghanaian Police "
            "Commissioner, Yaw Boateng.",
            "Musa Danjuma",
        ),
        (
            "Le ministre de la Sécurité, Oumar Sy, a reçu lundi à Dakar l'Ambassadeur du Brésil, SEM Paulo "
            "Rocha Lima.",
            "Paulo Rocha Lima",
        ),
    ],
)
def test_honours_around_a_name_are_not_part_of_it(text: str, name: str) -> None:
    assert name in _names(text)


# -- units named after their towns, and a quotation whose full stop is inside it --


def test_units_in_the_plural_are_no_ones_name() -> None:
    names = _names(
        "Police chiefs of Estonia and Latvia met on Tuesday in Tartu, hosted by the Director of the Southern Prefecture, Margus Tamm. "
        "They reviewed the work of the Valga and Võru Border Units, and discussed joint patrols."
    )
    assert "Margus Tamm" in names and not any("Units" in n or "Võru" in n for n in names)


def test_a_quotation_closed_after_its_full_stop_ends_the_sentence() -> None:
    record = _record(
        "The police chiefs of Lithuania and Poland met on Tuesday in Vilnius, hosted by Commissioner "
        'Rolandas Kiškis. Experts presented a paper on "Smuggling Routes as a Growing Threat." '
        "At the end of the meeting, the two chiefs signed an agreement on joint investigation teams."
    )
    names = {p.name for m in record.meetings for p in m.participants if p.name}
    assert len(record.meetings) == 1 and not any("Threat" in n for n in names)


# -- names of unusual shapes: 'To' as a surname, a city borne as a surname, a surname after an office --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Deputy Minister of Public Security, Lieutenant General To Hoa, received on Monday in Hanoi a "
            "delegation of the Cambodian National Police led by General Sok Dara.",
            "To Hoa",
        ),
        (
            "The Peruvian Minister of the Interior, Carlos Lima Herrera, received on Tuesday in Lima the "
            "Director of the Bolivian Police, Jorge Quispe.",
            "Carlos Lima Herrera",
        ),
        (
            "A Swedish police delegation met the Inspector General of Police of Sindh, Ghulam Nabi, in "
            "Karachi on Monday. Senior Liaison Officer Ekström and Detective Inspector Anna Berg were part "
            "of the delegation.",
            "Ekström",
        ),
        (
            "The Director of the Drug Enforcement Administration met the Mexican Attorney General, Luis "
            "Ortega, in Mexico City on Friday, with Special Agent Navarro.",
            "Navarro",
        ),
    ],
)
def test_names_of_unusual_shapes_are_found(text: str, name: str) -> None:
    assert name in _names(text)


# -- people spoken of, who do not take part: a martyr invoked, the president an adviser serves --


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "In a phone call on Sunday, the Iranian Interior Minister, Reza Ahmadi, told his Syrian "
            "counterpart, Fares Khalil, that the two nations owed their bond to Martyr Hassan Mughniyeh.",
            "Mughniyeh",
        ),
        (
            "L'envoyé spécial du Président Mahamat Idriss, M. Ali Djibrine, conseiller spécial du Président "
            "Mahamat Idriss, a été reçu lundi à Niamey par le ministre de l'Intérieur, Moussa Garba.",
            "Mahamat Idriss",
        ),
        (
            "The Minister of Interior, Abdi Warsame, received on Monday in Mogadishu a delegation led by "
            "Hassan Omar, adviser to the President Ilham Aliyev, on maritime security.",
            "Aliyev",
        ),
    ],
)
def test_people_spoken_of_are_not_participants(text: str, absent: str) -> None:
    names = _names(text)
    assert names and not any(absent in name for name in names)
