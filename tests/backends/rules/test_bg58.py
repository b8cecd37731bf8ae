"""A gathering named as background is not the meeting (bg58).

1. A summit, a conference or an assembly named only as the encounter's background, at a time away from it ("Ahead
   of the ASEAN summit in Jakarta", "a week after the EAPCCO summit held in Kigali", « En prélude au sommet de la
   CEDEAO prévu à Abuja », « Au lendemain de l'Assemblée générale d'Interpol à Lyon »), one the subject "had
   attended" earlier, or the subject's part in one that the encounter "followed", gives the encounter neither its
   city, nor its day, nor its kind, nor its organiser as a party.
2. Its sidelines do place the encounter (« en marge du sommet de la CEDEAO à Abuja »), and the country they are in is
   no side when all who met are of others; a conference told as such ("following a two-day conference in X") is
   still the encounter.
3. An organisation several countries have, qualified by the demonym right after it (« la Sûreté nationale
   tunisienne »), is that country's, whatever other country the text names.

Names, places and dates are invented; the texts are published on 12 March 2026, a Thursday.
"""

from __future__ import annotations

import pytest
from support import only_meeting

from communique.schema import MeetingKind

#: (text, city, kind, parties) of the one meeting told.
CASES = [
    ("In the lead-up to the ASEANAPOL conference in Hanoi, Thai police chief General Somchai Rattanakul met "
     "Cambodian National Police Commissioner Sok Vanna in Bangkok on Monday to discuss drug smuggling.",
     "Bangkok", MeetingKind.WORKING_MEETING, ["KH", "TH"]),
    ("Three days before the SARPCCO summit in Maputo, Namibia's Inspector General Tjivikua Haufiku received "
     "Angola's police commander General Manuel Kiala in Windhoek on Tuesday.",
     "Windhoek", MeetingKind.WORKING_MEETING, ["AO", "NA"]),
    ("After the African Union summit in Addis Ababa, Rwanda's Minister of Internal Security Jean Habimana met "
     "Burundi's Minister of Public Security Pascal Niyonzima in Kigali on Wednesday.",
     "Kigali", MeetingKind.WORKING_MEETING, ["BI", "RW"]),
    ("Au lendemain de l'Assemblée générale d'Interpol à Lyon, le directeur général de la Police nationale "
     "camerounaise, Paul Essomba, a reçu mardi à Yaoundé le directeur général de la police tchadienne, Idriss "
     "Mahamat.",
     "Yaoundé", MeetingKind.WORKING_MEETING, ["CM", "TD"]),
    ("Deux jours avant la réunion des ministres de la CEDEAO à Accra, le ministre togolais de la Sécurité, Kossi "
     "Amouzou, s'est entretenu lundi à Lomé avec le ministre béninois de l'Intérieur, Aurélien Dossou.",
     "Lomé", MeetingKind.WORKING_MEETING, ["BJ", "TG"]),
    ("Malawi's Inspector General of Police Chikondi Banda held talks with Zambia's Inspector General Mwila Chanda "
     "in Lilongwe on Tuesday. Mr Banda had taken part in the SADC summit in Harare the week before.",
     "Lilongwe", MeetingKind.WORKING_MEETING, ["MW", "ZM"]),
    # the sidelines of a gathering are where the encounter is; the country they are in is no side
    ("On the sidelines of the Interpol European Regional Conference in Prague, Slovenia's Director General of "
     "Police Marko Novak met Montenegro's Police Director Vuk Radovic on Wednesday.",
     "Prague", MeetingKind.WORKING_MEETING, ["ME", "SI"]),
    ("En marge du sommet de l'Union africaine à Addis-Abeba, le ministre nigérien de l'Intérieur, Moussa "
     "Abdou, s'est entretenu mardi avec le ministre tchadien de la Sécurité publique, Ahmat Brahim.",
     "Addis Ababa", MeetingKind.WORKING_MEETING, ["NE", "TD"]),
    # a conference told as such is the encounter
    ("Police chiefs of Jamaica, Barbados and Grenada agreed to share intelligence on firearms following a "
     "two-day conference in Kingston on Tuesday and Wednesday.",
     "Kingston", MeetingKind.CONFERENCE, ["BB", "GD", "JM"]),
    # an organisation of several countries, qualified by its demonym
    ("Alger, 10 mars 2026 (APS) - Le directeur général de la Sûreté nationale, Karim Haddad, a reçu mardi à Alger "
     "le directeur général de la Sûreté nationale tunisienne, Nabil Gharbi.",
     "Algiers", MeetingKind.WORKING_MEETING, ["DZ", "TN"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "kind", "parties"), CASES)
def test_background_gathering_is_not_the_meeting(
    text: str, city: str, kind: MeetingKind, parties: list[str]
) -> None:
    meeting = only_meeting(text, "2026-03-12")
    assert meeting.location.city == city
    assert meeting.kind is kind
    assert meeting.parties == parties


#: (text, date) of the one meeting told: the day of a gathering named as background is not the encounter's.
DATES = [
    ("March 2026 – The Director of the Gambian Police, Lamin Sowe, received Senegal's police chief Ousmane Diallo "
     "in Banjul. The visit followed Mr Diallo's participation in the AFRIPOL General Assembly, which took place in "
     "Algiers from 2 to 4 March.",
     None),
    ("Nepal's Inspector General of Police Rajan Thapa met India's Director of the Intelligence Bureau Arvind Rao in "
     "Kathmandu on Tuesday, a week after the SAARC ministerial meeting held in Colombo on 3 March.",
     "2026-03-10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), DATES)
def test_background_gathering_gives_no_date(text: str, day: str | None) -> None:
    meeting = only_meeting(text, "2026-03-12")
    assert (meeting.date.isoformat() if meeting.date else None) == day
